"""Rules the twelfth blind round (a city's housing provident fund annual report, a province's
water resources bulletin, a Hong Kong Observatory review of the year's weather:
tests/gold/heldout/h38-h40) showed missing, each stated on short texts written for it, not taken
from those documents."""

from datetime import date

from pipelines.evaluate import analyse_document
from tests.domain.metrics.support import by_quote


def _doc(text, doc=date(2025, 3, 20)):
    return by_quote(analyse_document(text, published_on=doc).metrics)


def _span(m):
    return (m.period_start, m.period_end)


YEAR23 = (date(2023, 1, 1), date(2023, 12, 31))


def test_millimetres_litres_per_day_and_hectopascals_are_units():
    m = _doc("2023年，全市平均年降水量1036.2毫米，年径流深412.8毫米，城镇人均生活用水量131升/日。"
             "台风过境当日，气象站录得的最低气压为978.3百帕斯卡。", doc=date(2024, 5, 10))
    assert (m["1036.2毫米"].unit, m["412.8毫米"].unit) == ("毫米", "毫米")
    assert m["131升/日"].unit == "升/天"
    assert (m["978.3百帕斯卡"].unit, m["978.3百帕斯卡"].value_normalized) == ("百帕", 978.3)


def test_degrees_in_a_sentence_on_a_temperature_are_celsius_not_kilowatt_hours():
    m = _doc("2023年，全市年平均气温为摄氏18.7度，较常年高0.9度，最高气温达39.2°C。"
             "全年售电量1200万度。", doc=date(2024, 1, 15))
    assert m["18.7度"].unit == "摄氏度"
    assert m["0.9度"].unit == "摄氏度"
    assert m["达39.2°C"].unit == "摄氏度"
    assert m["1200万度"].unit == "千瓦时"


def test_a_rank_in_a_record_is_read_before_a_comparative():
    m = _doc("2023年是本市有记录以来第三暖的一年，年雨量是有记录以来第十一多的。"
             "全市共有第一批试点单位12个。", doc=date(2024, 1, 15))
    assert (m["第三"].kind, m["第三"].value, m["第三"].unit) == ("rank", 3, "位")
    assert (m["第十一"].value, m["第十一"].qualifier) == (11, "none")
    assert "第一" not in m


def test_within_the_year_in_a_review_of_a_year_is_that_year_not_the_year_of_writing():
    m = _doc("二〇二三年天气回顾\n\n年内共有7个热带气旋影响本市，十月的平均气温为摄氏24.3度。",
             doc=date(2024, 1, 8))
    assert _span(m["7个"]) == YEAR23
    assert _span(m["24.3度"]) == (date(2023, 10, 1), date(2023, 10, 31))


def test_a_record_second_to_or_broken_dates_only_its_own_figure():
    m = _doc("二〇二三年气候公报\n\n年平均气温为18.9度，仅次于二〇二一年的19.1度。"
             "全年总雨量为1320.5毫米。年内高温日数为31天，打破二〇一七年28天的纪录；十月平均气温为"
             "22.1度。", doc=date(2024, 1, 8))
    assert _span(m["19.1度"]) == (date(2021, 1, 1), date(2021, 12, 31))
    assert _span(m["1320.5毫米"]) == YEAR23
    assert _span(m["22.1度"]) == (date(2023, 10, 1), date(2023, 10, 31))


def test_a_departure_from_a_normal_is_a_gap_and_the_normal_itself_has_no_period():
    m = _doc("2023年，全省平均降水量846.2毫米，比上年偏多6.5%，比多年平均偏多12.4%。"
             "全年日照时数1856.3小时，较正常多约4%；热带气旋5个，较正常的约4个为多。"
             "年平均气温：18.2°C（正常：17.6°C）", doc=date(2024, 4, 1))
    assert m["6.5%"].kind == "growth_rate"
    assert (m["12.4%"].kind, _span(m["12.4%"])) == ("other", YEAR23)
    assert m["约4%"].kind == "other"
    assert (m["约4个"].kind, _span(m["约4个"])) == ("other", (None, None))
    assert (m["17.6°C"].kind, _span(m["17.6°C"])) == ("other", (None, None))
    assert m["18.2°C"].kind == "actual"


def test_a_funds_flows_are_flows_though_a_stock_word_is_in_their_name_and_water_stored_is_a_stock():
    m = _doc("2023年，业务收入18.6亿元，其中，存款利息6.1亿元，委托贷款利息12.4亿元；委托贷款手续费"
             "0.62亿元；回收个人住房贷款31.2亿元，提取贷款风险准备金0.7亿元。2023年末，个人住房贷款"
             "余额340.5亿元。全市大中型水库蓄水总量12.3亿立方米。", doc=date(2024, 3, 28))
    for quote in ("6.1亿元", "12.4亿元", "0.62亿元", "31.2亿元", "0.7亿元"):
        assert m[quote].kind == "actual", quote
    assert m["340.5亿元"].kind == "count_total"
    assert m["12.3亿立方米"].kind == "count_total"


