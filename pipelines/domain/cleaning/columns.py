"""Text set in two or three columns side by side (``pdftotext -layout`` of a newspaper page).

Such a page prints the columns' lines next to each other on one row, apart by a wide gap:
read row by row, every sentence runs across both columns. ``find_columns`` finds the stretches
of rows where a column edge stands at about the same position (display width: a Han character
or full-width form 2, anything else 1, as pdftotext aligns; or character count, as some tools
pad) on most rows, each side holding body text, and gives the page's rows in reading order:
before a stretch its rows as they are, then each column's pieces top to bottom (the left
column's, then the next), then the rows after it. A column's piece of a row is a straight run
of raw offsets, so the offset map stays exact; a piece with nothing in it is a blank row of
that column.

A text table (cells apart by wide gaps, figures in them) is no column stretch: its cells are
short, a row holds several gaps, and its text is figures, not Han body text (``_body``).
Most pages have no row with a wide gap inside it: one search of the text says so, and nothing
else is done (``find_columns`` returns None).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

MIN_ROWS = 3  # rows with text on both sides of an edge, at least, in a stretch
MIN_EDGE = 16  # an edge stands at least this far right (display units): a column is wider
MIN_COLUMN = 16  # two edges stand at least this far apart
SLACK = 6  # a column's text starts this far right of its edge at most (jitter, an indent)
MAX_BREAK = 2  # rows without text on both sides, at most, between two that have it
MIN_PIECE = 8.0  # a column's piece of a row is at least this wide (display) on most rows
MOST = 0.7
MIN_HAN = 0.5  # share of Han characters in the pieces (body text, not a table's figures)
MAX_DIGITS = 0.35
MAX_COLUMNS = 3
MAX_ROW = 200  # longer rows are no rows of columns side by side (a paragraph on one line)
TAB_FULL = 0.6  # share of the left pieces before a tab that fill the column, at least
INDENT = 3  # a piece starting this far right of its edge (or after an ideographic space) is
# indented: a paragraph's first line
_GAP = re.compile("[ \t\u3000]{2,}|\t")
_BLANK = " \t\u3000"
_FIGURE = re.compile("[0-9]")
_FIELD = re.compile("[：:【】]")  # a labelled field of a page's header, a toolbar's button
_CELL_FIGURE = re.compile(r"[-−+]?\d[\d,.]*[%‰]?")  # a run that is a figure alone: a table's cell
_LONE_CELL = re.compile(r"[-−+]?\d[\d,.]*[%‰]?|[—…－-]+")  # a figure, or a dash for none
_LABEL = re.compile("[^\\s：:，。]{1,6}[：:]")  # a field's label (来源：, 发布时间：)
_PROSE = re.compile("[，。；！？]")  # a sentence's marks: body text, not a table's names
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True, slots=True)
class Layout:
    """The page's rows in reading order: (raw start, raw end) of each (a row's piece in a
    column stretch; start == end: a blank row), and the stretches read as columns:
    (number of columns, first row, last row), rows numbered from 1."""

    rows: list[tuple[int, int]]
    stretches: list[tuple[int, int, int]]


def warning(stretches: list[tuple[int, int, int]]) -> str | None:
    """``read as 2 columns (lines 5-24)``; several stretches joined with '; '."""
    if not stretches:
        return None
    return "; ".join(f"read as {n} columns (lines {a}-{b})" for n, a, b in stretches)


# Characters two display units wide (East Asian Wide and Fullwidth: Han, kana, hangul, CJK
# punctuation, full-width forms), as pdftotext and a terminal count them; all others 1.
_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
                   "\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60"
                   "\uffe0-\uffe6\U00020000-\U0003fffd]")


def display_width(text: str, start: int = 0, end: int | None = None) -> int:
    """Display width of ``text[start:end]``."""
    end = len(text) if end is None else end
    return end - start + len(_WIDE.findall(text, start, end))


def _segments(row: str) -> list[tuple[int, int]]:
    """The row's runs of text apart by gaps (two blanks or more, or a tab), as char spans."""
    out = []
    at = len(row) - len(row.lstrip(_BLANK))
    end = len(row.rstrip(_BLANK))
    for m in _GAP.finditer(row, at, end):
        out.append((at, m.start()))
        at = m.end()
    if at < end:
        out.append((at, end))
    return out


