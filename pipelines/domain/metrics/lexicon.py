"""The metric lexicon (``data/metrics/lexicon.yaml``) loaded once into typed, ready-to-use sets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipelines.domain.wordlists import read_word_list
from pipelines.domain.yamlfiles import load_yaml

LEXICON_PATH = Path(__file__).resolve().parents[2] / "data" / "metrics" / "lexicon.yaml"
PLACES_PATH = LEXICON_PATH.with_name("places.txt")
PROVINCES_PATH = LEXICON_PATH.with_name("provinces.yaml")
# the marts' words of indicators better lower (a target a ceiling): 改善 of one is a fall
TARGETS_PATH = LEXICON_PATH.parents[1] / "targets.yaml"
_PROVINCE_GROUPS = ("prefectures", "direct")  # a province's entries in provinces.yaml


def _longest_first(words: object) -> tuple[str, ...]:
    return tuple(sorted({str(w) for w in (words or [])}, key=lambda w: (-len(w), w)))  # type: ignore[union-attr]


def _peoples_closing(peoples: object) -> re.Pattern[str]:
    """The peoples (壮族, 土家族苗族, 哈萨克) that close a name: a people of two characters or more
    with or without its 族, one of one character only with it (藏族, not 西藏's 藏)."""
    names = _longest_first(peoples)
    longer = "|".join(p for p in names if len(p) > 1) or "(?!)"
    single = "".join(p for p in names if len(p) == 1)
    one = f"[{single}]族" if single else "(?!)"
    return re.compile(f"(?:(?:{longer})族?|{one})+$")


def _any_of(patterns: list[str]) -> re.Pattern[str] | None:
    """One pattern that finds a match wherever one of ``patterns`` does (None if they cannot be
    joined, e.g. two name the same group: then each is searched)."""
    try:
        if patterns and all(p.startswith("^") for p in patterns):
            # all anchored: one ^ before the alternation lets a search stop at the start
            # instead of trying every later position of the text
            return re.compile("^(?:" + "|".join(f"(?:{p[1:]})" for p in patterns) + ")")
        return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)")
    except re.error:
        return None


