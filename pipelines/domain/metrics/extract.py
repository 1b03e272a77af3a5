"""Dated metric extraction: sentences in, :class:`records.Metric` rows out.

For each number candidate of a sentence: its indicator and subject (:mod:`.indicator`), its period
(own clause, else the sentence, else earlier sentences of the paragraph, else the headings), its
kind (:mod:`.kind`), and raw offsets for the quote.

Periods that name no year (全年, 年末, 前三季度) belong to the year the text is talking about: the
last year named earlier in the sentence or paragraph, else in the headings or the title (a 2023
statistics bulletin published in 2024), else the document's own year. A period written after
比/较 (比上年, 比2019年) is the base of a comparison, never the period of the number.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Mapping, Sequence
from datetime import date
from functools import cache
from operator import attrgetter
from typing import NamedTuple

from pipelines.domain.metrics.candidates import NumberCandidate, find_candidates
from pipelines.domain.metrics.clauses import (
    CLAUSE_MARKS,
    ITEM_MARKS,
    TASK_MARKS,
    Tok,
    Toks,
    clause_end,
    mark_positions,
    span_of,
    tokens_in,
    tokens_of,
)
from pipelines.domain.metrics.home import infer_home_place
from pipelines.domain.metrics.indicator import (
    is_home,
    merge_generic,
    noun_after,
    phrase_text,
    strip_home,
    trim_phrase,
)
from pipelines.domain.metrics.kind import classify, future_period, has_target_cue, is_decline
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.lists import ListState, split_by_respectively
from pipelines.domain.metrics.period_choice import (
    LENGTH_ONLY,
    LOCAL_PERIODS,
    NO_PERIOD,
    choose_period,
    comparison_length,
    contextualize,
    is_comparison,
    last_year_report,
    periods_of,
    relative_year,
    same_length_frame,
    year_of,
    year_span,
)
from pipelines.domain.metrics.rows import MetricRow, new_row
from pipelines.domain.metrics.run_index import RunIndex
from pipelines.domain.metrics.subjects import (
    ANAPHOR,
    TOPIC_CLAUSE,
    anaphor_place,
    named_subject,
    short_place,
    topic_place,
)
from pipelines.domain.metrics.table_rows import table_at, table_metrics
from pipelines.domain.metrics.tables import text_tables
from pipelines.domain.metrics.tagging import Columns, LazyTags, columns_for, tags_for
from pipelines.domain.numbers import parse_numeral, scaled
from pipelines.domain.periods import (
    PeriodSpan,
    april_fiscal_year,
    five_year_plan,
    uses_roc_years,
)
from pipelines.domain.records import Metric, Period, Sentence

# a five-year plan's title (第十五个五年规划, “十五五”规划): numbers of the plan with no period of
# their own are for the plan's years
_PLAN_TITLE = re.compile(r"第([一二三四五六七八九十]+)个五年规划|十([一二三四五六七八九])五”?规划")
# a plan's title with its years in brackets (…实施方案（2026—2028年）, 行动计划(2024-2026年)):
# the plan's numbers with no period of their own are for those years
_PLAN_RANGE = re.compile(r"[（(]\s?(\d{4})\s?(?:[—–\-~－至到]+)\s?(\d{4})\s?年?\s?[）)]")
_PLAN_WORDS = re.compile(r"方案|规划|计划|纲要|行动")
HOME_SENTENCES = 200  # a text names its own place early and often


def extract_metrics(
    sentences: Sequence[Sentence],
    tags: Mapping[int, Sequence[tuple[str, str]]],
    doc_date: date | None,
    home_place: str | None = None,
    raw: str | None = None,
    offsets: Callable[[Sentence], Sentence] | None = None,
    infer_home: bool = True,
    may_count: Container[int] | None = None,
    rows: bool = False,
) -> list[Metric] | list[MetricRow]:
    """All metrics of a document's sentences (in document order).

    ``tags`` maps sent_no to the sentence's (word, pos) list (missing sentences are tagged here);
    ``home_place`` is the document's own place (inferred from the text when None); ``raw`` is
    the document's raw text: when given, quotes are taken from it so that
    ``raw[char_start:char_end] == quote``; otherwise from the clean sentence text.
    ``offsets`` returns a sentence with its ``raw_index`` filled in, for callers that pass
    sentences without their offset maps: only the few that hold a number's quote need one.
    ``infer_home=False`` takes ``home_place`` as it is, even None (inferred by the caller).
    ``may_count`` holds the sent_nos that may hold a candidate (None: all may); a sentence
    joined with the next one across a line break is searched in any case.
    ``rows=True`` returns :class:`.rows.MetricRow` tuples (same fields) instead of records, for
    callers that read them column by column.
    """
    fill = offsets or _as_is
    units = _reading_units(sentences, fill)
    if home_place is None and infer_home:
        home = sentences[:HOME_SENTENCES]
        if isinstance(tags, LazyTags):  # only the clauses that may name a place are tagged
            home_place = infer_home_place([tags.place_tags(home)])
        else:
            home_place = infer_home_place(tags_for(s, tags) for s in home)
    first: dict[int, Sentence] = {}
    for s in sentences:
        first.setdefault(s.block_no, s)
    ctx = _Context(doc_date, uses_roc_years(s.text for s in sentences), raw, first,
                   april_fiscal_year(home_place))
    out: list[MetricRow] = []
    blocks: list[int] = []  # paragraph of each metric
    tables = text_tables(raw) if raw is not None else ()
    from_tables: list[MetricRow] = []
    found = [find_candidates(u.sentence.text)
             if (not u.sentence.is_heading or _has_digit(u.sentence.text)
                 or _CN_SHARE.search(u.sentence.text) is not None)
             and (may_count is None or u.sentence.sent_no in may_count or len(u.parts) > 1)
             else [] for u in units]
    if isinstance(tags, LazyTags):  # the sentences read word by word, tagged in one call
        tags.prefetch(p.sent_no for u, c in zip(units, found, strict=True) if c for p in u.parts)
    for unit, cands in zip(units, found, strict=True):
        sent = unit.sentence
        if sent.is_heading:
            ctx.see_heading(sent)
        else:
            ctx.see_body()
        text = sent.text
        if cands:
            sent = fill(sent)  # a merged unit's sentence has its offsets already
            year = ctx.year_before(unit.block_no, sent.heading_path)
            # found once: later sentences of the paragraph read them again as context
            spans = contextualize(ctx.spans_of(sent), text, year, doc_date,
                                   ctx.heading_year(sent.heading_path))
            toks = tokens_of(text, *unit.columns(tags))
            cands = [c for c in cands if not c.noun_before or _noun_before(toks, c.start)]
            path = sent.heading_path
            target_heading, review_heading = ctx.section_kind(path) if path else _NO_HEADING
            # the plan's years: from a paragraph introducing this one (…“十五五”时期…目标是：),
            # else from the document's title (not in a section reviewing the past)
            frame = (ctx.leads.get(path) if ctx.leads else None) or (
                ctx.plan if not review_heading else None)
            inherited = ctx.block_period(unit.block_no, year, path) or frame or ctx.heading_period(
                sent.heading_path, year
            )
            anaphor = (anaphor_place(ctx.blocks.get(unit.block_no), tags, home_place)
                       if "该" in text and ANAPHOR.search(text) else None)
            metrics = _sentence_metrics(
                sent, cands, toks, spans, inherited, target_heading, doc_date, home_place, raw,
                ctx.indicators.get(unit.block_no), review_heading, frame, anaphor, ctx.plan,
                ctx.annual,
            )
            if metrics and metrics[-1].indicator:
                ctx.indicators[unit.block_no] = metrics[-1].indicator
            out.extend(unit.renumber(metrics))
            blocks.extend([unit.block_no] * len(metrics))
        if tables:  # (cleaning may take an indented row for a heading)
            read = table_metrics(tables, unit.sentence, doc_date, ctx.roc)
            if read:
                read = unit.renumber(read)  # (kept as given out: the filter below looks them up)
                from_tables += read
                out.extend(read)
                blocks.extend([unit.block_no] * len(read))
        if not sent.is_heading:
            ctx.add(unit.block_no, sent)
    if from_tables:  # a table's cells are read from its lines, not from the joined sentences
        cells = set(from_tables)
        keep = [i for i, m in enumerate(out) if m.sent_no is not None and (
            m in cells or table_at(tables, m.char_start) is None)]
        out, blocks = [out[i] for i in keep], [blocks[i] for i in keep]
    found = _plan_period(out, blocks, doc_date)
    if ctx.roc:  # a text counting Minguo years (113年) counts money in 新台币: its 元 are those;
        # its 全国 is its own country, the home place
        texts = {s.sent_no: s.text for s in sentences} if raw is None else {}
        found = [m._replace(unit=_ROC_CURRENCY if m.unit == "元" and not _renminbi(
                                raw if raw is not None else texts.get(m.sent_no, ""), m.char_start)
                                else m.unit,
                            subject=None if m.subject in _ROC_HOME else m.subject)
                 if m.unit == "元" or m.subject in _ROC_HOME else m for m in found]
    return found if rows else [m.to_record() for m in found]


_ROC_CURRENCY = "新台币"


def _renminbi(text: str, start: int) -> bool:
    """人民币2亿元: the amount names its currency, 元 of the mainland."""
    return any(w in text[max(0, start - 5) : start] for w in ("人民币", "人民幣", "RMB"))


_ROC_HOME = ("全国", "全國")
_RATE_NAMES = ("率", "比重", "增速", "增幅", "降幅", "涨幅", "份额", "占比", "比例")
_OF_PLAN_VERBS = ("完成", "达到", "达")
_PLAN_BASES = ("计划", "目标", "预算", "任务")


def _as_is(sent: Sentence) -> Sentence:
    return sent


# a page number on a line of its own between two paragraphs (— 2 —, - 12 -, 第3页)
_PAGE_NUMBER = re.compile(r"\s*(?:[—\-－–·]{1,2}\s*\d{1,4}\s*[—\-－–·]{1,2}|第\s*\d{1,4}\s*页)\s*")
# a space between words of a headline separates its phrases (CJK, then CJK or Latin)
_HEADLINE_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fffA-Za-z])")
# a length of time alone (连续12年稳定在…: 12年) names nothing that is measured
_TIME_ONLY = re.compile(r"[\d〇零一二两三四五六七八九十百]+(?:个)?(?:年|月|季度|天|周)")


def _no_name(indicator: str) -> bool:
    """An indicator that is only a link or prefix word of the lexicon (实现, 提升, 达到) or a
    length of time."""
    return indicator in _verb_words() or _TIME_ONLY.fullmatch(indicator) is not None


@cache
def _flow_words() -> frozenset[str]:
    lex = metric_lexicon()  # (净增 alone, 比上年末净增39.5万个, names nothing either)
    return frozenset(lex.flow_verbs) | lex.net_change_words


@cache
def _verb_words() -> frozenset[str]:
    lex = metric_lexicon()
    return frozenset(lex.link_words) | frozenset(lex.prefix_words)


def _has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


_DIGIT = re.compile(r"\d")
# a headline (or a one-line question taken for a heading) may state a share or rate in Chinese
# numerals alone: 产量同比增长近四成, 增长百分之五
_CN_SHARE = re.compile(r"[一二两三四五六七八九十]成|百分之|分之")


class _Unit(NamedTuple):
    """A sentence as read: one cleaned sentence, or several the line breaks of print cut apart."""

    sentence: Sentence
    parts: tuple[Sentence, ...]
    block_no: int

    def columns(self, tags: Mapping[int, Sequence[tuple[str, str]]]) -> Columns:
        """The words of the unit's sentences and their tags, as two lists."""
        if len(self.parts) == 1:
            return columns_for(self.parts[0], tags)
        words: list[str] = []
        pos: list[str] = []
        for part in self.parts:
            w, p = columns_for(part, tags)
            words += w
            pos += p
        return words, pos

    def renumber(self, metrics: list[MetricRow]) -> list[MetricRow]:
        """Give each metric the sent_no of the cleaned sentence its number is in."""
        if len(self.parts) == 1:
            return metrics
        bounds, pos = [], 0
        for part in self.parts:
            bounds.append((pos + len(part.text), part.sent_no))
            pos += len(part.text)
        out = []
        for m in metrics:
            clean = m.char_start
            no = next((n for end, n in bounds if self._clean_pos(clean) < end), bounds[-1][1])
            out.append(m if no == m.sent_no else m.model_copy(update={"sent_no": no}))
        return out

    def _clean_pos(self, raw_pos: int) -> int:
        index = self.sentence.raw_index
        return next((i for i, r in enumerate(index) if r >= raw_pos), len(index))


