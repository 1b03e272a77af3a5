"""The periods a sentence names, sorted out before one is chosen: which are the base of a
comparison or a share (比上年, 达到2024年全年…的98.5%), which year the text talks about, which
periods it reports on. Apart from period_choice: headings, tables and the paragraph's context
read these without the choice's rules."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from functools import cache

from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.period_events import (
    DAY_JOINTS,
    INDEX_BASE_HINT,
    ROUND,
    day_of_figure,
    due_by,
    index_base,
    names_event,
    numbers_event,
    planned_on,
    rounds_on_days,
)
from pipelines.domain.periods import (
    SAME_SPAN,
    PeriodSpan,
    find_periods,
    last_day,
    may_hold_period,
    needs_year,
    resolve_period,
)
from pipelines.domain.records import Period

# a base the period names with what follows it (2019年同期, 恢复至2019年同月的108.4%, 2020年价格)
# (在上年基础上再压减5%以上, 在2024年的基础上: the year the cut or rise starts from, a base)
_BASE_AFTER = ("同期", "同月", "同季", "价格", "不变价", "可比价", "基础上", "的基础上", "基礎上",
               "的基礎上")
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
    if len(found) > 1 and ("（" in text or "(" in text):
        found = _bracketed_dates(text, found)
    base = INDEX_BASE_HINT in text or "=" in text
    kept = [(not p.is_day or day_of_figure(text, p)) and not numbers_event(text, p)
            and not (base and index_base(text, p))
            and not (p.text == _RUNNING and text.startswith(_RAIN, p.end)) for p in found]
    for i in range(len(found) - 2, -1, -1):
        # 10月2日、10月3日单日票房分别为…: the days listed before a day of figures are too
        if found[i].is_day and kept[i + 1] and found[i + 1].is_day and (
                text[found[i].end : found[i + 1].start] in DAY_JOINTS):
            kept[i] = True
    out = [p for p, keep in zip(found, kept, strict=True) if keep]
    if SINCE in text and len(out) > 1:
        out = _since_until(text, out)
    return rounds_on_days(found, out) if ROUND in text else out


def _bracketed_dates(text: str, found: list[PeriodSpan]) -> list[PeriodSpan]:
    """The text's week, month or quarter followed by its dates alone in brackets (本周（11月17日—
    21日）): one span, as written, over the bracket's dates (the days the text means, not the
    calendar week of its date)."""
    out: list[PeriodSpan] = []
    skip = False
    for i, p in enumerate(found):
        if skip:
            skip = False
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and p.text in _THIS_SPANS and nxt.start == p.end + 1 and (
                text[p.end] in "（(") and text.startswith(("）", ")"), nxt.end) and (
                nxt.period.start is not None and nxt.period.start != nxt.period.end):
            out.append(PeriodSpan(p.start, nxt.end + 1, text[p.start : nxt.end + 1],
                                  Period(text=text[p.start : nxt.end + 1],
                                         start=nxt.period.start, end=nxt.period.end), False))
            skip = True
            continue
        out.append(p)
    return out


_THIS_SPANS = frozenset({"本周", "本月", "本季度"})
SINCE = "以来"
# 累计降雨量 (累计雨量): a storm's rain over the span its text names, no running total to a day
_RUNNING = "累计"
_RAIN = ("降雨量", "降水量", "雨量", "降雨", "降水")
SINCE = "以来"
_UNTIL = ("截至", "截止")
_BETWEEN_SINCE_UNTIL = frozenset(("", "，", ","))


def _since_until(text: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    """``spans`` with a span since a day closed by the day right after it (自2011年4月20日…实施
    以来，截至2024年12月31日，…累计…) read as one span, from the first day to the second: the
    running total's, not the closing day alone."""
    out: list[PeriodSpan] = []
    for span in spans:
        last = out[-1] if out else None
        if (last is not None and last.text.endswith(SINCE) and span.text.startswith(_UNTIL)
                and text[last.end : span.start].strip() in _BETWEEN_SINCE_UNTIL
                and last.period.start is not None and span.period.end is not None
                and last.period.start < span.period.end):
            words = text[last.start : span.end]
            out[-1] = PeriodSpan(last.start, span.end, words, Period(
                text=words, start=last.period.start, end=span.period.end), False)
            continue
        out.append(span)
    return out


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


