"""Session 26's units and number detection fixes (blind rounds 48-50), each a class of phrasing
stated on short sentences written for it."""

from datetime import date

from pipelines.domain.units import normalize_unit
from tests.domain.metrics.support import by_quote, candidate_quotes, metrics

_DOC = date(2025, 11, 27)


def _found(texts, home=None):
    return by_quote(metrics(texts, doc=_DOC, home=home))


# a rate written as two units of the lexicon around a slash is one unit, listed or not


def test_rate_of_two_known_units_is_one_unit():
    found = _found(["该厂供电标准煤耗为301.5克/千瓦时，较上年下降2.4克/千瓦时。",
                    "每吨钢综合水耗3.6立方米/吨。"])
    assert (found["301.5克/千瓦时"].unit, found["2.4克/千瓦时"].value) == ("克/千瓦时", -2.4)
    assert found["3.6立方米/吨"].unit == "立方米/吨"
    assert normalize_unit("毫克/千克").base == "毫克/千克"
    assert candidate_quotes("残留量0.05毫克/千克，风速12米/秒。") == ["0.05毫克/千克", "12米/秒"]


def test_rate_in_a_respectively_list_keeps_each_item():
    assert candidate_quotes("颗粒物、二氧化硫排放强度分别为0.05克/千瓦时和0.12克/千瓦时。") == [
        "0.05克/千瓦时", "0.12克/千瓦时"]


def test_rate_with_a_magnitude_in_its_numerator():
    unit = normalize_unit("千克/千瓦时")
    assert (unit.base, unit.multiplier) == ("千克/千瓦时", 1.0)
    unit = normalize_unit("万吨/万元")
    assert (unit.base, unit.multiplier) == ("吨/万元", 1e4)


def test_denominator_in_another_base_scales_the_value():
    # 1斤 is half a kilogram: a price per 斤 is twice the price per kilogram
    found = _found(["当地玉米收购价1.35元/斤，较上月上涨0.05元/斤。"])
    row = found["1.35元/斤"]
    assert (row.unit, row.value, row.value_normalized) == ("元/千克", 1.35, 2.7)
    assert normalize_unit("元/度").base == "元/千瓦时"


def test_listed_rates_are_not_cut_to_a_shorter_rate():
    found = _found(["全市酒店平均房价386元/间夜。", "农村低保标准平均为650元/人·月。"])
    assert found["386元/间夜"].unit == "元/间夜"
    assert found["650元/人·月"].unit == "元/人·月"


def test_a_share_or_a_slash_of_three_is_no_new_rate():
    assert normalize_unit("%/年").category is None
    assert candidate_quotes("人均补助200元/人/次。") == ["200元/人"]


# units of ESG reports and service counts: tCO2e, 吉焦, 条次


def test_carbon_symbol_heat_and_messages_sent_are_units():
    found = _found(["公司范围三排放约860万tCO2e。", "全年供热量2.15亿吉焦。",
                    "累计推送提醒信息1560万条次。", "全年开展各类手术3.2万台次。"])
    assert found["3.2万台次"].unit == "台次"
    assert (found["约860万tCO2e"].unit, found["约860万tCO2e"].value_normalized) == (
        "吨二氧化碳当量", 8.6e6)
    assert found["2.15亿吉焦"].unit == "吉焦"
    assert found["1560万条次"].unit == "条次"


def test_a_conversion_note_restates_no_figure():
    found = _found(["按期末金价折算，1盎司约合31.1克，5200万盎司约合1617吨。"])
    assert "5200万盎司" not in found
    assert found["31.1克"].unit == "克"


# a slash list of bare numbers closed by one unit: each item takes the unit


def test_slash_list_items_take_the_closing_unit():
    assert candidate_quotes("预计公司2026-2028年营业收入为35.6/41.2/48.9亿元。") == [
        "35.6", "41.2", "48.9亿元"]
    found = _found(["对应每股收益分别为0.85/1.02元。"])
    assert (found["0.85"].unit, found["0.85"].value_normalized) == ("元", 0.85)


def test_slash_joined_numbers_without_a_unit_are_no_list():
    assert candidate_quotes("最高/最低价51.2/30.6，发布日期2025/10/27。") == []


# OCR's l for 1 leading a number before a unit of length, area or volume (l2.6公里)


def test_ocr_letter_leading_a_number_before_a_length():
    from pipelines.domain.cleaning.normalize import normalize_chars
    assert normalize_chars("硬化村道l3.5公里，围墙I2.4平方米") == "硬化村道13.5公里，围墙12.4平方米"
    assert normalize_chars("接入IPv6网络，O2O平台") == "接入IPv6网络，O2O平台"


# a later item of a 分别 list moving the other way (收窄…和扩大…) is signed by its own verb


def test_later_item_of_a_list_signed_by_its_own_rate_move():
    found = _found(["一线和二线城市房价同比分别下降2.1%和3.4%，"
                    "降幅分别比上月收窄0.3个百分点和扩大0.2个百分点。"])
    assert (found["0.3个百分点"].value, found["0.2个百分点"].value) == (-0.3, 0.2)


# the end of a move from one count to another (由…的12条增加至…的15条) counts what the start counts


def test_end_of_a_move_between_counts_of_one_noun():
    found = _found(["全县城乡公交线路由去年底的12条增加至今年6月底的15条。"])
    assert {"12条", "15条"} <= set(found)
