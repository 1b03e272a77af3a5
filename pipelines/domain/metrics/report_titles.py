"""What a title's or heading's words say of the periods under them: a periodic report's
period (2025年第三季度报告), the report-on-a-year part before the tasks a heading names, a
heading stating what was done (…情况), and the report's own 本年 / 本季度 / 本周 words."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.period_spans import (
    whole_year,
    year_span,
)
from pipelines.domain.periods import (
    TEN_DAYS_WORDS,
    THIS_QUARTER,
    THIS_WEEK,
    PeriodSpan,
    last_day,
)
from pipelines.domain.records import Period

PLAN_WORDS = re.compile(r"方案|规划|计划|纲要|行动")
HALF_YEAR_REPORT = ("半年度报告", "半年报")

# a five-year plan's title (第十五个五年规划, “十五五”规划): numbers of the plan with no period of
# their own are for the plan's years
PLAN_TITLE = re.compile(r"第([一二三四五六七八九十]+)个五年规划|十([一二三四五六七八九])五”?规划")
# a plan's title with its years in brackets (…实施方案（2026—2028年）, 行动计划(2024-2026年)):
# the plan's numbers with no period of their own are for those years
PLAN_RANGE = re.compile(r"[（(]\s?(\d{4})\s?(?:[—–\-~－至到]+)\s?(\d{4})\s?年?\s?[）)]")
# an audit's report on a year (关于2024年度市级预算执行…的审计工作报告): the units, projects and
# people it counts are what the audit found in that year (findings, a flow), not what stands
AUDIT = "审计"
# a listed company's periodic report (2025年第三季度报告, 2025年半年度报告, 2024年年度报告), or its
# results flash or forecast for such a period (2025年前三季度业绩快报, 2025年半年度业绩预告)
PERIODIC_REPORT = re.compile(r"(?:季度|半年度|年度)(?:报告|业绩快报|业绩预告)")
# a periodic report named in a text's body (披露2024年年度报告, 2025年半年报显示, 2025年第三季度
# 报告, 2024年年报): a yearly one, a half-year's or a quarter's
REPORT_NAMED = re.compile(r"\d{4}\s?年\s?(?:年?度报告|年报|半年度报告|半年报"
                          r"|第?[一二三四1-4]\s?季度报告)")
# a report on one year named as such (2024年度环境、社会及公司治理（ESG）报告, 2024年度社会责任
# 报告, 2024年度可持续发展报告): a yearly report, its 报告期 that year (a plan's or a budget's
# report of the year ahead names its goals: 计划, 预算)
YEAR_REPORT = re.compile(r"\d{4}\s?年度(?:(?!计划|预算)[^，。；])*报告")
# a title reviewing a plan it names (…规划纲要实施中期评估报告, …规划实施情况的报告)
PLAN_REVIEW = re.compile(r"评估|实施情况|执行情况|完成情况|总结|评价|回顾")
# a line of a government portal's 信息公开 box, above the title (索引号：…　发布机构：…, 生成日期：…
# 文号：无): the page's metadata, no body of the document
PAGE_META = re.compile(r"(?:索引号|主题分类|发布机构|发文机关|生成日期|成文日期|发文字号|文号|"
                       r"文\s*号|公开方式|有效性|体裁分类|发言人|联络人|联络电话|新闻稿编号|"
                       r"(?:[^，,。；;：:]{2,12}?新闻稿)?发布日期)[：:]")
# (a press release's box over its title: 行政院主計總處 新聞稿⏎發布日期：114年12月17日, 发言人：…
# 联络人：…, 联络电话：…新闻稿编号：第…号)
# a line with no clause of its own that names a report or a notice (…情况的通告（2025年第4期）,
# …统计公报): a title, however cleaning took it
TITLE_LINE = re.compile(r"[^，,。；;：:！？]{6,60}?(?:通告|通报|公报|报告|快报|情况)"
                        r"(?:[（(][^）)]{1,12}[）)])?")
ISSUE_NO = re.compile(r"第[\d一二三四五六七八九十]+[期号]")


def report_of_title(title: str, spans: list[PeriodSpan]) -> Period | None:
    """The period a periodic report's title names: its year's first half for a 半年度报告, else
    the year or quarter it names (2025年第三季度报告); None if it names no year. A title naming
    two reports (2025年前三季度业绩快报暨2025年度业绩预告) is the first one's: its period is the one
    named before the first report's word."""
    first = PERIODIC_REPORT.search(title)
    before = [p for p in spans if first is not None and p.start < first.start()]
    found = year_span(before or spans, title)
    if found is None or found.period.start is None:
        return None
    year = found.period.start.year
    if any(w in title for w in HALF_YEAR_REPORT) or (
            first is not None and first.group().startswith("半年度")):  # (2025年半年度业绩快报)
        return Period(text=found.text, start=date(year, 1, 1), end=date(year, 6, 30))
    return found.period


