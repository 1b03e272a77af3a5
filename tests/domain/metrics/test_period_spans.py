"""period_spans.py: the periods a sentence names sorted out before one is chosen (single days
left out, comparison bases told apart, the year talked about, yearless periods read in it)."""

from datetime import date

from pipelines.domain.metrics.period_spans import (
    comparison_length,
    contextualize,
    is_comparison,
    periods_of,
    relative_year,
    year_of,
)

_DOC = date(2024, 7, 10)


def _texts(spans):
    return [(p.text, p.period.start, p.period.end) for p in spans]


# --- periods_of, comparisons, years -------------------------------------------------------

def test_periods_of_leaves_out_single_days_and_reads_minguo_years():
    assert periods_of("7月3日，全市召开大会", _DOC) == []
    assert [p.text for p in periods_of("今年上半年，全市地区生产总值增长5.3%", _DOC)] == [
        "今年上半年"]
    (roc,) = periods_of("113年經濟成長率3.9%", _DOC, roc=True)
    assert roc.period.start == date(2024, 1, 1)


def test_a_period_after_a_comparison_word_or_before_a_price_base_is_a_comparison():
    (last_year,) = periods_of("比上年增长5.3%", _DOC)
    assert is_comparison("比上年增长5.3%", last_year)
    assert comparison_length("比上年增长5.3%", last_year) == 1
    text = "2024年1—5月，与2019年同期相比增长12%"
    own, base = periods_of(text, _DOC)
    assert not is_comparison(text, own) and is_comparison(text, base)
    (prices,) = periods_of("按2020年价格计算，增长3%", _DOC)  # the base of real amounts
    assert is_comparison("按2020年价格计算，增长3%", prices)
    assert comparison_length("按2020年价格计算，增长3%", prices) == 0


def test_year_of_is_the_last_year_talked_about_not_a_base_a_since_or_a_yearless_word():
    text = "2023年全市地区生产总值比2022年增长6%"
    assert year_of(periods_of(text, _DOC), text) == 2023
    text = "2017年人才新政发布以来，人才总量达651万"
    assert year_of(periods_of(text, _DOC), text) is None
    text = "2024年以来，全市新增就业10万人"  # within one year, still a since-span
    assert year_of(periods_of(text, _DOC), text) is None
    text = "全年地区生产总值增长6%"
    assert year_of(periods_of(text, _DOC), text) is None


def test_relative_year_needs_a_relative_word_and_no_digits():
    assert relative_year("明年") and relative_year("去年一季度")
    assert not relative_year("2024年") and not relative_year("全年")
    assert not relative_year("2023年上年末")


# --- contextualize ------------------------------------------------------------------------

def test_a_yearless_period_is_resolved_in_the_year_the_sentence_names():
    doc = date(2024, 3, 1)
    text = "2023年，全市地区生产总值增长6%，全年新增就业20万人"
    assert _texts(contextualize(periods_of(text, doc), text, None, doc))[1] == (
        "全年", date(2023, 1, 1), date(2023, 12, 31))


def test_a_yearless_period_is_resolved_in_the_year_given():
    doc = date(2024, 3, 1)
    text = "全年新增就业20万人"
    assert _texts(contextualize(periods_of(text, doc), text, 2022, doc)) == [
        ("全年", date(2022, 1, 1), date(2022, 12, 31))]
    assert _texts(contextualize(periods_of(text, doc), text, 2024, doc)) == [
        ("全年", date(2024, 1, 1), date(2024, 12, 31))]


def test_a_relative_year_does_not_replace_the_headings_year():
    doc = date(2024, 3, 1)
    text = "预计明年竣工，全年共完成投资30亿元"
    spans = periods_of(text, doc)
    assert _texts(contextualize(spans, text, None, doc))[1][1] == date(2025, 1, 1)
    assert _texts(contextualize(spans, text, None, doc, heading_year=2023))[1][1] == date(
        2024, 1, 1)