@dataclass(frozen=True)
class MetricLexicon:
    qual_before: dict[str, str]
    qual_after: dict[str, str]
    qual_inside: dict[str, str]
    qual_priority: tuple[str, ...]
    rank_verbs: tuple[str, ...]
    chinese_count_verbs: tuple[str, ...]
    generic_measure_words: frozenset[str]
    attribute_units: frozenset[str]
    non_metric_after: tuple[re.Pattern[str], ...]
    non_metric_after_any: re.Pattern[str] | None  # matches where any of them does
    countdown_before: tuple[str, ...]
    word_final_followers: tuple[str, ...]
    target_cues: frozenset[str]
    past_cues: frozenset[str]
    count_total_cues: tuple[str, ...]
    cumulative_cues: tuple[str, ...]
    actual_cues: tuple[str, ...]
    growth_cues: tuple[str, ...]
    rate_change_cues: tuple[str, ...]
    level_after: tuple[str, ...]
    decline_cues: tuple[str, ...]
    improve_cues: tuple[str, ...]  # 改善: a fall of an indicator where lower is better
    lower_is_better: tuple[str, ...]  # targets.yaml's words and the lexicon's own
    share_cues: tuple[str, ...]
    breadth_suffixes: tuple[str, ...]  # 增长面: a share of units
    estimate_names: tuple[str, ...]  # 修订预算: an estimate, not an outcome
    acting_verbs: tuple[str, ...]  # 拘留…的被执行人: a verb whose object the count is
    flow_things: tuple[str, ...]  # 项目: counted as they are signed or begun in a period
    rank_change_cues: tuple[str, ...]
    link_words: tuple[str, ...]
    prefix_words: tuple[str, ...]
    flow_verbs: tuple[str, ...]
    activity_verbs: frozenset[str]  # 开行, 改造: flow verbs naming the activity (kept after a noun)
    net_change_words: frozenset[str]
    generic_indicators: frozenset[str]
    entity_measures: tuple[str, ...]
    entity_heads: tuple[str, ...]
    task_verbs: tuple[str, ...]  # 做强, 加快: an outline item opening so is a task, no entity
    defining_exclusions: tuple[str, ...]  # 非经常性损益: 扣除…后的 keeps it in a name
    indicator_max_chars: int
    place_suffixes: tuple[str, ...]
    county_not_stems: frozenset[str]  # no county's one-character name (全县, 该县)
    short_names: frozenset[str]  # one-character names of places (蓉, 京)
    place_scopes: tuple[str, ...]
    home_aliases: frozenset[str]
    level_aliases: dict[str, frozenset[str]]
    # words that speak of one place as the text's own (本港, 港人, 访港 -> 香港): counted for the
    # home as that place is
    place_words: dict[str, str]
    company_self: frozenset[str]  # 公司, 本公司: a company's text speaking of itself
    country_body_openings: tuple[str, ...]  # 中国, 国务院: a body named after the country
    bodies_after: tuple[str, ...]  # 海关, 国际: a place before them names a body, no subject
    # the currency a place's bare 元 are in (香港 -> 港元)
    home_currencies: dict[str, str]
    comparison_before: tuple[str, ...]
    comparison_marks: tuple[str, ...]
    comparison_words: frozenset[str]
    place_names: frozenset[str]
    province_names: frozenset[str]  # the province-level names of places.txt (河南, 四川)
    # a city or directly administered county -> the province it is in (海口 -> 海南;
    # provinces.yaml): where a place is, not whether a word is one
    province_of: dict[str, str]
    # the countries abroad a text may be about (马来西亚 for a Malaysian paper): the places
    # place_words stand for that are no division of China, nor China itself; their own press
    # speaks of them as 全国 / 我国, as a national text of China does
    homes_abroad: frozenset[str]
    # the words such a press names its own country with: the country's level aliases that name
    # no one country (全国, 我国; not 中国, which place_words give to China)
    own_country_words: frozenset[str]
    qual_before_words: frozenset[str]
    weak_count_nouns: frozenset[str]
    growth_indicators: tuple[str, ...]
    amount_stock: tuple[str, ...]
    currency_before: tuple[str, ...]
    respectively_pairs: dict[str, tuple[str, ...]]
    flow_units: frozenset[str]
    not_places: frozenset[str]
    bare_zones: frozenset[str]  # a zone's kind alone (合作区): no place, 前海合作区 one
    town_suffixes: tuple[str, ...]  # 镇, 乡: a county's towns, named in passing
    not_towns: tuple[str, ...]  # 小城镇, 特色小镇: words ending like a town, none
    # the peoples closing an autonomous place's name (广西|壮族, 恩施|土家族苗族, 伊犁|哈萨克)
    autonomous_peoples: re.Pattern[str]
    village_suffixes: tuple[str, ...]  # 村: a town's villages, listed in its own reports
    not_villages: tuple[str, ...]  # 行政村, 示范村: words ending like a village, none
    synonyms: tuple[tuple[str, str], ...]
    canonical_strip: tuple[str, ...]
    rate_suffixes: tuple[str, ...]
    bound_verbs: tuple[str, ...]
    grant_verbs: frozenset[str]
    key_aliases: dict[str, str]
    causative_verbs: tuple[str, ...]
    beneficiaries: tuple[str, ...]  # 为经营主体减税降费: who a measure is for, no name
    won_things: tuple[str, ...]  # 获得…奖励, 获得授权专利: 获得 a word of the name before them
    scope_verbs: tuple[str, ...]
    modifier_suffixes: tuple[str, ...]
    shared_heads: tuple[str, ...]
    sector_heads: tuple[str, ...]
    done_amounts: tuple[str, ...]  # 完成投资: a period word before 完成 is none of the name
    measure_chars: str
    target_headings: tuple[str, ...]
    review_headings: tuple[str, ...]
    annual_titles: tuple[str, ...]
    yearly_cues: tuple[str, ...]
    per_year_cues: tuple[str, ...]
    cumulative_basis_cues: tuple[str, ...]
    month_basis_cues: tuple[str, ...]


