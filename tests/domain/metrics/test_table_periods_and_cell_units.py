"""Text tables whose value cells carry their own unit (456.7亿元), and the period of a table
whose rows and columns date nothing: its title's, the heading's above it, else the period the
document reports on (QA ops finding 6)."""

from datetime import date

import pytest

from pipelines.domain.analysis import analyse_document
from pipelines.domain.metrics.table_rows import table_metrics
from pipelines.domain.metrics.tables import text_tables
from pipelines.domain.records import Sentence

_LEAD = "2024年某市经济运行情况\n\n上半年，全市实现地区生产总值1234.5亿元，同比增长5.6%。\n\n"
_ROWS = [("规模以上工业增加值", "456.7亿元", "6.1"), ("城镇新增就业", "5.2万人", "3.0"),
         ("固定资产投资", "—", "3.2")]


def _table(sep: str, edge: str = "") -> str:
    lines = [("指标", "绝对值", "同比增长(%)"), *_ROWS]
    out = [edge + sep.join(cells) + edge for cells in lines]
    if edge:  # Markdown: a rule line under the head
        out.insert(1, edge + sep.join(["---"] * 3) + edge)
    return "\n".join(out) + "\n"


LAYOUTS = {"pipes": _table(" | ", "| "), "tabs": _table("\t"), "spaces": _table("    ")}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_value_cell_with_its_own_unit_is_read(layout):
    raw = _LEAD + "主要指标\n\n" + LAYOUTS[layout]
    (table,) = text_tables(raw)
    cells = {c.quote: c for c in table.cells}
    assert set(cells) == {"456.7亿元", "6.1", "5.2万人", "3.0", "3.2"}
    value = cells["456.7亿元"]
    assert (value.value, value.unit_raw, value.unit, value.multiplier, value.growth) == (
        456.7, "亿元", "元", 1e8, False)
    assert (cells["5.2万人"].unit, cells["5.2万人"].multiplier) == ("人", 1e4)
    assert cells["6.1"].unit == "%" and cells["6.1"].growth
    assert raw[value.raw_start : value.raw_end] == "456.7亿元"


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_table_under_a_heading_without_a_period_takes_the_documents_report_period(layout):
    # the title's 2024 is not over on 20 July: the table reports on the 上半年 the text names
    raw = _LEAD + "主要指标\n\n" + LAYOUTS[layout]
    got = {m.quote: m for m in analyse_document(raw, published_on=date(2024, 7, 20)).metrics}
    for quote in ("456.7亿元", "6.1", "5.2万人", "3.2"):
        m = got[quote]
        assert (m.period_text, m.period_start, m.period_end) == (
            "上半年", date(2024, 1, 1), date(2024, 6, 30)), quote
    assert (got["456.7亿元"].kind, got["456.7亿元"].indicator) == ("actual", "规模以上工业增加值")
    assert (got["456.7亿元"].value_normalized, got["6.1"].kind) == (456.7e8, "growth_rate")


def test_the_tables_title_dates_its_cells_and_a_comparisons_base_does_not():
    raw = ("附表：2023年某区主要经济指标\n\n"
           "指标\t单位\t绝对数\t比上年增长（%）\n"
           "地区生产总值\t亿元\t2108.6\t5.2\n"
           "社会消费品零售总额\t亿元\t1136.4\t4.6\n")
    (table,) = text_tables(raw)
    assert {c.dated_column for c in table.cells} == {""}  # 比上年 is a base, not a period
    got = {m.quote: m for m in analyse_document(raw, published_on=date(2024, 3, 20)).metrics}
    for quote in ("2108.6", "5.2"):
        assert (got[quote].period_text, got[quote].period_start, got[quote].period_end) == (
            "2023年", date(2023, 1, 1), date(2023, 12, 31))
    assert (got["2108.6"].kind, got["5.2"].kind) == ("actual", "growth_rate")


def test_the_heading_above_a_table_dates_it_in_the_documents_year():
    raw = ("2023年某市统计资料\n\n一、前三季度主要指标\n\n"
           "指标    绝对值    同比增长\n"
           "进出口总额    1205.3亿元    8.7%\n"
           "居民人均可支配收入    23156元    5.3%\n")
    got = {m.quote: m for m in analyse_document(raw, published_on=date(2024, 1, 10)).metrics}
    assert set(got) == {"1205.3亿元", "8.7%", "23156元", "5.3%"}  # 绝对值 beside 同比增长: a head
    for m in got.values():
        assert (m.period_text, m.period_start, m.period_end) == (
            "前三季度", date(2023, 1, 1), date(2023, 9, 30))
    assert got["23156元"].unit == "元" and got["8.7%"].kind == "growth_rate"


