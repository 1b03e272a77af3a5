"""Names of goals and of the results held against them: a plan's goal quoted after a figure is
that figure's measure's (低于3%左右的调控目标), a bare goal said of a place is of the growth goal
the text named last (山东今年目标为5%以上), and the result right after it of the same measure."""

from __future__ import annotations

import re

from pipelines.domain.cleaning.script import to_simplified_aligned
from pipelines.domain.metrics.names_from_earlier import name_from_earlier
from pipelines.domain.metrics.place_names import is_place_token
from pipelines.domain.metrics.reading import Reading, SentenceScope, SoFar
from pipelines.domain.numbers import to_half_width

# a figure quoted as the goal a plan set (提前实现“十四五”规划确定的12件的预期目标, 完成…下达的
# 5%的约束性目标): the goal of the measure just reported, not a thing the plan's words name
_GOAL_AFTER = re.compile(r"的(?:预期|约束性|既定|年度)?(?:目标|任务)")
_SET_BY = re.compile(r"(?:规划|计划|方案|纲要|省|市|国家)[^，,；;。]{0,6}"
                     r"(?:确定|提出|设定|下达|明确)的$")
# a goal named only by its kind after its level (低于3%左右的调控目标, 高于5%的年度计划目标): the
# work reports' way to set a result against the plan, the goal the measure's just reported
_KIND_OF_GOAL = re.compile(r"(?:年度|全年|年初|调控|控制|规划|计划|既定|约束性|预期){1,3}目标")
_LEVEL_OF = re.compile(r"(?:左右|以上|以下|以内)?的")


def goal_of_last(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """A plan's goal quoted after a figure is of the measure that figure had; so is a goal
    named only by its kind after its level (居民消费价格上涨0.3%，低于3%左右的调控目标)."""
    text, earlier = sc.text, so.indicator or sc.carried
    if (earlier and _GOAL_AFTER.match(text, r.cand.end) is not None
            and _SET_BY.search(text, r.comma_start, r.pos) is not None):
        return earlier
    if (earlier and "目标" in r.indicator and _KIND_OF_GOAL.fullmatch(r.indicator)
            and (level := _LEVEL_OF.match(text, r.cand.end)) is not None
            and text.startswith(r.indicator, level.end())):
        return earlier
    return r.indicator


# a clause whose only words are a place, the year and 目标 (山东今年目标为5%以上, 北京今年的
# 目标为5%左右, 上海今年的目标同样为…, 天津目标为…), or the goal in full (西藏今年GDP增长目标为…)
_BARE_GOAL = re.compile(r"(?P<place>[\u4e00-\u9fff]{0,6}?)(?:今年|明年|全年|年度)?的?"
                        r"(?P<goal>(?:[A-Z]{2,5}(?:增长|增速))?目标)"
                        r"(?:同样|也|均)?(?:为|是|在|定为)")
# a goal's level inside a name (目标为5%左右的省份最多): no figure of its own
_INSIDE_NAME = re.compile(r"(?:左右|以上|以下|及以上)?的")
# a goal named by the measure whose growth it sets (GDP增长目标, 经济增长目标, 增速目标), and the
# words that may run into it from before (各地2025年|GDP增长目标, 有26个省份的|GDP增长目标)
_GROWTH_GOAL = re.compile(r"[A-Za-z\u4e00-\u9fff]{2,8}(?:增长|增速)目标")
_BEFORE_GOAL = re.compile(r".*[年的中]")
_GOAL_WORDS = "增长目标"
_GOAL = "目标"


def bare_goal(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """A goal said of a place with no measure (山东今年目标为5%以上) is of the growth goal the
    text named last (今年GDP增长目标分别为…: GDP增长目标), in this sentence or before it; not a
    measure named nearby (去年地区生产总值…) nor the clause's adverb (同样). The result after it
    with no name of its own (，去年实际增长5.7%) is of the paragraph's measure, not the goal."""
    bare = _BARE_GOAL.fullmatch(sc.text, r.comma_start, r.pos)
    if bare is None:
        return _result_after_goal(sc, so, r)
    if (bare.group("place") and not is_place_token(bare.group("place"))) or (
            _INSIDE_NAME.match(sc.text, r.cand.end)):
        return r.indicator
    if bare.group("goal") != _GOAL:
        return bare.group("goal")  # 西藏今年GDP增长目标为7%以上 (not GDP: 目标 is no cue here)
    before = sc.text[: r.comma_start]
    if sc.raw is not None and not _GROWTH_GOAL.search(before):
        before = to_half_width(to_simplified_aligned(sc.raw[: sc.sent.raw_start]))
    named = [_BEFORE_GOAL.sub("", m.group()) for m in _GROWTH_GOAL.finditer(before)]
    return next((n for n in reversed(named) if len(n) > len(_GOAL_WORDS)), r.indicator)


def _result_after_goal(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """A figure with no name right after a growth goal (山东今年目标为5%以上，去年实际增长5.7%)
    is of the measure the paragraph named last (a goal or none: no name), not of the goal."""
    last = so.out[-1] if so.out else None
    if r.own or last is None or last.kind != "target" or r.indicator != last.indicator or (
            not _GROWTH_GOAL.fullmatch(r.indicator)):
        return r.indicator
    if not sc.carried or _GROWTH_GOAL.fullmatch(sc.carried):
        return ""
    return name_from_earlier(sc.text, sc.toks, r.cand, "", None, sc.carried, so.kind,
                             r.task_start, r.comma_start, so.skip, sc.home_place)[0]
