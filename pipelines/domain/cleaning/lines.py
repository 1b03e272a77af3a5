"""Physical lines of a page and the decision which of them belong together.

Text extracted from print breaks lines at the column edge, inside sentences and inside words,
and often adds blank lines inside paragraphs. A line is joined to the next one when it does not
end a sentence and (a) it fills its column, or (b) a dictionary word spans the break. Headings
(short standalone lines), page furniture, markdown headings, bullets, list markers and indented
lines start new units. Furniture that interrupts a paragraph (a caption, a page marker) does not
end it: the paragraph continues after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, compress

import numpy as np

from pipelines.domain.cleaning.furniture import (
    furniture_kinds,
    is_name_list,
    opens_unclosed_byline,
)
from pipelines.domain.cleaning.lexicon import HAN, HAN_RANGES, heading_rules, punctuation
from pipelines.domain.cleaning.prefilter import LinePrefilter
from pipelines.domain.segmentation import Segmenter

_HAN_RUN = re.compile(f"[{HAN}]+")
_MD_HEADING = re.compile(r"^(#{1,6})\s+")
_TRAILING_NUMBER = re.compile(r"^(.{4,}[。！？；”’])\s*(\d{1,2})$")
_BODY_PUNCT = frozenset("，,；;：:。、")
_MID_SENTENCE_END = frozenset("，,、：:；;“‘（(《—")
_INNER_STOP = frozenset("。；;")
_INNER_QUESTION = frozenset("？?！!")

NEIGHBOURS = 4  # lines on each side used to estimate the column width
MIN_NEIGHBOUR_WIDTH = 4.0
# Paragraph-final lines are short, so the column is an upper quantile of nearby widths.
COLUMN_QUANTILE = 0.75
FULL_LOW, FULL_HIGH = 0.8, 1.15  # a line "fills its column" within these ratios
MIN_FULL_WIDTH = 8.0  # narrower lines are labels, not column text
SHORT_SPAN_LOW = 0.6  # a word spanning the break joins lines at least this full
SAME_WIDTH = 0.1
LONG_LINE = 40.0  # wider lines are never headings
INDENT_WIDTH = 2.0  # an indented first line lost this much width
_WINDOW = np.arange(2 * NEIGHBOURS + 1)  # offsets of a line's neighbourhood in the padding


@dataclass(slots=True, eq=False)
class Line:
    """One non-blank physical line (content stripped of surrounding whitespace and markup)."""

    blanks: int  # blank rows before this line's row, from the start of the text
    start: int  # offset of the first content character
    end: int  # offset after the last content character
    text: str  # normalised content
    indent: bool = False
    md_level: int | None = None
    bullet: bool = False
    kind: str | None = None  # furniture kind
    joins_prev: str | None = None  # furniture continuing the previous furniture line
    width: float = 0.0
    column: float = 0.0
    blank_before: bool = False  # a blank line (or the start of the text) precedes it
    pos: int = 0  # index in the list of lines
    # Set by ``annotate`` once kinds, widths and columns are final:
    ends: bool = False  # ends a sentence
    marker_end: int = -1  # end of a heading/list marker at its start, -1 without one
    full: bool = False  # fills its column
    full_first: bool = False  # fills its column as a paragraph's first line
    crosses: bool | None = None  # a word spans the break before it (asked at most once)


@dataclass(slots=True)
class Plan:
    """Lines that form one block, with the separator kept at each junction ('' or ' ')."""

    lines: list[Line]
    seps: list[str] = field(default_factory=list)
    kind: str | None = None
    heading_group: bool = False
    scanned: int = 0  # lines already searched for body punctuation
    punctuated: bool = False  # one of them has some
    joined: str | None = None  # the lines' texts concatenated, once asked for

    def text(self) -> str:
        """The lines' texts concatenated (no separators, markup kept)."""
        if self.joined is None:
            self.joined = "".join([line.text for line in self.lines])
        return self.joined

    def has_body_punct(self) -> bool:
        """Does any line so far carry body punctuation? (each line is searched once)"""
        while not self.punctuated and self.scanned < len(self.lines):
            self.punctuated = not _BODY_PUNCT.isdisjoint(self.lines[self.scanned].text)
            self.scanned += 1
        return self.punctuated


def width(text: str) -> float:
    """Printed width: a Han character is 1, punctuation/Latin/digits 1/2, spaces 0."""
    han = sum(map(len, _HAN_RUN.findall(text)))  # runs: far fewer objects than characters
    other = len(text) - han - text.count(" ")
    return han + 0.5 * other


def heading_like(line: Line) -> bool:
    """Could this line be (part of) a heading: short, no sentence end inside, not cut mid-clause."""
    t = line.text
    if line.kind or not t or t.isdigit():
        return False
    if len(t) - t.count(" ") > heading_rules().max_plain_heading_chars:
        return False
    if t[-1] in _MID_SENTENCE_END or not _INNER_STOP.isdisjoint(t):
        return False
    return _INNER_QUESTION.isdisjoint(t[:-1])


