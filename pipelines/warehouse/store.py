"""Warehouse storage: a working DuckDB file that runs write, and a serving file readers open.

Runs write ``<name>.work.duckdb`` beside the serving file, holding an exclusive lock file so two
runs never write at once (a Dagster run holds it, and one connection, from its first write to its
end: ``session``). ``publish()`` checkpoints and syncs the working file and atomically
renames it over the serving path: a reader sees the old or the new warehouse, never half of one,
and a reader holding the serving file open never blocks a run. The next run starts from a copy of
the serving file.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import duckdb

from pipelines.warehouse.imports import remember_missing
from pipelines.warehouse.sqlfiles import query, schema_script

DUCKDB_MAGIC = b"DUCK"  # bytes 8..12 of every DuckDB database file


# SQL reads only the frames a step registers by name (``registered``), never a Python variable
# DuckDB would otherwise look up by a table's name in the caller's frames: no Python object is
# reached behind the connection's back (nor released by it when it closes)
PYTHON_SCANS_OFF = {"python_enable_replacements": False}


class WarehouseError(RuntimeError):
    """A problem with the warehouse file or its lock, stated for the user."""


# How long maintenance keeps what a reader might still use: snapshots (a lake's time travel) and
# files that were replaced (a query that started before them may still read them).
KEEP_SNAPSHOTS = timedelta(days=7)
FILE_GRACE = timedelta(days=1)


@dataclass(frozen=True)
class Maintenance:
    """What ``Warehouse.maintain`` did, for the log: counts before and after."""

    snapshots: tuple[int, int] = (0, 0)
    data_files: tuple[int, int] = (0, 0)
    data_bytes: tuple[int, int] = (0, 0)
    note: str = ""

    def summary(self) -> str:
        if self.note:
            return self.note
        (s0, s1), (f0, f1), (b0, b1) = self.snapshots, self.data_files, self.data_bytes
        return (f"snapshots {s0} -> {s1}, data files {f0} -> {f1}, "
                f"{b0 / 1e6:.1f} -> {b1 / 1e6:.1f} MB")


class Warehouse:
    def __init__(self, path: str | os.PathLike[str], lock_timeout: float = 600.0,
                 memory_limit: str = "512MB",
                 notify: Callable[[str], object] | None = None) -> None:
        self.path = Path(path).expanduser().resolve()
        self.working_path = self.path.with_name(f"{self.path.stem}.work.duckdb")
        self.lock_path = self.path.with_name(f"{self.path.name}.lock")
        self.lock_timeout = lock_timeout
        # DuckDB spills to disk beyond this; its buffer pool otherwise keeps table blocks up to the
        # limit, and the run shares the machine's memory with two workers of ~400 MB each. The
        # 100 MB build took as long with 512 MB as with 768 MB and peaked ~200 MB lower.
        self.memory_limit = memory_limit
        # what the warehouse did on its own that the user should hear of (a discarded working
        # file, a tool's writes to the serving file dropped at publication), also passed to
        # ``notify`` (the run's log) as it happens
        self.notices: list[str] = []
        self.notify = notify
        self._held = 0  # _locked() blocks this object is inside (the lock is taken once)
        # a session's lock and open connection (see ``session``), None outside one
        self._session: ExitStack | None = None
        self._kept: duckdb.DuckDBPyConnection | None = None
        remember_missing()  # DuckDB probes for pandas on every parameter it converts

    def __str__(self) -> str:
        return str(self.path)

    @property
    def unpublished_name(self) -> str:
        """Where a run's unpublished work lies, for messages: the working file."""
        return self.working_path.name

    # -- writing -----------------------------------------------------------------------------
    def problem(self) -> str | None:
        """Why a run could not write this warehouse path, in the user's terms; None if it can.

        Checked before anything is locked or created (and by the CLI before a run starts), so a
        wrong ``--warehouse`` is refused in one line instead of failing inside a run with an
        exception's name."""
        if self.path.is_dir():
            return (f"warehouse {self.path} is a folder; give a file path, "
                    f"such as {self.path / 'warehouse.duckdb'}")
        folder = self.path.parent
        while not folder.exists():  # the folders a run would create
            folder = folder.parent
        if not folder.is_dir():
            return f"warehouse {self.path}: {folder} is a file, so no folder can be made there"
        if not os.access(folder, os.W_OK | os.X_OK):
            return f"warehouse {self.path}: cannot write in {folder} (permission denied)"
        for path in (self.path, self.working_path):
            if path.exists():
                if not os.access(path, os.R_OK | os.W_OK):
                    return f"warehouse {path} cannot be read and written (permission denied)"
                if not _is_duckdb(path):
                    return _not_duckdb(path)
        return None

    @contextmanager
    def writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """An exclusive read-write connection to the working file, schema applied (inside a
        ``session``, the session's one connection)."""
        if self._session is not None:
            if not self._held:  # taken at the first write, as outside a session
                self._session.enter_context(self._locked())
            if self._kept is None:
                self._kept = self._open_working()
            try:
                yield self._kept
            except BaseException:
                self._close_kept()  # whatever failed, the next block starts on a fresh one
                raise
            return
        with self._locked():
            conn = self._open_working()
            try:
                yield conn
            finally:
                conn.close()

    @contextmanager
    def session(self) -> Iterator[Warehouse]:
        """Keep the writers' lock and one connection to the working file from the first
        ``writer()`` block to the end of the session (a run's steps in one process): opening a
        large warehouse and closing it (a checkpoint) cost tens of milliseconds each, a dozen
        times a run. ``publish()`` checkpoints and closes the connection; a writer after it
        opens the new working copy."""
        if self._session is not None:
            raise WarehouseError(f"warehouse {self.path}: a session is already open")
        self._session = ExitStack()
        try:
            yield self
        finally:
            stack, self._session = self._session, None
            try:
                self._close_kept()
            finally:
                stack.close()

    def _close_kept(self) -> None:
        conn, self._kept = self._kept, None
        if conn is not None:
            conn.close()

    def _writing_connection(self) -> duckdb.DuckDBPyConnection:
        """The session's connection, handed over (the caller closes it), or a new one."""
        conn, self._kept = self._kept, None
        return conn if conn is not None else self._open_working()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """``writer()`` inside one transaction: all of a step's rows land, or none."""
        with self.writer() as conn, atomic(conn):
            yield conn

    def publish(self) -> bool:
        """Atomically replace the serving file with the working state; False if already current.

        The working file itself becomes the serving file (a rename: instant however large the
        warehouse, and only one copy of it on disk between runs); the next run that writes
        starts from a copy of it. Callers publish only what passed the blocking checks: the time
        of publication is recorded, and the checks of later runs look at what was written after
        it."""
        with self._locked():
            # A program that opened the serving file read-write and did not close it cleanly
            # left its writes in a WAL beside it, which DuckDB would apply to whatever file
            # next has that name: readers must get what the run published, not that.
            foreign = _wal(self.path).exists()
            if not self.working_path.exists() and self.path.exists() and not foreign:
                return False  # nothing was written since the last publication
            conn = self._writing_connection()
            try:
                generation = _generation(conn)
                if (not foreign and self.path.exists()
                        and self._serving_generation() == generation):
                    return False
                # what is published was checked (core.unverified_documents starts afresh)
                record_state(conn, "published", str(generation))
                conn.execute("CHECKPOINT")
            finally:
                conn.close()
            if _wal(self.working_path).exists():  # DuckDB leaves none after a clean close
                raise WarehouseError(f"{_wal(self.working_path)} is still there after a "
                                     "checkpoint; not publishing")
            _fsync(self.working_path)
            if foreign:
                _wal(self.path).unlink(missing_ok=True)
                self._notice(
                    f"discarded {_wal(self.path).name}: a program opened {self.path.name} "
                    "read-write and did not close it; what it wrote is not part of the "
                    "warehouse (open the warehouse read-only)")
            os.replace(self.working_path, self.path)
            _fsync(self.path.parent)
            return True

    def is_published(self, conn: duckdb.DuckDBPyConnection) -> bool:
        """Whether the working state is exactly what the serving file holds: nothing was written
        since the last publication (which every blocking check had passed)."""
        return self.path.exists() and self._serving_generation() == _generation(conn)

    def published_state(self, product: str) -> str | None:
        """The ``core.corpus_state`` fingerprint of ``product`` in the serving file, if the working
        file holds nothing unpublished; None when there is none or a run holds the lock (what
        it is writing cannot be known without waiting for it)."""
        if not self.path.exists() or _wal(self.path).exists():  # (see publish)
            return None
        try:
            with self._locked(timeout=0.0):
                if self.working_path.exists():
                    with duckdb.connect(str(self.working_path), read_only=True) as conn:
                        working = _generation(conn)
                with duckdb.connect(str(self.path), read_only=True) as conn:
                    if self.working_path.exists() and _generation(conn) != working:
                        return None
                    row = conn.execute("SELECT fingerprint FROM core.corpus_state "
                                       "WHERE product = ?", [product]).fetchone()
        except (WarehouseError, duckdb.Error):
            return None
        return row[0] if row else None

    @property
    def spool_path(self) -> Path:
        """The folder a run's workers write their batches' rows to before the run process
        loads them (pipelines/warehouse/stages.py); removed when a run ends normally."""
        return self.working_path.with_name(f"{self.path.stem}.spool")

    def left_behind(self) -> tuple[datetime, bool] | None:
        """(its last write, a spool folder beside it) of a working file a run left behind
        (killed, or failed before publishing); None when there is none. Asked before a run
        opens (and, if missing, creates) the working file; whether it holds unpublished work
        is ``not is_published`` once it is open."""
        try:
            written = datetime.fromtimestamp(int(self.working_path.stat().st_mtime))
        except FileNotFoundError:
            return None
        return written, self.spool_path.is_dir()

    def maintain(self, keep: timedelta = KEEP_SNAPSHOTS,
                 grace: timedelta = FILE_GRACE) -> Maintenance:
        """Compact and prune storage (a lake: see ``LakeWarehouse.maintain``). A DuckDB file
        needs none: DuckDB reuses the blocks that deletes free (measured: a 100 MB build's
        419 MB file grew 1-4 MB per run of ten documents; a compacted copy was 7% smaller)."""
        if not self.path.exists():
            raise WarehouseError(f"no warehouse at {self.path}: run `pipelines run` first")
        return Maintenance(note=f"{self.path.name}: nothing to do (a DuckDB file reuses the "
                                "space that deletes free)")

    def busy(self) -> bool:
        """Whether a run holds the warehouse's lock right now (a sensor then waits for it rather
        than asking for a run of its own)."""
        try:
            with self._locked(timeout=0.0):
                return False
        except WarehouseError:
            return self.lock_path.exists() and self.problem() is None

    # -- reading -----------------------------------------------------------------------------
    def reader(self) -> duckdb.DuckDBPyConnection:
        """A read-only connection to the serving file (what BI tools open)."""
        if not self.path.exists():
            raise WarehouseError(f"no warehouse at {self.path}: run `pipelines run` first")
        return duckdb.connect(str(self.path), read_only=True)

    # -- internals ---------------------------------------------------------------------------
    def _notice(self, message: str) -> None:
        self.notices.append(message)
        if self.notify is not None:
            self.notify(message)


    def _open_working(self) -> duckdb.DuckDBPyConnection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        copied = not self.working_path.exists() and self.path.exists()
        if copied:
            self._copy_serving()
        try:
            conn = self._connect_working()
        except duckdb.Error as exc:
            if not copied and self.path.exists() and "lock" not in str(exc).lower():
                conn = self._restart_from_serving(exc)
            else:
                raise self._unopenable(exc, copied) from None
        try:
            _apply_schema(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _copy_serving(self) -> None:
        """Resume from what readers have, through a synced temporary file, so that a crash
        never leaves a partial working file behind."""
        tmp = self.working_path.with_name(f".{self.working_path.name}.tmp")
        try:
            _copy_file(self.path, tmp)
            _fsync(tmp)
            os.replace(tmp, self.working_path)
        finally:
            tmp.unlink(missing_ok=True)

    def _connect_working(self) -> duckdb.DuckDBPyConnection:
        conn = duckdb.connect(str(self.working_path), config={
            "memory_limit": self.memory_limit, "preserve_insertion_order": False,
            "checkpoint_threshold": "256MB", **PYTHON_SCANS_OFF})
        conn.execute("SET enable_progress_bar = false")
        # FSST string compression: ~15% of the CPU of writing a batch's rows, for files only
        # 2-5% smaller than dictionary compression alone makes them (not settable at connect)
        conn.execute("SET disabled_compression_methods = 'fsst'")
        return conn

    def _restart_from_serving(self, exc: duckdb.Error) -> duckdb.DuckDBPyConnection:
        """An earlier run's working file that DuckDB cannot open (a disk error, a copy of a
        serving file that was damaged then) holds nothing a run can use, and it would stop
        every later run: set it aside as ``.broken`` and start again from the serving file."""
        broken = self.working_path.with_name(f"{self.working_path.name}.broken")
        os.replace(self.working_path, broken)
        if _wal(self.working_path).exists():
            os.replace(_wal(self.working_path), _wal(broken))
        self._copy_serving()
        try:
            conn = self._connect_working()
        except duckdb.Error as again:
            raise self._unopenable(again, copied=True) from None
        self._notice(f"set aside {broken.name}, a working file left by an earlier run "
                            f"that could not be opened ({_first_line(exc)}); started again "
                            f"from {self.path.name}")
        return conn

    def _unopenable(self, exc: duckdb.Error, copied: bool) -> WarehouseError:
        """The error for a working file DuckDB cannot open. When it was just copied from the
        serving file, the serving file is what is damaged (or from another DuckDB): the copy is
        removed, so that a restored serving file is used as it is by the next run."""
        if not copied:
            return WarehouseError(f"cannot open warehouse {self.working_path}: {_first_line(exc)}")
        self.working_path.unlink(missing_ok=True)
        return WarehouseError(f"cannot open warehouse {self.path}: {_first_line(exc)} (restore it "
                              "from a backup, or move it away to build the warehouse afresh)")

    def _serving_generation(self) -> int | None:
        try:
            conn = duckdb.connect(str(self.path), read_only=True)
        except duckdb.Error:
            return None
        try:
            return _generation(conn)
        except duckdb.Error:
            return None
        finally:
            conn.close()

    @contextmanager
    def _locked(self, timeout: float | None = None) -> Iterator[None]:
        """The writers' lock; re-entrant (a session holds it across its blocks)."""
        if self._held:
            self._held += 1
            try:
                yield
            finally:
                self._held -= 1
            return
        with self._acquire(timeout):
            self._held = 1
            try:
                yield
            finally:
                self._held = 0

    @contextmanager
    def _acquire(self, timeout: float | None = None) -> Iterator[None]:
        if (problem := self.problem()) is not None:
            raise WarehouseError(problem)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:  # what problem() cannot foresee (a read-only file system, /proc)
            raise WarehouseError(f"warehouse {self.path}: cannot create {exc.filename}: "
                                 f"{exc.strerror}") from None
        try:
            wait = self.lock_timeout if timeout is None else timeout
            deadline = time.monotonic() + wait
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        holder = os.pread(fd, 64, 0).decode(errors="replace").strip()
                        raise WarehouseError(
                            f"another run is writing the warehouse {self.path} "
                            f"(lock held by {holder or 'another process'}); "
                            f"waited {wait:.0f}s"
                        ) from None
                    time.sleep(0.2)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pid {os.getpid()}".encode(), 0)
            yield
        finally:
            os.close(fd)  # closing releases the flock


@contextmanager
def atomic(conn: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """One transaction: committed if the block finishes, rolled back if it raises."""
    conn.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        # a failed COMMIT inside the block (grouped commits) has already ended the transaction
        with suppress(duckdb.TransactionException):
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def registered(conn: duckdb.DuckDBPyConnection, name: str, frame: object) -> Iterator[None]:
    """Make a polars/Arrow frame visible to SQL as ``name`` for the duration of a block."""
    conn.register(name, frame)
    try:
        yield
    finally:
        conn.unregister(name)


def _apply_schema(conn: duckdb.DuckDBPyConnection, dialect: str = "duckdb") -> None:
    """Apply sql/ddl and sql/views unless this exact schema is already there."""
    schema_hash, statements = schema_script(dialect)
    try:
        row = conn.execute("SELECT schema_hash FROM core.meta").fetchone()
    except duckdb.CatalogException:
        row = None
    if row and row[0] == schema_hash:
        return
    if dialect == "ducklake":  # one commit (a snapshot per statement otherwise: 50x slower)
        with atomic(conn):
            for sql in statements:
                conn.execute(sql)
            conn.execute("UPDATE core.meta SET schema_hash = ?, generation = generation + 1",
                         [schema_hash])
        return
    for sql in statements:
        conn.execute(sql)
    _drop_undeclared_keys(conn, statements)
    # New views or comments must reach readers even when no data changes: republish.
    conn.execute("UPDATE core.meta SET schema_hash = ?, generation = generation + 1",
                 [schema_hash])


# Schemas whose tables are computed from core.* (pipelines/warehouse/marts.py build_model): their
# rows need not survive a change of layout. Their layout files are part of the model's version,
# so the model is rebuilt from scratch after any such change.
DERIVED_SCHEMAS = ("model",)


def _drop_undeclared_keys(conn: duckdb.DuckDBPyConnection, statements: tuple[str, ...]) -> None:
    """Rebuild, without it, every table stored with a PRIMARY KEY the schema files no longer
    declare (DuckDB cannot drop a constraint). The tables as the files now define them are read
    from the files applied to an empty database; each table is moved in one transaction, rows
    and all, except the derived tables (DERIVED_SCHEMAS), which are re-created empty: their old
    rows may not fit columns added since (a NOT NULL key the model fills)."""
    keyed = ("SELECT schema_name, table_name FROM duckdb_constraints() "
             "WHERE constraint_type = 'PRIMARY KEY' AND database_name = current_database()")
    stored = set(conn.execute(keyed).fetchall())
    if not stored:
        return
    with duckdb.connect() as scratch:
        for sql in statements:
            scratch.execute(sql)
        declared = set(scratch.execute(keyed).fetchall())
        definitions = dict(scratch.execute(
            "SELECT schema_name || '.' || table_name, sql FROM duckdb_tables()").fetchall())
    stale = sorted(stored - declared)
    for schema, table in stale:
        name, old = f'"{schema}"."{table}"', f'"{table}__keyed"'
        with atomic(conn):
            conn.execute(f"ALTER TABLE {name} RENAME TO {old}")
            conn.execute(definitions[f"{schema}.{table}"])
            if schema not in DERIVED_SCHEMAS:
                conn.execute(f'INSERT INTO {name} BY NAME SELECT * FROM "{schema}".{old}')
            conn.execute(f'DROP TABLE "{schema}".{old}')
    if stale:  # the tables' comments went with the old tables
        for sql in statements:
            conn.execute(sql)


def record_state(conn: duckdb.DuckDBPyConnection, product: str, fingerprint: str,
                 built_at: datetime | None = None) -> None:
    """Store the state ``product`` (a corpus-wide product, or the publication) was built from."""
    conn.execute(query("record_corpus_state"), [product, fingerprint, built_at or datetime.now()])


def bump_generation(conn: duckdb.DuckDBPyConnection) -> None:
    """Record that the working state changed, so the next publish copies it."""
    conn.execute("UPDATE core.meta SET generation = generation + 1")


def _generation(conn: duckdb.DuckDBPyConnection) -> int:
    row = conn.execute("SELECT generation FROM core.meta").fetchone()
    return int(row[0]) if row else 0


def _copy_file(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` by ``copy_file_range``: a clone that shares the blocks
    (instant whatever the size) on file systems that have them (XFS, Btrfs), an in-kernel copy
    elsewhere; a plain copy where the call is missing or refused."""
    try:
        with open(source, "rb") as fin, open(target, "wb") as fout:
            left = os.fstat(fin.fileno()).st_size
            while left > 0:
                done = os.copy_file_range(fin.fileno(), fout.fileno(), left)
                if done == 0:  # the source shrank under us: copy what there is, as cp would
                    break
                left -= done
    except (AttributeError, OSError) as exc:  # no such call (not Linux) or not across these
        if isinstance(exc, OSError) and exc.errno not in _NO_RANGE_COPY:
            raise
        shutil.copyfile(source, target)


# copy_file_range refused: not implemented, across file systems, not supported for these files
_NO_RANGE_COPY = {errno.ENOSYS, errno.EXDEV, errno.EOPNOTSUPP, errno.EINVAL, errno.EPERM}


def _fsync(path: Path) -> None:
    """Flush a file's (or a folder's entries') writes to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _wal(path: Path) -> Path:
    return path.with_name(f"{path.name}.wal")


def _is_duckdb(path: Path) -> bool:
    with open(path, "rb") as fh:
        header = fh.read(12)
    return len(header) == 12 and header[8:12] == DUCKDB_MAGIC


def _not_duckdb(path: Path) -> str:
    return (f"{path} exists but is not a DuckDB database; refusing to overwrite it "
            "(move it away or pass another --warehouse)")

