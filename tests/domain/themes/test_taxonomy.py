"""The theme taxonomy read from themes.yaml."""

from __future__ import annotations

import re

import polars as pl
import pytest
import yaml

from pipelines.domain import themes
from tests.domain.themes.support import DEFAULT_THEMES, small_taxonomy


def test_default_taxonomy_has_the_eleven_themes_with_bilingual_definitions():
    loaded = themes.load_themes()
    top = [t.id for t in loaded if t.is_top_level]
    assert top == DEFAULT_THEMES
    for theme in loaded:
        assert theme.definition_zh and theme.definition_en and theme.en, theme.id
        assert len(theme.terms) >= 5, theme.id
        assert all(w > 0 for _, w in theme.terms)


def test_default_taxonomy_ships_sub_themes_with_parents():
    ids = {t.id for t in themes.load_themes()}
    assert {"产业发展/低空经济", "产业发展/新能源汽车"} <= ids
    assert any(i.endswith("/人工智能") for i in ids)
    for theme in themes.load_themes():
        if theme.parent:
            assert theme.parent in DEFAULT_THEMES
            assert theme.id == f"{theme.parent}/{theme.name}"


def test_yaml_has_no_duplicate_terms_within_a_theme():
    class StrictLoader(yaml.SafeLoader):
        pass

    def no_duplicates(loader, node, deep=False):
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        dupes = {k for k in keys if keys.count(k) > 1}
        assert not dupes, f"duplicate keys {dupes}"
        return loader.construct_mapping(node, deep)

    StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, no_duplicates)
    yaml.load(themes.THEMES_PATH.read_text(encoding="utf-8"), Loader=StrictLoader)


def test_parse_taxonomy_rejects_unknown_parent_and_bad_weights():
    with pytest.raises(ValueError, match="parent"):
        themes.parse_taxonomy({"themes": [{"name": "x", "parent": "nope", "terms": {"a": 1}}]})
    with pytest.raises(ValueError, match="weight"):
        themes.parse_taxonomy({"themes": [{"name": "x", "terms": {"a": -1}}]})
    with pytest.raises(ValueError):
        themes.parse_taxonomy({"themes": []})


def test_sub_theme_terms_roll_up_to_parent():
    table = themes.term_table(small_taxonomy().themes)
    rows = table.filter(pl.col("term") == "低空经济").sort("theme")
    assert rows.get_column("theme").to_list() == ["产业", "产业/低空"]


def test_all_terms_lists_every_term_longest_first():
    terms = themes.all_terms()
    assert "低空经济" in terms and "科技创新" in terms
    assert len(terms) == len(set(terms))
    assert [len(t) for t in terms] == sorted((len(t) for t in terms), reverse=True)


def test_theme_file_terms_are_words_not_sentences():
    for theme in themes.load_themes():
        for term, _ in theme.terms:
            assert 2 <= len(term) <= 12 or re.fullmatch(r"[A-Za-z0-9]+", term), term
            assert not re.search(r"[，。；、\s]", term), term


def _top_themes(text: str) -> list[str]:
    from pipelines.domain.cleaning import clean_document
    from pipelines.domain.segmentation import default_segmenter

    sentences = clean_document(text).sentences
    hits = themes.score_sentences(default_segmenter().tokenize(sentences))
    top = {t.id for t in themes.load_themes() if t.is_top_level}
    return [d.theme for d in themes.document_themes(hits, len(sentences)) if d.theme in top]


def test_a_migrant_worker_survey_speaks_of_population_and_an_rd_bulletin_of_innovation():
    # (the metrics round's theme findings: a survey of 农民工 and a bulletin of R&D funding)
    survey = ("2024年全国农民工总量29973万人，比上年增加220万人。外出农民工17871万人。"
              "从年龄结构看，40岁及以下农民工所占比重为45.2%。农民工平均年龄43.2岁，比上年提高0.1岁。"
              "农民工月均收入4961元，比上年增长3.8%。")
    assert "人才与人口" in _top_themes(survey)[:2]
    bulletin = ("2024年全省共投入研究与试验发展（R&D）经费1200亿元，比上年增长8.5%；"
                "R&D经费投入强度为2.35%，比上年提高0.1个百分点。按活动主体分，企业R&D经费900亿元，"
                "比上年增长9%。政府属研究机构经费120亿元，比上年增长5%。")
    assert _top_themes(bulletin)[0] == "科技创新"


def test_not_evidence_phrases_are_read_and_must_be_a_list():
    data = {"themes": [{"name": "x", "terms": {"人口": 3}}], "not_evidence": ["每万 人口"]}
    assert themes.parse_taxonomy(data).not_evidence == ("每万人口",)
    assert themes.parse_taxonomy({"themes": data["themes"]}).not_evidence == ()
    with pytest.raises(ValueError, match="list"):
        themes.parse_taxonomy({**data, "not_evidence": "每万人口"})


def test_a_not_evidence_phrase_hides_the_term_inside_it_and_only_it():
    """每万人口 holds the term 人口: matched as the longer run, it counts for no theme; a sentence
    with nothing else has no evidence at all (the matcher's rows of no theme are dropped)."""
    taxonomy = themes.parse_taxonomy({
        "themes": [{"name": "人口", "terms": {"人口": 3}}, {"name": "科技", "terms": {"专利": 2}}],
        "not_evidence": ["每万人口"]})
    tokens = pl.DataFrame({
        "sent_no": [0, 0, 0, 0, 1, 1, 1, 2, 2],
        "position": [0, 1, 2, 3, 0, 1, 2, 0, 1],
        "word": ["每", "万", "人口", "专利", "每", "万", "人口", "常住", "人口"],
        "pos": ["r", "m", "n", "n", "r", "m", "n", "b", "n"],
        "is_stopword": [False] * 9,
    })
    hits = themes.score_sentences(tokens, taxonomy=taxonomy)
    assert hits.select("sent_no", "theme").rows() == [(0, "科技"), (2, "人口")]
    assert themes.score_sentences(tokens.filter(pl.col("sent_no") == 1),
                                  taxonomy=taxonomy).is_empty()
