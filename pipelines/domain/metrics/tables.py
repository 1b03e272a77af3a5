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

A land sale's parcel table opens with the parcels' codes (地块编号, 宗地编号) and writes each
measure's unit in brackets (出让面积（平方米）, 起始价（万元）), with no 单位 nor % column:

    地块编号    土地位置                出让面积（平方米）   容积率            起始价（万元）
    2025-JK-17  经开区新都路北侧        46821（合70.23亩）   1.0＜容积率≤2.5   52600

Its rows are lots, as a tender's (包号): each cell named by the code and its column
(2025-JK-17起始价), what the sale sets; a cell's bounds (≤25%), a range with the measure between
its ends and a conversion in brackets (（合70.23亩）, a figure of its own) are read, a term in years
(出让年限（年）) is in 年, and the district the location cell opens with is the lot's place.

Forms (a government information disclosure report's tables) are read by table_forms.py and lists
of projects by table_lists.py; head lines are found by table_heads.py, a cell's name and measure
come from table_names.py, a table over a page break is table_pages.py's, and table_cells.py holds
the records (TableCell, TextTable) and primitives they all share.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import chain

from pipelines.domain.cleaning.normalize import INVISIBLE
from pipelines.domain.metrics.table_align import ocr_minus
from pipelines.domain.metrics.table_cells import (
    BRACKET_UNIT,
    CELL_NUMBER,
    CELL_QUALIFIER,
    CELL_SEP,
    LINE_END,
    MAX_CELLS,
    NUMBER,
    ONE_SPACE_HEAD,
    PROSE_MARKS,
    SPACED_SEP,
    TableCell,
    TextTable,
    _cells,
    _line_start,
    _measure,
    _title,
    _unspaced,
    head_text,
    line_above,
    lines_above,
    lines_from,
    printed_lines_above,
    table_at_line,
    title_text,
    unit_of,
    visible,
)
from pipelines.domain.metrics.table_forms import repeat_width, side_by_side, with_forms
from pipelines.domain.metrics.table_heads import (
    BREAKS,
    CHANGE_RATIO_HEADS,
    CODE_HEADS,
    DATED_HEAD,
    GROWTH_HEADS,
    PERIOD_HEADS,
    PLACE_HEADS,
    RANK_HEADS,
    SERIAL_HEADS,
    SHARE_HEADS,
    UNIT_HEADS,
    _dated,
    amount_and_rate_units,
    blank_name_head,
    column_beside_prose,
    find_all,
    growth_cells,
    growth_column,
    growth_group,
    head_cells,
    in_column,
    indented_head,
    is_head,
    lead_heads,
    lot_head,
    lot_heads,
    measured_heads,
    measures_beside_growth,
    period_group,
    rank_heads,
    run_together,
    title_units,
    titled_above,
    unit_head,
    unit_named_first,
)
from pipelines.domain.metrics.table_lists import lists_possible, with_lists
from pipelines.domain.metrics.table_names import (
    TOTAL_ROWS,
    _title_unit,
    cell_name,
    cell_unit,
    change_word,
    column_name,
    completion_head,
    completion_rate_head,
    difference_head,
    indices_named,
    leading_place,
    measures_in_title_unit,
    named_as_text,
    names_things,
    newest,
    part_as_text,
    part_column,
    priced_in,
    ranked,
    rate_head,
    referred_measure,
    score_column,
    title_by,
    title_changes,
    title_items,
    title_measure,
    title_thing,
    unit_column_measure,
    whole_measure,
)
from pipelines.domain.metrics.table_pages import (
    head_before_break,
    head_goes_on,
    head_over_page,
    row_over_page,
)
from pipelines.domain.metrics.table_reflow import (
    changes_explained,
    form_heads_possible,
    reflowed_tables,
)
from pipelines.domain.metrics.table_statements import statement_tables, statements_possible
from pipelines.domain.metrics.table_windows import window_tables, windows_possible
from pipelines.domain.metrics.table_wraps import wrapped_tables, wraps_possible
from pipelines.domain.metrics.text_events import normalized_raw
from pipelines.domain.numbers import to_half_width
from pipelines.domain.units import NormalizedUnit, unit_lexicon

# (变化幅度（%）, 改善幅度（%）, 变幅: how much the measure of the column before it moved)
_PLACE_GROWTH = ("增长", "增速", "增幅", "增長", "比上年", "同比", "较上年", "增减", "增減", "增率",
                 "减率", "減率", "变动", "變動", "按年", "幅度", "变化", "變化", "变幅", "變幅",
                 "环比", "環比")

# (减：所得税影响额, 加：…: a report's rows taken from or added to the total)
# (a row's serial number, 1.外汇储备, 2、基金组织储备头寸, 一、食品烟酒,
# （一）全国居民人均可支配收入: no part of its name; not the first of two numerals, 一、二类苗)
_ROW_PREFIX = re.compile(r"^(?:其中[：:]|[减加減][：:]|#|\*|\d{1,2}[.．、](?!\d)"
                         r"|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十\d])"
                         r"|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)])\s*")

# the text's own whole opening a row's name (全校本科, 全市小计), dropped as in its sentences
_WHOLE_PREFIXES = ("全校", "全市", "全省", "全县", "全区")
# a row name that says its number is a change (地区生产总值增长 %, 单位GDP能耗下降 %)
_ROW_GROWTH = ("增长", "增長")  # (增速 is a name: 地区生产总值增速 stays one)
_ROW_DECLINE = ("下降", "降低", "减少", "減少")

# a span running from January (1—11月, 1-10月, 前10个月) and a title's single month (2025年11月份)
_RUNNING_SPAN = re.compile(r"(?:^|[^\d])(?:1|一)\s*[—\-–~～至]\s*\d{1,2}\s*月|前\d{1,2}[个個]月"
                           r"|首[一二三四五六七八九十]{1,3}[个個]月")
_ONE_MONTH = re.compile(r"\d{1,2}月份?")
_AVERAGE = ("年均", "平均")  # (a yearly-average row: 地区生产总值年均增长)
_STEP_YEARS = (3, 4, 5)  # years between a plan's base-year column and its goal-year column


def _plan_step(heads: Sequence[str]) -> int | None:
    """Years between the two year columns of a plan's table (2025年  2030年: 5), None unless
    exactly two years head its columns, apart by a plan's span."""
    found = (DATED_HEAD.search(h) for h in heads)
    years = sorted({int(y) for m in found
                    if m is not None and len(y := m.group().rstrip("年 ")) == 4})
    if len(years) != 2 or years[1] - years[0] not in _STEP_YEARS:
        return None
    return years[1] - years[0]


def _since_step(step: int | None, head: str, spanned: bool) -> int | None:
    """The year before a sum's or a yearly average's span in a plan's table with no base column:
    ``step`` years before its column's year."""
    if step is None or not spanned or (m := DATED_HEAD.search(head)) is None:
        return None
    year = m.group().rstrip("年 ")
    return int(year) - step if len(year) == 4 else None
_BASE_HEADS = ("基数", "基期", "基准")
_SUM_BRACKETS = {"〔": "〕", "[": "]", "［": "］"}
_CELL_BOUNDS = {"<": "at_most", "≤": "at_most", ">": "at_least", "≥": "at_least"}

# a unit column's head, or a growth column's (%) head (a 单位 counts only after a cell break)
_HEAD_MARKS = ("单位", "單位", "%）", "%)", "％）", "增长%", "增長%", "增速%", "增幅%",
               "年（", "年(", "年\t",
               # a results forecast's head (项目⇥本报告期⇥上年同期: its cells 盈利：…)
               "本报告期\t上年同期",
               # a breakdown's share column beside an amount with its unit in brackets
               # (產品別⇥營收（新台幣千元）⇥比重: table_heads.is_head)
               "\t比重", "\t占比", "\t佔比")

# a number with its unit in the cell: 456.7亿元, 5.2万人, 23156元/人, 0.3个百分点, 39万吨以上
_UNIT_CELL = re.compile(
    r"(" + NUMBER.pattern + r")[ \u3000]?([^\d\s%％]{1,6}?)(以上|以下|以内|左右)?")
# a row name and its first number parted by one space only (the name filled its column:
# 归属于上市公司股东的净利润　21.47), in a row one cell short of its head
_NAME_NUMBER = re.compile(r"(.*\S)[ \u3000]+([-−]?[\d０-９][\d０-９,，.．]*[%％]?)")
_NAME_UNIT = re.compile(r"(.*\S)[ \u3000]+(\S{1,6})")
_NO_UNIT = frozenset("—-－/")  # (a unit cell left blank by a dash)


def _unit_cell(text: str) -> bool:
    """``text`` is a unit cell: a unit of the lexicon, with its multiplier (万吨), or a dash."""
    lex = unit_lexicon()
    unit = lex.simplify(text)
    if unit in _NO_UNIT or unit in lex.units:
        return True
    return any(unit.startswith(m) and unit[len(m) :] in lex.units for m in lex.multipliers)


@lru_cache(maxsize=8)
def text_tables(raw: str) -> tuple[TextTable, ...]:
    """The text tables of a document (none in most: found by plain searches for a head).

    A document without two spaces in a row (ASCII or ideographic), a tab or a ``|`` holds
    none (four searches pass almost every document) but a list whose cells one space parts
    (序号 项目名称 …: with_lists). The tables are read on the text as cleaning normalises its
    characters (same length, same offsets: （%) is （%）, a zero-width space beside a gap part
    of the gap), their quotes and the text before them kept raw."""
    gaps = "  " in raw or "\t" in raw or "|" in raw or "\u3000" in raw or (
        "位 " in raw and ONE_SPACE_HEAD.search(raw) is not None)  # (指标 单位 2025年 …)
    forms = form_heads_possible(raw)
    statements = statements_possible(raw)
    windows = windows_possible(raw)
    if not gaps and not forms and not statements and not windows and not lists_possible(raw):
        return ()
    text = _table_text(raw)
    tables = _tables_of(text) if gaps else tuple(with_lists(text, []))  # (a list whose
    # cells one space parts)
    if gaps and ("预算数" in text or "决算数" in text):  # (收入 and 支出 side by side: a
        # budget's 收支总表)
        tables = tuple(sorted((*tables, *_two_sided(text, tables)), key=lambda t: t.start))
    if forms:  # (a company's 主要会计数据 form as a PDF gives it: one space between cells)
        tables = tuple(sorted((*tables, *reflowed_tables(text, tables, _tables_of)),
                              key=lambda t: t.start))
        tables = tuple(sorted((*tables, *changes_explained(text, list(tables), _tables_of)),
                              key=lambda t: t.start))
    if statements:  # (a filing's statement as a PDF gives it: years over units, one space)
        tables = tuple(sorted((*tables, *statement_tables(text, tables, _tables_of)),
                              key=lambda t: t.start))
    if windows:  # (a fund report's returns over trailing windows, its head wrapped)
        tables = tuple(sorted((*tables, *window_tables(text, tables)), key=lambda t: t.start))
    if gaps and wraps_possible(raw):  # (a printed table as OCR gives it: its head's label
        # spaced out, its names wrapped over lines: read laid out again, in place of what the
        # plain reader made of it where that read fewer cells)
        tables = _with_wrapped(text, tables)
    if text == raw:
        return tables
    return tuple(replace(t, raw=raw, cells=tuple(
        replace(c, quote=raw[c.raw_start:c.raw_end]) for c in t.cells)) for t in tables)


def _with_wrapped(text: str, tables: tuple[TextTable, ...]) -> tuple[TextTable, ...]:
    """``tables`` with the wrapped tables of ``text`` (table_wraps), each in place of the plain
    reader's tables it overlaps when it holds more cells than they do."""
    kept = list(tables)
    for wrapped in wrapped_tables(text, (), _tables_of):
        over = [t for t in kept if t.start < wrapped.end and wrapped.start < t.end]
        if sum(len(t.cells) for t in over) < len(wrapped.cells):
            kept = [t for t in kept if t not in over] + [wrapped]
    return tuple(sorted(kept, key=lambda t: t.start))


def _table_text(raw: str) -> str:
    """``raw`` with its characters normalised as cleaning does, its gaps kept as written
    (normalize_chars makes a tab or an ideographic space one space: no cell break) and an
    invisible character beside a gap (a zero-width space between two runs of spaces) a space;
    a lone CR (an old Mac's line end, some lines of a copy) a line feed, as the readers part
    lines."""
    kept = _gaps_as_written(raw, normalized_raw(raw))
    if "\r" in kept:
        kept = _LONE_CR.sub("\n", kept)
    if "\u3000\n" in kept:  # (a row cut after a cell's gap: its line goes on, 金額　⏎年增率)
        kept = _CUT_AFTER_GAP.sub(INVISIBLE, kept)
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


_LONE_CR = re.compile("\r(?!\n)")
_CUT_AFTER_GAP = re.compile("(?<=[^\\s]\u3000)\n(?=[^\\s])")
_BLOCK = 512  # characters compared at once
_GAP_RUN = re.compile("[ \t\u3000\r\n]+")
_INVISIBLE_IN_GAP = re.compile(rf"(?<=[ \t\u3000]){INVISIBLE}+|{INVISIBLE}+(?=[ \t\u3000])")


def _tables_of(raw: str) -> tuple[TextTable, ...]:
    """The text tables of ``raw`` (text_tables' reading)."""
    heads = {_line_start(raw, at) for mark in _HEAD_MARKS for at in find_all(raw, mark)
             if mark[0] not in "单單" or raw.endswith(BREAKS, 0, at)}
    heads.update(_line_start(raw, at) for at in growth_cells(raw))
    heads.update(rank_heads(raw))
    heads.update(lead_heads(raw))
    if "科目" in raw:  # (科目编码  科目名称  合计 …: a budget table, its unit in its title)
        heads.update(_line_start(raw, at) for mark in CODE_HEADS for at in find_all(raw, mark)
                     if at == _line_start(raw, at))
    heads.update(lot_heads(raw))
    if "位 " in raw:  # (指标 单位 2025年 同比增长%: a head whose cells one space parts)
        heads.update(m.start() for m in ONE_SPACE_HEAD.finditer(raw))
    if "）  " in raw or "）\u3000" in raw or "）\t" in raw:  # (水位（米）  流量（立方米每秒）)
        heads.update(measured_heads(raw))
    heads = sorted(heads)
    tables: list[TextTable] = []
    done = -1
    for line_start in heads:
        if line_start <= done:
            continue  # a head inside a table already read
        lines, starts = head_over_page(*lines_from(raw, line_start, after_head=True), raw)
        column = column_beside_prose(lines[0], lines[1:_ROWS_SEEN])
        if column is not None:  # (a table in a column of a page set in two, body text beside)
            lines, starts = in_column(lines, starts, column)
        head, sep = head_cells(lines[0])
        blocks = side_by_side(lines, starts, sep) if repeat_width(head) else None
        if blocks is not None and is_head(block := _cells(blocks[0][0][0], sep)):
            head = block  # (a head printed twice side by side: read block by block)
        else:
            blocks = None
        head = indented_head(lines, head, sep)
        own: dict[int, str] = {}
        if not is_head(head) and (grouped := growth_group(lines, sep)) is not None:
            head, own = grouped  # (按年變動（%） over 價值  數量: a head printed on two lines)
            lines, starts = lines[1:], starts[1:]
        if not is_head(head) and (
                cut := head_before_break(raw, line_start, lines, starts)) is not None and (
                is_head((joined := head_cells(cut[0][0]))[0])):
            (lines, starts), (head, sep), line_start = cut, joined, cut[1][0]
        title = None
        if not is_head(head) and (run := run_together(lines[0], starts[0])) is not None:
            lines, starts, title = run  # (a page's paragraphs and the table's rows on one line)
            head, sep = _cells(lines[0], SPACED_SEP), SPACED_SEP
        title_end = line_start
        grouped_periods: dict[int, str] = {}
        if is_head(head) and blocks is None and (
                found := period_group(raw, line_start, head, sep)) is not None:
            grouped_periods, title_end = found  # (2025年10月 over 貨值（百萬元）  按年…（%）)
        title_from = printed_lines_above(raw, title_end)  # (a title a column wraps, blank
        # lines before the head)
        if title_from < done < title_end:
            title_from = done  # (the rows of the table read just above are not this one's
            # title: 產品別營收比重（114年11月） right under a table's last row)
        if title is None and not is_head(head) and (
                titled := titled_above(head, raw, line_start)) is not None:
            title = titled
        elif not is_head(head):
            # a row (失業率（%）  3.9 …) under a head of periods alone, its name column blank
            # (      2025年6月至8月   2025年7月至9月 …)
            above = line_above(raw, line_start)
            if above == line_start or above <= done:
                continue
            lines, starts = lines_from(raw, above)
            head, sep = blank_name_head(lines[0]), CELL_SEP
            if head is None or not is_head(head):
                continue
            line_start = above
            title_from = printed_lines_above(raw, line_start)
        if title is None and tables and not raw[done:line_start].strip():
            title = tables[-1].cells[0].title  # (a second head inside the table above: its
            # title, 单位：元, is this part's too)
        if title is None:
            title = _title(raw[title_from:title_end] if column is None else "\n".join(
                in_column(*lines_above(raw, title_from, title_end), column)[0]))
        if not title.strip():
            title = _repeated_head_title(raw, tables, lines[0]) or title
        table = _read_table(lines, starts, head, title, raw, sep, own, grouped_periods)[0] if (
            blocks is None) else (
            _read_blocks(blocks, title, raw, sep))
        if table is not None:
            tables.append(table)
            done = table.end
    return _with_field_lines(raw, with_forms(raw, with_lists(raw, tables)))


def _read_blocks(blocks: list[tuple[list[str], list[int]]], title: str, raw: str,
                 sep: re.Pattern[str]) -> TextTable | None:
    """The table set in ``blocks`` side by side (side_by_side), each block read as a table
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
        end = LINE_END.search(raw, at)
        line = raw[start : end.start() if end else len(raw)]
        # (a block of such lines under its heading, 基础数据（2025年10月27日）: the heading is
        # the title of each line of the block)
        above = found[-1] if found and line_above(raw, start) == _line_start(
            raw, found[-1].start) else None
        title = above.cells[0].title if above is not None else _title(
            raw[printed_lines_above(raw, start):start])
        cells = _field_cells(line, start, title)
        if cells:
            found.append(TextTable(start, start + len(line), cells, raw))
    if not found:
        return tuple(tables)
    return tuple(sorted((*tables, *found), key=lambda t: t.start))


def _field_cells(line: str, start: int, title: str) -> tuple[TableCell, ...]:
    """The figures of a form's line (label, figure, label, figure …), named by their labels
    (without a unit in brackets, which is theirs); none when the line is not such pairs."""
    cells = _cells(line)
    if len(cells) < 2 or len(cells) % 2 or len(cells) > MAX_CELLS:
        return ()
    out = []
    for (_, label), (at, figure) in zip(cells[::2], cells[1::2], strict=True):
        half = to_half_width(visible(figure))
        if NUMBER.fullmatch(to_half_width(label)) or PROSE_MARKS.search(label):
            return ()
        bracket = BRACKET_UNIT.search(label)
        unit = unit_of(bracket.group(1)) if bracket else None
        if unit is not None and unit.category is None:
            unit = None
        name = label[: bracket.start()] if unit is not None and bracket else label
        if NUMBER.fullmatch(half):
            pieces = [(0, figure, half, name)]
        elif (pieces := _slash_pair(figure, half, name)) is None:
            return ()
        for offset, text, number, piece_name in pieces:
            out.append(TableCell(
                start + at + offset, start + at + offset + len(text), text,
                float(number.replace(",", "").replace("−", "-")), piece_name,
                bracket.group(1) if unit is not None and bracket else None,
                unit.base if unit else None, unit.category if unit else None,
                unit.multiplier if unit else 1.0, False, "", "", title))
    return tuple(out) if any(c.unit for c in out) else ()


_SLASH_FIGURES = re.compile(r"([-−]?\d[\d,]*(?:\.\d+)?)/([-−]?\d[\d,]*(?:\.\d+)?)")


def _slash_pair(figure: str, half: str, name: str) -> list[tuple[int, str, str, str]] | None:
    """The two figures of a cell written x/y under a label pairing two measures the same way
    (52周最高/最低价  51.80/29.15): each figure named by its alternative with the words the
    label writes around the pair (52周最高价, 52周最低价); (offset in the cell, text, number,
    name) of each, or None for any other cell. The alternatives are the longest runs around the
    label's / opening with the same character (最高 / 最低), else its two sides."""
    found = _SLASH_FIGURES.fullmatch(half)
    if found is None or name.count("/") != 1 or len(figure) != len(half):
        return None
    before, after = name.split("/")
    if not before or not after:
        return None
    size = next((n for n in range(min(len(before), len(after)), 0, -1)
                 if before[-n] == after[0]), 0)
    if size:
        lead, tail = before[:-size], after[size:]
        names = [lead + before[-size:] + tail, lead + after[:size] + tail]
    else:
        names = [before, after]
    return [(found.start(k + 1), figure[found.start(k + 1) : found.end(k + 1)],
             found.group(k + 1), names[k]) for k in range(2)]


_ROWS_SEEN = 6  # lines from the head on that show body text beside a table, at most

# the head of a column of indicator names standing after a group column (序号  维度  指标名称  单位
# 2024年  标准值: the 维度 cell, 住房, only groups the rows)
_NAME_HEADS = frozenset({"指标名称", "指標名稱", "指标", "指標"})
_GROUP_COLUMNS = 2  # text columns before the names' that group the rows, at most


def _name_column(heads: list[str], unit_col: int | None) -> int:
    """The column of the rows' names: after a rank or serial column the next one, unless a
    column headed 指标名称 follows within the leading text columns (before the 单位 column),
    the ones before it grouping the rows (维度, 类别), no name of theirs."""
    first = int(heads[0] in RANK_HEADS or heads[0] in SERIAL_HEADS)
    last = min(first + _GROUP_COLUMNS, len(heads) - 1 if unit_col is None else unit_col - 1)
    named = next((k for k in range(first + 1, last + 1) if heads[k] in _NAME_HEADS), None)
    return first if named is None or heads[first] in _NAME_HEADS else named


def _read_table(
    lines: list[str], starts: list[int], head: list[tuple[int, str]], title: str, raw: str = "",
    sep: re.Pattern[str] = CELL_SEP, own: dict[int, str] | None = None,
    periods: dict[int, str] | None = None,
) -> tuple[TextTable | None, int]:
    """The table whose head is ``lines[0]`` (and the number of lines it holds), its cells
    parted by ``sep``; ``own``: the measure a growth column under a group head is the change
    of (growth_group), by column; ``periods``: the period a line over the head names for each
    column (period_group)."""
    at = 0
    title = title_text(title)
    heads = [head_text(c) for _, c in head]
    wrapped = head_goes_on(lines, len(heads), sep)
    if wrapped:  # (…　年增率（%）　比⏎重（%）: the head's last cell cut by the column)
        heads[-1] += visible(lines[1].strip(" \u3000"))
    unit_col = next((k for k, h in enumerate(heads) if h in UNIT_HEADS), None)
    # a rank or serial column first (排名  城市  …): the names stand in the column after it
    name_col = _name_column(heads, unit_col)
    rank_cols = {k for k, h in enumerate(heads) if h in RANK_HEADS}
    skipped = {0, name_col, unit_col}  # (a serial number is no figure)
    units = title_units(title) if unit_col is None else []
    if len(units) == len(heads) - 1 - name_col and not any(
            BRACKET_UNIT.search(h) for h in heads[name_col + 1 :]):
        # （单位：亿元，万户次） over 政策类别  减税降费及退税  受益户次: each column its unit
        heads = heads[: name_col + 1] + [f"{h}（{u}）" for h, u in zip(
            heads[name_col + 1 :], units, strict=True)]
    elif unit_col is None and (amount := amount_and_rate_units(title)) is not None and not any(
            BRACKET_UNIT.search(h) for h in heads[name_col + 1 :]) and measures_beside_growth(
            heads[name_col + 1 :]):
        # 车型  产量  销量  销量同比 under 单位：万辆、%: growth columns in %, the others in 万辆
        heads = heads[: name_col + 1] + [f"{h}（{'%' if growth_column(h) else amount}）"
                                         for h in heads[name_col + 1 :]]
    # 抽检批次, 接待人次: a measure with its counting unit glued on, read as 抽检（批次）
    heads = [f"{m.group(1)}（{m.group(2)}）" if k > name_col and k != unit_col and (
        m := _GLUED_COUNT.fullmatch(h)) else h for k, h in enumerate(heads)]
    # 毕业生人数, 企业户数: a count named with its counting noun before 数, counted in that noun
    # (毕业生人数（人）; the name keeps its 人数)
    heads = [f"{h}（{m.group(1)}）" if k > name_col and k != unit_col and (
        m := _COUNT_NOUN_HEAD.fullmatch(h)) else h for k, h in enumerate(heads)]
    if unit_col is None and heads[name_col].endswith("名称"):  # (股东名称 … under 单位：股)
        heads = measures_in_title_unit(heads, name_col, _title_unit(title, lines[0])[0])
    share = [(any(w in h for w in SHARE_HEADS) or completion_head(h)
              or completion_rate_head(h) is not None)
             and k != unit_col
             and not any(w in h for w in CHANGE_RATIO_HEADS) for k, h in enumerate(heads)]
    by_place = heads[name_col] in PLACE_HEADS
    # 主要出口市場 over 市場  金額（億美元）…: the title names the measure its columns' heads leave
    titled = "" if by_place or unit_col is not None else (
        title_measure(title, heads[name_col])
        or referred_measure(raw, starts[0], title, heads[name_col])
        or title_by(title, heads[name_col]))  # (按主要目的地劃分的整體出口 over 主要目的地 …)
    table_unit, currency = _title_unit(title, lines[0]) if unit_col is None else (None, None)
    if table_unit is None and unit_col is None and unit_named_first(head):
        table_unit = BRACKET_UNIT.search(heads[0]).group(1)  # 项目（%）: every cell's unit
    by_period = heads[name_col] in PERIOD_HEADS  # (月份  PMI  生产 …: rows of months)
    by_thing = not by_place and unit_col is None and (by_period or names_things(
        heads, name_col, rank_cols, titled, table_unit is not None))
    if by_place or by_thing:  # (地区  R&D经费（亿元）  投入强度（%）: a % column of a ratio is a
        # share)
        share = [s or (k > 0 and k != unit_col and any(w in h for w in GROWTH_HEADS)
                       and not any(w in h for w in _PLACE_GROWTH))
                 for k, (s, h) in enumerate(zip(share, heads, strict=True))]
    dated_at = [bool(k and _dated(h)) for k, h in enumerate(heads)]
    # (…實質變動率（按年，%） over 項目  2025年第一季 …: each period column's cells its growth)
    changes = [unit_col is None and k != name_col and dated_at[k] and title_changes(title)
               for k in range(len(heads))]
    growth = [(any(w in h for w in GROWTH_HEADS) or changes[k]) and k != unit_col
              and not share[k] for k, h in enumerate(heads)]
    # 发病率（/10万）, 出生率（‰）: a rate per so many people, its unit in its head
    rates = [k > name_col and k != unit_col and not growth[k] and rate_head(h)
             for k, h in enumerate(heads)]
    share = [s or r for s, r in zip(share, rates, strict=True)]
    differences = [k > name_col and k != unit_col and not growth[k] and not share[k]
                   and difference_head(h) for k, h in enumerate(heads)]
    # a place or thing table's cells are named by their column (a growth column by the one
    # before it; a bare share column, 占比（%）, too: table_rows adds 占比)
    # (a change column, 较2024届增减（个百分点）, is named by the measure before it, as a growth
    # column is)
    changed = [g or d for g, d in zip(growth, differences, strict=True)]
    rank_by = title + _rank_note(raw, starts[at]) if rank_cols else title
    col_names = [column_name(heads, changed, ranked(heads, rank_cols, unit_col, name_col, k,
                                                     rank_by),
                              name_col, by_thing, titled) if by_place or by_thing else ""
                 for k in range(len(heads))]
    if by_period:
        col_names = indices_named(col_names, title)
    col_names = [part_column(n, col_names[k - 1], raw) if k > name_col + 1 else n
                 for k, n in enumerate(col_names)]
    # in a table whose rows are indicators (病种  发病数（例）  发病率（/10万）…) a rate column
    # measures its own figure of the row's thing: 流行性感冒 + 发病率
    named_by_column = [by_thing or (r and not by_place) for r in rates]
    # 产品名称  单位  产量  比上年增长（%）: each cell its product's 产量 (汽车产量), in the
    # 单位 cell's unit
    if not (by_place or by_thing) and (product := unit_column_measure(
            heads, name_col, unit_col, changed, share)):
        col_names = [product if k > name_col and k != unit_col else n
                     for k, n in enumerate(col_names)]
        named_by_column = [k > name_col and k != unit_col for k in range(len(heads))]
    # rows of a tender's lots (包号  品目名称  数量  单位  预算金额（万元）): each figure named by
    # the lot's code and its column (包1预算金额; 合计 by the column alone)
    coded = not (by_place or by_thing) and lot_head(heads[name_col])
    located = None  # a lot table's location column (土地位置: the district its parcel lies in)
    if coded:
        col_names = [_measure(h) for h in heads]
        named_by_column = [True] * len(heads)
        located = next((k for k, h in enumerate(heads) if h.endswith(_LOCATION_HEADS)), None)
    # a budget table by classification (科目编码  科目名称  合计  基本支出  项目支出): each cell
    # named by its line and its column's part (教育支出基本支出), the 合计 column by the line
    # alone, the 合计 line by the column alone, its 合计 cell by the table's title
    classified = heads[0] in CODE_HEADS and not (by_place or by_thing or coded)
    if classified:
        col_names = ["" if h in TOTAL_ROWS else h for h in heads]
        named_by_column = [True] * len(heads)
    col_names = [_measure(heads[k]) if r and not (by_place or by_thing) else n
                 for k, (n, r) in enumerate(zip(col_names, rates, strict=True))]
    if own and (by_place or by_thing):
        col_names = [own.get(k, n) for k, n in enumerate(col_names)]
    dated = next((h for k, h in enumerate(heads) if dated_at[k]), "")
    # the base column (2020年基数): sums and yearly averages run from the year after it
    base = next((DATED_HEAD.search(h) for h in heads if any(w in h for w in _BASE_HEADS)), None)
    base_year = int(base.group().rstrip("年 ")) if base is not None else None
    # no base column but a plan's two year columns (2025年  2030年  年均增长（%）): a sum in 〔〕
    # under one runs over the years since the column before it as many years back (〔24.6〕 of
    # 2021–2025, 〔25〕 of 2026–2030), a 年均 column over the later column's years
    step = _plan_step(heads) if base_year is None else None
    # a growth column is the change to the newest dated column before it: the latest year
    # (2024年 of 2024年 2023年 本年比上年增减), else the nearest (2024年执行数 2025年预算数 增长%)
    # 增减量 after 2024年  2023年: the latest year's change, in the row's unit (a rate's in
    # its points)
    dated_for = [heads[k] if changes[k] or (growth[k] and _RUNNING_GROWTH.search(heads[k]))
                 else newest(heads, dated_at, k) or dated
                 if growth[k] or differences[k] else dated for k in range(len(heads))]
    if periods:
        dated_for = [periods.get(k, d) for k, d in enumerate(dated_for)]
    # growth columns before a running span's (环比（%）  同比（%）  1—11月同比（%） under a title
    # of 2025年11月份): the month's rates, dated by the title, not by the span after them
    first = next((k for k, h in enumerate(heads) if dated_at[k]), None)
    if first is not None and _RUNNING_SPAN.match(heads[first]) and _ONE_MONTH.search(title) and (
            not _RUNNING_SPAN.search(title)):
        dated_for = ["" if k < first and growth[k] and not periods else d
                     for k, d in enumerate(dated_for)]
    # 预算数（亿元）, 执行数（亿元）: a unit in a column's head is its unitless cells' (a % is a
    # growth or share column's, read above)
    col_units: list[tuple[str, NormalizedUnit] | None] = []
    for k, h in enumerate(heads):
        if k and k != unit_col and unit_head(h):  # (项目  亿美元  亿SDR: the head a unit)
            col_units.append((h, unit_of(h)))
            continue
        bracket = BRACKET_UNIT.search(h) if k and k != unit_col else None
        unit = unit_of(bracket.group(1)) if bracket else None
        if bracket and unit is not None and unit.category is None and (
                bracket.group(1) in _YEARS and h[: bracket.start()].endswith(_TERMS)):
            unit = replace(unit, category="time")  # 出让年限（年）: a term in years
        col_units.append((bracket.group(1), unit) if bracket and unit and (
            unit.category not in (None, "percent") or rates[k]) else None)
    # a 单位 column beside columns writing their own units (数量  单位  预算金额（万元）): the 单位
    # cell is the unit of the columns writing none (数量: 826 间), the others keep their own
    own_units = unit_col is not None and any(
        col_units[k] is None and not (growth[k] or share[k])
        for k in range(len(heads)) if k not in skipped and k not in rank_cols)
    cells: list[TableCell] = []
    took_whole = False  # the last row not under 其中 named a part by the whole's measure
    whole = None  # the measure of an indicator table's first row when it is the whole's
    # 入境旅客按客源地統計 over 客源地 …: each row is that measure's (中國內地入境旅客)
    by_rows = "" if by_place or by_thing or coded else title_by(title, heads[name_col])
    i = at + 1 + wrapped
    # a head parted by tabs alone: its rows' cells are the tabs' (spaces inside a cell no gap)
    tabbed = "\t" in lines[at] and "  " not in lines[at].strip() and "\u3000" not in lines[at]
    measured = ""  # the last row's measure that is no percentage (a bare growth row's)
    rate_changes: dict[int, str] = {}  # a growth column's cells in a rate's row: its name
    previous = ""  # the last row's name
    whole_end = ""  # the day the last row not under 其中 opens its name with (10月末…)
    while i < len(lines):
        row, last = row_over_page(lines, starts, i, len(heads), sep, raw, head)
        if tabbed and last == i and "\t" in lines[i]:
            # (206⇥科学技术支出⇥6,842.30⇥⇥6,842.30: a blank cell keeps its column; ⇥合    计⇥…:
            # spaces inside a name part no cells)
            row = _tab_cells(lines[i], len(heads)) or row
        if name_col and len(row) == len(heads) - 1 and row and row[0][0] >= head[1][0] - 1:
            row = [(0, ""), *row]  # (      合计  8216  173: a total row's serial cell blank)
        elif len(row) == len(heads) - 1 and ((
                split := _NAME_NUMBER.fullmatch(row[name_col][1])) or (
                unit_col == name_col + 1 and (split := _NAME_UNIT.fullmatch(row[name_col][1]))
                and _unit_cell(split.group(2)))):
            # (城镇居民人均可支配收入（前三季度） 元  38542: a long name that reached into the
            # next column, one space before its number or its unit)
            at_name = row[name_col][0]
            row = [*row[:name_col], (at_name, split.group(1)),
                   (at_name + split.start(2), split.group(2)), *row[name_col + 1 :]]
        if len(row) != len(heads):
            break
        if i > at + 1 + wrapped and head_again(row, heads[name_col]):
            break  # (项目  本报告期末  本报告期初 under 项目  本报告期  上年同期: a second head,
            # its columns of its own; read as a table of its own)
        name = _ROW_PREFIX.sub("", visible(row[name_col][1])).replace(" ", "")
        if not name and previous and any(_FORECAST_LABEL.match(visible(c).strip())
                                         for _, c in row):
            name = previous  # (⇥比上年同期增长：29.52%至43.79%⇥: the change of the line above)
        if name.startswith(_WHOLE_PREFIXES) and len(name) >= 4:
            name = name[2:]  # 全校本科 (the report's own whole, as 全市 in a sentence): 本科
        if NUMBER.fullmatch(to_half_width(name)):
            break
        if i > at + 1 and name == heads[name_col] and is_head(row):
            break  # 项目  本报告期末  上年末  …(%) under 项目  2024年  2023年 …: a head of its own,
            # its columns another table's (the balance sheet's year ends after the income's years)
        if len(name) <= _PART_NAME and visible(row[name_col][1]).startswith("其中") and (
                figure := next((visible(c) for k, (_, c) in enumerate(row)
                                if k not in skipped), None)):
            name = part_as_text(raw[: starts[at]], name, figure)
        if by_rows:
            name = by_rows if name in _BY_TOTALS else (
                name if name.endswith(by_rows) else _joined(name, by_rows))
        elif classified:
            if name in TOTAL_ROWS:
                name = ""  # (合计  98,765.43  69,021.70: the column's part of the whole)
        elif not (by_place or by_thing or coded):
            if name in TOTAL_ROWS:
                items = title_items(title)  # 合计 under 非经常性损益项目和金额
                name = items + name if items else title_thing(title) or name  # (under
                # 2025年11月末官方储备资产: 官方储备资产)
            elif name.endswith(_TOTAL_ENDS) and len(name) > 4:
                name = name[:-2]  # 官方储备资产合计: the total of 官方储备资产
            part_of_part = visible(row[name_col][1]).startswith("其中")
            if whole is None:
                whole = whole_measure(name)
            elif whole and whole not in name and (name.endswith(_PARTS) or (
                    part_of_part and took_whole and len(name) <= _PART_OF_PART)):
                name += whole  # 第一产业 under 全社会用电量: 第一产业用电量; 其中：工业 under it,
                # a part of that part: 工业用电量
                took_whole = took_whole or not part_of_part
            elif not part_of_part:
                took_whole = False
            if part_of_part and whole_end and not _ROW_END.match(name):
                name = whole_end + name  # 其中：住户贷款 under 10月末…各项贷款余额: the whole's day
            elif not part_of_part:
                whole_end = found.group() if (found := _ROW_END.match(name)) else ""
        unit_text = visible(row[unit_col][1]) if unit_col is not None else table_unit or ""
        bracket = BRACKET_UNIT.search(name)
        if bracket and unit_of(bracket.group(1)).category is not None:
            name, unit_text = name[: bracket.start()], bracket.group(1)
        row_unit = unit_of(unit_text) if unit_text else None
        if row_unit is not None and row_unit.category is None and row_unit.multiplier == 1.0:
            row_unit = None  # —, a dash for no unit
        sign, row_growth, average = 1.0, False, False
        if row_unit is not None and row_unit.category == "percent" and name in _BARE_GROWTH and (
                measured and not (by_place or by_thing or coded)):
            name, row_growth = measured, True  # 增长率（%） under 营业收入（百万元）: its growth
        elif not (row_unit is not None and row_unit.category == "percent"):
            measured = name
        if row_unit is not None and row_unit.category == "percent" and len(name) > 3 and (
                not row_growth):
            if name.endswith(_ROW_GROWTH):
                name, row_growth = name[:-2], True  # 地区生产总值增长 %: the GDP's growth
            elif name.endswith(_ROW_DECLINE):
                name, row_growth, sign = name[:-2], True, -1.0  # 能耗下降 2.5: -2.5
            if row_growth and name.endswith(_AVERAGE) and len(name) > 4:
                name, average = name[:-2], True  # 地区生产总值年均增长: a yearly average
        lot_place = leading_place(visible(row[located][1])) if located is not None else None
        for k, (offset, text) in enumerate(row):
            if k in skipped and k not in rank_cols:
                continue
            half = _unspaced(to_half_width(visible(_LINE_BREAK.sub("", text))))
            # (5\u200b482.1, 5 482.1, 92⏎.35: one number)
            qual, qual_text, percent = "none", None, False
            summed = half[:1] in _SUM_BRACKETS and half[-1:] == _SUM_BRACKETS[half[0]]
            if summed:
                half = half[1:-1].strip()  # 〔14〕: the sum over the plan's years
            half = ocr_minus(half)  # (一2.4, —9.7: a scan's minus sign)
            if half[:1] in _CELL_BOUNDS:  # <5.5, ≥90: a bound
                qual_text, half = half[0], half[1:].lstrip("=").strip()
                qual = _CELL_BOUNDS[qual_text]
            own = None  # a unit written in the cell (456.7亿元)
            cell_sign, offset, text, half = change_word(offset, text, half)
            high = converted = None
            labelled = _FORECAST_LABEL.match(text)
            if labelled is not None:  # (盈利：24,500万元至27,200万元, 比上年同期增长：29.52%至…)
                offset, text = offset + labelled.end(), text[labelled.end() :]
                half = _unspaced(to_half_width(visible(_LINE_BREAK.sub("", text))))
                if labelled.group(1) in _FORECAST_DOWN:
                    cell_sign = -1.0
                if (between := _UNIT_RANGE.fullmatch(half)) is not None:
                    half = between.group(1) + between.group(4)  # (the low end in its unit)
                    high = cell_sign * sign * float(between.group(3).replace(",", ""))
            if coded and not NUMBER.fullmatch(half):
                if (between := _CELL_RANGE.fullmatch(half)) is not None:
                    half, high = between.group(1), float(between.group(2))  # 1.0<容积率≤2.5
                elif (twin := _CELL_CONVERTED.fullmatch(half)) is not None:
                    half, converted = twin.group(1), twin  # 46821（合70.23亩）: 亩 its own row
                    whole = text
                    if (cut := text.find(half)) >= 0:
                        text = text[: cut + len(half)]  # (the figure alone, its twin apart)
            if high is None and (between := _RATE_RANGE.fullmatch(half)) is not None and (
                    "%" in heads[k] or "％" in heads[k]):
                # 0.2-1.9（浮动费率） under 单位缴费比例（%）: a range of rates, its note no figure
                half, high = between.group(1), cell_sign * sign * float(between.group(2))
                low_end = text.find(between.group(1)) + len(between.group(1))
                if (high_at := text.find(between.group(2), low_end)) >= low_end > 0:
                    text = text[: high_at + len(between.group(2))]
            if not NUMBER.fullmatch(half):
                found = CELL_NUMBER.fullmatch(half)
                if found is None or (found.group(2) is None and found.group(3) is None):
                    found = _UNIT_CELL.fullmatch(half)
                    if found is None or (own := cell_unit(found.group(2))) is None:
                        continue
                    found_unit = found.group(2)
                else:
                    percent = found.group(2) is not None  # 12.7%
                half = found.group(1)
                if found.group(3) is not None:  # 39以上
                    qual_text = found.group(3)
                    qual = CELL_QUALIFIER[qual_text]
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
            elif by_thing and score_column(heads[k]):
                unit_raw, unit, category, mult = None, "分", "physical", 1.0  # 92.35 under 综合得分
            elif (col := col_units[k]) is not None and (unit_col is None or own_units) and (
                    bracket is None):
                unit_raw, unit, category, mult = (col[0], col[1].base, col[1].category,
                                                  col[1].multiplier)
            elif row_unit is not None and priced_in(row_unit, heads[k]):
                unit_raw, unit, category, mult = None, None, None, 1.0  # 進口物價（新臺幣）  101.95
            elif differences[k] and row_unit is not None and (
                    points := _POINTS.get(row_unit.base or "")) is not None:
                unit_raw, unit, category, mult = points, points, "point", 1.0  # 病床使用率 % -1.6
            elif row_unit is not None:
                unit_raw, unit, category = unit_text, row_unit.base, row_unit.category
                if currency and unit == "元" and unit_text == table_unit:
                    unit = currency  # （單位：新臺幣億元）
                mult = row_unit.multiplier
            elif by_rows and (counted := _MEASURE_COUNT.search(by_rows)) is not None and (
                    (count_unit := unit_of(counted.group())).category is not None):
                # 3 518 600 under …劃分的訪港旅客人次: the unit the title's measure counts in
                unit_raw, unit, category, mult = (None, count_unit.base, count_unit.category,
                                                  1.0)
            else:
                unit_raw, unit, category, mult = None, None, None, 1.0
            if growth[k] and row_unit is not None and row_unit.base == "%" and unit == "%":
                rate_changes[start] = name  # (床位使用率 % … -2.3: points, if a note says so)
            cells.append(TableCell(start, start + len(text), text, value,
                                   cell_name(name, col_names[k], named_by_column[k])
                                   or (_table_named(title) if classified else ""),
                                   unit_raw, unit,
                                   category, mult,
                                   growth[k] or row_growth or category == "point" or (
                                       labelled is not None
                                       and labelled.group(1) not in _FORECAST_LEVELS), heads[k],
                                   heads[k] if row_growth else dated_for[k], title, qual,
                                   qual_text, share[k],
                                   base_year if (summed or average) and base_year is not None
                                   else _since_step(step, dated_for[k] if growth[k] else heads[k],
                                                    summed or average or _AVERAGE[0] in heads[k]),
                                   summed,
                                   name if by_place else lot_place, k in rank_cols,
                                   difference=differences[k], lot=coded, value_high=high))
            if converted is not None and (twin_cell := _converted_cell(
                    cells[-1], converted, whole, starts[i] + offset)) is not None:
                cells.append(twin_cell)
        previous = name
        i = last + 1
    if not cells:
        return None, 1
    if not (by_place or by_thing or coded) and unit_col is None and (
            heads[name_col] in _ITEM_HEADS):
        cells = named_as_text(cells, raw[: starts[at]], title, heads)
    end = starts[i - 1] + len(lines[i - 1])
    if rate_changes and (note := _note_after(raw, end)) and _NOTED_POINTS in note:
        cells = _in_points(cells, rate_changes, note)
    return TextTable(starts[at], end, tuple(cells), raw), i


# a row's day opening its name (10月末金融机构…, 2025年末…): its parts under 其中 are of it too
_ROW_END = re.compile(r"\d{1,2}月(?:末|底)|\d{4}年(?:末|底)")


def _rank_note(raw: str, start: int) -> str:
    """What a note under a ranking table says it ranks by (注：排序按综合得分由高到低排列), as a
    title would say it (得分排序), "" if no such note follows near."""
    found = _RANK_NOTE.search(raw, start, start + _RANK_NOTE_REACH)
    return f" {found.group(1)[-2:]}排序" if found is not None else ""


# (注：排序按综合得分由高到低排列: the measure a ranking's order follows)
_RANK_NOTE = re.compile(r"(?:排序|排名)(?:按|依)([\u4e00-\u9fff]{2,8}?)"
                        r"(?:由高到低|从高到低|由低到高|从低到高)")
_RANK_NOTE_REACH = 800


def head_again(row: list[tuple[int, str]], name_head: str) -> bool:
    """A line of a table that is a head again: its first cell the head's name cell (项目), no
    cell a number."""
    texts = [visible(c).strip() for _, c in row]
    return bool(texts) and texts[0] == name_head and not any(
        NUMBER.fullmatch(to_half_width(t)) for t in texts)


# a two-sided account's head: 项目 and its figure's column, printed for each side (收入 then 支出)
_SIDE_VALUE_HEADS = ("预算数", "决算数", "执行数", "預算數", "決算數")
_SIDE_NAME_HEADS = ("项目", "項目", "科目")
# a line's list number (一、一般公共预算拨款收入, （二）事业收入)
_SIDE_ITEM_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]"
                               r"|[（(][一二三四五六七八九十]{1,3}[）)])")
