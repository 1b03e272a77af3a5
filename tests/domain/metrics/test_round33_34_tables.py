"""Tables of rounds 33-34 (h104: a Hong Kong Legco written reply's 附件). A table whose rows are
financial years (財政年度 / 2020/21 …) and whose columns are groups of the measure its title
names with the unit in brackets (公屋平均輪候時間（年）: 一般申請者, 長者一人申請者), or measures
with their own unit (獲編配單位的一般申請（宗）): each cell is named by its group and the measure
as the text writes that group's measure (一般申請者的平均輪候時間), in the title's or its column's
unit, dated by its row's year; a note under the table saying the years run from 1 April
(財政年度指每年4月1日至翌年3月31日) makes 2020/21 the year 2020-04-01..2021-03-31."""

from datetime import date

from pipelines.domain.analysis import analyse_document
from pipelines.domain.metrics.table_rows import _cell_metric
from pipelines.domain.metrics.tables import text_tables
from pipelines.domain.records import Metric

_LEAD = ("（一）截至2025年9月底，公屋一般申請者的平均輪候時間為5.5年；"
         "其中長者一人申請者的平均輪候時間為3.8年。\n\n")
_TABLE = ("附件\n\n公屋平均輪候時間（年）\n\n"
          "財政年度　　一般申請者　　長者一人申請者　　獲編配單位的一般申請（宗）\n"
          "2020/21　　5.8　　3.1　　13 900\n"
          "2021/22　　6.0　　3.6　　12 400\n\n")
_NOTE = "註：財政年度指每年4月1日至翌年3月31日。表內數字不包括非長者一人申請。\n"


def _table_rows(raw: str) -> list[Metric]:
    start = raw.index("2020/21")
    found = analyse_document(raw, published_on=date(2025, 10, 22)).metrics
    return sorted((m for m in found if m.char_start >= start), key=lambda m: m.char_start)


def test_financial_year_rows_are_named_by_group_and_measure_in_the_units_written() -> None:
    rows = _table_rows(_LEAD + _TABLE + _NOTE)
    assert [(m.quote, m.value, m.unit, m.indicator, m.kind) for m in rows] == [
        ("5.8", 5.8, "年", "一般申请者平均轮候时间", "actual"),
        ("3.1", 3.1, "年", "长者一人申请者平均轮候时间", "actual"),
        ("13 900", 13900, "宗", "获编配单位的一般申请", "actual"),
        ("6.0", 6.0, "年", "一般申请者平均轮候时间", "actual"),
        ("3.6", 3.6, "年", "长者一人申请者平均轮候时间", "actual"),
        ("12 400", 12400, "宗", "获编配单位的一般申请", "actual"),
    ]


def test_a_note_of_april_years_dates_each_row_by_its_financial_year() -> None:
    rows = _table_rows(_LEAD + _TABLE + _NOTE)
    assert [(m.period_start, m.period_end) for m in rows] == (
        [(date(2020, 4, 1), date(2021, 3, 31))] * 3 + [(date(2021, 4, 1), date(2022, 3, 31))] * 3)
    assert [m.period_text for m in rows] == ["2020/21"] * 3 + ["2021/22"] * 3  # (as written)


def test_without_the_note_a_split_year_is_not_guessed() -> None:
    rows = _table_rows(_LEAD + _TABLE)
    assert [m.indicator for m in rows[:3]] == [
        "一般申请者平均轮候时间", "长者一人申请者平均轮候时间", "获编配单位的一般申请"]
    assert {m.period_start for m in rows} == {None}


def test_a_group_the_text_never_writes_with_the_measure_takes_the_whole_measure() -> None:
    rows = _table_rows(_TABLE + _NOTE)  # (no lead: 一般申請者的平均輪候時間 written nowhere)
    assert [m.indicator for m in rows[:2]] == [
        "一般申请者公屋平均轮候时间", "长者一人申请者公屋平均轮候时间"]


_SIMPLIFIED = ("附件\n\n公屋平均轮候时间（年）\n\n"
               "年度　　一般申请者　　长者一人申请者\n"
               "2020/21　　5.8　　3.1\n"
               "2021/22　　6.0　　3.6\n\n")


def test_a_bare_year_head_under_a_measure_and_its_unit_is_read_by_its_rows() -> None:
    rows = _table_rows(_SIMPLIFIED)
    assert [(m.value, m.unit, m.indicator) for m in rows] == [
        (5.8, "年", "一般申请者公屋平均轮候时间"), (3.1, "年", "长者一人申请者公屋平均轮候时间"),
        (6.0, "年", "一般申请者公屋平均轮候时间"), (3.6, "年", "长者一人申请者公屋平均轮候时间")]
    assert {m.period_start for m in rows} == {None}  # (no note, no April years: not guessed)
    assert _table_rows(_SIMPLIFIED.replace("（年）", "")) == []  # (no unit: no table of periods)


def test_a_document_of_april_years_dates_the_rows_without_a_note() -> None:
    table = text_tables(_SIMPLIFIED)[0]
    found = [_cell_metric(c, 0, date(2025, 10, 22), False, table, (), april_fiscal=True)
             for c in table.cells]
    assert [(m.period_start, m.period_end) for m in found[:2]] == [
        (date(2020, 4, 1), date(2021, 3, 31))] * 2


def test_the_years_a_title_names_are_no_part_of_its_measure() -> None:
    title = "表2　2020/21至2021/22年度公屋平均輪候時間（年）"
    rows = _table_rows(_TABLE.replace("公屋平均輪候時間（年）", title) + _NOTE)
    assert [(m.indicator, m.unit) for m in rows[:2]] == [
        ("一般申请者公屋平均轮候时间", "年"), ("长者一人申请者公屋平均轮候时间", "年")]
