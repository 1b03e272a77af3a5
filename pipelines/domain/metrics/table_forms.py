"""Forms: a standard form's tables printed as text (a government information disclosure annual
report's 政府信息公开工作年度报告 tables: every county and ministry prints them yearly) and lines
of labelled figures. Apart from the indicator tables (tables.py): a form's head has no unit nor
growth column, and its cells are named row + column."""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.domain.cleaning.normalize import INVISIBLE
from pipelines.domain.metrics.table_cells import (
    BRACKET_UNIT,
    CELL_SEP,
    LINE_END,
    MAX_CELLS,
    NUMBER,
    PROSE_MARKS,
    TableCell,
    TextTable,
    _cells,
    _line_start,
    _title,
    figure_text,
    head_text,
    line_above,
    lines_from,
    printed_lines_above,
    tables_read,
    title_text,
    unit_of,
    visible,
)
from pipelines.domain.metrics.table_heads import (
    PERIOD_HEADS,
    PLACE_HEADS,
    RANK_HEADS,
    SERIAL_HEADS,
    TABLE_UNIT,
)
from pipelines.domain.metrics.table_names import score_column
from pipelines.domain.metrics.table_pages import row_over_page
from pipelines.domain.numbers import to_half_width
from pipelines.domain.periods import find_periods
from pipelines.domain.units import NormalizedUnit

# A form (the standard tables of a government information disclosure annual report) has a head
# of labels with no unit nor growth column, one column at least, over rows of a label and one
# figure per column:
#
#     信息内容　　本年制发件数　　本年废止件数　　现行有效件数
#     行政规范性文件　　14　　9　　137
#     （本列数据）　　自然人　　法人或其他组织：商业企业　　…　　总计
#     三、本年度办理结果（一）予以公开　　38　　9　　…　　51
#
# Columns of measures name each cell row + column (行政规范性文件本年制发件数), columns of classes
# column + row (自然人予以公开; the 总计 column the row alone); a line of labelled figures after
# its label (行政复议：结果维持 3　　…　　总计 4) is one too. A form is dated only by the period
# word its row, row group or column opens with (table_rows.py).

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
                 "控制线", "投档线", "库容")  # (a school's 录取分数线: a score, a measure)
_FORM_TOTALS = frozenset({"总计", "合计", "小计", "總計", "合計"})
_TOTAL_WORD = 2  # characters of a total's word (合计)


def with_forms(raw: str, tables: list[TextTable]) -> list[TextTable]:
    """``tables`` and, in text order, the forms outside them: a head of labels with no unit
    nor growth column over rows of a label and one figure per column (信息内容　　本年制发件数
    本年废止件数　　现行有效件数 / 行政规范性文件　　14　　9　　137; one column: 行政许可
    12583), and lines of labelled figures after the line's label (行政复议：结果维持 3
    结果纠正 1　　…　　总计 4)."""
    records, done = tables_read(
        tables, (_line_start(raw, m.start()) for m in _RECORD_LINE.finditer(raw)),
        lambda start, _done: _record_form(raw, start))
    forms, _ = tables_read(
        tables, (_line_start(raw, m.start()) for m in _LAST_FIGURE.finditer(raw)),
        lambda start, done: _form_at(raw, start, done) or _labelled_line(raw, start), done)
    found = records + forms
    if not found:
        return tables
    return sorted((*tables, *found), key=lambda t: t.start)


# a line of three figures or more, each with its unit, parted by tabs (7天⇥1.40%⇥1830亿元⇥…)
_RECORD_FIGURE = r"\d[\d,.]*(?:[%％]|[^\d\s%％,.，。；：:]{1,4})"
_RECORD_LINE = re.compile(
    rf"(?m)^[ \u3000]*{_RECORD_FIGURE}(?:\t+{_RECORD_FIGURE}){{2,}}[ \u3000]*\r?$")
_RECORD_CELL = re.compile(r"(\d[\d,.]*)([%％]|[^\d\s%％,.，。；：:]{1,4})")