_SIDE_ROWS = 40  # lines read after the head at most


def _two_sided(raw: str, tables: tuple[TextTable, ...]) -> list[TextTable]:
    """Budget accounts printed two-sided (收支预算总表: 项目  预算数  项目  预算数, 收入 on the
    left, 支出 on the right, a blank cell where one side has no line): each figure named by the
    item written to its left on its own side, in the title's unit (单位：万元), undated (the
    document's budget dates it); not inside a table read already."""
    out: list[TextTable] = []
    for mark in _SIDE_VALUE_HEADS:
        for at in find_all(raw, mark):
            start = _line_start(raw, at)
            if any(tb.start <= start <= tb.end for tb in (*tables, *out)):
                continue
            lines, starts = lines_from(raw, start, _SIDE_ROWS + 1)
            head = [re.sub(r"[ \u3000]", "", c) for _, c in (
                _tab_cells(lines[0], 4) if "\t" in lines[0] else None) or _cells(lines[0])]
            if len(head) != 4 or head[0] not in _SIDE_NAME_HEADS or head[2] != head[0] or (
                    head[1] != mark or head[3] != mark):
                continue
            title = title_text(_title(raw[printed_lines_above(raw, start) : start]))
            unit_text, _ = _title_unit(title, lines[0])
            unit = unit_of(unit_text) if unit_text else None
            cells: list[TableCell] = []
            end = start + len(lines[0])
            for line, line_start in zip(lines[1:], starts[1:], strict=False):
                row = _tab_cells(line, 4) if "\t" in line else None
                if row is None:
                    row = _cells(line)
                    if len(row) not in (2, 4):
                        break
                pairs = [(row[0], row[1]), (row[2], row[3])] if len(row) == 4 else [
                    (row[0], row[1])]
                took = False
                for (_, name), (offset, figure) in pairs:
                    half = to_half_width(figure)
                    if not name or not NUMBER.fullmatch(half):
                        continue
                    name = _SIDE_ITEM_NUMBER.sub("", name.replace(" ", "").replace("\u3000", ""))
                    s = line_start + offset
                    cells.append(TableCell(
                        s, s + len(figure), figure, float(half.replace(",", "")), name,
                        unit_text, unit.base if unit else None, unit.category if unit else None,
                        unit.multiplier if unit else 1.0, False, mark, "", title))
                    took = True
                if not took and visible(line):
                    break
                end = line_start + len(line)
            if cells:
                out.append(TextTable(start, end, tuple(cells), raw))
    return out


