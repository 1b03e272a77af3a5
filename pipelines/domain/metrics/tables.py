"""Tables printed as text: a head line naming the columns, then one line per indicator, cells
separated by runs of spaces, tabs or Markdown's ``|`` (the appendix table of a statistics
release, as a web page, a PDF or a Markdown export gives it as text; Markdown's ``|---|`` rule
line holds no number and is passed over like any such row).

    指标名称                单位        1-6月       同比增长（%）
    地区生产总值            亿元        3875.6          5.9
      其中：税收收入        亿元         247.9         -1.8
    6月末金融机构存款余额   亿元       12684.5          9.3

Cleaning joins such lines into run-on sentences and drops the spaces between the cells, so the
cells are read from the raw lines. A table is a head line of at least three cells of which one
is a unit column (单位) or a growth column (增长, 增速, %), followed by lines with as many cells,
the first a name and some numbers. Each number is a metric: its indicator is the row's name
(without 其中：, and without a period written in front of it, 6月末, which is the row's period),
its unit the row's 单位 cell (or a unit in brackets after the name, 地区生产总值（亿元）; under a
growth column, %), its period the one its column head or the table's first dated column head
names (1-6月), in the year of the table's title.

A growth column without a % in its head (同比增长) makes a head only beside a period column
(指标  前三季度  同比增长: an HTML table as text), its cells may carry the % (12.7%); a growth
column after several year columns is the change of the latest (2024年  2023年  本年比上年增减);
cells may be parted by ideographic spaces (a report's table), and a name that fills its column
may stand one space before its first number. A sentence ending the line above the head is no
title (its year is not the table's).

A cell may carry its own unit (``| 规模以上工业增加值 | 456.7亿元 | 6.1 |``: the unit is written in
the cell, not in a 单位 column or the title); it wins over the row's. A growth column also makes a
head beside a value column (指标  绝对值  同比增长). A column head that names a period only as the
base of a comparison (比上年增长（%）) dates nothing: the cells of such a table take the period of
the title, the heading above or the document (table_rows.py).

A ranking table opens with a rank column (排名, 名次) or a serial number (序号) before the names:

    排名  城市  PM2.5浓度（微克/立方米）  同比变化（%）
    1     盐城  19                        -9.5
    7     无锡  29                        -12.1

The second column then holds the rows' names (a place: each cell is its column's figure of that
place); a rank is a figure of what the table ranks (the first figure column after the names, or
the nearest before a rank column at the end: PM2.5浓度, unit 位; tied rows share it), a serial
number none. A head opening with a rank word is a head without a unit or growth column.

A table whose rows are things (ports, firms, industries) and whose columns are measures in units:

    港口    货物吞吐量（万吨）  同比增长（%）  集装箱吞吐量（万标箱）  同比增长（%）
    青岛港  58736              3.2            2650.4                  7.1

Its first column's head names no indicators (not 指标, 项目) nor places, and every column that is
not a change, a share or a rank names a measure with its unit, not a period (1-10月（亿元）) nor a
version of a figure alone (预算数（亿元）, 金额（万元）). Each cell is named by its row's thing and
its column's measure (青岛港货物吞吐量; a growth column, or a share column naming no measure of
its own, 占比（%）, by the measure before it), a total row (合计, 全省) by the measure alone.
A column naming only a version of a figure (金額（億美元）) measures what the title names before
the rows' kind (the first column's head), after its label and period:

    表：114年1-10月主要出口市場
    市場　金額（億美元）　年增率（%）　比重（%）
    美國　1,712.4　63.2　32.2

names 美國出口 (its share 美國出口比重). Such a table's cells may be parted by one ideographic
space when its head line holds no wider gap.

A form (the standard tables of a government information disclosure annual report) has a head
of labels with no unit nor growth column, one column at least, over rows of a label and one
figure per column:

    信息内容　　本年制发件数　　本年废止件数　　现行有效件数
    行政规范性文件　　14　　9　　137
    （本列数据）　　自然人　　法人或其他组织：商业企业　　…　　总计
    三、本年度办理结果（一）予以公开　　38　　9　　…　　51

Columns of measures name each cell row + column (行政规范性文件本年制发件数), columns of classes
column + row (自然人予以公开; the 总计 column the row alone); a line of labelled figures after
its label (行政复议：结果维持 3　　…　　总计 4) is one too. A form is dated only by the period
word its row, row group or column opens with (table_rows.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain

from pipelines.domain.cleaning.columns import display_width
from pipelines.domain.cleaning.furniture import furniture_kind
from pipelines.domain.cleaning.normalize import INVISIBLE
from pipelines.domain.metrics.candidates import NumberCandidate, find_candidates
from pipelines.domain.metrics.context import normalized_raw
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.period_spans import is_comparison
from pipelines.domain.numbers import to_half_width
from pipelines.domain.periods import find_periods
from pipelines.domain.units import NormalizedUnit, normalize_unit, unit_lexicon

_CELL_SEP = re.compile(r"[ \u3000]{2,}|\t|[ \u3000]*\|[ \u3000]*")
# a table whose cells one ideographic space parts (美國　1,712.4　63.2　32.2): read so only when
# its head line holds no wider gap
_SPACED_SEP = re.compile(r"[ \u3000]*\u3000[ \u3000]*|[ \u3000]{2,}|\t")
_NUMBER = re.compile(r"[-−+]?\d+(?:,\d{3})*(?:\.\d+)?")  # (+1.8: a signed change column)
_UNIT_HEADS = ("单位", "單位", "计量单位", "計量單位")
_GROWTH_HEADS = ("增长", "增速", "增幅", "增長", "增率", "%", "％")  # (年增率: Taiwan's 年增)
# a column of shares (占比（%）, 比重, 构成): percentages of a whole, not changes
_SHARE_HEADS = ("占比", "比重", "构成", "佔比", "構成", "占总数", "佔總數")  # 佔總數（%）
# a head whose first cell names places (地区, 城市, 县（市、区）): its rows are places, each cell
# the figure its column head names (R&D经费（亿元）), of its row's place; a % column there is a
# share (投入强度（%）, 城镇化率（%）) unless its head names a change (增长, 比上年)
_PLACE_HEADS = frozenset({"地区", "城市", "地市", "市州", "市别", "县别", "区县", "县市区", "区域",
                          "县（市、区）", "县(市、区)", "市（州）", "地區", "區域", "縣市", "省份",
                          "省市", "省区市", "省（区、市）", "省(区、市)"})
_PLACE_GROWTH = ("增长", "增速", "增幅", "增長", "比上年", "同比", "较上年", "增减", "增減", "增率",
                 "减率", "減率", "变动", "變動", "按年")
# (年增率（%）: a Taiwanese release's yearly change; 按年變動（%）: a Hong Kong release's)
# a column of ranks (排名  城市  …: each row's place in the ranking) or of serial numbers (序号:
# no figure); opening a head, the names stand in the column after it
_RANK_HEADS = frozenset({"排名", "名次", "位次", "排位", "排序"})
_SERIAL_HEADS = frozenset({"序号", "序號", "编号", "編號"})
# (减：所得税影响额, 加：…: a report's rows taken from or added to the total)
# (a row's serial number, 1.外汇储备, 2、基金组织储备头寸: no part of its name)
_ROW_PREFIX = re.compile(r"^(?:其中[：:]|[减加減][：:]|#|\*|\d{1,2}[.．、](?!\d))\s*")
_BRACKET_UNIT = re.compile(r"[（(]([^（）()]{1,8})[）)]$")
# a row name that says its number is a change (地区生产总值增长 %, 单位GDP能耗下降 %)
_ROW_GROWTH = ("增长", "增長")  # (增速 is a name: 地区生产总值增速 stays one)
_ROW_DECLINE = ("下降", "降低", "减少", "減少")
_MAX_CELLS = 12
_AVERAGE = ("年均", "平均")  # (a yearly-average row: 地区生产总值年均增长)
_BASE_HEADS = ("基数", "基期", "基准")
_SUM_BRACKETS = {"〔": "〕", "[": "]", "［": "］"}
_CELL_BOUNDS = {"<": "at_most", "≤": "at_most", ">": "at_least", "≥": "at_least"}
# characters a copy from a web page or a PDF leaves inside numbers, invisible when printed
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad" + INVISIBLE))
_TITLE_LINES = 3  # lines above the head searched for the table's title (its year)


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


def _cells(line: str, sep: re.Pattern[str] = _CELL_SEP) -> list[tuple[int, str]]:
    """The cells of a line with their offsets in it (runs of 2+ spaces or a tab part them; with
    ``_SPACED_SEP`` one ideographic space too)."""
    out, pos = [], 0
    for m in sep.finditer(line):
        if m.start() > pos:
            out.append((pos, line[pos : m.start()]))
        pos = m.end()
    if pos < len(line):
        out.append((pos, line[pos:]))
    return [(at + len(c) - len(c.lstrip()), c.strip()) for at, c in out if _visible(c)]


def _visible(text: str) -> str:
    """``text`` without invisible characters (_INVISIBLE) and surrounding spaces."""
    return text.translate(_INVISIBLE).strip()


def _unspaced(text: str) -> str:
    """``text`` without the spaces an OCR engine puts inside a number (7. 1, 5 5.1, 4 .2,
    2 020年): a space between two digits or beside a decimal point."""
    return _SPACE_IN_NUMBER.sub("", text) if " " in text else text


_SPACE_IN_NUMBER = re.compile(r"(?<=\d) (?=[\d.])|(?<=\d\.) (?=\d)")


def _title_text(title: str) -> str:
    """A table's title as printed: without invisible characters (20\u200b25年1—\ufeff10月) and
    the spaces an OCR engine put inside its numbers (114年1至1 0月), its label's number kept
    apart from the figure after it (表1 2025年, 表12 114年)."""
    title = title.translate(_INVISIBLE)
    return _SPACE_IN_TITLE.sub("", title) if " " in title else title


_SPACE_IN_TITLE = re.compile(r"(?<![表图圖]\d)(?<![表图圖]\d\d)(?<=\d) (?=\d)")


def _head_text(cell: str) -> str:
    """A head cell as written, without the spaces an OCR engine or a justified print puts inside
    a number or between Han characters (2 020年基数, 月 份, 新 订 单)."""
    text = _unspaced(_visible(cell))
    return _SPACE_IN_WORD.sub("", text) if " " in text else text


_SPACE_IN_WORD = re.compile("(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def _is_head(cells: list[tuple[int, str]]) -> bool:
    """A head line: a unit column (单位), a % column, two year columns (113年（實績）
    114年（預測）), or a growth column (同比增长, 增速) beside a period column (前三季度, 1-9月,
    2025年): the units of the last two kinds are in the rows (数字经济核心产业营收（亿元）)."""
    if not 3 <= len(cells) <= _MAX_CELLS or _NUMBER.fullmatch(to_half_width(cells[0][1])):
        return False
    heads = [_visible(c) for _, c in cells[1:]]
    if any(_NUMBER.fullmatch(to_half_width(h)) for h in heads):
        return False
    if _visible(cells[0][1]) in _RANK_HEADS or any(h in _RANK_HEADS for h in heads):
        return True  # 排名  城市  综合指数, 地区  GDP（亿元）  排名: a ranking's head
    if any(h in _UNIT_HEADS for h in heads) or any("%" in h or "％" in h for h in heads):
        return True
    if sum(_DATED_HEAD.search(h) is not None for h in heads) >= 2:
        return True
    if _unit_columns(cells):
        return True
    if not any(w in h for h in heads for w in _GROWTH_HEADS):
        return False
    return any(not any(w in h for w in _GROWTH_HEADS) and (h in _VALUE_HEADS or _dated(h))
               for h in heads)


def _unit_columns(cells: list[tuple[int, str]]) -> bool:
    """A head of an indicator column then columns headed by their units alone (项目  亿美元
    亿SDR: one table in two currencies), each cell in its column's unit."""
    first = re.sub(r"[ \u3000]", "", _visible(cells[0][1]))
    return bool(first) and first in _INDICATOR_HEADS and all(
        _unit_head(_head_text(c)) for _, c in cells[1:])


def _period_columns(cells: list[tuple[int, str]]) -> bool:
    """A head of an indicator column then two columns or more each naming a year's period (项目
    2025年第一季  2025年第二季  2025年第三季): the rows' figures by period."""
    first = re.sub(r"[ \u3000]", "", _visible(cells[0][1])) if cells else ""
    return first in _INDICATOR_HEADS and len(cells) >= 3 and all(
        names_year(_head_text(c)) for _, c in cells[1:])


def _unit_head(head: str) -> bool:
    """A column head that is a unit and nothing else (亿美元, 万吨; not %: a growth's or a
    share's column)."""
    return _unit_of(head).category not in (None, "percent")


# a column of the amounts themselves, beside their growth (指标  绝对值  同比增长)
_VALUE_HEADS = ("绝对值", "绝对数", "绝对额", "总量", "数值", "絕對值", "絕對數", "絕對額", "總量",
                "數值")


def _dated(head: str) -> bool:
    """A column head naming a period (1-6月, 2025年预算数; 本月 of a monthly table, the month its
    title names), not only a comparison's base (比上年增长, 较上年同期)."""
    return head.startswith(THIS_MONTH) or any(
        not is_comparison(head, p) for p in find_periods(head, None))


# a monthly table's column of the month itself (本月  本年累计 under a title naming 2025年10月)
THIS_MONTH = ("本月", "当月", "當月")


# a column head naming a year (2025年计划, 113年（實績）): two of them make a head line, the
# rows then giving their units in brackets after the name (經濟成長率（%）)
_DATED_HEAD = re.compile(r"\d{2,4}\s?年")


def names_year(head: str) -> bool:
    """Does a column head write a year (2024年, 113年（實績）)?"""
    return _DATED_HEAD.search(head) is not None


# a unit column's head, or a growth column's (%) head (a 单位 counts only after a cell break)
_HEAD_MARKS = ("单位", "單位", "%）", "%)", "％）", "增长%", "增長%", "增速%", "增幅%",
               "年（", "年(", "年\t")
# a growth column's head opening a cell (a cell break before it: 前三季度   同比增长): its
# word, perhaps after a comparison's lead (_growth_cells)
_GROWTH_WORD = re.compile("增[长速幅長減减]")
_GROWTH_LEADS = ("同比", "比上年", "较上年", "比上年同期")
# the unit of every cell, written in the title or the head line: （单位：亿元）
# (a title a page's column wraps may break it: 单位⏎：亿元)
_TABLE_UNIT = re.compile(r"[单單]\s?位\s?[：:]\s*([^）)\s，,；;]{1,6})")
_CELL_QUALIFIER = {"以上": "at_least", "以下": "at_most", "以内": "at_most", "左右": "about"}
_CELL_NUMBER = re.compile(r"(" + _NUMBER.pattern + r")([%％])?(以上|以下|以内|左右)?")
# a number with its unit in the cell: 456.7亿元, 5.2万人, 23156元/人, 0.3个百分点, 39万吨以上
_UNIT_CELL = re.compile(
    r"(" + _NUMBER.pattern + r")[ \u3000]?([^\d\s%％]{1,6}?)(以上|以下|以内|左右)?")
# a row name and its first number parted by one space only (the name filled its column:
# 归属于上市公司股东的净利润　21.47), in a row one cell short of its head
_NAME_NUMBER = re.compile(r"(.*\S)[ \u3000]+([-−]?[\d０-９][\d０-９,，.．]*[%％]?)")
_BREAKS = ("  ", "\t", "\u3000", "|", "| ")


@lru_cache(maxsize=8)
def text_tables(raw: str) -> tuple[TextTable, ...]:
    """The text tables of a document (none in most: found by plain searches for a head).

    A document without two spaces in a row (ASCII or ideographic), a tab or a ``|`` holds
    none (four searches pass almost every document) but a list whose cells one space parts
    (序号 项目名称 …: _with_lists). The tables are read on the text as cleaning normalises its
    characters (same length, same offsets: （%) is （%）, a zero-width space beside a gap part
    of the gap), their quotes and the text before them kept raw."""
    gaps = "  " in raw or "\t" in raw or "|" in raw or "\u3000" in raw
    if not gaps and not _lists_possible(raw):
        return ()
    text = _table_text(raw)
    tables = _tables_of(text) if gaps else tuple(_with_lists(text, []))  # (a list whose
    # cells one space parts)
    if text == raw:
        return tables
    return tuple(replace(t, raw=raw, cells=tuple(
        replace(c, quote=raw[c.raw_start:c.raw_end]) for c in t.cells)) for t in tables)


