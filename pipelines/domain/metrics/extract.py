"""Dated metric extraction: sentences in, :class:`records.Metric` rows out.

:func:`extract_metrics` walks a document's reading units (:class:`Walk` holds what the units
read so far leave for the next): each unit with numbers gets its :class:`.reading.SentenceScope`
(:func:`_unit_scope`), is read number by number (:func:`_sentence_metrics`), leaves the place it
goes on with for the next (:func:`_carry_topic`) and is fitted to its paragraph
(:func:`in_paragraph`); the whole document's passes come last (:func:`document_passes`).

For each number candidate of a sentence, :func:`_sentence_metrics` runs the passes in turn,
each filling in the number's :class:`.reading.Reading`: its name (:func:`_name`: :mod:`.naming`,
:mod:`.names_before`, :mod:`.names_after`, :mod:`.names_from_earlier`,
its bound :mod:`.qualifiers`, a 分别 list :mod:`.lists`; then the special cases of
:mod:`.name_overrides`), its period and whether it is a goal (:func:`_period_and_target`: own
clause, else the sentence, else earlier sentences of the paragraph, else the headings:
:mod:`.period_choice`, :mod:`.goal_words`), its kind and sign (:func:`_kind`: :mod:`.kind`,
:mod:`.change_words`, then :mod:`.kind_overrides`), its subject (:func:`_subject`:
:mod:`.subjects`), its basis (:mod:`.basis`) and raw offsets for the quote (:func:`_row`).

Periods that name no year (全年, 年末, 前三季度) belong to the year the text is talking about: the
last year named earlier in the sentence or paragraph, else in the headings or the title (a 2023
statistics bulletin published in 2024), else the document's own year. A period written after
比/较 (比上年, 比2019年) is the base of a comparison, never the period of the number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Mapping, Sequence
from datetime import date
from functools import lru_cache

from pipelines.domain.cleaning.lexicon import heading_rules
from pipelines.domain.cleaning.script import script_and_simplified
from pipelines.domain.metrics.basis import basis_of
from pipelines.domain.metrics.candidate_pass import find_candidates
from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.change_words import glued_move, holds_any, signed_value
from pipelines.domain.metrics.clauses import RUN_IN_TITLE, span_of, tokens_of
from pipelines.domain.metrics.context import NO_HEADING, Context
from pipelines.domain.metrics.counts import noun_before, share_heads
from pipelines.domain.metrics.document_passes import (
    document_passes,
    outline_item,
    read_table_cells,
)
from pipelines.domain.metrics.goal_words import starts_a_change, target_of
from pipelines.domain.metrics.home import (
    home_from_masthead,
    home_from_title,
    infer_home_place,
    paper_city_home,
    settled_home,
)
from pipelines.domain.metrics.kind import is_density, kind_of, stands_at_a_day
from pipelines.domain.metrics.kind_overrides import (
    UNCHANGED,
    earlier_rate,
    rekinded,
)
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.lists import list_gap, listed_period, split_by_respectively
from pipelines.domain.metrics.name_overrides import renamed, streak_or_rank_named
from pipelines.domain.metrics.names_after import figure_caption, name_after
from pipelines.domain.metrics.names_before import gap_before, name_before
from pipelines.domain.metrics.names_from_earlier import name_from_earlier, with_last_name
from pipelines.domain.metrics.naming import apart_from_subject, leading_flow_verb, name_start
from pipelines.domain.metrics.paragraph_rows import in_paragraph
from pipelines.domain.metrics.period_choice import (
    EVERY_YEAR,
    EVERY_YEAR_PERIOD,
    LENGTH_ONLY,
    PRESENT,
    choose_period,
    counted_over,
    same_length_frame,
    summed_over_list,
)
from pipelines.domain.metrics.period_events import (
    forecast_made,
    names_event,
    opened_on,
    record_set_in,
)
from pipelines.domain.metrics.period_kinds import period_of_kind
from pipelines.domain.metrics.period_spans import (
    COMPARED_WITH,
    NO_PERIOD,
    base_figure,
    contextualize,
    scoped_spans,
)
from pipelines.domain.metrics.plan_periods import (
    plan_goal_period,
    plan_years,
    years_grown_over,
)
from pipelines.domain.metrics.qualifiers import compared_standard_name, list_closing_bound, qualify
from pipelines.domain.metrics.ranked_changes import falls, ranked_change
from pipelines.domain.metrics.reading import Reading, SentenceScope, SoFar
from pipelines.domain.metrics.reading_units import Unit, as_is, reading_units
from pipelines.domain.metrics.release_periods import earlier_level, span_before
from pipelines.domain.metrics.restate import restate
from pipelines.domain.metrics.rows import MetricRow, new_row
from pipelines.domain.metrics.run_index import RunIndex
from pipelines.domain.metrics.short_lines import mend_short_lines
from pipelines.domain.metrics.subjects import (
    anaphor_place,
    partner_goes_on,
    refers_back,
    subject_of,
)
from pipelines.domain.metrics.tagging import LazyTags, tags_for
from pipelines.domain.metrics.text_events import holiday_length_at
from pipelines.domain.metrics.walk import Walk
from pipelines.domain.numbers import scaled
from pipelines.domain.periods import (
    PeriodSpan,
    find_periods,
)
from pipelines.domain.records import Metric, Period, Sentence

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
    fill = offsets or as_is
    reading = _reading(raw)
    if home_place is None and infer_home:
        home_place = settled_home(home_from_title(reading) or _inferred_home(sentences, tags),
                                 (s.text for s in sentences))
        home_place = paper_city_home(home_place, reading, (s.text for s in sentences))
    if home_place is None and reading is not None:
        # 江西日报  2024年4月19日 over a page naming its place only as 全省: the paper's place
        home_place = home_from_masthead(reading)
    # a phone article's blocks of short lines read as clauses (区级财政安排⏎消费券资金3000万元)
    sentences, tags = mend_short_lines(sentences, tags, raw, fill)
    units = reading_units(sentences, fill)
    walk = Walk.of(sentences, tags, doc_date, home_place, raw, reading)
    found = _unit_candidates(units, tags, may_count)
    for unit, cands in zip(units, found, strict=True):
        sent = unit.sentence
        if sent.is_heading:
            walk.ctx.see_heading(sent)
        else:
            walk.ctx.see_body(sent)
        if cands:
            sent = fill(sent)  # (a merged unit's sentence has its offsets already)
            cands = _read_unit(walk, unit, sent, cands)  # those its words keep
        if walk.tables:  # (cleaning may take an indented row for a heading)
            read_table_cells(walk, unit, fill)
        if not sent.is_heading:
            walk.ctx.add(unit.block_no, sent)
            walk.item = None if cands else outline_item(unit.block_no, sent.text)
    found_rows = document_passes(walk, sentences)
    return found_rows if rows else [m.to_record() for m in found_rows]


@lru_cache(maxsize=4)  # (a long document's slices are read one after another)
def _reading(raw: str | None) -> str | None:
    """The raw text as the sentences read it: a Traditional page in its Simplified form, of the
    same length (a table's header 萬標箱, a heading's 目標, a title's 年度 are read in the
    Simplified words the lexicons hold); quotes are still cut from ``raw``."""
    return raw if raw is None else script_and_simplified(raw)[1]


# a WeChat byline's date, time and IP location (岳西发布 2025年12月26日 18:30 安徽): where the
# account posted from, no place the text speaks of
_BYLINE_PLACE = re.compile(r"\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}\s*[\u4e00-\u9fff]{2,3}\s*$")


def _inferred_home(sentences: Sequence[Sentence],
                   tags: Mapping[int, Sequence[tuple[str, str]]]) -> str | None:
    """The document's own place, from its first sentences (a text names it early and often)."""
    home = [s for s in sentences[:HOME_SENTENCES]
            if ":" not in s.text or _BYLINE_PLACE.search(s.text) is None]
    if isinstance(tags, LazyTags):  # only the clauses that may name a place are tagged
        return infer_home_place([tags.place_tags(home)])
    return infer_home_place(tags_for(s, tags) for s in home)