def _record_form(raw: str, start: int) -> TextTable | None:
    """A record printed as a table (期限⇥操作利率⇥投标量⇥中标量 over 7天⇥1.40%⇥1830亿元⇥
    1830亿元): a head of labels over lines of figures with their units in the cells, as many as
    the head's labels; each figure named by its column, in its own cell's unit."""
    above = line_above(raw, start)
    if above == start:
        return None
    head = _form_head(raw[above:start].rstrip("\r\n"), 0, False, any_width=True)
    if head is None or any(any(ch.isdigit() for ch in h) for h in head):
        return None
    lines, starts = lines_from(raw, start, 60)
    out: list[TableCell] = []
    end = start
    for line, at in zip(lines, starts, strict=False):
        if _RECORD_LINE.fullmatch(line) is None:
            break
        cells = _cells(line)
        if len(cells) != len(head):
            break
        row = []
        for (offset, text), column in zip(cells, head, strict=True):
            m = _RECORD_CELL.fullmatch(text.strip(" \u3000\r"))
            unit = unit_of(m.group(2)) if m else None
            if m is None or unit is None or unit.category is None:
                return None  # (a figure with no unit it counts in: no record)
            quote = m.group()
            begin = at + offset + text.index(quote)
            row.append(TableCell(
                begin, begin + len(quote), quote, float(m.group(1).replace(",", "")), column,
                m.group(2), unit.base, unit.category, unit.multiplier, False, column, "", "",
                form=True, record=True))
        out += row
        end = at + len(line)
    return TextTable(above, end, tuple(out), raw) if out else None


def _form_row(cells: list[tuple[int, str]], width: int | None = None
              ) -> list[tuple[int, str]] | None:
    """``cells`` if they are a form's row: a label, then figures only (a scan's damaged
    figures too: 13 7, I5), ``width`` cells if given; an outline number a tab parts from its
    label (一、\t本年新收…) joined to it."""
    if len(cells) > 2 and _OUTLINE.fullmatch(visible(cells[0][1])):
        cells = [(cells[0][0], cells[0][1] + cells[1][1]), *cells[2:]]
    if len(cells) < 2 or len(cells) > MAX_CELLS or (width is not None and len(cells) != width):
        return None
    label = head_text(cells[0][1])
    if NUMBER.fullmatch(to_half_width(label)) or PROSE_MARKS.search(label) or not all(
            _FIGURE_LIKE.fullmatch(figure_text(c)) for _, c in cells[1:]):
        return None
    return cells


def _form_head(line: str, width: int, titled: bool = False, any_width: bool = False
               ) -> list[str] | None:
    """The cells of a form's head over rows ``width`` cells wide: labels, no figure, no
    sentence; none when a unit or growth column makes it a table of the other kind, nor when
    it heads rows of periods or ranks (``titled``: rows of periods under a title naming the
    measure and its unit, 公屋平均輪候時間（年） over 年度  一般申請者  …, are a form's)."""
    cells = [head_text(c) for _, c in _cells(line)]
    if (len(cells) != width and not any_width) or (cells[0] in _NOT_FORM_HEADS and not (
            titled and _period_rows(cells[0]))) or any(
            NUMBER.fullmatch(to_half_width(c)) or PROSE_MARKS.search(c) for c in cells):
        return None
    return cells


# rows of periods (月份  PMI  生产 …) or of ranks: a table of another kind, read with its unit
# line (table_heads._titled_head) or not at all
_NOT_FORM_HEADS = PERIOD_HEADS | RANK_HEADS | SERIAL_HEADS


def _form_at(raw: str, start: int, done: int) -> TextTable | None:
    """The form whose first row is the line at ``start``, under its head line; its title
    in the lines above, after the form before (ending at ``done``)."""
    lines, starts = lines_from(raw, start, 60)
    first = _form_row(_cells(lines[0]))
    above = line_above(raw, start)
    if above == start:
        return None
    if first is None:  # (two records a line under a head printed twice side by side)
        return _side_by_side_form(raw, above, done)
    title = title_text(_title(raw[max(done, printed_lines_above(raw, above)):above]))
    head = _form_head(raw[above:start].rstrip("\r\n"), len(first),
                      _title_measure_unit(title)[1] is not None)
    if head is None:
        return None
    cells, end = _form_of(lines, starts, head, title, raw)
    return TextTable(above, end, cells, raw) if cells else None


def _side_by_side_form(raw: str, above: int, done: int) -> TextTable | None:
    """The form whose head line (at ``above``) is a head printed twice or more side by side
    (城市  环比  同比  城市  环比  同比), each row holding as many records (side_by_side):
    every block read as a form of its own under its part of the head, the cells of all in
    one table."""
    end = LINE_END.search(raw, above)
    if end is None or repeat_width(_cells(raw[above : end.start()])) is None:
        return None  # (a plain search first: almost no line repeats its head)
    blocks = side_by_side(*lines_from(raw, above, 60), CELL_SEP)
    if blocks is None:
        return None
    title = title_text(_title(raw[max(done, printed_lines_above(raw, above)):above]))
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


