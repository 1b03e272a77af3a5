"""Run the processing stages over the documents that need them, in worker processes, and write
their rows with the stages' bookkeeping, a few batches (about 2 M characters) per transaction.

A document needs a stage when the stage has not run on it at its current version (a version
covers the stage's own logic and every stage before it). The stages a document needs run one
after the other in one worker task (pipelines/warehouse/worker.py), which spools their rows to
Parquet; what they need from earlier runs (sentences when only the extractor changed, say) is
loaded from the warehouse. Before a document's new rows are written, its old rows in the stage's
tables are deleted, so re-running never duplicates and a crash loses nothing committed (at most
the few batches since the last commit are computed again).
"""

from __future__ import annotations

import atexit
import os
import shutil
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from multiprocessing import get_context
from pathlib import Path

import duckdb
import polars as pl

from pipelines.domain import versions
from pipelines.warehouse.marts import keyword_counts_version
from pipelines.warehouse.sqlfiles import query
from pipelines.warehouse.store import Warehouse, atomic, bump_generation, registered
from pipelines.warehouse.worker import Document, Job, JobResult, StageOutput, run_job

# Tables a stage may own; identifiers are never built from data.
OWNED_TABLES = frozenset({"blocks", "sentences", "tokens", "term_counts", "metrics",
                          "theme_hits", "sentence_themes", "document_themes", "policy_terms"})


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


Plan = dict[str, tuple[int, frozenset[str]]]  # doc_id -> (n_chars, names of stages to run)


def plan_documents(conn: duckdb.DuckDBPyConnection, stages: Sequence[Stage]) -> Plan:
    """Which of ``stages`` each document needs: those not done at their version whose upstream
    is done (and did not fail) at its version, or runs on the document in the same pass."""
    done = {(d, s, v): n for d, s, v, n in conn.execute(query("stage_states")).fetchall()}
    docs = conn.execute("SELECT doc_id, n_chars FROM core.documents "  # n_chars: decoded text
                        "WHERE n_chars IS NOT NULL ORDER BY doc_id").fetchall()
    plan: Plan = {}
    for doc_id, n_chars in docs:
        todo: set[str] = set()
        for stage in stages:  # upstream stages come first
            if (doc_id, stage.name, stage.version) in done:
                continue
            up = stage.upstream
            if (up is None or up.name in todo
                    or done.get((doc_id, up.name, up.version), -1) >= 0):
                todo.add(stage.name)
        if todo:
            plan[doc_id] = (n_chars or 0, frozenset(todo))
    return plan


def run_stages(
    warehouse: Warehouse,
    stages: Sequence[Stage],
    workers: int = 2,
    batch_chars: int = 300_000,
    log: Callable[[str], None] = lambda _msg: None,
    commit_chars: int = 2_000_000,
) -> dict[str, StageSummary]:
    """Process every document that needs any of ``stages`` (in pipeline order); per stage, what
    was done. Batches of about ``batch_chars`` characters go to the workers; their rows are
    committed about every ``commit_chars`` characters."""
    summaries = {s.name: StageSummary(s.name) for s in stages}
    spool = warehouse.spool_path
    with warehouse.writer() as conn:
        plan = plan_documents(conn, stages)
        if not plan:
            return summaries
        jobs = list(_batches(plan, batch_chars))
        log(f"{len(plan)} document(s) to process in {len(jobs)} batch(es)")
        shutil.rmtree(spool, ignore_errors=True)  # files a killed run left behind
        spool.mkdir(parents=True)
        if workers > 1 and len(jobs) > 1:
            # the workers keep every core busy: DuckDB's own threads would only add overhead
            # (inserting a batch's rows took ~15% more CPU with two threads than with one)
            conn.execute("SET threads = 1")
        try:
            with _grouped(conn, commit_chars) as written:
                for names, result, n_chars in _computed(conn, jobs, spool, workers):
                    now = datetime.now()
                    if result.doc_info is not None:  # (marks the documents cleaned 'ok': first,
                        # so that a later stage's failure, recorded by _write, is what shows)
                        with registered(conn, "doc_info", result.doc_info):
                            conn.execute(query("apply_doc_info"), [now])
                    _write([s for s in stages if s.name in names], conn, result.outputs, now)
                    bump_generation(conn)
                    written(n_chars)
                    _tally(summaries, result)
                # the dates, titles and sources shown, once for the run's documents (4 ms a
                # pass on 4,758 documents; a run stopped before it: the next ingest shows them)
                conn.execute(query("show_document_metadata"))
        finally:
            shutil.rmtree(spool, ignore_errors=True)
            shutdown_worker_pool()  # idle workers would hold their memory through later steps
            conn.execute("RESET threads")  # the checkpoint on closing has the cores to itself
    return summaries


