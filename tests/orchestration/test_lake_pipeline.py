"""Moving the warehouse to DuckLake is a change of its location: `pipelines run` with
``--warehouse ducklake:sqlite:<catalog>`` builds, checks and publishes the same marts as the
DuckDB file, and a second run finds nothing new; its upkeep (`pipelines maintain`, the weekly
Dagster job) leaves readers the same marts from fewer files; and a run whose steps each run in
a process of their own, as on several machines, gives the same marts."""

from __future__ import annotations

import re
from pathlib import Path

import dagster as dg
import pytest

from pipelines import cli
from pipelines.orchestration import settings
from pipelines.orchestration.definitions import build_definitions, full_pipeline_job
from pipelines.warehouse import stages
from tests.support.marts import assert_same_marts, copy_seeds, view_rows

pytest.importorskip("duckdb_extension_ducklake")
pytest.importorskip("duckdb_extension_sqlite_scanner")


def test_the_seeds_on_ducklake_give_the_duckdb_marts(
        cli_run: tuple[Path, Path, list[str]], tmp_path: Path, duckdb_marts: dict,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    source, _, args = cli_run
    copy_seeds(source)
    lake = f"ducklake:sqlite:{tmp_path / 'lake' / 'catalog.sqlite'}"
    lake_args = [*args[:-1], lake]

    assert cli.main(lake_args) == cli.EXIT_OK
    said = capsys.readouterr().out
    assert said.rstrip().endswith(f"->  {lake}")
    assert_same_marts(lake, duckdb_marts)
    assert len(view_rows(lake, "metrics")) > 50

    assert cli.main(lake_args) == cli.EXIT_OK
    assert capsys.readouterr().out.startswith("nothing new:")
    assert (tmp_path / "lake" / "catalog.sqlite.files").is_dir()  # the Parquet data
    assert cli.main(["maintain", "--warehouse", lake, "--keep-days", "0",
                     "--grace-hours", "0"]) == cli.EXIT_OK
    said = capsys.readouterr().out
    assert said.startswith(f"maintained {lake}: snapshots ") and "data files" in said
    before, after = map(int, re.search(r"snapshots (\d+) -> (\d+)", said).groups())
    assert after < before  # the build's snapshots before the published one are gone
    assert_same_marts(lake, duckdb_marts)
    assert cli.main(lake_args) == cli.EXIT_OK
    assert capsys.readouterr().out.startswith("nothing new:")  # upkeep is no change

    started: list[int] = []  # upkeep reads no document: no worker processes for it
    monkeypatch.setattr(stages, "start_worker_pool", started.append)
    job = build_definitions().resolve_job_def("warehouse_maintenance")
    result = job.execute_in_process(instance=dg.DagsterInstance.ephemeral())
    assert result.success and started == []
    assert view_rows(lake, "metrics") == duckdb_marts["metrics"]


def test_the_seeds_on_a_postgresql_catalog_give_the_duckdb_marts(
        cli_run: tuple[Path, Path, list[str]], postgres_lake: str, duckdb_marts: dict,
        capsys: pytest.CaptureFixture[str]) -> None:
    source, _, args = cli_run
    copy_seeds(source)
    lake_args = [*args[:-1], postgres_lake]
    assert cli.main(lake_args) == cli.EXIT_OK
    assert capsys.readouterr().out.rstrip().endswith(f"->  {postgres_lake}")
    assert_same_marts(postgres_lake, duckdb_marts)
    assert cli.main(lake_args) == cli.EXIT_OK
    assert capsys.readouterr().out.startswith("nothing new:")


def test_steps_in_processes_of_their_own_give_the_duckdb_marts(
        tmp_path: Path, duckdb_marts: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    """What an executor spreading a run's steps over machines does: each step in a new process
    that rebuilds the job and reaches the data through the warehouse resource alone (no value
    passes between steps), on a DuckLake catalog the processes share."""
    source = tmp_path / "src"
    source.mkdir()
    copy_seeds(source)
    lake = f"ducklake:sqlite:{tmp_path / 'lake' / 'catalog.sqlite'}"
    monkeypatch.setenv(settings.SOURCE_ENV, str(source))
    monkeypatch.setenv(settings.WAREHOUSE_ENV, lake)
    multiprocess = {"execution": {"config": {"multiprocess": {"max_concurrent": 2}}}}
    with dg.instance_for_test() as instance, dg.execute_job(
            dg.reconstructable(full_pipeline_job), instance=instance,
            run_config=multiprocess) as result:
        assert result.success
        step_processes = {event.pid for event in result.all_events
                          if event.event_type_value == "STEP_START"}
        marts, = (event.materialization for event in result.all_events
                  if event.event_type_value == "ASSET_MATERIALIZATION"
                  and event.asset_key == dg.AssetKey("marts"))
    assert len(step_processes) == 4  # four steps, four processes
    assert marts.metadata["published"].value is True
    assert_same_marts(lake, duckdb_marts)
