"""Text tables and number readings of blind rounds 40 to 42's genres: a city plan's list of
projects (序号 / 项目名称 / 建设内容及规模 / 起止年限 / 总投资（亿元） / 2025年计划投资（亿元）,
bare figures whose unit the head writes), a price release's index column beside a row's note of
the currency its prices are in, a ratio of tiers against a base of 1, a rule's condition put as
a gap (低于…个百分点的项目), a health bulletin's table with a 增减量 column and a scan's 亿兀.
Short pages written for each layout, not the rounds' documents."""

from __future__ import annotations

from datetime import date

from pipelines.domain.metrics.candidate_pass import find_candidates
from pipelines.domain.metrics.tables import text_tables
from pipelines.domain.records import Metric
from tests.domain.metrics.support import row_metrics

_PLAN = """关于印发某市2026年重点建设项目计划的通知

全市共安排重点建设项目120个，年度计划投资860亿元。

附件：某市2026年重点建设项目表

{head}
{rows}

注：表中投资额均为计划数。
"""
_HEAD = ["序号", "项目名称", "建设内容及规模", "起止年限", "总投资（亿元）",
         "2026年计划投资（亿元）"]
_ROWS = [["1", "城西污水处理厂三期", "新增处理能力10万吨/日，铺设管网26.5公里", "2025-2027",
          "18.4", "6.2"],
         ["2", "滨江大道快速路工程", "全长12.8公里，设互通立交3座", "2024-2028", "96.0", "21.5"],
         ["3", "新材料产业园二期", "年产碳纤维2万吨及配套设施，建设厂房40万平方米", "2026-2029",
          "55.3", "8.0"]]


def _page(sep: str, rows: list[list[str]] = _ROWS) -> str:
    return _PLAN.format(head=sep.join(_HEAD), rows="\n".join(sep.join(r) for r in rows))


def _fields(m: Metric) -> tuple:
    return (m.quote, m.indicator, m.unit_raw, m.kind, m.period_start, m.period_end,
            m.subject)


_Y2026 = (date(2026, 1, 1), date(2026, 12, 31))


def _expected_second_row() -> list[tuple]:
    return [
        ("12.8公里", "滨江大道快速路工程全长", "公里", "target", None, None, None),
        ("3座", "滨江大道快速路工程设互通立交", "座", "target", None, None, None),
        ("96.0", "滨江大道快速路工程总投资", "亿元", "target", None, None, None),
        ("21.5", "滨江大道快速路工程计划投资", "亿元", "target", *_Y2026, None)]


def test_a_list_of_projects_names_each_figure_by_its_project() -> None:
    """A plan's list of projects: each bare figure in the unit its column's head writes, named
    by the row's project and the column's measure (its head's year left out of the name, the
    year dating it); a 建设内容 figure named by the project and its clause; the 总投资 and the
    works' size undated (they span the project's years, 2024-2028); all planned (targets); the
    serial number and the years no figures. Cleaning runs the rows together (2028 96.0 21.5⏎3
    新材料…): the cells are read from the lines."""
    raw = _page("\t")
    row = "\t".join(_ROWS[1])
    assert [_fields(m) for m in row_metrics(raw, row, date(2026, 2, 20))] == (
        _expected_second_row())


def test_a_content_figure_takes_the_thing_its_unit_counts_when_written_after_it() -> None:
    """年产碳纤维2万吨及配套设施: 年产碳纤维 (the clause before, not the list after the figure);
    日 in 10万吨/日 part of the unit (a works' daily capacity)."""
    raw = _page("\t")
    found = row_metrics(raw, "\t".join(_ROWS[2]), date(2026, 2, 20))
    assert [(m.quote, m.indicator) for m in found][:2] == [
        ("2万吨", "新材料产业园二期年产碳纤维"), ("40万平方米", "新材料产业园二期建设厂房")]
    first = row_metrics(raw, "\t".join(_ROWS[0]), date(2026, 2, 20))
    assert [(m.quote, m.indicator) for m in first][:2] == [
        ("10万吨/日", "城西污水处理厂三期新增处理能力"), ("26.5公里", "城西污水处理厂三期铺设管网")]


