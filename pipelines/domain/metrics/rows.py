"""Sentence rows as metric extraction reads them: plain tuples made from a frame's columns.

Extraction reads thousands of sentence rows per batch (every row that may hold a number or a
period, and the headings), most only for their text. Building a pydantic record per row costs
more than reading most of them; a :class:`SentenceRow` holds the same fields under the same
names, is built for all rows by one C-level pass over the columns, and offers the two record
methods extraction uses (``raw_span`` and ``model_copy(update=...)``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import repeat
from typing import Any, NamedTuple

import polars as pl

from pipelines.domain.offsets import raw_span
from pipelines.domain.records import Metric


class SentenceRow(NamedTuple):
    """The fields of :class:`..records.Sentence`, as a tuple."""

    sent_no: int
    block_no: int
    text: str
    raw_start: int
    raw_end: int
    is_heading: bool
    heading_path: tuple[str, ...]
    raw_index: Sequence[int]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) of the clean span [start, end) (as ``Sentence.raw_span``)."""
        return raw_span(self.raw_index, self.raw_start, start, end)

    def model_copy(self, update: dict[str, Any] | None = None) -> SentenceRow:
        """This row with some fields replaced (as ``Sentence.model_copy(update=...)``)."""
        return self._replace(**update) if update else self


_COLUMNS = ("sent_no", "block_no", "text", "raw_start", "raw_end", "is_heading")


def sentence_rows(frame: pl.DataFrame) -> list[SentenceRow]:
    """Rows of ``core.sentences`` as :class:`SentenceRow` tuples, without their offset maps
    (``raw_index`` empty: extraction expands the few it needs from the runs)."""
    cols = [frame.get_column(c).to_list() for c in _COLUMNS]
    paths = map(tuple, frame.get_column("heading_path").to_list())
    return list(map(tuple.__new__, repeat(SentenceRow),
                    zip(*cols, paths, repeat(()), strict=False)))


class MetricRow(NamedTuple):
    """The fields of :class:`..records.Metric`, in its order, as a tuple: what extraction
    builds per number (a record costs more to make than a tuple) and a batch reads column by
    column; :meth:`to_record` gives the record."""

    sent_no: int
    quote: str
    char_start: int
    char_end: int
    indicator: str | None
    subject: str | None
    value: float
    value_high: float | None
    unit_raw: str | None
    value_normalized: float
    unit: str | None
    kind: str
    qualifier: str
    qualifier_text: str | None
    period_text: str | None
    period_start: date | None
    period_end: date | None
    basis: str | None = None
    value_high_normalized: float | None = None

    def model_copy(self, update: dict[str, Any] | None = None) -> MetricRow:
        """This row with some fields replaced (as ``Metric.model_copy(update=...)``)."""
        return self._replace(**update) if update else self

    def to_record(self) -> Metric:
        """The Metric of these values (typed by extraction already: not validated again)."""
        m = _new_metric(Metric)
        values = self._asdict()
        _set(m, "__dict__", values)
        _set(m, "__pydantic_fields_set__", set(values))
        _set(m, "__pydantic_extra__", None)
        _set(m, "__pydantic_private__", None)
        return m


_new_metric, _set = Metric.__new__, object.__setattr__


new_row = tuple.__new__  # builds a NamedTuple without its Python-level __new__ (one per sentence)
