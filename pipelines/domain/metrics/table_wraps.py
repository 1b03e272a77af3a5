"""A statistics table as OCR gives it from a printed page (a 统计公报's 主要经济指标 table): its
columns kept apart by runs of spaces, but the head's label spaced out as the print spaces it,
the growth column's unit wrapped onto a line of its own, and the long row names wrapped at the
name column's width, their last characters on the line below (or the first part of a name on a
line of its own, its cells on the line below with the rest of the name):

    指  标              单位     绝对数     比上年增长
                                            （%）
    地区生产总值        亿元     312.56       5.4
      第一产业增加     亿元      58.63       3.6
    值
    规模以上工业增
    加值                 —         —          7.2
    城镇居民人均可      元      38 426        4.9
    支配收入

A piece of a name alone on a line goes with the row above when that row's name fills the name
column (it was cut at the column's edge), and with the row below when the piece itself fills
it; anything else (a group's label, 其中：) stays a line of its own. The head's label is joined
(指标), the lone bracket joins the head cell above it (比上年增长（%）), a space inside a figure
(38 426: a thousands gap) is dropped; the table is laid out again, one line a row, cells parted
by wide gaps, read by the table reader, and its cells' offsets mapped back to the text."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.domain.cleaning.columns import display_width
from pipelines.domain.metrics.table_cells import NUMBER, TextTable
from pipelines.domain.metrics.table_reflow import Layout, relaid_tables
from pipelines.domain.numbers import to_half_width

# a head line: its label (spaced out or not: 指  标, 项 目), then a 单位 column
_HEAD = re.compile(r"(?m)^[ \u3000]*(?:指[ \u3000]*[标標](?:[ \u3000]*名[ \u3000]*[称稱])?"
                   r"|[项項][ \u3000]*目(?:[ \u3000]*名[ \u3000]*[称稱])?)"
                   r"[ \u3000]{2,}[单單][ \u3000]?位[ \u3000]{2,}\S")
_PIECE_BREAK = re.compile(r"[ \u3000]*(?:\t|[ \u3000]{2})[ \u3000\t]*")
_BRACKET_LINE = re.compile(r"[ \u3000]*([（(][^（）()\s]{1,8}[）)])[ \u3000]*")
_NAME_PIECE = re.compile(r"[#＃*]?[\u4e00-\u9fff（）()、：:]{1,12}")
# a row's name that cannot open a name of its own: a bracketed note (（上年同期=100）, （月末）)
# or a name's last character or two (一般公共预算支⏎出)
_GOES_ON = re.compile(r"[（(][^（）()]{1,10}[）)]|[\u4e00-\u9fff]{1,2}")
_EMPTY = frozenset({"—", "－", "-", "--", "…", "/"})
_SENTENCE = re.compile(r"[，。；！？]")
_MAX_ROWS = 60
_GAP = "\u3000\u3000"


def wraps_possible(raw: str) -> bool:
    """Could ``raw`` hold such a table (plain searches first: a 单位 column and a label)?"""
    return ("单位" in raw or "單位" in raw) and _HEAD.search(raw) is not None


def wrapped_tables(text: str, tables: tuple[TextTable, ...],
                   read: Callable[[str], tuple[TextTable, ...]]) -> list[TextTable]:
    """The wrapped tables of ``text`` outside ``tables``, each laid out again and read by
    ``read`` (the table reader), its cells' offsets those of ``text``."""
    return relaid_tables(text, tables, read, _HEAD.finditer(text),
                         lambda m: _laid_out(text, _line_start(text, m.start())))


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]``'s pieces: runs parted by two spaces or more or a tab
    (one space stays inside a piece: 38 426)."""
    out, at = [], start
    while at < end and text[at] in " \u3000\t":
        at += 1
    stop = end
    while stop > at and text[stop - 1] in " \u3000\t\r":
        stop -= 1
    for m in _PIECE_BREAK.finditer(text, at, stop):
        if m.start() > at:
            out.append((at, m.start()))
        at = m.end()
    if at < stop:
        out.append((at, stop))
    return out


def _head(text: str, start: int, end: int) -> list[str] | None:
    """The head line's columns, its spaced-out label joined (指  标 -> 指标)."""
    pieces = [text[a:b] for a, b in _pieces(text, start, end)]
    k = 0
    while k < len(pieces) and len(pieces[k]) == 1 and "\u4e00" <= pieces[k] <= "\u9fff":
        k += 1
    label = "".join(pieces[:k]) if k > 1 else None
    columns = ([re.sub(r"[ \u3000]", "", label)] if label else []) + pieces[k if label else 0:]
    return columns if len(columns) >= 3 else None


