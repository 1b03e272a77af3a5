import errno
import multiprocessing as mp
import os
import time

import duckdb
import pytest

from pipelines.warehouse import Warehouse, WarehouseError
from pipelines.warehouse.store import bump_generation


def test_publish_moves_the_working_state_atomically(tmp_path):
    wh = Warehouse(tmp_path / "w.duckdb")
    with wh.transaction() as conn:
        conn.execute("CREATE TABLE core.t AS SELECT 1 AS x")
        bump_generation(conn)
    assert not wh.path.exists()
    assert wh.publish() is True
    assert wh.publish() is False  # nothing changed since
    reader = wh.reader()
    assert reader.execute("SELECT x FROM core.t").fetchall() == [(1,)]
    # A reader holding the old file open does not stop the next publish.
    with wh.transaction() as conn:
        conn.execute("INSERT INTO core.t VALUES (2)")
        bump_generation(conn)
    assert wh.publish() is True
    assert reader.execute("SELECT count(*) FROM core.t").fetchone() == (1,)
    reader.close()
    with wh.reader() as fresh:
        assert fresh.execute("SELECT count(*) FROM core.t").fetchone() == (2,)


def test_the_next_writer_starts_from_the_published_file(tmp_path):
    wh = Warehouse(tmp_path / "w.duckdb")
    with wh.transaction() as conn:
        conn.execute("CREATE TABLE core.t AS SELECT 1 AS x")
        bump_generation(conn)
    assert wh.publish()
    # one file between runs: the working file became the serving one
    assert wh.path.exists() and not wh.working_path.exists()
    assert wh.publish() is False  # nothing written since
    assert not wh.working_path.exists()
    with wh.writer() as conn:  # a copy of what readers have
        assert conn.execute("SELECT x FROM core.t").fetchall() == [(1,)]
        conn.execute("INSERT INTO core.t VALUES (2)")
        bump_generation(conn)
    assert not list(tmp_path.glob(".*.tmp"))  # the copy went through a temporary file
    with wh.reader() as reader:  # not published yet
        assert reader.execute("SELECT count(*) FROM core.t").fetchone() == (1,)
    assert wh.publish()
    with wh.reader() as reader:
        assert reader.execute("SELECT count(*) FROM core.t").fetchone() == (2,)


def test_failed_transaction_leaves_no_rows(tmp_path):
    wh = Warehouse(tmp_path / "w.duckdb")
    with pytest.raises(RuntimeError), wh.transaction() as conn:
        conn.execute("CREATE TABLE core.t AS SELECT 1 AS x")
        raise RuntimeError("boom")
    with wh.writer() as conn:
        assert conn.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = 't'").fetchone() == (0,)


def test_keys_the_schema_no_longer_declares_are_dropped_rows_kept(tmp_path):
    # core.blocks as it was declared before its key was dropped
    wh = Warehouse(tmp_path / "w.duckdb")
    with duckdb.connect(str(wh.working_path)) as conn:
        conn.execute("CREATE SCHEMA core")
        conn.execute("CREATE TABLE core.blocks (doc_id VARCHAR NOT NULL, block_no INTEGER NOT "
                     "NULL, kind VARCHAR NOT NULL, level INTEGER, text VARCHAR NOT NULL, "
                     "raw_start INTEGER NOT NULL, raw_end INTEGER NOT NULL, "
                     "PRIMARY KEY (doc_id, block_no))")
        conn.execute("INSERT INTO core.blocks VALUES ('d', 0, 'body', NULL, '正文', 0, 2)")
    keyed = ("SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'blocks' "
             "AND constraint_type = 'PRIMARY KEY'")
    with wh.writer() as conn:
        assert conn.execute(keyed).fetchone() == (0,)
        assert conn.execute("SELECT * FROM core.blocks").fetchall() == [
            ("d", 0, "body", None, "正文", 0, 2)]
        conn.execute("INSERT INTO core.blocks VALUES ('d', 0, 'body', NULL, '正文', 0, 2)")
        with pytest.raises(duckdb.ConstraintException):  # NOT NULL stays declared
            conn.execute("INSERT INTO core.blocks VALUES (NULL, 1, 'body', NULL, 'x', 0, 1)")
        # a table the schema still declares a key for keeps it
        assert conn.execute("SELECT count(*) FROM duckdb_constraints() WHERE table_name = "
                            "'source_files' AND constraint_type = 'PRIMARY KEY'").fetchone() == (1,)