def _unit_candidates(units: Sequence[Unit], tags: Mapping[int, Sequence[tuple[str, str]]],
                     may_count: Container[int] | None) -> list[list[NumberCandidate]]:
    """The number candidates of each unit, found up front so that the units read word by word
    are tagged in one call; a heading is searched only if it holds a digit or a Chinese share."""
    found = [_candidates_of(u.sentence.text)
             if (not u.sentence.is_heading or _has_digit(u.sentence.text)
                 or _CN_SHARE.search(u.sentence.text) is not None)
             and (may_count is None or u.sentence.sent_no in may_count or len(u.parts) > 1)
             else [] for u in units]
    if isinstance(tags, LazyTags):  # the sentences read word by word, tagged in one call
        tags.prefetch(p.sent_no for u, c in zip(units, found, strict=True) if c for p in u.parts)
    return found


def _read_unit(walk: Walk, unit: Unit, sent: Sentence,
               cands: list[NumberCandidate]) -> list[NumberCandidate]:
    """Read the numbers of one unit (``sent``: its sentence with offsets) into ``walk``, and
    return the candidates kept (an empty list lets a short line name an outline item)."""
    scope = _unit_scope(walk, unit, sent, cands)
    metrics = _sentence_metrics(scope, walk.stocks_if_dated, walk.goals_by_date)
    walk.prior = _carry_topic(metrics, scope.text, unit.block_no, scope.prior_subject)
    goes_on = scope.text.rstrip().endswith(("；", ";"))
    walk.prior_goal = ((unit.block_no, scope.toks.words)
                       if metrics and metrics[-1].kind == "target" and goes_on else None)
    metrics = in_paragraph(walk, unit.block_no, scope.text, metrics)
    walk.prior_rows = (unit.block_no, metrics) if metrics and goes_on else None
    if metrics and metrics[-1].indicator:
        walk.ctx.indicators[unit.block_no] = metrics[-1].indicator
    walk.add(unit.block_no, unit.renumber(metrics))
    return scope.cands


def _of_the_release(ctx: Context, text: str, year: int | None) -> int | None:
    """The year a sentence's bare months are in. A year ahead of the document's named before
    it in its paragraph (a forecast: 115年經濟成長率預測為2.96%) does not carry to a sentence
    naming a month and no goal (另據本部統計，11月外銷訂單金額為…): a release's months are of its
    title's year, when that year is not ahead of the document's."""
    doc, title = ctx.doc_date, ctx.title_year
    if year is None or doc is None or title is None or not title <= doc.year < year:
        return year
    if _MONTH.search(text) is None or any(w in text for w in metric_lexicon().target_cues):
        return year
    return title


_MONTH = re.compile(r"(?<![\d年])\d{1,2}月")


