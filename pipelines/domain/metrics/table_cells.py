"""A text table's records (TableCell, TextTable) and the primitives every reader of one shares: a
printed line parted into cells, a cell's text as read, a head's measure and unit, the lines around
an offset of the raw text. Kept apart so the readers of tables, forms and lists can all import it
without importing each other."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import chain

from pipelines.domain.cleaning.normalize import INVISIBLE
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.numbers import to_half_width
from pipelines.domain.periods import YEAR_CODE_RE
from pipelines.domain.units import NormalizedUnit, normalize_unit, unit_lexicon

CELL_SEP = re.compile(r"[ \u3000]{2,}|\t|[ \u3000]*\|[ \u3000]*")
# a table whose cells one ideographic space parts (美國　1,712.4　63.2　32.2): read so only when
# its head line holds no wider gap
SPACED_SEP = re.compile(r"[ \u3000]*\u3000[ \u3000]*|[ \u3000]{2,}|\t")
# one space between cells: a table whose head line is its lead head, 单位 and columns, each
# parted by one space (指标 单位 2025年 同比增长%), as a web page copies a key-figures table
ONE_SEP = re.compile(r"[ \u3000]")
ONE_SPACE_HEAD = re.compile(r"(?m)^(?:指标|指标名称|项目|指標|項目)[ \u3000](?:单位|單位)"
                            r"(?:[ \u3000][^\s，。；：,;:]{1,12}){1,6}[ \u3000]*$")
NUMBER = re.compile(r"[-−+]?\d+(?:,\d{3})*(?:\.\d+)?")  # (+1.8: a signed change column)

BRACKET_UNIT = re.compile(r"[（(]([^（）()]{1,8})[）)]$")

MAX_CELLS = 12

# characters a copy from a web page or a PDF leaves inside numbers, invisible when printed
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad" + INVISIBLE))
TITLE_LINES = 3  # lines above the head searched for the table's title (its year)


@dataclass(frozen=True)
class TableCell:
    """One number of a text table; offsets are into the raw text."""

    raw_start: int
    raw_end: int
    quote: str
    value: float
    name: str  # the row's name (its period, if it starts with one, still in front)
    unit_raw: str | None
    unit: str | None
    category: str | None
    multiplier: float
    growth: bool  # under a growth column
    column: str  # the head of its column
    dated_column: str  # the head naming its period: for a growth column the nearest dated one
    # to its left (增长% after 2025年预算数), else the table's first ("" if none)
    title: str  # the lines above the head
    qualifier: str = "none"  # 39以上 in a cell
    qualifier_text: str | None = None
    share: bool = False  # under a share column (占比（%）): its row's share of the whole
    # over the years after the table's base column (2020年基数) up to its column's: a cumulative
    # cell written in 〔〕 (〔14〕, five years' sum) or a row of yearly averages (…年均增长)
    since: int | None = None
    summed: bool = False  # written in 〔〕: a sum (a cumulative count, not a year's flow)
    place: str | None = None  # in a table whose rows are places (地区 heads its first column):
    # the row's place (its name is then its column's)
    rank: bool = False  # under a rank column (排名): the row's rank in what the table ranks
    # a form's figure (a table with no unit nor growth column, or a line of labelled figures):
    # dated only by the period word its row, row group or column opens with (``dated_column``)
    form: bool = False
    # its table's note says its 年度 run from 1 April (財政年度指每年4月1日至翌年3月31日): a label
    # 2020/21年度 is the financial year 2020-04-01..2021-03-31
    april_years: bool = False
    # under a column of the change between two year columns (增减量): the year's change of a
    # stock or level in its row's unit (a flow, not a stock)
    difference: bool = False
    # a row's label naming its period only with its head's word (2020/21 under 財政年度, dated
    # as 2020/21年度): the period as written; a list's row's years (2023-2027 under 起止年限),
    # which its undated figures span, as written
    row_period: str | None = None
    # a figure of a list of projects (序号  项目名称  建设内容及规模  起止年限  总投资（亿元）…):
    # named by the row's project and its column's measure or its 建设内容 clause, dated only by
    # its own column head's period (``dated_column``) or, in a list with no column of the
    # projects' years, by the table's; ``planned``: a plan's figure (a head or the title names
    # the plan); ``over_years``: the list gives each project's years (起止年限), which its
    # undated figures span
    listed: bool = False
    planned: bool = False
    over_years: bool = False
    value_high: float | None = None  # a range written in a 建设内容 cell (3-5个)
    # a figure of a tender's lots (包号  品目名称  数量  单位  预算金额（万元）: each row a lot its
    # code labels): what the procedure sets (its budget, cap, quantity), no result of a period
    lot: bool = False
    # a record's figure (期限  操作利率  投标量  中标量 over 7天  1.40%  1830亿元  1830亿元: each
    # cell a figure with its unit, named by its column alone), dated as the text introduces it
    record: bool = False


@dataclass(frozen=True)
class TextTable:
    start: int  # raw offsets of the head line's start and the last row's end
    end: int
    cells: tuple[TableCell, ...]
    # the document's raw text (the same object, not a copy): what it says before the table
    # gives the table its period when nothing in or over the table does (table_rows.py)
    raw: str = field(default="", compare=False, repr=False)

    @property
    def before(self) -> str:
        return self.raw[: self.start]


def _cells(line: str, sep: re.Pattern[str] = CELL_SEP) -> list[tuple[int, str]]:
    """The cells of a line with their offsets in it (runs of 2+ spaces or a tab part them; with
    ``SPACED_SEP`` one ideographic space too)."""
    out, pos = [], 0
    for m in sep.finditer(line):
        if m.start() > pos:
            out.append((pos, line[pos : m.start()]))
        pos = m.end()
    if pos < len(line):
        out.append((pos, line[pos:]))
    return [(at + len(c) - len(c.lstrip()), c.strip()) for at, c in out if visible(c)]


def visible(text: str) -> str:
    """``text`` without invisible characters (_INVISIBLE) and surrounding spaces."""
    return text.translate(_INVISIBLE).strip()


def _unspaced(text: str) -> str:
    """``text`` without the spaces an OCR engine puts inside a number (7. 1, 5 5.1, 4 .2,
    2 020年): a space between two digits or beside a decimal point."""
    return _SPACE_IN_NUMBER.sub("", text) if " " in text else text


_SPACE_IN_NUMBER = re.compile(r"(?<=\d) (?=[\d.])|(?<=\d\.) (?=\d)")


def title_text(title: str) -> str:
    """A table's title as printed: without invisible characters (20\u200b25年1—\ufeff10月) and
    the spaces an OCR engine put inside its numbers (114年1至1 0月), its label's number kept
    apart from the figure after it (表1 2025年, 表12 114年)."""
    title = title.translate(_INVISIBLE)
    return _SPACE_IN_TITLE.sub("", title) if " " in title else title


_SPACE_IN_TITLE = re.compile(r"(?<![表图圖]\d)(?<![表图圖]\d\d)(?<=\d) (?=\d)")


def head_text(cell: str) -> str:
    """A head cell as written, without the spaces an OCR engine or a justified print puts inside
    a number or between Han characters (2 020年基数, 月 份, 新 订 单)."""
    text = _unspaced(visible(cell))
    if (label := YEAR_CODE_RE.fullmatch(text)) is not None:  # 2024A  2025E: a year's result, a
        # year's estimate (a broker's forecast table)
        return label.group(1) + "年" + ("" if label.group(2) == "A" else _ESTIMATED)
    return _SPACE_IN_WORD.sub("", text) if " " in text else text


_SPACE_IN_WORD = re.compile("(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_ESTIMATED = "预测"

CELL_QUALIFIER = {"以上": "at_least", "以下": "at_most", "以内": "at_most", "左右": "about"}
CELL_NUMBER = re.compile(r"(" + NUMBER.pattern + r")([%％])?(以上|以下|以内|左右)?")


def table_at_line(tables: list[TextTable], start: int) -> bool:
    """Does a table of ``tables`` hold the line starting at ``start``?"""
    return any(t.start <= start < t.end for t in tables)


def tables_read(tables: list[TextTable], starts: Iterable[int],
                read: Callable[[int, int], TextTable | None], done: int = -1
                ) -> tuple[list[TextTable], int]:
    """The tables ``read(start, done)`` finds at ``starts`` (in order) that no table of
    ``tables`` holds, each past the end of the one found before (``done``); with the end of
    the last found (``done`` if none)."""
    found: list[TextTable] = []
    for start in starts:
        if start <= done or table_at_line(tables, start):
            continue
        table = read(start, done)
        if table is not None:
            found.append(table)
            done = table.end
    return found, done


def lines_above(raw: str, start: int, end: int) -> tuple[list[str], list[int]]:
    """The lines of ``raw[start:end]`` (whole lines) with their raw offsets."""
    lines, starts, pos = [], [], start
    for m in LINE_END.finditer(raw, start, end):
        lines.append(raw[pos:m.start()])
        starts.append(pos)
        pos = m.end()
    if pos < end:
        lines.append(raw[pos:end])
        starts.append(pos)
    return lines, starts


# a sentence's marks: a line holding them is prose, whatever ideographic spaces it holds (a page
# whose paragraphs run together: 【打印】　【关闭】根据…，…增长8.9%。 is no table's head)
PROSE_MARKS = re.compile("[，。；！？]")


def printed_lines_above(raw: str, start: int) -> int:
    """Where the TITLE_LINES lines holding text above the line at ``start`` start (blank lines
    between a title, its 单位：% line and the head passed over)."""
    seen = 0
    while seen < TITLE_LINES and start > 0:
        above = line_above(raw, start)
        seen += bool(raw[above:start].strip())
        start = above
    return start


def _title(above: str) -> str:
    """The lines above a head that may be its table's title: not a sentence of the text before
    it (a line ending with 。 and what comes before it: 到2027年… is no title's year)."""
    lines = LINE_END.split(above)  # (not splitlines: cleaning's mark for an invisible
    # character, \x1e, would end a line)
    last = max((k for k, line in enumerate(lines) if line.rstrip().endswith(_SENTENCE_ENDS)),
               default=-1)
    return above if last < 0 else "\n".join(lines[last + 1 :])


_SENTENCE_ENDS = ("。", "！", "？", "；")


def lines_from(raw: str, start: int, limit: int = 400, after_head: bool = False
               ) -> tuple[list[str], list[int]]:
    """The lines from ``start`` on (at most ``limit``, up to a blank line: the end of a table),
    with their raw offsets; a line ends at LF, CRLF or a lone CR (the raw page keeps them). A
    blank line between a row name's first piece and the line of its rest (农林牧渔业总产 /
    blank / 值  亿元  168.5  4.6: a page set in columns starting its next pair of columns
    inside the wrapped row) is passed over; with ``after_head`` (the first line a table's head)
    so are blank lines between the head and a first row (a scan or a typed page sets the head
    apart: 指标  单位  10月 … / blank / 地区生产总值  亿元  …)."""
    lines, starts = [], []
    pos = start
    for m in chain(LINE_END.finditer(raw, start), (None,)):
        end = len(raw) if m is None else m.start()
        line = raw[pos:end]
        if lines and not line.strip():
            if m is None or not (_row_resumes(lines[-1], raw, m.end()) if len(lines) >= 3 else (
                    after_head and len(lines) == 1 and _row_opens(raw, m.end()))):
                break  # a blank line ends the table
            pos = m.end()
            continue
        lines.append(line)
        starts.append(pos)
        if m is None or len(lines) >= limit:
            break
        pos = m.end()
    return lines, starts


LINE_END = re.compile(r"\r\n?|\n")


def _row_resumes(piece: str, raw: str, at: int) -> bool:
    """Is ``piece`` a row name's first piece (one short run, no figure nor sentence mark)
    whose rest opens the line at ``at``, cells after it (值  亿元  168.5  4.6)?"""
    piece = piece.strip(" \u3000")
    if not 0 < len(piece) <= MAX_NAME_PIECE or CELL_SEP.search(piece) or PROSE_MARKS.search(
            piece) or any(c.isdigit() for c in piece):
        return False
    end = LINE_END.search(raw, at)
    cells = _cells(raw[at : end.start() if end else len(raw)])
    return len(cells) >= 3 and not any(c.isdigit() for c in cells[0][1]) and any(
        NUMBER.fullmatch(to_half_width(c)) for _, c in cells[1:])


def _row_opens(raw: str, at: int) -> bool:
    """Does a table's row open the first line with text from ``at`` on (a name, then cells
    with a figure among them; or a wrapped name's first piece, then such a line), blank lines
    passed over?"""
    while (end := LINE_END.search(raw, at)) is not None and not raw[at : end.start()].strip():
        at = end.end()
    line = raw[at : end.start() if end else len(raw)]
    if end is not None and len(cells := _cells(line)) == 1 and not PROSE_MARKS.search(line) and (
            len(cells[0][1]) <= MAX_NAME_PIECE):
        following = LINE_END.search(raw, end.end())
        line = raw[end.end() : following.start() if following else len(raw)]
    cells = _cells(line)
    return len(cells) >= 3 and not NUMBER.fullmatch(to_half_width(cells[0][1])) and any(
        NUMBER.fullmatch(to_half_width(c)) for _, c in cells[1:])


def _line_start(raw: str, at: int) -> int:
    """Where the line holding offset ``at`` starts (after LF, CRLF or a lone CR)."""
    return max(raw.rfind("\n", 0, at), raw.rfind("\r", 0, at)) + 1


def line_above(raw: str, start: int) -> int:
    """Where the line above the one starting at ``start`` starts (a CRLF is one line end)."""
    end = start - 2 if raw.endswith("\r\n", 0, start) else start - 1
    return _line_start(raw, max(0, end))


MAX_NAME_PIECE = 16  # characters of a row's name before its wrap, at most


def currency_first(written: str) -> tuple[str, str] | None:
    """A unit of 元 written after its currency (新臺幣億元, 港幣百萬元): the unit (億元) and the
    currency's base (新台币, 港元); None if ``written`` is no such unit."""
    simple = unit_lexicon().simplify(written)
    for word in metric_lexicon().currency_before:
        rest = written[len(word):]
        if simple.startswith(word) and normalize_unit(rest).base == "元":
            return rest, normalize_unit(word).base
    return None


def _measure(head: str) -> str:
    """A column head without its unit in brackets and its spaces (货物吞吐量（万吨） →
    货物吞吐量)."""
    return ANY_BRACKET.sub("", head).replace(" ", "")


ANY_BRACKET = re.compile(r"[（(][^（）()]*[）)]$")

_PER_THING = re.compile("[\u4e00-\u9fff]{1,3}")  # (股, 户, 平方米)
# units a table's unit cell or head writes that prose writes otherwise (the lexicon's spelling)
_CELL_ONLY_UNITS = {"日": "天", "1/10万": "/10万", "1/十万": "/十万"}


def unit_of(text: str) -> NormalizedUnit:
    """The unit a row's name (基本每股收益（元/股）), unit cell or column head writes: a rate
    per thing the units do not list (元/股, 元/户) is its numerator's unit over that thing; an
    amount of a currency written before its multiplier (港幣百萬元) is in that currency; a unit
    cell's 日 is days (出院者平均住院日  日  8.7: in prose 日 is a date's) and its 1/10万 a rate
    per 100,000 (孕产妇死亡率  1/10万  8.12)."""
    text = _CELL_ONLY_UNITS.get(text, text)
    unit = normalize_unit(text)
    if unit.category is None and (split := currency_first(text)) is not None:
        return replace(normalize_unit(split[0]), base=split[1])  # 港幣百萬元: 百萬元 in 港元
    if unit.category is not None or "/" not in text:
        return unit
    over, _, per = text.partition("/")
    top = normalize_unit(over)
    if top.category is None or top.base is None or not _PER_THING.fullmatch(per):
        return unit
    return replace(top, base=f"{top.base}/{per}")


def figure_text(cell: str) -> str:
    """A cell as a figure reads: half-width, no invisible character nor a scan's space."""
    return _unspaced(to_half_width(visible(cell)))
