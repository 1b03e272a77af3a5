"""Score the metric extractor on the seeds against the hand-built gold set (`pipelines eval`)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from pipelines.domain.analysis import analyse_document
from pipelines.domain.evaluation import (
    MetricScores,
    load_gold,
    load_reference_dates,
    metrics_frame,
    score_metrics,
)

PROJECT_DIR = Path(__file__).resolve().parents[1]
GOLD_DIR = PROJECT_DIR / "tests" / "gold"


def evaluate_metrics(source_dir: Path = PROJECT_DIR / "seeds",
                     gold_dir: Path = GOLD_DIR) -> MetricScores:
    """Run the extractor on every gold file (at its reference date) and score it."""
    gold = load_gold(gold_dir / "metrics_gold.jsonl")
    dates = load_reference_dates(gold_dir / "documents.yaml")
    frames = []
    for file, ref_date in sorted(dates.items()):
        raw = (source_dir / file).read_text(encoding="utf-8")
        analysis = analyse_document(raw, published_on=ref_date)
        texts = {s.sent_no: s.text for s in analysis.cleaned.sentences}
        frames.append(metrics_frame(analysis.metrics, file, texts))
    return score_metrics(gold, pl.concat(frames, how="diagonal_relaxed"))
