"""Bring the source folder's files into ``core.source_files`` / ``core.documents``.

Incremental: a file whose size, modification and change times are unchanged is not read again
(the change time catches an edit that kept the modification time, as ``cp -p`` makes), unless it
failed to decode under a reader of another version (``decoding.DECODER``): a newer reader tries
it again. A document is its content hash, so a renamed or copied file adds nothing; a changed or
deleted file drops the old document's rows everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl
from pydantic import BaseModel

from pipelines.domain import decoding
from pipelines.domain.filedates import date_in_file_name
from pipelines.sources import (
    LoadedFile,
    SourceError,
    SourceFile,
    content_id,
    folder_fingerprint,
    load_file,
    manifest_problems,
    read_manifest,
    scan_source,
)
from pipelines.warehouse import freshness
from pipelines.warehouse.sqlfiles import query
from pipelines.warehouse.stages import DATED_STAGES
from pipelines.warehouse.store import atomic, bump_generation, registered

# A run that would remove more than this share of the documents of a warehouse holding at least
# MIN_GUARDED_DOCUMENTS is refused unless removals are allowed (``allow_removals``): a share
# half synced or a mistyped sub-folder would otherwise wipe the analysts' data, exit status 0.
MAX_REMOVED_SHARE = 0.5
MIN_GUARDED_DOCUMENTS = 20
ALLOW_REMOVALS_HINT = ("run again with --allow-removals (scheduled and sensor runs: set "
                       "PIPELINES_ALLOW_REMOVALS=1 where the pipeline's code location starts)")


class IngestSummary(BaseModel):
    files_seen: int
    files_read: int
    new_documents: int
    removed_files: int
    failed_files: list[tuple[str, str]]  # (file, error) of files that failed in this run
    manifest_problems: list[str]


def ingest(conn: duckdb.DuckDBPyConnection, source_dir: str | Path,
           allow_removals: bool = False) -> IngestSummary:
    """Synchronise the warehouse with the folder, in transactions of its own (call outside one):
    the files read are recorded a chunk at a time (``READ_CHUNK_BYTES``), then the removals,
    the manifest and the folder's fingerprint. A run killed half-way keeps the chunks it
    recorded (a document is its content; the next run reads only the files not recorded).

    Raises ``SourceError`` (nothing written) when the folder holds none of the warehouse's
    files, or, unless ``allow_removals``, when more than ``MAX_REMOVED_SHARE`` of its documents
    (at least ``MIN_GUARDED_DOCUMENTS``) would go because their files are gone."""
    now = datetime.now()
    files, refused = scan_source(source_dir)
    fingerprint = freshness.run_fingerprint(folder_fingerprint(source_dir, (files, refused)))
    decoder = decoding.DECODER  # (read at call time: what reads the files now)
    known = {r[0]: r for r in conn.execute(query("known_files"), [decoder]).fetchall()}
    _refuse_to_empty(conn, source_dir, known.keys() & {f.rel_path for f in files})
    unchanged = _unchanged(files, known)
    to_read = [f for f in files if f.rel_path not in unchanged]
    if not allow_removals:
        _guard_removals(conn, source_dir, known, unchanged, to_read, refused)

    retried = [k[1] for f in files if (k := known.get(f.rel_path)) and k[5]]
    read: list[tuple[str, str, str | None]] = []  # (file, doc_id, error) of each file read
    new_documents = 0
    for chunk in _chunks(to_read, READ_CHUNK_BYTES):
        loaded = [lf for f in chunk if (lf := load_file(source_dir, f.rel_path)) is not None]
        with atomic(conn):
            if retried:  # a document that failed to decode is read again, its row dropped first
                conn.execute("DELETE FROM core.documents "
                             "WHERE list_contains(?, doc_id) AND n_chars IS NULL", [retried])
                retried = []
            new_documents += _record(conn, loaded, [], now, decoder)
            bump_generation(conn)
        read.extend((lf.rel_path, lf.doc_id, lf.error) for lf in loaded)

    present = unchanged | {rel for rel, _, _ in read} | {rel for rel, _ in refused}
    removed = [name for name in known if name not in present]
    refused_rows = [(rel, reason) for rel, reason in refused if rel not in known]
    with atomic(conn):
        if removed:
            conn.execute("DELETE FROM core.source_files WHERE list_contains(?, source_file)",
                         [removed])
        if refused_rows:
            _record(conn, [], refused_rows, now, decoder)
        conn.execute(query("delete_orphan_documents"))
        conn.execute(query("repoint_documents"))
        relabelled, problems = _apply_manifest(conn, source_dir, files)
        if removed or refused_rows or relabelled:
            bump_generation(conn)
        freshness.record(conn, fingerprint)  # what `pipelines run` compares to skip a no-op run
    failed = [(rel, error) for rel, _, error in read if error] + refused_rows
    return IngestSummary(
        files_seen=len(files), files_read=len(read), new_documents=new_documents,
        removed_files=len(removed), failed_files=failed, manifest_problems=problems,
    )


def _unchanged(files: list[SourceFile], known: dict[str, tuple]) -> set[str]:
    """The files unchanged since they were read: same size, modification and change times, and
    not failed to decode (a newer reader tries those again)."""
    return {
        f.rel_path for f in files
        if (k := known.get(f.rel_path))
        and k[2:5] == (f.size_bytes, f.modified_ns, f.changed_ns) and not k[5]
    }


def _guard_removals(conn: duckdb.DuckDBPyConnection, source_dir: str | Path,
                    known: dict[str, tuple], unchanged: set[str], to_read: list[SourceFile],
                    refused: list[tuple[str, str]]) -> None:
    """Refuse, before anything is written, a run that would remove too many documents
    (``_refuse_mass_removal``); a document whose file is gone but whose content is in a file
    of the folder (renamed, copied) stays, so the files to read are hashed for it."""
    present = unchanged | {f.rel_path for f in to_read} | {rel for rel, _ in refused}
    removed = [name for name in known if name not in present]
    if not removed:
        return
    kept = {known[rel][1] for rel in unchanged}
    kept |= {doc_id for f in to_read if (doc_id := content_id(source_dir, f.rel_path))}
    _refuse_mass_removal(conn, source_dir, {known[rel][1] for rel in removed} - kept)


# Files are read and recorded about this many bytes at a time: the first build of a folder of
# gigabytes holds one chunk's text in memory, not the folder's (measured on 300 MB: read at
# once and in one transaction, 1.8 GB; by chunks, ~0.55 GB).
READ_CHUNK_BYTES = 16 * 1024 * 1024


def _chunks(files: list[SourceFile], max_bytes: int) -> Iterator[list[SourceFile]]:
    """``files`` in order, in runs of at most ``max_bytes`` (a larger file alone)."""
    chunk: list[SourceFile] = []
    size = 0
    for f in files:
        if chunk and size + f.size_bytes > max_bytes:
            yield chunk
            chunk, size = [], 0
        chunk.append(f)
        size += f.size_bytes
    if chunk:
        yield chunk


def _record(conn: duckdb.DuckDBPyConnection, loaded: list[LoadedFile],
            refused: list[tuple[str, str]], now: datetime, decoder: str) -> int:
    """Record the files read and refused (``core.source_files``) and the documents new to the
    warehouse (``core.documents``, a refused file as a failed document, so that
    marts.documents lists every file that could not be used); how many documents are new."""
    file_rows = pl.DataFrame(
        {
            "source_file": [lf.rel_path for lf in loaded] + [r[0] for r in refused],
            "doc_id": [lf.doc_id for lf in loaded] + [f"refused:{r[0]}" for r in refused],
            "size_bytes": [lf.size_bytes for lf in loaded] + [0] * len(refused),
            "modified_ns": [lf.modified_ns for lf in loaded] + [0] * len(refused),
            "changed_ns": [lf.changed_ns for lf in loaded] + [0] * len(refused),
            "status": ["ok"] * len(loaded) + ["failed"] * len(refused),
            "error": [lf.error for lf in loaded] + [r[1] for r in refused],
            "seen_at": [now] * (len(loaded) + len(refused)),
            "decoder": [decoder] * len(loaded) + [None] * len(refused),
        },
        schema={"source_file": pl.String, "doc_id": pl.String, "size_bytes": pl.Int64,
                "modified_ns": pl.Int64, "changed_ns": pl.Int64, "status": pl.String,
                "error": pl.String, "seen_at": pl.Datetime("us"), "decoder": pl.String},
    )
    existing = set(conn.execute("SELECT doc_id FROM core.documents").pl()["doc_id"])
    new: dict[str, LoadedFile] = {}
    for lf in loaded:  # a content read twice (a copy, a rename) is one document: the first
        if lf.doc_id not in existing:
            new.setdefault(lf.doc_id, lf)
    doc_rows = pl.DataFrame(
        {
            "doc_id": list(new),
            "source_file": [lf.rel_path for lf in new.values()],
            "raw_text": [lf.text for lf in new.values()],
            "encoding": [lf.encoding for lf in new.values()],
            "n_chars": [len(lf.text) if lf.text is not None else None for lf in new.values()],
            "status": ["failed" if lf.error else "ok" for lf in new.values()],
            "error": [lf.error for lf in new.values()],
            "warning": [lf.warning for lf in new.values()],
            "ingested_at": [now] * len(new),
        },
        schema={"doc_id": pl.String, "source_file": pl.String, "raw_text": pl.String,
                "encoding": pl.String, "n_chars": pl.Int32, "status": pl.String,
                "error": pl.String, "warning": pl.String, "ingested_at": pl.Datetime("us")},
    )
    with registered(conn, "file_rows", file_rows), registered(conn, "doc_rows", doc_rows):
        conn.execute(query("record_source_files"))
        conn.execute("INSERT INTO core.documents BY NAME SELECT * FROM doc_rows")
        conn.execute("INSERT INTO core.documents (doc_id, source_file, status, error, "
                     "ingested_at) SELECT doc_id, source_file, 'failed', error, seen_at "
                     "FROM file_rows WHERE doc_id LIKE 'refused:%' "
                     "AND doc_id NOT IN (SELECT doc_id FROM core.documents)")
    return len(new)


def _apply_manifest(conn: duckdb.DuckDBPyConnection, source_dir: str | Path,
                    files: list[SourceFile]) -> tuple[int, list[str]]:
    """Apply manifest.csv to the documents' metadata: (documents whose metadata changed, the
    manifest's problems). A document whose date changed goes through the stages that resolve
    periods against it again."""
    manifest = read_manifest(source_dir)
    frame = pl.DataFrame(
        [e.model_dump() for e in manifest.entries.values()],
        schema={"file": pl.String, "published_on": pl.Date, "source": pl.String,
                "title": pl.String, "url": pl.String},
    )
    with registered(conn, "manifest", frame), registered(conn, "file_dates", _file_dates(conn)):
        conn.execute(query("apply_manifest"))
    conn.execute(query("show_document_metadata"))
    relabelled = conn.execute(query("manifest_changes")).fetchone()[0]
    for stage in DATED_STAGES:
        conn.execute(query("redo_redated"), [stage.name])
    return relabelled, manifest_problems(manifest, {f.rel_path for f in files})


def _file_dates(conn: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """The date each document's file name carries (doc_id, name_published_on)."""
    rows = conn.execute("SELECT doc_id, source_file FROM core.documents").fetchall()
    return pl.DataFrame(
        {"doc_id": [doc_id for doc_id, _ in rows],
         "name_published_on": [date_in_file_name(name) for _, name in rows]},
        schema={"doc_id": pl.String, "name_published_on": pl.Date})


