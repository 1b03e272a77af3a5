"""The warehouse on a DuckLake catalog (pipelines/warehouse/lake.py), on real catalogs in
tmp_path: SQLite (readers beside a run) and a DuckDB file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import duckdb
import pytest

from pipelines import cli
from pipelines.warehouse import LakeWarehouse, Warehouse, WarehouseError, open_warehouse
from pipelines.warehouse.lake import absolute_location
from pipelines.warehouse.store import bump_generation

pytest.importorskip("duckdb_extension_ducklake")
pytest.importorskip("duckdb_extension_sqlite_scanner")


def _lake(tmp_path: Path, kind: str = "sqlite") -> LakeWarehouse:
    catalog = tmp_path / "lake" / ("catalog.sqlite" if kind == "sqlite" else "catalog.ducklake")
    location = f"ducklake:sqlite:{catalog}" if kind == "sqlite" else f"ducklake:{catalog}"
    store = open_warehouse(location)
    assert isinstance(store, LakeWarehouse)
    return store


def _add_document(store: Warehouse, doc_id: str) -> None:
    """A write of a run (a row of a small table stands for its documents)."""
    with store.transaction() as conn:
        conn.execute("INSERT INTO core.corpus_state VALUES (?, 'x', now())", [f"doc:{doc_id}"])
        bump_generation(conn)


def _documents(conn: duckdb.DuckDBPyConnection) -> list[str]:
    return [row[0] for row in conn.execute(
        "SELECT substr(product, 5) FROM core.corpus_state WHERE product LIKE 'doc:%' ORDER BY 1"
    ).fetchall()]


def test_location_picks_the_kind(tmp_path: Path) -> None:
    assert type(open_warehouse(tmp_path / "w.duckdb")) is Warehouse
    lake = _lake(tmp_path)
    assert lake.kind == "sqlite" and lake.data_path == lake.catalog_file.with_name(
        "catalog.sqlite.files")
    assert str(lake) == f"ducklake:sqlite:{lake.catalog_file}"
    assert _lake(tmp_path, "duckdb").kind == "duckdb"


def test_a_relative_catalog_path_is_made_absolute(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert absolute_location("ducklake:sqlite:lake/c.sqlite") == (
        f"ducklake:sqlite:{tmp_path / 'lake' / 'c.sqlite'}")
    assert absolute_location("ducklake:c.ducklake") == f"ducklake:{tmp_path / 'c.ducklake'}"
    dsn = "ducklake:postgres:dbname=wh host=db"
    assert absolute_location(dsn) == dsn


def test_postgres_needs_a_data_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("PIPELINES_LAKE_DATA_PATH", raising=False)
    location = "ducklake:postgres:dbname=wh host=localhost"
    with pytest.raises(WarehouseError, match="PIPELINES_LAKE_DATA_PATH"):
        open_warehouse(location)
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("PIPELINES_WAREHOUSE", "")
    assert cli.main(["run", "--source", str(tmp_path), "--warehouse", location]) == cli.EXIT_USAGE
    assert "needs the data folder in PIPELINES_LAKE_DATA_PATH" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["sqlite", "duckdb"])
def test_readers_get_what_was_published(tmp_path: Path, kind: str) -> None:
    store = _lake(tmp_path, kind)
    with pytest.raises(WarehouseError, match="run `pipelines run` first"):
        store.reader()
    _add_document(store, "a")
    with pytest.raises(WarehouseError, match="nothing published yet"):
        store.reader()
    assert store.publish() is True
    assert store.publish() is False  # nothing written since
    _add_document(store, "b")  # a run's work, not yet checked
    with store.reader() as conn:
        assert _documents(conn) == ["a"]
    with store.writer() as conn:
        assert not store.is_published(conn)
    assert store.publish() is True
    with store.reader() as conn:
        assert _documents(conn) == ["a", "b"]


def test_a_reader_never_blocks_a_run(tmp_path: Path) -> None:
    """With the SQLite catalog (WAL mode), a reader left open does not keep a run from
    committing, and keeps the snapshot it opened."""
    store = _lake(tmp_path)
    _add_document(store, "a")
    store.publish()
    reader = store.reader()
    try:
        _add_document(store, "b")
        assert store.publish() is True
        assert _documents(reader) == ["a"]
    finally:
        reader.close()
    with store.reader() as conn:
        assert _documents(conn) == ["a", "b"]


def test_published_state_waits_for_unpublished_work(tmp_path: Path) -> None:
    store = _lake(tmp_path)
    assert store.published_state("source_folder") is None  # no catalog yet
    with store.transaction() as conn:
        conn.execute("INSERT INTO core.corpus_state VALUES ('source_folder', 'f1', now())")
        bump_generation(conn)
    assert store.published_state("source_folder") is None  # written, not published
    store.publish()
    assert store.published_state("source_folder") == "f1"
    assert store.left_behind() is not None
    with store.writer() as conn:
        assert store.is_published(conn)


def test_a_file_that_is_no_catalog_is_refused(tmp_path: Path) -> None:
    store = _lake(tmp_path)
    store.catalog_file.parent.mkdir(parents=True)
    store.catalog_file.write_text("notes, not a catalog")
    assert "is not a sqlite database" in store.problem()
    with pytest.raises(WarehouseError, match="not a sqlite database"):
        store.writer().__enter__()
    assert store.catalog_file.read_text() == "notes, not a catalog"


def _add_counts(store: Warehouse, doc_id: str, rows: int = 2000) -> None:
    """A run's write large enough to go to a Parquet file of its own (not kept in the catalog),
    then published: every run adds a snapshot and files."""
    with store.transaction() as conn:
        conn.execute("INSERT INTO core.term_counts SELECT ?, 'w' || i, i FROM range(?) t(i)",
                     [doc_id, rows])
        bump_generation(conn)
    store.publish()


def _counts(conn: duckdb.DuckDBPyConnection) -> list[tuple[str, int, int]]:
    return conn.execute("SELECT doc_id, count(*), sum(count) FROM core.term_counts "
                        "GROUP BY doc_id ORDER BY doc_id").fetchall()


def test_maintenance_compacts_a_lake_and_readers_keep_what_was_published(tmp_path: Path) -> None:
    store = _lake(tmp_path)
    with pytest.raises(WarehouseError, match="no warehouse at"):
        store.maintain()
    for doc in "abcd":
        _add_counts(store, doc)
    with store.transaction() as conn:  # a later run's work, not yet published
        conn.execute("DELETE FROM core.term_counts WHERE doc_id = 'a'")
        bump_generation(conn)
    with store.reader() as conn:
        published = _counts(conn)
    assert [doc for doc, *_ in published] == list("abcd")

    kept = store.maintain()  # the defaults keep a week of snapshots and a day of old files
    assert kept.snapshots[1] >= kept.snapshots[0]
    done = store.maintain(keep=timedelta(0), grace=timedelta(0))
    assert done.snapshots[1] < done.snapshots[0] and done.data_files[1] < done.data_files[0], done
    assert sum(1 for _ in store.data_path.rglob("*.parquet")) == done.data_files[1]
    with store.reader() as conn:
        assert _counts(conn) == published  # readers: what was published, from fewer files
    with store.writer() as conn:
        assert [doc for doc, *_ in _counts(conn)] == list("bcd")  # the run's work is kept
        assert not store.is_published(conn)
    assert store.publish() is True
    with store.reader() as conn:
        assert [doc for doc, *_ in _counts(conn)] == list("bcd")
    again = store.maintain(keep=timedelta(0), grace=timedelta(0))
    assert again.data_files[1] <= done.data_files[1] + 1


def test_maintenance_waits_for_a_run_and_a_duckdb_file_needs_none(tmp_path: Path) -> None:
    store = _lake(tmp_path)
    _add_counts(store, "a")
    busy = open_warehouse(str(store), lock_timeout=0.2)
    with store.writer(), pytest.raises(WarehouseError):  # a run holds the warehouse
        busy.maintain()
    file = open_warehouse(tmp_path / "w.duckdb")
    with pytest.raises(WarehouseError, match="no warehouse at"):
        file.maintain()
    with file.writer():
        pass
    file.publish()
    assert "nothing to do" in file.maintain().summary()
