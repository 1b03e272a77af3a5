"""The period as the number's kind reads it, once its sentence's is chosen: a stock stands at a
point, not over a since-span; a flow dated by a year-end is the year's; a yearly report's undated
figures are its year's. Apart from period_choice, which reads no kind."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from pipelines.domain.metrics.clauses import CLAUSE_MARKS, TASK_MARKS, clause_start
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.period_choice import (
    GOAL_DONE,
    RUNNING,
    at_end_before,
    dates_a_flow,
    flow_to_date,
    named_season,
    running_total_opening,
)
from pipelines.domain.metrics.period_events import period_words
from pipelines.domain.metrics.period_spans import (
    NO_PERIOD,
    calendar_month,
    is_comparison,
    whole_year,
)
from pipelines.domain.metrics.plan_periods import lifetime_total
from pipelines.domain.periods import PeriodSpan, last_day, needs_year, resolve_period
from pipelines.domain.records import Period

_YEAR_END = ("年末", "年底")
AS_OF = ("截至", "截止")


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
        return (text.startswith(AS_OF) and text.endswith(_MONTH_END)
                and period.end == last_day(period.end.year, period.end.month)
                and not _named_as_stock(part) and _MEAN_OR_HOLDER.search(part) is None
                and any(w in part for w in metric_lexicon().actual_cues))
    if text not in _YEAR_END and (kind != "actual" or not text.startswith(AS_OF)):
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
    at = text.find(RUNNING, start, end)
    return at >= 0 and flow_to_date(text, at + len(RUNNING))


# a project's completion ahead, after its total (预计2028年完工, 计划明年建成投用)
_COMPLETION_DUE = re.compile(r"[，,]\s?(?:预计|计划|预期|力争|将于?)[^，,。；;]{0,12}?"
                             r"(?:完工|竣工|建成|通车|投产|投用)")
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
    if lifetime_total(indicator) and (_holds_yearly_part(text) or (
            inherited is not None and period is inherited.period
            and _COMPLETION_DUE.search(text, pos) is not None)):
        # 总投资12846亿元，年度计划投资1928亿元: the projects' whole lives; nor does a period of
        # the paragraph before date the total of a project its sentence says is to be finished
        # later (…工程总经费约96亿元，预计117年完工)
        return NO_PERIOD
    if kind == "count_total":  # (not a share: 出生率 after 全年出生人口… is the year's rate)
        if text.endswith(_IN_FORCE, 0, pos):
            return NO_PERIOD  # 全年对现行有效的132件…进行了清理: 全年 dates the clean-up
        period = _past_flows_year(period, text, pos, spans, inherited)
    if kind in _STOCK_KINDS and (period.text or "").endswith("以来") and not (
        period.text in clause_text
        or any(c in clause_text for c in metric_lexicon().cumulative_cues)
        or _part_of_running_total(text, clause_text, pos)
        or (kind == _SHARE and _SURVEYED.search(text) is not None)
        or (kind == _SHARE and GOAL_DONE.match(clause_text) is not None)
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
                                 or indicator.startswith(_YEARLY_MEAN)
                                 or _share_of_yearly_flows(text, pos)))
            or (kind in _STOCK_KINDS and (annual.period.start == annual.period.end
                                          or calendar_month(annual.period)))
            or (kind == _RANK and (named_season(annual.period) or _record_rank(text, pos)))
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


def _share_of_yearly_flows(text: str, pos: int) -> bool:
    """A share of a whole its sentence gave a figure of before (全市供水总量21.46亿立方米，其中
    地表水…，分别占供水总量的52.2%…): the parts' shares of that flow, of the report's year."""
    if _SHARE_CHAR not in text:
        return False
    window = _LISTED_BEFORE.sub("", text[max(0, pos - _BASE_REACH) : pos])  # (52.2%、27.0%和)
    base = _SHARE_BASE.search(window)
    if base is None:
        return False
    name = base.group("base")
    given = text.find(name, 0, max(0, pos - len(window) + base.start()))
    return given >= 0 and _FIGURE_AFTER.match(text, given + len(name)) is not None


# the whole a share is taken of, right before it (分别占供水总量的52.2%, 占用水总量的)
_SHARE_BASE = re.compile(r"占(?P<base>[\u4e00-\u9fff]{2,12}?)的$")
_BASE_REACH = 40
_SHARE_CHAR = "占"
_FIGURE_AFTER = re.compile(r"(?:为|达|达到|是)?\d")


def _holds_yearly_part(text: str) -> bool:
    """The sentence gives the part of a lifetime total planned or done in one year (年度计划投资):
    the year it names, or its paragraph's, is that part's."""
    return any(w in text for w in period_words().get("yearly_parts", ()))


_SHARE = "share"
_RANK = "rank"
_OTHER = "other"
# a rank among the years on record (为1961年以来第2多, 为有气象记录以来同期第3高): the rank of the
# figure before it
# (为历史同期第二多: the same record's scope, with no 以来)
_RECORD_RANK = re.compile(r"(?:以来|历史|歷史)(?:同期)?$")
_SINCE_CHARS = ("以", "历史", "歷史")  # (the cheap test before _RECORD_RANK)


def _record_rank(text: str, pos: int) -> bool:
    """The rank at ``pos`` is the figure's among the years on record (…以来第2多)."""
    return any(c in text for c in _SINCE_CHARS) and _RECORD_RANK.search(text, 0, pos) is not None


def _off_the_normal(text: str, pos: int) -> bool:
    """The number at ``pos`` is a departure from the normal (较常年偏多8.2天, 较常年同期偏少5.3%,
    偏晚5天, 偏多14.6% after its season's figure): the departure word (lexicon
    ``periods.departures``) ends the words right before it, and no base but a normal (lexicon
    ``periods.normal_bases``: 常年, 多年平均) is named in its clause (比上年偏多 is a change
    against the year before, with a period of its own)."""
    words = period_words()
    before = text[clause_start(text, pos, CLAUSE_MARKS) : pos]
    before = _LISTED_BEFORE.sub("", before)  # (分别较常年偏高1.2℃、1.1℃和0.9℃: a later item)
    if not before.endswith(words.get("departures", ())):
        return False
    base = _ANY_BASE.search(before)
    return base is None or any(w in before[base.start():]
                               for w in words.get("normal_bases", ()))


_ANY_BASE = re.compile(r"[比较較与]")
# the items of a list before a later one (1.2℃、1.1℃和: figures with their units and joints)
_LISTED_BEFORE = re.compile(r"(?:[-+]?\d+(?:\.\d+)?[^\d、，,；;。和及]{0,4}[、和及])+$")
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
        return inherited.text.endswith(RUNNING)
    return any(p.period is period and running_total_opening(text, p) for p in spans)


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


def _within_month(period: Period) -> bool:
    return (period.start is not None and period.end is not None
            and (period.end - period.start).days < 31)


def _own_dates(period: Period) -> bool:
    """A span of days that is no run of calendar months (2025年春运（1月14日至2月22日）, a holiday):
    a report on an event, its shares over the event's days as its flows are."""
    start, end = period.start, period.end
    return (start is not None and end is not None and start < end
            and not (start.day == 1 and end == last_day(end.year, end.month)))
