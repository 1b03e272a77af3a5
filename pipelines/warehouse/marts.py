"""Corpus-level products and the figures reported about the published marts.

Both products are maintained per document, so that a run pays for what changed rather than for
the whole corpus:

- ``build_keywords``: keyword candidates are counted per document (``core.term_counts``) for the
  documents whose tokens changed; TF-IDF is then computed from those counts, in DuckDB
  (sql/queries/score_keywords.sql), since a change of N or of a document frequency can reorder
  any document's keywords; counting is the expensive part.
- ``build_model``: the model tables under the views (sql/model/*.sql) delete and re-insert the
  rows of changed documents only, then recompute the corpus-wide rows those documents touch.
  A rebuild from scratch (``full=True``, or when the model SQL changed) runs the same statements
  with every document counted as new, so both paths give the same rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache

import duckdb
import polars as pl

from pipelines.domain import versions
from pipelines.domain.keywords import (
    GENERAL_WEIGHTS_PATH,
    MEASURES_PATH,
    PLACES_PATH,
    STOPLIST_PATH,
    SURNAMES_PATH,
    candidate_counts,
    load_general_weights,
)
from pipelines.domain.versions import DATA_DIR
from pipelines.domain.yamlfiles import load_yaml
from pipelines.warehouse.sqlfiles import SQL_DIR, dialect_of, query, schema_file
from pipelines.warehouse.store import atomic, bump_generation, record_state, registered

# Every view of the marts schema (the contract): counted for the asset's metadata, exported.
MART_VIEWS = ("documents", "metrics", "metric_themes", "document_themes", "keywords",
              "keyword_trends", "theme_trends", "policy_terms", "source_files",
              "indicator_timeseries", "targets_vs_actuals", "document_summary")

# Every table build_model fills (cleared for a rebuild from scratch).
MODEL_TABLES = ("dim_document", "dim_date", "dim_theme", "dim_indicator", "fact_metric",
                "fact_theme_mention", "document_profile", "theme_month", "indicator_series")
# The SQL files that define the model's layout and content: a change rebuilds it from scratch.
MODEL_LAYOUT_FILES = ("ddl/002_model_tables.sql", "ddl/003_incremental_state.sql")
COMMENTS_FILE = "views/990_comments.sql"  # re-applied when the model tables are re-created


# -- keywords ---------------------------------------------------------------------------------
@cache
def keyword_counts_version() -> str:
    """What the stored candidate counts depend on besides the tokens: code, stoplist, the
    surnames of speakers' names and the place names (no keywords); and the general weights and
    the measures' weight of the scoring (an edit recounts too: one version for the step)."""
    return versions.with_data(versions.KEYWORDS, STOPLIST_PATH.name, SURNAMES_PATH.name,
                              str(PLACES_PATH.relative_to(DATA_DIR)), GENERAL_WEIGHTS_PATH.name,
                              MEASURES_PATH.name)


def build_keywords(conn: duckdb.DuckDBPyConnection, top_n: int = 20) -> tuple[bool, int]:
    """Bring TF-IDF keywords up to date with the tokenised corpus; (rebuilt?, rows).

    Only documents whose tokens changed are recounted; keywords are recomputed from the stored
    counts whenever any document was added, changed or removed.
    """
    counts_version = keyword_counts_version()
    stored = dict(conn.execute(
        "SELECT product, fingerprint FROM core.corpus_state "
        "WHERE product IN ('keywords', 'keyword_counts')").fetchall())
    with atomic(conn):
        if stored.get("keyword_counts") != counts_version:  # new filters: recount everything
            conn.execute("DELETE FROM core.term_counts")
            conn.execute("DELETE FROM core.term_documents")
        conn.execute(query("keyword_documents"))
        _recount_terms(conn)
        # which counts the keywords come from: the tokens stage counts new documents itself,
        # so "nothing recounted here" does not mean "nothing changed"
        counted = conn.execute(query("counted_documents")).fetchone()[0]
        fingerprint = f"{counts_version}:top{top_n}:{counted}"
        if stored.get("keywords") == fingerprint:
            return False, conn.execute("SELECT count(*) FROM core.keywords").fetchone()[0]
        n_docs = conn.execute(
            "SELECT count(*) FROM core.term_documents WHERE n_tokens > 0").fetchone()[0]
        with registered(conn, "general_weights", load_general_weights()):
            conn.execute(query("score_keywords"), {"n_documents": n_docs, "top_n": top_n})
        conn.execute(query("replace_keywords"))
        n_rows = conn.execute("SELECT count(*) FROM keyword_rows").fetchone()[0]
        conn.execute("DROP TABLE keyword_rows")
        record_state(conn, "keywords", fingerprint)
        record_state(conn, "keyword_counts", counts_version)
        bump_generation(conn)
    return True, n_rows


# Documents recounted per query: a first build of a large corpus would otherwise hold the counts of
# every token of it at once (2 GB at 100 MB of text).
RECOUNT_DOCUMENTS = 500


