"""Which period a number speaks of: the time expressions of its sentence, its clause, its
paragraph and headings weighed against each other (periods.py finds and resolves them)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache, lru_cache

from pipelines.domain.docdate import data_end_topic
from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.clauses import (
    CLAUSE_MARKS,
    ITEM_MARKS,
    TASK_MARKS,
    Tok,
    Toks,
    clause_start,
)
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.period_events import (
    CLAUSE_END,
    COMMAS,
    DAY_JOINTS,
    DONE,
    INDEX_BASE_HINT,
    PLANNED,
    ROUND,
    day_of_figure,
    due_by,
    event_year,
    figure_day,
    index_base,
    numbers_event,
    period_words,
    planned_on,
    rounds_on_days,
    when_begun_or_done,
)
from pipelines.domain.metrics.rows import MetricRow
from pipelines.domain.numbers import parse_numeral
from pipelines.domain.periods import (
    PeriodSpan,
    find_periods,
    last_day,
    may_hold_period,
    needs_year,
    resolve_period,
)
from pipelines.domain.records import Period

# a base the period names with what follows it (2019年同期, 恢复至2019年同月的108.4%, 2020年价格)
_BASE_AFTER = ("同期", "同月", "同季", "价格", "不变价", "可比价")
# 完成全年目标的25.5%, 达年度计划的103%, 全年预算数的97.6%: the plan's year is the base a share
# of it is measured against, not the period of the number or of what follows
_PLAN_BASE = ("目标的", "计划的", "任务的", "目标任务的", "预算的", "预算数的", "计划任务的")
# 恢复至2019年的88.6%, 相当于2019年的九成: the year is the base a share of it is measured against
_RECOVERED_TO = ("恢复至", "恢复到", "相当于")
# 是上年的1.4倍, 为2020年的2倍: the period is the base a multiple is measured against
_MULTIPLE_OF = re.compile(
    r"(?:同?期)?(?:水平)?的(?:近|约|超过|超)?(?:[\d０-９.．]+(?:多)?|[一二两三四五六七八九十]+)倍")


def periods_of(text: str, doc_date: date | None, roc: bool = False,
               april_fiscal: bool = False) -> list[PeriodSpan]:
    """Reporting periods of a text (single event days left out); ``roc``: the document counts
    years by the Minguo calendar; ``april_fiscal``: its 年度 run from 1 April (Hong Kong)."""
    if not may_hold_period(text):
        return []  # most sentences read for their numbers name no period
    found = find_periods(text, doc_date, roc, april_fiscal)
    base = INDEX_BASE_HINT in text or "=" in text
    kept = [(not p.is_day or day_of_figure(text, p)) and not numbers_event(text, p)
            and not (base and index_base(text, p)) for p in found]
    for i in range(len(found) - 2, -1, -1):
        # 10月2日、10月3日单日票房分别为…: the days listed before a day of figures are too
        if found[i].is_day and kept[i + 1] and found[i + 1].is_day and (
                text[found[i].end : found[i + 1].start] in DAY_JOINTS):
            kept[i] = True
    out = [p for p, keep in zip(found, kept, strict=True) if keep]
    if _SINCE in text and len(out) > 1:
        out = _since_until(text, out)
    return rounds_on_days(found, out) if ROUND in text else out


_SINCE = "以来"
_UNTIL = ("截至", "截止")
_BETWEEN_SINCE_UNTIL = frozenset(("", "，", ","))


def _since_until(text: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    """``spans`` with a span since a day closed by the day right after it (自2011年4月20日…实施
    以来，截至2024年12月31日，…累计…) read as one span, from the first day to the second: the
    running total's, not the closing day alone."""
    out: list[PeriodSpan] = []
    for span in spans:
        last = out[-1] if out else None
        if (last is not None and last.text.endswith(_SINCE) and span.text.startswith(_UNTIL)
                and text[last.end : span.start].strip() in _BETWEEN_SINCE_UNTIL
                and last.period.start is not None and span.period.end is not None
                and last.period.start < span.period.end):
            words = text[last.start : span.end]
            out[-1] = PeriodSpan(last.start, span.end, words, Period(
                text=words, start=last.period.start, end=span.period.end), False)
            continue
        out.append(span)
    return out


def counted_over(text: str, cand: NumberCandidate, spans: Sequence[PeriodSpan]
                 ) -> PeriodSpan | None:
    """有9个机场10月旅客吞吐量同比增速超过10%: a count of things (有N个…) whose figure of a
    period meets a bound; the period named right after the things counted dates the count
    (not the sentence's or the paragraph's period before it)."""
    if not text.endswith(_THERE_ARE, 0, cand.start):
        return None
    after = next((p for p in spans if p.start >= cand.end), None)
    if (after is None or after.period.start is None or is_comparison(text, after)
            or _COUNTED.fullmatch(text, cand.end, after.start) is None):
        return None
    return after


_THERE_ARE = "有"


def summed_over_list(text: str, cand: NumberCandidate, spans: Sequence[PeriodSpan],
                     clause: int) -> Period | None:
    """7月、8月灾情最为集中，…分别为423.5亿元和376.2亿元，合计占前三季度的53.8%: a sum (合计,
    共计) of the periods listed before it (7月、8月, joined by 、 or 和) is over all of them, from
    the first one's start to the last one's end."""
    if _SUMMED.search(text, clause, cand.start) is None:
        return None
    before = [p for p in spans if p.end <= clause and p.period.start is not None
              and not is_comparison(text, p)]
    listed = before[-1:]
    while len(listed) < len(before) and text[before[-len(listed) - 1].end
                                             : listed[0].start] in DAY_JOINTS:
        listed.insert(0, before[-len(listed) - 1])
    if len(listed) < 2:
        return None
    first, last = listed[0].period, listed[-1].period
    if first.end is None or last.start is None or not first.end < last.start:
        return None
    return Period(text=text[listed[0].start : listed[-1].end], start=first.start, end=last.end)


_SUMMED = re.compile(r"合计|共计|总计")

COMPARED_WITH = "相比"
# from a base's period to the 相比 that closes the comparison, in one clause (与去年11月那场
# 平均溢价率仅1.6%的土拍相比), or the brackets right after it (与今年9月的上一场集中出让相比
# （6宗地块、成交53.2亿元）)
_TO_COMPARED = re.compile(r"[^，,；;。：:]*?相比(?:较)?")
_BRACKET_AFTER = re.compile(r"[（(][^（()）]*[）)]")


def base_figure(text: str, cand: NumberCandidate, spans: Sequence[PeriodSpan]
                ) -> PeriodSpan | None:
    """The base period of a 与…相比 whose own figures the number is (inside the phrase, or in the
    brackets right after it): the base's period, not the sentence's."""
    for p in spans:
        if p.end > cand.start or not text.endswith(_WITH, 0, p.start):
            continue
        phrase = _TO_COMPARED.match(text, p.end)
        if phrase is None:
            continue
        if cand.end <= phrase.end():
            return p
        bracket = _BRACKET_AFTER.match(text, phrase.end())
        if bracket is not None and bracket.start() < cand.start and cand.end < bracket.end():
            return p
    return None


_WITH = ("与", "同")
_COUNTED = re.compile(r"[\u4e00-\u9fff]{1,6}")  # the things counted (机场, 城市)


def is_comparison(text: str, span: PeriodSpan) -> bool:
    """比上年 / 较2019年 / 与上年末相比 / 2019年同期 / 按2021年价格计算: the period is the base a
    change or a level is measured from (同期 after a period names the same months of that year;
    a year's prices are the base of real amounts)."""
    return text.endswith(
        metric_lexicon().comparison_marks, max(0, span.start - 2), span.start
    ) or text.startswith(_BASE_AFTER, span.end) or text.startswith(_PLAN_BASE, span.end) or (
        "倍" in text and _MULTIPLE_OF.match(text, span.end) is not None) or (
        text.endswith(_RECOVERED_TO, 0, span.start) and text.startswith("的", span.end)) or (
        text.startswith(_CLOSING, span.end) and _BASE_NAMED.search(text, 0, span.start) is not None
    ) or text.endswith(_OVERTAKEN, 0, span.start) or (
        needs_year(span.text) and _base_year_before().search(
            text, max(0, span.start - _BASE_YEAR_CHARS), span.start) is not None)


_BASE_YEAR_CHARS = 10


@cache
def _base_year_before() -> re.Pattern[str]:
    """A comparison's base year right before a period in it (较去年全年, 比上年同期, 已超过2019年
    全年): the period is that year's, the base's too."""
    marks = "|".join(sorted((*metric_lexicon().comparison_marks, *_OVERTAKEN), key=len,
                            reverse=True))
    return re.compile(rf"(?:{marks})\s?(?:去年|上年|上一年|前年|\d{{4}}\s?年)$")


# a period's figure overtaken or neared (規模已超越上年全年, 已超过2019年全年, 接近去年全年水平):
# the period is the one measured against, not what the text reports on
_OVERTAKEN = ("超越", "超过", "超過", "超出", "赶超", "趕超", "追平", "逼近", "接近")
# a base named, then its period in brackets (较基准年（2020年）, 比基期（2015年）,
# 与上年（2023年）相比): the bracket's period is that base, no period of what the text reports
_CLOSING = ("）", ")")
_BASE_NAMED = re.compile(r"[比较与][\u4e00-\u9fff]{1,5}[（(]$")


def comparison_length(text: str, span: PeriodSpan) -> int:
    """Length of the comparison word before a period (比 in 比上年), 0 if none."""
    before = text[max(0, span.start - 2) : span.start]
    return next((len(m) for m in metric_lexicon().comparison_marks if before.endswith(m)), 0)


# a period's words that say its year: a year written (2024年, 二〇二四年, 113年度), one relative to
# the text's date (今年, 去年, 本月, 上周, 近期, 当日) or a day, a month, a quarter (needs_year's)
_NAMES_A_YEAR = re.compile(r"[\d〇零一二三四五六七八九十０-９年月季周日]|^[本上下近今去明当前后]")


def year_of(spans: Sequence[PeriodSpan], text: str) -> int | None:
    """The year a text names last as what it talks about (not a comparison base, not a span)."""
    found = year_span(spans, text)
    return found.period.start.year if found is not None else None  # type: ignore[union-attr]


def year_span(spans: Sequence[PeriodSpan], text: str) -> PeriodSpan | None:
    """The period whose year :func:`year_of` gives."""
    for p in reversed(spans):
        per = p.period
        if per.start is None or per.end is None or per.start.year != per.end.year:
            continue
        if needs_year(p.text) or is_comparison(text, p) or p.text.endswith("以来"):
            continue
        if _NAMES_A_YEAR.search(p.text) is None:
            continue  # (春节假期, 活动期间: a holiday's or an event's days, dated by the text's
            # date or its brackets, do not say which year the text talks about)
        if p.text in LOCAL_PERIODS:
            continue  # 年末累计结存…: 累计 (dated the text's day) names no year talked about
        if old_level_year(text, p):
            continue  # 仅次于2019年的24.5度: another year's figure, not the year talked about
        return p
    return None


def contextualize(
    spans: Sequence[PeriodSpan], text: str, year: int | None, doc_date: date | None,
    heading_year: int | None = None,
) -> list[PeriodSpan]:
    """Resolve periods that name no year (全年, 年末) in the year being talked about.

    ``heading_year``: the year the enclosing heading names (二〇二四年施政回顾); a year named by a
    relative word earlier in the sentence (…预计明年竣工，全年共完成…) does not replace it."""
    out: list[PeriodSpan] = []
    named_here = False  # a year named earlier in the sentence
    for p in spans:
        if not named_here and doc_date is not None and _DAY_OF_MONTH.fullmatch(p.text) and (
                needs_year(p.text)) and not planned_on(text, p) and not due_by(text, p):
            # (将于12月10日, 11月30日前: ahead)
            # 截至3月27日收盘 in a text of 28 March 2026 on 2025: a day named without its year is
            # the latest such day up to the document's date, not one of the year reported on
            p = replace(p, period=_latest_day(p.text, doc_date))
        elif (needs_year(p.text) or p.text in _YEAR_BEFORE) and year is not None and not (
                is_comparison(text, p)):
            # 上年 (statistics' "the year before") is the year before the year talked about: in
            # a report on 2025 published in 2026, 由上年的1.71 is 2024's (去年 stays the
            # writer's last year)
            if doc_date is None or year != doc_date.year:
                p = replace(p, period=_in_year(p, year))
        elif not is_comparison(text, p):
            named = year_of([p], text)
            if named is None and p.period.start is not None and share_base_end(text, p) >= 0:
                named = p.period.start.year  # 达到2024年全年票房…的98.5%: the base's 全年
            if named is not None and (heading_year is None or not relative_year(p.text)):
                year, named_here = named, True
        out.append(p)
    return out


