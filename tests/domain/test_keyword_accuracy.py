"""Keywords against the hand labels in tests/gold/keywords_gold.yaml.

The 29 gold documents (the five seed pages and the held-out h01-h24) are one corpus, as the
warehouse would hold them: each is cleaned, cut into tokens (doc_id = its file name), and
``keywords.keywords`` (the reference of the warehouse's sql/queries/score_keywords.sql) ranks
the top 20 of every document with the IDF of all 29. Scored by
``pipelines.domain.keyword_evaluation.score_keywords``: P@10, R@10, R@20 and the kinds of noise
in the top 10. Labels were written by reading, before any keyword output was printed.

Figures (P@10 / R@10 / R@20), keywords-5, measured before any keyword code was changed: blind,
labels as first written, 0.452 / 0.218 / 0.331; after the four Traditional pages' labels were
transcribed to Simplified (the cleaning stage converts those pages, see the gold file) 0.486 /
0.222 / 0.342, R@20 of the one-token labels 0.485 (84 of the 284 expected labels are not one
segmenter token); noise in the top 10: 147 other, 2 digits, no listed place, stopword or single
character. keywords-6 (plain verbs, offices and places by tag out; generic nouns, levels,
currencies, measures, roles and report-form words stoplisted): 0.638 / 0.282 / 0.398, R@20 of the
one-token labels 0.565, noise 101 other, 3 digits; the rules alone (no stoplist word added) give
0.541 / 0.250 / 0.370, the stoplist words were chosen by class from this corpus' noise, so their
share of the gain is in-sample. keywords-7 (TF-IDF times each word's general weight, its IDF in
jieba's general corpus over the median word's: pipelines/data/keyword_general_weights.txt, made
from a list, not from this corpus): 0.662 / 0.324 / 0.444. keywords-8 (QA round 14: tax and fee
relief words whole in the segmentation dictionary, a guessed word ending in a conjunction a
fragment, table headings, date lines and a report's closing formula stoplisted; the indicators
that name what they measure, keyword_measures.txt, keywords weighing 0.05 instead of stoplisted):
0.666 / 0.324 / 0.458, R@20 of the one-token labels 0.647 (83 not one token). The floors sit
just under the figures reached so that a regression shows; they are not goals.
"""

from __future__ import annotations

from functools import cache

import polars as pl
import pytest

from pipelines.domain import keywords
from pipelines.domain.cleaning import clean_document
from pipelines.domain.keyword_evaluation import (
    load_keyword_gold,
    place_test,
    score_keywords,
)
from pipelines.domain.segmentation import default_segmenter
from tests.support.gold_files import GOLD_DIR, gold_document

GOLD = GOLD_DIR / "keywords_gold.yaml"
TOP_N = 20
# P@10, R@10, R@20 reached (see the module docstring), less a margin
FLOORS = {"p_at_10": 0.65, "r_at_10": 0.31, "r_at_20": 0.44}


pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="keyword gold labels missing")


@cache
def corpus_tokens() -> pl.DataFrame:
    """Tokens of all gold documents, one corpus (doc_id = file name), in text order."""
    segmenter = default_segmenter()
    frames = []
    for label in load_keyword_gold(GOLD):
        raw = gold_document(label.file).read_text(encoding="utf-8")
        tokens = segmenter.tokenize(clean_document(raw).sentences)
        frames.append(tokens.with_columns(pl.lit(label.file).alias("doc_id")))
    return pl.concat(frames, how="diagonal_relaxed")


@cache
def scores():
    segmenter = default_segmenter()
    predicted = keywords.keywords(corpus_tokens(), top_n=TOP_N)
    return score_keywords(load_keyword_gold(GOLD), predicted, places=place_test(),
                          stoplist=keywords.load_stoplist(),
                          reachable=lambda w: len(segmenter.cut(w)) == 1)


def test_gold_covers_the_29_documents_with_6_to_10_expected_words():
    labels = load_keyword_gold(GOLD)
    assert len(labels) == 29
    for label in labels:
        assert 6 <= len(label.expected) <= 10, label.file
        assert not set(label.expected) & set(label.also), label.file
        gold_document(label.file)


def test_keyword_precision_and_recall_stay_above_the_floors():
    s = scores()
    print(s.format())
    assert s.p_at_10 >= FLOORS["p_at_10"], s.format()
    assert s.r_at_10 >= FLOORS["r_at_10"], s.format()
    assert s.r_at_20 >= FLOORS["r_at_20"], s.format()
