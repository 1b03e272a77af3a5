"""A throwaway PostgreSQL server for the tests of a DuckLake catalog in PostgreSQL, started from
the machine's own PostgreSQL binaries (Debian's ``postgresql-NN``: ``initdb``, ``pg_ctl``) in a
temporary folder, listening on a Unix socket only. Where there are none, those tests skip.

As root, the server runs as the ``postgres`` user (``initdb`` refuses root)."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    on_path = shutil.which("pg_ctl")
    path = found[-1] if found else on_path
    return Path(path).parent if path else None


def _as_server_user() -> list[str]:
    """The command prefix that runs a server command as a user it accepts."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return ["false"]  # root without a postgres user: no server
    return ["runuser", "-u", "postgres", "--"]


@contextmanager
def postgres_server() -> Iterator[str | None]:
    """A libpq connection string to a fresh server's ``postgres`` database, or None when this
    machine has no PostgreSQL binaries (or cannot start them)."""
    bin_dir = _binaries()
    if bin_dir is None:
        yield None
        return
    home = Path(tempfile.mkdtemp(prefix="pipelines-pg-"))
    home.chmod(0o755)
    data, sockets = home / "data", home / "run"
    prefix = _as_server_user()
    for folder in (data, sockets):
        folder.mkdir()
        if prefix:
            shutil.chown(folder, "postgres", "postgres")
    dsn = None
    try:
        subprocess.run([*prefix, str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres",
                        "-A", "trust", "--no-sync"], check=True, capture_output=True)
        subprocess.run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-w", "-l",
                        str(sockets / "log"), "-o",
                        f"-c listen_addresses='' -k {sockets} -c fsync=off", "start"],
                       check=True, capture_output=True)
        dsn = f"dbname=postgres user=postgres host={sockets}"
    except (OSError, subprocess.CalledProcessError):
        pass
    try:
        yield dsn
    finally:
        if dsn is not None:
            with suppress(OSError, subprocess.CalledProcessError):
                subprocess.run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m",
                                "immediate", "stop"], check=True, capture_output=True)
        shutil.rmtree(home, ignore_errors=True)
