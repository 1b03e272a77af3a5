"""What earlier text tells about the current sentence: the periods of its paragraph, the year
being talked about (from the paragraph, the headings or the title) and the kind of its
section, kept as the document is read (:class:`Context`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from itertools import pairwise
from operator import attrgetter

from pipelines.domain.docdate import data_end
from pipelines.domain.metrics.goal_words import without_goal_terms
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.period_choice import (
    LENGTH_ONLY,
    aside_end,
    dates_a_flow,
    describes_when,
    running_total_opening,
    same_length_frame,
    scopes_its_clause,
    that_day_only,
    topic_of,
)
from pipelines.domain.metrics.period_events import (
    MARKET_CLOSE,
    appraisal_year,
    caused_on,
    done_on,
    due_by,
    event_year,
    figure_day,
    forecast_made,
    goal_gap,
    names_event,
    planned_on,
    read_on,
    record_since,
    respondents_expect,
    undated_round,
    when_begun_or_done,
)
from pipelines.domain.metrics.period_spans import (
    LOCAL_PERIODS,
    calendar_month,
    contextualize,
    is_comparison,
    most_named,
    old_level_year,
    periods_of,
    relative_year,
    reports_on,
    whole_year,
    year_of,
    year_span,
    year_to_date,
)
from pipelines.domain.metrics.report_titles import (
    AUDIT,
    HALF_YEAR_REPORT,
    ISSUE_NO,
    PAGE_META,
    PERIODIC_REPORT,
    PLAN_RANGE,
    PLAN_REVIEW,
    PLAN_TITLE,
    PLAN_WORDS,
    REPORT_NAMED,
    THIS_SPAN,
    THIS_SPANS,
    TITLE_LINE,
    YEAR_REPORT,
    months,
    quarter,
    report_of_title,
    reports_state,
    reviewed_part,
    tasks_after_report,
    week,
)
from pipelines.domain.metrics.text_events import (
    AS_OF,
    DATA_END_HINT,
    DEFINED_HINT,
    EVENT_HINT,
    EVENT_OPEN,
    FIRST_DAY,
    HOLIDAY_WORD,
    HOLIDAY_WORDS,
    LENGTH_DATES_HINT,
    SEASON_MONTHS_HINT,
    SO_FAR,
    THAT_DAY_HINT,
    THIS_SPAN_HINT,
    YEAR_EVENT,
    day_in_brackets,
    event,
    event_spans,
    first_day,
    holiday,
    holiday_spans,
    market_day,
    named_seasons,
    named_spans,
    season_spans,
    season_words,
    seasons_named,
    spans_named,
    up_to_data_end,
    year_event,
)
from pipelines.domain.numbers import parse_numeral
from pipelines.domain.periods import (
    RELEASE_QUARTER,
    REPORT_PERIOD,
    SAME_SPAN,
    SCHOOL_YEAR,
    SINGLE_QUARTER,
    TEN_DAYS_WORDS,
    THIS_PERIOD,
    YEAR_TO_REPORT,
    PeriodSpan,
    five_year_plan,
    last_day,
    names_report_period,
    resolve_period,
    same_span_in_year,
    ten_days_word,
)
from pipelines.domain.records import Period, Sentence

# a paragraph's opening that refers back into the one before (在公共充电设施中，…; 其中，…)
# a budget's publication (2025年部门预算, 2025年度单位预算, 2025年预算公开; not an account of
# one carried out, 预算执行情况, nor a draft put to a congress, 预算草案, read by the heading cues)
BUDGET_TITLE = re.compile(r"(\d{4})年度?(?:(?:部门|单位)预算(?!执行|调整|草案)|预算公开)")
_BACK_INTO = re.compile(r"(?:在[^，,。；;\d]{1,12}中|其中)[，,]")
# a paragraph's opening on a breakdown of the figures before (分行业看，…; 按地区分，…)
_BREAKDOWN = re.compile(r"(?:分|按)[\u4e00-\u9fff]{1,4}(?:来?看|分)[，,]")
# a paragraph's opening naming a part of what the one before named (第二产业中，…; 出口商品中，…):
# group 1 the whole, which the paragraph before must name for the opening to refer back into it
_CALENDAR_WORD = re.compile(r"[年月季周旬]")
_PART_OF = re.compile(r"([^，,。；;\d\s在]{2,12})中[，,]")
# a graduating class (2025届) after the day its sentence opens with (截至2025年8月31日，2025届毕业生
# 毕业去向落实率…): the class names whose state the day dates, it dates nothing there
COHORT = "届"
# a page number on a line of its own between two paragraphs (— 2 —, - 12 -, 第3页)
_PAGE_NUMBER = re.compile(r"\s*(?:[—\-－–·]{1,2}\s*\d{1,4}\s*[—\-－–·]{1,2}|第\s*\d{1,4}\s*页)\s*")


_PERIOD_ENDS = ("月末", "月底", "季末", "季度末", "年末", "年底")

class Context:
    """What earlier text tells about the current sentence: the paragraph's periods and the year
    being talked about (from the paragraph, the headings or the title)."""

    def __init__(self, doc_date: date | None, roc: bool = False, raw: str | None = None,
                 first: dict[int, Sentence] | None = None, april_fiscal: bool = False,
                 cleaned: str | None = None) -> None:
        self.doc_date = doc_date
        self.april_fiscal = april_fiscal  # 年度 are financial years from 1 April (Hong Kong)
        self.raw = raw  # the document's raw text, and the first sentence of each paragraph
        self.cleaned = cleaned  # its cleaned sentences, a line each
        self.first = first
        self.roc = roc  # years counted by the Minguo calendar (113年 = 2024)
        self.blocks: dict[int, list[Sentence]] = {}
        self.heading_spans: dict[str, list[PeriodSpan]] = {}
        self.title_year: int | None = None
        self.title_spans: list[PeriodSpan] = []  # the periods the title's lines name
        self.title_lines: set[str] = set()  # the title's lines that name them
        self.heading_blocks: set[int] = set()
        self.in_title = True
        self.heading_kinds: dict[str, tuple[bool, bool]] = {}
        self.section_kinds: dict[tuple[str, ...], tuple[bool, bool]] = {}
        self.heading_years: dict[tuple[str, ...], int | None] = {}
        self._relative: dict[int, bool] = {}  # paragraph -> its last year was 明年, 去年 ...
        self.plan: PeriodSpan | None = None  # the five-year plan a title names
        # the plan a title names as the one it reviews (…规划纲要实施中期评估报告): its goals
        # quoted (…的目标) are the plan's, its other numbers results, not goals
        self.reviewed_plan: PeriodSpan | None = None
        self.annual: PeriodSpan | None = None  # the year a yearly report's title names
        # the period a periodic report's title names (2025年第三季度报告: the quarter), of its
        # 报告期 words
        self.report: Period | None = None
        self.audit = False  # the yearly report is an audit's (…审计工作报告)
        # the year a budget's publication names in its title (江南农林大学2025年部门预算): its
        # figures of that year are plans (document_passes._budget_plans)
        self.budget_year: int | None = None
        self._named_report: tuple[Period | None] | None = None  # (_report_named, once)
        self.leads: dict[tuple[str, ...], PeriodSpan] = {}  # heading path -> period of the
        # last paragraph under it that ends with a colon (it introduces the next ones)
        self.spans: dict[int, list[PeriodSpan]] = {}
        self.indicators: dict[int, str] = {}  # last indicator named in each paragraph
        # per paragraph: how many of its sentences were searched, and the newest year / period
        # found among them (a paragraph is searched newest first, each sentence once)
        self._years: dict[int, tuple[int, int | None]] = {}
        self._periods: dict[int, tuple[int, tuple[Sentence, PeriodSpan] | None]] = {}
        self._raw_spans: list[PeriodSpan] | None = None  # the periods the raw text names
        # per year a heading names: where the periods it reports on end, the report period there
        self._reported: dict[tuple[date, date], tuple[list[int], list[Period]]] = {}
        self._day_sought = False  # whether the text was read for a market's day (_open_day)
        self._event_days: dict[str, Period | None] = {}  # pattern -> day (_day_named)
        self.holiday, self.season = self._holiday(raw, doc_date)
        if self.holiday is None and cleaned is not None:
            # (read in reading order too: a page set in columns splits 国⏎庆档（10月1日至8日）
            # with the other column's line between its halves in the raw text)
            self.holiday, self.season = self._holiday(cleaned, doc_date)
        # an event named with its dates in brackets (“双十一”网络购物节期间（10月20日20时至…）)
        # and the words standing for it elsewhere (“双十一”期间, 活动期间)
        # (read in the cleaned sentences where given: a year or a bracket broken by OCR spacing
        # or an invisible character, 2 025年 汛 期（\u200b6月…, is mended there)
        events = cleaned if cleaned is not None else raw
        self.event, self.event_words = (
            event(events, doc_date) if events is not None and self.holiday is None
            and EVENT_HINT in events and EVENT_OPEN.search(events) is not None
            else (None, None))
        if self.event is None and events is not None and YEAR_EVENT.search(events) is not None:
            # (2025年春运（1月14日至2月22日，共40天）: a season of its own beside the holiday
            # it holds, 春节假期, read as the text's event)
            self.event, self.event_words = year_event(events, doc_date, self.holiday)
        # a work season the text dates so (2025年汛期（6月1日至9月30日）): its own words, bare
        # (汛期全省平均降水量…) or its end (汛末), stand for those dates wherever they occur
        self.season_words = (season_words(self.event.period.text or "")
                             if self.event is not None else ())
        # the day the text says its figures run to (统计截止日：2025年10月31日): 年内 and 累计 run
        # to it, not to the text's date (a monthly release published days after its month)
        self.data_end = (data_end(raw, doc_date) if raw is not None and DATA_END_HINT in raw
                         else None)
        # spans named with their length and dates (节前15天（1月14日至28日）): what their names
        # stand for where they occur again (节前在…开行夜间高铁列车386列)
        self.named_spans, self.span_names = (
            named_spans(raw, doc_date) if raw is not None and (
                LENGTH_DATES_HINT in raw or DEFINED_HINT in raw) else ({}, None))
        # seasons given their months in brackets (夏季（6-8月）): what the season's bare name
        # stands for where it occurs again (夏季日照时数612.8小时)
        self.named_seasons = (named_seasons(raw, doc_date) if raw is not None and (
            SEASON_MONTHS_HINT in raw or THIS_SPAN_HINT.search(raw) is not None) else {})

    def _holiday(self, text: str | None, doc_date: date | None
                 ) -> tuple[PeriodSpan | None, str | None]:
        return (holiday(text, doc_date, official=not self.roc) if text is not None and (
            "假" in text or "档" in text or "期间" in text  # (清明节期间: its days off)
            or "暑期" in text)  # (今年暑期（7月1日至8月31日）: a summer season's days)
            and HOLIDAY_WORDS.search(text) is not None else (None, None))

    def spans_of(self, sent: Sentence) -> list[PeriodSpan]:
        """Periods of an earlier sentence, found once however often they are asked for."""
        found = self.spans.get(sent.sent_no)
        if found is None:
            found = self.spans[sent.sent_no] = periods_of(sent.text, self.doc_date, self.roc,
                                                          self.april_fiscal)
            if (self.holiday is not None or (self.doc_date and not self.roc)) and (
                    HOLIDAY_WORDS.search(sent.text) is not None
                    and HOLIDAY_WORD.search(sent.text) is not None):
                # (a text counting years by the Minguo calendar is Taiwan's: its holidays are
                # not the mainland's days off)
                found = self.spans[sent.sent_no] = holiday_spans(
                    sent.text, found, self.holiday, self.season,
                    None if self.roc else self.doc_date)
            if self.event_words is not None and self.event_words.search(sent.text) is not None:
                found = self.spans[sent.sent_no] = event_spans(
                    sent.text, found, self.event, self.event_words)
            if self.season_words and any(w in sent.text for w in self.season_words):
                found = self.spans[sent.sent_no] = season_spans(
                    found, self.event, self.season_words)
            if self.data_end is not None and found:
                found = self.spans[sent.sent_no] = up_to_data_end(found, self.data_end)
            if self.span_names is not None and self.span_names.search(sent.text) is not None:
                found = self.spans[sent.sent_no] = spans_named(
                    sent.text, found, self.named_spans, self.span_names)
            if self.named_seasons and any(p.text in self.named_seasons for p in found):
                found = self.spans[sent.sent_no] = seasons_named(found, self.named_seasons)
            if FIRST_DAY in sent.text and (self.event or self.holiday) is not None:
                found = self.spans[sent.sent_no] = first_day(
                    sent.text, found, self.event or self.holiday)
            if THAT_DAY_HINT in sent.text:
                found = self.spans[sent.sent_no] = day_in_brackets(
                    sent.text, found, self.doc_date)
            if len(found) > 1 and found[0].text.startswith(AS_OF):
                found = self.spans[sent.sent_no] = year_so_far(
                    sent.text, _day_of_class(sent.text, found))
            if any(p.text == _THIS_MONTH or p.text in _THIS_MONTH_END
                   or p.text.startswith(SINGLE_QUARTER) or p.text == RELEASE_QUARTER
                   or p.text.endswith(SAME_SPAN) for p in found):
                found = self.spans[sent.sent_no] = self._this_month(sent, found)
            if self.title_spans and THIS_SPAN.search(sent.text) is not None:
                found = self.spans[sent.sent_no] = self._in_title_period(found)
            if self.title_spans and any(_undated_length(p) for p in found):
                found = self.spans[sent.sent_no] = self._title_lengths(found)
            if REPORT_PERIOD in sent.text or THIS_PERIOD in sent.text:
                found = self.spans[sent.sent_no] = self._report_periods(found)
            if self.raw is not None and self.doc_date is not None:
                if _SINCE in sent.text:  # 开赛以来: since 5月10日开赛
                    found = self.spans[sent.sent_no] = self._events_dated(
                        sent.text, found, _EVENT_SINCE, self._since_day)
                if _THIS_TIME in sent.text:  # 本次招标: on 招标日为2025年8月19日
                    found = self.spans[sent.sent_no] = self._events_dated(
                        sent.text, found, _THIS_STEP, self._step_day)
                if _THIS_SESSION in sent.text or _SESSION_DURING in sent.text:
                    # 本届广交会…: over 本届广交会于10月15日至11月4日分三期举办
                    found = self.spans[sent.sent_no] = self._events_dated(
                        sent.text, found, _SESSION_WORD, self._session_days)
        return found

    def _events_dated(self, text: str, spans: list[PeriodSpan], words: re.Pattern[str],
                      day_of: Callable[[str], Period | None]) -> list[PeriodSpan]:
        """``spans`` with the events ``words`` finds named without their day (开赛以来, 本次招标)
        read by ``day_of`` from the day the text gives the event (group 1) elsewhere: 开赛以来 as
        5月10日开赛以来 (a headline's or a later paragraph's running totals), 本次招标 (41家参与
        投标) on the day the issue's schedule names (招标日为2025年8月19日)."""
        out = spans
        for found in words.finditer(text):
            if any(p.start <= found.start() < p.end for p in spans):
                continue  # (5月10日开赛以来: dated where it stands)
            period = day_of(found.group(1))
            if period is None:
                continue
            span = PeriodSpan(found.start(), found.end(), found.group(), Period(
                text=found.group(), start=period.start, end=period.end), False)
            out = sorted([*out, span], key=attrgetter("start"))
        return out

    def _since_day(self, event: str) -> Period | None:
        """The span from the day the raw text names ``event`` on (5月10日开赛) to the text's
        date; None if it names no such day."""
        return self._day_named(rf"({_EVENT_DAY})\s?{re.escape(event)}", _SINCE)

    def _step_day(self, step: str) -> Period | None:
        """The day a schedule names for ``step`` (招标日为2025年8月19日); None if none."""
        return self._day_named(rf"{re.escape(step)}日(?:为|是|定为)\s?({_EVENT_DAY})", "")

    def _session_days(self, _word: str) -> Period | None:
        """The days the raw text gives this edition of its event (本届广交会于10月15日至11月4日
        分三期举办, 本届展会（9月3日至6日）); None if it gives none."""
        return self._day_named(_SESSION_DAYS, "")

    def _day_named(self, pattern: str, suffix: str) -> Period | None:
        """The day group 1 of ``pattern`` finds first in the raw text, read with ``suffix``
        (以来: from that day to the text's date), found once per pattern."""
        if pattern not in self._event_days:
            day = re.search(pattern, _seen(self.raw or ""))  # (10月1\ufeff5日至11月4日)
            if day is None and self.cleaned:  # (a day cut by a line's end or spaced out by
                # OCR, 10月1⏎5日, 10 月 15 日: whole in the cleaned sentences)
                day = re.search(pattern, self.cleaned)
            # (its spaces and line breaks no part of it: 11月4⏎日)
            period = (resolve_period("".join(day.group(1).split()) + suffix, self.doc_date)
                      if day is not None else None)
            self._event_days[pattern] = period if period is not None and (
                period.start is not None) else None
        return self._event_days[pattern]

    def _report_periods(self, spans: list[PeriodSpan]) -> list[PeriodSpan]:
        """``spans`` with their 报告期 words read as :meth:`report_period` does, so that they
        date the paragraph's later figures as a year or a year-end would; in a text whose title
        names no report period they date nothing (left out)."""
        out: list[PeriodSpan] = []
        for span in spans:
            if names_report_period(span.text):
                period = self.report_period(span.text)
                if period is None:
                    continue
                span = replace(span, period=period)
            out.append(span)
        return out

    def _title_lengths(self, spans: list[PeriodSpan]) -> list[PeriodSpan]:
        """``spans`` with a span named by its length alone and undated (五年来, 五年累计 in a text
        of a year's second half: which years is not said) given the years of a plan of that
        length the title names (——“十四五”郑州发展成就综述: the five years it reviews)."""
        out = []
        for span in spans:
            frame = same_length_frame(self.title_spans, span) if _undated_length(span) else None
            if frame is not None:
                span = replace(span, period=Period(
                    text=span.text, start=frame.period.start, end=frame.period.end))
            out.append(span)
        return out

    def _in_title_period(self, spans: list[PeriodSpan]) -> list[PeriodSpan]:
        """``spans`` with their 本年 / 本季度 / 本周 read as :meth:`title_period` reads them."""
        out = spans
        for i, span in enumerate(spans):
            period = self.title_period(span.text)
            if span.text == _TEN_DAYS_END and (named := next((
                    p.period for p in reversed(spans[:i]) if p.text.endswith(_TEN_DAYS_NAMED)
                    and p.period.end is not None), None)) is not None:
                # 预计11月中旬…，旬末钢材库存有望回落至1500万吨以下: the end of the 旬 the sentence
                # names, not of the title's
                period = Period(text=span.text, start=named.end, end=named.end)
            if period is not None:
                if out is spans:
                    out = list(spans)
                out[i] = replace(span, period=period)
        return out

    def title_period(self, word: str) -> Period | None:
        """本年 (本年度), 本季度, 本周 in a report whose title names the year (quarter, week) it
        reports on, over by the document's date (2024年…年度报告 published in January 2025,
        2025年第三季度运行情况通报 in October, 2025年第47周…周报 two days after the week):
        that period, not the one the document's date falls in; else None."""
        fits = THIS_SPANS.get(word)
        if fits is None or self.doc_date is None:
            return None
        found = next((p.period for p in self.title_spans if fits(p.period)
                      and p.period.end is not None and p.period.end < self.doc_date), None)
        if found is None:
            return None
        if word in TEN_DAYS_WORDS and found.start is not None and found.end is not None:
            start, end = ten_days_word(word, found.start, found.end)  # (本旬末: its last day)
            return Period(text=word, start=start, end=end)
        if fits is months and found.end is not None:  # (1—10月份…利润 in November: 本月 is
            # October, the release's last month)
            return Period(text=word, start=found.end.replace(day=1), end=found.end)
        return Period(text=word, start=found.start, end=found.end)

    def report_period(self, text: str, report: Period | None = None) -> Period | None:
        """A 报告期 word in the period its report's title names (2024年度…报告: the year,
        2025年第三季度报告: the quarter), or ``report`` (a section's own report): 报告期内, 本报告期
        that period, 截至报告期末 its last day, 年初至报告期末 its year up to that day; None when
        the title names none."""
        if report is None:
            report = self.annual.period if self.annual is not None else self.report
        if report is None:
            report = self._report_named()
        if report is None or report.start is None or report.end is None:
            return None
        start = report.start
        if text.startswith(YEAR_TO_REPORT):
            start = date(report.end.year, 1, 1)
        elif text.endswith("末"):
            start = report.end
        elif text.endswith("期初"):
            return Period(text=text, start=report.start, end=report.start)  # (本报告期初: its
            # first day, a level's base)
        return Period(text=text, start=start, end=report.end)

    def section_report(self, heading: str) -> Period | None:
        """The period of the report a section's heading names (三、2025年度业绩预告 under a title
        of 2025年前三季度业绩快报): its 报告期 words are that report's."""
        if PERIODIC_REPORT.search(heading) is None:
            return None
        return report_of_title(heading, self._heading_spans(heading))

    def _report_named(self) -> Period | None:
        """The period of the periodic report a text names first when its title names none (a
        news story on a company's results: 长沙银行…披露2024年年度报告。报告期内…; 2025年半年报
        显示): the report its 报告期 words are of; found once."""
        if self._named_report is None:
            found = REPORT_NAMED.search(self.raw or "")
            self._named_report = (None,) if found is None else (report_of_title(
                found.group(), self._heading_spans(found.group())),)
        return self._named_report[0]

    def _this_month(self, sent: Sentence, spans: list[PeriodSpan]) -> list[PeriodSpan]:
        """``spans`` with 当月 read as the single month the period named just before it ends
        with (1-4月，…增长10.9%。当月，…增长8.4%: April; 12月当月: December), in the sentence or
        the paragraph's earlier ones, a year so far passed over (10月份，…；年内累计…。当月…:
        October, not the month of the text's day 年内 runs to); without one, 当月 dates nothing
        (it is left out)."""
        earlier = [s for s in self.blocks.get(sent.block_no, []) if s.sent_no < sent.sent_no]
        out: list[PeriodSpan] = []
        for span in spans:
            if span.text.endswith(SAME_SPAN):
                # 二零二五年十月…，而二零二四年同月的…: the month before, in the year named
                ref = next((p.period for p in reversed(out) if p.period.end is not None), None)
                if ref is None:
                    ref = self._last_period(earlier)
                moved = same_span_in_year(span.text, ref) if ref is not None else None
                out.append(span if moved is None else replace(span, period=moved))
                continue
            if span.text.startswith(SINGLE_QUARTER) or span.text == RELEASE_QUARTER:
                quarter = self._single_quarter(span, out, earlier)
                if quarter is not None:
                    out.append(quarter)
                continue
            if span.text == _THIS_MONTH or span.text in _THIS_MONTH_END:
                before = [p for p in out if p.period.end is not None
                          and SO_FAR.fullmatch(p.text) is None]
                end = before[-1].period.end if before else self._last_end(earlier)
                if end is None:
                    continue
                # (named as that month, 4月, so its year is read as the span's: a December
                # release published in January is last year's)
                month = f"{end.month}月"
                if span.text in _THIS_MONTH_END:  # (11月末，按当月末国际金价计算: its last day)
                    month += "末"
                    end = last_day(end.year, end.month)
                span = replace(span, text=month, period=Period(
                    text=month, start=end if month.endswith("末") else end.replace(day=1),
                    end=end))
            out.append(span)
        return out

    def _single_quarter(self, span: PeriodSpan, before: list[PeriodSpan],
                        earlier: list[Sentence]) -> PeriodSpan | None:
        """单季 as the quarter the last period of quarters named before it ends with (前三季度…；
        单季净利率: the third; Q3单季: Q3 itself), in the sentence or the paragraph's earlier
        ones; None after a year or months (单季 then says which quarter it is not)."""
        named = [p for p in before if _QUARTERS_NAMED.search(p.text) is not None]
        last = named[-1].period if named else next(
            (p.period for s in reversed(earlier) for p in reversed(self.spans_of(s))
             if _QUARTERS_NAMED.search(p.text) is not None and not is_comparison(s.text, p)),
            None)
        end = last.end if last is not None else None
        if end is None or end.month % 3 or end != last_day(end.year, end.month):
            return None
        start = date(end.year, end.month - 2, 1)
        return replace(span, period=Period(text=span.text, start=start, end=end))

    def _last_end(self, sents: list[Sentence]) -> date | None:
        """Where the last period named in ``sents`` ends (newest first), a comparison base
        aside."""
        last = self._last_period(sents)
        return None if last is None else last.end

    def _last_period(self, sents: list[Sentence]) -> Period | None:
        """The last period named in ``sents`` (newest first), a comparison base aside."""
        return next((p.period for s in reversed(sents) for p in reversed(self.spans_of(s))
                     if p.period.end is not None and SO_FAR.fullmatch(p.text) is None
                     and not is_comparison(s.text, p) and not done_on(s.text, p)), None)

    def see_heading(self, sent: Sentence) -> None:
        self.heading_blocks.add(sent.block_no)
        self._see_title(sent)

    def _see_title(self, sent: Sentence) -> None:
        """What a line of the title tells: its periods, its year, the yearly or periodic report
        it names."""
        if self.in_title and self._heading_spans(sent.text):
            # (…通告（2025年第4期）: the year of an issue's number is no period reported on)
            self.title_spans += [p for p in self._heading_spans(sent.text)
                                 if ISSUE_NO.match(sent.text, p.end) is None]
            self.title_lines.add(sent.text)
        if self.in_title and self.title_year is None:
            self.title_year = year_of(self._heading_spans(sent.text), sent.text)
        if self.in_title and self.annual is None and (any(
                w in sent.text for w in metric_lexicon().annual_titles)
                or YEAR_REPORT.search(sent.text) is not None) and not any(
                w in sent.text for w in HALF_YEAR_REPORT):  # (2025年半年度报告: its 年度报告
            # is a half year's, read by report_of_title)
            found = year_span(self._heading_spans(sent.text), sent.text)
            if found is not None and not relative_year(found.text) and not (
                    found.text.endswith(COHORT)):  # (2025届毕业生…年度报告: a class's report,
                # dated by its statistics' day, not a yearly report)
                self.annual = found  # …2024年…统计公报: the year of its undated flows
                self.audit = AUDIT in sent.text
        if self.in_title and self.budget_year is None and "预算" in sent.text:
            found_budget = BUDGET_TITLE.search(sent.text)
            if found_budget is not None:
                self.budget_year = int(found_budget.group(1))
        if self.in_title and self.report is None and PERIODIC_REPORT.search(sent.text):
            self.report = report_of_title(sent.text, self._heading_spans(sent.text))
        if (self.in_title and self.annual is None and self.holiday is not None
                and HOLIDAY_WORD.search(sent.text) is not None):
            self.annual = self.holiday  # 国庆中秋假期我省接待游客…: a report on the holiday
        if (self.in_title and self.annual is None and self.event_words is not None
                and self.event_words.search(sent.text) is not None):
            self.annual = self.event  # “双十一”期间我省网络零售额…: a report on the event
        if self.in_title:
            self._open_day()
        if self.plan is None and "年" in sent.text:
            # …实施方案（2026—2028年）: the title, or a heading (a notice printing the plan)
            found = PLAN_RANGE.search(sent.text)
            if found and PLAN_WORDS.search(sent.text, 0, found.start()):
                y1, y2 = int(found.group(1)), int(found.group(2))
                if y1 < y2:
                    self.plan = PeriodSpan(0, 0, found.group(), Period(
                        text=found.group(), start=date(y1, 1, 1), end=date(y2, 12, 31)), False)
        if self.in_title and self.plan is None and "五" in sent.text:
            found = PLAN_TITLE.search(sent.text)
            if found:
                n = (parse_numeral(found.group(1)) if found.group(1)
                     else 10 + (parse_numeral(found.group(2)) or 0))
                if n:
                    y1, y2 = five_year_plan(int(n))
                    span = PeriodSpan(0, 0, found.group(), Period(
                        text=found.group(), start=date(y1, 1, 1), end=date(y2, 12, 31)), False)
                    if PLAN_REVIEW.search(sent.text, found.end()):
                        self.reviewed_plan = span
                    else:
                        self.plan = span

    def heading_kind(self, heading: str) -> tuple[bool, bool]:
        """Whether a heading sets goals (目标, 预期) or reviews results (回顾), found once."""
        lexicon = metric_lexicon()
        if len(_LABELLED_VALUE.findall(heading)) > 1:
            # 目标价（元） 58.50 总股本（亿股） 4.12: a block of labelled figures cleaning took
            # for a heading sets no kind (目标价 is a price, not a goal)
            found = self.heading_kinds[heading] = NO_HEADING
            return found
        review = any(w in heading for w in lexicon.review_headings) or (
            reports_state(heading) and not self._heading_spans(heading))
        # …发展情况及2025年重点任务: the goals are the second part's, the body reports on a year
        cut = tasks_after_report(heading)
        part = heading if cut < 0 else heading[:cut]
        part = without_goal_terms(part)  # (Q3业绩超预期, 目标价: no goals)
        found = self.heading_kinds[heading] = (
            not review and any(w in part for w in lexicon.target_headings), review)
        return found

    def section_kind(self, path: tuple[str, ...]) -> tuple[bool, bool]:
        """The kind of the nearest heading that has one: a section (一、扩大有效投资) under a
        title 2025年重点工作安排 sets goals, one under 2024年工作回顾 reviews."""
        found = self.section_kinds.get(path)
        if found is None:
            found = next((k for k in (self.heading_kinds.get(h) or self.heading_kind(h)
                                      for h in reversed(path)) if k != NO_HEADING), NO_HEADING)
            self.section_kinds[path] = found
        return found

    def see_body(self, sent: Sentence | None = None) -> None:
        """A body sentence ends the title, unless it is a line of the page's metadata box
        (索引号：…发布机构：…, 生成日期：… above a portal's title): the title after it is still
        the document's."""
        if sent is not None and self.in_title and PAGE_META.match(sent.text) is not None:
            return
        if (sent is not None and self.in_title and not self.title_lines
                and TITLE_LINE.fullmatch(sent.text) is not None):
            # …关于2025年第三季度食品安全监督抽检情况的通告（2025年第4期） taken for a body line
            # (its issue number after it): the title still, its period the report's
            self._see_title(sent)
        if self.in_title:
            self._open_day()
        self.in_title = False

    def _up_to_the_day(self, span: PeriodSpan) -> bool:
        """In a report on one day (a market's close), a span up to that day (本周以来北向资金累计
        净买入…) is its sentence's running total: the next sentences are the day's again."""
        day = self.annual.period if self.annual is not None else None
        if self.annual is not None and self.annual.text.endswith(_PERIOD_ENDS):
            return False  # (2025年10月末…金融统计数据: a release at a month's end, whose 前10个月
            # and 10月份 date their paragraphs' flows, not a market's close)
        return (day is not None and day.start == day.end and span.period.end == day.end
                and span.period.start is not None and span.period.start < day.end)  # type: ignore[operator]

    def _open_day(self) -> None:
        """A market's close report (3月18日，A股三大指数…集体收涨) is on that day: its title's
        and body's undated figures are the day's (sought once, at the title's first line)."""
        if self._day_sought:
            return
        self._day_sought = True
        if self.annual is None and self.raw is not None and self.doc_date is not None and (
                "收" in self.raw and MARKET_CLOSE.search(self.raw) is not None):
            self.annual = market_day(self.raw, self.doc_date)

    def add(self, block_no: int, sent: Sentence) -> None:
        self.blocks.setdefault(block_no, []).append(sent)
        if sent.text.endswith(("：", ":")):  # …“十五五”时期…主要目标是： introduces a list
            spans = [p for p in self.spans_of(sent) if p.period.start is not None
                     and p.period.start != p.period.end and not is_comparison(sent.text, p)]
            if spans:
                self.leads[sent.heading_path] = spans[-1]

    def _heading_spans(self, heading: str) -> list[PeriodSpan]:
        if heading not in self.heading_spans:
            found = periods_of(heading, self.doc_date, self.roc, self.april_fiscal)
            if self.event_words is not None and self.event_words.search(heading) is not None:
                found = event_spans(heading, found, self.event, self.event_words)
            if self.season_words and any(w in heading for w in self.season_words):
                found = season_spans(found, self.event, self.season_words)
            self.heading_spans[heading] = reviewed_part(heading, found)
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
            spans = [p for p in self.spans_of(sent) if not appraisal_year(sent.text, p)]
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

    def block_as_of(self, block_no: int, inherited: PeriodSpan) -> PeriodSpan:
        """The paragraph's last 截至 day so far, for a stock's figure the paragraph dates by a
        month ending that day (截至2025年10月，全国共有换电站4917座。10月份，全国新增换电站86座。
        换电站数量…合计占全国的52.3%: the stock at the day, not the month's additions); else
        ``inherited``."""
        end = inherited.period.end
        if end is None or inherited.period.start == end:
            return inherited
        day = self.annual
        if (day is not None and day.text.endswith(_PERIOD_ENDS)
                and day.period.start == day.period.end == end):
            # 10月当月，…。外币存款余额126.8亿美元 under 2025年10月末…统计数据: a balance is no
            # amount of the month, but stands at the end the release reports on
            return day
        for sent in reversed(self.blocks.get(block_no, [])):
            for p in reversed(self.spans_of(sent)):
                if p.text.startswith(AS_OF) and p.period.end == end:
                    return p
        return inherited

    def continued_period(self, block_no: int, year: int | None, path: tuple[str, ...],
                         opening: str) -> PeriodSpan | None:
        """The last period of the paragraph before, under the same headings, when this one
        opens by referring back into it (截至2025年10月，全国充电设施…。 then 在公共充电设施中，
        直流…; 其中，…; a part of a whole the paragraph before named, 1-10月，…第二产业用电量…。
        then 第二产业中，工业用电量…, as a statistics release breaks its running totals down):
        it goes on with the same figures, at the same time."""
        part = None if _BACK_INTO.match(opening) is not None else _PART_OF.match(opening)
        if part is None and _BACK_INTO.match(opening) is None:
            return None
        before = max((b for b in self.blocks if b < block_no), default=None)
        if before is None or self.blocks[before][0].heading_path != path:
            return None
        if part is not None and not self._one_period_naming(before, part.group(1)):
            return None  # (会议中，… / 实施中，…: a whole the paragraph before does not name;
            # 10月份，…PPI…。1—10月平均，…。 then 工业生产者出厂价格中，…: which time it goes on
            # with is not told)
        return self._block_period(before, year)

    def broken_down_period(self, block_no: int, year: int | None, path: tuple[str, ...],
                           opening: str) -> PeriodSpan | None:
        """The period of the figures a paragraph opening on a breakdown (分行业看，…) breaks down
        when nothing else dates it and the paragraph before went on from the one before it
        (今年前三季度，…零售总额486.3亿元…。 其中，限额以上…。 分行业看，…增长5.1%): the last period
        of the paragraphs before, under the same headings, going back over those that went on
        from the one before them (not a breakdown right after a dated paragraph: a yearly
        report's shares stay undated, a release's parts take its period)."""
        if _BREAKDOWN.match(opening) is None:
            return None
        for hops, before in enumerate(
                sorted((b for b in self.blocks if b < block_no), reverse=True)):
            sents = self.blocks[before]
            if sents[0].heading_path != path:
                return None
            found = self._block_period(before, year)
            if found is not None:
                # (截至11月5日，全国已播冬小麦…。 then 分省看，河南已播冬小麦…: amounts as of a day
                # the paragraph before opens with, broken down, stand at that day, right after it
                # too; not a 截至目前 stock closing a paragraph of flows)
                return found if hops or (
                    _as_of_day(found) and found.text in sents[0].text) else None
            if _BACK_INTO.match(sents[0].text) is None:
                return None
        return None

    def _one_period_naming(self, block_no: int, whole: str) -> bool:
        """The paragraph names ``whole`` and one period only (comparisons' bases aside): a
        paragraph opening on a part of that whole goes on at that time."""
        sents = self.blocks[block_no]
        if not any(whole in s.text for s in sents):
            return False
        found = {(p.period.start, p.period.end) for s in sents for p in self.spans_of(s)
                 if p.period.start is not None and not is_comparison(s.text, p)
                 and _CALENDAR_WORD.search(p.text) is not None}  # (not 累计 on its own)
        return len(found) == 1

    def _block_period(self, block_no: int, year: int | None) -> PeriodSpan | None:
        sents = self.blocks.get(block_no, [])
        searched, found = self._periods.get(block_no, (0, None))
        for at in range(len(sents) - 1, searched - 1, -1):  # newer than those searched before
            sent = sents[at]
            task_goes_on = at > 0 and sents[at - 1].text.rstrip().endswith(_TASK_ENDS)
            spans = [
                p for p in self.spans_of(sent)
                if p.text not in LOCAL_PERIODS and not is_comparison(sent.text, p)
                # (…已连续7个月负成长；累计1-10月平均年减1.15%。其中…: a running total's span
                # opening a later task of its sentence dates that task alone, as 1-10月累计 does,
                # and 年内累计 (10月份，…；年内累计新上市公司64家…。另有3家…终止上市: the month's)
                and not (task_goes_on and (
                    (p.start == len(_RUNNING_WORD) and sent.text.startswith(_RUNNING_WORD))
                    or (p.start == 0 and sent.text.startswith(_RUNNING_WORD, p.end))))
                and not sent.text.endswith(_NARROWING, 0, p.start)
                # 由上年的14632人上升为15001人: the old level's year dates nothing after it
                # (仅次于2019年的24.5度, 打破2022年52天的纪录: another year's figure, the same)
                and not old_level_year(sent.text, p) and not names_event(sent.text, p)
                and not record_since(sent.text, p) and not forecast_made(sent.text, p)
                and not respondents_expect(sent.text, p)
                and not scopes_its_clause(sent.text, p) and not self._up_to_the_day(p)
                and not describes_when(sent.text, p) and not caused_on(sent.text, p)
                and not read_on(sent.text, p) and not done_on(sent.text, p)
                and not planned_on(sent.text, p) and not (p.is_day and due_by(sent.text, p))
                and not undated_round(p) and aside_end(sent.text, p) < 0
                and not figure_day(sent.text, p) and not that_day_only(sent.text, p)
                and not goal_gap(sent.text, p)
                # (…；自2014年12月通水以来累计供水58.3亿立方米。全市引黄水量…: a running total's
                # since-span opening a later task of its sentence dates that task alone)
                and not (task_goes_on and p.start <= 1 and running_total_opening(sent.text, p)
                         and not sent.text.rstrip().endswith(_TASK_ENDS))
            ]
            if spans and _periods_broken_down(spans):
                continue  # (分季度看，一季度…增长5.4%，二季度…，四季度增长4.6%。分产业看，…: a
                # breakdown by period dates its own clauses; the paragraph's time is older)
            if spans:
                # (…考试于5月中旬完成，…: the results after it are of the event's year)
                spans = [event_year(p) if when_begun_or_done(sent.text, p) else p for p in spans]
                last = topic_of(sent.text, spans) or _day_over_flow(sent.text, spans)
                if LENGTH_ONLY.fullmatch(last.text):
                    last = same_length_frame(spans[:-1], last) or last
                found = (sent, last)
                break
        self._periods[block_no] = (len(sents), found)
        if found is None:
            return None
        sent, span = found
        out = contextualize([span], sent.text, year, self.doc_date)[-1]
        if sent is sents[-1] and sent.text.rstrip().endswith(_TASK_ENDS) and (
                running_total_opening(sent.text, span)):
            # (2024年以来累计排查…，整改率达到98.7%；排查重大事故隐患1273项: the task right after
            # goes on with the total's deed, its words carry the 累计 that governs it)
            out = replace(out, text=out.text + _RUNNING_WORD)
        return out

    def heading_period(self, path: tuple[str, ...], year: int | None) -> PeriodSpan | None:
        for heading in reversed(path):
            # (一、2025年四川省政府专项债券（十期）: a year naming a bond or an event dates nothing)
            # (…播种进度快于去年同期: a comparison's base dates nothing either)
            spans = [p for p in self._heading_spans(heading)
                     if not names_event(heading, p) and not is_comparison(heading, p)]
            if len(spans) > 1:  # (2025年…“双下降” 消防队伍全年出动…: 全年 is 2025's)
                spans = contextualize(spans, heading, year, self.doc_date)
            if len({p.period.start.year for p in spans if p.period.start is not None}) > 1:
                closing = _year_closing_plan(spans)
                if closing is None:  # (关于2025年工作总结及2026年工作打算的报告: a year
                    continue  # reviewed, one planned)
                spans = [closing]  # (一、2025年和“十四五”时期工作回顾: the year reviewed)
            if spans:
                return contextualize(spans[-1:], heading, year, self.doc_date)[-1]
        return self._release_period(path)

    def _release_period(self, path: tuple[str, ...]) -> PeriodSpan | None:
        """The period a periodic release's title names (2025年10月全国电动汽车充电基础设施运行情况:
        a month; a quarter, a week), over by the document's date, for a section whose headings
        name none when the title is not among them (a masthead line, the issuer's name, taken
        for the top heading): the release reports on it, its stocks included (七、充电运营企业
        情况 …共有19家)."""
        if (not self.title_spans or self.doc_date is None
                or any(h in self.title_lines for h in path)):
            return None  # (a title line among the headings dates by its own words, above;
            # one naming an event or two years, 2025年工作总结及2026年工作打算, nothing)
        spans = [p for p in self.title_spans if p.period.end is not None and ((
                 p.period.end < self.doc_date and (
                     calendar_month(p.period) or quarter(p.period) or week(p.period)))
                 or _school_year_begun(p, self.doc_date))]
        if len(spans) == 1 and len(self.title_spans) == 1:
            return spans[-1]
        return self._part_year_release()

    def _part_year_release(self) -> PeriodSpan | None:
        """The part of a year up to a month's end (前三季度, 上半年, 1-9月) every line of the
        title names, over by the document's date (义乌前三季度经济“成绩单”出炉 over a lead's
        全市前三季度经济运行数据): a release on the year so far (a city's 前三季度 economy), its
        sections with no time of their own of that span, as a month's release's are of its
        month (the heading's rule: 看成都上半年“成绩单”; session 23's periodic release)."""
        found = {(p.period.start, p.period.end) for p in self.title_spans}
        first = self.title_spans[0]
        if (review := self._year_end_review()) is not None:
            return review
        if len(found) != 1 or not year_to_date(first.period) or whole_year(first.period) or (
                first.period.end is None or first.period.end >= self.doc_date):
            return None
        return first

    def _year_end_review(self) -> PeriodSpan | None:
        """A year's review by its title, out in its December or after (年终盘点｜2025年…“成绩单”
        来了！ on 26 December): its sections with no time of their own are of that year, as a
        part-year release's are of its part (看成都上半年“成绩单”). The 年终 of 年终盘点 (the
        year's last day) says when the review is made."""
        years = [p for p in self.title_spans if whole_year(p.period)]
        if (len({p.period.start for p in years}) != 1 or self.doc_date is None
                or not any(_YEAR_REVIEW.search(t) is not None for t in self.title_lines)):
            return None
        end = years[0].period.end
        if (self.doc_date.year, self.doc_date.month) < (end.year, 12) or any(
                not whole_year(p.period) and (p.period.start, p.period.end) != (end, end)
                for p in self.title_spans):
            return None
        return years[0]

    def results_period(self, span: PeriodSpan, at: int) -> PeriodSpan:
        """The period a heading gives a sentence at raw offset ``at`` (the caller leaves out
        headings of goals and reviews): a year begun and not over at the document's date
        (2024年某市经济运行情况 on 20 July) gives way to the report period inside it (the period
        the text before names most often among those over by then, :func:`.reported_period`:
        上半年), rather than date results as goals of that year, as a table's does
        (:mod:`.table_rows`). With no period of the year reported on before, the year stays."""
        per = span.period
        if (self.doc_date is None or per.start is None or per.end is None
                or per.end <= self.doc_date or per.start > self.doc_date or not whole_year(per)):
            # (a period not begun holds goals only; a heading naming a part of the year, 看成都
            # 上半年“成绩单”, names the period its results are of)
            return span
        within = (per.start, per.end)
        found = self._reported.get(within)
        if found is None:
            if self._raw_spans is None:
                self._raw_spans = (periods_of(self.raw, self.doc_date, self.roc,
                                              self.april_fiscal) if self.raw else [])
            kept = [p for p in self._raw_spans
                    if reports_on(self.raw, p, self.doc_date, within)]  # type: ignore[arg-type]
            found = self._reported[within] = (
                [p.end for p in kept], most_named(p.period for p in kept))
        ends, best = found
        n = bisect_right(ends, at)
        if not n:  # nothing of the year reported on before: what the text says of the year
            # are goals (2025年预算草案 on 14 January, 2024年施政 in a November policy address)
            return span
        return PeriodSpan(0, 0, best[n - 1].text or "", best[n - 1], False)



