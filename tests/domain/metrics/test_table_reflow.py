"""A listed company's 主要会计数据和财务指标 form as a PDF's copy gives it (cells one space
apart, heads and row names wrapped over lines), a total row whose serial cell is blank, a column
head with its counting unit glued on (抽检批次). Short pages written for each layout, not the
rounds' documents."""

from __future__ import annotations

from datetime import date

from pipelines.domain.metrics.tables import text_tables
from tests.domain.metrics.support import metrics_after

_HALF_YEAR = """证券代码：600000 证券简称：某某股份

某某科技股份有限公司
2025年第三季度报告

二、 公司基本情况
2.1 主要会计数据和财务指标
单位：元 币种：人民币
项目 本报告期末 上年度末
本报告期末比
上年度末增减
(%)
总资产 8,120,400,300.10 7,650,200,100.05 6.15
归属于上市公司股
东的净资产 3,300,100,200.00 3,150,000,000.00 4.77
项目 本报告期 上年同期
本报告期比上
年同期增减(%)
营业收入 2,400,500,600.70 2,100,300,400.20 14.29
经营活动产生的现
金流量净额 不适用 -80,200,100.00 不适用
加权平均净资产收
益率（%） 3.11 2.95 增加0.16个
百分点
基本每股收益（元
／股） 0.42 0.36 16.67

2.2 前十名股东持股情况表
"""

_SAMPLING = """表1　某市食品抽检情况

序号  食品类别    抽检批次  不合格批次  不合格率（%）
1     粮食加工品  512       3           0.59
2     肉制品      230       4           1.74
      合计        742       7           0.94

二、其他情况
"""


def test_a_pdf_copy_of_the_financial_data_form_is_read_row_by_row() -> None:
    """Heads wrapped over lines are joined column by column (本报告期末比⏎上年度末增减⏎(%)),
    each row's wrapped name joined (归属于上市公司股⏎东的净资产), 不适用 cells passed over, a
    change in points wrapped inside its unit (增加0.16个⏎百分点) read with it, and a second head
    (项目  本报告期  上年同期 …) starting a part of its own; every cell dated by its column."""
    page = _HALF_YEAR
    found = metrics_after(page, "项目 本报告期末", date(2025, 10, 20))
    got = [(m.quote, m.indicator, m.unit, m.kind) for m in found if m.char_start < page.index(
        "2.2 ")]
    assert got == [
        ("8,120,400,300.10", "总资产", "元", "count_total"),
        ("7,650,200,100.05", "总资产", "元", "count_total"),
        ("6.15", "总资产", "%", "growth_rate"),
        ("3,300,100,200.00", "归属于上市公司股东的净资产", "元", "count_total"),
        ("3,150,000,000.00", "归属于上市公司股东的净资产", "元", "count_total"),
        ("4.77", "归属于上市公司股东的净资产", "%", "growth_rate"),
        ("2,400,500,600.70", "营业收入", "元", "actual"),
        ("2,100,300,400.20", "营业收入", "元", "actual"),
        ("14.29", "营业收入", "%", "growth_rate"),
        ("-80,200,100.00", "经营活动产生的现金流量净额", "元", "actual"),
        ("3.11", "加权平均净资产收益率", "%", "share"),
        ("2.95", "加权平均净资产收益率", "%", "share"),
        ("0.16个\n百分点", "加权平均净资产收益率", "百分点", "growth_rate"),
        ("0.42", "基本每股收益", "元/股", "actual"),
        ("0.36", "基本每股收益", "元/股", "actual"),
        ("16.67", "基本每股收益", "%", "growth_rate"),
    ]
    assert (found[0].period_end, found[1].period_end) == (date(2025, 9, 30), date(2024, 12, 31))


def test_prose_and_a_head_without_rows_make_no_form() -> None:
    """A 项目 line of period words followed by prose (no row of one cell per column) is no
    form; a line of the form's words inside a sentence is none either."""
    page = ("项目 本报告期 上年同期\n本报告期内，公司营业收入12.5亿元，同比增长8.1%。\n\n"
            "主要会计数据 2024年 2023年 本年比上年增减(%) 详见附件，其中营业收入5.2亿元。\n")
    assert all(t.start > len(page) or not t.cells for t in text_tables(page))


def test_a_total_row_with_a_blank_serial_cell_is_read() -> None:
    """A 合计 row under a 序号 column writes no serial number (its line starts with spaces):
    its figures are the table's totals, read under the columns' heads."""
    tables = text_tables(_SAMPLING)
    cells = [(c.quote, c.raw_start) for t in tables for c in t.cells]
    total = _SAMPLING.index("      合计")
    assert [q for q, at in cells if at > total] == ["742", "7", "0.94"]
    assert cells[0][0] == "512"


