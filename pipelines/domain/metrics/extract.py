"""Dated metric extraction: sentences in, :class:`records.Metric` rows out.

For each number candidate of a sentence: its indicator and subject (:mod:`.indicator`), its period
(own clause, else the sentence, else earlier sentences of the paragraph, else the headings), its
kind (:mod:`.kind`), and raw offsets for the quote.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from functools import cache

from pipelines.domain.metrics.candidates import NumberCandidate, find_candidates
from pipelines.domain.metrics.clauses import (
    CLAUSE_MARKS,
    ITEM_MARKS,
    TASK_MARKS,
    Tok,
    clause_start,
    tokens_in,
    tokens_with_offsets,
)
from pipelines.domain.metrics.indicator import (
    is_home,
    is_place,
    merge_generic,
    noun_after,
    phrase_text,
    split_list,
    strip_home,
    trim_phrase,
)
from pipelines.domain.metrics.kind import classify, future_period, has_target_cue, is_decline
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.periods import PeriodSpan, find_periods
from pipelines.domain.records import Metric, Period, Sentence

_TARGET_HEADINGS = ("目标", "预期")
_PLACE_SUFFIX_TOKENS = {"省", "市", "县", "区", "州"}


@cache
def _fallback_tagger():  # type: ignore[no-untyped-def]
    import rjieba

    return rjieba.Jieba()


def _tags_for(sent: Sentence, tags: Mapping[int, Sequence[tuple[str, str]]]):  # type: ignore[no-untyped-def]
    found = tags.get(sent.sent_no)
    if found is not None:
        return found
    return _fallback_tagger().tag(sent.text)


def extract_metrics(
    sentences: Sequence[Sentence],
    tags: Mapping[int, Sequence[tuple[str, str]]],
    doc_date: date | None,
    home_place: str | None = None,
    raw: str | None = None,
) -> list[Metric]:
    """All metrics of a document's sentences (in document order).

    ``tags`` maps sent_no to the sentence's (word, pos) list (missing sentences are tagged here);
    ``raw`` is the document's raw text: when given, quotes are taken from it so that
    ``raw[char_start:char_end] == quote``; otherwise from the clean sentence text.
    """
    out: list[Metric] = []
    block_sents: dict[int, list[Sentence]] = {}
    heading_periods: dict[str, PeriodSpan | None] = {}
    for sent in sentences:
        text = sent.text
        cands = find_candidates(text) if not sent.is_heading or _has_digit(text) else []
        if cands:
            spans = _periods_of(text, doc_date)
            toks = tokens_with_offsets(text, _tags_for(sent, tags))
            inherited = _block_period(block_sents.get(sent.block_no, ()), doc_date) or (
                _heading_period(sent.heading_path, doc_date, heading_periods)
            )
            target_heading = bool(sent.heading_path) and any(
                w in sent.heading_path[-1] for w in _TARGET_HEADINGS
            )
            out.extend(
                _sentence_metrics(
                    sent, cands, toks, spans, inherited, target_heading, doc_date, home_place, raw
                )
            )
        if not sent.is_heading:
            block_sents.setdefault(sent.block_no, []).append(sent)
    return out


def _periods_of(text: str, doc_date: date | None) -> list[PeriodSpan]:
    """Reporting periods of a text (single event days left out)."""
    return [p for p in find_periods(text, doc_date) if not p.is_day]


def _block_period(earlier: Sequence[Sentence], doc_date: date | None) -> PeriodSpan | None:
    """The last period named in the paragraph's earlier sentences (newest first, lazily)."""
    for sent in reversed(earlier):
        spans = [p for p in _periods_of(sent.text, doc_date) if p.text not in _LOCAL_PERIODS]
        if spans:
            return spans[-1]
    return None


