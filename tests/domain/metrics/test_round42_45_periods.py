"""Periods of the genres rounds 42-45 brought to the held-out set (session 25), and of the period
conventions settled with them: levels measured against the end of the span before under a span of
this year; a yearly climate bulletin's departures from the normal, ranks on record and bare seasons
it defined. Short documents written for each class in the genre's manner, not the set's
documents."""

from __future__ import annotations

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates

MONTH_RELEASE = """某省1-10月港口运行情况

一、港口生产

1-10月，全省港口完成货物吞吐量12.5亿吨，同比增长3.1%。10月份，全省港口完成货物吞吐量1.3亿吨。全省开通国际航线达到126条，比上年末增加8条。
"""
OCT_END = (date(2025, 10, 31), date(2025, 10, 31))


def test_a_level_against_last_year_s_end_under_a_month_stands_at_the_month_s_end() -> None:
    """…10月份…1.3亿吨。全省开通国际航线达到126条，比上年末增加8条: last year's end is the base
    whatever span of this year the paragraph gives, the level (and its change) stand at the end
    of that span; the month's flow stays the month's."""
    found = document_by_number(MONTH_RELEASE, date(2025, 11, 20))
    for figure in ("126条", "8条"):
        assert period_dates(found[figure]) == OCT_END, figure
    assert period_dates(found["1.3亿吨"]) == (date(2025, 10, 1), date(2025, 10, 31))


HALF_YEAR_NEWS = """某市新能源产业上半年运行

上半年，全市新能源产品出口额达到18.6亿美元，同比增长12.4%。在海外设立生产基地的企业达到12家，比去年底增加3家。
"""


def test_a_level_against_last_year_s_end_under_a_half_year_stands_at_its_end() -> None:
    """上半年…。…企业达到12家，比去年底增加3家: at 30 June, the half year's end."""
    found = document_by_number(HALF_YEAR_NEWS, date(2025, 7, 25))
    for figure in ("12家", "3家"):
        assert period_dates(found[figure]) == (date(2025, 6, 30), date(2025, 6, 30)), figure
    assert period_dates(found["18.6亿美元"]) == (date(2025, 1, 1), date(2025, 6, 30))


YEAR_BULLETIN = """某市2025年人口主要数据公报

六、人口分布

全市人口密度为642人/平方公里，比上年末增加3人/平方公里。
"""


def test_a_yearly_report_s_level_against_last_year_s_end_stands_at_the_year_s_end() -> None:
    """人口密度为642人/平方公里，比上年末增加3人/平方公里 in a yearly bulletin, no time expression
    of its own: the level the report gives its year is the year-end one, as its 年末 stocks."""
    found = document_by_number(YEAR_BULLETIN, date(2026, 3, 20))
    for figure in ("642人/平方公里", "3人/平方公里"):
        assert period_dates(found[figure]) == (date(2025, 12, 31), date(2025, 12, 31)), figure


CLIMATE_BULLETIN = """2024年某市气候公报

　　一、气温

　　（一）季节气温。春季（3-5月）平均气温16.2℃，较常年同期偏高0.9℃；夏季（6-8月）26.8℃，偏高0.4℃；秋季（9-11月）17.1℃，偏高1.0℃。

　　（二）高温日数偏多。全市平均高温日数18.3天，较常年偏多5.6天，为1961年以来第3多。

　　二、降水

　　全市年平均降水量较常年偏多9.4%，年平均降水日数72.1天，较常年偏少4.2天。

　　三、日照

　　夏季日照时数588.6小时，较常年同期偏少6.1%；秋季日照时数571.2小时，偏多11.8%。

　　四、霜冻

　　全市平均终霜日为3月25日，较常年偏晚4天。
"""
YEAR_2024 = (date(2024, 1, 1), date(2024, 12, 31))


def test_a_yearly_bulletin_s_departures_and_record_ranks_take_the_year_as_their_figure() -> None:
    """高温日数18.3天，较常年偏多5.6天，为1961年以来第3多 in a section naming no time of a 2024
    bulletin: the departure from the normal and the rank among the years on record are the
    year's, as the figure is; so is a departure with no figure before it (年平均降水量较常年偏多
    9.4%) and a frost date's (偏晚4天)."""
    found = document_by_number(CLIMATE_BULLETIN, date(2025, 1, 18))
    for figure in ("18.3天", "5.6天", "第3", "9.4%", "72.1天", "4.2天", "4天"):
        assert period_dates(found[figure]) == YEAR_2024, figure


def test_a_bare_season_the_text_gave_its_months_is_those_months_of_the_year() -> None:
    """三、日照：夏季日照时数588.6小时…；秋季… after 夏季（6-8月）, 秋季（9-11月）: the bulletin's
    seasons, in the year it reports on (not its publication year), with their departures."""
    found = document_by_number(CLIMATE_BULLETIN, date(2025, 1, 18))
    summer = (date(2024, 6, 1), date(2024, 8, 31))
    autumn = (date(2024, 9, 1), date(2024, 11, 30))
    for figure in ("588.6小时", "6.1%"):
        assert period_dates(found[figure]) == summer, figure
    for figure in ("571.2小时", "11.8%"):
        assert period_dates(found[figure]) == autumn, figure


CAMPAIGN_SEASON = """某市公安局通报

夏季治安打击整治行动开展以来，全市共破获刑事案件1260起。今年夏季，全市接报警情同比下降8.2%。
"""


