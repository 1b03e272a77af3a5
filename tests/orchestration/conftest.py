"""Fixtures of the orchestration tests."""

from pathlib import Path

import pytest

from pipelines.orchestration import settings


@pytest.fixture
def cli_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, list[str]]:
    """An empty source folder and a warehouse path for `pipelines run`, with the CLI's
    environment blanked (the CLI sets it; restored after the test) and DAGSTER_HOME in
    ``tmp_path``: (source, warehouse, the run's arguments)."""
    for name in (settings.SOURCE_ENV, settings.WAREHOUSE_ENV, settings.ALLOW_REMOVALS_ENV):
        monkeypatch.setenv(name, "")
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    source, warehouse = tmp_path / "src", tmp_path / "w.duckdb"
    source.mkdir()
    return source, warehouse, ["run", "--quiet", "--source", str(source), "--warehouse",
                               str(warehouse)]
