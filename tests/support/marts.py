"""The seeds' marts as rows to compare: a warehouse at another location (a lake, data on S3,
steps in processes of their own) must hold the DuckDB file's rows exactly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipelines import cli
from pipelines.orchestration import settings
from pipelines.warehouse import open_warehouse
from pipelines.warehouse.marts import MART_VIEWS


def view_rows(location: str, view: str) -> list[str]:
    """A view's rows, sorted, without its timestamps (when a run wrote them)."""
    with open_warehouse(location).reader() as conn:
        columns = [name for name, kind, *_ in conn.execute(f"DESCRIBE marts.{view}").fetchall()
                   if not kind.startswith("TIMESTAMP")]
        return sorted(map(repr, conn.execute(
            f"SELECT {', '.join(columns)} FROM marts.{view}").fetchall()))


def copy_seeds(source: Path) -> None:
    for seed in sorted((settings.PROJECT_DIR / "seeds").glob("*.txt")):
        shutil.copy(seed, source / seed.name)


def seeds_marts(work: Path) -> dict[str, list[str]]:
    """Every view's rows after `pipelines run` of the seeds into a DuckDB file under ``work``."""
    source, warehouse = work / "src", work / "w.duckdb"
    source.mkdir()
    copy_seeds(source)
    with pytest.MonkeyPatch.context() as env:
        for name in (settings.SOURCE_ENV, settings.WAREHOUSE_ENV, settings.ALLOW_REMOVALS_ENV):
            env.setenv(name, "")
        env.setenv("DAGSTER_HOME", str(work / "home"))
        assert cli.main(["run", "--quiet", "--source", str(source), "--warehouse",
                         str(warehouse)]) == cli.EXIT_OK
    return {view: view_rows(str(warehouse), view) for view in MART_VIEWS}


def assert_same_marts(location: str, reference: dict[str, list[str]]) -> None:
    for view in MART_VIEWS:
        assert view_rows(location, view) == reference[view], view
