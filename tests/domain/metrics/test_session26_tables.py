"""Text tables of blind rounds 48-50's genres (session 26): a head printed on two lines, a line
of periods each over a group of columns (a measure and its change) above the measures' heads
whose cells one ideographic space parts, the rows' names under a breakdown's title
(按…劃分的…). Short pages written for each layout, not the rounds' documents."""

from __future__ import annotations

from datetime import date

from pipelines.domain.metrics.table_heads import head_cells, period_group, title_units
from tests.domain.metrics.support import row_metrics

_SPACE = "\u3000"

_IMPORTS = """某地區二零二五年九月份對外商品貿易統計

{s}{s}統計處今日發表的數字顯示，九月份整體進口貨值較去年同月上升。

表2{s}按主要供應地劃分的進口
{s}{s}{s}{s}{s}{s}{s}{s}2025年9月{s}{s}{s}{s}{s}{s}2025年首九個月
主要供應地{s}{s}貨值（百萬元）{s}按年百分率變動（%）{s}貨值（百萬元）{s}按年百分率變動（%）
所有供應地{s}{s}512,300{s}{s}11.2{s}{s}4,310,005{s}{s}9.8
新加坡{s}{s}{s}{s} 31,420{s}{s}-5.3{s}{s}{s}280,116{s}{s} 2.4
"""


def test_a_line_of_periods_over_groups_of_columns_dates_each_group() -> None:
    """2025年9月 over the first 貨值 / 按年百分率變動 pair, 2025年首九個月 over the second:
    each cell in its group's period; the head's cells one ideographic space apart after a wider
    gap, the rows' figures padded with ASCII spaces; a cell named by its row, the title's
    measure (進口, after 按主要供應地劃分的) and the column's 貨值, its change column by the
    measure before it; a minus sign kept."""
    page = _IMPORTS.format(s=_SPACE)
    row = next(line for line in page.splitlines() if line.startswith("新加坡"))
    found = row_metrics(page, row, date(2025, 10, 28))
    assert [(m.quote, m.value, m.indicator, m.unit_raw, m.kind, m.period_start, m.period_end)
            for m in found] == [
        ("31,420", 31420.0, "新加坡进口货值", "百万元", "actual", date(2025, 9, 1),
         date(2025, 9, 30)),
        ("-5.3", -5.3, "新加坡进口货值", "%", "growth_rate", date(2025, 9, 1), date(2025, 9, 30)),
        ("280,116", 280116.0, "新加坡进口货值", "百万元", "actual", date(2025, 1, 1),
         date(2025, 9, 30)),
        ("2.4", 2.4, "新加坡进口货值", "%", "growth_rate", date(2025, 1, 1), date(2025, 9, 30))]
    assert found[0].value_normalized == 31420e6


def test_a_period_line_needs_equal_groups_and_undated_heads() -> None:
    """Three periods over four columns, or a head whose columns name periods themselves, make
    no such group; a head line whose cells are parted by one ideographic space after a wider
    gap is read cell by cell only when it is a head."""
    pair = ["貨值（百萬元）", "變動（%）"]
    head_line = f"項目{_SPACE * 2}" + _SPACE.join(pair * 2)
    head, sep = head_cells(head_line)
    assert [c for _, c in head] == ["項目", *pair, *pair]
    raw = f"{_SPACE * 4}2025年1月{_SPACE * 2}2025年2月{_SPACE * 2}2025年3月\n{head_line}\n"
    assert period_group(raw, raw.index("項目"), head, sep) is None
    raw = f"{_SPACE * 8}2025年1月{_SPACE * 6}2025年2月\n{head_line}\n"
    periods, above = period_group(raw, raw.index("項目"), head, sep)
    assert above == 0 and periods == {1: "2025年1月", 2: "2025年1月", 3: "2025年2月",
                                      4: "2025年2月"}
    words = f"說明{_SPACE * 2}本表數字{_SPACE}均為臨時數字{_SPACE}另有說明"
    assert len(head_cells(words)[0]) == 2  # (no head: the line's cells as the wide gap parts)


_FORECAST = """某某科技（688000.SH）2025年中报点评

报告日期：2025年8月30日

盈利预测
项目\t2024A\t2025E\t2026E
营业总收入（百万元）\t2,410\t2,980\t3,560
同比增长率（%）\t15.2\t23.7\t19.5
每股收益（元）\t0.86\t1.12\t1.40
"""


