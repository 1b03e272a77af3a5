"""A text table broken by a page: a row or a head the break cuts, and the page's furniture between
(its number, the running head) passed over. Apart because the table reader and the form reader
(table_forms.py) both go on over a break."""

from __future__ import annotations

import re

from pipelines.domain.cleaning.furniture import furniture_kind
from pipelines.domain.metrics.table_align import Cells, under_head
from pipelines.domain.metrics.table_cells import (
    CELL_SEP,
    MAX_NAME_PIECE,
    NUMBER,
    PROSE_MARKS,
    SPACED_SEP,
    _cells,
    line_above,
    lines_above,
    visible,
)
from pipelines.domain.metrics.table_heads import is_head
from pipelines.domain.numbers import to_half_width


def row_over_page(lines: list[str], starts: list[int], i: int, width: int,
                   sep: re.Pattern[str], raw: str, head: Cells | None = None
                   ) -> tuple[list[tuple[int, str]], int]:
    """The cells of the row at ``lines[i]`` (offsets from its line's start) and the index of its
    last line. A table printed over two pages keeps its rows: the page's foot and the next
    page's head between two rows are passed over (the row after them is returned), and a row
    the page's foot cuts (its first cells, then the page number and running head, then its
    last cells, as a PDF's text layer gives them) is read as one row. With the ``head`` (its
    cells on ``lines[0]``) a row leaving cells blank is read by where its cells stand
    (table_align), also the rest of a wrapped name."""
    row, last = _printed_row(lines, starts, i, width, sep, raw, head)
    if last == i and len(row) < width and head is not None and (
            aligned := under_head(row, lines[i], head, lines[0])) is not None:
        return aligned, i  # (a row no page break cuts, leaving cells blank)
    return row, last


def _printed_row(lines: list[str], starts: list[int], i: int, width: int,
                 sep: re.Pattern[str], raw: str, head: Cells | None
                 ) -> tuple[list[tuple[int, str]], int]:
    """The row at ``lines[i]`` as row_over_page reads it before a blank cell is looked for."""
    row = _cells(lines[i], sep)
    if len(row) >= width:
        return _number_wrapped(row, lines, starts, i, raw)
    if _shared_piece(lines, i) and (
            name := _name_goes_on(lines, starts, i, width, sep, head)) is not None:
        return name, i + 1  # (10月末金融机构本外币 over 各项存款余额, again over 各项贷款余额: no
        # running head)
    furniture = _page_furniture(lines, i, sep, raw)
    if furniture:  # (a page's foot between two rows)
        after = i + furniture
        if after < len(lines) and len(cells := _cells(lines[after], sep)) == width \
                and not is_head(cells):
            shift = starts[after] - starts[i]  # (offsets from the row's own line, not the foot's)
            return [(at + shift, c) for at, c in cells], after
        return row, i
    j = i + 1 + _page_furniture(lines, i + 1, sep, raw)
    if j == i + 1 and (name := _name_goes_on(lines, starts, i, width, sep, head)) is not None:
        return name, j
    if j == i + 1 or j >= len(lines):
        return row, i
    piece = lines[i]
    joined = _cells(piece + lines[j], sep)
    if len(joined) != width or any(at < len(piece) < at + len(c) and NUMBER.search(c)
                                   for at, c in joined):
        return row, i  # (a figure the break would cut: no row of this table)
    shift = starts[j] - starts[i] - len(piece)
    return [(at + shift if at >= len(piece) else at, c) for at, c in joined], j


def _shared_piece(lines: list[str], i: int) -> bool:
    """Is ``lines[i]`` printed again within a few lines before or after (the first piece of
    names that wrap alike, not a page's running head, which a page apart repeats)?"""
    near = (*lines[max(0, i - 1 - _PAGE_LINES) : max(0, i - 1)],
            *lines[i + 2 : i + 2 + _PAGE_LINES])
    return lines[i].strip() in (line.strip() for line in near)


def _name_goes_on(lines: list[str], starts: list[int], i: int, width: int,
                  sep: re.Pattern[str], head: Cells | None = None
                  ) -> list[tuple[int, str]] | None:
    """The cells of a row whose name a wrap breaks (农林牧渔业总产⏎值  亿元  168.5  4.6: a
    scanned or narrow page's name column): the name's first piece, a line of one short cell with
    no figure nor sentence mark, at least as wide as the names of the rows above (it filled the
    column), or as its rest (规模以上工业企业营⏎业收入（1-9月）: a scan's column narrower than
    some names), or before a rest that opens with a bracket (居民消费价格指数⏎（上年同期=100）),
    joined to the first cell of the next line, which holds the head's cells (or leaves some
    blank: table_align); offsets from ``lines[i]``'s start. A piece may open with the row's
    period (10月末金融机构本外币⏎各项存款余额). None for any other line."""
    piece = lines[i].strip(" \u3000")
    if (i + 1 >= len(lines) or not 0 < len(piece) <= MAX_NAME_PIECE
            or any(c.isdigit() for c in _ROW_PERIOD.sub("", piece)) or PROSE_MARKS.search(piece)
            or len(_cells(lines[i], sep)) != 1):
        return None
    rest = _cells(lines[i + 1], sep)
    if len(rest) != width and head is not None:
        rest = under_head(rest, lines[i + 1], head, lines[0]) or rest
    if len(rest) != width or NUMBER.fullmatch(to_half_width(rest[0][1])):
        return None
    wide = len(piece) >= max(
        (len(row[0][1]) for line in lines[1:i] if len(row := _cells(line, sep)) == width),
        default=0)
    if not (wide or len(piece) >= len(rest[0][1]) or rest[0][1].startswith(("（", "("))):
        return None  # (a piece narrower than a row's name above filled no column: a section's
        # label, 工业, over its rows)
    shift = starts[i + 1] - starts[i]  # (the next line's offsets from this line's start)
    at = lines[i].index(piece[0])
    return [(at, piece + rest[0][1]), *((k + shift, c) for k, c in rest[1:])]