def test_a_file_that_is_not_duckdb_is_never_overwritten(tmp_path):
    path = tmp_path / "w.duckdb"
    path.write_text("my precious spreadsheet")
    with pytest.raises(WarehouseError, match="not a DuckDB database"), \
            Warehouse(path).writer():
        pass
    assert path.read_text() == "my precious spreadsheet"


def test_a_path_no_run_could_write_is_refused_before_anything_is_created(tmp_path):
    (tmp_path / "afile").write_text("x")
    folder = Warehouse(tmp_path)  # a folder given for the file
    assert "is a folder" in folder.problem()
    assert str(tmp_path / "warehouse.duckdb") in folder.problem()
    under_file = Warehouse(tmp_path / "afile" / "sub" / "w.duckdb")
    assert "afile is a file" in under_file.problem()
    for wh in (folder, under_file):
        with pytest.raises(WarehouseError, match="is a f"), wh.writer():
            pass
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile"]  # no lock, no folder made
    # a missing folder is made by the run: no problem
    assert Warehouse(tmp_path / "new" / "deeper" / "w.duckdb").problem() is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_folder_without_write_permission_is_refused(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    assert "permission denied" in Warehouse(locked / "w.duckdb").problem()


def test_reader_without_warehouse_says_what_to_do(tmp_path):
    with pytest.raises(WarehouseError, match="pipelines run"):
        Warehouse(tmp_path / "none.duckdb").reader()


def _hold_lock(path, seconds, ready):
    wh = Warehouse(path)
    with wh.writer():
        ready.set()
        time.sleep(seconds)


def test_second_writer_waits_then_is_refused_clearly(tmp_path):
    path = tmp_path / "w.duckdb"
    ready = mp.get_context("fork").Event()
    holder = mp.get_context("fork").Process(target=_hold_lock, args=(path, 3, ready))
    holder.start()
    try:
        assert ready.wait(10)
        with pytest.raises(WarehouseError, match="another run is writing"), \
                Warehouse(path, lock_timeout=0.5).writer():
            pass
        # A patient writer gets its turn once the first one is done.
        with Warehouse(path, lock_timeout=20).writer() as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
    finally:
        holder.join(10)


def test_busy_while_a_run_holds_the_lock(tmp_path):
    wh = Warehouse(tmp_path / "w.duckdb")
    assert not wh.busy()  # no warehouse yet, nobody writing
    with wh.writer():
        assert Warehouse(wh.path).busy()
    assert not wh.busy()
    assert not Warehouse(tmp_path).busy()  # a path no run could write: nobody writes it


def test_a_session_keeps_one_connection_and_the_lock_from_its_first_write_to_its_end(tmp_path):
    wh = Warehouse(tmp_path / "w.duckdb")
    with wh.session():
        assert not Warehouse(wh.path).busy()  # nothing written yet: the lock is not taken
        with wh.writer() as first:
            first.execute("CREATE TABLE core.t AS SELECT 1 AS x")
            bump_generation(first)
        assert Warehouse(wh.path).busy()  # held between the blocks: no run slips in
        with wh.writer() as second:
            assert second is first
        with pytest.raises(ValueError), wh.writer():
            raise ValueError("a step failed")
        with wh.writer() as third:  # a fresh connection after a failure, same data
            assert third is not first
            assert third.execute("SELECT x FROM core.t").fetchall() == [(1,)]
        assert wh.publish()  # checkpoints and closes the session's connection
        with wh.writer() as after:  # the next working copy
            assert after is not third
            after.execute("INSERT INTO core.t VALUES (2)")
            bump_generation(after)
        assert wh.publish()
    assert not wh.busy()
    with wh.reader() as reader:
        assert reader.execute("SELECT count(*) FROM core.t").fetchone() == (2,)


def test_a_session_waits_for_another_writer_at_its_first_write(tmp_path):
    path = tmp_path / "w.duckdb"
    with Warehouse(path).writer(), Warehouse(path, lock_timeout=0.2).session() as wh:
        with pytest.raises(WarehouseError, match="another run is writing"), wh.writer():
            pass


def test_serving_file_is_readable_by_plain_duckdb_read_only(tmp_path):
    wh = Warehouse(tmp_path / "w.duckdb")
    with wh.transaction() as conn:
        bump_generation(conn)
    wh.publish()
    a = duckdb.connect(str(wh.path), read_only=True)
    b = duckdb.connect(str(wh.path), read_only=True)
    assert a.execute("SELECT count(*) FROM marts.documents").fetchone() == (0,)
    assert b.execute("SELECT count(*) FROM marts.metrics").fetchone() == (0,)
    a.close()
    b.close()


def test_a_warehouse_from_an_incompatible_duckdb_is_refused_and_kept(tmp_path):
    wh = Warehouse(tmp_path / "w.duckdb")
    with wh.transaction() as conn:
        bump_generation(conn)
    wh.publish()
    assert not wh.working_path.exists()  # it became the serving file
    data = bytearray(wh.path.read_bytes())
    data[12] = 0xEE  # storage version of a DuckDB that does not exist (yet)
    wh.path.write_bytes(bytes(data))
    with pytest.raises(WarehouseError, match="cannot open warehouse"), wh.writer():
        pass
    assert wh.path.read_bytes() == bytes(data)


def test_parquet_export_of_every_mart(tmp_path):
    import polars as pl

    from pipelines.warehouse.export import export_parquet
    from pipelines.warehouse.marts import MART_VIEWS

    wh = Warehouse(tmp_path / "w.duckdb")
    with wh.transaction() as conn:
        bump_generation(conn)
    wh.publish()
    written = export_parquet(wh, tmp_path / "out")
    assert set(written) == set(MART_VIEWS)
    frame = pl.read_parquet(written["metrics"])
    assert "quote" in frame.columns and frame.height == 0
    assert not list((tmp_path / "out").glob("*.tmp"))


@pytest.mark.parametrize("refused", [None, errno.EXDEV, errno.ENOSYS])
def test_the_working_copy_equals_the_published_file(tmp_path, monkeypatch, refused):
    # by copy_file_range (a block-sharing clone on XFS/Btrfs), or a plain copy where the call is
    # refused (another file system, an old kernel)
    if refused is not None:
        def refuse(*args):
            raise OSError(refused, os.strerror(refused))
        monkeypatch.setattr(os, "copy_file_range", refuse)
    wh = Warehouse(tmp_path / "w.duckdb")
    with wh.transaction() as conn:
        conn.execute("CREATE TABLE core.t AS SELECT range AS x, repeat('字', 50) AS s "
                     "FROM range(200000)")
        bump_generation(conn)
    assert wh.publish()
    published = wh.path.read_bytes()
    with wh.writer() as conn:
        assert conn.execute("SELECT count(*), sum(x) FROM core.t").fetchone() == (
            200000, 199999 * 100000)
    assert wh.working_path.exists()
    assert wh.path.read_bytes() == published  # the serving file is untouched by the run


def _crash_after_writing(path, statement):
    """A program that opens the serving file read-write (DuckDB's default, and some SQL
    tools'), writes, and dies before closing: its writes stay in a WAL beside the file."""
    conn = duckdb.connect(str(path))
    conn.execute(statement)
    os._exit(0)


def _published_with_rows(tmp_path, n):
    wh = Warehouse(tmp_path / "w.duckdb")
    with wh.transaction() as conn:
        conn.execute(f"CREATE TABLE core.t AS SELECT range AS x FROM range({n})")
        bump_generation(conn)
    assert wh.publish()
    return wh


@pytest.mark.parametrize("new_rows", [True, False])
def test_a_tools_writes_to_the_serving_file_never_reach_the_next_warehouse(tmp_path, new_rows):
    wh = _published_with_rows(tmp_path, 10)
    tool = mp.get_context("fork").Process(target=_crash_after_writing, args=(
        wh.path, "DELETE FROM core.t WHERE x < 4; CREATE TABLE main.my_notes AS SELECT 1"))
    tool.start()
    tool.join(30)
    wal = wh.path.with_name("w.duckdb.wal")
    assert wal.exists()
    # the published state is not current any more: `pipelines run` must not say "nothing new"
    assert wh.published_state("anything") is None
    if new_rows:
        with wh.transaction() as conn:
            conn.execute("INSERT INTO core.t VALUES (10)")
            bump_generation(conn)
    assert wh.publish()  # even with nothing new: readers must get the published state back
    assert not wal.exists()
    assert any("w.duckdb.wal" in notice and "read-only" in notice for notice in wh.notices)
    with wh.reader() as reader:
        assert reader.execute("SELECT count(*) FROM core.t").fetchone() == (
            11 if new_rows else 10,)
        assert reader.execute("SELECT count(*) FROM duckdb_tables() "
                              "WHERE table_name = 'my_notes'").fetchone() == (0,)
    assert not wh.working_path.exists()


def test_a_damaged_serving_file_is_named_and_leaves_nothing_that_blocks_later_runs(tmp_path):
    wh = _published_with_rows(tmp_path, 300_000)
    good = wh.path.read_bytes()
    wh.path.write_bytes(good[: len(good) // 3])  # truncated (a full disk, a bad copy)
    with pytest.raises(WarehouseError, match=r"cannot open warehouse .*w\.duckdb: .*backup"), \
            wh.writer():
        pass
    assert not wh.working_path.exists()  # its copy is gone: a restored file is used as it is
    wh.path.write_bytes(good)  # restored from a backup
    with wh.writer() as conn:
        assert conn.execute("SELECT count(*) FROM core.t").fetchone() == (300_000,)


def test_a_working_file_that_cannot_be_opened_is_set_aside(tmp_path):
    wh = _published_with_rows(tmp_path, 300_000)
    with wh.writer():
        pass
    data = wh.working_path.read_bytes()
    wh.working_path.write_bytes(data[: len(data) // 3])  # an earlier run's file, damaged
    with wh.writer() as conn:  # starts again from the serving file
        assert conn.execute("SELECT count(*) FROM core.t").fetchone() == (300_000,)
    broken = wh.working_path.with_name("w.work.duckdb.broken")
    assert broken.exists()
    assert any("w.work.duckdb.broken" in notice for notice in wh.notices)


def test_derived_tables_stored_with_an_old_key_are_recreated_empty(tmp_path):
    """A warehouse from before model.fact_metric lost its PRIMARY KEY and gained place_key
    NOT NULL: its derived rows cannot move into the new table (the model rebuilds them)."""
    wh = Warehouse(tmp_path / "w.duckdb")
    with wh.writer() as conn:
        ddl = conn.execute("SELECT sql FROM duckdb_tables() WHERE schema_name = 'model' "
                           "AND table_name = 'fact_metric'").fetchone()[0]
        old = ddl.replace("place_key VARCHAR NOT NULL", "place_key VARCHAR").rstrip(");")
        conn.execute("DROP TABLE model.fact_metric")
        conn.execute(old + ", PRIMARY KEY (metric_key));")
        conn.execute("INSERT INTO model.fact_metric (metric_key, document_key, kind, qualifier, "
                     "value, value_normalized, sent_no, char_start, char_end) "
                     "VALUES ('m', 'd', 'actual', 'none', 1, 1, 0, 0, 1)")
        conn.execute("UPDATE core.meta SET schema_hash = 'an older schema'")
    with wh.writer() as conn:
        assert conn.execute("SELECT count(*) FROM model.fact_metric").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM duckdb_constraints() WHERE table_name = "
                            "'fact_metric' AND constraint_type = 'PRIMARY KEY'").fetchone() == (0,)