def _in_year(span: PeriodSpan, year: int) -> Period:
    """``span``'s period read in ``year``; a span its text alone does not date (a bare 夏季 the
    text gave its months elsewhere: 夏季（6-8月）) keeps its months, moved to that year."""
    found = resolve_period(span.text, date(year, 12, 31))
    start, end = span.period.start, span.period.end
    if found.start is not None or start is None or end is None or start.year != end.year:
        return found
    return Period(text=span.period.text, start=start.replace(year=year),
                  end=last_day(year, end.month) if end.month == 2 else end.replace(year=year))


# a month's day (3月27日, 10月1号), alone or as a point reached (截至3月27日收盘; not a
# deadline, 到6月30日, nor a run of days, 10月1日至8日)
_DAY_OF_MONTH = re.compile(r"(?:截至|截止)?\d{1,2}月\d{1,2}[日号]")


def _latest_day(text: str, doc_date: date) -> Period:
    """The day ``text`` names (no year) in the document's year, or the year before when that
    falls after the document's date."""
    period = resolve_period(text, doc_date)
    if period.end is not None and period.end > doc_date:
        period = resolve_period(text, date(doc_date.year - 1, 12, 31))
    return period


_YEAR_BEFORE = frozenset({"上年", "上一年"})
_RELATIVE_YEAR = re.compile(r"今年|明年|去年|上年|前年|后年|来年|次年|本年|下一年|下年")


def relative_year(text: str) -> bool:
    """A period naming its year only relative to the text's date (明年, 去年一季度)."""
    return _RELATIVE_YEAR.search(text) is not None and not any(c.isdigit() for c in text)


NO_PERIOD = Period()  # no period found (records are frozen: one serves every number)


# a sentence saying what a period is (2025年是“十四五”规划收官之年，也是为“十五五”良好开局打牢
# 基础的关键之年): it is about that period; the plans it names only characterise it
# (…，也是…之年: the same period said to be more)
_CHARACTERISED = re.compile(r"[，,]?\s?是[^。；！？]*?(?:之年|的一年)"
                            r"(?:[，,]\s?(?:也|又|还|更)是[^。；！？]*?(?:之年|的一年))*")


def topic_of(text: str, spans: Sequence[PeriodSpan]) -> PeriodSpan | None:
    """The period a sentence says what it is (``<period>是…之年``), if any: the period the
    sentence is about, and so the one its paragraph goes on with, whatever periods it names
    after it."""
    return next((p for p in spans if _CHARACTERISED.match(text, p.end)), None)


def _characterising(text: str, spans: Sequence[PeriodSpan]) -> list[tuple[int, int]]:
    """Where a sentence says what a period is (the ``是…之年`` after it): periods named there
    (为“十五五”良好开局…之年) characterise that period and date nothing."""
    found = (_CHARACTERISED.match(text, p.end) for p in spans)
    return [(m.start(), m.end()) for m in found if m is not None]


def whole_year(period: Period) -> bool:
    """The period is one calendar year, whole (2025年, 全年)."""
    start, end = period.start, period.end
    return (start is not None and end is not None and start.year == end.year
            and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31))


def year_to_date(period: Period) -> bool:
    """The period runs from a year's 1 January to a later month's end, within that year
    (1-10月, 前三季度, 上半年; 全年 too)."""
    start, end = period.start, period.end
    return (start is not None and end is not None and start.year == end.year
            and (start.month, start.day) == (1, 1) and end.month > 1
            and end == last_day(end.year, end.month))


# what a year's flows are totalled by after 累计 (累计销售汽车, 累计生产, 累计出口): the sales,
# output or trade of the months so far, not a stock; events that occur (累计出现重度污染4个
# 城市日, 累计发生火灾), which no stock holds; and those a year's events take in (累计邀请用人
# 单位5316家, 累计接待游客): guests of the period, not a total standing at its end; and cases
# handled or money paid out for those named after 为 (累计为2.86万户纳税人办理增值税留抵退税
# 416.2亿元, 累计办理, 累计发放): the service of the months so far; sessions held (累计开展公益
# 培训460余场次), as events hosted (举办); orders filled (累计成功兑现候补订单2860万张), as sales;
# an emergency's deeds (累计派出工作组56个, 累计转移避险群众48.6万人次, 累计出动救援人员): the
# response over the season or the disaster, no stock
_FLOW_TO_DATE = re.compile(
    r"(?:为[^，,；;。]{0,24}?)?(?:成功)?(?:销售|生产|出口|进口|交付|产销|出现|发生|邀请|接待|举办"
    r"|开展|办理|发放|兑现|派出|转移|出动)")


def flow_to_date(text: str, pos: int) -> bool:
    """A verb of sales, output, trade or events occurring right after 累计 (ending at ``pos``)."""
    return _FLOW_TO_DATE.match(text, pos) is not None


def dates_a_flow(text: str, span: PeriodSpan) -> bool:
    """A flow's verb follows the period right away, or after the place's scope (全年净增2986万户,
    全年新增…, 全年全省登记认定慈善组织126家): the period dates that flow's clause, not the stocks
    around it."""
    scope = _SCOPE.match(text, span.end)
    return text.startswith(metric_lexicon().actual_cues,
                           span.end if scope is None else scope.end())


# the place a flow's clause covers, right after its period (全年全省…, 今年全市…)
_SCOPE = re.compile(r"[全本我][国省市县区州镇乡]")


EVERY_YEAR = "每年"
# (全国现有养老护理员约50万人: at the text's date, as 当前; no goal in a section of goals)
PRESENT = "现有"
# a yearly amount of no one year (每年遴选…50家左右 with no plan's years): its text, no dates
EVERY_YEAR_PERIOD = Period(text=EVERY_YEAR)
# a comparison with the same period a year before, right after a number
# (年增 / 年减: Taiwan's 年增率, 按年: Hong Kong's and Macau's, both against the same months a year
# before: 外销订单累计5,436亿美元，年增22.4%)
_SAME_PERIOD = re.compile(
    r"[，,]?\s*(?:同比|比上年同期|较上年同期|比去年同期|较去年同期|年增(?!长)|年减|按年)")
LOCAL_PERIODS = ("累计",)  # adverbs of their own clause, not periods of what follows


def reports_on(text: str, span: PeriodSpan, doc_date: date | None,
               within: tuple[date, date] | None) -> bool:
    """A period ``text`` names as one it reports on: not a comparison's base, a day, a point (年初,
    年末, 月末) or a span 以来; over by ``doc_date``; inside ``within`` (a year a title or heading
    names; not the month a survey was held)."""
    per = span.period
    return not (per.start is None or per.end is None or per.start == per.end
                or span.text in LOCAL_PERIODS or span.text.endswith(_NOT_REPORTED)
                or (doc_date is not None and per.end > doc_date)
                or (within is not None and not within[0] <= per.start <= per.end <= within[1])
                or is_comparison(text, span)
                # (2025年10月开展的毕业生跟踪调查: when a survey was held, not what it measures)
                or _SURVEY_HELD.match(text, span.end) is not None)


_NOT_REPORTED = ("以来", "初", "末", "底")


def most_named(periods: Iterable[Period]) -> list[Period]:
    """After each of ``periods`` (in text order), the one named most often so far (as it was
    first named; of equals, the first named): the report period of a text read up to there."""
    counts: dict[tuple[date | None, date | None], int] = {}
    first: dict[tuple[date | None, date | None], Period] = {}
    order: dict[tuple[date | None, date | None], int] = {}  # when first named
    out: list[Period] = []
    best: tuple[date | None, date | None] | None = None
    for per in periods:
        key = (per.start, per.end)
        n = counts[key] = counts.get(key, 0) + 1
        if key not in first:
            first[key], order[key] = per, len(order)
        if best is None or n > counts[best] or (n == counts[best] and order[key] < order[best]):
            best = key
        out.append(first[best])
    return out


def reported_period(before: str, doc_date: date | None, roc: bool,
                    within: tuple[date, date] | None) -> Period | None:
    """The period the text ``before`` a table or sentence names most often as what it reports on
    (:func:`reports_on`; the first named of equals): 上半年 in a half-year release, 1-10月 in a
    monthly one. A year not over at the document's date gives way to it (results of a year not
    over are not its goals)."""
    found = most_named(p.period for p in periods_of(before, doc_date, roc)
                       if reports_on(before, p, doc_date, within))
    return found[-1] if found else None


def choose_period(
    text: str,
    cand: NumberCandidate,
    spans: Sequence[PeriodSpan],
    inherited: PeriodSpan | None,
    toks: Sequence[Tok] = (),
    starts: tuple[int, int, int] | None = None,
) -> Period:
    """The nearest period before the number in its sentence, else the paragraph's or heading's
    (``starts``: the number's item, comma and task clause starts, when known); a level a span
    closes at or measured against the end of the span before stands at the span's end.

    累计 marks only its own clause: a later clause does not inherit it. A comparison base
    (比上年) is not a period.
    """
    period = _chosen(text, cand, spans, inherited, toks, starts)
    if _SINCE_WORD in text and any(p.text == _RUNNING and p.end <= cand.start for p in spans) and (
            since := _undated_since(text, cand, spans)) is not None:
        return Period(text=since)  # 新“国九条”发布以来，…累计实施现金分红2.39万亿元: unknown start
    if period.start is None or period.start == period.end:
        return period
    if text.endswith(_CLOSED_AT, 0, cand.start) or (
            inherited is not None and period is inherited.period
            and _against_end_before(text, cand, period)):
        return Period(text=period.text, start=period.end, end=period.end)
    return period


_SINCE_WORD = "以来"


def _undated_since(text: str, cand: NumberCandidate, spans: Sequence[PeriodSpan]) -> str | None:
    """The words of a since-event the text gives no date (新“国九条”发布以来，上市公司累计实施现金
    分红2.39万亿元) opening the number's task, a comma after it: a running total over a span
    whose start no one knows, no point at the text's date; None where the since is dated (a
    span: 2023年以来) or a period opens the task before it."""
    task = clause_start(text, cand.start, TASK_MARKS)
    at = text.find(_SINCE_WORD, task, cand.start)
    if at < 0 or not text.startswith(COMMAS, at + len(_SINCE_WORD)) or any(
            task <= p.start < at + len(_SINCE_WORD) for p in spans):
        return None  # (…，我省出现入汛以来最强降雨过程: a record's window; 2023年以来，: dated)
    return text[task : at + len(_SINCE_WORD)].strip() or None


# a level a market or a price closes a span at (创业板指收于3102.48点 in a month's release): the
# level on the span's last day
_CLOSED_AT = ("收于", "收报", "报收", "收在", "收於", "收報", "報收")
# a comparison with the end of the span before (比上年末提高0.83个百分点, 较上月末增加325亿元): the
# figures compared are levels at the end of their own span, a year's (a month's)
_END_BEFORE = re.compile(r"[比较較](?:上年末|上年底|去年末|去年底|上年年末|上月末|上月底)")
_MONTH_END_BEFORE = "月"
_PERCENT = "%"


def _against_end_before(text: str, cand: NumberCandidate, period: Period) -> bool:
    """The sentence measures its figures against the end of the span before ``period`` (a year
    for 比上年末, a month for 较上月末), a period it takes from its paragraph or headings: they
    are levels at ``period``'s end (城镇人口占全国人口比重为66.99%，比上年末提高0.83个百分点
    under a paragraph's 全年: at the year's end), and so are their differences; a rate of change
    in its clause (较上月末上涨1.76%) is over the span."""
    return _end_before_at(text, cand.start, cand.unit == _PERCENT, period)


