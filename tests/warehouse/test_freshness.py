import os

from pipelines import cli
from pipelines.domain import decoding, versions
from pipelines.orchestration import settings
from pipelines.warehouse import Warehouse, freshness
from pipelines.warehouse.ingest import ingest


def _published(tmp_path, source) -> Warehouse:
    wh = Warehouse(tmp_path / "w.duckdb")
    with wh.writer() as conn:
        ingest(conn, source)
    assert wh.publish()
    return wh


def _cli_run_on_published(source, tmp_path, monkeypatch) -> int:
    """`pipelines run` as typed, on a published warehouse of ``source``; its exit status."""
    wh = _published(tmp_path, source)
    for name in (settings.SOURCE_ENV, settings.WAREHOUSE_ENV):  # restored after the test
        monkeypatch.setenv(name, "")
    return cli.main(["run", "--source", str(source), "--warehouse", str(wh.path)])


def test_current_until_a_file_changes(seed_copy, tmp_path):
    wh = _published(tmp_path, seed_copy)
    assert freshness.is_current(wh, seed_copy)
    (seed_copy / "new.txt").write_text("全年新增就业岗位2万个。", encoding="utf-8")
    assert not freshness.is_current(wh, seed_copy)
    with wh.writer() as conn:
        ingest(conn, seed_copy)
    assert not freshness.is_current(wh, seed_copy)  # ingested, not yet published
    wh.publish()
    assert freshness.is_current(wh, seed_copy)
    first = sorted(seed_copy.glob("*.txt"))[0]
    os.utime(first, ns=(first.stat().st_atime_ns, first.stat().st_mtime_ns + 10**9))
    assert not freshness.is_current(wh, seed_copy)  # touched: the run re-reads it


def test_not_current_after_a_version_bump_or_unpublished_work(seed_copy, tmp_path, monkeypatch):
    wh = _published(tmp_path, seed_copy)
    with wh.writer() as conn:  # a failed run's leftovers
        conn.execute("UPDATE core.meta SET generation = generation + 1")
    assert not freshness.is_current(wh, seed_copy)
    assert wh.publish()  # what the next successful run would do
    assert freshness.is_current(wh, seed_copy)
    monkeypatch.setattr(decoding, "DECODER", "decode-next")  # may read failed files now
    assert not freshness.is_current(wh, seed_copy)
    monkeypatch.undo()
    assert freshness.is_current(wh, seed_copy)
    monkeypatch.setattr(versions, "METRICS", "metrics-next")
    assert not freshness.is_current(wh, seed_copy)


def test_not_current_while_a_run_holds_the_lock(seed_copy, tmp_path):
    wh = _published(tmp_path, seed_copy)
    with wh.writer():
        assert not freshness.is_current(wh, seed_copy)
    assert freshness.is_current(wh, seed_copy)


def test_cli_run_says_nothing_new_without_a_dagster_run(seed_copy, tmp_path, capsys,
                                                        monkeypatch):
    code = _cli_run_on_published(seed_copy, tmp_path, monkeypatch)
    assert code == cli.EXIT_OK
    assert "nothing new" in capsys.readouterr().out


def test_cli_nothing_new_still_reports_unusable_files(seed_copy, tmp_path, capsys, monkeypatch):
    (seed_copy / "empty.txt").write_bytes(b"")
    code = _cli_run_on_published(seed_copy, tmp_path, monkeypatch)
    said = capsys.readouterr()
    assert code == cli.EXIT_FILES_FAILED
    assert "nothing new" in said.out and "empty.txt" in said.err


def test_cli_reports_manifest_problems_with_exit_status_3(seed_copy, tmp_path, capsys,
                                                          monkeypatch):
    (seed_copy / "extra.txt").write_text("2023年全年新增就业岗位2万个。", encoding="utf-8")
    manifest = seed_copy / "manifest.csv"
    manifest.write_text(manifest.read_text(encoding="utf-8")
                        + "extra.txt,20/03/2023,,,\nnot_here.txt,,,,\n", encoding="utf-8")
    code = _cli_run_on_published(seed_copy, tmp_path, monkeypatch)
    said = capsys.readouterr()
    assert code == cli.EXIT_FILES_FAILED
    assert "2 problem(s) in manifest.csv" in said.err
    assert "20/03/2023" in said.err and "not_here.txt" in said.err


def test_cli_lists_files_read_with_repairs_without_failing(seed_copy, tmp_path, capsys,
                                                          monkeypatch):
    text = "2023年全市新增就业岗位2万个。\n".encode()
    (seed_copy / "damaged.txt").write_bytes(text[:7] + b"\xff" + text[8:])
    code = _cli_run_on_published(seed_copy, tmp_path, monkeypatch)
    said = capsys.readouterr()
    assert code == cli.EXIT_OK
    assert "read with repairs" in said.err and "damaged.txt: 1 damaged place" in said.err