@contextmanager
def _grouped(conn: duckdb.DuckDBPyConnection, every_chars: int) -> Iterator[Callable[[int], None]]:
    """One transaction for several batches: call ``written(n_chars)`` after each batch; once
    about ``every_chars`` characters of documents are written, they are committed together.

    Each commit waits for the disk (fsync): once per batch it held the run process long enough
    that workers waited for it to take their results.
    """
    pending = 0

    def written(n_chars: int) -> None:
        nonlocal pending
        pending += n_chars
        if pending >= every_chars:
            conn.execute("COMMIT")
            conn.execute("BEGIN TRANSACTION")
            pending = 0

    with atomic(conn):
        yield written


def _tally(summaries: dict[str, StageSummary], result: JobResult) -> None:
    """Count a written batch into the summaries and drop its Parquet files (already loaded)."""
    for name, out in result.outputs.items():
        _count(summaries[name], out)
    for file in result.files():
        Path(file).unlink(missing_ok=True)


def _count(summary: StageSummary, out: StageOutput) -> None:
    summary.documents += len(out.ran)
    summary.failed += len({d for d, _ in out.failures})
    summary.rows += sum(out.n_rows.values())


Batch = tuple[list[str], frozenset[str], int]  # doc ids, stages to run, characters of text


def _batches(plan: Plan, batch_chars: int) -> Iterator[Batch]:
    """Documents needing the same stages, in batches of about ``batch_chars`` characters."""
    groups: dict[frozenset[str], list[str]] = defaultdict(list)
    for doc_id, (_n, names) in plan.items():
        groups[names].append(doc_id)
    for names, doc_ids in groups.items():
        batch: list[str] = []
        size = 0
        for doc_id in doc_ids:
            batch.append(doc_id)
            size += plan[doc_id][0]
            if size >= batch_chars:
                yield batch, names, size
                batch, size = [], 0
        if batch:
            yield batch, names, size


# Jobs queued per worker beyond the one it computes: while the run process writes (or DuckDB
# checkpoints inside a commit, several seconds) the workers keep computing.
QUEUED_PER_WORKER = 3


def _computed(
    conn: duckdb.DuckDBPyConnection, jobs: list[Batch], spool: Path, workers: int,
) -> Iterator[tuple[frozenset[str], JobResult, int]]:
    """Run jobs in worker processes, keeping several per worker in flight, so workers never
    wait for the run process to load or write; results come in job order."""
    if workers <= 1 or (len(jobs) == 1 and not pool_started()):
        for doc_ids, names, n_chars in jobs:
            yield names, run_job(load_job(conn, doc_ids, names, spool)), n_chars
        return
    pool = worker_pool(workers)
    in_flight: list[tuple[frozenset[str], Future, int]] = []
    for doc_ids, names, n_chars in jobs:
        job = load_job(conn, doc_ids, names, spool)
        in_flight.append((names, pool.submit(run_job, job), n_chars))
        if len(in_flight) > workers * QUEUED_PER_WORKER:
            ns, fut, n = in_flight.pop(0)
            yield ns, fut.result(), n
    for ns, fut, n in in_flight:
        yield ns, fut.result(), n


_POOL: tuple[int, ProcessPoolExecutor] | None = None
_STARTING: threading.Thread | None = None  # start_worker_pool's thread, until joined


def start_worker_pool(workers: int) -> None:
    """Start the pool's first worker now, in the background: it imports the domain library and
    loads its dictionaries (~1.5 s) while the run process does other work (Dagster's start,
    ingest), and ``run_stages`` then sends even a single batch to it instead of paying that
    load itself (more workers start when more batches are submitted). Starting blocks on the
    fork server's preload, hence the thread."""
    global _STARTING
    if workers <= 1 or _POOL is not None or _STARTING is not None:
        return

    def start() -> None:
        pool = _pool(workers)
        # a worker that cannot start breaks the pool: run_stages makes a new one and its
        # first batch then reports the error where the run can see it
        with suppress(Exception):
            pool.submit(int).result()

    _STARTING = threading.Thread(target=start, name="worker-pool-start", daemon=True)
    _STARTING.start()