def test_a_cap_named_before_the_number_is_a_rules_parameter():
    m = _doc("个人住房贷款最高额度60万元，其中，单缴存职工最高额度40万元。", doc=date(2024, 3, 28))
    assert (m["60万元"].kind, m["60万元"].qualifier, m["60万元"].period_start) == (
        "other", "at_most", None)
    assert m["60万元"].indicator == "个人住房贷款额度"
    assert m["40万元"].qualifier == "at_most"


def test_celsius_the_recording_station_seasons_and_price_notes_are_no_part_of_a_name():
    m = _doc("二〇二三年天气回顾\n\n春季（三月至五月）平均气温为摄氏22.8度。"
             "气象站录得的雷暴日数为41天。天文台发出黄色暴雨警告信号9次。全市万元地区生产总值（当年价）用水量25.1立方米。",
             doc=date(2024, 1, 8))
    assert m["22.8度"].indicator == "平均气温"
    assert m["41天"].indicator == "雷暴日数"
    assert m["9次"].indicator == "发出黄色暴雨警告信号"
    assert m["25.1立方米"].indicator == "万元地区生产总值用水量"


def test_a_respectively_list_of_rates_without_items_pairs_with_the_figures_before_it():
    m = _doc("2023年，实缴单位1.86万家，实缴职工76.4万人，缴存额142.3亿元，分别比上年增长6.2%、"
             "2.8%、5.5%。", doc=date(2024, 3, 28))
    assert m["6.2%"].indicator == "实缴单位"
    assert m["2.8%"].indicator == "实缴职工"
    assert m["5.5%"].indicator == "缴存额"


def test_a_second_respectively_list_of_shares_keeps_its_base():
    m = _doc("2023年，农业用水量、工业用水量分别为96.1亿立方米和21.3亿立方米，分别占用水总量的"
             "62.4%和13.8%。", doc=date(2024, 6, 1))
    assert m["62.4%"].indicator == "农业用水量占用水总量"
    assert m["13.8%"].indicator == "工业用水量占用水总量"


def test_a_later_number_of_a_respectively_list_keeps_its_own_direction():
    m = _doc("2023年一月及二月的平均气温分别为摄氏15.1度及16.2度，分别较正常低0.4度及高0.6度。",
             doc=date(2024, 1, 8))
    assert m["0.4度"].value == -0.4
    assert m["0.6度"].value == 0.6


def test_labels_of_a_joined_list_name_their_figures_and_a_radius_names_an_area():
    m = _doc("二〇二三年天气回顾\n\n主要数据：年总雨量：2104.6毫米（正常：2431.2毫米）"
             "年总日照时数：1876.4小时。年内共有6个热带气旋进入本港500公里范围内，其中两次需要悬挂八号信号。",
             doc=date(2024, 1, 8))
    assert m["2104.6毫米"].indicator == "年总雨量"
    assert m["1876.4小时"].indicator == "年总日照时数"
    assert m["2431.2毫米"].kind == "other"
    assert "500公里" not in m
    assert (m["两次"].value, m["两次"].unit) == (2, "次")


def test_the_place_named_after_de_shi_is_the_subject_of_the_figure_after_it():
    m = _doc("2023年山东省水资源公报\n\n2023年，全省平均年降水量702.4毫米。从行政分区看，年降水量"
             "最大的是临沂市，为1105.3毫米；最小的是东营市，为598.7毫米。", doc=date(2024, 6, 1))
    assert m["1105.3毫米"].subject == "临沂"
    assert m["598.7毫米"].subject == "东营"


def test_a_rank_naming_nothing_ranks_the_last_thing_named_and_a_multiple_of_the_normal_too():
    m = _doc("二〇二三年天气回顾\n\n夏季平均气温为摄氏29.4度，是有记录以来第三高。"
             "八月雨量达512.3毫米，约为正常的1.4倍。", doc=date(2024, 1, 8))
    assert m["第三"].indicator == "平均气温"
    assert m["1.4倍"].indicator == "雨量"


def test_a_year_word_in_a_shares_base_does_not_date_the_share():
    m = _doc("2023年水资源公报\n\n汛期（6—9月）全省平均降水量512.6毫米，占全年降水量的68.4%。",
             doc=date(2024, 6, 1))
    assert _span(m["68.4%"]) == (date(2023, 6, 1), date(2023, 9, 30))


def test_the_parts_of_a_stock_listed_after_it_are_stocks():
    m = _doc("2023年末，住房公积金存款286.4亿元。其中，活期2.9亿元，1年以上定期171.2亿元。",
             doc=date(2024, 3, 28))
    assert m["286.4亿元"].kind == "count_total"
    assert m["2.9亿元"].kind == "count_total"
    assert m["171.2亿元"].kind == "count_total"


def test_about_a_multiple_of_the_normal_and_a_later_gap_to_it_in_a_list():
    m = _doc("二〇二三年天气回顾\n\n八月雨量达512.3毫米，约为正常的1.4倍。"
             "一月及二月的平均气温分别为摄氏15.1度及16.2度，分别较正常低0.4度及高0.6度。",
             doc=date(2024, 1, 8))
    assert (m["1.4倍"].qualifier, m["1.4倍"].qualifier_text) == ("about", "约")
    assert (m["0.6度"].kind, m["0.6度"].value) == ("other", 0.6)
