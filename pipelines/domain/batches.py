"""Each processing stage as a function over a batch of documents, returning polars frames.

These are what the orchestration layer runs (in worker processes): plain inputs in, frames out,
one failing document reported in ``failures`` without stopping the batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import chain

import numpy as np
import polars as pl

from pipelines.domain.columns import flat_list_column, list_column

Failure = tuple[str, str]  # (doc_id, readable error)


@dataclass
class BatchResult:
    frames: dict[str, pl.DataFrame]
    failures: list[Failure] = field(default_factory=list)
    n_rows: dict[str, int] = field(default_factory=dict)  # doc_id -> rows produced


def warm_worker() -> None:
    """Load dictionaries and lexicons once per worker process, before its first batch."""
    from pipelines.domain.analysis import analyse_document

    analyse_document("2023年全年新建充电桩6万个，同比增长5.3%。")


def _error(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


# -- cleaning -------------------------------------------------------------------------------------
BLOCK_SCHEMA = {"doc_id": pl.String, "block_no": pl.Int32, "kind": pl.String, "level": pl.Int32,
                "text": pl.String, "raw_start": pl.Int32, "raw_end": pl.Int32}
SENTENCE_SCHEMA = {"doc_id": pl.String, "sent_no": pl.Int32, "block_no": pl.Int32,
                   "text": pl.String, "raw_start": pl.Int32, "raw_end": pl.Int32,
                   "is_heading": pl.Boolean, "heading_path": pl.List(pl.String),
                   "raw_index": pl.List(pl.Int32)}
RUN_COLUMNS = frozenset({"raw_index"})  # offset runs (pipelines.domain.offsets)
DOC_INFO_SCHEMA = {"doc_id": pl.String, "script": pl.String, "detected_date": pl.Date,
                   "detected_date_source": pl.String, "source_hint": pl.String,
                   "title_hint": pl.String, "layout_warning": pl.String}


# A very long document is cleaned piece by piece (cut after a line or sentence end), so memory
# stays bounded by the piece, not the document.
MAX_PIECE_CHARS = 400_000
# Likewise tokens and metrics of a document are produced a slice of sentences at a time.
MAX_SLICE_SENTENCES = 5_000


def clean_batch(docs: Sequence[tuple[str, str]]) -> BatchResult:
    """(doc_id, raw_text) -> blocks, sentences and per-document facts found while cleaning."""
    from pipelines.domain.cleaning import clean_document
    from pipelines.domain.cleaning.columns import warning as columns_warning
    from pipelines.domain.cleaning.markup import text_view
    from pipelines.domain.cleaning.title import document_title
    from pipelines.domain.docdate import detect_document_date

    blocks = _Columns(BLOCK_SCHEMA)
    sentences = _Columns(SENTENCE_SCHEMA, RUN_COLUMNS)
    infos: list[dict] = []
    failures: list[Failure] = []
    n_rows: dict[str, int] = {}
    for doc_id, raw in docs:
        doc_blocks = _Columns(BLOCK_SCHEMA)
        doc_sentences = _Columns(SENTENCE_SCHEMA, RUN_COLUMNS)
        stretches: list[tuple[int, int, int]] = []  # read as columns, lines of the document
        try:
            raw = text_view(raw)  # HTML and Markdown markup as text, offsets kept
            starts = piece_starts(raw, MAX_PIECE_CHARS)
            for a, b in zip(starts, [*starts[1:], len(raw)], strict=True):
                doc = clean_document(raw[a:b], markup=False)
                nb, ns = doc_blocks.height, doc_sentences.height
                doc_blocks.extend(_block_columns(doc_id, doc.block_rows, nb, a))
                sentence_columns = _sentence_columns(doc_id, doc.sentence_rows, ns, nb, a)
                if a == 0:
                    first = doc
                    found_date, date_source = detect_document_date(
                        "\n".join(sentence_columns["text"]), doc.masthead_date_text,
                        raw)
                doc_sentences.extend(sentence_columns)
                if doc.columns:
                    lines = raw.count("\n", 0, a)  # (the piece's first line, from 0)
                    stretches += [(n, lo + lines, hi + lines) for n, lo, hi in doc.columns]
        except Exception as exc:  # one bad document must not stop the batch
            failures.append((doc_id, f"cleaning failed: {_error(exc)}"))
            continue
        blocks.extend(doc_blocks.values)
        sentences.extend(doc_sentences.values)
        title = document_title(first.block_rows)
        infos.append({"doc_id": doc_id, "script": first.script, "detected_date": found_date,
                      "detected_date_source": date_source, "source_hint": first.source_hint,
                      "title_hint": title, "layout_warning": columns_warning(stretches)})
        n_rows[doc_id] = doc_sentences.height
    return BatchResult(
        frames={
            "blocks": blocks.frame(),
            "sentences": sentences.frame(),
            "doc_info": pl.DataFrame(infos, schema=DOC_INFO_SCHEMA),
        },
        failures=failures,
        n_rows=n_rows,
    )


class _Columns:
    """Rows gathered column by column (a frame built from row tuples costs more than cleaning).

    A column named in ``flat`` gathers (flat values, row lengths) chunks instead of one list
    per row (offset runs: built with numpy, never as Python lists).
    """

    def __init__(self, schema: dict[str, pl.DataType], flat: frozenset[str] = frozenset()
                 ) -> None:
        self.schema = schema
        self.flat = flat
        self.values: dict[str, list] = {name: [] for name in schema}

    @property
    def height(self) -> int:
        return len(next(iter(self.values.values())))

    def extend(self, columns: dict[str, list]) -> None:
        for name, values in columns.items():
            self.values[name] += values

    def frame(self) -> pl.DataFrame:
        return pl.DataFrame([
            flat_list_column(name, self.values[name], dtype.inner) if name in self.flat
            else list_column(name, self.values[name], dtype.inner) if isinstance(dtype, pl.List)
            else pl.Series(name, self.values[name], dtype)
            for name, dtype in self.schema.items()])


def _block_columns(doc_id: str, rows: Sequence[tuple], block_shift: int, raw_shift: int
                   ) -> dict[str, list]:
    """Columns of a document's block rows (``CleanedDocument.block_rows``), numbered and placed
    after what earlier pieces of the document gave."""
    if not rows:
        return {name: [] for name in BLOCK_SCHEMA}
    no, kind, level, text, start, end = map(list, zip(*rows, strict=True))
    if block_shift:
        no = [x + block_shift for x in no]
    if raw_shift:
        start = [x + raw_shift for x in start]
        end = [x + raw_shift for x in end]
    return {"doc_id": [doc_id] * len(rows), "block_no": no, "kind": kind, "level": level,
            "text": text, "raw_start": start, "raw_end": end}


def _sentence_columns(doc_id: str, rows: Sequence[tuple], sent_shift: int, block_shift: int,
                      raw_shift: int) -> dict[str, list]:
    """Columns of a document's sentence rows (``CleanedDocument.sentence_rows``); the offset
    runs as one (flat pairs, pair-list lengths) chunk, raw offsets shifted by numpy."""
    if not rows:
        return {name: [] for name in SENTENCE_SCHEMA}
    no, block, text, start, end, heading, path, runs = map(list, zip(*rows, strict=True))
    if sent_shift:
        no = [x + sent_shift for x in no]
    if block_shift:
        block = [x + block_shift for x in block]
    if raw_shift:
        start = [x + raw_shift for x in start]
        end = [x + raw_shift for x in end]
    lengths = np.fromiter(map(len, runs), dtype=np.int64, count=len(runs))
    flat = np.fromiter(chain.from_iterable(runs), dtype=np.int64, count=int(lengths.sum()))
    if raw_shift:
        flat[1::2] += raw_shift
    return {"doc_id": [doc_id] * len(rows), "sent_no": no, "block_no": block, "text": text,
            "raw_start": start, "raw_end": end, "is_heading": heading, "heading_path": path,
            "raw_index": [(flat, lengths)]}


def piece_starts(raw: str, max_chars: int) -> list[int]:
    """Start offsets of pieces of at most ``max_chars``, cut after a line or sentence end."""
    starts = [0]
    while len(raw) - starts[-1] > max_chars:
        lo, hi = starts[-1], starts[-1] + max_chars
        cut = max(raw.rfind("\n", lo, hi), raw.rfind("。", lo, hi)) + 1
        starts.append(cut if cut > lo + max_chars // 2 else hi)
    return starts


# -- tokens ---------------------------------------------------------------------------------------
TOKEN_SCHEMA = {"doc_id": pl.String, "sent_no": pl.Int32, "position": pl.Int32, "word": pl.String,
                "pos": pl.String, "char_start": pl.Int32, "is_stopword": pl.Boolean}


def tokenize_batch(sentences: pl.DataFrame, categorical: bool = False) -> BatchResult:
    """Rows of core.sentences (several documents) -> token rows, and each document's keyword
    candidate counts (``term_counts``, as ``keywords.candidate_counts`` of its tokens).
    ``categorical``: doc_id, word and pos (and the counts' doc_id and word) as Categorical
    columns (same values; cheaper to make and to write to Parquet, which stores them as
    dictionaries anyway).

    All sentences are cut in one pass (numbered by row, mapped back to document and sentence
    after); if that fails, each document on its own, so that the failure names the document.
    """
    from pipelines.domain.keywords import counts_schema

    try:
        return _tokenize(sentences, categorical)
    except Exception:
        parts = []
        for (doc_id,), part in sentences.group_by(["doc_id"], maintain_order=True):
            try:
                parts.append(_tokenize(part, categorical))
            except Exception as exc:
                parts.append(BatchResult({}, [(doc_id, f"segmentation failed: {_error(exc)}")]))
        return _merge(parts, {"tokens": _token_schema(categorical),
                              "term_counts": counts_schema(categorical)})


def _token_schema(categorical: bool) -> dict[str, pl.DataType]:
    return ({name: pl.Categorical() if dtype == pl.String else dtype
             for name, dtype in TOKEN_SCHEMA.items()} if categorical else TOKEN_SCHEMA)


def _tokenize(sentences: pl.DataFrame, categorical: bool = False) -> BatchResult:
    from pipelines.domain.keywords import COUNTS_SCHEMA, CandidateIndex, coded_candidate_counts
    from pipelines.domain.segmentation import default_segmenter

    # each sentence with its document: a place name its document shows as a name (its title,
    # an organ's name, a list) is one word wherever that document writes it
    coded = default_segmenter().tokenize_coded(
        sentences["text"].to_list(), range(sentences.height), categorical,
        documents=sentences["doc_id"].to_list())
    rows = coded.frame
    doc_ids = sentences.get_column("doc_id")
    schema = _token_schema(categorical)
    # doc_id and sent_no of each token gathered by its sentence's row (numpy, one gather each)
    tokens = pl.DataFrame([
        (doc_ids.cast(pl.Categorical()) if categorical else doc_ids)[coded.texts],
        pl.Series("sent_no", sentences.get_column("sent_no").to_numpy()[coded.texts]),
        *(rows.get_column(name) for name in list(schema)[2:])])
    if tokens.schema != schema:  # only when the sentence columns come in other types
        tokens = tokens.cast(schema)
    # candidates are worked out once per vocabulary word, kept with the vocabulary
    vocab = coded.vocabulary
    index = vocab.memo.get("keyword_candidates")
    if index is None:
        index = vocab.memo["keyword_candidates"] = CandidateIndex()
    index.update(vocab.words, vocab.tags, vocab.stopword)
    term_counts = coded_candidate_counts(doc_ids, coded.texts, coded.codes, index, categorical)
    return BatchResult({"tokens": tokens,
                        "term_counts": term_counts if categorical
                        else term_counts.cast(COUNTS_SCHEMA)},
                       n_rows=_rows_per_document(doc_ids, coded.texts))


def _rows_per_document(doc_ids: pl.Series, row_of: np.ndarray) -> dict[str, int]:
    """Rows per document (every one of ``doc_ids``, 0 if none) of output rows made from the
    rows ``row_of`` of a frame whose rows come grouped by document (runs of ``doc_ids``)."""
    runs = doc_ids.rle().struct.unnest()
    lengths = runs.get_column("len").to_numpy().astype(np.int64)
    if not len(lengths):
        return {}
    per_row = np.bincount(row_of, minlength=len(doc_ids))
    per_run = np.add.reduceat(per_row, np.cumsum(lengths) - lengths)
    counts: dict[str, int] = {}
    for doc_id, n in zip(runs.get_column("value").to_list(), per_run.tolist(), strict=True):
        counts[doc_id] = counts.get(doc_id, 0) + n
    return counts


# -- metrics --------------------------------------------------------------------------------------
EXTRACTED_SCHEMA = {
    "metric_id": pl.String, "doc_id": pl.String, "sent_no": pl.Int32, "quote": pl.String,
    "char_start": pl.Int32, "char_end": pl.Int32, "indicator": pl.String,
    "indicator_key": pl.String, "subject": pl.String, "value": pl.Float64,
    "value_high": pl.Float64, "unit_raw": pl.String, "value_normalized": pl.Float64,
    "unit": pl.String, "kind": pl.String, "qualifier": pl.String, "qualifier_text": pl.String,
    "period_text": pl.String, "period_start": pl.Date, "period_end": pl.Date,
    "basis": pl.String, "value_high_normalized": pl.Float64, "extractor_version": pl.String,
}
# What the metrics stage stores beyond the extracted fields: the place the number is about (its
# subject, else the document's own place), so that figures of different places are never
# compared when neither sentence names its place.
METRIC_SCHEMA = {**EXTRACTED_SCHEMA, "place": pl.String}


def metrics_batch(
    docs: Sequence[tuple[str, str, date | None]], sentences: pl.DataFrame, version: str,
    tokens: pl.DataFrame | None = None,
) -> BatchResult:
    """(doc_id, raw_text, doc_date) and their sentence rows -> metric rows.

    ``tokens``: the :func:`.metrics.token_homes.place_tokens` of these sentences, when the
    tokens stage just cut them: the documents' own places are read from them."""
    from pipelines.domain.analysis import MAX_SENTENCE_CHARS, document_metrics
    from pipelines.domain.cleaning.markup import text_view
    from pipelines.domain.metrics.extract import HOME_SENTENCES
    from pipelines.domain.metrics.frames import home_from_clauses, metric_frame, slice_rows
    from pipelines.domain.metrics.home import (
        home_from_masthead,
        home_from_title,
        paper_city_home,
        settled_home,
    )
    from pipelines.domain.metrics.rows import sentence_rows
    from pipelines.domain.metrics.tagging import word_tags

    # found for the whole batch in vectorised passes: the rows extraction has to read (most hold
    # neither a number nor a period: no record is built for them) and, per slice of a document,
    # the clauses of its first rows that may name a place (read to infer the document's place,
    # unless their words are given)
    tag = word_tags()
    frames = slice_rows(sentences, MAX_SLICE_SENTENCES, MAX_SENTENCE_CHARS, HOME_SENTENCES,
                        with_clauses=tokens is None)
    homes = None
    if tokens is not None:
        from pipelines.domain.metrics.token_homes import homes_from_tokens

        homes = homes_from_tokens(tokens, frames.home_rows, tag)
    if tokens is not None and homes is None:  # a word without a tag of its own: as without
        frames = slice_rows(sentences, MAX_SLICE_SENTENCES, MAX_SENTENCE_CHARS, HOME_SENTENCES)
    rows = frames.rows  # records and columns of all its rows at once, then read per slice
    sents = sentence_rows(rows)  # plain tuples: most rows are read for their text only
    runs = rows.get_column("raw_index").to_list()
    may = rows.get_column("_may_count").to_list()
    clauses = None
    metrics: list = []  # of every document, with the document and id of each
    doc_ids: list[str] = []
    ids: list[str] = []
    failures: list[Failure] = []
    n_rows: dict[str, int] = {}
    by_doc = frames.row_groups()
    homes_of: dict[str, str | None] = {}  # the document's own place, as its first slice found it
    for doc_id, raw, doc_date in docs:
        try:  # a very long document goes a slice of sentences at a time (bounded memory); offset
            # maps are expanded only for the sentences that hold a metric (most hold none)
            raw = text_view(raw)  # as cleaning read it: markup as text (text tables, quotes)
            title_home = home_from_title(raw)  # a title naming its place wins over the words
            found = []
            for key, at in by_doc.get(doc_id, ()):
                piece = [sents[i] for i in at]
                piece_runs = {sents[i].sent_no: runs[i] for i in at}
                may_count = {sents[i].sent_no for i in at if may[i]}
                if key in frames.home_clauses:  # the rows that matter of one group
                    home = title_home or (
                        homes[key] if homes is not None
                        else home_from_clauses(frames.home_clauses[key], tag))
                    # a page naming its province only as 全省: the paper that printed it
                    home = home or home_from_masthead(raw)
                    # Taiwan's, when it counts Minguo years and names no Taiwan place its own
                    home = settled_home(home, (s.text for s in piece))
                    # a city paper's page naming one district most: the city's
                    home = paper_city_home(home, raw, (s.text for s in piece))
                    homes_of.setdefault(doc_id, home)
                    found += document_metrics(raw, piece, doc_date, piece_runs, None, home,
                                              False, may_count, rows=True)
                else:  # a slice holding a run-on sentence: every row, groups made there
                    if clauses is None:
                        clauses = rows.get_column("_place_clauses").to_list()
                    found += document_metrics(
                        raw, piece, doc_date, piece_runs, {sents[i].text: clauses[i] for i in at},
                        may_count=may_count, rows=True)
        except Exception as exc:
            failures.append((doc_id, f"metric extraction failed: {_error(exc)}"))
            continue
        metrics += found
        doc_ids += [doc_id] * len(found)
        ids += [f"{doc_id}-{m.sent_no}-{m.char_start}-{i}" for i, m in enumerate(found)]
        n_rows[doc_id] = len(found)
    frame = metric_frame(metrics, doc_ids, ids, version, EXTRACTED_SCHEMA)
    return BatchResult({"metrics": with_place(frame, homes_of)}, failures, n_rows)


def with_place(metrics: pl.DataFrame, homes: dict[str, str | None]) -> pl.DataFrame:
    """``metrics`` with ``place``: the subject, else the document's own place without its level
    (成都 for 成都市, as subjects are written), else null (the place is not known)."""
    from pipelines.domain.metrics.place_names import home_stem

    stems = {doc: home_stem(home) for doc, home in homes.items() if home}
    home = pl.col("doc_id").replace_strict(list(stems), list(stems.values()), default=None,
                                           return_dtype=pl.String)
    subject = pl.col("subject")
    short = _short_places(metrics)
    if short:  # 双城经济圈 after 成渝地区双城经济圈: one place, under its full name
        subject = pl.concat_str("doc_id", pl.lit("\x00"), "subject").replace(short).str.replace(
            r"^[^\x00]*\x00", "")
    return metrics.with_columns(pl.coalesce(subject, home).alias("place"))


def _short_places(metrics: pl.DataFrame) -> dict[str, str]:
    """doc_id NUL subject -> doc_id NUL the longer subject of the same document that ends with it
    (双城经济圈 -> 成渝地区双城经济圈): a document that names a place in full and then short means
    one place, so its figures are one series. Names of fewer than three characters are kept."""
    pairs = metrics.select("doc_id", "subject").drop_nulls().unique()
    if pairs.height < 2:
        return {}
    by_doc: dict[str, list[str]] = {}
    for doc, subj in pairs.iter_rows():
        by_doc.setdefault(doc, []).append(subj)
    out: dict[str, str] = {}
    for doc, names in by_doc.items():
        for name in names:
            if len(name) < 3:
                continue
            longer = [n for n in names if len(n) > len(name) and n.endswith(name)]
            if longer:
                out[f"{doc}\x00{name}"] = f"{doc}\x00{max(longer, key=len)}"
    return out


# -- themes ---------------------------------------------------------------------------------------
THEME_HIT_SCHEMA = {"doc_id": pl.String, "sent_no": pl.Int32, "theme": pl.String,
                    "score": pl.Float64, "terms": pl.List(pl.String)}
SENTENCE_THEME_SCHEMA = {"doc_id": pl.String, "sent_no": pl.Int32, "themes": pl.List(pl.String)}
DOC_THEME_SCHEMA = {"doc_id": pl.String, "theme": pl.String, "score": pl.Float64,
                    "rank": pl.Int32, "n_mentions": pl.Int32}


def themes_batch(sentences: pl.DataFrame, tokens: pl.DataFrame) -> BatchResult:
    """Sentence and token rows of several documents -> theme hits, sentence and document themes."""
    docs = sentences.select("doc_id").unique()
    hits, failures = theme_hits(tokens.join(docs, on="doc_id", how="semi"))
    failed = [doc_id for doc_id, _ in failures]
    result = themes_from_hits(hits, sentences.filter(~pl.col("doc_id").is_in(failed)))
    result.failures += failures
    return result


def theme_hits(tokens: pl.DataFrame) -> tuple[pl.DataFrame, list[Failure]]:
    """Theme evidence per sentence, scored in one vectorised pass over all documents; if that
    fails, each document on its own, so that the failure names the document."""
    from pipelines.domain.themes import score_documents

    try:
        return score_documents(tokens), []
    except Exception:
        found, failures = [], []
        for (doc_id,), part in tokens.group_by(["doc_id"], maintain_order=True):
            try:
                found.append(score_documents(part))
            except Exception as exc:
                failures.append((doc_id, f"theme scoring failed: {_error(exc)}"))
        return pl.concat(found) if found else score_documents(tokens.clear()), failures


def themes_from_hits(hits: pl.DataFrame, sentences: pl.DataFrame) -> BatchResult:
    """Hits (of all sentences of the documents in ``sentences``) -> the three theme tables."""
    try:
        return _theme_frames(hits, sentences)
    except Exception:
        parts = [_theme_frames_or_failure(doc_id, hits.filter(pl.col("doc_id") == doc_id), part)
                 for (doc_id,), part in sentences.group_by(["doc_id"], maintain_order=True)]
        return _merge(parts, {"theme_hits": THEME_HIT_SCHEMA,
                              "sentence_themes": SENTENCE_THEME_SCHEMA,
                              "document_themes": DOC_THEME_SCHEMA})


def _theme_frames(hits: pl.DataFrame, sentences: pl.DataFrame) -> BatchResult:
    from pipelines.domain import themes

    docs = set(_run_counts(sentences.get_column("doc_id")))
    counts = _run_counts(hits.get_column("doc_id"))
    if not counts.keys() <= docs:  # hits of other documents: leave them out
        hits = hits.join(pl.DataFrame({"doc_id": list(docs)}, schema={"doc_id": pl.String}),
                         on="doc_id", how="semi")
        counts = _run_counts(hits.get_column("doc_id"))
    return BatchResult(
        frames={
            "theme_hits": _in_schema(hits, THEME_HIT_SCHEMA),
            "sentence_themes": _in_schema(themes.sentence_themes_frame(hits, sentences),
                                          SENTENCE_THEME_SCHEMA),
            "document_themes": _in_schema(themes.document_themes_frame(hits, sentences),
                                          DOC_THEME_SCHEMA),
        },
        n_rows={d: counts.get(d, 0) for d in docs},
    )


def _in_schema(frame: pl.DataFrame, schema: dict[str, pl.DataType]) -> pl.DataFrame:
    """``frame``'s columns of ``schema``, in its order and types; as it is when they already are
    (each polars step costs ~0.1-0.3 ms even on a small frame)."""
    if frame.columns != list(schema):
        frame = frame.select(list(schema))
    return frame if frame.schema == pl.Schema(schema) else frame.cast(schema)


def _run_counts(doc_ids: pl.Series) -> dict[str, int]:
    """Rows per doc_id, counted over runs of equal values (rows come grouped by document)."""
    runs = doc_ids.rle().struct.unnest()
    counts: dict[str, int] = {}
    for doc_id, n in zip(runs.get_column("value").to_list(), runs.get_column("len").to_list(),
                         strict=True):
        counts[doc_id] = counts.get(doc_id, 0) + n
    return counts


def _theme_frames_or_failure(doc_id: str, hits: pl.DataFrame, part: pl.DataFrame) -> BatchResult:
    try:
        return _theme_frames(hits, part)
    except Exception as exc:
        return BatchResult({}, [(doc_id, f"theme scoring failed: {_error(exc)}")])


def _merge(parts: list[BatchResult], schemas: dict[str, dict]) -> BatchResult:
    """One BatchResult from per-document ones (the fallback path)."""
    return BatchResult(
        frames={name: pl.concat([p.frames[name] for p in parts if name in p.frames]
                                or [pl.DataFrame(schema=schema)])
                for name, schema in schemas.items()},
        failures=[f for p in parts for f in p.failures],
        n_rows={k: v for p in parts for k, v in p.n_rows.items()},
    )


# -- policy terms ---------------------------------------------------------------------------------
POLICY_TERM_SCHEMA = {"doc_id": pl.String, "term": pl.String, "kind": pl.String,
                      "count": pl.Int32}


def policy_terms_batch(sentences: pl.DataFrame) -> BatchResult:
    """Sentence rows of several documents -> policy term counts per document (one pass; on
    failure each document alone, so the error names it)."""
    try:
        return _policy_terms(sentences)
    except Exception:
        parts = []
        for (doc_id,), part in sentences.group_by(["doc_id"], maintain_order=True):
            try:
                parts.append(_policy_terms(part))
            except Exception as exc:
                parts.append(BatchResult(
                    {}, [(doc_id, f"policy term extraction failed: {_error(exc)}")]))
        return _merge(parts, {"policy_terms": POLICY_TERM_SCHEMA})


def _policy_terms(sentences: pl.DataFrame) -> BatchResult:
    from pipelines.domain.policy_terms import policy_terms_frame

    frame = _in_schema(policy_terms_frame(sentences.select("doc_id", "text")),
                       POLICY_TERM_SCHEMA)
    counts = _run_counts(frame.get_column("doc_id"))  # a document's rows come together
    return BatchResult({"policy_terms": frame}, n_rows={
        d: counts.get(d, 0) for d in _run_counts(sentences.get_column("doc_id"))})
