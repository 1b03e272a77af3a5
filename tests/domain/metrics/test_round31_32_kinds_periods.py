"""Kinds, periods and document dates of blind rounds 31 and 32's genres: a reserve release, a
population release in Traditional script, a metro's ridership news, a civil affairs bulletin, a
shopping festival's sales news, a vehicles and drivers release. Short sentences written for each
class of phrasing, not the rounds' documents."""

from __future__ import annotations

from datetime import date, timedelta

from pipelines.domain.docdate import detect_document_date
from pipelines.domain.periods import official_holiday
from tests.domain.metrics.support import by_quote, document_by_number, metrics, period_dates

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


def test_a_minguo_year_in_a_dashed_publication_date_is_read_where_the_text_counts_them() -> None:
    """發布日期：114-11-10 above 114年10月…: the text counts Minguo years, so 114 is 2025; with
    no such year in the text a dashed year of three digits is no date."""
    head = "縣政府全球資訊網\n\n114年9月就業統計資料\n\n發布單位：主計處　　發布日期：114-10-15\n\n"
    body = "本處今日公布9月就業統計，失業率為3.35%。\n"
    clean = "114年9月就业统计资料\n本处今日公布9月就业统计，失业率为3.35%。\n"
    assert detect_document_date(clean, None, head + body)[0] == date(2025, 10, 15)
    other = "某市信息网\n\n就业统计资料\n\n发布日期：114-10-15\n\n"
    found = detect_document_date(clean.replace("114年", ""), None, other + body)[0]
    assert found is None or found.year != 114


OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))


def test_a_day_after_qizhong_with_its_weekday_in_brackets_dates_its_figure() -> None:
    """其中，10月16日（星期五）客运量达…: a part of the month's figure, that day's (its weekday in
    brackets aside)."""
    found = by_quote(metrics(["2026年10月，全市公交日均客运量356.2万人次。其中，10月16日（星期五）"
                              "客运量达412.3万人次，较此前纪录（9月30日的398.6万人次）有所增加。"],
                             date(2026, 11, 6)))
    assert period_dates(found["达412.3万人次"]) == (date(2026, 10, 16), date(2026, 10, 16))


def test_the_day_a_line_opened_names_it_and_dates_none_of_its_figures() -> None:
    """今年9月底开通的3号线东延段日均客运量…: the opening day is part of the line's name; the
    figures are of the month the paragraph reports."""
    found = by_quote(metrics(["10月，2号线日均客运量为52.3万乘次；今年9月底开通的3号线东延段"
                              "日均客运量达到4.6万乘次。线网换乘量日均为126.4万乘次。"],
                             date(2026, 11, 6)))
    assert period_dates(found["达到4.6万乘次"]) == OCTOBER
    assert period_dates(found["126.4万乘次"]) == OCTOBER


def test_trips_and_a_registrys_events_are_flows_of_the_period() -> None:
    """日均…万乘次 (a metro's passenger trips), 结婚对数, 新领证驾驶人, 火化遗体: what happened in
    the period, not a stock standing at its end."""
    found = by_quote(metrics(["10月，4号线日均客运量为86.3万乘次。", "10月结婚对数为8,412对。",
                              "前三季度，全国新领证驾驶人1520万人。",
                              "2025年，全省共火化遗体42.6万具。"], date(2026, 11, 6)))
    assert {q: m.kind for q, m in found.items()} == {
        "86.3万乘次": "actual", "8,412对": "actual", "1520万人": "actual", "42.6万具": "actual"}


def test_a_sentence_opening_with_a_running_totals_span_gives_running_totals() -> None:
    """累计2026年1至10月，出生数为…；死亡数为…: totals over the months so far, whatever flow word
    names them; the change against last year stays a change."""
    found = by_quote(metrics(["累计2026年1至10月，出生数为91,230人，较2025年同期减少8,120人；"
                              "死亡数为160,215人。"], date(2026, 11, 10)))
    assert {q: m.kind for q, m in found.items()} == {
        "91,230人": "count_total", "8,120人": "actual", "160,215人": "count_total"}


def test_an_average_standard_is_a_realised_level_not_a_rule() -> None:
    """城市低保平均保障标准为820元/人·月 at 年末: the cities' standards averaged, a level of the
    year's end (a sum per head, no balance), not a rule's rate; a rule's own standard stays one."""
    found = by_quote(metrics(["2024年末全市共有城市低保对象3.2万人；"
                              "城市低保平均保障标准为820元/人·月，比上年增长3.8%。",
                              "全市月最低工资标准为2100元/月。"],
                             date(2025, 5, 20)))
    assert found["820元/人·月"].kind == "actual"
    assert period_dates(found["820元/人·月"]) == (date(2024, 12, 31), date(2024, 12, 31))
    assert found["3.8%"].kind == "growth_rate"
    assert found["2100元/月"].kind == "other"


