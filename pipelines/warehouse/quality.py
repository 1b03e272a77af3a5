"""Data-quality checks that are better done in Python than in SQL, and the files they name."""

from __future__ import annotations

from collections.abc import Iterable

import duckdb

from pipelines.warehouse.sqlfiles import query


def quote_mismatches(conn: duckdb.DuckDBPyConnection, batch: int = 64
                     ) -> tuple[int, list[str]]:
    """Metrics whose quote is not ``raw[char_start:char_end]``, and their documents (streamed a
    document at a time: Python slices by code point in O(1), SQL substring scans the whole text
    per metric)."""
    bad, docs = 0, []
    cursor = conn.execute(query("metric_spans_by_document"))
    while rows := cursor.fetchmany(batch):
        for doc_id, raw, spans in rows:
            wrong = len(spans) if raw is None else sum(
                raw[start:end] != quote for start, end, quote in spans)
            if wrong:
                bad += wrong
                docs.append(doc_id)
    return bad, sorted(docs)


def source_files(conn: duckdb.DuckDBPyConnection, doc_ids: Iterable[str]
                 ) -> dict[str, str | None]:
    """The source file of each of ``doc_ids``: what a message about documents names."""
    return dict(conn.execute(query("source_files_of"), [list(doc_ids)]).fetchall())
