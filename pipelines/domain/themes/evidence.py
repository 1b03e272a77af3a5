"""Theme evidence per sentence: token runs that spell a term, longest first, summed per
sentence and theme."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import polars as pl
import pyarrow as pa

from pipelines.domain.themes.hashing import low_bits
from pipelines.domain.themes.matcher import Matcher, resolve, spelled_terms
from pipelines.domain.themes.taxonomy import Taxonomy
from pipelines.domain.themes.words import WordTable

HITS_SCHEMA = {
    "sent_no": pl.Int64,
    "theme": pl.String,
    "score": pl.Float64,
    "terms": pl.List(pl.String),
}
DOC_HITS_SCHEMA = {"doc_id": pl.String, **HITS_SCHEMA}


def _document_runs(doc_ids: pl.Series) -> tuple[np.ndarray, int]:
    """Per row the number of its run of equal doc_id, and the number of distinct doc_ids."""
    if doc_ids.dtype == pl.Categorical and not doc_ids.has_nulls():  # by category ids
        ids = doc_ids.to_physical().to_numpy()
        if not len(ids):
            return np.zeros(0, dtype=np.int64), 0
        starts = np.r_[True, ids[1:] != ids[:-1]]
        return np.cumsum(starts) - 1, len(np.unique(ids[starts]))
    runs = doc_ids.rle().struct.unnest()
    lengths = runs.get_column("len").to_numpy()
    return np.repeat(np.arange(len(lengths)), lengths), runs.get_column("value").n_unique()


def _prepared_tokens(tokens: pl.DataFrame, words: WordTable
                     ) -> tuple[pl.DataFrame, np.ndarray, _TokenSpans]:
    """Tokens in reading order (those whose word is empty once stripped left out), the number
    of each one's word in ``words``, and per token its segment, document run and sentence.

    A segment is a run of consecutive positions in one sentence: a term may only be spelled by
    tokens of one segment (a dropped token such as punctuation breaks a run).
    """
    if "doc_id" not in tokens.columns:
        doc_id = pl.lit("", pl.String)
    elif tokens.schema["doc_id"] == pl.Categorical:  # cast where strings are needed
        doc_id = pl.col("doc_id")
    else:
        doc_id = pl.col("doc_id").cast(pl.String)
    base = tokens.select(
        doc_id.alias("doc_id"),
        pl.col("sent_no").cast(pl.Int64),
        pl.col("position").cast(pl.Int64),
        pl.col("is_stopword").cast(pl.Boolean).fill_null(False),
    )
    ids = words.numbers(tokens.get_column("word"))
    empty = words.n_chars[ids] == 0
    if empty.any():
        base = base.filter(pl.Series(~empty))
        ids = ids[~empty]
    doc, n_docs = _document_runs(base.get_column("doc_id"))
    sent = base.get_column("sent_no").to_numpy()
    position = base.get_column("position").to_numpy()
    same_sent = (doc[1:] == doc[:-1]) & (sent[1:] == sent[:-1])
    ordered = bool(
        np.all(
            (doc[1:] != doc[:-1])
            | (sent[1:] > sent[:-1])
            | (same_sent & (position[1:] > position[:-1]))
        )
    )
    n_runs = int(doc[-1]) + 1 if len(doc) else 0
    if not (ordered and n_runs == n_docs):  # documents interleaved or rows out of order
        base = base.with_columns(pl.col("doc_id").cast(pl.String), _id=pl.Series(ids)).sort(
            "doc_id", "sent_no", "position")
        ids, base = base.get_column("_id").to_numpy(), base.drop("_id")
        doc, _ = _document_runs(base.get_column("doc_id"))
        sent = base.get_column("sent_no").to_numpy()
        position = base.get_column("position").to_numpy()
        same_sent = (doc[1:] == doc[:-1]) & (sent[1:] == sent[:-1])
    new_run = np.ones(base.height, dtype=bool)
    new_run[1:] = ~(same_sent & (position[1:] == position[:-1] + 1))
    new_sentence = np.ones(base.height, dtype=bool)
    new_sentence[1:] = ~same_sent
    return base, ids, _TokenSpans(np.cumsum(new_run), doc, np.cumsum(new_sentence) - 1)


@dataclass(frozen=True)
class _TokenSpans:
    """Per token (in reading order): segment, document run and sentence number (counted from
    the start)."""

    segment: np.ndarray
    doc: np.ndarray
    sentence: np.ndarray


def _run_hashes(first: np.ndarray, last: np.ndarray, ids: np.ndarray, words: WordTable
                ) -> np.ndarray:
    """Second hash of the text of each token run [first, last] (for a few short runs)."""
    value = np.zeros(len(first), dtype=np.uint64)
    power = np.ones(len(first), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(int((last - first).max(initial=-1)) + 1):
            inside = np.flatnonzero(first + offset <= last)
            word = ids[first[inside] + offset]
            value[inside] += words.second_hash[word] * power[inside]
            power[inside] *= words.second_power[word]
    return value


def _term_matches(
    tokens: pl.DataFrame, matcher: Matcher
) -> tuple[pl.DataFrame, _TokenSpans, np.ndarray, np.ndarray]:
    """Token runs that spell a term: the prepared tokens, and per run its first token's row
    there and the term id, longest first, no overlaps.

    A run counts when its text is a term, or becomes one once a prefix/suffix of the taxonomy
    is cut off; at most ``max_tokens`` tokens of one run of consecutive positions; a lone
    stopword is never evidence. Runs grow token by token while their text may still become a
    spelling, their hash built from the words' hashes (hash(ab) = hash(a) + base**len(a) *
    hash(b)), and are looked up among the spellings' hashes.
    """
    words = matcher.words
    base, ids, spans = _prepared_tokens(tokens, words)
    seg = spans.segment
    none = np.zeros(0, dtype=np.int64)
    if base.is_empty():
        return base, spans, none, none
    stop = base.get_column("is_stopword").to_numpy()
    n = base.height
    n_chars, word_hash = words.n_chars[ids], words.first_hash[ids]
    # one token: what its word alone gives
    slot = words.slot[ids]
    hit = np.flatnonzero(slot != -1)
    firsts, lasts, hashes, found = [hit], [hit], [word_hash[hit]], [slot[hit]]
    lengths = [n_chars[hit]]
    alive = np.flatnonzero(words.begins[ids])
    run_hash, run_chars = word_hash[alive], n_chars[alive]
    for extra in range(1, matcher.max_tokens):
        inside = alive + extra < n
        alive, run_hash, run_chars = alive[inside], run_hash[inside], run_chars[inside]
        last = alive + extra
        chars = run_chars + n_chars[last]
        inside = (seg[last] == seg[alive]) & (chars <= matcher.max_chars)
        alive, last, run_hash = alive[inside], last[inside], run_hash[inside]
        run_chars, chars = run_chars[inside], chars[inside]
        with np.errstate(over="ignore"):
            h = run_hash + matcher.powers[run_chars] * word_hash[last]
        low = low_bits(h)
        slot = matcher.slots[low]
        hit = slot != -1
        firsts.append(alive[hit])
        lasts.append(last[hit])
        hashes.append(h[hit])
        found.append(slot[hit])
        lengths.append(chars[hit])
        grows = matcher.prefix_bitmap[low]
        alive, run_hash, run_chars = alive[grows], h[grows], chars[grows]
        if not len(alive):
            break
    first, last, h = np.concatenate(firsts), np.concatenate(lasts), np.concatenate(hashes)
    if not len(first):
        return base, spans, none, none
    where = np.concatenate(found).astype(np.int64)
    several = where == -2  # low bits shared by several spellings: look the hash up
    where[several] = np.searchsorted(matcher.hashes, h[several])
    where = np.minimum(where, len(matcher.hashes) - 1)
    hit = (matcher.hashes[where] == h) & (matcher.lengths[where] == np.concatenate(lengths))
    first, last, where = first[hit], last[hit], where[hit]
    hit = _run_hashes(first, last, ids, words) == matcher.second_hashes[where]
    hit &= (last > first) | ~stop[first]  # a lone stopword is never evidence
    first, last = first[hit], last[hit]
    term = spelled_terms(matcher.keys[where[hit]], matcher)
    first, last, term = first[term >= 0], last[term >= 0], term[term >= 0]
    # per start the longest run; a run is kept when it starts at or after the end of every run
    # starting before it (drops runs inside longer ones, and the later of partial overlaps)
    order = np.lexsort((-last, first))
    first, last, term = first[order], last[order], term[order]
    longest = np.ones(len(first), dtype=bool)
    longest[1:] = first[1:] != first[:-1]
    first, last, term = first[longest], last[longest], term[longest]
    reach = np.maximum.accumulate(last + 1)
    kept = np.ones(len(first), dtype=bool)
    kept[1:] = first[1:] >= reach[:-1]
    return base, spans, first[kept], term[kept]


def score_documents(
    tokens: pl.DataFrame,
    table: pl.DataFrame | None = None,
    taxonomy: Taxonomy | None = None,
) -> pl.DataFrame:
    """Theme evidence per sentence of many documents at once.

    ``tokens`` has columns doc_id, sent_no, position, word, pos, is_stopword. Returns doc_id,
    sent_no, theme, score (sum of matched term weights, each occurrence counted) and terms
    (distinct matched terms in order of first appearance), sorted by doc_id, sent_no, then score
    descending. ``table`` / ``taxonomy`` default to the shipped themes.yaml.
    """
    matcher = resolve(table, taxonomy)[1]
    if tokens.is_empty() or not matcher.terms:
        return pl.DataFrame(schema=DOC_HITS_SCHEMA)
    base, spans, rows, terms = _term_matches(tokens, matcher)
    is_evidence = matcher.theme_start[terms + 1] > matcher.theme_start[terms]  # not_evidence: no
    rows, terms = rows[is_evidence], terms[is_evidence]
    if not len(rows):
        return pl.DataFrame(schema=DOC_HITS_SCHEMA)
    return _hit_rows(base, spans, rows, terms, matcher)


def _hit_rows(base: pl.DataFrame, spans: _TokenSpans, rows: np.ndarray, terms: np.ndarray,
              matcher: Matcher) -> pl.DataFrame:
    """Matches (first row, term id; in row order) -> one row per sentence and theme.

    Each match counts for every theme of its term; a (sentence, theme) group sums the weights
    and lists its distinct terms in order of first match. Done with numpy on integer keys
    (sentence number, theme id in name order), strings gathered only for the output rows.
    """
    n_themes = len(matcher.theme_names)
    per_match = matcher.theme_start[terms + 1] - matcher.theme_start[terms]
    pair_match = np.repeat(np.arange(len(rows)), per_match)
    offset_in_match = np.arange(len(pair_match)) - np.repeat(np.cumsum(per_match) - per_match,
                                                             per_match)
    pair = np.repeat(matcher.theme_start[terms], per_match) + offset_in_match
    pair_row, pair_term, pair_theme = rows[pair_match], terms[pair_match], matcher.theme_of[pair]
    # group by (sentence, theme), matches in row order inside a group (a stable sort)
    order = np.argsort(spans.sentence[pair_row] * n_themes + pair_theme, kind="stable")
    pair_row, pair_term, pair_theme = pair_row[order], pair_term[order], pair_theme[order]
    key = spans.sentence[pair_row] * n_themes + pair_theme
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    group = np.cumsum(np.r_[True, key[1:] != key[:-1]]) - 1
    score = np.add.reduceat(matcher.weight_of[pair[order]], starts)
    # output order: doc_id, sent_no, score descending, theme; one integer key (the sentences
    # are numbered in reading order, which is doc_id order unless documents came unsorted)
    row, theme = pair_row[starts], pair_theme[starts]
    sentence = spans.sentence[row]
    doc_ids = base.get_column("doc_id")
    run_first = np.flatnonzero(np.r_[True, spans.doc[1:] != spans.doc[:-1]])
    run_ids = doc_ids.gather(pl.Series(run_first)).to_list()
    in_order = sorted(range(len(run_ids)), key=lambda n: (run_ids[n] is not None, run_ids[n]))
    if in_order != list(range(len(run_ids))):  # documents not in doc_id order (nulls first)
        rank = np.empty(len(run_ids), dtype=np.int64)
        rank[in_order] = np.arange(len(run_ids))
        sentence = rank[spans.doc[row]] * (int(spans.sentence[-1]) + 1) + sentence
    levels, score_rank = np.unique(-score, return_inverse=True)
    final = np.argsort((sentence * len(levels) + score_rank) * n_themes + theme)
    # distinct terms of each group, in order of first match, groups in output order
    _, firsts = np.unique(group * len(matcher.terms) + pair_term, return_index=True)
    firsts.sort()
    n_terms = np.bincount(group[firsts], minlength=len(starts))
    begin = np.cumsum(n_terms) - n_terms
    lengths = n_terms[final]
    offsets = np.zeros(len(final) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    flat = np.repeat(begin[final] - offsets[:-1], lengths) + np.arange(offsets[-1])
    names = matcher.term_arrow.take(pa.array(pair_term[firsts][flat]))
    terms_column = pl.Series("terms", pa.LargeListArray.from_arrays(pa.array(offsets), names))
    return pl.DataFrame(
        [
            # strings picked by numpy from the runs' doc ids and the theme names (few)
            pl.Series("doc_id", np.array(run_ids, dtype=object)[spans.doc[row[final]]],
                      pl.String),
            pl.Series("sent_no", base.get_column("sent_no").to_numpy()[row[final]], pl.Int64),
            pl.Series("theme", matcher.theme_names.to_numpy()[theme[final]], pl.String),
            pl.Series("score", score[final], pl.Float64),
            terms_column.cast(pl.List(pl.String)),
        ]
    )


def score_sentences(
    tokens: pl.DataFrame,
    table: pl.DataFrame | None = None,
    taxonomy: Taxonomy | None = None,
) -> pl.DataFrame:
    """Theme evidence per sentence of one document (``score_documents`` without doc_id).

    ``tokens`` has columns sent_no, position, word, pos, is_stopword; any doc_id is ignored.
    """
    one_doc = tokens.drop("doc_id", strict=False)
    return score_documents(one_doc, table, taxonomy).drop("doc_id")
