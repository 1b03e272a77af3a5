"""Round 15's blind misses on units, detection, tables and names (h47-h49: a ministry's telecom
bulletin, a Taiwanese county's budget, a city's livelihood projects) and acceptance findings,
each a class of phrasing stated on short sentences written for it: data volumes in GB, a score
after 测评, batches of inspections, ..."""

from datetime import date

from pipelines.domain.metrics.canonical import canonical_indicator
from pipelines.evaluate import analyse_document
from tests.domain.metrics.support import by_quote, metrics

_DOC = date(2026, 1, 22)


def _found(texts, home="武汉市", doc=_DOC):
    return by_quote(metrics(texts, doc=doc, home=home))


def _doc(text, doc=_DOC):
    return by_quote(analyse_document(text, published_on=doc).metrics)


# units: data volumes, batches, a score after 测评


def test_data_volumes_are_measured_in_gb_tb_and_pb():
    found = _found(["全年移动互联网接入流量达2800亿GB，比上年增长12.1%。",
                    "户均移动互联网接入流量达到18.5GB/户·月。",
                    "数据存储总量达到35PB，备份容量120TB。"])
    assert [(q, found[q].unit, found[q].value_normalized) for q in found if "%" not in q] == [
        ("达2800亿GB", "GB", 2.8e11), ("达到18.5GB/户·月", "GB/户·月", 18.5),
        ("达到35PB", "PB", 35), ("120TB", "TB", 120)]
    assert found["达2800亿GB"].indicator == "移动互联网接入流量"


def test_batches_are_counted_in_pi_ci():
    found = _found(["全年开展食品安全抽检2.4万批次。"])
    assert (found["2.4万批次"].unit, found["2.4万批次"].value_normalized) == ("批次", 24000)


def test_a_score_follows_a_rating_word():
    found = _found(["群众满意度测评为92.5分。"])
    assert found["92.5分"].unit == "分"


# a clause-final N条 after a quoted noun counts that noun (出台20条 names a policy)


def test_a_count_after_a_quoted_noun_is_a_count():
    found = _found(["全年打通“瓶颈路”12条，新建城区道路30公里。"])
    assert found["12条"].unit == "条"
    assert "20条" not in _found(["全市出台20条。"])


# a small count opening its clause names a defined group; a distance can be part of a rate's name


def test_a_small_count_opening_a_clause_names_a_group():
    found = _found(["全年，三家基础电信企业共完成业务收入1.7万亿元。",
                    "截至12月末，两家运营商的用户总数达9.2亿户。"])
    assert set(found) == {"1.7万亿元", "达9.2亿户"}
    assert found["1.7万亿元"].indicator == "三家基础电信企业业务收入"
    assert _found(["今年全市新增三家上市企业。"])["三家"].unit == "家"  # (after its verb: a count)


def test_a_distance_before_a_coverage_rate_is_part_of_its_name():
    found = _found(["中心城区公交站点500米覆盖率达到95%以上。",
                    "公园绿地500米服务半径覆盖率达到90%。"])
    assert set(found) == {"达到95%以上", "达到90%"}


# tables: a title's unit with its currency (（單位：新臺幣億元）)


_CURRENCY_TABLE = ("高雄縣115年度預算概況\n\n本縣115年度總預算經縣議會審議通過。\n\n"
                   "附表　115年度總預算歲入歲出比較表（單位：新臺幣億元）\n"
                   "項目\t114年度預算數\t115年度預算數\t增減（%）\n"
                   "歲入\t210.4\t225.0\t6.9\n歲出\t230.2\t241.5\t4.9\n")


def test_a_title_unit_with_its_currency_is_every_unitless_cell_s():
    found = _doc(_CURRENCY_TABLE)
    cell = found["225.0"]
    # (unit_raw in Simplified, as a sentence's is: the page is read converted)
    assert (cell.unit_raw, cell.unit, cell.value_normalized) == ("亿元", "新台币", 2.25e10)
    assert found["6.9"].unit == "%"


# tables are read on the text as cleaning normalises its characters (same offsets)


_PERIOD_TABLE = ("表1　失业率统计（经季节性调整）\n\n"
                 "                2025年6月至8月   2025年7月至9月\n"
                 "失业率（%）          3.9              3.8\n\n注：数字为临时数字。\n")


def test_a_table_survives_invisible_characters_and_windows_line_ends():
    clean = {q: (m.value, m.unit, m.period_start) for q, m in _doc(_PERIOD_TABLE).items()}
    assert set(clean) == {"3.9", "3.8"}
    hidden = _PERIOD_TABLE.replace("2025年7月", "202\u200b5年7月").replace(
        "3.9  ", "3.9\u200b  ")
    for damaged in (hidden, _PERIOD_TABLE.replace("\n", "\r\n")):
        found = _doc(damaged)
        assert {q.replace("\u200b", ""): (m.value, m.unit, m.period_start)
                for q, m in found.items()} == clean



def test_a_zero_width_space_inside_a_gap_of_full_width_spaces_is_part_of_the_gap():
    table = ("表1　电信业务主要指标\n\n指标名称\u3000\u3000单位\u3000\u300012月末到达数\n"
             "固定电话用户\u3000\u3000万户\u3000\u200b\u300017800\n"
             "移动电话用户\u3000\u3000万户\u3000\u3000182000\n")
    found = _doc(table)
    assert (found["17800"].value_normalized, found["182000"].unit) == (1.78e8, "户")


