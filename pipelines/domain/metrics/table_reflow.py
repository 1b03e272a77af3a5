"""A listed company's 主要会计数据和财务指标 form as a PDF's text layer gives it: every
periodic report (季度报告, 半年度报告, 年度报告) prints it with the same columns, but a copy
from the PDF parts its cells by one space and wraps its long heads and row names over lines:

    项目 本报告期
    本报告期比上
    年同期增减变
    动幅度(%)
    年初至报告期末
    …
    归属于上市公司股东的
    净利润 126,508,944.63 32.15 347,926,105.41 21.84

The head is known by its columns (the period words of the form: 本报告期, 年初至报告期末,
本报告期末, 上年度末, 2024年, and their 比…增减(%) columns), so its wrapped pieces are joined
column by column;
each row is then a name (its wrapped pieces joined) and one cell per column (a figure, 不适用, 增加
0.52 个⏎百分点). The form is laid out again as the table reader reads it (cells parted by wide
gaps, one line a row) and read by it; its cells' offsets are mapped back to the raw text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from pipelines.domain.cleaning.normalize import INVISIBLE
from pipelines.domain.metrics.table_cells import NUMBER, TableCell, TextTable
from pipelines.domain.numbers import to_half_width

_PERIOD = (r"(?:本报告期末|本报告期|年初至报告期末|报告期(?=[(（])|上年度末|上年同期末|上年同期|"
           r"上年末|"
           r"本期末|本期|上期末|上期|本年末|本年|上年|\d{4}年(?:末|度)?)")
# (报告期（2025年7月1日-2025年9月30日）: a fund report's column, its span in brackets)
_DAY_SPAN = r"\d{4}年\d{1,2}月\d{1,2}日\s?[－—\-至]\s?(?:\d{4}年)?\d{1,2}月\d{1,2}日"
_SPAN_COLUMN = re.compile(rf"[(（]{_DAY_SPAN}[)）]$")
_BRACKET = rf"(?:[(（](?:调整后|调整前|[%％]|\d{{1,2}}[－—-]\d{{1,2}}月|{_DAY_SPAN})[)）])"
_COLUMN = re.compile(
    rf"{_PERIOD}{_BRACKET}?(?:比{_PERIOD}(?:同期)?增减(?:变动)?(?:幅度)?{_BRACKET}?)?")
_HEAD_LABELS = ("项目", "主要会计数据", "主要财务指标")
# characters a copy leaves in the text, invisible when printed (a zero-width space, a BOM, a
# soft hyphen; INVISIBLE in the normalised text): passed over inside the form's words and cells
_HIDDEN = "[\u200b\u200c\u200d\u2060\ufeff\u00ad" + INVISIBLE + "]*"


def _hidden_between(pattern: str) -> str:
    """``pattern`` (literal Han words, ``|`` and groups) with invisible characters allowed
    between its Han characters (项\u200b目, 本报\ufeff告期)."""
    return re.sub("(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", _HIDDEN, pattern)


_YEAR_DIGITS = (r"\d" + _HIDDEN) * 4  # (a year, an invisible character allowed in it: 20\x1e25)
# a line's start, after a lone CR too (an old Mac's line end)
_LINE_START = r"(?m)(?:^|(?<=\r))"
# a form's head line: its label, one space, a column's first word (a cheap search first)
_HEAD_START = re.compile(
    _LINE_START + _hidden_between(r"(?:项目|主要会计数据|主要财务指标)") + _HIDDEN
    + r"(?:[ \u3000]+|[ \u3000]*(?:\r\n?|\n)[ \u3000]*)" + _HIDDEN
    + _hidden_between(r"(?:本报告期|本期|年初至|") + _YEAR_DIGITS + r"[ ]?年|"
    + _hidden_between(r"报告期\s*[(（]") + _HIDDEN + _YEAR_DIGITS + "年)")
_EMPTY = frozenset({"不适用", "—", "-", "--", "/", "－"})
_CHANGE = ("增加", "减少", "上升", "下降")
_POINT_PIECES = frozenset({"个", "百分点", "个百分点"})
_SENTENCE = re.compile(r"[，。；：:！？、]")
_MAX_NAME = 40  # characters of a row name, at most (a longer run is prose)
_MAX_HEAD_TOKENS = 30  # pieces a wrapped head holds, at most
_GAP = "\u3000\u3000"


def reflowed_tables(text: str, tables: tuple[TextTable, ...],
                    read: Callable[[str], tuple[TextTable, ...]]) -> list[TextTable]:
    """The forms of ``text`` (normalised, raw offsets) outside ``tables``, each laid out again
    and read by ``read`` (the table reader), its cells' offsets those of ``text``."""
    return relaid_tables(text, tables, read, _HEAD_START.finditer(text),
                         lambda m: _laid_out(text, m.start()))


