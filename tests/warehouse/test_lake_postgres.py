"""The warehouse on a DuckLake catalog in PostgreSQL, on a real server (tests/support/postgres.py;
skipped where PostgreSQL's binaries are missing): runs of two machines take turns through an
advisory lock in the catalog's database, which a run killed outright does not keep."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.warehouse import LakeWarehouse, WarehouseError, open_warehouse
from pipelines.warehouse.store import bump_generation

pytest.importorskip("duckdb_extension_ducklake")
pytest.importorskip("duckdb_extension_postgres_scanner")

HOLD = """
import sys, time
from pipelines.warehouse import open_warehouse
with open_warehouse(sys.argv[1]).writer():
    print("holding", flush=True)
    time.sleep(120)
"""


def _other_machine(location: str, tmp_path: Path, wait: float) -> LakeWarehouse:
    """The same lake as seen from another machine: its own lock file, a short wait."""
    store = open_warehouse(location, lock_timeout=wait)
    store.lock_path = tmp_path / "other-machine" / "warehouse.lock"
    store.lock_path.parent.mkdir(exist_ok=True)
    return store


def test_a_run_of_another_machine_waits_for_the_writer_then_is_told_who(
        postgres_lake: str, tmp_path: Path) -> None:
    store = open_warehouse(postgres_lake)
    with store.transaction() as conn:
        conn.execute("INSERT INTO core.corpus_state VALUES ('doc:a', 'x', now())")
        bump_generation(conn)
    store.publish()
    other = _other_machine(postgres_lake, tmp_path, wait=0.5)
    with store.writer():
        with pytest.raises(WarehouseError, match=r"another run is writing the warehouse .*"
                                                 r"lock held by pipelines on .* pid \d+ since"):
            other.writer().__enter__()
        assert other.busy()
    with other.writer() as conn:  # released with the writer
        assert conn.execute("SELECT count(*) FROM core.corpus_state "
                            "WHERE product = 'doc:a'").fetchone()[0] == 1
    assert not other.busy()


def test_a_run_killed_outright_holds_nothing(postgres_lake: str, tmp_path: Path) -> None:
    with open_warehouse(postgres_lake).writer():
        pass  # the catalog exists
    holder = subprocess.Popen([sys.executable, "-c", HOLD, postgres_lake], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        other = _other_machine(postgres_lake, tmp_path, wait=0.2)
        with pytest.raises(WarehouseError, match="another run is writing"):
            other.writer().__enter__()
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
        # the lock went with the killed session: the writer gets it (a lock still held would
        # raise WarehouseError at the timeout; no wall-clock bound, the machine may be busy)
        other.lock_timeout = 60.0
        with other.writer():
            pass
    finally:
        holder.kill()
        holder.wait(10)
