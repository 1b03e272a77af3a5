"""Periods of the genres rounds 38-39 brought to the held-out set (session 24): a season of work
dated in brackets, a day's hours, an extreme of a span, a normal's value, a monthly release's
cut-off. Short sentences written for each class in the genre's manner, not the set's documents."""

from __future__ import annotations

from datetime import date

import pytest

from tests.domain.metrics.support import document_by_number, period_dates

FLOOD_SEASON = """湖南省2024年汛期气候特征通报

2024年汛期（4月1日至9月30日），全省降水偏多、气温偏高。

一、降水偏多，为1961年以来同期第3多

汛期全省平均降水量1186.4毫米，较常年同期（986.2毫米）偏多2成，为1961年以来同期第3多。全省有8个县（市、区）汛期降水量超过1500毫米。7月全省平均降水量302.5毫米，较常年同期（210.4毫米）偏多4成。

汛期省防汛指挥部共启动防汛Ⅳ级应急响应3次；各地累计转移避险群众21.3万人次，预置抢险救援力量1.6万人。全省大中型水库汛末蓄水总量48.2亿立方米，较常年同期多蓄6.5亿立方米。
"""
SEASON = (date(2024, 4, 1), date(2024, 9, 30))


def test_a_work_season_dated_in_brackets_after_its_year_dates_its_bare_words() -> None:
    """2024年汛期（4月1日至9月30日）: 汛期 alone later (汛期全省平均降水量…) is those days, not a
    season of unknown dates, though it runs over more than three months."""
    found = document_by_number(FLOOD_SEASON, date(2024, 10, 12))
    for figure in ("1186.4毫米", "2成", "3次"):
        assert period_dates(found[figure]) == SEASON, figure


@pytest.mark.parametrize("damaged", [
    FLOOD_SEASON.replace("2024年汛期（", "2 024年 汛 期（"),  # OCR spacing inside the year
    FLOOD_SEASON.replace("（4月1日", "（\u200b4月1日"),  # an invisible character in the bracket
    FLOOD_SEASON.replace("2024年汛期（", "2O24年汛期（"),  # O read for 0
])
def test_a_season_dated_in_brackets_is_read_on_a_damaged_page(damaged: str) -> None:
    """The season's dates are read in the cleaned sentences, where the page's damage is mended,
    not in the raw text: every figure dated by the season keeps its dates."""
    found = document_by_number(damaged, date(2024, 10, 12))
    for figure in ("1186.4毫米", "2成", "3次"):
        assert period_dates(found[figure]) == SEASON, figure


def test_the_end_of_a_work_season_dated_in_brackets_is_its_last_day() -> None:
    """汛末蓄水总量: at the season's last day, and 汛末 leaves the name as a period does."""
    found = document_by_number(FLOOD_SEASON, date(2024, 10, 12))
    assert period_dates(found["48.2亿立方米"]) == (SEASON[1], SEASON[1])
    assert "汛末" not in (found["48.2亿立方米"].indicator or "")


def test_an_emergency_response_summed_by_a_bare_running_total_is_the_season_s() -> None:
    """汛期…；各地累计转移避险群众21.3万人次: people moved over the season the paragraph names,
    no total standing at the text's day."""
    found = document_by_number(FLOOD_SEASON, date(2024, 10, 12))
    assert period_dates(found["21.3万人次"]) == SEASON


def test_a_normal_s_value_in_brackets_has_no_period() -> None:
    """较常年同期（986.2毫米）偏多2成: the normal, a mean of years on record, is of no period of the
    text, though its sentence names the season or a month (7月…，较常年同期（210.4毫米）)."""
    found = document_by_number(FLOOD_SEASON, date(2024, 10, 12))
    assert period_dates(found["986.2毫米"]) == (None, None)
    assert period_dates(found["210.4毫米"]) == (None, None)
    assert period_dates(found["302.5毫米"]) == (date(2024, 7, 1), date(2024, 7, 31))


