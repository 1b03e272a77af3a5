"""Round 67's fixes (h203-h205: an industry association's monthly car output and sales, a city's
monthly land market, the aviation authority's monthly transport figures), each class tested on
text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates

SEASON = (
    "2024/2025年冬春航季国际航班计划\n\n"
    "2024/2025年冬春航季，各航空公司计划每周执行国际客运航班5200班，较上一冬春航季增长9.5%。\n"
)


def test_a_flight_season_written_with_both_its_years_is_the_one_opening_in_the_first():
    found = document_by_number(SEASON, date(2024, 11, 2))
    for quote in ("5200班", "9.5%"):
        assert period_dates(found[quote]) == (date(2024, 10, 27), date(2025, 3, 29)), quote


DEVELOPERS = (
    "郑州市10月土地市场简报\n\n"
    "10月，参与竞买的房企共18家，较上月增加5家。该宗地吸引9家房企参与竞买，最终以底价成交。\n"
)


def test_a_property_developer_by_its_short_name_is_one_word():
    found = document_by_number(DEVELOPERS, date(2025, 11, 5))
    assert found["18家"].indicator == "参与竞买的房企"
    assert found["9家"].indicator == "房企参与竞买"


OUTPUT = (
    "2025年9月拖拉机产销情况\n\n"
    "9月，拖拉机产销保持增长。\n\n"
    "表：2025年9月拖拉机分类型产销情况\n"
    "单位：万台、%\n"
    "类型\t产量\t销量\t销量同比\n"
    "大型拖拉机\t1.26\t1.31\t7.4\n"
    "中型拖拉机\t2.85\t2.77\t-3.2\n"
)


def test_a_unit_line_with_an_amount_and_a_percent_over_two_measures_and_a_growth():
    found = document_by_number(OUTPUT, date(2025, 10, 15))
    made, sold, growth = found["1.26"], found["1.31"], found["7.4"]
    assert (made.indicator, made.unit, made.kind) == ("大型拖拉机产量", "台", "actual")
    assert (sold.indicator, sold.unit) == ("大型拖拉机销量", "台")
    assert (growth.indicator, growth.unit, growth.kind) == ("大型拖拉机销量", "%", "growth_rate")
    assert found["-3.2"].value == -3.2


TAXES = (
    "2025年1-9月全省税收收入情况\n\n"
    "附：1-9月全省分税种收入情况（单位：亿元，%）\n\n"
    "税种\t收入\t同比增长\n"
    "国内增值税\t2954.2\t3.1\n"
    "企业所得税\t1216.8\t-2.2\n"
)


def test_one_amount_and_its_growth_under_such_a_line_keep_the_rows_the_indicators():
    found = document_by_number(TAXES, date(2025, 10, 20))
    assert found["2954.2"].indicator == "国内增值税"
    assert found["3.1"].kind == "growth_rate"


AVIATION = (
    "民航局发布2025年8月民航行业主要生产指标\n\n"
    "8月，民航完成旅客运输量6912.4万人次，同比增长4.3%。国内航线完成6105.2万人次。\n"
    "8月，全国民航正班客座率为86.1%。\n"
)


def test_the_trade_an_authority_reports_on_is_its_home_no_word_of_the_name():
    found = document_by_number(AVIATION, date(2025, 9, 15))
    assert found["6912.4万人次"].indicator == "旅客运输量"
    assert found["4.3%"].indicator == "旅客运输量"
    assert found["86.1%"].indicator == "正班客座率"
    assert found["6105.2万人次"].indicator == "国内航线"


AIRPORT_NEWS = (
    "某机场集团8月运输生产简报\n\n"
    "8月，民航旅客运输量继续增长，本场完成旅客吞吐量512.6万人次。\n"
)


def test_a_text_of_no_such_authority_keeps_the_trade_in_the_name():
    found = document_by_number(AIRPORT_NEWS, date(2025, 9, 15))
    assert "512.6万人次" in found
    assert (found["512.6万人次"].indicator or "").endswith("旅客吞吐量")