def _tab_cells(line: str, width: int) -> list[tuple[int, str]] | None:
    """The cells of a tab-parted line with its blank cells kept in their columns (``width``
    of them, a trailing blank one too), or None if it has another number of them."""
    parts = line.split("\t")
    if len(parts) != width:
        return None
    out, at = [], 0
    for part in parts:
        out.append((at + len(part) - len(part.lstrip()), part.strip()))
        at += len(part) + 1
    return out


# a table's title naming what it tabulates (表2  一般公共预算支出表)
_TABLE_NAMED = re.compile(r"([\u4e00-\u9fff]{2,20}?)表\s*$")


def _table_named(title: str) -> str:
    """What a table's title says it tabulates (一般公共预算支出 of 表2  一般公共预算支出表), ""
    if its last line that is no unit names nothing so."""
    for line in reversed(LINE_END.split(title)):
        if line.strip() and "单位" not in line and "單位" not in line:
            found = _TABLE_NAMED.search(line.strip())
            return found.group(1) if found else ""
    return ""


_NOTED_POINTS = "百分点"
_NOTE_LEADS = ("注：", "注:", "说明：", "註：", "說明：")
_NOTE_LINES = 2  # lines after a table searched for its note


def _note_after(raw: str, end: int) -> str:
    """The note printed right under a table (注：…), "" if none."""
    lines, _ = lines_from(raw, end + 1, _NOTE_LINES) if end < len(raw) else ([], [])
    return next((visible(line) for line in lines if visible(line).startswith(_NOTE_LEADS)), "")


