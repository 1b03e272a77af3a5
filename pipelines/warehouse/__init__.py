"""The DuckDB warehouse behind one object: schema, writes under a lock, publishing for readers.

No Dagster here: the orchestration layer wraps :class:`Warehouse` in a resource, so that moving
storage (e.g. to DuckLake) is a change of this package and its configuration only.
"""

from pipelines.warehouse.store import Warehouse, WarehouseError

__all__ = ["Warehouse", "WarehouseError"]
