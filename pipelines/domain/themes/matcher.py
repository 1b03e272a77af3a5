"""What term matching needs, built once per taxonomy: the spellings of every term (with the
affixes a segmenter may glue on) as hash tables, and the themes each term is evidence for."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
import polars as pl
import pyarrow as pa

from pipelines.domain.themes.hashing import (
    HASH_BASES,
    beginning_hashes,
    low_bits_bitmap,
    slot_table,
    spelling_hashes,
)
from pipelines.domain.themes.taxonomy import Taxonomy, default_term_table, load_taxonomy, term_table
from pipelines.domain.themes.words import WordTable

MAX_TERM_TOKENS = 8  # longest token run tried when matching a term


@dataclass(frozen=True, eq=False)
class Matcher:
    """What term matching needs, built once per (term table, taxonomy).

    A token run can only count if its text is a "spelling": a term with or without one of the
    taxonomy's prefixes before it and/or suffixes after it. Spellings are identified by a key
    (prefix number, term number, suffix number; number 0 = none) and kept as sorted hashes;
    ``spelled`` holds, per key, the term it counts as (-1: none, -2: not worked out yet).
    """

    terms: tuple[str, ...]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    max_tokens: int  # longest token run that may spell a term
    max_chars: int  # longest spelling
    table: pl.DataFrame  # term_id, term, theme, weight
    term_arrow: pa.Array  # term text by term id
    theme_names: pl.Series  # theme by theme id, ids in name order
    theme_start: np.ndarray  # term id -> start of its rows in theme_of / weight_of (CSR)
    theme_of: np.ndarray  # theme id of each (term, theme) row, grouped by term id
    weight_of: np.ndarray
    hashes: np.ndarray  # first hash of each distinct spelling, sorted
    keys: np.ndarray  # spelling key, second hash and length, in the order of ``hashes``
    second_hashes: np.ndarray
    lengths: np.ndarray
    slots: np.ndarray  # low bits of a first hash -> its index in hashes (-1 none, -2 several)
    prefix_bitmap: np.ndarray  # low bits of the first hashes of the spellings' beginnings
    spelled: np.ndarray
    words: WordTable  # the words met so far, numbered
    powers: np.ndarray  # first hash base ** n for n up to max_chars


def build_matcher(table: pl.DataFrame, taxonomy: Taxonomy) -> Matcher:
    """The matcher of ``table``'s terms; the taxonomy's ``not_evidence`` phrases are matched as
    terms of no theme, so that, longer, they win over the terms inside them."""
    evidence = table.get_column("term").unique(maintain_order=True).to_list()
    terms = tuple(dict.fromkeys(evidence + list(taxonomy.not_evidence)))
    prefixes = tuple(dict.fromkeys(taxonomy.prefixes))
    suffixes = tuple(dict.fromkeys(taxonomy.suffixes))
    longest = max((len(t) for t in terms), default=1)
    affix_room = max((len(a) for a in prefixes + suffixes), default=0)
    ids = pl.DataFrame(
        {"term": terms, "term_id": range(len(terms))},
        schema={"term": pl.String, "term_id": pl.Int64},
    )
    first, lengths = spelling_hashes(prefixes, terms, suffixes, HASH_BASES[0])
    second, _ = spelling_hashes(prefixes, terms, suffixes, HASH_BASES[1])
    # the same text can be spelled several ways (a prefix + term that is itself a term): keep one
    hashes, where = np.unique(first, return_index=True)
    rows = table.select("term", "theme", "weight").join(ids, on="term")
    slots = slot_table(hashes)
    prefix_bitmap = low_bits_bitmap(beginning_hashes(prefixes, terms, suffixes, HASH_BASES[0]))
    max_chars = int(lengths.max(initial=0))
    theme_names = rows.get_column("theme").unique().sort()
    by_term = rows.with_columns(
        pl.col("theme").replace_strict(theme_names, range(len(theme_names))).alias("theme_id")
    ).sort("term_id", maintain_order=True)
    theme_start = np.zeros(len(terms) + 1, dtype=np.int64)
    np.cumsum(np.bincount(by_term.get_column("term_id").to_numpy(), minlength=len(terms)),
              out=theme_start[1:])
    return Matcher(
        terms=terms,
        prefixes=prefixes,
        suffixes=suffixes,
        max_tokens=min(MAX_TERM_TOKENS, longest + affix_room),
        max_chars=max_chars,
        table=rows,
        term_arrow=pa.array(terms, pa.large_string()),
        theme_names=theme_names.alias("theme"),
        theme_start=theme_start,
        theme_of=by_term.get_column("theme_id").to_numpy().astype(np.int64),
        weight_of=by_term.get_column("weight").cast(pl.Float64).to_numpy(),
        hashes=hashes,
        keys=where.astype(np.int64),
        second_hashes=second[where],
        lengths=lengths[where],
        slots=slots,
        prefix_bitmap=prefix_bitmap,
        spelled=np.full(len(first), -2, dtype=np.int64),
        words=WordTable(slots, prefix_bitmap, max_chars),
        powers=np.array([pow(HASH_BASES[0], n, 2**64) for n in range(max_chars + 1)],
                        dtype=np.uint64),
    )


@cache
def default_matcher() -> Matcher:
    return build_matcher(default_term_table(), load_taxonomy())


def resolve(
    table: pl.DataFrame | None, taxonomy: Taxonomy | None
) -> tuple[pl.DataFrame, Matcher]:
    """The term table and matcher to use; the shipped themes.yaml unless others are given."""
    default = load_taxonomy()
    if table is None and (taxonomy is None or taxonomy is default):
        return default_term_table(), default_matcher()
    taxonomy = default if taxonomy is None else taxonomy
    table = term_table(taxonomy.themes) if table is None else table
    return table, build_matcher(table, taxonomy)


def _strip_affixes(text: str, matcher: Matcher) -> str:
    """``text`` without its longest taxonomy prefix, then without its longest suffix."""
    for prefix in sorted(matcher.prefixes, key=len, reverse=True):
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    for suffix in sorted(matcher.suffixes, key=len, reverse=True):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _spelled_term(text: str, matcher: Matcher, term_ids: dict[str, int]) -> int:
    """The term a token run with this text counts as (its id), or -1.

    The text itself when it is a term; otherwise the term left once a prefix and/or suffix
    the segmenter glued on is cut off (推进改革 -> 改革).
    """
    if text in term_ids:
        return term_ids[text]
    stripped = _strip_affixes(text, matcher)
    if stripped != text and len(stripped) >= 2:
        return term_ids.get(stripped, -1)
    return -1


def spelled_terms(keys: np.ndarray, matcher: Matcher) -> np.ndarray:
    """Term id (or -1) for each spelling key; each key is worked out once per process."""
    n_terms, n_suffixes = len(matcher.terms), len(matcher.suffixes) + 1
    memo = matcher.spelled
    unknown = np.unique(keys[memo[keys] == -2])
    if len(unknown):
        term_ids = {t: n for n, t in enumerate(matcher.terms)}
        for key in unknown.tolist():
            prefix, rest = divmod(key, n_terms * n_suffixes)
            term, suffix = divmod(rest, n_suffixes)
            text = (
                (matcher.prefixes[prefix - 1] if prefix else "")
                + matcher.terms[term]
                + (matcher.suffixes[suffix - 1] if suffix else "")
            )
            memo[key] = _spelled_term(text, matcher, term_ids)
    return memo[keys]
