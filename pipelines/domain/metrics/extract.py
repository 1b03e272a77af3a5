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
from bisect import bisect_left
from collections.abc import Callable, Container, Mapping, Sequence
from datetime import date

from pipelines.domain.metrics.basis import (
    OF_PLAN,
    OF_PLAN_VERBS,
    PLAN_BASES,
    PRICE_BASIS,
    basis,
    change_basis,
)
from pipelines.domain.metrics.candidates import NumberCandidate, find_candidates
from pipelines.domain.metrics.clauses import (
    CLAUSE_MARKS,
    ITEM_MARKS,
    TASK_MARKS,
    Toks,
    mark_positions,
    span_of,
    tokens_in,
    tokens_of,
)
from pipelines.domain.metrics.context import NO_HEADING, Context
from pipelines.domain.metrics.counts import (
    after_causative,
    caused_event,
    flow_verb_before,
    noun_before,
    scopes_plan,
    share_heads,
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
from pipelines.domain.metrics.naming import (
    SHARE_NOT_NOUNS,
    SHARE_OF,
    changes_before,
    flow_words,
    head_piece,
    leading_flow_verb,
    no_name,
    noun_follows,
    of_last,
    plain_list,
    tail_piece,
)
from pipelines.domain.metrics.period_choice import (
    NO_PERIOD,
    choose_period,
    comparison_length,
    contextualize,
    flow_of_year,
    last_year_report,
    plan_period,
    report_period,
)
from pipelines.domain.metrics.qualifiers import (
    ABOUT_SHARE,
    BOUND_BEFORE_BASE,
    qualifier_before_verb,
)
from pipelines.domain.metrics.reading_units import as_is, reading_units
from pipelines.domain.metrics.restate import restate
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
from pipelines.domain.metrics.tagging import LazyTags, tags_for
from pipelines.domain.numbers import scaled
from pipelines.domain.periods import PeriodSpan, april_fiscal_year, uses_roc_years
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
    units = reading_units(sentences, fill)
    if home_place is None and infer_home:
        home = sentences[:HOME_SENTENCES]
        if isinstance(tags, LazyTags):  # only the clauses that may name a place are tagged
            home_place = infer_home_place([tags.place_tags(home)])
        else:
            home_place = infer_home_place(tags_for(s, tags) for s in home)
    first: dict[int, Sentence] = {}
    for s in sentences:
        first.setdefault(s.block_no, s)
    ctx = Context(doc_date, uses_roc_years(s.text for s in sentences), raw, first,
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
            cands = [c for c in cands if not c.noun_before or noun_before(toks, c.start)]
            path = sent.heading_path
            target_heading, review_heading = ctx.section_kind(path) if path else NO_HEADING
            # the plan's years: from a paragraph introducing this one (…“十五五”时期…目标是：),
            # else from the document's title (not in a section reviewing the past)
            frame = (ctx.leads.get(path) if ctx.leads else None) or (
                ctx.plan if not review_heading else None)
            inherited = ctx.block_period(unit.block_no, year, path) or frame
            if inherited is None:
                inherited = ctx.heading_period(sent.heading_path, year)
                if inherited is not None and not target_heading and not review_heading:
                    # 2024年…运行情况 on 20 July: results of the 上半年 it reports on, not goals
                    inherited = ctx.results_period(inherited, sent.raw_start)
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
        cells = {id(m) for m in from_tables}  # (by identity: a sentence's reading of a cell
        # may hold the same fields)
        keep = [i for i, m in enumerate(out) if m.sent_no is not None and (
            id(m) in cells or table_at(tables, m.char_start) is None)]
        out, blocks = [out[i] for i in keep], [blocks[i] for i in keep]
    found = plan_period(out, blocks, doc_date)
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


# a space between words of a headline separates its phrases (CJK, then CJK or Latin)
_HEADLINE_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fffA-Za-z])")


def _has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


_DIGIT = re.compile(r"\d")
# a headline (or a one-line question taken for a heading) may state a share or rate in Chinese
# numerals alone: 产量同比增长近四成, 增长百分之五
_CN_SHARE = re.compile(r"[一二两三四五六七八九十]成|百分之|分之")


_TO_LEVEL = re.compile(
    r"(?:提高|提升|增加|增长|下降|降低|减少|扩大|缩小|上升|调升|调降|降|增|升)[至到]")
