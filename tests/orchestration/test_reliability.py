"""Crash safety, concurrent readers and concurrent runs, with the real pipeline on real files.

Runs execute in forked child processes (their own process group, so SIGKILL takes the stage
workers too) with an ephemeral Dagster instance each.
"""

import contextlib
import os
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

CTX = get_context("fork")
STATE_SQL = """
    SELECT (SELECT count(*) FROM marts.documents), (SELECT count(*) FROM marts.metrics),
           (SELECT md5(string_agg(metric_id || '=' || value_normalized, ',' ORDER BY metric_id))
            FROM marts.metrics),
           (SELECT count(*) FROM marts.keywords), (SELECT count(*) FROM marts.document_themes)
"""
DUMP_TABLES = ("blocks", "sentences", "tokens", "metrics", "theme_hits", "sentence_themes",
               "document_themes", "policy_terms", "keywords")


def _child_run(result_queue=None):
    os.setsid()
    with dg.DagsterInstance.ephemeral() as instance:
        outcome = run_pipeline(progress=None, instance=instance)
    if result_queue is not None:
        result_queue.put((outcome.success, outcome.error))
        result_queue.close()
        result_queue.join_thread()  # flush before os._exit
    os._exit(0 if outcome.success else 1)


def _start_run(queue=None):
    proc = CTX.Process(target=_child_run, args=(queue,))
    proc.start()
    return proc


def _kill_group(proc):
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.join(10)


def _state(path: Path):
    if not path.exists():
        return None
    with duckdb.connect(str(path), read_only=True) as conn:
        return conn.execute(STATE_SQL).fetchone()


def _dump(path: Path):
    with duckdb.connect(str(path), read_only=True) as conn:
        return {t: conn.execute(f"SELECT * FROM core.{t} ORDER BY ALL").fetchall()
                for t in DUMP_TABLES}


@pytest.fixture(scope="module", autouse=True)
def _warm_domain_library():
    """Load code and data once in the parent, so every forked run uses the very same ones."""
    from pipelines.domain import keywords, policy_terms, themes
    from pipelines.domain.analysis import analyse_document

    analyse_document("2023年全年新建充电桩6万个，同比增长5.3%。")
    themes.load_taxonomy()
    keywords.load_stoplist()
    policy_terms.load_lexicon()


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
    _extra_documents(source, 3)
    reference = tmp_path / "ref" / "warehouse.duckdb"
    os.environ[settings.WAREHOUSE_ENV] = str(reference)
    started = time.monotonic()
    proc = _start_run()
    proc.join(300)
    full_time = time.monotonic() - started
    assert proc.exitcode == 0
    final_state = _state(reference)
    os.environ[settings.WAREHOUSE_ENV] = str(warehouse)

    rng = random.Random(20261122)
    seen_states = {None}
    kills = 0
    for _ in range(60):
        proc = _start_run()
        time.sleep(rng.uniform(0.05, full_time * 0.95))
        killed = proc.is_alive()
        _kill_group(proc)
        state = _state(warehouse)
        # The serving file is absent or a complete published state: publishing happens only
        # after every stage, so it is the final state or one seen before, never in between.
        assert state in seen_states | {final_state}, state
        seen_states.add(state)
        if killed:
            kills += 1
            if kills == 20:
                break
        else:  # the run finished: start over so the next one has work to be killed in
            shutil.rmtree(warehouse.parent)
            seen_states = {None}
    assert kills == 20

    proc = _start_run()
    proc.join(300)
    assert proc.exitcode == 0
    assert _state(warehouse) == final_state
    assert _dump(warehouse) == _dump(reference)


def test_readers_never_fail_nor_see_half_a_run(env):
    source, warehouse = env
    proc = _start_run()
    proc.join(300)
    assert proc.exitcode == 0
    before = _state(warehouse)
    _extra_documents(source, 2)

    answers = CTX.Queue()
    stop = CTX.Event()

    def read_loop():
        deadline = time.monotonic() + 120
        while not stop.is_set() and time.monotonic() < deadline:
            try:
                answers.put(("ok", _state(warehouse)))
            except Exception as exc:  # any error is a failure of the guarantee
                answers.put(("error", repr(exc)))
            time.sleep(0.01)

    reader = CTX.Process(target=read_loop)
    reader.start()
    run = _start_run()
    run.join(300)
    time.sleep(0.3)
    stop.set()
    reader.join(30)
    after = _state(warehouse)
    results = []
    while not answers.empty():
        results.append(answers.get())
    assert run.exitcode == 0
    assert after != before
    errors = [r for r in results if r[0] == "error"]
    assert errors == []
    assert {r[1] for r in results} <= {before, after}
    assert len(results) > 20


def test_two_runs_at_once_never_write_together(env):
    _source, warehouse = env
    queue = CTX.Queue()
    first, second = _start_run(queue), _start_run(queue)
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
    with dg.instance_for_test() as instance:
        outcome = run_pipeline(progress=None, instance=instance)
    assert not outcome.success
    assert "not a DuckDB database" in outcome.error
    assert warehouse.read_bytes().startswith(b"PK\x03\x04")
    shutil.rmtree(warehouse.parent)