# a title reviewing a year's results (年终盘点, 年度“成绩单”, 2025年…成绩单来了)
_YEAR_REVIEW = re.compile("成绩单|年终盘点|年度盘点|盘点20\\d\\d")


def _year_closing_plan(spans: list[PeriodSpan]) -> PeriodSpan | None:
    """The year of a heading naming a year and a plan's years that end with it (一、2025年和
    “十四五”时期工作回顾: the year reviewed, its paragraphs with no time of their own of it; the
    plan's review dates itself, 五年来), else None: every span ends on the same day, one alone
    a whole year."""
    if len({p.period.end for p in spans}) != 1:
        return None
    years = [p for p in spans if whole_year(p.period)]
    return years[0] if len(years) == 1 else None


_SINCE = "以来"
# characters a copy leaves in the text, invisible when printed (a zero-width space, a BOM, a soft
# hyphen): passed over where the raw text is searched for a day, no offset kept
_UNSEEN = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def _seen(text: str) -> str:
    """``text`` as printed: without its invisible characters (most texts hold none)."""
    return text.translate(_UNSEEN) if not text.isascii() and _HAS_UNSEEN.search(text) else text


_HAS_UNSEEN = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_THIS_TIME = "本次"
# a step of an issue or auction named as this one's (本次招标, 本次拍卖; 本次债券 finds no day)
_THIS_STEP = re.compile(r"本次([\u4e00-\u9fff]{2})")
# this edition of an event (本届广交会, 本届展会期间) or its days (展会期间): the days the text
# gives the edition where it names it with its dates (本届广交会于10月15日至11月4日分三期举办)
_THIS_SESSION, _SESSION_DURING = "本届", "展会期间"
# (the event's name with it, 本届广交会, 本届电影节: a frame of the name as the days are)
_SESSION_WORD = re.compile(r"(本届(?:[\u4e00-\u9fff]{1,6}?[会节展赛](?!期间))?|展会期间)")
_EVENT_DAYS = (r"(?:\d{4}\s?年\s?)?\d{1,2}\s?月\s?\d{1,2}\s?[日号]\s?[至到—–-]\s?"
               r"(?:\d{1,2}\s?月\s?)?\d{1,2}\s?[日号]")
