"""Text tables of blind rounds 29 and 30's genres: a tax bureau's release with a table by tax
kind whose columns one ideographic space parts, a regulator's monthly bulletin with a table of
cities under a title writing its units (单位：亿元，%). Short pages written for each layout, not
the rounds' documents."""

from __future__ import annotations

from datetime import date

from tests.domain.metrics.support import row_metrics

TAXES = """某市税务局通报前三季度税收情况

　　1—9月，全市组织税收收入812.4亿元，同比增长2.1%。

附：1—9月全市分税种收入情况（单位：亿元，%）

税种　收入　同比增长
国内增值税　301.5　3.6
企业所得税　168.2　-2.4
"""


def test_a_table_whose_columns_one_ideographic_space_parts_under_its_unit_line() -> None:
    """税种　收入　同比增长: a kind, an amount and its growth, one ideographic space between
    them, under a title writing the units (亿元 for the amount, % for the growth): each row a
    tax's amount in 亿元 and its growth rate."""
    cells = row_metrics(TAXES, "国内增值税　301.5　3.6", date(2025, 10, 20))
    assert [(m.quote, m.indicator, m.unit, m.kind) for m in cells] == [
        ("301.5", "国内增值税", "元", "actual"), ("3.6", "国内增值税", "%", "growth_rate")]
    assert cells[0].value_normalized == 301.5e8


CITIES = """某省保险业运行情况

　　1—9月，全省实现原保险保费收入1021.3亿元，同比增长5.2%。

　　1—9月各地原保险保费收入（单位：亿元，%）
　　地区　　保费收入　　同比增长
　　甲市　　512.65　　7.3
　　乙市　　106.28　　6.1
"""


def test_a_city_table_takes_its_units_from_the_title_s_unit_line() -> None:
    """地区　　保费收入　　同比增长 under （单位：亿元，%）: the amount column in 亿元, the growth
    column a growth rate in %, each cell named by its column with the city as subject."""
    cells = row_metrics(CITIES, "甲市　　512.65　　7.3", date(2025, 10, 20))
    assert [(m.indicator, m.subject, m.unit, m.kind) for m in cells] == [
        ("保费收入", "甲市", "元", "actual"), ("保费收入", "甲市", "%", "growth_rate")]
    assert cells[0].value_normalized == 512.65e8


PROVINCES = """某联盟充电基础设施运行情况

　　截至2025年9月，全国充电基础设施总数达到1806.3万台。

附：充电基础设施数量排名前3的省份（截至2025年9月，单位：万台）

排名　　省份　　充电基础设施　　公共充电设施
1　　甲省　　192.6　　70.1
2　　乙省　　141.3　　40.2
"""


def test_a_province_column_holds_the_rows_subjects() -> None:
    """省份 heads a column of places as 地区 and 城市 do: each cell is its column's figure
    (充电基础设施) of the row's province, not a measure named by the province."""
    cells = row_metrics(PROVINCES, "1　　甲省　　192.6　　70.1", date(2025, 10, 12))
    figures = [(m.indicator, m.subject) for m in cells if m.quote != "1"]
    assert figures == [("充电基础设施", "甲省"), ("公共充电设施", "甲省")]


SCHOOLS = """某县2025年中考录取情况

　　2025年各批次录取控制线如下：第一批次录取控制线为598分。

　　各学校录取分数线（统招）
　　学校名称　　　　录取分数线　　计划数
　　第一中学　　　　　　　621　　　　980
　　第二中学　　　　　　　597　　　　860
"""


def test_a_school_table_names_each_cell_school_then_column_and_its_plan_a_target() -> None:
    """录取分数线 is a measure of each school (第一中学录取分数线, not 录取分数线第一中学), and the
    计划数 column a plan's figures: targets."""
    cells = row_metrics(SCHOOLS, "第一中学　　　　　　　621　　　　980", date(2025, 7, 14))
    assert [(m.indicator, m.kind) for m in cells] == [
        ("第一中学录取分数线", "actual"), ("第一中学计划数", "target")]


def test_a_form_introduced_as_the_year_s_figures_is_dated_that_year() -> None:
    """2025年各批次录取控制线如下： introduces the table after it: its cells are 2025's; a
    paragraph that introduces nothing dates no form."""
    cells = row_metrics(SCHOOLS, "第一中学　　　　　　　621　　　　980", date(2025, 7, 14))
    assert {(m.period_start, m.period_end) for m in cells} == {
        (date(2025, 1, 1), date(2025, 12, 31))}
    plain = SCHOOLS.replace("录取控制线如下：", "录取控制线：")
    cells = row_metrics(plain, "第一中学　　　　　　　621　　　　980", date(2025, 7, 14))
    assert {m.period_start for m in cells} == {None}


def test_a_unit_line_a_column_wraps_still_gives_the_cells_their_units() -> None:
    """（单位⏎：亿元，%）: a page's column broke the title's unit line; the head under it is
    still a table's head and its amount cells still in 亿元."""
    wrapped = TAXES.replace("（单位：亿元，%）", "（单位\n：亿元，%）")
    cells = row_metrics(wrapped, "国内增值税　301.5　3.6", date(2025, 10, 20))
    assert [(m.quote, m.unit, m.kind) for m in cells] == [
        ("301.5", "元", "actual"), ("3.6", "%", "growth_rate")]
    assert cells[0].value_normalized == 301.5e8


def test_a_form_s_score_column_is_in_points_though_no_unit_is_written() -> None:
    """录取分数线 writes no unit: its cells are scores (分), as a table's 综合得分 column's are;
    the 计划数 column beside it a school's intake plan, students (人; see
    test_round29_30_detection_tables)."""
    cells = row_metrics(SCHOOLS, "第一中学　　　　　　　621　　　　980", date(2025, 7, 14))
    assert [(m.unit, m.unit_raw) for m in cells] == [("分", None), ("人", None)]
