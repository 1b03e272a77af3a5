"""The warehouse on DuckLake: a catalog (SQLite, PostgreSQL or a DuckDB file) and Parquet data.

Chosen by the warehouse's location alone (``PIPELINES_WAREHOUSE`` / ``--warehouse``):

- ``ducklake:sqlite:/data/wh/catalog.sqlite``: one machine; readers and a run at the same time
  (the catalog is put in SQLite's WAL mode when it is created);
- ``ducklake:postgres:dbname=wh host=...``: runs and readers on several machines (a run holds
  an advisory lock in that database while it writes, so runs of two machines take turns);
- ``ducklake:/data/wh/catalog.ducklake``: a DuckDB-file catalog, one process at a time.

Data files go to ``<catalog>.files/`` beside a file catalog, or to ``PIPELINES_LAKE_DATA_PATH``
(required for PostgreSQL): a folder, or a prefix on an object store that runs and readers on
several machines reach (``s3://bucket/prefix/``; ``r2://``, ``gs://`` too), with credentials from
the AWS credential chain (``AWS_ACCESS_KEY_ID``..., a profile, an instance role) and a custom
endpoint such as MinIO's from ``AWS_ENDPOINT_URL(_S3)``. Runs write the catalog directly, one at
a time (the lock file beside the catalog, or beside the data when that is a local folder);
``publish()`` marks the checked state as a snapshot with the commit message
``published``, and readers attach at the last such snapshot, so they never see a run's
unchecked work, as with the DuckDB file. The extensions are loaded from their wheels
(``duckdb-extension-ducklake``, ``-sqlite-scanner``, ``-postgres-scanner``; ``-httpfs`` and
``-aws`` for an object store): nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import re
import socket
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import duckdb

from pipelines.warehouse.store import (
    FILE_GRACE,
    KEEP_SNAPSHOTS,
    Maintenance,
    Warehouse,
    PYTHON_SCANS_OFF,
    WarehouseError,
    _apply_schema,
    _first_line,
    _generation,
    atomic,
    record_state,
)

PREFIX = "ducklake:"
DATA_PATH_ENV = "PIPELINES_LAKE_DATA_PATH"
URL_STYLE_ENV = "PIPELINES_LAKE_S3_URL_STYLE"  # "path" (default with a custom endpoint) or "vhost"
PUBLISHED = "published"  # the commit message of a published snapshot
# catalog kind -> (wheel module, extension) loaded besides ducklake
_SCANNERS = {"sqlite": ("duckdb_extension_sqlite_scanner", "sqlite_scanner"),
             "postgres": ("duckdb_extension_postgres_scanner", "postgres_scanner")}
_SQLITE_MAGIC = b"SQLite format 3\x00"
# what opening a PostgreSQL catalog read-only says when no run has made the lake there yet (not
# an object store's "The AWS Access Key Id you provided does not exist in our records")
_NO_LAKE = re.compile(r'(Existing DuckLake at metadata catalog|database) ".*" does not exist')
# a data path's URL scheme -> the type of the DuckDB secret that reaches that object store
_OBJECT_STORES = {"s3": "s3", "r2": "r2", "gs": "gcs", "gcs": "gcs"}
_OBJECT_STORE_EXTENSIONS = [("duckdb_extension_httpfs", "httpfs"), ("duckdb_extension_aws", "aws")]
# the AWS settings the credential chain and the endpoint are read from (a probe's cache key)
_AWS_ENV = ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE",
            "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3",
            "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE", URL_STYLE_ENV)


def is_lake(location: str | os.PathLike[str]) -> bool:
    return str(location).startswith(PREFIX)


def absolute_location(location: str) -> str:
    """``location`` with a file catalog's path made absolute (the UI's runs start elsewhere)."""
    kind, _, rest = location[len(PREFIX):].partition(":")
    if kind == "postgres":
        return location
    if kind == "sqlite":
        return f"{PREFIX}sqlite:{Path(rest).expanduser().resolve()}"
    return f"{PREFIX}{Path(location[len(PREFIX):]).expanduser().resolve()}"


class LakeWarehouse(Warehouse):
    """``Warehouse``'s interface over a DuckLake catalog: what is file-specific in the DuckDB
    warehouse (a working copy renamed over the serving file) is a snapshot here."""

    def __init__(self, location: str, lock_timeout: float = 600.0, memory_limit: str = "512MB",
                 notify: Callable[[str], object] | None = None,
                 data_path: str | None = None) -> None:
        self.location = location
        spec = location[len(PREFIX):]
        kind, _, rest = spec.partition(":")
        if kind in _SCANNERS:
            self.kind, target = kind, rest
        else:
            self.kind, target = "duckdb", spec
        data = data_path or os.environ.get(DATA_PATH_ENV)
        # a local folder, or the URL of a prefix on an object store (ending with "/")
        self.data_path: Path | str
        if self.kind == "postgres":
            if not data:
                raise WarehouseError(f"warehouse {location}: a PostgreSQL catalog needs the data "
                                     f"folder in {DATA_PATH_ENV} (one that every machine "
                                     "reaches, or an object store's s3://bucket/prefix/)")
            self.catalog_file = None
            self.data_path = _data_location(location, data)
            # lock and spool beside local data; else in this machine's cache
            anchor = (self.data_path / "warehouse" if isinstance(self.data_path, Path)
                      else _local_folder(location) / "warehouse")
        else:
            self.catalog_file = Path(target).expanduser().resolve()
            self.data_path = (_data_location(location, data) if data else
                              self.catalog_file.with_name(f"{self.catalog_file.name}.files"))
            anchor = self.catalog_file
        super().__init__(anchor, lock_timeout=lock_timeout, memory_limit=memory_limit,
                         notify=notify)
        self.working_path = self.path  # (spool_path's folder is named after it)

    def __str__(self) -> str:
        return self.location

    @property
    def on_object_store(self) -> bool:
        """Whether the data is on an object store (``data_path`` a URL), not in a folder."""
        return isinstance(self.data_path, str)

    @property
    def unpublished_name(self) -> str:
        return "the catalog (commits after its last published snapshot)"

    # -- writing -----------------------------------------------------------------------------
    def problem(self) -> str | None:
        """Why a run could not write this catalog, in the user's terms; None if it can."""
        missing = [module for module, _ in self._extensions() if not _installed(module)]
        if missing:
            wheels = " ".join(f"{m.replace('_', '-')}=={duckdb.__version__}" for m in missing)
            return (f"warehouse {self.location}: DuckLake needs the DuckDB extension wheels "
                    f"of this DuckDB version: pip install {wheels}")
        if self.kind == "postgres" and not _installed("psycopg"):
            return (f"warehouse {self.location}: a PostgreSQL catalog needs psycopg for its "
                    "writers' lock: pip install 'psycopg[binary]'")
        for folder in (self.path.parent, *([] if self.on_object_store else [self.data_path])):
            while not folder.exists():
                folder = folder.parent
            if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
                return f"warehouse {self.location}: cannot write in {folder}"
        if self.catalog_file is not None and self.catalog_file.exists():
            with open(self.catalog_file, "rb") as fh:
                head = fh.read(16)
            sqlite = head == _SQLITE_MAGIC
            if (self.kind == "sqlite") != sqlite or (not sqlite and head[8:12] != b"DUCK"):
                return (f"{self.catalog_file} exists but is not a {self.kind} database; "
                        "refusing to use it as the catalog")
        if self.on_object_store and _aws_settings_digest(self.data_path) not in _REACHED:
            conn = _new_duckdb(_OBJECT_STORE_EXTENSIONS, self.memory_limit)
            try:
                self._open_object_store(conn)
            except WarehouseError as exc:
                return str(exc)
            finally:
                conn.close()
        return None

    def _open_working(self) -> duckdb.DuckDBPyConnection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(self.data_path, Path):
            self.data_path.mkdir(parents=True, exist_ok=True)
        conn = self._writing()
        try:
            _apply_schema(conn, "ducklake")
        except BaseException:
            conn.close()
            raise
        return conn

    def publish(self) -> bool:
        """Mark the working state, which passed the blocking checks, as what readers get: one
        commit recording it, with the message ``published``. False if already current."""
        with self._locked():
            conn = self._writing_connection()
            try:
                generation = _generation(conn)
                if self._published_generation(conn) == str(generation):
                    return False
                with atomic(conn):
                    record_state(conn, "published", str(generation))
                    conn.execute("CALL wh.set_commit_message('pipelines', ?)", [PUBLISHED])
            finally:
                conn.close()
            return True

    def is_published(self, conn: duckdb.DuckDBPyConnection) -> bool:
        return self._published_generation(conn) == str(_generation(conn))

    def maintain(self, keep: timedelta = KEEP_SNAPSHOTS,
                 grace: timedelta = FILE_GRACE) -> Maintenance:
        """Every run adds snapshots and small Parquet files (each insert and delete is a file):
        move rows kept in the catalog into Parquet, merge small files, rewrite files that are
        mostly deleted rows, expire snapshots older than ``keep`` (never the last published
        one, nor any after it: readers attach there), and delete files replaced or left by a
        killed run more than ``grace`` ago (a query that started before may still read them).
        Under the writers' lock: never while a run writes. What readers see does not change."""
        existing = self._existing()
        if existing is None:
            raise WarehouseError(f"no warehouse at {self.location}: run `pipelines run` first")
        existing.close()
        with self._locked():
            conn = self._writing()
            try:
                before = self._footprint(conn)
                now = datetime.now(UTC)
                for step in ("flush_inlined_data", "merge_adjacent_files", "rewrite_data_files"):
                    conn.execute(f"CALL ducklake_{step}('wh')").fetchall()
                expired = [r[0] for r in conn.execute(
                    "SELECT snapshot_id FROM wh.snapshots() WHERE snapshot_id < (SELECT "
                    "coalesce(max(snapshot_id), 0) FROM wh.snapshots() WHERE commit_message = ?)"
                    " AND snapshot_id > 0 AND snapshot_time < ?",
                    [PUBLISHED, now - keep]).fetchall()]
                if expired:
                    conn.execute("CALL ducklake_expire_snapshots('wh', versions => ?)",
                                 [expired]).fetchall()
                for step in ("cleanup_old_files", "delete_orphaned_files"):
                    conn.execute(f"CALL ducklake_{step}('wh', older_than => ?)",
                                 [now - grace]).fetchall()
                after = self._footprint(conn)
            finally:
                conn.close()
        return Maintenance(*zip(before, after, strict=True))

    def published_state(self, product: str) -> str | None:
        """``product``'s fingerprint as published, if nothing unpublished was written since;
        None when there is none or a run holds the lock."""
        try:
            with self._locked(timeout=0.0):
                conn = self._existing()
                if conn is None:
                    return None
                try:
                    if not self.is_published(conn):
                        return None
                    row = conn.execute("SELECT fingerprint FROM core.corpus_state "
                                       "WHERE product = ?", [product]).fetchone()
                finally:
                    conn.close()
        except (WarehouseError, duckdb.Error):
            return None
        return row[0] if row else None

    def left_behind(self) -> tuple[datetime, bool] | None:
        """(the last commit, a spool folder beside the data) when the catalog exists: whether it
        holds unpublished work is ``not is_published`` once it is open."""
        conn = self._existing()
        if conn is None:
            return None
        try:
            last = conn.execute("SELECT max(snapshot_time) FROM wh.snapshots()").fetchone()[0]
        finally:
            conn.close()
        return last.replace(tzinfo=None, microsecond=0), self.spool_path.is_dir()

    @contextmanager
    def _acquire(self, timeout: float | None = None) -> Iterator[None]:
        """The lock file keeps this machine's runs apart; a PostgreSQL catalog is written from
        other machines too, so there a run also holds a session-level advisory lock in the
        catalog's database while it writes (PostgreSQL lets it go when the session ends: a run
        killed outright, or its machine lost, leaves nothing held)."""
        with super()._acquire(timeout):
            if self.kind != "postgres":
                yield
                return
            wait = self.lock_timeout if timeout is None else timeout
            with _advisory_lock(self.location.split(":", 2)[2], self.location, wait):
                yield

    # -- reading -----------------------------------------------------------------------------
    def reader(self) -> duckdb.DuckDBPyConnection:
        """A read-only connection at the last published snapshot (what BI tools should open)."""
        conn = self._existing()
        if conn is None:
            raise WarehouseError(f"no warehouse at {self.location}: run `pipelines run` first")
        try:
            snapshot = conn.execute("SELECT max(snapshot_id) FROM wh.snapshots() "
                                    "WHERE commit_message = ?", [PUBLISHED]).fetchone()[0]
            if snapshot is None:
                raise WarehouseError(f"nothing published yet in {self.location}: run "
                                     "`pipelines run` first")
            conn.execute("USE memory")
            conn.execute("DETACH wh")
            self._attach(conn, read_only=True, snapshot=int(snapshot))
        except BaseException:
            conn.close()
            raise
        return conn

    # -- internals ---------------------------------------------------------------------------
    def _extensions(self) -> list[tuple[str, str]]:
        return [*(_OBJECT_STORE_EXTENSIONS if self.on_object_store else []),
                ("duckdb_extension_ducklake", "ducklake"),
                *([_SCANNERS[self.kind]] if self.kind in _SCANNERS else [])]

    def _existing(self) -> duckdb.DuckDBPyConnection | None:
        """A read-only connection to the catalog; None if no run has created it yet."""
        if self.catalog_file is not None and not self.catalog_file.exists():
            return None
        try:
            return self._connect(read_only=True)
        except WarehouseError as exc:
            if _NO_LAKE.search(str(exc)):  # (a PostgreSQL database without a lake in it)
                return None
            raise

    def _writing(self) -> duckdb.DuckDBPyConnection:
        """A connection to write with: a cursor of this process's DuckDB instance for the lake,
        whose extensions are loaded and catalog attached once (that takes ~0.35 s, and a run
        opens the warehouse a dozen times); closing it leaves the instance open. Not for a
        DuckDB-file catalog: an instance holding that file open would keep this process's
        readers out."""
        if self.kind == "duckdb":
            return self._connect()
        key = (self.location, str(self.data_path))
        base = _WRITERS.get(key)
        if base is None:
            base = _WRITERS[key] = self._connect()
        cursor = base.cursor()
        cursor.execute("USE wh")
        return cursor

    def _connect(self, read_only: bool = False) -> duckdb.DuckDBPyConnection:
        try:
            conn = _new_duckdb(self._extensions(), self.memory_limit)
        except duckdb.Error as exc:
            raise WarehouseError(f"cannot open warehouse {self.location}: "
                                 f"{_first_line(exc)}") from None
        try:
            if self.on_object_store:
                self._open_object_store(conn)
            if self.kind == "sqlite" and not read_only:
                _create_sqlite_wal(self.catalog_file)
            self._attach(conn, read_only)
        except duckdb.Error as exc:
            conn.close()
            raise WarehouseError(f"cannot open warehouse {self.location}: "
                                 f"{_first_line(exc)}") from None
        except BaseException:
            conn.close()
            raise
        return conn

    def _open_object_store(self, conn: duckdb.DuckDBPyConnection) -> None:
        """Give ``conn`` (httpfs and aws loaded) a temporary secret for the data path: kept in
        this DuckDB instance's memory only, its keys read by the AWS credential chain itself
        (the environment's ``AWS_ACCESS_KEY_ID``..., ``AWS_PROFILE`` and ~/.aws, SSO, an
        instance or container role), never written into SQL or a log, and read again when the
        store refuses them (a writer's instance lives as long as its process, temporary keys
        do not). Then list the data path: a missing bucket, refused keys or an unreachable
        endpoint would otherwise fail a run at its first write, or a reader at its first query
        (``problem()`` skips what this process has reached with the same AWS settings)."""
        scheme = str(self.data_path).partition("://")[0]
        options = [f"TYPE {_OBJECT_STORES[scheme]}", "PROVIDER credential_chain",
                   "REFRESH auto",  # asks the chain again when refused: keys rotated, expired
                   f"SCOPE '{_quoted(str(self.data_path))}'", *_endpoint_options()]
        try:
            conn.execute(f"CREATE TEMPORARY SECRET pipelines_lake ({', '.join(options)})")
            conn.execute("SELECT count(*) FROM glob(?)", [f"{self.data_path}*"]).fetchall()
        except duckdb.Error as exc:
            raise WarehouseError(self._object_store_error(exc)) from None
        _REACHED.add(_aws_settings_digest(str(self.data_path)))

    def _object_store_error(self, exc: duckdb.Error) -> str:
        """Why the object store refused, in the user's terms: the data path, then the store's
        own error code and words (``SignatureDoesNotMatch: ...``) or the endpoint not reached."""
        text, where = str(exc), f"warehouse {self.location}: data path {self.data_path}"
        if "Secret Validation Failure" in text:
            return (f"{where}: no credentials found (AWS_ACCESS_KEY_ID and "
                    "AWS_SECRET_ACCESS_KEY, AWS_PROFILE or ~/.aws/credentials, or a role)")
        status = (re.findall(r"\(HTTP (\d{3})", text) or [""])[0]
        said = [line for line in text.splitlines()[1:] if re.match(r"\w+: \S", line)]
        why = ("the object store refused the credentials" if status in ("401", "403") else
               "no such bucket" if status == "404" else
               f"the object store answered HTTP {status}" if status else
               "cannot reach the object store")
        return f"{where}: {why} ({said[0] if said else _first_line(exc)})"

    def _attach(self, conn: duckdb.DuckDBPyConnection, read_only: bool,
                snapshot: int | None = None) -> None:
        target = (f"postgres:{self.location.split(':', 2)[2]}" if self.kind == "postgres"
                  else f"{self.kind}:{self.catalog_file}" if self.kind == "sqlite"
                  else str(self.catalog_file))
        options = [f"DATA_PATH '{_quoted(self._data_prefix())}'"]
        if read_only:
            options.append("READ_ONLY")
        if snapshot is not None:
            options.append(f"SNAPSHOT_VERSION {snapshot}")
        conn.execute(f"ATTACH '{_quoted(PREFIX + target)}' AS wh ({', '.join(options)})")
        conn.execute("USE wh")

    def _data_prefix(self) -> str:
        """The data path as DuckLake and DuckDB's globs take it: ending with a separator."""
        return self.data_path if isinstance(self.data_path, str) else f"{self.data_path}{os.sep}"

    def _footprint(self, conn: duckdb.DuckDBPyConnection) -> tuple[int, int, int]:
        """(snapshots, Parquet files, their bytes) of the lake, in a folder or on an object
        store alike (``read_blob`` lists them; the files' contents are not read)."""
        files, size = conn.execute("SELECT count(*), coalesce(sum(size), 0) FROM read_blob(?)",
                                   [f"{self._data_prefix()}**/*.parquet"]).fetchone()
        snapshots = conn.execute("SELECT count(*) FROM wh.snapshots()").fetchone()[0]
        return snapshots, files, size

    def _published_generation(self, conn: duckdb.DuckDBPyConnection) -> str | None:
        row = conn.execute("SELECT fingerprint FROM core.corpus_state WHERE product = ?",
                           [PUBLISHED]).fetchone()
        return row[0] if row else None


