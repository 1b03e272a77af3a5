"""table_rows.py: each number of a text table as a metric row (the tables themselves are read
by tables.py): the row's name as indicator (Simplified, without a period written in front),
the period of its column in the year of the table's title, targets by column or period."""

from datetime import date

from pipelines.domain.metrics.table_rows import table_at, table_metrics
from pipelines.domain.metrics.tables import text_tables
from pipelines.domain.records import Sentence


def _rows(raw: str, doc: date, roc: bool = False, lo: int = 0, hi: int | None = None):
    sent = Sentence(sent_no=7, block_no=0, text="…", raw_start=lo,
                    raw_end=len(raw) if hi is None else hi)
    found = table_metrics(text_tables(raw), sent, doc, roc)
    return {m.quote: m for m in found}


_HALF_YEAR = """2024年上半年郑州市主要经济指标
指标名称                单位        1-6月       同比增长（%）
地区生产总值            亿元        6875.6          5.9
  其中：税收收入        亿元         247.9         -1.8
6月末金融机构存款余额   亿元       32684.5          9.3
城乡居民收入比          —             2.05        -0.03
"""


def test_a_cell_is_a_metric_of_its_rows_name_with_its_columns_period():
    rows = _rows(_HALF_YEAR, date(2024, 7, 20))
    gdp = rows["6875.6"]
    assert (gdp.indicator, gdp.unit, gdp.value_normalized) == ("地区生产总值", "元", 6875.6e8)
    assert (gdp.kind, gdp.period_text, gdp.period_end) == ("actual", "1-6月", date(2024, 6, 30))
    assert rows["-1.8"].kind == "growth_rate" and rows["-1.8"].indicator == "税收收入"
    assert rows["5.9"].sent_no == 7
    assert _HALF_YEAR[rows["5.9"].char_start : rows["5.9"].char_end] == "5.9"


def test_a_period_written_before_the_rows_name_is_the_rows_period():
    deposits = _rows(_HALF_YEAR, date(2024, 7, 20))["32684.5"]
    assert deposits.indicator == "金融机构存款余额"
    assert (deposits.period_text, deposits.period_start) == ("6月末", date(2024, 6, 30))
    assert deposits.kind == "count_total"  # a balance is a stock


def test_a_ratio_row_without_a_unit_is_a_share_and_its_change_a_growth_rate():
    rows = _rows(_HALF_YEAR, date(2024, 7, 20))
    assert (rows["2.05"].indicator, rows["2.05"].unit, rows["2.05"].kind) == (
        "城乡居民收入比", None, "share")
    assert rows["-0.03"].kind == "growth_rate"


def test_a_column_period_is_resolved_in_the_year_of_the_tables_title():
    raw = """2023年主要指标
指标名称         单位     全年      增长%
规上工业增加值   亿元     2100      6.5
"""
    rows = _rows(raw, date(2024, 2, 1))  # read in 2024: 全年 is still 2023's
    assert (rows["2100"].period_text, rows["2100"].period_start) == ("全年", date(2023, 1, 1))
    assert rows["6.5"].period_end == date(2023, 12, 31)


def test_a_planned_column_or_a_period_ahead_makes_a_target():
    raw = """2023年某市国民经济主要指标
指标                 单位     2023年      2024年计划
地区生产总值         亿元     6875.6      7200
城镇新增就业         万人     12          12以上
"""
    rows = _rows(raw, date(2024, 2, 1))
    assert rows["6875.6"].kind == "actual" and rows["7200"].kind == "target"
    assert rows["12以上"].kind == "target" and rows["12以上"].qualifier == "at_least"
    assert rows["12"].kind == "actual" and rows["12"].unit == "人"


def test_a_column_for_a_period_not_yet_over_is_a_target():
    raw = """2024年主要指标
指标名称         单位     1-6月      全年
城镇新增就业     万人     7.2        13
"""
    rows = _rows(raw, date(2024, 7, 20))
    assert rows["7.2"].kind == "actual"
    assert rows["13"].kind == "target" and rows["13"].period_end == date(2024, 12, 31)


def test_a_budget_column_is_a_target_even_for_a_past_year_and_its_growth_too():
    raw = """2024年一般公共预算收支情况
项目               2023年执行数     2024年预算数     增长%
一般公共预算收入     1250             1300            4.0
"""
    rows = _rows(raw, date(2025, 2, 1))
    assert rows["1250"].kind == "actual"
    assert rows["1300"].kind == "target"
    assert rows["4.0"].kind == "target"  # the growth of the budget over the result


def test_growth_after_a_result_column_is_a_growth_rate():
    raw = """2023年一般公共预算收支情况
项目               2023年预算数     2023年执行数     增长%
一般公共预算收入     1200             1250            4.2
"""
    rows = _rows(raw, date(2024, 2, 1))
    assert (rows["1200"].kind, rows["1250"].kind, rows["4.2"].kind) == (
        "target", "actual", "growth_rate")


def test_traditional_row_names_become_simplified_and_minguo_columns_are_read():
    raw = """臺灣主要經濟指標
項目             113年（實績）     114年（預測）
經濟成長率（%）        4.3              3.1
"""
    rows = _rows(raw, date(2025, 2, 1), roc=True)
    assert rows["4.3"].indicator == "经济成长率" and rows["4.3"].unit == "%"
    assert (rows["4.3"].kind, rows["4.3"].period_start) == ("growth_rate", date(2024, 1, 1))
    assert rows["3.1"].kind == "target" and rows["3.1"].period_start == date(2025, 1, 1)


def test_only_the_cells_that_start_inside_the_sentence_are_its_metrics():
    raw = "前言一段。\n" + _HALF_YEAR + "\n后面的文字。"
    row = raw.index("地区生产总值")
    end = raw.index("\n", row)
    assert set(_rows(raw, date(2024, 7, 20), lo=row, hi=end)) == {"6875.6", "5.9"}
    assert _rows(raw, date(2024, 7, 20), lo=0, hi=5) == {}
    assert _rows(raw, date(2024, 7, 20), lo=end, hi=len(raw)).keys() >= {"247.9", "2.05"}


def test_table_at_finds_the_table_holding_an_offset():
    raw = "前言一段。\n" + _HALF_YEAR + "\n后面的文字。"
    (table,) = text_tables(raw)
    assert table_at((table,), table.start) is table
    assert table_at((table,), table.end - 1) is table
    assert table_at((table,), 0) is None and table_at((table,), table.end) is None
    assert table_at((), 10) is None
