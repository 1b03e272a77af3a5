"""Rules the thirteenth blind round (a province's R&D funding bulletin, the national statistics
bureau's migrant worker survey report, a Macau tourism statistics release:
tests/gold/heldout/h41-h43) showed missing, each stated on short texts written for it, not taken
from those documents."""

from datetime import date

from pipelines.evaluate import analyse_document
from tests.domain.metrics.support import by_quote


def _doc(text, doc=date(2025, 3, 20)):
    return by_quote(analyse_document(text, published_on=doc).metrics)


def _span(m):
    return (m.period_start, m.period_end)


YEAR24 = (date(2024, 1, 1), date(2024, 12, 31))


def test_a_length_of_stay_in_days_is_read():
    m = _doc("2024年，全市过夜游客平均停留时间为2.4日，比上年延长0.2日；一日游游客平均逗留0.4日。")
    assert (m["2.4日"].value, m["2.4日"].unit, m["2.4日"].kind) == (2.4, "天", "actual")
    assert m["0.2日"].value == 0.2
    assert m["0.4日"].unit == "天"


def test_an_iso_currency_code_after_the_amount_is_its_unit():
    m = _doc("2024年，入境旅客人均消费1,850 MOP，比上年下降3.1%；访港旅客人均消费6,200 HKD。")
    assert (m["1,850 MOP"].value, m["1,850 MOP"].unit) == (1850, "澳门元")
    assert m["6,200 HKD"].unit == "港元"


def test_the_year_a_figure_recovers_to_is_its_base_not_the_period_of_what_follows():
    m = _doc("2024年全年入境游客共2,860万人次，增长18.2%，恢复至2019年的91.5%。"
             "过夜游客1,420万人次，增长12.6%。", doc=date(2025, 2, 10))
    assert _span(m["91.5%"]) == YEAR24
    assert _span(m["1,420万人次"]) == YEAR24


def test_a_table_whose_rows_are_places_names_cells_by_their_column_and_their_row_is_the_subject():
    text = ("2023年江西省统计公报\n\n附表：2023年各设区市常住人口情况\n\n"
            "地区\t常住人口（万人）\t比上年增长（%）\t城镇化率（%）\n"
            "全省\t4515.0\t-0.2\t63.1\n"
            "南昌市\t656.8\t0.6\t79.4\n"
            "赣州市\t897.5\t-0.4\t57.2\n")
    rows = analyse_document(text, published_on=date(2024, 3, 20)).metrics
    cells = {(m.quote, m.subject): m for m in rows}
    assert (cells["656.8", "南昌"].indicator, cells["656.8", "南昌"].unit) == ("常住人口", "人")
    assert (cells["79.4", "南昌"].indicator, cells["79.4", "南昌"].kind) == ("城镇化率", "share")
    assert (cells["0.6", "南昌"].indicator, cells["0.6", "南昌"].kind) == ("常住人口",
                                                                        "growth_rate")
    assert cells["4515.0", None].indicator == "常住人口"
    assert ("57.2", "赣州") in cells


def test_against_the_quarter_or_month_before_and_degree_words_name_nothing():
    m = _doc("2024年第三季入境旅客共812.5萬人次，按年上升9.1%，按季上升2.6%；國際旅客38.2萬人次，"
             "按年大幅上升41.3%。九月份入境旅客有262.4萬人次，按月下跌4.2%；當中留宿旅客128.7萬人次；"
             "同月酒店業場所平均入住率為85.6%。第三季末酒店業場所共有141間。",
             doc=date(2024, 11, 15))
    assert m["2.6%"].indicator == "入境旅客"
    assert m["41.3%"].indicator == "国际旅客"
    assert m["4.2%"].indicator == "入境旅客"
    assert m["128.7萬人次"].indicator == "留宿旅客"
    assert m["85.6%"].indicator == "酒店业场所平均入住率"
    assert m["141間"].indicator == "酒店业场所"


def test_a_source_market_or_a_border_crossing_named_for_a_place_is_part_of_the_name():
    m = _doc("2024年，深圳市接待入境游客312.6万人次，增长21.4%；其中香港游客128.3万人次，"
             "增长15.2%，台湾旅客36.1万人次。全市经罗湖口岸入境的旅客有86.4万人次。",
             doc=date(2025, 1, 20))
    assert (m["128.3万人次"].indicator, m["128.3万人次"].subject) == ("香港游客", None)
    assert (m["36.1万人次"].indicator, m["36.1万人次"].subject) == ("台湾旅客", None)
    assert m["86.4万人次"].subject is None


def test_a_survey_report_on_a_year_is_a_yearly_report():
    m = _doc("2023年流动人口监测调查报告\n\n一、规模\n\n从流入地看，在东部地区居住的流动人口"
             "1.2亿人，比上年增加260万人。在全部流动人口中，初中文化程度占48.2%。",
             doc=date(2024, 4, 30))
    assert _span(m["1.2亿人"]) == (None, None)  # a stock with no time expression
    assert _span(m["260万人"]) == (date(2023, 1, 1), date(2023, 12, 31))
    assert _span(m["48.2%"]) == (None, None)


def test_a_long_name_loses_its_note_and_how_it_is_measured_before_it_is_cut():
    m = _doc("2024年，全市研究与试验发展经费投入强度（与地区生产总值之比）为3.12%，比上年提高0.11个"
             "百分点，居全省第2位。按研究与试验发展人员（全时工作量）计算的人均经费为38.6万元。")
    assert m["3.12%"].indicator == "研究与试验发展经费投入强度"
    assert m["第2位"].indicator == "研究与试验发展经费投入强度"  # the rate, not its change
    assert m["38.6万元"].indicator == "人均经费"


def test_a_bound_naming_a_class_of_cities_or_of_workers_is_no_metric():
    m = _doc("2024年，在300万人以上城市就业的农民工月均收入5210元。注：外出农民工指在户籍所在"
             "乡镇以外从业6个月及以上的农村劳动力。", doc=date(2025, 4, 30))
    assert "300万人以上" not in m and "300万人" not in m
    assert "6个" not in m
    assert m["5210元"].indicator.endswith("农民工月均收入")


def test_a_list_whose_last_item_names_a_measure_and_its_share_lends_both_to_every_item():
    m = _doc("2024年，全市基础设施、制造业和房地产开发投资所占比重分别为26.4%、31.2%和18.5%。"
             "国有企业、民营企业、外资企业经费所占比重分别为12.1%、80.3%和7.6%。")
    assert m["26.4%"].indicator == "基础设施投资所占比重"
    assert m["31.2%"].indicator == "制造业投资所占比重"
    assert m["12.1%"].indicator == "国有企业经费所占比重"
    assert m["80.3%"].indicator == "民营企业经费所占比重"


def test_how_many_of_a_class_there_are_is_a_count_of_members_not_a_flow():
    m = _doc("2024年，全省规模以上工业企业中，营业收入超过百亿元的企业有12家；全年接待游客的景区"
             "有38.5万人次。")
    assert m["12家"].kind == "count_total"
    assert m["38.5万人次"].kind == "actual"
