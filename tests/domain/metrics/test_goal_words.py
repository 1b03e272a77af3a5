"""goal_words.py: whether a number is a plan (a goal word, or a period that has not ended at the
document's date)."""

from datetime import date

import pytest

from pipelines.domain.metrics.goal_words import future_period, has_target_cue
from pipelines.domain.records import Period
from tests.domain.metrics.support import words

# --- has_target_cue -----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["力争全年增长6%", "要新建公园5个", "计划新建学校10所"])
def test_a_goal_word_in_the_clause_makes_a_target(text):
    assert has_target_cue(words(text))


def test_plan_ending_a_name_is_a_noun_not_a_goal():
    assert not has_target_cue(words("推行现金分享计划，惠及市民3万人"))
    assert has_target_cue(words("计划惠及市民3万人"))


def test_a_goal_word_before_a_verb_of_seeing_states_a_fact():
    # 也要看到…仅为全国的六成: a state to be aware of, not a plan
    assert not has_target_cue(words("也要看到人均收入仅为全国的六成"))


@pytest.mark.parametrize("text", ["较8月预测上修0.35个百分点", "高于预期目标0.1个百分点",
                                  "比年初计划多完成"])
def test_a_goal_word_naming_the_base_of_a_comparison_is_no_target(text):
    assert not has_target_cue(words(text))


# --- future_period ------------------------------------------------------------------------

_JULY = date(2024, 7, 10)
_YEAR = Period(text="全年", start=date(2024, 1, 1), end=date(2024, 12, 31))


def test_a_period_not_yet_over_is_a_plan_unless_a_word_marks_the_number_realised():
    assert future_period(_YEAR, _JULY, [])
    assert not future_period(_YEAR, _JULY, ["已", "完成"])  # 全年已完成…: realised so far


def test_a_period_that_has_ended_is_no_plan():
    first_half = Period(text="上半年", start=date(2024, 1, 1), end=date(2024, 6, 30))
    assert not future_period(first_half, _JULY, [])


def test_a_period_not_begun_is_a_plan_whatever_the_verb():
    second_half = Period(text="下半年", start=date(2024, 7, 1), end=date(2024, 12, 31))
    assert future_period(second_half, date(2024, 6, 20), ["完成"])


def test_a_point_in_time_is_a_plan_only_a_month_or_more_after_the_document():
    assert future_period(Period(text="年底", start=date(2024, 12, 31), end=date(2024, 12, 31)),
                         _JULY, ["完成"])
    assert not future_period(Period(text="7月底", start=date(2024, 7, 31),
                                    end=date(2024, 7, 31)), _JULY, [])


def test_the_years_ahead_are_a_plan_even_without_dates_or_a_document_date():
    ahead = Period(text="未来五年")
    assert future_period(ahead, None, [])
    assert not future_period(ahead, None, ["实现"])
    assert not future_period(_YEAR, None, [])  # no document date: nothing is ahead of it