RESERVES = """2026年10月末外汇储备规模数据

发布时间：2026-11-07　　来源：国家外汇管理局

截至2026年10月末，我国外汇储备规模为31850亿美元，较9月末上升120亿美元。

截至10月末，外汇储备规模稳定在3.1万亿美元以上；黄金储备较2025年末累计增加86万盎司。
"""


def test_a_running_total_under_an_as_at_day_stands_at_that_day() -> None:
    """截至10月末，外汇储备…；黄金储备较上年末累计增加…: the total up to the 截至 day the sentence
    opens with, not the text's day."""
    found = document_by_number(RESERVES, date(2026, 11, 7))
    assert period_dates(found["86万盎司"]) == (date(2026, 10, 31), date(2026, 10, 31))


SALES_WEEK = """“618”期间我市网络零售额38.2亿元

发布时间：2026-06-21 10:00　　来源：市商务局

今年“618”网购节期间（6月1日0时至6月18日24时），全市实现网络零售额38.2亿元。“618”当天（6月18日0时至24时），全市网络零售额达到6.4亿元。

活动期间，全市受理网购投诉2150件。全市8个电商直播基地累计开展公益培训120余场次。
"""


def test_the_day_in_brackets_after_dangtian_and_the_sessions_held_in_the_event() -> None:
    """“618”当天（6月18日0时至24时）: that day, hours aside; 累计开展…120余场次 in a paragraph on
    the event's days (活动期间): sessions held over those days, not a total at the text's day."""
    found = document_by_number(SALES_WEEK, date(2026, 6, 21))
    assert period_dates(found["6.4亿元"]) == (date(2026, 6, 18), date(2026, 6, 18))
    assert period_dates(found["120余场次"]) == (date(2026, 6, 1), date(2026, 6, 18))


def _holiday_news(holiday: str) -> str:
    return f"""全省高速公路服务区充电情况

发布时间：2024-10-12　　来源：省交通运输厅

截至9月底，全省高速公路服务区累计建成充电桩5120个；{holiday}，高速公路服务区充电量达到2650万千瓦时。
"""


def test_a_holiday_named_without_its_dates_is_its_official_days_off() -> None:
    """国庆假期期间 with no dates nor length in the text: the State Council's days off of the
    holiday just over (2024: 1 to 7 October, pipelines/data/metrics/holidays.yaml); dates the
    text gives win."""
    found = document_by_number(_holiday_news("国庆假期期间"), date(2024, 10, 12))
    assert period_dates(found["2650万千瓦时"]) == (date(2024, 10, 1), date(2024, 10, 7))
    found = document_by_number(_holiday_news("国庆假期期间（10月1日至6日）"), date(2024, 10, 12))
    assert period_dates(found["2650万千瓦时"]) == (date(2024, 10, 1), date(2024, 10, 6))


def test_a_holiday_of_a_year_the_schedule_does_not_list_stays_undated() -> None:
    """A year missing from the schedule (1990) is never guessed."""
    assert official_holiday("国庆", date(1990, 10, 12), timedelta(days=45)) is None
    assert official_holiday("劳动节", date(2025, 5, 8), timedelta(days=45)) == (
        date(2025, 5, 1), date(2025, 5, 5))


def test_orders_and_parcels_are_flows_and_a_networks_length_a_stock() -> None:
    """即时零售订单…亿单, 揽收快件…万件: placed or collected in the period; 截至10月底…运营里程
    …公里: the network's length standing at that day."""
    found = by_quote(metrics(["10月，全市即时零售订单1.2亿单。", "11月11日当天揽收快件3160万件。",
                              "截至10月底，全市地铁运营里程312.4公里。"], date(2026, 11, 13)))
    assert {q: m.kind for q, m in found.items()} == {
        "1.2亿单": "actual", "3160万件": "actual", "312.4公里": "count_total"}


def test_a_rate_of_natural_increase_is_a_growth() -> None:
    """自然增加率为-2.86‰ (Taiwan's word for 人口自然增长率): a rate of change, not a share."""
    found = by_quote(metrics(["10月人口自然减少5,120人，自然增加率为-2.86‰。"], date(2026, 11, 10)))
    assert found["-2.86‰"].kind == "growth_rate"


PRESALE = """“双十二”期间我市网络零售额21.6亿元

发布时间：2026-12-15 10:00　　来源：市商务局

今年“双十二”购物节期间（12月5日20时至12月12日24时），全市实现网络零售额21.6亿元。12月5日20时预售开启后，首日全市网络零售额即突破3.1亿元。
"""


def test_the_first_day_is_the_first_day_of_the_event_reported_on() -> None:
    """首日 in a text on an event with its dates (or a holiday): the event's first day, no part
    of the name."""
    found = document_by_number(PRESALE, date(2026, 12, 15))
    assert period_dates(found["3.1亿元"]) == (date(2026, 12, 5), date(2026, 12, 5))
    assert found["3.1亿元"].indicator == "网络零售额"