def _number_wrapped(row: list[tuple[int, str]], lines: list[str], starts: list[int], i: int,
                    raw: str) -> tuple[list[tuple[int, str]], int]:
    """A row whose last figure the column's edge cut (…　10486320.00　92⏎.35): the next line
    holding only the figure's rest is read with it (the cell's text then holds the break, so
    its offsets span both pieces); else the row alone."""
    j = i + 1
    last = row[-1][1][-1:] if row else ""
    if j >= len(lines) or not raw or not (last.isdigit() or last == "."):
        return row, i
    rest = visible(lines[j])
    if not _NUMBER_REST.fullmatch(rest) or not NUMBER.fullmatch(
            to_half_width(visible(row[-1][1]) + rest).rstrip("%")):
        return row, i
    at = row[-1][0]
    end = starts[j] + lines[j].index(rest[0]) + len(rest)
    return [*row[:-1], (at, raw[starts[i] + at : end])], j


_ROW_PERIOD = re.compile(r"^\d{1,2}月末|^\d{4}年(?:末|底)?")  # (10月末金融机构…: a row's period)
_NUMBER_REST = re.compile(r"\.?\d[\d,.]*%?|\.")


def _printed_again(raw: str, line: str) -> bool:
    """Does the text hold ``line`` as a whole line twice or more (a running head)?"""
    if raw.count(line) < 2:
        return False
    alone = re.compile(rf"^[ \u3000]*{re.escape(line)}[ \u3000]*\r?$", re.MULTILINE)
    return len(alone.findall(raw)) > 1


def head_over_page(lines: list[str], starts: list[int], raw: str
                    ) -> tuple[list[str], list[int]]:
    """``lines`` with a head line the foot of a page cuts (排名　投标人　投标报价（元, the page
    number and running head, then ）　综合得分) joined into one line, its furniture dropped:
    the line after the furniture holds no figure (it is no row of the table)."""
    n = _page_furniture(lines, 1, CELL_SEP, raw)
    if not n or n + 1 >= len(lines):
        return lines, starts
    rest = lines[n + 1]
    if any(NUMBER.fullmatch(to_half_width(visible(c))) for _, c in _cells(rest, SPACED_SEP)):
        return lines, starts
    return [lines[0] + rest, *lines[n + 2 :]], [starts[0], *starts[n + 2 :]]


_PAGE_LINES = 3  # lines a page break puts between two rows at most (number, running head)
_FURNITURE_KINDS = frozenset({"page_marker", "section_number", "furniture"})
_RUNNING_HEAD = 4  # characters a running head holds at least (a title repeated on each page)


def _page_furniture(lines: list[str], i: int, sep: re.Pattern[str], raw: str) -> int:
    """How many lines from ``lines[i]`` on are a page break's furniture (at most _PAGE_LINES):
    one cell each, a page number (— 3 —, 第 3 页 共 12 页, a lone number), a portal's
    furniture (首页 > 政务公开 …) or a running head (a line the text prints elsewhere too: its
    title). A break holds a page number or a running head, so none of them is no break."""
    n = 0
    while n < _PAGE_LINES and i + n < len(lines) and _is_furniture(lines[i + n], sep, raw):
        n += 1
    return n


def _is_furniture(line: str, sep: re.Pattern[str], raw: str) -> bool:
    """Is ``line`` one of a page break's lines (``_page_furniture``)?"""
    text = line.strip(" \u3000")
    return bool(text) and len(_cells(line, sep)) == 1 and (
        furniture_kind(text) in _FURNITURE_KINDS
        or (len(text) >= _RUNNING_HEAD and _printed_again(raw, text)))


def head_before_break(raw: str, line_start: int, lines: list[str], starts: list[int]
                       ) -> tuple[list[str], list[int]] | None:
    """The lines from a head whose first part stands at the foot of the page before
    (市場　金額（億美元）　年, the page number and running head, then 增率（%）　比重（%） at
    ``line_start``): that part and the head's rest joined into one line; None when no page
    break's furniture stands right above, or the line above it holds a figure (a row)."""
    top = line_start
    for _ in range(_PAGE_LINES + 1):
        top = line_above(raw, top)
    above, at = lines_above(raw, top, line_start)
    n = 0
    while n < min(_PAGE_LINES, len(above) - 1) and _is_furniture(above[-1 - n], CELL_SEP, raw):
        n += 1
    if not n:
        return None
    piece = above[-1 - n]
    cells = _cells(piece, SPACED_SEP)
    if not cells or any(NUMBER.fullmatch(to_half_width(visible(c))) for _, c in cells):
        return None
    return [piece + lines[0], *lines[1:]], [at[-1 - n], *starts[1:]]


MAX_HEAD_PIECE = 6  # characters of a head's last cell a wrap moves to the next line, at most


def head_goes_on(lines: list[str], width: int, sep: re.Pattern[str]) -> bool:
    """Is ``lines[1]`` the end of the head's last cell, cut by a column's edge (a page set in
    columns, a hard wrap: ``市場　金額（億美元）　年增率（%）　比⏎重（%）``)? One short cell, no
    figure nor sentence mark, between the head and a row with the head's cells."""
    if len(lines) < 3:
        return False
    piece = lines[1].strip(" \u3000")
    return (0 < len(piece) <= MAX_HEAD_PIECE and len(_cells(lines[1], sep)) == 1
            and not any(c.isdigit() for c in piece) and not PROSE_MARKS.search(piece)
            and len(_cells(lines[2], sep)) == width)