def _unit_scope(walk: Walk, unit: Unit, sent: Sentence,
                cands: list[NumberCandidate]) -> SentenceScope:
    """What the passes over one unit's numbers read: its periods, tokens and the candidates
    its words keep, its section's kind, the period and plan it inherits, the place 该 refers
    to and the place the sentence before went on with."""
    ctx, text, path, block_no = walk.ctx, sent.text, sent.heading_path, unit.block_no
    year = _of_the_release(ctx, text, ctx.year_before(block_no, path))
    # found once: later sentences of the paragraph read them again as context
    spans = contextualize(ctx.spans_of(sent), text, year, walk.doc_date,
                          ctx.heading_year(path))
    named = [p for p in spans if names_event(text, p)] if spans else []
    if spans:
        spans = [p for p in spans if not names_event(text, p) and not forecast_made(text, p)
                 and not record_set_in(text, p)]
    toks = tokens_of(text, *unit.columns(walk.tags))
    cands = [c for c in cands if (not c.noun_before or noun_before(toks, c.start, c.unit)
                                  or c.multiplier >= _TEN_THOUSAND  # (产能提升至3万片: no
                                  # policy is named by tens of thousands of its articles)
                                  or _count_change(text, c, cands))
             and not (c.unit == _DAY and holiday_length_at(text, c.num_start))]
    target_heading, review_heading = ctx.section_kind(path) if path else NO_HEADING
    # the plan's years: from a paragraph introducing this one (…“十五五”时期…目标是：),
    # else from the document's title (not in a section reviewing the past)
    frame = (ctx.leads.get(path) if ctx.leads else None) or (
        ctx.plan if not review_heading else None)
    inherited = (ctx.block_period(block_no, year, path) or ctx.continued_period(
        block_no, year, path, _opening(ctx, block_no, sent)) or frame or _heading_period(
        ctx, sent, year, target_heading or review_heading) or ctx.broken_down_period(
        block_no, year, path, _opening(ctx, block_no, sent)))
    if spans and _YEARS_SUMMED in text and (frame_of := _length_frame(ctx, block_no, spans)):
        inherited = frame_of  # 2021年至2023年，…。其中，2021年…；2023年…。三年累计…: the years the
        # paragraph opened with, not its last year named
    if inherited is not None and not spans and _of_a_stock(text):
        inherited = ctx.block_as_of(block_no, inherited)
    if inherited is not None and any(_same_span(p.period, inherited.period) for p in named):
        # 2025年度利润分配预案 under a title's 2025年: the year the sentence gives as a name
        # does not come back to date its figures from outside
        inherited = None
    anaphor = (anaphor_place(ctx.blocks.get(block_no), walk.tags, walk.home_place, text)
               if refers_back(text) else None)
    return SentenceScope(
        sent, cands, toks, spans, inherited, target_heading, walk.doc_date, walk.home_place,
        walk.raw, _topic(text) or ctx.indicators.get(block_no) or _run_in_title(ctx, block_no),
        review_heading, frame, anaphor,
        ctx.plan or ctx.reviewed_plan, ctx.annual, walk.prior_subject(block_no), ctx.audit,
        walk.prior_goal[1] if walk.prior_goal and walk.prior_goal[0] == block_no else (),
        walk.prior_rows[1] if walk.prior_rows and walk.prior_rows[0] == block_no else (),
        [p for p in named if opened_on(text, p)] if named else (), walk.firms,
        years=_years_frame(ctx, block_no) if (
            _YEARLY_MEAN in text and inherited is not None and _one_year(inherited.period))
        else None, title_year=_title_whole_year(ctx))


_YEAR_WRITTEN = re.compile(r"\d{4}|[〇零一二三四五六七八九]{4}")  # (not 全年, 今年: relative)


def _title_whole_year(ctx: Context) -> Period | None:
    """The one whole year the title names by its number (2026年市级民生实事项目), if it names
    one."""
    years = {(p.period.start, p.period.end) for p in ctx.title_spans
             if p.period.start is not None and p.period.end is not None
             and (p.period.start.month, p.period.start.day, p.period.end.month,
                  p.period.end.day) == (1, 1, 12, 31)
             and p.period.start.year == p.period.end.year and _YEAR_WRITTEN.search(p.text)}
    if len(years) != 1:
        return None
    (start, end), = years
    return Period(text=None, start=start, end=end)


_YEARS_SUMMED = "年累计"
_YEARLY_MEAN = "年均"


def _one_year(period: Period) -> bool:
    """A whole calendar year (2025年)."""
    return (period.start is not None and period.end is not None
            and period.start.year == period.end.year and period.start.month == 1
            and period.end.month == 12)


def _years_frame(ctx: Context, block_no: int) -> PeriodSpan | None:
    """The last span over several calendar years the paragraph's earlier sentences name."""
    found = None
    for s in ctx.blocks.get(block_no) or ():
        for p in ctx.spans_of(s):
            q = p.period
            if q.start is not None and q.end is not None and q.start.year < q.end.year:
                found = p
    return found
_TEN_THOUSAND = 1e4  # (a measure word's 万: a count, whatever stands before it)


def _length_frame(ctx: Context, block_no: int, spans: Sequence[PeriodSpan]) -> PeriodSpan | None:
    """The span of as many years as a length-only span of the sentence (三年累计) that an earlier
    sentence of its paragraph names (2021年至2023年), if any."""
    lone = next((p for p in spans if LENGTH_ONLY.fullmatch(p.text)), None)
    earlier = ctx.blocks.get(block_no)
    if lone is None or not earlier:
        return None
    return same_length_frame([p for s in earlier for p in ctx.spans_of(s)], lone)


def _opening(ctx: Context, block_no: int, sent: Sentence) -> str:
    """The text of the paragraph's first sentence (``sent`` if no other was read before)."""
    earlier = ctx.blocks.get(block_no)
    return earlier[0].text if earlier else sent.text


def _count_change(text: str, cand: NumberCandidate, cands: list[NumberCandidate]) -> bool:
    """A count with no noun before it that changes a count of the same unit just given
    (航线达到352条，比上年末增加19条): the change of those things, not a policy's name
    (出台20条)."""
    if _PASSIVE_BEFORE.search(text, 0, cand.start) is not None and any(
            c.end < cand.start and c.unit_raw == cand.unit_raw for c in cands):
        return True  # 提出审计建议2046条，被采纳1893条: how many of those things were acted on
    if _MOVE_TO.search(text, 0, cand.start) is not None and any(
            c.end < cand.start and c.unit_raw == cand.unit_raw
            and _MOVE_FROM.search(text, 0, c.start) is not None for c in cands):
        return True  # 路线由113年底的48条增加至114年9月底的54条: the level the count moved to
    return _CHANGE_AGAINST.search(text, 0, cand.start) is not None and any(
        c.end < cand.start and c.unit_raw == cand.unit_raw for c in cands)


# a clause with no figure naming a measure and its trend (这几年我们的研发投入强度一直在提高，
# 去年是百分之二点六): the nameless figure in the clause after it is that measure's
_TREND_NAMED = re.compile(
    r"(?:^|[，,；;。])(?:[^，,；;。\d]{0,8}?的)?(?P<name>[\u4e00-\u9fff]{2,10}?"
    r"(?:强度|率|比重|占比|水平|指数))(?:一直|持续|不断|逐年|稳步|明显)?在?"
    r"(?:提高|提升|上升|增长|增加|下降|降低|扩大|回升)[了着]?[，,]$")