_CONTRIBUTES = ("影响", "拉动")
_OF_BASE = ("为", "恢复至", "恢复到")
_MOVES = ("上涨", "下降", "增长", "上升", "下跌")
_GROWTHS = ("增速", "增幅", "降幅", "涨幅")
_BASE_ONLY = frozenset({"同比", "环比", "比上年", "较上年", "比去年", "较去年", "同期"})
_STOCK_KINDS = ("count_total", "share", "rank")
_FORECASTS = frozenset(("预计", "预测", "预估", "估计"))
_FLOW_KINDS = ("actual", "growth_rate")  # (not a stock, a share, a rank nor a goal)
_CAUSING = ("带动", "拉动", "推动", "促进")
_WHOLE_OF = {"市": "全市", "省": "全省"}  # after a place of that level named in the sentence


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
        period_skip += [(m.start(), m.end()) for m in PRICE_BASIS.finditer(text)]
    lists = ListState()
    items = mark_positions(text, ITEM_MARKS)  # task marks < clause marks < item marks
    marks = [items, [i for i in items if text[i] in CLAUSE_MARKS],
             [i for i in items if text[i] in TASK_MARKS]]
    for cand in cands:
        item_start, comma_start, task_start = [
            at[i - 1] + 1 if (i := bisect_left(at, cand.start)) else 0 for at in marks]
        fine_start = max(item_start, min(prev_end, cand.start))
        if fine_start > comma_start and prev_end <= comma_start and plain_list(
            text, comma_start, cand.start
        ):
            fine_start = comma_start  # 新建和改扩建中小学、幼儿园80所: the list is one name
        if sent.is_heading and " " in text[fine_start : cand.start]:
            # 前三季度西安经济运行稳中有进 GDP同比增长4.8%: a headline's space ends a phrase
            for gap in _HEADLINE_GAP.finditer(text, fine_start, cand.start):
                fine_start = gap.end()
        seg = tokens_in(toks, fine_start, cand.start) + head_piece(toks, fine_start, cand.start)
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
            if indicator and text.startswith(_OF_BASE, fine_start):
                # 为预算的102.3%, 恢复至疫情前的八成: the last indicator against a base
                kept, indicator = [], ""
            elif text.startswith(OF_PLAN_VERBS, fine_start) and any(
                    w in text[fine_start : cand.start] for w in PLAN_BASES):
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
            qualifier, qualifier_text = qualifier_before_verb(text, cand.start)
            if qualifier == "none" and text.startswith(ABOUT_SHARE, comma_start):
                # 约占全省产量的三分之一: 约 bounds the share, across the words of its base
                qualifier, qualifier_text = "about", text[comma_start : text.index(
                    "占", comma_start)]
            elif qualifier == "none" and cand.category == "percent" and text.endswith(
                    "的", 0, cand.start):
                bound = BOUND_BEFORE_BASE.search(text, comma_start, cand.start)
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
                and text[cand.start].isdigit() and noun_follows(text, cand.end + 1)
                and not changes_before(gap)
                and not (indicator and indicator.endswith(lex.share_cues))):
            # 贡献了全市70%以上的地区生产总值、80%以上的税收: the share is of the noun after 的
            found = SHARE_OF.match(text, cand.end + 1)
            noun = found.group() if found is not None else ""
            if 2 <= len(noun) <= 10 and noun not in SHARE_NOT_NOUNS:
                indicator = noun
        if cand.category in ("count", None) and not listed and noun_follows(text, cand.end):
            # Num + measure word + noun (建成 100 个智能工厂): the noun is what is counted
            after = tail_piece(toks, cand.end) + tokens_in(toks, cand.end, len(text))
            noun = noun_after(after, text)
            if noun and noun not in lex.weak_count_nouns:
                indicator = flow_verb_before(text, comma_start, cand.start) + noun
                counted = True
                if after_causative(text, comma_start, cand.start, kept):
                    # 推动23座商业综合体建成投运: what is counted is the event caused
                    indicator = caused_event(text, cand.end, indicator) or indicator
        elif (
            indicator and prev_flow and comma_start == prev_comma
            and "、" in text[prev_end : cand.start]
            and not indicator.startswith(lex.flow_verbs)
        ):
            indicator = prev_flow + indicator  # 新建天府绿道453公里、各类公园60个
        if not indicator and cand.ordinal and prev_kind == "growth_rate":
            indicator = "增速"  # 增长了44%，排全国第二位: the growth is what is ranked
        rate_of = None
        if indicator in flow_words() or indicator in _BASE_ONLY:
            # 比年初新增4200个, 同比增加4.2万户: the verb, or the base, alone names nothing; the
            # last name holds
            indicator = ""
        if not indicator and not prev_indicator and "按" in text[task_start:comma_start]:
            indicator = measured_name(text, toks, task_start, comma_start, period_skip,
                                      home_place)
        if not indicator:
            indicator = prev_indicator or carried  # 其中，杭州、宁波分别增长…: the last one named
            if (indicator and cand.category == "percent" and indicator.endswith(_GROWTHS)
                    and any(v in text[comma_start : cand.start] for v in _MOVES)):
                # 降幅比上月收窄0.5个百分点，环比上涨0.1%: a new rate of the thing, not of
                # its rate
                indicator = indicator[: -2] or indicator
            if (indicator and cand.category == "point" and prev_kind == "growth_rate"
                    and not indicator.endswith(_RATE_NAMES)):
                # 增长5.6%，高于全省0.3个百分点 / 比一季度加快0.2个百分点: the points compare
                # the growth rate (what follows still names the indicator itself)
                rate_of, indicator = indicator, indicator + "增速"
        if (indicator and indicator.startswith(_CONTRIBUTES) and prev_indicator
                and cand.category == "point"
                and len(prev_indicator) + len(indicator) <= lex.indicator_max_chars
                and not prev_indicator.startswith(_CONTRIBUTES)):
            # 猪肉价格下降15.3%，影响CPI下降约0.23个百分点: the part that moved the whole
            indicator = prev_indicator + indicator
        indicator = merge_generic(indicator, prev_indicator) if indicator else indicator
        if indicator and (prev_indicator or carried) and not (
                indicator[0] == "占" and (listed or "分别" in text[comma_start : cand.start])):
            # (占…的比重分别为17.8%和45.6%: each share is of its own part, not of the last)
            indicator = of_last(indicator, prev_indicator or carried, cand, text)
        if of_base:
            scoped = [p for p in spans if not (fine_start <= p.start < cand.start)]
        elif "由" in text[comma_start : cand.start]:
            # 由上年的1.71缩小到1.66: the period of the level a change starts from is not the
            # new level's
            scoped = [p for p in spans if not (
                text.endswith("由", 0, p.start) and p.end <= prev_end <= cand.start)]
        else:
            scoped = spans
        period = choose_period(text, cand, scoped, inherited, toks,
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
        if cand.category == "count" and scopes_plan(clause_text):
            kind, period = "other", NO_PERIOD  # 围绕…等6大重点领域: the frame of a plan
        if kind in _STOCK_KINDS and (period.text or "").endswith("以来") and not (
            period.text in clause_text or any(c in clause_text for c in lex.cumulative_cues)
        ):
            period = NO_PERIOD  # 2017年…以来，…，人才总量达651万: a stock is not a since-span
        if (inherited is not None and period is inherited.period
                and flow_of_year(period, indicator or "", kind)):
            # 年末全区规模以上工业企业412家。分经济类型看，国有控股企业增加值增长3.2%: a year-end
            # named in an earlier sentence dates its stocks; a flow, or its growth, is the year's
            period = Period(text=period.text, start=date(period.end.year, 1, 1),  # type: ignore[union-attr]
                            end=period.end)
        if annual is not None and "报告期" in text:
            period = report_period(text, cand.start, spans, annual) or period
        if annual is not None and period is NO_PERIOD and kind in _FLOW_KINDS:
            period = annual.period  # 地区生产总值6523.18亿元 in a 2024 bulletin: 2024's
        value, high = cand.value, cand.value_high
        if value > 0 and (cand.unit is None if cand.category == "ratio" else True) and (
                is_decline(gap)):
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
        nameless = bool(indicator) and no_name(indicator)
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
            else basis(clause_text, period) or change_basis(clause_text, cand, text),
            scaled(float(high), cand.multiplier) if high is not None else None)))
        prev_indicator = None if nameless else rate_of or indicator or prev_indicator
        prev_end = cand.end
        prev_kind, prev_comma = kind, comma_start
        prev_flow = leading_flow_verb(indicator) if indicator else ""
        if counted:
            counts.append((len(out) - 1, cand, indicator or ""))
    return restate(share_heads(out, counts, text), cands, text)


_MEASURED = re.compile(r"按[^，,；;]{0,12}?计算$")


def measured_name(text: str, toks: Toks, start: int, end: int,
                  skip: Sequence[tuple[int, int]], home_place: str | None) -> str:
    """地区生产总值按不变价格计算，同比增长5.2%: the name before how a rate is measured, in the
    clause just before the number's (a clause that only says how, 按可比价格计算, names the
    clause before it)."""
    clause_end = end - 1
    how_only = False
    while clause_end > start:
        clause_start = max(start, max(text.rfind(m, start, clause_end) for m in "，,") + 1)
        found = _MEASURED.search(text, clause_start, clause_end)
        if found is None and not how_only:
            return ""
        name_end = clause_end if found is None else found.start()
        if name_end > clause_start:
            kept, _ = trim_phrase(tokens_in(toks, clause_start, name_end), skip, home_place)
            return phrase_text(kept, text)
        how_only, clause_end = True, clause_start - 1
    return ""

