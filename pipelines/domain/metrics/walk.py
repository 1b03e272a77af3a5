"""What a document's reading units share as the extractor walks them: the context of the text so
far, the tags, date, own place, raw text and tables, and what the units read so far leave for the
next (:class:`Walk`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from pipelines.domain.metrics.context import Context
from pipelines.domain.metrics.home import country_firms
from pipelines.domain.metrics.rows import MetricRow
from pipelines.domain.metrics.table_cells import TextTable
from pipelines.domain.metrics.tables import text_tables
from pipelines.domain.periods import april_fiscal_year, uses_roc_years
from pipelines.domain.records import Sentence


@dataclass(slots=True)
class Walk:
    """A document read unit by unit: what every unit reads (the context of the text so far, the
    tags, date, own place, raw text (``reading``: as the sentences read it) and its tables)
    and what the units read so far leave for
    the next (the rows and the paragraph of each, the table cells among them, an outline item
    naming the entity of what follows, the place, goal and rows of a sentence that ended
    with ；, the undated counts a 截至 day would make stocks)."""

    ctx: Context
    tags: Mapping[int, Sequence[tuple[str, str]]]
    doc_date: date | None
    home_place: str | None
    raw: str | None
    reading: str | None
    tables: tuple[TextTable, ...]
    out: list[MetricRow] = field(default_factory=list)
    blocks: list[int] = field(default_factory=list)  # paragraph of each metric
    from_tables: list[MetricRow] = field(default_factory=list)
    item: tuple[int, str] | None = None
    prior: tuple[int, str] | None = None
    prior_goal: tuple[int, Sequence[str]] | None = None  # (paragraph, words): see SentenceScope
    prior_rows: tuple[int, Sequence[MetricRow]] | None = None  # (paragraph, rows): the same
    stocks_if_dated: set[int] = field(default_factory=set)  # char_start of rows: see _kind
    goals_by_date: dict[int, str] = field(default_factory=dict)  # see results_reported
    stock_parts: tuple[int, MetricRow] | None = None  # (paragraph, unit): see _parts_of_stock
    firms: frozenset[str] = frozenset()  # see SentenceScope.firms

    @classmethod
    def of(cls, sentences: Sequence[Sentence], tags: Mapping[int, Sequence[tuple[str, str]]],
           doc_date: date | None, home_place: str | None, raw: str | None,
           reading: str | None) -> Walk:
        """Nothing read yet: the context knows the first sentence of each paragraph, whether
        the text counts Minguo years and whether its 年度 start in April."""
        first: dict[int, Sentence] = {}
        for s in sentences:
            first.setdefault(s.block_no, s)
        ctx = Context(doc_date, uses_roc_years(s.text for s in sentences), reading, first,
                      april_fiscal_year(home_place, (s.text for s in sentences)),
                      cleaned=(cleaned := "\n".join(s.text for s in sentences)))
        tables = text_tables(reading) if reading is not None else ()
        return cls(ctx, tags, doc_date, home_place, raw, reading, tables,
                   firms=country_firms(cleaned))

    def add(self, block_no: int, rows: list[MetricRow]) -> None:
        """Rows of one unit, in document order, each with its paragraph."""
        self.out.extend(rows)
        self.blocks.extend([block_no] * len(rows))

    def prior_subject(self, block_no: int) -> str | None:
        """The place the sentence before went on with, if in this paragraph."""
        prior = self.prior
        return prior[1] if prior is not None and prior[0] == block_no else None
