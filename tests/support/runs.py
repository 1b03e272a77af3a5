"""One run of the real pipeline (its Dagster job, in-process) on a source folder, as tests need it.

The Dagster instance is an in-memory one (``DagsterInstance.ephemeral()``): the same job, asset
checks and event records, without the SQLite event log a ``DAGSTER_HOME`` keeps on disk, whose
~80 committed writes per run were a second or more of every small run (many seconds on a busy
host). Tests of what a run leaves in ``DAGSTER_HOME`` (the CLI's) or of steps in processes of
their own keep an instance on disk.
"""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest

from pipelines.orchestration import settings
from pipelines.orchestration.runner import RunOutcome, run_pipeline


def run_on(source: Path, warehouse: Path, instance: dg.DagsterInstance | None = None,
           workers: int | None = None) -> RunOutcome:
    """Run the pipeline on ``source`` into ``warehouse`` (the settings' environment set for the
    run only); ``workers`` sets PIPELINES_WORKERS, else the default."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(settings.SOURCE_ENV, str(source))
        mp.setenv(settings.WAREHOUSE_ENV, str(warehouse))
        if workers is not None:
            mp.setenv(settings.WORKERS_ENV, str(workers))
        return run_pipeline(progress=None, instance=instance or dg.DagsterInstance.ephemeral())


def built(source: Path, warehouse: Path, workers: int | None = None) -> Path:
    """``warehouse`` after a successful run on ``source``."""
    outcome = run_on(source, warehouse, workers=workers)
    assert outcome.success, outcome.error
    return warehouse
