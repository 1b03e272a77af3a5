"""Crash safety, concurrent readers and concurrent runs, with the real pipeline on real files.

Each run executes in a child process from a fork server (a fresh interpreter that has imported
the pipeline but never run polars, whose thread pool does not survive a plain fork), in its own
session so that SIGKILL takes its stage workers too, with an ephemeral Dagster instance.
"""

import contextlib
import os
import queue
import random
import shutil
import signal
import time
from multiprocessing import get_context
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.orchestration import settings
from pipelines.orchestration.runner import run_pipeline
from tests.support.processes import child_run, read_loop
from tests.support.processes import state as serving_state

CTX = get_context("forkserver")
CTX.set_forkserver_preload(["tests.support.processes", "pipelines.domain.batches"])
KILLS = 10  # SIGKILLs that land inside a run, one in each tenth of its duration
DUMP_TABLES = ("blocks", "sentences", "tokens", "metrics", "theme_hits", "sentence_themes",
               "document_themes", "policy_terms", "keywords")


def _start_run(source, warehouse, queue=None):
    proc = CTX.Process(target=child_run, args=(source, warehouse, queue))
    proc.start()
    deadline = time.monotonic() + 30
    while os.getpgid(proc.pid) != proc.pid:  # wait for its own session before any kill
        assert time.monotonic() < deadline
        time.sleep(0.005)
    return proc


def _kill_group(proc):
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.join(10)


def _dump(path: Path):
    with duckdb.connect(str(path), read_only=True) as conn:
        return {t: conn.execute(f"SELECT * FROM core.{t} ORDER BY ALL").fetchall()
                for t in DUMP_TABLES}


@pytest.fixture
def env(seed_copy, tmp_path, monkeypatch):
    warehouse = tmp_path / "wh" / "warehouse.duckdb"
    monkeypatch.setenv(settings.SOURCE_ENV, str(seed_copy))
    monkeypatch.setenv(settings.WAREHOUSE_ENV, str(warehouse))
    return seed_copy, warehouse


def _extra_documents(source: Path, n: int) -> None:
    """New documents: seed pages with another city's name, so their content hash differs."""
    seeds = sorted(source.glob("0*.txt"))
    for i in range(n):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        city = ["德阳", "绵阳", "宜宾", "泸州", "南充"][i % 5]
        (source / f"extra_{i}.txt").write_text(text.replace("成都", city), encoding="utf-8")


def test_sigkill_at_random_points_never_leaves_a_half_state(env, tmp_path):
    source, warehouse = env
    # The reference: a clean, uninterrupted build of the final corpus elsewhere.
    _extra_documents(source, 1)
    reference = tmp_path / "ref" / "warehouse.duckdb"
    started = time.monotonic()
    proc = _start_run(source, reference)
    proc.join(300)
    full_time = time.monotonic() - started
    assert proc.exitcode == 0
    final_state = serving_state(reference)

    # Kill points stratified over the run (one random point in each tenth of it), so ten
    # kills cover start-up, every stage and publishing as well as twenty uniform ones did.
    rng = random.Random(20261122)
    seen_states = {None}
    kills = 0
    for _ in range(60):
        stratum = (kills + rng.random()) / KILLS
        proc = _start_run(source, warehouse)
        time.sleep(0.05 + stratum * full_time * 0.8)
        killed = proc.is_alive()
        _kill_group(proc)
        state = serving_state(warehouse)
        # The serving file is absent or a complete published state: publishing happens only
        # after every stage, so it is the final state or one seen before, never in between.
        assert state in seen_states | {final_state}, state
        seen_states.add(state)
        if killed:
            kills += 1
            if kills == KILLS:
                break
        else:  # the run finished: start over so the next one has work to be killed in
            shutil.rmtree(warehouse.parent)
            seen_states = {None}
            # and aim earlier: the reference run was timed on a busier machine (a test process
            # beside it), or a run resuming a killed one's work is shorter
            full_time *= 0.8
    assert kills == KILLS

    proc = _start_run(source, warehouse)
    proc.join(300)
    assert proc.exitcode == 0
    assert serving_state(warehouse) == final_state
    assert _dump(warehouse) == _dump(reference)


