"""Text tables of blind rounds 25 and 26's genres, read from their lines (tables.py): the national
standard form of a government information disclosure annual report printed as text (heads
without units, one-column tables, an applications table whose columns are applicant classes,
lines of labelled figures), and a table whose rows are places under a head of indices. Short
pages written for each layout, not the rounds' documents."""

from __future__ import annotations

from datetime import date

from pipelines.domain.analysis import analyse_document
from tests.domain.metrics.support import row_metrics

FORM_REPORT = """某市自然资源局2023年政府信息公开工作年度报告

　　一、总体情况

　　2023年，本机关主动公开政府信息1520条。

　　二、主动公开政府信息情况

第二十条第（一）项
信息内容　　本年制发件数　　本年废止件数　　现行有效件数
规章　　2　　1　　18
行政规范性文件　　7　　3　　64
第二十条第（五）项
信息内容　　本年处理决定数量
行政许可　　3408
第二十条第（八）项
信息内容　　本年收费金额（单位：万元）
行政事业性收费　　86.5

　　三、收到和处理政府信息公开申请情况

（本列数据）　　自然人　　法人或其他组织：商业企业　　科研机构　　其他　　总计
一、本年新收政府信息公开申请数量　　40　　6　　1　　2　　49
二、上年结转政府信息公开申请数量　　2　　0　　0　　0　　2
三、本年度办理结果（一）予以公开　　21　　3　　1　　0　　25
　　（二）部分公开　　5　　1　　0　　1　　7
　　（三）不予公开：属于国家秘密　　1　　0　　0　　0　　1
四、结转下年度继续办理　　3　　0　　0　　1　　4

　　四、政府信息公开行政复议、行政诉讼情况

行政复议：结果维持 5　　结果纠正 2　　其他结果 0　　尚未审结 1　　总计 8
"""
PUBLISHED = date(2024, 1, 25)
YEAR = (date(2023, 1, 1), date(2023, 12, 31))


def test_a_form_head_without_a_unit_names_each_cell_by_row_and_measure_column() -> None:
    """信息内容 heads rows of things, the other cells measures (件数): each figure is its row's
    and column's, dated by the column's 本年: the year the report covers (published the next
    January), a flow; a count in force (现行有效) is a stock of no stated time."""
    found = row_metrics(FORM_REPORT, "行政规范性文件　　7　　3　　64", PUBLISHED)
    assert [m.value for m in found] == [7, 3, 64]
    assert [m.indicator for m in found] == [
        "行政规范性文件本年制发件数", "行政规范性文件本年废止件数", "行政规范性文件现行有效件数"]
    assert [m.kind for m in found] == ["actual", "actual", "count_total"]
    assert [(m.period_start, m.period_end) for m in found[:2]] == [YEAR, YEAR]
    assert found[2].period_start is None


def test_one_column_forms_and_a_unit_in_the_column_head() -> None:
    """A head of two cells over one row is a table too; 本年收费金额（单位：万元） gives its
    cells' unit."""
    permits = row_metrics(FORM_REPORT, "行政许可　　3408", PUBLISHED)
    assert [(m.value, m.indicator, m.unit, m.kind) for m in permits] == [
        (3408, "行政许可本年处理决定数量", None, "actual")]
    assert (permits[0].period_start, permits[0].period_end) == YEAR
    fees = row_metrics(FORM_REPORT, "行政事业性收费　　86.5", PUBLISHED)
    assert [(m.indicator, m.unit, m.value_normalized) for m in fees] == [
        ("行政事业性收费本年收费金额", "元", 865000)]


def test_an_applications_table_names_cells_by_applicant_class_and_row_measure() -> None:
    """Columns of applicant classes (no measure words; 法人或其他组织：商业企业 is 商业企业):
    each figure is the column's class and the row's measure (outline number dropped), the
    总计 column the measure alone; 上年结转 dates the row the year before and is a stock."""
    new = row_metrics(FORM_REPORT, "一、本年新收政府信息公开申请数量　　40　　6　　1　　2　　49",
                      PUBLISHED)
    assert [m.indicator for m in new] == [
        "自然人本年新收政府信息公开申请数量", "商业企业本年新收政府信息公开申请数量",
        "科研机构本年新收政府信息公开申请数量", "其他本年新收政府信息公开申请数量",
        "本年新收政府信息公开申请数量"]
    assert {(m.kind, m.period_start, m.period_end) for m in new} == {("actual", *YEAR)}
    carried = row_metrics(FORM_REPORT, "二、上年结转政府信息公开申请数量　　2　　0　　0　　0　　2",
                          PUBLISHED)
    assert {(m.kind, m.period_start) for m in carried} == {("count_total", date(2022, 1, 1))}


def test_sub_items_take_the_group_period_and_the_item_after_its_class() -> None:
    """三、本年度办理结果（一）予以公开 opens a group whose （二）… rows go on under it (dated
    本年度); 不予公开：属于国家秘密 is the item after its class; 结转下年度 is undated stock."""
    part = row_metrics(FORM_REPORT, "（二）部分公开　　5　　1　　0　　1　　7", PUBLISHED)
    assert part[0].indicator == "自然人部分公开"
    assert {(m.period_start, m.period_end) for m in part} == {YEAR}
    secret = row_metrics(FORM_REPORT, "（三）不予公开：属于国家秘密　　1　　0　　0　　0　　1",
                         PUBLISHED)
    assert secret[-1].indicator == "属于国家秘密"
    carried = row_metrics(FORM_REPORT, "四、结转下年度继续办理　　3　　0　　0　　1　　4", PUBLISHED)
    assert [(m.indicator, m.kind, m.period_start) for m in carried][-1] == (
        "结转下年度继续办理", "count_total", None)


