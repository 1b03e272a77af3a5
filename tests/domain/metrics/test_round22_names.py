"""Round 22's blind misses on detection, units, subjects and names (h68: a civil aviation
authority's monthly figures; h69: a Hong Kong-listed developer's monthly operating update in
Traditional script; h70: a university's graduate employment report), each a class of phrasing
stated on short sentences written for it."""

from datetime import date

from pipelines.domain.metrics.candidate_pass import find_candidates
from pipelines.domain.metrics.home import infer_home_place
from pipelines.domain.segmentation import default_segmenter
from tests.domain.metrics.support import by_quote, metrics

_DOC = date(2025, 11, 14)


def _found(texts, home=None, doc=_DOC):
    return by_quote(metrics(texts, doc=doc, home=home))


def _units(text):
    return {text[c.start : c.end]: (c.unit, c.value) for c in find_candidates(text)}


# detection and units


def test_flights_of_a_schedule_count_in_ban():
    assert _units("国际航线每周航班量达到8056班，恢复至2019年同期的91.5%。")["达到8056班"] == (
        "班", 8056)
    assert _units("国内航线每周计划航班量为11.2万班，较上一航季增加3.1%。")["11.2万班"] == (
        "班", 11.2)
    # a class, a team, a bus: a word follows 班
    assert not _units("高三2班学生参加了比赛，开设3班组，全年开行5班车。")


def test_plots_of_land_count_in_fu():
    assert _units("本集團共新增5幅土地，總建築面積約61.3萬平方米。")["5幅"] == ("幅", 5)
    assert _units("展出书画作品120幅。")["120幅"] == ("幅", 120)
    # a plot (一幅住宅用地) is no count
    assert "一幅" not in "".join(_units("本集團新增一幅住宅用地，總建築面積約12.8萬平方米。"))


def test_zhao_before_a_currency_is_a_trillion():
    text = "國內生產毛額達新臺幣24.6兆元。"
    found = {c.unit: (c.value, c.multiplier) for c in find_candidates(text)}
    assert found == {"新台币": (24.6, 1e12)}
    assert _units("美國GDP約30兆美元。")["約30兆美元"] == ("美元", 30)
    # 兆 of 兆瓦 / 兆瓦时 stays the unit's; 2兆8,812億元 stays one amount
    assert _units("装机容量120兆瓦，发电量3.5兆瓦时。") == {
        "120兆瓦": ("兆瓦", 120), "3.5兆瓦时": ("兆瓦时", 3.5)}
    assert _units("政府總預算2兆8,812億元。") == {"2兆8,812億元": ("元", 28812)}


# names of a listed company's operating update


def test_the_company_and_its_partners_name_nothing():
    found = _found(["本集团连同其合营企业及联营公司共实现合约销售金额约人民币123.4亿元，"
                    "同比减少18.6%。",
                    "本集团权益合约销售金额约人民币86.5亿元，本集团净负债率约为58.3%。"])
    assert found["约人民币123.4亿元"].indicator == "合约销售金额"
    assert found["18.6%"].indicator == "合约销售金额"
    assert found["约人民币86.5亿元"].indicator == "权益合约销售金额"
    assert found["约为58.3%"].indicator == "净负债率"


def test_a_count_of_the_places_listed_is_their_scope():
    found = _found(["前十个月，本集团在杭州、苏州、广州三个城市的合约销售金额均超过人民币10亿元。"])
    assert [m.indicator for q, m in found.items() if q.endswith("10亿元")] == ["合约销售金额"]


def test_the_preposition_of_a_dated_span_names_nothing():
    found = _found(["本集团于2025年9月30日止九个月的融资成本平均为每年4.86%，"
                    "较去年同期下降52个基点。"])
    assert found["4.86%"].indicator == "融资成本"