def _end_before_at(text: str, start: int, percent: bool, period: Period) -> bool:
    """:func:`_against_end_before` for the number at ``start`` (``percent``: its unit is %).

    比上年末 / 比去年底 dates a level at the end of any span of this year its paragraph names
    that closes with a month (全年, 上半年, 1-10月, 10月份: 航线达到352条，比上年末增加19条 in a
    month's release stands at the month's end): last year's end is the base whatever span of
    this one the text reports on; 较上月末 only under a month."""
    if "末" not in text and "底" not in text:
        return False
    found = _END_BEFORE.search(text)
    if found is None:
        return False
    if percent and clause_start(text, start, CLAUSE_MARKS) <= found.start() < start:
        return False
    if _MONTH_END_BEFORE in found.group():
        return calendar_month(period)
    return _closes_a_month_of_one_year(period)


def _closes_a_month_of_one_year(period: Period) -> bool:
    """The period is a span within one calendar year that ends on a month's last day (全年,
    上半年, 1-10月, 10月份), not a day nor a span up to the text's date (今年以来)."""
    start, end = period.start, period.end
    return (start is not None and end is not None and start < end
            and start.year == end.year and end == last_day(end.year, end.month))


def at_end_before(period: Period, text: str, start: int) -> Period:
    """``period`` (a yearly report's year given to a level with no time expression of its own)
    moved to its end when the sentence measures the level against the end of the span before
    (全市人口密度为831人/平方公里，比上年末增加2人/平方公里 in a 2024 bulletin: at 2024's end, as
    the bulletin's 年末 stocks), as :func:`choose_period` moves an inherited one."""
    if ("末" not in text and "底" not in text) or period.start is None or period.end is None or (
            period.start == period.end):
        return period
    percent = _PERCENT_AT.match(text, start) is not None
    if not _end_before_at(text, start, percent, period):
        return period
    return Period(text=period.text, start=period.end, end=period.end)


# a number in % at a position (2.6%, 7 7.4%: OCR spaces)
_PERCENT_AT = re.compile(r"[0-9.\s]+%")


def _chosen(
    text: str,
    cand: NumberCandidate,
    spans: Sequence[PeriodSpan],
    inherited: PeriodSpan | None,
    toks: Sequence[Tok],
    starts: tuple[int, int, int] | None,
) -> Period:
    """:func:`choose_period`'s period before the level rules."""
    if _LATEST_WORD in text and _latest_figure(text, cand):
        return NO_PERIOD
    if _LIST_WORD in text and _on_a_list(text, cand, spans):
        return NO_PERIOD
    if _RECENTLY in text and _said_recent(text, cand, spans):
        return NO_PERIOD
    if _normal_in_brackets(text, cand):
        return NO_PERIOD
    if not spans:  # the common case: nothing to choose from in the sentence
        return inherited.period if inherited is not None else NO_PERIOD
    own = next((p for p in spans if p.start == cand.end + 1 and figure_day(text, p)), None)
    if own is None:
        own = _planned_after(text, cand, spans)
    if own is None and _RESPECTIVELY in text:
        own = _paired_after(text, cand, spans) or _year_of_pair(text, cand, spans)
    if own is None and _FROM_WORD in text:
        own = _moved_to(text, cand, spans)
    if own is not None:
        return own.period
    item, comma, task = starts or (clause_start(text, cand.start, ITEM_MARKS),
                                   clause_start(text, cand.start, CLAUSE_MARKS),
                                   clause_start(text, cand.start, TASK_MARKS))
    if item > comma and not _starts_predicate(toks, item):
        item = comma  # 累计建成绿道…、公园…: one verb
    first_task = _first_task_end(text)
    # …到2029年…达到90%以上；每年遴选…50家左右: a yearly amount of a task of its own takes no
    # year from the task before it
    yearly = EVERY_YEAR in text[task : cand.start]
    said = _characterising(text, spans) if "之年" in text or "的一年" in text else []
    before = [
        p for p in spans
        if p.end <= cand.start and (p.text not in LOCAL_PERIODS or p.start >= item)
        and not is_comparison(text, p)
        and (p.start >= task or (p.end <= first_task and not yearly
                                 and not scopes_its_clause(text, p)))
        and not any(lo <= p.start < hi for lo, hi in said)
        and not _ranked_over(text, p, cand) and not describes_when(text, p)
        and not 0 <= aside_end(text, p) <= cand.start and not figure_day(text, p)
        and not (p.end <= comma and _rank_window(text, p))
        and not (planned_on(text, p) and text.find(DONE, comma, cand.start) >= 0)
        and not (p.end <= comma and carried_over(text, p))
    ]
    if before and _GOAL_DONE.match(text, comma, cand.start) is not None:
        total = next((p for p in reversed(before) if p.text.endswith(_SINCE)
                      and p.start >= task and CLAUSE_END.search(text, p.end, comma) is not None
                      and text.find(_RUNNING, p.end, comma) >= 0), None)
        if total is not None:
            # 10月，…筹集…1.2万套，今年以来累计筹集6.8万套，完成年度目标的85%: the share of the
            # goal the running total has reached, over the total's span
            return total.period
    if len(before) > 1 and _running_total_before(text, before[-1], comma, cand):
        before.pop()
    if before:
        last = before[-1]
        if last.end <= comma and when_begun_or_done(text, last):
            return event_year(last).period
        if LENGTH_ONLY.fullmatch(last.text):
            frame = same_length_frame(before[:-1], last) or (
                inherited if inherited is not None
                and same_length_frame([inherited], last) else None)
            if frame is not None:
                return frame.period  # “十五五”时期，…，五年累计新增就业80万人: the plan's five
        if last.text in LOCAL_PERIODS:
            dates = (last.period.start, last.period.end)
            framed = [p for p in before[:-1]
                      if p.period.end is not None and (p.period.start, p.period.end) != dates]
            if framed:
                frame = framed[-1]
                if _total_after_additions(text, frame, last):
                    return last.period
                if (frame.end <= comma and dates_a_flow(text, frame) and whole_year(frame.period)
                        and not _events_summed(cand) and not flow_to_date(text, last.end)):
                    # 全年新增…1.2万个，累计建成超过5.8万个: the year dates the flow's clause; the
                    # running total after it stands at the year's end (hours or visits summed,
                    # 志愿服务时长累计1.9万小时, are the year's: no total of them stands); in a
                    # year not over at the text's date (累计 is that date; not in a report of the
                    # first quarter, on the year before: last_year_report), at that date
                    end = frame.period.end
                    if end is not None and _in_year_not_over(last.period, end):
                        return last.period
                    return Period(text=frame.text, start=end, end=end)
                return frame.period  # X以来，累计… / 截至2023年底，…累计: the sentence's frame
            if last.text == "累计" and inherited is not None and (
                    _spans_years(inherited.period) or _after(inherited.period, last.period)
                    or _as_at_day_before(inherited, last.period)
                    or ((year_to_date(inherited.period) or _span_over_before(
                        inherited.period, last.period)) and (
                        flow_to_date(text, last.end) or _SAME_PERIOD.match(text, cand.end)
                        or _events_summed(cand)))):
                # 五年累计完成…。城镇新增就业累计达到…: the paragraph's years are the sum's;
                # 1-10月，…。比亚迪累计销售汽车…: the months so far are the sales'; 累计开行2386列，
                # 同比增长6.3%: a sum compared with the same months a year before is theirs;
                # 全年…。志愿服务时长累计1.9万小时: hours summed over the paragraph's year (前三季度
                # …；…累计转移避险群众412.8万人次: people moved over its months); 2026年，…。力争
                # 累计建成160万亩: a goal's total in the paragraph's year ahead
                return inherited.period
        return last.period
    if inherited is not None:
        return inherited.period
    return NO_PERIOD


# a normal, the mean of years on record, with its value in brackets (较常年同期（428.3毫米）偏多
# 2成, 比多年平均（…）偏少): that value is no figure of the text's periods
_NORMAL_OPEN = re.compile(r"(?:正常|常年|多年平均|多年同期|历年同期)(?:同期)?值?\s?[（(]$")
_NORMAL_OPEN_CHARS = 8


def _normal_in_brackets(text: str, cand: NumberCandidate) -> bool:
    """The number opens a bracket right after a normal's words: the normal's own value."""
    return text.endswith(("（", "("), 0, cand.start) and _NORMAL_OPEN.search(
        text, max(0, cand.start - _NORMAL_OPEN_CHARS), cand.start) is not None


_HOURS = "小时"
_LATEST_WORD = "最新"
# a figure named as the latest of its series (最新失业率为3.9%): of the series' own latest period,
# which the text does not name (not 升至最新的3 845 600人: the window the release reports on)
_LATEST = re.compile(r"最新(?!的)[^，,；;。：:\d]{1,8}?(?:为|是|达到|达)\s*$")


def _on_a_list(text: str, cand: NumberCandidate, spans: Sequence[PeriodSpan]) -> bool:
    """The number counts what a ranking list holds, set in it before (在世界500强榜单中上榜企业
    达到47家，较上年增加1家), and the sentence names no period before it (a comparison's base
    aside): of the list's edition, which it does not name, not of the months the paragraph
    reports (“2024年全球银行1000强”榜单中: named)."""
    return (_ON_A_LIST.search(text, 0, cand.start) is not None
            and not any(p.end <= cand.start and not is_comparison(text, p) for p in spans))


# the share of a goal done, opening its clause (完成年度目标的85%, 完成全年任务的)
_GOAL_DONE = re.compile(r"[，,]?\s?(?:已)?完成[^，,；;。\d]{0,8}?(?:目标|任务|计划)(?:任务)?的")
_RECENTLY = "近期"


def _said_recent(text: str, cand: NumberCandidate, spans: Sequence[PeriodSpan]) -> bool:
    """近期 in the number's task, no period between it and the number (人社部近期会同有关部门发布
    了第四批共19个新职业): a time with no dates, the figure's; the paragraph's period is not."""
    at = text.rfind(_RECENTLY, clause_start(text, cand.start, TASK_MARKS), cand.start)
    return at >= 0 and not any(at < p.start < cand.start for p in spans)


_LIST_WORD = "榜"
_ON_A_LIST = re.compile(r"在[^，,；;。]{0,20}?榜单?[中上里]")


def _latest_figure(text: str, cand: NumberCandidate) -> bool:
    """The number is a series' latest figure named so in its clause (最新失业率为3.9%): it takes
    no period from its sentence or paragraph."""
    return _LATEST.search(text, clause_start(text, cand.start, CLAUSE_MARKS),
                          cand.start) is not None
# the rest of a bracket after a period, a figure in it (（2月第1周的131.52）, （2024年为5.2%）)
_ASIDE_REST = re.compile(r"[^（()）]{0,12}?\d[^（()）]{0,12}?[）)]")
_ASIDE_OPEN = 12  # characters at most between the bracket's opening and the period


def aside_end(text: str, span: PeriodSpan) -> int:
    """Where the bracket ends that holds ``span`` and a figure after it, an earlier level given
    in passing (200指数较年内高点（2月第1周的131.52）低11.16个点), else -1: the period dates that
    figure alone, not the sentence's after the bracket nor the next sentences."""
    if "（" not in text and "(" not in text:
        return -1
    opened = max(text.rfind("（", max(0, span.start - _ASIDE_OPEN), span.start),
                 text.rfind("(", max(0, span.start - _ASIDE_OPEN), span.start))
    if opened < 0 or max(text.rfind("）", opened, span.start),
                         text.rfind(")", opened, span.start)) >= 0:
        return -1
    found = _ASIDE_REST.match(text, span.end)
    return found.end() if found is not None else -1
# when events mostly fall or what phase a period is in (主要发生在1月、2月, 仍处于秋冬季森林防火
# 关键期): the months describe, the figure is of the period reported on
_WHEN_BEFORE = re.compile(r"(?:主要|大多|多|集中)(?:发生|集中|出现|分布)?在"
                          r"(?:[^，,；;。]{0,12}[、和])?$|(?:正|仍)?处于$|正值$")


def describes_when(text: str, span: PeriodSpan) -> bool:
    """``span`` says when the events mostly fell or which phase a time is in: it dates no
    figure (低温冷冻和雪灾主要发生在1月、2月，造成农作物受灾面积316.4千公顷)."""
    return _WHEN_BEFORE.search(text, max(0, span.start - 20), span.start) is not None
_WINDOW_AFTER = re.compile(r"来?[^，,；;。：:]{0,10}?(?:[\d.]+%的?(?:历史)?分位"
                           r"|第[一二三四五六七八九十\d]+[高低多少大小]|最[高低多少大小]"
                           r"|第[一二三四五六七八九十\d]+次(?:刷新|创|打破))")