def test_year_columns_written_a_and_e_are_a_result_and_forecasts() -> None:
    """2024A  2025E  2026E (a broker's forecast table): each column a year, A its result, E
    an estimate (target); a row's unit in brackets after its name, 百万元 scaled."""
    found = row_metrics(_FORECAST, "营业总收入（百万元）\t2,410\t2,980\t3,560", date(2025, 8, 30))
    assert [(m.quote, m.indicator, m.unit, m.value_normalized, m.kind, m.period_start, m.period_end)
            for m in found] == [
        ("2,410", "营业总收入", "元", 2.41e9, "actual", date(2024, 1, 1), date(2024, 12, 31)),
        ("2,980", "营业总收入", "元", 2.98e9, "target", date(2025, 1, 1), date(2025, 12, 31)),
        ("3,560", "营业总收入", "元", 3.56e9, "target", date(2026, 1, 1), date(2026, 12, 31))]
    eps = row_metrics(_FORECAST, "每股收益（元）\t0.86\t1.12\t1.40", date(2025, 8, 30))
    assert [(m.indicator, m.unit, m.kind) for m in eps] == [
        ("每股收益", "元", "actual"), ("每股收益", "元", "target"), ("每股收益", "元", "target")]


def test_a_row_naming_only_a_growth_is_the_row_above_s() -> None:
    """同比增长率（%） under 营业总收入（百万元）: each cell the growth of the row above's
    measure (growth_rate for the result's year, target for an estimate's)."""
    found = row_metrics(_FORECAST, "同比增长率（%）\t15.2\t23.7\t19.5", date(2025, 8, 30))
    assert [(m.quote, m.indicator, m.unit, m.kind) for m in found] == [
        ("15.2", "营业总收入", "%", "growth_rate"), ("23.7", "营业总收入", "%", "target"),
        ("19.5", "营业总收入", "%", "target")]
    yoy = _FORECAST.replace("同比增长率（%）", "YoY（%）")
    found = row_metrics(yoy, "YoY（%）\t15.2\t23.7\t19.5", date(2025, 8, 30))
    assert [(m.indicator, m.kind) for m in found] == [
        ("营业总收入", "growth_rate"), ("营业总收入", "target"), ("营业总收入", "target")]


_RELIEF = """某市前三季度惠企政策落实情况发布

今年以来，市税务局持续推动各项惠企政策落地见效。

附：2025年前三季度惠企政策落实情况（单位：亿元，万户）
政策方向\t减免税费\t受惠企业
支持先进制造业\t88.4\t3.2
支持外贸稳定\t17.9\t0.8
"""


def test_a_title_writing_a_unit_by_column_makes_the_head_and_each_column_s_unit() -> None:
    """（单位：亿元，万户） over 政策方向  减免税费  受惠企业 (no unit in the head line): a head,
    each column in its unit in order, each cell named by its row and its column, dated by the
    title's period."""
    found = row_metrics(_RELIEF, "支持先进制造业\t88.4\t3.2", date(2025, 10, 20))
    assert [(m.quote, m.indicator, m.unit_raw, m.unit, m.value_normalized, m.period_start,
             m.period_end) for m in found] == [
        ("88.4", "支持先进制造业减免税费", "亿元", "元", 8.84e9, date(2025, 1, 1),
         date(2025, 9, 30)),
        ("3.2", "支持先进制造业受惠企业", "万户", "户", 3.2e4, date(2025, 1, 1),
         date(2025, 9, 30))]


def test_a_title_s_units_with_a_percent_are_no_units_by_column() -> None:
    """（单位：亿元，%）: an amount and its growth (税种  收入  同比增长), not measures each in a
    unit of its own; one unit written alone is none either."""
    assert title_units("附：1-9月分税种收入（单位：亿元，%）") == []
    assert title_units("附表（单位：亿元）") == []
    assert title_units("附表（单位：亿元，万户次）") == ["亿元", "万户次"]


_WARDS = """某县人民医院2024年运行情况

表2　2024年住院服务指标
指标\t单位\t2024年\t2023年\t同比增减（%）
出院人次\t人次\t21,530\t19,880\t8.3
床位周转率\t%\t88.1\t90.4\t-2.5
注：同比增减一列中床位周转率为增减百分点。
"""


