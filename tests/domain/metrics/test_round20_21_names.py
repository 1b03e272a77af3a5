"""Rounds 20 and 21's blind misses on detection, units, subjects and names (h62-h64: a ministry's
release on natural disasters, a stock market's close report, an energy bureau's electricity
release; h65-h67: a health-insurance yearly bulletin, a procurement award notice, National Day
box-office news), each a class of phrasing stated on short sentences written for it."""

from datetime import date

from pipelines.domain.metrics.home import NATIONAL_HOME, infer_home_place
from pipelines.domain.metrics.name_overrides import _ranked_measure
from pipelines.domain.segmentation import default_segmenter
from tests.domain.metrics.support import by_quote, metrics

_DOC = date(2025, 3, 18)


def _found(texts, home=None, doc=_DOC):
    return by_quote(metrics(texts, doc=doc, home=home))


# detection and names of a market's close


def test_an_index_level_in_points_after_its_short_name():
    found = _found(["上证指数收涨0.4%；深证成指涨0.9%，报10988.3点；沪指盘中一度下探至3290.5点。",
                    "机构认为，创业板指年内有望挑战2500点。"])
    assert {q: (m.unit, m.indicator) for q, m in found.items() if q.endswith("点")} == {
        "10988.3点": ("点", "深证成指"), "3290.5点": ("点", "沪指"), "2500点": ("点", "创业板指")}
    # the close's verb names nothing: the index is the name
    assert found["0.4%"].indicator == "上证指数"
    assert found["0.9%"].indicator == "深证成指"
    # a clock's hour is no index's points
    assert not _found(["会议于上午9点召开，沪指随后走高。"])


# names of box-office news


def test_a_film_season_and_its_days_name_no_figure():
    found = _found(["2025年春节档票房达95.1亿元，档期内日均票房11.9亿元。",
                    "1月29日当天票房突破18亿元，暑期档预售总票房突破2亿元。"], doc=date(2025, 2, 5))
    assert {q: m.indicator for q, m in found.items()} == {
        "达95.1亿元": "票房", "11.9亿元": "日均票房", "突破18亿元": "票房",
        "突破2亿元": "预售总票房"}


def test_a_ranking_of_places_is_by_the_measure_after_its_verb():
    # the places ranked come before 位列: the measure is what follows it, none of the places
    # (without the class of the items ranked: 城市)
    text = "分城市看，杭州、南京、苏州、武汉、成都位列城市票房前五，其中杭州票房"
    assert _ranked_measure(text, len(text), "票房") == "票房"
    text = "分省看，江苏、浙江、山东位列快递业务量前三，其中江苏业务量"
    assert _ranked_measure(text, len(text), "业务量") == "快递业务量"
    text = "国内有效发明专利拥有量排名前五的省市分别为广东、北京，拥有量"
    assert _ranked_measure(text, len(text), "拥有量") == "国内有效发明专利拥有量"


# units


def test_screens_in_blocks_and_batches_of_a_programme_are_counts():
    found = _found(["截至2024年底，全省银幕总数已达1.2万块，其中新增银幕860块。",
                    "截至2024年底，药品集中带量采购已开展9批，共纳入300种药品。"],
                   doc=date(2025, 3, 1))
    assert {q: (m.unit, m.indicator) for q, m in found.items()} == {
        "达1.2万块": ("块", "银幕总数"), "860块": ("块", "新增银幕"),
        "9批": ("批", "药品集中带量采购"), "300种": ("种", "纳入药品")}
    # 批 with no noun after it counts only after a verb carrying the programme out
    assert not _found(["会议审议通过了第三批。"])


def test_items_written_with_ge_alone_share_the_last_items_unit():
    found = _found(["城镇、农村参保率分别为95.1%和93.2%，分别比上年提高0.5个和0.4个百分点。",
                    "一年期和五年期贷款利率分别下降10个和15个基点。"])
    assert {q: (m.unit, m.kind) for q, m in found.items() if "个" in q} == {
        "0.5个": ("百分点", "growth_rate"), "0.4个百分点": ("百分点", "growth_rate"),
        "10个": ("基点", "growth_rate"), "15个基点": ("基点", "growth_rate")}
    # counts of things in a list keep their 个
    assert {m.unit for m in _found(["新建学校3个和医院2个。"]).values()} == {"个"}


# homes and subjects


def test_a_national_release_naming_a_province_once_with_its_level_is_the_nations():
    seg = default_segmenter()
    text = ["前三季度，我国自然灾害以洪涝、台风为主，全国共发生森林火灾80起。",
            "台风于9月5日在海南省文昌市沿海登陆，造成海南、广东2省受灾。",
            "全国有1200个县受灾，直接经济损失50亿元。", "全国共成功避险地质灾害300起。",
            "我国大陆地区共发生5级以上地震10次。"]
    assert infer_home_place([seg.tag(t) for t in text]) == NATIONAL_HOME
    # a province's own text speaking of 全省 stays the province's
    local = ["海南省前三季度全省受灾人口50万人次，高于全国平均。", "全省直接经济损失50亿元。"]
    assert infer_home_place([seg.tag(t) for t in local]) != NATIONAL_HOME