# (location, data path) -> the DuckDB instance this process writes that lake through
_WRITERS: dict[tuple[str, str], duckdb.DuckDBPyConnection] = {}
# digests of (object store data path, AWS settings) this process listed successfully
_REACHED: set[str] = set()


# The advisory lock's first key: the pipeline's (the second is the lake's, from its location).
_LOCK_CLASS = 0x7069  # "pi"
_LOCK_HOLDER = ("SELECT a.application_name, a.backend_start FROM pg_locks l "
                "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' "
                "AND l.granted AND l.classid = %s AND l.objid = %s AND l.objsubid = 2")


@contextmanager
def _advisory_lock(dsn: str, location: str, wait: float) -> Iterator[None]:
    """Hold PostgreSQL's advisory lock of the lake at ``location`` (waiting up to ``wait``
    seconds for another run's), on a connection of its own named after this run's machine and
    process, so that whoever waits can be told who holds it."""
    import psycopg

    key = int.from_bytes(hashlib.sha256(location.encode()).digest()[:4], "big") & 0x7FFFFFFF
    try:
        conn = psycopg.connect(dsn, autocommit=True, connect_timeout=30,
                               application_name=f"pipelines on {socket.gethostname()} "
                                                f"pid {os.getpid()}")
    except psycopg.Error as exc:
        raise WarehouseError(f"cannot open warehouse {location}: {_first_line(exc)}") from None
    try:
        deadline = time.monotonic() + wait
        while not conn.execute("SELECT pg_try_advisory_lock(%s, %s)",
                               [_LOCK_CLASS, key]).fetchone()[0]:
            if time.monotonic() >= deadline:
                holder = conn.execute(_LOCK_HOLDER, [_LOCK_CLASS, key]).fetchone()
                who = (f"{holder[0] or 'a session'} since {holder[1]:%Y-%m-%d %H:%M:%S %Z}"
                       if holder else "another process")
                raise WarehouseError(f"another run is writing the warehouse {location} "
                                     f"(lock held by {who}); waited {wait:.0f}s")
            time.sleep(0.2)
        yield
    finally:
        conn.close()  # ends the session: the lock goes with it


