import os
import shutil

import pytest

from pipelines.sources import SourceError
from pipelines.warehouse import Warehouse
from pipelines.warehouse.ingest import ingest


def _ingest(wh, source):
    with wh.writer() as conn:
        return ingest(conn, source)


def _files(wh):
    with wh.writer() as conn:
        return {r[0]: r[1:] for r in conn.execute(
            "SELECT source_file, status, error, doc_id FROM core.source_files").fetchall()}


def _docs(wh):
    with wh.writer() as conn:
        return {r[0]: r[1:] for r in conn.execute(
            "SELECT doc_id, source_file, status, error, published_on_source FROM core.documents"
        ).fetchall()}


def test_seeds_ingest_once_and_rerun_reads_nothing(seed_copy, tmp_path):
    wh = Warehouse(tmp_path / "w.duckdb")
    first = _ingest(wh, seed_copy)
    assert (first.files_seen, first.new_documents, first.failed_files) == (5, 5, [])
    again = _ingest(wh, seed_copy)
    assert (again.files_read, again.new_documents) == (0, 0)
    docs = _docs(wh)
    assert len(docs) == 5
    assert sum(1 for d in docs.values() if d[3] == "manifest") == 1  # only 002 has a known date


def test_duplicate_changed_and_deleted_files(seed_copy, tmp_path):
    wh = Warehouse(tmp_path / "w.duckdb")
    _ingest(wh, seed_copy)
    shutil.copy(seed_copy / "003_7f84f034721160db.txt", seed_copy / "copy of 003.txt")
    summary = _ingest(wh, seed_copy)
    assert summary.new_documents == 0
    files = _files(wh)
    assert files["copy of 003.txt"][0] == "duplicate"
    assert "003_7f84f034721160db.txt" in files["copy of 003.txt"][1]
    assert len(_docs(wh)) == 5

    # Deleting the original keeps the document under the remaining copy.
    (seed_copy / "003_7f84f034721160db.txt").unlink()
    _ingest(wh, seed_copy)
    files = _files(wh)
    assert files["copy of 003.txt"][0] == "ok"
    assert any(d[0] == "copy of 003.txt" for d in _docs(wh).values())

    # A changed file replaces its old document.
    old_id = files["copy of 003.txt"][2]
    with open(seed_copy / "copy of 003.txt", "a", encoding="utf-8") as fh:
        fh.write("\n补充：全年新增就业岗位2万个。\n")
    _ingest(wh, seed_copy)
    docs = _docs(wh)
    assert old_id not in docs and len(docs) == 5

    # A deleted file's document disappears.
    (seed_copy / "copy of 003.txt").unlink()
    _ingest(wh, seed_copy)
    assert len(_docs(wh)) == 4 and "copy of 003.txt" not in _files(wh)