def _table_text(raw: str) -> str:
    """``raw`` with its characters normalised as cleaning does, its gaps kept as written
    (normalize_chars makes a tab or an ideographic space one space: no cell break) and an
    invisible character beside a gap (a zero-width space between two runs of spaces) a space."""
    kept = _gaps_as_written(raw, normalized_raw(raw))
    if INVISIBLE not in kept:
        return kept
    return _INVISIBLE_IN_GAP.sub(lambda m: " " * len(m.group()), kept)


def _gaps_as_written(raw: str, text: str) -> str:
    """``text`` (``raw`` normalised, same length) with each run of gap characters as ``raw``
    writes it: spliced run by run where normalising changed it, searched only in the blocks
    of text it changed (a few lines of a page)."""
    pieces, done = [], 0
    for lo in range(0, len(raw), _BLOCK):
        hi = lo + _BLOCK
        if raw[lo:hi] == text[lo:hi]:
            continue
        for m in _GAP_RUN.finditer(raw, lo, hi):  # (a run across blocks: in two parts)
            start, end = m.span()
            if text[start:end] != m.group():
                pieces += (text[done:start], m.group())
                done = end
    return "".join(pieces) + text[done:] if pieces else text


_BLOCK = 512  # characters compared at once
_GAP_RUN = re.compile("[ \t\u3000\r\n]+")
_INVISIBLE_IN_GAP = re.compile(rf"(?<=[ \t\u3000]){INVISIBLE}+|{INVISIBLE}+(?=[ \t\u3000])")


def _tables_of(raw: str) -> tuple[TextTable, ...]:
    """The text tables of ``raw`` (text_tables' reading)."""
    heads = {_line_start(raw, at) for mark in _HEAD_MARKS for at in _find_all(raw, mark)
             if mark[0] not in "单單" or raw.endswith(_BREAKS, 0, at)}
    heads.update(_line_start(raw, at) for at in _growth_cells(raw))
    heads.update(_rank_heads(raw))
    heads.update(_lead_heads(raw))
    heads = sorted(heads)
    tables: list[TextTable] = []
    done = -1
    for line_start in heads:
        if line_start <= done:
            continue  # a head inside a table already read
        lines, starts = _head_over_page(*_lines_from(raw, line_start), raw)
        column = _column_beside_prose(lines[0], lines[1:_ROWS_SEEN])
        if column is not None:  # (a table in a column of a page set in two, body text beside)
            lines, starts = _in_column(lines, starts, column)
        head, sep = _head_cells(lines[0])
        blocks = _side_by_side(lines, starts, sep) if _repeat_width(head) else None
        if blocks is not None and _is_head(block := _cells(blocks[0][0][0], sep)):
            head = block  # (a head printed twice side by side: read block by block)
        else:
            blocks = None
        head = _indented_head(lines, head, sep)
        own: dict[int, str] = {}
        if not _is_head(head) and (grouped := _growth_group(lines, sep)) is not None:
            head, own = grouped  # (按年變動（%） over 價值  數量: a head printed on two lines)
            lines, starts = lines[1:], starts[1:]
        if not _is_head(head) and (
                cut := _head_before_break(raw, line_start, lines, starts)) is not None and (
                _is_head((joined := _head_cells(cut[0][0]))[0])):
            (lines, starts), (head, sep), line_start = cut, joined, cut[1][0]
        title = None
        if not _is_head(head) and (run := _run_together(lines[0], starts[0])) is not None:
            lines, starts, title = run  # (a page's paragraphs and the table's rows on one line)
            head, sep = _cells(lines[0], _SPACED_SEP), _SPACED_SEP
        title_from = _printed_lines_above(raw, line_start)  # (a title a column wraps, blank
        # lines before the head)
        if title is None and not _is_head(head) and (
                titled := _titled_above(head, raw, line_start)) is not None:
            title = titled
        elif not _is_head(head):
            # a row (失業率（%）  3.9 …) under a head of periods alone, its name column blank
            # (      2025年6月至8月   2025年7月至9月 …)
            above = _line_above(raw, line_start)
            if above == line_start or above <= done:
                continue
            lines, starts = _lines_from(raw, above)
            head, sep = _blank_name_head(lines[0]), _CELL_SEP
            if head is None or not _is_head(head):
                continue
            line_start = above
            title_from = _printed_lines_above(raw, line_start)
        if title is None and tables and not raw[done:line_start].strip():
            title = tables[-1].cells[0].title  # (a second head inside the table above: its
            # title, 单位：元, is this part's too)
        if title is None:
            title = _title(raw[title_from:line_start] if column is None else "\n".join(
                _in_column(*_lines_above(raw, title_from, line_start), column)[0]))
        if not title.strip():
            title = _repeated_head_title(raw, tables, lines[0]) or title
        table = _read_table(lines, starts, head, title, raw, sep, own)[0] if blocks is None else (
            _read_blocks(blocks, title, raw, sep))
        if table is not None:
            tables.append(table)
            done = table.end
    return _with_field_lines(raw, _with_forms(raw, _with_lists(raw, tables)))


def _read_blocks(blocks: list[tuple[list[str], list[int]]], title: str, raw: str,
                 sep: re.Pattern[str]) -> TextTable | None:
    """The table set in ``blocks`` side by side (_side_by_side), each block read as a table
    under its part of the head: their cells in one table, in text order."""
    tables = [_read_table(lines, starts, _cells(lines[0], sep), title, raw, sep)[0]
              for lines, starts in blocks]
    found = [t for t in tables if t is not None]
    if not found:
        return None
    cells = sorted(chain.from_iterable(t.cells for t in found), key=lambda c: c.raw_start)
    return TextTable(min(t.start for t in found), max(t.end for t in found), tuple(cells), raw)


def _repeated_head_title(raw: str, tables: list[TextTable], head: str) -> str | None:
    """The title of the table before whose head line is this untitled head word for word (a
    table continued on a later page, or printed again, repeats its head), if any."""
    for table in reversed(tables):
        end = raw.find("\n", table.start)
        if table.cells and raw[table.start : end if end >= 0 else len(raw)].strip() == (
                head.strip()):
            return table.cells[0].title
    return None


# a label ending with its unit in brackets, then a gap and a figure (股东总数（户）　　38,652)
_FIELD_GAP = re.compile(r"(?:[ \u3000]{2,}|\t)[-−]?\d")


def _field_gaps(raw: str) -> Iterator[int]:
    """Where a closing bracket stands before a cell break and a figure (found by plain searches
    for the bracket: a pattern opening with it is tried at every character)."""
    for bracket in "）)":
        at = raw.find(bracket)
        while at >= 0:
            if _FIELD_GAP.match(raw, at + 1):
                yield at
            at = raw.find(bracket, at + 1)


def _with_field_lines(raw: str, tables: list[TextTable]) -> tuple[TextTable, ...]:
    """``tables`` and, in text order, the lines of a form outside them: labels each followed by
    its figure, one a label whose unit stands in brackets (报告期末普通股股东总数（户）　　38,652
    报告期末表决权恢复的优先股股东总数　　0: a listed company's report), each figure in the unit
    of its label. A sentence would read the figure without its unit, joined to the next
    label."""
    found, seen = [], set()
    for at in _field_gaps(raw):
        start = _line_start(raw, at)
        if start in seen or table_at_line(tables, start):
            continue
        seen.add(start)
        end = _LINE_END.search(raw, at)
        line = raw[start : end.start() if end else len(raw)]
        cells = _field_cells(line, start, _title(raw[_printed_lines_above(raw, start):start]))
        if cells:
            found.append(TextTable(start, start + len(line), cells, raw))
    if not found:
        return tuple(tables)
    return tuple(sorted((*tables, *found), key=lambda t: t.start))


def table_at_line(tables: list[TextTable], start: int) -> bool:
    """Does a table of ``tables`` hold the line starting at ``start``?"""
    return any(t.start <= start < t.end for t in tables)


def _field_cells(line: str, start: int, title: str) -> tuple[TableCell, ...]:
    """The figures of a form's line (label, figure, label, figure …), named by their labels
    (without a unit in brackets, which is theirs); none when the line is not such pairs."""
    cells = _cells(line)
    if len(cells) < 2 or len(cells) % 2 or len(cells) > _MAX_CELLS:
        return ()
    out = []
    for (_, label), (at, figure) in zip(cells[::2], cells[1::2], strict=True):
        half = to_half_width(_visible(figure))
        if _NUMBER.fullmatch(to_half_width(label)) or not _NUMBER.fullmatch(half) or (
                _PROSE_MARKS.search(label)):
            return ()
        bracket = _BRACKET_UNIT.search(label)
        unit = _unit_of(bracket.group(1)) if bracket else None
        if unit is not None and unit.category is None:
            unit = None
        name = label[: bracket.start()] if unit is not None and bracket else label
        out.append(TableCell(
            start + at, start + at + len(figure), figure,
            float(half.replace(",", "").replace("−", "-")), name,
            bracket.group(1) if unit is not None and bracket else None,
            unit.base if unit else None, unit.category if unit else None,
            unit.multiplier if unit else 1.0, False, "", "", title))
    return tuple(out) if any(c.unit for c in out) else ()


@dataclass(frozen=True)
class _Column:
    """Where a table set in one column of a page set in two stands on its lines: from the
    line's start to ``edge`` (display units; the other column's body text beyond), or from
    ``edge`` on (``right``: body text before it)."""

    edge: int
    right: bool


_ROWS_SEEN = 6  # lines from the head on that show body text beside a table, at most
_PROSE_RUN = 6  # characters a run of body text holds at least


def _column_beside_prose(head: str, rows: list[str]) -> _Column | None:
    """The column a head line's table stands in when the line holds a run of body text (a
    sentence's marks) first or last and cells on the other side, or opens a column's width
    right of the line's start with body text left of it on the ``rows`` below: a narrow
    table printed in one column of a two-column page, beside the other's text."""
    runs = [(m.start(), m.end()) for m in _RUN.finditer(head)]
    if len(runs) == 2:  # (a head whose cells one ideographic space parts: one run of text)
        return _spaced_head_beside_prose(head, runs)
    if len(runs) < 3:
        return None
    indent = display_width(head, 0, runs[0][0])
    if indent >= MIN_COLUMN and any(_prose_before(line, indent) for line in rows):
        return _Column(indent - COLUMN_SLACK, True)  # (the left column blank beside the head)
    if len(runs) < 4:
        return None
    prose = [_is_prose(head[a:b]) for a, b in runs]
    if prose[-1] and not any(prose[:-1]):
        return _Column(display_width(head, 0, runs[-1][0]) - COLUMN_SLACK, False)
    if prose[0] and not any(prose[1:]):
        return _Column(display_width(head, 0, runs[1][0]) - COLUMN_SLACK, True)
    return None


def _spaced_head_beside_prose(head: str, runs: list[tuple[int, int]]) -> _Column | None:
    """The column of a head whose cells one ideographic space parts (貨品別　金額（億美元）　…)
    beside one run of body text, after or before it."""
    first, last = (head[a:b] for a, b in runs)
    edge = display_width(head, 0, runs[1][0]) - COLUMN_SLACK
    if _SPACED_HEAD.fullmatch(first) and _is_prose(last):
        return _Column(edge, False)
    if _is_prose(first) and _SPACED_HEAD.fullmatch(last):
        return _Column(edge, True)
    return None


def _prose_before(line: str, edge: int) -> bool:
    """Does ``line`` open with a run of body text that ends left of ``edge`` (display)?"""
    first = _RUN.search(line)
    return (first is not None and _is_prose(first.group())
            and display_width(line, 0, first.end()) < edge)


def _is_prose(run: str) -> bool:
    return len(run) >= _PROSE_RUN and _PROSE_MARKS.search(run) is not None


_RUN = re.compile(r"\S+(?:[ \u3000]\S+)*")  # a run of text between gaps of two blanks or more
MIN_COLUMN = 16  # display units: a column of a page is wider (cleaning/columns.py)
COLUMN_SLACK = 2  # a column's text starts this far (display) left of the head's at most


def _in_column(lines: list[str], starts: list[int], column: _Column
               ) -> tuple[list[str], list[int]]:
    """Each line's part in ``column`` (its runs of text that start left of the edge, or at or
    right of it), with its raw offset."""
    out, at = [], []
    for line, start in zip(lines, starts, strict=True):
        cut = next((m.start() for m in _RUN.finditer(line)
                    if display_width(line, 0, m.start()) >= column.edge), len(line))
        out.append(line[cut:] if column.right else line[:cut].rstrip())
        at.append(start + cut if column.right else start)
    return out, at


def _lines_above(raw: str, start: int, end: int) -> tuple[list[str], list[int]]:
    """The lines of ``raw[start:end]`` (whole lines) with their raw offsets."""
    lines, starts, pos = [], [], start
    for m in _LINE_END.finditer(raw, start, end):
        lines.append(raw[pos:m.start()])
        starts.append(pos)
        pos = m.end()
    if pos < end:
        lines.append(raw[pos:end])
        starts.append(pos)
    return lines, starts


# a head whose cells one ideographic space parts, each after the first a measure with its unit
# in brackets (市場　金額（億美元）　年增率（%）　比重（%）), on a line holding a page's text
_SPACED_HEAD = re.compile("[^\\s\u3000，。；：]+(?:\u3000[^\\s\u3000，。；]+?[）)]){2,}")
_SPACED_NUMBER = r"\u3000[-−]?\d[\d,]*(?:\.\d+)?%?"
_SENTENCE_END = re.compile("[。；！？]")
MAX_KIND = 4  # characters of the rows' kind (市場, 港口, 地区) a title ends with, at most


def _run_together(line: str, start: int) -> tuple[list[str], list[int], str] | None:
    """A table whose cells one ideographic space parts, its head and rows run into one line
    with the text around them (a web page copied without its paragraph and row breaks:
    …主要出口市場市場　金額（億美元）　…　比重（%）美國　1,712.4　63.2　32.2中國大陸…): its head
    and rows as lines, their raw offsets, and its title. A row is a name and as many figures as
    the head has measures, the next row's name right after its last figure; the head's first
    cell (the rows' kind) follows the title after a space, or is the word the title ends with,
    written twice (主要出口市場市場), since nothing else parts it from the title. None when the
    line holds no such table (two rows at least)."""
    for head in _SPACED_HEAD.finditer(line):
        cells = head.group().split("\u3000")
        kind = len(cells[0]) if line[head.start() - 1 : head.start()] == " " else next(
            (n for n in range(MAX_KIND, 1, -1)
             if len(cells[0]) > 2 * n and cells[0].endswith(cells[0][-n:] * 2)), 0)
        if not kind:
            continue
        row = re.compile(rf"[^\s\u3000\d，。；：]{{1,12}}(?:{_SPACED_NUMBER}){{{len(cells) - 1}}}")
        at = head.start() + len(cells[0]) - kind
        lines, starts, pos = [line[at:head.end()]], [start + at], head.end()
        while (m := row.match(line, pos)) is not None:
            lines.append(m.group())
            starts.append(start + m.start())
            pos = m.end()
        if len(lines) > 2:
            ends = [m.end() for m in _SENTENCE_END.finditer(line, 0, at)]
            return lines, starts, line[ends[-1] if ends else 0 : at].strip()
    return None


