"""Lists of projects printed as text (a plan's 重大项目表, a 项目清单 in an annex): a head of a
serial number or the items' names, measures with their units in brackets and columns of words.
Apart from the indicator tables (tables.py), whose reader passes such a head over."""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.domain.metrics.candidate_pass import find_candidates
from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.table_cells import (
    BRACKET_UNIT,
    CELL_NUMBER,
    CELL_QUALIFIER,
    CELL_SEP,
    MAX_CELLS,
    NUMBER,
    PROSE_MARKS,
    TableCell,
    TextTable,
    _cells,
    _measure,
    _title,
    figure_text,
    head_text,
    lines_from,
    printed_lines_above,
    tables_read,
    title_text,
    unit_of,
    visible,
)
from pipelines.domain.metrics.table_heads import SERIAL_HEADS, SHARE_HEADS, names_year
from pipelines.domain.numbers import to_half_width
from pipelines.domain.periods import find_periods

# A list of projects printed as text (a plan's 重大项目表, a 项目清单 in an annex),
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
# a column of codes before the names (股票代码, 证券代码, 债券代码): words, no figure
_CODE_HEADS = ("代码", "代碼", "代号", "代號")
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


def lists_possible(raw: str) -> bool:
    """Does a line of ``raw`` open with a list's first head (序号, 项目名称)?"""
    return any(w in raw for w in _LIST_WORDS) and _LIST_LEAD.search(raw) is not None


def with_lists(raw: str, tables: list[TextTable]) -> list[TextTable]:
    """``tables`` and, in text order, the lists of projects outside them (found from their
    head's first word at a line's start: most texts hold none of those words)."""
    if not any(w in raw for w in _LIST_WORDS):
        return tables
    found, _ = tables_read(tables, (m.start() for m in _LIST_LEAD.finditer(raw)),
                           lambda start, _done: _list_at(raw, start))
    if not found:
        return tables
    return sorted((*tables, *found), key=lambda t: t.start)


def _list_head(line: str) -> tuple[list[tuple[int, str]], re.Pattern[str]] | None:
    """A list's head cells and the gaps that part its cells: tabs or runs of spaces, or one
    space when the line holds no wider gap and no sentence's mark; None for a line of one
    cell."""
    cells = _cells(line)
    if len(cells) >= 3:
        return cells, CELL_SEP
    if PROSE_MARKS.search(line):
        return None
    cells = _cells(line, _ONE_GAP)
    return (cells, _ONE_GAP) if len(cells) >= 3 else None