Layout = tuple[str, dict[int, int], int]  # the text laid out again, its offsets in ``text``, end


def relaid_tables(text: str, tables: tuple[TextTable, ...],
                  read: Callable[[str], tuple[TextTable, ...]], heads: Iterable[re.Match[str]],
                  lay: Callable[[re.Match[str]], Layout | None]) -> list[TextTable]:
    """The tables that start at ``heads`` outside ``tables``, each laid out again by ``lay`` (a
    PDF's form, a filing's statement) and read by ``read``, its cells' offsets those of
    ``text``."""
    found: list[TextTable] = []
    for m in heads:
        start = m.start()
        if any(t.start <= start < t.end for t in (*tables, *found)):
            continue
        laid = lay(m)
        if laid is None:
            continue
        virtual, where, end = laid
        cells = tuple(mapped_cell(c, where, text) for t in read(virtual) for c in t.cells
                      if c.raw_start in where and c.raw_end - 1 in where)
        if cells:
            found.append(TextTable(start, end, cells, text))
    return found


def changes_explained(text: str, tables: list[TextTable],
                      read: Callable[[str], tuple[TextTable, ...]]) -> list[TextTable]:
    """The table of the form's changes and their reasons (项目名称  变动比例（%）  主要原因, every
    periodic report prints it after the form) as a PDF's copy gives it: each row's name (an
    indicator of the form, its column glued on: 归属于上市公司股东的净利润_本报告期) and reason
    wrapped over lines. Each change is read as the form's cell: named by the indicator, dated by
    the column its name carries, in the head's %."""
    found: list[TextTable] = []
    known = {c.name for t in tables for c in t.cells}
    for m in _CHANGES_HEAD.finditer(text):
        start = m.start()
        if any(t.start <= start < t.end for t in tables):
            continue
        tokens = _tokens(text, m.end())
        rows: list[tuple[str, str, int, str]] = []
        done = 0
        for k, (pos, piece) in enumerate(tokens):
            if not NUMBER.fullmatch(to_half_width(_seen(piece))):
                continue
            named = _changed_name(text, tokens[done:k], known)
            done = k + 1
            if named is not None:
                rows.append((*named, pos, piece))
        if not rows:
            continue
        # (laid out as the form: each period the rows name, then its change column; a row's
        # other cells 不适用)
        periods = list(dict.fromkeys(period for _, period, _, _ in rows))
        lines = ["项目" + "".join(_GAP + p + _GAP + _CHANGE_COLUMNS[p] for p in periods)]
        where: dict[int, int] = {}
        at = start + len(lines[0]) + 1
        for name, period, pos, piece in rows:
            line = name
            for column in periods:
                line += _GAP + "不适用" + _GAP
                if column != period:
                    line += "不适用"
                    continue
                line = _copied(line, at, pos, piece, where)
            lines.append(line)
            at += len(line) + 1
        end = rows[-1][2] + len(rows[-1][3])
        virtual = text[:start] + "\n".join(lines) + "\n"
        cells = tuple(mapped_cell(c, where, text) for t in read(virtual) for c in t.cells
                      if c.raw_start in where and c.raw_end - 1 in where)
        if cells:
            found.append(TextTable(start, end, cells, text))
    return found


# the head of the table of the form's changes and their reasons
_CHANGES_HEAD = re.compile(
    _LINE_START + _hidden_between(r"项目名称[ \u3000]+变动比例") + _HIDDEN + "[（(]" + _HIDDEN
    + "[%％]" + _HIDDEN + "[)）]" + _hidden_between(r"[ \u3000]+主要原因[ \u3000]*(?=[\r\n]|\Z)"))
_GLUED_PERIOD = re.compile(r"_(本报告期末|本报告期|年初至报告期末)$")