def _new_duckdb(extensions: list[tuple[str, str]], memory_limit: str) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB instance with ``extensions`` loaded from their wheels and nothing
    loaded or installed behind our back."""
    conn = duckdb.connect(config={"autoinstall_known_extensions": False,
                                  "autoload_known_extensions": False,
                                  "memory_limit": memory_limit,
                                  "preserve_insertion_order": False, **PYTHON_SCANS_OFF})
    try:
        conn.execute("SET enable_progress_bar = false")
        for module, extension in extensions:
            conn.execute(f"LOAD '{extension_file(module, extension)}'")
    except BaseException:
        conn.close()
        raise
    return conn


def _data_location(location: str, data: str) -> Path | str:
    """``data`` as a local folder, or as the URL of a prefix on an object store (ending "/")."""
    scheme, url, rest = data.partition("://")
    if not url:
        return Path(data).expanduser().resolve()
    if scheme.lower() not in _OBJECT_STORES:
        raise WarehouseError(f"warehouse {location}: {DATA_PATH_ENV} {data}: a folder, or an "
                             "object store's s3://, r2:// or gs:// URL")
    return f"{scheme.lower()}://{rest.rstrip('/')}/"


def _local_folder(location: str) -> Path:
    """This machine's folder for a lake with nothing local (a PostgreSQL catalog, data on an
    object store): the lock file that keeps its runs apart and the workers' spool."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "pipelines" / f"lake-{hashlib.sha256(location.encode()).hexdigest()[:16]}"


