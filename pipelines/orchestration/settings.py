"""Where things are: defaults, overridable by environment variables (and by the CLI)."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]
SOURCE_ENV = "PIPELINES_SOURCE_DIR"
WAREHOUSE_ENV = "PIPELINES_WAREHOUSE"
WORKERS_ENV = "PIPELINES_WORKERS"
SETTLE_ENV = "PIPELINES_SETTLE_SECONDS"
TIMEZONE_ENV = "PIPELINES_TIMEZONE"
ALLOW_REMOVALS_ENV = "PIPELINES_ALLOW_REMOVALS"


def source_dir() -> str:
    return os.environ.get(SOURCE_ENV) or str(PROJECT_DIR / "seeds")


def warehouse_path() -> str:
    return os.environ.get(WAREHOUSE_ENV) or str(PROJECT_DIR / "warehouse" / "warehouse.duckdb")


def allow_removals() -> bool:
    """Whether runs may remove more than half of the warehouse's documents (their files gone
    from the folder): ``PIPELINES_ALLOW_REMOVALS=1`` (or ``pipelines run --allow-removals``).
    Off by default: a share half synced or a wrong sub-folder is refused."""
    return (os.environ.get(ALLOW_REMOVALS_ENV) or "").strip().lower() in ("1", "true", "yes")


def workers() -> int:
    return int(os.environ.get(WORKERS_ENV) or min(2, os.cpu_count() or 1))


def settle_seconds() -> float:
    """How long the source folder's files must be left alone before the sensor starts a run:
    a file still being copied in changes its times all along (default 30 s)."""
    return float(os.environ.get(SETTLE_ENV) or 30)


def timezone() -> str:
    """The time zone of the nightly schedule (default Asia/Shanghai: 03:00 there)."""
    return os.environ.get(TIMEZONE_ENV) or "Asia/Shanghai"
