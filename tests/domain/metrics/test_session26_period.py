"""Periods of the phrasings blind rounds 48-50 missed (session 26): analysts' quarter codes
(2025Q3, Q1-Q3) and 单季; the same month of a named year; the span compared by the verb 比较; a
comparison's base level named by a period; a data block's bracketed day; a record's years back;
a running total reached after a year's own figure; a project's total cost; the items of a slash
list over a run of years. Short texts written for each class, not the set's documents."""

from __future__ import annotations

from datetime import date

from pipelines.domain.periods import find_periods
from tests.domain.metrics.support import document_by_number, period_dates

Q3 = (date(2025, 7, 1), date(2025, 9, 30))
NINE_MONTHS = (date(2025, 1, 1), date(2025, 9, 30))


def _spans(text: str, doc: date = date(2025, 11, 5)) -> list[tuple[str, date | None, date | None]]:
    return [(p.text, p.period.start, p.period.end) for p in find_periods(text, doc)]


def test_analysts_quarter_codes_are_quarters() -> None:
    """2024Q2, 25Q3, 2025年Q4, Q1-Q3: the quarters (a run of them); 奥迪Q3 is a car, no quarter."""
    assert _spans("2024Q2营收") == [("2024Q2", date(2024, 4, 1), date(2024, 6, 30))]
    assert _spans("25Q3净利润") == [("25Q3", *Q3)]
    assert _spans("其中Q1-Q3合计") == [("Q1-Q3", *NINE_MONTHS)]
    assert _spans("2025年Q4指引") == [("2025年Q4", date(2025, 10, 1), date(2025, 12, 31))]
    assert _spans("奥迪Q3销量") == []


NOTE = """某证券公司点评报告

事件：公司发布2025年三季报。前三季度，公司实现营业收入30.2亿元，同比增长18.5%。

分季度看，2025Q3公司实现营业收入11.6亿元，同比增长21.3%；归母净利润1.42亿元，同比增长25.0%。

前三季度公司毛利率为30.1%，同比提升1.1个百分点。其中Q3单季毛利率31.5%，环比提升0.6个百分点；单季净利率12.2%，环比提升0.4个百分点。
"""


def test_a_quarter_code_and_its_single_quarter_date_the_figures_after_them() -> None:
    """2025Q3公司实现营业收入…；归母净利润…: the quarter; 其中Q3单季毛利率…；单季净利率…: the
    single quarter is the one just named, in the next task too."""
    found = document_by_number(NOTE, date(2025, 10, 28))
    for figure in ("11.6亿元", "21.3%", "1.42亿元", "31.5%", "12.2%", "0.4个百分点"):
        assert period_dates(found[figure]) == Q3, figure
    assert period_dates(found["30.1%"]) == NINE_MONTHS


SINGLE_QUARTER = """某公司三季度经营情况

前三季度，公司实现净利润4.5亿元。单季净利润1.8亿元，环比增长6.2%。
"""


def test_a_single_quarter_after_quarters_so_far_is_their_last() -> None:
    """前三季度…。单季净利润…: 单季 is the third quarter, as 当月 after 1-4月 is April."""
    found = document_by_number(SINGLE_QUARTER, date(2025, 10, 25))
    assert period_dates(found["1.8亿元"]) == Q3
    assert period_dates(found["4.5亿元"]) == NINE_MONTHS


def test_single_cropping_rice_is_no_quarter() -> None:
    assert [t for t, *_ in _spans("全县单季稻种植面积12万亩")] == []


TRADE = """某地2025年8月对外贸易

2025年8月的货物出口额为520亿元，较2024年同月的480亿元上升8.3%。2025年8月录得贸易逆差30亿元，而2024年同月的贸易逆差则为41亿元。

比较截至2025年8月止的三个月与之前三个月，经季节性调整的货物出口额上升2.1%。

首八个月合计，出口的按年升幅较首七个月的9.8%略为扩大。
"""
AUG_2024 = (date(2024, 8, 1), date(2024, 8, 31))


