"""End to end: the real Dagster definitions on a copy of the seeds, into a real DuckDB file."""

import shutil
import subprocess
import sys

import dagster as dg
import duckdb
import pytest

from pipelines.orchestration import settings
from pipelines.orchestration.runner import run_pipeline
from pipelines.warehouse import Warehouse

CORE_TABLES = {  # table -> columns that identify a row's content (no timestamps)
    "documents": "doc_id, source_file, status, error, published_on, published_on_source, script",
    "blocks": "*", "sentences": "*", "tokens": "*",
    "metrics": "* EXCLUDE (extractor_version)",
    "theme_hits": "*", "sentence_themes": "*", "document_themes": "*",
    "policy_terms": "*", "keywords": "*",
}


@pytest.fixture
def env(seed_copy, tmp_path, monkeypatch):
    monkeypatch.setenv(settings.SOURCE_ENV, str(seed_copy))
    monkeypatch.setenv(settings.WAREHOUSE_ENV, str(tmp_path / "wh" / "warehouse.duckdb"))
    # an in-memory instance: the job, its checks and event records, no SQLite event log on
    # disk (tests/support/runs.py)
    with dg.DagsterInstance.ephemeral() as instance:
        yield seed_copy, tmp_path / "wh" / "warehouse.duckdb", instance


def _dump(path):
    with duckdb.connect(str(path), read_only=True) as conn:
        return {t: conn.execute(f"SELECT {cols} FROM core.{t} ORDER BY ALL").fetchall()
                for t, cols in CORE_TABLES.items()}


def _stage_docs(instance, asset):
    event = instance.get_latest_materialization_event(dg.AssetKey(asset))
    return event.asset_materialization.metadata["documents_processed"].value


def test_seeds_end_to_end_then_idempotent_then_incremental(env):
    source, warehouse, instance = env
    outcome = run_pipeline(progress=None, instance=instance)
    assert outcome.success, outcome.error
    assert outcome.counts["documents"] == 5
    assert outcome.counts["sentences"] > 300
    assert outcome.counts["metrics"] > 50
    assert outcome.counts["document_themes"] >= 10
    assert outcome.counts["keywords"] >= 50
    assert outcome.failed_files == []

    with duckdb.connect(str(warehouse), read_only=True) as conn:
        for view in ("documents", "metrics", "document_themes", "keywords", "theme_trends",
                     "policy_terms", "source_files"):
            conn.execute(f"SELECT * FROM marts.{view} LIMIT 1").fetchall()
        statuses = conn.execute("SELECT DISTINCT status FROM marts.documents").fetchall()
        assert statuses == [("ok",)]
        bad_quotes = conn.execute("""
            SELECT count(*) FROM marts.metrics m JOIN core.documents d USING (doc_id)
            WHERE substring(d.raw_text, m.char_start + 1, m.char_end - m.char_start) <> m.quote
        """).fetchone()[0]
        assert bad_quotes == 0
        assert conn.execute("SELECT count(*) FROM marts.theme_trends").fetchone()[0] > 0

    before = _dump(warehouse)
    mtime = warehouse.stat().st_mtime_ns
    again = run_pipeline(progress=None, instance=instance)
    assert again.success, again.error
    assert _stage_docs(instance, "sentences") == 0
    assert _dump(warehouse) == before
    assert warehouse.stat().st_mtime_ns == mtime  # nothing changed: nothing republished

    # One new file costs work for that file only; the old rows are untouched.
    text = (source / "003_7f84f034721160db.txt").read_text(encoding="utf-8")
    (source / "new.txt").write_text(text.replace("成都", "德阳"), encoding="utf-8")
    third = run_pipeline(progress=None, instance=instance)
    assert third.success, third.error
    assert _stage_docs(instance, "sentences") == 1
    assert _stage_docs(instance, "metrics") == 1
    after = _dump(warehouse)
    assert len(after["documents"]) == 6
    assert set(map(repr, before["sentences"])) <= set(map(repr, after["sentences"]))