# the outlook a survey's respondents are asked about (对明年经营前景, 对2026年经济走势)
_ABOUT = ("对", "對")
_OUTLOOK = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:前景|预期|展望|走势|形势|信心)")


def is_comparison(text: str, span: PeriodSpan) -> bool:
    """比上年 / 较2019年 / 与上年末相比 / 2019年同期 / 按2021年价格计算: the period is the base a
    change or a level is measured from (同期 after a period names the same months of that year;
    a year's prices are the base of real amounts). Not the span after the verb 比较 that
    compares it with another (比较截至十月止的三个月与之前三个月: the span reported on)."""
    if text.endswith(_COMPARE_VERB, 0, span.start) and _COMPARED_TO.match(text, span.end):
        return False
    if span.text.endswith(SAME_SPAN):
        # 恢复至2019年同期的88.5%, 较2024年同期增长: the same span of another year is a base,
        # but where the sentence gives that span's own figure (而二零二四年同月的有形贸易逆差则为
        # 264亿元, 2024年同期为5亿元)
        return _THEN_FIGURE.match(text, span.end) is None or text.endswith(
            metric_lexicon().comparison_marks, max(0, span.start - 2), span.start)
    if span.text.startswith(_BEFORE_IT):
        return True  # 截至十月止的三个月与之前三个月: the months before the span compared
    if text.startswith(_GOAL_NOUNS, span.end) and text.endswith(_AIMING, 0, span.start):
        return True  # 十一月份，集团公司将紧盯全年目标，计划完成…125万吨: the goal aimed at names
        # its year, no period of the figures after it
    if text.endswith(_ABOUT, 0, span.start) and _OUTLOOK.match(text, span.end) is not None:
        return True  # 超六成企业对明年经营前景持乐观态度: the outlook a view is about names its
        # year, no period of the figures (nor the year the text talks about)
    return text.endswith(
        metric_lexicon().comparison_marks, max(0, span.start - 2), span.start
    ) or text.startswith(_BASE_AFTER, span.end) or _plan_base(text, span.end) or (
        "倍" in text and _MULTIPLE_OF.match(text, span.end) is not None) or (
        text.endswith(_RECOVERED_TO, 0, span.start) and text.startswith("的", span.end)) or (
        _recovered_base(text, span)) or (
        text.startswith(_CLOSING, span.end) and _BASE_NAMED.search(text, 0, span.start) is not None
    ) or text.endswith(_OVERTAKEN, 0, span.start) or (
        text.endswith(_SECOND_TO, 0, span.start) and not _OWN_FIGURE.match(text, span.end)
    ) or (
        needs_year(span.text) and _base_year_before().search(
            text, max(0, span.start - _BASE_YEAR_CHARS), span.start) is not None)


def _recovered_base(text: str, span: PeriodSpan) -> bool:
    """仅恢复到2019年的58.3%, 为2019年的86.2%: the year a level is measured against (the span
    read with its 到 / 至, 恢复 before it; 为 + a year + 的 + a figure), no period of its own."""
    if not text.startswith("的", span.end):
        return False
    if span.text.startswith(("到", "至")):
        return text.endswith("恢复", 0, span.start)
    return text.endswith("为", 0, span.start) and _FIGURE_AFTER.match(text, span.end) is not None


# 的 + a figure after a year (为2019年的86.2%), not a noun (为2019年的重点工作)
_FIGURE_AFTER = re.compile(r"的(?:近|约|超过|超)?[\d０-９]")


def _plan_base(text: str, end: int) -> bool:
    """The year is the plan's a share is measured against (完成全年目标的25.5%, 达年度计划的103%),
    not the period of a heading's tasks (三、2026年计划的主要任务: its 的 leads a noun, no
    figure)."""
    return text.startswith(_PLAN_BASE, end) and _PLAN_TASKS.match(
        text, text.index("的", end) + 1) is None


# the nouns a year's plan names as its parts (2026年计划的主要任务 / 重点工作 / 目标), not a figure
_PLAN_TASKS = re.compile(r"(?:主要|重点|总体|具体)?(?:任务|工作|目标|指标|措施|安排|要求|思路)")


