"""Round 96's fixes (h290-h292: Hong Kong's 2025 policy address in Traditional script, a town's
year-end work summary OCR'd, a city commerce bureau's holiday consumption news), each class
tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def test_a_holiday_named_in_quotes_is_dated_by_its_own_days():
    text = ("今年国庆中秋假期（10月1日至8日），全市重点商贸企业销售额12.6亿元。\n\n"
            "今年“五一”黄金周期间，全市重点商贸企业销售额9.8亿元，同比增长6.1%；"
            "“端午”假期，全市接待游客126.4万人次。")
    found = document_by_number(text, date(2025, 10, 9))
    may = found["9.8亿元"]
    assert (may.period_start, may.period_end) == (date(2025, 5, 1), date(2025, 5, 5))
    assert may.indicator == "重点商贸企业销售额"
    dragon = found["126.4万人次"]
    assert (dragon.period_start, dragon.period_end) == (date(2025, 5, 31), date(2025, 6, 2))
    assert found["12.6亿元"].period_start == date(2025, 10, 1)


def test_a_season_written_with_its_full_word_is_the_period_not_part_of_the_name():
    text = ("国庆中秋假期（10月1日至8日），全市接待游客210万人次。春节档期全市电影票房2860万元，"
            "观影人次61.2万。")
    found = document_by_number(text, date(2025, 10, 9))
    assert found["2860万元"].indicator == "电影票房"


def test_boxes_and_bottles_of_goods_sold_are_units():
    text = "中秋假期，全市共销售月饼约36万盒，售出白酒2.4万瓶，同比增长8.3%。"
    found = document_by_number(text, date(2025, 10, 9))
    assert found["36万盒"].unit == "盒"
    assert found["36万盒"].indicator == "销售月饼"
    assert found["2.4万瓶"].unit == "瓶"


def test_a_county_level_city_whose_name_is_a_word_keeps_its_name_whole():
    text = ("芜湖市商务局消息，全市社会消费品零售总额增长5.6%。无为市重点监测企业销售额1.32亿元，"
            "同比增长8.9%；南陵县重点监测企业销售额0.86亿元。")
    found = document_by_number(text, date(2025, 10, 9))
    assert found["1.32亿元"].indicator == "重点监测企业销售额"
    assert found["8.9%"].indicator == "重点监测企业销售额"


def test_hui_will_after_who_acts_or_before_its_object_marks_a_plan():
    text = ("第五章　安居樂業\n\n"
            "80. 政府會向「創新科技基金」再注資50億元。我們會把「綜援」的標準金額提高約4%，"
            "惠及約12萬戶。政府亦會額外撥款3億元，增設800個日間護理名額。\n\n"
            "81. 2024年，全港共有公屋單位約86萬個。")
    found = document_by_number(text, date(2025, 9, 17))
    assert found["50億元"].kind == "target"
    assert found["約4%"].kind == "target"
    assert found["3億元"].kind == "target"
    assert found["約86萬個"].kind != "target"


def test_a_term_in_years_with_a_fraction_after_dates_is_read():
    text = ("截至2025年9月底，公屋一般申请者的平均轮候时间由去年同期的5.9年缩短至5.1年；"
            "长者一人申请者的平均轮候时间为3.6年。2024年全港公屋单位约86万个。")
    found = document_by_number(text, date(2025, 10, 22))
    assert found["5.9年"].unit == "年"
    assert found["5.1年"].value == 5.1
    assert "3.6年" in found
    assert not any(quote.startswith("2024") for quote in found)
