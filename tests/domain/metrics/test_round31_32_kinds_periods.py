"""Kinds, periods and document dates of blind rounds 31 and 32's genres: a reserve release, a
population release in Traditional script, a metro's ridership news, a civil affairs bulletin, a
shopping festival's sales news, a vehicles and drivers release. Short sentences written for each
class of phrasing, not the rounds' documents."""

from __future__ import annotations

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates

FESTIVAL_NEWS = """“年货节”期间我市网络零售额52.6亿元

发布时间：2026-02-10 09:30　　来源：市商务局

今年“年货节”网上促销季期间（1月10日10时至2月5日24时），全市实现网络零售额52.6亿元，同比增长9.1%。

分品类看，食品饮料、服装鞋帽分别实现网络零售额12.4亿元和9.8亿元。

直播电商表现活跃。活动期间，全市开展直播带货3.2万场，同比增长12.5%。
"""
EVENT_DAYS = (date(2026, 1, 10), date(2026, 2, 5))


def test_a_named_event_with_its_dates_in_brackets_dates_its_figures() -> None:
    """今年“年货节”…期间（1月10日10时至2月5日24时）: the bracketed dates, hours aside, not the
    whole year; 活动期间 elsewhere stands for the same days."""
    found = document_by_number(FESTIVAL_NEWS, date(2026, 2, 10))
    assert period_dates(found["9.1%"]) == EVENT_DAYS
    assert period_dates(found["3.2万场"]) == EVENT_DAYS


def test_a_news_on_the_event_dates_its_undated_flows_by_the_event() -> None:
    """A title naming the event (“年货节”期间我市…): a paragraph with no time word reports the
    event's days, as a report on a holiday does."""
    found = document_by_number(FESTIVAL_NEWS, date(2026, 2, 10))
    assert period_dates(found["12.4亿元"]) == EVENT_DAYS
