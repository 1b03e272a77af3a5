"""Rules QA round 11 (documents as they arrive: a portal page, a journal article from
pdftotext, a state-assets report saved from Word, a yearbook chapter, WeChat copy, a tender
notice) showed missing, each stated on short sentences written for it, not taken from those
documents."""

from datetime import date

from pipelines.domain.metrics.candidate_pass import find_candidates
from tests.domain.metrics.support import by_quote, metrics

DOC = date(2025, 6, 20)


def _found(texts, doc=DOC, home="湖州市"):
    return by_quote(metrics(texts if isinstance(texts, list) else [texts], doc=doc, home=home))


# finding 7: scores and working days
def test_a_score_is_a_unit_after_a_word_of_scoring():
    m = _found("2024年全市政务服务满意度评价得分92.3分，比上年提高1.5分。")
    assert (m["92.3分"].unit, m["92.3分"].indicator) == ("分", "政务服务满意度评价得分")
    assert (m["1.5分"].value, m["1.5分"].basis) == (1.5, "change")
    assert not find_candidates("这十分重要，会议于9时30分开始，共30分。")


def test_working_days_are_the_unit_and_the_time_named_before_the_indicator():
    m = _found("2024年，企业开办时间压缩至1个工作日，不动产登记时间比上年缩短3个工作日。")
    one = m["1个工作日"]
    assert (one.unit, one.unit_raw, one.indicator) == ("工作日", "个工作日", "企业开办时间")
    assert m["3个工作日"].value == -3 and m["3个工作日"].unit == "工作日"
    assert m["3个工作日"].indicator == "不动产登记时间"
    m = _found("全年工程建设项目审批时间压缩至45个工作日以内。")
    assert m["45个工作日以内"].qualifier == "at_most"
    assert not _found("申请材料齐全的，在10个工作日内办结。")  # a rule's deadline


# finding 8: labels and markers
def test_an_outline_or_footnote_marker_is_no_part_of_a_name():
    m = _found(["（1）市直单位资产总额86.4亿元；", "②区属企业改制完成率达到75%；",
                "4湖州该比重为2.8%。"])
    assert m["86.4亿元"].indicator == "市直单位资产总额"
    assert m["达到75%"].indicator == "区属企业改制完成率"
    assert m["2.8%"].indicator == "该比重"  # (湖州, the home, dropped)


def test_a_label_before_a_colon_names_its_item():
    m = _found(["纺织产业：实现产值86.2亿元，增长4.1%，占规模以上工业总产值的21.5%；",
                "最高投标限价：2680.5万元。"])
    assert m["86.2亿元"].indicator == "纺织产业产值"
    assert m["4.1%"].indicator == "纺织产业产值"
    assert m["21.5%"].indicator.startswith("纺织产业产值占")
    assert m["2680.5万元"].indicator == "最高投标限价"


def test_an_outline_item_naming_an_entity_names_the_figures_after_it():
    m = _found(["1. 区属企业。", "资产总额320.5亿元，负债总额180.2亿元。"])
    assert m["320.5亿元"].indicator == "区属企业资产总额"
    assert m["180.2亿元"].indicator == "区属企业负债总额"
    m = _found(["1. 空气质量持续改善。", "细颗粒物平均浓度28微克/立方米。"])
    assert m["28微克/立方米"].indicator == "细颗粒物平均浓度"  # a statement, not an entity


def test_an_entitys_bare_account_measure_is_the_entity_named_first():
    m = _found("2024年末，全市国有文化企业资产总额45.6亿元，负债总额20.1亿元，净资产25.5亿元。")
    assert m["20.1亿元"].indicator == "国有文化企业负债总额"
    assert m["25.5亿元"].indicator == "国有文化企业净资产"


# finding 9: a place leading its sentence goes on past ；
def test_a_leading_place_goes_on_past_a_semicolon():
    m = _found(["2024年德清县地区生产总值680亿元，增长6.2%；",
                "社会消费品零售总额310亿元，增长5.1%；", "出口额260亿元。"])
    assert m["680亿元"].subject == "德清县"
    assert m["310亿元"].subject == "德清县" and m["260亿元"].subject == "德清县"
    m = _found(["建强德清县等重点片区，引进项目25个；", "新建5G基站320个。"])
    assert m["320个"].subject is None  # a place inside a task is no topic


# finding 10: kinds and qualifiers
def test_a_year_in_an_events_name_dates_none_of_its_figures():
    m = _found("5月18日，2025年湖州市重点项目集中签约大会举行，现场签约项目36个。")
    assert m["36个"].kind != "target"
    assert m["36个"].period_text != "2025年"


def test_首要_is_no_goal_word():
    m = _found("2024年，以臭氧为首要污染物的超标天数占全部超标天数的58.2%。")
    assert m["58.2%"].kind == "share"


def test_below_bounds_from_above():
    assert _found("个别县区优良天数比率低于80%。")["低于80%"].qualifier == "at_most"


def test_a_sum_over_a_set_of_places_adds_up_places_not_years():
    m = _found("2024年全省县域一般公共预算收入合计达到2860亿元。")  # the counties' sum
    assert m["达到2860亿元"].basis is None


def test_a_structure_restated_after_a_change_keeps_its_parts():
    m = _found("三次产业结构由2019年的4.2∶45.1∶50.7调整为2024年的3.6∶42.8∶53.6。")
    assert m["3.6"].indicator == "第一产业增加值占比" and m["3.6"].unit == "%"
    assert m["53.6"].indicator == "第三产业增加值占比"


def test_a_first_n_months_headline_is_the_months_up_to_n():
    m = _found("前4月全市签约项目88个")
    assert (m["88个"].period_start, m["88个"].period_end) == (date(2025, 1, 1),
                                                            date(2025, 4, 30))


# finding 12: requirements on applicants are conditions
def test_an_applicants_minimums_are_conditions_not_metrics():
    assert not _found("投标人近3年年均营业收入不低于2亿元。")
    assert not _found("项目负责人须具备高级职称，且承担过单项合同金额不低于5000万元的类似项目。")
    m = _found("全年新签约项目合同金额不低于5000万元的有12个。")
    assert "12个" in m  # no applicant, no requirement: a count stays