def _trend_named_before(text: str, comma_start: int) -> str:
    """The measure a figureless clause right before names with its trend (研发投入强度一直在
    提高，去年是…), for a figure whose own clause names nothing; "" if none."""
    found = _TREND_NAMED.search(text, 0, comma_start)
    return found.group("name") if found is not None else ""


# a passive verb right before the count (，被采纳1893条, 已被采用12条): the things counted before
_PASSIVE_BEFORE = re.compile(r"[，,](?:其中)?(?:已|均)?被[\u4e00-\u9fff]{1,4}$")
# a move from one level to another (由…的48条增加至…的54条): its end, in the clause, and its start
_MOVE_TO = re.compile(r"(?:(?:增加|增长|提高|提升|上升|减少|下降|降低|扩大|缩减)(?:至|到)"
                      r"|[增升降减]至)[^，,；;。]{0,12}$")
_MOVE_FROM = re.compile(r"[由从][^，,；;。]{0,12}$")
# a change against an earlier time ending right before a number (比上年末增加, 较年初减少)
_CHANGE_AGAINST = re.compile(r"(?:比|较)[^，,；;。\d]{1,8}?(?:增加|减少|新增|净增|增|减|多|少)了?$")
# 现有 "there are now" opening its clause, after a place or 目前 at most (全国现有养老护理员
# 约50万人), before what it counts; not 改造现有园区5个, 在现有基础上 (what a task acts on, a base)
_PRESENT = re.compile(
    r"\s*(?:[^，,；;。：:\d]{0,6}?[国省市县区镇乡村州])?(?:目前|当前)?现有(?!基础|水平|标准|政策|的)")


# a clause that is only a noun and its number (，教职工2,468人)
_BARE_NOUN = re.compile(r"[\u4e00-\u9fff]{1,10}")


def _present_goes_on(so: SoFar, text: str, r: Reading) -> bool:
    """The number before in the sentence was a stock at the text's date (现有…31,256人) and this
    clause names only its noun (，教职工2,468人): the same 现有."""
    last = so.last_row()
    return (last is not None and last.period_text == PRESENT and r.comma_start > 0
            and text[r.comma_start - 1] in "，," and _BARE_NOUN.fullmatch(
                text, r.comma_start, r.pos) is not None)


# a plan set for a period, in a report on how it went (计划增长, 计划目标为, 涨幅目标为)
_YEARS_PLAN = re.compile(r"计划|目标")


def _over_before(sc: SentenceScope, period: Period) -> bool:
    """``period`` is the one the sentence inherits from the paragraph and is over by the
    document's date."""
    return (sc.inherited is not None and period is sc.inherited.period
            and sc.doc_date is not None and period.end is not None and period.end < sc.doc_date)


def _yearly_task(text: str, starts: tuple[int, int], period: Period) -> bool:
    """The number's task or clause (``starts``) opens with 每年 (设立…基金，每年安排…资金不少于
    15亿元) and the period it would inherit is one year's."""
    return (any(text.startswith(EVERY_YEAR, at) for at in starts) and period.start is not None
            and period.end is not None and period.start.year == period.end.year)


_DAY = "天"  # (the unit of a holiday's length: 国庆假期8天, a period, no metric)


# the topic a sentence opens with (优良天数比例方面，…; 在PM10方面，…), not a side of an argument
# (另一方面; 一方面, 这方面 are too short to be taken)
_TOPIC = re.compile(r"在?([^，,。；;：:]{2,10}?)方面[，,]")
_NO_TOPIC = "另一"


def _topic(text: str) -> str | None:
    """The name a sentence's numbers with no name of their own go by: the topic it opens with
    (优良天数比例方面，盐城、南通均为100%), rather than the last one named in its paragraph."""
    found = _TOPIC.match(text) if "方面" in text else None
    return found.group(1) if found is not None and found.group(1) != _NO_TOPIC else None


def _run_in_title(ctx: Context, block_no: int) -> str | None:
    """The title a numbered paragraph opens with as a sentence of its own (（一）定额调整。每人每月
    增加25元。, 1．与缴费年限挂钩。…): what the paragraph's figures that name nothing are of."""
    earlier = ctx.blocks.get(block_no)
    found = _RUN_IN_TITLE.fullmatch(earlier[0].text) if earlier else None
    return found.group(1) if found is not None else None


_RUN_IN_TITLE = re.compile(RUN_IN_TITLE)


def _of_a_stock(text: str) -> bool:
    """The sentence speaks of a stock (换电站数量排名前5的省份…合计占全国的52.3%) and of no flow
    (新增…): its figures stand at a day, not over a month."""
    return any(w in text for w in _STOCK_NAMES) and not any(w in text for w in _FLOW_NAMES)


_STOCK_NAMES = ("数量", "总数", "保有量", "总量", "存量", "余额")
_FLOW_NAMES = ("新增", "净增", "当月", "增量")


def _heading_period(ctx: Context, sent: Sentence, year: int | None,
                    sectioned: bool) -> PeriodSpan | None:
    """The period the headings give a sentence whose paragraph gives none (``sectioned``: its
    section is of goals or of a review)."""
    inherited = ctx.heading_period(sent.heading_path, year)
    if inherited is None:
        return None
    if ctx.annual is not None and _same_span(inherited.period, ctx.annual.period):
        # 2024年…统计公报: the title's year dates undated flows (period_of_kind),
        # not stocks and shares (学校1.26万所, 毛入学率56.3% stay undated)
        return None
    if not sectioned:
        # 2024年…运行情况 on 20 July: results of the 上半年 it reports on, not goals
        return ctx.results_period(inherited, sent.raw_start)
    return inherited


