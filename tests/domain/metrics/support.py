"""Inputs for the metric modules' unit tests, built by the real upstream stages: the shared
segmenter's tags placed in the text (clauses.tokens_of), the candidates of candidates.py, and
whole sentences through extract_metrics."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache
from pathlib import Path

import polars as pl
import yaml

from pipelines.domain import batches
from pipelines.domain.evaluation import (
    MetricScores,
    load_gold,
    load_reference_dates,
    metrics_frame,
    score_metrics,
)
from pipelines.domain.metrics import extract_metrics
from pipelines.domain.metrics.candidate_pass import find_candidates
from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.clauses import Toks, tokens_of
from pipelines.domain.metrics.tagging import split_pairs
from pipelines.domain.offsets import encode_runs
from pipelines.domain.records import Metric, Sentence
from pipelines.domain.segmentation import default_segmenter
from pipelines.evaluate import analyse_document

HELDOUT = Path(__file__).resolve().parents[2] / "gold" / "heldout"


def toks(text: str) -> Toks:
    """The sentence's tokens as the extractor places them."""
    return tokens_of(text, *split_pairs(default_segmenter().tag(text)))


def words(text: str) -> list[str]:
    return toks(text).words


def candidate_quotes(text: str) -> list[str]:
    """The quotes (text[start:end]) of every number candidate in ``text``, in order."""
    return [text[c.start : c.end] for c in find_candidates(text)]


def only_candidate(text: str) -> tuple[str, NumberCandidate]:
    """The quote and the candidate of a text that holds exactly one."""
    found = find_candidates(text)
    assert len(found) == 1, [text[c.start : c.end] for c in found]
    return text[found[0].start : found[0].end], found[0]


def cand(text: str, quote: str) -> NumberCandidate:
    """The candidate whose quote (text[start:end]) is ``quote``."""
    found = [c for c in find_candidates(text) if text[c.start : c.end] == quote]
    assert len(found) == 1, (quote, candidate_quotes(text))
    return found[0]


def sentences(texts: Sequence[str], heading_path: tuple[str, ...] = ()) -> list[Sentence]:
    """One paragraph of sentences (offsets: each sentence alone)."""
    return [Sentence(sent_no=i, block_no=0, text=t, raw_start=0, raw_end=len(t),
                     heading_path=heading_path) for i, t in enumerate(texts)]


def metrics(texts: Sequence[str], doc: date | None = date(2024, 7, 10),
            home: str | None = "成都市") -> list[Metric]:
    """extract_metrics of one paragraph, tagged by the shared segmenter."""
    sents = sentences(texts)
    seg = default_segmenter()
    return extract_metrics(sents, {s.sent_no: seg.tag(s.text) for s in sents}, doc, home)


def document_by_number(raw: str, published_on: date) -> dict[str, Metric]:
    """A whole document's metrics keyed by their number and unit (a bound's words, 约 / 达到 /
    突破, left off the quote)."""
    found = analyse_document(raw, published_on=published_on).metrics
    return {m.quote.removeprefix(m.qualifier_text or ""): m for m in found}


def period_dates(m: Metric) -> tuple[date | None, date | None]:
    return m.period_start, m.period_end


def by_quote(found: Sequence[Metric]) -> dict[str, Metric]:
    return {m.quote: m for m in found}


def heldout_round_scores(prefixes: tuple[str, ...]) -> MetricScores:
    """The held-out documents whose names start with ``prefixes`` (a blind round's three),
    against their labels only."""
    gold = load_gold(HELDOUT / "metrics_gold.jsonl")
    gold = gold.filter(pl.any_horizontal(pl.col("file").str.starts_with(p) for p in prefixes))
    frames = []
    for file, ref_date in sorted(load_reference_dates(HELDOUT / "documents.yaml").items()):
        if not file.startswith(prefixes):
            continue
        analysis = analyse_document((HELDOUT / file).read_text(encoding="utf-8"),
                                    published_on=ref_date)
        texts = {s.sent_no: s.text for s in analysis.cleaned.sentences}
        frames.append(metrics_frame(analysis.metrics, file, texts))
    return score_metrics(gold, pl.concat(frames, how="diagonal_relaxed"))


def fields_below(scores: MetricScores, floors: dict[str, float]) -> dict[str, float | None]:
    """The fields whose accuracy is under their floor (none: all hold)."""
    return {f: scores.accuracy(f) for f, floor in floors.items()
            if (scores.accuracy(f) or 0) < floor}


def assert_blind_round(scores: MetricScores, prefixes: tuple[str, ...], precision: float,
                       recall: float, min_gold: int = 205) -> None:
    """A blind round is scored on its own documents only (at least ``min_gold`` labelled rows:
    none lost), and detects above its floors."""
    files = [f.file for f in scores.per_file]
    assert all(file.startswith(prefixes) for file in files), files
    assert all(any(file.startswith(p) for file in files) for p in prefixes), files
    assert scores.gold_count >= min_gold
    assert scores.precision >= precision, scores.format()
    assert scores.recall >= recall, scores.format()


def row_metrics(raw: str, row: str, published_on: date) -> list[Metric]:
    """The metrics read from the line ``row`` of ``raw`` (a text table's row), left to right."""
    start = raw.index(row)
    found = analyse_document(raw, published_on=published_on).metrics
    return sorted((m for m in found if start <= m.char_start < start + len(row)),
                  key=lambda m: m.char_start)


def metrics_after(raw: str, after: str, published_on: date = date(2025, 10, 20)) -> list[Metric]:
    """The metrics of ``raw`` from the first ``after`` on (a table after a lead), in order."""
    start = raw.index(after)
    found = analyse_document(raw, published_on=published_on).metrics
    return sorted((m for m in found if m.char_start >= start), key=lambda m: m.char_start)


def sentence_frame(sents: Sequence[Sentence], doc_id: str = "d") -> pl.DataFrame:
    """A document's sentences as the cleaning stage stores them (the batch path's input)."""
    return pl.DataFrame({
        "doc_id": [doc_id] * len(sents), "sent_no": [s.sent_no for s in sents],
        "block_no": [s.block_no for s in sents], "text": [s.text for s in sents],
        "raw_start": [s.raw_start for s in sents], "raw_end": [s.raw_end for s in sents],
        "is_heading": [s.is_heading for s in sents],
        "heading_path": [list(s.heading_path) for s in sents],
        "raw_index": [encode_runs(s.raw_index) for s in sents]},
        schema=batches.SENTENCE_SCHEMA)


def heldout_documents() -> list[tuple[str, str, date]]:
    """(file, text, reference date) of every held-out document, in documents.yaml's order."""
    meta = yaml.safe_load((HELDOUT / "documents.yaml").read_text(encoding="utf-8"))
    return [(m["file"], (HELDOUT / m["file"]).read_text(encoding="utf-8"), m["reference_date"])
            for m in meta["documents"]]


def batch_metrics(docs: Sequence[tuple[str, str, date | None]]) -> pl.DataFrame:
    """The metrics frame the warehouse's stages write for ``docs`` (clean, then extract)."""
    sents = batches.clean_batch([(d, raw) for d, raw, _ in docs]).frames["sentences"]
    return batches.metrics_batch(list(docs), sents, "v").frames["metrics"]


@cache
def heldout_batch_metrics() -> pl.DataFrame:
    """:func:`batch_metrics` of every held-out document (read once for the tests that need it)."""
    return batch_metrics(heldout_documents())
