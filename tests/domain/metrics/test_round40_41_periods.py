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
