"""Metric rows of the cells of text tables (tables.py reads the tables)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from operator import attrgetter

from pipelines.domain.cleaning.script import may_convert, to_simplified_aligned
from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.kind import classify, future_period
from pipelines.domain.metrics.period_choice import NO_PERIOD, periods_of, year_of
from pipelines.domain.metrics.rows import MetricRow, new_row
from pipelines.domain.metrics.tables import TableCell, TextTable
from pipelines.domain.numbers import scaled
from pipelines.domain.periods import needs_year, resolve_period
from pipelines.domain.records import Sentence


def table_metrics(
    tables: Sequence[TextTable], sent: Sentence, doc_date: date | None, roc: bool = False
) -> list[MetricRow]:
    """The metrics of the text-table cells whose raw offsets fall in this sentence."""
    lo, hi = sent.raw_start, sent.raw_end
    out = []
    # the tables come in text order, apart: from the first that ends after lo (a long document
    # holds many; looking at every one for every sentence grew with the square of its length)
    at = bisect_right(tables, lo, key=attrgetter("end"))
    for table in tables[at:]:
        if table.start >= hi:
            break
        for cell in table.cells:
            if lo <= cell.raw_start < hi:
                out.append(_cell_metric(cell, sent.sent_no, doc_date, roc))
    return out


def table_at(tables: Sequence[TextTable], offset: int) -> TextTable | None:
    """The table (in text order, apart) whose raw span holds ``offset``, if any."""
    at = bisect_right(tables, offset, key=attrgetter("start")) - 1
    return tables[at] if at >= 0 and offset < tables[at].end else None


def _cell_metric(cell: TableCell, sent_no: int, doc_date: date | None, roc: bool = False
                 ) -> MetricRow:
    """One table cell as a metric (see :mod:`.tables`); ``roc``: years are Minguo years."""
    year = year_of(periods_of(cell.title, doc_date, roc), cell.title) if cell.title else None
    name = cell.name
    if may_convert(name):
        name = to_simplified_aligned(name)  # 經濟成長率: indicators are Simplified
    own = [p for p in periods_of(name, doc_date, roc) if p.start == 0]
    if own and own[0].end < len(name):
        head_text, name = name[: own[0].end], name[own[0].end :]  # 6月末金融机构存款余额
    elif cell.growth and cell.dated_column and cell.dated_column != cell.column:
        head_text = cell.dated_column  # the change of a dated column (本年比上年增减 after 2024年)
    else:
        head_text = (cell.column if periods_of(cell.column, doc_date, roc)
                     else cell.dated_column)
    spans = periods_of(head_text, doc_date, roc) if head_text else []
    period = NO_PERIOD
    if spans:
        span = spans[0]
        period = (resolve_period(span.text, date(year, 12, 31))
                  if year is not None and needs_year(span.text) else span.period)
    category = cell.category
    if category is None and cell.unit is None and name.endswith(_RATIO_NAMES):
        category = "ratio"  # 城乡居民收入比 —  2.05: a ratio has no unit
    cand = NumberCandidate(0, 0, 0, 0, cell.value, None, cell.unit_raw, cell.unit,
                           category, cell.multiplier)
    planned = cell.column if not cell.growth else cell.dated_column
    is_target = future_period(period, doc_date, ()) or any(
        w in planned for w in _TARGET_COLUMNS)  # 2025年预算数, 2028年目标值
    if cell.growth:
        kind = "target" if is_target else "growth_rate"
    else:
        kind = classify(cand, name, "", name, is_target)
    return new_row(MetricRow, (
        sent_no, cell.quote, cell.raw_start, cell.raw_end, name or None, None, cell.value, None,
        cell.unit_raw, scaled(cell.value, cell.multiplier), cell.unit, kind, cell.qualifier,
        cell.qualifier_text, period.text, period.start, period.end, None, None))


_RATIO_NAMES = ("比", "系数")
_TARGET_COLUMNS = ("预算数", "目标", "计划", "预计", "预期", "预测", "預算數", "目標", "計劃",
                   "計畫", "預計", "預期", "預測")