def test_a_named_year_s_same_month_dates_its_own_figure() -> None:
    """较2024年同月的480亿元: the base's own figure; 而2024年同月的贸易逆差则为41亿元: that
    month's; the figures of the sentence's own month stay its."""
    found = document_by_number(TRADE, date(2025, 9, 20))
    for figure in ("480亿元", "41亿元"):
        assert period_dates(found[figure]) == AUG_2024, figure
    for figure in ("520亿元", "8.3%", "30亿元"):
        assert period_dates(found[figure]) == (date(2025, 8, 1), date(2025, 8, 31)), figure


def test_the_span_the_verb_compares_is_the_figure_s_not_the_months_before() -> None:
    """比较截至2025年8月止的三个月与之前三个月，…上升2.1%: June to August (之前三个月 is the base,
    no 前三个月)."""
    found = document_by_number(TRADE, date(2025, 9, 20))
    assert period_dates(found["2.1%"]) == (date(2025, 6, 1), date(2025, 8, 31))


def test_a_comparison_s_base_level_is_of_the_base_period() -> None:
    """较首七个月的9.8%: January to July."""
    found = document_by_number(TRADE, date(2025, 9, 20))
    assert period_dates(found["9.8%"]) == (date(2025, 1, 1), date(2025, 7, 31))


def test_the_same_span_of_another_year_as_a_share_s_base_stays_a_base() -> None:
    """三季度…恢复至2019年同期的96.5%: the quarter's share of 2019's, dated the quarter."""
    text = "某市旅游三季度概况\n\n三季度，全市接待游客人次恢复至2019年同期的96.5%。\n"
    found = document_by_number(text, date(2025, 10, 20))
    assert period_dates(found["96.5%"]) == Q3


RATIO = """某县施政报告

一、财政

本县2024年度总决算岁入412.6亿元，为近8年来首次出现结余。自有财源比率由2023年度的20.2%提升至22.6%。
"""


def test_a_record_s_years_back_date_no_later_figure() -> None:
    """…为近8年来首次出现结余。…由2023年度的20.2%提升至22.6%: the paragraph's year, not the
    record's years back."""
    found = document_by_number(RATIO, date(2025, 6, 1))
    assert period_dates(found["22.6%"]) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_total_reached_after_a_year_s_own_figure_stands_at_the_text_s_day() -> None:
    """2025年补助旧车淘汰2,100件，电动车推广累计达3万辆 (the year not over): the running total at
    the text's day; the year's figure the year's."""
    text = "某县环保工作\n\n2025年补助旧车淘汰2,100件，电动车推广累计达3万辆。\n"
    found = document_by_number(text, date(2025, 10, 15))
    assert period_dates(found["3万辆"]) == (date(2025, 10, 15), date(2025, 10, 15))


def test_a_project_s_total_cost_takes_no_period_of_the_paragraph() -> None:
    """前三季度…。某快速路工程总经费约60亿元，预计2028年完工: the project's whole cost."""
    text = ("某市交通建设\n\n前三季度，全市完成交通投资80亿元。"
            "某快速路工程总经费约60亿元，预计2028年完工。\n")
    found = document_by_number(text, date(2025, 10, 20))
    assert period_dates(found["60亿元"]) == (None, None)
    assert period_dates(found["80亿元"]) == NINE_MONTHS


def test_the_last_item_of_a_slash_list_over_years_is_the_last_year_s() -> None:
    """预计公司2026-2028年归母净利润为3.1/3.8/4.6亿元: 4.6亿元 is 2028's."""
    text = "某公司点评\n\n我们预计公司2026-2028年归母净利润为3.1/3.8/4.6亿元。\n"
    found = document_by_number(text, date(2025, 10, 20))
    assert period_dates(found["4.6亿元"]) == (date(2028, 1, 1), date(2028, 12, 31))