def test_the_unit_a_price_is_per_names_nothing():
    found = _found(["合约销售建筑面积约56.7万平方米，平均售价为每平方米约人民币21,763元。",
                    "铁矿砂进口均价每吨718.6元，下降8.9%。"])
    assert found["约人民币21,763元"].indicator == "平均售价"
    assert found["718.6元"].indicator == "铁矿砂进口均价"


# subjects


def test_a_company_named_after_its_country_is_no_subject():
    found = _found(["到中国国家铁路集团有限公司及其下属单位就业1127人。"], home="四川省")
    assert found["1127人"].subject is None
    assert found["1127人"].indicator == "到中国国家铁路集团有限公司及其下属单位就业"


def test_the_scope_of_places_counted_is_no_subject():
    found = _found(["截至2025年10月31日，本集团土地储备分布于全国22个城市的75个项目，"
                    "其中位于一、二线城市的土地储备占比约78%。"], home="香港")
    assert {q: m.subject for q, m in found.items()} == {"22个": None, "75个": None, "约78%": None}
    # a scope's own figure keeps it
    assert _found(["全国22个城市GDP增长5%。"], home="成都市")["5%"].subject == "全国"


# lists


def test_items_ranked_in_order_own_the_numbers_after_fenbie():
    found = _found(["旅客吞吐量排名前三的机场依次为广州白云国际机场、上海浦东国际机场和"
                    "北京首都国际机场，分别完成683.5万人次、651.2万人次和629.4万人次。"])
    assert [found[q].indicator for q in ("683.5万人次", "651.2万人次", "629.4万人次")] == [
        "广州白云国际机场旅客吞吐量", "上海浦东国际机场旅客吞吐量", "北京首都国际机场旅客吞吐量"]
    # places ranked in order are the subjects
    found = _found(["地区生产总值排名前三的城市依次为苏州、南京和无锡，"
                    "分别实现2.1万亿元、1.5万亿元和1.4万亿元。"], home="江苏省")
    assert [(m.indicator, m.subject) for m in found.values()] == [
        ("地区生产总值", "苏州"), ("地区生产总值", "南京"), ("地区生产总值", "无锡")]


def test_periods_listed_in_the_clause_before_fenbie():
    found = _found(["7月、8月灾情最为集中，两个月直接经济损失分别为423.5亿元和376.2亿元。"],
                   home="全国", doc=date(2025, 10, 20))
    assert [(found[q].period_start, found[q].period_end) for q in ("423.5亿元", "376.2亿元")] == [
        (date(2025, 7, 1), date(2025, 7, 31)), (date(2025, 8, 1), date(2025, 8, 31))]


def test_a_count_before_another_count_counts_its_own_noun():
    found = _found(["截至2025年10月31日，本集团土地储备分布于全国22个城市的75个项目。"],
                   home="香港")
    assert (found["22个"].indicator, found["75个"].indicator) == ("城市", "项目")


# names of a university's employment report


def test_the_school_speaking_of_itself_and_its_officials_name_nothing():
    found = _found(["学校全年举办校园招聘会428场，学校领导走访用人单位126家。",
                    "2026年，学校将力争毕业去向落实率保持在93%以上。"], home="四川省",
                   doc=date(2025, 12, 26))
    assert [m.indicator for m in found.values()] == [
        "举办校园招聘会", "走访用人单位", "毕业去向落实率"]


def test_the_levels_of_places_counted_stay_in_the_name():
    found = _found(["毕业生来源覆盖全国31个省（自治区、直辖市）。"], home="四川省")
    assert found["31个"].indicator == "省（自治区、直辖市）"


def test_a_ranked_class_gone_to_stays_in_the_name():
    found = _found(["出国（境）深造毕业生中，前往世界排名前100高校的有176人。"], home="四川省")
    assert found["176人"].indicator == "前往世界排名前100高校"


