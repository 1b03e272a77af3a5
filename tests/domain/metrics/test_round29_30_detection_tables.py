"""Blind rounds 29 and 30's remaining misses of detection, subjects, lists and tables, each
class of phrasing on a short page written for it in the genre's manner (a charging alliance's
monthly report, a county's 中考 admissions news, Macau's visitor release), not the rounds'
documents."""

from __future__ import annotations

from datetime import date

from tests.domain.metrics.support import row_metrics

PARTS = """某联盟充电基础设施运行情况

　　截至2025年9月，全国公共充电设施达到450.2万台，其中直流充电设施210.4万台。

附：公共充电设施数量排名前3的省份（截至2025年9月，单位：万台）

排名　　省份　　公共充电设施　　其中直流
1　　甲省　　70.1　　36.5
2　　乙省　　40.2　　16.8
"""


def test_a_column_of_which_part_measures_that_part_of_the_column_before() -> None:
    """其中直流 after 公共充电设施: the part of the same measure, 直流 put where the text writes
    it (直流充电设施 → 公共直流充电设施); without such words in the text, before the measure."""
    cells = row_metrics(PARTS, "1　　甲省　　70.1　　36.5", date(2025, 10, 12))
    figures = [(m.quote, m.indicator, m.subject) for m in cells if m.quote != "1"]
    assert figures == [("70.1", "公共充电设施", "甲省"), ("36.5", "公共直流充电设施", "甲省")]
    unwritten = PARTS.replace("，其中直流充电设施210.4万台", "")
    cells = row_metrics(unwritten, "1　　甲省　　70.1　　36.5", date(2025, 10, 12))
    assert [m.indicator for m in cells if m.quote == "36.5"] == ["直流公共充电设施"]


SCHOOLS = """某县2025年中考录取情况

　　各学校录取分数线（统招）
　　学校名称　　　　录取分数线　　计划数
　　第一中学　　　　　　　621　　　　980
　　第二中学　　　　　　　597　　　　860
"""


def test_a_school_form_s_plan_column_counts_students() -> None:
    """计划数 beside the schools' names writes no unit: a school's intake plan is a number of
    students (人); a plan column of rows that are no schools keeps no unit."""
    cells = row_metrics(SCHOOLS, "第一中学　　　　　　　621　　　　980", date(2025, 7, 14))
    assert [(m.quote, m.unit) for m in cells] == [("621", "分"), ("980", "人")]
    projects = SCHOOLS.replace("学校名称", "项目名称")
    cells = row_metrics(projects, "第一中学　　　　　　　621　　　　980", date(2025, 7, 14))
    assert [m.unit for m in cells if m.quote == "980"] == [None]


STAYS = """某特区旅游局公布10月份入境旅客数字

　　10月份旅客平均逗留时间为1.3日，与去年同月相同，其中留宿旅客为2.4日，不过夜旅客为0.3日。
　　10月31日，单日入境旅客为12.5万人次。
"""


def test_a_decimal_of_days_after_days_the_sentence_counted_is_days_too() -> None:
    """其中留宿旅客为2.4日，不过夜旅客为0.3日 after 平均逗留时间为1.3日: the items' stays, in
    days, though no name of days stands right before them; 31日 of a date stays no figure."""
    line = "10月份旅客平均逗留时间为1.3日，与去年同月相同，其中留宿旅客为2.4日，不过夜旅客为0.3日。"
    cells = row_metrics(STAYS, line, date(2025, 11, 20))
    assert [(m.quote, m.unit) for m in cells] == [
        ("1.3日", "天"), ("2.4日", "天"), ("0.3日", "天")]
    dated = row_metrics(STAYS, "10月31日，单日入境旅客为12.5万人次。", date(2025, 11, 20))
    assert [m.quote for m in dated] == ["12.5万人次"]


STATIONS = """全国换电基础设施运行情况

　　截至2025年9月，全国共有换电站4831座，其中浙江省换电站数量居首，为398座。
"""


def test_the_place_a_clause_ranks_first_is_the_subject_of_the_figure_after_wei() -> None:
    """其中浙江省换电站数量居首，为398座: the figure after 为 is the first-ranked place's, as
    after a superlative (南通浓度最低，为34)."""
    line = "截至2025年9月，全国共有换电站4831座，其中浙江省换电站数量居首，为398座。"
    cells = row_metrics(STATIONS, line, date(2025, 10, 12))
    assert [(m.quote, m.subject) for m in cells][1:] == [("398座", "浙江")]


COLLEGES = """某大学2025届毕业生就业质量年度报告

前言
报告数据统计截至2025年8月31日，薪酬数据来源于第三方机构调查。

第四章　各学院毕业去向落实情况
学院　毕业生人数（人）　落实率（%）　升学率（%）
土木学院　1180　95.1　35.2
外语学院　230　89.0　17.6
"""


def test_an_undated_table_takes_the_day_the_report_says_its_data_run_to() -> None:
    """A table no title, heading or column dates, in a report whose text says 数据统计截至
    2025年8月31日: its rates are of that day (they were undated) and the class's size of the
    class's year (session 25: 毕业生人数 of the 2025届 the title names, as h70's and h144's); a
    report saying no such day leaves them undated."""
    cells = row_metrics(COLLEGES, "外语学院　230　89.0　17.6", date(2025, 12, 26))
    assert [(m.quote, m.period_start, m.period_end) for m in cells] == [
        ("230", date(2025, 1, 1), date(2025, 12, 31)),
        ("89.0", date(2025, 8, 31), date(2025, 8, 31)),
        ("17.6", date(2025, 8, 31), date(2025, 8, 31))]
    plain = COLLEGES.replace("报告数据统计截至2025年8月31日，", "")
    cells = row_metrics(plain, "外语学院　230　89.0　17.6", date(2025, 12, 26))
    assert {m.period_start for m in cells} == {None}


REGIONS = """某地产集团10月份销售简报

　　按地区划分，华东地区贡献合约销售金额约人民币48.2亿元；粤港澳大湾区约人民币21.6亿元。
"""


def test_a_region_of_several_provinces_is_no_subject_though_its_form_ends_in_qu() -> None:
    """粤港澳大湾区 ends as a district does (…区) but is a region of several provinces: part of
    a name, never a subject (tests/gold/README.md), as 长三角地区 and 东部地区."""
    line = REGIONS.splitlines()[2].strip()
    cells = row_metrics(REGIONS, line, date(2025, 11, 5))
    assert [(m.quote, m.subject) for m in cells] == [
        ("约人民币48.2亿元", None), ("约人民币21.6亿元", None)]
