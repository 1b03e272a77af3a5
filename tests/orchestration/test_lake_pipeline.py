"""Moving the warehouse to DuckLake is a change of its location: `pipelines run` with
``--warehouse ducklake:sqlite:<catalog>`` builds, checks and publishes the same marts as the
DuckDB file, and a second run finds nothing new."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipelines import cli
from pipelines.orchestration import settings
from pipelines.warehouse import open_warehouse
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
        capsys: pytest.CaptureFixture[str]) -> None:
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
