"""Where things are: defaults, overridable by environment variables (and by the CLI)."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]
SOURCE_ENV = "PIPELINES_SOURCE_DIR"
WAREHOUSE_ENV = "PIPELINES_WAREHOUSE"
WORKERS_ENV = "PIPELINES_WORKERS"


def source_dir() -> str:
    return os.environ.get(SOURCE_ENV) or str(PROJECT_DIR / "seeds")


def warehouse_path() -> str:
    return os.environ.get(WAREHOUSE_ENV) or str(PROJECT_DIR / "warehouse" / "warehouse.duckdb")


def workers() -> int:
    return int(os.environ.get(WORKERS_ENV) or min(2, os.cpu_count() or 1))