@dataclass(slots=True)
class _Row:
    segs: list[tuple[int, int]]  # char spans of text
    pos: list[list[int]]  # per metric (display, chars): [start, end) positions of each span


def _measure(row: str, segs: list[tuple[int, int]], tab_stop: int = 0) -> _Row:
    disp = []
    at = total = 0
    for a, b in segs:
        total += display_width(row, at, a)
        if tab_stop and "\t" in row[at:a]:
            total = max(total, tab_stop)  # (a tab goes on to the stop)
        disp.append(total)
        total += display_width(row, a, b)
        disp.append(total)
        at = b
    return _Row(segs, [disp, [v for a, b in segs for v in (a, b)]])


def _crossings(rows: dict[int, _Row], metric: int, edges: list[int]) -> int:
    """Rows with a run of text that runs into the gap before an edge."""
    count = 0
    for row in rows.values():
        pos = row.pos[metric]
        for k in range(0, len(pos), 2):
            col = sum(pos[k] >= edge for edge in edges)
            if col < len(edges) and pos[k + 1] > edges[col] - 2:
                count += 1
                break
    return count


def _edges(rows: dict[int, _Row], metric: int) -> tuple[list[int], int]:
    """Column edges in ``metric`` (at most ``MAX_COLUMNS - 1``), and the support of the first:
    the rows with a text run starting at or just right of it after text on the row. An edge
    stands at the leftmost start it stands for (the column's unindented lines); a further edge
    is taken only when no more rows run across the edges with it (a header's gaps are no
    column's edge)."""
    support: Counter[int] = Counter()
    for row in rows.values():
        pos = row.pos[metric]
        seen = set()
        for k in range(2, len(pos), 2):
            s = pos[k]
            if s >= MIN_EDGE:
                seen.update(range(s - SLACK, s + 1))
        support.update(seen)
    edges: list[int] = []
    best = 0
    crossing = 0
    tried = set()
    for e, count in support.most_common():
        if count < MIN_ROWS or len(edges) == MAX_COLUMNS - 1:
            break
        edge = min(pos[k] for row in rows.values() for pos in (row.pos[metric],)
                   for k in range(2, len(pos), 2) if e <= pos[k] <= e + SLACK)
        if edge in tried or any(abs(edge - f) < MIN_COLUMN for f in edges):
            continue
        tried.add(edge)
        trial = sorted([*edges, edge])
        if edges and (more := _crossings(rows, metric, trial)) > crossing:
            continue
        if not edges:
            best = count
            crossing = _crossings(rows, metric, trial)
        else:
            crossing = more
        edges = trial
    return edges, best


def find_columns(norm: str, source: str, row_starts: np.ndarray, rows: list[str]
                 ) -> Layout | None:
    """The rows in reading order (:func:`_find_columns`), a paragraph a figure's caption broke
    joined again (:func:`_caption_moved`)."""
    layout = _find_columns(norm, source, row_starts, rows)
    if _CAPTION_WORD in norm:
        layout = _caption_moved(norm, row_starts, rows, layout)
    return layout