def _in_points(cells: list[TableCell], rate_changes: dict[int, str], note: str
               ) -> list[TableCell]:
    """The cells of growth columns in rows of a rate (单位 %) in points when the note under the
    table says so (注：同比增减一列中床位使用率为增减百分点): the rows the note names, or every
    such row when it names none of them."""
    named = {n for n in rate_changes.values() if n and n in note}
    return [replace(c, unit_raw=_NOTED_POINTS, unit=_NOTED_POINTS, category="point")
            if c.raw_start in rate_changes and (not named or rate_changes[c.raw_start] in named)
            else c for c in cells]


# the first column's head of a table itemising what its title names (項目  114年10月金額  年增率)
_ITEM_HEADS = frozenset({"项目", "項目"})
# a column head of a measure (two Han characters at least) and the unit it counts in, glued
_GLUED_COUNT = re.compile(r"([\u4e00-\u9fff]{2,}?)(万?人次|批次|架次|车次|班次|户次)")
# a breakdown's measure ending in the unit it counts in (訪港旅客人次, 出入境旅客人次)
_MEASURE_COUNT = re.compile("(?:人次|艘次|架次|班次|车次|車次)$")
# a column head of a count whose name ends in its counting noun and 数 (毕业生人数, 企业户数)
_COUNT_NOUN_HEAD = re.compile(r"[\u4e00-\u9fff]{2,}?([人户家所])数")