def test_a_head_with_its_counting_unit_glued_on_names_the_measure() -> None:
    """抽检批次, 不合格批次 over rows of food classes: the measure (抽检, 不合格) and its unit
    (批次) glued, read as 抽检（批次）: each cell named by its row and the measure, in 批次; the
    rate column a share of its row; a head naming no such unit (抽检数) gains none."""
    found = metrics_after(_SAMPLING, "序号", date(2025, 10, 20))
    assert [(m.quote, m.indicator, m.unit, m.kind) for m in found][:3] == [
        ("512", "粮食加工品抽检", "批次", found[0].kind),
        ("3", "粮食加工品不合格", "批次", found[1].kind),
        ("0.59", "粮食加工品不合格率", "%", "share")]
    plain = _SAMPLING.replace("抽检批次", "抽检数  ").replace("不合格批次", "不合格数  ")
    assert all(m.unit != "批次" for m in metrics_after(plain, "序号", date(2025, 10, 20)))


_Q3 = """某某电气股份有限公司
2025年第三季度报告

（一） 主要会计数据和财务指标
单位：元 币种：人民币
项目 本报告期
本报告期比上年同
期增减变动幅度(%)
年初至报告期末
年初至报告期末比上
年同期增减变动幅度
(%)
营业收入 900,100,200.30 -4.12 2,700,300,400.50 6.35
归属于上市公司股东的净
利润 50,200,100.10 12.40 150,600,300.20 8.88
注：“本报告期”指本季度初至本季度末 3 个月期间，下同。

（二） 主要会计数据、财务指标发生变动的情况、原因
√适用 □不适用
项目名称 变动比例（%） 主要原因
归属于上市公司股东的净利
润_本报告期 12.40 主要系产品结构优化毛利率提升所
致
营业收入_年初至报告期末 6.35 主要系海外订单增
加

二、 股东信息
"""


def test_a_pdf_copy_of_the_changes_table_reads_each_change_as_the_forms_cell() -> None:
    """项目名称  变动比例（%）  主要原因 with each row's name wrapped and its column glued on
    (…净利⏎润_本报告期), the reason wrapped over lines without a sentence mark (…所⏎致): each
    change named by the form's row, dated by the column its name carries, in %."""
    page = _Q3
    found = metrics_after(page, "项目名称", date(2025, 10, 25))
    got = [(m.quote, m.indicator, m.unit, m.kind, m.period_start, m.period_end)
           for m in found if m.char_start < page.index("二、 股东")]
    assert got == [
        ("12.40", "归属于上市公司股东的净利润", "%", "growth_rate", date(2025, 7, 1),
         date(2025, 9, 30)),
        ("6.35", "营业收入", "%", "growth_rate", date(2025, 1, 1), date(2025, 9, 30))]


def test_a_yearly_reports_form_with_year_columns_is_read_too() -> None:
    """A yearly report's form (主要会计数据  2024年  2023年  本年比上年增减(%)  2022年) pasted from
    its PDF: the year columns and the change column after them, wrapped, each cell in its
    year."""
    page = ("某某股份有限公司2024年年度报告摘要\n\n单位：元 币种：人民币\n"
            "主要会计数据 2024年 2023年\n本年比上年\n增减(%) 2022年\n"
            "营业收入 3,100,200,100.00 2,800,100,000.00 10.72 2,500,000,000.00\n\n")
    found = metrics_after(page, "主要会计数据", date(2025, 3, 25))
    assert [(m.quote, m.indicator, m.kind, m.period_start) for m in found] == [
        ("3,100,200,100.00", "营业收入", "actual", date(2024, 1, 1)),
        ("2,800,100,000.00", "营业收入", "actual", date(2023, 1, 1)),
        ("10.72", "营业收入", "growth_rate", date(2024, 1, 1)),
        ("2,500,000,000.00", "营业收入", "actual", date(2022, 1, 1))]


def test_the_changes_table_is_read_with_windows_line_ends_too() -> None:
    """The same page with CRLF line ends (a file saved on Windows) gives the same changes."""
    page = _Q3.replace("\n", "\r\n")
    found = metrics_after(page, "项目名称", date(2025, 10, 25))
    assert [(m.quote, m.indicator) for m in found if m.char_start < page.index("二、 股东")] == [
        ("12.40", "归属于上市公司股东的净利润"), ("6.35", "营业收入")]
