"""Periods of the genres rounds 40-41 brought to the held-out set (session 25): a plan's project
totals beside their year's part, a month's market close, levels measured against the end of the
span before, a running total since a year governing the clauses after it, a periodic release whose
title is followed by its issuer's lines. Short documents written for each class in the genre's
manner, not the set's documents."""

from __future__ import annotations

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates

YEAR_2026 = (date(2026, 1, 1), date(2026, 12, 31))

PROJECT_PLAN = """某市2026年重点建设项目计划

一、总体情况

2026年，全市共安排重点建设项目320个，总投资8650亿元，年度计划投资1240亿元。其中，新开工项目96个，年度计划投资360亿元。

二、分类情况

产业类项目150个，总投资3120亿元，年度计划投资540亿元；城建类项目80个，总投资2870亿元，年度计划投资410亿元。
"""


def test_a_plan_s_total_investment_beside_its_year_s_part_is_undated() -> None:
    """总投资8650亿元，年度计划投资1240亿元: the total runs over the projects' own years (their
    起止年限), the year dates only the part planned for it; counts and the yearly part keep the
    year, in the paragraph that names it and in a section naming none."""
    found = document_by_number(PROJECT_PLAN, date(2026, 2, 10))
    for total in ("8650亿元", "3120亿元", "2870亿元"):
        assert period_dates(found[total]) == (None, None), total
    for dated in ("320个", "1240亿元", "360亿元", "540亿元"):
        assert period_dates(found[dated]) == YEAR_2026, dated


YEAR_SUMMARY = """某镇2025年工作总结

全年实施重点项目18个，总投资3.6亿元，其中新开工项目7个。
"""


def test_a_total_investment_of_a_year_s_projects_with_no_yearly_part_keeps_the_year() -> None:
    """全年实施重点项目18个，总投资3.6亿元: no part of it is given for the year, so the total of
    the projects the year carried out stays the year's (as the set labels it)."""
    found = document_by_number(YEAR_SUMMARY, date(2025, 12, 28))
    assert period_dates(found["3.6亿元"]) == (date(2025, 1, 1), date(2025, 12, 31))


MONTHLY_MARKET = """某证券交易所2026年3月市场运行月报

一、市场概况

3月份，市场新上市公司5家，首发募集资金41.2亿元。

指数方面，综合指数3月末收于3520.16点，当月上涨1.85%；成长指数收于2210.42点，当月下跌0.62%；中小盘指数收于5120.30点，较上月末上涨2.04%。

当月融资买入额1.26万亿元。融资融券余额1.62万亿元，较上月末增加210亿元，占流通市值的2.9%。
"""
MARCH = (date(2026, 3, 1), date(2026, 3, 31))
MARCH_END = (date(2026, 3, 31), date(2026, 3, 31))


def test_an_index_closing_a_month_is_the_month_s_last_day_and_its_change_the_month_s() -> None:
    """成长指数收于2210.42点 after 3月末收于…: the level the index closed the month at is the
    month's last day; 当月下跌0.62%, 较上月末上涨2.04% are changes over the month."""
    found = document_by_number(MONTHLY_MARKET, date(2026, 4, 8))
    for level in ("3520.16点", "2210.42点", "5120.30点"):
        assert period_dates(found[level]) == MARCH_END, level
    for change in ("1.85%", "0.62%", "2.04%"):
        assert period_dates(found[change]) == MARCH, change


def test_a_balance_measured_against_last_month_s_end_stands_at_the_month_s_end() -> None:
    """融资融券余额…，较上月末增加210亿元，占流通市值的2.9% under 当月: the balance, its change
    from the month before's end and its share stand at this month's end; the month's flow before
    (融资买入额) is the month's."""
    found = document_by_number(MONTHLY_MARKET, date(2026, 4, 8))
    for figure in ("1.62万亿元", "210亿元", "2.9%"):
        assert period_dates(found[figure]) == MARCH_END, figure
    assert period_dates(found["1.26万亿元"]) == MARCH


YEAR_BULLETIN = """某省2025年国民经济和社会发展统计公报

一、人口

全年出生人口41.2万人，出生率为7.05‰。城镇人口占常住人口比重为62.48%，比上年末提高0.91个百分点。

二、交通

截至10月，全省开通国际航线达到86条。全省国际货运航线达到24条，比上年末增加5条。
"""


def test_a_share_measured_against_last_year_s_end_stands_at_the_year_s_end() -> None:
    """城镇人口占常住人口比重为62.48%，比上年末提高0.91个百分点 under the paragraph's 全年: the
    share and its change in points stand at the year's end (the year's births stay the year's)."""
    found = document_by_number(YEAR_BULLETIN, date(2026, 2, 27))
    for figure in ("62.48%", "0.91个百分点"):
        assert period_dates(found[figure]) == (date(2025, 12, 31), date(2025, 12, 31)), figure
    assert period_dates(found["41.2万人"]) == (date(2025, 1, 1), date(2025, 12, 31))