# a row naming only a change (增长率（%） under 营业收入（百万元）): the change of the measure of
# the row above
_BARE_GROWTH = frozenset({"增长率", "增長率", "增速", "增幅", "增长", "增長", "同比", "同比增长",
                          "同比增長", "同比增长率", "同比增長率", "同比增速", "比上年增长",
                          "比上年增長", "YoY", "yoy", "Yoy", "YOY"})

_PART_OF_PART = 6  # characters of a 其中 row's name under a part that may take the whole's measure

_PART_NAME = 4  # characters of a 其中 row's name that may be a qualifier alone (其中：外贸)

# the points a rate's change is counted in (注：率类指标的增减量分别为百分点、十万分点或千分点)
_POINTS = {"%": "百分点", "‰": "千分点", "1/10万": "十万分点"}

_LINE_BREAK = re.compile(r"\r?\n|\r")

# a column of a term (出让年限（年）, 使用期限（年）): its cells are years, not dates
_YEARS = ("年",)
_TERMS = ("年限", "期限", "年期")
# a lot table's column of where each lot lies (土地位置, 宗地坐落): its leading place is the
# lot's subject (经开区新都路北侧: 经开区)
_LOCATION_HEADS = ("位置", "坐落", "坐落位置", "四至")
# a cell of rates holding a range, a note in brackets after it (0.2-1.9（浮动费率）)
_RATE_RANGE = re.compile(r"(\d+(?:\.\d+)?)[-—–~～](\d+(?:\.\d+)?)(?:[（(][^（）()]{1,8}[）)])?")
# a cell holding a range with the column's measure between its bounds (1.0<容积率≤2.5)
_CELL_RANGE = re.compile(r"(" + NUMBER.pattern + r")[<≤]=?[^\d<≤]{0,8}[<≤]=?("
                         + NUMBER.pattern + r")")