def _changed_name(text: str, pieces: list[tuple[int, str]], known: set[str]
                  ) -> tuple[str, str] | None:
    """The name of a change's row from the pieces before its figure (the reason of the row
    before, then the name, each piece a line's or part of one): the indicator with its column
    in front (本报告期归属于上市公司股东的净利润), the name starting at a line's start: the
    form's own row of that name, else the longest run of lines with no sentence mark."""
    starts = [k for k, (pos, _) in enumerate(pieces)
              if k == 0 or _breaks(text[pieces[k - 1][0] + len(pieces[k - 1][1]) : pos])]
    names = []
    for k in starts:
        joined = "".join(_seen(p) for _, p in pieces[k:])
        glued = _GLUED_PERIOD.search(joined)
        if glued is None or _SENTENCE.search(joined):
            continue
        names.append((joined[: glued.start()], glued.group(1)))
    if not names:
        return None
    name, period = next(((n, p) for n, p in names if n in known), names[0])
    return (name, period) if 0 < len(name) <= _MAX_NAME else None


# the form's change column of each period a change's row may name
_CHANGE_COLUMNS = {"本报告期": "本报告期比上年同期增减变动幅度（%）",
                   "年初至报告期末": "年初至报告期末比上年同期增减变动幅度（%）",
                   "本报告期末": "本报告期末比上年度末增减变动幅度（%）"}


def _seen(piece: str) -> str:
    """``piece`` without its invisible characters (1,86\x1e3,402,517.29)."""
    return piece.replace(INVISIBLE, "") if INVISIBLE in piece else piece


def _copied(line: str, at: int, pos: int, piece: str, where: dict[int, int]) -> str:
    """``line`` (laid out from ``at`` on) with ``piece`` (at ``pos`` in the text) after it, its
    invisible characters left out; the offset of each character copied kept in ``where``."""
    for q, ch in enumerate(piece):
        if ch != INVISIBLE:
            where[at + len(line)] = pos + q
            line += ch
    return line


def mapped_cell(cell: TableCell, where: dict[int, int], text: str) -> TableCell:
    """``cell`` (read on the laid-out text) with the offsets of its characters in ``text``."""
    start, end = where[cell.raw_start], where[cell.raw_end - 1] + 1
    return replace(cell, raw_start=start, raw_end=end, quote=text[start:end])


# a piece: a run of non-space, an invisible character inside it part of it (Python's \s takes
# INVISIBLE, a separator, for a space: 1,86\x1e3,402,517.29 is one figure)
_TOKEN = re.compile(rf"(?:\S|{INVISIBLE})+")


def _breaks(gap: str) -> int:
    """Line breaks in ``gap`` (CRLF, LF or a lone CR)."""
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n")


def _tokens(text: str, start: int) -> list[tuple[int, str]]:
    """The pieces (runs of non-space) from ``start`` to the form's end: a blank line or a note
    (注：)."""
    out = []
    for m in _TOKEN.finditer(text[start:]):
        at = start + m.start()
        gap = text[out[-1][0] + len(out[-1][1]) : at] if out else ""
        breaks = _breaks(gap)
        if breaks > 1 or (breaks and m.group().startswith(("注：", "注:"))):
            break
        out.append((at, m.group()))
    return out


def _head_width(pieces: list[str]) -> tuple[int, list[str]] | None:
    """How many of ``pieces`` (the text after a head's label, or a row's text) make a head of
    the form's columns, the most that do, and the columns; None if none does."""
    best = None
    joined = ""
    for n, piece in enumerate(pieces[:_MAX_HEAD_TOKENS], 1):
        joined += piece
        columns = _columns(_END_MISREAD.sub("末", joined) if "未" in joined else joined)
        if columns is not None and (len(columns) >= 2 or _SPAN_COLUMN.search(columns[0])):
            best = (n, columns)  # (one column only when it gives its span: a fund's 报告期（…）)
    return best


# 末 read as 未 by OCR at a period's end (年初至报告期未, 上年度未): no column's word has 未
_END_MISREAD = re.compile("(?<=[期度年])未")


def _columns(joined: str) -> list[str] | None:
    """``joined`` parted into the form's columns, None if it is not columns only."""
    out, pos = [], 0
    while pos < len(joined):
        m = _COLUMN.match(joined, pos)
        if m is None or not m.group():
            return None
        out.append(m.group())
        pos = m.end()
    return out


