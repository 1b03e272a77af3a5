"""Run one processing stage over the documents that need it, in worker processes, and write its
rows with the stage's bookkeeping in one transaction per batch.

A stage owns some tables: before a document's new rows are written, its old rows there are
deleted, so re-running never duplicates and a crash between batches loses nothing committed.
"""

from __future__ import annotations

import atexit
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from multiprocessing import get_context

import duckdb
import polars as pl

from pipelines.domain import versions
from pipelines.domain.batches import BatchResult, warm_worker
from pipelines.warehouse.sqlfiles import query
from pipelines.warehouse.store import Warehouse, atomic, bump_generation, registered

# Tables a stage may own; identifiers are never built from data.
OWNED_TABLES = frozenset({"blocks", "sentences", "tokens", "metrics", "theme_hits",
                          "sentence_themes", "document_themes", "policy_terms"})


@dataclass(frozen=True)
class Stage:
    name: str
    version: str  # effective version: this stage's logic and every stage before it
    upstream: Stage | None
    tables: tuple[str, ...]

    @classmethod
    def chain(cls, name: str, own_version: str, upstream: Stage | None,
              tables: Sequence[str]) -> Stage:
        version = own_version if upstream is None else f"{own_version}|{upstream.version}"
        assert set(tables) <= OWNED_TABLES, tables
        return cls(name, version, upstream, tuple(tables))


@dataclass
class StageSummary:
    stage: str
    documents: int = 0
    failed: int = 0
    rows: int = 0

    def as_metadata(self) -> dict[str, int]:
        return {"documents_processed": self.documents, "documents_failed": self.failed,
                "rows_written": self.rows}


LoadInputs = Callable[[duckdb.DuckDBPyConnection, list[str]], tuple]
Compute = Callable[..., BatchResult]
AfterWrite = Callable[[duckdb.DuckDBPyConnection, BatchResult, datetime], None]


def pending_documents(conn: duckdb.DuckDBPyConnection, stage: Stage) -> list[tuple[str, int]]:
    up = stage.upstream
    return conn.execute(query("pending_documents"), [
        stage.name, stage.version, up.name if up else None, up.version if up else None,
    ]).fetchall()


def run_stage(
    warehouse: Warehouse,
    stage: Stage,
    load_inputs: LoadInputs,
    compute: Compute,
    after_write: AfterWrite | None = None,
    workers: int = 2,
    batch_chars: int = 300_000,
    log: Callable[[str], None] = lambda _msg: None,
) -> StageSummary:
    """Process every pending document of ``stage``; return what was done."""
    summary = StageSummary(stage.name)
    with warehouse.writer() as conn:
        pending = pending_documents(conn, stage)
        if not pending:
            return summary
        batches = list(_batches(pending, batch_chars))
        log(f"{stage.name}: {len(pending)} document(s) in {len(batches)} batch(es)")
        for doc_ids, result in _computed(conn, batches, load_inputs, compute, workers):
            _write(conn, stage, doc_ids, result, after_write)
            summary.documents += len(doc_ids)
            summary.failed += len(result.failures)
            summary.rows += sum(f.height for f in result.frames.values())
    return summary


def _batches(pending: list[tuple[str, int]], batch_chars: int) -> Iterator[list[str]]:
    batch: list[str] = []
    size = 0
    for doc_id, n_chars in pending:
        batch.append(doc_id)
        size += n_chars or 0
        if size >= batch_chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _computed(
    conn: duckdb.DuckDBPyConnection, batches: list[list[str]], load_inputs: LoadInputs,
    compute: Compute, workers: int,
) -> Iterator[tuple[list[str], BatchResult]]:
    """Compute batches in worker processes, keeping at most ``workers + 1`` in flight."""
    if workers <= 1 or len(batches) == 1:
        for doc_ids in batches:
            yield doc_ids, compute(*load_inputs(conn, doc_ids))
        return
    pool = worker_pool(workers)
    in_flight: list[tuple[list[str], Future]] = []
    for doc_ids in batches:
        in_flight.append((doc_ids, pool.submit(compute, *load_inputs(conn, doc_ids))))
        if len(in_flight) > workers:
            ids, fut = in_flight.pop(0)
            yield ids, fut.result()
    for ids, fut in in_flight:
        yield ids, fut.result()


