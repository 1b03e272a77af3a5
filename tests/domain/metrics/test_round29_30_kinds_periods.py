"""Kinds and periods of blind rounds 29 and 30's genres: an exam's admissions news, central SOE
and insurance releases, a charging alliance's report, a gaming release. Short sentences written
for each class of phrasing, not the rounds' documents."""

from __future__ import annotations

from datetime import date

from tests.domain.metrics.support import by_quote, metrics

MID_JULY = date(2025, 7, 14)


def test_an_exam_held_already_reports_counts_not_goals_before_its_year_is_over() -> None:
    """报名人数…, 实际参考…, 选调监考人员…: an event done, its counts results though 2025年 is not
    over at the July date; 比上年增加 (segmented 比 / 上年) a change against last year."""
    found = by_quote(metrics(["2025年全市中考报名人数23150人，比上年增加506人，实际参考23011人，"
                              "参考率99.4%，选调监考人员1630人。"], MID_JULY))
    assert {q: m.kind for q, m in found.items()} == {
        "23150人": "actual", "506人": "actual", "23011人": "actual", "99.4%": "share",
        "1630人": "actual"}


def test_a_goal_of_the_year_seen_from_july_is_still_a_goal() -> None:
    """The rule above reads done events only: a year's amount with no such word stays a plan."""
    found = by_quote(metrics(["2025年全市普通高中招生规模扩大到2.1万人。"], MID_JULY))
    assert found["2.1万人"].kind == "target"
