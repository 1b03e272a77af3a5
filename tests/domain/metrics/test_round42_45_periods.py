"""Periods of the genres rounds 42-45 brought to the held-out set (session 25), and of the period
conventions settled with them: levels measured against the end of the span before under a span of
this year, ... Short documents written for each class in the genre's manner, not the set's
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
