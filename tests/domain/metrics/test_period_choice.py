"""period_choice.py: which period a number speaks of (its clause's, else its sentence's, else
the paragraph's or heading's), comparison bases left out; last year's results in a text of the
first quarter."""

from datetime import date

from pipelines.domain.metrics.period_choice import (
    choose_period,
    last_year_report,
    same_length_frame,
)
from pipelines.domain.metrics.period_spans import NO_PERIOD, periods_of
from pipelines.domain.periods import PeriodSpan
from pipelines.domain.records import Period
from tests.domain.metrics.support import cand, toks

_DOC = date(2024, 7, 10)


def _span(text: str, doc: date = _DOC) -> PeriodSpan:
    return periods_of(text, doc)[-1]


def _choose(text: str, quote: str, inherited: str | None = None) -> Period:
    return choose_period(text, cand(text, quote), periods_of(text, _DOC),
                         _span(inherited) if inherited else None, toks(text))


# --- choose_period ------------------------------------------------------------------------

def test_the_nearest_period_before_the_number_in_its_sentence():
    text = "今年上半年，全市地区生产总值同比增长5.3%，1—5月，规上工业增加值增长4.5%"
    assert _choose(text, "5.3%").text == "今年上半年"
    assert _choose(text, "4.5%").end == date(2024, 5, 31)


def test_a_comparison_base_is_no_period_the_paragraphs_is_taken_instead():
    text = "全市地区生产总值比上年增长5.3%"
    assert _choose(text, "5.3%") == NO_PERIOD
    assert _choose(text, "5.3%", inherited="上半年").text == "上半年"
    assert _choose("与2019年同期相比增长12%", "12%") == NO_PERIOD


def test_no_period_anywhere_gives_none():
    assert _choose("高等院校65所", "65所") == NO_PERIOD
    assert _choose("高等院校65所", "65所", inherited="全年").text == "全年"


def test_cumulative_marks_only_its_own_clause():
    text = "累计建成绿道7000公里，新建公园60个"
    assert _choose(text, "7000公里").text == "累计"
    assert _choose(text, "60个", inherited="全年").text == "全年"


def test_cumulative_reaches_list_items_without_a_verb_of_their_own():
    # 累计建成绿道…、公园…: one verb; 改造公园… has its own
    assert _choose("累计建成绿道7000公里、公园60个", "60个", inherited="上半年").text == "累计"
    assert _choose("累计建成绿道7000公里、改造公园60个", "60个",
                   inherited="上半年").text == "上半年"


def test_cumulative_takes_the_sentences_frame():
    assert _choose("2017年以来，累计引进人才60万人", "60万人").text == "2017年以来"
    found = _choose("截至2023年底，全市累计建成5G基站4.2万个", "4.2万个")
    assert found.end == date(2023, 12, 31)


def test_cumulative_alone_sums_the_paragraphs_years_but_not_a_single_period():
    text = "城镇新增就业累计达到80万人"
    assert _choose(text, "达到80万人", inherited="2019—2023年").text == "2019—2023年"
    assert _choose(text, "达到80万人", inherited="上半年").text == "累计"


def test_a_period_in_the_first_task_frames_the_sentence_one_in_a_later_task_only_its_own():
    assert _choose("全年新增就业20万人；新建学校30所", "30所").text == "全年"
    assert _choose("新建学校30所；2025年新增就业20万人；新建公园5个", "5个") == NO_PERIOD
    assert _choose("2023年，新增就业20万人；全年新建学校30所", "30所").text == "全年"


def test_a_length_only_span_takes_the_plan_of_that_length_named_before():
    text = "“十四五”时期，全市经济总量翻番，五年累计新增就业80万人"
    assert _choose(text, "80万人").start == date(2021, 1, 1)
    assert _choose("五年累计新增就业80万人", "80万人").text == "五年累计"
    assert _choose("五年累计新增就业80万人", "80万人",
                   inherited="“十五五”时期").start == date(2026, 1, 1)
    # a frame of another length is not the five years
    text = "2021—2025年，全市新建学校30所，三年累计新增就业20万人"
    assert _choose(text, "20万人").text == "三年累计"


def test_same_length_frame_compares_calendar_years():
    five = _span("五年累计")
    plan = _span("“十四五”时期")
    assert same_length_frame([plan], five) is plan
    assert same_length_frame([_span("2023—2024年")], five) is None
    assert same_length_frame([five], five) is None  # the span itself is no frame


# --- last_year_report ---------------------------------------------------------------------

_YEAR = Period(text="全年", start=date(2024, 1, 1), end=date(2024, 12, 31))


def test_a_whole_year_in_a_first_quarter_text_is_last_years_result():
    assert last_year_report(_YEAR, date(2024, 2, 1)) == Period(
        text="全年", start=date(2023, 1, 1), end=date(2023, 12, 31))


def test_a_whole_year_after_march_or_a_named_year_stays():
    assert last_year_report(_YEAR, date(2024, 4, 1)) == _YEAR
    named = Period(text="2024年", start=date(2024, 1, 1), end=date(2024, 12, 31))
    assert last_year_report(named, date(2024, 2, 1)) == named
    this_year = Period(text="今年", start=date(2024, 1, 1), end=date(2024, 12, 31))
    assert last_year_report(this_year, date(2024, 2, 1)) == this_year  # names its year
    assert last_year_report(_YEAR, None) == _YEAR
