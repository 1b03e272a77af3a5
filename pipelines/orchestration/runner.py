"""Run the whole graph in-process against the Dagster instance (recorded, visible in the UI)
and report what the warehouse now holds."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

import dagster as dg

from pipelines.orchestration import settings
from pipelines.warehouse import WarehouseError, open_warehouse
from pipelines.warehouse.marts import marts_row_counts
from pipelines.warehouse.sqlfiles import query

SUMMARY_LABELS = {"documents": "documents", "sentences": "sentences", "metrics": "metrics",
                  "document_themes": "document themes", "keywords": "keywords"}


@dataclass
class RunOutcome:
    run_id: str
    success: bool
    error: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    failed_files: list[tuple[str, str]] = field(default_factory=list)
    repaired_files: list[tuple[str, str]] = field(default_factory=list)

    def summary_text(self, seconds: float) -> str:
        parts = ", ".join(f"{self.counts.get(k, 0)} {label}" for k, label in
                          SUMMARY_LABELS.items())
        return f"done in {seconds:.1f}s: {parts}  ->  {settings.warehouse_path()}"


class _ProgressFormatter(logging.Formatter):
    """One short line per step start/end, check and message of ours; no Dagster debug noise."""

    def format(self, record: logging.LogRecord) -> str:
        meta = getattr(record, "dagster_meta", {}) or {}
        step = meta.get("step_key") or ""
        event = meta.get("dagster_event")
        message = meta.get("orig_message") or record.getMessage()
        if event is None:  # (a message of the run's, such as a resource's, has no step)
            return f"  {step}: {message}" if step else f"  {message}"
        kind = event.event_type_value
        if kind == "STEP_START":
            return f"▶ {step}"
        if kind == "STEP_SUCCESS":
            return f"✓ {step}"
        if kind == "STEP_FAILURE":
            return f"✗ {step}: {message}"
        if kind == "ASSET_CHECK_EVALUATION":
            data = event.event_specific_data
            failed = "warning" if data.severity == dg.AssetCheckSeverity.WARN else "FAILED"
            return f"  check {data.check_name}: {'passed' if data.passed else failed}"
        return ""


class _SkipEmpty(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        meta = getattr(record, "dagster_meta", {}) or {}
        event = meta.get("dagster_event")
        if event is None:
            return record.levelno >= logging.INFO
        return event.event_type_value in {"STEP_START", "STEP_SUCCESS", "STEP_FAILURE",
                                          "ASSET_CHECK_EVALUATION"}


def progress_logger_def(stream=None) -> dg.LoggerDefinition:
    """Progress lines to ``stream`` (the standard output of the moment the run starts)."""
    @dg.logger(description="Concise progress lines for the command line")
    def _progress(_init_context) -> logging.Logger:
        log = logging.Logger("pipelines.progress", level=logging.DEBUG)
        handler = logging.StreamHandler(stream or sys.stdout)
        handler.setFormatter(_ProgressFormatter())
        handler.addFilter(_SkipEmpty())
        log.addHandler(handler)
        return log

    return _progress


def run_pipeline(progress: Callable[[str], None] | None = print,
                 instance: dg.DagsterInstance | None = None) -> RunOutcome:
    """Materialize every asset (and its checks) once; never raises for a failed run."""
    from pipelines.orchestration.definitions import build_definitions

    defs = build_definitions()
    job = defs.resolve_job_def("full_pipeline")
    run_config: dict = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}
    if progress is not None:
        job = job.with_logger_defs({"progress": progress_logger_def()})
        run_config = {"loggers": {"progress": {}}}
    result = job.execute_in_process(
        run_config=run_config, instance=instance or dg.DagsterInstance.get(),
        raise_on_error=False,
    )
    outcome = RunOutcome(run_id=result.run_id, success=result.success)
    if not result.success:
        outcome.error = _first_failure(result)
        return outcome
    try:
        conn = open_warehouse(settings.warehouse_path()).reader()
    except WarehouseError as exc:
        outcome.success, outcome.error = False, str(exc)
        return outcome
    try:
        views = marts_row_counts(conn, SUMMARY_LABELS)
        outcome.counts = {name: views.get(f"marts.{name}", 0) for name in SUMMARY_LABELS}
        outcome.counts["sentences"] = conn.execute(query("count_sentences")).fetchone()[0]
        outcome.failed_files = conn.execute(query("failed_files")).fetchall()
        outcome.repaired_files = conn.execute(query("repaired_files")).fetchall()
    finally:
        conn.close()
    return outcome


# Exceptions whose message is written for the user (the rest keep their class name).
USER_FACING_ERRORS = frozenset({"WarehouseError", "SourceError"})


def _first_failure(result: dg.ExecuteInProcessResult) -> str:
    for event in result.all_events:
        if event.event_type_value == "STEP_FAILURE":
            err = event.step_failure_data.error
            cause = err.cause or err
            while cause.cause is not None:
                cause = cause.cause
            message = cause.message.strip().splitlines()[0]
            if cause.cls_name in USER_FACING_ERRORS:  # worded for the user: no class name
                message = message.split(": ", 1)[-1]
            return f"step {event.step_key}: {message}"
        if event.event_type_value == "ASSET_CHECK_EVALUATION":
            data = event.event_specific_data
            if not data.passed and data.severity != dg.AssetCheckSeverity.WARN:
                found = data.metadata.get("documents")
                where = ", ".join(d["source_file"] or d["doc_id"] for d in found.value
                                  ) if found is not None else ""
                return (f"data-quality check {data.check_name} failed"
                        + (f" (in {where})" if where else "") + "; nothing was published")
    return "run failed (see the Dagster UI for the run's log)"