def _noun_follows(text: str, pos: int) -> bool:
    """A noun (CJK text, possibly quoted) starts right after the number's quote."""
    rest = text[pos : pos + 2].lstrip(" “\"《")
    return bool(rest) and ("\u4e00" <= rest[0] <= "\u9fff") and rest[0] not in _NOT_NOUN_START


_NOT_NOUN_START = set("的是和与及或等在为以从到至比较")


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _heading_period(
    path: tuple[str, ...], doc_date: date | None, cache_: dict[str, PeriodSpan | None]
) -> PeriodSpan | None:
    for heading in reversed(path):
        if heading not in cache_:
            spans = _periods_of(heading, doc_date)
            cache_[heading] = spans[-1] if spans else None
        if cache_[heading] is not None:
            return cache_[heading]
    return None


_LOCAL_PERIODS = ("累计",)  # adverbs of their own clause, not periods of what follows


def _choose_period(
    text: str, cand: NumberCandidate, spans: Sequence[PeriodSpan], inherited: PeriodSpan | None
) -> Period:
    """The nearest period before the number in its sentence, else the paragraph's or heading's.

    累计 marks only its own clause: a later clause does not inherit it.
    """
    clause = clause_start(text, cand.start, CLAUSE_MARKS)
    before = [
        p for p in spans
        if p.end <= cand.start and (p.text not in _LOCAL_PERIODS or p.start >= clause)
    ]
    if before:
        return before[-1].period
    if inherited is not None:
        return inherited.period
    return Period()


def _subject(
    toks: Sequence[Tok], text: str, start: int, end: int, home_place: str | None
) -> str | None:
    """The last place named before the number in its task clause, unless it is the home place.

    A place right after a rank verb (居全国第4) is the ranking's scope and one right before
    占/比重 is a share's denominator; neither is the subject. Returns ``""`` when the last place
    named is the home place and None when no place is named.
    """
    lex = metric_lexicon()
    window = tokens_in(toks, start, end)
    found: str | None = None
    for i, t in enumerate(window):
        word = t.word
        nxt = window[i + 1].word if i + 1 < len(window) else ""
        if t.pos.startswith("ns") and nxt in _PLACE_SUFFIX_TOKENS:
            word = word + nxt
            nxt = window[i + 2].word if i + 2 < len(window) else ""
        if is_home(word, home_place) and word not in lex.place_scopes:
            found = ""
            continue
        if not is_place(word):
            continue
        before, after = text[max(start, t.start - 2) : t.start], text[t.end : t.end + 3]
        if (
            before.endswith(lex.rank_verbs)
            or after.startswith(lex.rank_verbs)
            or after.startswith(("占", "比重", "第"))
        ):
            continue  # 居全国第4 / 全国排名第4: the ranking's scope; 全省占比: a denominator
        found = word
    return found


def _split_by_respectively(
    text: str, cand: NumberCandidate, cands: Sequence[NumberCandidate], spans: Sequence[PeriodSpan]
) -> tuple[str | None, int]:
    """``A、B分别增长8.3%、10.3%``: the list item that goes with this number, and where 分别 is."""
    cstart = clause_start(text, cand.start, CLAUSE_MARKS)
    pos = text.rfind("分别", cstart, cand.start)
    if pos < 0:
        return None, -1
    group = [c for c in cands if pos < c.start < _clause_end(text, pos)]
    head = text[cstart:pos]
    for p in spans:
        if p.start >= cstart and p.end <= pos:
            head = head.replace(p.text, "")
    lex = metric_lexicon()
    items = split_list(head)
    if items:
        first = items[0]
        for w in lex.prefix_words:
            if first.startswith(w) and len(first) > len(w):
                first = first[len(w) :]
        items[0] = first
    if cand in group and len(items) == len(group):
        return items[group.index(cand)], pos
    return None, pos


def _clause_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(m, pos) for m in TASK_MARKS + "，,") if i >= 0]
    return min(ends) if ends else len(text)


