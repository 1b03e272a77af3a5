"""Indicator names of blind rounds 36 and 37's genres (a round-up of provinces' growth goals,
a foreign trade release, a holiday's figures): short texts written for each class of
phrasing, not the rounds' documents."""

from __future__ import annotations

from datetime import date

from tests.domain.metrics.support import document_by_number

_GOALS = """各市2026年GDP增长目标陆续公布

成都、重庆今年GDP增长目标分别为5.6%左右、5.4%以上。武汉今年目标为6.2%左右，去年实际增长5.3%；长沙今年的目标同样为6.1%左右。

从中部城市看，郑州目标为5.7%左右，合肥今年GDP增长目标为6.3%以上。
"""


def test_a_goal_said_of_a_place_alone_is_the_growth_goal_named_before() -> None:
    """X今年目标为N, X今年的目标同样为N (in the sentence after, or a paragraph later): the growth
    goal the text named last (GDP增长目标), not None, 同样 nor a nearby measure; the result after
    such a goal is no goal; a goal named in full keeps its measure and 目标."""
    found = document_by_number(_GOALS, date(2026, 3, 6))
    names = {q: found[q].indicator for q in ("6.2%左右", "6.1%左右", "5.7%左右", "6.3%以上")}
    assert names == dict.fromkeys(names, "GDP增长目标")
    assert found["5.3%"].indicator != "GDP增长目标"