def test_the_place_a_company_acquired_in_is_its_figures_subject():
    found = _found(["2025年10月，本集团于浙江省宁波市通过公开招拍挂新增一幅住宅用地，"
                    "总建筑面积约12.8万平方米，本集团应占权益为51%。"], home="香港")
    assert [m.subject for m in found.values()] == ["宁波", "宁波"]
    # no place said where it acted: none
    found = _found(["2025年10月，本集团新增一幅住宅用地，总建筑面积约12.8万平方米。"], home="香港")
    assert [m.subject for m in found.values()] == [None]


def test_a_school_naming_its_province_once_has_no_home():
    seg = default_segmenter()
    text = ["学校2025届毕业生共11286人。", "毕业生来源覆盖全国31个省，其中四川省生源占比为38.4%。",
            "学校全年举办校园招聘会428场。"]
    assert infer_home_place([seg.tag(t) for t in text]) is None
    # a city's report naming itself once with its level keeps it
    assert infer_home_place([seg.tag("阿拉善盟2024年国民经济和社会发展统计公报")]) == "阿拉善盟"


def test_a_company_speaking_of_itself_more_than_of_any_place_has_no_home():
    seg = default_segmenter()
    text = ["香港交易及结算所有限公司及香港联合交易所有限公司对本公告的内容概不负责。",
            "本集团合约销售金额约人民币123.4亿元，本集团权益合约销售金额约人民币86.5亿元。",
            "本集团现金及现金等价物约人民币142.3亿元，本集团净负债率约为58.3%。",
            "香港，2025年11月10日"]
    assert infer_home_place([seg.tag(t) for t in text]) is None
    # its amounts in 人民币 stay in 元 (a Hong Kong home's bare 元 would be 港元)
    found = _found(text, home=None)
    assert {m.unit for m in found.values() if m.unit != "%"} == {"元"}
    # a place's own text speaking of its companies keeps its home
    text = ["香港特区政府公布，全港公司注册数目达140万间。", "本港公司数目按年增加3%。",
            "香港经济增长2.5%。"]
    assert infer_home_place([seg.tag(t) for t in text]) is not None


# notes in brackets


def test_a_note_cut_with_its_opening_names_nothing():
    found = _found(["冬春航季（10月26日起）国内航线每周计划航班量为11.2万班，较上一航季增加3.1%。"],
                   home="全国")
    assert found["11.2万班"].indicator == "国内航线每周计划航班量"


def test_a_name_starts_before_a_note_whose_list_it_would_cut():
    found = _found(["消费及旅游相关行业（即零售、住宿及膳食服务业合计）的失业率由5.4%下跌至5.2%。"],
                   home="香港")
    assert found["5.4%"].indicator == "消费及旅游相关行业的失业率"


def test_a_bound_inside_a_name_names_nothing():
    found = _found(["年末，全省平原区浅层地下水（埋深50米以内）平均埋深6.83米。",
                    "细颗粒物（PM2.5）平均浓度降至31.5微克/立方米。"], home="山东省")
    assert found["6.83米"].indicator == "平原区浅层地下水平均埋深"
    assert found["31.5微克/立方米"].indicator == "细颗粒物（PM2.5）平均浓度"


def test_a_count_closing_a_note_is_named_by_the_note():
    found = _found(["薪酬及满意度数据来源于第三方机构调查（回收有效问卷6218份）。"], home=None)
    assert found["6218份"].indicator == "回收有效问卷"


def test_a_share_after_a_clause_ranking_an_item_is_the_items():
    found = _found(["按行业看，交通运输、仓储和邮政业吸纳毕业生最多，占已就业毕业生的27.5%。",
                    "建筑业次之，占19.8%。", "PM10方面，徐州最高，为62微克/立方米。"], home=None)
    assert found["27.5%"].indicator == "交通运输、仓储和邮政业占已就业毕业生"
    assert found["19.8%"].indicator == "建筑业占比"
    # a place ranked is the subject, its measure the name
    assert found["62微克/立方米"].indicator != "徐州"