_OPEN_END = re.compile(r"[\u4e00-\u9fff\dA-Za-z%％]")
_CONTINUES = frozenset("0123456789０１２３４５６７８９.．%％")


def _reading_units(
    sentences: Sequence[Sentence], fill: Callable[[Sentence], Sentence] = _as_is
) -> list[_Unit]:
    """Join a body sentence that stops mid-clause (no end mark, a word or number last) with the
    next one when that starts with a number: a hard line break of print cut ``增长\n5.1%``."""
    units: list[_Unit] = []
    block_alias: dict[int, int] = {}
    for sent in sentences:
        prev = units[-1] if units else None
        if (
            sent.text[:1] in _CONTINUES
            and prev is not None
            and not sent.is_heading
            and not prev.sentence.is_heading
            and _OPEN_END.match(prev.sentence.text[-1:])
            and len(prev.sentence.text) + len(sent.text) < 400
        ):
            a, sent = fill(prev.sentence), fill(sent)
            merged = a.model_copy(
                update={
                    "text": a.text + sent.text,
                    "raw_end": sent.raw_end,
                    "raw_index": _index_of(a) + _index_of(sent),
                }
            )
            if sent.block_no != prev.block_no:
                block_alias[sent.block_no] = prev.block_no
            units[-1] = _Unit(merged, (*prev.parts, sent), prev.block_no)
            continue
        block = block_alias.get(sent.block_no, sent.block_no) if block_alias else sent.block_no
        units.append(new_row(_Unit, (sent, (sent,), block)))
    return units