_SESSION_DAYS = rf"本届[^，。；！？\n]{{0,12}}?(?:于|[（(])\s?({_EVENT_DAYS})"
# an event's 以来 with no time before it (开赛以来, 开通以来; not 今年以来, 5月10日开赛以来)
_EVENT_SINCE = re.compile(r"(?<![\d年月日号])([\u4e00-\u9fff]{2})以来")
# the day an event is named on (5月10日开赛, 2024年3月1日开通)
_EVENT_DAY = r"(?:\d{4}\s?年\s?)?\d{1,2}\s?月\s?\d{1,2}\s?[日号]"

NO_HEADING = (False, False)
# results measured against expectations (业绩超预期, 低于市场预期): no goal of the heading's
# a figure right after its label's bracketed unit (收盘价（元） 46.32): a line of data
_LABELLED_VALUE = re.compile(r"[）)]\s*\d[\d,.]*(?:/[\d,.]+)*(?:\s|$)")
_THIS_MONTH = "当月"
_THIS_MONTH_END = ("当月末", "当月底", "當月末", "當月底")  # the day that month ends
# periods of quarters that a later 单季 can be the last quarter of (前三季度, 第三季度, Q3, 上半年)
_QUARTERS_NAMED = re.compile(r"季|Q[1-4]|半年")
_TASK_ENDS = ("；", ";")
_RUNNING_WORD = "累计"

