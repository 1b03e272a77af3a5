"""A page of text as its physical lines, and the blocks lines are grouped into.

``split_lines`` cuts a normalised text into its non-blank lines with what their layout says
(offsets, blank rows before, indent, markdown heading level, bullet, table rows); ``Plan`` is one
block of them as ``plan_blocks`` (lines.py) decides it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import compress, pairwise
from operator import add, is_not
from typing import TypeVar

import numpy as np

from pipelines.domain.cleaning.columns import find_columns
from pipelines.domain.cleaning.furniture import furniture_kind
from pipelines.domain.cleaning.lexicon import HAN, furniture_rules, heading_rules, punctuation

T = TypeVar("T")

_MD_HEADING = re.compile(r"^(#{1,6})\s+")
# a picture opening a line (✅, 🍵, 📌, keycaps 1️⃣ / 🔟: a WeChat article's marks before its
# items and short lines) is a bullet, as ● is; ✅ and 🍵 are no word of the item
_PICTURE = "[\u2600-\u27bf\u2b50\u2b55\U0001f000-\U0001faff]"
_PICTURE_MARK = re.compile(f"(?:{_PICTURE}|[0-9#*]\ufe0f?\u20e3)"
                           f"(?:\ufe0f|\u200d{_PICTURE})*")
_PICTURE_OPENERS = ("".join(map(chr, range(0x2600, 0x27C0))) + "\u2b50\u2b55\U0001f300"
                    + "0123456789#*")
_TRAILING_NUMBER = re.compile(r"^(.{4,}[。！？；”’])\s*(\d{1,2})$")
# A line opening with one of these continues a number the line above ends with (…的109.6%。10⏎
# 月份，…: a wrap, not a section number glued to the paragraph's end)
NUMBER_GOES_ON = frozenset("年月日号%％.．")
BODY_PUNCT = re.compile("[，,；;：:。、]")
_TITLE_PUNCT = re.compile("[，,；;：:。]")  # body punctuation a title never holds (、 it may)
_CLAUSE_PUNCT = re.compile("[，,；;。]")  # (a colon may stand in an issuer's or source line)
_PIPES = "|｜"  # a line opening and closing with one is a row of a markdown table
_TABLE_RULE = "|｜-:： "


@dataclass(slots=True, eq=False)
class Page:
    """The non-blank physical lines of a text, one list per fact (list index = line number).

    A page has hundreds of lines, nearly all of them ordinary body text. Kept column by column,
    the facts are built by whole-list passes, and only the lines that need a decision are
    visited one by one: no object per line.
    """

    text: list[str]  # normalised content, stripped of surrounding whitespace and markup
    start: list[int]  # offset of the first content character
    end: list[int]  # offset after the last content character
    blanks: list[int]  # blank rows before the line's row, from the start of the text
    indent: list[bool]
    md_level: list[int | None]
    bullet: list[bool]
    kind: list[str | None]  # furniture kind
    blank_before: list[bool]  # a blank line (or the start of the text) precedes the line
    joins_prev: dict[int, str] = field(default_factory=dict)  # furniture continuing the line
    # before it, with its separator ('' or ' ')
    # Set by ``annotate`` once kinds, widths and columns are final:
    width: list[float] = field(default_factory=list)
    column: list[float] = field(default_factory=list)
    ends: list[bool] = field(default_factory=list)  # ends a sentence
    marker_end: list[int] = field(default_factory=list)  # end of a heading/list marker at its
    # start, -1 without one
    full: list[bool] = field(default_factory=list)  # fills its column
    full_first: list[bool] = field(default_factory=list)  # ... as a paragraph's first line
    settled: list[int] = field(default_factory=list)  # for each line, the first line at or
    # after it whose joining is not certain (see ``_certain_joins``)
    opens: list[bool] = field(default_factory=list)  # the line certainly opens a new block
    dateline: list[bool] | None = None  # lines opening with a report's dateline (lines.py)
    latin_after: list[bool] = field(default_factory=list)  # the line ends with an ASCII letter
    # or digit and the next line starts with one (a line break there may become a space)
    table: list[bool] = field(default_factory=list)  # a markdown table row (| a | b |): a
    # block of its own, never a heading
    gaps: set[int] = field(default_factory=set)  # where the column gaps of the rows of a table
    # printed as text start (``_aligned_rows``): each kept as one space between two cells
    record: list[bool] = field(default_factory=list)  # a record's field among others
    # (名称：…⏎地址：…, lines.py ``_records``): a block of its own, a paragraph, no heading
    dash: list[bool] = field(default_factory=list)  # the line opens with a dash (——2024年1月8日
    # 在…会议上: a subtitle under a title)
    crosses: dict[int, bool] = field(default_factory=dict)  # a word spans the break before
    # the line (asked at most once per line)
    codes: np.ndarray | None = None  # code points of the text the lines were cut from
    columns: list[tuple[int, int, int]] = field(default_factory=list)  # stretches read as
    # columns (columns.py): (number of columns, first row, last row); their lines are the
    # columns' pieces, each column top to bottom, so ``start`` is not ascending there

    def __len__(self) -> int:
        return len(self.text)

    def split_row(self, i: int, pieces: list[tuple[int, int]], kind: str | None = None,
                  blank: bool = False) -> None:
        """Line ``i`` becomes the ``pieces`` of its text (``[a, b)`` spans, in order, the first
        staying line ``i`` with its indent and bullet): each later piece a line of its own, of
        furniture kind ``kind``, after a blank row of its own when ``blank`` (then the lines
        below count one more blank row before them per piece). Offsets stay those of the
        text."""
        text, start = self.text[i], self.start[i]
        (a, b), rest = pieces[0], pieces[1:]
        self.text[i], self.start[i], self.end[i] = text[a:b], start + a, start + b
        if not rest:
            return
        j = i + 1
        n = len(rest)
        base = self.blanks[i]
        if blank:
            self.blanks[j:] = [k + n for k in self.blanks[j:]]
        self.text[j:j] = [text[a:b] for a, b in rest]
        self.start[j:j] = [start + a for a, _ in rest]
        self.end[j:j] = [start + b for _, b in rest]
        self.blanks[j:j] = range(base + 1, base + n + 1) if blank else [base] * n
        self.indent[j:j] = [False] * n
        self.md_level[j:j] = [self.md_level[i]] * n
        self.bullet[j:j] = [False] * n
        self.kind[j:j] = [kind] * n
        self.blank_before[j:j] = [blank] * n

    @classmethod
    def of(cls, texts: list[str], starts: list[int]) -> Page:
        """A page of plain lines (no markup, no blank rows): for building plans by hand."""
        n = len(texts)
        return cls(list(texts), list(starts), list(map(add, starts, map(len, texts))), [0] * n,
                   [False] * n, [None] * n, [False] * n, [None] * n, [False] * n)


@dataclass(slots=True)
class Plan:
    """Lines (numbers on ``page``) that form one block, with the separator kept at each
    junction ('' or ' ')."""

    page: Page
    lines: list[int]
    seps: list[str] = field(default_factory=list)
    kind: str | None = None
    heading_group: bool = False
    scanned: int = 0  # lines already searched for body punctuation
    punctuated: bool = False  # one of them has some
    joined: str | None = None  # the lines' texts concatenated, once asked for
    line_texts: list[str] | None = None  # the lines' texts, once asked for

    def texts(self) -> list[str]:
        """The texts of the plan's lines (kept once asked for: lines are added while planning
        only, before any text is read)."""
        if self.line_texts is None:
            self.line_texts = self.column(self.page.text)
        return self.line_texts

    def column(self, values: list[T]) -> list[T]:
        """The values of a per-line list of the page (``Page.text``, ``Page.start``...) for the
        plan's lines."""
        lines = self.lines
        lo = lines[0]
        if lines[-1] - lo + 1 == len(lines):  # consecutive lines (no furniture between): a slice
            return values[lo : lo + len(lines)]
        return [values[k] for k in lines]

    def text(self) -> str:
        """The lines' texts concatenated (no separators, markup kept)."""
        if self.joined is None:
            self.joined = "".join(self.texts())
        return self.joined

    def has_body_punct(self) -> bool:
        """Does any line so far carry body punctuation? (each line is searched once)"""
        text = self.page.text
        while not self.punctuated and self.scanned < len(self.lines):
            self.punctuated = bool(BODY_PUNCT.search(text[self.lines[self.scanned]]))
            self.scanned += 1
        return self.punctuated