def _index_of(sent: Sentence) -> tuple[int, ...]:
    if sent.raw_index:
        return sent.raw_index
    return tuple(range(sent.raw_start, sent.raw_start + len(sent.text)))


def _noun_before(toks: Sequence[Tok], pos: int) -> bool:
    """A word that can be counted ends right before ``pos`` (公交线路22条, 动车超过110对)."""
    before = [t for t in toks if t.end <= pos]
    if not before:
        return False
    last = before[-1]
    if last.word in metric_lexicon().qual_before and len(before) > 1:
        last = before[-2]
    return not last.pos.startswith(_NOT_COUNTED_POS) and not last.word.endswith("了")


_NOT_COUNTED_POS = ("v", "u", "d", "p", "c", "m", "r", "x", "w")


class _Context:
    """What earlier text tells about the current sentence: the paragraph's periods and the year
    being talked about (from the paragraph, the headings or the title)."""

    def __init__(self, doc_date: date | None, roc: bool = False, raw: str | None = None,
                 first: dict[int, Sentence] | None = None, april_fiscal: bool = False) -> None:
        self.doc_date = doc_date
        self.april_fiscal = april_fiscal  # 年度 are financial years from 1 April (Hong Kong)
        self.raw = raw  # the document's raw text, and the first sentence of each paragraph
        self.first = first
        self.roc = roc  # years counted by the Minguo calendar (113年 = 2024)
        self.blocks: dict[int, list[Sentence]] = {}
        self.heading_spans: dict[str, list[PeriodSpan]] = {}
        self.title_year: int | None = None
        self.heading_blocks: set[int] = set()
        self.in_title = True
        self.heading_kinds: dict[str, tuple[bool, bool]] = {}
        self.section_kinds: dict[tuple[str, ...], tuple[bool, bool]] = {}
        self.heading_years: dict[tuple[str, ...], int | None] = {}
        self._relative: dict[int, bool] = {}  # paragraph -> its last year was 明年, 去年 ...
        self.plan: PeriodSpan | None = None  # the five-year plan a title names
        self.annual: PeriodSpan | None = None  # the year a yearly report's title names
        self.leads: dict[tuple[str, ...], PeriodSpan] = {}  # heading path -> period of the
        # last paragraph under it that ends with a colon (it introduces the next ones)
        self.spans: dict[int, list[PeriodSpan]] = {}
        self.indicators: dict[int, str] = {}  # last indicator named in each paragraph
        # per paragraph: how many of its sentences were searched, and the newest year / period
        # found among them (a paragraph is searched newest first, each sentence once)
        self._years: dict[int, tuple[int, int | None]] = {}
        self._periods: dict[int, tuple[int, tuple[Sentence, PeriodSpan] | None]] = {}

    def spans_of(self, sent: Sentence) -> list[PeriodSpan]:
        """Periods of an earlier sentence, found once however often they are asked for."""
        found = self.spans.get(sent.sent_no)
        if found is None:
            found = self.spans[sent.sent_no] = periods_of(sent.text, self.doc_date, self.roc,
                                                          self.april_fiscal)
        return found

    def see_heading(self, sent: Sentence) -> None:
        self.heading_blocks.add(sent.block_no)
        if self.in_title and self.title_year is None:
            self.title_year = year_of(self._heading_spans(sent.text), sent.text)
        if self.in_title and self.annual is None and "报" in sent.text and any(
                w in sent.text for w in metric_lexicon().annual_titles):
            found = year_span(self._heading_spans(sent.text), sent.text)
            if found is not None and not relative_year(found.text):
                self.annual = found  # …2024年…统计公报: the year of its undated flows
        if self.plan is None and "年" in sent.text:
            # …实施方案（2026—2028年）: the title, or a heading (a notice printing the plan)
            found = _PLAN_RANGE.search(sent.text)
            if found and _PLAN_WORDS.search(sent.text, 0, found.start()):
                y1, y2 = int(found.group(1)), int(found.group(2))
                if y1 < y2:
                    self.plan = PeriodSpan(0, 0, found.group(), Period(
                        text=found.group(), start=date(y1, 1, 1), end=date(y2, 12, 31)), False)
        if self.in_title and self.plan is None and "五" in sent.text:
            found = _PLAN_TITLE.search(sent.text)
            if found:
                n = (parse_numeral(found.group(1)) if found.group(1)
                     else 10 + (parse_numeral(found.group(2)) or 0))
                if n:
                    y1, y2 = five_year_plan(int(n))
                    self.plan = PeriodSpan(0, 0, found.group(), Period(
                        text=found.group(), start=date(y1, 1, 1), end=date(y2, 12, 31)), False)

    def heading_kind(self, heading: str) -> tuple[bool, bool]:
        """Whether a heading sets goals (目标, 预期) or reviews results (回顾), found once."""
        lexicon = metric_lexicon()
        review = any(w in heading for w in lexicon.review_headings)
        found = self.heading_kinds[heading] = (
            not review and any(w in heading for w in lexicon.target_headings), review)
        return found

    def section_kind(self, path: tuple[str, ...]) -> tuple[bool, bool]:
        """The kind of the nearest heading that has one: a section (一、扩大有效投资) under a
        title 2025年重点工作安排 sets goals, one under 2024年工作回顾 reviews."""
        found = self.section_kinds.get(path)
        if found is None:
            found = next((k for k in (self.heading_kinds.get(h) or self.heading_kind(h)
                                      for h in reversed(path)) if k != _NO_HEADING), _NO_HEADING)
            self.section_kinds[path] = found
        return found

    def see_body(self) -> None:
        self.in_title = False

    def add(self, block_no: int, sent: Sentence) -> None:
        self.blocks.setdefault(block_no, []).append(sent)
        if sent.text.endswith(("：", ":")):  # …“十五五”时期…主要目标是： introduces a list
            spans = [p for p in self.spans_of(sent) if p.period.start is not None
                     and p.period.start != p.period.end and not is_comparison(sent.text, p)]
            if spans:
                self.leads[sent.heading_path] = spans[-1]

    def _heading_spans(self, heading: str) -> list[PeriodSpan]:
        if heading not in self.heading_spans:
            self.heading_spans[heading] = periods_of(heading, self.doc_date, self.roc,
                                                     self.april_fiscal)
        return self.heading_spans[heading]

    def year_before(self, block_no: int, path: tuple[str, ...]) -> int | None:
        """The year named last before this sentence: paragraph, then headings, then title.

        Not the last year anywhere before: a page holds several articles, and a year named in
        one says nothing about 全年 in the next.
        """
        found = self._paragraph_year(block_no)
        if found is None and self._after_page_break(block_no, path):
            # — 2 —: a paragraph after a page's furniture goes on with the one before it
            found = self._paragraph_year(block_no - 2)
        if found is not None and self._relative.get(block_no):
            # …预计明年竣工。全年共完成…: a year named by a relative word earlier in the
            # paragraph does not replace the year of the enclosing heading
            heading_year = self.heading_year(path)
            if heading_year is not None:
                return heading_year
        if found is not None:
            if path and found > (self.doc_date.year if self.doc_date else found - 1):
                # 二〇二四年施政回顾: …预计明年竣工。全年共完成…: in a section reviewing a named
                # year, a year ahead named in passing does not date what follows
                for heading in reversed(path):
                    year = year_of(self._heading_spans(heading), heading)
                    if year is not None:
                        review = (self.heading_kinds.get(heading)
                                  or self.heading_kind(heading))[1]
                        return year if review and year < found else found
            return found
        for heading in reversed(path):
            year = year_of(self._heading_spans(heading), heading)
            if year is not None:
                return year
        return self.title_year

    def _paragraph_year(self, block_no: int) -> int | None:
        """The year named last in a paragraph's sentences so far (newest first, lazily)."""
        sents = self.blocks.get(block_no, [])
        searched, found = self._years.get(block_no, (0, None))
        for sent in reversed(sents[searched:]):  # newer than those searched before
            spans = self.spans_of(sent)
            year = year_of(spans, sent.text)
            if year is not None:
                found = year
                self._relative[block_no] = relative_year(year_span(spans, sent.text).text)
                break
        self._years[block_no] = (len(sents), found)
        return found

    def heading_year(self, path: tuple[str, ...]) -> int | None:
        """The year the nearest heading naming one names in full (二〇二四年施政回顾 -> 2024;
        a headline's 去年 names no section's year)."""
        if path not in self.heading_years:
            spans = (year_span(self._heading_spans(h), h) for h in reversed(path))
            found = next((p for p in spans if p is not None), None)
            self.heading_years[path] = (
                found.period.start.year  # type: ignore[union-attr]
                if found is not None and not relative_year(found.text) else None)
        return self.heading_years[path]

    def _after_page_break(self, block_no: int, path: tuple[str, ...]) -> bool:
        """Only a page number (— 2 —, 第2页) stands between the paragraph before and this one,
        under the same headings: the paragraph goes on across the page break."""
        before = self.blocks.get(block_no - 2)
        if not before or self.raw is None or self.first is None or (
                block_no - 1 in self.blocks or block_no - 1 in self.heading_blocks
                or before[-1].heading_path != path):
            return False
        first = self.first.get(block_no)
        return first is not None and _PAGE_NUMBER.fullmatch(
            self.raw, before[-1].raw_end, first.raw_start) is not None

    def block_period(self, block_no: int, year: int | None, path: tuple[str, ...] | None = None
                     ) -> PeriodSpan | None:
        """The last period named in the paragraph's earlier sentences (newest first, lazily);
        with ``path``, those of the paragraph before a page break too (:meth:`year_before`)."""
        found = self._block_period(block_no, year)
        if found is None and path is not None and self._after_page_break(block_no, path):
            found = self._block_period(block_no - 2, year)
        return found

    def _block_period(self, block_no: int, year: int | None) -> PeriodSpan | None:
        sents = self.blocks.get(block_no, [])
        searched, found = self._periods.get(block_no, (0, None))
        for sent in reversed(sents[searched:]):  # newer than those searched before
            spans = [
                p for p in self.spans_of(sent)
                if p.text not in LOCAL_PERIODS and not is_comparison(sent.text, p)
                and not sent.text.endswith(_NARROWING, 0, p.start)
            ]
            if spans:
                last = spans[-1]
                if LENGTH_ONLY.fullmatch(last.text):
                    last = same_length_frame(spans[:-1], last) or last
                found = (sent, last)
                break
        self._periods[block_no] = (len(sents), found)
        if found is None:
            return None
        sent, span = found
        return contextualize([span], sent.text, year, self.doc_date)[-1]

    def heading_period(self, path: tuple[str, ...], year: int | None) -> PeriodSpan | None:
        for heading in reversed(path):
            spans = self._heading_spans(heading)
            if spans:
                return contextualize(spans[-1:], heading, year, self.doc_date)[-1]
        return None