def _endpoint_options() -> list[str]:
    """The secret's region and custom endpoint, from the variables the AWS tools read:
    ``AWS_REGION`` / ``AWS_DEFAULT_REGION``; ``AWS_ENDPOINT_URL_S3`` / ``AWS_ENDPOINT_URL``
    (MinIO, R2, OSS...: ``http://`` turns TLS off; path-style URLs, as MinIO expects, unless
    ``PIPELINES_LAKE_S3_URL_STYLE=vhost``)."""
    options = []
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
    if region:
        options.append(f"REGION '{_quoted(region)}'")
    endpoint = os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL")
    if endpoint:
        url = urlsplit(endpoint if "://" in endpoint else f"https://{endpoint}")
        options += [f"ENDPOINT '{_quoted(url.netloc)}'",
                    f"URL_STYLE '{_quoted(os.environ.get(URL_STYLE_ENV) or 'path')}'",
                    f"USE_SSL {str(url.scheme != 'http').lower()}"]
    return options


def _aws_settings_digest(data_path: str) -> str:
    """A digest of the data path and the AWS settings that reach it (no secret kept as such)."""
    settings = [data_path, *(os.environ.get(name, "") for name in _AWS_ENV)]
    return hashlib.sha256("\0".join(settings).encode()).hexdigest()


def _installed(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def extension_file(module: str, extension: str) -> Path:
    """The extension inside its wheel (``LOAD <name>`` would look in ~/.duckdb and download)."""
    package = Path(importlib.import_module(module).__file__).parent
    path = package / "extensions" / f"v{duckdb.__version__}" / f"{extension}.duckdb_extension"
    if not path.exists():
        raise WarehouseError(f"{path} is missing: install {module.replace('_', '-')}=="
                             f"{duckdb.__version__} (the wheel of this DuckDB version)")
    return path


def _create_sqlite_wal(path: Path) -> None:
    """A new SQLite catalog in WAL mode (kept by the file): readers then never block a run's
    commits, nor a run the readers."""
    if path.exists():
        return
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode=WAL")


def _quoted(text: str) -> str:
    return text.replace("'", "''")