_BASE_YEAR_CHARS = 10
# verbs of aiming at a goal, and the goal's nouns after its year (紧盯全年目标, 锚定年度任务)
_AIMING = ("紧盯", "盯紧", "锚定", "对标", "瞄准", "围绕", "聚焦", "紧扣", "冲刺")
_GOAL_NOUNS = ("目标", "任务")
_COMPARE_VERB = ("比较", "比較")
# the figure of the same span of another year, given as its own (…同月的有形贸易逆差则为264亿元)
_THEN_FIGURE = re.compile(
    r"(?:的[^\d，,；;。（(]{1,16}?)?(?:则|亦|也|仍)?(?:为|是|录得|錄得|达到|达)")
_BEFORE_IT = ("之前",)
# what the span is compared with, in its clause (…的三个月与之前三个月)
_COMPARED_TO = re.compile(r"[^，,；;。]{0,12}?[与與和同跟]")


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
# a record's year a rank is second to (为…历史第二高（仅次于2024年）): a base, unless the text
# gives that year's own figure (僅次於二〇一九年的24.5度)
_SECOND_TO = ("仅次于", "僅次於")
_OWN_FIGURE = re.compile(r"的[^，,；;。\d０-９]{0,8}[\d０-９]")
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
        if base_year_aside(text, p):
            continue  # …增长5.1%，上年为增长4.2%。10月份…: the base year's own rate, an aside
        return p
    return None


_BASE_YEAR_WORDS = ("上年", "去年", "上年同期", "去年同期")
_BASE_YEAR_RATE = re.compile(r"(?:为|是|则为)(?:下降|增长|负增长|回落)?\s?-?[\d.]+\s?%")


def base_year_aside(text: str, span: PeriodSpan) -> bool:
    """``span`` is the base year named for its own rate after the year reported on (…增长19.8%，
    上年为下降5.6%): an aside, neither the period of the figures after it nor the year talked
    about."""
    return span.text in _BASE_YEAR_WORDS and _BASE_YEAR_RATE.match(text, span.end) is not None


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
            if (doc_date is None or year != doc_date.year) and not _forecast_now(
                    text, p, year, doc_date):
                moved = _in_year(p, year)
                if (doc_date is not None and p.text.startswith(_AS_OF) and moved.end is not None
                        and moved.end > doc_date):
                    # 预计2026年春运…。截至11月底，全国颁证运输机场达到263个 (published in
                    # December 2025): a point reached is never after the text's date
                    moved = _latest_day(p.text, doc_date)
                p = replace(p, period=moved)
        elif not is_comparison(text, p):
            named = year_of([p], text)
            if named is None and p.period.start is not None and share_base_end(text, p) >= 0:
                named = p.period.start.year  # 达到2024年全年票房…的98.5%: the base's 全年
            if named is not None and (heading_year is None or not relative_year(p.text)):
                year, named_here = named, True
        out.append(p)
    return out


# the forecast word right before a period with no year (预计全年突破1.5万亿元), or a goal's
# (力争年内盘活…不少于50亿元 in an audit report on 2024 delivered in July 2025: no goal is set for
# a year reported on since)
_FORECAST_BEFORE = ("预计", "预计到", "力争", "争取", "确保", "力求")
_REPORTING_QUARTER = 3  # a year's results are still reported in its next year's first months


def _forecast_now(text: str, span: PeriodSpan, year: int, doc_date: date | None) -> bool:
    """``span`` (全年, 年内) is forecast or aimed at (预计全年…, 力争年内…) after a year over long
    before the text's date (由2020年的…提高到2024年的…，预计全年突破1.5万亿元 in December 2025): no
    forecast is made of a year reported on since, so the year is the text's own, not the one
    named before."""
    return (doc_date is not None and year < doc_date.year
            and doc_date.month > _REPORTING_QUARTER
            and text.endswith(_FORECAST_BEFORE, 0, span.start))


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
# (3月1日至3月20日预约期间 in a text of July 2025 on the 2024年度 tax settlement: a run of days
# named without its year is the latest such run up to the text's date, as one day is)
_DAY_OF_MONTH = re.compile(r"(?:截至|截止)?\d{1,2}月\d{1,2}[日号]"
                           r"(?:(?:至|到|—|－|-)(?:\d{1,2}月)?\d{1,2}[日号])?")


