"""Round 101's fixes (h305-h307: a provincial air quality 通报 of 1-11月 with the cities
ranked, a city's yearly health statistics bulletin, a district head's interview on 营商环境
OCR'd from print), each class tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def test_ocr_range_dash_read_as_yi_between_digits_is_a_range():
    text = ("记者：办事效率如何？\n"
            "区长：目前企业变更登记压缩至2一4个工作日，社保参保登记3一5天办结。\n")
    found = document_by_number(text, date(2023, 6, 1))
    days = found["2一4个工作日"]
    assert (days.value, days.value_high, days.unit) == (2, 4, "工作日")


def test_full_width_thousands_comma_keeps_the_number_whole():
    text = ("区长：去年我们走访企业2，680余家，帮助解决诉求1，024个，对１，２\n"
            "５６家企业实行包容审慎监管。\n")
    found = document_by_number(text, date(2023, 6, 1))
    assert found["2，680余家"].value == 2680
    assert found["1，024个"].value == 1024
    assert any(m.value == 1256 for m in found.values())
    assert not any(m.value in (680, 24, 256) for m in found.values())


def test_a_decimal_then_comma_then_three_digits_stays_two_numbers():
    text = "全年增长5.3，300家企业参与。"
    found = document_by_number(text, date(2023, 6, 1))
    assert not any(m.value == 5300 or m.value == 5.3300 for m in found.values())


def test_hyphen_for_the_yi_of_a_slogan_after_an_opening_quote():
    text = "截至目前，全县“-网通办”率达到97.2%，“-件事”集成服务事项42项。"
    found = document_by_number(text, date(2024, 5, 1))
    assert found["97.2%"].indicator == "一网通办率"


def test_a_time_after_zuikuai_before_the_act_is_measured():
    text = "今年以来，不动产抵押登记最快2小时办结，企业开办平均1天办结，实现24小时服务。"
    found = document_by_number(text, date(2024, 5, 1))
    assert "2小时" in found and "1天" in found
    assert "24小时" not in found


def test_every_place_of_a_level_names_no_measure_the_topic_does():
    text = ("1-9月，PM2.5方面，全省平均浓度为30微克/立方米。"
            "空气优良率方面，各地市在68.2%—91.5%之间，丽水最高，为91.5%。")
    found = document_by_number(text, date(2024, 10, 20))
    assert found["68.2%—91.5%"].indicator == "空气优良率"


def test_a_ranked_list_of_changes_in_brackets_is_each_place_change():
    text = ("1-10月，全省空气质量综合指数同比改善5.2%，改善幅度居前三位的为丽水（10.4%）、"
            "衢州（9.1%）、台州（8.8%）。同期，全省规上工业增加值增长6.1%，增幅居前两位的是"
            "嘉兴（9.3%）、湖州（8.2%）。")
    found = document_by_number(text, date(2024, 11, 20))
    first = found["10.4%"]
    assert (first.indicator, first.kind, first.value, first.subject) == (
        "综合指数", "growth_rate", -10.4, "丽水")
    rise = found["8.2%"]
    assert (rise.kind, rise.value, rise.subject) == ("growth_rate", 8.2, "湖州")


def test_a_quoted_name_opening_with_a_figure_after_a_count_is_counted():
    text = "今年，全区企业满意度保持在95分以上，新建4个“10分钟便民服务圈”示范点。"
    found = document_by_number(text, date(2024, 3, 1))
    assert found["4个"].indicator == "新建10分钟便民服务圈示范点"


def test_fazhan_dao_links_a_stock_to_its_level():
    text = "截至年底，全市智慧药房发展到36家。"
    found = document_by_number(text, date(2025, 1, 20))
    assert found["36家"].indicator == "智慧药房"
