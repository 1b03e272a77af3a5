"""Shared fixtures: the seed corpus on disk, copied so tests can damage it freely."""

import shutil
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
SEEDS = PROJECT / "seeds"
# Child processes started by tests (fork server, spawn) import test support code by module name.
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A temporary copy of seeds/ (texts and manifest)."""
    dest = tmp_path / "source"
    shutil.copytree(SEEDS, dest)
    return dest


@pytest.fixture(scope="session")
def postgres_dsn():
    """A throwaway PostgreSQL server for the session (tests/support/postgres.py); the tests that
    need it skip on a machine without PostgreSQL's binaries."""
    from tests.support.postgres import postgres_server

    with postgres_server() as dsn:
        if dsn is None:
            pytest.skip("no PostgreSQL server binaries on this machine")
        yield dsn


@pytest.fixture
def postgres_lake(postgres_dsn: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A DuckLake location in a fresh database of that server, its data in ``tmp_path``."""
    psycopg = pytest.importorskip("psycopg")
    name = f"lake_{tmp_path.name.lower().replace('-', '_')[:40]}"
    with psycopg.connect(postgres_dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    monkeypatch.setenv("PIPELINES_LAKE_DATA_PATH", str(tmp_path / "lake-data"))
    return "ducklake:postgres:" + postgres_dsn.replace("dbname=postgres", f"dbname={name}")


@pytest.fixture(scope="session")
def duckdb_marts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """The seeds' marts as the DuckDB file holds them (built once for every test comparing a
    warehouse elsewhere with it: tests/support/marts.py)."""
    from tests.support.marts import seeds_marts

    return seeds_marts(tmp_path_factory.mktemp("duckdb_reference"))