def test_a_heading_s_rank_in_a_report_on_a_dated_season_is_the_season_s() -> None:
    """一、…为1961年以来同期第3多 under a title on 2024年汛期: the season's rank (1961年以来 is
    the records ranked over)."""
    found = document_by_number(FLOOD_SEASON, date(2024, 10, 12))
    heading_rank = next(m for m in found.values() if m.kind == "rank")
    assert period_dates(heading_rank) == SEASON


HOURLY_RECORD = """气象通报

7月12日至16日，我省出现强降雨过程，过程累计面雨量98.6毫米。7月14日03时至04时，某县某镇站小时雨强达96.5毫米，刷新全省小时降水纪录。
"""


def test_a_day_s_hours_opening_a_sentence_date_its_figures_by_that_day() -> None:
    """7月14日03时至04时，…小时雨强达96.5毫米: the day of the hours (a clock time's comma as
    after 10时20分), not the process's days named before."""
    found = document_by_number(HOURLY_RECORD, date(2024, 10, 12))
    assert period_dates(found["96.5毫米"]) == (date(2024, 7, 14), date(2024, 7, 14))


HEAT = """高温

6月上中旬出现三次区域性高温过程，共有45站次日最高气温突破40℃，最高为某市某县的41.9℃（6月9日）。
"""


def test_the_extreme_of_a_span_with_its_day_in_brackets_is_the_span_s() -> None:
    """6月上中旬…，最高为…的41.9℃（6月9日）: the span's highest reading, the bracket saying when
    it was recorded; 上中旬 is the 1st to the 20th."""
    found = document_by_number(HEAT, date(2024, 10, 12))
    span = (date(2024, 6, 1), date(2024, 6, 20))
    assert period_dates(found["41.9℃"]) == span
    assert period_dates(found["三次"]) == span


MONTHLY_RELEASE = """某证券交易所2025年9月市场统计月报

发布日期：2025-10-10　　统计截止日：2025年9月30日

　　9月份，新上市公司7家，首发募集资金48.2亿元；年内累计新上市公司52家，累计首发募集资金396.5亿元，较上年同期增长21.4%。当月上市公司再融资金额175.3亿元；新披露重大资产重组项目9单。
"""


def test_the_year_so_far_of_a_release_with_a_cut_off_runs_to_that_day() -> None:
    """统计截止日：2025年9月30日, published 10 October: 年内累计 and the bare 累计 after it run to
    30 September, not to the text's date."""
    found = document_by_number(MONTHLY_RELEASE, date(2025, 10, 10))
    so_far = (date(2025, 1, 1), date(2025, 9, 30))
    for figure in ("52家", "396.5亿元", "21.4%"):
        assert period_dates(found[figure]) == so_far, figure


MONTHLY_NEWS = """交易所9月市场运行

　　9月份，新上市公司7家，首发募集资金48.2亿元；年内累计新上市公司52家。当月上市公司再融资金额175.3亿元；新披露重大资产重组项目9单。
"""


def test_this_month_after_a_year_so_far_is_the_month_named_before() -> None:
    """9月份，…；年内累计…。当月…: 当月 is September, the last month named, not the month of the
    text's day 年内 runs to."""
    found = document_by_number(MONTHLY_NEWS, date(2025, 10, 10))
    september = (date(2025, 9, 1), date(2025, 9, 30))
    for figure in ("175.3亿元", "9单"):
        assert period_dates(found[figure]) == september, figure


MEASURES = """关于支持产业发展的若干措施

第八条强化要素保障。到2027年，建设人才公寓1万套。设立总规模20亿元的产业基金，每年安排产业专项资金不少于5亿元。
"""


def test_a_yearly_amount_in_a_later_clause_takes_no_deadline_year_of_the_sentence_before() -> None:
    """到2027年，…。设立…基金，每年安排…不少于5亿元: an amount for every year, opening its clause
    with 每年, is of no one year, as one opening its task is (not the goal year before it)."""
    found = document_by_number(MEASURES, date(2025, 3, 28))
    assert period_dates(found["5亿元"]) == (None, None)
    assert period_dates(found["1万套"]) == (date(2027, 1, 1), date(2027, 12, 31))