@cache
def char_table(chars: str) -> np.ndarray:
    """A lookup table over code points: True for ``chars``. It covers the BMP plus one last
    entry, for every code point above, that is True when ``chars`` has one there (so a lookup
    clipped to the table may say True where the exact test says False, never the reverse)."""
    table = np.zeros(0x10001, dtype=bool)
    table[[min(ord(c), 0x10000) for c in chars]] = True
    return table


def _picture_marks(texts: list[str], opening: list[int], bullets: str,
                   rows: list[int]) -> dict[int, re.Match]:
    """The picture marks of lines in a run of two or more rows so marked, no blank row between
    (a list of items, ✅ … ✅); a marked line alone (📈 GDP增长6.8%！ over a headline, 👉其中)
    stays text."""
    found = {}
    for i in opening:
        if texts[i][0] not in bullets and (m := _PICTURE_MARK.match(texts[i])) and (
                m.end() < len(texts[i])):
            found[i] = m
    return {i: m for i, m in found.items()
            if (i - 1 in found and rows[i - 1] == rows[i] - 1)
            or (i + 1 in found and rows[i + 1] == rows[i] + 1)}


@cache
def _openers(bullets: str) -> np.ndarray:
    """``char_table`` of what may open a line of markup or a bullet (a picture's mark too)."""
    return char_table("*#" + bullets + _PICTURE_OPENERS)


@cache
def _digits() -> np.ndarray:
    """``char_table`` of the characters for which ``str.isdigit`` holds."""
    table = char_table("".join(c for c in map(chr, range(0x10000)) if c.isdigit()))
    table = table.copy()
    table[-1] = True  # digits above the BMP exist
    return table