def pool_started() -> bool:
    return _POOL is not None or _STARTING is not None


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """The pool of the running ``run_stages`` (shut down when it ends), waiting for a start
    begun by ``start_worker_pool``."""
    _join_start()
    return _pool(workers)


def _pool(workers: int) -> ProcessPoolExecutor:
    """Workers come from a fork server that has imported the domain library but never run polars:
    forking a process whose polars thread pool has started hangs the child's first parallel
    polars call (see benchmarks/fork_deadlock.py).
    """
    global _POOL
    if _POOL is not None and (_POOL[0] != workers or _POOL[1]._broken):
        _POOL[1].shutdown(wait=False, cancel_futures=True)
        _POOL = None
    if _POOL is None:
        from pipelines.warehouse.worker_env import start_worker

        ctx = get_context("forkserver")
        ctx.set_forkserver_preload(["pipelines.warehouse.worker_env",
                                    "pipelines.warehouse.worker", "pipelines.domain.analysis",
                                    "pipelines.domain.themes", "pipelines.domain.policy_terms"])
        _POOL = (workers, ProcessPoolExecutor(workers, mp_context=ctx, initializer=start_worker,
                                              initargs=(os.getpid(),)))
        atexit.register(_POOL[1].shutdown, wait=False, cancel_futures=True)
    return _POOL[1]


def _join_start() -> None:
    global _STARTING
    if _STARTING is not None:
        _STARTING.join()
        _STARTING = None


def shutdown_worker_pool() -> None:
    global _POOL
    _join_start()
    if _POOL is not None:
        _POOL[1].shutdown(wait=True, cancel_futures=True)
        _POOL = None


def load_job(conn: duckdb.DuckDBPyConnection, doc_ids: list[str], names: frozenset[str],
             spool: Path) -> Job:
    """A batch's inputs: raw texts always; stored sentences / tokens where the stages that
    make them do not run again.

    ``doc_id = ANY(?)`` is a filter inside the table scan, so only the batch's rows of the wide
    columns are read; ``IN (SELECT unnest(?))``, a join, read every raw text and sentence of
    the warehouse for each batch (100 MB warehouse, 40 documents: raw texts 71 -> 17 ms,
    sentences 234 -> 78 ms; a full build loads ~110 such batches)."""
    docs = [Document(*row) for row in conn.execute(
        "SELECT doc_id, raw_text, published_on, published_on_source = 'manifest', "
        "name_published_on "
        "FROM core.documents WHERE doc_id = ANY(?) ORDER BY doc_id",
        [doc_ids]).fetchall()]
    sentences = tokens = None
    if "clean" not in names:
        sentences = conn.execute(
            "SELECT * FROM core.sentences WHERE doc_id = ANY(?) "
            "ORDER BY doc_id, sent_no", [doc_ids]).pl()
    if "themes" in names and "tokens" not in names:
        tokens = conn.execute(
            "SELECT * FROM core.tokens WHERE doc_id = ANY(?) "
            "ORDER BY doc_id, sent_no, position", [doc_ids]).pl()
    return Job(docs, names, str(spool), METRICS.version, sentences, tokens)