_RUNNING = "累计"


def scopes_its_clause(text: str, span: PeriodSpan) -> bool:
    """``span`` dates its own clause only (a running total's in a later clause of its sentence;
    a window ranked over): it frames no later task of the sentence, nor the next sentences (a
    first clause's, 全省1-10月累计完成…。其中…, frames what follows)."""
    if _WINDOW_AFTER.match(text, span.end) is not None or carried_over(text, span):
        return True
    if span.text in LOCAL_PERIODS or CLAUSE_END.search(text, 0, span.start) is None:
        return False
    if _DIGIT.search(text, 0, span.start) is None:
        # 全省深入开展…三年行动，2024年以来累计排查…，整改率…；排查重大事故隐患1273项: the clauses
        # before give no figure (the campaign the totals are of), so the span opens the figures
        # of the whole sentence as a first clause's would
        return False
    end = CLAUSE_END.search(text, span.end)
    return text.find(_RUNNING, span.end, end.start() if end else len(text)) >= 0


_DIGIT = re.compile(r"\d")


# a day stressed as that day alone (10月1日当天, 国庆当日)
_THAT_DAY = ("当天", "当日")


def that_day_only(text: str, span: PeriodSpan) -> bool:
    """10月1日当天发送旅客2313.6万人次，创…新高；公路人员流动量22.04亿人次: a day stressed by 当天
    dates its own sentence, not the next ones of its paragraph (the period reported on)."""
    return span.is_day and text.startswith(_THAT_DAY, span.end)


# what a period carries into the next (上年结转4件, 上年结余, 上年末结转): its own clause's amount
_CARRIED = ("结转", "结余", "遗留")


def carried_over(text: str, span: PeriodSpan) -> bool:
    """上年结转4件: the period names where the amount is carried from; it dates that clause's
    figure alone (…，上年结转4件，…，按时答复率100% is the year's rate, not last year's)."""
    return text.startswith(_CARRIED, span.end)


# a change stated in a clause (…今年以来累计上涨6.7%，同比增加…): it goes on with the clause before
_CHANGE_WORDS = re.compile(r"同比|环比|增长|下降|上涨|下跌|提高|降低|增加|减少|[较比]")


def _running_total_before(text: str, span: PeriodSpan, comma: int, cand: NumberCandidate
                          ) -> bool:
    """3月28日长沙银行股价收报…，今年以来累计上涨6.7%，最新市净率约0.46倍: a running total's span
    (以来…累计) in a later clause of a sentence an earlier period frames dates its own clause;
    a level in a clause after it, no change of that total, is the frame's again."""
    return (span.end <= comma and span.text.endswith(_SINCE_WORD)
            and scopes_its_clause(text, span)
            and _CHANGE_WORDS.search(text, comma, cand.start) is None)


_SINCE_WORD = "以来"


def _ranked_over(text: str, span: PeriodSpan, cand: NumberCandidate) -> bool:
    """``span``, a span up to now (今年以来, 近十年来), is the window the number, a record or a
    percentile right after it, is taken over."""
    if not (span.text.endswith("以来") or span.text.startswith(("近", "过去"))):
        return False
    found = _WINDOW_AFTER.match(text, span.end)
    return found is not None and cand.start < found.end()


_PLANNED_GAP = 16  # characters at most between the figure and the period planned for it


def _planned_after(text: str, cand: NumberCandidate, spans: Sequence[PeriodSpan]
                   ) -> PeriodSpan | None:
    """The period a plan names for the figure right after it in its clause (第二批共五个项目将于
    2025/26年度内陆续落成; 约62%的单位将于后三年（即2027/28至2029/30年度）落成), or the one a
    deed was done in, right after the figure (第三批690亿元于7月下达): the figure's, not an
    earlier clause's."""
    for p in spans:
        if p.start <= cand.end or p.start - cand.end > _PLANNED_GAP:
            continue
        between = text[cand.end : p.start]
        if (CLAUSE_END.search(between) is None and any(w in between for w in PLANNED)) or (
                between in _DONE_IN):
            return p
    return None


_DONE_IN = ("于", "已于")  # (第三批690亿元于7月下达: right after the figure)
_RESPECTIVELY = "分别"
_FROM_WORD = "由"
_OF = "的"
# a change between two levels, each dated (由8月至10月的152400人下跌4600人至9月至11月的147800人):
# the change ends at the new level's period, written after it
_TO_LEVEL = re.compile(r"\s?(?:至|到)$")


def _moved_to(text: str, cand: NumberCandidate, spans: Sequence[PeriodSpan]) -> PeriodSpan | None:
    """The period of the new level a change (the number) moves to, right after it (…下跌4600人至
    2025年9月至11月的147800人), when the clause gives the old level after 由 before it: the change
    is up to that period, the new level's."""
    after = next((p for p in spans if p.start >= cand.end), None)
    if (after is None or not text.startswith(_OF, after.end)
            or _TO_LEVEL.fullmatch(text, cand.end, after.start) is None):
        return None
    start = clause_start(text, cand.start, CLAUSE_MARKS)
    return after if text.find(_FROM_WORD, start, cand.start) >= 0 else None
# the periods a list of figures is paired with (…分别于1月、4月下达, 分别在6月和9月)
_PAIRED_ON = re.compile(r"分别(?:于|在|是|为)")
_LIST_JOINTS = frozenset(("、", "和", "及", "与"))


def _paired_after(text: str, cand: NumberCandidate, spans: Sequence[PeriodSpan]
                  ) -> PeriodSpan | None:
    """第一批810亿元、第二批810亿元分别于1月、4月下达: the figures of a list before 分别 are paired
    in order with the periods listed after it (as many), each figure dated by its own."""
    found = _PAIRED_ON.search(text, cand.end)
    if found is None or CLAUSE_END.search(text, cand.end, found.start()) is not None:
        return None
    start = clause_start(text, cand.start, CLAUSE_MARKS)
    index = text.count("、", start, cand.start)
    items = text.count("、", start, found.start()) + 1
    paired: list[PeriodSpan] = []
    for p in spans:
        if p.start < found.end():
            continue
        gap = text[paired[-1].end : p.start] if paired else text[found.end() : p.start]
        if (paired and gap not in _LIST_JOINTS) or (not paired and gap):
            break
        paired.append(p)
    return paired[index] if len(paired) == items > index else None


# two years listed as one span (2023年、2024年, 2022年和2023年)
_TWO_YEARS = re.compile(r"(\d{4})\s?年?\s?[、和]\s?(\d{4})\s?年")
# a number right after another and a joint (5.38万件、[5.91万件]): the second of a pair
_SECOND_OF_PAIR = re.compile(r"\d[^\d，,；;。、和及与]{0,6}[、和及与]$")
_FIRST_OF_PAIR = re.compile(r"[^\d，,；;。、]{0,6}[、和及与]\s?\d")


def _year_of_pair(text: str, cand: NumberCandidate, spans: Sequence[PeriodSpan]
                  ) -> PeriodSpan | None:
    """2023年、2024年分别受理执行案件5.38万件、5.91万件，执结5.27万件、5.83万件: two years
    listed before 分别 pair in order with each pair of figures after it (the first of a pair is
    the first year's, the one after 、 / 和 the second's), whichever clause of the sentence the pair
    is in; a figure of no pair (…，占比为12%) keeps the span of both years."""
    listed = next(((p, found) for p in spans if p.end <= cand.start and (
        found := _TWO_YEARS.fullmatch(p.text.replace(" ", ""))) is not None), None)
    if listed is None or text.find(_RESPECTIVELY, listed[0].end, cand.start) < 0:
        return None
    second = _SECOND_OF_PAIR.search(text, max(0, cand.start - 8), cand.start) is not None
    if not second and _FIRST_OF_PAIR.match(text, cand.end) is None:
        return None
    year = int(listed[1].group(2 if second else 1))
    return replace(listed[0], period=Period(text=f"{year}年", start=date(year, 1, 1),
                                            end=date(year, 12, 31)))


# what a record's window is named after (为全年月度最高, 创年内新高, 居今年以来首位)
_RANKED_AS = ("为", "是", "创", "居")


def _rank_window(text: str, span: PeriodSpan) -> bool:
    """``span`` is the window a record is ranked over (2月份…43.6亿元，为全年月度最高，购物人数达
    72.8万人次): it says which figure was highest, it dates no later clause's figure."""
    return (text.endswith(_RANKED_AS, 0, span.start)
            and _WINDOW_AFTER.match(text, span.end) is not None)


def _total_after_additions(text: str, frame: PeriodSpan, total: PeriodSpan) -> bool:
    """本季度…，知识库新增条目1.2万条，累计达到8.6万条: a running total after a clause of what a
    span within a year (not a whole year: :func:`choose_period` reads a year's; nor a plan's
    years, 五年累计…，新增…。…累计达到…, whose sums they are) added stands at the text's date, as
    累计 alone does; the span dates the additions, not the total they bring it to. So too for
    a span up to now (今年以来，新增试点县9个，累计覆盖41个)."""
    per = frame.period
    if (per.start is None or per.end is None or per.start == per.end
            or per.start.year != per.end.year
            or whole_year(per) or not text.startswith(_REACHED, total.end)):
        return False
    clause = clause_start(text, total.start, CLAUSE_MARKS)
    return any(text.find(w, frame.end, clause) >= 0 for w in _ADDED)


_ADDED = ("新增", "净增", "增加")
# (累计达到8.6万条: the level the total reaches; 累计覆盖41个县: the places it covers by now)
_REACHED = ("达到", "达", "超过", "突破", "覆盖")


def _events_summed(cand: NumberCandidate) -> bool:
    """The number counts events or hours (人次, 场次, 小时), which a running total sums over its
    period: it does not stand at the period's end as things built do."""
    return cand.unit == _HOURS or cand.unit in metric_lexicon().flow_units


# a span named by its length alone (五年, 五年累计, 三年间): counted back from the document's date
# unless a span of that length was named before it (“十五五”时期 …五年累计)
LENGTH_ONLY = re.compile(r"[一二两三四五六七八九十\d]+年(?:累计|间|来)?")


def same_length_frame(spans: Sequence[PeriodSpan], span: PeriodSpan) -> PeriodSpan | None:
    """The last of ``spans`` over as many calendar years as ``span`` (a length-only span, its
    length read from its words: one looking back from a text of a year's second half has no
    dates, which years is not said)."""
    length = _LENGTH.match(span.text)
    value = parse_numeral(length.group(1)) if length is not None else None
    if not value:
        return None
    per, years = span.period, int(value) - 1
    for p in reversed(spans):
        q = p.period
        if (q.start is not None and q.end is not None and q.start.year < q.end.year
                and q.end.year - q.start.year == years
                and (q.start, q.end) != (per.start, per.end)):
            return p
    return None


_LENGTH = re.compile(r"(?:近|过去)?([一二两三四五六七八九十\d]+)年")


def _in_year_not_over(point: Period, year_end: date) -> bool:
    """``point`` (the text's date) falls in the year ending ``year_end``, after its first
    quarter (a year-end summary written in December)."""
    at = point.end
    return (at is not None and at < year_end and at.year == year_end.year
            and at.month > _REPORTING_MONTHS)


def _span_over_before(period: Period, point: Period) -> bool:
    """``period`` is a span of days over before ``point`` (an event's days, 10月20日至11月11日,
    before the text's day): a running total of what was done in it (活动期间，…。…累计开展公益
    培训460余场次) is of those days, as one of the months so far is. Not whole calendar months
    (10月，…；…累计服务境外旅客超过156万人次: a total to the text's day), unless a season's word
    names them (汛期, 6月1日至9月30日 as the text gives it: 各地累计转移避险群众…)."""
    start, end = period.start, period.end
    return (start is not None and end is not None and start < end
            and point.start is not None and end < point.start
            and not (start.day == 1 and end == last_day(end.year, end.month)
                     and not _named_season(period)))


def _named_season(period: Period) -> bool:
    """A span of dates named by a season's word (汛期, 2025年汛期, the text giving its dates in
    brackets), not by calendar units (10月, 三季度, 上半年), though it runs over whole months."""
    return (period.start is not None and _CALENDAR_WORD.search(
        _YEAR_FIRST.sub("", period.text or "", 1)) is None)


# a period's words naming calendar units (10月, 三季度, 上半年), or none
_CALENDAR_WORD = re.compile(r"[年月季]|^$")
_YEAR_FIRST = re.compile(r"^\d{4}\s?年")