def _find_columns(norm: str, source: str, row_starts: np.ndarray, rows: list[str]
                  ) -> Layout | None:
    """The rows in reading order when the page has a column stretch, else None.
    ``rows``: ``norm`` split at line ends, ``row_starts`` their offsets; gaps and widths are
    read in ``source`` (the same offsets, tabs and ideographic spaces kept)."""
    if norm.count(_DATELINE_WORD) >= 2 and (lines := _interleaved(row_starts, rows)) is not None:
        return lines
    if "）" in norm and _SECTION_PAIR.search(norm) is not None and (
            lines := _interleaved(row_starts, rows, _sections_side_by_side)) is not None:
        return lines
    at = norm.find("  ")
    tab = source.find("\t")
    if at < 0 and tab < 0:
        return None
    found: list[tuple[int, list[tuple[int, int]]]] = []  # rows with a gap (two spaces: tabs
    # and ideographic spaces are spaces in ``norm``; or a tab), their start and runs of text
    seen = set()
    for find, text, gap in ((norm.find, norm, "  "), (source.find, source, "\t")):
        at = find(gap)
        while at >= 0:
            a = text.rfind("\n", 0, at) + 1
            b = text.find("\n", at)
            b = len(text) if b < 0 else b
            if (a not in seen and b - a <= MAX_ROW
                    and (gap != "\t" or source.count("\t", a, b) == 1)  # (a table's row: more)
                    and len(segs := _segments(source[a:b])) >= 2):
                found.append((a, segs))
                seen.add(a)
            at = find(gap, b)
    found.sort()
    # rows that look like columns' rows at all: two or three runs of text, none short (a
    # table's row has more cells, or short ones; a page number beside a running header is short)
    # (nor a row holding two figures, 1.外汇储备  33426.00  24568.91: a table's, nor a row of
    # labelled fields, 发布时间：…  来源：…: a page's header; their gaps stand where no column's
    # edge does, and would set it there)
    looks = [len(segs) <= MAX_COLUMNS and min(b - a for a, b in segs) >= MIN_PIECE / 2
             and sum(bool(_CELL_FIGURE.fullmatch(source, a + s, a + e)) for s, e in segs) < 2
             and not all(_LABEL.match(source, a + s, a + e) for s, e in segs)
             for a, segs in found]
    if sum(looks) < MIN_ROWS:
        return None
    numbers = np.searchsorted(row_starts, [a for a, _ in found]).tolist()
    candidates = {r: _Row(segs, []) for r, (_, segs) in zip(numbers, found, strict=True)}
    starts = row_starts.tolist()
    # A PDF's text layer parts a row's columns with one tab (pdffiles: a gap of two ems), not
    # with padding: the right column then starts at one tab stop, past the widest left piece.
    # Only when the left pieces before a tab are a column's lines, most as wide as the widest
    # (a table of terms and their notes parted by tabs has cells of any width).
    lefts = [display_width(source, starts[r] + segs[0][0], starts[r] + segs[0][1])
             for r, (_, segs) in zip(numbers, found, strict=True)
             if len(segs) == 2 and source.count("\t", starts[r] + segs[0][1],
                                                starts[r] + segs[1][0]) == 1]
    tab_stop = 0
    if len(lefts) >= MIN_ROWS and sum(w >= max(lefts) - FULL_SLACK for w in lefts) >= (
            TAB_FULL * len(lefts)):
        tab_stop = max(lefts) + 2
    for r, cand in candidates.items():
        raw = source[starts[r] : starts[r] + len(rows[r])]
        candidates[r] = _measure(raw, cand.segs, tab_stop)
    # the edges are those of the rows that look like columns' rows: a table's cells below the
    # columns, or page numbers beside running headers, stand elsewhere (`亿元` of a table at 34,
    # the columns' edge at 40: the edge went to 34 and every row then ran across it)
    shaped = {r: row for (r, row), ok in zip(candidates.items(), looks, strict=True) if ok}
    tried = [(_edges(shaped, m), m) for m in (0, 1)]
    (edges, support), metric = max(tried, key=lambda f: (f[0][1], -f[1]))
    if support < MIN_ROWS:
        return None
    # where each column's unindented lines start: the most common start at or just right of
    # its edge (the edge is the leftmost, which a row holding characters the page set wider than
    # this count, `—`, `≤`, can move left of the others: every line then read as indented)
    homes = []
    for edge in edges:
        at = Counter(pos[k] for row in shaped.values() for pos in (row.pos[metric],)
                     for k in range(2, len(pos), 2) if edge <= pos[k] <= edge + SLACK)
        homes.append(max(at, key=lambda p: (at[p], -p)) if at else edge)
    stretches = _stretches(source, starts, rows, candidates, edges, metric, homes, tab_stop)
    if not stretches:
        return None
    return _reorder(source, starts, rows, stretches)


@dataclass(slots=True)
class _Stretch:
    first: int
    last: int  # rows, inclusive
    edges: list[int]  # where each column right of the first starts (its unindented lines)
    cells: dict[int, list[tuple[int, int] | None]]  # row -> char span of each column's piece
    indent: dict[tuple[int, int], bool]  # (row, column) -> the piece is indented


