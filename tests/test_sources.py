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
    with wh.writer() as conn:
        summary = ingest(conn, source)
        stored = dict(conn.execute("SELECT source_file, status FROM core.source_files").fetchall())
    assert summary.new_documents == 2
    assert stored["a.txt"] == "ok" and stored["sub/b.txt"] == "ok"
    assert r"\xb1\xa8\xb8\xe6.txt" in dict(summary.failed_files)


def test_web_pages_are_read_as_documents(tmp_path):
    """.html/.htm files were refused ("save it as text") although cleaning reads a page's
    markup as text: they are documents like .txt and .md now; a spreadsheet is still refused."""
    (tmp_path / "a.txt").write_text("全年新增就业岗位2万个。", encoding="utf-8")
    (tmp_path / "page.html").write_text(
        "<!DOCTYPE html><html><head><title>某区简报</title></head><body>"
        "<p>全年新建充电桩6万个。</p></body></html>", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "OLD.HTM").write_bytes("<p>新建学校10所。</p>".encode("gb18030"))
    (tmp_path / "table.xlsx").write_bytes(b"PK\x03\x04")
    files, refused = scan_source(tmp_path)
    assert [f.rel_path for f in files] == ["a.txt", "page.html", "sub/OLD.HTM"]
    reasons = dict(refused)
    assert set(reasons) == {"table.xlsx"}
    assert ".html" in reasons["table.xlsx"] and "save it as text" in reasons["table.xlsx"]
    wh = Warehouse(tmp_path / "w.duckdb")
    with wh.writer() as conn:
        summary = ingest(conn, tmp_path)
        stored = dict(conn.execute("SELECT source_file, status FROM core.source_files").fetchall())
    assert summary.new_documents == 3
    assert stored["page.html"] == "ok" and stored["sub/OLD.HTM"] == "ok"


def test_word_documents_are_read_and_other_word_formats_are_told_to_save_as_docx(tmp_path):
    """.docx files were refused ("a .docx document: ... save it as text"): they are read now,
    their text taken from the file's XML; Word's lock file (~$name.docx, left while the document
    is open) is skipped; .doc and .wps files are still refused, and told Word saves .docx; a
    damaged .docx is recorded as failed with what is wrong."""
    from pipelines.domain.decoding import is_text_document
    from pipelines.sources import load_file
    from tests.support.wordfiles import NOTICE_BODY, docx, para, run

    assert is_text_document("通知.DOCX") and not is_text_document("~$通知.docx")
    (tmp_path / "通知.docx").write_bytes(docx(NOTICE_BODY))
    (tmp_path / "~$通知.docx").write_bytes(b"\x0cAdministrator" + b"\x00" * 149)
    (tmp_path / "修订.docx").write_bytes(docx(
        para(run("全年新建学校") + '<w:ins w:id="1" w:author="李四">' + run("10所") + "</w:ins>")))
    (tmp_path / "旧稿.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    (tmp_path / "加密.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    (tmp_path / "table.xlsx").write_bytes(b"PK\x03\x04")
    files, refused = scan_source(tmp_path)
    assert [f.rel_path for f in files] == ["修订.docx", "加密.docx", "通知.docx"]
    reasons = dict(refused)
    assert set(reasons) == {"旧稿.doc", "table.xlsx"}
    assert "save it as .docx" in reasons["旧稿.doc"] and ".docx" in reasons["table.xlsx"]
    assert "save it as text" in reasons["table.xlsx"]

    notice = load_file(tmp_path, "通知.docx")
    assert notice.error is None and notice.encoding == "docx" and notice.warning is None
    assert notice.text.startswith("某某市人民政府办公室关于印发")
    assert "\n一、主要目标\n" in notice.text and "\n固定资产投资\t5800\t亿元\n" in notice.text

    wh = Warehouse(tmp_path / "w.duckdb")
    with wh.writer() as conn:
        summary = ingest(conn, tmp_path)
        stored = {r[0]: r[1:] for r in conn.execute(
            "SELECT source_file, status, error FROM core.source_files").fetchall()}
        docs = {r[0]: r[1:] for r in conn.execute(
            "SELECT source_file, status, encoding, warning, n_chars FROM core.documents"
        ).fetchall()}
    assert summary.new_documents == 3
    assert stored["通知.docx"] == ("ok", None) and docs["通知.docx"][:2] == ("ok", "docx")
    assert docs["修订.docx"][2] == ("tracked changes read as accepted (1 insertion(s), "
                                    "0 deletion(s))")
    assert stored["加密.docx"][0] == "failed"
    assert "password-protected or old-format Word file" in stored["加密.docx"][1]
    assert dict(summary.failed_files).keys() == {"加密.docx", "旧稿.doc", "table.xlsx"}
