"""The daily schedule and the sensor that runs the pipeline when source files change."""


import dagster as dg

from pipelines.orchestration.resources import SourceFolderResource
from pipelines.sources import SourceError, folder_fingerprint

full_pipeline = dg.define_asset_job(
    "full_pipeline",
    selection=dg.AssetSelection.all(),
    description="Ingest the source folder and rebuild everything that changed.",
)

daily_schedule = dg.ScheduleDefinition(
    name="daily_full_pipeline", job=full_pipeline, cron_schedule="0 3 * * *",
    default_status=dg.DefaultScheduleStatus.RUNNING,
)


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
