"""Which period a number speaks of: the time expressions of its sentence, its clause, its
paragraph and headings weighed against each other (periods.py finds and resolves them,
period_spans.py sorts out the bases and the year talked about)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

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
    PLANNED,
    event_year,
    figure_day,
    goal_gap,
    planned_on,
    respondents_expect,
    when_begun_or_done,
)
from pipelines.domain.metrics.period_spans import (
    LOCAL_PERIODS,
    NO_PERIOD,
    SINCE,
    base_year_aside,
    calendar_month,
    is_comparison,
    whole_year,
    year_to_date,
)
from pipelines.domain.numbers import parse_numeral
from pipelines.domain.periods import PeriodSpan, last_day, needs_year, resolve_period
from pipelines.domain.records import Period


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
    if period.start is not None and (_YEARS_PLAN_NOTED.search(
            text, max(0, cand.start - _YEARS_PLAN_REACH), cand.start) is not None or (
            text.startswith("的", cand.end) and _YEARS_PLAN_BARE.search(
                text, max(0, cand.start - _YEARS_PLAN_REACH), cand.start) is not None)):
        # 1—9月，…完成年度任务（3.2万批次）的75.3%: the year's plan's level, of the whole year
        # (or unbracketed before 的: 完成年度计划1480万吨的83.5%)
        year = period.start.year
        if (period.start, period.end) != (date(year, 1, 1), date(year, 12, 31)):
            return Period(text=_YEARS_PLAN, start=date(year, 1, 1), end=date(year, 12, 31))
    if _WEEKS in text and period.start is not None and (
            week := _week_of_run(text, cand, period.start.year)) is not None:
        return week
    if _LAST_MONTH in text and period.start is not None and _whole_month(period) and (
            _LAST_MONTH_WAS.match(text, clause_start(text, cand.start, CLAUSE_MARKS))):
        # 10月份…头均亏损45元，上月为头均盈利32元: the month before the one the text speaks of
        start = (period.start - timedelta(days=1)).replace(day=1)
        return Period(text=_LAST_MONTH, start=start, end=last_day(start.year, start.month))
    if _LAST_QUARTER_WORD in text and period.start is not None and _whole_quarter(period) and (
            _LAST_QUARTER_WAS.match(text, clause_start(text, cand.start, CLAUSE_MARKS))):
        # 三季度…增长5.1%，上一季度增长4.8%: the quarter before the one the text speaks of
        start = date(period.start.year - (period.start.month == 1),
                     (period.start.month - 4) % 12 + 1, 1)
        return Period(text=_LAST_QUARTER, start=start,
                      end=last_day(start.year, start.month + 2))
    if _SAME_SPAN in text and period.start is not None and period.end is not None and (
            _YEAR_BEFORE_WAS.match(text, clause_start(text, cand.start, CLAUSE_MARKS))):
        # 预计2025年度…影响金额约为1,700万元，上年同期为1,313.44万元: the same span a year before
        return _year_before_span(period)
    if "/" in text and period.start is not None and period.end is not None and (
            period.end.year > period.start.year):
        period = _slash_item_year(text, cand, period)
    if _SINCE_WORD in text and any(p.text == RUNNING and p.end <= cand.start for p in spans) and (
            since := _undated_since(text, cand, spans)) is not None:
        return Period(text=since)  # 新“国九条”发布以来，…累计实施现金分红2.39万亿元: unknown start
    if period.start is None or period.start == period.end:
        return period
    if text.endswith(_CLOSED_AT, 0, cand.start) or (
            inherited is not None and period is inherited.period
            and _against_end_before(text, cand, period)):
        return Period(text=period.text, start=period.end, end=period.end)
    return period


# a year's plan with its level in brackets right after it (年度任务（3.2万批次）, 全年目标（…）)
_YEARS_PLAN_NOTED = re.compile(r"(?:年度|全年)(?:计划|任务|目标)(?:任务|目标)?[（(]$")
_YEARS_PLAN_BARE = re.compile(r"(?:年度|全年)(?:计划|任务|目标)(?:任务|目标)?$")
_YEARS_PLAN_REACH = 8
_YEARS_PLAN = "年度"
_SINCE_WORD = "以来"
# a run of numbered weeks before a 分别 list (第41周至第44周生猪平均价格分别为每公斤13.42元、
# 13.05元、12.71元和12.48元): each figure is its own week's, in order
_WEEKS = "周"
_WEEK_RUN = re.compile(r"第\s?(\d{1,2})\s?周\s?(?:至|到|[—–\-~－])\s?第\s?(\d{1,2})\s?周")
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _week_of_run(text: str, cand: NumberCandidate, year: int) -> Period | None:
    """The week (ISO, of ``year``: the year of the period chosen) of a figure in a 分别 list
    after a run of numbered weeks with as many as the list holds; None elsewhere."""
    run = None
    for found in _WEEK_RUN.finditer(text, 0, cand.start):
        run = found
    if run is None:
        return None
    at = text.find(_RESPECTIVELY, run.end(), cand.start)
    if at < 0 or CLAUSE_END.search(text, run.end(), cand.start) is not None:
        return None
    first, last = int(run.group(1)), int(run.group(2))
    end = CLAUSE_END.search(text, cand.end)
    figures = _FIGURE.findall(text, at, end.start() if end is not None else len(text))
    index = len(_FIGURE.findall(text, at, cand.start))
    if last <= first or len(figures) != last - first + 1 or index >= len(figures):
        return None
    try:
        monday = date.fromisocalendar(year, first + index, 1)
    except ValueError:
        return None
    return Period(text=f"第{first + index}周", start=monday, end=monday + timedelta(days=6))


_LAST_MONTH = "上月"
_SAME_SPAN = "同期"
# (…所占比例为68.4%，而去年同期为63.9%: 而 "whereas" before the base's level)
_YEAR_BEFORE_WAS = re.compile(r"\s?(?:而|但)?(?:上年|去年)同期(?:为|是|则为)")


def _year_before_span(period: Period) -> Period:
    """The same span a year before ``period`` (its dates set)."""
    start, end = period.start, period.end
    assert start is not None and end is not None
    back_end = (last_day(end.year - 1, end.month) if end == last_day(end.year, end.month)
                else end.replace(year=end.year - 1))
    return Period(text="上年同期", start=start.replace(year=start.year - 1, day=min(
        start.day, last_day(start.year - 1, start.month).day)), end=back_end)
_LAST_MONTH_WAS = re.compile(r"\s?上月(?:为|是|则为)")
_LAST_QUARTER, _LAST_QUARTER_WORD = "上一季度", "上"
# the span before the one reported on, opening a clause of its own figure (上月为下降0.3%,
# 上一季度增长4.8%): dated from the span it follows (the rules above), not a period itself
_SPAN_BEFORE = frozenset(("上月", "上一季度", "上季度", "上一季", "上季"))
_LAST_QUARTER_WAS = re.compile(r"\s?上一?季度?(?:为|是|则为|增长|下降|上升|回落|上涨)")


def _whole_quarter(period: Period) -> bool:
    """``period`` is one calendar quarter."""
    start, end = period.start, period.end
    return (start is not None and end is not None and start.day == 1
            and start.month in (1, 4, 7, 10) and end.year == start.year
            and end == last_day(start.year, start.month + 2))


def _whole_month(period: Period) -> bool:
    """``period`` is one calendar month."""
    start, end = period.start, period.end
    return (start is not None and end is not None and start.day == 1
            and end == last_day(start.year, start.month))


# the items of a slash list of figures (上调2025-2027年归母净利润预测至7.42/9.65/12.18亿元): before
# and after the number
_SLASH_BEFORE = re.compile(r"(?:\d[\d,.]*/)+$")
_SLASH_AFTER = re.compile(r"(?:/\d[\d,.]*)+")


def _slash_item_year(text: str, cand: NumberCandidate, period: Period) -> Period:
    """An item of a slash list as long as the run of whole years ``period`` spans (2025-2027年…
    7.42/9.65/12.18亿元): its own year, in order (12.18: 2027); else ``period``."""
    before = _SLASH_BEFORE.search(text, max(0, cand.start - _SLASH_CHARS), cand.num_start)
    after = _SLASH_AFTER.match(text, cand.num_end)
    if before is None and after is None:
        return period
    start, end = period.start, period.end
    if (start is None or end is None or (start.month, start.day) != (1, 1)
            or (end.month, end.day) != (12, 31)):
        return period
    index = before.group().count("/") if before is not None else 0
    count = index + 1 + (after.group().count("/") if after is not None else 0)
    if count != end.year - start.year + 1:
        return period
    year = start.year + index
    return Period(text=period.text, start=date(year, 1, 1), end=date(year, 12, 31))


_SLASH_CHARS = 40


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
        and not is_comparison(text, p) and p.text not in _SPAN_BEFORE
        and not respondents_expect(text, p)
        and (p.start >= task or (p.end <= first_task and not yearly
                                 and not scopes_its_clause(text, p)))
        and not any(lo <= p.start < hi for lo, hi in said)
        and not text.startswith(_PLAN_STAGE, p.end)
        and not _ranked_over(text, p, cand) and not describes_when(text, p)
        and not 0 <= aside_end(text, p) <= cand.start and not figure_day(text, p)
        and not (p.end <= comma and _rank_window(text, p))
        and not (planned_on(text, p) and text.find(DONE, comma, cand.start) >= 0)
        and not (p.end <= comma and carried_over(text, p))
        and not (p.end <= comma and goal_gap(text, p))
    ]
    if before and GOAL_DONE.match(text, comma, cand.start) is not None:
        total = next((p for p in reversed(before) if p.text.endswith(SINCE)
                      and p.start >= task and CLAUSE_END.search(text, p.end, comma) is not None
                      and text.find(RUNNING, p.end, comma) >= 0), None)
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
            if (ahead := _years_up_to_goal(last, inherited)) is not None:
                return ahead  # 到2030年，…。…，五年累计完成工业投资3000亿元以上: the five years
                # up to the goal's year, not the five before the text
        if last.text in LOCAL_PERIODS:
            dates = (last.period.start, last.period.end)
            framed = [p for p in before[:-1]
                      if p.period.end is not None and (p.period.start, p.period.end) != dates]
            if framed:
                frame = framed[-1]
                if _total_after_additions(text, frame, last):
                    return last.period
                if (frame.end <= comma and whole_year(frame.period)
                        and (dates_a_flow(text, frame) or _total_reached(text, frame, last, comma))
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
            if last.text == "累计" and inherited is not None and _year_reported(
                    inherited.period, last.period):
                # 一、2025年工作回顾 … 累计识别纳入防止返贫监测对象1986户 in January 2026: a bare
                # 累计 of a year reported on after its end stands at that year's last day
                # (tests/gold/README.md, session 24), not at the text's day
                end = inherited.period.end
                return Period(text=last.text, start=end, end=end)
        return last.period
    if inherited is not None:
        return inherited.period
    return NO_PERIOD


_MOST_YEARS = 10  # (五年, 十年: a length; 2020年 is a year)


def _years_up_to_goal(span: PeriodSpan, inherited: PeriodSpan | None) -> Period | None:
    """A length-only span (五年累计) counted back from the text's date, in a paragraph whose
    time is a goal's year after that span (到2030年): the span's years up to the goal's year."""
    length = _LENGTH.match(span.text)
    value = parse_numeral(length.group(1)) if length is not None else None
    goal = inherited.period if inherited is not None else None
    if (not value or not 1 < value <= _MOST_YEARS or goal is None or goal.end is None
            or span.period.end is None
            or goal.start is None or goal.start <= span.period.end
            or not (inherited.text or "").startswith("到")):
        return None
    years = int(value)
    return Period(text=span.text, start=date(goal.end.year - years + 1, 1, 1),
                  end=date(goal.end.year, 12, 31))


