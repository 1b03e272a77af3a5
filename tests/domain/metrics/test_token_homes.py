"""The document's own place read from the tokens stage's words is the place read from cutting
its first sentences' place clauses: same metrics, with and without the tokens."""

from datetime import date

import polars as pl

from pipelines.domain import batches
from pipelines.domain.metrics.frames import home_from_clauses, slice_rows
from pipelines.domain.metrics.tagging import word_tags
from pipelines.domain.metrics.token_homes import homes_from_tokens, place_tokens
from tests.conftest import SEEDS


def _tokens(sentences: pl.DataFrame) -> pl.DataFrame:
    return place_tokens(batches.tokenize_batch(sentences).frames["tokens"])


def test_seed_pages_get_the_same_metrics_from_tokens():
    pages = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("0*.txt"))]
    docs = [(f"p{i}", raw, date(2024, 6, 1)) for i, raw in enumerate(pages)]
    docs.append(("run_on", "\n\n".join(t.replace("。", " ") for t in pages[:2]), None))
    sents = batches.clean_batch([(d, raw) for d, raw, _ in docs]).frames["sentences"]
    tokens = _tokens(sents)
    assert 0 < tokens.height < sents.height * 10  # only the words that may name a place
    plain = batches.metrics_batch(docs, sents, "v")
    read = batches.metrics_batch(docs, sents, "v", tokens)
    assert read.frames["metrics"].height > 50
    assert read.frames["metrics"].equals(plain.frames["metrics"])
    assert read.n_rows == plain.n_rows and not read.failures


def test_each_slice_gets_the_place_its_clauses_give():
    texts = ["德阳市经济运行情况", "德阳市地区生产总值增长6%，绵阳市增长5%。",
             "全市新建绿道453公里。", "绵阳市经济运行情况", "绵阳市新建绿道453公里。"]
    sents = pl.DataFrame({"doc_id": ["a"] * 3 + ["b"] * 2, "sent_no": [0, 1, 2, 0, 1],
                          "text": texts, "is_heading": [True, False, False, True, False]})
    with_clauses = slice_rows(sents, 5000, 600, 200)
    with_rows = slice_rows(sents, 5000, 600, 200, with_clauses=False)
    homes = homes_from_tokens(_tokens(sents), with_rows.home_rows, word_tags())
    assert homes == {key: home_from_clauses(c, word_tags())
                     for key, c in with_clauses.home_clauses.items()}
    assert homes[("a", 0)].startswith("德阳") and homes[("b", 0)].startswith("绵阳")


def test_a_document_without_place_words_has_no_home():
    sents = pl.DataFrame({"doc_id": ["a"], "sent_no": [0], "text": ["全年增长5%。"],
                          "is_heading": [False]})
    rows = slice_rows(sents, 5000, 600, 200, with_clauses=False).home_rows
    assert homes_from_tokens(_tokens(sents), rows, word_tags()) == {("a", 0): None}