def repeat_width(cells: list[tuple[int, str]]) -> int | None:
    """The width of a head printed two or more times side by side in one line (城市  环比
    同比  定基  城市  环比  同比  定基: 4), two cells at least; None for any other line."""
    heads = [head_text(c) for _, c in cells]
    for width in range(2, len(heads) // 2 + 1):
        if len(heads) % width == 0 and all(
                heads[k] == heads[k % width] for k in range(width, len(heads))):
            return width
    return None


def side_by_side(lines: list[str], starts: list[int], sep: re.Pattern[str]
                  ) -> list[tuple[list[str], list[int]]] | None:
    """A narrow table set in blocks side by side on a wide page, its head printed over each
    block and each line holding as many records (城市  环比  同比  城市  环比  同比 / 北京  99.4
    98.9  天津  99.7  97.2: a statistics release's city tables): each block as a table of its
    own, its lines the parts of ``lines`` under it with their raw offsets; a last line holding
    fewer records goes to the blocks it fills, a line whose cells make no whole records ends
    the table. None when ``lines[0]`` repeats no head or no block holds a row."""
    head = _cells(lines[0], sep)
    width = repeat_width(head)
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
    while i < len(lines):  # (a row a page's foot and head cut: read whole, row_over_page)
        row, end_line = row_over_page(lines, starts, i, len(head), CELL_SEP, raw)
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
        bracket = BRACKET_UNIT.search(column)
        own = _bracket_unit(bracket.group(1)) if bracket else None
        group = _BRACKETED.sub("", column).strip()
        if bracket and own is not None:
            name, written = group, (bracket.group(1), own)
        elif title_unit is not None:
            name, written = _group_measure(group, measure, raw), title_unit
        else:
            name, written = group, (None, None)
        for at, cells in rows:
            label = head_text(cells[0][1])
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
    lines = [line.strip(" \u3000") for line in LINE_END.split(title) if line.strip(" \u3000")]
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
    unit = unit_of(text)
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


def _head_unit(head: str) -> str | None:
    """The unit a column head writes in brackets after its measure (缴费基数（元/月）, 月缴费额
    （元）), if the bracket holds one."""
    found = _HEAD_BRACKET.search(head)
    return found.group(1) if found is not None and _bracket_unit(found.group(1)) else None


_HEAD_BRACKET = re.compile(r"[（(]([^（）()]{1,6})[）)]\s*$")


def _april_years_noted(raw: str, end: int) -> bool:
    """The lines right under a table (its note) say its years run from 1 April."""
    below = raw[end : end + 400].lstrip("\r\n").splitlines()[:_NOTE_LINES]
    return any(_APRIL_YEARS.search(to_half_width(line)) for line in below)


def _form_cells(head: list[str], rows: list[tuple[int, list[tuple[int, str]]]],
                title: str) -> tuple[TableCell, ...]:
    """The figures of a form's rows, named by row and column (columns of measures) or by
    column and row (columns of classes; a total column by the row alone)."""
    columns = [_after_colon(_BRACKETED.sub("", h)) for h in head]
    measures = all(c.endswith(_MEASURE_ENDS) for c in columns[1:]
                   if c not in _FORM_TOTALS and c not in _CHANGE_COLUMNS) and any(
        c not in _CHANGE_COLUMNS for c in columns[1:])
    units = [TABLE_UNIT.search(h) for h in head]
    titled = _title_unit(title) if not any(units) and not any(
        _head_unit(h) for h in head[1:]) else None
    # rows of places (城市  环比（上月=100）  同比（上年同月=100）): each figure the title's
    # measure (…一线城市新建商品住宅销售价格指数) of its row's place
    measured = _places_measure(title, columns[0]) if columns[0] in PLACE_HEADS else None
    scored = not measures and _title_scores(title)
    out, group = [], ""
    for at, cells in rows:
        group, item = _row_item(head_text(cells[0][1]), group)
        if item.endswith(tuple(_FORM_TOTALS)) and len(item) > _TOTAL_WORD and measures:
            item = item[:-_TOTAL_WORD]  # (甲乙类传染病合计  258320: the class's figure, 合计 a
            # frame word)
        for k, (offset, figure) in enumerate(cells[1:], 1):
            column = columns[k]
            if measures and column in _CHANGE_COLUMNS and k > 1:
                column = columns[k - 1]  # (水库名称  年初蓄水量  年末蓄水量  增减: the change
                # of the measure before it, as a table's growth column is)
            if measured is not None:
                name = measured
            elif measures:
                name = item + column
            else:
                name = item if column in _FORM_TOTALS else column + item
            dated = next((t for t in (item, group, column) if t and _opens_with_period(t)), "")
            unit_raw = units[k].group(1) if units[k] else _head_unit(head[k]) or titled
            unit = unit_of(unit_raw) if unit_raw else None
            if unit is None or unit.category is None:
                unit = unit_raw = None
            if unit is None and (score_column(column) or scored):
                unit = unit_of("分")  # (a score column, no unit written: 录取分数线 636; a
                # table of lines by batch and class under a title naming them, 本科批  421  438)
            elif unit is None and _intake_column(columns[0], column):
                unit = unit_of("人")  # (a school's plan, no unit written: 计划数 1050)
            elif unit is None and column in _COUNTED:
                unit = unit_of(_COUNTED[column])  # (病名  发病数  死亡数: cases, deaths)
            cell = _form_cell(at + offset, figure, name, (unit_raw, unit), column, dated, title)
            if cell is not None and columns[k] != column:
                cell = replace(cell, difference=True)  # (a change: no stock)
            if cell is not None:  # (a figure a scan damaged, I5: none)
                out.append(cell if measured is None else replace(cell, place=item))
    return tuple(out)


# a column of changes naming no measure of its own (增减: of the column before it)
_CHANGE_COLUMNS = frozenset({"增减", "增減", "增减量", "增減量", "增(+)减(-)", "增（+）减（-）"})


def _title_unit(title: str) -> str | None:
    """The unit a form's title writes for every cell on its last line (表1　…蓄水情况　　单位：
    万立方米), when it is a unit; None if it writes none."""
    lines = [line for line in LINE_END.split(title) if line.strip(" \u3000")]
    found = TABLE_UNIT.search(lines[-1]) if lines else None
    if found is None:
        return None
    unit = unit_of(found.group(1))
    return found.group(1) if unit is not None and unit.category is not None else None


def _title_scores(title: str) -> bool:
    """A form's title names scores (…录取控制分数线（普通类）): its cells under columns of classes
    (物理类  历史类) are points, though no unit is written."""
    lines = [line for line in LINE_END.split(title) if line.strip(" \u3000")]
    return bool(lines) and score_column(_BRACKETED.sub("", lines[-1]).strip(" \u3000"))


# a count's column with no unit written whose measure says what it counts: cases in 例, deaths
# in 人 (病名  发病数  死亡数, as the text writes 报告发病N例，死亡N人)
_COUNTED = {"发病数": "例", "發病數": "例", "病例数": "例", "病例數": "例", "死亡数": "人",
            "死亡數": "人"}


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
    line = LINE_END.split(title.strip())[-1].strip() if title.strip() else ""
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
    half = figure_text(figure)
    if not NUMBER.fullmatch(half):
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
    end = LINE_END.search(raw, start)
    line = raw[start : end.start() if end else len(raw)]
    cells = _cells(line)
    if len(cells) < 3 or len(cells) > MAX_CELLS:
        return None
    lead, colon, _ = cells[0][1].rpartition("：")
    prefix = head_text(_BRACKETED.sub("", lead)) if colon else ""
    out = []
    for k, (at, cell) in enumerate(cells):
        text = cell[len(lead) + 1 :] if k == 0 and colon else cell
        m = _LABELLED_FIGURE.fullmatch(text)
        if m is not None and not NUMBER.fullmatch(m.group(1)):
            label, figure, offset = m.group(1), m.group(2), at + len(cell) - len(text) + m.start(2)
        elif k + 1 < len(cells) and NUMBER.fullmatch(figure_text(cells[k + 1][1])) and not (
                any(c.isdigit() for c in text)):  # (结果纠正  0: a gap an invisible mark made)
            label, (offset, figure) = text, cells[k + 1]
        elif k == 0:
            return None
        else:
            continue  # (a figure a scan damaged, 结果纠正 I, or a pair's figure read above)
        label = head_text(label)
        name = prefix if label in _FORM_TOTALS and prefix else prefix + label
        out.append(_form_cell(start + offset, figure, name, (None, None), label, "", ""))
    found = tuple(c for c in out if c is not None)
    return TextTable(start, start + len(line), found, raw) if len(found) >= 3 else None