@cache
def metric_lexicon() -> MetricLexicon:
    """Load and index the lexicon once."""
    d = load_yaml(LEXICON_PATH.read_text(encoding="utf-8"))
    q, cues, ind, pl, can = (
        d["qualifiers"], d["kind_cues"], d["indicator"], d["places"], d["canonical"]
    )
    synonyms = sorted(((str(k), str(v)) for k, v in can["synonyms"].items()),
                      key=lambda kv: -len(kv[0]))
    provinces = _province_names(PLACES_PATH.read_text(encoding="utf-8"))
    province_of = province_map(PROVINCES_PATH.read_text(encoding="utf-8"), provinces)
    place_words = {str(w): str(place) for place, words in (pl.get("place_words") or {}).items()
                   for w in words}
    level_aliases = {str(k): frozenset(v) for k, v in pl["level_aliases"].items()}
    return MetricLexicon(
        qual_before={str(k): str(v) for k, v in q["before"].items()},
        qual_after={str(k): str(v) for k, v in q["after"].items()},
        qual_inside={str(k): str(v) for k, v in q["inside"].items()},
        qual_priority=tuple(q["priority"]),
        rank_verbs=_longest_first(d["rank_verbs"]),
        chinese_count_verbs=_longest_first(d["chinese_count_verbs"]),
        generic_measure_words=frozenset(d["generic_measure_words"]),
        attribute_units=frozenset(d["attribute_units"]),
        non_metric_after=tuple(re.compile(p) for p in d["non_metric_after"]),
        non_metric_after_any=_any_of(d["non_metric_after"]),
        countdown_before=_longest_first(d["countdown_before"]),
        word_final_followers=_longest_first(d["word_final_followers"]),
        target_cues=frozenset(cues["target"]),
        past_cues=frozenset(cues["past"]),
        count_total_cues=_longest_first(cues["count_total"]),
        cumulative_cues=_longest_first(cues["cumulative"]),
        actual_cues=_longest_first(cues["actual"]),
        growth_cues=_longest_first(cues["growth"]),
        rate_change_cues=_longest_first(cues["rate_change"]),
        level_after=_longest_first(cues["level_after"]),
        decline_cues=_longest_first(cues["decline"]),
        improve_cues=_longest_first(cues.get("improve") or ()),
        lower_is_better=_longest_first(
            (*load_yaml(TARGETS_PATH.read_text(encoding="utf-8"))["lower_is_better"],
             *(cues.get("lower_is_better") or ()))),
        share_cues=_longest_first(cues["share"]),
        breadth_suffixes=_longest_first(cues.get("breadth") or ()),
        estimate_names=_longest_first(cues.get("estimate_names") or ()),
        acting_verbs=_longest_first(cues.get("acting_verbs") or ()),
        flow_things=_longest_first(cues.get("flow_things") or ()),
        rank_change_cues=_longest_first(cues["rank_change"]),
        link_words=_longest_first(ind["link_words"]),
        prefix_words=_longest_first(ind["prefix_words"]),
        flow_verbs=_longest_first(ind["flow_verbs"]),
        activity_verbs=frozenset(ind.get("activity_verbs") or ()),
        net_change_words=frozenset(ind.get("net_change_words") or ()),
        generic_indicators=frozenset(ind["generic"]),
        entity_measures=_longest_first(ind.get("entity_measures") or ()),
        entity_heads=_longest_first(ind.get("entity_heads") or ()),
        task_verbs=_longest_first(ind.get("task_verbs") or ()),
        defining_exclusions=_longest_first(ind.get("defining_exclusions") or ()),
        indicator_max_chars=int(ind["max_chars"]),
        place_suffixes=_longest_first(pl["suffixes"]),
        county_not_stems=frozenset(str(pl.get("county_not_stems") or "")),
        short_names=frozenset(str(pl.get("short_names") or "")),
        place_scopes=_longest_first(pl["scopes"]),
        home_aliases=frozenset(pl["home_aliases"]),
        level_aliases=level_aliases,
        place_words=place_words,
        company_self=frozenset(pl.get("company_self") or ()),
        country_body_openings=_longest_first(pl.get("country_body_openings")),
        bodies_after=_longest_first(pl.get("bodies_after")),
        home_currencies={str(place): str(cur) for cur, places
                         in (pl.get("home_currencies") or {}).items() for place in places},
        comparison_before=_longest_first(pl["comparison_before"]),
        comparison_marks=_longest_first(d["comparison_marks"]),
        comparison_words=frozenset(pl["comparison_words"]),
        place_names=read_word_list(PLACES_PATH),
        province_names=provinces,
        province_of=province_of,
        homes_abroad=_homes_abroad(place_words, provinces, province_of,
                                   level_aliases.get(_COUNTRY_LEVEL, frozenset())),
        own_country_words=level_aliases.get(_COUNTRY_LEVEL, frozenset()) - set(place_words),
        qual_before_words=frozenset(str(k) for k in q["before"]),
        weak_count_nouns=frozenset(ind["weak_count_nouns"]),
        growth_indicators=_longest_first(cues["growth_indicators"]),
        amount_stock=_longest_first(cues["amount_stock"]),
        currency_before=_longest_first(d["currency_before"]),
        respectively_pairs={str(k): tuple(v) for k, v in ind["respectively_pairs"].items()},
        flow_units=frozenset(cues["flow_units"]),
        not_places=frozenset(pl["not_places"]),
        bare_zones=frozenset(pl.get("bare_zones") or ()),
        town_suffixes=tuple(str(x) for x in pl.get("town_suffixes") or ()),
        not_towns=tuple(str(x) for x in pl.get("not_towns") or ()),
        autonomous_peoples=_peoples_closing(pl.get("autonomous_peoples")),
        village_suffixes=tuple(str(x) for x in pl.get("village_suffixes") or ()),
        not_villages=tuple(str(x) for x in pl.get("not_villages") or ()),
        synonyms=tuple(synonyms),
        canonical_strip=_longest_first(can["strip"]),
        rate_suffixes=_longest_first(can.get("rate_suffixes") or ()),
        bound_verbs=_longest_first([*ind["flow_verbs"], *(q.get("bound_verbs") or ())]),
        grant_verbs=frozenset(q.get("bound_verbs") or ()),
        key_aliases={str(k): str(v) for k, v in (can.get("aliases") or {}).items()},
        causative_verbs=_longest_first(ind["causative_verbs"]),
        beneficiaries=_longest_first(ind.get("beneficiaries") or ()),
        won_things=_longest_first(ind.get("won_things") or ()),
        scope_verbs=_longest_first(ind["scope_verbs"]),
        modifier_suffixes=tuple(str(x) for x in ind["modifier_suffixes"]),
        shared_heads=tuple(str(x) for x in ind.get("shared_heads", ())),
        sector_heads=tuple(str(x) for x in ind.get("sector_heads", ())),
        done_amounts=tuple(str(x) for x in ind.get("done_amounts", ())),
        measure_chars=" " + "".join(sorted({u for u in _unit_words() if len(u) == 1})),
        target_headings=tuple(d["heading_cues"]["target"]),
        review_headings=tuple(d["heading_cues"]["review"]),
        annual_titles=tuple(d["heading_cues"].get("annual") or ()),
        yearly_cues=tuple(d["yearly_cues"]),
        per_year_cues=tuple(d["basis_cues"]["per_year"]),
        cumulative_basis_cues=tuple(d["basis_cues"]["cumulative"]),
        month_basis_cues=tuple(d["basis_cues"].get("month_on_month") or ()),
    )