def test_a_season_the_text_never_gave_months_stays_undated() -> None:
    """夏季治安打击整治行动 (a campaign's season, no months given anywhere): no dates read into it;
    今年夏季 is the year's meteorological summer, as before."""
    found = document_by_number(CAMPAIGN_SEASON, date(2025, 9, 10))
    assert period_dates(found["8.2%"]) == (date(2025, 6, 1), date(2025, 8, 31))


COURT_REPORT = """某市中级人民法院关于执行工作情况的报告

　　一、执行工作总体情况

　　2022年以来，全市法院共受理执行案件9.6万件。其中，2022年、2023年分别受理执行案件4.52万件、5.08万件，执结4.41万件、4.96万件，执行到位金额分别为41.6亿元、47.3亿元，结案率为97.2%。
"""


def test_two_years_listed_before_respectively_pair_with_each_pair_of_figures() -> None:
    """2022年、2023年分别受理…4.52万件、5.08万件，执结4.41万件、4.96万件，执行到位金额分别为…:
    the first figure of each pair is the first year's, the one after 、 the second's, in every
    clause the list runs over; a figure of no pair (结案率为97.2%) keeps both years."""
    found = document_by_number(COURT_REPORT, date(2024, 10, 28))
    for figure in ("4.52万件", "4.41万件", "41.6亿元"):
        assert period_dates(found[figure]) == (date(2022, 1, 1), date(2022, 12, 31)), figure
    for figure in ("5.08万件", "4.96万件", "47.3亿元"):
        assert period_dates(found[figure]) == (date(2023, 1, 1), date(2023, 12, 31)), figure
    assert period_dates(found["97.2%"]) == (date(2022, 1, 1), date(2023, 12, 31))



RETAIL_RELEASE = """零售業銷貨統計

經季節性調整的數字顯示，截至2025年6月止的三個月，零售業總銷貨價值較之前三個月上升1.8%。
"""


def test_a_window_named_by_the_month_it_closes_with_zhi_is_its_three_months() -> None:
    """截至2025年6月止的三個月 (Hong Kong's words, as 截至2025年6月的三个月): the three months up to
    June's end, not June's last day."""
    found = document_by_number(RETAIL_RELEASE, date(2025, 8, 1))
    assert period_dates(found["1.8%"]) == (date(2025, 4, 1), date(2025, 6, 30))


GROUP_RESULTS = """当前位置：首页 > 新闻发布 > 企业动态

某集团：前三季度经营指标稳中有进

文章来源：某集团有限公司　　发布时间：2025-10-24

　　10月22日，某集团召开经济运行分析会，通报前三季度生产经营情况。

　　一、主要经营指标

　　1-9月，某集团实现营业收入8600亿元，同比增长3.1%。

　　二、所属企业经营情况

　　从所属企业看，甲公司、乙公司、丙公司营业收入分别为1250亿元、980亿元和760亿元，同比分别增长4.2%、3.6%和8.1%。
"""


def test_a_list_s_items_compared_after_the_list_are_of_the_release_s_period() -> None:
    """…营业收入分别为1250亿元、980亿元和760亿元，同比分别增长…: the comparison after the list is
    each item's own, so every item (not the last alone) is of the months the release reports on,
    as a figure compared right after it is."""
    found = document_by_number(GROUP_RESULTS, date(2025, 10, 24))
    for figure in ("1250亿元", "980亿元", "760亿元"):
        assert period_dates(found[figure]) == (date(2025, 1, 1), date(2025, 9, 30)), figure


EXCHANGE_MONTH = """某月证券市场统计

　　一、股票发行与上市

　　9月份，A股市场共有8家企业首次公开发行股票并上市，首发募集资金96.40亿元。其中，首家红筹企业于9月12日上市，募资21.35亿元。当月有1家公司主动终止上市。

　　二、上市公司

　　新“国九条”发布以来，上市公司累计实施股份回购2860亿元。
"""


def test_the_day_of_a_one_day_deal_dates_what_it_raised_in_its_sentence_only() -> None:
    """首家红筹企业于9月12日上市，募资21.35亿元: the proceeds are the listing day's; 当月 after it
    is still the whole month, as the month's listings are."""
    found = document_by_number(EXCHANGE_MONTH, date(2025, 10, 17))
    assert period_dates(found["21.35亿元"]) == (date(2025, 9, 12), date(2025, 9, 12))
    september = (date(2025, 9, 1), date(2025, 9, 30))
    for figure in ("96.40亿元", "1家"):
        assert period_dates(found[figure]) == september, figure


def test_a_running_total_since_an_undated_event_has_no_dates() -> None:
    """新“国九条”发布以来，…累计实施股份回购2860亿元: the span starts on a day the text never gives,
    so the total has none (not a point at the text's date)."""
    found = document_by_number(EXCHANGE_MONTH, date(2025, 10, 17))
    assert period_dates(found["2860亿元"]) == (None, None)


AUCTIONS = """某市中级人民法院工作报告

　　2022年以来，全市法院通过网络司法拍卖平台成交拍品5120件，成交金额63.7亿元，平均溢价率18.4%。2018年以来，全市新建改造供水管网1260公里，城市公共供水普及率达到99.6%。
"""


def test_a_bare_rate_after_a_since_span_s_flows_is_the_span_s() -> None:
    """2022年以来…成交拍品5120件，成交金额63.7亿元，平均溢价率18.4%: the rate of the auctions
    counted over the span is the span's; a level reached (普及率达到99.6%) stays a level now,
    undated."""
    found = document_by_number(AUCTIONS, date(2025, 10, 28))
    assert period_dates(found["18.4%"]) == (date(2022, 1, 1), date(2025, 10, 28))
    assert period_dates(found["99.6%"]) == (None, None)
