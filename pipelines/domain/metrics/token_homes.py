"""The document's own place from the words the tokens stage already cut, instead of cutting the
place clauses of its first sentences again.

A worker runs the tokens stage before metrics on the same sentences with the same segmenter; its
tokens keep every word but punctuation and whitespace, and a place name is never either. Home
place inference (:func:`.home.infer_home_place`) reads only the words tagged as a place or
ending like one, in text order: those tokens of a slice's first sentences, in their order, give
the same answer as cutting those sentences' place clauses (:func:`.frames.home_from_clauses`),
for a fraction of the cost, and few enough of them are kept to hold a whole batch's.
"""

from __future__ import annotations

import re
from functools import cache

import polars as pl

from pipelines.domain.metrics.home import PLACE_SUFFIX_CHARS, infer_home_place, place_words
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.tagging import WordTags

_WORD = pl.col("word").cast(pl.String)  # tokens may hold it as a Categorical


@cache
def _place_like() -> pl.Expr:
    """What home place inference reads: a word tagged as a place or ending like one, or a body
    named after the country (中国人民银行; lexicon country_body_openings) (home.py)."""
    openings = "|".join(re.escape(w) for w in metric_lexicon().country_body_openings)
    return (pl.col("pos").cast(pl.String).eq("ns")
            | _WORD.str.contains(f"[{''.join(sorted(PLACE_SUFFIX_CHARS))}]$")
            | _WORD.str.contains(f"^(?:{openings})"))


def place_tokens(tokens: pl.DataFrame) -> pl.DataFrame:
    """The rows of ``tokens`` (core.tokens with ``doc_id``, as the tokens stage makes them: a
    sentence's words in order) that home place inference reads: doc_id, sent_no, position,
    word, and ``before``, the word right before it in its sentence ("" after punctuation: a
    company's 公司 right after a noun names a kind, 理财公司, home.place_words)."""
    lex = metric_lexicon()
    named = sorted(set(lex.place_words) | lex.company_self)  # 本港, 访港; 公司, 该行 (home.py)
    return tokens.with_columns(before=_word_before()).filter(
        _place_like() | _WORD.is_in(named)).select(
        pl.col("doc_id").cast(pl.String), "sent_no", "position", _WORD, "before")


def _word_before() -> pl.Expr:
    """The word of the row before when it is the one right before in the same sentence, else
    "" (the tokens keep no punctuation: a gap in the positions is one)."""
    follows = ((pl.col("position").diff() == 1) & (pl.col("sent_no").diff() == 0)
               & (pl.col("doc_id").shift(1) == pl.col("doc_id")))
    return pl.when(follows).then(_WORD.shift(1)).otherwise(pl.lit(""))


def homes_from_tokens(tokens: pl.DataFrame, home_rows: pl.DataFrame, tags: WordTags
                      ) -> dict[tuple[str, int], str | None] | None:
    """(doc_id, slice) -> the document's own place, from the :func:`place_tokens` of its home
    rows (doc_id, sent_no, _slice, _row: their order); None if a word has no tag of its own
    (it is then read from tagging its text: the caller cuts the clauses instead)."""
    keys = [pl.col("doc_id").cast(pl.String), pl.col("sent_no").cast(pl.Int64)]
    found = (tokens.with_columns(keys).join(home_rows.with_columns(keys),
                                            on=["doc_id", "sent_no"], how="inner")
             .sort("_row", "position")
             .group_by("doc_id", "_slice", maintain_order=True).agg("word", "before"))
    words_of = {(d, n): (w, b) for d, n, w, b in found.iter_rows()}
    out: dict[tuple[str, int], str | None] = {}
    for key in home_rows.select("doc_id", "_slice").unique(maintain_order=True).iter_rows():
        words = place_words(*words_of.get(key, ([], [])))
        pos = tags.tags_of(words)
        if pos is None:
            return None
        out[key] = infer_home_place([list(zip(words, pos, strict=True))])
    return out