def _growth_group(lines: list[str], sep: re.Pattern[str]
                  ) -> tuple[list[tuple[int, str]], dict[int, str]] | None:
    """A head printed on two lines, the first holding only a change group's head (按年變動（%）)
    indented over the last columns, the second the columns' own heads:

        　　　　　　　　　　　　　　　　　　　　　　按年變動（%）
        零售商類別　　　　　銷貨價值（百萬元）　　價值　　數量

    The second line's cells with the group's words after each one under it (價值按年變動（%）:
    a growth column), and the measure each such column is the change of: the measure of the
    column before the group when it ends with the sub-head (價值: 銷貨價值), else that measure
    with its last word replaced by the sub-head's (數量: 銷貨數量), by column; None for any
    other pair of lines."""
    if len(lines) < 3 or not lines[0][:1].isspace():
        return None
    group = _cells(lines[0], sep)
    if len(group) != 1:
        return None
    at, text = group[0]
    word = _head_text(text)
    if _PROSE_MARKS.search(word) or _NUMBER.search(to_half_width(word)) or not any(
            w in word for w in _GROWTH_HEADS):
        return None
    head = _cells(lines[1], sep)
    if not 3 <= len(head) <= _MAX_CELLS:
        return None
    edge = display_width(lines[0], 0, at) - COLUMN_SLACK
    under = [k for k, (a, _) in enumerate(head) if display_width(lines[1], 0, a) >= edge]
    if not under or under[0] < 1 or under != list(range(under[0], len(head))):
        return None
    base = _measure(_head_text(head[under[0] - 1][1])) if under[0] > 1 else ""
    cells, own = list(head), {}
    for k in under:
        sub = _measure(_head_text(head[k][1]))
        if not sub or _NUMBER.search(to_half_width(sub)):
            return None
        cells[k] = (head[k][0], head[k][1] + word)
        own[k] = base if base.endswith(sub) else (
            base[: -len(sub)] + sub if len(base) > len(sub) else sub)
    return cells, own


def _head_cells(line: str) -> tuple[list[tuple[int, str]], re.Pattern[str]]:
    """The cells of a head line and the gaps that part its table's cells: one ideographic
    space when the line holds no wider gap (市場　金額（億美元）　年增率（%）　比重（%）)."""
    cells = _cells(line)
    if len(cells) == 1 and "\u3000" in line and not _PROSE_MARKS.search(line):
        return _cells(line, _SPACED_SEP), _SPACED_SEP
    return cells, _CELL_SEP


# a sentence's marks: a line holding them is prose, whatever ideographic spaces it holds (a page
# whose paragraphs run together: 【打印】　【关闭】根据…，…增长8.9%。 is no table's head)
_PROSE_MARKS = re.compile("[，。；！？]")


def _growth_cells(text: str) -> Iterator[int]:
    """Where a growth column's head opens a cell: its word (增长, 增速 ...), alone or after
    同比, 比上年 ..., right after a cell break. Found from the words, checked backwards: a
    pattern opening with the break is tried at every space of the text (five times slower)."""
    for m in _GROWTH_WORD.finditer(text):
        at = m.start()
        if _opens_cell(text, at) or any(text.endswith(w, 0, at) and _opens_cell(
                text, at - len(w)) for w in _GROWTH_LEADS):
            yield at


def _opens_cell(text: str, at: int) -> bool:
    """A cell of a head opens at ``at``: after a cell break, or after one ideographic space on
    a line whose cells such spaces part (_after_spaced_cell)."""
    return _after_break(text, at) or _after_spaced_cell(text, at)


def _after_spaced_cell(text: str, at: int) -> bool:
    """One ideographic space ends at ``at`` on a line of such cells alone (税种　收入　同比增长):
    a head whose columns one ideographic space parts, no sentence's mark on its line."""
    if text[at - 1 : at] != "\u3000" or text[at - 2 : at - 1] in " \u3000":
        return False
    start, end = _line_start(text, at), text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    return not _PROSE_MARKS.search(line) and len(_cells(line.strip(), _SPACED_SEP)) >= 3


def _rank_heads(text: str) -> Iterator[int]:
    """Where a line holding a rank column's head as a cell of its own starts (排名  城市  …,
    城市  综合指数  排名): the word at the line's start or after a cell break, before a cell
    break or the line's end."""
    for word in _RANK_HEADS:
        for at in _find_all(text, word):
            start = _line_start(text, at)
            end = at + len(word)
            if ((not text[start:at].strip() or _after_break(text, at))
                    and (text.startswith(_BREAKS, end) or text[end:end + 1] in _LINE_ENDS)):
                yield start


_LINE_ENDS = ("", "\n", "\r")


def _after_break(text: str, at: int) -> bool:
    """A cell break ends at ``at``: two spaces or more (ASCII or ideographic), or a tab or a
    ``|`` followed by any spaces."""
    start = at
    while start > 0 and text[start - 1] in " \u3000":
        start -= 1
    return at - start >= 2 or (start > 0 and text[start - 1] in "\t|")


def _lead_heads(text: str) -> Iterator[int]:
    """Where a line opening with the head of an indicator or period column (项目  本期金额 …,
    月份  PMI  生产 …) followed by a cell break starts: a head with no unit nor growth column,
    read as one when the lines above write the table's unit (_titled_head)."""
    if "单位" in text or "單位" in text:  # (the unit line such a head needs: most pages have none)
        for m in _LEAD_HEAD.finditer(text):
            yield m.start()
    elif any(w in text for w in _UNIT_LEADS):  # (or columns headed by their units: 项目  亿美元;
        # or by periods: 項目  2025年第一季  2025年第二季 under …變動率（按年，%）)
        for m in _LEAD_HEAD.finditer(text):
            end = text.find("\n", m.start())
            cells = _cells(text[m.start() : end if end >= 0 else len(text)])
            if _unit_columns(cells) or _period_columns(cells):
                yield m.start()


def _printed_lines_above(raw: str, start: int) -> int:
    """Where the _TITLE_LINES lines holding text above the line at ``start`` start (blank lines
    between a title, its 单位：% line and the head passed over)."""
    seen = 0
    while seen < _TITLE_LINES and start > 0:
        above = _line_above(raw, start)
        seen += bool(raw[above:start].strip())
        start = above
    return start


def _titled_head(cells: list[tuple[int, str]], above: str) -> bool:
    """A head naming its columns' measures or versions alone (项目  本期金额  年初至报告期末金额,
    月份  PMI  生产  新订单) under a line writing every cell's unit (单位：元, 单位：%): its first
    cell heads the indicators or the periods of the rows, or a later column is the growth of
    the one before it (税种  收入  同比增长, 地区  保费收入  同比增长 under 单位：亿元，%); no
    other cell is a number."""
    return (3 <= len(cells) <= _MAX_CELLS and (_head_text(cells[0][1]) in _LEAD_HEADS or any(
                w in _head_text(c) for _, c in cells[2:] for w in _GROWTH_HEADS))
            and not any(_NUMBER.fullmatch(to_half_width(_visible(c))) for _, c in cells[1:])
            and _TABLE_UNIT.search(_title(above)) is not None)


def _titled_above(cells: list[tuple[int, str]], raw: str, start: int) -> str | None:
    """The title over a head naming its columns' measures alone (_titled_head): the lines
    right above it, or, on a page set in two columns, the lines of the column that holds the
    table's unit line in the pair of columns above it (附表1 / 中国制造业PMI及构成指数 /
    单位：% set in the right column, the table across the page below); None if neither
    writes the unit."""
    above = raw[_printed_lines_above(raw, start):start]
    if _titled_head(cells, above):
        return _title(above)
    column = _column_title(raw, start)
    return column if column is not None and _titled_head(cells, column) else None


_COLUMN_LINES = 16  # lines above a head searched for its unit line set in a column


def _column_title(raw: str, start: int) -> str | None:
    """The unit line nearest above the line at ``start`` (within _COLUMN_LINES) standing as a
    column's run of text (the line's last run after a wide gap, or its only one), with the
    runs of that column on the _TITLE_LINES printed lines above it: the title of a table
    whose head stands below, across the page."""
    lines, _ = _lines_above(raw, _lines_back(raw, start, _COLUMN_LINES), start)
    for k in range(len(lines) - 1, -1, -1):
        run = _column_run(lines[k])
        if run is None or not _TABLE_UNIT.match(run[1]):
            continue
        right = run[0] > 0
        found = [run[1]]
        for line in reversed(lines[:k]):
            if len(found) > _TITLE_LINES:
                break
            piece = _column_run(line) if right else _left_run(line)
            if piece is not None:
                found.append(piece[1])
        return "\n".join(reversed(found))
    return None


def _column_run(line: str) -> tuple[int, str] | None:
    """A line's last run of text, with where it starts, when a gap of _COLUMN_GAP blanks or
    more parts it from the text before it, or it is the line's only one (a column's; a
    right column's when it starts further in); None for a blank line or a run inside a
    column's text."""
    runs = list(_RUN.finditer(line))
    if not runs:
        return None
    last = runs[-1]
    if len(runs) > 1 and display_width(line, runs[-2].end(), last.start()) < _COLUMN_GAP:
        return None
    return last.start(), last.group()


def _left_run(line: str) -> tuple[int, str] | None:
    """A line's first run of text when it opens the line (the left column's), else None."""
    first = _RUN.match(line)
    return (0, first.group()) if first is not None else None


_COLUMN_GAP = 3  # display units between two columns' text, at least (a page's gap)


def _lines_back(raw: str, start: int, n: int) -> int:
    """Where the line ``n`` lines above the line at ``start`` starts."""
    for _ in range(n):
        above = _line_above(raw, start)
        if above == start:
            break
        start = above
    return start


# the first column's head of a table whose rows are indicators or periods
_PERIOD_HEADS = frozenset({"月份", "月度", "年份", "年度", "季度", "时间", "时期", "日期", "期间",
                           "時間", "時期", "期間"})
_LEAD_HEADS = ("项目", "指标", "指标名称", "項目", "指標", *_PERIOD_HEADS)
# (heads of indicators over unit columns; a letter-spaced print's 项 目 too)
_UNIT_LEADS = ("项目", "指标", "項目", "指標", "项 目", "指 标", "項 目", "指 標")


# such a head word opening a line before a cell break (one space allowed between its
# characters: 月 份, a letter-spaced print)
_LEAD_HEAD = re.compile("(?m)^[ \t\u3000]*(?:" + "|".join(" ?".join(w) for w in _LEAD_HEADS)
                        + ")(?=[ \u3000]{2,}|\t|[ \u3000]*\\||\u3000(?=[^\\s\u3000]))")


def _indented_head(lines: list[str], head: list[tuple[int, str]], sep: re.Pattern[str]
                   ) -> list[tuple[int, str]]:
    """A head line indented by its blank first cell (　　本报告期末　　上年度末　　…（%）: a second
    head inside a report's table, over rows one cell wider) with that empty cell in front."""
    if (len(lines) < 2 or lines[0][:1] not in (" ", "\u3000", "\t") or not head
            or len(_cells(lines[1], sep)) != len(head) + 1):
        return head
    return [(0, ""), *head]


def _blank_name_head(line: str) -> list[tuple[int, str]] | None:
    """The cells of a head line whose first column (the rows' names) is blank and whose
    cells all name periods, with an empty name cell in front; else None."""
    if not line[:1].isspace():
        return None
    cells = _cells(line)
    seen = [_unspaced(_visible(c)) for _, c in cells]  # (202\u200b5年7月至9月, 202 5年)
    if len(cells) < 2 or not all(_DATED_HEAD.search(c) and _dated(c) for c in seen):
        return None
    return [(0, ""), *cells]


def _title(above: str) -> str:
    """The lines above a head that may be its table's title: not a sentence of the text before
    it (a line ending with 。 and what comes before it: 到2027年… is no title's year)."""
    lines = _LINE_END.split(above)  # (not splitlines: cleaning's mark for an invisible
    # character, \x1e, would end a line)
    last = max((k for k, line in enumerate(lines) if line.rstrip().endswith(_SENTENCE_ENDS)),
               default=-1)
    return above if last < 0 else "\n".join(lines[last + 1 :])


_SENTENCE_ENDS = ("。", "！", "？", "；")


def _find_all(text: str, word: str) -> list[int]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def _lines_from(raw: str, start: int, limit: int = 400) -> tuple[list[str], list[int]]:
    """The lines from ``start`` on (at most ``limit``, up to a blank line: the end of a table),
    with their raw offsets; a line ends at LF, CRLF or a lone CR (the raw page keeps them). A
    blank line between a row name's first piece and the line of its rest (农林牧渔业总产 /
    blank / 值  亿元  168.5  4.6: a page set in columns starting its next pair of columns
    inside the wrapped row) is passed over."""
    lines, starts = [], []
    pos = start
    for m in chain(_LINE_END.finditer(raw, start), (None,)):
        end = len(raw) if m is None else m.start()
        line = raw[pos:end]
        if lines and not line.strip():
            if m is None or len(lines) < 3 or not _row_resumes(lines[-1], raw, m.end()):
                break  # a blank line ends the table
            pos = m.end()
            continue
        lines.append(line)
        starts.append(pos)
        if m is None or len(lines) >= limit:
            break
        pos = m.end()
    return lines, starts


_LINE_END = re.compile(r"\r\n?|\n")


def _row_resumes(piece: str, raw: str, at: int) -> bool:
    """Is ``piece`` a row name's first piece (one short run, no figure nor sentence mark)
    whose rest opens the line at ``at``, cells after it (值  亿元  168.5  4.6)?"""
    piece = piece.strip(" \u3000")
    if not 0 < len(piece) <= MAX_NAME_PIECE or _CELL_SEP.search(piece) or _PROSE_MARKS.search(
            piece) or any(c.isdigit() for c in piece):
        return False
    end = _LINE_END.search(raw, at)
    cells = _cells(raw[at : end.start() if end else len(raw)])
    return len(cells) >= 3 and not any(c.isdigit() for c in cells[0][1]) and any(
        _NUMBER.fullmatch(to_half_width(c)) for _, c in cells[1:])


def _line_start(raw: str, at: int) -> int:
    """Where the line holding offset ``at`` starts (after LF, CRLF or a lone CR)."""
    return max(raw.rfind("\n", 0, at), raw.rfind("\r", 0, at)) + 1


def _line_above(raw: str, start: int) -> int:
    """Where the line above the one starting at ``start`` starts (a CRLF is one line end)."""
    end = start - 2 if raw.endswith("\r\n", 0, start) else start - 1
    return _line_start(raw, max(0, end))