def test_a_list_parted_by_spaces_reads_the_same() -> None:
    """Runs of spaces, or one space where the head's cells are parted by one, part the cells
    as tabs do."""
    for sep in ("  ", " "):
        raw = _page(sep)
        row = sep.join(_ROWS[1])
        assert [_fields(m) for m in row_metrics(raw, row, date(2026, 2, 20))] == (
            _expected_second_row()), repr(sep)


def test_a_blank_cell_of_a_tab_parted_row_keeps_the_columns_in_place() -> None:
    """A row with no content (two tabs in a row) still puts its figures under their heads."""
    rows = [*_ROWS[:2], ["3", "智慧城市大脑", "", "2026-2027", "12.5", "5.0"]]
    raw = _PLAN.format(head="\t".join(_HEAD), rows="\n".join("\t".join(r) for r in rows))
    found = row_metrics(raw, "\t".join(rows[2]), date(2026, 2, 20))
    assert [(m.quote, m.indicator, m.period_start) for m in found] == [
        ("12.5", "智慧城市大脑总投资", None), ("5.0", "智慧城市大脑计划投资", date(2026, 1, 1))]


def test_a_list_of_projects_done_is_no_plan() -> None:
    """A list whose heads name results (完成投资) and no years column: its figures are no
    targets, dated as a table's cells are (the title's year)."""
    raw = ("某区2025年重点项目建设情况\n\n2025年重点项目建设完成情况如下。\n\n"
           "表1　2025年重点项目完成情况\n"
           "序号\t项目名称\t建设内容\t完成投资（亿元）\n"
           "1\t北湖公园\t新建绿道8公里\t3.6\n2\t东区学校\t新增学位1800个\t2.1\n")
    found = row_metrics(raw, "1\t北湖公园\t新建绿道8公里\t3.6", date(2026, 1, 20))
    assert [(m.indicator, m.kind, m.period_start, m.period_end) for m in found] == [
        ("北湖公园新建绿道", "actual", date(2025, 1, 1), date(2025, 12, 31)),
        ("北湖公园完成投资", "actual", date(2025, 1, 1), date(2025, 12, 31))]


def test_a_head_with_no_measure_in_a_unit_is_no_list() -> None:
    """序号  项目名称  建设内容  责任单位: words only, no table of figures (its sentences are read
    as prose)."""
    raw = ("序号\t项目名称\t建设内容\t责任单位\n"
           "1\t北湖公园\t新建绿道8公里\t区住建局\n")
    assert text_tables(raw) == ()


def test_an_index_level_has_no_unit_though_its_row_notes_a_currency() -> None:
    """進口物價（新臺幣） over an index column: the currency the prices are taken in, not the
    level's unit (its changes are in %)."""
    raw = ("附表　114年9月物價指數概況\n項目\t指數\t月增率(%)\t年增率(%)\n"
           "消費者物價總指數\t109.51\t0.12\t1.25\n進口物價（美元）\t98.70\t-0.35\t-2.10\n")
    cells = [c for t in text_tables(raw) for c in t.cells if c.name == "進口物價"]
    assert [(c.quote, c.unit) for c in cells] == [("98.70", None), ("-0.35", "%"),
                                                  ("-2.10", "%")]


def test_an_amount_in_a_currency_of_a_row_keeps_its_unit() -> None:
    """A row's bracketed currency under a column of amounts is the cells' unit."""
    raw = ("项目\t金额\t增长(%)\n出口总额（美元）\t3200\t4.1\n进口总额（美元）\t2100\t-1.2\n")
    cells = [c for t in text_tables(raw) for c in t.cells if c.name == "出口总额"]
    assert [(c.quote, c.unit) for c in cells] == [("3200", "美元"), ("4.1", "%")]


def _quotes(text: str) -> list[str]:
    return [text[c.start : c.end] for c in find_candidates(text)]


def test_a_ratio_against_a_base_of_one_gives_the_other_terms() -> None:
    """三档比价为1:1.5:3: the 1 is the base, the tiers' figures are 1.5 and 3 (as 1:2.2 gives
    2.2); a ratio with no base of 1 gives every term."""
    assert _quotes("三档电价比价为1:1.5:3。") == ["1.5", "3"]
    assert _quotes("三次产业结构为3.1:38.2:58.7。") == ["3.1", "38.2", "58.7"]


