"""Text tables of blind rounds 23 and 24's genres, read from their lines (tables.py): a statistics
release's monthly appendix table, a listed company's report tables, a scanned summary's rows
broken over lines. Short pages written for each layout, not the round's documents."""

from __future__ import annotations

from datetime import date

from tests.domain.metrics.support import row_metrics

MONTHLY_INDICES = """附表2

非制造业商务活动指数及主要分类指数（经季节调整）

单位：%

月份　　　商务活动　　　新订单　　　投入品价格　　　CPI
2024年3月　　53.0　　47.8　　50.5　　0.1
2024年4月　　51.2　　46.3　　49.8　　0.3
"""


def test_a_monthly_table_of_indices_under_a_unit_line_is_read_cell_by_cell() -> None:
    """月份 heads a column of months and the others name indices only; 单位：% stands on a line
    of its own above: each cell is its column's index (the title's 指数 completes a short
    name), in its row's month, in %."""
    found = row_metrics(MONTHLY_INDICES, "2024年4月　　51.2　　46.3　　49.8　　0.3",
                        date(2024, 4, 30))
    assert [m.value for m in found] == [51.2, 46.3, 49.8, 0.3]
    assert [m.indicator for m in found] == ["商务活动指数", "新订单指数", "投入品价格指数", "CPI"]
    assert {m.unit for m in found} == {"%"}
    assert {(m.period_start, m.period_end) for m in found} == {
        (date(2024, 4, 1), date(2024, 4, 30))}


ROE_ROW = "加权平均净资产收益率（%）　　1.86　　增加0.21个百分点　　5.12　　减少0.47个百分点"
REPORT_TABLE = f"""一、主要财务数据
单位：元　币种：人民币
项目　　本报告期　　比上年同期增减变动幅度(%)　　年初至报告期末　　比上年同期增减变动幅度(%)
营业收入　　452,106,337.20　　5.31　　1,306,770,912.48　　3.02
{ROE_ROW}
　　本报告期末　　上年度末　　本报告期末比上年度末增减变动幅度(%)
总资产　　5,331,207,904.15　　5,102,446,183.70　　4.48

（二）非经常性损益项目和金额
单位：元　币种：人民币
项目　　本期金额　　年初至报告期末金额
计入当期损益的政府补助　　2,410,000.00　　7,385,500.00
减：所得税影响额　　361,500.00　　1,107,825.00
"""


def test_a_change_cell_with_its_direction_as_a_word_keeps_its_figure() -> None:
    """增加0.21个百分点, 减少0.47个百分点 under a change column: the figure, negative for a fall,
    in 百分点; the word is no part of the quote."""
    found = row_metrics(REPORT_TABLE, ROE_ROW, date(2024, 10, 28))
    assert [(m.quote, m.value, m.unit) for m in found] == [
        ("1.86", 1.86, "%"), ("0.21个百分点", 0.21, "百分点"), ("5.12", 5.12, "%"),
        ("0.47个百分点", -0.47, "百分点")]
    assert [m.kind for m in found[1::2]] == ["growth_rate", "growth_rate"]


def test_a_second_head_with_a_blank_first_cell_goes_on_with_the_table_above() -> None:
    """An indented head (its rows' name column blank) inside a report's table: its rows one
    cell wider are read, in the unit written above the first head (单位：元)."""
    found = row_metrics(REPORT_TABLE, "总资产　　5,331,207,904.15　　5,102,446,183.70　　4.48",
                        date(2024, 10, 28))
    assert [(m.value, m.unit, m.indicator) for m in found] == [
        (5331207904.15, "元", "总资产"), (5102446183.7, "元", "总资产"), (4.48, "%", "总资产")]
    assert found[2].kind == "growth_rate"