def _year_reported(frame: Period, point: Period) -> bool:
    """``frame`` is a whole calendar year over before ``point`` (a bare 累计's day)."""
    return (whole_year(frame) and frame.end is not None and point.start is not None
            and frame.end < point.start)


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
# (最新公布的经季节性调整失业率为3.8%: the series' latest as published, its name after 的)
_LATEST = re.compile(r"最新(?:(?:公布|发布|公佈|發佈|發布)的)?(?!的)[^，,；;。：:\d]{1,12}?"
                     r"(?:为|是|达到|达|為|達到|達)\s*$")


def _on_a_list(text: str, cand: NumberCandidate, spans: Sequence[PeriodSpan]) -> bool:
    """The number counts what a ranking list holds, set in it before (在世界500强榜单中上榜企业
    达到47家，较上年增加1家), and the sentence names no period before it (a comparison's base
    aside): of the list's edition, which it does not name, not of the months the paragraph
    reports (“2024年全球银行1000强”榜单中: named)."""
    return (ON_A_LIST.search(text, 0, cand.start) is not None
            and not any(p.end <= cand.start and not is_comparison(text, p) for p in spans))


# the share of a goal done, opening its clause (完成年度目标的85%, 完成全年任务的)
GOAL_DONE = re.compile(r"[，,]?\s?(?:已)?完成[^，,；;。\d]{0,8}?(?:目标|任务|计划)(?:任务)?的")
_RECENTLY = "近期"