def code_points(text: str) -> np.ndarray:
    """The code points of ``text`` as an array."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def split_lines(norm: str, source: str | None = None) -> Page:
    """The non-blank lines of ``norm``, each with the count of blank rows before it.

    Whole-list passes over the rows (strip, offsets); only rows with whitespace around their
    content, rows opening with markup, a markdown heading or a bullet, and rows ending in a
    digit (both found by one regex search of the text) are looked at one by one. ``source``:
    ``norm`` before normalisation (same offsets), where column gaps are searched.
    """
    rows = norm.split("\n")
    row_start = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, rows), dtype=np.int64, count=len(rows)) + 1,
              out=row_start[1:])
    layout = find_columns(norm, norm if source is None else source, row_start, rows)
    if layout is not None:  # columns side by side: their pieces as rows, in reading order
        row_start = np.array([a for a, _ in layout.rows], dtype=np.int64)
        rows = [norm[a:b] for a, b in layout.rows]
    stripped = list(map(str.strip, rows))
    texts = list(compress(stripped, stripped))
    n = len(texts)
    kept = np.fromiter(compress(range(len(rows)), stripped), dtype=np.int64, count=n)
    start_at = row_start[kept]
    indent = [False] * n
    leads = [0] * n  # display width of each indent
    # rows with whitespace around their content (``strip`` made a new string): their indent
    kept_rows = list(compress(rows, stripped))
    for i in compress(range(n), map(is_not, kept_rows, texts)):
        row = kept_rows[i]
        lead = len(row) - len(row.lstrip())
        if lead:
            start_at[i] += lead
            indent[i] = True
            leads[i] = lead + row.count("\u3000", 0, lead)
    end_at = start_at + np.fromiter(map(len, texts), dtype=np.int64, count=n)
    starts, ends = start_at.tolist(), end_at.tolist()
    md_level: list[int | None] = [None] * n
    bullet = [False] * n
    bullets = punctuation().bullets
    dropped = []
    codes = code_points(norm)
    opening = _openers(bullets).take(codes.take(start_at), mode="clip")
    marks = _picture_marks(texts, np.flatnonzero(opening).tolist(), bullets, kept.tolist())
    for i in np.flatnonzero(opening).tolist():
        text = texts[i]
        first = text[0]
        if first not in bullets and first not in "*#":
            if (mark := marks.get(i)) is None:
                continue
            first = bullets[0]  # a picture's mark: a bullet of as many characters
            text = text[mark.end() - 1:]
            starts[i] += mark.end() - 1
        if first == "*" and not text.strip("*"):  # nothing but markup
            dropped.append(i)
            continue
        start, end = starts[i], ends[i]
        if first == "#" and (m := _MD_HEADING.match(text)):
            md_level[i] = len(m.group(1))
            start += m.end()
            text = norm[start:end]
        elif first in bullets:
            bullet[i] = True
            start += 1
            while start < end and norm[start] == " ":
                start += 1
            text = norm[start:end]
        if (first == "*" or md_level[i] is not None or bullet[i]) and not text.strip("* "):
            dropped.append(i)
            continue
        texts[i], starts[i] = text, start
    numbered = np.flatnonzero(_digits().take(codes.take(end_at - 1), mode="clip")).tolist()
    if dropped:  # rows of markup only count as blank rows
        keep = [True] * n
        for i in dropped:
            keep[i] = False
        texts, starts, ends, indent, md_level, bullet, leads = (
            list(compress(column, keep))
            for column in (texts, starts, ends, indent, md_level, bullet, leads))
        kept = np.delete(kept, dropped)
        gone = set(dropped)
        numbered = [i - bisect_left(dropped, i) for i in numbered if i not in gone]
        n = len(texts)
    if n > 1 and all(indent):
        indent = _beyond_least(leads)
    blanks = kept - np.arange(n)
    blank_before = np.empty(n, dtype=bool)
    blank_before[:1] = True
    np.greater(blanks[1:], blanks[:-1], out=blank_before[1:])
    page = Page(texts, starts, ends, blanks.tolist(), indent, md_level, bullet, [None] * n,
                blank_before.tolist(), codes=codes)
    if layout is not None:
        page.columns = layout.stretches
    trailing = _TRAILING_NUMBER.match
    for i in reversed(numbered):  # from the end: inserted lines do not move the others
        if md_level[i] is None and (m := trailing(texts[i])) and not (
                i + 1 < n and texts[i + 1][0] in NUMBER_GOES_ON
                and blanks[i + 1] == blanks[i]):
            _split_number(page, i, m)
    _split_merged(page)
    if "【" in norm:
        _split_widgets(page)
    if ">" in norm or "＞" in norm or "»" in norm:
        _split_crumbs(page)
    if "|" in norm or "｜" in norm:  # (most pages have no table: no flags, an empty list)
        pipe = char_table(_PIPES)
        page.table = (pipe.take(codes.take(np.array(page.start, dtype=np.int64)), mode="clip")
                      & pipe.take(codes.take(np.array(page.end, dtype=np.int64) - 1),
                                  mode="clip")).tolist()
        for i in compress(range(len(page)), page.table):
            if not page.text[i].strip(_TABLE_RULE):
                page.kind[i] = "furniture"  # the rule under a table's head (|---|:---:|)
    raw = norm if source is None else source
    _aligned_rows(page, raw)
    if "\u3000" in raw:
        _ideographic_rows(page, raw)
    return page


def _beyond_least(leads: list[int]) -> list[bool]:
    """The indents of a page whose every line opens with blanks (a Word page, a site's lines
    all set in by 　　, its title centred): only an indent deeper than the page's least parts
    a paragraph from the line before it; the least is the page's margin."""
    least = min(leads)
    return [lead > least for lead in leads]


# a column gap: a run of two or more spaces (ASCII or ideographic), or a tab; found by plain
# searches for these pairs (a regex would try every position of a long page)
_IDEOGRAPHIC_GAPS = ("\u3000\u3000", " \u3000", "\u3000 ")
_BLANKS = frozenset(" \t\u3000")
_BLANK_RUN = re.compile("[ \t\u3000]*")
MIN_ROW_GAPS = 2  # a line with this many column gaps inside it may be a table row
# a clause or sentence end: a line holding one is running text, its runs of spaces no columns'
# gaps (a web page's markup made spaces: 今年前三季度，<strong>数字经济</strong>核心产业…)
_CLAUSE_ENDS = re.compile("[，。；！？]")