def _as_at_day_before(frame: PeriodSpan, point: Period) -> bool:
    """``frame`` is a day things stand at (截至10月末), before ``point`` (累计: the text's day):
    截至10月末，外汇储备…；黄金储备较2024年末累计增加129万盎司: the total up to that day."""
    start, end = frame.period.start, frame.period.end
    return (frame.text.startswith(_AS_AT) and start is not None and start == end
            and point.start is not None and end < point.start)


_AS_AT = ("截至", "截止")


def _after(period: Period, point: Period) -> bool:
    """``period`` begins after ``point`` (a year ahead of the text's date)."""
    return (period.start is not None and point.end is not None
            and period.start > point.end)  # type: ignore[operator]


def _spans_years(period: Period) -> bool:
    """A period over several calendar years (五年, 十四五时期, 2021—2025年)."""
    return (period.start is not None and period.end is not None
            and period.start.year < period.end.year)


def last_year_report(period: Period, doc_date: date | None) -> Period:
    """全年 / 年末 in a text of the first quarter, not stated as a goal: last year's result.

    Whole-year figures for the current year cannot exist yet in January–March, when annual
    bulletins and work reports are published; without a goal word they report the year before.
    """
    if doc_date is not None and period.text in _WITHIN_YEAR and period.start is not None and (
            period.start <= doc_date < period.end):  # type: ignore[operator]
        # 年内累计上涨18.6% in a report of 18 March: the year so far (a goal's 年内 is the year's)
        return Period(text=period.text, start=period.start, end=doc_date)
    if (
        doc_date is None
        or doc_date.month > _REPORTING_MONTHS
        or period.end != date(doc_date.year, 12, 31)
        or not needs_year(period.text or "")
    ):
        return period
    found = resolve_period(period.text or "", date(doc_date.year - 1, 12, 31))
    if period.start == period.end:  # (the end of a year named: 全年…，累计… stays at its end)
        return Period(text=found.text, start=found.end, end=found.end)
    return found


_REPORTING_MONTHS = 3
_WITHIN_YEAR = ("年内", "本年内")  # (本年内已偿还…: Hong Kong's company reports)


def _starts_predicate(toks: Sequence[Tok], pos: int) -> bool:
    """The list item at ``pos`` starts with its own verb (…、连续保持全国第一), not a noun."""
    if isinstance(toks, Toks):
        i = bisect_left(toks.starts, pos)
        first = toks[i] if i < len(toks) else None
    else:
        first = next((t for t in toks if t.start >= pos), None)
    return first is not None and first.pos.startswith(("v", "d", "a"))


@lru_cache(maxsize=64)
def _first_task_end(text: str) -> int:
    """End of the sentence's first task clause (up to the first ；): a period written there
    frames the whole sentence, one written in a later task only that task."""
    ends = [i for i in (text.find(m) for m in "；;") if i >= 0]
    return min(ends) if ends else len(text)


# a plan's goal quoted with the plan that set it (提前实现“十四五”规划确定的12件的预期目标,
# 完成“十四五”规划提出的60%的目标): the number is the plan's, for its years
_PLAN_SET = re.compile(r"“?(十[一二三四五六七八九]?五)”?(?:规划|时期)?(?:纲要)?"
                       r"(?:确定|提出|设定|明确|制定|设置)的$")
_PLAN_GOAL = re.compile(r"的(?:预期|约束性|主要)?(?:目标|指标)")


def plan_goal_period(text: str, start: int, end: int) -> Period | None:
    """The years of the plan whose goal the number at ``start``-``end`` is, when the text
    quotes it so (…“十四五”规划确定的12件的预期目标), else None."""
    found = _PLAN_SET.search(text, max(0, start - 16), start) if "五" in text else None
    if found is None or _PLAN_GOAL.match(text, end) is None:
        return None
    plan = resolve_period(found.group(1), None)
    return Period(text=f"“{found.group(1)}”", start=plan.start, end=plan.end)


_YEAR_END = ("年末", "年底")
_AS_OF = ("截至", "截止")


def flow_of_year(period: Period, indicator: str, kind: str) -> bool:
    """A year-end point (年末) dating a flow: a rate of change of something that is not a
    stock, or an amount or share named by a flow word (增加值, 产值, 投资); a point named as
    the state at the year's end (截至2024年底) only an amount named by a flow word (the
    rates that follow it are of the stocks it gives: 有效注册商标…同比增长2.6%). A point named
    as the state at a month's end within the year (截至9月底，…实有…。新设私营企业25.9万户) dates
    a figure named by a flow word, its share or its rate as the year so far."""
    text = period.text or ""
    if (period.end is None or period.start != period.end
            or kind not in ("growth_rate", "share", "actual")):
        return False
    year_end = text.endswith(_YEAR_END) and (period.end.month, period.end.day) == (12, 31)
    if not year_end:
        # (新设私营企业占新设企业总数: a share is of the thing before its 占, whatever the whole)
        part = indicator.partition(_SHARE_OF)[0] if kind == "share" else indicator
        return (text.startswith(_AS_OF) and text.endswith(_MONTH_END)
                and period.end == last_day(period.end.year, period.end.month)
                and not _named_as_stock(part) and _MEAN_OR_HOLDER.search(part) is None
                and any(w in part for w in metric_lexicon().actual_cues))
    if text not in _YEAR_END and (kind != "actual" or not text.startswith(_AS_OF)):
        return False
    lent = indicator.startswith(_NEWLY_LENT)
    if (_named_as_stock(indicator) and not lent) or indicator.endswith(_STANDARD):
        # 各项贷款余额…增长6.9%, 常住人口城镇化率: stocks at the year's end; 城市低保平均保障标准
        # 为782元/人·月，比上年增长4.3%: a standard in force at the year's end, a level
        return False
    return kind == "growth_rate" or any(w in indicator for w in metric_lexicon().actual_cues)


_STANDARD = "标准"
# 新发放创业担保贷款1.86亿元: loans made in the year, a flow, though 贷款 names a balance too
_NEWLY_LENT = ("新发放", "新增发放", "新投放", "发放")


_MONTH_END = ("底", "末")
_SHARE_OF = "占"


# a mean standing at the day (日均审核补贴申请, 补贴资金平均到账时间), or those who trade named by
# their trade (参与以旧换新的家电销售门店, 回收网点): levels and holders, no flow of the year so far
_MEAN_OR_HOLDER = re.compile(r"^日均|平均|(?:门店|网点|商户|站点|点位)$")


def _named_as_stock(indicator: str) -> bool:
    """The name holds a stock's word (余额, 总量, 城镇化率)."""
    lex = metric_lexicon()
    return any(w in indicator for w in lex.amount_stock) or any(
        w in indicator for w in lex.count_total_cues)


def plan_period(out: list[MetricRow], blocks: Sequence[int], doc_date: date | None
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
        if (m.kind != "target" or m.period_start is not None or m.period_text is not None
                or not found or len(found) != 1 or lifetime_total(m.indicator)):
            continue  # (a period of its own, even one without dates, 秋冬季, is the goal's; a
            # project's 总投资 is of its own years, :func:`period_of_kind`)
        text, start, end = next(iter(found))
        if end > doc_date:
            filled[i] = m.model_copy(
                update={"period_text": text, "period_start": start, "period_end": end}
            )
    return filled


# a comparison with an earlier time (与上一个三个月比较, 按年, 同比, 较上月): the figure is of the
# period the text reports on (raw text: either script)
# (not 按年度用水量, 按年给予水费补贴, 按月发放: by the year or month, a rule's terms)
_COMPARED = re.compile(r"比[较較]|相比|按[年月](?!度|份|给|發|发|缴|繳|支|拨|撥|结|結|核|申|领|領"
                       r"|足额)|同比|[环環]比|[较較]上|比上|[较較]去年|比去年"
                       r"|上一[个個]|一年前|与上[月年期季]持平")
# the level a change starts from, before the number: 上一个三个月的X (the window before), 一年前的X
# (the same window a year before), 由X (in a paragraph comparing with the window before)
_PREVIOUS = re.compile(r"上一[个個][一二三四五六七八九十两兩\d]*[个個]?(?:月|季度?|年)的\s*$")
_YEAR_AGO = re.compile(r"一年前的\s*$")
_FROM = re.compile(r"由\s*$")
# the move to a new level right after the number 由 opens (由15个工作日压缩至5个工作日): the number
# is the old level, of a time the text does not give
_MOVED_AFTER = re.compile(r"[^\d，,；;。、]{0,6}?(?:提高|提升|上升|增加|增长|下降|降低|"
                          r"减少|缩短|压缩|缩减|缩小|扩大|调整|降|升|增|减)(?:到|至|为)")


# the base a sum is worked out on (以总股本84.2亿股计算, 按常住人口1250万人测算): a figure the
# sentence uses as it stands, no goal of its task
_COMPUTED_BEFORE = re.compile(r"(?:以|按|按照)[^，,；;。]{0,12}$")
_COMPUTED_AFTER = re.compile(r"(?:为基数|为基础)?(?:计算|测算|核算|折算)")


def computed_on(text: str, start: int, end: int, clause_start: int) -> bool:
    """The number at ``start:end`` is the base its clause computes on (以…计算)."""
    return (_COMPUTED_AFTER.match(text, end) is not None
            and _COMPUTED_BEFORE.search(text, clause_start, start) is not None)


def release_period(out: list[MetricRow], blocks: Sequence[int], raw: str | None
                   ) -> list[MetricRow]:
    """A release's figures with no time expression, in a paragraph that compares them with an
    earlier time (与上一个三个月比较，建造业的失业率下跌0.5个百分点至6.8%): the period its lead
    paragraph reports on (the latest it names: 由8月至10月的3.9%下跌至9月至11月的3.8%); the level
    a change starts from (由上一个三个月的X…至…, 一年前的X) the window before it; one after 由
    in a paragraph comparing otherwise (同比: 由15个工作日压缩至5个工作日) is of no time the text
    gives. Goals and a rule's parameters stay undated."""
    if raw is None or not out:
        return out
    if "数据" in raw:
        if "截" in raw:
            out = _at_data_cut_off(out, raw)
        if "调查" in raw:
            out = _survey_levels(out, raw)
    if _CLASS in raw:
        out = _class_sizes(out, raw)
    first = blocks[0]
    lead = [m for m, b in zip(out, blocks, strict=True)
            if b == first and m.period_end is not None and m.period_start is not None
            and m.kind not in ("target", "other")
            and _SURVEY_HELD.search(raw, m.char_start, m.char_start + 40) is None
            and _SURVEY_HELD.search(raw, max(0, m.char_start - 60), m.char_start) is None]
    if not lead:
        return out
    ref = _lead_frame(lead)
    if ref.period_start == ref.period_end and not (ref.period_text or "").startswith(_AS_OF):
        # (财政厅于2025年8月19日…招标发行了…: an issue's day dates the issue, not the later
        # paragraphs' uses of its money; a statistics' day, 截至2025年8月31日, dates them)
        return out
    # the window before: the lead's other period (由8月至10月的3.9%下跌至9月至11月的3.8%), else
    # the window of the same length just before
    earlier = [m for m in lead if m.period_end < ref.period_end]  # type: ignore[operator]
    if earlier:
        prev = max(earlier, key=lambda m: (m.period_end, m.period_start))
        previous = (prev.period_text, prev.period_start, prev.period_end)
    else:
        n = _months(ref.period_start, ref.period_end)  # type: ignore[arg-type]
        previous = ("上一期", _back(ref.period_start, n), _back(ref.period_end, n, end=True))
    year_ago = ("一年前", _back(ref.period_start, 12), _back(ref.period_end, 12, end=True))
    current = (ref.period_text, ref.period_start, ref.period_end)
    filled = out
    blanks: list[tuple[int, int]] | None = None  # the blank lines' spans (when first needed)
    for i, (m, block) in enumerate(zip(out, blocks, strict=True)):
        if (block == first or m.period_text is not None or m.period_start is not None
                or m.kind in ("target", "other")):
            continue
        if blanks is None:
            blanks = [b.span() for b in _BLANK_LINE.finditer(raw)]
        para, end = _paragraph_around(blanks, len(raw), m.char_start)
        if _ON_A_LIST.search(raw, para, m.char_start) is not None:
            continue  # (在…榜单中上榜企业达到47家: of the list's edition, :func:`_on_a_list`)
        cue = _COMPARED.search(raw, para, end)
        if cue is None or _own_period(out, para, end, current) or (cue.start() > m.char_start and (
                m.kind not in ("share", "growth_rate") or "。" in raw[m.char_end : cue.start()])
                and not _compared_itself(raw, m.char_end, cue.start())):
            continue  # (a count before the comparison in its sentence: a sample, 纳入监测的156家)
        before = raw[max(para, m.char_start - 12) : m.char_start]
        period = current
        if _FROM.search(before) and not cue.group().startswith("上一") and (
                _MOVED_AFTER.match(raw, m.char_end) is not None):
            continue  # (由15个工作日压缩至5个工作日: the old level, of no time the text gives)
        if _PREVIOUS.search(before) or (_FROM.search(before) and cue.group().startswith("上一")):
            period = previous
        elif _YEAR_AGO.search(before):
            period = year_ago
        if filled is out:
            filled = list(out)
        filled[i] = m._replace(period_text=period[0], period_start=period[1],
                               period_end=period[2])
    return filled


def _compared_itself(raw: str, end: int, cue: int) -> bool:
    """The comparison opens the clause right after the number (內地旅客有235.79萬人次，按年上升
    15.8%), or after the list the number opens (营业收入分别为2156亿元、1987亿元和1342亿元，同比分别
    增长…: each item's change): the change is the number's own, so it is of the release's
    period, not a sample's size the sentence goes on to compare something else in."""
    return _CLAUSE_GAP.fullmatch(raw, end, cue) is not None


_CLAUSE_GAP = re.compile(r"(?:\s*[、和及与]\s*[\d.,]+\s*[^\d\s，,。；;、和及与]{0,6})*\s*[，,]\s*")


# the month a survey was held (2025年10月开展的毕业生跟踪调查，共回收有效问卷…): when it was
# asked, not the period the levels it measures are of, so no frame for the text's figures
_SURVEY_HELD = re.compile(r"(?:开展|进行|实施|组织)的[^，,。；;]{0,16}调查")
# a numbered top heading on a line of its own (二、毕业去向落实情况)
_TOP_HEADING = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}、[ \t\u3000]*([^\n]{2,40})$",
                          re.MULTILINE)


