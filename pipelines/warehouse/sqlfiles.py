"""Locate and read the SQL files under ``sql/`` (DDL, one file per view, named queries)."""

from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path

SQL_DIR = Path(os.environ.get("PIPELINES_SQL_DIR", Path(__file__).resolve().parents[2] / "sql"))


@cache
def schema_script() -> tuple[str, tuple[str, ...]]:
    """(hash, statements) of every schema file, read once per process."""
    texts = tuple(f.read_text(encoding="utf-8") for f in schema_files())
    return hashlib.sha256("\0".join(texts).encode()).hexdigest()[:16], texts


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
