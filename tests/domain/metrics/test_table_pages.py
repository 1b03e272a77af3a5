"""table_pages.py: text tables as printed pages damage them: a table printed over two pages, its
rows parted by the page's foot (the page number) and the next page's running head, a row or a head
cut by the break (its first cells at the foot of one page, its last cells on the next); and the
spaces OCR puts inside its figures. Every row is read as it is on the clean page."""

from __future__ import annotations

from datetime import date

from pipelines.domain.analysis import analyse_document
from pipelines.domain.metrics.table_cells import CELL_SEP
from pipelines.domain.metrics.table_pages import _page_furniture
from pipelines.domain.metrics.tables import text_tables

_TITLE = "绵阳市“十四五”规划纲要实施中期评估报告"
_HEAD = "指标                    单位      2020年基数    2025年目标    2023年完成值    属性"
_ROWS = ["地区生产总值年均增长    %         —             6.5           7.1             预期性",
         "人均地区生产总值        万元      6.2           8             8.1             预期性",
         "常住人口城镇化率        %         52.5          58            54.8            预期性",
         "城镇调查失业率          %         5.3           <5.5          5.1             预期性",
         "森林覆盖率              %         55.1          56.5          56.2            约束性"]


def _page(rows: list[str]) -> str:
    return (f"{_TITLE}\n\n二、主要指标完成情况\n\n表1　主要指标中期完成情况\n\n{_HEAD}\n"
            + "\n".join(rows) + "\n\n注：地区生产总值增速按可比价计算。\n")


def _cells(text: str) -> list[tuple[str, float]]:
    return [(c.name, c.value) for t in text_tables(text) for c in t.cells]


def _break(row: str, at: int, foot: str = "— 2 —") -> list[str]:
    """``row`` cut after ``at`` characters by a page break: the page number, then the title
    repeated as the next page's running head."""
    return [row[:at].rstrip(), foot, _TITLE, row[at:]]


def test_a_page_break_between_two_rows_is_passed_over():
    clean = _cells(_page(_ROWS))
    for foot in ("— 2 —", "第 2 页 共 5 页", "2"):
        damaged = _page([*_ROWS[:2], foot, _TITLE, *_ROWS[2:]])
        assert _cells(damaged) == clean


def test_a_row_cut_by_a_page_break_is_one_row():
    clean = _cells(_page(_ROWS))
    assert len(clean) == 14
    row = _ROWS[1]
    gaps = (row.index("8 ") - 3, row.index("8.1") - 3)  # the next page's cells at their columns
    for at in (*gaps, row.index("生")):  # (or a name cut in two)
        damaged = _page([_ROWS[0], *_break(row, at), *_ROWS[2:]])
        assert _cells(damaged) == clean, at


def test_a_cut_row_keeps_its_quotes_and_metrics():
    text = _page([_ROWS[0], *_break(_ROWS[1], _ROWS[1].index("8.1") - 3), *_ROWS[2:]])
    for table in text_tables(text):
        for cell in table.cells:
            assert text[cell.raw_start:cell.raw_end] == cell.quote
    key = lambda m: (m.value, m.unit, m.indicator, m.period_start)  # noqa: E731
    clean = analyse_document(_page(_ROWS), published_on=date(2024, 4, 26)).metrics
    damaged = analyse_document(text, published_on=date(2024, 4, 26)).metrics
    assert sorted(map(key, damaged)) == sorted(map(key, clean))


def test_a_line_after_the_table_is_no_continuation():
    """A note after the table's last row, cut short, and a page number: the table ends."""
    rows = [*_ROWS, "— 2 —", "注：〔〕内为五年累计数"]
    assert _cells(_page(rows)) == _cells(_page(_ROWS))


# A procurement notice's bidders' table whose head the foot of a page cuts (cells one
# ideographic space apart)
_NOTICE = "双流区人民医院门诊楼装修改造工程中标结果公告"
_BIDDERS_HEAD = "排名　投标人　投标报价（元）　综合得分"
_BIDDERS = ["1　成都鼎元建设集团有限公司　6732158.50　90.18",
            "2　四川宏达建筑工程有限公司　6815400.00　88.47"]


def _notice(head: list[str]) -> str:
    return "\n".join([_NOTICE, "", "七、评审情况", "第二标段评审得分排名前三的投标人如下：", *head,
                      *_BIDDERS, "两个标段各有有效投标人4家。"]) + "\n"


def test_a_head_cut_by_a_page_break_is_one_head():
    clean = _cells(_notice([_BIDDERS_HEAD]))
    assert len(clean) == 6
    for cut in (_BIDDERS_HEAD.index("元"), _BIDDERS_HEAD.index("投标人") + 1):
        head = [_BIDDERS_HEAD[:cut], "— 2 —", _NOTICE, _BIDDERS_HEAD[cut:]]
        assert _cells(_notice(head)) == clean, cut


def test_a_line_repeating_part_of_another_is_no_running_head():
    """）　综合得分 is printed inside the head line, not as a line of its own: no furniture."""
    head = [_BIDDERS_HEAD[:_BIDDERS_HEAD.index("）")], "— 2 —",
            _BIDDERS_HEAD[_BIDDERS_HEAD.index("）"):]]
    text = _notice([_BIDDERS_HEAD]) + "\n".join(head) + "\n"
    lines = text.split("\n")
    k = lines.index("— 2 —")
    assert _page_furniture(lines, k, CELL_SEP, text) == 1


def test_spaces_an_ocr_engine_puts_inside_a_table_figures_are_read_through():
    """OCR's spaces inside a cell's number (7. 1, 5 5.1, 4 .2) or a head's year (2 020年基数):
    one space inside a cell, no cell break; the cells read as on the clean page."""
    head = _HEAD.replace("2020年基数", "2 020年基数")
    rows = [_ROWS[0].replace("7.1  ", "7. 1 "), _ROWS[1].replace("6.2 ", "6 .2"),
            _ROWS[2].replace("52.5 ", "5 2.5"), *_ROWS[3:]]
    damaged = _page(rows).replace(_HEAD, head)
    assert _cells(damaged) == _cells(_page(_ROWS))