def _at_data_cut_off(out: list[MetricRow], raw: str) -> list[MetricRow]:
    """A report labelling the day one kind of its data runs to (报告中毕业去向数据统计截至2025年8月
    31日; its survey's figures of another time): the figures of a section whose top heading names
    that data (二、毕业去向落实情况, 四、各学院毕业去向落实情况) and that no time their paragraph
    writes dates (undated, or dated from outside it: the class the title names, 2025届, or the
    month the text names most) are states at that day, as the section's figure written 截至… is;
    goals and parameters stay as they are."""
    found = data_end_topic(raw, None)
    if found is None:
        return out
    topic, day = found
    heads = [(h.start(), topic in h.group(1)) for h in _TOP_HEADING.finditer(raw)]
    if not any(on for _, on in heads):
        return out
    starts = [at for at, _ in heads]
    text = f"截至{day.year}年{day.month}月{day.day}日"
    filled = out
    blanks: list[tuple[int, int]] | None = None  # the blank lines' spans (when first needed)
    for i, m in enumerate(out):
        n = bisect_right(starts, m.char_start)
        if not n or not heads[n - 1][1] or m.kind in ("target", "other"):
            continue
        if m.period_start is not None:
            if blanks is None:
                blanks = [b.span() for b in _BLANK_LINE.finditer(raw)]
            para = _paragraph_around(blanks, len(raw), m.char_start)[0]
            if m.period_start == m.period_end or (m.period_text or "") in raw[para : m.char_end]:
                continue  # (a time its paragraph writes, 截至2025年8月31日 or 2025年, is its own)
        if filled is out:
            filled = list(out)
        filled[i] = m._replace(period_text=text, period_start=day, period_end=day)
    return filled


# the data a report says come from a survey (薪酬、满意度等数据来源于学校2025年10月开展的毕业生跟踪
# 调查; 薪酬及满意度数据来源于第三方机构调查): group 1 their names
_SURVEY_DATA = re.compile(r"([\u4e00-\u9fff、及和]{2,16}?)等?数据(?:均)?来源于[^。；;]{0,30}?调查")
_TOPIC_SPLIT = re.compile(r"[、及和]")
# a numbered heading, on a line of its own (二、专业对口度与满意度) or run in (（二）满意度。)
_ANY_HEADING = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}、[^\n]{1,30}$"
                          r"|[（(][一二三四五六七八九十]{1,3}[）)][^。\n]{1,12}。", re.MULTILINE)
# a comparison with an earlier time or class (较2024届提高, 低于2024届, 比上年, 同比)
_AGAINST_EARLIER = re.compile(r"(?:[较比較]|低于|高于|低於|高於)(?:上|去|前|\d{4}|同期)"
                              r"|同比|环比|環比")


def _survey_levels(out: list[MetricRow], raw: str) -> list[MetricRow]:
    """A report whose data of some kinds come from a survey (满意度等数据来源于…调查): the levels
    under a heading naming such data (（二）满意度。, 二、专业对口度与满意度) that no time their
    section writes dates and that their task compares with no earlier time or class are the
    survey's answers, of no period (the survey's month is when it asked; the class the title
    names dates them only where compared with another class: 较2024届提高0.5个百分点)."""
    found = _SURVEY_DATA.search(raw)
    if found is None:
        return out
    topics = [t for t in _TOPIC_SPLIT.split(found.group(1).split("中")[-1]) if len(t) >= 2]
    heads = [(h.start(), h.end(), any(t in h.group() for t in topics))
             for h in _ANY_HEADING.finditer(raw)]
    if not topics or not any(on for *_, on in heads):
        return out
    starts = [at for at, *_ in heads]
    filled = out
    for i, m in enumerate(out):
        n = bisect_right(starts, m.char_start)
        if (not n or not heads[n - 1][2] or m.period_start is None
                or m.kind in ("target", "other", "rank")):
            continue
        head = heads[n - 1][0]
        if m.period_text and m.period_text in raw[head : m.char_end]:
            continue  # (（一）薪酬。2025届毕业生平均月薪…: the section writes its class)
        task = max(raw.rfind(c, head, m.char_start) for c in "。；;\n")
        ends = [e for e in (raw.find(c, m.char_end) for c in "。；;\n") if e >= 0]
        if _AGAINST_EARLIER.search(raw, max(task, head), min(ends, default=len(raw))):
            continue
        if filled is out:
            filled = list(out)
        filled[i] = m._replace(period_text=None, period_start=None, period_end=None)
    return filled


# the class a report is on, in its title (西南交通大学2025届毕业生就业质量年度报告)
_CLASS = "届"
_CLASS_IN_TITLE = re.compile(r"((?:19|20)\d{2})届")


def _class_sizes(out: list[MetricRow], raw: str) -> list[MetricRow]:
    """In a report on a class its title names (2025届…报告), the class's size (a 学院 table's
    毕业生人数 column; lexicon ``periods.class_sizes``) dated at a day its line does not write
    (the cut-off its other data run to, 截至2025年8月31日) is the class's, of its year: how many
    graduate that year, not a state at the day."""
    title = raw.lstrip()[:80].split("\n", 1)[0]
    found = _CLASS_IN_TITLE.search(title)
    words = period_words().get("class_sizes", ())
    if found is None or not words:
        return out
    year = int(found.group(1))
    filled = out
    for i, m in enumerate(out):
        if (m.period_start is None or m.period_start != m.period_end or not m.indicator
                or not m.indicator.endswith(words)):
            continue
        line = raw[raw.rfind("\n", 0, m.char_start) + 1 : m.char_end]
        if m.period_text and m.period_text in line:
            continue  # (截至8月31日，毕业生人数…: the day its line writes)
        if filled is out:
            filled = list(out)
        filled[i] = m._replace(period_text=found.group(), period_start=date(year, 1, 1),
                               period_end=date(year, 12, 31))
    return filled


def _lead_frame(lead: list[MetricRow]) -> MetricRow:
    """The lead paragraph's row whose period the release reports on: the latest it names, and
    of those ending that day the first named (1—10月，…累计实现…。10月当月，…: the months so
    far the release is on, not the last month given aside)."""
    latest = max(m.period_end for m in lead)  # type: ignore[type-var]
    return next(m for m in lead if m.period_end == latest)


def _own_period(out: list[MetricRow], start: int, end: int,
                current: tuple[str | None, date | None, date | None]) -> bool:
    """The release's period is a day (its statistics' day, 截至2025年8月31日) and a paragraph
    (raw ``start``-``end``) dates a figure by a span of its own (第三章 就业质量 on the 2025届
    class: 2025届毕业生平均月薪…): a section on that span, whose undated figures (a survey's
    levels) are not the states at the lead's day."""
    return current[1] == current[2] and any(
        start <= m.char_start < end and m.period_start is not None
        and m.period_start != m.period_end for m in out)


# a blank line (CRLF lines, spaces or an indent on it too): paragraphs apart
_BLANK_LINE = re.compile(r"\n[ \t\r\u3000]*\n")


def _paragraph_around(blanks: list[tuple[int, int]], size: int, at: int) -> tuple[int, int]:
    """The span of the paragraph holding offset ``at`` of a text of ``size`` characters whose
    blank lines are ``blanks`` (in order)."""
    n = bisect_right(blanks, (at, size))
    return (blanks[n - 1][1] if n else 0), (blanks[n][0] if n < len(blanks) else size)


