"""A fixture corpus of tests/fixtures built through the real pipeline, and its rows."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.orchestration import settings
from pipelines.orchestration.runner import run_pipeline

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def build_fixture(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    """The warehouse a run of the real pipeline makes of ``tests/fixtures/<name>``."""
    root = tmp_path_factory.mktemp(name)
    source = root / "source"
    shutil.copytree(FIXTURES / name, source)
    path = root / "wh" / "warehouse.duckdb"
    with pytest.MonkeyPatch.context() as mp, dg.instance_for_test() as instance:
        mp.setenv(settings.SOURCE_ENV, str(source))
        mp.setenv(settings.WAREHOUSE_ENV, str(path))
        outcome = run_pipeline(progress=None, instance=instance)
    assert outcome.success, outcome.error
    return path


def rows(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        return conn.execute(sql, params or []).fetchall()
