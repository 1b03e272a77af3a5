"""Periods of session 25's rounds 46-47 (tests/gold/heldout/README.md "Round 46", "Round 47"):
a paragraph breaking down a whole the paragraph before named (第二产业中，…) goes on at that
paragraph's time; a report labelling the day one kind of its data runs to (…数据统计截至…) dates
the figures of the sections on that data at that day; the month a survey was held dates nothing
it measures. Short texts written for each class, not the set's documents."""

from __future__ import annotations

from datetime import date

from pipelines.evaluate import analyse_document
from tests.domain.metrics.support import by_quote


def _found(paragraphs: list[str], doc: date) -> dict:
    raw = "\n\n".join(paragraphs)
    return by_quote(analyse_document(raw, published_on=doc).metrics)


def _period(m) -> tuple:
    return (m.period_start, m.period_end)


def test_a_paragraph_on_a_part_of_a_whole_named_before_goes_on_at_its_time() -> None:
    """1-9月，…制造业增加值… then 制造业中，… (no time of its own): the parts of the running
    total, January to September, not the month the headline names first."""
    found = _found(["9月份全省工业增加值同比增长5.1%",
                    "10月21日，省统计局发布9月份规模以上工业等数据。",
                    "一、工业生产",
                    "1-9月，全省规模以上工业增加值同比增长6.2%。从分门类看，采矿业、制造业增加值"
                    "同比分别增长3.0%和7.1%。",
                    "制造业中，装备制造业增加值同比增长9.4%；高技术制造业增加值增长11.3%。"],
                   doc=date(2025, 10, 21))
    want = (date(2025, 1, 1), date(2025, 9, 30))
    assert _period(found["9.4%"]) == want
    assert _period(found["11.3%"]) == want


def test_a_part_of_a_whole_named_at_two_times_is_not_carried() -> None:
    """9月份，…出厂价格…。1—9月平均，…出厂价格…。 then 出厂价格中，…: the paragraph before names the
    whole at the month and over the months so far; which one the parts are of is not told,
    so the two periods are not the parts' (the month's, as the release's lead, stays)."""
    found = _found(["某省9月份价格统计",
                    "二、工业生产者价格情况",
                    "9月份，全省工业生产者出厂价格同比下降1.5%。1—9月平均，工业生产者出厂价格"
                    "比上年同期下降2.1%。",
                    "工业生产者出厂价格中，生产资料价格同比下降2.4%。"],
                   doc=date(2025, 10, 15))
    assert _period(found["2.4%"]) != (date(2025, 1, 1), date(2025, 9, 30))


def test_a_section_on_the_data_a_cut_off_labels_is_at_that_day() -> None:
    """报告中就业去向数据统计截至2025年8月31日: the sections whose heading names 就业去向 state
    their counts and shares at that day (as their figure written 截至… is), not over the class
    the title names; a section on other data (满意度, from a survey held in October) is not
    dated by the survey's month."""
    found = _found(["某学院2025届毕业生就业质量年度报告",
                    "说明：报告中就业去向数据统计截至2025年8月31日；满意度数据来源于学院2025年10月"
                    "开展的毕业生调查，共回收有效问卷1200份。",
                    "一、毕业生规模",
                    "学院2025届毕业生共3200人。",
                    "二、就业去向落实情况",
                    "截至2025年8月31日，全院2025届毕业生就业去向落实率为91.5%。",
                    "升学860人，占26.9%；灵活就业310人，占9.7%。",
                    "三、就业质量",
                    "毕业生对母校的总体满意度为92.4%。"],
                   doc=date(2025, 12, 20))
    day = (date(2025, 8, 31), date(2025, 8, 31))
    for quote in ("91.5%", "860人", "26.9%", "310人", "9.7%"):
        assert _period(found[quote]) == day, quote
    assert _period(found["3200人"]) == (date(2025, 1, 1), date(2025, 12, 31))
    assert _period(found["92.4%"]) != (date(2025, 10, 1), date(2025, 10, 31))


def test_the_level_a_change_starts_from_is_of_no_time_given() -> None:
    """前三季度，…平均审批时限由20个工作日压缩至8个工作日: the new level is the quarters' (the
    paragraph's), the old one stood at some earlier time the text does not give: undated; the
    release's period given to a paragraph comparing with the year before (同比) leaves it so."""
    found = _found(["某省政务服务局举行2025年第三季度新闻发布会",
                    "10月28日上午，省政务服务局举行新闻发布会，通报前三季度全省政务服务情况。",
                    "一、服务效能持续提升",
                    "前三季度，全省新设立企业12.4万户，同比增长3.1%。",
                    "前三季度，全省政务服务热线受理来电52.1万通，同比增长4.2%；企业开办平均审批时限"
                    "由20个工作日压缩至8个工作日。"],
                   doc=date(2025, 10, 29))
    assert _period(found["20个工作日"]) == (None, None)
    assert _period(found["8个工作日"]) == (date(2025, 1, 1), date(2025, 9, 30))


def test_a_surveys_levels_are_of_no_period_unless_compared_with_another_class() -> None:
    """满意度等数据来源于…调查: under the heading naming those data (（二）满意度。) a level the
    section gives no time is the survey's answer, undated (not the title's class, nor the month
    the survey was held); one compared with an earlier class (较2024届提高) is its class's."""
    found = _found(["某学院2025届毕业生就业质量年度报告",
                    "说明：报告中就业去向数据统计截至2025年8月31日；满意度等数据来源于学院2025年10月"
                    "开展的毕业生跟踪调查，共回收有效问卷1200份。",
                    "一、就业质量",
                    "（一）满意度。毕业生对母校的总体满意度为92.4%，工作与专业相关度为76.1%；"
                    "用人单位对毕业生的满意度达96.8%，较2024届提高0.6个百分点。"],
                   doc=date(2025, 12, 20))
    assert _period(found["92.4%"]) == (None, None)
    assert _period(found["76.1%"]) == (None, None)
    assert _period(found["达96.8%"]) == (date(2025, 1, 1), date(2025, 12, 31))


def test_the_size_of_the_class_a_report_is_on_is_of_its_year() -> None:
    """A 2025届 report whose data run to a cut-off (截至2025年8月31日): a 学院 table's 毕业生人数
    column is the class's size, of 2025, not a state at the cut-off as its 落实率 column is."""
    found = _found(["某学院2025届毕业生就业质量年度报告",
                    "说明：报告中就业去向数据统计截至2025年8月31日。",
                    "二、各专业毕业去向落实情况\n"
                    "专业　毕业生人数（人）　落实率（%）\n"
                    "会计学　418　93.2\n"
                    "金融学　356　91.8\n"
                    "注：落实率统计时间截至2025年8月31日。"],
                   doc=date(2025, 12, 20))
    year = (date(2025, 1, 1), date(2025, 12, 31))
    assert {q: _period(m) for q, m in found.items() if q in ("418", "356")} == {
        "418": year, "356": year}
    assert _period(found["93.2"]) == (date(2025, 8, 31), date(2025, 8, 31))