def test_a_listed_company_named_after_a_province_is_no_place():
    found = _found(["个股方面，比亚迪成交额达52.1亿元，股价收涨3.1%；云南白药（000538）收涨0.8%，"
                    "报56.20元。"])
    assert {q: (m.indicator, m.subject) for q, m in found.items()} == {
        "达52.1亿元": ("比亚迪成交额", None), "3.1%": ("比亚迪股价", None),
        "0.8%": ("云南白药", None), "56.20元": ("云南白药", None)}


def test_places_of_a_list_with_amounts_then_ranks_each_take_theirs():
    found = _found(["分省看，山东省销量12.1万辆，位居全国第一，河南、河北分别以9.3万辆、"
                    "8.7万辆位列第二、第三；农村地区销量占比达到41.2%。"])
    assert {q: (m.subject, m.value) for q, m in found.items()
            if q.startswith(("9", "8", "第二", "第三", "达"))} == {
        "9.3万辆": ("河南", 9.3), "8.7万辆": ("河北", 8.7),
        "第二": ("河南", 2.0), "第三": ("河北", 3.0), "达到41.2%": (None, 41.2)}


def test_the_whole_market_and_the_day_of_a_daily_report_name_nothing():
    found = _found(["全市场上涨个股超4000家，北向资金全天净买入30.5亿元，",
                    "电子行业获净流入逾20亿元。",
                    "全市场债券型ETF当日成交额362亿元，黄金ETF份额较上一交易日增加2.6亿份。"])
    assert {q: m.indicator for q, m in found.items()} == {
        "超4000家": "上涨个股", "30.5亿元": "北向资金净买入", "逾20亿元": "电子行业净流入",
        "362亿元": "债券型ETF成交额", "2.6亿份": "黄金ETF份额"}


def test_a_window_of_recent_time_is_no_count():
    found = _found(["成交量创近一个月以来新高，半导体板块近5个交易日累计上涨6.2%，",
                    "近3年来累计投入50亿元。"])
    assert {q: m.indicator for q, m in found.items()} == {"6.2%": "半导体板块", "50亿元": "投入"}
    # 近 as "nearly" before a duration still measures it
    assert [m.value for m in _found(["游客平均停留近3天。"]).values()] == [3.0]


def test_an_exchange_rate_quoted_with_no_unit_and_rains_counted_before_their_noun():
    found = _found(["人民币对欧元汇率中间价报7.8523，前三季度共出现12次强降雨过程。"])
    assert {q: (m.value, m.unit) for q, m in found.items()} == {
        "7.8523": (7.8523, None), "12次": (12.0, "次")}
    assert found["7.8523"].indicator == "人民币对欧元汇率中间价"
    # a year after a rate's word is no level; 世界500强 ranks, it counts nothing
    assert not _found(["汇率改革始于2005年，该企业进入世界500强。"])


# names of a disasters release


def test_a_tolls_harm_after_its_count_names_it_with_its_cause():
    found = _found(["台风灾害造成312.5万人次受灾，因灾死亡失踪21人。",
                    "台风登陆后，造成浙江、福建2省68.2万人次不同程度受灾。"])
    assert {q: m.indicator for q, m in found.items()} == {
        "312.5万人次": "台风灾害受灾", "21人": "台风灾害因灾死亡失踪", "68.2万人次": "受灾"}


def test_a_mean_of_years_as_the_base_names_nothing():
    found = _found(["农作物受灾面积820.5千公顷，较近5年同期均值偏少31.4%。",
                    "全省共出现12次强降雨过程，较常年同期偏多3次。"])
    assert {q: m.indicator for q, m in found.items() if not q.endswith("次")} == {
        "820.5千公顷": "农作物受灾面积", "31.4%": "农作物受灾面积"}
    # the base 常年同期 names nothing: the departure is named as the count before it
    assert found["12次"].indicator == found["3次"].indicator


def test_the_verb_before_a_count_and_its_deed_stays_in_the_name():
    """出现/发生 before a counted event is part of the name (session 25's convention)."""
    found = _found(["前三季度全省共出现12次强降雨过程，较常年同期偏多3次。"])
    assert {q: m.indicator for q, m in found.items()} == {
        "12次": "出现强降雨过程", "3次": "出现强降雨过程"}


# names of a bulletin, a notice and box-office news


def test_a_note_of_what_a_figure_includes_names_nothing():
    found = _found(["全年失业保险基金（含稳岗返还）总支出1200亿元；1年（含）以下定期存款105亿元。"])
    assert {q: m.indicator for q, m in found.items()} == {
        "1200亿元": "失业保险基金总支出", "105亿元": "1年（含）以下定期存款"}


def test_a_films_kind_before_its_title_and_titles_side_by_side():
    found = _found(["科幻片《星河远征》档期票房9.2亿元，排名第一；",
                    "《山野》《归乡》档期票房分别为2.1亿元和1.3亿元。"])
    assert {q: m.indicator for q, m in found.items()} == {
        "9.2亿元": "星河远征档期票房", "第一": "星河远征档期票房",
        "2.1亿元": "山野档期票房", "1.3亿元": "归乡档期票房"}