def _read_table(
    lines: list[str], starts: list[int], head: list[tuple[int, str]], title: str, raw: str = "",
    sep: re.Pattern[str] = _CELL_SEP, own: dict[int, str] | None = None,
) -> tuple[TextTable | None, int]:
    """The table whose head is ``lines[0]`` (and the number of lines it holds), its cells
    parted by ``sep``; ``own``: the measure a growth column under a group head is the change
    of (_growth_group), by column."""
    at = 0
    title = _title_text(title)
    heads = [_head_text(c) for _, c in head]
    wrapped = _head_goes_on(lines, len(heads), sep)
    if wrapped:  # (…　年增率（%）　比⏎重（%）: the head's last cell cut by the column)
        heads[-1] += _visible(lines[1].strip(" \u3000"))
    unit_col = next((k for k, h in enumerate(heads) if h in _UNIT_HEADS), None)
    # a rank or serial column first (排名  城市  …): the names stand in the column after it
    name_col = int(heads[0] in _RANK_HEADS or heads[0] in _SERIAL_HEADS)
    rank_cols = {k for k, h in enumerate(heads) if h in _RANK_HEADS}
    skipped = {0, name_col, unit_col}  # (a serial number is no figure)
    share = [any(w in h for w in _SHARE_HEADS) and k != unit_col for k, h in enumerate(heads)]
    by_place = heads[name_col] in _PLACE_HEADS
    # 主要出口市場 over 市場  金額（億美元）…: the title names the measure its columns' heads leave
    titled = "" if by_place or unit_col is not None else (
        _title_measure(title, heads[name_col])
        or _referred_measure(raw, starts[0], title, heads[name_col]))
    table_unit, currency = _title_unit(title, lines[0]) if unit_col is None else (None, None)
    by_period = heads[name_col] in _PERIOD_HEADS  # (月份  PMI  生产 …: rows of months)
    by_thing = not by_place and unit_col is None and (by_period or _names_things(
        heads, name_col, rank_cols, titled, table_unit is not None))
    if by_place or by_thing:  # (地区  R&D经费（亿元）  投入强度（%）: a % column of a ratio is a
        # share)
        share = [s or (k > 0 and k != unit_col and any(w in h for w in _GROWTH_HEADS)
                       and not any(w in h for w in _PLACE_GROWTH))
                 for k, (s, h) in enumerate(zip(share, heads, strict=True))]
    dated_at = [bool(k and _dated(h)) for k, h in enumerate(heads)]
    # (…實質變動率（按年，%） over 項目  2025年第一季 …: each period column's cells its growth)
    changes = [unit_col is None and k != name_col and dated_at[k] and _title_changes(title)
               for k in range(len(heads))]
    growth = [(any(w in h for w in _GROWTH_HEADS) or changes[k]) and k != unit_col
              and not share[k] for k, h in enumerate(heads)]
    # 发病率（/10万）, 出生率（‰）: a rate per so many people, its unit in its head
    rates = [k > name_col and k != unit_col and not growth[k] and _rate_head(h)
             for k, h in enumerate(heads)]
    share = [s or r for s, r in zip(share, rates, strict=True)]
    differences = [k > name_col and k != unit_col and not growth[k] and not share[k]
                   and _difference_head(h) for k, h in enumerate(heads)]
    # a place or thing table's cells are named by their column (a growth column by the one
    # before it; a bare share column, 占比（%）, too: table_rows adds 占比)
    # (a change column, 较2024届增减（个百分点）, is named by the measure before it, as a growth
    # column is)
    changed = [g or d for g, d in zip(growth, differences, strict=True)]
    col_names = [_column_name(heads, changed, _ranked(heads, rank_cols, unit_col, name_col, k,
                                                     title),
                              name_col, by_thing, titled) if by_place or by_thing else ""
                 for k in range(len(heads))]
    if by_period:
        col_names = _indices_named(col_names, title)
    col_names = [_part_column(n, col_names[k - 1], raw) if k > name_col + 1 else n
                 for k, n in enumerate(col_names)]
    # in a table whose rows are indicators (病种  发病数（例）  发病率（/10万）…) a rate column
    # measures its own figure of the row's thing: 流行性感冒 + 发病率
    named_by_column = [by_thing or (r and not by_place) for r in rates]
    # rows of a tender's lots (包号  品目名称  数量  单位  预算金额（万元）): each figure named by
    # the lot's code and its column (包1预算金额; 合计 by the column alone)
    coded = not (by_place or by_thing) and _lot_head(heads[name_col])
    if coded:
        col_names = [_measure(h) for h in heads]
        named_by_column = [True] * len(heads)
    col_names = [_measure(heads[k]) if r and not (by_place or by_thing) else n
                 for k, (n, r) in enumerate(zip(col_names, rates, strict=True))]
    if own and (by_place or by_thing):
        col_names = [own.get(k, n) for k, n in enumerate(col_names)]
    dated = next((h for k, h in enumerate(heads) if dated_at[k]), "")
    # the base column (2020年基数): sums and yearly averages run from the year after it
    base = next((_DATED_HEAD.search(h) for h in heads if any(w in h for w in _BASE_HEADS)), None)
    base_year = int(base.group().rstrip("年 ")) if base is not None else None
    # a growth column is the change to the newest dated column before it: the latest year
    # (2024年 of 2024年 2023年 本年比上年增减), else the nearest (2024年执行数 2025年预算数 增长%)
    # 增减量 after 2024年  2023年: the latest year's change, in the row's unit (a rate's in
    # its points)
    dated_for = [heads[k] if changes[k] else _newest(heads, dated_at, k) or dated
                 if growth[k] or differences[k] else dated for k in range(len(heads))]
    # 预算数（亿元）, 执行数（亿元）: a unit in a column's head is its unitless cells' (a % is a
    # growth or share column's, read above)
    col_units: list[tuple[str, NormalizedUnit] | None] = []
    for k, h in enumerate(heads):
        if k and k != unit_col and _unit_head(h):  # (项目  亿美元  亿SDR: the head a unit)
            col_units.append((h, _unit_of(h)))
            continue
        bracket = _BRACKET_UNIT.search(h) if k and k != unit_col else None
        unit = _unit_of(bracket.group(1)) if bracket else None
        col_units.append((bracket.group(1), unit) if bracket and unit and (
            unit.category not in (None, "percent") or rates[k]) else None)
    # a 单位 column beside columns writing their own units (数量  单位  预算金额（万元）): the 单位
    # cell is the unit of the columns writing none (数量: 826 间), the others keep their own
    own_units = unit_col is not None and any(
        col_units[k] is None and not (growth[k] or share[k])
        for k in range(len(heads)) if k not in skipped and k not in rank_cols)
    cells: list[TableCell] = []
    whole = None  # the measure of an indicator table's first row when it is the whole's
    # 入境旅客按客源地統計 over 客源地 …: each row is that measure's (中國內地入境旅客)
    by_rows = "" if by_place or by_thing or coded else _title_by(title, heads[name_col])
    i = at + 1 + wrapped
    while i < len(lines):
        row, last = _row_over_page(lines, starts, i, len(heads), sep, raw)
        if len(row) == len(heads) - 1 and (split := _NAME_NUMBER.fullmatch(row[name_col][1])):
            at_name = row[name_col][0]
            row = [*row[:name_col], (at_name, split.group(1)),
                   (at_name + split.start(2), split.group(2)), *row[name_col + 1 :]]
        if len(row) != len(heads):
            break
        name = _ROW_PREFIX.sub("", _visible(row[name_col][1])).replace(" ", "")
        if _NUMBER.fullmatch(to_half_width(name)):
            break
        if len(name) <= _PART_NAME and _visible(row[name_col][1]).startswith("其中") and (
                figure := next((_visible(c) for k, (_, c) in enumerate(row)
                                if k not in skipped), None)):
            name = _part_as_text(raw[: starts[at]], name, figure)
        if by_rows:
            name = by_rows if name in _BY_TOTALS else (
                name if name.endswith(by_rows) else name + by_rows)
        elif not (by_place or by_thing or coded):
            if name in _TOTAL_ROWS:
                name = _title_items(title) + name  # 合计 under 非经常性损益项目和金额
            elif name.endswith(_TOTAL_ENDS) and len(name) > 4:
                name = name[:-2]  # 官方储备资产合计: the total of 官方储备资产
            if whole is None:
                whole = _whole_measure(name)
            elif whole and name.endswith(_PARTS) and whole not in name:
                name += whole  # 第一产业 under 全社会用电量: 第一产业用电量
        unit_text = _visible(row[unit_col][1]) if unit_col is not None else table_unit or ""
        bracket = _BRACKET_UNIT.search(name)
        if bracket and _unit_of(bracket.group(1)).category is not None:
            name, unit_text = name[: bracket.start()], bracket.group(1)
        row_unit = _unit_of(unit_text) if unit_text else None
        if row_unit is not None and row_unit.category is None and row_unit.multiplier == 1.0:
            row_unit = None  # —, a dash for no unit
        sign, row_growth, average = 1.0, False, False
        if row_unit is not None and row_unit.category == "percent" and len(name) > 3:
            if name.endswith(_ROW_GROWTH):
                name, row_growth = name[:-2], True  # 地区生产总值增长 %: the GDP's growth
            elif name.endswith(_ROW_DECLINE):
                name, row_growth, sign = name[:-2], True, -1.0  # 能耗下降 2.5: -2.5
            if row_growth and name.endswith(_AVERAGE) and len(name) > 4:
                name, average = name[:-2], True  # 地区生产总值年均增长: a yearly average
        for k, (offset, text) in enumerate(row):
            if k in skipped and k not in rank_cols:
                continue
            half = _unspaced(to_half_width(_visible(_LINE_BREAK.sub("", text))))
            # (5\u200b482.1, 5 482.1, 92⏎.35: one number)
            qual, qual_text, percent = "none", None, False
            summed = half[:1] in _SUM_BRACKETS and half[-1:] == _SUM_BRACKETS[half[0]]
            if summed:
                half = half[1:-1].strip()  # 〔14〕: the sum over the plan's years
            if half[:1] in _CELL_BOUNDS:  # <5.5, ≥90: a bound
                qual_text, half = half[0], half[1:].lstrip("=").strip()
                qual = _CELL_BOUNDS[qual_text]
            own = None  # a unit written in the cell (456.7亿元)
            cell_sign, offset, text, half = _change_word(offset, text, half)
            if not _NUMBER.fullmatch(half):
                found = _CELL_NUMBER.fullmatch(half)
                if found is None or (found.group(2) is None and found.group(3) is None):
                    found = _UNIT_CELL.fullmatch(half)
                    if found is None or (own := _cell_unit(found.group(2))) is None:
                        continue
                    found_unit = found.group(2)
                else:
                    percent = found.group(2) is not None  # 12.7%
                half = found.group(1)
                if found.group(3) is not None:  # 39以上
                    qual_text = found.group(3)
                    qual = _CELL_QUALIFIER[qual_text]
            value = cell_sign * sign * float(half.replace(",", "").replace("−", "-"))
            start = starts[i] + offset
            if k in rank_cols:  # 7 (tied with the row above): a rank, of what the table ranks
                unit_raw, unit, category, mult = None, "位", "rank", 1.0
            elif own is not None:
                unit_raw, unit, category, mult = found_unit, own.base, own.category, own.multiplier
            elif rates[k] and (col := col_units[k]) is not None:
                unit_raw, unit, category, mult = col[0], col[1].base, col[1].category, 1.0
            elif growth[k] or row_growth or percent or share[k]:
                unit_raw, unit, category, mult = "%", "%", "percent", 1.0
            elif by_thing and _score_column(heads[k]):
                unit_raw, unit, category, mult = None, "分", "physical", 1.0  # 92.35 under 综合得分
            elif (col := col_units[k]) is not None and (unit_col is None or own_units) and (
                    bracket is None):
                unit_raw, unit, category, mult = (col[0], col[1].base, col[1].category,
                                                  col[1].multiplier)
            elif row_unit is not None and _priced_in(row_unit, heads[k]):
                unit_raw, unit, category, mult = None, None, None, 1.0  # 進口物價（新臺幣）  101.95
            elif differences[k] and row_unit is not None and (
                    points := _POINTS.get(row_unit.base or "")) is not None:
                unit_raw, unit, category, mult = points, points, "point", 1.0  # 病床使用率 % -1.6
            elif row_unit is not None:
                unit_raw, unit, category = unit_text, row_unit.base, row_unit.category
                if currency and unit == "元" and unit_text == table_unit:
                    unit = currency  # （單位：新臺幣億元）
                mult = row_unit.multiplier
            else:
                unit_raw, unit, category, mult = None, None, None, 1.0
            cells.append(TableCell(start, start + len(text), text, value,
                                   _cell_name(name, col_names[k], named_by_column[k]),
                                   unit_raw, unit,
                                   category, mult,
                                   growth[k] or row_growth or category == "point", heads[k],
                                   heads[k] if row_growth else dated_for[k], title, qual,
                                   qual_text, share[k],
                                   base_year if (summed or average) else None, summed,
                                   name if by_place else None, k in rank_cols,
                                   difference=differences[k], lot=coded))
        i = last + 1
    if not cells:
        return None, 1
    if not (by_place or by_thing or coded) and unit_col is None and (
            heads[name_col] in _ITEM_HEADS):
        cells = _named_as_text(cells, raw[: starts[at]], title, heads)
    return TextTable(starts[at], starts[i - 1] + len(lines[i - 1]), tuple(cells), raw), i


# the first column's head of a table itemising what its title names (項目  114年10月金額  年增率)
_ITEM_HEADS = frozenset({"项目", "項目"})
# a title naming a measure and then only that it overviews it (外銷訂單概況, 进出口情况)
_OVERVIEW_ENDS = re.compile("(?:概況|概况|情況|情况|統計|统计|一覽|一览)$")
# a column head's period (114年10月, 1-10月, 累計) before the version of the figure it holds (金額)
_HEAD_PERIOD = re.compile(
    r"^(?:\d{2,4}年)?(?:\d{1,2}(?:[-—~至]\d{1,2})?月(?:份)?)?(?:累計|累计|本月|当月|當月)?")
_TEXT_NAME_GAP = 4  # Han characters the text writes after a row's name before its figure, at most
_TEXT_NAME_LEAD = 3  # Han characters the text writes before a row's name in its clause, at most
_LEAD_SEEN = 16  # characters before a row's name searched for its clause's opening
_CLAUSE_OPEN = re.compile(r"(?:^|[，。；、：,;:\n\s]|\d+月(?:份)?|\d+年)([\u4e00-\u9fff]*)$")


def _named_as_text(cells: list[TableCell], before: str, title: str, heads: list[str]
                   ) -> list[TableCell]:
    """The cells of a table itemising what its title names (表1　外銷訂單概況 over 項目  金額 …)
    named as the text above names the same figures: a release's table restates its text's
    figures, which write each item with its measure (資訊通信產品接單265.8億美元, 來自美國接單
    238.6億美元 over the rows 資訊通信產品  265.8, 美國  238.6). A row whose figure the text
    writes so takes the text's name; a row it does not (光學器材 of a 分別 list) the form of the
    row above (the same group's words around its item); the total row (總計) the title's measure
    and the version its column names (外銷訂單 + 金額)."""
    measure = _overview_measure(title)
    firsts: dict[str, TableCell] = {}
    for cell in cells:
        firsts.setdefault(cell.name, cell)
    forms: dict[str, tuple[str, str]] = {}
    form: tuple[str, str] | None = None
    for name, cell in firsts.items():
        if name in _TOTAL_ROWS:
            continue
        found = _text_form(before, name, cell.quote)
        if found == ("", ""):  # (the text names the figure by the row's name and a verb)
            form = None
            continue
        form = found or form
        if form is not None:
            forms[name] = form
    if not forms and not measure:
        return cells
    out = []
    for cell in cells:
        if cell.name in forms:
            lead, tail = forms[cell.name]
            cell = replace(cell, name=lead + cell.name + tail)
        elif cell.name in _TOTAL_ROWS and measure:
            cell = replace(cell, name=measure + _version(cell, heads))
        out.append(cell)
    return out


def _overview_measure(title: str) -> str:
    """What a title overviews (外銷訂單 of 表1　外銷訂單概況), "" if it names no such thing."""
    for line in reversed(_LINE_END.split(title.translate(_INVISIBLE))):
        line = line.strip(" \u3000")
        if not line or _TABLE_UNIT.search(line):
            continue
        last = re.split("[ \u3000：:]", line)[-1]
        found = _OVERVIEW_ENDS.search(last)
        return last[: found.start()] if found and found.start() >= 2 else ""
    return ""


def _version(cell: TableCell, heads: list[str]) -> str:
    """The version of a figure a column's head names after its period (金額 of 114年10月金額);
    a growth column's that of the nearest column before it naming one."""
    k = heads.index(cell.column) if cell.column in heads else -1
    for head in ([cell.column] if not cell.growth else heads[k - 1 :: -1] if k > 0 else []):
        word = _measure(head)[_HEAD_PERIOD.match(_measure(head)).end() :]
        if word and not any(w in word for w in _GROWTH_HEADS):
            return word
    return ""


_PART_NAME = 4  # characters of a 其中 row's name that may be a qualifier alone (其中：外贸)
_PART_GAP = 8  # characters of the measure the text writes after such a part, at most


def _part_as_text(before: str, name: str, figure: str) -> str:
    """A 其中 row named by a qualifier alone (其中：外贸 under 港口货物吞吐量) as the text above
    names the same figure (其中外贸货物吞吐量6527万吨: 外贸货物吞吐量); ``name`` if it writes
    it so nowhere, or only after a verb."""
    found = _text_form(before, name, figure, _PART_GAP)
    return name + found[1] if found else name


def _text_form(before: str, name: str, figure: str, most: int = _TEXT_NAME_GAP
               ) -> tuple[str, str] | None:
    """The words the text writes around a row's item right before the row's figure (來自 +
    美國 + 接單 of 10月來自美國接單238.6億美元), or None if it writes the figure so nowhere;
    ("", "") when the words after the item end with a verb (完成, 为): the item is the name."""
    at = before.find(name)
    while at >= 0:
        end = at + len(name)
        gap = 0
        while gap <= most and "\u4e00" <= before[end + gap : end + gap + 1] <= "\u9fff":
            gap += 1
        if before.startswith(figure, end + gap) and not before[end + gap + len(figure) :][
                :1].isdigit() and 0 < gap <= most:
            if before[end : end + gap].endswith(metric_lexicon().link_words):
                return "", ""  # 税收收入完成528.7, 黄金为2958.60: a verb, no measure
            lead = _CLAUSE_OPEN.search(before[max(0, at - _LEAD_SEEN) : at])
            head = lead.group(1) if lead is not None else ""
            return (head if len(head) <= _TEXT_NAME_LEAD else "", before[end : end + gap])
        at = before.find(name, at + 1)
    return None