@cache
def _marker_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    """All heading markers as one anchored alternation (first listed wins)."""
    markers = heading_rules().markers
    levels = {f"m{i}": level for i, (_, level) in enumerate(markers)}
    alts = "|".join(f"(?P<m{i}>{p.pattern.lstrip('^')})" for i, (p, _) in enumerate(markers))
    return re.compile(f"^(?:{alts})"), levels


@cache
def _marker_prefilter() -> LinePrefilter:
    """Lines of a page that may open with a heading marker (one search per page)."""
    return LinePrefilter([p.pattern for p, _ in heading_rules().markers], keep_anchors=True)


def marker_level(text: str) -> int | None:
    pattern, levels = _marker_pattern()
    m = pattern.match(text)
    return levels[m.lastgroup] if m and m.lastgroup else None


def split_lines(norm: str) -> list[Line]:
    """Non-blank lines of ``norm``, each with the count of blank rows before it."""
    bullets = punctuation().bullets
    lines: list[Line] = []
    blanks = 0
    last_blanks = -1  # blanks before the last line kept (-1: none yet)
    offset = 0
    trailing = _TRAILING_NUMBER.match
    for raw_line in norm.split("\n"):
        line_start = offset
        offset += len(raw_line) + 1
        stripped = raw_line.strip()
        if not stripped:
            blanks += 1
            continue
        first = stripped[0]
        if first == "*" and not stripped.strip("*"):  # nothing but markup
            blanks += 1
            continue
        if stripped is raw_line:  # str.strip returns the string itself when nothing is cut
            start, end = line_start, offset - 1
        else:
            start = line_start + (len(raw_line) - len(raw_line.lstrip()))
            end = start + len(stripped)
        indent = start > line_start
        md_level = None
        bullet = False
        text = stripped  # norm[start:end]
        if first == "#" and (m := _MD_HEADING.match(stripped)):
            md_level = len(m.group(1))
            start += m.end()
            text = norm[start:end]
        elif first in bullets:
            bullet = True
            start += 1
            while start < end and norm[start] == " ":
                start += 1
            text = norm[start:end]
        if (first == "*" or md_level is not None or bullet) and not text.strip("* "):
            blanks += 1
            continue
        line = Line(blanks, start, end, text, indent, md_level, bullet)
        line.blank_before = blanks > last_blanks
        last_blanks = blanks
        line.pos = len(lines)
        lines.append(line)
        if md_level is None and text[-1].isdigit() and (m := trailing(text)):
            # "…现代化产业体系。2": a section number glued to the end of a paragraph line
            cut = start + len(m.group(1))
            num_start = start + m.start(2)
            line.end, line.text = cut, norm[start:cut]
            number = Line(blanks, num_start, end, norm[num_start:end], kind="section_number")
            number.pos = len(lines)
            lines.append(number)
    return lines


@cache
def _half_widths() -> np.ndarray:
    """Printed width in half units by code point over the BMP: Han 2, space 0, else 1 (one more
    entry, 1, for everything above: no Han range lies there)."""
    table = np.ones(0x10001, dtype=np.int8)
    for lo, hi in HAN_RANGES:
        table[lo : hi + 1] = 2
    table[ord(" ")] = 0
    return table


def widths(texts: list[str]) -> list[float]:
    """``width`` of every text, computed on their concatenation at once."""
    out: list[float] = _widths_array(texts).tolist()
    return out


def _widths_array(texts: list[str]) -> np.ndarray:
    """``widths`` as an array."""
    if not texts:
        return np.zeros(0)
    cps = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    halves = np.zeros(len(cps) + 1, dtype=np.int64)
    np.cumsum(_half_widths().take(cps, mode="clip"), out=halves[1:])
    bounds = np.fromiter(accumulate(map(len, texts), initial=0), dtype=np.int64,
                         count=len(texts) + 1)
    at = halves[bounds]
    return 0.5 * (at[1:] - at[:-1])


def columns(line_widths: list[float]) -> list[float]:
    """Column width of each line of running text, from the widths of its neighbours.

    For each line: the widths of the ``NEIGHBOURS`` lines on each side that lie between
    ``max(MIN_NEIGHBOUR_WIDTH, own / 2)`` and ``2 * own``, and their ``COLUMN_QUANTILE``
    (the element at the rounded quantile index); the line's own width when there are none.
    """
    out: list[float] = _columns_array(np.array(line_widths, dtype=np.float64)).tolist()
    return out