def _cell(tokens: list[tuple[int, str]], j: int) -> int | None:
    """The index after the value cell starting at ``tokens[j]`` (a figure, an empty mark,
    增加 0.52 个 百分点), None if no cell starts there."""
    if j >= len(tokens):
        return None
    piece = to_half_width(_seen(tokens[j][1]))
    if piece in _EMPTY:
        return j + 1
    if piece in _CHANGE and j + 1 < len(tokens):
        j, piece = j + 1, to_half_width(_seen(tokens[j + 1][1]))
    elif piece.startswith(_CHANGE):
        piece = piece[2:]
    figure = piece.rstrip("%")
    if piece.endswith(("个百分点", "百分点")):
        figure = piece.removesuffix("百分点").removesuffix("个")
    elif piece.endswith("个"):
        figure = piece[:-1]
    if not NUMBER.fullmatch(figure):
        return None
    j += 1
    while j < len(tokens) and _seen(tokens[j][1]) in _POINT_PIECES:
        j += 1
    return j


def _laid_out(text: str, start: int) -> tuple[str, dict[int, int], int] | None:
    """The form whose head opens at ``start`` laid out as the table reader reads it: the text
    before it as written, then a line per head and row, cells parted by wide gaps; with the
    offset in ``text`` of each laid-out cell's characters and the form's end. None when the
    head is no form's or no row follows."""
    tokens = _tokens(text, start)
    label = next((h for h in _HEAD_LABELS if tokens and _seen(tokens[0][1]) == h), None)
    if label is None:
        return None
    head = _head_width([_seen(t) for _, t in tokens[1:]])
    if head is None:
        return None
    taken, columns = head
    # (one column giving its span, 报告期（2025年7月1日-2025年9月30日）: laid out with a 单位
    # column of the title's unit, 单位：人民币元, so that the reader reads a table, not a form)
    unit = _title_unit(text, start) if len(columns) == 1 else None
    if len(columns) == 1 and unit is None:
        return None
    if unit:  # (the column as the span it gives: 2025年7月1日-2025年9月30日)
        columns = [_SPAN_COLUMN.search(columns[0]).group()[1:-1]]  # type: ignore[union-attr]
    lines = [label + _GAP + ("单位" + _GAP if unit else "") + _GAP.join(columns)]
    where: dict[int, int] = {}
    at = start + len(lines[0]) + 1
    j, end, rows = 1 + taken, start, 0
    width = len(columns)
    while j < len(tokens):
        k = j
        while k < len(tokens) and _cell(tokens, k) is None:
            k += 1
        names = [_seen(t) for _, t in tokens[j:k]]
        line = ""
        labelled = int(bool(names) and names[0] in _HEAD_LABELS)
        if rows and (again := _head_width(names[labelled:])) is not None:
            taken, columns = again  # (本报告期末  上年度末  …: a second head for the stocks)
            taken += labelled
            width = len(columns)
            line = names[0] * labelled + _GAP + _GAP.join(columns)
            lines += ["", line]  # (a part of its own: the reader takes the new head's columns)
            at += len(line) + 2
            j += taken
            names = names[taken:]
        name = "".join(names)
        if not name or len(name) > _MAX_NAME or _SENTENCE.search(name):
            break
        cells: list[tuple[int, int]] = []
        for _ in range(width):
            after = _cell(tokens, k) if k < len(tokens) else None
            if after is None:
                break
            cells.append((k, after))
            k = after
        if len(cells) < width:
            break
        line = name + (_GAP + unit if unit else "")
        for lo, hi in cells:
            line += _GAP
            for p in range(lo, hi):
                line = _copied(line, at, *tokens[p], where)
        lines.append(line)
        at += len(line) + 1
        rows += 1
        j = k
        end = tokens[k - 1][0] + len(tokens[k - 1][1])
    if not rows:
        return None
    return text[:start] + "\n".join(lines) + "\n", where, end


_TITLE_UNIT = re.compile(r"[单單]位\s?[：:]\s?(?:人民[币幣])?([千百万萬亿億]*元)\s*$")


def _title_unit(text: str, start: int) -> str | None:
    """The unit the line right above a form writes (单位：人民币元: 元), if it writes one."""
    above = text[max(0, text.rfind("\n", 0, max(0, start - 1)) + 1) : start].strip()
    m = _TITLE_UNIT.search(above)
    return m.group(1) if m else None


def form_heads_possible(raw: str) -> bool:
    """Could ``raw`` hold a form (or its table of changes) a PDF's copy lays out with one space
    between cells (a plain search first: almost no document prints a 项目 head line)?"""
    return ("项目" in raw or "主要会计数据" in raw or "主要财务指标" in raw) and (
        _HEAD_START.search(raw) is not None or _CHANGES_HEAD.search(raw) is not None)