def test_a_gap_that_puts_an_item_under_a_rule_is_no_figure() -> None:
    """对…低于…N个百分点的企业 (a rule's condition: who is warned or helped) reads no figure;
    a gap reported is read."""
    assert _quotes("对序时进度完成率低于全区平均水平15个百分点的街道进行约谈。") == []
    assert _quotes("全区完成率低于全市平均水平1.5个百分点。") == ["1.5个百分点"]


_BULLETIN = """2024年某省卫生健康事业发展统计公报

表1　2024年某省卫生健康主要指标
指标名称	单位	2024年	2023年	增减量
医疗卫生机构总数	个	12410	12385	25
其中：医院	个	702	688	14
病床使用率	%	76.1	78.0	-1.9
出院者平均住院日	日	8.3	8.6	-0.3
孕产妇死亡率	1/10万	7.52	8.10	-0.58
婴儿死亡率	‰	2.41	2.60	-0.19

注：表中“增减量”为2024年与2023年数值之差，率类指标的增减量分别为百分点、十万分点或千分点。
"""


def _bulletin_row(row: str) -> list[tuple]:
    found = row_metrics(_BULLETIN, row, date(2025, 6, 30))
    return [(m.quote, m.unit_raw, m.unit, m.kind, m.period_start) for m in found]


def test_a_difference_column_is_the_latest_years_change_in_the_rows_unit() -> None:
    """增减量 after 2024年  2023年: a stock's change over 2024 in its row's unit (a flow:
    actual, not count_total), a rate's change in its points (百分点 of a %, 千分点 of a ‰,
    十万分点 of a rate per 100,000: growth_rate)."""
    y2024, y2023 = date(2024, 1, 1), date(2023, 1, 1)
    assert _bulletin_row("医疗卫生机构总数\t个\t12410\t12385\t25") == [
        ("12410", "个", "个", "count_total", y2024), ("12385", "个", "个", "count_total", y2023),
        ("25", "个", "个", "actual", y2024)]
    assert _bulletin_row("病床使用率\t%\t76.1\t78.0\t-1.9")[2] == (
        "-1.9", "百分点", "百分点", "growth_rate", y2024)
    assert _bulletin_row("婴儿死亡率\t‰\t2.41\t2.60\t-0.19")[2] == (
        "-0.19", "千分点", "千分点", "growth_rate", y2024)


def test_a_unit_cell_writes_days_and_rates_per_100000_as_tables_do() -> None:
    """日 in a unit cell is days (a date's word in prose); 1/10万 a rate per 100,000, its
    levels shares and its change in 十万分点."""
    assert [r[:4] for r in _bulletin_row("出院者平均住院日\t日\t8.3\t8.6\t-0.3")] == [
        ("8.3", "日", "天", "actual"), ("8.6", "日", "天", "actual"),
        ("-0.3", "日", "天", "actual")]
    assert [r[:4] for r in _bulletin_row("孕产妇死亡率\t1/10万\t7.52\t8.10\t-0.58")] == [
        ("7.52", "1/10万", "1/10万", "share"), ("8.10", "1/10万", "1/10万", "share"),
        ("-0.58", "十万分点", "十万分点", "growth_rate")]


def test_a_scans_misread_yuan_is_read_as_yuan() -> None:
    """亿兀 (OCR's 兀 for 元 after a number) is an amount in 元."""
    found = find_candidates("实现劳务收入18.6亿兀；")
    assert [(c.unit_raw, c.unit, c.multiplier) for c in found] == [("亿兀", "元", 1e8)]


_RETAIL = """香港2025年8月零售業銷貨額臨時估計

　　香港特別行政區政府統計處今日發表零售業銷貨額臨時估計數字。

表一：2025年8月按零售商類別劃分的零售業銷貨價值

　　　　　　　　　　　　　　　　　　　　　　　　按年變動（%）
零售商類別　　　　　　　　銷貨價值（百萬元）　　價值　　數量
服裝及鞋類　　　　　　　　3,410　　2.1　　0.8
電器及攝影器材　　　　　　2,005　　-3.4　　-4.0
"""