def _columns_array(own: np.ndarray) -> np.ndarray:
    """``columns`` of an array of widths, as an array."""
    n = len(own)
    if n == 0:
        return own
    # (ufuncs and indexing only: a page is cleaned in well under a millisecond per hundred
    # lines, so numpy's Python-level helpers would cost as much as the work)
    padded = np.full(n + 2 * NEIGHBOURS, np.nan)
    padded[NEIGHBOURS : NEIGHBOURS + n] = own
    rows = np.arange(n)
    window = padded[rows[:, None] + _WINDOW]  # each line's neighbourhood (a copy)
    window[:, NEIGHBOURS] = np.nan  # the line itself does not count
    floor = np.maximum(MIN_NEIGHBOUR_WIDTH, 0.5 * own)[:, None]
    near = (window >= floor) & (window <= 2.0 * own[:, None])  # NaN compares False
    count = np.count_nonzero(near, axis=1)
    ranked = np.sort(np.where(near, window, np.inf), axis=1)
    k = np.rint(COLUMN_QUANTILE * (count - 1)).astype(np.int64)  # half to even, like round()
    picked = ranked[rows, np.maximum(k, 0)]
    return np.where(count > 0, picked, own)


def annotate(lines: list[Line]) -> None:
    """Furniture kinds (with byline continuations), widths and column estimates, in place."""
    texts = [line.text for line in lines]
    _furniture_kinds(lines, furniture_kinds(texts))
    # Standalone author names next to a heading or closing the page ("张远岗", "吴垠").
    last = len(lines) - 1
    for i in [i for i, t in enumerate(texts) if len(t) <= 4]:
        line = lines[i]
        if line.kind is None and line.md_level is None and is_name_list(line.text):
            before = lines[i - 1] if i > 0 else None
            after = lines[i + 1] if i < last else None
            if after is None or (before is not None and heading_like(before)) or (
                after is not None and heading_like(after)
            ):
                line.kind = "byline"
    # Column width from nearby running text (bullets and markdown headings have their own
    # layout). Only neighbours of comparable width count: a page mixes columns of different
    # widths, and headings or numbers far narrower than this line say nothing about it.
    n = len(lines)
    indent = np.fromiter([ln.indent for ln in lines], dtype=bool, count=n)
    line_widths = _widths_array(texts) + INDENT_WIDTH * indent
    body = np.fromiter(
        [ln.kind is None and not ln.bullet and ln.md_level is None for ln in lines],
        dtype=bool, count=n)
    line_columns = line_widths.copy()
    line_columns[body] = _columns_array(line_widths[body])
    _settle(lines, texts, line_widths, line_columns, indent)


def _furniture_kinds(lines: list[Line], found: list[str | None]) -> None:
    """Set the furniture kind of each line: ``found`` by its own text, or byline when it
    continues a byline (an open bracket, or a list of names after it).

    Only lines with a kind found and the lines after bylines can change, so only those are
    visited, in page order.
    """
    marked = [i for i, kind in enumerate(found) if kind is not None]
    n, k = len(lines), 0
    i, open_bracket = -1, False  # last visited line and the state after it
    while True:
        if i >= 0 and i + 1 < n and lines[i].kind == "byline":
            j = i + 1
        else:
            while k < len(marked) and marked[k] <= i:
                k += 1
            if k == len(marked):
                return
            j = marked[k]
        if j - 1 != i:
            open_bracket = False  # the line before j was not visited: not a byline
        line, prev = lines[j], (lines[j - 1] if j > 0 else None)
        text = line.text
        kind = line.kind
        if kind is None and line.md_level is None:
            if open_bracket:
                kind = line.kind = "byline"
                line.joins_prev = ""
            elif prev is not None and prev.kind == "byline" and is_name_list(text):
                kind = line.kind = "byline"
                line.joins_prev = " "
            else:
                kind = line.kind = found[j]
        if kind == "byline":
            open_bracket = opens_unclosed_byline(
                text if not line.joins_prev else prev.text + text  # type: ignore[union-attr]
            ) and not (line.joins_prev == "" and (")" in text or "）" in text))
        else:
            open_bracket = False
        i = j


def _same_width(prev: Line, line: Line, first: bool) -> bool:
    """Two adjacent lines of the same width: one column, whatever the neighbours say."""
    w = prev.width + (INDENT_WIDTH if first and not prev.indent else 0.0)
    return prev.width >= MIN_FULL_WIDTH and abs(w - line.width) <= SAME_WIDTH * line.width