# a column of the change between two year columns in the row's own unit (2024年  2023年  增减量):
# no rate of change (that is a growth column's, 增长（%）)
_DIFFERENCE_ENDS = ("增减量", "增减额", "增减", "增減量", "增減額", "增減", "增加量", "增加额",
                    "增加額")
# the points a rate's change is counted in (注：率类指标的增减量分别为百分点、十万分点或千分点)
_POINTS = {"%": "百分点", "‰": "千分点", "1/10万": "十万分点"}


def _difference_head(head: str) -> bool:
    """A column head naming the change between the year columns before it, in the row's unit
    (增减量, 比上年增减), not in % (比上年增减（%）: a growth column)."""
    return "%" not in head and "％" not in head and _measure(head).endswith(_DIFFERENCE_ENDS)


# a column of index levels (指数: 101.95 against a base of 100)
_INDEX_HEADS = ("指数", "指數")


def _priced_in(row_unit: NormalizedUnit, head: str) -> bool:
    """A row's note of a currency alone (進口物價（新臺幣）: the prices the index is worked out
    in, no amount) over a cell of an index column: the level has no unit."""
    return (row_unit.category == "currency" and row_unit.multiplier == 1.0
            and _measure(head) in _INDEX_HEADS)


# a change cell whose direction is a word before its number (减少0.32个百分点, 增加0.11个百分点: a
# company report's change of a rate), the word no part of the quote
_CHANGE_WORD = re.compile("^(增加|提高|上升|增长|减少|下降|降低|減少)(?=[-−]?\\d)")
_DOWN_WORDS = ("减少", "下降", "降低", "減少")


def _change_word(offset: int, text: str, half: str) -> tuple[float, int, str, str]:
    """A cell's sign, offset, text and number text without the change word before its number
    (减少0.32个百分点: -1, the offset past 减少, 0.32个百分点); unchanged (sign 1) if none."""
    found = _CHANGE_WORD.match(half)
    if found is None or not text.startswith(found.group()):
        return 1.0, offset, text, half
    cut = found.end()
    sign = -1.0 if found.group() in _DOWN_WORDS else 1.0
    return sign, offset + cut, text[cut:], half[cut:]


def _row_over_page(lines: list[str], starts: list[int], i: int, width: int,
                   sep: re.Pattern[str], raw: str) -> tuple[list[tuple[int, str]], int]:
    """The cells of the row at ``lines[i]`` (offsets from its line's start) and the index of its
    last line. A table printed over two pages keeps its rows: the page's foot and the next
    page's head between two rows are passed over (the row after them is returned), and a row
    the page's foot cuts (its first cells, then the page number and running head, then its
    last cells, as a PDF's text layer gives them) is read as one row."""
    row = _cells(lines[i], sep)
    if len(row) >= width:
        return _number_wrapped(row, lines, starts, i, raw)
    furniture = _page_furniture(lines, i, sep, raw)
    if furniture:  # (a page's foot between two rows)
        after = i + furniture
        if after < len(lines) and len(cells := _cells(lines[after], sep)) == width \
                and not _is_head(cells):
            shift = starts[after] - starts[i]  # (offsets from the row's own line, not the foot's)
            return [(at + shift, c) for at, c in cells], after
        return row, i
    j = i + 1 + _page_furniture(lines, i + 1, sep, raw)
    if j == i + 1 and (name := _name_goes_on(lines, starts, i, width, sep)) is not None:
        return name, j
    if j == i + 1 or j >= len(lines):
        return row, i
    piece = lines[i]
    joined = _cells(piece + lines[j], sep)
    if len(joined) != width or any(at < len(piece) < at + len(c) and _NUMBER.search(c)
                                   for at, c in joined):
        return row, i  # (a figure the break would cut: no row of this table)
    shift = starts[j] - starts[i] - len(piece)
    return [(at + shift if at >= len(piece) else at, c) for at, c in joined], j


def _name_goes_on(lines: list[str], starts: list[int], i: int, width: int,
                  sep: re.Pattern[str]) -> list[tuple[int, str]] | None:
    """The cells of a row whose name a wrap breaks (农林牧渔业总产⏎值  亿元  168.5  4.6: a
    scanned or narrow page's name column): the name's first piece, a line of one short cell with
    no figure nor sentence mark, at least as wide as the names of the rows above (it filled the
    column), joined to the first cell of the next line, which holds the head's cells; offsets
    from ``lines[i]``'s start. None for any other line."""
    piece = lines[i].strip(" \u3000")
    if (i + 1 >= len(lines) or not 0 < len(piece) <= MAX_NAME_PIECE
            or any(c.isdigit() for c in piece) or _PROSE_MARKS.search(piece)
            or len(_cells(lines[i], sep)) != 1):
        return None
    rest = _cells(lines[i + 1], sep)
    if len(rest) != width or _NUMBER.fullmatch(to_half_width(rest[0][1])) or len(piece) < max(
            (len(row[0][1]) for line in lines[1:i] if len(row := _cells(line, sep)) == width),
            default=0):
        return None  # (a piece narrower than a row's name above filled no column: a section's
        # label, 工业, over its rows)
    shift = starts[i + 1] - starts[i]  # (the next line's offsets from this line's start)
    at = lines[i].index(piece[0])
    return [(at, piece + rest[0][1]), *((k + shift, c) for k, c in rest[1:])]


MAX_NAME_PIECE = 16  # characters of a row's name before its wrap, at most


def _number_wrapped(row: list[tuple[int, str]], lines: list[str], starts: list[int], i: int,
                    raw: str) -> tuple[list[tuple[int, str]], int]:
    """A row whose last figure the column's edge cut (…　10486320.00　92⏎.35): the next line
    holding only the figure's rest is read with it (the cell's text then holds the break, so
    its offsets span both pieces); else the row alone."""
    j = i + 1
    last = row[-1][1][-1:] if row else ""
    if j >= len(lines) or not raw or not (last.isdigit() or last == "."):
        return row, i
    rest = _visible(lines[j])
    if not _NUMBER_REST.fullmatch(rest) or not _NUMBER.fullmatch(
            to_half_width(_visible(row[-1][1]) + rest).rstrip("%")):
        return row, i
    at = row[-1][0]
    end = starts[j] + lines[j].index(rest[0]) + len(rest)
    return [*row[:-1], (at, raw[starts[i] + at : end])], j


_NUMBER_REST = re.compile(r"\.?\d[\d,.]*%?|\.")
_LINE_BREAK = re.compile(r"\r?\n|\r")


def _printed_again(raw: str, line: str) -> bool:
    """Does the text hold ``line`` as a whole line twice or more (a running head)?"""
    if raw.count(line) < 2:
        return False
    alone = re.compile(rf"^[ \u3000]*{re.escape(line)}[ \u3000]*\r?$", re.MULTILINE)
    return len(alone.findall(raw)) > 1


def _head_over_page(lines: list[str], starts: list[int], raw: str
                    ) -> tuple[list[str], list[int]]:
    """``lines`` with a head line the foot of a page cuts (排名　投标人　投标报价（元, the page
    number and running head, then ）　综合得分) joined into one line, its furniture dropped:
    the line after the furniture holds no figure (it is no row of the table)."""
    n = _page_furniture(lines, 1, _CELL_SEP, raw)
    if not n or n + 1 >= len(lines):
        return lines, starts
    rest = lines[n + 1]
    if any(_NUMBER.fullmatch(to_half_width(_visible(c))) for _, c in _cells(rest, _SPACED_SEP)):
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


def _head_before_break(raw: str, line_start: int, lines: list[str], starts: list[int]
                       ) -> tuple[list[str], list[int]] | None:
    """The lines from a head whose first part stands at the foot of the page before
    (市場　金額（億美元）　年, the page number and running head, then 增率（%）　比重（%） at
    ``line_start``): that part and the head's rest joined into one line; None when no page
    break's furniture stands right above, or the line above it holds a figure (a row)."""
    top = line_start
    for _ in range(_PAGE_LINES + 1):
        top = _line_above(raw, top)
    above, at = _lines_above(raw, top, line_start)
    n = 0
    while n < min(_PAGE_LINES, len(above) - 1) and _is_furniture(above[-1 - n], _CELL_SEP, raw):
        n += 1
    if not n:
        return None
    piece = above[-1 - n]
    cells = _cells(piece, _SPACED_SEP)
    if not cells or any(_NUMBER.fullmatch(to_half_width(_visible(c))) for _, c in cells):
        return None
    return [piece + lines[0], *lines[1:]], [at[-1 - n], *starts[1:]]


MAX_HEAD_PIECE = 6  # characters of a head's last cell a wrap moves to the next line, at most


def _head_goes_on(lines: list[str], width: int, sep: re.Pattern[str]) -> bool:
    """Is ``lines[1]`` the end of the head's last cell, cut by a column's edge (a page set in
    columns, a hard wrap: ``市場　金額（億美元）　年增率（%）　比⏎重（%）``)? One short cell, no
    figure nor sentence mark, between the head and a row with the head's cells."""
    if len(lines) < 3:
        return False
    piece = lines[1].strip(" \u3000")
    return (0 < len(piece) <= MAX_HEAD_PIECE and len(_cells(lines[1], sep)) == 1
            and not any(c.isdigit() for c in piece) and not _PROSE_MARKS.search(piece)
            and len(_cells(lines[2], sep)) == width)


def _title_unit(title: str, head: str) -> tuple[str | None, str | None]:
    """The unit of every cell written in the title or the head line (（单位：亿元）; a title's
    closing bracket writing % among its words: …變動率（按年，%）) and the currency written
    before it (（單位：新臺幣億元）: 億元 in 新台币), if any."""
    found = _TABLE_UNIT.search(title) or _TABLE_UNIT.search(head)
    if found is None:
        return ("%", None) if _title_percent(title) else (None, None)
    written = found.group(1)
    if normalize_unit(written).category is not None:
        return written, None
    return _currency_first(written) or (None, None)


# a title's closing bracket and the words it holds (（按年，%）: year on year, in %)
_TITLE_BRACKET = re.compile(r"[（(]([^（）()]{1,12})[）)][ \u3000]*$")
_BRACKET_WORDS = re.compile("[，,、；; ]")
# a title naming rates of change (…實質變動率, 增长率, 增速; 按年 / 同比 in its bracket)
_TITLE_CHANGE = ("变动率", "變動率", "增长率", "增長率", "增速", "增幅", "按年", "同比")


def _title_percent(title: str) -> bool:
    """The title's last line closes with a bracket writing % among its words (（按年，%）)."""
    found = _TITLE_BRACKET.search(_last_line(title))
    return found is not None and any(
        w in ("%", "％") for w in _BRACKET_WORDS.split(found.group(1)))


def _title_changes(title: str) -> bool:
    """The title's last line names rates of change in % (…實質變動率（按年，%））: its table's
    cells are growth rates."""
    return _title_percent(title) and any(w in _last_line(title) for w in _TITLE_CHANGE)


def _last_line(title: str) -> str:
    lines = [line for line in _LINE_END.split(title) if line.strip(" \u3000")]
    return lines[-1].strip(" \u3000") if lines else ""


def _currency_first(written: str) -> tuple[str, str] | None:
    """A unit of 元 written after its currency (新臺幣億元, 港幣百萬元): the unit (億元) and the
    currency's base (新台币, 港元); None if ``written`` is no such unit."""
    simple = unit_lexicon().simplify(written)
    for word in metric_lexicon().currency_before:
        rest = written[len(word):]
        if simple.startswith(word) and normalize_unit(rest).base == "元":
            return rest, normalize_unit(word).base
    return None


def _column_name(heads: list[str], growth: list[bool], k: int, name_col: int = 0,
                 bare_shares: bool = False, titled: str = "") -> str:
    """What a place or thing table's column ``k`` measures: its head without its unit in
    brackets (R&D经费（亿元） → R&D经费); a growth column's, the nearest column before it that
    is none (after the names' column ``name_col``); with ``bare_shares``, a share column that
    names no measure (占比（%）) too, a 比重 column then the measure's 比重 (出口比重: table_rows
    adds 占比 to the others); a head naming only a version of a figure (金額（億美元）) measures
    what the title names (``titled``: 出口 of 主要出口市場), if it names one; a growth column
    whose head names one of the measures before it (进出口同比（%） after 进出口  出口  进口) is
    that measure's."""
    if growth[k] and (named := _growth_of(heads[k])) and named in {
            _measure(h) for h in heads[name_col + 1 : k]}:
        return named
    j = k
    of_before = _share_of_before(heads[k])
    while j > name_col + 1 and (growth[j] or (bare_shares and _bare_share(heads[j]))
                                or (of_before and _share_of_before(heads[j]))):
        j -= 1
    measure = _measure(heads[j])
    if titled and not _FIGURE_WORDS.sub("", measure):
        measure = titled
    if j < k and not growth[k] and _measure(heads[k]) == "比重":
        measure += "比重"
    elif of_before:
        measure = (measure if j < k else "") + _measure(heads[k])
    return measure


# a growth head's words after the measure it names (进出口同比（%）, 出口增速, 进口比上年增长)
_GROWTH_TAIL = re.compile(
    "(?:同比|环比|比上年同期|比上年|较上年)?(?:增长|增速|增幅|增減|增减|增長)?(?:率)?$")


def _growth_of(head: str) -> str:
    """The measure a growth column's head names before its growth words (进出口 of
    进出口同比（%）); "" when it names none (同比增长（%）)."""
    measure = _measure(head).replace("%", "").replace("％", "")
    tail = _GROWTH_TAIL.search(measure)
    return measure[: tail.start()] if tail is not None and tail.start() < len(measure) else ""


def _part_column(name: str, whole: str, raw: str) -> str:
    """A column naming a part of the column before it (其中直流 after 公共充电设施) measures
    that part of the same measure: the part put before the words of the measure the text
    writes it with (直流充电设施 → 公共直流充电设施), else before the whole measure."""
    part = _PART_COLUMN.sub("", name)
    if part == name or not part or not whole:
        return name
    for cut in range(len(whole) - 1):  # the longest of the measure's ends the text writes
        if part + whole[cut:] in raw:
            return whole[:cut] + part + whole[cut:]
    return part + whole


# a column head naming a part of the column before it (其中直流, 其中：农村)
_PART_COLUMN = re.compile("^(?:其中[：:]?|内含|內含)")


def _share_of_before(head: str) -> bool:
    """A share column's head saying only of which whole (占全省比重（%）, 占GDP比重): the share
    is of the measure of the column before it (快递业务量占全省比重)."""
    measure = _measure(head)
    return measure.startswith(("占", "佔")) and any(w in measure for w in _SHARE_HEADS)


def _rate_head(head: str) -> bool:
    """A column head naming a rate per so many (发病率（/10万）, 出生率（‰）): its unit in
    brackets is a per-base one, not a plain % (a change's or a share's)."""
    bracket = _BRACKET_UNIT.search(head)
    if bracket is None:
        return False
    unit = _unit_of(bracket.group(1))
    return unit.category == "percent" and unit.base not in ("%", "％") and len(_measure(head)) >= 2


def _measure(head: str) -> str:
    """A column head without its unit in brackets and its spaces (货物吞吐量（万吨） →
    货物吞吐量)."""
    return _ANY_BRACKET.sub("", head).replace(" ", "")


def _bare_share(head: str) -> bool:
    """A share column's head naming no measure of its own (占比（%）, 比重(%))."""
    return _measure(head) in _SHARE_HEADS


# the first column's head of a table whose rows are indicators (指标  货物吞吐量（万吨）…): its
# cells keep their row's name
_INDICATOR_HEADS = frozenset({"指标", "指标名称", "主要指标", "项目", "项目名称", "科目", "类别",
                              "指標", "指標名稱", "主要指標", "項目", "項目名稱", "類別", ""})
