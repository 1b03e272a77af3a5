"""One document through the whole domain library: the reference path used by the batch stages,
the `pipelines eval` command and tests."""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from pipelines.domain.cleaning import CleanedDocument, clean_document
from pipelines.domain.records import DateSource, Metric, Sentence

if TYPE_CHECKING:
    from pipelines.domain.metrics.rows import MetricRow


@dataclass(frozen=True)
class DocumentAnalysis:
    cleaned: CleanedDocument
    doc_date: date | None
    date_source: DateSource
    metrics: list[Metric]


def document_date(cleaned: CleanedDocument, raw: str | None = None
                  ) -> tuple[date | None, DateSource]:
    """The date printed in (or inferred from) a cleaned document; ``raw``: its raw page (markup
    as text), whose head may hold a dated line cleaning took apart."""
    from pipelines.domain.docdate import detect_document_date

    body = "\n".join(s.text for s in cleaned.sentences)
    return detect_document_date(body, cleaned.masthead_date_text, raw)


def document_metrics(
    raw: str,
    sentences: Sequence[Sentence],
    doc_date: date | None,
    runs: Mapping[int, Sequence[int]] | None = None,
    place_clauses: Mapping[str, Sequence[str]] | None = None,
    home_place: str | None = None,
    infer_home: bool = True,
    may_count: Container[int] | None = None,
    rows: bool = False,
) -> list[Metric] | list[MetricRow]:
    """Metrics of one document's sentences; quotes are the raw text at their offsets.

    ``runs`` (sent_no -> offset runs, :mod:`.offsets`) is for sentences passed without their
    ``raw_index``: it is expanded only for the few sentences that hold a metric.
    ``place_clauses`` (sentence text -> its clauses that may name a place, found for a whole
    batch at once) spares searching them again when the document's own place is inferred.
    ``infer_home=False``: ``home_place`` is the document's own place as already inferred (from
    all of its sentences, when ``sentences`` leaves some out), used for every group.
    ``may_count``: the sent_nos that may hold a number candidate (found for a batch at once);
    the others are not searched.
    ``rows=True``: :class:`.metrics.rows.MetricRow` tuples instead of records (same fields).
    """
    from pipelines.domain.metrics import extract_metrics
    from pipelines.domain.metrics.tagging import LazyTags, word_tags

    fill = _offsets_from(runs) if runs is not None else None
    found: list = []
    for group in _bounded_groups(sentences, fill):
        # tagged on demand: only sentences holding a number (and clauses naming a place) are read
        tags = LazyTags(group, word_tags(), place_clauses)
        found += extract_metrics(group, tags, doc_date, home_place, raw=raw, offsets=fill,
                                 infer_home=infer_home, may_count=may_count, rows=rows)
    return found


def _offsets_from(runs: Mapping[int, Sequence[int]]) -> Callable[[Sentence], Sentence]:
    """A function giving a sentence its raw_index from ``runs`` (if it has none yet), read
    from the runs on demand (:class:`.metrics.run_index.RunIndex`: a metric reads two offsets
    of its sentence, not every one)."""
    from pipelines.domain.metrics.run_index import RunIndex

    def fill(s: Sentence) -> Sentence:
        if s.raw_index or not s.text or s.sent_no not in runs:
            return s
        index = RunIndex(runs[s.sent_no], len(s.text))
        if isinstance(s, tuple):  # a SentenceRow (metrics.rows)
            return s._replace(raw_index=index)
        filled = s.__class__.__new__(s.__class__)  # model_copy(update=...) without its overhead
        object.__setattr__(filled, "__dict__", {**s.__dict__, "raw_index": index})
        object.__setattr__(filled, "__pydantic_fields_set__", {*s.model_fields_set, "raw_index"})
        object.__setattr__(filled, "__pydantic_extra__", None)
        object.__setattr__(filled, "__pydantic_private__", None)
        return filled

    return fill


# Damaged text can lose its full stops, leaving "sentences" of thousands of characters; the
# extractor looks back over a sentence for each number, so such a run-on is cut at clause marks
# into pieces of at most this many characters (extracted in turn, each with its own context).
MAX_SENTENCE_CHARS = 600
_CLAUSE_ENDS = "；，;,"


def _bounded_groups(
    sentences: Sequence[Sentence], fill: Callable[[Sentence], Sentence] | None = None
) -> list[list[Sentence]]:
    """The sentences as one group, or, if some are run-ons, groups in which each run-on piece
    stands alone (a piece keeps its sentence's number, so metrics still point at it)."""
    if all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences):
        return [list(sentences)]
    groups: list[list[Sentence]] = [[]]
    for s in sentences:
        if len(s.text) <= MAX_SENTENCE_CHARS:
            groups[-1].append(s)
            continue
        if fill is not None:
            s = fill(s)  # each piece gets its slice of the offsets
        for a, b in _clause_pieces(s.text):
            groups.append([s.model_copy(update={
                "text": s.text[a:b], "raw_index": s.raw_index[a:b],
                "raw_start": s.raw_index[a] if s.raw_index else s.raw_start + a,
                "raw_end": s.raw_index[b - 1] + 1 if s.raw_index else s.raw_start + b})])
        groups.append([])
    return [g for g in groups if g]


def _clause_pieces(text: str) -> list[tuple[int, int]]:
    pieces, a = [], 0
    while len(text) - a > MAX_SENTENCE_CHARS:
        window = text[a:a + MAX_SENTENCE_CHARS]
        cut = max(window.rfind(c) for c in _CLAUSE_ENDS) + 1
        b = a + (cut if cut > MAX_SENTENCE_CHARS // 4 else MAX_SENTENCE_CHARS)
        pieces.append((a, b))
        a = b
    pieces.append((a, len(text)))
    return pieces


def analyse_document(raw: str, published_on: date | None = None) -> DocumentAnalysis:
    """Clean, date and extract metrics; ``published_on`` (e.g. from a manifest) wins. Reads the
    page as the batch stages do (pipelines/domain/batches.py): markup as text
    (``cleaning.markup.text_view``, same offsets), the date also from the page's head."""
    from pipelines.domain.cleaning.markup import text_view

    page = text_view(raw)
    cleaned = clean_document(page, markup=False)
    found, source = document_date(cleaned, page)
    doc_date, date_source = (published_on, "manifest") if published_on else (found, source)
    return DocumentAnalysis(cleaned, doc_date, date_source,
                            document_metrics(page, cleaned.sentences, doc_date))
