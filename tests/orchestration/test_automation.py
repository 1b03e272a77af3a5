import fcntl
import os
import shutil
import time

import dagster as dg
import pytest

from pipelines.domain import versions
from pipelines.orchestration import settings
from pipelines.orchestration.automation import daily_schedule, source_folder_sensor
from pipelines.orchestration.definitions import defs
from pipelines.orchestration.resources import SourceFolderResource, WarehouseResource
from pipelines.orchestration.runner import run_pipeline
from pipelines.warehouse import stages


def _tick(path, cursor=None, warehouse=None, instance=None):
    with dg.build_sensor_context(
        cursor=cursor, instance=instance or dg.DagsterInstance.ephemeral(),
        resources={"source": SourceFolderResource(path=str(path)),
                   "warehouse": WarehouseResource(path=str(warehouse or path / "none.duckdb"))},
    ) as context:
        return source_folder_sensor(context), context.cursor


@pytest.fixture
def settled(monkeypatch):
    monkeypatch.setenv(settings.SETTLE_ENV, "0")


def test_sensor_requests_a_run_until_one_publishes_the_files(seed_copy, tmp_path, monkeypatch,
                                                             settled):
    warehouse = tmp_path / "w.duckdb"
    first, cursor = _tick(seed_copy, warehouse=warehouse)
    assert isinstance(first, dg.RunRequest) and first.run_key is None
    # nothing published yet (the run was killed or failed): asked again, then it gives up
    again, cursor = _tick(seed_copy, cursor, warehouse)
    third, cursor = _tick(seed_copy, cursor, warehouse)
    assert isinstance(again, dg.RunRequest) and isinstance(third, dg.RunRequest)
    stopped, same = _tick(seed_copy, cursor, warehouse)
    assert isinstance(stopped, dg.SkipReason) and "did not publish" in stopped.skip_message
    assert same == cursor
    # a change to the files is asked for again
    (seed_copy / "new.txt").write_text("全年新建充电桩6万个。", encoding="utf-8")
    added, cursor = _tick(seed_copy, cursor, warehouse)
    assert isinstance(added, dg.RunRequest)

    monkeypatch.setenv(settings.SOURCE_ENV, str(seed_copy))
    monkeypatch.setenv(settings.WAREHOUSE_ENV, str(warehouse))
    assert run_pipeline(progress=None, instance=dg.DagsterInstance.ephemeral()).success
    done, cursor = _tick(seed_copy, cursor, warehouse)
    assert isinstance(done, dg.SkipReason) and "nothing new" in done.skip_message
    # back to the folder as it was before new.txt: not what is published, so a run
    (seed_copy / "new.txt").unlink()
    removed, _ = _tick(seed_copy, cursor, warehouse)
    assert isinstance(removed, dg.RunRequest)