# 一季度…增长8.2%，其中3月份增长9.1%: a part of the period before, not the period of what follows
_NARROWING = ("其中", "其中，", "其中,")


def _day_over_flow(text: str, spans: list[PeriodSpan]) -> PeriodSpan:
    """The last period of a sentence, but the day it opens with when that last one only dates a
    flow's clause: 截至12月末，…用户总数达18.2亿户，全年净增2986万户 goes on at 12月末 (the stocks
    and shares that follow are at that day; 全年 scopes 净增 alone)."""
    last = spans[-1]
    first = spans[0]
    if (first is not last and first.period.start is not None
            and first.period.start == first.period.end
            and dates_a_flow(text, last)):
        return first
    return first if _goal_year_of_a_plan(text, first, last) else last


# the clause mark that puts a period in a later clause than the sentence's opening one
_CLAUSE_MARK = re.compile(r"[，,：:]")


def _goal_year_of_a_plan(text: str, first: PeriodSpan, last: PeriodSpan) -> bool:
    """The sentence opens on a plan's years (今后五年，…主要目标是：…) and names their last year
    in a later clause (…年均增长6%左右，到2025年突破5500亿元；…比重达到3.6%): that year is
    the goal year of its clause; the sentence, and what goes on after its ；, is on the years."""
    start, end = first.period.start, first.period.end
    return (first is not last and start is not None and end is not None
            and start.year < end.year and not text[: first.start].strip()
            and last.text.startswith(_BY) and last.period.end == end
            and _CLAUSE_MARK.search(text, first.end, last.start) is not None)


