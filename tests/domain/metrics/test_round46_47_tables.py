"""Detection and tables of rounds 46-47 (h141's export-orders release, h142's air-quality
notice).

A text table whose columns one ideographic space parts, its unit on a line of its own under the
title (單位：億美元；%: the amounts' unit, then the rates'), its head naming the rows' items
(項目) and periods and measures (本月金額, 年增率, 1-N月累計金額) rather than units, is read:
年增率 is a growth column (Taiwan's 年增), and the growth column after a running total's column
writing no year is that total's change, over its span."""

from datetime import date

from pipelines.domain.analysis import analyse_document
from pipelines.domain.metrics.candidate_pass import find_candidates
from pipelines.domain.metrics.tables import text_tables
from tests.domain.metrics.support import metrics_after

_SPACED = (
    "二、主要貨品接單\n\n"
    "表2\u3000主要貨品接單概況\n"
    "單位：億美元；%\n"
    "項目\u3000114年9月金額\u3000年增率\u30001-9月累計金額\u3000年增率\n"
    "總計\u3000512.3\u300012.5\u30004,221.0\u30008.4\n"
    "甲類產品\u3000120.6\u3000-3.1\u30001,002.7\u30002.2\n"
    "乙類產品\u300088.4\u30007.7\u3000801.5\u3000-1.9\n\n"
    "附註：資料為初步統計。\n")


def test_a_table_parted_by_ideographic_spaces_under_a_unit_line_is_read() -> None:
    cells = [c for t in text_tables(_SPACED) for c in t.cells]
    assert [(c.quote, c.unit, c.growth) for c in cells] == [
        ("512.3", "美元", False), ("12.5", "%", True),
        ("4,221.0", "美元", False), ("8.4", "%", True),
        ("120.6", "美元", False), ("-3.1", "%", True),
        ("1,002.7", "美元", False), ("2.2", "%", True),
        ("88.4", "美元", False), ("7.7", "%", True),
        ("801.5", "美元", False), ("-1.9", "%", True),
    ]


def test_a_running_totals_growth_column_is_dated_by_its_span() -> None:
    rows = metrics_after(_SPACED, "總計")
    periods = {m.quote: (m.period_start, m.period_end) for m in rows}
    assert periods["12.5"] == (date(2025, 9, 1), date(2025, 9, 30))
    assert periods["8.4"] == (date(2025, 1, 1), date(2025, 9, 30))
    assert periods["4,221.0"] == (date(2025, 1, 1), date(2025, 9, 30))
    assert len(rows) == 12


_PROSE = ("9月甲類產品接單120.6億美元，年減3.1%；乙類產品、丙類產品分別為88.4億、30.2億美元。"
          "9月來自A國接單200.1億美元，年增9.9%；B國50.5億美元。\n\n")
_NAMED = (
    "表2\u3000接單概況\n"
    "單位：億美元；%\n"
    "項目\u3000114年9月金額\u3000年增率\u30001-9月累計金額\u3000年增率\n"
    "總計\u3000512.3\u300012.5\u30004,221.0\u30008.4\n"
    "甲類產品\u3000120.6\u3000-3.1\u30001,002.7\u30002.2\n"
    "乙類產品\u300088.4\u30007.7\u3000801.5\u3000-1.9\n"
    "A國\u3000200.1\u30009.9\u30001,802.5\u30006.1\n"
    "B國\u300050.5\u3000-2.0\u3000420.8\u3000-0.5\n\n")


def test_an_item_table_names_its_rows_as_the_text_writes_their_figures() -> None:
    cells = [c for t in text_tables(_PROSE + _NAMED) for c in t.cells]
    names = {c.quote: c.name for c in cells}
    assert names["120.6"] == names["-3.1"] == "甲類產品接單"  # (the text: 甲類產品接單120.6)
    assert names["88.4"] == "乙類產品接單"  # (a 分別 list's item: the form of the row above)
    assert names["200.1"] == names["6.1"] == "來自A國接單"
    assert names["50.5"] == "來自B國接單"
    # the total: the title's measure and its column's version, in both columns
    assert names["512.3"] == names["12.5"] == names["4,221.0"] == names["8.4"] == "接單金額"


