"""Moving the warehouse to DuckLake is a change of its location: `pipelines run` with
``--warehouse ducklake:sqlite:<catalog>`` builds, checks and publishes the same marts as the
DuckDB file, and a second run finds nothing new; its upkeep (`pipelines maintain`, the weekly
Dagster job) leaves readers the same marts from fewer files."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import dagster as dg
import pytest

from pipelines import cli
from pipelines.orchestration import settings
from pipelines.orchestration.definitions import build_definitions
from pipelines.warehouse import open_warehouse, stages
from pipelines.warehouse.marts import MART_VIEWS

pytest.importorskip("duckdb_extension_ducklake")
pytest.importorskip("duckdb_extension_sqlite_scanner")


def _rows(location: str, view: str) -> list[str]:
    """A view's rows, sorted, without its timestamps (when a run wrote them)."""
    with open_warehouse(location).reader() as conn:
        columns = [name for name, kind, *_ in conn.execute(f"DESCRIBE marts.{view}").fetchall()
                   if not kind.startswith("TIMESTAMP")]
        return sorted(map(repr, conn.execute(
            f"SELECT {', '.join(columns)} FROM marts.{view}").fetchall()))


def test_the_seeds_on_ducklake_give_the_duckdb_marts(
        cli_run: tuple[Path, Path, list[str]], tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    source, warehouse, args = cli_run
    for seed in sorted((settings.PROJECT_DIR / "seeds").glob("*.txt")):
        shutil.copy(seed, source / seed.name)
    lake = f"ducklake:sqlite:{tmp_path / 'lake' / 'catalog.sqlite'}"
    lake_args = [*args[:-1], lake]

    assert cli.main(args) == cli.EXIT_OK
    assert cli.main(lake_args) == cli.EXIT_OK
    said = capsys.readouterr().out
    assert said.rstrip().endswith(f"->  {lake}")
    for view in MART_VIEWS:
        assert _rows(lake, view) == _rows(str(warehouse), view), view
    assert len(_rows(lake, "metrics")) > 50

    assert cli.main(lake_args) == cli.EXIT_OK
    assert capsys.readouterr().out.startswith("nothing new:")
    assert (tmp_path / "lake" / "catalog.sqlite.files").is_dir()  # the Parquet data

    assert cli.main(["maintain", "--warehouse", lake, "--keep-days", "0",
                     "--grace-hours", "0"]) == cli.EXIT_OK
    said = capsys.readouterr().out
    assert said.startswith(f"maintained {lake}: snapshots ") and "data files" in said
    before, after = map(int, re.search(r"snapshots (\d+) -> (\d+)", said).groups())
    assert after < before  # the build's snapshots before the published one are gone
    for view in MART_VIEWS:
        assert _rows(lake, view) == _rows(str(warehouse), view), view
    assert cli.main(lake_args) == cli.EXIT_OK
    assert capsys.readouterr().out.startswith("nothing new:")  # upkeep is no change

    started: list[int] = []  # upkeep reads no document: no worker processes for it
    monkeypatch.setattr(stages, "start_worker_pool", started.append)
    job = build_definitions().resolve_job_def("warehouse_maintenance")
    result = job.execute_in_process(instance=dg.DagsterInstance.ephemeral())
    assert result.success and started == []
    assert _rows(lake, "metrics") == _rows(str(warehouse), "metrics")


def test_the_seeds_on_a_postgresql_catalog_give_the_duckdb_marts(
        cli_run: tuple[Path, Path, list[str]], postgres_lake: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    source, warehouse, args = cli_run
    for seed in sorted((settings.PROJECT_DIR / "seeds").glob("*.txt")):
        shutil.copy(seed, source / seed.name)
    lake_args = [*args[:-1], postgres_lake]
    assert cli.main(args) == cli.EXIT_OK
    assert cli.main(lake_args) == cli.EXIT_OK
    assert capsys.readouterr().out.rstrip().endswith(f"->  {postgres_lake}")
    for view in MART_VIEWS:
        assert _rows(postgres_lake, view) == _rows(str(warehouse), view), view
    assert cli.main(lake_args) == cli.EXIT_OK
    assert capsys.readouterr().out.startswith("nothing new:")