def _aligned_rows(page: Page, source: str) -> None:
    """Rows of a table printed as text (cells parted by runs of spaces or tabs): a line with
    at least ``MIN_ROW_GAPS`` column gaps inside it, next to another such line (no blank row
    between), is a block of its own like a markdown table row (``Page.table``): never joined to
    the line before or after it, never a heading. One such line alone is not a table. Gaps are
    searched in ``source``, the text before normalisation (tabs are single spaces after it)."""
    marks = ["  "]  # (the rarer marks only where their characters occur at all)
    if "\u3000" in source:
        marks += _IDEOGRAPHIC_GAPS
    if "\t" in source:
        marks.append("\t")
    runs = set()  # the start of each gap
    for mark in marks:
        at = source.find(mark)
        while at >= 0:
            run = at
            while run > 0 and source[run - 1] in _BLANKS:
                run -= 1
            runs.add(run)
            at = source.find(mark, _BLANK_RUN.match(source, at).end())  # past the whole run
    if len(runs) < MIN_CARDS:  # (a table's two rows hold 2 * MIN_ROW_GAPS; a box of figures
        return  # with their captions MIN_CARDS)
    per_line = _per_line(page, runs)
    rows = sorted(k for k, found in per_line.items() if len(found) >= MIN_ROW_GAPS)
    blanks = page.blanks
    cards = _figure_cards(page, source, per_line)
    run_of = [k for a, k in pairwise(rows)
              if k == a + 1 and blanks[k] == blanks[a]]  # line k and the one before: a run
    forms = [k for k in rows if _form_line(source[page.start[k] : page.end[k]])]
    if not run_of and not forms and not cards:
        return
    if not page.table:
        page.table = [False] * len(page)
    for k in cards:
        page.table[k] = True
        page.gaps.update(per_line[k])
    for k in run_of:
        page.table[k - 1] = page.table[k] = True
    for k in forms:
        page.table[k] = True
    for k in rows:  # (in order: a row after a wrapped name may be the next one's row above)
        if not page.table[k] and _name_wrapped(page, k):
            page.table[k - 1] = page.table[k] = True
    page.gaps.update(run for k in rows if page.table[k] and not _CLAUSE_ENDS.search(page.text[k])
                     for run in per_line[k])


MIN_CARDS = 2  # lines of a box of figures, each with its caption, at least


def _figure_cards(page: Page, source: str, per_line: dict[int, list[int]]) -> list[int]:
    """The lines of a box of figures each followed by its caption, one gap between (a
    newspaper's 数读: ``8.2%    1—10月全市规上工业增加值增速``), at least ``MIN_CARDS`` next to
    each other: each line a row of its own, the figure named by its caption (not joined into
    one run of text where each caption would name the next line's figure)."""
    cards = [k for k, found in per_line.items() if len(found) == 1
             and _figure_card(source[page.start[k] : page.end[k]])]
    cards.sort()
    blanks = page.blanks
    return [k for k in cards
            if any(j in cards and blanks[j] == blanks[k] and abs(j - k) == 1
                   for j in (k - 1, k + 1))]


def _figure_card(line: str) -> bool:
    """``8.2%    1—10月全市规上工业增加值增速``: a figure alone, a gap, a caption of words with no
    clause mark nor figure cell."""
    cells = _GAP.split(line.strip(" \t\u3000"))
    return (len(cells) == 2 and _FIGURE_CELL.fullmatch(cells[0]) is not None
            and _FIGURE_CELL.fullmatch(cells[1]) is None
            and not _CLAUSE_ENDS.search(cells[1]) and _HAN_CHAR.search(cells[1]) is not None)


_HAN_CHAR = re.compile("[\u4e00-\u9fff]")


def _name_wrapped(page: Page, k: int) -> bool:
    """Is line ``k`` (a line with column gaps) a table's row whose name the name column's edge
    wrapped onto it from the line above (a scan's 农林牧渔业总产⏎值  亿元  168.5  4.6), under a
    table row: that line a piece of text alone, no figure nor clause mark, at least as wide as
    the name of the row above it (it filled the column)? Kept a row like the others: not joined
    into the row before as running text."""
    if k < 2 or not page.table[k - 2] or page.blanks[k - 2] != page.blanks[k]:
        return False
    piece, above = page.text[k - 1].strip(), page.text[k - 2].strip()
    name = _FIRST_CELL.match(above)
    return (0 < len(piece) <= MAX_NAME_PIECE and name is not None
            and len(piece) >= len(name.group()) and not _CLAUSE_ENDS.search(piece)
            and not any(c.isdigit() or c in _BLANKS for c in piece))


_FIRST_CELL = re.compile("\\S+(?: \\S+)*")  # a row's first cell: up to its first gap
MAX_NAME_PIECE = 16  # characters of a row's name before its wrap, at most


_GAP = re.compile("[ \u3000]{2,}|\t")


def _form_line(line: str) -> bool:
    """A form's line of labels each followed by its figure (报告期末普通股股东总数（户）  38,652
    报告期末表决权恢复的优先股股东总数  0: a listed company's report), two pairs at least: a
    line of its own like a table's row, not a heading nor joined to its neighbours."""
    cells = _GAP.split(line.strip(" \t\u3000").translate(_UNSEEN))
    return (len(cells) >= 4 and len(cells) % 2 == 0
            and all(_FIGURE_CELL.fullmatch(c) is not None for c in cells[1::2])
            and not any(_FIGURE_CELL.fullmatch(c) for c in cells[::2]))


def _per_line(page: Page, runs: Iterable[int]) -> dict[int, list[int]]:
    """The raw offsets ``runs`` (gaps' starts) by the line whose content holds them (an indent
    is none's)."""
    starts, ends = page.start, page.end
    order = None
    if page.columns:  # lines in reading order, not in raw order: searched in raw order
        order = sorted(range(len(page)), key=starts.__getitem__)
        starts = [starts[k] for k in order]
        ends = [ends[k] for k in order]
    per_line: dict[int, list[int]] = {}
    for run in runs:
        line = bisect_right(starts, run) - 1
        if line >= 0 and run < ends[line]:  # inside the line's content (not an indent)
            per_line.setdefault(line if order is None else order[line], []).append(run)
    return per_line


