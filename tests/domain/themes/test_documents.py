"""Document themes: shares of a document's theme evidence, ranked."""

from __future__ import annotations

import polars as pl
import pytest

from pipelines.domain import themes
from tests.domain.themes.support import frame_from_text, hits_frame, small_taxonomy, with_doc


def test_document_scores_are_shares_of_top_level_evidence():
    taxonomy = small_taxonomy().themes
    hits = hits_frame([(0, "科技", 3.0), (1, "科技", 3.0), (2, "产业", 2.0), (2, "产业/低空", 2.0)])
    ranked = themes.document_themes(hits, 3, themes=taxonomy)
    assert [(d.theme, d.rank) for d in ranked] == [("科技", 1), ("产业", 2), ("产业/低空", 3)]
    scores = {d.theme: d.score for d in ranked}
    assert scores["科技"] == pytest.approx(0.75)
    assert scores["产业"] == pytest.approx(0.25)
    assert scores["产业/低空"] == pytest.approx(0.25)


def test_a_theme_ranks_by_its_score_a_sub_theme_among_top_level_themes():
    # a budget report: nearly all its evidence is the sub-theme's (a sub-theme's terms are its
    # parent's too), one sentence touches another top-level theme; the sub-theme ranks by its
    # score, above that theme, its parent first (at an equal score, the broader theme)
    taxonomy = small_taxonomy().themes
    hits = hits_frame([(s, t, 2.0) for s in range(4) for t in ("产业", "产业/低空")]
                      + [(4, "科技", 1.0)])
    ranked = themes.document_themes(hits, 5, themes=taxonomy)
    assert [(d.theme, d.rank) for d in ranked] == [("产业", 1), ("产业/低空", 2), ("科技", 3)]
    assert [d.score for d in ranked] == sorted((d.score for d in ranked), reverse=True)


def test_one_heavy_sentence_is_capped():
    taxonomy = small_taxonomy().themes
    hits = hits_frame([(0, "科技", 30.0), (1, "产业", 4.0), (2, "产业", 4.0)])
    ranked = themes.document_themes(hits, 3, sentence_cap=6.0, themes=taxonomy)
    assert ranked[0].theme == "产业"


def test_theme_needs_support_from_enough_sentences():
    taxonomy = small_taxonomy().themes
    hits = hits_frame([(i, "科技", 1.0) for i in range(10)] + [(3, "产业", 2.0)])
    kept = themes.document_themes(hits, 300, min_sentence_share=0.02, themes=taxonomy)
    assert [d.theme for d in kept] == ["科技"]
    assert themes.document_themes(hits.clear(), 10, themes=taxonomy) == []


def test_document_themes_frame_groups_documents_in_any_row_order():
    taxonomy = small_taxonomy().themes
    rows = [("b", 0, "产业", 2.0), ("a", 1, "科技", 9.0), ("b", 0, "科技", 1.0),
            ("a", 2, "科技", 1.0), ("b", 3, "产业", 2.0), ("c", 0, "产业/低空", 1.0),
            ("a", 1, "产业", 2.0), ("b", 3, "产业", 2.0)]  # b's sentence 3 twice: one sentence
    hits = pl.DataFrame(rows, schema=["doc_id", "sent_no", "theme", "score"], orient="row")
    sentences = pl.DataFrame({"doc_id": ["a", "a", "a", "b", "b"],
                              "is_heading": [False, False, True, False, False]})
    got = themes.document_themes_frame(hits, sentences, themes=taxonomy)
    assert got.schema == pl.Schema(themes.DOCUMENT_THEMES_SCHEMA)
    assert [r[:2] + r[3:] for r in got.iter_rows()] == [
        ("a", "科技", 1, 2), ("a", "产业", 2, 1), ("b", "产业", 1, 3), ("b", "科技", 2, 1),
        ("c", "产业/低空", 1, 1)]
    assert got.get_column("score").to_list() == [0.777778, 0.222222, 0.857143, 0.142857, 1.0]


def test_theme_tables_leave_out_hits_of_documents_not_given():
    from pipelines.domain import batches

    texts = {"a": ["大力发展低空经济。"], "b": ["坚持科技创新引领。"], "c": ["深化改革开放。"]}
    tokens = pl.concat([with_doc(frame_from_text(t), d) for d, t in texts.items()])
    hits = themes.score_documents(tokens)
    sentences = pl.DataFrame(
        {"doc_id": ["b", "a"], "sent_no": [0, 0], "is_heading": [False, False],
         "heading_path": [[], []], "text": [texts["b"][0], texts["a"][0]]},
        schema={"doc_id": pl.String, "sent_no": pl.Int32, "is_heading": pl.Boolean,
                "heading_path": pl.List(pl.String), "text": pl.String},
    )
    result = batches.themes_from_hits(hits, sentences)
    kept = result.frames["theme_hits"]
    assert set(kept.get_column("doc_id")) == {"a", "b"}
    assert kept.height == hits.filter(pl.col("doc_id") != "c").height
    assert result.n_rows == {"a": kept.filter(pl.col("doc_id") == "a").height,
                             "b": kept.filter(pl.col("doc_id") == "b").height}
    assert set(result.frames["document_themes"].get_column("doc_id")) == {"a", "b"}