_BY = "到"


def _day_of_class(text: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    """``spans`` (opening with an as-of day) without the graduating classes named after the
    day: the day dates their state (截至8月31日，2025届毕业生毕业去向落实率为93.7%); nor a period
    over before the day that opens the clause after it as a word of the things counted
    (截至10月15日，第三季度不合格食品已完成核查处置162批次: the quarter's failed samples, dealt
    with by the day)."""
    day = spans[0]
    return [day, *(replace(p, period=day.period) if _names_the_things(text, day, p) else p
                   for p in spans[1:] if not p.text.endswith(COHORT))]  # (the period's words
    # stay apart from the name, the day dates what it counts)


def _names_the_things(text: str, day: PeriodSpan, span: PeriodSpan) -> bool:
    """``span`` right after the as-of ``day``'s clause, over before that day, runs on into a
    noun of the things the clause counts (第三季度不合格食品)."""
    at, end = day.period.end, span.period.end
    return (at is not None and end is not None and end < at and day.period.start == at
            and not whole_year(span.period)
            and _AS_OF_TO_YEAR.fullmatch(text, day.end, span.start) is not None
            and _THINGS_AFTER.match(text, span.end) is not None)


# a noun's first characters after a period (不合格食品, 抽检样品; not 以来, 累计, 同比, 末, 内)
_THINGS_AFTER = re.compile(r"(?![以累同比末内共全])[\u4e00-\u9fff]{2}")


# what may stand between a day a sentence opens with and the year it ends (截至10月8日24时，2025年…)
# (截至2025年8月21日，全省今年累计…: the whole place may stand before it)
_AS_OF_TO_YEAR = re.compile(r"(?:\d{1,2}\s?[时点])?[，,]?\s?(?:[全我本][省市国区县州])?")


def year_so_far(text: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    """``spans`` with a year named right after the day its sentence opens with as the point its
    figures are at (截至10月8日24时，2025年全国电影总票房…, 截至9月底，今年全省…) read as that
    year up to that day: its figures are the year's so far, not the whole year's."""
    if len(spans) < 2:
        return spans
    day, year = spans[0], spans[1]
    per, at = year.period, day.period.end
    if (at is None or day.period.start != at or not whole_year(per) or per.start is None
            or per.start.year != at.year or at == per.end
            or _AS_OF_TO_YEAR.fullmatch(text, day.end, year.start) is None):
        return spans
    return [day, replace(year, period=Period(text=year.text, start=per.start, end=at)),
            *spans[2:]]


# a bare 旬末 and the 旬 a sentence names before it (11月中旬, 上旬, 下旬)
_TEN_DAYS_END = "旬末"
_TEN_DAYS_NAMED = ("上旬", "中旬", "下旬")


def _as_of_day(span: PeriodSpan) -> bool:
    """A 截至 day (截至11月5日): the state of things at it, not an amount of a span."""
    return (span.text.startswith(AS_OF) and span.period.start is not None
            and span.period.start == span.period.end)


def _undated_length(span: PeriodSpan) -> bool:
    """A span named by its length alone (五年来, 五年累计) that has no dates of its own."""
    return span.period.start is None and LENGTH_ONLY.fullmatch(span.text) is not None


def _school_year_begun(span: PeriodSpan, doc_date: date) -> bool:
    """``span`` names a school year (2025—2026学年) begun by ``doc_date``: a statistics release
    on it (…学年全县教育事业统计简报 in November) counts its schools, pupils and teachers at its
    start, so its sections with no time of their own are of it, stocks included."""
    per = span.period
    return (SCHOOL_YEAR in span.text and per.start is not None and per.end is not None
            and per.start <= doc_date and per.start.month == 9 and per.start.day == 1
            and per.end == date(per.start.year + 1, 8, 31))


MIN_PERIOD_ITEMS = 3  # periods a sentence lists one by one (一季度…，二季度…，三季度…), at least
_SAME_LENGTH_DAYS = 3  # how far the lengths of a list's periods may differ (quarters, months)


def _periods_broken_down(spans: list[PeriodSpan]) -> bool:
    """A sentence listing figures period by period (一季度…增长5.4%，二季度增长5.2%，三季度…，
    四季度…; 7月、8月、9月分别…): three periods or more of one length, none overlapping another.
    Each dates its own clause; none is the paragraph's time for the sentences after it."""
    found = [p.period for p in spans if p.period.start is not None and p.period.end is not None]
    if len(found) < MIN_PERIOD_ITEMS or len(found) != len(spans):
        return False
    lengths = [(p.end - p.start).days for p in found]  # type: ignore[operator]
    if max(lengths) - min(lengths) > _SAME_LENGTH_DAYS or max(lengths) < 1:
        return False
    ordered = sorted(found, key=lambda p: p.start)  # type: ignore[arg-type,return-value]
    return all(a.end < b.start for a, b in pairwise(ordered))  # type: ignore[operator]