def _carry_topic(metrics: list[MetricRow], text: str, block_no: int,
                 prior_subject: str | None) -> tuple[int, str] | None:
    """The place the next sentence of the paragraph goes on with: one that opens this sentence
    (2024年义乌市地区生产总值…；) or that this one went on with, when it ends with ； (its items
    go on), not one named inside a task (建强“都市圈”…都市圈经济总量…；)."""
    place = metrics[-1].subject if metrics else None
    case = _CASE_OPENS.match(text) if place else None
    if case is not None and place in text[: case.end() + _TOPIC_AT]:
        return block_no, place  # 案例一：2025年7月，杭州市消费者…。经当地消保委调解，…退还…:
        # the case's place, the next sentence's too (the same case)
    if not place or not text.rstrip().endswith(("；", ";")):
        return None
    at = _lead_end(text)
    leads = (place in text[at : at + _TOPIC_AT] or place == prior_subject
             or text.startswith(_WHOLE_LEADS, at))
    return (block_no, place) if leads else None


_TOPIC_AT = 12  # characters: a place this early in a sentence leads it
# a case's label opening its paragraph and the moment after it (案例一：2025年7月，)
_CASE_OPENS = re.compile(r"[ \u3000]*【?案例[一二三四五六七八九十\d]+】?[：:]?[^，,。]{0,16}[，,]")
# (全县已建成…，库容…；电商销售占比…: the county 全县 refers back to leads the sentence)
_WHOLE_LEADS = ("全区", "全县")
_BYLINE_AFTER = re.compile(r"\s?[（(][^（）()]{1,20}[）)]")


def _lead_end(text: str) -> int:
    """Where a news report's sentence starts after its dateline and byline (本报讯（记者李想）,
    新华社北京10月8日电（记者…）): the place it is about stands after them."""
    dateline = heading_rules().dateline
    found = dateline.match(text) if dateline is not None else None
    if found is None:
        return 0
    byline = _BYLINE_AFTER.match(text, found.end())
    return byline.end() if byline is not None else found.end()


def _same_span(a, b) -> bool:
    return a.start == b.start and a.end == b.end


def _has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


_DIGIT = re.compile(r"\d")
# a headline (or a one-line question taken for a heading) may state a share or rate in Chinese
def _candidates_of(text: str) -> list[NumberCandidate]:
    """The sentence's numbers, with a change written as the word 持平 (:func:`unchanged`)."""
    found = find_candidates(text)
    if UNCHANGED in text:
        found = sorted(found + unchanged(text), key=lambda c: c.start)
    if _OVER in text:
        found = [_balance_word(text, c) for c in found]
    return found


_OVER = "超"
# a trade balance named by its word (出超 a surplus, 入超 a deficit: 10月出超187.6億美元, 對日本
# 入超26.9億美元): its 超 is part of the name, no bound of the number; not the 出 / 入 ending
# another word (收入超千亿元, 投入超, 支出超, 产出超: over)
_BALANCE_WORD = re.compile(r"(?<![收投流输輸进進转轉注纳納购購录錄加深引吸汇匯融计計出])入"
                           r"|(?<![支产產付提拨撥外演退输輸流转轉调調推指突溢售借贷貸进進])出")


def _balance_word(text: str, cand: NumberCandidate) -> NumberCandidate:
    """The number without the 超 of 出超 / 入超 taken for its qualifier (over)."""
    if (cand.qualifier_text != _OVER or cand.start < 1
            or _BALANCE_WORD.match(text, cand.start - 1, cand.start) is None):
        return cand
    return cand._replace(start=cand.start + len(_OVER), qualifier="none", qualifier_text=None)


# 持平 against a base, in a clause that names what did not change and gives no number of its own
# (一季度，全省居民消费价格与上年同期持平; 7月份，居民消费价格同比持平): the change of that
# indicator, 0. Not after a level just given (…比例为96.6%，同比持平: the level is the figure),
# nor 基本持平 (about unchanged), nor the members of a group (持平的有4个), nor several at once
# (…均与上月持平)
_UNCHANGED = re.compile(
    r"(?:^|(?<=[，,；;。：:]))([^，,；;。：:\d]{2,}?)"
    r"(?:同比|环比|(?:与|比|较)(?:上年同期|去年同期|上年|去年|上月|上季|上一季|上期)(?:相比)?)"
    r"(持平)(?!的)")
_RATE_NAMES = ("率", "比例", "比重")


def unchanged(text: str) -> list[NumberCandidate]:
    """持平 as a change of 0: a percent, or points for a rate (失业率, 比例), of growth."""
    return [NumberCandidate(m.start(2), m.end(2), m.start(2), m.end(2), 0.0, None,
                            *(("百分点", "百分点", "point") if m.group(1).endswith(_RATE_NAMES)
                              else ("%", "%", "percent")), 1.0)
            for m in _UNCHANGED.finditer(text) if not m.group(1).endswith(_ALL_OF)]


# several things unchanged at once (两个期限品种LPR均与上月持平): no one indicator's change
_ALL_OF = ("均", "都", "皆")


# numerals alone: 产量同比增长近四成, 增长百分之五
_CN_SHARE = re.compile(r"[一二两三四五六七八九十]成|百分之|分之")


def _sentence_metrics(sc: SentenceScope, stocks_if_dated: set[int], goals_by_date: dict[int, str]
                      ) -> list[MetricRow]:
    """Metrics of one sentence: each number read by the passes in turn (name, period and
    whether it is a goal, kind, subject), each pass reading what the ones before it found;
    the char_start of each undated flow a 截至 day would make a stock goes to
    ``stocks_if_dated`` (:func:`_stocks_at_a_day`), that of each goal only its period makes
    one to ``goals_by_date`` with its kind were it none
    (:func:`.kind_overrides.results_reported`)."""
    so = SoFar.of(sc)
    for cand in sc.cands:
        r = Reading.at(cand, so.marks)
        _name(sc, so, r)
        r.indicator = renamed(sc, so, r)
        _period_and_target(sc, so, r)
        _kind(sc, so, r)
        _subject(sc, so, r)
        so.out.append(_row(sc, r))
        if r.stock_if_dated:
            stocks_if_dated.add(so.out[-1].char_start)
        if r.goal_by_date:
            goals_by_date[so.out[-1].char_start] = r.result_kind
        _read(so, r)
    return restate(share_heads(so.out, so.counts, sc.text), sc.cands, sc.text)


