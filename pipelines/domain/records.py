"""Typed records that cross the boundary between the domain library and the warehouse.

Offsets: every ``raw_*`` / ``char_*`` offset is a code-point index into the document's decoded raw
text, so ``raw[char_start:char_end]`` is the original words. Clean text is the repaired, Simplified
text used for analysis.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from pipelines.domain.offsets import raw_span

Script = Literal["simplified", "traditional"]
DateSource = Literal["manifest", "text", "inferred", "file_name", "unknown"]
BlockKind = Literal[
    "heading",
    "paragraph",
    "list_item",
    "byline",
    "editor_line",
    "caption",
    "page_marker",
    "masthead_date",
    "url",
    "section_number",
    "furniture",
]
MetricKind = Literal["target", "actual", "growth_rate", "share", "rank", "count_total", "other"]
# How a value over a span of years is stated: for each year (每年新增, 年均增长) or as the sum of
# the span (累计, 五年共); NULL when the text says neither.
Basis = Literal["per_year", "cumulative", "month_on_month", "real", "change", "of_plan"]
Qualifier = Literal[
    "none", "at_least", "at_most", "over", "break_through", "reach", "about", "plus", "nearly"
]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Block(Record):
    """A paragraph-level unit of the page: body text, a heading, or typed page furniture."""

    block_no: int
    kind: BlockKind
    level: int | None = None  # heading level (1 = top), None for non-headings
    text: str  # cleaned (Simplified) text
    raw_start: int
    raw_end: int


class Sentence(Record):
    """A body sentence (or a heading unit) with the map from its clean characters to raw offsets."""

    sent_no: int
    block_no: int
    text: str  # cleaned, Simplified
    raw_start: int
    raw_end: int
    is_heading: bool = False
    heading_path: tuple[str, ...] = ()  # enclosing headings, outermost first
    raw_index: tuple[int, ...] = Field(default=(), repr=False)  # raw offset of each clean char

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) of the clean span [start, end) of this sentence's text."""
        return raw_span(self.raw_index, self.raw_start, start, end)


class Token(Record):
    sent_no: int
    position: int  # index of the token in its sentence
    word: str
    pos: str
    char_start: int  # offset in the sentence's clean text


class Period(Record):
    text: str | None = None
    start: date | None = None
    end: date | None = None


class Metric(Record):
    """One quantitative statement (one value: a list or a range gives several)."""

    sent_no: int
    quote: str  # raw text of number + unit + qualifier, == raw[char_start:char_end]
    char_start: int
    char_end: int
    indicator: str | None
    subject: str | None = None
    value: float
    value_high: float | None = None  # upper end of a range
    unit_raw: str | None
    value_normalized: float
    unit: str | None
    kind: MetricKind
    qualifier: Qualifier = "none"
    qualifier_text: str | None = None
    period_text: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    basis: Basis | None = None  # how the value is stated: see marts.metrics.basis
    value_high_normalized: float | None = None  # value_high with the multiplier (万, 亿) applied


class ThemeHit(Record):
    """Evidence for a theme in one sentence."""

    sent_no: int
    theme: str
    score: float
    terms: tuple[str, ...]


class DocumentTheme(Record):
    theme: str
    score: float
    rank: int


class Keyword(Record):
    keyword: str
    weight: float
    rank: int
