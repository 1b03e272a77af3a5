"""The source folder scan: which files are read, which are refused and why."""

import os

from pipelines.sources import folder_fingerprint, scan_source
from pipelines.warehouse import Warehouse
from pipelines.warehouse.ingest import ingest

GBK_NAME = os.fsdecode("报告".encode("gbk") + b".txt")  # as a Windows archive leaves it
GBK_FOLDER = os.fsdecode("旧稿".encode("gbk"))


def _odd_folder(root):
    (root / "a.txt").write_text("全年新增就业岗位2万个。", encoding="utf-8")
    (root / os.fsencode(GBK_NAME).decode("utf-8", "surrogateescape")).write_bytes(b"x")
    os.makedirs(os.path.join(os.fsencode(root), os.fsencode(GBK_FOLDER)))
    (root / "sub").mkdir()
    (root / "sub" / "b.txt").write_text("新建学校10所。", encoding="utf-8")
    os.symlink(root / "sub", root / "linked")
    os.symlink(root / "a.txt", root / "0 link to a.txt")  # sorts before the file it names
    return root


def test_undecodable_names_links_to_folders_and_aliases_are_refused_or_left(tmp_path):
    files, refused = scan_source(_odd_folder(tmp_path))
    assert [f.rel_path for f in files] == ["a.txt", "sub/b.txt"]
    reasons = dict(refused)
    # undecodable bytes shown as \xNN (旧稿 in GBK holds a valid UTF-8 pair: ɸ)
    assert set(reasons) == {r"\xb1\xa8\xb8\xe6.txt", r"\xbeɸ\xe5/", "linked/"}
    assert "not UTF-8" in reasons[r"\xb1\xa8\xb8\xe6.txt"]
    assert "报告.txt" in reasons[r"\xb1\xa8\xb8\xe6.txt"]  # what the user will recognise
    assert "link to a folder" in reasons["linked/"]
    folder_fingerprint(tmp_path)  # every name it hashes is text


def test_ingest_records_an_undecodable_name_and_reads_the_rest(tmp_path):
    (tmp_path / "source").mkdir()
    source = _odd_folder(tmp_path / "source")
    wh = Warehouse(tmp_path / "w.duckdb")
    with wh.transaction() as conn:
        summary = ingest(conn, source)
        stored = dict(conn.execute("SELECT source_file, status FROM core.source_files").fetchall())
    assert summary.new_documents == 2
    assert stored["a.txt"] == "ok" and stored["sub/b.txt"] == "ok"
    assert r"\xb1\xa8\xb8\xe6.txt" in dict(summary.failed_files)


def test_web_pages_are_read_as_documents(tmp_path):
    """.html/.htm files were refused ("save it as text") although cleaning reads a page's
    markup as text: they are documents like .txt and .md now; a PDF is still refused."""
    (tmp_path / "a.txt").write_text("全年新增就业岗位2万个。", encoding="utf-8")
    (tmp_path / "page.html").write_text(
        "<!DOCTYPE html><html><head><title>某区简报</title></head><body>"
        "<p>全年新建充电桩6万个。</p></body></html>", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "OLD.HTM").write_bytes("<p>新建学校10所。</p>".encode("gb18030"))
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7\n")
    files, refused = scan_source(tmp_path)
    assert [f.rel_path for f in files] == ["a.txt", "page.html", "sub/OLD.HTM"]
    reasons = dict(refused)
    assert set(reasons) == {"report.pdf"}
    assert ".html" in reasons["report.pdf"] and "save it as text" in reasons["report.pdf"]
    wh = Warehouse(tmp_path / "w.duckdb")
    with wh.transaction() as conn:
        summary = ingest(conn, tmp_path)
        stored = dict(conn.execute("SELECT source_file, status FROM core.source_files").fetchall())
    assert summary.new_documents == 3
    assert stored["page.html"] == "ok" and stored["sub/OLD.HTM"] == "ok"