RUNNING_TOTALS = """某省安全生产执法检查报告

——2026年3月20日在省人大常委会会议上

隐患排查整治持续推进。全省深入开展安全生产专项整治行动，2025年以来累计排查一般隐患32.4万项，整改率达到97.6%；排查重大隐患860项，已整改812项，整改率为94.4%。
"""
SINCE_2025 = (date(2025, 1, 1), date(2026, 3, 20))


def test_a_running_total_since_a_year_governs_the_clauses_after_it() -> None:
    """…行动，2025年以来累计排查一般隐患32.4万项，整改率达到97.6%；排查重大隐患860项，已整改
    812项，整改率为94.4%: the clause before the span gives no figure, so the span and its 累计
    govern the rates and the coordinated counts after it, over the span."""
    found = document_by_number(RUNNING_TOTALS, date(2026, 3, 20))
    for figure in ("32.4万项", "97.6%", "860项", "812项", "94.4%"):
        assert period_dates(found[figure]) == SINCE_2025, figure


RUNNING_TOTAL_ASIDE = """某城市水务公告

2018年以来，全市新建改造供水管网1260公里，累计投入资金31.5亿元，城市公共供水普及率达到100%。
"""


def test_a_level_after_a_running_total_in_a_since_span_s_sentence_stays_undated() -> None:
    """2018年以来，…，累计投入资金31.5亿元，城市公共供水普及率达到100%: the span is not the
    running total's own (no 累计 right after it), the level now stays undated."""
    found = document_by_number(RUNNING_TOTAL_ASIDE, date(2025, 11, 18))
    assert period_dates(found["31.5亿元"]) == (date(2018, 1, 1), date(2025, 11, 18))
    assert period_dates(found["100%"]) == (None, None)


ISSUER_UNDER_TITLE = """2026年2月全国某类设施运行情况

某行业促进联盟（某联盟）
2026年3月11日

一、总体情况

截至2026年2月，全国某类设施总数达到532.6万台，同比增长21.3%。

二、运营企业情况

全国运营设施数量超过1万台的运营企业共有14家，前3家运营商合计占全国设施总量的46.8%。2月份，全国运营企业新增设施3.2万台。
"""


def test_a_section_with_no_time_takes_the_release_s_month_under_its_issuer_s_lines() -> None:
    """A monthly release whose title is followed by its issuer's line (taken for the top heading):
    a section naming no time takes the title's month, its stocks and shares included (二、…共有
    14家, …46.8%)."""
    found = document_by_number(ISSUER_UNDER_TITLE, date(2026, 3, 11))
    for figure in ("14家", "46.8%"):
        assert period_dates(found[figure]) == (date(2026, 2, 1), date(2026, 2, 28)), figure


WEATHER_REVIEW = """某市2025年天气回顾

2025年全市年平均气温18.6度。台风“某某”于8月12日在本市以南约180公里掠过，市气象台录得的最低气压为968.4百帕斯卡，是近十年来的最低值。全年共发出暴雨预警信号23次。
"""


def test_the_day_of_an_event_dates_the_readings_taken_at_it_in_its_sentence_only() -> None:
    """台风…于8月12日…掠过，…录得的最低气压为968.4百帕斯卡: the reading is that day's; the next
    sentence's 全年 count is the year's (the day dates nothing after its sentence)."""
    found = document_by_number(WEATHER_REVIEW, date(2026, 1, 20))
    assert period_dates(found["968.4百帕斯卡"]) == (date(2025, 8, 12), date(2025, 8, 12))
    assert period_dates(found["23次"]) == (date(2025, 1, 1), date(2025, 12, 31))


FUNDS_IN_BATCHES = """某部门新闻稿

今年国家安排专项资金2000亿元，分四批下达。第一批520亿元、第二批480亿元分别于2月、5月下达；第三批500亿元于8月下达。
"""


def test_a_list_of_figures_paired_with_the_periods_after_respectively() -> None:
    """第一批520亿元、第二批480亿元分别于2月、5月下达: each figure by the month paired with it in
    order (not the year of the paragraph); 第三批…于8月下达 its own."""
    found = document_by_number(FUNDS_IN_BATCHES, date(2025, 10, 15))
    assert period_dates(found["520亿元"]) == (date(2025, 2, 1), date(2025, 2, 28))
    assert period_dates(found["480亿元"]) == (date(2025, 5, 1), date(2025, 5, 31))
    assert period_dates(found["500亿元"]) == (date(2025, 8, 1), date(2025, 8, 31))


