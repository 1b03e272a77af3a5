"""lexicon.py: the lexicon's lists loaded once into ready-to-use, correctly ordered sets."""

import re

from pipelines.domain.metrics.lexicon import _any_of, metric_lexicon


def test_the_lexicon_is_loaded_once():
    assert metric_lexicon() is metric_lexicon()


def test_word_lists_come_longest_first_so_a_longer_word_wins_over_its_prefix():
    lex = metric_lexicon()
    for words in (lex.rank_verbs, lex.flow_verbs, lex.growth_cues, lex.place_suffixes,
                  lex.comparison_marks, lex.decline_cues):
        assert [len(w) for w in words] == sorted((len(w) for w in words), reverse=True)
        assert len(set(words)) == len(words)
    # 位居第一 is read with the rank verb 位居, not with its last character 居
    assert next(v for v in lex.rank_verbs if "位居全国第一".startswith(v)) == "位居"
    assert "居" in lex.rank_verbs


def test_synonyms_replace_the_longest_spelling_first():
    keys = [k for k, _ in metric_lexicon().synonyms]
    assert keys.index("研究与试验发展经费投入") < keys.index("研发经费投入")
    assert [len(k) for k in keys] == sorted((len(k) for k in keys), reverse=True)


def test_province_names_are_only_the_province_section_of_places_txt():
    lex = metric_lexicon()
    assert {"四川", "河南", "内蒙古", "澳门", "台湾"} <= lex.province_names
    # capitals and regions are listed places, but not provinces
    assert "成都" in lex.place_names and "成都" not in lex.province_names
    assert "西安" in lex.place_names and "西安" not in lex.province_names
    assert len(lex.province_names) == 34


def test_county_not_stems_are_single_characters():
    stems = metric_lexicon().county_not_stems
    assert {"全", "该", "市"} <= stems  # 全县, 该县, 市县 name no county
    assert all(len(s) == 1 for s in stems)
    assert "攸" not in stems and "沛" not in stems


def test_measure_chars_are_the_single_character_count_units():
    chars = metric_lexicon().measure_chars
    assert chars.startswith(" ")  # a space is stripped with them
    assert {"个", "项", "家", "座", "所"} <= set(chars)
    assert "元" not in chars and "吨" not in chars  # currency and physical units are not counts
    assert "项试点任务".lstrip(chars) == "试点任务"


def test_non_metric_after_any_finds_what_one_of_the_patterns_finds():
    lex = metric_lexicon()
    assert lex.non_metric_after_any is not None
    for after in ("级台阶", "强城市", "连冠", "届全会", "代线", "号线", "分钟生活圈",
                  "亿元", "个项目", "家企业", "强"):
        one = any(p.search(after) for p in lex.non_metric_after)
        assert bool(lex.non_metric_after_any.search(after)) == one, after
    assert lex.non_metric_after_any.search("强") and not lex.non_metric_after_any.search("亿元")


def test_patterns_that_cannot_be_joined_give_none_and_no_patterns_never_match():
    assert _any_of(["(?P<n>级)", "(?P<n>届)"]) is None  # the same group twice: search each
    joined = _any_of(["^级", "^届"])
    assert isinstance(joined, re.Pattern)
    assert joined.search("届全会") and not joined.search("全会届")
    never = _any_of([])
    assert never is not None and never.search("") is None and never.search("级") is None


def test_bound_verbs_add_the_grant_verbs_to_the_flow_verbs():
    lex = metric_lexicon()
    assert set(lex.flow_verbs) <= set(lex.bound_verbs)
    assert lex.grant_verbs <= set(lex.bound_verbs)
    assert "可获" in lex.grant_verbs and "培育" not in lex.grant_verbs
    assert [len(w) for w in lex.bound_verbs] == sorted(
        (len(w) for w in lex.bound_verbs), reverse=True)


def test_qualifier_tables_keep_their_meaning():
    lex = metric_lexicon()
    assert lex.qual_before["不低于"] == "at_least" and lex.qual_after["以内"] == "at_most"
    assert lex.qual_before_words == frozenset(lex.qual_before)
    # the bound wins over 达 (达 90%以上 is at_least)
    assert lex.qual_priority.index("at_least") < lex.qual_priority.index("reach")


def test_level_aliases_name_the_whole_territory_of_each_level():
    lex = metric_lexicon()
    assert "全省" in lex.level_aliases["省"] and "全国" in lex.level_aliases["国"]
    assert "全市" in lex.home_aliases and "全国" not in lex.home_aliases