def _sentence_metrics(
    sent: Sentence,
    cands: Sequence[NumberCandidate],
    toks: Sequence[Tok],
    spans: Sequence[PeriodSpan],
    inherited: PeriodSpan | None,
    target_heading: bool,
    doc_date: date | None,
    home_place: str | None,
    raw: str | None,
) -> list[Metric]:
    lex = metric_lexicon()
    text = sent.text
    out: list[Metric] = []
    prev_indicator: str | None = None
    prev_subject: str | None = None
    prev_end = 0
    period_skip = [(p.start, p.end) for p in spans]
    for cand in cands:
        fine_start = max(clause_start(text, cand.start, ITEM_MARKS), min(prev_end, cand.start))
        comma_start = clause_start(text, cand.start, CLAUSE_MARKS)
        task_start = clause_start(text, cand.start, TASK_MARKS)
        seg = tokens_in(toks, fine_start, cand.start)
        if cand.category == "rank" and cand.ordinal:
            # 增速居GDP十强城市第2位: what is ranked comes before the rank verb
            cut = max(text.rfind(v, fine_start, cand.start) for v in lex.rank_verbs)
            if cut >= 0:
                seg = tokens_in(toks, fine_start, cut)
        kept, _places = trim_phrase(seg, period_skip, home_place)
        indicator = phrase_text(kept, text)
        gap_start = kept[-1].end if kept else fine_start
        gap = text[gap_start : cand.start]
        listed, resp_pos = _split_by_respectively(text, cand, cands, spans)
        if listed:
            indicator = listed
        if resp_pos >= 0:
            gap = text[resp_pos : cand.start]
        if cand.category in ("count", None) and not listed and _noun_follows(text, cand.end):
            # Num + measure word + noun (建成 100 个智能工厂): the noun is what is counted
            noun = noun_after(tokens_in(toks, cand.end, len(text)), text)
            if noun:
                verb = kept[-1].word if kept and kept[-1].word in lex.flow_verbs else ""
                indicator = verb + noun
        if not indicator and prev_indicator:
            indicator = prev_indicator
        indicator = merge_generic(indicator, prev_indicator) if indicator else indicator
        period = _choose_period(text, cand, spans, inherited)
        task_words = [t.word for t in tokens_in(toks, task_start, cand.start)]
        comma_words = [t.word for t in tokens_in(toks, comma_start, cand.start)]
        is_target = (
            has_target_cue(task_words)
            or target_heading
            or future_period(period, doc_date, comma_words)
        )
        clause_text = text[comma_start : cand.start]
        kind = classify(cand, indicator or "", gap, clause_text, is_target)
        value, high = cand.value, cand.value_high
        if cand.category in ("percent", "point", "multiple") and value > 0 and is_decline(gap):
            value, high = -value, (-high if high is not None else None)
        subject = _subject(toks, text, comma_start, cand.start, home_place)
        if subject is None and comma_start > task_start:
            subject = prev_subject  # 德阳市GDP增长6%，工业增长5%: the place carries over
        prev_subject = subject
        subject = subject or None
        indicator = strip_home(indicator or "", home_place)
        if subject and indicator and indicator.startswith(subject):
            indicator = indicator[len(subject) :] or indicator
        cs, ce = sent.raw_span(cand.start, cand.end)
        quote = raw[cs:ce] if raw is not None else text[cand.start : cand.end]
        out.append(
            Metric(
                sent_no=sent.sent_no,
                quote=quote,
                char_start=cs,
                char_end=ce,
                indicator=indicator or None,
                subject=subject,
                value=value,
                value_high=high,
                unit_raw=cand.unit_raw,
                value_normalized=value * cand.multiplier,
                unit=cand.unit,
                kind=kind,
                qualifier=cand.qualifier,  # type: ignore[arg-type]
                qualifier_text=cand.qualifier_text,
                period_text=period.text,
                period_start=period.start,
                period_end=period.end,
            )
        )
        prev_indicator = indicator or prev_indicator
        prev_end = cand.end
    return out
