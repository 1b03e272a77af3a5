"""Dated metric extraction: sentences in, :class:`records.Metric` rows out.

For each number candidate of a sentence (:func:`_sentence_metrics`, one step a call): its name
(:mod:`.naming`, its bound :mod:`.qualifiers`, a 分别 list :mod:`.lists`), its period (own clause,
else the sentence, else earlier sentences of the paragraph, else the headings:
:mod:`.period_choice`), whether it is a goal and its kind and sign (:mod:`.kind`), its subject
(:mod:`.subjects`), its basis (:mod:`.basis`), and raw offsets for the quote.

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

from pipelines.domain.metrics.basis import basis_of
from pipelines.domain.metrics.candidates import NumberCandidate, find_candidates
from pipelines.domain.metrics.clauses import (
    CLAUSE_MARKS,
    ITEM_MARKS,
    TASK_MARKS,
    Toks,
    mark_positions,
    span_of,
    tokens_of,
)
from pipelines.domain.metrics.context import NO_HEADING, Context
from pipelines.domain.metrics.counts import noun_before, share_heads
from pipelines.domain.metrics.home import home_currency, home_from_masthead, infer_home_place
from pipelines.domain.metrics.kind import (
    TO_LEVEL,
    committed_fund,
    contract_term,
    grant_parameter,
    kind_of,
    normal_value,
    restated_goal,
    signed_value,
    standard_parameter,
    target_of,
)
from pipelines.domain.metrics.labels import (
    LABEL_NAME_MAX,
    colon_label,
    entity_shared,
    item_label,
    with_item_label,
)
from pipelines.domain.metrics.lists import (
    ListState,
    list_gap,
    listed_period,
    parts_before,
    split_by_respectively,
)
from pipelines.domain.metrics.naming import (
    apart_from_subject,
    gap_before,
    grant_name,
    leading_flow_verb,
    name_after,
    name_before,
    name_from_earlier,
    name_start,
    not_names,
    with_last_name,
)
from pipelines.domain.metrics.period_choice import (
    NO_PERIOD,
    choose_period,
    contextualize,
    period_of_kind,
    plan_goals,
    plan_period,
    plan_years,
    release_period,
    scoped_spans,
)
from pipelines.domain.metrics.qualifiers import qualify
from pipelines.domain.metrics.reading_units import as_is, reading_units
from pipelines.domain.metrics.restate import restate
from pipelines.domain.metrics.rows import MetricRow, new_row
from pipelines.domain.metrics.run_index import RunIndex
from pipelines.domain.metrics.subjects import ANAPHOR, anaphor_place, subject_of
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
    if home_place is None and raw is not None:
        # 江西日报  2024年4月19日 over a page naming its place only as 全省: the paper's place
        home_place = home_from_masthead(raw)
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
    item: tuple[int, str] | None = None  # an outline item naming the entity of what follows
    prior: tuple[int, str] | None = None  # a place whose sentence ended with ；
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
            if spans and _EVENT_WORD.search(text) is not None:
                # 2025年临沂市重点项目集中签约大会: a year in an event's name dates none of its
                # figures (the event's day does)
                spans = [p for p in spans if not (_YEAR_ONLY.fullmatch(p.text)
                                                  and _EVENT_NAME.match(text, p.end))]
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
                if (inherited is not None and ctx.annual is not None
                        and _same_span(inherited.period, ctx.annual.period)):
                    # 2024年…统计公报: the title's year dates undated flows (period_of_kind),
                    # not stocks and shares (学校1.26万所, 毛入学率56.3% stay undated)
                    inherited = None
                elif inherited is not None and not target_heading and not review_heading:
                    # 2024年…运行情况 on 20 July: results of the 上半年 it reports on, not goals
                    inherited = ctx.results_period(inherited, sent.raw_start)
            anaphor = (anaphor_place(ctx.blocks.get(unit.block_no), tags, home_place)
                       if "该" in text and ANAPHOR.search(text) else None)
            metrics = _sentence_metrics(
                sent, cands, toks, spans, inherited, target_heading, doc_date, home_place, raw,
                ctx.indicators.get(unit.block_no), review_heading, frame, anaphor,
                ctx.plan or ctx.reviewed_plan,
                ctx.annual, prior[1] if prior is not None and prior[0] == unit.block_no else None,
            )
            # a place that opens its sentence (2024年义乌市地区生产总值…；) is the topic of the
            # items after the ； (not one named inside a task: 建强“都市圈”…都市圈经济总量…；)
            carried_on = prior is not None and prior[0] == unit.block_no
            place = metrics[-1].subject if metrics else None
            leads = bool(place) and (place in text[:_TOPIC_AT]
                                     or (carried_on and place == prior[1]))
            goes_on = leads and text.rstrip().endswith(("；", ";"))
            prior = (unit.block_no, place) if goes_on and place else None
            if len(metrics) > 1:
                metrics = entity_shared(metrics)
            if item is not None and item[0] == unit.block_no:
                metrics = with_item_label(metrics, item[1])
            if (metrics and out and blocks and blocks[-1] == unit.block_no
                    and out[-1].kind == "count_total" and text.startswith("其中")):
                # 存款324.18亿元。其中，活期3.62亿元，…: the parts of a stock are stocks
                stock = out[-1].unit
                metrics = [m._replace(kind="count_total")
                           if m.kind == "actual" and m.unit == stock else m for m in metrics]
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
            if not cands:  # 1. 市属企业。 then its figures
                name = item_label(text) if len(text) <= 20 else ""
                item = (unit.block_no, name) if name else None
            else:
                item = None
    if from_tables:  # a table's cells are read from its lines, not from the joined sentences
        cells = {id(m) for m in from_tables}  # (by identity: a sentence's reading of a cell
        # may hold the same fields)
        keep = [i for i, m in enumerate(out) if m.sent_no is not None and (
            id(m) in cells or table_at(tables, m.char_start) is None)]
        out, blocks = [out[i] for i in keep], [blocks[i] for i in keep]
    found = plan_period(out, blocks, doc_date)
    if ctx.annual is None:  # (a yearly report dates its undated flows by its title's year
        # and leaves its stocks undated: its 比上年 compares with the year before that year)
        found = release_period(found, blocks, raw)
    found = plan_goals(found, blocks, raw, ctx.plan or ctx.reviewed_plan)
    # a text counting Minguo years (113年) counts money in 新台币: its 元 are those, and its 全国
    # is its own country, the home place; a Hong Kong (Macau, Taiwan) text's bare 元 are its
    # place's currency (a budget's 670亿元 are 港元), as its explicit 港元 are
    currency = _ROC_CURRENCY if ctx.roc else home_currency(home_place)
    if currency is not None:
        texts = {s.sent_no: s.text for s in sentences} if raw is None else {}
        home_words = _ROC_HOME if ctx.roc else ()
        found = [m._replace(unit=currency if m.unit == "元" and not _renminbi(
                                raw if raw is not None else texts.get(m.sent_no, ""), m.char_start)
                                else m.unit,
                            subject=None if m.subject in home_words else m.subject)
                 if m.unit == "元" or m.subject in home_words else m for m in found]
    return found if rows else [m.to_record() for m in found]


_EVENTS = "大会|会议|论坛|峰会|博览会|交易会|展览会|洽谈会|推介会|年会|运动会|文化节|艺术节"
_EVENT_WORD = re.compile(_EVENTS)
_EVENT_NAME = re.compile(rf"[\u4e00-\u9fff“”]{{0,16}}?(?:{_EVENTS})")
# a 分别 list of rates with no items of its own (分别比上年增长…, 分别比上年末增加…, 分别增长…)
_RATES_OF_FIGURES = re.compile(
    r"分别(?:比上年末?|较上年末?|比上年同期|同比)?(?:增长|增加|下降|减少|提高)")
# a label and a colon right before a number, after the sentence's start, a bracket or a colon
_INLINE_LABEL = re.compile(r"(?:^|(?<=[）)：:]))([\u4e00-\u9fff]{2,12})[：:]$")
_NORMAL_LABELS = frozenset(("正常", "正常值", "常年", "常年值", "多年平均"))
_YEAR_ONLY = re.compile(r"\d{4}\s?年度?")
_TOPIC_AT = 12  # characters: a place this early in a sentence leads it
_ROC_CURRENCY = "新台币"
_EXCLUDING = re.compile(r"(?:剔除|扣除|撇除|除去|不计|不包括|未计)[^，,；;。]{1,30}?后的")
# 较第二季的3.2%, 比上月的0.5%: a rate of an earlier period a rate just given is compared with
_EARLIER_RATE = re.compile(r"(?:较|比)([^，,；;。]{2,12}?)的$")
_FORECAST_WORDS = ("预测", "预期", "预计", "目标")
# 即将, 必将, 也将: 将 of the future, not the one taking the thing changed
_WILL_BEFORE = frozenset("即必终势也又还亦均")
# a clause saying the economy grew (香港经济恢复增长，) before a nameless rate of its growth
_ECONOMY_GREW = re.compile(r"经济[^，,；;。\d]{0,6}(?:增长|上升|回升|复苏|扩张)[，,]$")
# a clause releasing a thing's figures (公布第三季本地生产总值修订数字，) before a nameless rate
_FIGURES_OF = re.compile(
    r"(?:公布|发表|发布)了?(?:[\d〇零一二三四五六七八九]{4}年)?(?:第[一二三四]季度?|[一二三四]季度|全年"
    r"|[上下]半年|首[一二三四]季)?(?:的)?(?P<name>[\u4e00-\u9fff]{2,12}?)的?(?:修订|初步|预先)?"
    r"(?:统计)?(?:数字|数据)[，,]$")
_PERIOD_BEFORE_CUE = re.compile(r"按季|按月|环比")
_GROWS = re.compile(r"增长|上升|回升")
_NEW_VERBS = ("新增", "新建", "新认定", "新培育", "新引进")
_MEMBERS_OF = ("的有", "的共有")
# 粮食产量437.9亿斤，连续11年稳定在430亿斤以上 / 总产量连续12年稳定在…: a streak's length
# names nothing; the floor it holds is of the thing named before (or before the streak)
_STREAK = re.compile(r"连续[\d〇零一二两三四五六七八九十百]+个?(?:年|月|季度|天|周)$")


def members_name(text: str, comma_start: int, pos: int, cand: NumberCandidate,
                 out: Sequence[MetricRow]) -> str | None:
    """21个地级以上市中，CPI同比上涨的有13个，持平的有3个: how many members of the group counted
    before in the sentence are so, named by what they are and the group (持平的地级以上市)."""
    group = next((m.indicator for m in reversed(out)
                  if m.unit == cand.unit and m.kind == "count_total" and m.indicator), None)
    state = text[comma_start:pos].strip(" ，,")
    state = state[: -len(next(w for w in _MEMBERS_OF if state.endswith(w)))]
    if group is None or not state or len(state) > _MAX_STATE:
        return None
    return f"{state}的{group.rpartition('的')[2]}"  # (持平的有3个 after 上涨的有13个: the group)


_MAX_STATE = 10


def own_verb_of_last(text: str, item_start: int, pos: int, last: str) -> str:
    """新建高标准农田12.5万亩、改造提升8.3万亩: an item that is only another flow verb (its own
    words before the number) counts the last name's thing under that verb (改造提升高标准农田),
    not the last name's own flow (新建)."""
    own = text[item_start:pos].strip("、，, ")
    verb, last_verb = leading_flow_verb(own), leading_flow_verb(last)
    if (not verb or not last_verb or verb == last_verb or len(own) > _MAX_VERB
            or not all("\u4e00" <= c <= "\u9fff" for c in own)):
        return last
    return own + last[len(last_verb) :]