def _months(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _back(day: date | None, months: int, end: bool = False) -> date | None:
    """``day`` moved ``months`` back (a month's last day stays its month's last day)."""
    if day is None or not months:
        return day
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return last_day(year, month + 1) if end else date(year, month + 1, min(day.day, 28))

# a plan's goal quoted in a text that reviews it: 高于《纲要》确定的年均增长6.5%的目标, 距4.5个的
# 目标尚有差距, 低于规划确定的年均提高1.1个百分点的要求; and the gap to it (距目标还差0.28个百分点)
_GOAL_AFTER = re.compile(r"\s*(?:左右|以上|以内|以下)?(?:的(?:预期|规划|发展|既定)?(?:目标|要求)"
                         r"|的?目标任务)")
# a goal quoted as the whole year's (完成全年1200万人目标任务的88.1%, 超过全年3000万人以上的
# 目标任务)
_WHOLE_YEAR_BEFORE = "全年"
_GAP_BEFORE = re.compile(r"距(?:规划|预期)?目标(?:值)?[还尚]?差\s*$")
_OVER_YEARS = re.compile(r"(?:年均|年平均|累计)[\u4e00-\u9fff]{0,4}\s*$")


def plan_goals(out: list[MetricRow], blocks: Sequence[int], raw: str | None,
               plan: PeriodSpan | None) -> list[MetricRow]:
    """Goals of a plan quoted beside results (…的目标, …的要求 after the number): targets, of
    the plan's years for a yearly average or a sum (年均, 累计), else of its last year, named by
    the figure before when the number's own words name none; the gap to a goal (距目标还差X) is
    ``other``, named without 距…."""
    if raw is None or not out:
        return out
    filled = out
    for i, m in enumerate(out):
        update: dict[str, object] = {}
        if _GOAL_AFTER.match(raw, m.char_end):
            update["kind"] = "target"
            if plan is not None and plan.period.end is not None:
                before = raw[max(0, m.char_start - 8) : m.char_start]
                if _OVER_YEARS.search(before):
                    per = plan.period
                else:
                    y = plan.period.end.year
                    per = Period(text=plan.text, start=date(y, 1, 1), end=date(y, 12, 31))
                update.update(period_text=per.text, period_start=per.start, period_end=per.end)
            elif raw.endswith(_WHOLE_YEAR_BEFORE, 0, m.char_start) and m.period_end is not None:
                y = m.period_end.year
                update.update(period_text=_WHOLE_YEAR_BEFORE, period_start=date(y, 1, 1),
                              period_end=date(y, 12, 31))
            name = m.indicator
            if (not name or "目标" in name or "差距" in name or len(name) < 2) and i > 0 and (
                    blocks[i - 1] == blocks[i]):
                update["indicator"] = out[i - 1].indicator
        elif _GAP_BEFORE.search(raw, max(0, m.char_start - 10), m.char_start):
            update["kind"] = "other"
            if m.indicator and "距" in m.indicator and m.indicator.index("距") >= 2:
                update["indicator"] = m.indicator[: m.indicator.index("距")]
        if update:
            if filled is out:
                filled = list(out)
            filled[i] = m._replace(**update)
    return filled


def scoped_spans(text: str, spans: Sequence[PeriodSpan], of_base: bool, name_start: int,
                 comma_start: int, prev_end: int, pos: int) -> Sequence[PeriodSpan]:
    """The sentence's periods that may date the number at ``pos``: not those of the base it is
    measured against."""
    if of_base:  # (the plan's words, 全年 among them, are the base: no goal, no period; also
        # when the plan's level stands before them: 完成全年1200万人目标任务的88.1%)
        return [p for p in spans if not (name_start <= p.start < pos)
                and not 0 <= share_base_end(text, p) < pos]
    if text.find("占", 0, pos) >= 0:
        # 汛期…降水量586.4毫米，占全年降水量的72.2%: 全年 names the share's base, not its period
        # (nor that of a later clause: …占当年归母净利润的46.0%，分红比例较上年提高5.2个百分点)
        spans = [p for p in spans if not (p.start < pos and text.endswith(
            "占", 0, p.start) and (p.text in _BASE_PERIODS or _OF_BASE.match(text, p.end, pos)))]
    if text.find("的", 0, pos) >= 0:
        # 已达到2024年全年票房425.0亿元的98.5%: the year dates the base's figure, not the share
        spans = [p for p in spans if not 0 <= share_base_end(text, p) < pos]
    if "由" in text[comma_start:pos]:
        # 由上年的1.71缩小到1.66: the period of the level a change starts from is not the
        # new level's
        return [p for p in spans if not (
            text.endswith("由", 0, p.start) and p.end <= prev_end <= pos)]
    if any(text.find(w, 0, comma_start) >= 0 for w in OLD_LEVEL_BEFORE):
        # …由上年的14632人上升为15001人；…年限为10.12年: nor any later clause's (nor after
        # 仅次于2019年的24.5度, 打破2022年52天的纪录: another year's figure)
        return [p for p in spans if not (old_level_year(text, p) and p.end <= comma_start)]
    return spans


_BASE_PERIODS = frozenset({"全年", "当年", "年内"})
# a period after 占 whose figure the share is of (占前三季度的58.7%, 占前三季度风雹过程的七成以上):
# the whole the share is taken of, not the period of the part
_OF_BASE = re.compile(r"[^，,；;。\d]{0,8}的")


def old_level_year(text: str, p: PeriodSpan) -> bool:
    """The year of another figure than the one talked about: the old level of a change
    (由上年的1.71), the record a figure comes second to or breaks (仅次于2019年的24.5度, 打破2022年
    52天的纪录): it dates that figure alone."""
    return (text.endswith(OLD_LEVEL_BEFORE, 0, p.start) and (
        text.startswith("的", p.end) or text[p.end : p.end + 1].isdigit())
    ) or share_base_end(text, p) >= 0


# a period's figure a share or multiple is of, after 达到 / 相当于 / 为 (已达到2024年全年票房
# 425.0亿元的98.5%, 相当于上年全年产量120万吨的1.2倍): the period dates that figure alone
_BASE_VERB = ("达到", "达", "相当于", "为", "是", "占", "完成")
_YEAR_BEFORE_BASE = re.compile(r"(?:\d{4}\s?年|今年|去年|上年)$")
_BASE_FIGURE = re.compile(r"[\u4e00-\u9fff]{0,8}?[\d.,]+\s?[万亿千百]*[\u4e00-\u9fff]{0,5}?(的)"
                          r"(?=(?:近|约|超过|超)?(?:[\d.]+\s?[%倍]|[一二三四五六七八九]成))")


def share_base_end(text: str, p: PeriodSpan) -> int:
    """Where the figure a period names as the base of a share after it ends (the 的 of
    …达到2024年全年票房425.0亿元的98.5%; 全年 too, after its year), else -1."""
    year = _YEAR_BEFORE_BASE.search(text, max(0, p.start - 6), p.start)
    if not text.endswith(_BASE_VERB, 0, year.start() if year is not None else p.start):
        return -1
    found = _BASE_FIGURE.match(text, p.end)
    return found.start(1) if found is not None else -1


# words before a year whose figure (after 的) is another year's: the old level of a change, the
# record a figure comes second to or breaks
OLD_LEVEL_BEFORE = ("由", "仅次于", "打破")


def plan_years(period: Period, frame: PeriodSpan | None, plan: PeriodSpan | None, text: str,
               comma_start: int, pos: int, task_start: int = -1) -> Period:
    """A yearly rate under a plan's lead (到2030年…年均增长15%) is of every year of the plan,
    not of its last year alone; so is a deed of a later clause of the task whose earlier clause
    sums or spreads its deeds over the years (累计推动…完成数字化改造，建设数字化车间1.5万—2万个;
    每年引进…，新增技能人才二十万人)."""
    span = frame
    if span is None and plan is not None and "到" in (period.text or ""):
        span = plan  # (a review of the plan: 力争到2025年…能耗累计降低14%, the plan's goal)
    if span is not None and plan is not None and (
            span.period.start == span.period.end or span.period.start.year  # type: ignore[union-attr]
            == span.period.end.year):  # type: ignore[union-attr]
        span = plan  # a lead naming one year (到2028年…目标如下：): the plan's years
    if span is not None and period.end is not None and period.start is not None and (
        period.start.year == period.end.year == span.period.end.year  # type: ignore[union-attr]
        and span.period.start.year < period.start.year  # type: ignore[union-attr]
        and (any(w in text[comma_start:pos] for w in _over_the_plan())
             or _deed_over_the_plan(text, task_start, comma_start, pos))
    ):
        # 到2030年…年均增长15%: every year of the plan; 到2025年…能耗累计降低14%: the sum of
        # its years
        return span.period
    return period


def years_grown_over(period: Period, spans: Sequence[PeriodSpan], text: str, comma_start: int,
                     pos: int, prior_rows: Sequence[MetricRow] = ()) -> Period:
    """A yearly average (年均增长6.1%) after a level moved from one year's to a later one's
    (从2015年的3080亿元增加到2020年的4276.8亿元) is of the years it grew over, the first year's
    next to the last (2016-2020), not of the last year alone; so is the next yearly average of
    the clauses going on with ； (；一般公共预算收入突破430亿元，年均增长7.9%)."""
    if not whole_year(period) or not _holds_yearly(text[comma_start:pos]):
        return period
    year = period.start.year  # type: ignore[union-attr]
    moved = _moved_from(spans, text, pos, year)
    if moved is not None:
        return moved
    return next((r_period for r in reversed(prior_rows)
                 if (r_period := _grown_over(r)) is not None
                 and r_period.end.year == year), period)  # type: ignore[union-attr]


def _holds_yearly(clause: str) -> bool:
    """The clause holds a yearly cue (年均, 每年)."""
    return any(w in clause for w in metric_lexicon().yearly_cues)


# a level's first year (从2015年的…) and its last (…增加到2020年的…)
_LEVEL_FROM = ("从", "由")
_LEVEL_TO = "到"


def _moved_from(spans: Sequence[PeriodSpan], text: str, pos: int, year: int) -> Period | None:
    """The years after a 从 year up to the 到 year ``year``, both named before ``pos`` as a
    level's (从2015年的…增加到2020年的…), else None."""
    last = next((p for p in reversed(spans) if p.end <= pos and p.text.startswith(_LEVEL_TO)
                 and whole_year(p.period) and p.period.start.year == year), None)  # type: ignore[union-attr]
    if last is None:
        return None
    first = next((p for p in reversed(spans) if p.end <= last.start and whole_year(p.period)
                  and text.endswith(_LEVEL_FROM, 0, p.start)
                  and p.period.start.year < year), None)  # type: ignore[union-attr]
    if first is None:
        return None
    return Period(text=f"{text[first.start - 1]}{first.text}{last.text}",
                  start=date(first.period.start.year + 1, 1, 1),  # type: ignore[union-attr]
                  end=last.period.end)


def _grown_over(row: MetricRow) -> Period | None:
    """The span of years a row's yearly average was read over (:func:`years_grown_over`)."""
    start, end = row.period_start, row.period_end
    if row.kind != "growth_rate" or start is None or end is None or start.year >= end.year:
        return None
    return Period(text=row.period_text, start=start, end=end)


def _deed_over_the_plan(text: str, task_start: int, comma_start: int, pos: int) -> bool:
    """The number's clause, not its task's first, opens on a deed (建设, 新增, 培育) and an
    earlier clause of its task holds a word of the plan's years (累计, 每年): the deeds the
    task lists go on over those years."""
    return (0 <= task_start < comma_start
            and text[comma_start:pos].lstrip("，,、").startswith(metric_lexicon().flow_verbs)
            and any(w in text[task_start:comma_start] for w in _over_the_plan()))


@cache
def _over_the_plan() -> tuple[str, ...]:
    """Words that make a figure of a plan's last year one over all its years: a yearly cue
    (年均, 每年) or a running sum (累计, 累积)."""
    return (*metric_lexicon().yearly_cues, "累计", "累积")


def _past_flows_year(period: Period, text: str, pos: int, spans: Sequence[PeriodSpan],
                     inherited: PeriodSpan | None) -> Period:
    """A stock's period when the one chosen dates only a flow's clause before it (全年新建…42万个，
    全国5G基站总数达到461万个): the period named before that flow, else the paragraph's, else
    none (a stock inside a sentence whose time expression scopes only a flow is undated)."""
    if not whole_year(period):  # (五年累计完成…: a plan's years date its running totals)
        return period
    # (by its text: a year the text's date moved, 全年 read in January, is still that span's)
    chosen = next((p for p in reversed(spans)
                   if p.end <= pos and p.period.text == period.text), None)
    clause = clause_start(text, pos, CLAUSE_MARKS)
    if (chosen is None or not dates_a_flow(text, chosen) or clause <= chosen.start
            or _summed_flow(text, clause, pos)
            or (clause > 0 and _summed_flow(text, clause_start(text, clause - 1, CLAUSE_MARKS),
                                            clause))):
        # (累计邀请用人单位5316家: a total of the year's invitations, its year's; so is the
        # clause right after, 提供岗位需求12.7万个, the same 累计 governing it)
        return period
    earlier = [p for p in spans if p.end <= chosen.start and not dates_a_flow(text, p)
               and not is_comparison(text, p)]
    # (截至12月末，…，全年净增…，其中5G用户达11.6亿户: the sentence's day, else the paragraph's)
    day = earlier[-1] if earlier else (
        inherited if inherited is not None and inherited.period.text != period.text else None)
    if day is None:
        return NO_PERIOD
    # (in the flow's year: 全年 read in January is last year, and so is its 12月末)
    return (resolve_period(day.text, date(period.end.year, 12, 31))  # type: ignore[union-attr]
            if needs_year(day.text) else day.period)


def _summed_flow(text: str, start: int, end: int) -> bool:
    """The clause ``start``-``end`` sums a flow: 累计 before a flow's verb (flow_to_date)."""
    at = text.find(_RUNNING, start, end)
    return at >= 0 and flow_to_date(text, at + len(_RUNNING))


_STOCK_KINDS = ("count_total", "share", "rank")
# what is in force or exists now (现行有效的132件行政规范性文件): a stock at the text's time, which
# the period of what is done to it (全年…进行了清理) does not date
_IN_FORCE = ("现行有效的", "现行的", "现有的")
_FLOW_KINDS = ("actual", "growth_rate")  # (not a stock, a share, a rank nor a goal)


def period_of_kind(period: Period, kind: str, indicator: str, text: str, clause_text: str,
                   pos: int, spans: Sequence[PeriodSpan], inherited: PeriodSpan | None,
                   annual: PeriodSpan | None) -> Period:
    """The period as the number's kind reads it: a stock is at a point, not over a since-span;
    a flow dated by an earlier sentence's year-end is the year's; a yearly report's 报告期 and
    undated flows are its year's; a lifetime total beside its year's part, none."""
    if lifetime_total(indicator) and _holds_yearly_part(text):
        return NO_PERIOD  # 总投资12846亿元，年度计划投资1928亿元: the projects' whole lives
    if kind == "count_total":  # (not a share: 出生率 after 全年出生人口… is the year's rate)
        if text.endswith(_IN_FORCE, 0, pos):
            return NO_PERIOD  # 全年对现行有效的132件…进行了清理: 全年 dates the clean-up
        period = _past_flows_year(period, text, pos, spans, inherited)
    if kind in _STOCK_KINDS and (period.text or "").endswith("以来") and not (
        period.text in clause_text
        or any(c in clause_text for c in metric_lexicon().cumulative_cues)
        or _part_of_running_total(text, clause_text, pos)
        or (kind == _SHARE and _SURVEYED.search(text) is not None)
        or (kind == _SHARE and _GOAL_DONE.match(clause_text) is not None)
        or (kind == _SHARE and _rate_of_flows_before(text, clause_text, pos, spans))
        or _total_of_sentence(text, period, spans, inherited)
    ):
        period = NO_PERIOD  # 2017年…以来，…，人才总量达651万: a stock is not a since-span
    if (inherited is not None and period is inherited.period
            and flow_of_year(period, indicator, kind)):
        # 年末全区规模以上工业企业412家。分经济类型看，国有控股企业增加值增长3.2%: a year-end
        # named in an earlier sentence dates its stocks; a flow, or its growth, is the year's
        period = Period(text=period.text, start=date(period.end.year, 1, 1),  # type: ignore[union-attr]
                        end=period.end)
    if annual is not None and period is NO_PERIOD and (kind in _FLOW_KINDS or (
            kind == "share" and (_within_month(annual.period) or _own_dates(annual.period)
                                 or _YEAR_ON_YEAR.match(text, pos) is not None
                                 or indicator.startswith(_YEARLY_MEAN)))
            or (kind in _STOCK_KINDS and (annual.period.start == annual.period.end
                                          or calendar_month(annual.period)))
            or (kind == _RANK and (_named_season(annual.period) or _record_rank(text, pos)))
            or (kind == _OTHER and _off_the_normal(text, pos))):
        # 地区生产总值6523.18亿元 in a 2024 bulletin: 2024's; a holiday's report: its days' (a
        # share too: 客房出租率 over the days, where a year's may be a level at its end); a
        # rate compared with the year before (毛入学率56.3%，比上年提高1.9个百分点) is the year's;
        # a report on one day (a market's close): its stocks and ranks are that day's as well,
        # as a monthly release's are its month's (六、国家外汇储备余额为3.34万亿美元 under
        # 2025年10月金融统计数据报告, a heading with no time expression); a report on a season it
        # dates (2025年汛期…通报): its ranks are the season's (降水偏多两成，为1961年以来同期第5多);
        # a figure's departure from the normal and its rank among the years on record (高温日数
        # 21.4天，较常年偏多8.2天，为1961年以来第2多) are dated as the figure is
        period = annual.period
        period = at_end_before(period, text, pos)
    elif (annual is not None and period.text == "累计" and period.start == period.end
          and annual.period.end is not None and period.end is not None
          and annual.period.end < period.end and whole_year(annual.period)):
        # 累计达到5家 in a bulletin on 2025 published in 2026: the count at the year's end (a
        # film's 累计票房 in news on a holiday just over runs on to the text's day)
        period = Period(text=period.text, start=annual.period.end, end=annual.period.end)
    return period


def lifetime_total(indicator: str | None) -> bool:
    """The name is a total over a thing's whole life (总投资, 计划总投资: a plan's projects' over
    their 起止年限), which no one year of the plan holds."""
    return bool(indicator) and indicator.endswith(period_words().get("lifetime_totals", ()))  # type: ignore[union-attr]


def _holds_yearly_part(text: str) -> bool:
    """The sentence gives the part of a lifetime total planned or done in one year (年度计划投资):
    the year it names, or its paragraph's, is that part's."""
    return any(w in text for w in period_words().get("yearly_parts", ()))


_SHARE = "share"
_RANK = "rank"
_OTHER = "other"
# a rank among the years on record (为1961年以来第2多, 为有气象记录以来同期第3高): the rank of the
# figure before it
_RECORD_RANK = re.compile(r"以来(?:同期)?$")
_SINCE_CHAR = "以"  # (the cheap test before _RECORD_RANK)


def _record_rank(text: str, pos: int) -> bool:
    """The rank at ``pos`` is the figure's among the years on record (…以来第2多)."""
    return _SINCE_CHAR in text and _RECORD_RANK.search(text, 0, pos) is not None


def _off_the_normal(text: str, pos: int) -> bool:
    """The number at ``pos`` is a departure from the normal (较常年偏多8.2天, 较常年同期偏少5.3%,
    偏晚5天, 偏多14.6% after its season's figure): the departure word (lexicon
    ``periods.departures``) ends the words right before it, and no base but a normal (lexicon
    ``periods.normal_bases``: 常年, 多年平均) is named in its clause (比上年偏多 is a change
    against the year before, with a period of its own)."""
    words = period_words()
    before = text[clause_start(text, pos, CLAUSE_MARKS) : pos]
    if not before.endswith(words.get("departures", ())):
        return False
    base = _ANY_BASE.search(before)
    return base is None or any(w in before[base.start():]
                               for w in words.get("normal_bases", ()))


_ANY_BASE = re.compile(r"[比较較与]")
# a share named as the year's mean (年平均相对湿度：78%): a level over the year, the year's
_YEARLY_MEAN = ("年平均", "年均")
# a survey's respondents (问卷调查显示，…超过60%的受访者表示…) or a platform's data (同程旅行数据
# 显示，6月以来…订单同比增长63%，…游客占比近六成): their shares are findings over the period the
# paragraph names (今年以来, 6月以来), not levels standing at a point
def _rate_of_flows_before(text: str, clause_text: str, pos: int,
                          spans: Sequence[PeriodSpan]) -> bool:
    """A rate stated bare (no verb of a level reached or kept: 达到, 保持, 稳定在; lexicon
    ``periods.level_verbs``) after figures its since-span's task gives before it (2023年以来…
    成交拍品6738件，成交金额98.4亿元，平均溢价率21.7%; 今年以来…新车上牌5.4万辆，渗透率超过六成):
    the rate of those flows, over the span, not a level standing now (…，城市公共供水普及率达到
    100%)."""
    since = next((p for p in reversed(spans) if p.end <= pos and p.text.endswith("以来")), None)
    if since is None:
        return False
    clause = clause_start(text, pos, CLAUSE_MARKS)
    said = text[clause : pos + _BOUND_CHARS]  # (with the bound words the number opens with)
    if any(w in said for w in period_words().get("level_verbs", ())):
        return False
    task = clause_start(text, pos, TASK_MARKS)
    return since.start >= task and _DIGIT.search(text, max(since.end, task), clause) is not None


_DIGIT = re.compile(r"\d")
_BOUND_CHARS = 4  # (达到100%, 保持在: a bound the number's quote opens with)
_SURVEYED = re.compile(r"受访|受调查|被调查|调查显示|问卷|数据显示")


def _total_of_sentence(text: str, period: Period, spans: Sequence[PeriodSpan],
                       inherited: PeriodSpan | None) -> bool:
    """The since-span is a running total's (X以来累计…) opening the sentence's figures: it
    governs the clauses that go on with the total's deed, the later tasks too (2024年以来累计排查
    一般事故隐患48.6万项，整改率达到98.7%；排查重大事故隐患1273项，已整改1219项: the rates and
    counts are of what was found and rectified over the span, not levels standing now; the task
    before hands it on with its 累计, :meth:`.Context.block_period`)."""
    if inherited is not None and period is inherited.period:
        return inherited.text.endswith(_RUNNING)
    return any(p.period is period and running_total_opening(text, p) for p in spans)


def running_total_opening(text: str, span: PeriodSpan) -> bool:
    """``span`` is a since-span right before 累计 with no figure before it in ``text``: a running
    total's span that opens the sentence's figures."""
    return (span.text.endswith(_SINCE) and text.startswith(_RUNNING, span.end)
            and _DIGIT.search(text, 0, span.start) is None)


def _part_of_running_total(text: str, clause_text: str, pos: int) -> bool:
    """今年以来，全市累计完成投资320亿元，其中新增项目投资86亿元: a 其中 part of a running total
    its task gives before it is summed over the total's span too."""
    if not clause_text.lstrip().startswith(_PART):
        return False
    task = clause_start(text, pos, TASK_MARKS)
    part = text.rfind(_PART, task, pos)
    return part > task and any(text.find(c, task, part) >= 0
                               for c in metric_lexicon().cumulative_cues)


_PART = "其中"


# the rest of a number's clause, then the comparison with the year before that follows it (比上年,
# 同比持平 in a yearly report: against the year before)
_YEAR_ON_YEAR = re.compile(r"[^，,；;。]{0,12}[，,]?\s?(?:比上年|较上年|同比)")


def calendar_month(period: Period) -> bool:
    """The period is one calendar month, whole (2025年10月: a monthly release's title)."""
    start, end = period.start, period.end
    return (start is not None and end is not None and start.day == 1
            and (start.year, start.month) == (end.year, end.month)
            and end == last_day(end.year, end.month))


def _within_month(period: Period) -> bool:
    return (period.start is not None and period.end is not None
            and (period.end - period.start).days < 31)


def _own_dates(period: Period) -> bool:
    """A span of days that is no run of calendar months (2025年春运（1月14日至2月22日）, a holiday):
    a report on an event, its shares over the event's days as its flows are."""
    start, end = period.start, period.end
    return (start is not None and end is not None and start < end
            and not (start.day == 1 and end == last_day(end.year, end.month)))


# a column of a weekly or monthly table whose figures are of the period before the table's, or
# of the same period a year before (品种  本周  前一周  环比（%）  去年同期  同比（%）)
_PERIOD_BEFORE = ("前一周", "上一周", "上周", "前一月", "上一月", "上月")
_YEAR_BEFORE_SAME = ("去年同期", "上年同期", "一年前")  # (與一年前的2.9%比較: a year before)
_WEEK_DAYS = 7


# a level of the period before or of the same period a year before, named so right before it
# (高于前一周的4.9%，也高于去年同期的4.6%)
_EARLIER_LEVEL = re.compile(rf"({'|'.join((*_PERIOD_BEFORE, *_YEAR_BEFORE_SAME))})(?:水平)?的$")
_EARLIER_CHARS = 8


def earlier_level(text: str, cand: NumberCandidate, period: Period) -> Period | None:
    """ILI%为5.8%，高于前一周的4.9%，也高于去年同期的4.6%: a level after 前一周的 (上月的, 去年同期
    的) is of that period, worked out from the one its sentence reports (as a weekly table's
    column of the week before is: :func:`column_period`), not of the sentence's week."""
    found = _EARLIER_LEVEL.search(text, max(0, cand.start - _EARLIER_CHARS), cand.start)
    return None if found is None else column_period(found.group(1), period)


def column_period(column: str, period: Period) -> Period | None:
    """The period a table column's head names relative to the table's ``period``: the week
    (month) before for 前一周 (上月), the same week (month, span) a year before for 去年同期
    (a week by its ISO number: a weekly release counts its weeks so); None if the head names
    neither or the table's period is not such a span."""
    start, end = period.start, period.end
    if start is None or end is None or not column.startswith((*_PERIOD_BEFORE, *_YEAR_BEFORE_SAME)):
        return None
    week = (end - start).days == _WEEK_DAYS - 1 and start.weekday() == 0
    month = start.day == 1 and end == last_day(start.year, start.month)
    if column.startswith(_YEAR_BEFORE_SAME):
        if week:
            year, number, _ = start.isocalendar()
            try:
                first = date.fromisocalendar(year - 1, number, 1)
            except ValueError:
                return None
            return Period(text=column, start=first, end=first + timedelta(days=_WEEK_DAYS - 1))
        if start == end:  # (截至2025年9月底，…较去年同期的6.1年: the same day a year before)
            day = date(end.year - 1, end.month, min(end.day, last_day(end.year - 1, end.month).day))
            return Period(text=column, start=day, end=day)
        return Period(text=column, start=_back(start, 12), end=_back(end, 12, end=True))
    if week and "周" in column:
        return Period(text=column, start=start - timedelta(days=_WEEK_DAYS),
                      end=end - timedelta(days=_WEEK_DAYS))
    if month and "月" in column:
        return Period(text=column, start=_back(start, 1), end=_back(end, 1, end=True))
    return None