_INDICATOR_ENDS = ("指标", "指標", "指标名称", "指標名稱")  # 主要经济指标, 统计指标
# what a column head may say besides its measure: a version of the figure (预算数, 执行数), a
# period's part (本月, 累计) or the figure itself (绝对值, 金额); a head that is nothing else names
# no measure (项目  预算数（亿元）  执行数（亿元）: the rows are the indicators)
_FIGURE_WORDS = re.compile(
    "预算|預算|执行|執行|决算|決算|完成|目标|目標|计划|計劃|計畫|预计|預計|预期|預期|预测|預測"
    "|实绩|實績|实际|實際|累计|累計|本月|当月|當月|本期|本年|上年|同期|金额|金額|数额|數額|数量"
    "|數量|数值|數值|绝对|絕對|总量|總量|合计|合計|总计|總計|基期|基数|基數|[数數值额額]")


def _lot_head(head: str) -> bool:
    """Does a name column's head label its rows by a tender's lot (包号, 标段号: the packages or
    sections a procurement is split into), not name measures (指标, 项目)? Its rows are lots,
    each column one of their measures."""
    return head.replace(" ", "") in _LOT_HEADS


_LOT_HEADS = frozenset({"包号", "包件", "包件号", "分包", "分包号", "包别", "标包", "标包号",
                        "标段", "标段号", "标项", "标项号", "采购包", "采购包号", "合同包",
                        "合同包号", "包號", "標包", "標段", "標段號", "採購包"})


def _names_things(heads: list[str], name_col: int, rank_cols: set[int], titled: str = "",
                  unit_given: bool = False) -> bool:
    """A table whose rows are things (ports, firms, industries) and whose columns are measures
    with their units (港口  货物吞吐量（万吨）  同比增长（%）  集装箱吞吐量（万标箱）…): the first
    column's head names no indicators, and every column that is neither a change nor a share
    nor a rank names a measure (not a period, not only a version of a figure unless the title
    names the measure: ``titled``) in a unit (in its head, or in the title's 单位： when the
    title names the measure: ``unit_given``)."""
    first = re.sub(r"[ \u3000]", "", heads[name_col])  # (项 目, spaced out to fill its cell)
    if first in _INDICATOR_HEADS or first.endswith(_INDICATOR_ENDS):
        return False
    levels = [h for k, h in enumerate(heads) if k > name_col and k not in rank_cols
              and not any(w in h for w in (*_GROWTH_HEADS, *_SHARE_HEADS))
              and not _measure(h).endswith(_TEXT_HEADS)]
    return bool(levels) and all(_measure_in_unit(h, bool(titled), unit_given) for h in levels)


# a column of words, not figures, beside the measures of a thing table (股东名称  股东性质
# 持股数量（股）  持股比例(%): a holder's kind; 企业类型, 所属行业 …)
_TEXT_HEADS = ("性质", "类型", "类别", "所属行业", "所在地", "地址", "备注", "說明", "说明", "類型",
               "類別")


def _measure_in_unit(head: str, titled: bool = False, unit_given: bool = False) -> bool:
    """A column head naming a measure and its unit (集装箱吞吐量（万标箱）), not a period
    (1-10月（亿元）) nor only a version of a figure (预算数（亿元）, 金额（万元）) unless the title
    names the measure (``titled``: 金額（億美元） under 主要出口市場; 金額 alone when the title
    gives the unit too: ``unit_given``, 單位：億美元)."""
    bracket = _BRACKET_UNIT.search(head)
    if bracket is None:
        if _score_column(head):
            return True  # 综合得分: a measure counted in points, no unit written
        return titled and unit_given and not _FIGURE_WORDS.sub("", _measure(head))
    if _unit_of(bracket.group(1)).category in (None, "percent"):
        return False
    measure = _measure(head)
    rest = _FIGURE_WORDS.sub("", measure)
    return (len(rest) >= 2 or (titled and not rest)) and not _dated(measure)


# a column of scores (综合得分, 技术评分): a measure of its own with no unit in its head, its
# cells in points (分)
_SCORE_ENDS = ("得分", "评分", "評分", "分数", "分數", "分数线", "分數線", "控制线", "控制線",
               "投档线", "投檔線", "录取线", "錄取線")


def _score_column(head: str) -> bool:
    return _measure(head).endswith(_SCORE_ENDS)


# a title's words before its measure (主要出口市場: the main markets of the exports), and the
# measure: a short word of Han characters
_TITLE_FILLERS = ("主要", "重点", "重點", "各")
_TITLE_MEASURE = re.compile("[\u4e00-\u9fff]{2,4}")


def _title_measure(title: str, kind: str) -> str:
    """The measure a table's title names before its rows' kind (the first column's head: 市場
    of 114年1-10月主要出口市場 → 出口), after any label (表：) and period; "" if none."""
    kind = _measure(kind)
    if len(kind) < 2:
        return ""
    # (a line 單位：億美元 under it, a unit after it; an invisible character inside a word:
    # 出口\u200b市場)
    for line in reversed(_LINE_END.split(title.translate(_INVISIBLE))):
        line = _ANY_BRACKET.sub("", line.strip()).strip()
        if line.endswith(kind):
            break
    else:
        return ""
    before = line[: -len(kind)]
    before = before[max(before.rfind("："), before.rfind(":")) + 1 :]
    spans = find_periods(before, None)
    if spans:
        before = before[spans[-1].end :]
    before = before.strip()
    for word in _TITLE_FILLERS:
        before = before.removeprefix(word)
    return before if _TITLE_MEASURE.fullmatch(before) else ""


# a title naming its measure and, after 按, the rows' kind (入境旅客按客源地統計; 按行业分的
# 工业增加值): statistics offices title their breakdowns so
_BY_TITLE = re.compile("(?:(?P<before>.{2,20}?)按(?P<kind>[^按]{2,8}?)"
                       "(?:统计|統計|分组|分組|划分|劃分|分)?|按(?P<kind2>[^按]{2,8}?)分的?"
                       "(?P<after>[\u4e00-\u9fff]{2,10}))$")
_BY_TOTALS = frozenset({"总数", "總數", "合计", "总计", "合計", "總計", "总量", "總量"})


def _title_by(title: str, kind: str) -> str:
    """The measure a breakdown's title names (入境旅客 of 表一　入境旅客按客源地統計, 工业增加值
    of 按行业分的工业增加值) when the rows' kind it names after 按 is the first column's head
    (客源地); "" otherwise. Each row's figure is then that measure's (中國內地入境旅客), its
    total row (總數) the measure itself."""
    kind = _measure(kind)
    if "按" not in title or len(kind) < 2:
        return ""
    lines = [ln for ln in _LINE_END.split(title) if ln.strip(" \u3000")]
    line = _ANY_BRACKET.sub("", lines[-1]).strip(" \u3000") if lines else ""
    line = line.split("\u3000")[-1].split(" ")[-1]  # (表一　: the label)
    found = _BY_TITLE.search(line)
    if found is None or (found.group("kind") or found.group("kind2")) != kind:
        return ""
    measure = found.group("after") or found.group("before")
    spans = find_periods(measure, None)
    if spans:
        measure = measure[spans[-1].end :]
    return measure if _BY_MEASURE.fullmatch(measure) else ""


_BY_MEASURE = re.compile("[\u4e00-\u9fff]{2,10}")


# a table's label at its title's start (表1, 附表2, 表一, 圖3)
_TABLE_LABEL = re.compile("(?m)^[ \u3000]*(附?[表圖图][0-9一二三四五六七八九十]+)")
_REFERRING_BACK = 2000  # characters before a table searched for the sentence referring to it
_REFERS = "(?:詳如|詳見|详如|详见|如|見|见)"  # (主要貨品接單詳如表1)
_KIND_ENDS = ("别", "別")  # (貨品別, 地区别: the rows' kind)


def _referred_measure(raw: str, start: int, title: str, kind: str) -> str:
    """The measure the text before a table names when it refers to the table by its label
    (主要貨品接單詳如表1 over 表1　…按主要貨品別 / 貨品別  金額（億美元）…: 接單): the words
    between the rows' kind and the reference; "" if none."""
    labels = _TABLE_LABEL.findall(title)  # (the nearest line to the head: a page's foot and
    # running head may stand above the title)
    kind = _measure(kind).removesuffix(_KIND_ENDS[0]).removesuffix(_KIND_ENDS[1])
    if not labels or len(kind) < 2:
        return ""
    found = re.search(re.escape(kind) + "([\u4e00-\u9fff]{2,4}?)" + _REFERS
                      + re.escape(labels[-1]) + "(?![0-9])",
                      raw[max(0, start - _REFERRING_BACK):start])
    return found.group(1) if found and _TITLE_MEASURE.fullmatch(found.group(1)) else ""


# an indicator table's first row naming the whole (全社会用电量, 全省规模以上工业增加值) over
# rows naming its parts by sector alone (第一产业, 高技术产业): each part's figure is the whole's
# measure, of that part
_WHOLE_PREFIXES = ("全社会", "全国", "全省", "全市", "全区", "全县", "全部")
_PARTS = ("产业", "產業")


_TOTAL_ROWS = frozenset({"合计", "总计", "合計", "總計"})
_TOTAL_ENDS = tuple(_TOTAL_ROWS)
# a title naming what its rows itemise (（二）非经常性损益项目和金额, 营业外收入明细): the word
# before 项目/明细/构成
_ITEMS_TITLE = re.compile("([\u4e00-\u9fff]{2,12}?)(?:项目|明细|构成|項目|明細|構成)")


def _title_items(title: str) -> str:
    """What the rows of an indicator table itemise, as its title names it (非经常性损益 of
    （二）非经常性损益项目和金额): its total row (合计) is that total; "" if the title names
    nothing so."""
    for line in reversed(_LINE_END.split(title)):
        if line.strip() and not _TABLE_UNIT.search(line):
            found = _ITEMS_TITLE.search(line)
            return found.group(1) if found else ""
    return ""


def _whole_measure(name: str) -> str:
    """The measure a first row names after the whole it is of (全社会用电量 → 用电量), "" if
    it names no whole."""
    for prefix in _WHOLE_PREFIXES:
        if name.startswith(prefix) and len(name) - len(prefix) >= 2:
            return name[len(prefix):]
    return ""


_INDEX = "指数"
# a title naming indices at its end (…PMI及构成指数（经季节调整）), perhaps before the line of its
# unit when a copy ran them together (…构成指数（经季节调整）单位：%)
_INDEX_TITLE = re.compile(
    "指数(?:[（(][^（）()\r\n]*[）)])?[ \u3000]*(?:[单單]位[：:][^\r\n]*)?\r?$", re.MULTILINE)
_HAN_WORD = re.compile("[\u4e00-\u9fff]{2,}")


def _indices_named(names: list[str], title: str) -> list[str]:
    """A monthly table of indices (附表1 中国制造业PMI及构成指数: 月份  PMI  生产  新订单 …) heads
    its columns with the index's short name (生产): each is that 生产指数. Names in Latin letters
    (PMI) and those already ending with 指数 are kept."""
    unspaced = title.replace(" ", "")  # (中 国 制 造 业: letter-spaced)
    if _INDEX_TITLE.search(unspaced) is None:
        return names
    return [n + _INDEX if _HAN_WORD.fullmatch(n) and not n.endswith(_INDEX)
            else _qualified(n, unspaced) for n in names]


_LATIN_NAME = re.compile("[A-Z]{2,6}")  # (PMI, CPI, PPI)


def _qualified(name: str, title: str) -> str:
    """A Latin-letter index name (PMI) with the nouns the title writes right before it (中国
    制造业PMI: 制造业PMI; not the place or scope, 中国, 全国), or as it is."""
    if not _LATIN_NAME.fullmatch(name) or name not in title:
        return name
    from pipelines.domain.metrics.tagging import word_tags  # (the shared tagger, once loaded)

    tags = word_tags()(title[: title.index(name)])
    words = []
    for word, tag in reversed(tags):
        if not tag.startswith("n") or tag == "ns" or word in _WHOLE_PREFIXES:
            break
        words.append(word)
    return "".join(reversed(words)) + name


def _cell_name(row: str, column: str, by_thing: bool) -> str:
    """A cell's name: in a thing table its row's thing and its column's measure (青岛港 +
    货物吞吐量), the measure alone on a total row (合计); in a place table its column's; else its
    row's."""
    if not by_thing:
        return column or row
    return column if row in WHOLE_ROWS else row + column


# the row of the whole in a table whose rows are places or things: the home's (or the total's)
WHOLE_ROWS = frozenset({"全省", "全市", "全区", "全县", "全州", "全盟", "全港", "全澳", "合计",
                        "总计", "全自治区", "全省合计", "全市合计", "總計", "合計"})


# what a table's title says its rank column ranks: the word before 排名 (评审得分排名前三的投标人)
_RANKED_BY = re.compile("([^\\W_]{2})(?:排名|名次|排位|排序)")


def _ranked(heads: list[str], rank_cols: set[int], unit_col: int | None, name_col: int,
            k: int, title: str = "") -> int:
    """The column whose figures a rank column ``k`` ranks: the one whose head holds the word
    the title ranks by (…得分排名前三… over 排名  投标人  投标报价（元）  综合得分: 综合得分), else
    the first figure column after the names for a rank column before them (排名  城市
    PM2.5浓度…), else the nearest before it (城市  综合指数  排名); ``k`` itself for any other
    column."""
    if k not in rank_cols:
        return k
    figures = [j for j in range(name_col + 1, len(heads)) if j not in rank_cols and j != unit_col]
    by = _RANKED_BY.findall(title)
    named = [j for j in figures if by and by[-1] in _measure(heads[j])]
    if len(named) == 1:
        return named[0]
    before = [j for j in figures if j < k]
    if before:
        return before[-1]
    return figures[0] if figures else k


_ANY_BRACKET = re.compile(r"[（(][^（）()]*[）)]$")


_PER_THING = re.compile("[\u4e00-\u9fff]{1,3}")  # (股, 户, 平方米)
# units a table's unit cell or head writes that prose writes otherwise (the lexicon's spelling)
_CELL_ONLY_UNITS = {"日": "天", "1/10万": "/10万", "1/十万": "/十万"}


def _unit_of(text: str) -> NormalizedUnit:
    """The unit a row's name (基本每股收益（元/股）), unit cell or column head writes: a rate
    per thing the units do not list (元/股, 元/户) is its numerator's unit over that thing; an
    amount of a currency written before its multiplier (港幣百萬元) is in that currency; a unit
    cell's 日 is days (出院者平均住院日  日  8.7: in prose 日 is a date's) and its 1/10万 a rate
    per 100,000 (孕产妇死亡率  1/10万  8.12)."""
    text = _CELL_ONLY_UNITS.get(text, text)
    unit = normalize_unit(text)
    if unit.category is None and (split := _currency_first(text)) is not None:
        return replace(normalize_unit(split[0]), base=split[1])  # 港幣百萬元: 百萬元 in 港元
    if unit.category is not None or "/" not in text:
        return unit
    over, _, per = text.partition("/")
    top = normalize_unit(over)
    if top.category is None or top.base is None or not _PER_THING.fullmatch(per):
        return unit
    return replace(top, base=f"{top.base}/{per}")


def _cell_unit(text: str) -> NormalizedUnit | None:
    """The unit written after a cell's number (亿元, 万人, 元/人, 个百分点, 万), if it is one."""
    unit = normalize_unit(text)
    return unit if unit.category is not None or (unit.base is None and unit.multiplier != 1.0
                                                  ) else None


def _newest(heads: list[str], dated_at: list[bool], k: int) -> str | None:
    """The dated column left of column ``k`` naming the latest year (the nearest of equals). A
    column writing no year (1-10月累計金額 after 114年10月金額) is in the year its table's other
    columns write: the nearest then wins (a running total's growth column is its own)."""
    years = [int(found.group().rstrip("年 ")) for j in range(1, k) if dated_at[j]
             and (found := _DATED_HEAD.search(heads[j])) is not None]
    best, best_year, latest = None, -1, max(years, default=0)
    for j in range(k - 1, 0, -1):
        if dated_at[j]:
            found = _DATED_HEAD.search(heads[j])
            year = int(found.group().rstrip("年 ")) if found else latest
            if best is None or year > best_year:
                best, best_year = heads[j], year
    return best