def _noun_follows(text: str, pos: int) -> bool:
    """A noun (CJK text, possibly quoted) starts right after the number's quote."""
    rest = text[pos : pos + 2].lstrip(" “\"《")
    return bool(rest) and ("\u4e00" <= rest[0] <= "\u9fff") and rest[0] not in _NOT_NOUN_START


_START = attrgetter("start")
_NOT_NOUN_START = set("的是和与及或等在为以从到至比较")
_NO_HEADING = (False, False)
_TO_LEVEL = re.compile(
    r"(?:提高|提升|增加|增长|下降|降低|减少|扩大|缩小|上升|调升|调降|降|增|升)[至到]")
# 一季度…增长8.2%，其中3月份增长9.1%: a part of the period before, not the period of what follows
_NARROWING = ("其中", "其中，", "其中,")
_STOCK_KINDS = ("count_total", "share", "rank")
_FORECASTS = frozenset(("预计", "预测", "预估", "估计"))
_FLOW_KINDS = ("actual", "growth_rate")  # (not a stock, a share, a rank nor a goal)
_YEAR_END = ("年末", "年底")
_CAUSING = ("带动", "拉动", "推动", "促进")
_ABOUT_SHARE = ("约占", "大约占", "約佔", "約占")
# nouns after X%的 that say what kind of figure it is, not what it is a share of (增长5%的目标)
_SHARE_NOT_NOUNS = frozenset(("目标", "水平", "速度", "幅度", "增幅", "增速", "比例", "比重",
                              "份额", "任务", "要求", "标准", "预期", "左右"))
# a bound written before the base of a share (不超过新车发票金额的20%)
_BOUND_BEFORE_BASE = re.compile(r"(不超过|不高于|不低于|不少于|不足|不到|最高|最多|至少)"
                                r"[^，,。；;]{1,15}的$")
_PRICE_BASIS = re.compile(r"扣除价格因素(?:后)?|按(?:可比|不变|现行?)(?:价格|价|口径)计算")
_WHOLE_OF = {"市": "全市", "省": "全省"}  # after a place of that level named in the sentence


def _flow_of_year(period: Period, indicator: str, kind: str) -> bool:
    """A year-end point (年末) dating a flow: a rate of change of something that is not a
    stock, or an amount or share named by a flow word (增加值, 产值, 投资)."""
    if (period.text not in _YEAR_END or period.end is None or period.start != period.end
            or kind not in ("growth_rate", "share", "actual")):
        return False
    lex = metric_lexicon()
    if any(w in indicator for w in lex.amount_stock) or any(
            w in indicator for w in lex.count_total_cues):
        return False  # 各项贷款余额…增长6.9%, 常住人口城镇化率: stocks at the year's end
    return kind == "growth_rate" or any(w in indicator for w in lex.actual_cues)