def test_a_head_of_amount_columns_under_a_unit_line_is_a_table() -> None:
    """项目  本期金额  年初至报告期末金额 under 单位：元: no unit nor change column in the head,
    the unit written above it; a row taken from the total (减：) is named without 减：."""
    grant = row_metrics(REPORT_TABLE, "计入当期损益的政府补助　　2,410,000.00　　7,385,500.00",
                        date(2024, 10, 28))
    assert [(m.value, m.unit, m.indicator) for m in grant] == [
        (2410000.0, "元", "计入当期损益的政府补助"), (7385500.0, "元", "计入当期损益的政府补助")]
    tax = row_metrics(REPORT_TABLE, "减：所得税影响额　　361,500.00　　1,107,825.00",
                      date(2024, 10, 28))
    assert [m.indicator for m in tax] == ["所得税影响额", "所得税影响额"]



HOLDERS = """二、股东信息
报告期末普通股股东总数（户）　　21,307　　报告期末表决权恢复的优先股股东总数　　0
前10名股东持股情况
股东名称　　股东性质　　持股数量（股）　　持股比例(%)
江苏恒远实业集团有限公司　　境内非国有法人　　88,400,000　　29.47
全国社会保障基金一一八组合　　其他　　6,015,300　　2.01

基本每股收益（元/股）　　0.41　　0.38
"""


def test_a_holders_table_names_each_figure_by_its_holder_and_column() -> None:
    """股东名称  股东性质  持股数量（股）  持股比例(%): the words of the 性质 column are no
    measure, so the rows are holders and each figure is the holder's 持股数量 or 持股比例, the
    (%) column a share, not a change."""
    row = "江苏恒远实业集团有限公司　　境内非国有法人　　88,400,000　　29.47"
    found = row_metrics(HOLDERS, row, date(2024, 10, 28))
    assert [(m.indicator, m.unit, m.kind) for m in found] == [
        ("江苏恒远实业集团有限公司持股数量", "股", "count_total"),
        ("江苏恒远实业集团有限公司持股比例", "%", "share")]


def test_a_form_line_reads_each_figure_in_its_labels_unit() -> None:
    """Label（户）  figure  label  figure on a line of its own: the figure in the label's
    unit, named by the label without it."""
    row = "报告期末普通股股东总数（户）　　21,307　　报告期末表决权恢复的优先股股东总数　　0"
    first = row_metrics(HOLDERS, row, date(2024, 10, 28))[0]
    assert (first.quote, first.unit) == ("21,307", "户")
    assert (first.indicator or "").endswith("普通股股东总数")


def test_a_rate_per_share_in_a_names_brackets_is_its_unit() -> None:
    """基本每股收益（元/股）: the rate per share is the unit (元/股), not part of the name."""
    page = ("项目　　本报告期　　本报告期比上年同期增减变动幅度(%)\n"
            "基本每股收益（元/股）　　0.41　　7.89\n")
    found = row_metrics(page, "基本每股收益（元/股）　　0.41　　7.89", date(2024, 10, 28))
    assert [(m.indicator, m.unit) for m in found] == [("基本每股收益", "元/股"),
                                                     ("基本每股收益", "%")]


SCANNED_TABLE = """附表：2024年全县农业农村主要指标完成情况
指标名称  单位  2024年  比上年增长（%）
粮食总产量  万吨  61.3  2.2
农林牧渔业总产
值  亿元  97.4  3.9
农村居民人均可
支配收入  元  19805  7.1
"""


def test_a_row_name_broken_over_two_lines_is_one_row() -> None:
    """A scanned table's name column wraps (农林牧渔业总产⏎值): the piece joins the next line's
    name and its figures are that row's."""
    found = row_metrics(SCANNED_TABLE, "值  亿元  97.4  3.9", date(2025, 1, 20))
    assert [(m.indicator, m.value, m.unit) for m in found] == [
        ("农林牧渔业总产值", 97.4, "元"), ("农林牧渔业总产值", 3.9, "%")]
    income = row_metrics(SCANNED_TABLE, "支配收入  元  19805  7.1", date(2025, 1, 20))
    assert [m.indicator for m in income] == ["农村居民人均可支配收入"] * 2


