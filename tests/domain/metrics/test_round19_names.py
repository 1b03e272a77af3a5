"""Round 19's blind misses on units, homes, subjects and names (h59-h61: a national office's
yearly release of patent and trademark figures, a Traditional-script monthly trade release, a
company's ESG report), each a class of phrasing stated on short sentences written for it."""

from datetime import date

from pipelines.domain.metrics.home import NATIONAL_HOME, infer_home_place
from pipelines.domain.segmentation import default_segmenter
from tests.domain.metrics.support import by_quote, metrics

_DOC = date(2025, 2, 20)


def _found(texts, home=None, doc=_DOC):
    return by_quote(metrics(texts, doc=doc, home=home))


# units


def test_a_duration_in_months_is_in_months():
    found = _found(["2024年，商标注册平均审查周期压减至4.5个月，异议审查周期缩短至11个月左右。"])
    assert {q: m.unit for q, m in found.items()} == {"4.5个月": "月", "11个月左右": "月"}
    # a span of months, a deadline, a class by duration, a window named in words: no figure
    for text in ("前10个月，全省新设企业增长较快。", "确保签约项目3个月内注册、6个月内开工。",
                 "外出从业6个月及以上的劳动者为农民工。", "与上一个三个月比较，总销货价值上升。"):
        assert not _found([text], home="湖北省"), text


def test_greenhouse_gas_in_co2_equivalent_is_one_unit():
    found = _found(["报告期内，公司温室气体排放总量为12.4万吨二氧化碳当量，"
                    "单位产值排放强度为0.31吨二氧化碳当量/万元。"])
    units = {q: (m.unit, m.value_normalized) for q, m in found.items()}
    assert units["12.4万吨二氧化碳当量"] == ("吨二氧化碳当量", 124000.0)
    assert units["0.31吨二氧化碳当量/万元"] == ("吨二氧化碳当量/万元", 0.31)


def test_hours_per_head_keep_their_denominator():
    found = _found(["全年员工人均培训时长达到38小时/人。"])
    assert [m.unit for m in found.values()] == ["小时/人"]


# homes


def test_a_national_release_ranking_provinces_is_the_nations():
    seg = default_segmenter()
    text = ["2024年，我国商标注册量增长5%。全国共有地理标志产品2000个。",
            "全国商标质押融资金额达到900亿元。",
            "截至2024年底，有效商标量排名前三的省份为广东、浙江、山东。",
            "其中，山东新增商标30万件；山东、河南分别增长6%和5%。"]
    # 山东 named three times bare, 全国 / 我国 as often: the country's text, its provinces parts
    assert infer_home_place([seg.tag(t) for t in text]) == NATIONAL_HOME
    # a province's own text (全省) is still the province's
    local = ["全省商标注册量增长5%。山东新增商标30万件。", "山东、河南分别增长6%和5%，山东居首。"]
    assert infer_home_place([seg.tag(t) for t in local]) != NATIONAL_HOME


# subjects


def test_a_trading_partner_is_part_of_the_name_and_never_carries_on():
    found = _found(["10月对中国大陆及香港出口162.9亿美元，年增18.7%；对东协出口105.3亿美元，"
                    "年增42.1%；自日本进口51.7亿美元。"], home="台湾")
    assert {q: m.subject for q, m in found.items()} == dict.fromkeys(found, None)
    assert found["162.9亿美元"].indicator == "中国大陆及香港出口"
    # a place whose own trade it is stays the subject
    own = _found(["1-9月，香港出口增长5.1%。"], home="广东省")
    assert [m.subject for m in own.values()] == ["香港"]


def test_a_place_before_deng_and_a_count_is_an_example_of_a_class():
    found = _found(["帮扶资金覆盖安徽省滁州市定远县等4个县的27个行政村。"])
    assert {q: m.subject for q, m in found.items()} == {"4个": None, "27个": None}


def test_the_total_of_a_list_of_places_is_no_one_places():
    found = _found(["排名前三的省份分别为广东、浙江、山东，拥有量分别为10万件、8万件、6万件，"
                    "3省合计占全国总量的40%。"], home="全国")
    assert [found[q].subject for q in ("10万件", "8万件", "6万件")] == ["广东", "浙江", "山东"]
    assert found["40%"].subject is None


# detection


def test_a_satisfaction_score_is_in_points_but_never_a_clocks_minutes():
    found = _found(["全年公众安全感满意度达到91.6分，较上年提高1.2分。"])
    assert {q: m.unit for q, m in found.items()} == {"达到91.6分": "分", "1.2分": "分"}
    assert not _found(["满意度测评于9时30分开始，十分顺利。"])


def test_a_rate_named_with_its_abbreviation_is_a_bare_ratio():
    found = _found(["报告期内百万工时总可记录事故率（TRIR）为0.35，低于行业平均。"])
    assert [(m.quote, m.unit) for m in found.values()] == [("0.35", None)]
    assert not _found(["发生率为2024年以来最低。"])


