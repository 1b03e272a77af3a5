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
                    "累计推送提醒信息1560万条次。"])
    assert (found["约860万tCO2e"].unit, found["约860万tCO2e"].value_normalized) == (
        "吨二氧化碳当量", 8.6e6)
    assert found["2.15亿吉焦"].unit == "吉焦"
    assert found["1560万条次"].unit == "条次"


def test_a_conversion_note_restates_no_figure():
    found = _found(["按期末金价折算，1盎司约合31.1克，5200万盎司约合1617吨。"])
    assert "5200万盎司" not in found
    assert found["31.1克"].unit == "克"
