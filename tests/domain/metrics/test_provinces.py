"""provinces.yaml and lexicon.province_of: which province each city is in."""

import pytest

from pipelines.domain.metrics.lexicon import (
    PLACES_PATH,
    PROVINCES_PATH,
    metric_lexicon,
    province_map,
)
from pipelines.domain.yamlfiles import load_yaml

# places.txt's sections of Chinese mainland cities (their comments open so), and its Taiwan one
_CITY_SECTIONS = ("Provincial capitals", "The other prefecture-level",
                  "County-level cities a province administers")
_TAIWAN_SECTION = "Taiwan's cities"


def _places_sections() -> list[tuple[list[str], list[str]]]:
    """places.txt as (comment lines, the names after them) for each comment block."""
    sections: list[tuple[list[str], list[str]]] = []
    for line in PLACES_PATH.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if not sections or sections[-1][1]:
                sections.append(([], []))
            sections[-1][0].append(line.lstrip("# "))
        elif line.strip() and sections:
            sections[-1][1].append(line.strip())
    return sections


def _names_under(*openings: str) -> list[str]:
    """The names of the sections one of whose comment lines opens with one of ``openings``."""
    return [name for comments, names in _places_sections()
            if any(line.startswith(openings) for line in comments) for name in names]


def _entries() -> dict[str, list[str]]:
    """provinces.yaml as province -> every name listed under it, repeats kept."""
    data = load_yaml(PROVINCES_PATH.read_text(encoding="utf-8"))
    return {str(p): [str(n) for group in (g or {}).values() for n in group]
            for p, g in data.items()}


def test_every_province_of_places_txt_has_an_entry_and_nothing_else_is_a_key():
    provinces = metric_lexicon().province_names
    assert len(provinces) == 34
    assert set(_entries()) == provinces


def test_no_name_is_listed_twice_or_under_two_provinces():
    listed = [name for names in _entries().values() for name in names]
    assert len(listed) == len(set(listed)) == len(metric_lexicon().province_of)


def test_every_mainland_prefecture_level_division_is_listed():
    # 333 as of 2024, less 吉林市 (the province's own name) and 青海's 海南州 (the name of the
    # province 海南): see the file's header
    prefectures = sum(len((groups or {}).get("prefectures") or ())
                      for province, groups in load_yaml(
                          PROVINCES_PATH.read_text(encoding="utf-8")).items()
                      if province != "台湾")
    assert prefectures == 333 - 2


def test_every_city_of_places_txt_maps_to_a_province():
    cities = _names_under(*_CITY_SECTIONS)
    assert len(cities) > 300  # the sections were found
    province_of = metric_lexicon().province_of
    assert [city for city in cities if city not in province_of] == []


def test_taiwan_has_the_cities_and_counties_of_places_txt():
    taiwan = _names_under(_TAIWAN_SECTION)
    assert taiwan and sorted(_entries()["台湾"]) == sorted(taiwan)


def test_spot_checks():
    province_of = metric_lexicon().province_of
    assert province_of["海口"] == "海南" and province_of["琼海"] == "海南"
    assert province_of["延边"] == "吉林"
    assert province_of["喀什"] == "新疆" and province_of["五家渠"] == "新疆"
    assert province_of["苏州"] == "江苏"
    assert province_of["仙桃"] == "湖北" and province_of["神农架"] == "湖北"
    assert province_of["济源"] == "河南"
    assert province_of["朝阳"] == "辽宁" and province_of["阿拉善"] == "内蒙古"
    # a province's own name is none of its cities; a municipality has no prefectures
    assert "海南" not in province_of and "北京" not in province_of.values()


_PROVINCES = frozenset({"海南", "广东", "青海"})


def test_the_loader_reads_prefectures_and_direct_entries():
    text = "海南:\n  prefectures: [海口, 三亚]\n  direct: [琼海]\n广东: {}\n"
    assert province_map(text, _PROVINCES) == {"海口": "海南", "三亚": "海南", "琼海": "海南"}


@pytest.mark.parametrize(("text", "culprit"), [
    ("海南:\n  prefectures: [海口]\n广东:\n  direct: [海口]\n", "海口"),  # under two provinces
    ("青海:\n  prefectures: [西宁, 海南]\n", "海南"),  # a province's own name
    ("海南岛:\n  prefectures: [海口]\n", "海南岛"),  # no province of places.txt
    ("海南:\n  cities: [海口]\n", "cities"),  # a misspelt entry would drop its names
])
def test_the_loader_raises_naming_the_culprit(text, culprit):
    with pytest.raises(ValueError, match=culprit):
        province_map(text, _PROVINCES)
