"""A financial statement or summary as a filing's PDF pastes it (a Hong Kong-listed company's
業績公告: 財務摘要, 簡明綜合損益表): no 项目 head, the columns a line of years under the span they
cover, a line of units below (a 附註 column in front), one space between cells:

    截至六月三十日止六個月
    二零二五年 二零二四年 變動
    人民幣千元 人民幣千元 %
    收益 2,846,315 2,531,872 12.4
    銷售成本 (2,103,407) (1,903,767)
    財務成本 6 (14,206) (17,835)

Each row is a name, a note number (附註) where the unit line has that column, and one cell per
column; a cost in brackets is the cost (the bracket is the statement's sign, the name says it
is a cost: the figure is read inside). A line with no cells (以下人士應佔：, 每股盈利 10) is passed
over. The years are the spans the line above names (截至六月三十日止六個月: the six months to
June of each year), the whole year without it. The statement is laid out again as the table
reader reads it (a 单位 line, a head with the columns' periods and a change column in %, cells
parted by wide gaps) and read by it; its cells' offsets are mapped back to the text."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.domain.cleaning.normalize import INVISIBLE
from pipelines.domain.metrics.table_cells import TextTable
from pipelines.domain.metrics.table_reflow import relaid_tables
from pipelines.domain.numbers import parse_numeral

_YEAR = r"(?:\d{4}|[〇零一二三四五六七八九]{4})\s?年"
# the line of the columns' years (二零二五年 二零二四年 變動): two years or more, a change last
_YEARS_LINE = re.compile(
    rf"(?m)^[ \u3000]*(?:附[註注][ \u3000]+)?({_YEAR}(?:[ \u3000]+{_YEAR})+)"
    r"(?:[ \u3000]+(?:變動|变动|變化|变化|增減|增减)(?:[（(]?[%％][)）]?)?)?[ \u3000]*\r?$")
# the line of the columns' units (附註 人民幣千元 人民幣千元 %)
_UNIT = r"(?:人民[幣币]|港[幣币]|美元)?[千百萬万億亿]*(?:元|美元)"
_UNITS_LINE = re.compile(
    rf"^[ \u3000]*(附[註注][ \u3000]+)?({_UNIT}(?:[ \u3000]+{_UNIT})*)"
    r"(?:[ \u3000]+[%％])?[ \u3000]*\r?$")
# a line saying the figures are not audited (（未經審核） （未經審核）)
_AUDIT_LINE = re.compile(r"^[ \u3000]*(?:[（(](?:未[經经])?[審审]核[)）][ \u3000]*)+\r?$")
# the span each year's column covers (截至六月三十日止六個月, 截至十二月三十一日止年度)
_SPAN = re.compile(r"截至([一二三四五六七八九十]{1,3}|\d{1,2})月[^止\n]{1,6}止"
                   r"(?:([三六九]|十二|\d{1,2})個月|(?:([三六九]|十二|\d{1,2})个月)|(年度))")
_CELL = re.compile(r"[(（]?-?\d[\d,]*(?:\.\d+)?[)）]?%?|-?\d+(?:\.\d+)?個百分點"
                   r"|-?\d+(?:\.\d+)?个百分点")
_NOTE = re.compile(r"\d{1,2}")
_SENTENCE = re.compile(r"[，。；！？]")
_MAX_NAME = 30
_DASHES = "－-—"
_END_BRACKET = re.compile(r"[（(][^（()）]*[）)]$")
_PER_SHARE = "每股"  # (每股盈利: a per-share label whose kinds follow it, 基本 / 攤薄)
_GAP = "\u3000\u3000"
# a piece of a line: a run of non-space, an invisible character inside it part of it (2,5\x1e31,872)
_PIECE = re.compile(rf"(?:\S|{INVISIBLE})+")


def statements_possible(raw: str) -> bool:
    """Could ``raw`` hold such a statement (a plain search first: a line of years)?"""
    return ("年 " in raw or "年\u3000" in raw) and "元" in raw and (
        _YEARS_LINE.search(raw) is not None)


def statement_tables(text: str, tables: tuple[TextTable, ...],
                     read: Callable[[str], tuple[TextTable, ...]]) -> list[TextTable]:
    """The statements of ``text`` outside ``tables``, each laid out again and read by ``read``
    (the table reader), its cells' offsets those of ``text``."""
    return relaid_tables(text, tables, read, _YEARS_LINE.finditer(text),
                         lambda m: _laid_out(text, m))


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = parse_numeral(word)
    return int(value) if value is not None else None


