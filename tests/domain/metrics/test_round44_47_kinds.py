"""Kinds of session 25 (rounds 44-47's kind misses and the lead's decisions in tests/gold/README.md,
"Conventions settled in session 25"): a goal's value written in brackets and the gap to it, the
members of a scope that qualified, the parts of a running total split by 分别有, awards won in a
period. Short sentences written for each class, not the set's documents."""

from __future__ import annotations

from datetime import date

from pipelines.evaluate import analyse_document
from tests.domain.metrics.support import by_quote

_REVIEW = "一、2024年工作回顾"


def _found(paragraphs: list[str], doc: date) -> dict:
    raw = "\n\n".join(paragraphs)
    return by_quote(analyse_document(raw, published_on=doc).metrics)


def test_a_goal_in_brackets_is_the_goal_and_the_figure_after_it_the_gap() -> None:
    """目标（5%左右） gives the goal's value: a target, unsigned by the 低于 / 超过 before the
    bracket (the words compare the result with the goal); the figure right after the bracket
    (低0.3个百分点, （8%）0.9个百分点) is the gap between them, other; a 预计 of the year over
    keeps the later clauses results (the gap no goal that the forecast would carry on)."""
    found = _found([_REVIEW,
                    "　　预计全年全市生产总值增长4.6%左右，比年度计划目标（5%左右）低0.4个百分点；"
                    "工业投资增长3.2%，低于计划目标（6%）；外贸进出口增长7.1%。",
                    "　　三年来，单位生产总值能耗累计下降9.8%，超过规划目标（8%）1.8个百分点。"],
                   doc=date(2025, 1, 20))
    assert {q: (m.kind, m.value) for q, m in found.items() if q != "9.8%"} == {
        "4.6%左右": ("growth_rate", 4.6), "5%左右": ("target", 5.0),
        "0.4个百分点": ("other", -0.4), "3.2%": ("growth_rate", 3.2), "6%": ("target", 6.0),
        "7.1%": ("growth_rate", 7.1), "8%": ("target", 8.0), "1.8个百分点": ("other", 1.8)}


def test_a_goal_compared_without_brackets_stays_a_base() -> None:
    """A goal named as a comparison's base with no value of its own (高于预期目标0.3个百分点) and
    a goal a plan sets (目标为6%) are as before."""
    found = _found([_REVIEW, "　　全年全市生产总值增长5.4%，高于预期目标0.3个百分点。",
                    "二、2025年目标", "　　2025年全市生产总值增长目标为6%左右。"],
                   doc=date(2025, 1, 20))
    assert found["0.3个百分点"].kind == "other"
    assert found["6%左右"].kind == "target"


def test_members_of_a_scope_that_qualified_are_counted_members() -> None:
    """M项X中，N项达到… / 预计N项完成…，K项未达到: how many of the scope's members are so
    (count_total, as 的有N个), not what they did; a count in another measure word after a scope
    (14个市中，济南新增企业3000家) is no member count."""
    found = _found([_REVIEW,
                    "　　列入年度计划的18项主要指标中，预计15项完成或超额完成，3项未达到预期。",
                    "　　规划确定的20项约束性指标中，17项达到或超过预期目标。",
                    "　　全省14个设区市中，济南新增经营主体3000家。"],
                   doc=date(2025, 1, 20))
    assert {q: found[q].kind for q in ("15项", "3项", "17项")} == {
        "15项": "count_total", "3项": "count_total", "17项": "count_total"}
    assert found["3000家"].kind == "actual"


def test_the_parts_of_a_running_total_split_by_fenbie_are_running_totals() -> None:
    """X累计N，同比增长…；A及B分别有N1及N2: the one 累计 governs its sentence, the parts of its
    total after ； are running totals too; a 分别 list of a flow stays flows."""
    found = _found(["2025年9月入境旅客",
                    "　　首九個月入境旅客累計2,815,000人次，按年上升9.1%；"
                    "留宿旅客及不過夜旅客分別有1,302,000人次及1,513,000人次。",
                    "　　9月份入境旅客有412,000人次；"
                    "留宿旅客及不過夜旅客分別有190,000人次及222,000人次。"],
                   doc=date(2025, 10, 20))
    assert {q: found[q].kind for q in ("1,302,000人次", "1,513,000人次")} == {
        "1,302,000人次": "count_total", "1,513,000人次": "count_total"}
    assert {q: found[q].kind for q in ("190,000人次", "222,000人次")} == {
        "190,000人次": "actual", "222,000人次": "actual"}


def test_awards_won_in_a_period_are_a_flow() -> None:
    """获得…奖励N项 / 荣获…奖N项 in a period: the awards given in it (actual), and a 其中 part of
    them too."""
    found = _found(["公司前三季度经营情况",
                    "　　前三季度，公司获得省级以上科技奖励27项，其中国家技术发明奖1项。"],
                   doc=date(2025, 10, 28))
    assert {q: found[q].kind for q in ("27项", "1项")} == {"27项": "actual", "1项": "actual"}
