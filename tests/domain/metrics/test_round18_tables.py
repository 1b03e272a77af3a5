"""Tables printed as text whose rows are things (ports, firms, industries) and whose columns are
measures in units (round 18, h57: 港口 / 货物吞吐量（万吨） / 同比增长（%） / 集装箱吞吐量（万标箱）
/ 同比增长（%）). Each cell is named by its row's thing and its column's measure (青岛港货物吞吐量),
a growth column by the measure before it, in the column's unit and the table's period; a total
row takes the measure alone. A table whose first column names indicators (项目, 指标) or whose
columns are versions or periods of a figure (预算数（亿元）, 1-9月（亿元）) keeps its rows'
names."""

from datetime import date

from pipelines.domain.records import Metric
from tests.domain.metrics.support import row_metrics

_LEAD = "前三季度全省交通运输经济运行情况\n\n1-9月，全省交通运输经济运行总体平稳。\n\n"


def _cells(raw: str, row: str) -> list[Metric]:
    return row_metrics(raw, row, date(2024, 10, 25))


def _fields(m: Metric) -> tuple:
    return m.value, m.unit_raw, m.indicator, m.subject, m.kind


def test_a_cell_of_a_thing_table_joins_its_row_and_its_column_measure():
    rows = ["码头  货物吞吐量（万吨）  同比增长（%）  集装箱吞吐量（万标箱）  同比增长（%）",
            "连云港  23510  4.6  480.2  -3.1", "盐城港  9102  12.0  31.5  18.4"]
    raw = _LEAD + "表：1-9月主要港口生产情况\n" + "\n".join(rows) + "\n\n注：快报数。\n"
    first = _cells(raw, rows[1])
    assert [_fields(m) for m in first] == [
        (23510, "万吨", "连云港货物吞吐量", None, "actual"),
        (4.6, "%", "连云港货物吞吐量", None, "growth_rate"),
        (480.2, "万标箱", "连云港集装箱吞吐量", None, "actual"),  # a flow, not a count
        (-3.1, "%", "连云港集装箱吞吐量", None, "growth_rate")]
    assert {(m.period_start, m.period_end) for m in first} == {
        (date(2024, 1, 1), date(2024, 9, 30))}
    assert _fields(_cells(raw, rows[2])[2])[:3] == (31.5, "万标箱", "盐城港集装箱吞吐量")


def test_firms_after_a_serial_number():
    rows = ["序号\t企业名称\t营业收入（亿元）\t增长（%）\t利润总额（亿元）",
            "1\t华东机械集团\t312.6\t8.4\t21.7", "2\t江南化工公司\t128.9\t-2.2\t6.3"]
    raw = _LEAD + "\n".join(rows) + "\n"
    assert [_fields(m)[:3] for m in _cells(raw, rows[1])] == [
        (312.6, "亿元", "华东机械集团营业收入"), (8.4, "%", "华东机械集团营业收入"),
        (21.7, "亿元", "华东机械集团利润总额")]


def test_a_total_row_takes_the_measure_alone():
    rows = ["企业\t营业收入（亿元）\t增长（%）", "华东机械集团\t312.6\t8.4", "合计\t441.5\t5.1"]
    raw = _LEAD + "\n".join(rows) + "\n"
    assert [_fields(m) for m in _cells(raw, rows[2])] == [
        (441.5, "亿元", "营业收入", None, "actual"), (5.1, "%", "营业收入", None, "growth_rate")]


def test_a_bare_share_column_is_the_share_of_the_measure_before_it():
    rows = ["行业  增加值（亿元）  比上年增长（%）  占比（%）", "工业  1820.4  6.2  38.5",
            "建筑业  402.7  3.9  8.5"]
    raw = _LEAD + "\n".join(rows) + "\n"
    assert [_fields(m) for m in _cells(raw, rows[2])] == [
        (402.7, "亿元", "建筑业增加值", None, "actual"),
        (3.9, "%", "建筑业增加值", None, "growth_rate"),
        (8.5, "%", "建筑业增加值占比", None, "share")]


def test_rows_of_indicators_or_columns_of_versions_and_periods_keep_the_row_name():
    for head, figures in (("项目  货物吞吐量（万吨）  同比增长（%）", "512.3  4.1"),
                          ("名称  预算数（亿元）  执行数（亿元）  增长（%）", "512.3  498.6  2.1"),
                          ("名称  1-9月（亿元）  同比增长（%）", "512.3  4.1"),
                          ("主要经济指标  收入（亿元）  增长（%）", "512.3  4.1"),
                          ("项 目  收入（亿元）  增长（%）", "512.3  4.1")):
        rows = [head, "一般公共预算收入  " + figures]
        raw = _LEAD + "\n".join(rows) + "\n"
        assert {m.indicator for m in _cells(raw, rows[1])} == {"一般公共预算收入"}, head
