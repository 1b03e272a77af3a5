"""Which SQL files run unchanged on a DuckLake catalog (docs/ducklake.md).

The warehouse runs on DuckLake (pipelines/warehouse/lake.py), which applies the schema files
without their keys and the column comments of views (sqlfiles.schema_script("ducklake")): every
other statement must run as written. This test attaches a
DuckLake catalog (a DuckDB-file catalog in tmp_path: the SQL DuckLake accepts is the same with a
PostgreSQL catalog, measured in docs/ducklake.md) and runs, in the order the warehouse applies
them, every file of sql/ddl and sql/views, then every read-only file of sql/queries and every
sql/checks file. The outcome of each file must be the one measured: a new file that does not
run on DuckLake fails here with its name, and a file made portable shows up as well (then
update EXPECTED).
"""

from __future__ import annotations

import re
from contextlib import suppress
from pathlib import Path

import duckdb
import polars as pl
import pytest

from pipelines.warehouse.lake import extension_file
from pipelines.warehouse.sqlfiles import SQL_DIR, check_files, schema_files, without_keys

pytest.importorskip("duckdb_extension_ducklake")

RUNS = "runs"  # every statement runs unchanged
NO_KEYS = "runs without PRIMARY KEY"  # DuckLake has no PRIMARY KEY / UNIQUE constraints
FAILS = "fails"

# Measured with duckdb 1.5.5 and duckdb-extension-ducklake 1.5.5 (docs/ducklake.md). Files not
# listed run unchanged.
EXPECTED_NOT_UNCHANGED = {
    "ddl/001_core_tables.sql": NO_KEYS,  # source_files, stage_state, corpus_state
    "ddl/002_model_tables.sql": NO_KEYS,  # the dimensions' keys
    "ddl/003_incremental_state.sql": NO_KEYS,  # model_documents, term_documents
    # COMMENT ON COLUMN of a view: "Cannot comment on columns for entry ... - it is not a
    # table" (comments on views, tables and table columns are kept)
    "views/990_comments.sql": FAILS,
}


@pytest.fixture
def lake(tmp_path: Path):
    """A connection whose default catalog is a fresh DuckLake; the extension is loaded from the
    installed wheel (nothing is downloaded)."""
    extension = extension_file("duckdb_extension_ducklake", "ducklake")
    conn = duckdb.connect(config={"autoinstall_known_extensions": False,
                                  "autoload_known_extensions": False})
    conn.execute(f"LOAD '{extension}'")
    conn.execute(f"ATTACH 'ducklake:{tmp_path / 'catalog.ducklake'}' AS lake "
                 f"(DATA_PATH '{tmp_path / 'data'}/')")
    conn.execute("USE lake")
    yield conn
    conn.close()


def _run_file(conn: duckdb.DuckDBPyConnection, path: Path,
              errors: dict[str, str]) -> str:
    """Run a file statement by statement (NULL for every parameter); a CREATE TABLE refused
    for its key is created without it, so that what follows has its tables."""
    label = str(path.relative_to(SQL_DIR))
    outcome = RUNS
    for statement in conn.extract_statements(path.read_text(encoding="utf-8")):
        sql, names = statement.query, statement.named_parameters
        params = ([None] * len(names) if all(n.isdigit() for n in names)
                  else dict.fromkeys(names)) if names else None
        try:
            conn.execute(sql, params)
            continue
        except duckdb.Error as exc:
            error = str(exc).strip().splitlines()[0]
        stripped = without_keys(sql)
        if stripped != sql:
            conn.execute(stripped, params)
            if outcome == RUNS:
                outcome = NO_KEYS
            continue
        outcome = FAILS
        errors.setdefault(label, error)
    if outcome == FAILS:  # a file that opened a transaction and failed inside it
        with suppress(duckdb.Error):
            conn.execute("ROLLBACK")
    return outcome


def _read_only(conn: duckdb.DuckDBPyConnection, path: Path) -> bool:
    statements = conn.extract_statements(path.read_text(encoding="utf-8"))
    return all(s.type == duckdb.StatementType.SELECT for s in statements)


def test_sql_files_on_ducklake(lake: duckdb.DuckDBPyConnection) -> None:
    errors: dict[str, str] = {}
    measured = {}
    for path in schema_files():  # ddl, then views: the order Warehouse applies them in
        measured[str(path.relative_to(SQL_DIR))] = _run_file(lake, path, errors)
    queries = [p for p in sorted((SQL_DIR / "queries").glob("*.sql")) if _read_only(lake, p)]
    assert len(queries) >= 9, "the read-only queries were not found"
    # the temp tables some of them read (documents_before ...), made as the writing files do,
    # with the frames the code registers for them (pipelines/warehouse/marts.py build_keywords)
    lake.register("general_weights", pl.DataFrame(schema={"word": pl.String, "factor": pl.Float64}))
    for path in sorted((SQL_DIR / "queries").glob("*.sql")):
        for statement in lake.extract_statements(path.read_text(encoding="utf-8")):
            if re.search(r"^CREATE (OR REPLACE )?TEMP TABLE", statement.query, re.M):
                lake.execute(statement.query, dict.fromkeys(statement.named_parameters) or None)
    for path in [*queries, *check_files()]:
        measured[str(path.relative_to(SQL_DIR))] = _run_file(lake, path, errors)
    for view in [r[0] for r in lake.execute(
            "SELECT view_name FROM duckdb_views() WHERE database_name = 'lake' "
            "AND schema_name = 'marts' ORDER BY 1").fetchall()]:
        try:
            lake.execute(f"SELECT * FROM marts.{view} LIMIT 1").fetchall()
        except duckdb.Error as exc:
            measured[f"select marts.{view}"] = FAILS
            errors[f"select marts.{view}"] = str(exc).strip().splitlines()[0]

    expected = {name: EXPECTED_NOT_UNCHANGED.get(name, RUNS) for name in measured
                if not name.startswith("select ")}
    changed = {name: f"{expected.get(name, RUNS)} -> {outcome}: {errors.get(name, '')}"
               for name, outcome in measured.items() if outcome != expected.get(name, RUNS)}
    assert not changed, (
        "SQL files whose outcome on DuckLake changed (a new statement DuckLake refuses, or one "
        f"made portable: then update EXPECTED_NOT_UNCHANGED and docs/ducklake.md): {changed}")
    assert set(EXPECTED_NOT_UNCHANGED) <= set(measured), "a file listed as measured is gone"
