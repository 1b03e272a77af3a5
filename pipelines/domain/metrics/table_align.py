"""A row that leaves cells blank, read under its head's columns by where its cells stand.

A scanned statistics page (a 统计月报's main indicators) leaves a cell empty where a row has no
figure: a row in % writes no growth (规模以上工业增加值增长  %  6.2  7.1), an index writes no unit
(居民消费价格指数（上年同期=100）  99.6  99.8  …). Its cells are then fewer than the head's, and
the reader would end the table there; each cell is instead put under the head cell it stands
under (display columns, a CJK character two wide), the blank columns empty. Only a row that
opens with its name under the first head cell, holds a figure, and whose every cell stands
under a head cell of its own, in order, is so read: a note or a paragraph after a table is no
row."""

from __future__ import annotations

import re

from pipelines.domain.cleaning.columns import display_width
from pipelines.domain.metrics.table_cells import NUMBER, visible
from pipelines.domain.numbers import to_half_width

Cells = list[tuple[int, str]]

# a name one space before its first figure (資訊電子工業　148.72: a name that fills its column,
# read by the table's own split, not as a row leaving cells blank)
_GLUED = re.compile(r"[ \u3000][-−]?\d")
_SLACK = 2  # display columns a cell may stand beside its head cell and still be under it


def under_head(row: Cells, line: str, head: Cells, head_line: str) -> Cells | None:
    """``row`` (cells of ``line`` with offsets in it) with an empty cell for each head column
    it leaves blank, or None when it is no such row (see the module's docstring)."""
    if not 2 <= len(row) < len(head) or not _head_in(head, head_line):
        return None
    if NUMBER.fullmatch(to_half_width(visible(row[0][1]))) or _GLUED.search(row[0][1]) or not any(
            NUMBER.fullmatch(_figure(c)) for _, c in row[1:]):
        return None
    spans = [_span(head_line, at, text) for at, text in head]
    if _span(line, *row[0])[0] > spans[1][0] - _SLACK:
        return None  # (the name column empty: no row to read by position)
    columns = [0]
    for at, text in row[1:]:
        k = _column(_span(line, at, text), spans)
        if k is None or k <= columns[-1]:
            return None
        columns.append(k)
    placed = dict(zip(columns, row, strict=True))
    return [placed.get(k, (head[k][0], "")) for k in range(len(head))]


def _head_in(head: Cells, head_line: str) -> bool:
    """Do the head's cells stand in ``head_line`` as their offsets say (a head read off one
    line, not pieced together from two; the first may be letter-spaced, 指    标)?"""
    return len(head) >= 3 and all(head_line[at : at + len(text)] == text
                                  for at, text in head[1:])


def _span(line: str, at: int, text: str) -> tuple[int, int]:
    """The display columns a cell covers."""
    start = display_width(line, 0, at)
    return start, start + display_width(text)


def _column(span: tuple[int, int], spans: list[tuple[int, int]]) -> int | None:
    """The head column (past the names') a cell's span stands under: the one it overlaps most,
    give or take _SLACK columns; None if it overlaps none."""
    best, most = None, 0
    for k, (lo, hi) in enumerate(spans[1:], start=1):
        overlap = min(span[1], hi + _SLACK) - max(span[0], lo - _SLACK)
        if overlap > most:
            best, most = k, overlap
    return best


def _figure(cell: str) -> str:
    """A cell as a figure reads, a sign an OCR engine made a dash or 一 included (一2.4, —9.7)."""
    return ocr_minus(to_half_width(visible(cell)))


def ocr_minus(half: str) -> str:
    """A cell's figure with a minus sign a scan read as 一 or a dash (一2.4, —9.7) written -:
    in a cell of figures 一 before a digit is no numeral (一 alone, or — alone, is no figure)."""
    if half[:1] in _OCR_MINUS and NUMBER.fullmatch(half[1:]) and half[1:2].isdigit():
        return "-" + half[1:]
    return half


_OCR_MINUS = frozenset("一—–－")
