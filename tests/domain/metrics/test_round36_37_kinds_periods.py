"""Kinds and periods of blind rounds 36 and 37's genres: a round-up of the provinces' goals and
last year's results. Short sentences written for each class of phrasing, not the rounds'
documents."""

from __future__ import annotations

from datetime import date

from tests.domain.metrics.support import by_quote, metrics, period_dates

SPRING = date(2026, 3, 8)
LAST_YEAR = (date(2025, 1, 1), date(2025, 12, 31))
THIS_YEAR = (date(2026, 1, 1), date(2026, 12, 31))


def test_a_result_of_last_year_after_this_years_goal_is_no_goal() -> None:
    """甲省今年目标为…，去年实际增长…: the goal word of the clause before is not the result's, nor
    of the clauses after 去年 in the same task (去年…突破…，达到…，增长…)."""
    found = by_quote(metrics(["甘肃今年目标为6%左右，去年实际增长6.2%；宁夏目标为5.5%左右，"
                              "去年地区生产总值首次突破6000亿元，达到6010亿元，增长5.4%。"],
                             SPRING, None))
    assert found["6%左右"].kind == "target"
    assert period_dates(found["6%左右"]) == THIS_YEAR
    assert found["6.2%"].kind == "growth_rate"
    assert period_dates(found["6.2%"]) == LAST_YEAR
    assert found["达到6010亿元"].kind == "actual"
    assert found["5.4%"].kind == "growth_rate"
    assert period_dates(found["5.4%"]) == LAST_YEAR


def test_places_counted_by_the_goal_they_set_are_a_count() -> None:
    """有12个城市的增长目标不低于6%; 目标为6%左右的城市最多，有7个；目标为6.5%左右的有3个: how
    many set such a goal, count_total; the goals themselves stay goals."""
    found = by_quote(metrics(["全省16个城市中，有12个城市的增长目标不低于6%。",
                              "从分布看，目标为6%左右的城市最多，有7个；目标为6.5%左右的有3个。"],
                             SPRING, None))
    assert found["12个"].kind == "count_total"
    assert found["7个"].kind == "count_total"
    assert found["3个"].kind == "count_total"
    assert found["不低于6%"].kind == "target"


def test_a_count_a_goal_sets_stays_a_goal() -> None:
    """力争12个城市…: the count is itself the plan's."""
    found = by_quote(metrics(["今年力争有12个城市的增长目标达到6%。"], SPRING, None))
    assert found["12个"].kind == "target"


HOLIDAY = (date(2026, 10, 1), date(2026, 10, 8))


def test_a_day_said_with_that_day_dates_its_own_sentence_only() -> None:
    """假期8天（10月1日至8日）…；10月1日当天发送旅客…；公路客运量…: the stressed day is its own
    figure's, the next sentences of the paragraph are the holiday's."""
    found = by_quote(metrics(["2026年国庆中秋假期8天（10月1日至8日），全市接待游客820万人次。",
                              "其中，铁路客运量96万人次，10月1日当天发送旅客15.2万人次；",
                              "公路客运量310万人次，水路客运量12.4万人次。"],
                             date(2026, 10, 9), None))
    assert period_dates(found["15.2万人次"]) == (date(2026, 10, 1), date(2026, 10, 1))
    assert period_dates(found["310万人次"]) == HOLIDAY
    assert period_dates(found["12.4万人次"]) == HOLIDAY


def test_today_in_market_news_is_the_texts_day() -> None:
    """泰铢兑美元汇率今日收在32.41, 综合指数今日收在1350.2点: 今日 dates the close (the text's day)
    and is no word of the name; 今日联合公布 is a news lead's, no figure's day."""
    day = date(2026, 5, 15)
    found = by_quote(metrics(["汇市方面，泰铢兑美元汇率今日收在32.41。",
                              "综合指数今日收在1350.2点，全天微涨0.4%。",
                              "央行与统计局今日联合公布，第一季国内生产总值按年增长3.1%。"],
                             day, None))
    assert period_dates(found["32.41"]) == (day, day)
    assert "今日" not in (found["32.41"].indicator or "")
    assert period_dates(found["1350.2点"]) == (day, day)
    assert period_dates(found["3.1%"]) == (date(2026, 1, 1), date(2026, 3, 31))


def test_a_currency_quoted_against_another_is_a_rate_level() -> None:
    """泰铢兑新元则报24.12, 兑人民币报4.65: a rate with no 汇率 in its name, a level (actual) as
    汇率…收在32.41 is, no share."""
    found = by_quote(metrics(["泰铢兑新元则报24.12，兑人民币报4.65。"], date(2026, 5, 15), None))
    assert found["24.12"].kind == "actual"
    assert found["4.65"].kind == "actual"


def test_a_rate_kept_by_a_decision_is_no_goal() -> None:
    """宣布将隔夜政策利率（OPR）维持在3%不变: 将 puts the rate (a classing word, nouns, its code in
    brackets) before the verb, 把 not "will"; the rate kept is no goal. 将 before a verb stays
    "will" (将新增…)."""
    found = by_quote(metrics(["央行宣布将隔夜政策利率（OPR）维持在3%不变。",
                              "全市明年将新增就业岗位2万个。"], date(2026, 5, 15), None))
    assert found["3%"].kind != "target"
    assert found["2万个"].kind == "target"


def test_a_day_of_this_month_dates_the_decision_after_its_meeting() -> None:
    """本月8日议息后，宣布将…利率维持在3%不变: 本月8日 is the text's month's 8th, and the day of
    the meeting dates the level decided after it."""
    found = by_quote(metrics(["货币政策委员会本月8日议息后，宣布将隔夜政策利率维持在3%不变。"],
                             date(2026, 5, 15), None))
    assert period_dates(found["3%"]) == (date(2026, 5, 8), date(2026, 5, 8))


def test_a_cap_a_venue_sets_per_day_is_a_rule() -> None:
    """博物馆实行每日限流3万人次: the cap per day, a rule's level, other and undated, not the
    holiday's visits; 日均接待观众 stays a flow."""
    found = by_quote(metrics(["国庆假期，市博物馆实行每日限流3万人次，日均接待观众2.6万人次。"],
                             date(2026, 10, 9), None))
    assert found["3万人次"].kind == "other"
    assert period_dates(found["3万人次"]) == (None, None)
    assert found["2.6万人次"].kind == "actual"


def test_a_holidays_counted_day_with_its_date_dates_its_figure() -> None:
    """第3天（10月3日）出游人次达到峰值，单日出游…: the date in brackets is that day's, dating the
    day's figure after it (not a figure's own date, as 2071.4万张（1月24日） is)."""
    found = by_quote(metrics(["2026年国庆假期8天（10月1日至8日），全市接待游客820万人次。",
                              "假期日均接待游客102.5万人次，第3天（10月3日）接待人次达到峰值，"
                              "单日接待游客131.6万人次。"], date(2026, 10, 9), None))
    assert period_dates(found["131.6万人次"]) == (date(2026, 10, 3), date(2026, 10, 3))
    assert period_dates(found["102.5万人次"]) == HOLIDAY