def test_a_numeral_that_numbers_a_scope_is_no_count():
    found = _found(["其中，范围一直接排放3.2万吨二氧化碳当量，范围二间接排放8.6万吨二氧化碳当量，"
                    "详见附件三。"])
    assert sorted(found) == ["3.2万吨二氧化碳当量", "8.6万吨二氧化碳当量"]


# names


def test_a_rankings_items_are_named_by_the_measure_it_ranks_by():
    found = _found(["有效商标拥有量排名前三的城市为深圳、广州、东莞，"
                    "分别为120万件、98万件、40万件。"], home="广东省")
    assert {found[q].indicator for q in ("120万件", "98万件", "40万件")} == {"有效商标拥有量"}
    found = _found(["从地域看，规模以上工业营业收入排名前五的城市分别为苏州、无锡、南京、常州、"
                    "南通，收入分别为4.2万亿元、2.1万亿元、1.9万亿元、1.5万亿元、1.3万亿元。"],
                   home="江苏省")
    assert {m.indicator for m in found.values()} == {"规模以上工业营业收入"}


def test_frame_words_of_a_release_are_no_part_of_the_name():
    found = _found(["截至年底，已建成维权中心30家，另有在建维权中心6家；全年为创新主体办理预审案件"
                    "5.2万件，平均审查周期压减至9.8个月。"], home="全国")
    assert found["6家"].indicator == "在建维权中心"
    assert found["5.2万件"].indicator == "办理预审案件"
    assert found["9.8个月"].indicator == "平均审查周期"


def test_a_comparison_or_a_forecasts_words_name_nothing():
    found = _found(["10月出口420.1亿美元，与上月比较则增3.6%。",
                    "统计局预估11月出口将介于400亿至430亿美元；全年出口可望突破5,000亿美元。",
                    "电子零组件出口占出口比重为41.2%，首度突破四成。"], home="台湾")
    assert {found[q].indicator for q in ("3.6%", "400亿至430亿美元", "突破5,000亿美元")} == {
        "出口"}
    assert found["突破四成"].indicator == "电子零组件出口占出口比重"


def test_a_change_against_a_base_year_is_of_the_measure_before_it():
    found = _found(["公司单位产值能耗较基准年下降18%，温室气体排放总量较基准年下降25%以上。"])
    assert [m.indicator for m in found.values()] == ["单位产值能耗", "温室气体排放总量"]


def test_an_exclusion_note_and_the_acting_authority_are_no_part_of_the_name():
    found = _found(["其中，国内（不含港澳台）有效商标注册量为3000万件；全年各级市场监管部门查处"
                    "侵权案件2.1万件，公安机关破获假冒案件800起。"], home="全国")
    assert [m.indicator for m in found.values()] == ["国内有效商标注册量", "查处侵权案件",
                                                     "破获假冒案件"]
    assert _found(["部门预算支出12亿元。"])["12亿元"].indicator == "部门预算支出"


def test_an_amount_alone_is_of_what_the_clause_before_accounted_for():
    found = _found(["单位产值排放强度为0.4吨二氧化碳当量/万元。",
                    "公司首次对范围三中的下游运输排放进行了核算，约为12.5万吨二氧化碳当量。",
                    "本年度对员工通勤排放进行了测算，为0.8万吨二氧化碳当量。"])
    assert found["约为12.5万吨二氧化碳当量"].indicator == "下游运输排放"
    assert found["0.8万吨二氧化碳当量"].indicator == "员工通勤排放"


def test_a_change_between_two_counts_is_of_the_name_before_it():
    found = _found(["全市医院床位数由2.6万张提升至4.1万张。"], home="成都市")
    assert [m.indicator for m in found.values()] == ["医院床位数", "医院床位数"]
    assert _found(["建成100个智能工厂。"])["100个"].indicator == "建成智能工厂"


def test_a_currencys_change_is_of_its_exchange_rate():
    found = _found(["10月出口420.1亿美元；新台币对美元汇率同月升值5.2%。",
                    "人民币对美元汇率全年贬值1.2%。"], home="台湾")
    assert [found[q].indicator for q in ("5.2%", "1.2%")] == [
        "新台币对美元汇率", "人民币对美元汇率"]


def test_a_name_the_segmenter_glued_to_its_period_keeps_its_own_words():
    # (全|年发电量: the period 全年 ends inside the word 年发电量)
    found = _found(["截至2024年底，公司屋顶光伏累计装机容量达到46.8兆瓦，全年发电量4980万千瓦时。"])
    assert found["4980万千瓦时"].indicator == "发电量"


def test_a_plans_goal_quoted_after_a_figure_is_of_its_measure():
    found = _found(["全省森林覆盖率达到42.1%，提前实现“十四五”规划确定的41%的约束性目标。"],
                   home="江西省")
    assert found["41%"].indicator == "森林覆盖率"
