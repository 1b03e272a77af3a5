"""Sentence themes, with the nearest heading's themes as fallback."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

from pipelines.domain import themes
from pipelines.domain.records import Sentence
from pipelines.domain.themes import ranks, sentences
from tests.domain.themes.support import frame_from_words, hits_frame, sentences_frame, with_doc


def test_sentence_themes_fall_back_to_nearest_heading():
    sentences = [
        Sentence(
            sent_no=0, block_no=0, text="加强生态环境保护", raw_start=0, raw_end=8, is_heading=True
        ),
        Sentence(
            sent_no=1,
            block_no=1,
            text="全年完成目标任务。",
            raw_start=9,
            raw_end=18,
            heading_path=("加强生态环境保护",),
        ),
        Sentence(
            sent_no=2,
            block_no=1,
            text="新建学校10所。",
            raw_start=18,
            raw_end=26,
            heading_path=("加强生态环境保护",),
        ),
        Sentence(sent_no=3, block_no=2, text="其他。", raw_start=27, raw_end=30),
    ]
    hits = hits_frame([(0, "生态环境", 3.0), (2, "民生福祉", 2.0), (2, "科技创新", 0.5)])
    result = themes.sentence_themes(hits, sentences)
    assert result == {0: ("生态环境",), 1: ("生态环境",), 2: ("民生福祉",), 3: ()}


def test_sentence_themes_keep_close_runners_up_strongest_first():
    sentences = [Sentence(sent_no=5, block_no=0, text="x", raw_start=0, raw_end=1)]
    hits = hits_frame([(5, "产业发展", 2.0), (5, "科技创新", 3.0), (5, "经济运行", 1.0)])
    assert themes.sentence_themes(hits, sentences) == {5: ("科技创新", "产业发展")}


def test_batch_sentence_and_document_themes_match_the_per_document_ones():
    heading = Sentence(
        sent_no=0, block_no=0, text="加强生态环境保护", raw_start=0, raw_end=8, is_heading=True
    )
    body = Sentence(
        sent_no=1,
        block_no=1,
        text="全年完成目标任务。",
        raw_start=9,
        raw_end=18,
        heading_path=("加强生态环境保护",),
    )
    other = Sentence(sent_no=2, block_no=1, text="新建学校10所。", raw_start=18, raw_end=26)
    doc_a = [heading, body, other]
    # doc b has a sentence under a heading with the same text but no heading sentence of its own
    doc_b = [body.model_copy(update={"sent_no": 0}), other.model_copy(update={"sent_no": 1})]
    hits_a = hits_frame([(0, "生态环境", 3.0), (2, "民生福祉", 2.0), (2, "科技创新", 0.5)])
    hits_b = hits_frame([(1, "科技创新", 2.0), (1, "民生福祉", 2.0)])
    hits = pl.concat([with_doc(hits_a, "a"), with_doc(hits_b, "b")])
    sentences = pl.concat([sentences_frame("a", doc_a), sentences_frame("b", doc_b)])

    per_sentence = themes.sentence_themes_frame(hits, sentences)
    got = {
        (r["doc_id"], r["sent_no"]): tuple(r["themes"]) for r in per_sentence.iter_rows(named=True)
    }
    assert got == {
        ("a", 0): ("生态环境",),
        ("a", 1): ("生态环境",),
        ("a", 2): ("民生福祉",),
        ("b", 1): ("民生福祉", "科技创新"),
    }
    for doc_id, doc_hits, sents in (("a", hits_a, doc_a), ("b", hits_b, doc_b)):
        alone = {n: t for n, t in themes.sentence_themes(doc_hits, sents).items() if t}
        assert alone == {n: t for (d, n), t in got.items() if d == doc_id}

    ranked = themes.document_themes_frame(hits, sentences)
    for doc_id, doc_hits, sents in (("a", hits_a, doc_a), ("b", hits_b, doc_b)):
        rows = ranked.filter(pl.col("doc_id") == doc_id).sort("rank")
        alone = themes.document_themes(doc_hits, sum(not s.is_heading for s in sents))
        assert [(d.theme, d.score, d.rank) for d in alone] == list(
            rows.select("theme", "score", "rank").iter_rows()
        )
    mentions = dict(ranked.filter(pl.col("doc_id") == "a").select("theme", "n_mentions").rows())
    assert mentions == {"生态环境": 1, "民生福祉": 1, "科技创新": 1}


def test_batch_functions_accept_empty_input():
    empty_tokens = with_doc(frame_from_words([]), "x").clear()
    hits = themes.score_documents(empty_tokens)
    assert hits.is_empty() and hits.columns == ["doc_id", "sent_no", "theme", "score", "terms"]
    sentences = sentences_frame("x", [])
    assert themes.document_themes_frame(hits, sentences).is_empty()
    assert themes.sentence_themes_frame(hits, sentences).is_empty()


def test_hits_are_placed_on_their_sentence_rows_as_by_a_join():
    sents = pl.DataFrame({"doc_id": ["b", "b", "a", "a", "b", "c"],
                          "sent_no": [0, 1, 0, 2, 5, 1]})
    hits = pl.DataFrame({"doc_id": ["a", "b", "x", "a", "b", "b", "c"],
                         "sent_no": [2, 5, 0, 1, 0, 5, 1]})
    twice = pl.concat([sents, sents.head(1)])  # a sentence twice: placed by the join
    for frame, hit_rows in ((sents, [0, 1, 4, 5, 6]), (twice, [0, 1, 4, 4, 5, 6])):
        joined = (hits.with_row_index("hit").join(frame.with_row_index("row"),
                                                  on=["doc_id", "sent_no"], maintain_order="left"))
        expected = (joined.get_column("hit").to_list(), joined.get_column("row").to_list())
        assert expected[0] == hit_rows
        rank, names = ranks.run_ranks(frame.get_column("doc_id"))
        got = sentences._sentence_rows(hits, frame, rank, names)
        assert (got[0].tolist(), got[1].tolist()) == expected


@pytest.mark.parametrize("rows", [
    [(2, 1.0, "b"), (0, 3.0, "a"), (0, 2.0, "c"), (2, 1.0, "c"), (1, 2.0, "a")],  # ordered
    [(0, 2.0, "c"), (0, 2.0, "a"), (1, 1.0, "a"), (1, 5.0, "b"), (0, 3.0, "b")],  # not
])
def test_strongest_first_orders_by_row_score_descending_then_theme(rows):
    row = np.array([r for r, _, _ in rows])
    score = np.array([s for _, s, _ in rows])
    order = sentences._strongest_first(row, score, pl.Series([t for _, _, t in rows]))
    expected = sorted(range(len(rows)), key=lambda i: (rows[i][0], -rows[i][1], rows[i][2]))
    assert order.tolist() == expected
