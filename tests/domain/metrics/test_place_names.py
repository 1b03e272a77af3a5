"""place_names.py: places by form, the home place and the words that stand for it, and the home
place dropped from the front of an indicator."""

import pytest

from pipelines.domain.metrics.place_names import (
    home_stem,
    is_home,
    is_place,
    is_place_token,
    strip_home,
)

# --- places -------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["德阳市", "四川省", "阿坝州", "全国", "成都都市圈",
                                  "长三角城市群", "成都市", "攸县", "沛县"])
def test_places_by_form(word):
    assert is_place(word)


@pytest.mark.parametrize("word", ["园区", "城区", "示范区", "高新区", "都市", "全县", "该县",
                                  "市县", "全市"])
def test_words_that_end_like_places_but_name_none(word):
    assert not is_place(word)


def test_a_bare_listed_name_is_a_place_token_but_not_a_place_by_form():
    assert is_place_token("郑州") and not is_place("郑州")
    assert is_place_token("四川") and not is_place_token("城镇")


@pytest.mark.parametrize(("place", "home"), [
    ("全市", "成都市"), ("成都高新区", "成都市"), ("全省", "四川省"),
    ("本港", "香港特别行政区"), ("全区", "广西壮族自治区"),
    ("全省", None),  # a text that never names its place speaks of itself as 全省
])
def test_the_home_place_and_its_whole_territory_words(place, home):
    assert is_home(place, home)


@pytest.mark.parametrize(("place", "home"), [
    ("德阳市", "成都市"), ("全省", "成都市"),  # the province is above a city's home
    ("成都都市圈", "成都市"),  # a metropolitan area reaches beyond its core city
    ("全国", None),  # 全国 stays a scope
])
def test_places_that_are_not_home(place, home):
    assert not is_home(place, home)


def test_home_stem_drops_the_level_but_keeps_a_one_character_name():
    assert home_stem("成都市") == "成都"
    assert home_stem("澳门特别行政区") == "澳门"
    assert home_stem("广西壮族自治区") == "广西"  # the people named before 自治区 go too
    assert home_stem("攸县") == "攸县"  # 攸 alone names nothing


# --- strip_home ---------------------------------------------------------------------------


def test_the_home_place_is_dropped_from_the_front_of_an_indicator():
    assert strip_home("成都常住人口", "成都市") == "常住人口"
    assert strip_home("成都市常住人口", "成都市") == "常住人口"
    assert strip_home("全市政府性基金", "成都市") == "政府性基金"  # 全|市政府性基金
    assert strip_home("全省一般公共预算收入", None) == "一般公共预算收入"


def test_another_place_or_a_word_that_only_starts_like_home_stays():
    assert strip_home("德阳市常住人口", "成都市") == "德阳市常住人口"
    assert strip_home("成都人", "成都市") == "成都人"  # nothing would be left but one char
    assert strip_home("全市人口", None) == "全市人口"  # too short to be a territory + name