def _place(source: str, start: int, row: str, edges: list[int], metric: int,
           tab_stop: int = 0) -> list[tuple[int, int] | None] | None:
    """Each column's piece of a row (char span, None when empty), or None when a run of text
    crosses an edge (a headline across the columns) or two columns hold several runs of text
    apart by gaps (a wide table's cells). One column's runs are its piece: a narrow table's row
    set in that column, the other columns' body text beside it."""
    raw = source[start : start + len(row)]
    segs = _segments(raw)
    if not segs:
        return [None] * (len(edges) + 1)
    measured = _measure(raw, segs, tab_stop)
    pos = measured.pos[metric]
    cells: list[tuple[int, int] | None] = [None] * (len(edges) + 1)
    several = -1  # the column holding several runs (a table's row), if any
    for k, (a, b) in enumerate(segs):
        s, e = pos[2 * k], pos[2 * k + 1]
        col = sum(s >= edge for edge in edges)
        if col < len(edges) and e > edges[col] - 2:
            return None  # runs into the next column's gap
        if (piece := cells[col]) is not None:
            if several not in (-1, col) or _FIELD.search(raw, piece[0], b):
                return None  # runs apart in two columns (a wide table's row), or a header's
                # fields (发布时间：…　　来源：…, 【打印】): no table's cells
            several, cells[col] = col, (piece[0], b)
            continue
        cells[col] = (a, b)
    if several >= 0 and any(
            k != several and c is not None and _LONE_CELL.fullmatch(raw, c[0], c[1])
            for k, c in enumerate(cells)):
        return None  # a row of cells whose last stands past the edge, a figure or a dash
        # alone (外洲站  赣江  21.35  24.00  -2.65  8420): a wide table's row, not a narrow
        # table's row in one column beside the other column's text
    return cells


def _stretches(source: str, row_starts: list[int], rows: list[str],
               candidates: dict[int, _Row], edges: list[int], metric: int,
               homes: list[int], tab_stop: int = 0) -> list[_Stretch]:
    """The column stretches of the page: runs of rows with text in two columns or more (at most
    ``MAX_BREAK`` other rows between two, none blank: a blank row across the page parts one
    pair of columns from the next below it), widened over the rows right above and below them
    that hold one column's text (no blank row between), and kept when they read as body text."""
    placed: dict[int, list[tuple[int, int] | None] | None] = {}

    def place(r: int) -> list[tuple[int, int] | None] | None:
        if r not in placed:
            placed[r] = _place(source, row_starts[r], rows[r], edges, metric, tab_stop)
        return placed[r]

    def multi(r: int) -> bool:
        cells = place(r)
        return cells is not None and sum(c is not None for c in cells) >= 2

    split = sorted(r for r in candidates if multi(r))
    cores: list[list[int]] = []
    for r in split:
        if cores and r - cores[-1][-1] <= MAX_BREAK + 1 and all(
                rows[k].strip() and place(k) is not None for k in range(cores[-1][-1] + 1, r)):
            cores[-1].append(r)
        else:
            cores.append([r])
    n = len(rows)
    lines = _Lines(source, row_starts, place, split, len(edges) + 1, tab_stop)
    spans: list[tuple[int, int, list[int]]] = []  # widened cores, those that meet merged
    for core in cores:
        first, last = core[0], core[-1]
        while first > 0 and rows[first - 1].strip() and place(first - 1) is not None:
            first -= 1
        while last + 1 < n and rows[last + 1].strip() and place(last + 1) is not None:
            last += 1
        last = _left_goes_on(rows, last, lines)
        if spans and (first <= spans[-1][1] + 1
                      or _goes_on(rows, lines, spans[-1], first, homes, metric)):
            spans[-1] = (spans[-1][0], max(last, spans[-1][1]), spans[-1][2] + core)
        else:
            spans.append((first, last, core))
    out = []
    established = any(len(core) >= MIN_ROWS for _, _, core in spans)
    for first, last, core in spans:
        cells = {r: c for r in range(first, last + 1) if (c := place(r)) is not None}
        if len(core) < MIN_ROWS:
            # a right column of a line or two (an article ending at its top) beside a left
            # column's lines, on a page whose columns stand where they do elsewhere
            if not (established and _short_right_column(first, last, core, cells, lines)):
                continue
            if not _body(source, row_starts, sorted(cells), cells):
                continue
        else:
            # rows with text on both sides, or right of the edge only (a line of the right
            # column beside the left one's blank line between two paragraphs: no text of one
            # column stands there), on half of its rows at least
            right_only = sum(1 for r in range(core[0], core[-1] + 1) if (c := cells.get(r))
                             is not None and c[0] is None and any(c[1:]))
            if 2 * (len(core) + right_only) < sum(
                    1 for r in range(core[0], core[-1] + 1) if rows[r].strip()):
                continue
            # (a few rows: one short piece, a page number or a paragraph's last line, weighs
            # much; the rows of one column above and below them say too)
            if not _body(source, row_starts, core, cells) and not (
                    len(core) < 2 * MIN_ROWS and _body(source, row_starts, sorted(cells), cells)):
                continue
        used = [k for k in range(len(edges) + 1) if any(c[k] for c in cells.values())]
        if len(used) < 2:
            continue
        stretch = _Stretch(first, last, homes, cells, {})
        _indents(source, row_starts, rows, stretch, metric, tab_stop)
        out.append(stretch)
    return out


