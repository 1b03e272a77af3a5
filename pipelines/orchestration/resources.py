"""Resources: the warehouse (all storage goes through it) and the source folder."""

from __future__ import annotations

from dagster import ConfigurableResource

from pipelines.warehouse import Warehouse


class WarehouseResource(ConfigurableResource):
    """The DuckDB warehouse: runs write a working file, readers open the published `path`."""

    path: str
    lock_timeout_seconds: float = 600.0
    workers: int = 2
    batch_chars: int = 300_000

    def store(self) -> Warehouse:
        return Warehouse(self.path, lock_timeout=self.lock_timeout_seconds)


class SourceFolderResource(ConfigurableResource):
    """The folder of .txt files (and optional manifest.csv) the pipeline ingests."""

    path: str