BROKER_NOTE = """证券研究报告·公司点评报告·机械设备

某某精工（300999.SZ）
2025年半年报点评：Q2业绩超预期

投资评级：增持（维持）
报告日期：2025年8月26日

市场数据（2025年8月25日）
收盘价（元）\t21.60
目标价（元）\t26.00
总股本（亿股）\t3.05

分析师：王某

事件：公司发布2025年半年报。2025年上半年，公司实现营业收入12.40亿元，同比增长16.2%；实现归母净利润1.35亿元，同比增长21.0%。

点评：
分季度看，2025Q2公司实现营业收入6.90亿元，同比增长18.8%；归母净利润0.78亿元，同比增长24.1%。
"""


def test_a_broker_note_s_results_are_results_of_their_periods() -> None:
    """A title's 业绩超预期 and a data block's 目标价（元） set no goals: the half year's and the
    quarter's results carry their periods through the tasks after them; the data block's
    figures stand at its bracketed day (a label's, no market close report's lead)."""
    found = document_by_number(BROKER_NOTE, date(2025, 8, 26))
    half = (date(2025, 1, 1), date(2025, 6, 30))
    quarter = (date(2025, 4, 1), date(2025, 6, 30))
    for figure, period in (("12.40亿元", half), ("1.35亿元", half), ("21.0%", half),
                           ("6.90亿元", quarter), ("0.78亿元", quarter), ("24.1%", quarter)):
        assert found[figure].kind != "target", figure
        assert period_dates(found[figure]) == period, figure
    for figure in ("21.60", "3.05"):
        assert period_dates(found[figure]) == (date(2025, 8, 25), date(2025, 8, 25)), figure


FORECAST_TABLE = """某公司点评

盈利预测
指标\t2023A\t2024E\t2025E
营业收入（百万元）\t3,210\t3,880\t4,620
EPS（元）\t0.85\t1.02\t1.27
"""


def test_an_analysts_forecast_table_s_year_columns_date_their_cells() -> None:
    """指标  2023A  2024E  2025E: each column its year (A actual, E estimated); no other word."""
    assert _spans("指标\t2023A\t2024E") == [("2023A", date(2023, 1, 1), date(2023, 12, 31)),
                                          ("2024E", date(2024, 1, 1), date(2024, 12, 31))]
    assert _spans("AB2024E") == []
    found = document_by_number(FORECAST_TABLE, date(2024, 4, 20))
    assert period_dates(found["3,210"]) == (date(2023, 1, 1), date(2023, 12, 31))
    assert period_dates(found["1.27"]) == (date(2025, 1, 1), date(2025, 12, 31))


HALF_YEAR_REPORT = """证券代码：600001 证券简称：某某股份 公告编号：2025-031

某某新材料股份有限公司
2025 年半年度报告

一、 主要财务数据
截至报告期末，公司总资产123.45亿元，较上年度末增长6.2%。
报告期内，公司实现营业收入45.6亿元，同比增长12.3%。
"""


def test_a_half_year_reports_period_is_its_first_half() -> None:
    """半年度报告 holds 年度报告 but is no yearly report: 报告期 is January-June, its end June 30
    (a stock at that day, a result, not a goal for December 31)."""
    found = document_by_number(HALF_YEAR_REPORT, date(2025, 8, 28))
    assert period_dates(found["123.45亿元"]) == (date(2025, 6, 30), date(2025, 6, 30))
    assert found["123.45亿元"].kind != "target"
    assert period_dates(found["45.6亿元"]) == (date(2025, 1, 1), date(2025, 6, 30))
    yearly = document_by_number(HALF_YEAR_REPORT.replace("2025 年半年度报告", "2024年年度报告"),
                                date(2025, 4, 20))
    assert period_dates(yearly["45.6亿元"]) == (date(2024, 1, 1), date(2024, 12, 31))
