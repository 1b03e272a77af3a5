"""A fund report's table of returns over trailing windows (本报告期基金份额净值增长率及其与同期业绩
比较基准收益率的比较: every 公募基金 quarterly, half-year and annual report prints it) as its PDF
pastes it: the head's columns wrapped over lines and numbered ①-④ (①－③ and ②－④ the
differences), each row a window back from the report period's end, one space between cells:

    阶段
    份额净值增
    长率①
    …
    ①－③ ②－④
    过去三个月 20.15% 1.62% 14.83% 1.21% 5.32% 0.41%
    自基金合同
    生效起至今 27.71% 1.69% 9.82% 1.30% 17.89% 0.39%

Each cell is named by its column (the number dropped; a difference by the columns it takes) and
dated by its row's window, counted back from the last day of the period the report's title
names (2025年第3季度报告: 2025-09-30); a window since the fund's contract took effect is left
undated, its words its period's text. A return is a change (growth_rate), a 标准差 a level
(share)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipelines.domain.metrics.table_cells import TableCell, TextTable
from pipelines.domain.numbers import parse_numeral, to_half_width

_HEAD = re.compile(r"(?m)^[ \u3000]*(?:阶段|階段)(?=[ \u3000]*\r?$|[ \u3000]+\S)")
# the window a row names, back from the report period's end (过去三个月, 过去一年)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
# (cleaning's normalising may leave a column's number as a note mark, \x1e: the columns are
# numbered in their order)
_MARKS = _CIRCLED + "\x1e"
_FORMULA = re.compile(rf"[{_CIRCLED}][－\-—][{_CIRCLED}]")
_COLUMN = re.compile(rf"[{_CIRCLED}][－\-—][{_CIRCLED}]|[^{_MARKS}]+?[{_MARKS}]")
_WINDOW = re.compile(r"过去([一二三四五六七八九十]+|\d{1,2})个?(月|年)"
                     r"|過去([一二三四五六七八九十]+|\d{1,2})個?(月|年)")
_ROW_START = ("过去", "過去", "自")
_CELL = re.compile(r"[-−]?\d+(?:\.\d+)?%")
_REPORT = re.compile(r"(\d{4})\s?年\s?(?:第\s?([1-4一二三四])\s?季度|(半)年度|(中期)|年度)报告")
_MAX_ROWS = 12
_PIECE = re.compile(r"[^ \t\r\n\u3000]+")  # (not \S: a note mark \x1e is no space here)


def windows_possible(raw: str) -> bool:
    """Could ``raw`` hold such a table (plain searches first)?"""
    return ("阶段" in raw or "階段" in raw) and ("过去" in raw or "過去" in raw) and (
        _HEAD.search(raw) is not None)


def window_tables(text: str, tables: tuple[TextTable, ...]) -> list[TextTable]:
    """The window tables of ``text`` outside ``tables``."""
    found: list[TextTable] = []
    for m in _HEAD.finditer(text):
        if any(t.start <= m.start() < t.end for t in (*tables, *found)):
            continue
        table = _window_table(text, m)
        if table is not None:
            found.append(table)
    return found


def _report_end(before: str) -> date | None:
    """The last day of the period the report's title names (2025年第3季度报告)."""
    m = _REPORT.search(before)
    if m is None:
        return None
    year = int(m.group(1))
    if m.group(2):
        quarter = "1234一二三四".index(m.group(2)) % 4 + 1
        month = 3 * quarter
    else:
        month = 6 if (m.group(3) or m.group(4)) else 12
    return _month_end(year, month)


def _month_end(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


def _window_text(name: str, end: date) -> str:
    """The window's period written as the table reader dates a column (2025年4-9月,
    2024年10月-2025年9月), or "" (a window since the contract's day: left to the table)."""
    m = _WINDOW.fullmatch(name)
    if m is not None:
        words, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        n = int(words) if words.isdigit() else int(parse_numeral(words) or 0)
        months = n * (12 if unit == "年" else 1)
        if not 0 < months <= 240:
            return ""
        first = end.year * 12 + end.month - months  # (0-based month count of the first month)
        y, mo = divmod(first, 12)
        if y == end.year:
            return f"{end.year}年{mo + 1}-{end.month}月"
        return f"{y}年{mo + 1}月-{end.year}年{end.month}月"
    return ""


def _window_table(text: str, m: re.Match[str]) -> TextTable | None:
    start = m.start()
    end = _report_end(text[:start])
    if end is None:
        return None
    pieces = [(p.start(), p.group()) for p in _PIECE.finditer(text[m.end():])]
    pieces = [(m.end() + at, piece) for at, piece in pieces]
    # the head: the pieces up to the first row's window
    k = 0
    while k < len(pieces) and not pieces[k][1].startswith(_ROW_START):
        k += 1
    head = "".join(p for _, p in pieces[:k])
    columns = _COLUMN.findall(head)
    if not columns or "".join(columns) != head or k >= len(pieces):
        return None
    named = dict(zip(_CIRCLED, (c[:-1] for c in columns if not _FORMULA.fullmatch(c)),
                     strict=False))
    names = [f"{named.get(c[0], c[0])}－{named.get(c[-1], c[-1])}" if _FORMULA.fullmatch(c)
             else c[:-1] for c in columns]
    cells: list[TableCell] = []
    j, rows, last = k, 0, start
    while j < len(pieces) and rows < _MAX_ROWS:
        n = j
        while n < len(pieces) and not _CELL.fullmatch(to_half_width(pieces[n][1])):
            n += 1
        row = "".join(p for _, p in pieces[j:n])
        figures = pieces[n : n + len(columns)]
        if (not row or not row.startswith(_ROW_START) or len(figures) < len(columns)
                or not all(_CELL.fullmatch(to_half_width(p)) for _, p in figures)):
            break
        window = _window_text(row, end)
        for (at, piece), name, column in zip(figures, names, columns, strict=True):
            value = float(to_half_width(piece).rstrip("%").replace("−", "-"))
            spread = "标准差" in name  # (a volatility, a level; the rest are returns, changes)
            cells.append(TableCell(
                at, at + len(piece), piece, value, name, "%", "%", "percent", 1.0,
                not spread and not _FORMULA.fullmatch(column), column, window, "",
                share=spread, listed=True, over_years=not window, row_period=row))
        rows += 1
        j = n + len(columns)
        last = figures[-1][0] + len(figures[-1][1])
    if not cells:
        return None
    return TextTable(start, last, tuple(cells), text)