_POOL: tuple[int, ProcessPoolExecutor] | None = None


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """One pool per process, reused by every stage of a run.

    Workers come from a fork server that has imported the domain library but never run polars:
    forking a process whose polars thread pool has started hangs the child's first parallel
    polars call (see benchmarks/fork_deadlock.py).
    """
    global _POOL
    if _POOL is not None and (_POOL[0] != workers or _POOL[1]._broken):
        _POOL[1].shutdown(wait=False, cancel_futures=True)
        _POOL = None
    if _POOL is None:
        ctx = get_context("forkserver")
        ctx.set_forkserver_preload(["pipelines.domain.batches", "pipelines.domain.analysis",
                                    "pipelines.domain.themes", "pipelines.domain.policy_terms"])
        _POOL = (workers, ProcessPoolExecutor(workers, mp_context=ctx,
                                              initializer=warm_worker))
        atexit.register(_POOL[1].shutdown, wait=False, cancel_futures=True)
    return _POOL[1]


def _write(conn: duckdb.DuckDBPyConnection, stage: Stage, doc_ids: list[str],
           result: BatchResult, after_write: AfterWrite | None) -> None:
    now = datetime.now()
    failed = {doc_id for doc_id, _ in result.failures}
    state = pl.DataFrame(
        {"doc_id": doc_ids, "stage": stage.name, "version": stage.version,
         "n_rows": [-1 if d in failed else result.n_rows.get(d, 0) for d in doc_ids],
         "finished_at": now},
        schema={"doc_id": pl.String, "stage": pl.String, "version": pl.String,
                "n_rows": pl.Int32, "finished_at": pl.Datetime("us")},
    )
    failures = pl.DataFrame(result.failures, schema={"doc_id": pl.String, "error": pl.String},
                            orient="row")
    with atomic(conn):
        # Only documents this stage has seen before can have old rows: new ones skip the scans.
        redo = [r[0] for r in conn.execute(
            "SELECT doc_id FROM core.stage_state WHERE stage = ? AND doc_id IN (SELECT unnest(?))",
            [stage.name, doc_ids]).fetchall()]
        for table in stage.tables if redo else ():
            conn.execute(f"DELETE FROM core.{table} WHERE doc_id IN (SELECT unnest(?))", [redo])
        for table in stage.tables:
            frame = result.frames.get(table)
            if frame is not None and frame.height:
                with registered(conn, "stage_rows", frame):
                    conn.execute(f"INSERT INTO core.{table} BY NAME SELECT * FROM stage_rows")
        conn.execute("DELETE FROM core.stage_state "
                     "WHERE stage = ? AND doc_id IN (SELECT unnest(?))", [stage.name, doc_ids])
        with registered(conn, "state", state):
            conn.execute("INSERT INTO core.stage_state BY NAME SELECT * FROM state")
        if after_write is not None:
            after_write(conn, result, now)
        if result.failures:
            with registered(conn, "failures", failures):
                conn.execute(query("record_failures"), [now])
        bump_generation(conn)


# -- the stages of the pipeline and what each reads ------------------------------------------
CLEAN = Stage.chain("clean", versions.CLEANING, None, ["blocks", "sentences"])
TOKENS = Stage.chain("tokens", versions.SEGMENTATION, CLEAN, ["tokens"])
METRICS = Stage.chain("metrics", f"{versions.METRICS}+{versions.SEGMENTATION}", CLEAN, ["metrics"])
THEMES = Stage.chain("themes", versions.THEMES, TOKENS,
                     ["theme_hits", "sentence_themes", "document_themes"])
POLICY_TERMS = Stage.chain("policy_terms", versions.POLICY_TERMS, CLEAN, ["policy_terms"])


def load_raw(conn: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> tuple:
    rows = conn.execute(
        "SELECT doc_id, raw_text FROM core.documents WHERE doc_id IN (SELECT unnest(?)) "
        "ORDER BY doc_id", [doc_ids]).fetchall()
    return (rows,)


def _sentences(conn: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> pl.DataFrame:
    return conn.execute(
        "SELECT * FROM core.sentences WHERE doc_id IN (SELECT unnest(?)) ORDER BY doc_id, sent_no",
        [doc_ids]).pl()


def load_sentences(conn: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> tuple:
    return (_sentences(conn, doc_ids),)


def load_for_metrics(conn: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> tuple:
    docs = conn.execute(
        "SELECT doc_id, raw_text, published_on FROM core.documents "
        "WHERE doc_id IN (SELECT unnest(?)) ORDER BY doc_id", [doc_ids]).fetchall()
    return docs, _sentences(conn, doc_ids), METRICS.version


def load_for_themes(conn: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> tuple:
    tokens = conn.execute(
        "SELECT * FROM core.tokens WHERE doc_id IN (SELECT unnest(?)) "
        "ORDER BY doc_id, sent_no, position", [doc_ids]).pl()
    return _sentences(conn, doc_ids), tokens


def apply_doc_info(conn: duckdb.DuckDBPyConnection, result: BatchResult, now: datetime) -> None:
    with registered(conn, "doc_info", result.frames["doc_info"]):
        conn.execute(query("apply_doc_info"), [now])