def test_a_change_group_over_the_last_columns_makes_them_growth_columns() -> None:
    """按年變動（%） on its own line over 價值  數量 (a head printed on two lines): each column
    under it is the year's change in % of a measure: 價值 of the amount column's 銷貨價值, 數量 of
    銷貨數量 (its last word replaced); the amount in the head's 百萬元, a Hong Kong text's 港元."""
    found = row_metrics(_RETAIL, "服裝及鞋類　　　　　　　　3,410　　2.1　　0.8",
                        date(2025, 9, 30))
    assert [(m.quote, m.indicator, m.unit_raw, m.unit, m.value_normalized, m.kind)
            for m in found] == [
        ("3,410", "服装及鞋类销货价值", "百万元", "港元", 3.41e9, "actual"),
        ("2.1", "服装及鞋类销货价值", "%", "%", 2.1, "growth_rate"),
        ("0.8", "服装及鞋类销货数量", "%", "%", 0.8, "growth_rate")]


def test_lots_of_futures_are_a_count() -> None:
    """成交量6.83亿手: lots traded; 二手车, 两手抓 no unit."""
    assert [(c.unit_raw, c.unit) for c in find_candidates("期货市场成交量5.12亿手，同比增长")] == [
        ("亿手", "手")]
    assert _quotes("二手车交易量1.2万辆，坚持两手抓。") == ["1.2万辆"]


def test_an_average_time_taken_is_measured() -> None:
    """平均…用时87天: a mean of the cases' times (a measure), while 历时3天 / 用时5天 alone is one
    act's elapsed time, no figure."""
    assert _quotes("审批事项平均办理用时6.5天，较上年缩短2天。") == ["6.5天", "2天"]
    assert _quotes("工程历时3年建成。") == []


def test_the_latest_quarters_are_a_window() -> None:
    """最近四个季度 (in a note defining a ratio): a window of time, no count of quarters."""
    assert _quotes("市净率按最近四个季度的净资产计算。") == []


def test_the_members_of_a_ratio_without_unit_after_qizhong() -> None:
    """其中，A15.86、B58.37 after a ratio printed with no unit (平均市盈率为19.42), in its sentence
    or cut into a sentence of its own at the ；: each member's value."""
    assert _quotes("平均市净率为1.62，较上月末下降0.03；其中，主板1.45、创业板3.10。") == [
        "1.62", "0.03", "1.45", "3.10"]
    assert _quotes("其中，主板1.45、创业板3.10。") == ["1.45", "3.10"]
    assert _quotes("营业收入增长5.2%，其中工业3.5。") == ["5.2%"]


def test_a_growth_column_naming_a_measure_before_it_is_that_measures() -> None:
    """进出口同比（%） after 进出口  出口  进口: the change of 进出口 (the measure its head names),
    not of 进口 (the column right before it); 同比增长（%） names none and stays the one before."""
    raw = ("2025年1-9月某省进出口情况\n\n表1　2025年各月进出口情况\n单位：亿元\n"
           "月份\t进出口\t出口\t进口\t进出口同比（%）\n"
           "7月\t512.3\t301.2\t211.1\t4.2\n8月\t498.7\t290.5\t208.2\t-1.3\n")
    found = row_metrics(raw, "7月\t512.3\t301.2\t211.1\t4.2", date(2025, 10, 20))
    assert [(m.quote, m.indicator, m.kind) for m in found] == [
        ("512.3", "进出口", "actual"), ("301.2", "出口", "actual"), ("211.1", "进口", "actual"),
        ("4.2", "进出口", "growth_rate")]


def test_an_index_level_of_a_class_is_no_count() -> None:
    """食物類  115.62 under 指數: the class's index level (actual), not a count of classes."""
    raw = ("114年9月物價統計\n\n附表　114年9月物價指數概況\n項目\t指數\t月增率(%)\t年增率(%)\n"
           "消費者物價總指數\t109.51\t0.12\t1.25\n食物類\t115.20\t0.75\t2.10\n")
    found = row_metrics(raw, "食物類\t115.20\t0.75\t2.10", date(2025, 10, 8))
    assert [(m.quote, m.unit, m.kind) for m in found] == [
        ("115.20", None, "actual"), ("0.75", "%", "growth_rate"), ("2.10", "%", "growth_rate")]