def _sentence_metrics(
    sent: Sentence,
    cands: Sequence[NumberCandidate],
    toks: Toks,
    spans: Sequence[PeriodSpan],
    inherited: PeriodSpan | None,
    target_heading: bool,
    doc_date: date | None,
    home_place: str | None,
    raw: str | None,
    carried: str | None = None,
    review_heading: bool = False,
    frame: PeriodSpan | None = None,
    anaphor: str | None = None,
    plan: PeriodSpan | None = None,
    annual: PeriodSpan | None = None,
) -> list[MetricRow]:
    """Metrics of one sentence; ``carried`` is the paragraph's last indicator so far;
    ``review_heading``: the section reviews results (a period not yet over is no plan);
    ``annual``: the year a yearly report's title names (its undated flows are that year's)."""
    lex = metric_lexicon()
    text = sent.text
    out: list[MetricRow] = []
    prev_indicator: str | None = None
    prev_subject: str | None = None
    prev_end = 0
    prev_kind: str | None = None
    prev_comma, prev_flow = -1, ""
    counts: list[tuple[int, NumberCandidate, str]] = []
    period_skip = [(p.start - comparison_length(text, p), p.end) for p in spans]
    if "扣除" in text or "计算" in text:  # 扣除价格因素实际增长5.0%: how a rate is measured
        period_skip += [(m.start(), m.end()) for m in _PRICE_BASIS.finditer(text)]
    lists = ListState()
    items = mark_positions(text, ITEM_MARKS)  # task marks < clause marks < item marks
    marks = [items, [i for i in items if text[i] in CLAUSE_MARKS],
             [i for i in items if text[i] in TASK_MARKS]]
    for cand in cands:
        item_start, comma_start, task_start = [
            at[i - 1] + 1 if (i := bisect_left(at, cand.start)) else 0 for at in marks]
        fine_start = max(item_start, min(prev_end, cand.start))
        if fine_start > comma_start and prev_end <= comma_start and _plain_list(
            text, comma_start, cand.start
        ):
            fine_start = comma_start  # 新建和改扩建中小学、幼儿园80所: the list is one name
        if sent.is_heading and " " in text[fine_start : cand.start]:
            # 前三季度西安经济运行稳中有进 GDP同比增长4.8%: a headline's space ends a phrase
            for gap in _HEADLINE_GAP.finditer(text, fine_start, cand.start):
                fine_start = gap.end()
        seg = tokens_in(toks, fine_start, cand.start) + _head_piece(toks, fine_start, cand.start)
        if cand.category == "rank" and cand.ordinal:
            # 增速居GDP十强城市第2位: what is ranked comes before the rank verb
            cut = max(text.rfind(v, fine_start, cand.start) for v in lex.rank_verbs)
            if cut >= 0:
                seg = tokens_in(toks, fine_start, cut)
        kept, _places = trim_phrase(seg, period_skip, home_place)
        if kept and kept[0].word in lex.comparison_words:
            kept = []  # 高于全国0.8个百分点: measured against something, same indicator
        indicator = phrase_text(kept, text)
        of_base = False
        if text.endswith("的", 0, cand.start):
            if indicator and text.startswith("为", fine_start):
                kept, indicator = [], ""  # 为预算的102.3%: the last indicator against a base
            elif text.startswith(_OF_PLAN_VERBS, fine_start) and any(
                    w in text[fine_start : cand.start] for w in _PLAN_BASES):
                # 完成年度计划的103%, 达全年预算数的97.6%, 完成全年目标的九成: the last
                # indicator against its plan (the plan's words, 全年 among them, are the base:
                # no goal, no period)
                kept, indicator, of_base = [], "", True
            elif indicator and "按" in indicator:
                indicator = indicator[: indicator.index("按")]  # 预备费按…支出的2%设置
        if indicator and len(indicator) > 4:
            caused = max((indicator.rfind(v) + len(v) for v in _CAUSING
                          if indicator.rfind(v) > 0), default=0)
            if 0 < caused < len(indicator) - 1:
                indicator = indicator[caused:]  # 以旧换新带动家电类零售额增长两成: what grew
        gap_start = kept[-1].end if kept else fine_start
        gap = text[gap_start : cand.start]
        if kept and indicator:
            joined = "".join([t.word for t in kept])
            at = joined.rfind(indicator)
            if at >= 0:
                gap = joined[at + len(indicator) :] + gap  # 价格上涨 tagged as one word
        listed, resp_pos, first = split_by_respectively(text, cand, cands, spans, toks, lists,
                                                         comma_start)
        list_place: str | None = None
        if listed:
            indicator, list_place = listed
        qualifier, qualifier_text = cand.qualifier, cand.qualifier_text
        if qualifier == "none":
            qualifier, qualifier_text = _qualifier_before_verb(text, cand.start)
            if qualifier == "none" and text.startswith(_ABOUT_SHARE, comma_start):
                # 约占全省产量的三分之一: 约 bounds the share, across the words of its base
                qualifier, qualifier_text = "about", text[comma_start : text.index(
                    "占", comma_start)]
            elif qualifier == "none" and cand.category == "percent" and text.endswith(
                    "的", 0, cand.start):
                bound = _BOUND_BEFORE_BASE.search(text, comma_start, cand.start)
                if bound is not None:  # 补贴资金不超过新车发票金额的20%: the bound holds
                    qualifier_text = bound.group(1)  # across the share's base
                    qualifier = lex.qual_before[qualifier_text]
                    if indicator and qualifier_text in indicator:
                        indicator = indicator[: indicator.index(qualifier_text)] or indicator
            if qualifier_text and indicator and not listed:
                # 每间企业最高可获60万元: the bound and the grant verb are no part of the name
                at = indicator.rfind(qualifier_text)
                if at > 0 and indicator[at + len(qualifier_text) :] in lex.grant_verbs:
                    indicator = indicator[:at]
        if resp_pos >= 0:
            gap = text[resp_pos : (first or cand).start]
            if first is not None and first is not cand and qualifier == "none" and (
                first.qualifier_text in lex.qual_before_words
            ):
                qualifier, qualifier_text = first.qualifier, first.qualifier_text
        counted = False
        if (cand.category == "percent" and not listed and text.startswith("的", cand.end)
                and text[cand.start].isdigit() and _noun_follows(text, cand.end + 1)
                and not _changes_before(gap)
                and not (indicator and indicator.endswith(lex.share_cues))):
            # 贡献了全市70%以上的地区生产总值、80%以上的税收: the share is of the noun after 的
            found = _SHARE_OF.match(text, cand.end + 1)
            noun = found.group() if found is not None else ""
            if 2 <= len(noun) <= 10 and noun not in _SHARE_NOT_NOUNS:
                indicator = noun
        if cand.category in ("count", None) and not listed and _noun_follows(text, cand.end):
            # Num + measure word + noun (建成 100 个智能工厂): the noun is what is counted
            after = _tail_piece(toks, cand.end) + tokens_in(toks, cand.end, len(text))
            noun = noun_after(after, text)
            if noun and noun not in lex.weak_count_nouns:
                indicator = _flow_verb_before(text, comma_start, cand.start) + noun
                counted = True
                if _after_causative(text, comma_start, cand.start, kept):
                    # 推动23座商业综合体建成投运: what is counted is the event caused
                    indicator = _caused_event(text, cand.end, indicator) or indicator
        elif (
            indicator and prev_flow and comma_start == prev_comma
            and "、" in text[prev_end : cand.start]
            and not indicator.startswith(lex.flow_verbs)
        ):
            indicator = prev_flow + indicator  # 新建天府绿道453公里、各类公园60个
        if not indicator and cand.ordinal and prev_kind == "growth_rate":
            indicator = "增速"  # 增长了44%，排全国第二位: the growth is what is ranked
        rate_of = None
        if indicator in _flow_words():
            indicator = ""  # 比年初新增4200个: the verb alone names nothing, the last name holds
        if not indicator:
            indicator = prev_indicator or carried  # 其中，杭州、宁波分别增长…: the last one named
            if (indicator and cand.category == "point" and prev_kind == "growth_rate"
                    and not indicator.endswith(_RATE_NAMES)):
                # 增长5.6%，高于全省0.3个百分点 / 比一季度加快0.2个百分点: the points compare
                # the growth rate (what follows still names the indicator itself)
                rate_of, indicator = indicator, indicator + "增速"
        indicator = merge_generic(indicator, prev_indicator) if indicator else indicator
        if indicator and (prev_indicator or carried):
            indicator = _of_last(indicator, prev_indicator or carried, cand, text)
        period = choose_period(text, cand, [p for p in spans if not (
            fine_start <= p.start < cand.start)] if of_base else spans, inherited, toks,
                                (item_start, comma_start, task_start))
        span = frame
        if span is not None and plan is not None and (
                span.period.start == span.period.end or span.period.start.year  # type: ignore[union-attr]
                == span.period.end.year):  # type: ignore[union-attr]
            span = plan  # a lead naming one year (到2028年…目标如下：): the plan's years
        if span is not None and period.end is not None and period.start is not None and (
            period.start.year == period.end.year == span.period.end.year  # type: ignore[union-attr]
            and span.period.start.year < period.start.year  # type: ignore[union-attr]
            and any(w in text[comma_start : cand.start] for w in lex.yearly_cues)
        ):
            period = span.period  # 到2030年…年均增长15%: every year of the plan
        comma_lo, comma_hi = span_of(toks, comma_start, cand.start)
        comma_toks = toks[comma_lo:comma_hi]
        # in a section reviewing results, a goal word of another clause (…预计明年竣工，全年共
        #完成…) is not this number's
        cue_words = toks.words[slice(*span_of(
            toks, comma_start if review_heading else task_start, cand.start))]
        cued = not of_base and (target_heading or has_target_cue(cue_words))
        if (cued and not target_heading and doc_date is not None and period.end is not None
                and period.end < doc_date and _FORECASTS.intersection(cue_words)
                and not has_target_cue([w for w in cue_words if w not in _FORECASTS])):
            # 预计全年实现地区生产总值13698亿元 in January: an estimate of a year already over,
            # a result (a forecast is a goal only for a period not yet over)
            cued = False
        if not cued:
            period = last_year_report(period, doc_date)
        is_target = cued or (not review_heading and future_period(
            period, doc_date, toks.words[comma_lo:comma_hi]))
        if is_target and text.endswith("由", 0, cand.start) and _TO_LEVEL.match(text, cand.end):
            # 由10%降至6%: the level a planned change starts from is the present one
            is_target, period = False, NO_PERIOD
        clause_text = text[comma_start : cand.start]
        kind = classify(cand, indicator or "", gap, clause_text, is_target)
        if cand.category == "count" and _scopes_plan(clause_text):
            kind, period = "other", NO_PERIOD  # 围绕…等6大重点领域: the frame of a plan
        if kind in _STOCK_KINDS and (period.text or "").endswith("以来") and not (
            period.text in clause_text or any(c in clause_text for c in lex.cumulative_cues)
        ):
            period = NO_PERIOD  # 2017年…以来，…，人才总量达651万: a stock is not a since-span
        if (inherited is not None and period is inherited.period
                and _flow_of_year(period, indicator or "", kind)):
            # 年末全区规模以上工业企业412家。分经济类型看，国有控股企业增加值增长3.2%: a year-end
            # named in an earlier sentence dates its stocks; a flow, or its growth, is the year's
            period = Period(text=period.text, start=date(period.end.year, 1, 1),  # type: ignore[union-attr]
                            end=period.end)
        if annual is not None and "报告期" in text:
            period = _report_period(text, cand.start, spans, annual) or period
        if annual is not None and period is NO_PERIOD and kind in _FLOW_KINDS:
            period = annual.period  # 地区生产总值6523.18亿元 in a 2024 bulletin: 2024's
        value, high = cand.value, cand.value_high
        if cand.category in ("percent", "point", "multiple", "ratio") and value > 0 and (
                cand.unit is None if cand.category == "ratio" else True) and is_decline(gap):
            value, high = -value, (-high if high is not None else None)
        if list_place is not None:
            subject: str | None = "" if is_home(list_place, home_place) else list_place
        else:
            subject = named_subject(toks, text, comma_start, cand.start, home_place, comma_toks,
                                    joint=True)
        if subject is None and comma_start > task_start:
            subject = prev_subject  # 德阳市GDP增长6%，工业增长5%: the place carries over
            if subject is None and not out and comma_start - task_start <= TOPIC_CLAUSE:
                # 洛阳紧随其后，一季度实现…: a place that leads a short first clause is the
                # sentence's topic
                subject = topic_place(toks, text, task_start, comma_start, home_place)
        elif (subject == "" and prev_subject and prev_subject[-1] in _WHOLE_OF
                and _WHOLE_OF[prev_subject[-1]] in text[comma_start : cand.start]
                and not (home_place and home_place.rstrip("市省") in text[comma_start:cand.start])):
            subject = prev_subject  # 宁德市…增长11.5%，锂电产值占全市工业的比重…: 全市 is 宁德's
        if subject is None and anaphor is not None and ANAPHOR.search(text, 0, cand.start):
            subject = anaphor  # 该市 names the place of the sentence before
        prev_subject = subject
        subject = subject or None
        indicator = strip_home(indicator or "", home_place)
        if subject and indicator and indicator.startswith(subject):
            indicator = indicator[len(subject) :] or indicator
        if subject:
            subject = short_place(subject)
        nameless = bool(indicator) and _no_name(indicator)
        if nameless:
            indicator = ""  # 29个实现增长, 由2.6张提升至, 连续12年稳定在: no name of a thing
        index = sent.raw_index
        cs, ce = (index.span(cand.start, cand.end) if index.__class__ is RunIndex
                  else sent.raw_span(cand.start, cand.end))
        quote = raw[cs:ce] if raw is not None else text[cand.start : cand.end]
        out.append(new_row(MetricRow, (
            sent.sent_no, quote, cs, ce, indicator or None, subject, float(value),
            float(high) if high is not None else None, cand.unit_raw,
            scaled(float(value), cand.multiplier), cand.unit, kind, qualifier, qualifier_text,
            period.text, period.start, period.end,
            OF_PLAN if of_base
            else _basis(clause_text, period) or _change_basis(clause_text, cand, text),
            scaled(float(high), cand.multiplier) if high is not None else None)))
        prev_indicator = None if nameless else rate_of or indicator or prev_indicator
        prev_end = cand.end
        prev_kind, prev_comma = kind, comma_start
        prev_flow = _leading_flow_verb(indicator) if indicator else ""
        if counted:
            counts.append((len(out) - 1, cand, indicator or ""))
    return _share_heads(out, counts, text)