_MAX_VERB = 6


def _renminbi(text: str, start: int) -> bool:
    """人民币2亿元: the amount names its currency, 元 of the mainland."""
    return any(w in text[max(0, start - 5) : start] for w in ("人民币", "人民幣", "RMB"))


_ROC_HOME = ("全国", "全國")


def _same_span(a, b) -> bool:
    return a.start == b.start and a.end == b.end


def _has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


_DIGIT = re.compile(r"\d")
# a headline (or a one-line question taken for a heading) may state a share or rate in Chinese
# numerals alone: 产量同比增长近四成, 增长百分之五
_CN_SHARE = re.compile(r"[一二两三四五六七八九十]成|百分之|分之")


class _Last:
    """What the numbers read so far in a sentence leave for the next one: the last name, the
    last subject, where the last number ended, its kind, the clause it was in and the flow verb
    its name led with."""

    __slots__ = ("comma", "end", "flow", "indicator", "kind", "subject")

    def __init__(self) -> None:
        self.indicator: str | None = None
        self.subject: str | None = None
        self.end = 0
        self.kind: str | None = None
        self.comma = -1
        self.flow = ""


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
    prior_subject: str | None = None,
) -> list[MetricRow]:
    """Metrics of one sentence; ``carried`` is the paragraph's last indicator so far;
    ``review_heading``: the section reviews results (a period not yet over is no plan);
    ``annual``: the year a yearly report's title names (its undated flows are that year's);
    ``prior_subject``: the place of the sentence before, when it ended with ； in this paragraph
    (its items go on)."""
    text = sent.text
    out: list[MetricRow] = []
    last = _Last()
    counts: list[tuple[int, NumberCandidate, str]] = []
    skip = not_names(text, spans)
    lists = ListState()
    share_base = ""  # 分别占全国的…: the base a list of shares without items is of
    label, label_end = colon_label(text) if "：" in text or ":" in text else ("", -1)
    label_of = ""  # the name the label qualifies
    items = mark_positions(text, ITEM_MARKS)  # task marks < clause marks < item marks
    marks = [items, [i for i in items if text[i] in CLAUSE_MARKS],
             [i for i in items if text[i] in TASK_MARKS]]
    for cand in cands:
        pos = cand.start
        item_start, comma_start, task_start = [
            at[i - 1] + 1 if (i := bisect_left(at, pos)) else 0 for at in marks]
        # its name
        start = name_start(text, sent.is_heading, item_start, comma_start, last.end, pos)
        kept, indicator, of_base = name_before(text, toks, cand, start, skip, home_place)
        gap = gap_before(text, kept, indicator, start, pos)
        listed, resp_pos, first = split_by_respectively(text, cand, cands, spans, toks, lists,
                                                         comma_start)
        list_place: str | None = None
        if listed:
            indicator, list_place = listed
        qualifier, qualifier_text, indicator = qualify(text, cand, indicator, bool(listed),
                                                       comma_start)
        if resp_pos >= 0:
            gap, qualifier, qualifier_text = list_gap(text, cand, first, resp_pos, qualifier,
                                                      qualifier_text)
        indicator, counted = name_after(text, toks, cand, indicator, gap, kept, bool(listed),
                                        comma_start, last.flow, last.comma, last.end)
        own = indicator  # the name the number's own words give
        indicator, rate_of = name_from_earlier(text, toks, cand, indicator, last.indicator,
                                               carried, last.kind, task_start, comma_start,
                                               skip, home_place)
        indicator = with_last_name(indicator, last.indicator, carried, cand, text, bool(listed),
                                   comma_start)
        if not indicator and cand.unit == "%" and comma_start > 0 and _GROWS.search(
                text, comma_start, pos) and _ECONOMY_GREW.search(text, 0, comma_start):
            indicator = "经济"  # 香港经济恢复增长，全年实质增长3.2%: the economy's growth
        elif not indicator and cand.unit == "%" and comma_start > 0 and _GROWS.search(
                text, comma_start, pos) and (figures := _FIGURES_OF.search(text, 0, comma_start)):
            # 统计处公布第三季本地生产总值修订数字，按年实质增长1.8%: the figures released
            indicator = figures.group("name")
        elif ((not indicator or indicator.endswith("调整后")) and cand.unit == "%" and out
              and out[-1].indicator
              and out[-1].sent_no == sent.sent_no and out[-1].kind == "growth_rate"
              and _PERIOD_BEFORE_CUE.search(text, comma_start, pos)):
            # 按年增长1.8%，经季节性调整后按季下跌1.1%: the same thing against the quarter before
            # (经季节性调整后: a condition, no name)
            indicator = out[-1].indicator
        if indicator and "后的" in indicator and _EXCLUDING.search(text, comma_start, pos):
            # 剔除政府一次性纾困措施后的基本综合消费物价指数上升1.1%: what is left out is a
            # condition of the figure, not part of its name
            indicator = indicator[indicator.find("后的") + 2 :] or indicator
        if indicator and (at := indicator.rfind("将", 1)) > 0 and len(indicator) - at > 2 and (
                indicator[at - 1] not in _WILL_BEFORE) and text.endswith("由", 0, pos) and (
                TO_LEVEL.match(text, cand.end)):
            # 政府同日将经济增长预测由2.5%至3.5%收窄至2.5%: 将 takes the thing changed (the
            # forecast of growth), who changed it and when are no part of its name
            indicator = indicator[at + 1 :]
        if label and comma_start == label_end:
            if not own:  # 招标控制价：38652.47万元 (not the paragraph's last name)
                indicator = label
            elif len(own) <= LABEL_NAME_MAX and label not in own and own not in label:
                label_of, indicator = own, label + own  # 服饰产业：实现产值…
        elif label_of and indicator.startswith(label_of) and not indicator.startswith(label):
            indicator = label + indicator  # …，占规模以上工业总产值的36.5%: the item's 产值
        elif not own and text[pos - 1 : pos] in ("：", ":") and (
                inline := _INLINE_LABEL.search(text, max(0, pos - 16), pos)) and (
                inline.group(1) not in _NORMAL_LABELS):
            # 年平均气温：24.1°C（正常：23.5°C）年总雨量：2780.3毫米 (lines of a list joined):
            # each label names the figure after it; the normal in brackets its line's figure
            indicator = inline.group(1)
        if indicator and indicator == last.indicator:
            indicator = own_verb_of_last(text, item_start, pos, indicator)
        if text.endswith(_MEMBERS_OF, 0, pos) and out and cand.unit is not None:
            indicator = members_name(text, comma_start, pos, cand, out) or indicator
        if (indicator and indicator == last.indicator and indicator.startswith(_NEW_VERBS)
                and "累计" in text[comma_start:pos] and indicator not in text[comma_start:pos]):
            # 新增国家级母婴友好医院2家，累计达到5家: the total is of the things, not the new ones
            indicator = indicator[2:]
        if resp_pos >= 0 and not listed and out and text.startswith("分别占", resp_pos):
            if indicator.startswith("占"):
                share_base = indicator
            part = parts_before(text, cand, cands, resp_pos, [m.indicator for m in out])
            if part is not None and share_base:
                indicator = part + share_base  # 观影人次…，分别占全国的4.6%: 观影人次占全国
        elif resp_pos >= 0 and not listed and out and _RATES_OF_FIGURES.match(text, resp_pos):
            # 实缴单位2.35万家，实缴职工98.72万人，分别比上年增长8.9%、3.3%: each rate is of one
            # of the figures just before it, in order
            part = parts_before(text, cand, cands, resp_pos, [m.indicator for m in out],
                                distinct=False)
            if part is not None:
                indicator = part
        elif listed and resp_pos >= 0 and text.startswith("分别占", resp_pos):
            of = text.find("的", resp_pos, pos)
            if of > resp_pos + 3 and "占" not in indicator:
                # A、B分别为…，分别占用水总量的59.7%、…: each item's share of the base
                indicator += text[resp_pos + 2 : of]
        # its period, and whether it is a goal
        scoped = scoped_spans(text, spans, of_base, start, comma_start, last.end, pos)
        period = choose_period(text, cand, scoped, inherited, toks,
                               (item_start, comma_start, task_start))
        if resp_pos >= 0 and len(scoped) > 1 and (
                item := listed_period(text, cand, cands, scoped, resp_pos)) is not None:
            period = item.period  # 1月、2月…分别为X、Y: each month its own figure
        period = plan_years(period, frame, plan, text, comma_start, pos)
        comma_lo, comma_hi = span_of(toks, comma_start, pos)
        is_target, period = target_of(text, toks, cand, period, of_base, target_heading,
                                      review_heading, doc_date, task_start, comma_start,
                                      comma_lo, comma_hi)
        # its kind, and the period as the kind reads it
        clause_text = text[comma_start:pos]
        kind, period = kind_of(cand, indicator, gap, clause_text, is_target, period)
        if kind != "target" and normal_value(text, pos):
            kind, period = "other", NO_PERIOD  # （正常：23.5°C）: the normal itself, a base
        if text.endswith("由", 0, pos) and TO_LEVEL.match(text, cand.end) and any(
                w in text[comma_start:pos] for w in _FORECAST_WORDS):
            # 将经济增长预测由2.5%至3.5%收窄至2.5%: the forecast given up is no goal and no result
            kind, period = "other", NO_PERIOD
        elif grant_parameter(text, cand, comma_start, task_start, qualifier_text):
            kind, period = "other", NO_PERIOD  # 给予一次性奖励50万元: a rule's parameter
            indicator = grant_name(text, cand, indicator, task_start)
        elif standard_parameter(text, indicator) and (kind != "target" or "指导线" in text):
            kind, period = "other", NO_PERIOD  # 月最低工资标准1930元/月: a rule's level
        elif contract_term(cand, indicator):
            kind, period = "other", NO_PERIOD  # 计划工期：540日历天: a contract's term
        elif kind != "target" and committed_fund(text, cand, task_start, qualifier):
            kind = "target"  # 每年统筹安排…专项资金不少于10亿元: a fund committed
        elif kind != "target" and restated_goal(
                text, cand, qualifier, indicator, last.end,
                out[-1].indicator if out else None, out[-1].unit if out else None,
                out[-1].kind if out else None):
            kind = "target"  # 低于3%左右的调控目标, …5.3%，控制在5.5%以内: the goal restated
        period = period_of_kind(period, kind, indicator, text, clause_text, pos, spans,
                                inherited, annual)
        if (cand.unit == "%" and out and out[-1].kind == "growth_rate" and kind == "share"
                and (earlier := _EARLIER_RATE.search(text, comma_start, pos)) is not None):
            # 按年实质增长1.8%，较第二季的3.2%明显放缓: the rate of the period compared with,
            # the same thing's growth then
            then = next((p for p in spans if p.start >= earlier.start(1)
                         and p.end == earlier.end(1)), None)
            if then is not None:
                kind, period, indicator = "growth_rate", then.period, out[-1].indicator or ""
        # its place
        subject = subject_of(toks, text, pos, list_place, home_place, task_start, comma_start,
                             toks[comma_lo:comma_hi], last.subject, not out, anaphor)
        if subject is None and prior_subject and task_start == 0:
            subject = prior_subject  # …地区生产总值2236亿元，增长7.1%；小商品城市场成交额…
        last.subject = subject
        indicator, subject, nameless = apart_from_subject(indicator, subject, home_place)
        if nameless and (last.indicator or carried) and "连续" in text[comma_start:pos]:
            indicator, nameless = last.indicator or carried or "", False  # 连续11年稳定在…
        elif indicator and "连续" in indicator and (streak := _STREAK.search(indicator)):
            # 总产量连续12年稳定在32亿斤以上: 总产量 (…规模已连续9个月: 已 is the streak's)
            indicator = indicator[: streak.start()].removesuffix("已")
        if not indicator and cand.ordinal and (last.indicator or carried):
            # …，是有记录以来第二高: a rank naming nothing ranks the last thing named
            indicator, nameless = last.indicator or carried or "", False
        value, high = signed_value(cand, gap)
        out.append(_row(sent, cand, raw, indicator, subject, value, high, kind, qualifier,
                        qualifier_text, period,
                        basis_of(clause_text, period, cand, text, of_base)))
        last.indicator = None if nameless else rate_of or indicator or last.indicator
        last.end, last.kind, last.comma = cand.end, kind, comma_start
        last.flow = leading_flow_verb(indicator) if indicator else ""
        if counted:
            counts.append((len(out) - 1, cand, indicator))
    return restate(share_heads(out, counts, text), cands, text)


def _row(sent: Sentence, cand: NumberCandidate, raw: str | None, indicator: str,
         subject: str | None, value: float, high: float | None, kind: str, qualifier: str,
         qualifier_text: str | None, period: Period, of: str | None) -> MetricRow:
    """The metric of one number, quoted from the raw text when there is one."""
    index = sent.raw_index
    cs, ce = (index.span(cand.start, cand.end) if index.__class__ is RunIndex
              else sent.raw_span(cand.start, cand.end))
    quote = raw[cs:ce] if raw is not None else sent.text[cand.start : cand.end]
    return new_row(MetricRow, (
        sent.sent_no, quote, cs, ce, indicator or None, subject, float(value),
        float(high) if high is not None else None, cand.unit_raw,
        scaled(float(value), cand.multiplier), cand.unit, kind, qualifier, qualifier_text,
        period.text, period.start, period.end, of,
        scaled(float(high), cand.multiplier) if high is not None else None))