MIN_SPACED_ROWS = 3  # lines in a table whose cells one ideographic space parts, at least
MIN_FIGURE_ROWS = 2  # ... of which rows of figures (a name, then figures only), at least
# a cell holding one figure, perhaps in a short unit: 1,712.4, -3.5, 12.7%, 12.5万人, full-width
# digits (not a date: 2025年8月6日)
_FIGURE_CELL = re.compile("[-−－+＋]?[0-9０-９][0-9０-９,，.．]*(?:[%％‰]|[^\\W\\d_]{1,3})?")


def _ideographic_rows(page: Page, source: str) -> None:
    """Rows of a table whose cells one ideographic space parts (a Traditional-script release:
    ``美國　1,712.4　63.2　32.2``), as ``_aligned_rows`` keeps rows parted by wider gaps. One such
    space also parts a masthead's or a dateline's fields and a verse's halves, so a block of
    rows is a table only when it holds at least ``MIN_SPACED_ROWS`` lines next to each other
    with as many cells each (at least three), no clause or sentence mark, and at least
    ``MIN_FIGURE_ROWS`` rows whose cells after the first are figures alone."""
    singles = []  # one ideographic space between two non-blank characters
    at = source.find("\u3000")
    while at >= 0:
        if 0 < at < len(source) - 1 and source[at - 1] not in _BLANK_LINE and (
                source[at + 1] not in _BLANK_LINE):
            singles.append(at)
        at = source.find("\u3000", at + 1)
    if len(singles) < MIN_SPACED_ROWS * MIN_ROW_GAPS:
        return
    per_line = _per_line(page, singles)
    rows = [k for k, found in sorted(per_line.items()) if len(found) >= MIN_ROW_GAPS
            and not (page.table and page.table[k]) and not _CLAUSE_ENDS.search(page.text[k])]
    for block in _row_blocks(page, rows, per_line):
        if sum(_figure_row(source[page.start[k] : page.end[k]]) for k in block) < MIN_FIGURE_ROWS:
            continue
        if not page.table:
            page.table = [False] * len(page)
        for k in block:
            page.table[k] = True
            page.gaps.update(per_line[k])


_BLANK_LINE = frozenset(" \t\u3000\r\n")


def _row_blocks(page: Page, rows: list[int], per_line: dict[int, list[int]]) -> list[list[int]]:
    """Runs of at least ``MIN_SPACED_ROWS`` of ``rows`` next to each other (no blank row
    between) holding as many gaps each."""
    blocks: list[list[int]] = []
    for k in rows:
        last = blocks[-1][-1] if blocks else -2
        if k == last + 1 and page.blanks[k] == page.blanks[last] and (
                len(per_line[k]) == len(per_line[last])):
            blocks[-1].append(k)
        else:
            blocks.append([k])
    return [b for b in blocks if len(b) >= MIN_SPACED_ROWS]


# characters a copy leaves inside cells, invisible when printed (a zero-width space, a BOM)
_UNSEEN = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def _figure_row(line: str) -> bool:
    """A row of figures: its cells but one (the name: the first, or the second after a rank,
    1　四川蜀建装饰工程有限公司　10486320.00　92.35) are figures alone (each perhaps in its
    unit)."""
    cells = line.translate(_UNSEEN).split("\u3000")
    return sum(_FIGURE_CELL.fullmatch(cell) is None for cell in cells) <= 1


def _split_number(page: Page, i: int, m: re.Match[str]) -> None:
    """"…现代化产业体系。2": a section number glued to the end of a paragraph line becomes a
    line of its own after it."""
    page.split_row(i, [(0, len(m.group(1))), (m.start(2), len(page.text[i]))], "section_number")


@cache
def _merged_patterns() -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], int]]]:
    """The seam between two paragraphs run together on one line (a sentence end, then a space
    or a heading marker of level 1-3), and those markers with their levels."""
    markers = [(re.compile(p.pattern.lstrip("^")), level)
               for p, level in heading_rules().markers if level <= 3]
    markers.append((_RUN_IN_SECTION, 2))
    ahead = "|".join(p.pattern for p, _ in markers)
    seam = re.compile(rf"[。！？][”’」』）)]?(?:( +)(?=\S)|(?={ahead}))")
    return seam, markers


# a section numbered by its chapter run into its text (。3.3 水资源与废弃物全年总用水量…): the
# markers' own pattern wants the title up to the line's end; a unit after the number is a figure
_RUN_IN_SECTION = re.compile(
    r"\d{1,2}[.．]\d{1,2}(?![\d.．])\s?(?=[^\W\d_亿万千百元吨斤克米亩倍成个度瓦升岁])")


def _heading_end(text: str, at: int, end: int) -> int | None:
    """Where a heading that opens ``text[at:end]`` (a piece of a merged line) ends and its
    section's text begins, if the piece shows it: a space after the heading (paragraphs run
    together with one space: ``一、市级预算执行审计情况 审计结果表明…``) or, after a level 1-2
    marker, a word that opens a section's first sentence (``body_openers``: ``一、电力消费全年全社会
    用电量…``), with no body punctuation before it."""
    _, markers = _merged_patterns()
    found = next(((m, level) for pattern, level in markers
                  if (m := pattern.match(text, at, end))), None)
    if found is None:
        return None
    m, level = found
    rules = heading_rules()
    head = m.end()
    while head < end and text[head] == " ":  # (一 、 OCR spacing inside the marker)
        head += 1
    window = text[head : min(end, head + rules.max_heading_chars)]
    stop = BODY_PUNCT.search(window)
    before = window[: stop.start()] if stop else window  # the heading holds no body punctuation
    space = before.find(" ", 2)
    if space > 0 and head + space + 1 < end:
        return head + space
    # (an opener may take the mark after it: 2025年，)
    if level <= 2 and (o := rules.body_openers.search(window, 2, len(before) + 1)):
        return head + o.start()
    # a heading opening with a year whose section's first sentence opens with it again
    # (二、二〇二五年财政预算二〇二五年特区政府财政预算总收入为…)
    if level <= 2 and (y := _YEAR.match(before)) and (again := before.find(y.group(), 4)) > 0:
        return head + again
    if level <= 2:  # its section's first item after it (三、2026年主要任务（一）扩大有效投资。)
        for pattern, deeper in markers:
            if deeper > level and (d := pattern.search(before, 2)) and _first_item(d.group()):
                return head + d.start()
        if (ending := _section_word_end(before)) is not None:
            return head + ending
    return None