def _list_columns(heads: list[str]) -> list[str] | None:
    """What each column of a list's head holds: ``serial``, ``name``, ``measure`` (a unit in
    brackets), ``years``, ``words`` or ``text`` (a content cell whose figures are read); None
    when the head is no list's (no measure in a unit that is not %, no column of words)."""
    serial = heads[0] in SERIAL_HEADS
    name_col = int(serial)
    # (序号  股票代码  股票名称  …: a code column before the names, words)
    coded = serial and len(heads) > 4 and heads[1].endswith(_CODE_HEADS)
    name_col += coded
    if not 3 + serial <= len(heads) <= MAX_CELLS or not heads[name_col] or (
            not serial and not heads[0].endswith(("名称", "名稱"))):
        return None
    kinds = ["serial"] * serial + ["words"] * coded + ["name"]
    in_unit = False
    for head in heads[name_col + 1 :]:
        if not head or PROSE_MARKS.search(head) or NUMBER.fullmatch(to_half_width(head)):
            return None
        bracket = BRACKET_UNIT.search(head)
        unit = unit_of(bracket.group(1)) if bracket else None
        if unit is not None and unit.category is not None:
            kinds.append("measure")
            in_unit = in_unit or unit.category != "percent"
        elif any(w in head for w in _YEARS_HEADS) and not names_year(head):
            kinds.append("years")
        elif any(w in head for w in _WORDS_HEADS):
            kinds.append("words")
        else:
            kinds.append("text")
    if not in_unit or not (any(k in ("years", "text") for k in kinds) or (
            serial and kinds.count("measure") >= 2 and len(kinds) == kinds.count("measure")
            + 2 + coded)):
        # (序号  项目  金额（元）  占基金总资产的比例（%）: a numbered list of measures only, a
        # fund's holdings, is a list too; an indicator table names no serial column)
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
    lines, starts = lines_from(raw, start, _MAX_LIST_ROWS)
    found = _list_head(lines[0])
    if found is None or len(lines) < 2:
        return None
    head, sep = found
    heads = [head_text(c) for _, c in head]
    wrapped = _wrapped_head(lines, sep, len(heads))
    if wrapped:
        # (公允价值（元）⏎占基金资产净⏎值比例（%）: a last head wrapped over lines of one piece)
        heads.append("".join(visible(line).strip() for line in lines[1 : 1 + wrapped]))
        lines, starts = lines[:1] + lines[1 + wrapped :], starts[:1] + starts[1 + wrapped :]
    kinds = _list_columns(heads)
    if kinds is None:
        return None
    title = title_text(_title(raw[printed_lines_above(raw, start):start]))
    results = any(w in h for h in heads for w in _RESULT_HEADS)
    planned = not results and any(w in text for text in (title, *heads) for w in _PLAN_HEADS)
    over_years = "years" in kinds
    serial = kinds[0] == "serial"
    cells: list[TableCell] = []
    last = 0
    name_col = kinds.index("name")
    for i in range(1, len(lines)):
        row = _list_row(lines[i], sep, len(heads))
        if row is None and serial and name_col == 1:
            # (其中：股票  1,002,846,317.52  89.63: a part of the row above, no serial number)
            part = _list_row(lines[i], sep, len(heads) - 1)
            if part is not None and part[0][1].startswith(_PART_LEAD):
                lead = next(w for w in _PART_LEAD if part[0][1].startswith(w))
                row = [(part[0][0], "0"), (part[0][0] + len(lead),
                                          part[0][1][len(lead):].strip()), *part[1:]]
        if row is None or (serial and not _SERIAL_CELL.fullmatch(to_half_width(row[0][1]))):
            break
        item = visible(row[name_col][1]).replace(" ", "")
        if item.endswith(_SUM_WORDS) and len(item) > 4:
            item = item[:-2]  # (银行存款和结算备付金合计: the sum's frame word)
        if not item or NUMBER.fullmatch(to_half_width(item)):
            break
        years = next((visible(c) for k, (_, c) in enumerate(row)
                      if kinds[k] == "years" and _YEARS_CELL.fullmatch(figure_text(c))), None)
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


_PART_LEAD = ("其中：", "其中:")
_FIGURE_ONLY = frozenset({"金额", "金額", "数额", "數額"})
_SUM_WORDS = ("合计", "合計")


def _wrapped_head(lines: list[str], sep: re.Pattern[str], width: int) -> int:
    """How many lines after a head hold one piece each, the last head wrapped over them (a
    PDF's copy), when the first row after them has one cell more than the head; else 0."""
    n = 1
    while n < min(len(lines), 4) and len(_cells(lines[n], sep)) == 1 and not any(
            ch.isdigit() for ch in lines[n]):
        n += 1
    if n == 1 or n >= len(lines) or len(_cells(lines[n], sep)) != width + 1:
        return 0
    return n - 1


def _list_measure(at: int, text: str, item: str, head: str, title: str) -> TableCell | None:
    """A measure cell of a list (148.6 under 总投资（亿元）): named by the row's item and the
    column's measure without a period it opens with (2025年计划投资 → 计划投资), dated by that
    period; None when the cell holds no number (—)."""
    half = figure_text(text)
    found = CELL_NUMBER.fullmatch(half)
    if found is None:
        return None
    bracket = BRACKET_UNIT.search(head)
    unit = unit_of(bracket.group(1)) if bracket else None
    measure = _measure(head)
    if measure in _FIGURE_ONLY:
        measure = ""  # (金额（元）: the version of a figure, the item names what it measures)
    spans = find_periods(measure, None)
    if spans and spans[0].start == 0 and len(measure) - spans[0].end >= 2:
        measure = measure[spans[0].end :]
    qual_text = found.group(3)
    share = any(w in head for w in SHARE_HEADS)
    return TableCell(
        at, at + len(text), text, float(found.group(1).replace(",", "").replace("−", "-")),
        item + measure, bracket.group(1) if bracket and unit else None,
        unit.base if unit else None, unit.category if unit else None,
        unit.multiplier if unit else 1.0, False, head, head if spans else "", title,
        CELL_QUALIFIER[qual_text] if qual_text else "none", qual_text, share, listed=True)


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