def _changes_before(gap: str) -> bool:
    """A verb of change or a link right before the number (增长5%的, 达到30%的, 占): the number
    is a rate or a level of the name before, whatever follows it."""
    return any(w in gap for w in _LINKS_BEFORE_SHARE) or any(
        w in gap for w in metric_lexicon().growth_cues)


_LINKS_BEFORE_SHARE = ("达", "为", "是", "占", "超", "逾", "近", "约")
# the noun a share written before it is of: up to the next item or clause mark (…的城镇就业)
_SHARE_OF = re.compile(r"[\u4e00-\u9fff]+?(?=[、，,；;。和及与：:（(]|$)")


def _report_period(text: str, pos: int, spans: Sequence[PeriodSpan], annual: PeriodSpan
                   ) -> Period | None:
    """截至报告期末 / 报告期内 in a yearly report: the end of the title's year, or the year, when
    no time expression of the sentence stands between it and the number (累计 aside)."""
    at = text.rfind("报告期", 0, pos)
    if at < 0 or any(p.start > at and p.end <= pos and p.text not in LOCAL_PERIODS
                     for p in spans):
        return None
    if text.startswith(("报告期末", "报告期期末"), at):
        end = annual.period.end
        word = "截至报告期末" if text.endswith("截至", 0, at) else "报告期末"
        return Period(text=word, start=end, end=end)
    if text.startswith("报告期内", at):
        return Period(text="报告期内", start=annual.period.start, end=annual.period.end)
    return None


