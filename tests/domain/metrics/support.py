"""Inputs for the metric modules' unit tests, built by the real upstream stages: the shared
segmenter's tags placed in the text (clauses.tokens_of), the candidates of candidates.py, and
whole sentences through extract_metrics."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pipelines.domain.metrics import extract_metrics
from pipelines.domain.metrics.candidates import NumberCandidate, find_candidates
from pipelines.domain.metrics.clauses import Toks, tokens_of
from pipelines.domain.metrics.tagging import split_pairs
from pipelines.domain.records import Metric, Sentence
from pipelines.domain.segmentation import default_segmenter


def toks(text: str) -> Toks:
    """The sentence's tokens as the extractor places them."""
    return tokens_of(text, *split_pairs(default_segmenter().tag(text)))


def words(text: str) -> list[str]:
    return toks(text).words


def cand(text: str, quote: str) -> NumberCandidate:
    """The candidate whose quote (text[start:end]) is ``quote``."""
    found = [c for c in find_candidates(text) if text[c.start : c.end] == quote]
    assert len(found) == 1, (quote, [text[c.start : c.end] for c in find_candidates(text)])
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


def by_quote(found: Sequence[Metric]) -> dict[str, Metric]:
    return {m.quote: m for m in found}
