"""Dated metric extraction: numbers with units, qualifiers, indicators, kinds and periods."""

from pipelines.domain.metrics.extract import extract_metrics

__all__ = ["extract_metrics"]
