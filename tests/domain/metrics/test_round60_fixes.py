"""Round 60's fixes (h182-h184: a State Council Information Office press conference, a provincial
hydrological flood bulletin, a city commercial bank's annual report summary), each class tested
on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates

FLOOD = (
    "水情通报（第12期）\n\n"
    "一、水情\n\n"
    "抚河李家渡站25日14时水位30.12米，超警戒水位0.62米（警戒水位29.50米），仍在上涨；"
    "信江梅港站25日10时出现洪峰水位26.81米，超警戒水位0.31米，洪峰流量4870立方米每秒。"
    "昌江渡峰坑站25日14时水位31.40米，低于警戒水位0.60米。\n\n"
    "二、水库\n\n"
    "截至25日14时，共有12座大中型水库超汛限水位，其中洪门水库水位100.46米，超汛限水位0.46米。\n\n"
    "三、测报\n\n"
    "20日以来，全省共派出应急监测队18支、技术人员120人次，开展应急监测96站次。\n"
)


def test_a_flow_per_second_is_a_unit_of_its_own():
    found = document_by_number(FLOOD, date(2025, 6, 26))
    assert found["4870立方米每秒"].unit == "立方米/秒"


def test_a_day_with_its_clock_time_dates_the_reading_and_names_nothing():
    found = document_by_number(FLOOD, date(2025, 6, 26))
    level = found["30.12米"]
    assert period_dates(level) == (date(2025, 6, 25), date(2025, 6, 25))
    assert level.indicator == "抚河李家渡站水位"
    assert period_dates(found["26.81米"]) == (date(2025, 6, 25), date(2025, 6, 25))
    assert found["26.81米"].indicator == "信江梅港站洪峰水位"  # (10时 and 出现 no part)


def test_a_count_of_events_keeps_its_verb_a_level_reached_drops_it():
    found = document_by_number("汛情通报\n\n6月以来，全省出现强降雨过程5次。", date(2025, 6, 26))
    assert found["5次"].indicator == "出现强降雨过程"


def test_a_gap_to_the_warning_line_is_other_and_named_by_the_level():
    found = document_by_number(FLOOD, date(2025, 6, 26))
    for quote, name, value in (("0.62米", "抚河李家渡站水位", 0.62),
                               ("0.60米", "昌江渡峰坑站水位", -0.60),
                               ("0.46米", "洪门水库水位", 0.46)):
        gap = found[quote]
        assert (gap.kind, gap.indicator, gap.value) == ("other", name, value), quote


def test_the_warning_line_in_brackets_is_a_standard():
    line = document_by_number(FLOOD, date(2025, 6, 26))["29.50米"]
    assert line.kind == "other"
    assert period_dates(line) == (None, None)


def test_a_bare_day_since_which_a_bulletin_counts_is_a_span_to_its_day():
    found = document_by_number(FLOOD, date(2025, 6, 26))
    for quote in ("18支", "96站次"):
        assert period_dates(found[quote]) == (date(2025, 6, 20), date(2025, 6, 26)), quote


def test_a_dispatch_verb_is_shared_by_its_list():
    found = document_by_number(FLOOD, date(2025, 6, 26))
    assert found["120人次"].indicator == "派出技术人员"


RAIN = (
    "雨情通报\n\n"
    "7月1日8时至3日8时，全省平均降雨量46.2毫米。累计降雨量最大为铅山县紫溪站286.3毫米，"
    "其次为上饶县五府山站251.8毫米、玉山县双明站230.4毫米。\n"
)


def test_stations_after_a_superlative_hold_its_measure_over_the_storm_span():
    found = document_by_number(RAIN, date(2025, 7, 3))
    for quote in ("286.3毫米", "251.8毫米", "230.4毫米"):
        rain = found[quote]
        assert (rain.indicator, rain.kind) == ("降雨量", "actual"), quote
        assert period_dates(rain) == (date(2025, 7, 1), date(2025, 7, 3)), quote



def test_places_listed_with_their_count_stay_in_the_name_and_are_no_subject():
    text = ("雨情通报\n\n7月1日8时至3日8时，全省平均降雨量46.2毫米，"
            "鹰潭、抚州、吉安3市平均降雨量超过60毫米。\n")
    group = document_by_number(text, date(2025, 7, 3))["60毫米"]
    assert (group.indicator, group.subject) == ("鹰潭、抚州、吉安3市平均降雨量", None)



def test_a_gauge_station_after_its_county_is_part_of_the_place():
    text = ("江西省雨情通报\n\n7月1日8时至3日8时，全省平均降雨量46.2毫米，鄱阳县、万年县降雨较大。"
            "2日14时至15时，余干县瑞洪站1小时降雨量达72.4毫米。\n")
    rain = document_by_number(text, date(2025, 7, 3))["72.4毫米"]
    assert (rain.indicator, rain.subject) == ("1小时降雨量", "余干县")


STATIONS = (
    "水情通报\n\n"
    "表2　重要站点水情（7月3日8时）\n"
    "站名　　河名　　水位（米）　　警戒水位（米）　　超警戒（米）　　流量（立方米每秒）\n"
    "峡江站　　赣江　　42.15　　41.50　　0.65　　9650\n"
    "李家渡站　　抚河　　29.84　　30.00　　-0.16　　—\n"
)


def test_a_table_of_stations_and_their_measures_is_read():
    found = document_by_number(STATIONS, date(2025, 7, 3))
    level = found["42.15"]
    assert (level.indicator, level.unit, level.kind) == ("峡江站水位", "米", "actual")
    assert period_dates(level) == (date(2025, 7, 3), date(2025, 7, 3))
    assert found["9650"].unit == "立方米/秒"
    line = found["41.50"]
    assert (line.kind, period_dates(line)) == ("other", (None, None))
    gap = found["-0.16"]
    assert (gap.indicator, gap.kind) == ("李家渡站超警戒", "other")
    assert "—" not in found


REPORT = (
    "南湖银行股份有限公司\n2024年年度报告摘要\n\n"
    "4.董事会决议通过的本报告期利润分配预案：以实施权益分派股权登记日的普通股总股本为基数，"
    "向全体普通股股东每10股派发现金股利1.80元（含税）。\n\n"
    "2.主要会计数据和财务指标\n"
    "单位：人民币千元\n"
    "项目　　2024年　　2023年　　本年比上年增减(%)\n"
    "营业收入　　6,215,330　　5,986,104　　3.83\n"
    "项目　　本报告期末　　上年末　　本报告期末比上年末增减(%)\n"
    "资产总额　　312,604,118　　287,950,226　　8.56\n"
    "发放贷款和垫款总额　　186,420,537　　169,318,204　　10.10\n\n"
    "3.主要监管指标\n"
    "项目（%）　　监管标准　　本报告期末　　上年末\n"
    "不良贷款率　　≤5　　1.42　　1.48\n"
    "资本充足率　　≥10.5　　12.61　　12.35\n\n"
    "报告期内，本行实现营业收入62.15亿元，同比增长3.83%。"
    "截至报告期末，本行资产总额3,126.04亿元。\n\n"
    "南湖银行股份有限公司董事会\n2025年4月28日\n"
)


def test_a_second_head_line_starts_a_table_of_year_ends():
    found = document_by_number(REPORT, date(2025, 4, 28))
    assert period_dates(found["6,215,330"]) == (date(2024, 1, 1), date(2024, 12, 31))
    assert period_dates(found["312,604,118"]) == (date(2024, 12, 31), date(2024, 12, 31))
    # 上年末 of a 2024 report published in 2025: the end of 2023
    assert period_dates(found["287,950,226"]) == (date(2023, 12, 31), date(2023, 12, 31))
    # a balance under a year-end column, though its name holds 发放
    assert found["186,420,537"].kind == "count_total"


def test_a_table_with_its_unit_in_the_first_head_and_a_standard_column():
    found = document_by_number(REPORT, date(2025, 4, 28))
    ratio = found["1.42"]
    assert (ratio.indicator, ratio.unit, ratio.kind) == ("不良贷款率", "%", "share")
    assert period_dates(ratio) == (date(2024, 12, 31), date(2024, 12, 31))
    bound = found["10.5"]  # (≥ the qualifier's text, left off the key)
    assert (bound.indicator, bound.kind, bound.qualifier) == (
        "资本充足率监管标准", "other", "at_least")
    assert period_dates(bound) == (None, None)


def test_a_bank_speaking_of_itself_names_nothing_with_it():
    found = document_by_number(REPORT, date(2025, 4, 28))
    assert found["62.15亿元"].indicator == "营业收入"
    assert found["3,126.04亿元"].indicator == "资产总额"


def test_a_dividend_a_boards_proposal_names_is_a_plan_of_no_period():
    payout = document_by_number(REPORT, date(2025, 4, 28))["1.80元"]
    assert (payout.kind, period_dates(payout)) == ("target", (None, None))