def _column_heads(text: str, years: list[str], start: int) -> list[str]:
    """Each year's column head as the reader reads a period (2025年1-6月, 2024年): the span the
    line above names, in that year."""
    above = text[max(0, text.rfind("\n", 0, max(0, start - 1)) + 1) : start]
    span = _SPAN.search(above)
    out = []
    for written in years:
        digits = written.rstrip("年").strip()
        year = _number(digits) or digits  # (二零二五: a year in Chinese digits too)
        if span is None or span.group(4):
            out.append(f"{year}年")
            continue
        month = _number(span.group(1))
        months = _number(span.group(2) or span.group(3) or "")
        if month is None or months is None or not 0 < months <= month <= 12:
            out.append(f"{year}年")
            continue
        out.append(f"{year}年{month - months + 1}-{month}月")
    return out


def _laid_out(text: str, m: re.Match[str]) -> tuple[str, dict[int, int], int] | None:
    """The statement whose years line ``m`` is, laid out as the table reader reads it, with the
    offset in ``text`` of each laid-out cell's characters and the statement's end; None when no
    units line follows or no row."""
    years = re.findall(_YEAR, m.group(1))
    change = m.group(0).rstrip().endswith(("動", "动", "化", "減", "减", "%", "％", ")", "）"))
    pos = m.end() + 1
    lines = text[pos:].split("\n")
    if not lines:
        return None
    units = _UNITS_LINE.match(lines[0].replace(INVISIBLE, ""))  # (附\x1e註: read as printed)
    if units is None:
        return None
    noted = units.group(1) is not None
    unit = re.sub(r"人民[幣币]|港[幣币]", "", units.group(2).split()[0])
    pos += len(lines[0]) + 1
    index = 1
    if index < len(lines) and _AUDIT_LINE.match(lines[index].replace(INVISIBLE, "")):
        pos += len(lines[index]) + 1
        index += 1
    width = len(years) + int(change)
    heads = _column_heads(text, years, m.start())
    head = "项目" + _GAP + _GAP.join(heads) + (_GAP + "变动（%）" if change else "")
    out = [f"单位：{unit}", head]
    where: dict[int, int] = {}
    at = m.start() + len(out[0]) + len(out[1]) + 2
    end, rows = m.end(), 0
    label = ""  # (the last line of a label with no cells: 每股盈利)
    for line in lines[index:]:
        line_start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            break
        pieces = [(p.start(), p.group()) for p in _PIECE.finditer(line)]
        seen = [piece.replace(INVISIBLE, "") for _, piece in pieces]
        k = len(pieces)
        while k > 0 and _CELL.fullmatch(seen[k - 1]):
            k -= 1
        cells = pieces[k:]
        names = [(at_, piece) for (at_, _), piece in zip(pieces[:k], seen, strict=False)]
        if noted and names and len(cells) == 1 and _NOTE.fullmatch(cells[0][1]):
            label = "".join(p for _, p in names)
            continue  # (每股盈利 10: a label with its note, the rows go on)
        if noted and len(cells) > width and _NOTE.fullmatch(seen[k]):
            cells = cells[1:]
        elif noted and names and _NOTE.fullmatch(names[-1][1]):
            names = names[:-1]
        joined = "".join(p for _, p in names)
        name = joined.lstrip(_DASHES)
        if not name or len(name) > _MAX_NAME or _SENTENCE.search(name):
            break
        if not cells:
            label = name
            continue  # (以下人士應佔：, 每股盈利 10: a label, the rows go on)
        if joined.startswith(tuple(_DASHES)) and label.startswith(_PER_SHARE):
            # (每股盈利 then －基本（人民幣分）: 每股基本盈利（人民幣分）, as the filings name it)
            unit = _END_BRACKET.search(name)
            kind = name[: unit.start()] if unit else name
            name = (_PER_SHARE + kind + label[len(_PER_SHARE) :]
                    + (unit.group() if unit else ""))
        if len(cells) != width:
            break
        laid = name
        for offset, piece in cells:
            chars = [(q, ch) for q, ch in enumerate(piece) if ch != INVISIBLE]
            if chars[0][1] in "(（" and chars[-1][1] in ")）":
                chars = chars[1:-1]
            laid += _GAP
            for q, ch in chars:
                where[at + len(laid)] = line_start + offset + q
                laid += ch
        out.append(laid)
        at += len(laid) + 1
        rows += 1
        end = line_start + len(line)
    if not rows:
        return None
    return text[: m.start()] + "\n".join(out) + "\n", where, end