def _name(sc: SentenceScope, so: SoFar, r: Reading) -> None:
    """Its name from its own words (before it, a 分别 list, its bound, after it), else from the
    names before it in the sentence or the paragraph (:mod:`.name_overrides` corrects it)."""
    text, toks, cand, comma_start = sc.text, sc.toks, r.cand, r.comma_start
    r.start = name_start(text, sc.sent.is_heading, r.item_start, comma_start, so.end, r.pos)
    kept, indicator, r.of_base = name_before(text, toks, cand, r.start, so.skip, sc.home_place)
    indicator, gap = glued_move(kept, indicator, gap_before(text, kept, indicator, r.start, r.pos))
    listed, r.resp_pos, first = split_by_respectively(text, cand, sc.cands, sc.spans, toks,
                                                      so.lists, comma_start)
    if listed:
        indicator, r.list_place = listed
    r.listed = bool(listed)
    r.qualifier, r.qualifier_text, indicator = qualify(text, cand, indicator, r.listed,
                                                       comma_start)
    if r.resp_pos >= 0:
        gap, r.qualifier, r.qualifier_text = list_gap(text, cand, first, r.resp_pos, r.qualifier,
                                                      r.qualifier_text)
        if r.qualifier == "none" and not cand.ordinal:
            r.qualifier, r.qualifier_text = list_closing_bound(text, cand, sc.cands)
    indicator, r.counted = name_after(text, toks, cand, indicator, gap, kept, r.listed,
                                      comma_start, so.flow, so.comma, so.end)
    if not indicator and not so.out:
        indicator = _trend_named_before(text, comma_start) or indicator
    if cand.start <= 1 and not so.out and (caption := figure_caption(
            text, cand, sc.cands, sc.spans, bool(indicator))):
        indicator, r.caption = caption, True
    r.own, r.gap = indicator, gap
    last = (_whole_of_parts(so, text, comma_start) if text.startswith(
        _PARTS_CLOSED, comma_start - 2) else None) or so.indicator
    indicator, r.rate_of = name_from_earlier(text, toks, cand, indicator, last,
                                             sc.carried, so.kind, r.task_start, comma_start,
                                             so.skip, sc.home_place)
    r.indicator = compared_standard_name(text, cand, with_last_name(
        indicator, last, sc.carried, cand, text, r.listed, comma_start))


# a bracket of parts closed before the clause (…运行费45.00万元（其中：…购置费0万元，…运行费45.00
# 万元），比上年减少3.20万元)
_PARTS_CLOSED = ("），", ")，", "）,", "),")
_PARTS_OPEN = ("（其中", "(其中")


def _whole_of_parts(so: SoFar, text: str, comma_start: int) -> str | None:
    """The name of the figure a bracket of its parts (（其中：…）) follows, when the clause after
    the bracket goes on with it (，比上年减少3.20万元: the whole's change, not its last part's)."""
    open_at = max(text.rfind("（", 0, comma_start - 2), text.rfind("(", 0, comma_start - 2))
    if open_at <= 0 or not text.startswith(_PARTS_OPEN, open_at):
        return None
    head = text[:open_at]
    return next((row.indicator for row in so.out if row.indicator and head.endswith(row.quote)),
                None)


_OF = "的"  # (前一周的4.9%: the cheap test before :func:`earlier_level`)
_BASE_REACH = 20  # (较去年最高负荷1.47亿千瓦: a base's own level, named without 的)
_COMPARED = ("较", "比", "較")
_DAY_OF = "日的"  # (9月30日的1198.2万乘次: the cheap test before :func:`_day_before`)
_DAY_CHARS = 12  # (2025年9月30日)


def _day_before(text: str, end: int, doc_date: date | None) -> Period | None:
    """The day written right before ``end`` (…9月30日 before 的), the base of a comparison the
    sentence's periods leave out (较此前纪录（9月30日的1198.2万乘次）): the figure's own day."""
    found = find_periods(text[max(0, end - _DAY_CHARS) : end], doc_date)
    last = found[-1] if found else None
    return last.period if last is not None and last.is_day and last.end == min(
        end, _DAY_CHARS) else None


def _row_period(row: MetricRow) -> Period:
    return Period(text=row.period_text, start=row.period_start, end=row.period_end)