def test_a_section_label_between_rows_is_no_piece_of_the_next_name() -> None:
    """A short line between rows, narrower than the names above it (工业: a section's label),
    filled no column: it is not joined to the next row's name."""
    page = ("指标名称  单位  2024年  比上年增长（%）\n地区生产总值  亿元  412.6  5.8\n工业\n"
            "规上工业增加值  亿元  133.9  7.4\n")
    found = row_metrics(page, "规上工业增加值  亿元  133.9  7.4", date(2025, 1, 20))
    assert all(m.indicator != "工业规上工业增加值" for m in found)


def test_the_monthly_table_holds_in_a_windows_copy_with_an_indented_head() -> None:
    """The same page with CRLF line ends, a tab opening the head line and the title letter-
    spaced (中 国 … 指 数, an OCR copy): the same cells and names."""
    page = (MONTHLY_INDICES.replace("月份", "\t月份", 1)
            .replace("非制造业商务活动指数", "非 制 造 业 商 务 活 动 指 数").replace("\n", "\r\n"))
    found = row_metrics(page, "2024年4月　　51.2　　46.3　　49.8　　0.3", date(2024, 4, 30))
    assert [m.indicator for m in found] == ["商务活动指数", "新订单指数", "投入品价格指数", "CPI"]


QUARTERLY = """江苏恒远科技股份有限公司2024年第三季度报告

一、主要财务数据
单位：元　币种：人民币
项目　　本报告期末　　上年度末　　本报告期末比上年度末增减变动幅度(%)
总资产　　5,331,207,904.15　　5,102,446,183.70　　4.48

（二）非经常性损益项目和金额
单位：元　币种：人民币
项目　　本期金额　　年初至报告期末金额
计入当期损益的政府补助　　2,410,000.00　　7,385,500.00
合计　　2,048,500.00　　6,277,675.00
"""


def test_a_change_column_naming_its_own_period_first_is_of_that_period() -> None:
    """本报告期末比上年度末增减变动幅度(%): the change to the report period's end, not of the
    base (上年度末) the column before names."""
    found = row_metrics(QUARTERLY, "总资产　　5,331,207,904.15　　5,102,446,183.70　　4.48",
                        date(2024, 10, 28))
    assert (found[2].period_start, found[2].period_end) == (found[0].period_start,
                                                            found[0].period_end)
    assert found[2].period_end != found[1].period_end


def test_a_total_row_is_the_total_of_what_the_title_itemises() -> None:
    """合计 under （二）非经常性损益项目和金额: 非经常性损益合计."""
    found = row_metrics(QUARTERLY, "合计　　2,048,500.00　　6,277,675.00", date(2024, 10, 28))
    assert [m.indicator for m in found] == ["非经常性损益合计"] * 2


def test_the_monthly_table_holds_with_its_head_letter_spaced() -> None:
    """An OCR copy spacing the head's words out (月 份, 新 订 单): the same head, the same
    names."""
    page = MONTHLY_INDICES.replace("月份", "月 份").replace("新订单", "新 订 单")
    found = row_metrics(page, "2024年4月　　51.2　　46.3　　49.8　　0.3", date(2024, 4, 30))
    assert [m.indicator for m in found] == ["商务活动指数", "新订单指数", "投入品价格指数", "CPI"]


def test_an_index_in_latin_letters_takes_the_titles_nouns_before_it() -> None:
    """PMI heading a column under 全国服务业PMI及构成指数: 服务业PMI (the scope 全国 left out);
    a Han column (新订单) is that index (新订单指数)."""
    page = ("全国服务业PMI及构成指数（经季节调整）\n\n单位：%\n\n"
            "月份　　PMI　　新订单　　从业人员\n2024年5月　　50.7　　46.9　　47.2\n"
            "2024年6月　　50.2　　46.4　　47.0\n")
    found = row_metrics(page, "2024年6月　　50.2　　46.4　　47.0", date(2024, 6, 30))
    assert [m.indicator for m in found] == ["服务业PMI", "新订单指数", "从业人员指数"]
