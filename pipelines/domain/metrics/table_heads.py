"""Head lines of text tables: what makes a line a head (a unit or growth column, a rank or lead
word, dated columns) and where one hides in the raw text (run into a sentence, beside a page's
body text, under its title or a unit line set in a column). Apart from the reading of the rows
under a head (tables.py), which starts where these end."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipelines.domain.cleaning.columns import display_width
from pipelines.domain.metrics.period_spans import is_comparison
from pipelines.domain.metrics.table_cells import (
    BRACKET_UNIT,
    CELL_SEP,
    MAX_CELLS,
    NUMBER,
    ONE_SEP,
    ONE_SPACE_HEAD,
    PROSE_MARKS,
    SPACED_SEP,
    TITLE_LINES,
    _cells,
    _line_start,
    _measure,
    _title,
    _unspaced,
    head_text,
    line_above,
    lines_above,
    printed_lines_above,
    unit_of,
    visible,
)
from pipelines.domain.numbers import to_half_width
from pipelines.domain.periods import find_periods

UNIT_HEADS = ("单位", "單位", "计量单位", "計量單位")
# a change's ratio to the base (增減比例 beside 增減金額 in a Taiwan company's revenue table):
# a growth rate though its head says 比例
CHANGE_RATIO_HEADS = ("增减比例", "增減比例", "变动比例", "變動比例")
GROWTH_HEADS = ("增长", "增速", "增幅", "增長", "增率", "%", "％",
                *CHANGE_RATIO_HEADS)  # (年增率: Taiwan's 年增)
# a column of shares (占比（%）, 比重, 构成): percentages of a whole, not changes
# (佔總數（%）; 比例（%） beside 股份数量（股）: each row's share of the whole)
SHARE_HEADS = ("占比", "比重", "构成", "佔比", "構成", "占总数", "佔總數", "比例（%）",
               "比例(%)")
# a head whose first cell names places (地区, 城市, 县（市、区）): its rows are places, each cell
# the figure its column head names (R&D经费（亿元）), of its row's place; a % column there is a
# share (投入强度（%）, 城镇化率（%）) unless its head names a change (增长, 比上年)
PLACE_HEADS = frozenset({"地区", "城市", "地市", "市州", "市别", "县别", "区县", "县市区", "区域",
                          "县（市、区）", "县(市、区)", "市（州）", "地區", "區域", "縣市", "省份",
                          "省市", "省区市", "省（区、市）", "省(区、市)",
                          # (城区  网签套数（套）…: a city's districts)
                          "城区", "市辖区"})

# (年增率（%）: a Taiwanese release's yearly change; 按年變動（%）: a Hong Kong release's)
# a column of ranks (排名  城市  …: each row's place in the ranking) or of serial numbers (序号:
# no figure); opening a head, the names stand in the column after it
RANK_HEADS = frozenset({"排名", "名次", "位次", "排位", "排序"})
# (科目编码: a budget table's classification code, 205 教育支出, standing before the names as a
# serial number does)
CODE_HEADS = frozenset({"科目编码", "科目編碼", "科目代码", "功能分类科目编码"})
SERIAL_HEADS = frozenset({"序号", "序號", "编号", "編號"}) | CODE_HEADS


def lot_head(head: str) -> bool:
    """Does a name column's head label its rows by a tender's lot (包号, 标段号: the packages or
    sections a procurement is split into) or a land sale's parcel (地块编号, 宗地编号: the plots a
    notice offers), not name measures (指标, 项目)? Its rows are lots, each column one of their
    measures."""
    return head.replace(" ", "") in LOT_HEADS


LOT_HEADS = frozenset({"包号", "包件", "包件号", "分包", "分包号", "包别", "标包", "标包号",
                       "标段", "标段号", "标项", "标项号", "采购包", "采购包号", "合同包",
                       "合同包号", "包號", "標包", "標段", "標段號", "採購包",
                       "地块编号", "宗地编号", "地块号", "宗地号", "地块编码", "宗地编码",
                       "地塊編號", "宗地編號"})
# (the parcel heads open a head line of their own: lot_heads)
_PARCEL_HEADS = ("地块编号", "宗地编号", "地块号", "宗地号", "地块编码", "宗地编码", "地塊編號",
                 "宗地編號")


def lot_heads(text: str) -> Iterator[int]:
    """Where a line opening with a parcel's code column (地块编号, then a cell break) starts: a
    land sale's parcel table, whose measures write their units in brackets (出让面积（平方米）,
    起始价（万元）) and need no 单位 nor % column (is_head). Plain searches for the heads (most
    texts hold none)."""
    for word in _PARCEL_HEADS:
        for at in find_all(text, word):
            end = at + len(word)
            if not text[_line_start(text, at):at].strip() and text.startswith(BREAKS, end):
                yield _line_start(text, at)


def is_head(cells: list[tuple[int, str]]) -> bool:
    """A head line: a unit column (单位), a % column, two year columns (113年（實績）
    114年（預測）), or a growth column (同比增长, 增速) beside a period column (前三季度, 1-9月,
    2025年): the units of the last two kinds are in the rows (数字经济核心产业营收（亿元）)."""
    if not 3 <= len(cells) <= MAX_CELLS or NUMBER.fullmatch(to_half_width(cells[0][1])):
        return False
    heads = [visible(c) for _, c in cells[1:]]
    if any(NUMBER.fullmatch(to_half_width(h)) for h in heads):
        return False
    if visible(cells[0][1]) in RANK_HEADS or any(h in RANK_HEADS for h in heads):
        return True  # 排名  城市  综合指数, 地区  GDP（亿元）  排名: a ranking's head
    if visible(cells[0][1]) in CODE_HEADS:
        return True  # 科目编码  科目名称  合计  基本支出  项目支出: a budget table's head (its unit
        # in the title's 单位：万元)
    if any(h in UNIT_HEADS for h in heads) or any("%" in h or "％" in h for h in heads):
        return True
    if sum(DATED_HEAD.search(head_text(c)) is not None for _, c in cells[1:]) >= 2:
        return True
    if heads[:2] == ["本报告期", "上年同期"]:
        return True  # 项目  本报告期  上年同期: a results forecast's head (its cells 盈利：…)
    if measures_head(cells):
        return True  # 站名  河名  水位（米）  警戒水位（米）  流量（立方米每秒）: things and their
        # measures, each column's unit in brackets
    if unit_named_first(cells) and sum(_dated(head_text(c)) for _, c in cells[1:]) >= 2:
        return True  # 项目（%）  监管标准  本报告期末  上年末  2022年末: every cell in the first
        # head's unit, the columns periods
    if _unit_columns(cells):
        return True
    if lot_head(visible(cells[0][1])) and any(
            (b := BRACKET_UNIT.search(h)) and unit_of(b.group(1)).category is not None
            for h in heads):
        return True  # 地块编号  土地位置  出让面积（平方米）…: a parcel table, units in brackets
    if any(h.startswith(SHARE_HEADS) for h in heads) and any(
            (b := BRACKET_UNIT.search(h)) and unit_of(b.group(1)).category is not None
            for h in heads):
        return True  # 產品別  營收（新台幣千元）  比重: a breakdown, each part's amount in the
        # bracket's unit and its share of the whole (its cells 42.6%)
    if not any(w in h for h in heads for w in GROWTH_HEADS):
        return False
    return any(not any(w in h for w in GROWTH_HEADS) and (h in _VALUE_HEADS or _dated(h))
               for h in heads)


def _measured(head: str) -> bool:
    """A column head naming a measure with its unit in brackets (水位（米）; not %: a rate's)."""
    bracket = BRACKET_UNIT.search(head)
    return bracket is not None and bracket.start() > 0 and unit_head(bracket.group(1))


_MEASURED_MIN = 3  # measure columns with their units a head of things holds at least


def measures_head(cells: list[tuple[int, str]]) -> bool:
    """A head of things and their measures: three measure columns with their units in brackets
    or more, or two right after the things' column (类别  月最低工资标准（元/月）  小时最低工资标准
    （元/小时）  适用地区: a text column after them; not a project list's 序号  项目名称  建设内容
    …  总投资（亿元）  2025年计划投资（亿元）, its measures after columns of words)."""
    measured = [_measured(head_text(c)) for _, c in cells[1:]]
    return sum(measured) >= _MEASURED_MIN or (
        sum(measured) == _MEASURED_MIN - 1 and measured[: _MEASURED_MIN - 1] == [True, True])


def measured_heads(text: str) -> Iterator[int]:
    """Where a line holding a measure's head with its unit in brackets before a cell break or
    the line's end starts (水位（米）  警戒水位（米）…): a head of things and their measures, with
    no unit nor % column (is_head checks it)."""
    done = -1
    for m in _MEASURE_HEAD.finditer(text):
        start = _line_start(text, m.start())
        if start == done:
            continue
        done = start
        end = text.find("\n", m.end())
        cells = _cells(text[start : end if end >= 0 else len(text)])
        if measures_head(cells):
            yield start


_MEASURE_HEAD = re.compile(r"[^\s（(]（[^（）\s%％]{1,8}）(?=[ \u3000]{2,}|\t)")


def unit_named_first(cells: list[tuple[int, str]]) -> bool:
    """The head's first cell names the indicators with the unit of every cell in brackets
    (项目（%）, 指标（亿元）)."""
    first = re.sub(r"[ \u3000]", "", visible(cells[0][1]))
    bracket = BRACKET_UNIT.search(first)
    return bracket is not None and first[: bracket.start()] in INDICATOR_HEADS and bool(
        first[: bracket.start()]) and unit_of(bracket.group(1)).category is not None


def _unit_columns(cells: list[tuple[int, str]]) -> bool:
    """A head of an indicator column then columns headed by their units alone (项目  亿美元
    亿SDR: one table in two currencies), each cell in its column's unit."""
    first = re.sub(r"[ \u3000]", "", visible(cells[0][1]))
    return bool(first) and first in INDICATOR_HEADS and all(
        unit_head(head_text(c)) for _, c in cells[1:])


def _period_columns(cells: list[tuple[int, str]]) -> bool:
    """A head of an indicator column then two columns or more each naming a year's period (项目
    2025年第一季  2025年第二季  2025年第三季): the rows' figures by period."""
    first = re.sub(r"[ \u3000]", "", visible(cells[0][1])) if cells else ""
    return first in INDICATOR_HEADS and len(cells) >= 3 and all(
        names_year(head_text(c)) for _, c in cells[1:])


def unit_head(head: str) -> bool:
    """A column head that is a unit and nothing else (亿美元, 万吨; not %: a growth's or a
    share's column)."""
    return unit_of(head).category not in (None, "percent")


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
DATED_HEAD = re.compile(r"\d{2,4}\s?年")


def names_year(head: str) -> bool:
    """Does a column head write a year (2024年, 113年（實績）)?"""
    return DATED_HEAD.search(head) is not None


# a growth column's head opening a cell (a cell break before it: 前三季度   同比增长): its
# word, perhaps after a comparison's lead (growth_cells)
_GROWTH_WORD = re.compile("增[长速幅長減减]")
_GROWTH_LEADS = ("同比", "比上年", "较上年", "比上年同期")
# the unit of every cell, written in the title or the head line: （单位：亿元）
# (a title a page's column wraps may break it: 单位⏎：亿元)
TABLE_UNIT = re.compile(r"[单單]\s?位\s?[：:]\s*([^）)\s，,；;]{1,6})")

# a title writing one unit for each column after the names' (（单位：亿元，万户次）: 亿元 the
# first column's, 万户次 the second's)
_TITLE_UNITS = re.compile(r"[单單]\s?位\s?[：:]\s*([^（）()\s，,、；;]{1,6}"
                          r"(?:[，,、][^（）()\s，,、；;]{1,6})+)")


def title_units(title: str) -> list[str]:
    """The units a table's title writes one by column, in the columns' order ([亿元, 万户次]
    of （单位：亿元，万户次）: each column a measure of its own); [] when it writes one unit, a
    word that is none, or a % (（单位：亿元，%） over 税种  收入  同比增长: an amount and its
    growth, the rows the indicators)."""
    found = _TITLE_UNITS.search(title)
    if found is None:
        return []
    units = re.split("[，,、]", found.group(1))
    return units if all(unit_of(u).category not in (None, "percent") for u in units) else []


def amount_and_rate_units(title: str) -> str | None:
    """The amount's unit of a title writing one amount's unit and a % (单位：万辆、%: the
    amounts in 万辆, their growth in %), None for any other title."""
    found = _TITLE_UNITS.search(title)
    units = re.split("[，,、]", found.group(1)) if found is not None else []
    if len(units) != 2 or units[1] not in ("%", "％") or unit_of(units[0]).category in (
            None, "percent"):
        return None
    return units[0]


def growth_column(head: str) -> bool:
    """A column head naming a growth (销量同比, 同比增长, 增速): its cells in a title's %."""
    return any(w in head for w in (*GROWTH_HEADS, *_GROWTH_LEADS))


def measures_beside_growth(heads: list[str]) -> bool:
    """Columns naming two amounts or more beside their growth (产量  销量  销量同比): each
    column a measure of its own; one amount and its growth (收入  同比增长 under 单位：亿元，%)
    leaves the rows the indicators."""
    return sum(not growth_column(h) for h in heads) >= 2


BREAKS = ("  ", "\t", "\u3000", "|", "| ")


@dataclass(frozen=True)
class _Column:
    """Where a table set in one column of a page set in two stands on its lines: from the
    line's start to ``edge`` (display units; the other column's body text beyond), or from
    ``edge`` on (``right``: body text before it)."""

    edge: int
    right: bool


_PROSE_RUN = 6  # characters a run of body text holds at least


def column_beside_prose(head: str, rows: list[str]) -> _Column | None:
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
    return len(run) >= _PROSE_RUN and PROSE_MARKS.search(run) is not None


_RUN = re.compile(r"\S+(?:[ \u3000]\S+)*")  # a run of text between gaps of two blanks or more
MIN_COLUMN = 16  # display units: a column of a page is wider (cleaning/columns.py)
COLUMN_SLACK = 2  # a column's text starts this far (display) left of the head's at most


def in_column(lines: list[str], starts: list[int], column: _Column
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


# a head whose cells one ideographic space parts, each after the first a measure with its unit
# in brackets (市場　金額（億美元）　年增率（%）　比重（%）), on a line holding a page's text
_SPACED_HEAD = re.compile("[^\\s\u3000，。；：]+(?:\u3000[^\\s\u3000，。；]+?[）)]){2,}")
_SPACED_NUMBER = r"\u3000[-−]?\d[\d,]*(?:\.\d+)?%?"
_SENTENCE_END = re.compile("[。；！？]")
MAX_KIND = 4  # characters of the rows' kind (市場, 港口, 地区) a title ends with, at most


def run_together(line: str, start: int) -> tuple[list[str], list[int], str] | None:
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


def growth_group(lines: list[str], sep: re.Pattern[str]
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
    word = head_text(text)
    if PROSE_MARKS.search(word) or NUMBER.search(to_half_width(word)) or not any(
            w in word for w in GROWTH_HEADS):
        return None
    head = _cells(lines[1], sep)
    if not 3 <= len(head) <= MAX_CELLS:
        return None
    edge = display_width(lines[0], 0, at) - COLUMN_SLACK
    under = [k for k, (a, _) in enumerate(head) if display_width(lines[1], 0, a) >= edge]
    if not under or under[0] < 1 or under != list(range(under[0], len(head))):
        return None
    base = _measure(head_text(head[under[0] - 1][1])) if under[0] > 1 else ""
    cells, own = list(head), {}
    for k in under:
        sub = _measure(head_text(head[k][1]))
        if not sub or NUMBER.search(to_half_width(sub)):
            return None
        cells[k] = (head[k][0], head[k][1] + word)
        own[k] = base if base.endswith(sub) else (
            base[: -len(sub)] + sub if len(base) > len(sub) else sub)
    return cells, own


def period_group(raw: str, start: int, head: list[tuple[int, str]], sep: re.Pattern[str]
                  ) -> tuple[dict[int, str], int] | None:
    """A head printed on two lines, the first (over the names' blank column) holding only
    periods, each over a group of as many columns as the others (a measure and its change):

        　　　　　　　　　2025年10月　　　　　　　　2025年首十個月
        主要目的地　　貨值（百萬元）　按年百分率變動（%）　貨值（百萬元）　按年百分率變動（%）

    The period of each column of the head at ``start`` (by column; a period centred over its
    group stands anywhere over it: the groups are read as equal runs of columns), and where the
    period line starts; None when the line above is no such line or a column of the head names
    a period itself.

    The groups may also be named by an event the figures stand before or after, over a head
    line whose names' cell is blank, the line above opening with the names' head (股份类别
    本次回购前  回购完成后 over 　　股份数量（股）  比例（%）…): each column gets its group's
    head as written, which the text dates (table_rows.event_column_day)."""
    above = line_above(raw, start)
    line = raw[above:start].rstrip("\r\n")
    if above == start or len(head) < 3:
        return None
    periods = [_unspaced(visible(c)) for _, c in _cells(line, sep)]
    # (an events line may be indented as a paragraph is, ⇥股份类别　　本次回购前: its names'
    # head is no event, where a line of periods opens with the blank over the names)
    events = head[0][1] == "" and len(periods) >= 3 and all(
        EVENT_HEAD.fullmatch(p) for p in periods[1:]) and (
        not line[:1].isspace() or EVENT_HEAD.fullmatch(periods[0]) is None)
    if events:
        periods = periods[1:]  # (股份类别: the names' head, over their column)
    elif not line[:1].isspace():
        return None
    columns = len(head) - 1
    if not periods or columns % len(periods) or columns // len(periods) < 2 or not (events or all(
            DATED_HEAD.search(p) and _dated(p) and _period_alone(p) for p in periods)) or any(
            _dated(head_text(c)) for _, c in head[1:]):
        return None
    width = columns // len(periods)
    return {k: periods[(k - 1) // width] for k in range(1, len(head))}, above


# a group head naming an event the figures under it stand before or after (本次回购前, 回购完成后,
# 本次变动前, 本次发行后): a verb's two characters or more, then 前 / 后
EVENT_HEAD = re.compile("(?:本次)?[\u4e00-\u9fff]{2,6}?(?:完成|实施)?[前后後]")


def _period_alone(cell: str) -> bool:
    """A cell that is a period and little else (2025年10月, 2025年首十個月), not a line naming
    one among other words (表：114年1-10月主要出口市場, an indented table title)."""
    rest = cell
    for span in reversed(find_periods(cell, None)):
        rest = rest[: span.start] + rest[span.end :]
    return len(_HAN.findall(rest)) <= _PERIOD_WORDS_MAX


_HAN = re.compile("[\u4e00-\u9fff]")
_PERIOD_WORDS_MAX = 4  # (首十個月, a span the periods reader leaves to the Simplified text)


def head_cells(line: str) -> tuple[list[tuple[int, str]], re.Pattern[str]]:
    """The cells of a head line and the gaps that part its table's cells: one ideographic
    space when the line holds no wider gap (市場　金額（億美元）　年增率（%）　比重（%）). A
    letter-spaced first head (指    标, 项　　目: a printed table spreads a short head over its
    column) is one cell."""
    cells = _letters_joined(_cells(line))
    if len(cells) == 1 and ONE_SPACE_HEAD.fullmatch(line.rstrip()):
        return _cells(line, ONE_SEP), ONE_SEP  # (指标 单位 2025年 同比增长%: one space)
    if len(cells) <= 2 and "\u3000" in line and not PROSE_MARKS.search(line):
        # (主要目的地　　貨值（百萬元）　按年百分率變動（%）: a wider gap after the names' head
        # alone, the measures parted by one ideographic space)
        spaced = _cells(line, SPACED_SEP)
        if len(cells) == 1 or (len(spaced) > 2 and is_head(spaced)):
            return spaced, SPACED_SEP
    return cells, CELL_SEP


def _letters_joined(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``cells`` with a letter-spaced lead head (指 / 标 two cells) made one cell (指标)."""
    if len(cells) > 3 and len(cells[0][1]) == 1 == len(cells[1][1]) and (
            cells[0][1] + cells[1][1] in _LEAD_HEADS):
        return [(cells[0][0], cells[0][1] + cells[1][1]), *cells[2:]]
    return cells


def growth_cells(text: str) -> Iterator[int]:
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
    return not PROSE_MARKS.search(line) and len(_cells(line.strip(), SPACED_SEP)) >= 3


def rank_heads(text: str) -> Iterator[int]:
    """Where a line holding a rank column's head as a cell of its own starts (排名  城市  …,
    城市  综合指数  排名): the word at the line's start or after a cell break, before a cell
    break or the line's end."""
    for word in RANK_HEADS:
        for at in find_all(text, word):
            start = _line_start(text, at)
            end = at + len(word)
            if ((not text[start:at].strip() or _after_break(text, at))
                    and (text.startswith(BREAKS, end) or text[end:end + 1] in _LINE_ENDS)):
                yield start


_LINE_ENDS = ("", "\n", "\r")


def _after_break(text: str, at: int) -> bool:
    """A cell break ends at ``at``: two spaces or more (ASCII or ideographic), or a tab or a
    ``|`` followed by any spaces."""
    start = at
    while start > 0 and text[start - 1] in " \u3000":
        start -= 1
    return at - start >= 2 or (start > 0 and text[start - 1] in "\t|")


def lead_heads(text: str) -> Iterator[int]:
    """Where a line opening with the head of an indicator or period column (项目  本期金额 …,
    月份  PMI  生产 …) followed by a cell break starts: a head with no unit nor growth column,
    read as one when the lines above write the table's unit (_titled_head)."""
    if "单位" in text or "單位" in text:  # (the unit line such a head needs: most pages have none)
        for m in _LEAD_HEAD.finditer(text):
            yield m.start()
        for m in _TITLE_UNITS.finditer(text):  # (the line under a title writing a unit by column)
            end = text.find("\n", m.end())
            if end >= 0 and (title_units(m.group()) or amount_and_rate_units(m.group())):
                yield end + 1
    elif any(w in text for w in _UNIT_LEADS):  # (or columns headed by their units: 项目  亿美元;
        # or by periods: 項目  2025年第一季  2025年第二季 under …變動率（按年，%）)
        for m in _LEAD_HEAD.finditer(text):
            end = text.find("\n", m.start())
            cells = _cells(text[m.start() : end if end >= 0 else len(text)])
            if _unit_columns(cells) or _period_columns(cells):
                yield m.start()


def _titled_head(cells: list[tuple[int, str]], above: str) -> bool:
    """A head naming its columns' measures or versions alone (项目  本期金额  年初至报告期末金额,
    月份  PMI  生产  新订单) under a line writing every cell's unit (单位：元, 单位：%): its first
    cell heads the indicators or the periods of the rows, or a later column is the growth of
    the one before it (税种  收入  同比增长, 地区  保费收入  同比增长 under 单位：亿元，%); no
    other cell is a number."""
    if not 3 <= len(cells) <= MAX_CELLS or any(
            NUMBER.fullmatch(to_half_width(visible(c))) for _, c in cells[1:]):
        return False
    title = _title(above)
    if len(title_units(title)) == len(cells) - 1:
        return True  # 政策类别  减税降费及退税  受益户次 under （单位：亿元，万户次）
    if amount_and_rate_units(title) is not None and growth_column(head_text(cells[-1][1])) and (
            measures_beside_growth([head_text(c) for _, c in cells[1:]])):
        return True  # 车型  产量  销量  销量同比 under 单位：万辆、%
    return (head_text(cells[0][1]) in _LEAD_HEADS or any(
                w in head_text(c) for _, c in cells[2:] for w in GROWTH_HEADS)) and (
            TABLE_UNIT.search(title) is not None)


def titled_above(cells: list[tuple[int, str]], raw: str, start: int) -> str | None:
    """The title over a head naming its columns' measures alone (_titled_head): the lines
    right above it, or, on a page set in two columns, the lines of the column that holds the
    table's unit line in the pair of columns above it (附表1 / 中国制造业PMI及构成指数 /
    单位：% set in the right column, the table across the page below); None if neither
    writes the unit."""
    above = raw[printed_lines_above(raw, start):start]
    if _titled_head(cells, above):
        return _title(above)
    column = _column_title(raw, start)
    return column if column is not None and _titled_head(cells, column) else None


_COLUMN_LINES = 16  # lines above a head searched for its unit line set in a column


def _column_title(raw: str, start: int) -> str | None:
    """The unit line nearest above the line at ``start`` (within _COLUMN_LINES) standing as a
    column's run of text (the line's last run after a wide gap, or its only one), with the
    runs of that column on the TITLE_LINES printed lines above it: the title of a table
    whose head stands below, across the page."""
    lines, _ = lines_above(raw, _lines_back(raw, start, _COLUMN_LINES), start)
    for k in range(len(lines) - 1, -1, -1):
        run = _column_run(lines[k])
        if run is None or not TABLE_UNIT.match(run[1]):
            continue
        right = run[0] > 0
        found = [run[1]]
        for line in reversed(lines[:k]):
            if len(found) > TITLE_LINES:
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
        above = line_above(raw, start)
        if above == start:
            break
        start = above
    return start


# the first column's head of a table whose rows are indicators or periods
PERIOD_HEADS = frozenset({"月份", "月度", "年份", "年度", "季度", "时间", "时期", "日期", "期间",
                           "時間", "時期", "期間"})
_LEAD_HEADS = ("项目", "指标", "指标名称", "項目", "指標", *PERIOD_HEADS)
# (heads of indicators over unit columns; a letter-spaced print's 项 目 too)
_UNIT_LEADS = ("项目", "指标", "項目", "指標", "项 目", "指 标", "項 目", "指 標")

# such a head word opening a line before a cell break (one space allowed between its
# characters: 月 份, a letter-spaced print)
_LEAD_HEAD = re.compile("(?m)^[ \t\u3000]*(?:" + "|".join(" ?".join(w) for w in _LEAD_HEADS)
                        + ")(?=[ \u3000]{2,}|\t|[ \u3000]*\\||\u3000(?=[^\\s\u3000]))")


def indented_head(lines: list[str], head: list[tuple[int, str]], sep: re.Pattern[str]
                   ) -> list[tuple[int, str]]:
    """A head line indented by its blank first cell (　　本报告期末　　上年度末　　…（%）: a second
    head inside a report's table, over rows one cell wider) with that empty cell in front."""
    if (len(lines) < 2 or lines[0][:1] not in (" ", "\u3000", "\t") or not head
            or len(_cells(lines[1], sep)) != len(head) + 1):
        return head
    return [(0, ""), *head]


def blank_name_head(line: str) -> list[tuple[int, str]] | None:
    """The cells of a head line whose first column (the rows' names) is blank and whose
    cells all name periods, with an empty name cell in front; else None."""
    if not line[:1].isspace():
        return None
    cells = _cells(line)
    seen = [_unspaced(visible(c)) for _, c in cells]  # (202\u200b5年7月至9月, 202 5年)
    if len(cells) < 2 or not all(DATED_HEAD.search(c) and _dated(c) for c in seen):
        return None
    return [(0, ""), *cells]


def find_all(text: str, word: str) -> list[int]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


# the first column's head of a table whose rows are indicators (指标  货物吞吐量（万吨）…): its
# cells keep their row's name
INDICATOR_HEADS = frozenset({"指标", "指标名称", "主要指标", "项目", "项目名称", "科目", "类别",
                              "指標", "指標名稱", "主要指標", "項目", "項目名稱", "類別", ""})