def test_readers_never_fail_nor_see_half_a_run(env):
    source, warehouse = env
    proc = _start_run(source, warehouse)
    proc.join(300)
    assert proc.exitcode == 0
    before = serving_state(warehouse)
    _extra_documents(source, 1)

    answers = CTX.Queue()
    stop = CTX.Event()

    reader = CTX.Process(target=read_loop, args=(warehouse, answers, stop))
    reader.start()
    results = [answers.get(timeout=120)]  # (the reader is up: it read the warehouse once)
    run = _start_run(source, warehouse)
    run.join(300)
    time.sleep(0.3)
    stop.set()
    while True:  # (drained before the join: a child waits for its queue to be read)
        try:
            results.append(answers.get(timeout=5))
        except queue.Empty:
            break
    reader.join(30)
    after = serving_state(warehouse)
    assert run.exitcode == 0
    assert after != before
    errors = [r for r in results if r[0] == "error"]
    assert errors == []
    assert {r[1] for r in results} <= {before, after}
    assert len(results) > 20


def test_two_runs_at_once_never_write_together(env):
    _source, warehouse = env
    queue = CTX.Queue()
    first = _start_run(_source, warehouse, queue)
    second = _start_run(_source, warehouse, queue)
    first.join(300)
    second.join(300)
    outcomes = [queue.get(timeout=5), queue.get(timeout=5)]
    # The second waits for the warehouse lock and then finds nothing left to do.
    assert [ok for ok, _ in outcomes] == [True, True], outcomes
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM core.documents").fetchone() == (5,)
        dup = conn.execute("SELECT count(*) - count(DISTINCT metric_id) FROM core.metrics")
        assert dup.fetchone() == (0,)


def test_not_a_duckdb_file_is_refused_and_kept(env):
    _source, warehouse = env
    warehouse.parent.mkdir(parents=True)
    warehouse.write_bytes(b"PK\x03\x04 this is a zip file, not a warehouse" * 10)
    with dg.DagsterInstance.ephemeral() as instance:
        outcome = run_pipeline(progress=None, instance=instance)
    assert not outcome.success
    assert "not a DuckDB database" in outcome.error
    assert warehouse.read_bytes().startswith(b"PK\x03\x04")
    shutil.rmtree(warehouse.parent)


def _tool_writes_then_dies(path):
    conn = duckdb.connect(str(path))  # read-write: DuckDB's default, and some SQL tools'
    conn.execute("DELETE FROM core.metrics WHERE metric_id IN "
                 "(SELECT metric_id FROM core.metrics LIMIT 10)")
    os._exit(0)  # no clean close: the deletion stays in a WAL beside the file


def test_a_tools_writes_left_in_a_wal_are_discarded_and_reported(env, capsys):
    _source, warehouse = env
    with dg.DagsterInstance.ephemeral() as instance:
        assert run_pipeline(progress=None, instance=instance).success
        with duckdb.connect(str(warehouse), read_only=True) as conn:
            metrics = conn.execute("SELECT count(*) FROM marts.metrics").fetchone()[0]
        tool = get_context("fork").Process(target=_tool_writes_then_dies, args=(warehouse,))
        tool.start()
        tool.join(30)
        assert warehouse.with_name("warehouse.duckdb.wal").exists()
        outcome = run_pipeline(instance=instance)
    assert outcome.success and outcome.counts["metrics"] == metrics
    assert not warehouse.with_name("warehouse.duckdb.wal").exists()
    printed = capsys.readouterr().out
    assert ("  discarded warehouse.duckdb.wal: a program opened warehouse.duckdb read-write"
            in printed)