# --- forms: a standard form's tables printed as text (a government information disclosure
# annual report's 政府信息公开工作年度报告 tables: every county and ministry prints them yearly)

# a line whose last cell is a figure (found by a search for the figure at the line's end:
# prose ends its lines with a sentence mark)
_LAST_FIGURE = re.compile(r"\d[ \u3000]*(?=[\r\n]|\Z)")
_HIDDEN = "[\u200b\u200c\u200d\u2060\ufeff\u00ad" + INVISIBLE + "]*"
# a cell of a labelled figure, one space or none between (结果维持 3)
_LABELLED_FIGURE = re.compile(
    r"((?:[^\d\s：:，。；]|" + INVISIBLE + r")+?)[ \u3000]?" + _HIDDEN + r"([-−]?\d+(?:\.\d+)?)")
# a figure as a scan's text gives it: spaced (13 7), letters for digits (I5, 23I0.46)
_FIGURE_LIKE = re.compile(r"[-−]?(?=[\dIlO,.]*\d)[\dIlO][\dIlO,.]*")
_OUTLINE = re.compile(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")
_SUB_ITEM = re.compile(r"[（(][一二三四五六七八九十]+[）)]")
# a column head naming a measure (本年制发件数, 本年处理决定数量, 本年收费金额): the rows are
# then things (行政规范性文件), each cell named row and column; else the columns are classes
# (自然人, 商业企业) and the rows measures, each cell named column and row
_MEASURE_ENDS = ("数", "量", "额", "率", "值", "价", "费", "比重", "人次", "面积", "分数线",
                 "控制线", "投档线")  # (a school's 录取分数线: a score, a measure)
_FORM_TOTALS = frozenset({"总计", "合计", "小计", "總計", "合計"})


def _with_forms(raw: str, tables: list[TextTable]) -> list[TextTable]:
    """``tables`` and, in text order, the forms outside them: a head of labels with no unit
    nor growth column over rows of a label and one figure per column (信息内容　　本年制发件数
    本年废止件数　　现行有效件数 / 行政规范性文件　　14　　9　　137; one column: 行政许可
    12583), and lines of labelled figures after the line's label (行政复议：结果维持 3
    结果纠正 1　　…　　总计 4)."""
    found: list[TextTable] = []
    done = -1
    for m in _LAST_FIGURE.finditer(raw):
        start = _line_start(raw, m.start())
        if start <= done or table_at_line(tables, start):
            continue
        form = _form_at(raw, start, done) or _labelled_line(raw, start)
        if form is not None:
            found.append(form)
            done = form.end
    if not found:
        return tables
    return sorted((*tables, *found), key=lambda t: t.start)


def _form_row(cells: list[tuple[int, str]], width: int | None = None
              ) -> list[tuple[int, str]] | None:
    """``cells`` if they are a form's row: a label, then figures only (a scan's damaged
    figures too: 13 7, I5), ``width`` cells if given; an outline number a tab parts from its
    label (一、\t本年新收…) joined to it."""
    if len(cells) > 2 and _OUTLINE.fullmatch(_visible(cells[0][1])):
        cells = [(cells[0][0], cells[0][1] + cells[1][1]), *cells[2:]]
    if len(cells) < 2 or len(cells) > _MAX_CELLS or (width is not None and len(cells) != width):
        return None
    label = _head_text(cells[0][1])
    if _NUMBER.fullmatch(to_half_width(label)) or _PROSE_MARKS.search(label) or not all(
            _FIGURE_LIKE.fullmatch(_figure_text(c)) for _, c in cells[1:]):
        return None
    return cells


def _figure_text(cell: str) -> str:
    """A cell as a figure reads: half-width, no invisible character nor a scan's space."""
    return _unspaced(to_half_width(_visible(cell)))


def _form_head(line: str, width: int, titled: bool = False) -> list[str] | None:
    """The cells of a form's head over rows ``width`` cells wide: labels, no figure, no
    sentence; none when a unit or growth column makes it a table of the other kind, nor when
    it heads rows of periods or ranks (``titled``: rows of periods under a title naming the
    measure and its unit, 公屋平均輪候時間（年） over 年度  一般申請者  …, are a form's)."""
    cells = [_head_text(c) for _, c in _cells(line)]
    if len(cells) != width or (cells[0] in _NOT_FORM_HEADS and not (
            titled and _period_rows(cells[0]))) or any(
            _NUMBER.fullmatch(to_half_width(c)) or _PROSE_MARKS.search(c) for c in cells):
        return None
    return cells


# rows of periods (月份  PMI  生产 …) or of ranks: a table of another kind, read with its unit
# line (_titled_head) or not at all
_NOT_FORM_HEADS = _PERIOD_HEADS | _RANK_HEADS | _SERIAL_HEADS


def _form_at(raw: str, start: int, done: int) -> TextTable | None:
    """The form whose first row is the line at ``start``, under its head line; its title
    in the lines above, after the form before (ending at ``done``)."""
    lines, starts = _lines_from(raw, start, 60)
    first = _form_row(_cells(lines[0]))
    above = _line_above(raw, start)
    if above == start:
        return None
    if first is None:  # (two records a line under a head printed twice side by side)
        return _side_by_side_form(raw, above, done)
    title = _title(raw[max(done, _printed_lines_above(raw, above)):above])
    head = _form_head(raw[above:start].rstrip("\r\n"), len(first),
                      _title_measure_unit(title)[1] is not None)
    if head is None:
        return None
    cells, end = _form_of(lines, starts, head, title, raw)
    return TextTable(above, end, cells, raw) if cells else None


def _side_by_side_form(raw: str, above: int, done: int) -> TextTable | None:
    """The form whose head line (at ``above``) is a head printed twice or more side by side
    (城市  环比  同比  城市  环比  同比), each row holding as many records (_side_by_side):
    every block read as a form of its own under its part of the head, the cells of all in
    one table."""
    end = _LINE_END.search(raw, above)
    if end is None or _repeat_width(_cells(raw[above : end.start()])) is None:
        return None  # (a plain search first: almost no line repeats its head)
    blocks = _side_by_side(*_lines_from(raw, above, 60), _CELL_SEP)
    if blocks is None:
        return None
    title = _title(raw[max(done, _printed_lines_above(raw, above)):above])
    titled = _title_measure_unit(title)[1] is not None
    found: list[TableCell] = []
    last = above
    for lines, starts in blocks:
        first = _form_row(_cells(lines[1]))
        head = _form_head(lines[0], len(first), titled) if first is not None else None
        if head is None:
            return None
        cells, block_end = _form_of(lines[1:], starts[1:], head, title, raw)
        found += cells
        last = max(last, block_end)
    cells = tuple(sorted(found, key=lambda c: c.raw_start))
    return TextTable(above, last, cells, raw) if cells else None


def _repeat_width(cells: list[tuple[int, str]]) -> int | None:
    """The width of a head printed two or more times side by side in one line (城市  环比
    同比  定基  城市  环比  同比  定基: 4), two cells at least; None for any other line."""
    heads = [_head_text(c) for _, c in cells]
    for width in range(2, len(heads) // 2 + 1):
        if len(heads) % width == 0 and all(
                heads[k] == heads[k % width] for k in range(width, len(heads))):
            return width
    return None


def _side_by_side(lines: list[str], starts: list[int], sep: re.Pattern[str]
                  ) -> list[tuple[list[str], list[int]]] | None:
    """A narrow table set in blocks side by side on a wide page, its head printed over each
    block and each line holding as many records (城市  环比  同比  城市  环比  同比 / 北京  99.4
    98.9  天津  99.7  97.2: a statistics release's city tables): each block as a table of its
    own, its lines the parts of ``lines`` under it with their raw offsets; a last line holding
    fewer records goes to the blocks it fills, a line whose cells make no whole records ends
    the table. None when ``lines[0]`` repeats no head or no block holds a row."""
    head = _cells(lines[0], sep)
    width = _repeat_width(head)
    if width is None:
        return None
    blocks: list[tuple[list[str], list[int]]] = [([], []) for _ in range(len(head) // width)]
    for i, (line, start) in enumerate(zip(lines, starts, strict=True)):
        cells = head if i == 0 else _cells(line, sep)
        if not cells or len(cells) % width or len(cells) > len(head):
            break
        for b in range(len(cells) // width):
            at = cells[b * width][0]
            end = cells[(b + 1) * width][0] if (b + 1) * width < len(cells) else len(line)
            blocks[b][0].append(line[at:end].rstrip(" \t\u3000|"))
            blocks[b][1].append(start + at)
    return blocks if all(len(b[0]) >= 2 for b in blocks) else None


def _form_of(lines: list[str], starts: list[int], head: list[str], title: str, raw: str
             ) -> tuple[tuple[TableCell, ...], int]:
    """The cells of a form's rows (``lines``, from its first row on) under ``head``, and where
    its last row ends."""
    rows, i, last = [], 0, 0
    while i < len(lines):  # (a row a page's foot and head cut: read whole, _row_over_page)
        row, end_line = _row_over_page(lines, starts, i, len(head), _CELL_SEP, raw)
        cells = _form_row(row, len(head))
        if cells is None:
            break
        rows.append((starts[i], cells))
        last, i = end_line, end_line + 1
    end = starts[last] + len(lines[last])
    if _period_rows(head[0]):
        return _period_form_cells(head, rows, title, raw, _april_years_noted(raw, end)), end
    return _form_cells(head, rows, title), end


# the end of a form's first head naming the periods its rows are (财政年度, 统计年度; 年度 or
# 月份 alone only under a title naming the measure and its unit: else a table read with its
# unit line, _NOT_FORM_HEADS), and what a row's label needs after it to name its period by
# itself (2020/21 under 財政年度: 2020/21年度)
_PERIOD_ROW_ENDS = {"年度": "年度", "年份": "年", "月份": "月"}


def _period_rows(head: str) -> bool:
    """A form's first head names periods (財政年度  一般申請者  …): its rows are periods."""
    return head.endswith(tuple(_PERIOD_ROW_ENDS))


def _period_form_cells(head: list[str], rows: list[tuple[int, list[tuple[int, str]]]],
                       title: str, raw: str, april: bool) -> tuple[TableCell, ...]:
    """The figures of a form whose rows are periods (財政年度 / 2020/21  5.8  3.1  13 900 under
    公屋平均輪候時間（年）): each dated by its row's label (with the head's period word when the
    label alone is none: 2020/21年度); a column with its own unit (獲編配單位的一般申請（宗）) its
    own measure, any other a group of the title's measure in the title's unit (一般申請者: the
    一般申請者平均輪候時間, as the text writes that group's measure); ``april``: the table's note
    says its 年度 run from 1 April."""
    measure, title_unit = _title_measure_unit(title)
    word = _PERIOD_ROW_ENDS[next(w for w in _PERIOD_ROW_ENDS if head[0].endswith(w))]
    out = []
    for k, column in enumerate(head[1:], 1):
        bracket = _BRACKET_UNIT.search(column)
        own = _bracket_unit(bracket.group(1)) if bracket else None
        group = _BRACKETED.sub("", column).strip()
        if bracket and own is not None:
            name, written = group, (bracket.group(1), own)
        elif title_unit is not None:
            name, written = _group_measure(group, measure, raw), title_unit
        else:
            name, written = group, (None, None)
        for at, cells in rows:
            label = _head_text(cells[0][1])
            whole = _opens_with_period(label)
            offset, figure = cells[k]
            cell = _form_cell(at + offset, figure, name, written, group,
                              label if whole else label + word, title)
            if cell is not None:
                out.append(replace(cell, april_years=april, row_period=None if whole else label))
    return tuple(sorted(out, key=lambda c: c.raw_start))


# a title's last line naming a measure and its unit in brackets (公屋平均輪候時間（年）, 人均可支配
# 收入（单位：元）), after any label (附表1, 表2：)
_MEASURE_UNIT_TITLE = re.compile(
    "^(?:附?[表图圖][0-9一二三四五六七八九十]*[：:]?[ \u3000]*)?([^（(：:\\s]{2,})"
    "[（(](?:[单單]位[：:])?([^（）()]{1,6})[）)]$")


def _title_measure_unit(title: str) -> tuple[str, tuple[str | None, NormalizedUnit | None]
                                              | None]:
    """The measure (after the periods the title names: the rows' years) and the unit (as
    written, as read) a form's title names on its last line; ("", None) if it names none."""
    lines = [line.strip(" \u3000") for line in _LINE_END.split(title) if line.strip(" \u3000")]
    found = _MEASURE_UNIT_TITLE.match(lines[-1]) if lines else None
    if found is None:
        return "", None
    unit = _bracket_unit(found.group(2))
    if unit is None:
        return "", None
    measure = found.group(1)
    spans = find_periods(measure, None, april_fiscal=True)  # (2020/21至2024/25年度公屋…)
    if spans and len(measure) - spans[-1].end >= 2:
        measure = measure[spans[-1].end :]
    return measure, (found.group(2), unit)


def _bracket_unit(text: str) -> NormalizedUnit | None:
    """The unit a head or a title writes in brackets (宗, 億元; 年: a span of years, which the
    unit lexicon leaves without a category, a date's word elsewhere), if it is one."""
    unit = _unit_of(text)
    return unit if unit.category is not None or text in _SPAN_UNITS else None


_SPAN_UNITS = ("年",)


def _group_measure(group: str, measure: str, raw: str) -> str:
    """A group's figure of a measure (一般申請者 of 公屋平均輪候時間): the group before the
    longest end of the measure the text writes after it (一般申請者的平均輪候時間: 一般申請者平均
    輪候時間), else the group before the whole measure."""
    for cut in range(len(measure) - 1):
        end = measure[cut:]
        if group + end in raw or group + "的" + end in raw:
            return group + end
    return group + measure


# a note under a table saying its years run from 1 April (財政年度指每年4月1日至翌年3月31日)
_APRIL_YEARS = re.compile("4月1日至(?:翌年|次年|下一?年)3月31日")
_NOTE_LINES = 3  # lines under a table searched for its note


def _april_years_noted(raw: str, end: int) -> bool:
    """The lines right under a table (its note) say its years run from 1 April."""
    below = raw[end : end + 400].lstrip("\r\n").splitlines()[:_NOTE_LINES]
    return any(_APRIL_YEARS.search(to_half_width(line)) for line in below)


def _form_cells(head: list[str], rows: list[tuple[int, list[tuple[int, str]]]],
                title: str) -> tuple[TableCell, ...]:
    """The figures of a form's rows, named by row and column (columns of measures) or by
    column and row (columns of classes; a total column by the row alone)."""
    columns = [_after_colon(_BRACKETED.sub("", h)) for h in head]
    measures = all(c.endswith(_MEASURE_ENDS) for c in columns[1:] if c not in _FORM_TOTALS)
    units = [_TABLE_UNIT.search(h) for h in head]
    # rows of places (城市  环比（上月=100）  同比（上年同月=100）): each figure the title's
    # measure (…一线城市新建商品住宅销售价格指数) of its row's place
    measured = _places_measure(title, columns[0]) if columns[0] in _PLACE_HEADS else None
    out, group = [], ""
    for at, cells in rows:
        group, item = _row_item(_head_text(cells[0][1]), group)
        for k, (offset, figure) in enumerate(cells[1:], 1):
            column = columns[k]
            if measured is not None:
                name = measured
            elif measures:
                name = item + column
            else:
                name = item if column in _FORM_TOTALS else column + item
            dated = next((t for t in (item, group, column) if t and _opens_with_period(t)), "")
            unit_raw = units[k].group(1) if units[k] else None
            unit = _unit_of(unit_raw) if unit_raw else None
            if unit is None or unit.category is None:
                unit = unit_raw = None
            if unit is None and _score_column(column):
                unit = _unit_of("分")  # (a score column, no unit written: 录取分数线 636)
            elif unit is None and _intake_column(columns[0], column):
                unit = _unit_of("人")  # (a school's plan, no unit written: 计划数 1050)
            cell = _form_cell(at + offset, figure, name, (unit_raw, unit), column, dated, title)
            if cell is not None:  # (a figure a scan damaged, I5: none)
                out.append(cell if measured is None else replace(cell, place=item))
    return tuple(out)


def _intake_column(rows_kind: str, column: str) -> bool:
    """A plan's column (计划数, 招生计划) in a form whose rows are schools (学校名称  录取分数线
    计划数): an intake plan, a number of students, though no unit is written."""
    return rows_kind.endswith(_SCHOOL_HEADS) and any(w in column for w in _PLAN_WORDS)


_SCHOOL_HEADS = ("学校", "学校名称", "院校", "院校名称", "校名", "學校", "學校名稱")
_PLAN_WORDS = ("计划", "計劃", "計畫")


def _places_measure(title: str, kind: str) -> str:
    """The measure a title names for a table whose rows are places: its last line's words
    after its label (附表1), its period and the class of places it is about (一线城市:
    the rows' kind, 城市, and what stands before it)."""
    line = _LINE_END.split(title.strip())[-1].strip() if title.strip() else ""
    line = _BRACKETED.sub("", line)
    spans = find_periods(line, None)
    if spans:
        line = line[spans[-1].end :]
    at = line.rfind(kind)
    return (line[at + len(kind) :] if at >= 0 else line).strip()


def _form_cell(at: int, figure: str, name: str,
               written: tuple[str | None, NormalizedUnit | None], column: str, dated: str,
               title: str) -> TableCell | None:
    """One figure of a form (``written``: its unit as written and read, if any; ``dated``:
    the label naming its period, "" if none); None if it is no number."""
    half = _figure_text(figure)
    if not _NUMBER.fullmatch(half):
        return None
    unit_raw, unit = written
    return TableCell(
        at, at + len(figure), figure, float(half.replace(",", "").replace("−", "-")), name,
        unit_raw, unit.base if unit else None,
        unit.category if unit else None, unit.multiplier if unit else 1.0, False, column,
        dated, title, form=True)


_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


def _after_colon(label: str) -> str:
    """A label's item after its class (法人或其他组织：商业企业 -> 商业企业)."""
    return re.split("[：:]", label)[-1].strip()


def _row_item(label: str, group: str) -> tuple[str, str]:
    """A form row's group and item: an outline number opens a new group (三、本年度办理结果…),
    a sub-number (（二）部分公开) goes on in the group above; the item is what follows the last
    number, after its class (不予公开：本机关不掌握相关政府信息)."""
    top = _OUTLINE.match(label)
    if top is not None and not top.group().startswith(("（", "(")):
        group, label = "", label[top.end():]
    subs = list(_SUB_ITEM.finditer(label))
    if subs:
        if subs[0].start() > 0:
            group = label[: subs[0].start()]
        label = label[subs[-1].end():]
    return group, _after_colon(label)


def _opens_with_period(text: str) -> bool:
    """Does ``text`` open with a period word (本年新收…, 上年结转…, 本年度办理结果)?"""
    return any(p.start == 0 for p in find_periods(text, None))


def _labelled_line(raw: str, start: int) -> TextTable | None:
    """A line of labelled figures, three at least, after the line's own label and a colon
    (行政复议：结果维持 3　　结果纠正 1　　…　　总计 4): each named by the line's label (its
    bracketed note left out) and its own, a total by the line's label alone."""
    end = _LINE_END.search(raw, start)
    line = raw[start : end.start() if end else len(raw)]
    cells = _cells(line)
    if len(cells) < 3 or len(cells) > _MAX_CELLS:
        return None
    lead, colon, _ = cells[0][1].rpartition("：")
    prefix = _head_text(_BRACKETED.sub("", lead)) if colon else ""
    out = []
    for k, (at, cell) in enumerate(cells):
        text = cell[len(lead) + 1 :] if k == 0 and colon else cell
        m = _LABELLED_FIGURE.fullmatch(text)
        if m is not None and not _NUMBER.fullmatch(m.group(1)):
            label, figure, offset = m.group(1), m.group(2), at + len(cell) - len(text) + m.start(2)
        elif k + 1 < len(cells) and _NUMBER.fullmatch(_figure_text(cells[k + 1][1])) and not (
                any(c.isdigit() for c in text)):  # (结果纠正  0: a gap an invisible mark made)
            label, (offset, figure) = text, cells[k + 1]
        elif k == 0:
            return None
        else:
            continue  # (a figure a scan damaged, 结果纠正 I, or a pair's figure read above)
        label = _head_text(label)
        name = prefix if label in _FORM_TOTALS and prefix else prefix + label
        out.append(_form_cell(start + offset, figure, name, (None, None), label, "", ""))
    found = tuple(c for c in out if c is not None)
    return TextTable(start, start + len(line), found, raw) if len(found) >= 3 else None


# --- lists: a list of projects printed as text (a plan's 重大项目表, a 项目清单 in an annex),
# its cells parted by tabs or runs of spaces, or by one space where the head's are:
#
#     序号  项目名称  建设内容及规模  起止年限  总投资（亿元）  2025年计划投资（亿元）
#     1  某港区二期工程  新建泊位5个，设计年吞吐能力480万标准箱  2023-2027  148.6  32.0
#
# The head holds no unit nor growth column (the main reader passes it over): a serial number or
# the items' names first, at least one measure whose unit its head writes in brackets (its cells
# bare numbers) and a column of words (the works' content, their years). Cleaning runs such rows
# together (the serial number and the next row's name glued to the last figure), so the list is
# read from its lines: each measure cell named by the row's item and the column's measure (its
# head's period left out of the name, 2025年计划投资 → 计划投资), each figure of a content cell
# (建设内容及规模) by the item and the words of its clause (新建泊位, 年产 + the product after the
# figure), the serial numbers and the years column (2023-2027) no figures.

_LIST_WORDS = ("序号", "序號", "编号", "編號", "名称", "名稱")
_LIST_LEAD = re.compile("(?m)^[ \t\u3000]*(?:序号|序號|编号|編號|[\u4e00-\u9fff]{0,4}(?:名称|名稱))"
                        "(?=[ \t\u3000|])")
# a column of the works' years (起止年限, 建设年限, 建设期限, 开工时间): no figure in its cells
_YEARS_HEADS = ("年限", "起止", "期限", "建设期", "建設期", "工期", "周期", "週期", "时间", "時間",
                "年份")
# a column naming who, where or what sort (建设单位, 建设地点, 备注): words, no figure read
_WORDS_HEADS = ("单位", "單位", "地点", "地點", "地址", "业主", "業主", "主体", "主體", "备注",
                "備註", "性质", "性質", "类别", "類別", "类型", "類型")
# a head or title naming a plan (2025年计划投资, …计划表): the list's figures are planned, unless a
# head names results (完成投资: then only its plan columns are)
_PLAN_HEADS = ("计划", "計劃", "計畫", "预计", "預計", "目标", "目標", "拟", "擬")
_RESULT_HEADS = ("完成", "实际", "實際", "累计", "累計", "已")
# a row's years (2023-2027, 2024—2026年, 2025年): the span its project's figures cover
_YEARS_CELL = re.compile(r"(?:\d{4}年?[-—–~～至到])?\d{4}年?")
_SERIAL_CELL = re.compile(r"[（(]?\d{1,3}[）)]?[.．、]?")
_ONE_GAP = re.compile(r"[ \u3000]+|\t|[ \u3000]*\|[ \u3000]*")
# a clause of a content cell opens after one of these (新建泊位5个，设计年吞吐能力480万标准箱)
_CLAUSE_BREAK = re.compile("[，,、；;。：:（(]")
_DEED_LEADS = ("其中", "包括", "总共", "共计", "合计", "含", "共")
# the thing a figure's unit counts, written after it (年产30万吨高性能聚烯烃及配套装置)
# (not a list's next item: 年产碳纤维2万吨及配套设施)
_OBJECT_AFTER = re.compile(
    "(?![及和与與的等])[\u4e00-\u9fff]{1,12}?(?=[及和与與、，,；;。（(的等]|$)")
_MAX_LIST_ROWS = 300


def _lists_possible(raw: str) -> bool:
    """Does a line of ``raw`` open with a list's first head (序号, 项目名称)?"""
    return any(w in raw for w in _LIST_WORDS) and _LIST_LEAD.search(raw) is not None


def _with_lists(raw: str, tables: list[TextTable]) -> list[TextTable]:
    """``tables`` and, in text order, the lists of projects outside them (found from their
    head's first word at a line's start: most texts hold none of those words)."""
    if not any(w in raw for w in _LIST_WORDS):
        return tables
    found: list[TextTable] = []
    done = -1
    for m in _LIST_LEAD.finditer(raw):
        start = m.start()
        if start <= done or table_at_line(tables, start):
            continue
        table = _list_at(raw, start)
        if table is not None:
            found.append(table)
            done = table.end
    if not found:
        return tables
    return sorted((*tables, *found), key=lambda t: t.start)


def _list_head(line: str) -> tuple[list[tuple[int, str]], re.Pattern[str]] | None:
    """A list's head cells and the gaps that part its cells: tabs or runs of spaces, or one
    space when the line holds no wider gap and no sentence's mark; None for a line of one
    cell."""
    cells = _cells(line)
    if len(cells) >= 3:
        return cells, _CELL_SEP
    if _PROSE_MARKS.search(line):
        return None
    cells = _cells(line, _ONE_GAP)
    return (cells, _ONE_GAP) if len(cells) >= 3 else None


def _list_columns(heads: list[str]) -> list[str] | None:
    """What each column of a list's head holds: ``serial``, ``name``, ``measure`` (a unit in
    brackets), ``years``, ``words`` or ``text`` (a content cell whose figures are read); None
    when the head is no list's (no measure in a unit that is not %, no column of words)."""
    serial = heads[0] in _SERIAL_HEADS
    name_col = int(serial)
    if not 3 + serial <= len(heads) <= _MAX_CELLS or not heads[name_col] or (
            not serial and not heads[0].endswith(("名称", "名稱"))):
        return None
    kinds = ["serial"] * serial + ["name"]
    in_unit = False
    for head in heads[name_col + 1 :]:
        if not head or _PROSE_MARKS.search(head) or _NUMBER.fullmatch(to_half_width(head)):
            return None
        bracket = _BRACKET_UNIT.search(head)
        unit = _unit_of(bracket.group(1)) if bracket else None
        if unit is not None and unit.category is not None:
            kinds.append("measure")
            in_unit = in_unit or unit.category != "percent"
        elif any(w in head for w in _YEARS_HEADS) and not names_year(head):
            kinds.append("years")
        elif any(w in head for w in _WORDS_HEADS):
            kinds.append("words")
        else:
            kinds.append("text")
    if not in_unit or not any(k in ("years", "text") for k in kinds):
        return None
    return kinds


def _list_row(line: str, sep: re.Pattern[str], width: int) -> list[tuple[int, str]] | None:
    """A row's cells (offsets in the line) when it has the head's ``width``: empty cells
    dropped, or, in a tab-parted row, kept when a cell is blank (项目  ⇥⇥  2024-2026)."""
    cells = _cells(line, sep)
    if len(cells) == width:
        return cells
    if "\t" not in line:
        return None
    out, pos = [], 0
    for field_text in line.split("\t"):
        stripped = field_text.strip(" \u3000")
        out.append((pos + (field_text.find(stripped) if stripped else 0), stripped))
        pos += len(field_text) + 1
    while out and not out[-1][1]:
        out.pop()  # (a trailing tab)
    return out if len(out) == width else None


def _list_at(raw: str, start: int) -> TextTable | None:
    """The list of projects whose head is the line at ``start`` (see above), if it is one."""
    lines, starts = _lines_from(raw, start, _MAX_LIST_ROWS)
    found = _list_head(lines[0])
    if found is None or len(lines) < 2:
        return None
    head, sep = found
    heads = [_head_text(c) for _, c in head]
    kinds = _list_columns(heads)
    if kinds is None:
        return None
    title = _title_text(_title(raw[_printed_lines_above(raw, start):start]))
    results = any(w in h for h in heads for w in _RESULT_HEADS)
    planned = not results and any(w in text for text in (title, *heads) for w in _PLAN_HEADS)
    over_years = "years" in kinds
    serial = kinds[0] == "serial"
    cells: list[TableCell] = []
    last = 0
    for i in range(1, len(lines)):
        row = _list_row(lines[i], sep, len(heads))
        if row is None or (serial and not _SERIAL_CELL.fullmatch(to_half_width(row[0][1]))):
            break
        item = _visible(row[int(serial)][1]).replace(" ", "")
        if not item or _NUMBER.fullmatch(to_half_width(item)):
            break
        years = next((_visible(c) for k, (_, c) in enumerate(row)
                      if kinds[k] == "years" and _YEARS_CELL.fullmatch(_figure_text(c))), None)
        for k, (offset, text) in enumerate(row):
            column = kinds[k]
            at = starts[i] + offset
            own_plan = planned or any(w in heads[k] for w in _PLAN_HEADS)
            if column == "measure":
                cell = _list_measure(at, text, item, heads[k], title)
                cells += [replace(cell, planned=own_plan, over_years=over_years,
                                  row_period=years)] if cell else []
            elif column == "text":
                cells += [replace(c, planned=own_plan, over_years=over_years, row_period=years)
                          for c in _content_figures(at, text, item, heads[k], title)]
        last = i
    if not last or not cells:
        return None
    return TextTable(start, starts[last] + len(lines[last]), tuple(cells), raw)


def _list_measure(at: int, text: str, item: str, head: str, title: str) -> TableCell | None:
    """A measure cell of a list (148.6 under 总投资（亿元）): named by the row's item and the
    column's measure without a period it opens with (2025年计划投资 → 计划投资), dated by that
    period; None when the cell holds no number (—)."""
    half = _figure_text(text)
    found = _CELL_NUMBER.fullmatch(half)
    if found is None:
        return None
    bracket = _BRACKET_UNIT.search(head)
    unit = _unit_of(bracket.group(1)) if bracket else None
    measure = _measure(head)
    spans = find_periods(measure, None)
    if spans and spans[0].start == 0 and len(measure) - spans[0].end >= 2:
        measure = measure[spans[0].end :]
    qual_text = found.group(3)
    share = any(w in head for w in _SHARE_HEADS)
    return TableCell(
        at, at + len(text), text, float(found.group(1).replace(",", "").replace("−", "-")),
        item + measure, bracket.group(1) if bracket and unit else None,
        unit.base if unit else None, unit.category if unit else None,
        unit.multiplier if unit else 1.0, False, head, head if spans else "", title,
        _CELL_QUALIFIER[qual_text] if qual_text else "none", qual_text, share, listed=True)


def _content_figures(at: int, text: str, item: str, head: str, title: str
                     ) -> list[TableCell]:
    """The figures of a content cell (新建泊位5个，设计年吞吐能力480万标准箱), each in the unit
    written after it and named by the row's item and the words of its clause before it (新建
    泊位), with the thing it counts when written after it (年产 + 高性能聚烯烃); dated only by
    a period the column's head names (2025年建设内容)."""
    dated = head if find_periods(head, None) else ""
    out = []
    for c in find_candidates(text):
        if c.unit is None or c.category is None or c.ordinal:
            continue
        out.append(TableCell(
            at + c.start, at + c.end, text[c.start : c.end], c.value, item + _deed(text, c),
            c.unit_raw, c.unit, c.category, c.multiplier, False, head, dated, title,
            c.qualifier, c.qualifier_text, listed=True, value_high=c.value_high))
    return out


def _deed(text: str, cand: NumberCandidate) -> str:
    """The words of a content figure's clause before it (新建集装箱泊位 of 新建集装箱泊位5个),
    without a lead of a part or a total (其中, 共), and the thing its unit counts when written
    right after it (年产30万吨高性能聚烯烃及配套装置: 年产高性能聚烯烃)."""
    before = text[: cand.start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    words = before[breaks[-1].end() if breaks else 0 :].strip(" \u3000")
    for lead in _DEED_LEADS:
        if words.startswith(lead) and len(words) > len(lead):
            words = words[len(lead) :]
            break
    after = _OBJECT_AFTER.match(text, cand.end)
    return words + after.group() if after is not None else words
