"""Token frames and a small taxonomy shared by the theme tests."""

from __future__ import annotations

import polars as pl
import rjieba

from pipelines.domain import themes
from pipelines.domain.cleaning import clean_document
from pipelines.domain.records import Sentence
from pipelines.domain.segmentation import default_segmenter

JIEBA = rjieba.Jieba()


STOPWORDS = {"的", "了", "和", "与", "及", "在", "是", "对", "为"}


DEFAULT_THEMES = [
    "科技创新",
    "产业发展",
    "区域协调",
    "改革开放",
    "城市治理与安全",
    "生态环境",
    "民生福祉",
    "党的建设",
    "文化旅游",
    "人才与人口",
    "经济运行",
]


def frame_from_words(sentences: list[list[str]]) -> pl.DataFrame:
    """A token frame from pre-split words (to control segmentation exactly)."""
    rows = [
        (i, p, w, "n", w in STOPWORDS)
        for i, words in enumerate(sentences)
        for p, w in enumerate(words)
    ]
    return pl.DataFrame(
        rows, schema=["sent_no", "position", "word", "pos", "is_stopword"], orient="row"
    )


def frame_from_text(sentences: list[str]) -> pl.DataFrame:
    rows = [
        (i, p, w, t, w in STOPWORDS)
        for i, text in enumerate(sentences)
        for p, (w, t) in enumerate(JIEBA.tag(text))
    ]
    return pl.DataFrame(
        rows, schema=["sent_no", "position", "word", "pos", "is_stopword"], orient="row"
    )


def small_taxonomy() -> themes.Taxonomy:
    return themes.parse_taxonomy(
        {
            "affixes": {"prefixes": ["推进"], "suffixes": ["工作"]},
            "themes": [
                {"name": "科技", "terms": {"创新": 1, "科技创新": 3, "实验室": 2}},
                {"name": "产业", "terms": {"产业": 1, "制造业": 2}},
                {"name": "低空", "parent": "产业", "terms": {"低空 经济": 3}},
                {"name": "改革", "terms": {"改革": 2, "的": 5}},
            ],
        }
    )


def score(words: list[list[str]]) -> pl.DataFrame:
    taxonomy = small_taxonomy()
    return themes.score_sentences(
        frame_from_words(words), themes.term_table(taxonomy.themes), taxonomy
    )


def hits_frame(rows: list[tuple[int, str, float]]) -> pl.DataFrame:
    return pl.DataFrame(
        [(s, t, w, [t]) for s, t, w in rows],
        schema=themes.HITS_SCHEMA,
        orient="row",
    )


def with_doc(frame: pl.DataFrame, doc_id: str) -> pl.DataFrame:
    return frame.with_columns(pl.lit(doc_id).alias("doc_id"))


def sentences_frame(doc_id: str, sentences: list[Sentence]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "doc_id": [doc_id] * len(sentences),
            "sent_no": [s.sent_no for s in sentences],
            "is_heading": [s.is_heading for s in sentences],
            "heading_path": [list(s.heading_path) for s in sentences],
            "text": [s.text for s in sentences],
        }
    )


def hits_of(text: str) -> tuple[pl.DataFrame, int]:
    """Sentence theme hits of ``text`` through the real cleaning and segmentation, and its
    number of sentences."""
    sentences = clean_document(text).sentences
    return themes.score_sentences(default_segmenter().tokenize(sentences)), len(sentences)


def ranked_themes(text: str) -> list[str]:
    """Top-level themes of ``text`` as one document, best first."""
    hits, n_sentences = hits_of(text)
    return [d.theme for d in themes.document_themes(hits, n_sentences) if "/" not in d.theme]


def terms_of(text: str, theme: str) -> set[str]:
    """The terms that counted for ``theme`` in ``text``."""
    hits, _ = hits_of(text)
    rows = hits.filter(pl.col("theme") == theme).get_column("terms").to_list()
    return {term for terms in rows for term in terms}
