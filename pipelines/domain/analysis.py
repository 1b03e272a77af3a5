"""One document through the whole domain library: the reference path used by the batch stages,
the `pipelines eval` command and tests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from pipelines.domain.cleaning import CleanedDocument, clean_document
from pipelines.domain.records import DateSource, Metric, Sentence


@dataclass(frozen=True)
class DocumentAnalysis:
    cleaned: CleanedDocument
    doc_date: date | None
    date_source: DateSource
    metrics: list[Metric]


def document_date(cleaned: CleanedDocument) -> tuple[date | None, DateSource]:
    """The date printed in (or inferred from) a cleaned document."""
    from pipelines.domain.docdate import detect_document_date

    body = "\n".join(s.text for s in cleaned.sentences)
    return detect_document_date(body, cleaned.masthead_date_text)


def document_metrics(
    raw: str, sentences: Sequence[Sentence], doc_date: date | None
) -> list[Metric]:
    """Metrics of one document's sentences; quotes are the raw text at their offsets."""
    from pipelines.domain.metrics import extract_metrics
    from pipelines.domain.segmentation import default_segmenter

    seg = default_segmenter()
    tags = {s.sent_no: seg.tag(s.text) for s in sentences}
    return extract_metrics(sentences, tags, doc_date, raw=raw)


def analyse_document(raw: str, published_on: date | None = None) -> DocumentAnalysis:
    """Clean, date and extract metrics; ``published_on`` (e.g. from a manifest) wins."""
    cleaned = clean_document(raw)
    found, source = document_date(cleaned)
    doc_date, date_source = (published_on, "manifest") if published_on else (found, source)
    return DocumentAnalysis(cleaned, doc_date, date_source,
                            document_metrics(raw, cleaned.sentences, doc_date))
