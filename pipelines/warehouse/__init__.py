"""The warehouse behind one object: schema, writes under a lock, publishing for readers.

No Dagster here: the orchestration layer wraps the warehouse in a resource, so that moving
storage is a change of its location only: a DuckDB file (:class:`Warehouse`) or a DuckLake
catalog (:class:`LakeWarehouse`, a location starting with ``ducklake:``).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from pipelines.warehouse.lake import LakeWarehouse, is_lake
from pipelines.warehouse.store import Warehouse, WarehouseError

__all__ = ["LakeWarehouse", "Warehouse", "WarehouseError", "open_warehouse"]


def open_warehouse(location: str | os.PathLike[str], lock_timeout: float = 600.0,
                   notify: Callable[[str], object] | None = None) -> Warehouse:
    """The warehouse at ``location``: a DuckDB file path, or ``ducklake:<catalog>``."""
    kind = LakeWarehouse if is_lake(location) else Warehouse
    return kind(str(location) if is_lake(location) else location, lock_timeout=lock_timeout,
                notify=notify)