def _figure(piece: str) -> bool:
    seen = to_half_width(piece.replace(" ", "").replace("\u3000", "")).rstrip("%")
    return seen in _EMPTY or NUMBER.fullmatch(seen) is not None


Row = tuple[list[str], list[tuple[int, int]]]  # a row's name pieces and its cells' spans


def _rows(text: str, lines: list[tuple[int, int]]) -> list[Row]:
    """Each row as its name's pieces and its cells' spans; a name piece alone on a line joined
    to the row above (that row's name fills the name column) or below (the piece fills it)."""
    parsed = []
    for lo, hi in lines:
        spans = _pieces(text, lo, hi)
        if not spans:
            break
        first = text[spans[0][0]:spans[0][1]]
        if _SENTENCE.search(text, lo, hi) or _figure(first) or len(spans) > 8:
            break
        name_end = display_width(text, lo, spans[0][1])
        parsed.append((first, name_end, spans[1:]))
    # (the name column's width: the widest name, where a long name was cut)
    full = max((end for _, end, _ in parsed), default=0)
    rows: list[Row] = []
    waiting: list[str] = []
    for k, (name, end, cells) in enumerate(parsed):
        if cells:
            rows.append(([*waiting, name], cells))
            waiting = []
            continue
        if not _NAME_PIECE.fullmatch(name):
            waiting = []
            continue
        below = parsed[k + 1] if k + 1 < len(parsed) else None
        if end >= full - 1 and below is not None and below[2]:
            waiting = [name]  # (the piece fills the column: the row below goes on with it)
        elif below is not None and below[2] and _GOES_ON.fullmatch(below[0]):
            waiting = [name]  # (the row below is named by a bracketed note or a name's tail)
        elif rows and not waiting and parsed[k - 1][2] and parsed[k - 1][1] >= full - 1:
            rows[-1][0].append(name)  # (the row above was cut at the column's edge)
    return rows


def _laid_out(text: str, start: int) -> Layout | None:
    """The table whose head opens at ``start`` laid out as the table reader reads it."""
    lines = _lines(text, start)
    if len(lines) < 2:
        return None
    head = _head(text, *lines[0])
    if head is None:
        return None
    body = lines[1:]
    bracket = _BRACKET_LINE.fullmatch(text, *body[0]) if body else None
    if bracket is not None:
        head[_column_above(text, lines[0], bracket.start(1), len(head))] += bracket.group(1)
        body = body[1:]
    rows = _rows(text, body)
    if not rows:
        return None
    out = [_GAP.join(head)]
    where: dict[int, int] = {}
    at = start + len(out[0]) + 1
    end = start
    unit_column = len(head) > 2 and re.sub(r"[ \u3000]", "", head[1]) in ("单位", "單位")
    for names, cells in rows:
        line = "".join(names)
        if (unit_column and len(cells) == len(head) - 2
                and _figure(text[cells[0][0]:cells[0][1]])):
            line += _GAP + "—"  # (a row with no unit, an index: its 单位 cell left blank)
        for lo, hi in cells:
            line += _GAP
            for q in range(lo, hi):
                if text[q] not in " \u3000":
                    where[at + len(line)] = q
                    line += text[q]
            end = max(end, hi)
        out.append(line)
        at += len(line) + 1
    return text[:start] + "\n".join(out) + "\n", where, end


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of the lines from ``start`` to a blank line or a note (注：), at most
    ``_MAX_ROWS`` and the head."""
    out: list[tuple[int, int]] = []
    at = start
    while at < len(text) and len(out) <= _MAX_ROWS:
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        line = text[at:stop].strip(" \u3000\t\r")
        if not line or line.startswith(("注：", "注:")):
            break
        out.append((at, stop - 1 if text.startswith("\r", stop - 1) else stop))  # (CRLF)
        at = stop + 1
    return out


def _column_above(text: str, head: tuple[int, int], at: int, columns: int) -> int:
    """The index of the head column whose piece is above display position of ``at`` (the
    nearest starting before it), the last column when none is."""
    line_start = text.rfind("\n", 0, at) + 1
    column = display_width(text, line_start, at)
    starts = [display_width(text, head[0], a) for a, _ in _pieces(text, *head)]
    offset = len(starts) - columns  # (a spaced label: several pieces, one column)
    best = columns - 1
    for k, s in enumerate(starts[offset + 1:], 1):
        if s <= column + 2:
            best = k
    return best