def _said_recent(text: str, cand: NumberCandidate, spans: Sequence[PeriodSpan]) -> bool:
    """近期 in the number's task, no period between it and the number (人社部近期会同有关部门发布
    了第四批共19个新职业): a time with no dates, the figure's; the paragraph's period is not."""
    at = text.rfind(_RECENTLY, clause_start(text, cand.start, TASK_MARKS), cand.start)
    return at >= 0 and not any(at < p.start < cand.start for p in spans)


_LIST_WORD = "榜"
ON_A_LIST = re.compile(r"在[^，,；;。]{0,20}?榜单?[中上里]")


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
# (克服了7月下旬强降雨和8月中旬低温寡照等不利影响: the hardships overcome, each dated, no
# figure's period: the yields after them are the season's)
_WHEN_BEFORE = re.compile(r"(?:主要|大多|多|集中)(?:发生|集中|出现|分布)?在"
                          r"(?:[^，,；;。]{0,12}[、和])?$|(?:正|仍)?处于$|正值$"
                          r"|(?:克服|战胜|抵御|经受住)了?(?:[^，,；;。]{0,12}[、和])?$")


def describes_when(text: str, span: PeriodSpan) -> bool:
    """``span`` says when the events mostly fell or which phase a time is in, or when one of
    the examples a list gives is held: it dates no figure (低温冷冻和雪灾主要发生在1月、2月，造成
    农作物受灾面积316.4千公顷; 第四季将举办超过80项盛事，包括11月的…及12月的…，预计可吸引…)."""
    return _WHEN_BEFORE.search(text, max(0, span.start - 20), span.start) is not None or (
        text.startswith(_OF, span.end)
        and _EXAMPLES_BEFORE.search(text, max(0, span.start - 30), span.start) is not None) or (
        _SET_THEN.match(text, span.end) is not None)