def _period_and_target(sc: SentenceScope, so: SoFar, r: Reading) -> None:
    """Its period (its own words, a 分别 list's item, the sentence, else ``inherited``; a plan's
    years) and whether it is a goal."""
    text, cand = sc.text, r.cand
    scoped = scoped_spans(text, sc.spans, r.of_base, r.start, r.comma_start, so.end, r.pos)
    period = choose_period(text, cand, scoped, sc.inherited, sc.toks,
                           (r.item_start, r.comma_start, r.task_start))
    if sc.years is not None and sc.inherited is not None and period is sc.inherited.period and (
            _YEARLY_MEAN in text[r.comma_start : r.pos]) and (
            sc.years.period.end is not None and period.end is not None
            and sc.years.period.end.year == period.end.year):
        period = sc.years.period  # “十四五”时期，…2025年…。规模以上工业增加值年均增长7.2%: the
        # mean over the paragraph's years ending in the year it inherits, not that year alone
    if sc.spans and (over := counted_over(text, cand, sc.spans)) is not None:
        period = over.period  # 有9个机场10月旅客吞吐量…超过10%: the month after the count
    if len(scoped) > 1 and (
            summed := summed_over_list(text, cand, scoped, r.comma_start)) is not None:
        period = summed  # 7月、8月…，合计占前三季度的53.8%: both months
    if sc.spans and COMPARED_WITH in text and (
            base := base_figure(text, cand, sc.spans)) is not None:
        period = base.period  # 与去年11月那场平均溢价率仅1.6%的土拍相比: the base's own figure
    if (text.endswith(_OF, 0, cand.start) or holds_any(
            text[max(0, cand.start - _BASE_REACH) : cand.start], _COMPARED)) and (
            level := earlier_level(text, cand, period, sc.doc_date)) is not None:
        period = level  # 高于前一周的4.9%: the week before's level
    elif text.endswith(_DAY_OF, 0, cand.start) and (
            day := _day_before(text, cand.start - len(_OF), sc.doc_date)) is not None:
        period = day  # 较此前纪录（9月30日的1198.2万乘次）: that day's figure
    if so.out and "上" in text[r.comma_start : r.pos] and (before := span_before(
            text, r.comma_start, r.pos, _row_period(so.out[-1]))) is not None:
        period = before  # …的三個月…0.1%，對上三個月的相應…: the same span just before
    if r.resp_pos >= 0 and len(scoped) > 1 and (
            item := listed_period(text, cand, sc.cands, scoped, r.resp_pos)) is not None:
        period = item.period  # 1月、2月…分别为X、Y: each month its own figure
    if sc.doc_date is not None and PRESENT in text and (_PRESENT.match(
            text, r.comma_start, r.pos) is not None or _present_goes_on(so, text, r)) and not any(
            r.comma_start <= p.start < r.pos for p in scoped):
        # 全国现有养老护理员约50万人: a stock at the text's date, as 当前; …现有全日制在校生
        # 31,256人，教职工2,468人: 现有 governs the bare noun's clause after it too
        period = Period(text=PRESENT, start=sc.doc_date, end=sc.doc_date)
    if not scoped and sc.plan is None and _yearly_task(text, (r.task_start, r.comma_start),
                                                       period):
        period = EVERY_YEAR_PERIOD  # …到2029年…；每年遴选…50家左右: no one year's amount
    period = plan_years(period, sc.frame, sc.plan, text, r.comma_start, r.pos, r.task_start)
    period = years_grown_over(period, sc.spans, text, r.comma_start, r.pos, sc.prior_rows)
    period = plan_goal_period(text, cand.start, cand.end) or period
    if r.caption and (dated := next((p for p in sc.spans if p.start >= cand.end), None)):
        period = dated.period  # 8.2% 1-10月全市规上工业增加值增速: the caption's time
    r.comma_lo, r.comma_hi = span_of(sc.toks, r.comma_start, r.pos)
    r.is_target, r.period, r.goal_by_date = target_of(
        text, sc.toks, cand, period, r.of_base, sc.target_heading, sc.review_heading, sc.doc_date,
        r.task_start, r.comma_start, r.comma_lo, r.comma_hi, sc.title_year)
    if r.is_target and _over_before(sc, r.period) and not (sc.review_heading and _YEARS_PLAN.search(
            text, r.comma_start, r.pos) is not None):
        # 档期内分账票房约47.6亿元。猫眼专业版预测，…最终票房有望达到28亿元: a forecast after a
        # paragraph on a period over is of none it names (the final total); not the plan set for
        # that period under a heading reviewing it (一、2025年计划执行情况: 规模以上工业增加值计划
        # 增长7%，预计完成7.4%, 2025's plan)
        r.period = NO_PERIOD


def _kind(sc: SentenceScope, so: SoFar, r: Reading) -> None:
    """Its kind from its cue words (:mod:`.kind_overrides` corrects it), and its period as the
    kind reads it (an undated flow of a yearly report is of that year ...)."""
    r.clause_text = sc.text[r.comma_start : r.pos]
    inherited = sc.inherited is not None and r.period is sc.inherited.period
    r.kind, r.period = kind_of(r.cand, r.indicator, r.gap, r.clause_text, r.is_target, r.period,
                               inherited, in_text=True)
    if r.goal_by_date:
        r.result_kind = kind_of(r.cand, r.indicator, r.gap, r.clause_text, False, r.period,
                                inherited, in_text=True)[0]
    rekinded(sc, so, r)
    # (平均办理时限由8个工作日压缩至3个工作日 in a yearly report: the old level is no flow of
    # its year)
    annual = None if starts_a_change(sc.text, r.cand) else sc.annual
    r.period = period_of_kind(r.period, r.kind, r.indicator, sc.text, r.clause_text, r.pos,
                              sc.spans, sc.inherited, annual)
    if r.kind == "share" and (stock := _stock_shared(sc, so, r)) is not None:
        # 累计建成高标准农田152.4万亩，占全县耕地面积的86.7%: the share of the stock just given
        r.period = _period_of(stock)
    elif r.kind == "actual" and (stock := _stock_measured(sc, so, r)) is not None:
        # 全自动运行线路达到4条，里程118.6公里: the length of the lines just counted, a stock too
        r.kind, r.period = "count_total", _period_of(stock)
    elif r.kind == "count_total" and (stock := _stock_of_parts(sc, so, r)) is not None:
        # 全县现有茶叶加工企业186家，其中规模以上企业23家…；茶叶专业合作社312家: the parts and
        # the next classes of a stock at a day stand at that day, not at the paragraph's year
        r.period = _period_of(stock)
    elif r.kind == "actual" and (stock := _stock_changed(sc, so, r)) is not None:
        # 合作区内澳资企业累计达6,800家，较去年底增加1,100家: the stock's change up to its day
        r.period = _period_of(stock)
    elif (r.kind == "actual" and sc.annual is not None and r.period is sc.annual.period
          and _held_per_head(r.indicator)
          and not any(w in r.gap for w in metric_lexicon().growth_cues)):
        # 北京每万人口高价值发明专利拥有量为148.3件 in a yearly release: a stock per head, left
        # undated as the stocks are, not the year's flow
        r.period = NO_PERIOD
    earlier_rate(sc, so, r)
    r.stock_if_dated = (r.kind == "actual" and r.period.start is None
                        and r.cand.category == "count"
                        and stands_at_a_day(r.cand, r.indicator, r.gap, r.clause_text))


def _stock_shared(sc: SentenceScope, so: SoFar, r: Reading) -> MetricRow | None:
    """The stock just before a share whose clause opens with 占 and names no period of its own
    (…累计建成…152.4万亩，占全县耕地面积的86.7%): what the share is of, at its day."""
    last = so.out[-1] if so.out else None
    if (last is None or last.kind != "count_total" or last.period_start is None
            or not sc.text.startswith(_SHARE_OPENS, r.comma_start)):
        return None
    own = any(r.comma_start <= p.start < r.pos for p in sc.spans)
    return None if own or last.period_start != last.period_end else last


_SHARE_OPENS = ("占", "，占", ",占")


