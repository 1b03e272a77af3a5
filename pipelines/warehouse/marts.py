"""Corpus-level products and the figures reported about the published marts."""

from __future__ import annotations

from datetime import datetime

import duckdb

from pipelines.domain import versions
from pipelines.domain.keywords import keywords
from pipelines.warehouse.sqlfiles import model_sql, query
from pipelines.warehouse.store import atomic, bump_generation, registered

MART_VIEWS = ("documents", "metrics", "document_themes", "keywords", "theme_trends",
              "policy_terms", "source_files", "indicator_timeseries", "targets_vs_actuals",
              "document_summary")


def build_keywords(conn: duckdb.DuckDBPyConnection, top_n: int = 20) -> tuple[bool, int]:
    """Rebuild TF-IDF keywords when the tokenised corpus changed; (rebuilt?, rows)."""
    fingerprint = versions.KEYWORDS + ":" + conn.execute(query("corpus_fingerprint")).fetchone()[0]
    stored = conn.execute(
        "SELECT fingerprint FROM core.corpus_state WHERE product = 'keywords'").fetchone()
    if stored and stored[0] == fingerprint:
        return False, conn.execute("SELECT count(*) FROM core.keywords").fetchone()[0]
    counts = conn.execute(query("token_counts")).pl()
    frame = keywords(counts, top_n=top_n)
    with atomic(conn):
        conn.execute("DELETE FROM core.keywords")
        with registered(conn, "keyword_rows", frame):
            conn.execute("INSERT INTO core.keywords BY NAME SELECT * FROM keyword_rows")
        conn.execute("INSERT OR REPLACE INTO core.corpus_state VALUES ('keywords', ?, ?)",
                     [fingerprint, datetime.now()])
        bump_generation(conn)
    return True, frame.height


def build_model(conn: duckdb.DuckDBPyConnection) -> bool:
    """Rebuild the modelled layer (sql/model/rebuild.sql) if the warehouse changed since."""
    generation = str(conn.execute("SELECT generation FROM core.meta").fetchone()[0])
    stored = conn.execute(
        "SELECT fingerprint FROM core.corpus_state WHERE product = 'model'").fetchone()
    if stored and stored[0] == generation:
        return False
    with atomic(conn):
        conn.execute(model_sql())
        conn.execute("INSERT OR REPLACE INTO core.corpus_state VALUES ('model', ?, ?)",
                     [generation, datetime.now()])
    return True


def marts_row_counts(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows in each contract view (asset metadata and the CLI summary)."""
    return {
        f"marts.{view}": conn.execute(f"SELECT count(*) FROM marts.{view}").fetchone()[0]
        for view in MART_VIEWS
    }
