"""Locate and read the SQL files under ``sql/`` (DDL, one file per view, named queries)."""

from __future__ import annotations

import hashlib
import os
import re
from functools import cache
from pathlib import Path

import duckdb

SQL_DIR = Path(os.environ.get("PIPELINES_SQL_DIR", Path(__file__).resolve().parents[2] / "sql"))


# What DuckLake refuses in the schema files (docs/ducklake.md): keys, and comments on the
# columns of views (comments on tables, their columns and views are kept); and a file's own
# transaction, since the schema is applied there in one.
_COLUMN_KEY = re.compile(r"\s+PRIMARY KEY(?=\s*[,\n)])")
_TABLE_KEY = re.compile(r",\s*PRIMARY KEY\s*\([^)]*\)")
_LEFT_OUT = re.compile(r"(\s*--[^\n]*\n)*\s*(COMMENT ON COLUMN marts\.|BEGIN\b|COMMIT\b)",
                       re.IGNORECASE)


@cache
def schema_script(dialect: str = "duckdb") -> tuple[str, tuple[str, ...]]:
    """(hash, statements) of every schema file, read once per process; ``dialect`` "ducklake"
    leaves out what a DuckLake catalog refuses (each file's text is then its statements)."""
    texts = tuple(f.read_text(encoding="utf-8") for f in schema_files())
    if dialect == "ducklake":
        texts = tuple(_for_ducklake(text) for text in texts)
    elif dialect != "duckdb":
        raise ValueError(f"unknown SQL dialect {dialect!r}")
    return hashlib.sha256("\0".join(texts).encode()).hexdigest()[:16], texts


def schema_file(name: str, dialect: str = "duckdb") -> str:
    """One schema file (``ddl/002_model_tables.sql``) as ``schema_script`` applies it."""
    text = (SQL_DIR / name).read_text(encoding="utf-8")
    return _for_ducklake(text) if dialect == "ducklake" else text


def dialect_of(conn: duckdb.DuckDBPyConnection) -> str:
    """"ducklake" when the connection's default catalog is a DuckLake, else "duckdb"."""
    row = conn.execute("SELECT type FROM duckdb_databases() "
                       "WHERE database_name = current_database()").fetchone()
    return "ducklake" if row and row[0] == "ducklake" else "duckdb"


def _for_ducklake(text: str) -> str:
    kept = [statement.query for statement in duckdb.extract_statements(text)
            if not _LEFT_OUT.match(statement.query)]
    return ";\n".join(without_keys(sql) for sql in kept) + ";\n"


def without_keys(sql: str) -> str:
    """``sql`` with its PRIMARY KEY clauses left out (DuckLake has no keys)."""
    return _TABLE_KEY.sub("", _COLUMN_KEY.sub("", sql))


def schema_files() -> list[Path]:
    """DDL first, then views, each folder in file-name order."""
    return sorted((SQL_DIR / "ddl").glob("*.sql")) + sorted((SQL_DIR / "views").glob("*.sql"))


@cache
def query(name: str) -> str:
    """The text of ``sql/queries/<name>.sql``."""
    return (SQL_DIR / "queries" / f"{name}.sql").read_text(encoding="utf-8")


def check_files() -> list[Path]:
    """Data-quality checks: each file is one query returning the number of bad rows."""
    return sorted((SQL_DIR / "checks").glob("*.sql"))