# names: 计划投资 is the name of planned investment (as 完成投资 of investment done)


def test_planned_investment_keeps_its_plan():
    found = _found(["新建社区食堂30个。", "计划投资2.5亿元。"])
    assert found["2.5亿元"].indicator == "计划投资"
    assert _found(["全市计划新建学校5所。"])["5所"].indicator == "新建学校"
    assert _found(["公司计划投资3亿元。"])["3亿元"].indicator == "投资"  # (the firm's intent)


def test_budget_and_link_verbs_open_no_name():
    found = _found(["115年度岁出编列180.2亿元，加上债务还本6.1亿元，共须融资调度20.4亿元。",
                    "编列长照服务经费9.3亿元；另编列校舍改建经费3.2亿元。"], home="台南市",
                   doc=date(2025, 10, 20))
    assert [found[q].indicator for q in ("6.1亿元", "20.4亿元", "9.3亿元", "3.2亿元")] == [
        "债务还本", "融资调度", "长照服务经费", "校舍改建经费"]


# indicator keys: a pollutant's yearly mean, however written, is one series


def test_a_pollutant_s_yearly_mean_is_one_key():
    keys = {canonical_indicator(n, "微克/立方米") for n in (
        "PM2.5平均浓度", "PM2.5年平均浓度", "PM2.5年均浓度")}
    assert len(keys) == 1
    assert canonical_indicator("PM10平均浓度") != canonical_indicator("PM2.5平均浓度")


def test_a_verb_of_reaching_a_new_level_ends_no_name():
    found = _found(["全省工业总产值迈上3万亿元新台阶。", "地区生产总值跃上8000亿元台阶。"])
    assert [m.indicator for m in found.values()] == ["工业总产值", "地区生产总值"]


# a zone's kind alone (合作区, a word since seg-5) is no place by its form; a named zone is one


def test_a_bare_zone_word_is_part_of_the_name_and_a_named_zone_a_place():
    found = _found(["横琴粤澳深度合作区建设稳步推进。", "合作区内澳资企业累计达6800家。",
                    "前海合作区实现地区生产总值1200亿元。"], home="珠海市")
    # (the bare zone refers back to the zone the sentence before names in full, as h11's gold has
    # it since session 23: 9bdd802)
    assert (found["达6800家"].indicator, found["达6800家"].subject) == (
        "合作区内澳资企业", "横琴粤澳深度合作区")
    assert found["1200亿元"].subject == "前海合作区"


# a base written with its period (较114年度预算数) names no change


def test_a_base_with_its_year_is_no_name_of_the_change():
    found = _doc("高雄縣政府新聞稿\n\n"
                 "115年度歲入210.4億元，較114年度預算數增加12.3億元，成長6.2%。\n",
                 doc=date(2025, 10, 20))
    assert [found[q].indicator for q in ("12.3億元", "6.2%")] == ["岁入", "岁入"]


# an amount's change after its share is the amount's


def test_an_amount_s_change_after_its_share_is_named_by_the_amount():
    found = _found(["其中，统筹分配税款编列120.5亿元，占岁入总额的30.1%，较上年度增加6.4亿元。",
                    "社会福利支出88.2亿元，占21.0%，较上年度增加7.1亿元、8.8%，比重提高0.6个百分点。"])
    assert [found[q].indicator for q in ("6.4亿元", "7.1亿元", "8.8%")] == [
        "统筹分配税款", "社会福利支出", "社会福利支出"]
    assert found["0.6个百分点"].indicator != "社会福利支出"


def test_a_share_in_a_whole_is_the_last_amount_s():
    found = _found(["全年完成软件业务收入3200亿元，比上年增长8.1%，在信息产业收入中占比达31.5%。"])
    assert found["达31.5%"].indicator == "软件业务收入在信息产业收入中占比"


# a cause before a change names nothing (QA 17)


def test_a_cause_before_a_change_is_no_name():
    found = _found(["8月份，全省城镇调查失业率为5.3%，受毕业季影响比上月上升0.2个百分点。"],
                    home="湖北省", doc=date(2025, 9, 20))
    assert found["0.2个百分点"].indicator == "城镇调查失业率"


def test_how_a_figure_is_measured_and_a_verb_of_its_new_level_are_no_part_of_its_name():
    found = _found(["按照上年价格计算的邮政业务总量同比增长7.5%。",
                    "经常支出占岁出比率降为82.1%。", "年底债务余额预估为120.0亿元。"])
    assert [m.indicator for m in found.values()] == [
        "邮政业务总量", "经常支出占岁出比率", "债务余额"]


def test_counties_cities_and_districts_together_are_no_place():
    found = _found(["市级财政安排资金12.4亿元，县市区配套及社会资金11.9亿元。"], home="株洲市")
    assert (found["11.9亿元"].indicator, found["11.9亿元"].subject) == ("县市区配套及社会资金",
                                                                     None)


def test_the_means_listed_before_a_flow_are_no_part_of_its_name():
    found = _found(["去年以来，市政府通过热线、信箱、座谈会等渠道共收集群众意见2.1万条。"])
    assert found["2.1万条"].indicator == "收集群众意见"


def test_a_contribution_without_its_subject_is_the_last_amount_s():
    found = _found(["全年完成软件业务收入3200亿元，比上年增长8.1%，在信息产业收入中占比达31.5%，"
                    "拉动信息产业收入增长2.4个百分点。"])
    assert found["2.4个百分点"].indicator == "软件业务收入拉动信息产业收入"