# a growth column naming its own running span (1至11月累計年增率（%） after 114年11月指數): the
# change over that span, not the month's
_RUNNING_GROWTH = re.compile(r"\d{1,2}\s?[至\-—–－~]\s?\d{1,2}\s?月\s?(?:累计|累計)")
# a results forecast's cell labelled by what it gives (盈利：24,500万元至27,200万元, 亏损：…,
# 比上年同期增长：29.52%至43.79%): the label no part of the figure; a change label makes the cell
# the change of the line above, 下降 its sign
_FORECAST_LABEL = re.compile(r"(盈利|亏损|比上年同期增长|比上年同期下降|同比增长|同比下降)[：:]")
_FORECAST_LEVELS = ("盈利", "亏损")
_FORECAST_DOWN = ("比上年同期下降", "同比下降")
# a range with its unit on both ends (24,500万元至27,200万元, 1.17元/股至1.30元/股, 29.52%至43.79%)
_UNIT_RANGE = re.compile(r"(" + NUMBER.pattern + r")([^\d\s至~～—－]{0,4})(?:至|~|～|—|－)("
                         + NUMBER.pattern + r")([^\d\s至~～—－]{1,4})")
# a cell holding the figure and the same amount in another unit, in brackets (46821（合70.23亩）)
_CELL_CONVERTED = re.compile(r"(" + NUMBER.pattern + r")[（(](?:合|折合|约合|约)("
                             + NUMBER.pattern + r")([^\d（）()]{1,4})[）)]")


