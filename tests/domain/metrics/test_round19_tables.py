"""A table of trade partners printed as text, cells parted by one ideographic space (round 19,
h60: 台灣 財政部's 主要出口市場 / 市場　金額（億美元）　年增率（%）　比重（%）). Its rows are things
(markets) and its columns versions of one figure: the title names the measure (出口 of
主要出口市場), so each cell is named by its row and that measure (美国出口), a share column adds
its own word (美国出口比重), and a number with thousands separators is one number (1,712.4)."""

from datetime import date

import pytest

from pipelines.domain.analysis import analyse_document
from pipelines.domain.metrics.tables import text_tables
from pipelines.domain.records import Metric

_TRADITIONAL = ("財政部新聞稿\n\n114年10月海關進出口貿易初步統計\n\n"
                "一、出口：10月出口618.1億美元，年增49.7%。\n\n")
_SIMPLIFIED = "2024年外贸进出口情况\n\n一、全年进口2,345.6亿美元，同比增长3.1%。\n\n"


def _cells(raw: str, row: str, published: date) -> list[Metric]:
    """The metrics read from the line ``row`` of ``raw``, left to right."""
    start = raw.index(row)
    found = analyse_document(raw, published_on=published).metrics
    return sorted((m for m in found if start <= m.char_start < start + len(row)),
                  key=lambda m: m.char_start)


def _fields(m: Metric) -> tuple:
    return m.quote, m.value, m.unit, m.indicator, m.subject, m.kind


def _table(title: str, rows: list[str], sep: str) -> str:
    return title + "\n" + "\n".join(r.replace(" ", sep) for r in rows) + "\n"


_MARKETS = ["市場 金額（億美元） 年增率（%） 比重（%）", "美國 1,712.4 63.2 32.2",
            "中國大陸及香港 1,436.8 12.5 27.0", "日本 261.5 -5.4 4.9"]


@pytest.mark.parametrize("sep", ["\u3000", "  "])
def test_a_market_table_names_each_cell_by_its_row_and_the_titles_measure(sep):
    raw = (_TRADITIONAL + _table("表：114年1-10月主要出口市場", _MARKETS, sep)
           + "說明：比重係指占我國同期出口總額之比率。\n")
    us = _cells(raw, _MARKETS[1].replace(" ", sep), date(2025, 11, 7))
    assert [_fields(m) for m in us] == [
        ("1,712.4", 1712.4, "美元", "美国出口", None, "actual"),
        ("63.2", 63.2, "%", "美国出口", None, "growth_rate"),
        ("32.2", 32.2, "%", "美国出口比重", None, "share")]
    assert {(m.period_text, m.period_start, m.period_end) for m in us} == {
        ("114年1-10月", date(2025, 1, 1), date(2025, 10, 31))}
    assert us[0].value_normalized == pytest.approx(171_240_000_000)
    china = _cells(raw, _MARKETS[2].replace(" ", sep), date(2025, 11, 7))
    assert [m.indicator for m in china] == ["中国大陆及香港出口"] * 2 + ["中国大陆及香港出口比重"]
    assert [m.subject for m in china] == [None] * 3
    japan = _cells(raw, _MARKETS[3].replace(" ", sep), date(2025, 11, 7))
    assert [(m.value, m.kind) for m in japan] == [
        (261.5, "actual"), (-5.4, "growth_rate"), (4.9, "share")]


def test_a_simplified_table_of_import_sources():
    rows = ["来源地 金额（亿美元） 同比增长（%）", "东盟 812.3 4.5", "欧盟 655.0 -1.2"]
    raw = _SIMPLIFIED + _table("表2　2024年主要进口来源地", rows, "\u3000")
    found = _cells(raw, rows[1].replace(" ", "\u3000"), date(2025, 1, 20))
    assert [_fields(m)[1:] for m in found] == [
        (812.3, "美元", "东盟进口", None, "actual"),
        (4.5, "%", "东盟进口", None, "growth_rate")]


@pytest.mark.parametrize("title", ["表：114年1-10月主要出口市場（單位：億美元）",
                                   "表：114年1-10月主要出口市場\n單位：億美元"])
def test_a_unit_in_the_title_serves_a_head_naming_only_the_figure(title):
    rows = ["市場 金額 年增率（%） 比重（%）", *_MARKETS[1:]]
    raw = _TRADITIONAL + _table(title, rows, "\u3000")
    us = _cells(raw, rows[1].replace(" ", "\u3000"), date(2025, 11, 7))
    assert [_fields(m) for m in us] == [
        ("1,712.4", 1712.4, "美元", "美国出口", None, "actual"),
        ("63.2", 63.2, "%", "美国出口", None, "growth_rate"),
        ("32.2", 32.2, "%", "美国出口比重", None, "share")]


