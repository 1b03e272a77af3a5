"""Resources: the warehouse (all storage goes through it) and the source folder."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import ExitStack
from typing import Any

from dagster import ConfigurableResource, InitResourceContext
from pydantic import PrivateAttr

from pipelines.warehouse import Warehouse, open_warehouse, stages

MAINTENANCE_JOB = "warehouse_maintenance"  # a job that processes no documents: no workers


class WarehouseResource(ConfigurableResource):
    """The warehouse at ``path``: a DuckDB file (runs write a working copy, readers open the
    published file) or a DuckLake catalog, ``ducklake:sqlite:<file>`` / ``ducklake:postgres:<dsn>``
    (readers attach at the published snapshot); pipelines/warehouse/lake.py."""

    path: str
    lock_timeout_seconds: float = 600.0
    workers: int = 2
    batch_chars: int = 300_000

    _notify: Callable[[str], object] | None = PrivateAttr(default=None)
    _run_store: Warehouse | None = PrivateAttr(default=None)
    _run_session: ExitStack | None = PrivateAttr(default=None)

    def store(self) -> Warehouse:
        """The warehouse; what it does on its own (a damaged working file set aside, a tool's
        writes to the serving file discarded) goes to the run's log as a warning. Within a run,
        the run's one warehouse, whose session keeps the lock and the connection from step to
        step (Warehouse.session)."""
        if self._run_store is not None:
            return self._run_store
        return open_warehouse(self.path, lock_timeout=self.lock_timeout_seconds,
                              notify=self._notify)

    def setup_for_execution(self, context: InitResourceContext) -> None:
        if context.log is not None:
            self._notify = context.log.warning
        # When a run's steps share one process, its workers get ready while the first steps
        # run. (A schedule's evaluation sets resources up too, without a run: no workers for it;
        # a step in a process of its own starts them only if it processes documents.)
        if (context.run is not None and context.run.job_name != MAINTENANCE_JOB
                and not _steps_in_own_processes(context.run.run_config)):
            stages.start_worker_pool(self.workers)
        if context.run is not None:
            store = self.store()
            self._run_session = ExitStack()
            self._run_session.enter_context(store.session())
            self._run_store = store

    def teardown_after_execution(self, context: InitResourceContext) -> None:
        session, self._run_session, self._run_store = self._run_session, None, None
        try:
            if session is not None:
                session.close()
        finally:
            stages.shutdown_worker_pool()


def _steps_in_own_processes(run_config: Mapping[str, Any]) -> bool:
    """Whether the run's executor is configured to run each step in a process of its own."""
    return "multiprocess" in ((run_config.get("execution") or {}).get("config") or {})


class SourceFolderResource(ConfigurableResource):
    """The folder of .txt, .md and .html files (and optional manifest.csv) the pipeline
    ingests. ``allow_removals``: a run may remove more than half of the warehouse's documents
    (``warehouse.ingest.MAX_REMOVED_SHARE``) when their files are gone from the folder."""

    path: str
    allow_removals: bool = False