def _write(stages: Sequence[Stage], conn: duckdb.DuckDBPyConnection,
           outputs: dict[str, StageOutput], now: datetime) -> None:
    """The batch's rows and bookkeeping for every stage that ran (inside the open transaction),
    in a handful of statements: each costs milliseconds however small it is.
    Rows of documents that failed a stage are not kept."""
    ran = sorted({d for s in stages for d in outputs[s.name].ran})
    # Only documents a stage has seen before can have old rows: new ones skip the scans.
    seen = set(conn.execute(
        "SELECT doc_id, stage FROM core.stage_state WHERE doc_id = ANY(?)",
        [ran]).fetchall())
    docs, names, versions_, n_rows = [], [], [], []
    failures: dict[str, str] = {}
    for stage in stages:
        out = outputs[stage.name]
        failed = sorted({doc_id for doc_id, _ in out.failures})
        redo = [d for d in out.ran if (d, stage.name) in seen]
        for table in stage.tables if redo else ():
            conn.execute(f"DELETE FROM core.{table} WHERE doc_id IN (SELECT unnest(?))", [redo])
        for table in stage.tables:
            if not out.files.get(table):
                continue
            if failed:
                conn.execute(f"INSERT INTO core.{table} BY NAME SELECT * FROM read_parquet(?) "
                             "WHERE doc_id NOT IN (SELECT unnest(?::VARCHAR[]))",
                             [out.files[table], failed])
            else:  # (the usual case: the filter's list parameter and subquery cost ~3 ms a
                # statement, ~7% of writing a batch's rows)
                conn.execute(f"INSERT INTO core.{table} BY NAME SELECT * FROM read_parquet(?)",
                             [out.files[table]])
        docs += out.ran
        names += [stage.name] * len(out.ran)
        versions_ += [stage.version] * len(out.ran)
        n_rows += [-1 if d in failed else out.n_rows.get(d, 0) for d in out.ran]
        for doc_id, error in out.failures:
            failures.setdefault(doc_id, error)  # the first stage a document failed
    # a frame, not list parameters: DuckDB converts a list parameter at ~60 µs per element
    rows = pl.DataFrame({"doc_id": docs, "stage": names, "version": versions_, "n_rows": n_rows},
                        schema={"doc_id": pl.String, "stage": pl.String, "version": pl.String,
                                "n_rows": pl.Int32})
    with registered(conn, "stage_rows", rows):
        conn.execute(query("replace_stage_state"), [now])
    counted = outputs["tokens"].files.get("term_documents") if "tokens" in outputs else None
    if counted:
        conn.execute(query("record_term_documents"), [counted])
        conn.execute("INSERT INTO core.corpus_state SELECT 'keyword_counts', ?, ? WHERE NOT EXISTS "
                     "(SELECT 1 FROM core.corpus_state WHERE product = 'keyword_counts')",
                     [keyword_counts_version(), now])
    if failures:
        conn.execute(query("record_failures"), [now, list(failures), list(failures.values())])


# -- the stages of the pipeline and what each reads ------------------------------------------
# The domain data each stage reads (under pipelines/data/): part of its version, so that an
# edited word list reprocesses what it changes. Cleaning cuts words with the segmentation
# dictionary, so an edit there reaches every stage; the keyword stoplist is the keywords step's
# (pipelines/warehouse/marts.py keyword_counts_version).
STAGE_DATA = {
    "clean": ("cleaning", "segmentation"),
    "metrics": ("metrics",),
    "themes": ("themes.yaml",),
    "policy_terms": ("policy_terms.yaml",),
}
CLEAN = Stage.chain("clean", versions.with_data(versions.CLEANING, *STAGE_DATA["clean"]), None,
                    ["blocks", "sentences"])
# The tokens stage also counts each document's keyword candidates (core.term_counts), which the
# keywords step would otherwise read back from core.tokens and count.
TOKENS = Stage.chain("tokens", versions.SEGMENTATION, CLEAN, ["tokens", "term_counts"])
METRICS = Stage.chain("metrics", versions.with_data(f"{versions.METRICS}+{versions.SEGMENTATION}",
                                                    *STAGE_DATA["metrics"]), CLEAN, ["metrics"])
THEMES = Stage.chain("themes", versions.with_data(versions.THEMES, *STAGE_DATA["themes"]), TOKENS,
                     ["theme_hits", "sentence_themes", "document_themes"])
POLICY_TERMS = Stage.chain("policy_terms", versions.with_data(versions.POLICY_TERMS,
                                                              *STAGE_DATA["policy_terms"]),
                           CLEAN, ["policy_terms"])
# The stages whose output depends on the document's date (periods are resolved against it): a
# document whose date changes in manifest.csv goes through them again (pipelines/warehouse/ingest).
DATED_STAGES = (METRICS,)


def pipeline_stages() -> tuple[Stage, ...]:
    """Every stage, upstream ones first (looked up when called, so a test can swap one)."""
    return (CLEAN, TOKENS, METRICS, THEMES, POLICY_TERMS)