MIN_SECTION_LEAD = 4  # characters of a section's first sentence after its heading, at least


def _section_word_end(before: str) -> int | None:
    """Where a heading ends in ``before`` (a merged piece's text after its marker, up to its
    first body punctuation) after a word section headings end with (``heading_endings``:
    施政回顾, 施政重点): the last such word, two characters in at least, that leaves
    ``MIN_SECTION_LEAD`` characters of the first sentence after it."""
    found = _section_word().finditer(before, 2, len(before) - MIN_SECTION_LEAD + 1)
    ends = [m.end() for m in found if len(before) - m.end() >= MIN_SECTION_LEAD]
    return ends[-1] if ends else None


@cache
def _section_word() -> re.Pattern[str]:
    endings = sorted(heading_rules().heading_endings, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, endings)) or "(?!)")


_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
MIN_HEADLINE_CHARS = 8  # a headline before the text runs into it
_NOTE = re.compile("（[^（）。，；：]{1,10}）")
_NOTE_END = re.compile("[^（）。，；：]{0,10}）")
_OPEN_BRACKET_AT = re.compile("[（(《“][^）)》”]*$")
_YEAR = re.compile("(?:20\\d\\d|二[〇零○][〇零○一二三四五六七八九]{2})年")

# A list's items (a dash, or the first of a numbered sequence: （一）, 一、, 1., （1）, ①) after a
# colon; the items after the first follow a sentence or clause end.
_CN_NUMBERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
               *(f"十{d}" for d in "一二三四五六七八九"), "二十"]
_ITEM = (r"——|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、"
         r"|\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[）)]|[①-⑳]")
_LIST_OPEN = re.compile(rf"[：:](?<=[{HAN}”’」』）)][：:]) *({_ITEM})")  # (the colon first:
# searched for, not tried at every position)
_ARABIC = re.compile(r"\d+")
_CHINESE = re.compile("[一二三四五六七八九十]+")
_ITEM_END = "。；！？;!?"  # (a list's items end with a sentence or clause end)


def _next_marker(marker: str) -> str | None:
    """The marker of the item after the one ``marker`` opens (（一） -> （二）, 1. -> 2, ① -> ②),
    None for a dash."""
    if marker == "——":
        return None
    if "①" <= marker <= "⑳":
        return chr(ord(marker) + 1)
    if m := _ARABIC.search(marker):
        return marker[: m.start()] + str(int(m.group()) + 1) + marker[m.end():]
    m = _CHINESE.search(marker)
    k = _CN_NUMBERS.index(m.group()) if m.group() in _CN_NUMBERS else len(_CN_NUMBERS) - 1
    if k + 1 >= len(_CN_NUMBERS):
        return None
    return marker[: m.start()] + _CN_NUMBERS[k + 1] + marker[m.end():]


def _first_item(marker: str) -> bool:
    return marker == "——" or marker[-1] in "1一①" or marker[-2:-1] in ("1", "一")


def _list_cuts(text: str) -> list[int]:
    """Where the items of a list run into the line start: after a colon, a dash item or the
    first item of a numbered list (``主要目标是：——经济实力…``, ``具体目标如下：（一）…``,
    ``：1.…``), then each next item after a sentence or clause end (``。——…``, ``。2.…``: the
    next number only, so a figure such as ``2.5`` or a number out of sequence stays)."""
    cuts = []
    for m in _LIST_OPEN.finditer(text):
        marker = m.group(1)
        if not _first_item(marker):
            continue
        at = m.start(1)
        cuts.append(at)
        nxt = _next_marker(marker)
        while True:
            if nxt is None:  # dashes: every dash after an item's end
                k = text.find("——", at + 2)
            else:
                k = text.find(nxt, at + len(marker))
                if nxt[0].isdigit() and k >= 0 and text[k + len(nxt):k + len(nxt) + 1].isdigit():
                    k = -1  # (2.5: a figure, not item 2)
            if k < 0:
                break
            b = k
            while b > 0 and text[b - 1] == " ":
                b -= 1
            if b == 0 or text[b - 1] not in _ITEM_END:
                if nxt is None:
                    at = k
                    continue
                break
            cuts.append(k)
            at = k
            if nxt is not None:
                marker, nxt = nxt, _next_marker(nxt)
    return cuts


