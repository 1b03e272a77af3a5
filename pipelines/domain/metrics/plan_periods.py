"""The periods of a plan's figures: the plan's years for its yearly averages and sums (到2030年…
年均增长15%), the years a level grew over, goals quoted in a review (…的目标) and a plan
paragraph's one future period. Apart as the one class of phrasing about plans and their goals."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.period_events import period_words
from pipelines.domain.metrics.period_spans import whole_year
from pipelines.domain.metrics.rows import MetricRow
from pipelines.domain.periods import PeriodSpan, resolve_period
from pipelines.domain.records import Period

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
            # project's 总投资 is of its own years, :func:`.period_kinds.period_of_kind`)
        text, start, end = next(iter(found))
        if end > doc_date:
            filled[i] = m.model_copy(
                update={"period_text": text, "period_start": start, "period_end": end}
            )
    return filled


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


def lifetime_total(indicator: str | None) -> bool:
    """The name is a total over a thing's whole life (总投资, 计划总投资: a plan's projects' over
    their 起止年限), which no one year of the plan holds."""
    return bool(indicator) and indicator.endswith(period_words().get("lifetime_totals", ()))  # type: ignore[union-attr]