_CLOSED = frozenset("。！？；：…”’」』）)!?;:")
FULL_SLACK = 3  # a piece this far (display) short of its column's width at most fills the line


class _Lines:
    """Which pieces of a stretch's rows fill their column's line: the width of a column is
    that of three in four of its pieces on the rows with text on both sides. A piece set in
    from where most of its column's lines start (a paragraph's first line, 　　（三）…) fills
    the column with its indent."""

    def __init__(self, source: str, row_starts: list[int], place, split: list[int],
                 ncols: int, tab_stop: int = 0) -> None:
        self.source, self.row_starts, self.place = source, row_starts, place
        self.tab_stop = tab_stop
        widths: list[list[int]] = [[] for _ in range(ncols)]
        starts: list[Counter[int]] = [Counter() for _ in range(ncols)]
        for r in split:
            for k, c in enumerate(place(r)):
                if c is not None:
                    widths[k].append(self.width(r, c))
                    starts[k][self.start(r, c)] += 1
        self.full = [sorted(w)[(3 * len(w)) // 4] if w else 0 for w in widths]
        # where each column's unindented lines start (display): the most common start
        self.home = [max(at, key=lambda p: (at[p], -p)) if at else 0 for at in starts]

    def width(self, r: int, cell: tuple[int, int]) -> int:
        start = self.row_starts[r]
        return display_width(self.source, start + cell[0], start + cell[1])

    def start(self, r: int, cell: tuple[int, int]) -> int:
        """Where the piece starts on its row (display; after a tab, at the tab stop at least)."""
        start = self.row_starts[r]
        return _position(self.source[start : start + cell[0]], cell[0], 0, self.tab_stop)

    def table_row(self, r: int, cell: tuple[int, int]) -> bool:
        """Does the piece hold runs of text apart by gaps (a table's row)?"""
        start = self.row_starts[r]
        return _GAP.search(self.source, start + cell[0], start + cell[1]) is not None

    def fills(self, r: int, k: int, cell: tuple[int, int]) -> bool:
        indent = max(0, self.start(r, cell) - self.home[k])
        return self.width(r, cell) + indent >= self.full[k] - FULL_SLACK

    def open(self, r: int) -> bool:
        """Does a column's piece on row ``r`` fill its line without closing its sentence (the
        column's text goes on at the top of the next column)?"""
        cells = self.place(r)
        return cells is None or any(
            c is not None and self.source[self.row_starts[r] + c[1] - 1] not in _CLOSED
            and self.fills(r, k, c) for k, c in enumerate(cells))


def _short_right_column(first: int, last: int, core: list[int],
                        cells: dict[int, list[tuple[int, int] | None]], lines: _Lines) -> bool:
    """Is a stretch with fewer than ``MIN_ROWS`` rows of text on both sides a pair of columns
    whose right column holds a line or two only (the article's end, at the top of the column)?
    Its rows of both sides are its first ones, the left column goes on alone below them, and
    the left column's lines fill the column on ``MIN_ROWS`` rows and three in five at least (a
    column's lines, cut at its edge: no header's fields, no short lines of a list)."""
    if core != list(range(first, first + len(core))):
        return False
    lefts = [r for r in range(first, last + 1) if (c := cells.get(r)) is not None and c[0]]
    if any(any(cells[r][1:]) for r in lefts if r > core[-1]):
        return False
    full = sum(lines.fills(r, 0, cells[r][0]) for r in lefts)  # type: ignore[arg-type]
    return full >= MIN_ROWS and full >= 0.6 * len(lefts)


def _left_goes_on(rows: list[str], last: int, lines: _Lines) -> int:
    """The last row of a stretch, taken on over blank rows while the left column goes on below
    the right one's end: runs of rows (a blank row before each) holding text in the left
    column only, the last of them filling it (a paragraph of the column; a short run, a heading
    in the column, only with a full one below it: a short line across the page after the columns
    has none, the paragraph below it crosses the edge). No column's piece on the stretch's last
    row may go on (a column running on at the bottom goes on in the next one: a left column
    below it is the next pair's)."""
    n = len(rows)
    if lines.open(last):
        return last
    pending = last
    while pending + 2 < n and not rows[pending + 1].strip() and rows[pending + 2].strip():
        run = pending + 2
        end = run
        while end + 1 < n and rows[end + 1].strip():
            end += 1
        full = False
        for r in range(run, end + 1):
            c = lines.place(r)
            if c is None or any(c[1:]) or c[0] is None or lines.table_row(r, c[0]):
                return last  # (a table's rows below the columns: no column's text)
            full = full or lines.fills(r, 0, c[0])
        pending = end
        if full:
            last = end  # a short run (a heading in the column) goes with a full one below it
    return last


def _position(raw: str, a: int, metric: int, tab_stop: int) -> int:
    """Where a row's piece starting at ``a`` stands (display or characters; after a tab, at
    the tab stop at least)."""
    if metric:
        return a
    at = display_width(raw, 0, a)
    return max(at, tab_stop) if tab_stop and "\t" in raw[:a] else at


def _goes_on(rows: list[str], lines: _Lines, above: tuple[int, int, list[int]], first: int,
             edges: list[int], metric: int) -> bool:
    """Do the columns above a blank row go on below it (one pair of columns whose paragraphs
    all end on that row), rather than a pair ending there and the next standing below? A pair
    ends where a column's last line fills the column without closing its sentence (its text
    goes on at the top of the next column), or where a right column opens a paragraph at its
    top, right after a left column that closed one (the two read on). A blank row in every
    column of one pair is a paragraph break in each: each column has text right above it and
    right below it."""
    top, bottom, _ = above
    if first != bottom + 2 or rows[bottom + 1].strip():
        return False
    below, cells = lines.place(first), lines.place(bottom)
    if below is None or cells is None or lines.open(bottom):
        return False
    if not all(cells) or not all(below):
        return False  # a column blank on two rows running: a pair's last row or the next
        # pair's first, whose column ends or opens with a paragraph's blank line
    source, row_starts = lines.source, lines.row_starts
    for k in range(1, len(edges) + 1):  # the right column's top above: a paragraph's first line?
        for r in range(top, bottom + 1):
            cs = lines.place(r)
            if cs is None or cs[k] is None:
                continue
            raw = source[row_starts[r] : row_starts[r] + len(rows[r])]
            a = cs[k][0]
            at = _position(raw, a, metric, lines.tab_stop)
            if "\u3000" in raw[max(0, a - 2) : a] or at - edges[k - 1] >= INDENT:
                return False
            break
    return True


def _body(source: str, row_starts: list[int], core: list[int],
          cells: dict[int, list[tuple[int, int] | None]]) -> bool:
    """Do the pieces of the rows with text on both sides read as body text: wide on most rows,
    one run of text each (a table's cell is short and a row of cells has more gaps), mostly Han
    characters, few figures? A column's piece holding a narrow table's row (runs apart by
    gaps, figures) is left out: the other column's pieces beside it say."""
    pieces = [source[row_starts[r] + a : row_starts[r] + b]
              for r in core for c in cells[r] if c is not None for a, b in (c,)]
    # (a narrow table's rows in one column: the body text is the other column's)
    rows_of_table = [p for p in pieces if _GAP.search(p.strip()) and _FIGURE.search(p)]
    pieces = [p for p in pieces if p not in rows_of_table]
    if len(pieces) < MIN_ROWS or (rows_of_table and not any(map(_PROSE.search, pieces))):
        return False  # (beside a table's cells, pieces with no sentence mark are its rows'
        # names, 1.外汇储备  33426.00  24568.91: one table, no body text beside it)
    wide = sum(display_width(p.strip()) >= MIN_PIECE for p in pieces)
    single = sum(not _GAP.search(p) for p in pieces)
    text = "".join(pieces)
    chars = sum(not c.isspace() for c in text)
    han = len(_HAN.findall(text))
    digits = sum(c.isdigit() for c in text)
    return (wide >= MOST * len(pieces) and single >= MOST * len(pieces)
            and han >= MIN_HAN * chars and digits <= MAX_DIGITS * chars)


def _indents(source: str, row_starts: list[int], rows: list[str], stretch: _Stretch,
             metric: int, tab_stop: int = 0) -> None:
    """Which pieces right of an edge are indented (a paragraph's first line): their text starts
    ``INDENT`` or more right of the column's edge, or after an ideographic space."""
    for r, cells in stretch.cells.items():
        raw = source[row_starts[r] : row_starts[r] + len(rows[r])]
        for k in range(1, len(cells)):
            cell = cells[k]
            if cell is None:
                continue
            a = cell[0]
            lead = len(raw[:a]) - len(raw[:a].rstrip(_BLANK))
            gap = raw[a - lead : a]
            # how far right of the edge: the column's own unindented lines start at the edge
            at = _position(raw, a, metric, tab_stop)
            stretch.indent[(r, k)] = "\u3000" in gap or at - stretch.edges[k - 1] >= INDENT


def _indented_left(source: str, start: int, a: int) -> bool:
    """Is the left column's piece of the row at ``start`` (its text from ``a`` on) indented:
    ``INDENT`` blanks or more before it, or an ideographic space (one stray space, an OCR's
    where the wrap fell, is none)?"""
    return a >= INDENT or "\u3000" in source[start : start + a]


def _reorder(source: str, row_starts: list[int], rows: list[str], stretches: list[_Stretch]
             ) -> Layout:
    out: list[tuple[int, int]] = []
    marks = []
    r = 0
    for st in stretches:
        for k in range(r, st.first):
            out.append((row_starts[k], row_starts[k] + len(rows[k])))
        ncols = len(st.edges) + 1
        used = 0
        for col in range(ncols):
            if not any(c[col] for c in st.cells.values()):
                continue
            used += 1
            for k in range(st.first, st.last + 1):
                cell = st.cells.get(k, [None] * ncols)[col]
                if cell is None:
                    out.append((row_starts[k], row_starts[k]))
                    continue
                a, b = cell
                if col and st.indent.get((k, col)):
                    a -= 1  # one blank kept before it: the row reads as indented
                elif col == 0 and _indented_left(source, row_starts[k], a):
                    a = 0  # the row's own indent kept
                out.append((row_starts[k] + a, row_starts[k] + b))
        marks.append((used, st.first + 1, st.last + 1))
        r = st.last + 1
    for k in range(r, len(rows)):
        out.append((row_starts[k], row_starts[k] + len(rows[k])))
    return Layout(out, marks)


# Two articles set side by side whose PDF text layer gives their lines one by one in turn (a row
# of the left column, then the row of the right one): both open on the same row with their
# datelines (本报讯（记者…）… / 本报讯（记者…）…), their headlines' pieces alternate above them
# (1—11月我市外贸 / 冬季消费季 / 进出口增长7.6% / 今起启幕), and the turns go on to the blank row
# that ends the block. Read each article's rows in turn, the left one's first.
_DATELINE_WORD = "本报讯"
_DATELINE = re.compile("[ \t\u3000]*本报讯")
MIN_TURNS = 4  # rows after the two datelines, at least
MAX_HEAD_ROWS = 6  # headline rows above the datelines, at most


def _datelines(rows: list[str], i: int) -> bool:
    """Rows ``i`` and ``i + 1`` open the two articles with their datelines."""
    return _DATELINE.match(rows[i]) is not None and _DATELINE.match(rows[i + 1]) is not None


# Two numbered sections of a report set side by side (a PDF's two columns) whose text layer gives
# their lines one by one in turn: rows i and i + 1 open sections N and N + 1 (（一）农牧业提质增效。
# 全年粮食播种面积稳定在 / （二）文化旅游持续升温。全年接待游客…，), neither closing its sentence
# (in one column the row before a new section ends its paragraph), every row of the block short
# (a column's width). Read as the articles above, the left column's rows first.
_SECTION_PAIR = re.compile("\n[ \t\u3000]*（[一二三四五六七八九十]{1,2}）[^\n]{4,40}\n"
                           "[ \t\u3000]*（[一二三四五六七八九十]{1,2}）")
_SECTION_OPEN = re.compile("[ \t\u3000]*（([一二三四五六七八九十]{1,2})）")
_SECTION_NUMERALS = "一二三四五六七八九十"
MAX_COLUMN_ROW = 40  # characters of a row of one column of two, at most


def _sections_side_by_side(rows: list[str], i: int) -> bool:
    """Rows ``i`` and ``i + 1`` open sections N and N + 1 of two columns read in turn."""
    a, b = _SECTION_OPEN.match(rows[i]), _SECTION_OPEN.match(rows[i + 1])
    if a is None or b is None or len(a.group(1)) != 1 or len(b.group(1)) != 1:
        return False
    if _SECTION_NUMERALS.find(b.group(1)) != _SECTION_NUMERALS.find(a.group(1)) + 1:
        return False
    if rows[i].rstrip()[-1:] in _CLOSED or rows[i + 1].rstrip()[-1:] in _CLOSED:
        return False
    last = i + 1
    while last + 1 < len(rows) and rows[last + 1].strip():
        last += 1
    return all(len(rows[k].strip()) <= MAX_COLUMN_ROW for k in range(i, last + 1))


def _interleaved(row_starts: np.ndarray, rows: list[str],
                 opens: Callable[[list[str], int], bool] = _datelines) -> Layout | None:
    """The rows in reading order when two articles' lines come one by one in turn, else None."""
    starts = row_starts.tolist()
    out: list[tuple[int, int]] = []
    marks = []
    r = 0
    i = 0
    while i < len(rows) - 1:
        if not opens(rows, i):
            i += 1
            continue
        first = i
        while first > r and rows[first - 1].strip() and i - first < MAX_HEAD_ROWS:
            first -= 1
        first += (i - first) % 2  # (the headlines' pieces pair up, one of each in turn)
        last = i + 1
        while last + 1 < len(rows) and rows[last + 1].strip():
            last += 1
        if last - i - 1 < MIN_TURNS:
            i += 1
            continue
        out += [(starts[k], starts[k] + len(rows[k])) for k in range(r, first)]
        out += [(starts[k], starts[k] + len(rows[k])) for k in range(first, last + 1, 2)]
        out.append((starts[first + 1], starts[first + 1]))  # a blank row between the two
        out += [(starts[k], starts[k] + len(rows[k])) for k in range(first + 1, last + 1, 2)]
        marks.append((2, first + 1, last + 1))
        r = i = last + 1
    if not marks:
        return None
    out += [(starts[k], starts[k] + len(rows[k])) for k in range(r, len(rows))]
    return Layout(out, marks)


# A figure's caption printed inside a paragraph the page broke around it (…，完成工业技改投资 /
# 图：2025年1—11月我市出口主要商品（单位：亿元） / … / 制图：陆 芸 / 486.7亿元，同比增长14.2%。):
# the body row before the caption stops mid-sentence (a comma in it, no mark closing it) and the
# row after the caption's block goes on unindented. Read the paragraph's rest right after its
# start, the caption after it.
_CAPTION_WORD = "图"
_CAPTION = re.compile("[ \t\u3000]*(?:图|图表|图片)[：:]")
_CLOSED = "。！？；：!?;:）)”"


def _caption_moved(norm: str, row_starts: np.ndarray, rows: list[str], layout: Layout | None
                   ) -> Layout | None:
    if layout is not None:
        spans = list(layout.rows)
    else:
        starts = row_starts.tolist()
        spans = [(starts[k], starts[k] + len(rows[k])) for k in range(len(rows))]
    texts = [norm[a:b] for a, b in spans]
    moved = False
    k = 0
    while k < len(spans):
        if not _CAPTION.match(texts[k]):
            k += 1
            continue
        before = k - 1
        while before >= 0 and not texts[before].strip():
            before -= 1
        end = k
        while end + 1 < len(spans) and texts[end + 1].strip():
            end += 1  # the caption's block: to the next blank row
        after = end + 1
        while after < len(spans) and not texts[after].strip():
            after += 1
        body = texts[before].rstrip() if before >= 0 else ""
        if (not body or "，" not in body or body[-1] in _CLOSED or after >= len(spans)
                or texts[after][:1].isspace() or "。" not in texts[after]):
            k = end + 1
            continue
        tail = after
        while tail + 1 < len(spans) and texts[tail + 1].strip():
            tail += 1  # the paragraph's rest: to its blank row
        rest = spans[after : tail + 1]
        spans[before + 1 : tail + 1] = [*rest, *spans[before + 1 : after]]
        texts = [norm[a:b] for a, b in spans]
        moved = True
        k = before + 1 + len(rest) + (end - before)
    if not moved:
        return layout
    return Layout(spans, layout.stretches if layout is not None else [])