def test_a_notice_speaking_of_its_own_project():
    found = _found(["本项目预算金额为1860万元，本项目预留采购份额的比例为40%。"])
    assert {m.indicator for m in found.values()} == {"预算金额", "预留采购份额的比例"}


def test_kinds_of_power_share_the_output_the_last_names():
    found = _found(["其中规模以上工业水电、核电发电量分别增长5.2%和3.1%。"])
    assert {q: m.indicator for q, m in found.items()} == {
        "5.2%": "规模以上工业水电发电量", "3.1%": "核电发电量"}


def test_a_disasters_toll_after_its_kind_is_that_kinds():
    found = _found(["台风灾害造成312.5万人次受灾，因灾死亡失踪21人，直接经济损失98.4亿元。",
                    "各种自然灾害共造成600万人次受灾，因灾死亡失踪40人。"])
    assert [m.indicator for m in found.values()] == [
        "台风灾害受灾", "台风灾害因灾死亡失踪", "台风灾害直接经济损失", "受灾",
        "因灾死亡失踪"]  # (各种自然灾害: every kind together, no one cause: h62's label)


def test_a_rank_among_a_set_is_of_the_thing_named_before():
    found = _found(["汽车板块年内累计涨幅达到12.4%，在31个一级行业中排名第5。"])
    assert found["第5"].indicator == "汽车板块涨幅"


def test_a_toll_opening_with_its_verb():
    found = _found(["低温冷冻和雪灾主要发生在1月，造成农作物受灾面积120.5千公顷。"])
    # (the disaster the sentence opens with is the toll's, as h62 labels it)
    assert [m.indicator for m in found.values()] == ["低温冷冻和雪灾农作物受灾面积"]


def test_a_per_head_word_alone_names_the_last_thing():
    found = _found(["2025年，城乡居民养老保险基础养老金标准再提高20元，达到每人每月163元。"])
    assert {m.indicator for m in found.values()} == {"城乡居民养老保险基础养老金标准"}


def test_events_before_their_verb_and_things_brought_into_a_programme():
    found = _found(["地质灾害共发生1210起，带量采购共纳入300种药品。"])
    assert {q: m.indicator for q, m in found.items()} == {"1210起": "地质灾害", "300种": "纳入药品"}


def test_the_means_before_what_is_done_names_nothing():
    found = _found(["全年通过专项检查追回医保基金120亿元。"])
    assert [m.indicator for m in found.values()] == ["追回医保基金"]


def test_a_records_rank_after_its_link():
    found = _found(["10月1日当天客流量突破80万人次，为今年以来单日客流量第二高。"],
                   doc=date(2025, 10, 9))
    assert found["第二"].indicator == "客流量"


def test_more_than_the_base_with_the_things_verb_is_the_last_things_change():
    found = _found(["1-10月，新增风电装机容量5230万千瓦，同比多投产1210万千瓦。"])
    assert {m.indicator for m in found.values()} == {"新增风电装机容量"}


# detection in a notice


def test_a_building_in_an_address_and_a_rule_s_period_from_its_day_are_no_figures():
    assert not _found(["供应商地址：成都市武侯区人民南路四段88号3栋12层。",
                       "公告期限：自本公告发布之日起1个工作日。"])
    # a count after a signal's name still counts
    assert [m.value for m in _found(["全年发出黄色暴雨警告信号12次。"]).values()] == [12.0]


def test_an_amount_a_ranking_is_by_is_the_named_ones():
    found = _found(["科幻片《星河远征》以9.2亿元的档期票房位列第一。"])
    assert found["9.2亿元"].indicator == "星河远征档期票房"


def test_the_agent_before_what_it_does_names_nothing():
    found = _found(["会同财政部下达中央救灾资金12.5亿元。",
                    "各电力交易中心组织市场交易电量5036亿千瓦时。", "财政部预估出口增长5%。"])
    assert [m.indicator for m in found.values()] == [
        "下达中央救灾资金", "市场交易电量", "出口"]


def test_the_two_exchanges_are_no_home():
    seg = default_segmenter()
    text = ["沪深两市成交额1.21万亿元，较上一交易日放量856亿元。",
            "宁德时代成交额达68.9亿元，居两市第一。"]
    assert infer_home_place([seg.tag(t) for t in text]) is None


def test_the_long_term_mean_as_a_trailing_base():
    found = _found(["登陆我国的台风个数较常年偏多2个。"])
    assert [m.indicator for m in found.values()] == ["登陆我国的台风个数"]


def test_emergency_headquarters_before_what_they_started():
    found = _found(["前三季度国家防总、国家减灾委共启动应急响应35次。"])
    assert [m.indicator for m in found.values()] == ["启动应急响应"]


def test_a_deadlines_before_names_nothing():
    found = _found(["今年年底前发放文旅消费券2亿元。"])
    assert [m.indicator for m in found.values()] == ["发放文旅消费券"]