def test_a_note_under_the_table_puts_a_rate_row_s_change_in_points() -> None:
    """注：…床位周转率为增减百分点 under the table: the rate row's cell of the 同比增减（%）
    column is in 百分点; the count row's stays a % change."""
    rate = row_metrics(_WARDS, "床位周转率\t%\t88.1\t90.4\t-2.5", date(2025, 2, 20))
    assert [(m.quote, m.unit, m.kind) for m in rate][-1] == ("-2.5", "百分点", "growth_rate")
    count = row_metrics(_WARDS, "出院人次\t人次\t21,530\t19,880\t8.3", date(2025, 2, 20))
    assert [(m.quote, m.unit, m.kind) for m in count][-1] == ("8.3", "%", "growth_rate")
    plain = _WARDS.replace("注：同比增减一列中床位周转率为增减百分点。\n", "")
    rate = row_metrics(plain, "床位周转率\t%\t88.1\t90.4\t-2.5", date(2025, 2, 20))
    assert [(m.quote, m.unit) for m in rate][-1] == ("-2.5", "%")


_BASICS = """某某股份（600000.SH）公司深度报告

报告日期：2025年6月16日

市场数据（2025年6月13日）
收盘价（元）\t12.64
总市值（亿元）\t88.5
总股本（亿股）\t7.00
52周最高/最低价（元）\t15.20/9.87

分析师：张三
"""


def test_a_block_of_labelled_figures_is_dated_by_its_heading_s_day() -> None:
    """市场数据（2025年6月13日） over tab-printed label / figure lines: every line of the block
    (not only the first three under the heading) at that day; a label pairing two measures with
    a slash (最高/最低价) over figures written x/y: one figure each, named by its side."""
    found = row_metrics(_BASICS, _BASICS[_BASICS.index("收盘价"):_BASICS.index("\n\n分析师")],
                        date(2025, 6, 16))
    assert [(m.quote, m.indicator, m.unit, m.period_start, m.period_end) for m in found] == [
        ("12.64", "收盘价", "元", date(2025, 6, 13), date(2025, 6, 13)),
        ("88.5", "总市值", "元", date(2025, 6, 13), date(2025, 6, 13)),
        ("7.00", "总股本", "股", date(2025, 6, 13), date(2025, 6, 13)),
        ("15.20", "52周最高价", "元", date(2025, 6, 13), date(2025, 6, 13)),
        ("9.87", "52周最低价", "元", date(2025, 6, 13), date(2025, 6, 13))]


_POWER = """某省10月份全社会用电量

指标名称\t单位\t10月\t同比增长（%）
全社会用电量\t亿千瓦时\t512\t6.1
第二产业\t亿千瓦时\t330\t4.2
其中：制造业\t亿千瓦时\t301\t4.0
城乡居民生活用电\t亿千瓦时\t75\t12.3
"""


def test_a_part_of_a_part_takes_the_whole_s_measure_too() -> None:
    """其中：制造业 under 第二产业 (itself named 第二产业用电量 under 全社会用电量):
    制造业用电量; the row after it naming its own measure keeps its name."""
    found = row_metrics(_POWER, "其中：制造业\t亿千瓦时\t301\t4.0", date(2025, 11, 15))
    assert [m.indicator for m in found] == ["制造业用电量", "制造业用电量"]
    found = row_metrics(_POWER, "城乡居民生活用电\t亿千瓦时\t75\t12.3", date(2025, 11, 15))
    assert [m.indicator for m in found] == ["城乡居民生活用电", "城乡居民生活用电"]


def test_an_indented_title_over_a_head_is_no_line_of_periods() -> None:
    """A table's title indented as a paragraph (表：114年1-10月主要出口市場 after two ideographic
    spaces) names a period among other words: it stays the title, not a period over the
    columns (found by benchmarks/bench_page_forms.py's indented pages)."""
    head_line = _SPACE.join(["市場", "金額（億美元）", "年增率（%）", "比重（%）"])
    head, sep = head_cells(head_line)
    row = _SPACE.join(["美國", "1,712.4", "63.2", "32.2"])
    raw = f"{_SPACE * 2}表：114年1-10月主要出口市場\n{head_line}\n{row}\n"
    assert period_group(raw, raw.index("市場"), head, sep) is None