def test_the_report_period_is_the_one_the_text_names_most_often():
    raw = ("某省经济运行简况\n\n1-10月，全省规模以上工业增加值同比增长6.1%。10月份，增长5.2%。"
           "1-10月，固定资产投资增长3.3%。1-10月，社会消费品零售总额增长4.4%。\n\n"
           "| 指标 | 绝对值 | 同比增长(%) |\n|---|---|---|\n"
           "| 社会消费品零售总额 | 9876.5亿元 | 4.4 |\n")
    got = {m.quote: m for m in analyse_document(raw, published_on=date(2025, 11, 18)).metrics}
    for quote in ("9876.5亿元", "4.4"):
        assert (got[quote].period_text, got[quote].period_end) == ("1-10月", date(2025, 10, 31))


def test_a_year_not_over_without_a_report_period_inside_it_dates_no_result():
    raw = ("2024年某市经济运行情况\n\n全市经济运行平稳。\n\n"
           "指标    绝对值    同比增长(%)\n进出口总额    45.6亿元    8.7\n")
    got = {m.quote: m for m in analyse_document(raw, published_on=date(2024, 7, 20)).metrics}
    assert (got["45.6亿元"].kind, got["45.6亿元"].period_start) == ("actual", None)
    assert (got["8.7"].kind, got["8.7"].period_start) == ("growth_rate", None)


def test_a_table_of_goals_keeps_the_year_its_heading_names():
    raw = ("2025年重点工作安排\n\n上半年，全市经济运行平稳。\n\n"
           "指标\t单位\t目标值\t增长%\n"
           "地区生产总值\t亿元\t7200\t5.5\n")
    got = {m.quote: m for m in analyse_document(raw, published_on=date(2025, 7, 20)).metrics}
    for quote in ("7200", "5.5"):
        assert (got[quote].kind, got[quote].period_text, got[quote].period_end) == (
            "target", "2025年", date(2025, 12, 31))


def test_a_cell_unit_wins_over_a_dash_in_the_unit_column_and_over_the_titles_unit():
    raw = ("2024年主要指标（单位：亿元）\n\n"
           "指标\t2024年\t增长%\n"
           "地区生产总值\t3875.6\t5.9\n"
           "城镇新增就业\t12.4万人\t2.1\n"
           "常住人口\t938万\t0.3\n")
    cells = {c.quote: c for c in text_tables(raw)[0].cells}
    assert (cells["3875.6"].unit, cells["3875.6"].multiplier) == ("元", 1e8)
    assert (cells["12.4万人"].unit_raw, cells["12.4万人"].unit) == ("万人", "人")
    assert (cells["938万"].unit_raw, cells["938万"].unit, cells["938万"].multiplier) == (
        "万", None, 1e4)  # a multiplier alone: the counted noun is only implied
    raw2 = "指标\t单位\t1-6月\t同比增长%\n居民人均可支配收入\t—\t23156元\t5.3\n"
    cell = text_tables(raw2)[0].cells[0]
    assert (cell.quote, cell.unit, cell.value) == ("23156元", "元", 23156)


def test_a_cell_with_words_after_its_number_is_no_value():
    raw = "指标\t1-6月\t同比增长%\n地区生产总值\t3875.6\t5.9\n工业\t12个行业\t良好\n"
    (table,) = text_tables(raw)
    assert [c.quote for c in table.cells] == ["3875.6", "5.9"]  # the table ends at a bad row


def test_a_row_taken_for_a_heading_gives_no_period_to_the_rows_after_it():
    raw = ("某市经济简况\n\n一季度，全市经济平稳。\n\n"
           "指标    绝对值    同比增长(%)\n"
           "6月末存款余额    123.4亿元    9.3\n"
           "进出口总额    45.6亿元    8.7\n")
    (table,) = text_tables(raw)
    at = raw.index("进出口总额")
    sent = Sentence(sent_no=3, block_no=2, text="…", raw_start=at, raw_end=len(raw),
                    heading_path=("某市经济简况", "6月末存款余额123.4亿元9.3"))
    got = {m.quote: m for m in table_metrics((table,), sent, date(2024, 4, 20))}
    assert got["45.6亿元"].period_text == "一季度"  # not the 6月末 of a row above
