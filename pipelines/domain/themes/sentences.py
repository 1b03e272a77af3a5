"""Sentence themes: a sentence's strongest themes, or those of the nearest heading that has any."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import polars as pl
import pyarrow as pa

from pipelines.domain.records import Sentence
from pipelines.domain.themes.ranks import run_ranks

SENTENCE_THEMES_SCHEMA = {"doc_id": pl.String, "sent_no": pl.Int64, "themes": pl.List(pl.String)}


def sentence_themes_frame(
    hits: pl.DataFrame,
    sentences: pl.DataFrame,
    *,
    relative_cutoff: float = 0.5,
) -> pl.DataFrame:
    """Themes of every sentence of many documents, falling back to the nearest heading's.

    ``sentences`` has doc_id, sent_no, is_heading, heading_path and text. A sentence keeps the
    themes whose score is at least ``relative_cutoff`` times its best theme's score (strongest
    first; sub-themes listed with their parent). A sentence with no evidence takes the themes of
    the innermost enclosing heading (``heading_path``) that has any; the heading is the latest
    one so far with that text. Returns doc_id, sent_no, themes for sentences with any theme.

    Hits are placed on sentence rows by one join; the rest is numpy on row numbers, and Python
    only walks the headings and the sentences that may inherit from one.
    """
    sents = sentences.select(
        pl.col("doc_id").cast(pl.String),
        pl.col("sent_no").cast(pl.Int64),
        pl.col("is_heading").cast(pl.Boolean).fill_null(False),
        pl.col("heading_path").cast(pl.List(pl.String)),
        pl.col("text").cast(pl.String),
    )
    doc_rank, doc_names = run_ranks(sents.get_column("doc_id"))
    matched, row = _sentence_rows(hits, sents, doc_rank, doc_names)
    if not len(row):
        return pl.DataFrame(schema=SENTENCE_THEMES_SCHEMA)
    # own themes: per sentence row, strongest first (ties by theme), within the cutoff
    score = hits.get_column("score").cast(pl.Float64).to_numpy()[matched]
    theme = hits.get_column("theme")
    theme = theme if len(matched) == len(theme) else theme[matched]
    order = _strongest_first(row, score, theme)
    row, score = row[order], score[order]
    first = np.r_[True, row[1:] != row[:-1]]
    best = score[np.flatnonzero(first)][np.cumsum(first) - 1]
    within = score >= relative_cutoff * best
    n_own = np.bincount(row[within], minlength=sents.height)
    offsets = np.zeros(sents.height + 1, dtype=np.int64)
    np.cumsum(n_own, out=offsets[1:])
    names = theme.gather(pl.Series(order[within])).to_arrow()
    own = pl.Series("themes", pa.LargeListArray.from_arrays(pa.array(offsets), names)).cast(
        pl.List(pl.String))
    # sentences without evidence inherit from a heading; both in (doc_id, sent_no) order
    sent_no = sents.get_column("sent_no").to_numpy()
    reading = doc_rank * (int(np.ptp(sent_no)) + 1) + (sent_no - sent_no.min())
    has_own = n_own > 0
    is_heading = sents.get_column("is_heading").to_numpy()
    may_inherit = ~has_own & (sents.get_column("heading_path").list.len().fill_null(0)
                              .to_numpy() > 0)
    source = np.flatnonzero(has_own)
    out = source
    walk = np.flatnonzero(is_heading | may_inherit)
    if np.any(may_inherit):
        walk = walk[np.argsort(reading[walk])]
        inheriting, sources = _inherited(walk, sents, doc_rank, has_own, is_heading,
                                         may_inherit)
        out = np.concatenate([out, inheriting])
        source = np.concatenate([source, sources])
    final = np.argsort(reading[out])
    out, source = pl.Series(out[final]), pl.Series(source[final])
    return pl.DataFrame(
        [sents.get_column("doc_id").gather(out), sents.get_column("sent_no").gather(out),
         own.gather(source)]
    ).cast(SENTENCE_THEMES_SCHEMA)


def _sentence_rows(hits: pl.DataFrame, sents: pl.DataFrame, doc_rank: np.ndarray,
                   doc_names: list) -> tuple[np.ndarray, np.ndarray]:
    """The hits that fall on a row of ``sents`` (same doc_id and sent_no; in hits' order)
    and that row: by numpy on document ranks (``doc_rank``, :func:`run_ranks` of sents'
    doc_id) and sentence numbers when the keys are plain (no nulls, each sentence once), else
    by a polars join (the batch's hits and sentences are small: a join's fixed cost counts)."""
    hit_doc = hits.get_column("doc_id").cast(pl.String)
    hit_no = hits.get_column("sent_no").cast(pl.Int64)
    sent_no = sents.get_column("sent_no").to_numpy()
    plain = not (hit_doc.has_nulls() or hit_no.has_nulls() or None in doc_names
                 or sents.get_column("sent_no").has_nulls())
    if plain and len(sent_no):
        low = int(sent_no.min())
        span = int(sent_no.max()) - low + 1
        keys = doc_rank * span + (sent_no - low)
        order = np.argsort(keys, kind="stable")
        keys = keys[order]
        if len(doc_names) * span < 2**62 and bool(np.all(keys[1:] != keys[:-1])):
            runs, names = run_ranks(hit_doc)
            index = {name: n for n, name in enumerate(doc_names)}
            doc = np.array([index.get(name, -1) for name in names], dtype=np.int64)[runs]
            number = hit_no.to_numpy()
            inside = (doc >= 0) & (number >= low) & (number < low + span)
            wanted = np.where(inside, doc * span + (number - low), -1)
            at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
            matched = np.flatnonzero(inside & (keys[at] == wanted))
            return matched, order[at[matched]]
    placed = hits.select(
        pl.col("doc_id").cast(pl.String), pl.col("sent_no").cast(pl.Int64)
    ).with_row_index("hit").join(sents.select("doc_id", "sent_no").with_row_index("row"),
                                 on=["doc_id", "sent_no"], maintain_order="left")
    return (placed.get_column("hit").to_numpy().astype(np.int64),
            placed.get_column("row").to_numpy().astype(np.int64))


def _strongest_first(row: np.ndarray, score: np.ndarray, theme: pl.Series) -> np.ndarray:
    """Order of hits by sentence row, then score descending, then theme. Hits from
    ``score_documents`` are already so within a sentence: then a stable sort by row does."""
    order = np.argsort(row, kind="stable")
    row, score = row[order], score[order]
    ordered = (row[1:] != row[:-1]) | (score[1:] < score[:-1])
    tied = np.flatnonzero(~ordered & (score[1:] == score[:-1]))
    if len(tied):  # same sentence and score: the themes must ascend (compared only there)
        pairs = theme.gather(pl.Series(order[np.r_[tied, tied + 1]]))
        after = pairs.slice(len(tied)) > pairs.slice(0, len(tied))
        ordered[tied] = after.fill_null(False).to_numpy() if after.has_nulls() else after.to_numpy()
    if bool(np.all(ordered)):
        return order
    theme_rank = theme.rank("dense").to_numpy()[order]
    return order[np.lexsort((theme_rank, -score, row))]


def _inherited(walk: np.ndarray, sents: pl.DataFrame, doc_rank: np.ndarray, has_own: np.ndarray,
               is_heading: np.ndarray, may_inherit: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows that inherit a heading's themes and that heading's row, walking the headings and
    the inheriting rows ``walk`` in reading order: a path entry names the latest heading so
    far with that text (stripped).

    A row whose path is the previous inheriting row's, with no heading or document between
    them, inherits as that row did: only the rows where the path changes are read as lists
    (most rows of a section share one path)."""
    headings, inheriting_rows = walk[is_heading[walk]], walk[may_inherit[walk]]
    texts = iter(sents.get_column("text").gather(pl.Series(headings)).to_list())
    paths = sents.get_column("heading_path").gather(pl.Series(inheriting_rows))
    n = len(paths)
    repeats = np.zeros(n, dtype=bool)
    if n > 1:
        same = paths.slice(1) == paths.slice(0, n - 1)
        repeats[1:] = same.fill_null(False).to_numpy() if same.has_nulls() else same.to_numpy()
    changed = iter(paths.filter(pl.Series(~repeats)).to_list())
    repeats_of = iter(repeats.tolist())
    inheriting: list[int] = []
    sources: list[int] = []
    heading_row: dict[str, int] = {}
    current_doc = None
    path: list[str] = []
    source: int | None = -1  # what the last inheriting row found, while nothing changed
    for row, doc, heading, inherits in zip(
        walk.tolist(), doc_rank[walk].tolist(), is_heading[walk].tolist(),
        may_inherit[walk].tolist(), strict=True
    ):
        if doc != current_doc:
            current_doc, heading_row, source = doc, {}, None
        if heading:
            heading_row[next(texts).strip()] = row
            source = None
        if not inherits:
            continue
        if not next(repeats_of):
            path, source = next(changed), None
        if source is None:
            source = -1
            for entry in reversed(path):
                found = heading_row.get(entry.strip(), -1)
                if found >= 0 and has_own[found]:
                    source = found
                    break
        if source >= 0:
            inheriting.append(row)
            sources.append(source)
    return np.array(inheriting, dtype=np.int64), np.array(sources, dtype=np.int64)


def _sentence_frame(sentences: Sequence[Sentence]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "doc_id": [""] * len(sentences),
            "sent_no": [s.sent_no for s in sentences],
            "is_heading": [s.is_heading for s in sentences],
            "heading_path": [list(s.heading_path) for s in sentences],
            "text": [s.text for s in sentences],
        },
        schema={
            "doc_id": pl.String,
            "sent_no": pl.Int64,
            "is_heading": pl.Boolean,
            "heading_path": pl.List(pl.String),
            "text": pl.String,
        },
    )


def sentence_themes(
    hits: pl.DataFrame,
    sentences: Sequence[Sentence],
    *,
    relative_cutoff: float = 0.5,
) -> dict[int, tuple[str, ...]]:
    """Themes of every sentence of one document (``sentence_themes_frame``), () for none."""
    one_doc = hits.drop("doc_id", strict=False).with_columns(pl.lit("").alias("doc_id"))
    found = sentence_themes_frame(
        one_doc, _sentence_frame(sentences), relative_cutoff=relative_cutoff
    )
    result: dict[int, tuple[str, ...]] = {
        s.sent_no: () for s in sorted(sentences, key=lambda s: s.sent_no)
    }
    for sent_no, themes_here in found.select("sent_no", "themes").iter_rows():
        result[sent_no] = tuple(themes_here)
    return result