def test_sensor_waits_for_files_to_settle_and_for_a_run_under_way(seed_copy, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setenv(settings.SETTLE_ENV, "3600")
    (seed_copy / "new.txt").write_text("全年新建充电桩6万个。", encoding="utf-8")
    waiting, _ = _tick(seed_copy)
    assert isinstance(waiting, dg.SkipReason) and "left alone" in waiting.skip_message
    future = time.time() + 86400  # a date from a skewed clock never holds the sensor back
    for path in seed_copy.iterdir():
        os.utime(path, (future, future))
    monkeypatch.setattr(time, "time", lambda: future - 7200)  # ctime is set by the clock
    dated, _ = _tick(seed_copy)
    assert isinstance(dated, dg.RunRequest)
    monkeypatch.undo()
    monkeypatch.setenv(settings.SETTLE_ENV, "3600")
    monkeypatch.setenv(settings.SETTLE_ENV, "0")
    instance = dg.DagsterInstance.ephemeral()
    job = defs.resolve_job_def("full_pipeline")
    instance.create_run_for_job(job, status=dg.DagsterRunStatus.STARTED)
    busy, _ = _tick(seed_copy, instance=instance)
    assert isinstance(busy, dg.SkipReason) and "under way" in busy.skip_message


def test_sensor_skips_a_missing_folder_with_a_reason(tmp_path):
    result, _ = _tick(tmp_path / "missing")
    assert isinstance(result, dg.SkipReason)
    assert "does not exist" in result.skip_message


def test_definitions_hold_the_graph_schedule_and_sensor():
    assert daily_schedule.cron_schedule == "0 3 * * *"
    assert daily_schedule.execution_timezone == "Asia/Shanghai"
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


def test_sensor_skips_while_anything_holds_the_warehouse_lock(seed_copy, tmp_path, settled):
    """A manual `pipelines run` (its own Dagster instance) or a freshness check holding the lock
    is no run the instance knows of: the sensor waits for it instead of asking for a run that
    would queue behind it (QA ops finding 4)."""
    warehouse = tmp_path / "w.duckdb"
    lock = tmp_path / "w.duckdb.lock"
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        held, cursor = _tick(seed_copy, warehouse=warehouse)
        assert isinstance(held, dg.SkipReason), held
        assert "a run is writing the warehouse" in held.skip_message
        assert cursor is None  # no attempt counted for the files
    finally:
        os.close(fd)
    free, cursor = _tick(seed_copy, cursor, warehouse)
    assert isinstance(free, dg.RunRequest) and free.tags["attempt"] == "1"


def test_assets_carry_the_code_versions_of_what_they_run():
    """So that the UI shows an asset as stale when its stage's logic or word lists change."""
    from pipelines.domain import decoding
    from pipelines.warehouse.marts import keyword_counts_version, model_version

    graph = defs.resolve_asset_graph()
    versions_ = {key.to_user_string(): graph.get(key).code_version
                 for key in graph.get_all_asset_keys()}
    by_stage = {s.name: s.version for s in stages.pipeline_stages()}
    assert versions_ == {
        "source_documents": decoding.DECODER,
        "sentences": by_stage["clean"], "tokens": by_stage["tokens"],
        "metrics": by_stage["metrics"], "themes": by_stage["themes"],
        "policy_terms": by_stage["policy_terms"],
        "keywords": keyword_counts_version(), "marts": model_version(),
    }
    assert versions.CLEANING in versions_["metrics"] and versions.METRICS in versions_["metrics"]


def test_sensor_asks_no_run_again_for_a_folder_a_run_refused(tmp_path, monkeypatch, settled):
    """A run refused because of the folder (here: most documents' files gone) fails plainly once;
    the sensor does not ask for the same folder again (each run would fail the same way), but
    does once the files change or removals are allowed."""
    source, warehouse = tmp_path / "src", tmp_path / "w.duckdb"
    source.mkdir()
    for i in range(20):
        (source / f"d{i:02d}.txt").write_text(f"全年新建充电桩{i + 1}万个。", encoding="utf-8")
    monkeypatch.setenv(settings.SOURCE_ENV, str(source))
    monkeypatch.setenv(settings.WAREHOUSE_ENV, str(warehouse))
    monkeypatch.delenv(settings.ALLOW_REMOVALS_ENV, raising=False)
    instance = dg.DagsterInstance.ephemeral()
    assert run_pipeline(progress=None, instance=instance).success
    for i in range(5, 20):
        (source / f"d{i:02d}.txt").unlink()
    asked, cursor = _tick(source, warehouse=warehouse, instance=instance)
    assert isinstance(asked, dg.RunRequest)
    refused = run_pipeline(progress=None, instance=instance)
    assert not refused.success and "would remove 15 of the 20" in refused.error

    again, _ = _tick(source, cursor, warehouse, instance)
    assert isinstance(again, dg.SkipReason), again
    assert "refused the source folder" in again.skip_message
    with dg.build_sensor_context(cursor=cursor, instance=instance, resources={
            "source": SourceFolderResource(path=str(source), allow_removals=True),
            "warehouse": WarehouseResource(path=str(warehouse))}) as context:
        assert isinstance(source_folder_sensor(context), dg.RunRequest)
    (source / "d00.txt").write_text("全年新建充电桩8万个。", encoding="utf-8")
    changed, _ = _tick(source, cursor, warehouse, instance)
    assert isinstance(changed, dg.RunRequest)