# when a plan or a promise the sentence speaks of was made (年初承诺的十方面30件民生实事全部兑现，
# 完成投资…): the time of its relative clause, no figure's period
_SET_THEN = re.compile(r"(?:所|已)?(?:承诺|确定|部署|安排|提出|制定|设定|确立|明确|谋划|公布)的")


# a list of examples the date of one item opens (包括11月的…及12月的…)
_EXAMPLES_BEFORE = re.compile(r"(?:包括|如|例如|其中有)[^，,；;。]{0,24}$")
_WINDOW_AFTER = re.compile(r"来?[^，,；;。：:]{0,10}?(?:[\d.]+%的?(?:历史)?分位"
                           r"|第[一二三四五六七八九十\d]+[高低多少大小]|最[高低多少大小]"
                           r"|第[一二三四五六七八九十\d]+次(?:刷新|创|打破))")
RUNNING = "累计"
_YEARLY_MEAN = "年均"


def scopes_its_clause(text: str, span: PeriodSpan) -> bool:
    """``span`` dates its own clause only (a running total's in a later clause of its sentence;
    a window ranked over): it frames no later task of the sentence, nor the next sentences (a
    first clause's, 全省1-10月累计完成…。其中…, frames what follows)."""
    if _WINDOW_AFTER.match(text, span.end) is not None or carried_over(text, span):
        return True
    if text.startswith(_YEARLY_MEAN, span.end) and LENGTH_ONLY.fullmatch(span.text):
        return True  # 五年年均增长5.6%: the years of the mean's own clause
    if text.startswith(_PLAN_STAGE, span.end):
        return True  # 2026年，开发区将紧扣“十五五”开局，力争…增长7%左右: the plan's stage the year
        # is (its first, its last), not the span of the figures after it
    if base_year_aside(text, span):
        return True  # …增长19.8%，上年为下降5.6%。分经济类型看，…: the base year's own rate, an
        # aside; the figures after it are the year reported on
    if "看" in text and _quarter_breakdown(text, span):
        return True  # 分季度看，一季度增长58.4%，上半年…，前三季度增长16.9%。第一产业增加值…: a
        # breakdown by quarter dates its own clauses, not the year's figures after it
    if span.text in LOCAL_PERIODS or CLAUSE_END.search(text, 0, span.start) is None:
        return False
    if _DIGIT.search(text, 0, span.start) is None:
        # 全省深入开展…三年行动，2024年以来累计排查…，整改率…；排查重大事故隐患1273项: the clauses
        # before give no figure (the campaign the totals are of), so the span opens the figures
        # of the whole sentence as a first clause's would
        return False
    end = CLAUSE_END.search(text, span.end)
    # (…；自2014年12月通水以来累计供水58.3亿立方米: the bare 累计 after the since-span too)
    return text.find(RUNNING, span.end, end.start() if end else len(text)) >= 0 or (
        span.text == RUNNING and text.endswith(SINCE, 0, span.start))


