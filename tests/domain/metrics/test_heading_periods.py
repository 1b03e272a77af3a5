"""A sentence whose only period is a heading's (the title's 2024年) that is not over at the
document's date: results under it are of the period the text reports on (上半年 in a half-year
release published 20 July), not goals of the unfinished year. A heading of goals
(2024年主要预期目标) keeps its year, and so does a period the sentence or its paragraph names, a
heading naming a part of the year, and a text that reports on nothing of the year before."""

from datetime import date

from pipelines.domain.analysis import analyse_document
from pipelines.domain.metrics.period_spans import most_named, reported_period
from pipelines.domain.records import Period

_TITLE = "2024年某市经济运行情况\n\n"
_LEAD = "上半年，全市实现地区生产总值1234.5亿元，同比增长5.6%。\n\n"
_ITEMS = "主要指标\n\n城镇新增就业5.2万人；\n\n居民消费价格上涨0.3%。\n"
_H1 = (date(2024, 1, 1), date(2024, 6, 30))


def _metrics(raw: str, on: date) -> dict:
    return {m.quote: m for m in analyse_document(raw, published_on=on).metrics}


def _dated(m) -> tuple:
    return (m.kind, m.period_text, m.period_start, m.period_end)


def test_results_under_a_heading_of_an_unfinished_year_take_the_report_period():
    got = _metrics(_TITLE + _LEAD + _ITEMS, date(2024, 7, 20))
    assert _dated(got["5.2万人"]) == ("actual", "上半年", *_H1)
    assert _dated(got["0.3%"]) == ("growth_rate", "上半年", *_H1)
    assert got["5.2万人"].indicator == "城镇新增就业"


def test_markdown_list_items_under_a_heading_take_the_report_period():
    raw = ("# 2024年某市国民经济运行情况\n\n**发布日期：2024-07-20**　来源：[某市统计局]"
           "(http://tjj.example.gov.cn)\n\n" + _LEAD
           + "## 主要指标\n\n- 城镇新增就业5.2万人；\n- 居民消费价格上涨0.3%。\n")
    got = _metrics(raw, date(2024, 7, 20))
    assert _dated(got["5.2万人"]) == ("actual", "上半年", *_H1)
    assert _dated(got["0.3%"]) == ("growth_rate", "上半年", *_H1)


def test_the_period_named_most_often_inside_the_year_is_the_report_period():
    # 一季度 named once, 上半年 twice, 2023年 (another year) three times: 上半年
    lead = ("2023年全年增长5.0%，2023年投资增长3.0%，2023年消费增长4.0%。\n\n"
            "一季度，地区生产总值增长5.1%。\n\n上半年，地区生产总值增长5.6%，上半年投资增长2.1%。\n\n")
    got = _metrics(_TITLE + lead + _ITEMS, date(2024, 7, 20))
    assert _dated(got["5.2万人"]) == ("actual", "上半年", *_H1)


def test_with_no_report_period_inside_the_year_the_headings_year_stays():
    # nothing of 2024 reported on before: what the text says of the year are its goals (as a
    # policy address's 2024年施政 in November, test_extract.py)
    raw = _TITLE + "全市经济运行总体平稳。\n\n" + _ITEMS
    got = _metrics(raw, date(2024, 7, 20))
    assert _dated(got["5.2万人"]) == ("target", "2024年", date(2024, 1, 1), date(2024, 12, 31))


def test_a_heading_of_goals_keeps_its_year():
    raw = ("2024年某市政府工作报告\n\n2023年，全市地区生产总值增长5.6%。\n\n"
           "2024年主要预期目标\n\n城镇新增就业5万人以上；\n\n居民消费价格涨幅3%左右。\n")
    got = _metrics(raw, date(2024, 1, 20))
    assert _dated(got["5万人以上"]) == ("target", "2024年", date(2024, 1, 1), date(2024, 12, 31))
    assert _dated(got["3%左右"]) == ("target", "2024年", date(2024, 1, 1), date(2024, 12, 31))


def test_a_year_over_at_the_documents_date_keeps_dating_its_results():
    raw = "2023年某市经济运行情况\n\n上半年，全市增长5.0%。\n\n" + _ITEMS
    got = _metrics(raw, date(2024, 3, 1))
    assert _dated(got["5.2万人"]) == ("actual", "2023年", date(2023, 1, 1), date(2023, 12, 31))


def test_a_period_of_the_sentence_or_its_paragraph_wins_over_the_report_period():
    raw = _TITLE + _LEAD + "主要指标\n\n1-5月，城镇新增就业4.1万人；全年城镇新增就业预计11万人。\n"
    got = _metrics(raw, date(2024, 7, 20))
    assert _dated(got["4.1万人"]) == ("actual", "1-5月", date(2024, 1, 1), date(2024, 5, 31))
    assert got["11万人"].kind == "target"


def test_the_report_period_is_the_most_named_of_the_text_before():
    before = "一季度增长5%。上半年增长6%，上半年投资增长3%。比上年同期增长2%。"
    assert reported_period(before, date(2024, 7, 20), False,
                           (date(2024, 1, 1), date(2024, 12, 31))).text == "上半年"
    # not over at the date, or outside the year asked about: no report period
    assert reported_period("下半年增长6%。", date(2024, 7, 20), False, None) is None
    # a point of the year (年初, 6月末) dates stocks: it is not what a text reports on
    assert reported_period("年初以来增长6%。年初余额5亿元，6月末余额7亿元。", date(2024, 7, 20),
                           False, (date(2024, 1, 1), date(2024, 12, 31))) is None
    assert reported_period("2023年增长6%。", date(2024, 7, 20), False,
                           (date(2024, 1, 1), date(2024, 12, 31))) is None


def test_most_named_gives_the_first_named_of_equals_as_first_written():
    a1, b, a2 = (Period(text="一季度", start=date(2024, 1, 1), end=date(2024, 3, 31)),
                 Period(text="上半年", start=date(2024, 1, 1), end=date(2024, 6, 30)),
                 Period(text="1季度", start=date(2024, 1, 1), end=date(2024, 3, 31)))
    assert most_named([a1, b, b, a2]) == [a1, a1, b, a1]


def test_early_in_the_year_with_nothing_of_it_reported_a_headings_year_holds_goals():
    # a budget report of 14 January: 2025年预算草案 is no goals heading, but nothing of 2025 is
    # reported yet (h13)
    raw = ("关于2025年预算草案的报告\n\n2024年，全市一般公共预算收入增长3.1%。\n\n"
           "年初，市级预备费安排3.5亿元。\n\n二、2025年预算草案\n\n市级预备费安排4.0亿元。\n")
    got = _metrics(raw, date(2025, 1, 14))
    assert _dated(got["4.0亿元"]) == ("target", "2025年", date(2025, 1, 1), date(2025, 12, 31))


def test_a_heading_naming_a_part_of_the_year_dates_its_results():
    # 看上半年“成绩单” in June: the heading names the period its results are of
    raw = ("某市日报\n\n一季度，全市增长5.0%。\n\n看上半年“成绩单”\n\n"
           "绿色低碳产业规模突破2600亿元，居全国第4。\n")
    got = _metrics(raw, date(2024, 6, 20))
    assert got["突破2600亿元"].period_text == "上半年"
