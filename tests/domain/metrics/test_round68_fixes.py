"""Round 68's fixes (h206-h208: the reserves administration's monthly reserves with a table of
changes, a monetary authority's balance sheet in Traditional script, the statistics bureau's
monthly CPI with a table of rates), each class tested on text of its own through the whole
extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates

PRICES = (
    "2025年10月份工业生产者价格\n\n"
    "表1：2025年10月份工业生产者出厂价格主要数据\n"
    "\t环比涨跌幅（%）\t同比涨跌幅（%）\t1—10月同比涨跌幅（%）\n"
    "工业生产者出厂价格\t-0.4\t-2.3\t-2.7\n"
    "一、生产资料\t-0.6\t-3.1\t-3.5\n"
    "二、生活资料\t0.2\t-0.8\t-1.3\n"
)


def test_a_table_rows_chinese_serial_number_is_no_part_of_its_name():
    found = document_by_number(PRICES, date(2025, 11, 9))
    for quote in ("-0.6", "-3.1", "-3.5"):
        assert found[quote].indicator == "生产资料", quote
    assert found["0.2"].indicator == "生活资料"


def test_rates_before_a_running_spans_column_are_the_titles_month():
    found = document_by_number(PRICES, date(2025, 11, 9))
    for quote in ("-0.4", "-2.3", "-0.6", "-3.1"):
        assert period_dates(found[quote]) == (date(2025, 10, 1), date(2025, 10, 31)), quote
    for quote in ("-2.7", "-3.5"):
        assert period_dates(found[quote]) == (date(2025, 1, 1), date(2025, 10, 31)), quote


BALANCE = (
    "某金融管理局公布資產負債表摘要\n\n"
    "　　基金的總資產於2025年6月底為25,310億港元。\n\n"
    "表：資產負債表摘要（單位：億港元）\n"
    "項目\t2025年6月30日\t2025年5月31日\t按月變動\n"
    "外幣資產\t21,406\t21,388\t18\n"
    "港元資產\t3,904\t3,947\t-43\n"
)


def test_a_column_head_that_is_a_day_alone_dates_its_stocks():
    found = document_by_number(BALANCE, date(2025, 7, 30))
    assert period_dates(found["21,406"]) == (date(2025, 6, 30), date(2025, 6, 30))
    assert period_dates(found["21,388"]) == (date(2025, 5, 31), date(2025, 5, 31))
    assert found["21,406"].kind == "count_total"


def test_a_change_column_is_the_later_days_change_in_the_rows_unit():
    found = document_by_number(BALANCE, date(2025, 7, 30))
    for quote in ("18", "-43"):
        assert found[quote].kind == "actual", quote
        assert period_dates(found[quote]) == (date(2025, 6, 30), date(2025, 6, 30)), quote


def test_yu_before_the_day_a_stock_is_taken_is_no_part_of_its_name():
    found = document_by_number(BALANCE, date(2025, 7, 30))
    assert not (found["25,310億港元"].indicator or "").endswith("于")


RESERVES = (
    "2025年8月末官方储备资产\n\n"
    "单位：亿美元\n"
    "项目\t2025年8月末\t2025年7月末\t较上月末变动\n"
    "外汇储备\t32891.00\t32717.00\t174.00\n"
    "黄金\t2711.35\t2650.12\t61.23\n"
)


def test_of_two_month_ends_of_one_year_the_change_is_the_later_months():
    found = document_by_number(RESERVES, date(2025, 9, 7))
    for quote in ("174.00", "61.23"):
        assert found[quote].kind == "actual", quote
        assert period_dates(found[quote]) == (date(2025, 8, 31), date(2025, 8, 31)), quote
    assert period_dates(found["32717.00"]) == (date(2025, 7, 31), date(2025, 7, 31))
