"""Round 94's fixes (h284-h286: a city's 1-11月 monthly release, a provincial daily's front page
OCR'd from two columns, a Taiwanese county's 115年度 budget bill), each class tested on text of
its own through the whole extractor."""

from datetime import date

import polars as pl

from tests.domain.metrics.support import batch_metrics, document_by_number


def test_a_front_pages_weather_box_is_furniture():
    text = ("我省今年新增造林面积120万亩，同比增长4.5%。\n"
            "天气  明天白天 多云转晴  西北风4—5级  -8℃～3℃    本报地址：某某路12号\n")
    found = document_by_number(text, date(2025, 12, 20))
    assert not any("℃" in quote for quote in found)
    assert "120万亩" in found


def test_a_temperature_in_a_sentence_with_a_wind_force_stays():
    text = ("受冷空气影响，今天白天全省天气转冷，最低气温降至-6℃，北风5级。\n")
    found = document_by_number(text, date(2025, 12, 20))
    assert any("6℃" in quote for quote in found)


def test_a_name_ends_where_its_comparison_base_begins():
    text = ("115年度總預算歲入編列新臺幣312.5億元。115年度歲出較114年度預算數增加18.4億元，"
            "社會福利支出較上年度預算數增加3.2億元。")
    found = document_by_number(text, date(2025, 10, 25))
    assert found["18.4億元"].indicator == "岁出"
    assert found["3.2億元"].indicator == "社会福利支出"


def test_a_taiwanese_headlines_short_form_is_its_county():
    text = ("竹縣115年度總預算案送議會 歲出達新臺幣486.2億元\n"
            "新竹縣政府今（30）日將115年度總預算案送請縣議會審議，全縣歲入編列新臺幣452.8億元。"
            "縣府將於竹北、湖口等工業區辦理污水下水道建設，編列經費4.3億元。\n")
    metrics = batch_metrics([("d", text, date(2025, 10, 30))])
    places = metrics.filter(pl.col("subject").is_null())["place"].unique().to_list()
    assert places == ["新竹"]