@pytest.mark.parametrize("title", ["表：主要市場", "表：114年1-10月出口概況"])
def test_a_title_naming_no_measure_before_the_rows_kind_leaves_the_rows_names(title):
    raw = _TRADITIONAL + _table(title, _MARKETS, "\u3000")
    us = _cells(raw, _MARKETS[1].replace(" ", "\u3000"), date(2025, 11, 7))
    assert [m.indicator for m in us][:2] == ["美国", "美国"]


def test_prose_lines_with_ideographic_spaces_make_no_table():
    raw = (_SIMPLIFIED + "市场　金额　增长（%）\n美国　出口　较快\n"
           "日本　进口　平稳\n东盟　合作　深化\n")
    found = analyse_document(raw, published_on=date(2025, 1, 20)).metrics
    assert [m.quote for m in found] == ["2,345.6亿美元", "3.1%"]


def test_an_indicator_table_parted_by_one_ideographic_space():
    rows = ["指标 单位 1-10月 同比增长（%）", "地区生产总值 亿元 3,875.6 5.9",
            "规模以上工业增加值 亿元 1,247.9 -1.8"]
    raw = "2025年1-10月全市主要经济指标\n\n" + "\n".join(r.replace(" ", "\u3000") for r in rows)
    found = _cells(raw + "\n", rows[1].replace(" ", "\u3000"), date(2025, 11, 20))
    assert [(m.value, m.unit, m.indicator, m.kind, m.period_text) for m in found] == [
        (3875.6, "元", "地区生产总值", "actual", "1-10月"),
        (5.9, "%", "地区生产总值", "growth_rate", "1-10月")]
    assert found[0].value_normalized == pytest.approx(387_560_000_000)



def test_a_page_whose_paragraphs_run_together_is_no_table_of_ideographic_spaces():
    """A page pasted with its paragraphs on one line keeps its toolbar's ideographic spaces in
    its prose (【打印】　【关闭】根据…，…增长8.9%): a line holding a sentence's marks is no table's
    head, so its figures stay the prose's (h38 so damaged had been read as one table from its
    toolbar on: 12 of its 92 metrics left)."""
    from benchmarks.bench_damage import seed_of
    from tests.domain.metrics.support import HELDOUT
    from tests.support.damage import merged_paragraphs

    name = "h38_quanzhou_housing_fund_annual_report_2024.txt"
    raw = (HELDOUT / name).read_text(encoding="utf-8")
    damaged = merged_paragraphs(raw, seed_of(name, "merged_paragraphs", 0))
    clean = analyse_document(raw, published_on=date(2025, 3, 28)).metrics
    assert len(analyse_document(damaged, published_on=date(2025, 3, 28)).metrics) == len(clean)
    assert all(t.end - t.start < 2_000 for t in text_tables(damaged))


@pytest.mark.parametrize("cut", [1, 3])
def test_a_head_whose_last_cell_a_column_edge_cuts_reads_on_the_next_line(cut):
    """A page set in columns (or hard-wrapped) cuts the head line at the column's edge, inside
    its last cell (…　年增率（%）　比⏎重（%）): the piece below is the cell's end, not a row that
    ends the table before its first row."""
    head = _MARKETS[0].replace(" ", "\u3000")
    cut_head = head[: len(head) - cut] + "\n" + head[len(head) - cut :]
    raw = (_TRADITIONAL + "表：114年1-10月主要出口市場\n" + cut_head + "\n"
           + "\n".join(r.replace(" ", "\u3000") for r in _MARKETS[1:]) + "\n")
    us = _cells(raw, _MARKETS[1].replace(" ", "\u3000"), date(2025, 11, 7))
    assert [_fields(m) for m in us] == [
        ("1,712.4", 1712.4, "美元", "美国出口", None, "actual"),
        ("63.2", 63.2, "%", "美国出口", None, "growth_rate"),
        ("32.2", 32.2, "%", "美国出口比重", None, "share")]


def test_an_invisible_character_inside_the_titles_measure_word():
    """A zero-width space inside the title's words (主要出口\u200b市場): cleaning's mark for it is a
    line end to str.splitlines, which cut the title in two, so its measure (出口) was lost and
    the cells were named by their row alone (美国, not 美国出口)."""
    raw = (_TRADITIONAL + _table("表：114年1-10月主要出口\u200b市場", _MARKETS, "\u3000")
           + "說明：比重係指占我國同期出口總額之比率。\n")
    us = _cells(raw, _MARKETS[1].replace(" ", "\u3000"), date(2025, 11, 7))
    assert [m.indicator for m in us] == ["美国出口", "美国出口", "美国出口比重"]