def quarter(period: Period) -> bool:
    start, end = period.start, period.end
    return (start is not None and end is not None and start.day == 1 and start.month % 3 == 1
            and end == last_day(start.year, start.month + 2))


def week(period: Period) -> bool:
    start, end = period.start, period.end
    return (start is not None and end is not None and start.weekday() == 0
            and (end - start).days == _WEEK_DAYS - 1)


def ten_days(period: Period) -> bool:
    """A month's third (上旬 1-10, 中旬 11-20, 下旬 21 to its end)."""
    start, end = period.start, period.end
    return (start is not None and end is not None and start.day in (1, 11, 21)
            and start.year == end.year and start.month == end.month
            and end.day == (10 if start.day == 1 else 20 if start.day == 11
                            else last_day(end.year, end.month).day))


def months(period: Period) -> bool:
    """A month or a run of whole months of one year (11月, 1—10月份): a monthly release's
    title, whose 本月 is its last month."""
    start, end = period.start, period.end
    return (start is not None and end is not None and start.day == 1 and start.year == end.year
            and end == last_day(end.year, end.month))


_WEEK_DAYS = 7
# a report's own period words, and the periods of its title they stand for
THIS_SPANS: dict[str, Callable[[Period], bool]] = {
    "本年": whole_year, "本年度": whole_year, THIS_QUARTER: quarter, THIS_WEEK: week,
    "本月": months, **dict.fromkeys(TEN_DAYS_WORDS, ten_days)}
THIS_SPAN = re.compile("|".join(THIS_SPANS))


def reviewed_part(heading: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    """The periods of a heading before the tasks it names after a report on a year: under
    2024年全省能源电力发展情况及2025年重点任务 the body reports 2024 (its goals carry their own
    section's year, 六、2025年主要目标)."""
    cut = tasks_after_report(heading)
    return spans if cut < 0 else [p for p in spans if p.end <= cut] or spans


# a report's part, then its plan's (…发展情况及2025年重点任务, …2024年工作总结和2025年工作计划)
_REPORT_THEN = re.compile(r"(?:情况|总结|回顾)(?:及|和|与|暨|以及)")


def reports_state(heading: str) -> bool:
    """A heading that names the one thing it reports on, ending in 情况 (一、考试组织情况, 五、录取
    情况): the section states what was done, as a review does, though its year is not over.
    Not one joining two parts (存在的主要问题及改进情况: the improvements may be plans) nor one
    naming goals; the caller also leaves out one naming a period (2024年某市经济运行情况 in July:
    a report on the year so far, its results of the period it reports on)."""
    found = _STATE_END.search(heading)
    return (found is not None and _JOINED.search(heading, 0, found.start()) is None
            and not any(w in heading for w in metric_lexicon().target_headings))


# a heading ending in 情况 (its closing punctuation aside); words joining two parts before it
_STATE_END = re.compile(r"情况[：:。\s]*$")
_JOINED = re.compile(r"[及和与]")


def tasks_after_report(heading: str) -> int:
    """Where a heading's second part, naming tasks, goals or a plan, starts after a first part
    reporting on a year (…发展情况及2025年重点任务, …工作总结和2025年工作计划), else -1."""
    found = _REPORT_THEN.search(heading)
    if found is None:
        return -1
    second = heading[found.end():]
    named = any(w in second for w in metric_lexicon().target_headings)
    return found.end() if named or PLAN_WORDS.search(second) is not None else -1