def test_bad_files_are_recorded_and_the_run_goes_on(env):
    source, warehouse, instance = env
    (source / "empty.txt").write_bytes(b"")
    (source / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (source / "no metrics.txt").write_text("这是一段没有任何数字的评论文章。\n", encoding="utf-8")
    shutil.copy(source / "000_52c9f0c1a637c8d8.txt", source / "dup.txt")
    outcome = run_pipeline(progress=None, instance=instance)
    assert outcome.success, outcome.error
    failed = dict(outcome.failed_files)
    assert set(failed) == {"empty.txt", "binary.txt"}
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        rows = dict(conn.execute(
            "SELECT source_file, status FROM marts.source_files").fetchall())
        assert rows["dup.txt"] == "duplicate"
        n_ok = conn.execute(
            "SELECT count(*) FROM marts.documents WHERE status = 'ok'").fetchone()[0]
        assert n_ok == 6
        zero = conn.execute("SELECT n_metrics FROM marts.documents "
                            "WHERE source_file = 'no metrics.txt'").fetchone()[0]
        assert zero == 0
    # Dagster shows it too: a warning check on source_documents lists each file and why
    [record] = instance.event_log_storage.get_asset_check_execution_history(
        dg.AssetCheckKey(dg.AssetKey("source_documents"), "source_files_read"), limit=1)
    evaluation = record.event.dagster_event.event_specific_data
    assert not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.WARN
    listed = {f["file"]: f["error"] for f in evaluation.metadata["files"].value}
    assert listed == failed


def test_marts_alone_never_publishes_documents_the_stages_have_not_read(env):
    from pipelines.orchestration.definitions import build_definitions

    source, warehouse, instance = env
    assert run_pipeline(progress=None, instance=instance).success
    published = warehouse.read_bytes()
    (source / "new.txt").write_text("全年新增就业岗位2万个。", encoding="utf-8")
    job = build_definitions().resolve_implicit_global_asset_job_def()  # resources from env
    ingested = job.execute_in_process(instance=instance, asset_selection=[
        dg.AssetKey("source_documents")])
    assert ingested.success
    result = job.execute_in_process(instance=instance, raise_on_error=False,
                                    asset_selection=[dg.AssetKey("marts")])
    assert not result.success
    assert "have not been through every document stage" in str(result.all_events)
    # named by its file, not its doc_id (QA ops finding 7)
    assert "1 document(s) have not been through every document stage of this version " \
           "(new.txt)" in str(result.all_events)
    assert warehouse.read_bytes() == published
    # the whole job then publishes the new document with its metrics
    assert run_pipeline(progress=None, instance=instance).success
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        assert conn.execute("SELECT n_metrics FROM marts.documents "
                            "WHERE source_file = 'new.txt'").fetchone()[0] == 1


def test_cli_refuses_a_warehouse_path_it_cannot_write_in_one_line(tmp_path, capsys, monkeypatch):
    from pipelines import cli

    for name in (settings.SOURCE_ENV, settings.WAREHOUSE_ENV):  # the CLI sets them
        monkeypatch.setenv(name, "")
    seeds = settings.PROJECT_DIR / "seeds"
    assert cli.main(["run", "--source", str(seeds), "--warehouse", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0
    assert "is a folder; give a file path" in err
    assert list(tmp_path.iterdir()) == []


def test_cli_reports_missing_source_in_one_line(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "run", "--source", str(tmp_path / "nope"),
         "--warehouse", str(tmp_path / "w.duckdb")],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0
    assert "does not exist" in proc.stderr
    assert not (tmp_path / "w.duckdb").exists()


# check -> a bad row, as a faulty stage would write it into one document (DOC)
DOC = "(SELECT min(doc_id) FROM core.metrics)"
DAMAGE = {
    "metrics_quotes_exact": "UPDATE core.metrics SET quote = 'not in the text' "
                            f"WHERE metric_id = (SELECT min(metric_id) FROM core.metrics "
                            f"WHERE doc_id = {DOC})",
    "sentences_keys_unique": "INSERT INTO core.sentences SELECT * FROM core.sentences "
                             f"WHERE doc_id = {DOC} LIMIT 1",
    "metrics_ids_unique": f"INSERT INTO core.metrics SELECT * FROM core.metrics "
                          f"WHERE doc_id = {DOC} LIMIT 1",
    "themes_keys_unique": "INSERT INTO core.document_themes SELECT * FROM "
                          f"core.document_themes WHERE doc_id = {DOC} LIMIT 1",
}


def _damage(warehouse, check):
    """Write a bad row into the working file behind the pipeline, dated as a stage's write."""
    with Warehouse(warehouse).writer() as conn:
        conn.execute(f"UPDATE core.stage_state SET finished_at = now()::TIMESTAMP "
                     f"WHERE doc_id = {DOC}")
        conn.execute(DAMAGE[check])
        conn.execute("UPDATE core.meta SET generation = generation + 1")


@pytest.mark.parametrize("check", DAMAGE)
def test_a_failing_check_blocks_publication(env, check):
    source, warehouse, instance = env
    assert run_pipeline(progress=None, instance=instance).success
    published = warehouse.read_bytes()
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        damaged = conn.execute(f"SELECT source_file FROM core.documents WHERE doc_id = {DOC}"
                               ).fetchone()[0]
    _damage(warehouse, check)
    (source / "new.txt").write_text("全年新增就业岗位2万个。", encoding="utf-8")
    outcome = run_pipeline(progress=None, instance=instance)
    assert not outcome.success
    assert check in outcome.error and damaged in outcome.error  # names where to look
    assert warehouse.read_bytes() == published
    # the next run checks the unpublished rows again, though it has nothing new to write
    outcome = run_pipeline(progress=None, instance=instance)
    assert not outcome.success and check in outcome.error
    assert warehouse.read_bytes() == published


def test_checks_look_at_the_documents_written_since_the_last_publication(env):
    source, _warehouse, instance = env
    assert run_pipeline(progress=None, instance=instance).success
    (source / "new.txt").write_text("全年新增就业岗位2万个。", encoding="utf-8")
    assert run_pipeline(progress=None, instance=instance).success
    records = instance.event_log_storage.get_asset_check_execution_history(
        dg.AssetCheckKey(dg.AssetKey("metrics"), "metrics_ids_unique"), limit=2)
    latest, first = (r.event.dagster_event.event_specific_data for r in records)
    assert first.metadata["documents_checked"].value == 5
    assert latest.passed and latest.metadata["documents_checked"].value == 1


def test_an_extractor_upgrade_reprocesses_that_stage_only(env, monkeypatch):
    from pipelines.warehouse import stages

    _source, warehouse, instance = env
    assert run_pipeline(progress=None, instance=instance).success
    upgraded = stages.Stage.chain("metrics", "metrics-upgraded", stages.CLEAN, ["metrics"])
    monkeypatch.setattr(stages, "METRICS", upgraded)
    outcome = run_pipeline(progress=None, instance=instance)
    assert outcome.success, outcome.error
    assert _stage_docs(instance, "metrics") == 5
    assert _stage_docs(instance, "sentences") == 0
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        versions = conn.execute("SELECT DISTINCT extractor_version FROM marts.metrics").fetchall()
    assert versions == [(upgraded.version,)]


def test_checks_are_not_rerun_on_a_published_unchanged_warehouse(env):
    _source, _warehouse, instance = env
    assert run_pipeline(progress=None, instance=instance).success
    outcome = run_pipeline(progress=None, instance=instance)
    assert outcome.success
    records = instance.event_log_storage.get_asset_check_execution_history(
        dg.AssetCheckKey(dg.AssetKey("metrics"), "metrics_quotes_exact"), limit=2)
    latest, first = (r.event.dagster_event.event_specific_data for r in records)
    assert first.metadata["bad_rows"].value == 0
    assert latest.passed and latest.metadata["evaluated"].value is False


def test_cli_refuses_to_remove_most_documents_unless_told(cli_run, capsys, monkeypatch):
    """`pipelines run` on a folder holding 5 of a warehouse's 20 files: exit 1 with one line
    saying how many documents would go, from which folder, and how to confirm; then
    --allow-removals (or PIPELINES_ALLOW_REMOVALS=1 for runs the CLI does not start) removes
    them."""
    from pipelines import cli

    source, warehouse, args = cli_run
    for i in range(20):
        (source / f"d{i:02d}.txt").write_text(f"全年新建充电桩{i + 1}万个。", encoding="utf-8")
    assert cli.main(args) == 0
    for i in range(5, 20):
        (source / f"d{i:02d}.txt").unlink()
    capsys.readouterr()
    assert cli.main(args) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0, err
    assert "would remove 15 of the 20 documents" in err and str(source) in err
    assert "--allow-removals" in err and "SourceError" not in err
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM marts.documents").fetchone()[0] == 20
    assert cli.main([*args, "--allow-removals"]) == 0
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM marts.documents").fetchone()[0] == 5


def test_the_environment_allows_removals_for_runs_the_cli_does_not_start(monkeypatch):
    from pipelines.orchestration.definitions import build_definitions

    monkeypatch.delenv(settings.ALLOW_REMOVALS_ENV, raising=False)
    assert build_definitions().resources["source"].allow_removals is False
    monkeypatch.setenv(settings.ALLOW_REMOVALS_ENV, "1")
    assert build_definitions().resources["source"].allow_removals is True


def _run_log(instance):
    outcome = run_pipeline(progress=None, instance=instance)
    assert outcome.success
    return "\n".join(e.user_message for e in instance.all_logs(outcome.run_id))


def test_a_run_says_when_it_resumes_the_work_of_an_interrupted_run(env):
    """Recovery was silent (QA ops wish): a working file with unpublished work, or one with
    the spool folder of a killed run, is announced in the run's log with its time."""
    _source, warehouse, instance = env
    assert "resuming" not in _run_log(instance)  # nothing left behind: nothing said
    store = Warehouse(warehouse)
    with store.writer() as conn:  # unpublished work, as a killed or failed run leaves it
        conn.execute("UPDATE core.meta SET generation = generation + 1")
    log = _run_log(instance)
    assert "resuming the work of an interrupted run from 20" in log, log
    assert "warehouse.work.duckdb" in log
    # a working file as current as the serving file, but a killed run's spool folder beside it
    with store.writer():
        pass
    spool = store.spool_path
    spool.mkdir()
    assert "resuming the work of an interrupted run" in _run_log(instance)
    assert not spool.exists()
    assert "resuming" not in _run_log(instance)