_TOTAL_WORDS = frozenset({"总数", "总量", "总规模", "总额"})
_AS_MUCH_AS = "相当于"


def _of_last(indicator: str, last: str, cand: NumberCandidate, text: str) -> str:
    """A name that only points back at the last one named: 总数达到10300家 after
    新增国家高新技术企业1800家 is the total of those (国家高新技术企业总数: the flow verb is
    not the total's); 相当于地区生产总值的3.27% after an amount is that amount's share of the
    base (R&D经费支出占地区生产总值比重)."""
    if indicator in _TOTAL_WORDS:
        return last[len(_leading_flow_verb(last)) :] + indicator
    if (indicator.startswith(_AS_MUCH_AS) and len(indicator) > len(_AS_MUCH_AS)
            and cand.category == "percent" and text.endswith("的", 0, cand.start)):
        return f"{last}占{indicator[len(_AS_MUCH_AS) :]}比重"
    return indicator


# 比上年末增加22.3万人, 比初步核算数增加112.7亿元, 比年初新增4200个: an amount after a comparison
# and a verb of change is the difference, not a level of the indicator
_CHANGE_BEFORE = re.compile(
    r"(?:比|较)[^，,；;。]{0,14}?(?:增加|减少|增长|下降|新增|净增|净减|多|少)了?"
    r"(?:超过|超|逾|近|约)?$")
# 扣除价格因素实际增长4.8%: a real rate, beside the nominal one (比上年增长5.0%, 名义增长5.0%). A
# sentence that names no nominal rate uses 实际 of the only rate it gives (地区生产总值…按可比价格
# 计算，比上年实际增长5.2%: GDP growth is always real), which stays in the indicator's series.
_REAL_BEFORE = re.compile(r"实际(?:增长|下降|增|降)$")
_NOMINAL_BESIDE = re.compile(r"名义|扣除(?:价格|物价)因素")
_NOT_AMOUNTS = frozenset({"percent", "point", "multiple", "ratio", "rank"})


def _change_basis(clause: str, cand: NumberCandidate, sentence: str) -> str | None:
    """change (比上年末增加22.3万人: the difference from the base) or real (实际增长4.8%: the rate
    after prices, in a sentence that also gives the nominal one), two readings a series must not
    mix with the level or the nominal rate; their indicator_key carries 增减 / 实际
    (canonical.series_key)."""
    if "比" not in clause and "较" not in clause and "实际" not in clause:
        return None  # the common case
    if cand.category == "percent":
        return ("real" if _REAL_BEFORE.search(clause) and _NOMINAL_BESIDE.search(sentence)
                else None)
    if cand.category in _NOT_AMOUNTS or not _CHANGE_BEFORE.search(clause):
        return None
    return "change"


def _basis(clause: str, period: Period = NO_PERIOD) -> str | None:
    """per_year (每年新增…, 年均增长…), cumulative (累计…, 五年共…) or month_on_month (环比增长…):
    the cue nearest the number in its clause; None when the clause has none."""
    lex = metric_lexicon()
    if ("年" not in clause and "计" not in clause and "积" not in clause
            and not any(w in clause for w in lex.month_basis_cues)):
        return None  # the common case: no cue can be there
    per_year = max((clause.rfind(w) for w in lex.per_year_cues), default=-1)
    total = max((clause.rfind(w) for w in lex.cumulative_basis_cues), default=-1)
    month = max((clause.rfind(w) for w in lex.month_basis_cues), default=-1)
    if per_year < 0 and total < 0 and month < 0:
        return None
    if total >= 0 and total > per_year and total > month and clause.startswith(
            _ITEM_SUMS, total) and _ITEMS_NAMED.search(clause, 0, total) and not (
            period.start is not None and period.end is not None
            and period.start.year < period.end.year):
        # 合肥、西安两大生产基地年产能合计达到60万辆: 合计 after a list or a count of items adds
        # the items up, not years (a sum over years names its span: 五年合计)
        return None
    if month > per_year and month > total:
        if _RATE_AFTER.match(clause, month + 2):  # 环比增长 / 按月上升, not 按月发放
            return MONTH_ON_MONTH
        month = -1
        if per_year < 0 and total < 0:
            return None
    return "per_year" if per_year > total else "cumulative"


MONTH_ON_MONTH = "month_on_month"  # 环比: against the period before
OF_PLAN = "of_plan"  # 完成全年目标的25.5%: the share of the plan done, not a rate of the indicator
_ITEM_SUMS = ("合计", "共计", "总计")
_ITEMS_NAMED = re.compile(r"[两二三四五六七八九十\d]+(?:大|个|家|座|所|条|项|类)|、")
_RATE_AFTER = re.compile(r"(?:分别|均|则)?(?:增长|下降|上升|上涨|下跌|回落|减少|增加|提高"
                         r"|下滑|回升|持平|增|降|涨|跌)")


def _leading_flow_verb(text: str) -> str:
    """The first flow verb (in the lexicon's order) that ``text`` starts with, else ""."""
    found = _flow_verb_regex().match(text)
    return found.group() if found is not None else ""