PRICE_RELEASE = """2025年10月价格指数

一、10月居民消费价格指数为108.52（基期：2020年=100），环比上涨0.31%，同比上涨1.26%。

二、10月工业生产者出厂价格指数为101.37（以2020年为基期），同比下降2.14%，已连续8个月下降；累计1-10月平均同比下降1.92%。其中生产资料价格同比下降2.58%，生活资料价格同比上涨0.47%。
"""


def test_an_index_s_base_period_dates_none_of_its_figures() -> None:
    """（基期：2020年=100）, （以2020年为基期）: what the index is measured against, not the
    period of the index or of the changes after it (the month is)."""
    found = document_by_number(PRICE_RELEASE, date(2025, 11, 9))
    october = (date(2025, 10, 1), date(2025, 10, 31))
    for figure in ("108.52", "0.31%", "101.37", "2.14%"):
        assert period_dates(found[figure]) == october, figure


def test_a_running_total_opening_a_later_task_does_not_date_what_follows() -> None:
    """…已连续8个月下降；累计1-10月平均同比下降1.92%。其中…: the months so far date their own task
    only; the 其中 parts after it are of the month the sentence opened with."""
    found = document_by_number(PRICE_RELEASE, date(2025, 11, 9))
    assert period_dates(found["1.92%"]) == (date(2025, 1, 1), date(2025, 10, 31))
    for part in ("2.58%", "0.47%"):
        assert period_dates(found[part]) == (date(2025, 10, 1), date(2025, 10, 31)), part


PRICE_HEARING = """关于召开调整居民生活用气阶梯价格听证会的公告

一、现行气价情况
我市现行居民生活用气价格自2016年7月1日起执行。2016年以来，全市新建改造燃气管网1250公里，累计投入资金21.6亿元。

二、调整方案
（一）阶梯气量。居民用户按年度用气量实行三级阶梯：第一阶梯年用气量0-300立方米（含），第二阶梯年用气量301-600立方米（含）。
（二）保障措施。对全市约1.2万户低保家庭，由市财政按年给予燃气补贴。
"""


def test_a_rule_by_the_year_is_no_comparison_that_dates_it_by_the_lead() -> None:
    """按年度用气量实行三级阶梯, 按年给予燃气补贴: by the year, a rule's terms, not Hong Kong's
    按年 (year on year), so the rule's tiers and counts take no period of the lead paragraph
    (2016年以来)."""
    found = document_by_number(PRICE_HEARING, date(2025, 11, 18))
    for figure in ("0-300立方米", "301-600立方米", "1.2万户"):
        assert period_dates(found[figure]) == (None, None), figure


TRADE_IN = """以旧换新政策进展

截至9月底，全国已建成废旧手机回收网点2.1万个；参与以旧换新的数码产品销售门店超过8万家。手机以旧换新服务平台累计注册用户1260万人，日均审核补贴申请1.6万份，补贴资金平均到账时间缩短至10个工作日。
"""


def test_a_mean_or_a_trade_s_shops_at_a_month_end_stand_at_that_day() -> None:
    """截至9月底，…销售门店超过8万家, 日均审核补贴申请1.6万份, 平均到账时间…10个工作日: shops
    named by their trade, a daily mean and a mean time are levels at the day, not flows of the
    year so far (as 新设企业 after 截至9月底 is)."""
    found = document_by_number(TRADE_IN, date(2025, 10, 20))
    day = (date(2025, 9, 30), date(2025, 9, 30))
    for figure in ("8万家", "1.6万份", "10个工作日"):
        assert period_dates(found[figure]) == day, figure


FUNDS = """资金保障

今年安排专项资金1200亿元，分三批下达。第一批400亿元于3月下达；第二批500亿元于6月下达；第三批300亿元将于9月下达。
"""


def test_a_month_right_after_a_figure_and_its_yu_dates_the_deed() -> None:
    """第二批500亿元于6月下达: the month the deed was done in, right after the figure, is the
    figure's, not the month of the clause before (as 将于9月下达 is for a plan)."""
    found = document_by_number(FUNDS, date(2025, 10, 20))
    assert period_dates(found["500亿元"]) == (date(2025, 6, 1), date(2025, 6, 30))
    assert period_dates(found["300亿元"]) == (date(2025, 9, 1), date(2025, 9, 30))
