"""Code that runs in child processes of the reliability tests (importable by module name)."""

import os
import time
from pathlib import Path

import dagster as dg
import duckdb

from pipelines.orchestration import settings
from pipelines.orchestration.runner import run_pipeline

STATE_SQL = """
    SELECT (SELECT count(*) FROM marts.documents), (SELECT count(*) FROM marts.metrics),
           (SELECT md5(string_agg(metric_id || '=' || value_normalized, ',' ORDER BY metric_id))
            FROM marts.metrics),
           (SELECT count(*) FROM marts.keywords), (SELECT count(*) FROM marts.document_themes)
"""


def child_run(source, warehouse, result_queue=None):
    os.setsid()
    os.environ[settings.SOURCE_ENV] = str(source)
    os.environ[settings.WAREHOUSE_ENV] = str(warehouse)
    with dg.DagsterInstance.ephemeral() as instance:
        outcome = run_pipeline(progress=None, instance=instance)
    if result_queue is not None:
        result_queue.put((outcome.success, outcome.error))
        result_queue.close()
        result_queue.join_thread()  # flush before os._exit
    os._exit(0 if outcome.success else 1)


def state(path: Path):
    if not path.exists():
        return None
    with duckdb.connect(str(path), read_only=True) as conn:
        return conn.execute(STATE_SQL).fetchone()


def read_loop(warehouse, answers, stop):
    """A BI reader: open the serving file read-only, query, close; again and again."""
    deadline = time.monotonic() + 120
    while not stop.is_set() and time.monotonic() < deadline:
        try:
            answers.put(("ok", state(warehouse)))
        except Exception as exc:  # any error is a failure of the guarantee
            answers.put(("error", repr(exc)))
        time.sleep(0.01)