def _head_cuts(text: str) -> list[int]:
    """Where the head of a page that lost its line breaks ends: a document title (a run with no
    body punctuation ending with a kind of document: ``…统计公报``, the last such end before any
    body punctuation, within ``max_title_line_chars``) and, right after it, an issuer's line
    ending with a date (``…统计局2025年4月10日``), both run into the text that follows."""
    rules = heading_rules()
    stop = BODY_PUNCT.search(text)
    head = text[: min(stop.start() if stop else len(text), rules.max_title_line_chars)]
    # (a title may name things in a series: …环境、社会及公司治理（ESG）报告)
    title_stop = _TITLE_PUNCT.search(text)
    title_head = text[: min(title_stop.start() if title_stop else len(text),
                            rules.max_title_line_chars)]
    title = max((title_head.rfind(e) + len(e) for e in rules.title_endings if e in title_head),
                default=-1)
    if title < 4:
        # no kind of document named: a headline, cut where a word opening a sentence (a year,
        # a scope, a time: body_openers) starts right before the first clause mark, so the
        # opener is the sentence's lead phrase (川渝携手唱好“双城记”经济圈建设迈上新台阶2020年
        # 以来，成渝地区…; not 2025年上半年全市经济运行情况发布日期：), MIN_HEADLINE_CHARS in
        return [o.start() for o in rules.body_openers.finditer(
            text, MIN_HEADLINE_CHARS, len(head) + 1)
            if o.end() >= len(head) and stop and stop.start() == len(head)
            and text[stop.start()] in "，,"
            and not _OPEN_BRACKET_AT.search(head, 0, o.start())][:1]
    # a note in brackets after the kind of document goes with it (…施政报告（摘要）, …演辞（节录）)
    if (close := _NOTE.match(text, title)) or (
            head.count("（", 0, title) > head.count("）", 0, title)
            and (close := _NOTE_END.match(text, title))):
        title = close.end()
    cuts = [title]
    # (the issuer's line may be a source line: 证券代码：688517　…　发布日期：2025年4月25日)
    line_stop = _CLAUSE_PUNCT.search(text, title)
    date = _DATE.search(text, title, line_stop.start() if line_stop else len(text))
    if date and date.start() - title <= rules.max_title_line_chars:
        cuts.append(date.end())
    return cuts


def _split_merged(page: Page) -> None:
    """Lines that run paragraphs together (a web page copied without its breaks, a PDF that
    gives a page as one line: ``merged_line_chars`` long at least) are cut at the seams the
    text shows: a sentence end followed by a space (not on a line OCR spaced out character by
    character) or by a heading marker of level 1-3 (…通报如下。一、…), and before a bullet. A
    heading opening a piece is cut from its section's text where ``_heading_end`` finds the
    end. Each piece is a line of its own with a blank row before it (a new block); offsets stay
    those of the text."""
    rules = heading_rules()
    texts = page.text
    long = rules.merged_line_chars
    seam, _ = _merged_patterns()
    bullets = frozenset(punctuation().bullets)
    cuts: dict[int, list[int]] = {}
    tickers: set[int] = set()  # (a ticker's last item ends its unit: the line after it is apart)
    if texts and len(texts[0]) < long and page.kind[0] is None and (
            head := _spaced_title(texts[0])):
        cuts[0] = head
    for i in range(len(texts)):
        t = texts[i]
        if len(t) < long:
            if not (bullets.intersection(t[1:]) and _ticker(t, bullets)):
                continue  # (a short line is cut only as a ticker of bulleted items: ▶…▶…)
            tickers.add(i)
        if page.md_level[i] is not None or page.kind[i] is not None:
            continue
        starts = []
        spaced = False  # paragraphs joined with a space
        for m in seam.finditer(t):
            k, j = m.start(), m.end()
            if m.group(1) and (t[k - 2 : k - 1] == " " or t[j + 1 : j + 2] == " "):
                continue  # a line spaced out character by character (新 时 代。 全 面)
            starts.append(j)
            spaced = spaced or m.group(1) is not None
        if "：" in t or ":" in t:  # the items of a list after its colon
            starts = sorted({*starts, *_list_cuts(t)})
        if i == 0:  # the page's head: a title and a dated byline run into the text
            starts = sorted({*starts, *_head_cuts(t)})
        if bullets.intersection(t):  # a bullet opens a line (▶要聚焦…谱写新篇章▶要聚焦…)
            starts = sorted({*starts, *(k for k in range(1, len(t)) if t[k] in bullets)})
        if not starts:
            continue
        here = []
        for a, b in pairwise([0, *starts, len(t)]):
            if a:
                here.append(a)
            cut = _heading_end(t, a, b)
            if cut is not None:
                here.append(cut)
            elif spaced:
                here += _spaced_lines(t, a, b)
        cuts[i] = here
    for i in sorted(cuts, reverse=True):  # (from the end: lines after i are not yet split)
        text = page.text[i]
        pieces = []
        for a, b in pairwise([0, *cuts[i], len(text)]):
            piece = text[a:b]
            lead = len(piece) - len(piece.lstrip(" "))
            pieces.append((a + lead, a + lead + len(piece.strip(" "))))
        page.split_row(i, pieces, blank=True)
        after = i + len(pieces)
        if i in tickers and after < len(page.text) and not page.blank_before[after]:
            page.blanks[after:] = [k + 1 for k in page.blanks[after:]]
            page.blank_before[after] = True
        for j in range(i + 1, i + len(pieces)):  # a piece opening with a bullet is a bullet's
            t = page.text[j]  # line (its mark off its text, as on a line of its own)
            if t[:1] in bullets and t[1:].strip():
                lead = len(t) - len(t[1:].lstrip(" "))
                page.bullet[j] = True
                page.text[j], page.start[j] = t[lead:], page.start[j] + lead


def _ticker(text: str, bullets: frozenset[str]) -> bool:
    """A short line of items each opened by a bullet (a newspaper's headline ticker: ``▶一季度
    我市GDP增长7.6%　▶柯桥外贸首季进出口216.5亿元　▶…``, its first mark already taken off as the
    line's bullet): two items at least, each a few characters, none a sentence of its own (no
    body punctuation)."""
    items = [x for x in re.split(f"[{re.escape(''.join(bullets))}]", text) if x.strip(" \u3000")]
    return len(items) >= _TICKER_ITEMS and not BODY_PUNCT.search(text) and all(
        len(_HAN.findall(x)) >= _TICKER_ITEM_CHARS for x in items)


