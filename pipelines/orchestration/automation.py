"""The daily schedule and the sensor that runs the pipeline when source files change."""


import dagster as dg

from pipelines.orchestration.resources import SourceFolderResource, WarehouseResource
from pipelines.sources import SourceError, folder_fingerprint
from pipelines.warehouse import freshness

full_pipeline = dg.define_asset_job(
    "full_pipeline",
    selection=dg.AssetSelection.all(),
    description="Ingest the source folder and rebuild everything that changed.",
)


@dg.schedule(name="daily_full_pipeline", job=full_pipeline, cron_schedule="0 3 * * *",
             default_status=dg.DefaultScheduleStatus.RUNNING)
def daily_schedule(context: dg.ScheduleEvaluationContext, source: SourceFolderResource,
                   warehouse: WarehouseResource):
    """A nightly run, skipped when the published warehouse already holds every file of the
    folder as this code makes it (what `pipelines run` checks): a run with nothing to do would
    still copy the warehouse to start its working file. New code or data files do not match."""
    try:
        current = freshness.is_current(warehouse.store(), source.path)
    except SourceError:
        current = False  # the run fails and says why, where a failed run is seen
    if current:
        return dg.SkipReason("nothing new: the warehouse holds every file of the folder as "
                             "this version of the pipeline makes it")
    return dg.RunRequest()


@dg.sensor(job=full_pipeline, minimum_interval_seconds=30,
           default_status=dg.DefaultSensorStatus.RUNNING)
def source_folder_sensor(context: dg.SensorEvaluationContext, source: SourceFolderResource):
    """Request a run when the source folder's files differ from the last run it requested."""
    try:
        fingerprint = folder_fingerprint(source.path)
    except SourceError as exc:
        return dg.SkipReason(str(exc))
    if fingerprint == context.cursor:
        return dg.SkipReason("no new or changed files")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint)