def _stock_measured(sc: SentenceScope, so: SoFar, r: Reading) -> MetricRow | None:
    """The stock just before a figure in another unit whose clause is only a measure's bare
    name (全自动运行线路达到4条，里程118.6公里: the lines' length), named as that stock's
    measure (全自动运行线路里程): what it measures."""
    last = so.out[-1] if so.out else None
    if last is None or last.kind != "count_total" or not last.indicator or not r.indicator:
        return None
    measure = r.indicator.removeprefix(last.indicator)
    if measure in ("", r.indicator) or last.unit == r.cand.unit:
        return None
    return last if sc.text[r.comma_start : r.pos] == measure else None


def _stock_changed(sc: SentenceScope, so: SoFar, r: Reading) -> MetricRow | None:
    """The stock at a day just before a change in its unit measured from an earlier balance
    day (…累计达6,800家，较去年底增加1,100家): what changed, up to that day."""
    last = so.out[-1] if so.out else None
    if (last is None or last.kind != "count_total" or last.period_start is None
            or last.period_start != last.period_end or last.unit != r.cand.unit):
        return None
    return last if _SINCE_BALANCE_DAY.match(sc.text, r.comma_start) is not None else None


def _stock_of_parts(sc: SentenceScope, so: SoFar, r: Reading) -> MetricRow | None:
    """The stock at a day its own words give (现有, 截至…) that opens the sentence, or the one
    before it that ended with ；, for a count of things in its unit that names no time of its
    own and would take a span from outside: its parts (其中…) and the next classes listed."""
    rows = so.out or sc.prior_rows
    first = rows[0] if rows else None
    if (first is None or first.kind != "count_total" or first.period_start is None
            or first.period_start != first.period_end or first.unit != r.cand.unit
            or sc.inherited is None or r.period is not sc.inherited.period
            or r.period.start == r.period.end):
        return None
    return None if any(r.comma_start <= p.start < r.pos for p in sc.spans) else first


# a change from an earlier balance day (较去年底增加, 比上年末减少)
_SINCE_BALANCE_DAY = re.compile(r"(?:比|较)(?:上年末|去年末|上年底|去年底|年初|上月末|上年年末)")


def _held_per_head(indicator: str) -> bool:
    """A density of things held (每万人口高价值发明专利拥有量), or a value or area a school holds
    per pupil (生均教学仪器设备值, 生均校舍面积): a stock per head (a survey's 人均居住面积 is
    labelled the year's)."""
    return (is_density(indicator) and any(
        w in indicator for w in metric_lexicon().count_total_cues)) or (
        _PER_HEAD_HELD.search(indicator) is not None)


_PER_HEAD_HELD = re.compile(r"生均[\u4e00-\u9fff]{0,8}(?:设备值|面积|藏书|图书)$")


def _period_of(row: MetricRow) -> Period:
    """A row's period."""
    return Period(text=row.period_text, start=row.period_start, end=row.period_end)


def _subject(sc: SentenceScope, so: SoFar, r: Reading) -> None:
    """Its place (else the place the sentence before went on with), and its name without it."""
    toks = sc.toks
    subject = subject_of(toks, sc.text, r.pos, r.list_place, sc.home_place, r.task_start,
                         r.comma_start, toks[r.comma_lo : r.comma_hi], so.subject, not so.out,
                         sc.anaphor, sc.firms)
    if subject is not None and (not so.out or r.list_place) and sc.prior_rows and not (
            sc.prior_subject and subject.endswith(_DOMESTIC_LEVELS)) and partner_goes_on(
            toks, sc.text, r.pos, [row.indicator for row in sc.prior_rows]):
        # (not 苏州市进出口…；无锡市5893.2亿元: a city after the one the sentence before was
        # about is the next of the places listed, no trade partner)
        subject = None  # …来自中国大陆及香港接单158.2亿美元…；欧洲86.1亿美元，…: a partner
    if subject is None and sc.prior_subject and r.task_start == 0:
        subject = sc.prior_subject  # …地区生产总值2236亿元，增长7.1%；小商品城市场成交额…
    so.subject = subject
    r.indicator, r.subject, r.nameless = apart_from_subject(r.indicator, subject, sc.home_place)
    streak_or_rank_named(sc, so, r)


_DOMESTIC_LEVELS = ("市", "县", "区")


def _read(so: SoFar, r: Reading) -> None:
    """What this number leaves for the next one (its row is ``so.out[-1]``)."""
    indicator = r.indicator
    so.indicator = None if r.nameless else r.rate_of or indicator or so.indicator
    so.start, so.end, so.kind, so.comma = r.cand.start, r.cand.end, r.kind, r.comma_start
    so.flow = leading_flow_verb(indicator) if indicator else ""
    if r.counted:
        so.counts.append((len(so.out) - 1, r.cand, indicator))


def _row(sc: SentenceScope, r: Reading) -> MetricRow:
    """The metric of one number, quoted from the raw text when there is one."""
    sent, cand, raw, period = sc.sent, r.cand, sc.raw, r.period
    value, high = signed_value(cand, r.gap, sc.text[: cand.start] if "改善" in r.clause_text
                               else "", r.clause_text)
    if value > 0 and r.kind == "growth_rate" and (head := ranked_change(sc.text, r.pos)) and (
            falls(sc.text, head)):
        value, high = -value, (-high if high is not None else None)  # 改善幅度居前三位的为…
        # （9.6%）: the index fell by it (降幅居前…: a fall)
    index = sent.raw_index
    cs, ce = (index.span(cand.start, cand.end) if index.__class__ is RunIndex
              else sent.raw_span(cand.start, cand.end))
    quote = raw[cs:ce] if raw is not None else sent.text[cand.start : cand.end]
    return new_row(MetricRow, (
        sent.sent_no, quote, cs, ce, r.indicator or None, r.subject, float(value),
        float(high) if high is not None else None, cand.unit_raw,
        scaled(float(value), cand.multiplier), cand.unit, r.kind, r.qualifier, r.qualifier_text,
        period.text, period.start, period.end,
        basis_of(r.clause_text, period, cand, sc.text, r.of_base),
        scaled(float(high), cand.multiplier) if high is not None else None))