def _settle(lines: list[Line], texts: list[str], w: np.ndarray, col: np.ndarray,
            indent: np.ndarray) -> None:
    """Columns and per-line facts used when grouping lines (kinds and widths are final).

    A line "fills its column" when it is at least ``MIN_FULL_WIDTH`` wide and within
    ``FULL_LOW``..``FULL_HIGH`` of its column; a paragraph's first line may have lost its indent.
    """
    p = punctuation()
    final = frozenset(p.line_final)
    lasts = [t[-1] for t in texts]
    ends = list(map(final.__contains__, lasts))
    for k in compress(range(len(lasts)), map(frozenset(p.closing).__contains__, lasts)):
        t = texts[k]  # a closing quote or bracket after the sentence end
        ends[k] = ends[k] or (len(t) > 1 and t[-2] in final)
    fits = (w >= MIN_FULL_WIDTH) & (w <= FULL_HIGH * col)
    low = FULL_LOW * col
    full = (fits & (low <= w)).tolist()
    full_first = (fits & (low <= np.where(indent, w, w + INDENT_WIDTH))).tolist()
    for line, width_, c, e, f, ff in zip(
        lines, w.tolist(), col.tolist(), ends, full, full_first, strict=True
    ):
        line.width, line.column, line.ends, line.full, line.full_first = width_, c, e, f, ff
    marker = _marker_pattern()[0].match
    for k in compress(range(len(texts)), _marker_prefilter().candidates(texts)):
        if m := marker(texts[k]):
            lines[k].marker_end = m.end()


def _join(plan: Plan, line: Line, blank: bool, seg: Segmenter) -> str | None:
    """Separator to join ``line`` to ``plan`` ('' or ' '), or None to start a new block."""
    prev = plan.lines[-1]
    if prev.ends or prev.md_level is not None or line.md_level is not None:
        return None
    if line.bullet or line.indent or line.marker_end >= 0:
        return None
    first = len(plan.lines) == 1
    if (
        first
        and prev.marker_end >= 0
        and heading_like(prev)
        and _BODY_PUNCT.isdisjoint(prev.text[prev.marker_end :])
    ):
        return None  # a short marked line ("一、2024年工作回顾") is a heading
    if prev.width > LONG_LINE and not plan.heading_group:
        return ""  # far too long for a heading, and the sentence is not finished
    if plan.heading_group:
        if not blank and heading_like(line):
            return "" if _span(prev, line, seg) else " "
        return None
    full = prev.full_first if first else prev.full
    if not blank:
        if (
            full
            or (prev.width >= SHORT_SPAN_LOW * prev.column and _span(prev, line, seg))
            or _same_width(prev, line, first)
        ):
            return ""
        # A block that so far has no punctuation at all may be a (multi-line) heading.
        if not plan.has_body_punct() and heading_like(prev) and heading_like(line):
            plan.heading_group = True
            return "" if _span(prev, line, seg) else " "
        return None
    if heading_like(line) and not line.full and not _span(prev, line, seg):
        return None  # the next line stands alone like a heading
    if first and prev.blank_before and not _span(prev, line, seg):
        return None  # a line standing between blank lines, not cut inside a word
    if full and (plan.has_body_punct() or _span(prev, line, seg)):
        return ""
    return None


def _span(prev: Line, line: Line, seg: Segmenter) -> bool:
    """Does a dictionary word span the break? (asked only when the layout is undecided;
    ``line`` is joined to one ``prev`` only, so the answer is kept on it)"""
    if line.crosses is None:
        line.crosses = seg.crosses(prev.text.replace(" ", ""), line.text.replace(" ", ""))
    return line.crosses


def plan_blocks(lines: list[Line], seg: Segmenter) -> list[Plan]:
    """Group lines into blocks in page order (lines went through ``annotate``)."""
    plans: list[Plan] = []
    open_plan: Plan | None = None
    prev: Line | None = None  # the open plan's last line
    first = False  # it is the plan's only line
    last_furniture: Plan | None = None
    for line in lines:
        if line.kind is not None:
            if line.joins_prev is not None and last_furniture is not None:
                last_furniture.lines.append(line)
                last_furniture.seps.append(line.joins_prev)
            else:
                last_furniture = Plan([line], kind=line.kind)
                plans.append(last_furniture)
            continue
        last_furniture = None
        if prev is not None:
            blank = line.blanks > prev.blanks
            if (  # the common case of ``_join``: a column line continues the paragraph
                (prev.width > LONG_LINE or (not blank and (prev.full_first if first
                                                          else prev.full)))
                and not prev.ends
                and line.marker_end < 0
                and not line.indent
                and prev.md_level is None
                and line.md_level is None
                and not line.bullet
                and not open_plan.heading_group  # type: ignore[union-attr]
                and not (first and prev.marker_end >= 0)
            ):
                sep: str | None = ""
            else:
                sep = _join(open_plan, line, blank, seg)  # type: ignore[arg-type]
            if sep is not None:
                open_plan.lines.append(line)  # type: ignore[union-attr]
                open_plan.seps.append(sep)  # type: ignore[union-attr]
                prev, first = line, False
                continue
        open_plan = Plan([line])
        plans.append(open_plan)
        prev, first = line, True
    return plans