TAIWAN_MONTHLY = """某機關新聞稿

114年1至9月工業生產指數年增8.1%；外銷訂單累計4,812億美元，年增19.6%。
"""


def test_a_bare_running_total_compared_year_on_year_in_taiwan_s_words_is_the_span_s() -> None:
    """1至9月…；外銷訂單累計4,812億美元，年增19.6%: 年增 compares the sum with the same months a
    year before (as 同比), so the total is over the months so far, not a point at the text's day."""
    found = document_by_number(TAIWAN_MONTHLY, date(2025, 10, 20))
    assert period_dates(found["4,812億美元"]) == (date(2025, 1, 1), date(2025, 9, 30))


EXCHANGE_MONTHLY = """某交易所2026年5月市场月报

5月份，新上市公司6家，首发募集资金38.1亿元；年内累计新上市公司27家，累计首发募集资金206.4亿元。另有2家公司终止上市。
"""


def test_a_running_total_opening_a_later_task_dates_that_task_alone() -> None:
    """5月份，…；年内累计新上市公司27家…。另有2家公司终止上市: the year so far dates its own
    task; the next sentence goes on with the month."""
    found = document_by_number(EXCHANGE_MONTHLY, date(2026, 6, 6))
    assert period_dates(found["27家"])[0] == date(2026, 1, 1)  # (年内: up to the text's day)
    assert period_dates(found["2家"]) == (date(2026, 5, 1), date(2026, 5, 31))


LABOUR_RELEASE = """勞動人口統計數字

失業人數由2026年1月至3月的141 200人下跌3 100人至2026年2月至4月的138 100人。
"""


def test_a_change_between_two_dated_levels_is_of_the_new_level_s_window() -> None:
    """由1月至3月的141 200人下跌3 100人至2月至4月的138 100人: the fall is up to the new window,
    named after it; each level keeps its own window."""
    found = document_by_number(LABOUR_RELEASE, date(2026, 5, 19))
    assert period_dates(found["3 100人"]) == (date(2026, 2, 1), date(2026, 4, 30))
    assert period_dates(found["141 200人"]) == (date(2026, 1, 1), date(2026, 3, 31))
    assert period_dates(found["138 100人"]) == (date(2026, 2, 1), date(2026, 4, 30))


RECORD_DAY = """某地铁客流通报

11月以来客流持续走高。其中，11月14日线网客运量达1108.2万乘次，创历史新高，这也是今年以来线网客运量第3次刷新纪录，较此前纪录增加21.6万乘次。
"""


def test_a_window_records_are_counted_over_dates_no_figure_after_it() -> None:
    """11月14日…，这也是今年以来…第3次刷新纪录，较此前纪录增加21.6万乘次: 今年以来 is the window the
    records are counted over; the increase is the record day's."""
    found = document_by_number(RECORD_DAY, date(2025, 11, 20))
    assert period_dates(found["21.6万乘次"]) == (date(2025, 11, 14), date(2025, 11, 14))


ENVIRONMENT_BULLETIN = """2024年某省生态环境状况公报

一、水环境

全省地表水监测断面水质优良比例为94.2%，同比提高1.1个百分点；城市集中式饮用水水源地水质达标率为99.1%，同比持平。

二、自然生态

全省共有自然保护区86个，总面积达到0.8万平方公里，占全省国土面积的5.2%。
"""


def test_an_environment_bulletin_is_a_yearly_report() -> None:
    """…年生态环境状况公报: a yearly report, its stocks and shares with no time expression undated
    (自然保护区86个, 占…5.2%), a share compared with the year before (同比持平, 同比提高) the
    year's."""
    found = document_by_number(ENVIRONMENT_BULLETIN, date(2025, 6, 5))
    for stock in ("86个", "0.8万平方公里", "5.2%"):
        assert period_dates(found[stock]) == (None, None), stock
    for share in ("94.2%", "99.1%"):
        assert period_dates(found[share]) == (date(2024, 1, 1), date(2024, 12, 31)), share


PLATFORM_DATA = """某地文旅消费观察

某旅行平台数据显示，7月以来当地文旅订单同比增长48%，其中跨省游订单增长1.2倍，“00后”游客占比超过四成。
"""


def test_a_platform_s_share_over_a_since_span_is_a_finding_over_it() -> None:
    """某旅行平台数据显示，7月以来…订单同比增长48%，…游客占比超过四成: the share is of the orders
    the data counts over the span, as a survey's finding, not a level standing now."""
    found = document_by_number(PLATFORM_DATA, date(2025, 8, 20))
    assert period_dates(found["四成"]) == (date(2025, 7, 1), date(2025, 8, 20))
