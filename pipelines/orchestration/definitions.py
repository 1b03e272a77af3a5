"""The Dagster code location: `dagster dev -m pipelines.orchestration.definitions`."""

from __future__ import annotations

import dagster as dg

from pipelines.orchestration import settings
from pipelines.orchestration.assets import ALL_ASSETS
from pipelines.orchestration.automation import (
    daily_schedule,
    full_pipeline,
    source_folder_sensor,
    warehouse_maintenance,
    weekly_maintenance,
)
from pipelines.orchestration.resources import SourceFolderResource, WarehouseResource


def build_definitions() -> dg.Definitions:
    """Definitions with resources from the environment (PIPELINES_SOURCE_DIR, ..._WAREHOUSE,
    ..._ALLOW_REMOVALS)."""
    return dg.Definitions(
        assets=ALL_ASSETS,
        jobs=[full_pipeline, warehouse_maintenance],
        schedules=[daily_schedule, weekly_maintenance],
        sensors=[source_folder_sensor],
        resources={
            "warehouse": WarehouseResource(path=settings.warehouse_path(),
                                           workers=settings.workers()),
            "source": SourceFolderResource(path=settings.source_dir(),
                                           allow_removals=settings.allow_removals()),
        },
        # in one process unless a run's config asks for multiprocess (automation.IN_PROCESS)
        executor=dg.multi_or_in_process_executor,
    )


defs = build_definitions()


def full_pipeline_job() -> dg.JobDefinition:
    """The whole pipeline as a job, for ``dg.reconstructable``: an executor that runs steps in
    processes of their own (multiprocess, or one spreading them over machines) rebuilds the
    job in each from this module."""
    return build_definitions().resolve_job_def("full_pipeline")
