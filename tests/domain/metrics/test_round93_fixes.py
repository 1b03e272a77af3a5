"""Round 93's fixes (h281-h283: a district's 2025 统计公报 with tables in spaces, a DSEC quarterly
visitor expenditure release in Traditional script, a western city's 2026 work report OCR'd), each
class tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def test_ocr_letters_before_a_measure_word_and_a_run_of_two_o_are_digits():
    text = ("过去一年，全市新开通航线l08条，PM2.5平均浓度降至2O微克/立方米，新建停车场l2个。"
            "今后五年，力争到2O30年地区生产总值突破36OO亿元。")
    found = document_by_number(text, date(2026, 1, 20))
    assert found["l08条"].value == 108
    assert found["2O微克/立方米"].value == 20
    assert found["36OO亿元"].value == 3600
    assert found["36OO亿元"].kind == "target"


def test_a_texts_own_length_is_no_metric():
    text = ("全年全县地区生产总值增长5.2%。\n\n"
            "（本报告全文共3.8万字，刊载于《某某日报》2026年1月18日第2版）\n")
    found = document_by_number(text, date(2026, 1, 18))
    assert not any("3.8万" in quote for quote in found)
    assert "5.2%" in found


def test_a_product_table_with_a_unit_column_names_each_cell_by_its_product_and_measure():
    text = ("附表　2025年全市规模以上工业主要产品产量\n\n"
            "产品名称          单位        产量        比上年增长（%）\n"
            "新能源汽车        万辆        8.36        21.4\n"
            "光伏电池          万千瓦      412.5       -3.8\n")
    found = document_by_number(text, date(2026, 3, 20))
    assert found["8.36"].indicator == "新能源汽车产量"
    assert found["8.36"].kind == "actual"
    assert found["21.4"].indicator == "新能源汽车产量"
    assert found["412.5"].indicator == "光伏电池产量"
    assert found["-3.8"].kind == "growth_rate"


def test_a_column_of_changes_on_the_years_start_is_a_change_not_a_stock():
    text = ("附表　2025年末全县金融机构存贷款余额\n\n"
            "指标                年末余额（亿元）    比年初增加（亿元）\n"
            "各项存款余额        856.2               61.4\n"
            "各项贷款余额        702.8               45.9\n")
    found = document_by_number(text, date(2026, 3, 20))
    assert found["856.2"].kind == "count_total"
    assert found["61.4"].kind == "actual"
    assert found["45.9"].kind == "actual"
    assert found["45.9"].indicator == "各项贷款余额"


def test_rows_of_classes_under_a_one_measure_title_are_that_measures():
    text = ("表一：旅客人均購物消費（澳門元）\n\n"
            "旅客類別        2024年第3季    2025年第2季    2025年第3季    按年變動（%）\n"
            "總數            899            862            851            -5.3\n"
            "內地旅客        1,012          958            944            -6.7\n"
            "國際旅客        612            630            655            7.0\n")
    found = document_by_number(text, date(2025, 11, 14))
    assert found["851"].indicator == "旅客人均购物消费"
    assert found["944"].indicator == "内地旅客人均购物消费"
    # the word the row and the measure share written once
    assert found["655"].indicator == "国际旅客人均购物消费"
    assert found["7.0"].kind == "growth_rate"
    assert found["655"].period_start == date(2025, 7, 1)


def test_a_share_of_the_level_then_after_a_comparison_with_a_past_year():
    text = ("　　與2019年同季比較，酒店住客人數相當於其104.6%，住客平均消費則低3.2%。")
    found = document_by_number(text, date(2025, 11, 14))
    assert found["104.6%"].indicator == "酒店住客人数"
    assert found["104.6%"].kind == "share"
    assert found["3.2%"].kind == "growth_rate"
    assert found["3.2%"].value == -3.2


def test_a_class_by_its_purpose_keeps_its_yi():
    text = "　　第3季以探親為目的的旅客人均消費為1,532澳門元，按年上升2.1%。"
    found = document_by_number(text, date(2025, 11, 14))
    assert found["1,532澳門元"].indicator == "以探亲为目的的旅客人均消费"


def test_a_parts_share_in_brackets_is_named_by_the_part():
    text = ("全年限额以上单位商品零售额增长4.6%，其中汽车类零售额（占限额以上零售额的23.5%）"
            "增长5.1%，家用电器类（占6.2%）增长12.8%。")
    found = document_by_number(text, date(2026, 3, 20))
    assert found["23.5%"].indicator == "汽车类零售额占限额以上零售额"
    assert found["6.2%"].indicator == "家用电器类占比"
    assert found["5.1%"].indicator == "汽车类零售额"


def test_an_airport_named_after_its_city_and_site_keeps_the_city():
    text = ("昆明市2025年经济运行情况\n\n昆明市全市地区生产总值增长5.1%。全年昆明市接待游客"
            "2860万人次，昆明长水机场旅客吞吐量突破800万人次。")
    found = document_by_number(text, date(2026, 1, 20))
    assert found["800万人次"].indicator == "昆明长水机场旅客吞吐量"
