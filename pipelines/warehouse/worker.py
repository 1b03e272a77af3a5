"""What a worker process does with one batch of documents: run every stage the batch needs, one
after the other on the same text, and spool the rows to Parquet files.

The run process only loads inputs and bulk-inserts the files (DuckDB reads Parquet in parallel,
streaming), so it never holds a batch's rows as Python objects; and a stage's output feeds the
next one inside the worker instead of round-tripping through the warehouse. Tokens, the largest
output, are produced and spooled a slice of sentences at a time, so a very long document never
holds all of its tokens in memory.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import polars as pl

from pipelines.domain import batches
from pipelines.domain.batches import BatchResult, Failure
from pipelines.domain.filedates import published_date

# Sentences tokenized (and spooled) at once: bounds a very long document's token rows in memory
# (~25 tokens a sentence). Above a batch's usual ~5,300 sentences, so that a batch is one slice:
# each slice costs ~6 ms of fixed polars work and one more file for the run process to insert.
MAX_SLICE_SENTENCES = 20_000


@dataclass(frozen=True)
class Document:
    doc_id: str
    raw_text: str
    published_on: date | None
    date_from_manifest: bool  # a manifest date wins over the one cleaning finds
    name_published_on: date | None = None  # its file name's, when cleaning finds none


@dataclass(frozen=True)
class Job:
    """One batch: documents, the stages to run on them, and what earlier runs already made."""

    documents: list[Document]
    stages: frozenset[str]
    spool: str  # folder for the Parquet files
    metrics_version: str
    sentences: pl.DataFrame | None = None  # core.sentences rows, when cleaning is not rerun
    tokens: pl.DataFrame | None = None  # core.tokens rows, when themes run without tokens


@dataclass
class StageOutput:
    """What one stage made of the batch: Parquet files per table and per-document counts."""

    files: dict[str, list[str]] = field(default_factory=dict)
    n_rows: dict[str, int] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    ran: list[str] = field(default_factory=list)  # documents it processed (ok or failed)


@dataclass
class JobResult:
    outputs: dict[str, StageOutput]
    doc_info: pl.DataFrame | None = None

    def files(self) -> list[str]:
        return [f for out in self.outputs.values() for fs in out.files.values() for f in fs]


# Short enough to cost little, with what each stage loads on its first use: a heading, a dated
# figure, a policy term in quotes, theme words.
_WARM_TEXT = ("一、坚持创新驱动发展\n\n2023年全年新建充电桩6万个，同比增长5.3%。"
              "深入实施“五个聚焦”专项行动，推进数字经济和生态环境保护。\n")
ALL_STAGES = frozenset({"clean", "tokens", "themes", "metrics", "policy_terms"})


def warm_up() -> None:
    """Run every stage once on a short text, so that what each loads on first use (the
    segmenter's tags, the themes' matcher, Arrow's kernels, the Parquet writer) is ready before
    the first batch: a worker starts while the run's first steps run, and a run of a few
    documents would otherwise wait for it."""
    with tempfile.TemporaryDirectory(prefix="pipelines-warm-") as spool:
        run_job(Job([Document("warm", _WARM_TEXT, None, False)], ALL_STAGES, spool, "warm"))


def run_job(job: Job) -> JobResult:
    """Compute every stage of ``job`` in order; a document failing a stage skips its later ones.

    The cyclic garbage collector is paused for the job (the stages' records and frames form no
    cycles; its collections only rescanned them, ~3% of a job).

    The stages' modules are imported here, not with this module: the run process only needs
    the job types, and its workers (forked from a server that preloads them) never import."""
    from pipelines.domain.cleaning.construct import paused_gc

    with paused_gc():
        return _run_job(job)


def _run_job(job: Job) -> JobResult:
    outputs: dict[str, StageOutput] = {}
    doc_info = None
    spool = Path(job.spool)
    sentences = job.sentences
    after_clean = [d.doc_id for d in job.documents]
    if "clean" in job.stages:
        result = batches.clean_batch([(d.doc_id, d.raw_text) for d in job.documents])
        outputs["clean"] = _output(spool, result, after_clean, ("blocks", "sentences"))
        doc_info = result.frames["doc_info"]
        sentences = result.frames["sentences"]
        after_clean = _passed(after_clean, result.failures)
    if sentences is None:
        sentences = pl.DataFrame(schema=batches.SENTENCE_SCHEMA)

    # the words metrics reads to infer each document's place, kept as the tokens stage cuts
    places: list[pl.DataFrame] | None = (
        [] if "metrics" in job.stages and "tokens" in job.stages else None)
    if "tokens" in job.stages or "themes" in job.stages:
        _tokens_and_themes(job, sentences, after_clean, spool, outputs, places)
    if "metrics" in job.stages:
        dates = _metric_dates(job.documents, doc_info, "clean" in job.stages)
        cleaned = set(after_clean)
        docs = [(d.doc_id, d.raw_text, dates[d.doc_id]) for d in job.documents
                if d.doc_id in cleaned]
        result = batches.metrics_batch(docs, _of(sentences, after_clean), job.metrics_version,
                                       _place_tokens(places, outputs))
        outputs["metrics"] = _output(spool, result, after_clean, ("metrics",))
    if "policy_terms" in job.stages:
        result = batches.policy_terms_batch(_of(sentences, after_clean))
        outputs["policy_terms"] = _output(spool, result, after_clean, ("policy_terms",))
    return JobResult(outputs, doc_info)


def _tokens_and_themes(job: Job, sentences: pl.DataFrame, docs: list[str], spool: Path,
                       outputs: dict[str, StageOutput],
                       places: list[pl.DataFrame] | None = None) -> None:
    """Tokens a slice of sentences at a time (spooled at once); the theme hits of each slice
    gathered, then the theme tables of the documents from all their hits."""
    from pipelines.domain.metrics.token_homes import place_tokens

    tok = StageOutput(ran=list(docs))
    hits: list[pl.DataFrame] = []
    hit_failures: list[Failure] = []
    term_counts: list[pl.DataFrame] = []
    spanning: set[str] = set()  # documents cut in several slices
    for part in _slices(_of(sentences, docs)):
        if "tokens" in job.stages:
            result = batches.tokenize_batch(part, categorical=True)
            tokens = result.frames["tokens"]
            _spool(spool, tok, "tokens", tokens)
            if places is not None:
                places.append(place_tokens(tokens))
            term_counts.append(result.frames["term_counts"])
            tok.failures += result.failures
            for doc_id, n in result.n_rows.items():
                if doc_id in tok.n_rows:
                    spanning.add(doc_id)
                tok.n_rows[doc_id] = tok.n_rows.get(doc_id, 0) + n
        else:  # themes rerun on stored tokens
            tokens = job.tokens.join(part.select(pl.col("doc_id").cast(job.tokens["doc_id"].dtype),
                                                 "sent_no"), on=["doc_id", "sent_no"], how="semi")
        if "themes" in job.stages:
            found, failures = batches.theme_hits(tokens)
            hits.append(found)
            hit_failures += failures
    if "tokens" in job.stages:
        _spool_term_counts(spool, tok, term_counts, spanning)
        outputs["tokens"] = tok
    if "themes" in job.stages:
        tokenized = _passed(docs, tok.failures)
        result = batches.themes_from_hits(
            pl.concat(hits) if hits else batches.theme_hits(
                pl.DataFrame(schema=batches.TOKEN_SCHEMA))[0],
            _of(sentences, _passed(tokenized, hit_failures)))
        result.failures += hit_failures
        outputs["themes"] = _output(spool, result, tokenized,
                                    ("theme_hits", "sentence_themes", "document_themes"))


def _spool_term_counts(spool: Path, tok: StageOutput, term_counts: list[pl.DataFrame],
                       spanning: set[str]) -> None:
    """The keyword candidate counts of the documents just cut (what the keywords step would
    otherwise read back from the warehouse and count), summed over the slices a document spans
    (``spanning``: only their rows are grouped); documents without them are counted there."""
    if not term_counts:
        return
    ok = _passed(tok.ran, tok.failures)
    counts = _of(pl.concat(term_counts), ok)
    if spanning:
        split = pl.col("doc_id").is_in(sorted(spanning))
        counts = pl.concat([counts.filter(~split), counts.filter(split).group_by(
            "doc_id", "word").agg(pl.col("count").sum())])
    _spool(spool, tok, "term_counts", counts)
    _spool(spool, tok, "term_documents", pl.DataFrame(
        {"doc_id": ok, "n_tokens": [tok.n_rows.get(d, 0) for d in ok]},
        schema={"doc_id": pl.String, "n_tokens": pl.Int64}))


def _place_tokens(places: list[pl.DataFrame] | None, outputs: dict[str, StageOutput]
                  ) -> pl.DataFrame | None:
    """The words of every sentence that may name a place, when the tokens stage cut them all
    (else metrics cuts them itself)."""
    if places is None or "tokens" not in outputs or outputs["tokens"].failures:
        return None
    return pl.concat(places) if places else None


def _slices(sentences: pl.DataFrame) -> Iterator[pl.DataFrame]:
    """Slices of at most MAX_SLICE_SENTENCES rows that never part a document's sentences,
    except a document longer than a slice, cut at multiples of it from its own first sentence:
    a document's tokens (its place names read from all its sentences) do not depend on the
    other documents of its job. A document's rows are consecutive."""
    start = size = 0
    for n in sentences.get_column("doc_id").rle().struct.field("len").to_list():
        if size and size + n > MAX_SLICE_SENTENCES:
            yield sentences.slice(start, size)
            start, size = start + size, 0
        if n > MAX_SLICE_SENTENCES:
            for offset in range(0, n, MAX_SLICE_SENTENCES):
                yield sentences.slice(start + offset, min(MAX_SLICE_SENTENCES, n - offset))
            start += n
            continue
        size += n
    if size:
        yield sentences.slice(start, size)


def _of(frame: pl.DataFrame, doc_ids: list[str]) -> pl.DataFrame:
    return frame.filter(pl.col("doc_id").is_in(doc_ids))


def _passed(doc_ids: list[str], failures: list[Failure]) -> list[str]:
    failed = {doc_id for doc_id, _ in failures}
    return [d for d in doc_ids if d not in failed]


def _metric_dates(documents: list[Document], doc_info: pl.DataFrame | None,
                  cleaned_now: bool) -> dict[str, date | None]:
    """The date metrics resolve against: as stored, or as cleaning found it just now (else
    the file name's, as show_document_metadata.sql will store it)."""
    if not cleaned_now:
        return {d.doc_id: d.published_on for d in documents}
    found = {doc_id: (day, source) for doc_id, day, source in doc_info.select(
        "doc_id", "detected_date", "detected_date_source").iter_rows()}
    return {d.doc_id: d.published_on if d.date_from_manifest
            else published_date(*found.get(d.doc_id, (None, "unknown")), d.name_published_on)[0]
            for d in documents}


def _output(spool: Path, result: BatchResult, ran: list[str], tables: tuple[str, ...]
            ) -> StageOutput:
    out = StageOutput(n_rows=dict(result.n_rows), failures=list(result.failures), ran=list(ran))
    for table in tables:
        _spool(spool, out, table, result.frames.get(table))
    return out


def _spool(spool: Path, out: StageOutput, table: str, frame: pl.DataFrame | None) -> None:
    if frame is None or frame.is_empty():
        return
    path = spool / f"{table}-{uuid.uuid4().hex}.parquet"
    frame.write_parquet(path, compression="lz4", statistics=False)
    out.files.setdefault(table, []).append(str(path))