def test_an_index_list_after_fenbie_reads_each_level_without_a_unit() -> None:
    text = ("1-9月，按综合指数排名，排名前三位的城市依次为甲市、乙市、丙市，"
            "综合指数分别为3.12、3.40和3.57。")
    found = [c for c in find_candidates(text) if c.unit is None]
    assert [(text[c.start : c.end], c.category) for c in found] == [
        ("3.12", "ratio"), ("3.40", "ratio"), ("3.57", "ratio")]


def test_a_list_mark_after_a_year_or_a_code_makes_no_level() -> None:
    text = "编号分别为2024年、2025年，代码为A12、3.5版。"
    assert [text[c.start : c.end] for c in find_candidates(text) if c.unit is None] == []


def test_list_items_written_with_their_magnitude_alone_take_the_last_items_currency() -> None:
    text = "甲、乙及丙三類接單分別為12.3億、45.6億及7.8億美元，分別年減1.2%、2.3%及3.4%。"
    found = [(text[c.start : c.end], c.unit, c.multiplier) for c in find_candidates(text)
             if c.unit != "%"]
    assert found == [("12.3億", "美元", 1e8), ("45.6億", "美元", 1e8), ("7.8億美元", "美元", 1e8)]


def test_a_signed_change_column_is_read_and_named_by_the_measure_before_it() -> None:
    raw = ("表2\u30002025届毕业生就业率（按专业）\n"
           "专业\u3000毕业生数（人）\u3000就业率（%）\u3000较2024届增减（个百分点）\n"
           "甲专业\u3000210\u300091.2\u3000+1.5\n"
           "乙专业\u3000185\u300088.0\u3000-0.7\n\n")
    cells = [c for t in text_tables(raw) for c in t.cells]
    assert [(c.quote, c.value, c.name) for c in cells if c.column.startswith("较")] == [
        ("+1.5", 1.5, "甲专业就业率"), ("-0.7", -0.7, "乙专业就业率")]


def test_a_measurement_unit_column_gives_each_row_its_unit() -> None:
    raw = ("附表\u30002025年1-9月全市交通运输主要指标\n"
           "指标名称\u3000计量单位\u30001-9月\u3000同比增长（%）\n"
           "公路客运量\u3000万人次\u3000512.3\u30003.1\n"
           "港口货物吞吐量\u3000万吨\u30009876\u3000-2.0\n\n")
    cells = [c for t in text_tables(raw) for c in t.cells]
    assert [(c.quote, c.unit, c.multiplier) for c in cells] == [
        ("512.3", "人次", 1e4), ("3.1", "%", 1.0), ("9876", "吨", 1e4), ("-2.0", "%", 1.0)]


def test_a_part_row_named_by_its_qualifier_alone_takes_the_texts_measure() -> None:
    raw = ("1-9月，全市港口完成货物吞吐量9876万吨，其中内贸货物吞吐量4321万吨，同比增长1.1%。\n\n"
           "附表\u30002025年1-9月全市交通运输主要指标\n"
           "指标名称\u3000计量单位\u30001-9月\u3000同比增长（%）\n"
           "港口货物吞吐量\u3000万吨\u30009876\u3000-2.0\n"
           "其中：内贸\u3000万吨\u30004321\u30001.1\n"
           "其中：外贸\u3000万吨\u30005555\u3000-4.0\n\n")
    cells = [c for t in text_tables(raw) for c in t.cells]
    assert [c.name for c in cells] == ["港口货物吞吐量", "港口货物吞吐量", "内贸货物吞吐量",
                                       "内贸货物吞吐量", "外贸", "外贸"]  # (外贸: not in the text)


def test_improvement_of_an_index_better_lower_is_its_fall() -> None:
    text = ("1-9月，全市环境空气质量综合指数为3.95，同比改善4.1%；甲区、乙区综合指数同比分别改善"
            "5.2%、3.3%，乙区综合指数同比改善幅度为3.3%。优良天数比例为80.1%，同比改善2.0个百分点。")
    rows = analyse_document(text, published_on=date(2025, 10, 15)).metrics
    values = [(m.quote, m.value) for m in rows if m.quote not in ("3.95", "80.1%")]
    assert values == [("4.1%", -4.1), ("5.2%", -5.2), ("3.3%", -3.3), ("3.3%", -3.3),
                      ("2.0个百分点", 2.0)]  # (优良天数比例 is better higher: a rise)
