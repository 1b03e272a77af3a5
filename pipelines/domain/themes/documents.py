"""Document themes: each theme's share of a document's theme evidence, ranked."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import polars as pl

from pipelines.domain.records import DocumentTheme
from pipelines.domain.themes.ranks import category_ranks, run_ranks
from pipelines.domain.themes.taxonomy import Theme, load_themes

DOCUMENT_THEMES_SCHEMA = {
    "doc_id": pl.String,
    "theme": pl.String,
    "score": pl.Float64,
    "rank": pl.Int32,
    "n_mentions": pl.Int32,
}


def _top_level_ids(themes: Iterable[Theme]) -> set[str]:
    return {t.id for t in themes if t.is_top_level}


def _ranked_themes(
    hits: pl.DataFrame,
    n_sentences: pl.DataFrame,
    *,
    sentence_cap: float,
    min_sentence_share: float,
    themes: Sequence[Theme] | None,
) -> pl.DataFrame:
    """Document themes of every doc_id in ``hits``; ``n_sentences`` maps doc_id -> count.

    Grouped with numpy on the ranks of doc_id and theme (one polars call numbers them):
    a batch's hits are a few thousand rows, where each polars group-by, window or join costs
    more in its fixed overhead than in the work."""
    themes = load_themes() if themes is None else themes
    if hits.is_empty():
        return pl.DataFrame(schema=DOCUMENT_THEMES_SCHEMA)
    # numbered by the rank of their values; documents come in runs, themes in any order
    doc, doc_names = run_ranks(hits.get_column("doc_id").cast(pl.String))
    theme, theme_names = category_ranks(hits.get_column("theme"))
    sent = hits.get_column("sent_no").cast(pl.Int64).fill_null(-(2**62)).to_numpy()
    score = hits.get_column("score").cast(pl.Float64).to_numpy()
    # groups (doc, theme): capped evidence, sentences with evidence, mentions
    span = int(sent.max()) - int(sent.min()) + 1
    if (int(doc.max()) + 1) * len(theme_names) * span < 2**62:  # one integer key
        order = np.argsort((doc * len(theme_names) + theme) * span + (sent - sent.min()))
    else:
        order = np.lexsort((sent, theme, doc))
    doc, theme, sent = doc[order], theme[order], sent[order]
    new_group = np.r_[True, (doc[1:] != doc[:-1]) | (theme[1:] != theme[:-1])]
    starts = np.flatnonzero(new_group)
    weight = np.add.reduceat(np.minimum(score[order], sentence_cap), starts)
    n_mentions = np.diff(np.r_[starts, len(order)])
    n = np.add.reduceat((new_group | np.r_[True, sent[1:] != sent[:-1]]).astype(np.int64),
                        starts)
    doc, theme = doc[starts], theme[starts]
    top_ids = _top_level_ids(themes)
    top = np.array([t in top_ids for t in theme_names], dtype=bool)[theme]
    # per document: total evidence of its top-level themes (of all, if none), sentence count
    doc_starts = np.flatnonzero(np.r_[True, doc[1:] != doc[:-1]])
    top_total = np.add.reduceat(np.where(top, weight, 0.0), doc_starts)
    total = np.where(top_total != 0, top_total, np.add.reduceat(weight, doc_starts))
    known = dict(zip(n_sentences.get_column("doc_id").cast(pl.String).to_list(),
                     n_sentences.get_column("n_sentences").to_list(), strict=True))
    counts = np.array([(known.get(d) or 0) if d is not None else 0 for d in doc_names],
                      dtype=np.float64)[doc[doc_starts]]
    min_sentences = np.maximum(1.0, min_sentence_share * np.maximum(counts, 0))
    per_doc = np.repeat(np.arange(len(doc_starts)), np.diff(np.r_[doc_starts, len(doc)]))
    share = weight / total[per_doc]
    kept = np.flatnonzero(n >= min_sentences[per_doc])
    # by doc_id, score descending (top-level and sub-themes in one ranking), at an equal score
    # a top-level theme first (a parent before its sub-theme), then the theme; ranks from 1
    final = kept[np.lexsort((theme[kept], ~top[kept], -share[kept], doc[kept]))]
    doc_of = doc[final]
    firsts = np.flatnonzero(np.r_[True, doc_of[1:] != doc_of[:-1]])
    rank = np.arange(len(final)) - np.repeat(firsts, np.diff(np.r_[firsts, len(final)])) + 1
    return pl.DataFrame([
        pl.Series("doc_id", np.array(doc_names, dtype=object)[doc_of], pl.String),
        pl.Series("theme", np.array(theme_names, dtype=object)[theme[final]], pl.String),
        # Python's round (correctly rounded), as the per-document records always had
        pl.Series("score", [round(x, 6) for x in share[final].tolist()], pl.Float64),
        pl.Series("rank", rank.astype(np.int32)),
        pl.Series("n_mentions", n_mentions[final].astype(np.int32)),
    ])


def _body_sentence_counts(sentences: pl.DataFrame) -> pl.DataFrame:
    """doc_id -> its number of non-heading sentences (summed over runs of rows of a document)."""
    runs = sentences.get_column("doc_id").cast(pl.String).rle().struct.unnest()
    lengths = runs.get_column("len").to_numpy().astype(np.int64)
    body = ~sentences.get_column("is_heading").fill_null(False).to_numpy().astype(bool)
    per_run = np.add.reduceat(body.astype(np.int64), np.cumsum(lengths) - lengths) if len(
        lengths) else np.zeros(0, dtype=np.int64)
    counts: dict[str | None, int] = {}
    for doc_id, n in zip(runs.get_column("value").to_list(), per_run.tolist(), strict=True):
        counts[doc_id] = counts.get(doc_id, 0) + n
    return pl.DataFrame({"doc_id": list(counts), "n_sentences": list(counts.values())},
                        schema={"doc_id": pl.String, "n_sentences": pl.Int64})


def document_themes_frame(
    hits: pl.DataFrame,
    sentences: pl.DataFrame,
    *,
    sentence_cap: float = 6.0,
    min_sentence_share: float = 0.01,
    themes: Sequence[Theme] | None = None,
) -> pl.DataFrame:
    """``document_themes`` of many documents: doc_id, theme, score, rank, n_mentions.

    ``hits`` is ``score_documents`` output; ``sentences`` has doc_id and is_heading (a
    document's sentence count is its non-heading sentences). n_mentions = sentences with
    evidence for the theme.
    """
    n_sentences = _body_sentence_counts(sentences)
    return _ranked_themes(
        hits,
        n_sentences,
        sentence_cap=sentence_cap,
        min_sentence_share=min_sentence_share,
        themes=themes,
    )


def document_themes(
    hits: pl.DataFrame,
    n_sentences: int,
    *,
    sentence_cap: float = 6.0,
    min_sentence_share: float = 0.01,
    themes: Sequence[Theme] | None = None,
) -> list[DocumentTheme]:
    """Rank a document's themes by their share of its theme evidence.

    Score = the theme's evidence weight divided by the total evidence of all top-level themes in
    the document, so top-level scores sum to 1 and are comparable across documents of any length
    (a sub-theme's score is on the same scale: the share of the document's evidence it carries).
    Each sentence contributes at most ``sentence_cap`` to one theme, so a single list-like
    sentence cannot dominate. A theme needs evidence in at least
    ``max(1, min_sentence_share * n_sentences)`` sentences.

    One ranking by score, top-level themes and sub-themes together: a theme's rank follows its
    score, so a budget report whose evidence is nearly all 经济运行/财政 ranks it 2nd, after
    经济运行 and before a top-level theme named in one sentence, and the top 3
    (``marts.document_summary.top_themes``) show it. At an equal score a top-level theme comes
    first (a sub-theme's terms are its parent's too, so its parent scores at least as much and
    ranks before it), then the theme's name. (Until themes-4 top-level themes took ranks 1..n
    and sub-themes followed, whatever their scores: a sub-theme carrying 0.84 of a document's
    evidence ranked below a top-level theme carrying 0.01, and came into the top 3 only when
    fewer than three top-level themes had evidence.) Who wants top-level themes alone filters
    on the theme's form (no ``/``), as the theme accuracy test does.
    """
    one_doc = hits.drop("doc_id", strict=False).with_columns(pl.lit("").alias("doc_id"))
    ranked = _ranked_themes(
        one_doc,
        pl.DataFrame({"doc_id": [""], "n_sentences": [n_sentences]}),
        sentence_cap=sentence_cap,
        min_sentence_share=min_sentence_share,
        themes=themes,
    )
    return [
        DocumentTheme(theme=theme, score=score, rank=rank)
        for theme, score, rank in ranked.select("theme", "score", "rank").iter_rows()
    ]
