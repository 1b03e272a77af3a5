"""The daily schedule and the sensor that runs the pipeline when source files change; the
weekly maintenance of a DuckLake warehouse."""

import json
import time

import dagster as dg

from pipelines.orchestration import settings
from pipelines.orchestration.assets import REFUSED_ALLOWING_TAG, REFUSED_FOLDER_TAG
from pipelines.orchestration.resources import (
    MAINTENANCE_JOB,
    SourceFolderResource,
    WarehouseResource,
)
from pipelines.sources import SourceError, folder_fingerprint, scan_source
from pipelines.warehouse import freshness
from pipelines.warehouse.lake import is_lake

# Runs the sensor requests for the same files when none of them published them (a run killed,
# a blocking check failed): then it waits for the files to change, not to fail forever.
MAX_ATTEMPTS = 3
_UNDER_WAY = [dg.DagsterRunStatus.QUEUED, dg.DagsterRunStatus.NOT_STARTED,
              dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.STARTED,
              dg.DagsterRunStatus.CANCELING]

# Steps run in one process by default (start-up is paid once; the stages use a process pool
# inside). A run may choose `multiprocess` instead (its run config, e.g. in the launchpad):
# each step then runs in a process of its own, as an executor that spreads steps over several
# machines would run them; every step reaches the data through the warehouse resource alone.
IN_PROCESS = {"execution": {"config": {"in_process": {}}}}

full_pipeline = dg.define_asset_job(
    "full_pipeline",
    selection=dg.AssetSelection.all(),
    description="Ingest the source folder and rebuild everything that changed.",
    config=IN_PROCESS,
)


@dg.schedule(name="daily_full_pipeline", job=full_pipeline, cron_schedule="0 3 * * *",
             execution_timezone=settings.timezone(),
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
def source_folder_sensor(context: dg.SensorEvaluationContext, source: SourceFolderResource,
                         warehouse: WarehouseResource):
    """Request a run when the published warehouse does not hold the source folder as it is now
    (files added, changed or removed; new code), once its files have been left alone for
    ``settings.settle_seconds()``, no run of the job is under way and nothing else (a manual
    ``pipelines run``) holds the warehouse's lock.

    Compared with what was published, not with the last request: a run that was killed or
    failed is requested again (up to ``MAX_ATTEMPTS`` times for the same files), except after a
    run that refused the folder itself, and a folder back to an earlier state is a change like
    any other."""
    try:
        scanned = scan_source(source.path)
    except SourceError as exc:
        return dg.SkipReason(str(exc))
    files = scanned[0]
    if files:
        newest = max(max(f.modified_ns, f.changed_ns) for f in files)
        quiet = time.time() - newest / 1e9
        # (a time in the future is a skewed clock or a copied date, not a file being written)
        if 0 <= quiet < settings.settle_seconds():
            return dg.SkipReason(f"files changed {quiet:.0f} s ago: waiting until they are left "
                                 f"alone for {settings.settle_seconds():.0f} s")
    if context.instance.get_runs_count(dg.RunsFilter(job_name=full_pipeline.name,
                                                     statuses=_UNDER_WAY)):
        return dg.SkipReason("a run of the pipeline is under way")
    fingerprint = folder_fingerprint(source.path, scanned)
    store = warehouse.store()
    if freshness.is_current(store, source.path, fingerprint):
        context.update_cursor(json.dumps({"fingerprint": fingerprint, "attempts": 0}))
        return dg.SkipReason("nothing new: the warehouse holds every file of the folder")
    # What a run holding the lock writes cannot be known without waiting for it (a manual
    # `pipelines run`, another instance's run): a run asked for now would only wait behind it.
    if store.busy():
        return dg.SkipReason(f"a run is writing the warehouse {store}: looking again "
                             "at the next tick, once it has finished")
    refused = _refused_run(context.instance, fingerprint, source.allow_removals)
    if refused is not None:
        return dg.SkipReason(f"run {refused} refused the source folder as it is now (see its "
                             "log: a wrong folder, or most documents' files gone); the sensor "
                             "asks again when the files change")
    last = _cursor(context.cursor)
    attempts = last["attempts"] if last["fingerprint"] == fingerprint else 0
    if attempts >= MAX_ATTEMPTS:
        return dg.SkipReason(f"the last {attempts} runs for these files did not publish them: "
                             "see their logs; the sensor tries again when the files change")
    context.update_cursor(json.dumps({"fingerprint": fingerprint, "attempts": attempts + 1}))
    # no run key: Dagster would never run a key twice, and these files may need a second run
    return dg.RunRequest(tags={"source_fingerprint": fingerprint,
                               "attempt": str(attempts + 1)})


@dg.op(description="Compact and prune the warehouse (a DuckLake catalog: merge small files, "
                  "expire old snapshots, delete files nothing refers to; a DuckDB file needs "
                  "none). Readers keep what was published.")
def maintain_warehouse(context: dg.OpExecutionContext, warehouse: WarehouseResource) -> None:
    context.log.info(warehouse.store().maintain().summary())


@dg.job(name=MAINTENANCE_JOB, description="Weekly upkeep of a DuckLake warehouse "
        "(`pipelines maintain` does the same at once).")
def warehouse_maintenance() -> None:
    maintain_warehouse()


# Sundays an hour after the nightly run; through the run queue, so never beside a run (and the
# warehouse's lock keeps a manual `pipelines run` apart). On for a lake only: a DuckDB file
# needs no upkeep.
weekly_maintenance = dg.ScheduleDefinition(
    name="weekly_warehouse_maintenance", job=warehouse_maintenance, cron_schedule="0 4 * * 0",
    execution_timezone=settings.timezone(),
    default_status=(dg.DefaultScheduleStatus.RUNNING if is_lake(settings.warehouse_path())
                    else dg.DefaultScheduleStatus.STOPPED))


def _refused_run(instance: dg.DagsterInstance, fingerprint: str,
                 allow_removals: bool) -> str | None:
    """The id of the latest run that refused the folder with this fingerprint under the same
    ``allow_removals``: another run would only fail the same way (refusals depend on the folder
    and the warehouse, and a refused run wrote nothing)."""
    runs = instance.get_runs(dg.RunsFilter(job_name=full_pipeline.name,
                                           tags={REFUSED_FOLDER_TAG: fingerprint}), limit=1)
    if runs and runs[0].tags.get(REFUSED_ALLOWING_TAG) == str(allow_removals):
        return runs[0].run_id
    return None


def _cursor(cursor: str | None) -> dict:
    """The sensor's cursor: the fingerprint of the files of its last request and how many runs
    it has requested for them (a bare fingerprint from before counts as one)."""
    try:
        value = json.loads(cursor or "")
    except ValueError:
        return {"fingerprint": cursor, "attempts": 1 if cursor else 0}
    if isinstance(value, dict):
        return {"fingerprint": value.get("fingerprint"), "attempts": int(value.get("attempts", 0))}
    return {"fingerprint": cursor, "attempts": 1}
