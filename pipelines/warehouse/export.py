"""Export the published marts as Parquet files, for tools that read files rather than DuckDB."""

from __future__ import annotations

from pathlib import Path

from pipelines.warehouse.marts import MART_VIEWS
from pipelines.warehouse.store import Warehouse


def export_parquet(warehouse: Warehouse, out_dir: str | Path) -> dict[str, Path]:
    """Write one ``<view>.parquet`` per marts view from the serving file; returns the paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    with warehouse.reader() as conn:
        for view in MART_VIEWS:
            path = out / f"{view}.parquet"
            tmp = path.with_suffix(".parquet.tmp")
            # COPY takes no parameters for its target; the path is quoted as a SQL literal.
            literal = "'" + str(tmp).replace("'", "''") + "'"
            conn.execute(f"COPY (SELECT * FROM marts.{view}) TO {literal} "
                         "(FORMAT parquet, COMPRESSION zstd)")
            tmp.replace(path)
            written[view] = path
    return written
