import shutil

import dagster as dg

from pipelines.domain import versions
from pipelines.orchestration import settings
from pipelines.orchestration.automation import daily_schedule, source_folder_sensor
from pipelines.orchestration.definitions import defs
from pipelines.orchestration.resources import SourceFolderResource, WarehouseResource
from pipelines.orchestration.runner import run_pipeline
from pipelines.warehouse import stages


def _tick(path, cursor=None):
    context = dg.build_sensor_context(cursor=cursor,
                                      resources={"source": SourceFolderResource(path=str(path))})
    result = source_folder_sensor(context)
    return result, context.cursor


def test_sensor_requests_a_run_only_when_files_change(seed_copy):
    first, cursor = _tick(seed_copy)
    assert isinstance(first, dg.RunRequest)
    again, same_cursor = _tick(seed_copy, cursor)
    assert isinstance(again, dg.SkipReason) and same_cursor == cursor

    (seed_copy / "new.txt").write_text("全年新建充电桩6万个。", encoding="utf-8")
    added, new_cursor = _tick(seed_copy, cursor)
    assert isinstance(added, dg.RunRequest) and new_cursor != cursor

    (seed_copy / "new.txt").unlink()
    removed, _ = _tick(seed_copy, new_cursor)
    assert isinstance(removed, dg.RunRequest)

    (seed_copy / "manifest.csv").write_text("file,published_on\n", encoding="utf-8")
    manifest_changed, _ = _tick(seed_copy, cursor)
    assert isinstance(manifest_changed, dg.RunRequest)


def test_sensor_skips_a_missing_folder_with_a_reason(tmp_path):
    result, _ = _tick(tmp_path / "missing")
    assert isinstance(result, dg.SkipReason)
    assert "does not exist" in result.skip_message


def test_definitions_hold_the_graph_schedule_and_sensor():
    assert daily_schedule.cron_schedule == "0 3 * * *"
    job = defs.resolve_job_def("full_pipeline")
    keys = {k.to_user_string() for k in job.asset_layer.asset_graph.get_all_asset_keys()}
    assert {"source_documents", "sentences", "tokens", "metrics", "themes", "keywords",
            "policy_terms", "marts"} <= keys
    assert defs.resolve_sensor_def("source_folder_sensor").job_name == "full_pipeline"


def _nightly(seeds, warehouse):
    with dg.build_schedule_context(resources={
            "source": SourceFolderResource(path=str(seeds)),
            "warehouse": WarehouseResource(path=str(warehouse))}) as context:
        return daily_schedule.evaluate_tick(context)


def test_the_nightly_run_is_skipped_only_when_nothing_is_new(seed_copy, tmp_path, monkeypatch):
    warehouse = tmp_path / "w.duckdb"
    monkeypatch.setenv(settings.SOURCE_ENV, str(seed_copy))
    monkeypatch.setenv(settings.WAREHOUSE_ENV, str(warehouse))
    assert _nightly(seed_copy, warehouse).run_requests  # nothing built yet
    assert run_pipeline(progress=None, instance=dg.DagsterInstance.ephemeral()).success
    started = []  # evaluating the schedule sets the warehouse resource up: no workers for it
    monkeypatch.setattr(stages, "start_worker_pool", started.append)
    skipped = _nightly(seed_copy, warehouse)
    assert not skipped.run_requests and "nothing new" in skipped.skip_message
    # an edited word list is new code, seen by a process that has checked before
    data = tmp_path / "data"
    shutil.copytree(versions.DATA_DIR, data)
    monkeypatch.setattr(versions, "DATA_DIR", data)
    assert not _nightly(seed_copy, warehouse).run_requests
    with open(data / "keyword_stoplist.txt", "a", encoding="utf-8") as fh:
        fh.write("\n新词\n")
    assert _nightly(seed_copy, warehouse).run_requests
    (seed_copy / "new.txt").write_text("全年新建充电桩6万个。", encoding="utf-8")
    assert _nightly(seed_copy, warehouse).run_requests
    assert _nightly(tmp_path / "missing", warehouse).run_requests  # the run says what is wrong
    assert started == []