def _latest_day(text: str, doc_date: date) -> Period:
    """The day ``text`` names (no year) in the document's year, or the year before when that
    falls after the document's date."""
    period = resolve_period(text, doc_date)
    if period.end is not None and period.end > doc_date:
        period = resolve_period(text, date(doc_date.year - 1, 12, 31))
    return period


_YEAR_BEFORE = frozenset({"上年", "上一年"})
_AS_OF = ("截至", "截止")  # (as period_kinds.AS_OF, which imports this module)
_RELATIVE_YEAR = re.compile(r"今年|明年|去年|上年|前年|后年|来年|次年|本年|下一年|下年")


def relative_year(text: str) -> bool:
    """A period naming its year only relative to the text's date (明年, 去年一季度)."""
    return _RELATIVE_YEAR.search(text) is not None and not any(c.isdigit() for c in text)


NO_PERIOD = Period()  # no period found (records are frozen: one serves every number)


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


def calendar_month(period: Period) -> bool:
    """The period is one calendar month, whole (2025年10月: a monthly release's title)."""
    start, end = period.start, period.end
    return (start is not None and end is not None and start.day == 1
            and (start.year, start.month) == (end.year, end.month)
            and end == last_day(end.year, end.month))


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
                or SURVEY_HELD.match(text, span.end) is not None
                # (因公司实施2024年年度权益分派: a year naming an event or a payout)
                or names_event(text, span)
                # (9月2 0日开镰, an OCR'd day whose digits the scan spaced out: a day, not 9月)
                or (span.text.endswith("月") and _SPACED_DAY.match(text, span.end) is not None))


# (8月中下旬遭遇3次强降雨, 10月上旬: a part of a month dates an event, no release reports on it)
_NOT_REPORTED = ("以来", "初", "末", "底", "旬")
_SPACED_DAY = re.compile(r"[0-9０-９] ?[0-9０-９]? ?[日号]")


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
                       if reports_on(before, p, doc_date, within)
                       and not (p.text in CARRIED_FROM and before.startswith(CARRIED, p.end)))
    return found[-1] if found else None


# money carried over from the year before (上年结转, 上年结余: a budget's line): the year is the
# line's name as much as its period (kept in the name), not a period the text reports on
CARRIED_FROM = ("上年", "上年度")
CARRIED = ("结转", "结余")


# the month a survey was held (2025年10月开展的毕业生跟踪调查，共回收有效问卷…): when it was
# asked, not the period the levels it measures are of, so no frame for the text's figures
SURVEY_HELD = re.compile(r"(?:开展|进行|实施|组织)的[^，,。；;]{0,16}调查")


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
    if "由" in text[comma_start:pos] or "从" in text[comma_start:pos]:
        # 由上年的1.71缩小到1.66, 从2020年的1236.5亿元增加到1658.2亿元: the period of the level a
        # change starts from is not the new level's
        return [p for p in spans if not (
            text.endswith(_FROM_LEVEL, 0, p.start) and p.end <= prev_end <= pos)]
    if any(text.find(w, 0, comma_start) >= 0 for w in OLD_LEVEL_BEFORE):
        # …由上年的14632人上升为15001人；…年限为10.12年: nor any later clause's (nor after
        # 仅次于2019年的24.5度, 打破2022年52天的纪录: another year's figure)
        return [p for p in spans if not (old_level_year(text, p) and p.end <= comma_start)]
    return spans


_BASE_PERIODS = frozenset({"全年", "当年", "年内"})
_FROM_LEVEL = ("由", "从")
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
OLD_LEVEL_BEFORE = ("由", "从", "仅次于", "打破")


# the base a sum is worked out on (以总股本84.2亿股计算, 按常住人口1250万人测算): a figure the
# sentence uses as it stands, no goal of its task
_COMPUTED_BEFORE = re.compile(r"(?:以|按|按照)[^，,；;。]{0,12}$")
_COMPUTED_AFTER = re.compile(r"(?:为基数|为基础)?(?:计算|测算|核算|折算)")


def computed_on(text: str, start: int, end: int, clause_start: int) -> bool:
    """The number at ``start:end`` is the base its clause computes on (以…计算)."""
    return (_COMPUTED_AFTER.match(text, end) is not None
            and _COMPUTED_BEFORE.search(text, clause_start, start) is not None)