def test_bad_files_are_recorded_and_good_ones_kept(seed_copy, tmp_path):
    (seed_copy / "empty.txt").write_bytes(b"")
    (seed_copy / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 50)
    (seed_copy / "gbk 文件.txt").write_bytes("全年新建充电桩6万个。".encode("gb18030"))
    (seed_copy / "big5.txt").write_bytes("臺北市全年新增就業崗位兩萬個。".encode("big5") * 3)
    outside = tmp_path / "outside.txt"
    outside.write_text("secret", encoding="utf-8")
    os.symlink(outside, seed_copy / "link.txt")
    (seed_copy / "report.PDF").write_bytes(b"%PDF-1.7\n")  # a PDF cut off after its header
    (seed_copy / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # not a document: not listed
    (seed_copy / "manifest.csv").write_text(
        "file,published_on\n001_8fc37e39284a12bc.txt,not-a-date\nghost.txt,2024-01-01\n",
        encoding="utf-8")
    wh = Warehouse(tmp_path / "w.duckdb")
    summary = _ingest(wh, seed_copy)
    failed = dict(summary.failed_files)
    assert "empty" in failed["empty.txt"]
    assert "binary" in failed["image.txt"]
    assert "symlink" in failed["link.txt"]
    assert "not a readable PDF" in failed["report.PDF"] and "photo.jpg" not in failed
    assert "gbk 文件.txt" not in failed and "big5.txt" not in failed
    assert any("line 2" in p for p in summary.manifest_problems)
    assert any("ghost.txt" in p for p in summary.manifest_problems)
    docs = _docs(wh)
    by_file = {d[0]: d for d in docs.values()}
    assert by_file["image.txt"][1] == "failed"
    assert by_file["gbk 文件.txt"][1] == "ok"
    assert sum(1 for d in docs.values() if d[1] == "ok") == 7
    # Running again records nothing twice.
    _ingest(wh, seed_copy)
    assert len(_docs(wh)) == len(docs)


def test_unreadable_vanished_and_utf16_files(seed_copy, tmp_path, monkeypatch):
    import codecs
    from pathlib import Path

    (seed_copy / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE
                                          + "全年新建充电桩6万个。".encode("utf-16-le"))
    (seed_copy / "locked.txt").write_text("全年新增就业2万人。", encoding="utf-8")
    (seed_copy / "gone.txt").write_text("全年新增就业3万人。", encoding="utf-8")
    real_read = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":  # root can read anything: simulate a permission error
            raise PermissionError(13, "Permission denied")
        if self.name == "gone.txt":  # deleted between the folder scan and the read
            self.unlink()
            raise FileNotFoundError(2, "No such file")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    wh = Warehouse(tmp_path / "w.duckdb")
    summary = _ingest(wh, seed_copy)
    failed = dict(summary.failed_files)
    assert "Permission denied" in failed["locked.txt"]
    assert "gone.txt" not in _files(wh)  # vanished: nothing recorded, nothing half-loaded
    by_file = {d[0]: d for d in _docs(wh).values()}
    assert by_file["utf16.txt"][1] == "ok"
    assert by_file["locked.txt"][1] == "failed"


def test_a_folder_without_any_known_file_removes_nothing(seed_copy, tmp_path):
    wh = Warehouse(tmp_path / "w.duckdb")
    _ingest(wh, seed_copy)
    empty = tmp_path / "empty"
    empty.mkdir()
    for folder in (empty, tmp_path):  # nothing at all; other files only
        with pytest.raises(SourceError, match="holds none of the 5 files"):
            _ingest(wh, folder)
        assert len(_docs(wh)) == 5
    for name in sorted(os.listdir(seed_copy))[1:]:  # one known file left: the rest are removed
        if name.endswith(".txt"):
            os.remove(seed_copy / name)
    assert _ingest(wh, seed_copy).removed_files == 4


def test_an_edit_that_keeps_size_and_modification_time_is_read(seed_copy, tmp_path):
    wh = Warehouse(tmp_path / "w.duckdb")
    _ingest(wh, seed_copy)
    old_id = _files(wh)["003_7f84f034721160db.txt"][2]
    path = seed_copy / "003_7f84f034721160db.txt"
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    digit = next(c for c in text if c.isdigit())
    other = "7" if digit != "7" else "8"
    path.write_text(text.replace(digit, other, 1), encoding="utf-8")  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # as cp -p / rsync -a leave it
    assert path.stat().st_size == before.st_size
    summary = _ingest(wh, seed_copy)
    assert (summary.files_read, summary.new_documents) == (1, 1)
    assert _files(wh)["003_7f84f034721160db.txt"][2] != old_id
    assert old_id not in _docs(wh)
    assert _ingest(wh, seed_copy).files_read == 0


def test_files_an_older_reader_refused_are_read_again_by_a_newer_one(tmp_path, monkeypatch):
    """A file that failed to decode is re-read when the decoder's version differs from the one
    that failed it (a user upgrading the tool): read now, it becomes a normal document with its
    metrics; failing again, it stays recorded once; either way the next run reads nothing."""
    from pipelines import sources
    from pipelines.domain import decoding
    from pipelines.warehouse import stages

    source = tmp_path / "source"
    source.mkdir()
    text = "本报讯 今年上半年，全市新建充电桩6万个，同比增长12.5%。\n" * 4
    (source / "utf16.txt").write_bytes(text.encode("utf-16-le"))  # no byte-order mark
    (source / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 50)
    (source / "ok.txt").write_text("全年新增就业岗位2万个。", encoding="utf-8")

    def old_reader(name: str, data: bytes):  # as an older version read it: NUL bytes meant
        if b"\x00" in data:  # binary
            raise decoding.DecodeError("binary file (contains NUL bytes), not text")
        return decoding.read_document(name, data)

    with monkeypatch.context() as m:
        m.setattr(sources, "read_document", old_reader)
        m.setattr(decoding, "DECODER", "decode-old")
        wh = Warehouse(tmp_path / "w.duckdb")
        first = _ingest(wh, source)
    assert sorted(dict(first.failed_files)) == ["image.txt", "utf16.txt"]
    old_id = _files(wh)["utf16.txt"][2]

    again = _ingest(wh, source)  # the current reader
    assert again.files_read == 2  # the two failed files; ok.txt is unchanged
    assert dict(again.failed_files).keys() == {"image.txt"}
    files, docs = _files(wh), _docs(wh)
    assert files["utf16.txt"][:2] == ("ok", None) and files["utf16.txt"][2] == old_id
    assert docs[old_id][1:3] == ("ok", None)
    assert [d[0] for d in docs.values()].count("image.txt") == 1  # failed again: once
    assert files["image.txt"][0] == "failed" and len(docs) == 3
    with wh.writer() as conn:
        assert dict(conn.execute("SELECT source_file, decoder FROM core.source_files").fetchall()
                    ) == {"utf16.txt": decoding.DECODER, "image.txt": decoding.DECODER,
                          "ok.txt": "decode-old"}  # ok.txt was read well: not again
    assert _ingest(wh, source).files_read == 0  # the same reader: not read a third time

    stages.run_stages(wh, stages.pipeline_stages(), workers=1)
    with wh.writer() as conn:
        n_metrics = conn.execute("SELECT count(*) FROM core.metrics WHERE doc_id = ?",
                                 [old_id]).fetchone()[0]
        n_themes = conn.execute("SELECT count(*) FROM core.document_themes WHERE doc_id = ?",
                                [old_id]).fetchone()[0]
    assert n_metrics >= 2 and n_themes >= 1


def test_a_warehouse_that_never_recorded_the_decoder_retries_its_failed_files(seed_copy,
                                                                              tmp_path):
    """A warehouse built before the decoder's version was recorded (NULL) retries its failed
    files once, and only those."""
    (seed_copy / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 50)
    wh = Warehouse(tmp_path / "w.duckdb")
    _ingest(wh, seed_copy)
    with wh.writer() as conn:
        conn.execute("UPDATE core.source_files SET decoder = NULL")
    summary = _ingest(wh, seed_copy)
    assert summary.files_read == 1 and dict(summary.failed_files).keys() == {"image.txt"}
    assert len(_docs(wh)) == 6 and _ingest(wh, seed_copy).files_read == 0


def _many(folder, n, offset=0):
    folder.mkdir(exist_ok=True)
    for i in range(offset, offset + n):
        (folder / f"d{i:02d}.txt").write_text(f"全年新建充电桩{i + 1}万个。", encoding="utf-8")


def test_a_folder_holding_less_than_half_of_a_warehouse_is_refused_unless_allowed(tmp_path):
    """A share half synced or a wrong sub-folder holding a few of the files deleted all the
    other documents with exit status 0 (QA ops wish): more than half of a warehouse of 20 or
    more documents goes only when removals are allowed."""
    from pipelines.warehouse import ingest as ingest_module

    source = tmp_path / "src"
    _many(source, 24)
    wh = Warehouse(tmp_path / "w.duckdb")
    assert _ingest(wh, source).new_documents == 24
    for i in range(10, 24):
        os.remove(source / f"d{i:02d}.txt")  # 14 of 24 gone
    with pytest.raises(SourceError) as refused:
        _ingest(wh, source)
    message = str(refused.value)
    assert "remove 14 of the 24 documents" in message and str(source) in message
    assert "--allow-removals" in message and "PIPELINES_ALLOW_REMOVALS=1" in message
    assert "\n" not in message
    assert len(_docs(wh)) == 24  # nothing removed
    # renamed or edited files are no removals (their documents stay or are replaced)
    for i in range(5):
        os.rename(source / f"d{i:02d}.txt", source / f"r{i:02d}.txt")
    _many(source, 2, offset=30)
    with pytest.raises(SourceError, match="remove 14 of the 24"):
        _ingest(wh, source)
    assert len(_docs(wh)) == 24 and "d30.txt" not in _files(wh)  # the new files neither
    with wh.writer() as conn:
        summary = ingest(conn, source, allow_removals=True)
    assert summary.removed_files == 19 and summary.new_documents == 2
    assert len(_docs(wh)) == 12
    assert ingest_module.MIN_GUARDED_DOCUMENTS == 20 and ingest_module.MAX_REMOVED_SHARE == 0.5

    other = tmp_path / "other"  # 20 documents, half of them gone: not more than half
    _many(other, 20)
    wh2 = Warehouse(tmp_path / "w2.duckdb")
    _ingest(wh2, other)
    for i in range(10):
        os.remove(other / f"d{i:02d}.txt")
    assert _ingest(wh2, other).removed_files == 10
    for i in range(10, 20):  # all edited: replaced, not removed
        (other / f"d{i:02d}.txt").write_text(f"全年新建学校{i}所。", encoding="utf-8")
    assert _ingest(wh2, other).new_documents == 10


def test_files_are_recorded_a_chunk_at_a_time_and_a_killed_run_keeps_the_chunks_it_recorded(
        tmp_path, monkeypatch):
    """A folder of gigabytes was read whole into memory and inserted in one transaction (300 MB:
    1.8 GB of memory); files are now recorded a chunk at a time, each chunk committed."""
    from pipelines.warehouse import ingest as ingest_module

    source = tmp_path / "src"
    _many(source, 6)
    monkeypatch.setattr(ingest_module, "READ_CHUNK_BYTES", 80)  # two files a chunk
    real_load, loaded = ingest_module.load_file, []

    def failing_load(root, rel_path):
        if len(loaded) == 4:
            raise OSError("disk went away")
        loaded.append(rel_path)
        return real_load(root, rel_path)

    monkeypatch.setattr(ingest_module, "load_file", failing_load)
    wh = Warehouse(tmp_path / "w.duckdb")
    with pytest.raises(OSError):
        _ingest(wh, source)
    assert sorted(_files(wh)) == ["d00.txt", "d01.txt", "d02.txt", "d03.txt"]
    monkeypatch.setattr(ingest_module, "load_file", real_load)
    summary = _ingest(wh, source)
    assert summary.files_read == 2 and summary.new_documents == 2 and len(_docs(wh)) == 6
    assert _ingest(wh, source).files_read == 0
