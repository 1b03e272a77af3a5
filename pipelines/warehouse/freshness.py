"""Whether the published warehouse already holds what a run would make of the source folder.

A run's output depends on the folder's files, the versions of the stages, the SQL and the
domain data files. Ingest records that fingerprint with the data; when the serving file carries
the current one and nothing unpublished waits in the working file, a run has nothing to do and
``pipelines run`` says so without starting Dagster (the sensor skips a run the same way).
"""

from __future__ import annotations

import hashlib
import os

import duckdb

from pipelines.domain import decoding, versions
from pipelines.sources import folder_fingerprint
from pipelines.warehouse.sqlfiles import SQL_DIR
from pipelines.warehouse.store import Warehouse, bump_generation, record_state

PRODUCT = "source_folder"  # its row in core.corpus_state


def run_fingerprint(folder: str) -> str:
    """``folder`` (a ``folder_fingerprint``) combined with what a run applies to it."""
    return hashlib.sha256(f"{folder}\0{_code_fingerprint()}".encode()).hexdigest()[:32]


def _code_fingerprint() -> str:
    """The stage versions, the reader's (a better one reads failed files again) and every SQL
    and domain data file (a user's edit of a word list counts as new code: a real run then
    decides what it changes). Read at every call (~5 ms): the code server that evaluates the
    nightly schedule lives on while files are edited."""
    digest = hashlib.sha256()
    for name, value in sorted(vars(versions).items()):
        if name.isupper() and isinstance(value, str):  # the version strings, not DATA_DIR
            digest.update(f"{name}={value}\n".encode())
    digest.update(f"DECODER={decoding.DECODER}\n".encode())
    digest.update(versions.with_data("data", "").encode())  # every domain data file
    for path in sorted(p for p in SQL_DIR.rglob("*") if p.is_file()):
        digest.update(f"{path.relative_to(SQL_DIR)}\0".encode() + path.read_bytes())
    return digest.hexdigest()


def record(conn: duckdb.DuckDBPyConnection, fingerprint: str) -> None:
    """Store the fingerprint of what this run ingested (inside its transaction), if new: a
    changed one is a change to publish."""
    row = conn.execute("SELECT fingerprint FROM core.corpus_state WHERE product = ?",
                       [PRODUCT]).fetchone()
    if row is None or row[0] != fingerprint:
        record_state(conn, PRODUCT, fingerprint)
        bump_generation(conn)


def is_current(store: Warehouse, source_dir: str | os.PathLike[str],
               folder: str | None = None) -> bool:
    """True if a run on ``source_dir`` would change nothing in the published warehouse.
    ``folder``: its ``folder_fingerprint``, when the caller has scanned it already."""
    published = store.published_state(PRODUCT)
    if published is None:
        return False
    return published == run_fingerprint(folder or folder_fingerprint(source_dir))
