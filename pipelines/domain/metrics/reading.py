"""What the passes over one sentence's numbers share (:func:`.extract._sentence_metrics`).

Three holders, so that a pass takes three arguments instead of a dozen positionals: the
sentence and what its paragraph, headings and document say (:class:`SentenceScope`, given), what
the numbers read so far leave for the next one (:class:`SoFar`), and the reading of one number,
filled in pass by pass (:class:`Reading`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.clauses import (
    CLAUSE_MARKS,
    ITEM_MARKS,
    TASK_MARKS,
    Toks,
    mark_positions,
)
from pipelines.domain.metrics.labels import colon_label
from pipelines.domain.metrics.lists import ListState
from pipelines.domain.metrics.naming import not_names
from pipelines.domain.metrics.period_spans import NO_PERIOD
from pipelines.domain.metrics.rows import MetricRow
from pipelines.domain.periods import PeriodSpan
from pipelines.domain.records import Period, Sentence


@dataclass(slots=True)
class SentenceScope:
    """One sentence and what is known around it: ``inherited`` is the period its paragraph or
    headings give; ``carried`` the paragraph's last indicator so far; ``review_heading``: the
    section reviews results (a period not yet over is no plan); ``frame``: the plan's years a
    lead paragraph or the title gives; ``annual``: the year a yearly report's title names (its
    undated flows are that year's; ``audit``: that report is an audit's, its undated counts are
    findings of the year); ``prior_subject``: the place of the sentence before, when it ended
    with ； in this paragraph (its items go on)."""

    sent: Sentence
    cands: Sequence[NumberCandidate]
    toks: Toks
    spans: Sequence[PeriodSpan]
    inherited: PeriodSpan | None
    target_heading: bool
    doc_date: date | None
    home_place: str | None
    raw: str | None
    carried: str | None = None
    review_heading: bool = False
    frame: PeriodSpan | None = None
    anaphor: str | None = None
    plan: PeriodSpan | None = None
    annual: PeriodSpan | None = None
    prior_subject: str | None = None
    audit: bool = False
    prior_goal: Sequence[str] = ()  # the words of the sentence before, when it ended with ；
    # in this paragraph on a goal (预计全年完成…；完成…: the forecast goes on)
    prior_rows: Sequence[MetricRow] = ()  # the rows of the sentence before, when it ended with
    # ； in this paragraph (第一产业5.1万户，占5.2%；第二产业10.8万户: its list goes on)
    # periods saying when the thing named after them opened (今年9月底开通的…): they date
    # nothing (left out of ``spans``) and name nothing either
    descriptors: Sequence[PeriodSpan] = ()
    # the own parts of the firms the document names by a registered name opening with the
    # country's (宏建 of 中国宏建集团有限公司: home.country_firms): its 中国宏建 names no place
    firms: frozenset[str] = frozenset()
    # the last span over several years its paragraph named before (“十四五”时期，…。…年均增长7.2%:
    # a yearly mean's years), when the sentence holds a 年均 and inherits one year
    years: PeriodSpan | None = None
    # the one whole year the document's title names (2026年市级民生实事项目): its bare 全年
    title_year: Period | None = None
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = self.sent.text


@dataclass(slots=True)
class SoFar:
    """What the numbers read so far in a sentence leave for the next one: the rows, the last
    name, subject, quote, kind, clause and flow verb, the sentence's colon label and 分别 list."""

    out: list[MetricRow]
    skip: list[tuple[int, int]]  # spans that name nothing (periods ...)
    marks: tuple[list[int], list[int], list[int]]  # item, clause and task marks
    label: str  # 招标控制价：… (the sentence's colon label) and where its clause starts
    label_end: int
    label_of: str = ""  # the name the label qualifies
    share_base: str = ""  # 分别占全国的…: the base a list of shares without items is of
    lists: ListState = field(default_factory=ListState)
    counts: list[tuple[int, NumberCandidate, str]] = field(default_factory=list)
    indicator: str | None = None
    subject: str | None = None
    start: int = 0  # where the last number's quote starts and ends
    end: int = 0
    kind: str | None = None
    comma: int = -1
    flow: str = ""

    @classmethod
    def of(cls, scope: SentenceScope) -> SoFar:
        """Nothing read yet: the sentence's marks, label and the spans that name nothing."""
        text = scope.text
        label, label_end = colon_label(text) if "：" in text or ":" in text else ("", -1)
        items = mark_positions(text, ITEM_MARKS)  # task marks < clause marks < item marks
        marks = (items, [i for i in items if text[i] in CLAUSE_MARKS],
                 [i for i in items if text[i] in TASK_MARKS])
        spans = [*scope.spans, *scope.descriptors] if scope.descriptors else scope.spans
        return cls([], not_names(text, spans), marks, label, label_end)

    def last_row(self) -> MetricRow | None:
        """The row of the number before in the sentence (None for the first)."""
        return self.out[-1] if self.out else None


@dataclass(slots=True)
class Reading:
    """One number as the passes read it: where it is (its item, comma clause and task start),
    then its name, period, kind and subject as each pass fills them in."""

    cand: NumberCandidate
    pos: int
    item_start: int
    comma_start: int
    task_start: int
    start: int = 0  # where its name may start
    of_base: bool = False  # its name is of a base (…为上年的1.2倍)
    gap: str = ""  # the words between its name and the number
    listed: bool = False  # a 分别 list gives its name
    list_place: str | None = None
    resp_pos: int = -1  # where 分别 is (-1: none)
    first: NumberCandidate | None = None  # the 分别 list's first number
    qualifier: str = "none"
    qualifier_text: str | None = None
    counted: bool = False  # a count whose head noun follows (share_heads)
    own: str = ""  # the name the number's own words give
    rate_of: str | None = None  # the name a rate of an earlier figure leaves for the next
    indicator: str = ""
    period: Period = NO_PERIOD
    is_target: bool = False
    goal_by_date: bool = False  # a goal only as its period is not over (see goal_words.target_of)
    result_kind: str = ""  # its kind were it no goal (set only when goal_by_date)
    comma_lo: int = 0  # its comma clause's tokens
    comma_hi: int = 0
    clause_text: str = ""
    kind: str = ""
    stock_if_dated: bool = False  # an undated flow a 截至 day would make a stock (see extract)
    subject: str | None = None
    nameless: bool = False
    caption: bool = False  # a caption after it names it (a 数读 box's line): its time dates it

    @classmethod
    def at(cls, cand: NumberCandidate, marks: Sequence[list[int]]) -> Reading:
        pos = cand.start
        item_start, comma_start, task_start = [
            at[i - 1] + 1 if (i := bisect_left(at, pos)) else 0 for at in marks]
        return cls(cand, pos, item_start, comma_start, task_start)