def _recount_terms(conn: duckdb.DuckDBPyConnection) -> None:
    """Replace the candidate counts of the documents in keyword_changed / keyword_removed."""
    for table in ("term_counts", "term_documents"):
        conn.execute(f"DELETE FROM core.{table} WHERE doc_id IN "
                     "(SELECT doc_id FROM keyword_removed)")
    changed = [r[0] for r in conn.execute(
        "SELECT doc_id FROM keyword_changed ORDER BY doc_id").fetchall()]
    for start in range(0, len(changed), RECOUNT_DOCUMENTS):
        tokens = conn.execute(query("token_counts"),
                              [changed[start:start + RECOUNT_DOCUMENTS]]).pl()
        per_doc = tokens.group_by("doc_id").agg(pl.col("count").sum().alias("n_tokens"))
        with registered(conn, "term_rows", candidate_counts(tokens)), \
                registered(conn, "token_totals", per_doc):
            conn.execute("INSERT INTO core.term_counts BY NAME SELECT * FROM term_rows")
            conn.execute(
                "INSERT INTO core.term_documents "
                "SELECT c.doc_id, c.signature, coalesce(t.n_tokens, 0) "
                "FROM keyword_changed AS c JOIN token_totals AS t USING (doc_id)")
    # documents without any token have no rows above: record them too (N of the IDF skips them)
    conn.execute("INSERT INTO core.term_documents "
                 "SELECT c.doc_id, c.signature, 0 FROM keyword_changed AS c "
                 "WHERE c.doc_id NOT IN (SELECT doc_id FROM core.term_documents)")


# -- the model tables -------------------------------------------------------------------------
@cache
def _model_sql() -> dict[str, str]:
    """sql/model/<step>.sql by step name (file name without .sql), in file-name order."""
    return {f.stem: f.read_text(encoding="utf-8")
            for f in sorted((SQL_DIR / "model").glob("*.sql"))}


@cache
def model_version() -> str:
    """Hash of the model's SQL and layout: stored with the model, a change rebuilds it."""
    texts = list(_model_sql().values()) + [
        (SQL_DIR / name).read_text(encoding="utf-8") for name in MODEL_LAYOUT_FILES]
    return hashlib.sha256("\0".join(texts).encode()).hexdigest()[:16]


def build_model(conn: duckdb.DuckDBPyConnection, full: bool = False) -> bool:
    """Bring the model tables up to date with core.*; True if anything was rebuilt.

    Incremental unless ``full``, the model SQL changed, or it was never built: then every
    model table is emptied first and every document counts as new.
    """
    generation = conn.execute("SELECT generation FROM core.meta").fetchone()[0]
    stored = dict(conn.execute(
        "SELECT product, fingerprint FROM core.corpus_state "
        "WHERE product IN ('model', 'model_keywords', 'keywords')").fetchall())
    version = model_version()
    current = f"{version}@{generation}"
    if not full and stored.get("model") == current:
        return False
    full = full or (stored.get("model") or "").split("@")[0] != version
    keywords_state = conn.execute(
        "SELECT coalesce(max(fingerprint || '@' || built_at), '') FROM core.corpus_state "
        "WHERE product = 'keywords'").fetchone()[0]
    steps = _model_sql()
    with atomic(conn):
        if full:
            _recreate_model_tables(conn)
        conn.execute(steps["010_changed_documents"])
        changed = conn.execute(
            "SELECT (SELECT count(*) FROM model_changed) + (SELECT count(*) FROM model_removed)"
        ).fetchone()[0]
        if changed or full:
            for step in ("020_delete_documents", "030_insert_documents", "040_corpus_tables"):
                conn.execute(steps[step])
        if full or stored.get("model_keywords") != keywords_state:
            conn.execute(steps["050_keywords"])
        conn.execute(steps["060_indicator_direction"], {"words": lower_is_better_words()})
        record_state(conn, "model", current)
        record_state(conn, "model_keywords", keywords_state)
    return True


TARGETS_FILE = DATA_DIR / "targets.yaml"


def lower_is_better_words() -> list[str]:
    """Words of indicators that are better lower (targets.yaml): their targets are ceilings."""
    return list(load_yaml(TARGETS_FILE.read_text(encoding="utf-8"))["lower_is_better"])


def _recreate_model_tables(conn: duckdb.DuckDBPyConnection) -> None:
    """Empty model: drop and re-create its tables (with their comments).

    Dropping is instant, while deleting every row of a large indexed table and then inserting
    the same keys again costs minutes in DuckDB (index maintenance).
    """
    for table in MODEL_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS model.{table}")
    conn.execute("DELETE FROM core.model_documents")
    dialect = dialect_of(conn)
    conn.execute(schema_file(MODEL_LAYOUT_FILES[0], dialect))
    comments = schema_file(COMMENTS_FILE, dialect)
    # the file is one transaction of its own when the schema is applied; here it joins ours
    conn.execute(comments.replace("BEGIN TRANSACTION;", "").replace("COMMIT;", ""))


def marts_row_counts(conn: duckdb.DuckDBPyConnection,
                     views: Iterable[str] = MART_VIEWS) -> dict[str, int]:
    """Rows in contract views (asset metadata and the CLI summary); names from MART_VIEWS."""
    return {
        f"marts.{view}": conn.execute(f"SELECT count(*) FROM marts.{view}").fetchone()[0]
        for view in views if view in MART_VIEWS
    }