_COUNTRY_LEVEL = "国"  # level_aliases' key of the country's own words (全国, 我国, 中国)


def _homes_abroad(place_words: dict[str, str], provinces: frozenset[str],
                  province_of: dict[str, str], country: frozenset[str]) -> frozenset[str]:
    """The places ``place_words`` stand for that are neither a province, nor in one, nor the
    country itself (``country``: 全国): countries abroad."""
    return frozenset(p for p in place_words.values()
                     if p not in provinces and p not in province_of and p not in country)


def _province_names(text: str) -> frozenset[str]:
    """The names under places.txt's ``# Province-level divisions`` comment (to the next one)."""
    names: set[str] = set()
    inside = False
    for line in text.splitlines():
        if line.startswith("#"):
            inside = line.lstrip("# ").lower().startswith("province-level")
        elif inside and line.strip():
            names.add(line.strip())
    return frozenset(names)


def province_map(text: str, provinces: frozenset[str]) -> dict[str, str]:
    """provinces.yaml's ``text`` as name -> province. Raises ValueError, naming the culprit, for
    a name under two provinces or that is a province's own (the mapping gives one place for each
    name), or a key that is no province of ``provinces``."""
    found: dict[str, str] = {}
    for key, groups in (load_yaml(text) or {}).items():
        province = str(key)
        if province not in provinces:
            raise ValueError(f"provinces.yaml: {province} is no province of places.txt")
        for name in _province_entries(province, groups or {}):
            if name in provinces:
                raise ValueError(f"provinces.yaml: {name} under {province} is a province's name")
            if found.setdefault(name, province) != province:
                raise ValueError(
                    f"provinces.yaml: {name} is under both {found[name]} and {province}")
    return found


def _province_entries(province: str, groups: dict[str, list[object]]) -> list[str]:
    """The names of one province's prefectures and direct entries; raises ValueError on another
    entry (a misspelt one would drop its names silently)."""
    unknown = set(groups) - set(_PROVINCE_GROUPS)
    if unknown:
        raise ValueError(f"provinces.yaml: {province} has unknown entries {sorted(unknown)}")
    return [str(name) for group in _PROVINCE_GROUPS for name in groups.get(group) or ()]


def _unit_words() -> list[str]:
    """Single-character measure words, stripped from the front of a caused event (项试点任务)."""
    from pipelines.domain.units import unit_lexicon

    return [u for u, info in unit_lexicon().units.items() if info.category == "count"]
