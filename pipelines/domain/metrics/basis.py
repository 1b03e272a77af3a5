"""The basis of a value: per year, cumulative, month on month, a share of the plan, a change
from a base or a real rate (what a series must not mix with the plain level or rate)."""

from __future__ import annotations

import re

from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.period_spans import NO_PERIOD
from pipelines.domain.records import Period

OF_PLAN_VERBS = ("完成", "达到", "达")
# (完成预计面积的72.3%: the area expected to be sown, the plan of a season's sowing)
PLAN_BASES = ("计划", "目标", "预算", "任务", "预计")
PRICE_BASIS = re.compile(r"扣除价格因素(?:后)?|按(?:可比|不变|现行?)(?:价格|价|口径)计算")
# 比上年末增加22.3万人, 比初步核算数增加112.7亿元, 比年初新增4200个: an amount after a comparison
# and a verb of change is the difference, not a level of the indicator
_CHANGE_BEFORE = re.compile(
    r"(?:比|较)[^，,；;。]{0,14}?(?:增加|减少|增长|下降|新增|净增|净减|缩短|提高|降低|增产|减产|增收|减收|多|少)了?"
    r"(?:超过|超|逾|近|约)?$")
# 扣除价格因素实际增长4.8%: a real rate, beside the nominal one (比上年增长5.0%, 名义增长5.0%). A
# sentence that names no nominal rate uses 实际 of the only rate it gives (地区生产总值…按可比价格
# 计算，比上年实际增长5.2%: GDP growth is always real), which stays in the indicator's series.
_REAL_BEFORE = re.compile(r"实际(?:增长|下降|增|降)$")
_NOMINAL_BESIDE = re.compile(r"名义|扣除(?:价格|物价)因素")
_NOT_AMOUNTS = frozenset({"percent", "point", "multiple", "ratio", "rank"})


def change_basis(clause: str, cand: NumberCandidate, sentence: str) -> str | None:
    """change (比上年末增加22.3万人: the difference from the base) or real (实际增长4.8%: the rate
    after prices, in a sentence that also gives the nominal one), two readings a series must not
    mix with the level or the nominal rate; their indicator_key carries 增减 / 实际
    (canonical.series_key)."""
    if "比" not in clause and "较" not in clause and "实际" not in clause:
        return None  # the common case
    if cand.category == "percent":
        return ("real" if _REAL_BEFORE.search(clause) and _NOMINAL_BESIDE.search(sentence)
                else None)
    if cand.category in _NOT_AMOUNTS or not _CHANGE_BEFORE.search(clause):
        return None
    return "change"


def basis(clause: str, period: Period = NO_PERIOD) -> str | None:
    """per_year (每年新增…, 年均增长…), cumulative (累计…, 五年共…) or month_on_month (环比增长…):
    the cue nearest the number in its clause; None when the clause has none."""
    lex = metric_lexicon()
    if ("年" not in clause and "计" not in clause and "积" not in clause
            and not any(w in clause for w in lex.month_basis_cues)):
        return None  # the common case: no cue can be there
    per_year = max((clause.rfind(w) for w in lex.per_year_cues), default=-1)
    total = max((clause.rfind(w) for w in lex.cumulative_basis_cues), default=-1)
    month, month_len = max(((clause.rfind(w), len(w)) for w in lex.month_basis_cues),
                           default=(-1, 0))
    if per_year < 0 and total < 0 and month < 0:
        return None
    if total >= 0 and total > per_year and total > month and clause.startswith(
            _ITEM_SUMS, total) and _ITEMS_NAMED.search(clause, 0, total) and not (
            period.start is not None and period.end is not None
            and period.start.year < period.end.year):
        # 合肥、西安两大生产基地年产能合计达到60万辆: 合计 after a list or a count of items adds
        # the items up, not years (a sum over years names its span: 五年合计); so does 合计 after
        # a set of places (县域地区生产总值合计达到4.86万亿元: the counties' sum)
        return None
    if month > per_year and month > total:
        if _RATE_AFTER.match(clause, month + month_len):  # 环比增长 / 按月上升, not 按月发放
            return MONTH_ON_MONTH
        month = -1
        if per_year < 0 and total < 0:
            return None
    return "per_year" if per_year > total else "cumulative"


MONTH_ON_MONTH = "month_on_month"  # 环比: against the period before
OF_PLAN = "of_plan"  # 完成全年目标的25.5%: the share of the plan done, not a rate of the indicator
_ITEM_SUMS = ("合计", "共计", "总计")
_ITEMS_NAMED = re.compile(r"[两二三四五六七八九十\d]+(?:大|个|家|座|所|条|项|类)|、"
                          r"|县域|各(?:县|市|区|省|地)")
# 与对上一季比较, 与上一季度相比, 与上月比较 (Hong Kong's and Macau's releases): against the
# period just before
_AGAINST_THE_PERIOD_BEFORE = re.compile(
    r"与对?上一?(?:个)?(?:季度?|月份?)(?:相)?比较?[，,]")
_RATE_AFTER = re.compile(r"(?:分别|均|则)?(?:增长|下降|上升|上涨|下跌|回落|减少|增加|提高"
                         r"|下滑|回升|持平|增|降|涨|跌)")


def basis_of(clause: str, period: Period, cand: NumberCandidate, sentence: str, of_base: bool
             ) -> str | None:
    """What the number is measured against: its plan (:data:`OF_PLAN`), else the base its
    clause names (:func:`basis`), else the one its verb implies (:func:`change_basis`)."""
    if of_base:
        return OF_PLAN
    found = basis(clause, period)
    if found is None and _RATE_AFTER.search(clause) and _AGAINST_THE_PERIOD_BEFORE.search(
            sentence, 0, cand.start):
        # 经季节性调整后与对上一季比较，第四季本地生产总值实质上升0.8%: a rate against the
        # quarter (month) before, said before the number's clause, as 环比
        return MONTH_ON_MONTH
    return found or change_basis(clause, cand, sentence)
