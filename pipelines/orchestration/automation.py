"""The daily schedule and the sensor that runs the pipeline when source files change."""


import hashlib
from pathlib import Path

import dagster as dg

from pipelines.domain.manifest import MANIFEST_NAME
from pipelines.orchestration.resources import SourceFolderResource
from pipelines.sources import SourceError, scan_source

full_pipeline = dg.define_asset_job(
    "full_pipeline",
    selection=dg.AssetSelection.all(),
    description="Ingest the source folder and rebuild everything that changed.",
)

daily_schedule = dg.ScheduleDefinition(
    name="daily_full_pipeline", job=full_pipeline, cron_schedule="0 3 * * *",
    default_status=dg.DefaultScheduleStatus.RUNNING,
)


def folder_fingerprint(path: str) -> str:
    """Changes whenever a text file or the manifest is added, removed or modified."""
    files, refused = scan_source(path)
    digest = hashlib.sha256()
    for f in files:
        digest.update(f"{f.rel_path}\0{f.size_bytes}\0{f.modified_ns}\n".encode())
    for rel, reason in refused:
        digest.update(f"{rel}\0{reason}\n".encode())
    manifest = scan_manifest_stat(path)
    digest.update(manifest.encode())
    return digest.hexdigest()[:32]


def scan_manifest_stat(path: str) -> str:
    try:
        st = (Path(path) / MANIFEST_NAME).stat()
    except OSError:
        return "no-manifest"
    return f"{st.st_size}:{st.st_mtime_ns}"


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