def _converted_cell(cell: TableCell, twin: re.Match[str], text: str, start: int
                    ) -> TableCell | None:
    """The bracketed conversion of a lot's cell (46821（合70.23亩）: 70.23 亩) as a cell of its
    own, named as the cell, in the unit written after it; None when the unit is none or the
    number is not found as written."""
    unit = cell_unit(twin.group(3))
    at = text.find(twin.group(2))
    if unit is None or at < 0:
        return None
    end = at + len(twin.group(2)) + len(twin.group(3))
    return replace(cell, raw_start=start + at, raw_end=start + end, quote=text[at:end],
                   value=float(twin.group(2).replace(",", "")), unit_raw=twin.group(3),
                   unit=unit.base, category=unit.category, multiplier=unit.multiplier,
                   qualifier="none", qualifier_text=None, value_high=None)

def _joined(name: str, measure: str) -> str:
    """A row's class and the title's measure as one name, a word both share written once
    (過夜旅客 + 旅客人均消費 → 過夜旅客人均消費)."""
    for n in range(min(len(name), len(measure)) - 1, 1, -1):
        if name.endswith(measure[:n]):
            return name + measure[n:]
    return name + measure


_BY_TOTALS = frozenset({"总数", "總數", "合计", "总计", "合計", "總計", "总量", "總量"})

_PARTS = ("产业", "產業")

_TOTAL_ENDS = tuple(TOTAL_ROWS)
