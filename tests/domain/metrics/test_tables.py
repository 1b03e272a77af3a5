"""Tables printed as text (a statistics release's appendix): read from the raw lines."""

from datetime import date

from pipelines.domain.analysis import analyse_document
from pipelines.domain.metrics.tables import text_tables

TABLE = """2025年1-6月某市主要经济指标

指标名称                      单位        1-6月        同比增长（%）
地区生产总值                  亿元        3875.6          5.9
  其中：税收收入              亿元         247.9         -1.8
规模以上工业增加值              —             —            7.6
居民人均可支配收入             元          23156          5.3
6月末金融机构各项存款余额      亿元       12684.5          9.3

注：增长速度按不变价格计算。
"""


def test_cells_of_a_text_table():
    (table,) = text_tables(TABLE)
    cells = {(c.name, c.quote): c for c in table.cells}
    assert len(cells) == 9
    gdp = cells[("地区生产总值", "3875.6")]
    assert (gdp.unit_raw, gdp.unit, gdp.multiplier, gdp.growth) == ("亿元", "元", 1e8, False)
    tax = cells[("税收收入", "-1.8")]  # 其中： is dropped; the growth column gives %
    assert (tax.value, tax.unit, tax.growth) == (-1.8, "%", True)
    assert ("规模以上工业增加值", "7.6") in cells  # the dashes are no cells
    assert TABLE[tax.raw_start : tax.raw_end] == "-1.8"


def test_table_metrics_periods_and_kinds():
    result = analyse_document(TABLE, published_on=date(2025, 7, 22))
    got = {(m.indicator, m.quote): m for m in result.metrics}
    gdp = got[("地区生产总值", "3875.6")]
    assert (gdp.kind, gdp.value_normalized) == ("actual", 3875.6e8)
    assert (gdp.period_start, gdp.period_end) == (date(2025, 1, 1), date(2025, 6, 30))
    growth = got[("地区生产总值", "5.9")]
    assert (growth.kind, growth.unit) == ("growth_rate", "%")
    deposits = got[("金融机构各项存款余额", "12684.5")]  # 6月末 is the row's period
    assert deposits.kind == "count_total"
    assert deposits.period_start == deposits.period_end == date(2025, 6, 30)
    assert len(result.metrics) == 9  # the note's numbers and the title's dates are no cells


def test_text_without_a_table():
    assert text_tables("地区生产总值  增长5.9%，单位地区生产总值能耗下降3%。") == ()
    assert text_tables("没有两个空格的文本：单位、增长（%）") == ()