def _refuse_to_empty(conn: duckdb.DuckDBPyConnection, source_dir: str | Path,
                     still_there: set[str]) -> None:
    """Raise when the folder holds none of the files the warehouse's documents came from: an
    unmounted share or a mistyped path would otherwise delete every document at publication."""
    if still_there:
        return
    n_files = conn.execute("SELECT count(*) FROM core.source_files "
                           "WHERE status IN ('ok', 'duplicate')").fetchone()[0]
    if n_files:
        raise SourceError(
            f"the source folder {source_dir} holds none of the {n_files} files this warehouse "
            "was built from (a wrong path, or a share that is not mounted?); nothing was "
            "removed. To build a new warehouse from this folder, use another --warehouse file "
            "or delete the current one.")


def _refuse_mass_removal(conn: duckdb.DuckDBPyConnection, source_dir: str | Path,
                         going: set[str]) -> None:
    """Raise when the documents ``going`` (of files no longer in the folder, not kept under
    another name) are more than ``MAX_REMOVED_SHARE`` of a warehouse of at least
    ``MIN_GUARDED_DOCUMENTS`` documents. An edited file replaces its document: not a removal."""
    if not going:
        return
    total, n_going = conn.execute(
        "SELECT count(*), count(*) FILTER (WHERE list_contains(?, doc_id)) "
        "FROM core.documents WHERE status = 'ok'", [sorted(going)]).fetchone()
    if total >= MIN_GUARDED_DOCUMENTS and n_going > total * MAX_REMOVED_SHARE:
        raise SourceError(
            f"this run would remove {n_going} of the {total} documents of the warehouse, "
            f"whose files are no longer in the source folder {source_dir} (a share half "
            "synced, a wrong sub-folder?); nothing was removed. If they are meant to go, "
            f"{ALLOW_REMOVALS_HINT}.")