_TICKER_ITEMS = 2
_TICKER_ITEM_CHARS = 4  # Chinese characters of each item (a headline's words, not a code)
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _spaced_title(text: str) -> list[int]:
    """A page's first line that runs its title and the lines under it together with spaces
    (``…远景目标纲要 （2026年1月26日…批准） 黔府发〔2026〕3号``): a title ending (``title_endings``)
    right before a space, ``MIN_TITLE_CHARS`` into the line at least, no body punctuation, and
    the line not furniture as a whole; cut at its spaces as ``_spaced_lines``."""
    if " " not in text or BODY_PUNCT.search(text):
        return []
    endings = heading_rules().title_endings
    k = text.find(" ", MIN_TITLE_CHARS)
    while k >= 0 and not text.endswith(endings, 0, k):
        k = text.find(" ", k + 1)
    if k < 0 or furniture_kind(text) is not None:  # (a masthead: 大公报　2025年8月6日　星期三)
        return []
    return _spaced_lines(text, 0, len(text))


MIN_TITLE_CHARS = 6  # a title before the lines run into it (大公报 is a newspaper's name)


def _spaced_lines(text: str, at: int, end: int) -> list[int]:
    """Lines without a marker that open ``text[at:end]`` (a piece of a merged line whose
    paragraphs are joined with a space) and are set apart by spaces before its first body
    punctuation (``某县人民政府办公室2025年12月8日 （此件公开发布） 某县…实施方案（2026—2028年）
    为深入贯彻…``, ``明方向 定目标 以坚持…``): each a line of its own. Not a breadcrumb's spaces
    (`` > ``), not a space next to a Latin letter or a digit (``GDP 增长``), and each line at
    least two characters and at most ``max_plain_heading_chars`` long (a longer run without
    punctuation is no heading: nothing is cut after it)."""
    stop = BODY_PUNCT.search(text, at, end)
    head = stop.start() if stop else end
    longest = heading_rules().max_plain_heading_chars
    cuts = []
    last = at
    k = text.find(" ", at, head)
    while k >= 0:
        before, after = text[k - 1], text[k + 1 : k + 2]
        if (before not in _CRUMB and after not in _CRUMB and after != " "
                and not (before.isascii() and before.isalnum())
                and not (after.isascii() and after.isalnum())):
            if k - last > longest:
                break
            if k - last >= 2:
                cuts.append(k + 1)
                last = k + 1
        k = text.find(" ", k + 1, head)
    if cuts and head - last < 2:  # (a line of one character: spaced out, not a line)
        cuts.pop()
    return cuts


_CRUMB = ">＞»"  # a breadcrumb's separators


def _split_widgets(page: Page) -> None:
    """A web page's widgets (``【字体：大 中 小】　【打印】　【关闭】``) glued to the text after
    them (the lead of a page copied without its breaks): that text a line of its own, after a
    blank row. The widgets are ``furniture.yaml``'s ``page_widget``."""
    run = _widget_run()
    opening = page.codes.take(np.array(page.start, dtype=np.int64), mode="clip") == ord("【")
    for i in reversed(np.flatnonzero(opening).tolist()):
        t = page.text[i]
        if (m := run.match(t)) and m.end() < len(t) and t[m.end()] != "【":
            page.split_row(i, [(0, len(t[: m.end()].rstrip())), (m.end(), len(t))], blank=True)


@cache
def _widget_run() -> re.Pattern[str]:
    widget = furniture_rules().page_widget
    return re.compile(rf"(?:{widget}\s*)+")


# A breadcrumb (首页 > 新闻中心 > 工作动态) and, run into its last crumb, the page's title
_CRUMBS = re.compile(r"^[^>＞»\s]{1,20}(?:\s*[>＞»]\s*[^>＞»\s]{1,20}){1,5}\s*[>＞»]\s*")
@cache
def _title_opens() -> re.Pattern[str]:
    """A title's first words after a breadcrumb: a year, 关于, or a place (a listed name of three
    or four characters, ``long_places``, or two characters and 省/市/县/区/州/盟); the leftmost
    wins, so 石家庄市 is read whole, not from 家庄市."""
    places = "|".join(map(re.escape, heading_rules().long_places))
    longer = f"(?:{places})(?:省|市|县|区|州|盟|地区)?|" if places else ""
    return re.compile(rf"(?:19|20)\d\d年|关于|{longer}[{HAN}]{{2}}(?:省|市|县|区|州|盟)")
CRUMB_LINES = 5  # a breadcrumb stands among a page's first lines
_CRUMB_MARKS = frozenset(">＞»")


def _split_crumbs(page: Page) -> None:
    """A breadcrumb among the page's first lines with the title run into its last crumb
    (``河北省发展和改革委员会 > 新闻动态 > 工作动态2024年全省能源…``,
    ``… > 发展规划绵阳市“十四五”规划纲要…``): the title a line of its own, after a blank
    row. The title starts at a space in the last crumb or where it opens with a year, 关于
    or a place (``_title_opens``), two characters into the crumb at the earliest, six left at
    least."""
    for i in reversed(range(min(CRUMB_LINES, len(page)))):
        t = page.text[i]
        if (page.kind[i] is not None or not _CRUMB_MARKS.intersection(t)
                or not (m := _CRUMBS.match(t))):
            continue
        last = m.end()
        space = t.find(" ", last)
        if space >= last + 2:
            at = space + 1
        elif o := _title_opens().search(t, last + 2):
            at = o.start()
        else:
            continue
        if len(t) - at >= 6 and not BODY_PUNCT.search(t, last, at):
            page.split_row(i, [(0, len(t[:at].rstrip())), (at, len(t))], blank=True)