@cache
def _flow_verb_regex() -> re.Pattern[str]:
    """The flow verbs as one alternation in the lexicon's order: a match at the start is the
    first verb of that order the text starts with (alternatives are tried in turn)."""
    verbs = metric_lexicon().flow_verbs
    return re.compile("|".join(re.escape(v) for v in verbs) if verbs else "(?!)")


def _last_starting_before(toks: Sequence[Tok], pos: int) -> int:
    """Index of the last token starting at or before ``pos`` (-1 if none)."""
    if isinstance(toks, Toks):
        return bisect_right(toks.starts, pos) - 1
    return bisect_right(toks, pos, key=_START) - 1


def _head_piece(toks: Sequence[Tok], start: int, pos: int) -> list[Tok]:
    """The part before ``pos`` of a word the number's quote cuts (办结率|达100%)."""
    i = _last_starting_before(toks, pos)
    if i >= 0 and toks[i].start < pos < toks[i].end and toks[i].start >= start:
        t = toks[i]
        return [Tok(t.word[: pos - t.start], t.pos, t.start, pos)]
    return []


def _tail_piece(toks: Sequence[Tok], pos: int) -> list[Tok]:
    """The part after ``pos`` of a word the number's quote cuts (18|项可感 -> 可感)."""
    i = _last_starting_before(toks, pos)
    if i >= 0 and toks[i].start < pos < toks[i].end:
        t = toks[i]
        return [Tok(t.word[pos - t.start :], t.pos, pos, t.end)]
    return []


def _plain_list(text: str, start: int, end: int) -> bool:
    """``A、B`` before a number names one thing when no item has its own verb or number."""
    part = text[start:end]
    return "、" in part and len(part) <= metric_lexicon().indicator_max_chars + 4


def _governing_verb(text: str, start: int, pos: int, verbs: tuple[str, ...]) -> str:
    """The verb of ``verbs`` that governs a count: written right before it (建成100个), or
    before a list of examples closed by 等 (建设天眉乐等6条, 推动A、B等10大)."""
    clause = text[start:pos].replace(" ", "").replace("\n", "")
    if clause.endswith(verbs):
        return next(v for v in verbs if clause.endswith(v))
    if not clause.endswith("等") or not any(v in clause for v in verbs):
        return ""
    lex = metric_lexicon()
    changed = True
    while changed:
        changed = False
        for w in lex.prefix_words:
            if clause.startswith(w) and not clause.startswith(verbs):
                clause, changed = clause[len(w) :], True
    return next((v for v in verbs if clause.startswith(v)), "")


def _flow_verb_before(text: str, start: int, pos: int) -> str:
    return _governing_verb(text, start, pos, metric_lexicon().flow_verbs)


def _after_causative(text: str, start: int, pos: int, kept: Sequence[Tok]) -> bool:
    """A causative verb governs the count: 推动23座…, 推动核聚变能、量子科技等10大…"""
    return bool(_governing_verb(text, start, pos, metric_lexicon().causative_verbs))


def _caused_event(text: str, pos: int, noun: str) -> str:
    """The rest of the clause after a caused count: its noun and what happens to it."""
    end = clause_end(text, pos, ITEM_MARKS)
    event = re.sub(r"[\s“”\"‘’《》]", "", text[pos:end])
    event = event.lstrip(metric_lexicon().measure_chars)
    if noun.endswith(event) or len(event) > metric_lexicon().indicator_max_chars:
        return ""
    verb = next((v for v in metric_lexicon().flow_verbs if noun.startswith(v)), "")
    return verb + event


def _scopes_plan(clause: str) -> bool:
    """围绕/聚焦… + a count: the count frames a plan (its fields, tasks), it is not a goal.

    The scope verb leads the clause: only a cue or time word (要, 下半年要) may come before it.
    """
    regex, longest = _scope_regex()
    clause = clause.strip()
    # the first scope verb, searched only where one starting within the lead can lie
    found = regex.search(clause, 0, _SCOPE_LEAD + longest)
    return found is not None and found.start() <= _SCOPE_LEAD


@cache
def _scope_regex() -> tuple[re.Pattern[str], int]:
    """The scope verbs as one alternation, and the longest one's length."""
    verbs = metric_lexicon().scope_verbs
    if not verbs:
        return re.compile("(?!)"), 0
    return re.compile("|".join(re.escape(v) for v in verbs)), max(map(len, verbs))


_SCOPE_LEAD = 6


def _share_heads(
    out: list[MetricRow], counts: Sequence[tuple[int, NumberCandidate, str]], text: str
) -> list[MetricRow]:
    """1个万亿级、10个千亿级和9个国家级产业集群: the last item's head noun is shared."""
    suffixes = metric_lexicon().modifier_suffixes
    for (i, a, ind_a), (j, b, _) in zip(reversed(counts[:-1]), reversed(counts[1:]), strict=True):
        between = text[a.end : b.start].strip()
        noun_b = out[j].indicator or ""
        if (
            j != i + 1 or not between or between[-1] not in "、和及与"
            or not ind_a.endswith(between[:-1].strip() or "\0")
            or not ind_a.endswith(suffixes)
        ):
            continue
        cut = next((k + 1 for k, ch in enumerate(noun_b) if ch in suffixes), 0)
        if 0 < cut < len(noun_b):
            out[i] = out[i].model_copy(update={"indicator": ind_a + noun_b[cut:]})
    return out


def _qualifier_before_verb(text: str, pos: int) -> tuple[str, str | None]:
    """至少新创建 1 家, 最高可获60万元: a bound written before the verb of the count, or of a
    grant, still bounds it."""
    lex = metric_lexicon()
    before = text[max(0, pos - 10) : pos].replace(" ", "").replace("\n", "")
    if not before.endswith(lex.bound_verbs):
        return "none", None
    for verb in lex.bound_verbs:
        if before.endswith(verb):
            head = before[: -len(verb)]
            word = next((q for q in lex.qual_before if len(q) > 1 and head.endswith(q)), None)
            if word is not None:
                return lex.qual_before[word], word
    return "none", None


def _plan_period(out: list[MetricRow], blocks: Sequence[int], doc_date: date | None
                 ) -> list[MetricRow]:
    """A plan paragraph whose dated targets all share one future period (下半年, 全年): its
    targets without a period of their own share it too, wherever the period is written (a
    period stated later in the paragraph: …增长10%以上；…确保全年净增…)."""
    if doc_date is None:
        return out
    plans: dict[int, set[tuple[str | None, date, date]]] = {}
    for m, block in zip(out, blocks, strict=True):
        if (
            m.kind == "target" and m.period_start is not None and m.period_end is not None
            and m.period_start != m.period_end
        ):
            plans.setdefault(block, set()).add((m.period_text, m.period_start, m.period_end))
    if not plans:
        return out
    filled = list(out)
    for i, (m, block) in enumerate(zip(out, blocks, strict=True)):
        found = plans.get(block)
        if m.kind != "target" or m.period_start is not None or not found or len(found) != 1:
            continue
        text, start, end = next(iter(found))
        if end > doc_date:
            filled[i] = m.model_copy(
                update={"period_text": text, "period_start": start, "period_end": end}
            )
    return filled