_DIGIT = re.compile(r"\d")
_PLAN_STAGE = ("开局", "收官", "起步", "开篇", "谋篇", "承上启下")
_BY_QUARTER = re.compile(r"(?:分|从|按)(?:季度|季|月份|月度)(?:看|来看)")
_QUARTER_WORD = re.compile(r"季度|上半年|下半年")


def _quarter_breakdown(text: str, span: PeriodSpan) -> bool:
    """``span`` is one of several quarters a 分季度看 sentence lists (一季度…，上半年…，前三季度…),
    not the one quarter opening the figures of its sentence (分季度看，第四季度实现营业收入…；
    归母净利润…)."""
    m = _BY_QUARTER.search(text, 0, span.start)
    return m is not None and len(_QUARTER_WORD.findall(text, m.end())) >= 2


def running_total_opening(text: str, span: PeriodSpan) -> bool:
    """``span`` is a since-span right before 累计 with no figure before it in ``text``: a running
    total's span that opens the sentence's figures."""
    return (span.text.endswith(SINCE) and text.startswith(RUNNING, span.end)
            and _DIGIT.search(text, 0, span.start) is None)


# a day stressed as that day alone (10月1日当天, 国庆当日, 10月4日单日接待6.2万人次)
_THAT_DAY = ("当天", "当日", "单日")


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


def _ranked_over(text: str, span: PeriodSpan, cand: NumberCandidate) -> bool:
    """``span``, a span up to now (今年以来, 近十年来), is the window the number, a record or a
    percentile right after it, is taken over."""
    if not (span.text.endswith("以来") or span.text.startswith(("近", "过去"))
            or span.text == _YEAR_RANKED or span.text.endswith(_MONTHS_RANKED)):
        # (本旬降至年内第二低水平: the year ranked over; 为本年单月第二高: the year's months)
        return False
    found = _WINDOW_AFTER.match(text, span.end)
    return found is not None and cand.start < found.end()


_YEAR_RANKED = "年内"
_MONTHS_RANKED = "单月"
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


def _total_reached(text: str, frame: PeriodSpan, total: PeriodSpan, comma: int) -> bool:
    """114年汰换…补助件数3,615件，淘汰…累计达1万2,480辆: a year dating its own clause's figure, a
    later clause's total reached (累计达, 累计覆盖) stands at a day, as after a flow's verb."""
    return (text.startswith(_REACHED, total.end) and total.start >= comma
            and _DIGIT.search(text, frame.end, comma) is not None)


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
                     and not named_season(period)))


def named_season(period: Period) -> bool:
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
    if _later_part_reported(period, doc_date):
        # 二季度票房收入172.6亿元, 7月至8月暑期档 in a report of March 2026 with no goal word: a
        # part of the year not yet begun holds no result, so last year's
        return resolve_period(period.text or "", date(doc_date.year - 1, 12, 31))  # type: ignore[union-attr]
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


def _later_part_reported(period: Period, doc_date: date | None) -> bool:
    """A quarter or months named without a year (二季度, 7月至8月) that begin after the date of a
    text of the year's first months, said with no goal word: the year reported's part."""
    return (doc_date is not None and doc_date.month <= _REPORTING_MONTHS
            and period.start is not None and period.start > doc_date
            and period.end is not None and period.end.year == doc_date.year
            and period.end != date(doc_date.year, 12, 31)  # (四季度, 全年: the rule below)
            and needs_year(period.text or ""))
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


_COUNTED = re.compile(r"[\u4e00-\u9fff]{1,6}")  # the things counted (机场, 城市)


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
