"""kind.py: what kind of statement a number makes, whether its verb lowers it, and whether it
is a plan (a goal word, or a period that has not ended at the document's date)."""

from datetime import date

import pytest

from pipelines.domain.metrics.kind import classify, future_period, has_target_cue, is_decline
from pipelines.domain.records import Period
from tests.domain.metrics.support import cand, words


def _kind(text: str, quote: str, indicator: str, gap: str, clause: str | None = None,
          is_target: bool = False) -> str:
    c = cand(text, quote)
    return classify(c, indicator, gap, text[: c.start] if clause is None else clause, is_target)


# --- is_decline ---------------------------------------------------------------------------

def test_a_lowering_verb_right_before_the_number_is_a_decline():
    assert is_decline("下降")
    assert is_decline("下降，同比")  # fillers (同比, a comma) between the verb and the number
    assert is_decline("比上年回落约")
    assert is_decline("比上年回落")


def test_a_lowering_verb_that_ends_in_a_level_or_a_rise_is_no_decline():
    assert not is_decline("回落至")  # 回落至2.9%: the new level
    assert not is_decline("增长")
    assert not is_decline("下降后又增长")


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


# --- classify -----------------------------------------------------------------------------

def test_a_target_is_a_target_whatever_the_number():
    assert _kind("全市地区生产总值增长5.3%", "5.3%", "地区生产总值", "增长",
                 is_target=True) == "target"
    assert _kind("全市地区生产总值增长5.3%", "5.3%", "地区生产总值", "增长") == "growth_rate"


def test_ranks_and_rank_changes():
    assert _kind("增速居全国第2位", "第2位", "增速", "居全国") == "rank"
    assert _kind("位次上升3位", "3位", "位次", "上升") == "other"  # a move, not a position
    assert _kind("拥有两院院士3位", "3位", "两院院士", "拥有") == "count_total"  # people


def test_a_ratio_is_a_share_and_its_change_a_growth_rate():
    assert _kind("城乡居民收入比为2.08", "2.08", "城乡居民收入比", "为") == "share"
    assert _kind("城乡居民收入比为2.08", "2.08", "城乡居民收入比", "比上年缩小",
                 "城乡居民收入比") == "growth_rate"


def test_points_are_a_change_only_after_a_change_verb():
    assert _kind("城镇化率提高1.2个百分点", "1.2个百分点", "城镇化率", "提高") == "growth_rate"
    assert _kind("高于全国0.8个百分点", "0.8个百分点", "", "高于全国") == "other"


def test_percent_after_a_change_verb_is_growth_but_after_one_ending_in_a_level_is_a_level():
    assert _kind("研发投入增长10%", "10%", "研发投入", "增长") == "growth_rate"
    assert _kind("城镇化率下降0.3%", "0.3%", "城镇化率", "下降") == "growth_rate"
    assert _kind("失业率下降至2.9%", "2.9%", "失业率", "下降至") == "share"
    assert _kind("失业率由年初的3.4%下降至年底的2.9%", "2.9%", "失业率",
                 "由年初的3.4%下降至年底的") == "share"


def test_percent_named_by_a_breadth_or_a_rate_of_change_word():
    assert _kind("工业增长面为70.7%", "70.7%", "工业增长面", "为") == "share"
    assert _kind("居民消费价格涨幅为0.2%", "0.2%", "居民消费价格涨幅", "为") == "growth_rate"
    assert _kind("研发投入占比2.5%", "2.5%", "研发投入占比", "") == "share"


def test_a_multiple_is_growth_only_after_a_change_verb():
    assert _kind("出口额增长1.5倍", "1.5倍", "出口额", "增长") == "growth_rate"
    assert _kind("出口额是上年的1.5倍", "1.5倍", "出口额", "是上年的") == "other"


def test_a_cumulative_word_makes_a_stock_even_of_a_physical_amount():
    assert _kind("累计建成绿道7000公里", "7000公里", "建成绿道", "") == "count_total"
    assert _kind("建成绿道7000公里", "7000公里", "建成绿道", "") == "actual"


def test_flows_of_people_and_visits_are_actual_and_stocks_are_count_total():
    assert _kind("新增就业23万人", "23万人", "新增就业", "") == "actual"
    assert _kind("接待游客3400万人次", "3400万人次", "接待游客", "") == "actual"  # visits
    assert _kind("机场旅客吞吐人次3400万人次", "3400万人次", "旅客", "") == "actual"
    assert _kind("常住人口年均增长50万人", "50万人", "常住人口", "年均增长") == "actual"
    assert _kind("高等院校65所", "65所", "高等院校", "") == "count_total"


def test_money_and_tonnes_are_flows_unless_a_stock_word_says_so():
    assert _kind("存款余额3万亿元", "3万亿元", "存款余额", "") == "count_total"
    assert _kind("营业收入3000亿元", "3000亿元", "营业收入", "") == "actual"
    assert _kind("粮食产量300万吨", "300万吨", "粮食产量", "") == "actual"