def test_a_line_of_labelled_figures_after_its_label() -> None:
    """行政复议：结果维持 5　　结果纠正 2 …　　总计 8: each figure named by the line's label and
    its own (总计: the line's label alone), the year's results, undated as the section is."""
    line = "行政复议：结果维持 5　　结果纠正 2　　其他结果 0　　尚未审结 1　　总计 8"
    found = row_metrics(FORM_REPORT, line, PUBLISHED)
    assert [(m.value, m.indicator) for m in found] == [
        (5, "行政复议结果维持"), (2, "行政复议结果纠正"), (0, "行政复议其他结果"),
        (1, "行政复议尚未审结"), (8, "行政复议")]
    assert {m.kind for m in found} == {"actual"}


PLACE_INDICES = """附表1　2024年5月份一线城市二手住宅销售价格指数
城市\t环比（上月=100）\t同比（上年同月=100）
北京\t99.1\t95.2
上海\t99.4\t96.0
"""


def test_rows_of_places_under_a_head_of_indices_are_the_titles_measure_of_each_place() -> None:
    """城市 heads the rows' places; the columns name comparisons only: each figure is the
    title's measure (its period and its class of places, 一线城市, left out) of its row's
    place."""
    found = row_metrics(PLACE_INDICES, "上海\t99.4\t96.0", date(2024, 6, 15))
    assert [(m.value, m.indicator, m.subject) for m in found] == [
        (99.4, "二手住宅销售价格指数", "上海"), (96.0, "二手住宅销售价格指数", "上海")]


# a page set in two columns (pdftotext -layout): the table's title and 单位 line end the right
# column of the pair above, the table stands across the page below, the left column's text
# beside the title
TITLE_IN_COLUMN = """某省统计局发布2024年二季度经济数据

二、服务业商务活动指数运行情况                      附表2
                                                    服务业商务活动指数及分类指数
6月份，服务业商务活动指数为50.2%，比上月            （经季节调整）
上升0.1个百分点，服务业景气水平总体稳定。
                                                    单位：%
三、综合指数运行情况

6月份，综合产出指数为50.5%，比上月上升0.3
个百分点，企业生产经营活动总体扩张。

月份　　　商务活动　　　新订单　　　销售价格
2024年5月　　50.1　　47.2　　48.6
2024年6月　　50.2　　46.9　　48.8
"""


def test_a_tables_unit_line_set_in_the_other_column_above_still_titles_it() -> None:
    """月份 heads rows of months, the others indices alone: its 单位：% stands in the right
    column of the pair above (two columns of text beside each other), not right above the
    head; the table is still read, each cell its column's index in %."""
    found = row_metrics(TITLE_IN_COLUMN, "2024年6月　　50.2　　46.9　　48.8", date(2024, 7, 1))
    assert [(m.value, m.unit) for m in found] == [(50.2, "%"), (46.9, "%"), (48.8, "%")]
    assert [m.indicator for m in found] == ["商务活动指数", "新订单指数", "销售价格指数"]


# a table in a column whose wrapped row name (农业总产值 / 亿元 …) a new pair of columns
# parts by a blank line
WRAPPED_OVER_PAIR = """附表：2024年全县主要指标完成情况
指标名称      单位  2024年  比上年增长（%）
粮食总产量    万吨  82.6    1.9
农林牧渔业总产

值  亿元  168.5  4.6
"""


def test_a_blank_line_inside_a_wrapped_row_name_keeps_the_row() -> None:
    """The name's first piece (农林牧渔业总产), a blank line, then its rest and the cells: one
    row of the table, named whole."""
    found = row_metrics(WRAPPED_OVER_PAIR, "值  亿元  168.5  4.6", date(2025, 1, 20))
    assert [(m.value, m.indicator) for m in found] == [
        (168.5, "农林牧渔业总产值"), (4.6, "农林牧渔业总产值")]


def _form_cells(page: str) -> list[tuple[float, str | None]]:
    """(value, indicator) of every metric read from the form's section of ``page``."""
    start = page.index("第二十条")
    found = analyse_document(page, published_on=PUBLISHED).metrics
    return sorted((m.value, m.indicator) for m in found if m.char_start >= start)


def test_a_form_reads_the_same_under_a_copys_damage() -> None:
    """Windows line ends with a tab after an outline number (一、\\t本年新收…), a scan's
    spaces inside a figure and between a label's characters (6 4, 部 分 公 开), a zero-width
    mark before a labelled figure (结果纠正\\u200b 2): the same cells as the clean page."""
    clean = _form_cells(FORM_REPORT)
    damaged = (FORM_REPORT.replace("一、本年新收", "一、\t本年新收")
               .replace("　　64\n", "　　6 4\n").replace("（二）部分公开", "（二）部 分 公 开")
               .replace("结果纠正 2", "结果纠正\u200b 2").replace("\n", "\r\n"))
    assert len(clean) == 43  # (6 + 1 + 1 + 6 rows of 5 + 5)
    assert _form_cells(damaged) == clean
