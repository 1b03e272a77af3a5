"""End to end: PDF files in the source folder, through `pipelines run` into a real DuckDB file:
a printed report is read with its metrics quoting the stored text, a report with a scanned page
is read with a warning naming the page, and a scan and a password-protected file are recorded
as unusable with what to do."""

import duckdb

from tests.domain.test_pdffiles import REPORT, _printed
from tests.support.pdffiles import pdf


def test_pdf_files_through_the_pipeline(cli_run, capsys):
    from pipelines import cli

    source, warehouse, args = cli_run
    (source / "政府工作报告.pdf").write_bytes(pdf(*_printed(REPORT), footer="- {n} -"))
    (source / "附表.PDF").write_bytes(pdf(["全市新建充电桩6万个，同比增长12.5%。"], None))
    (source / "扫描件.pdf").write_bytes(pdf(None, None))
    (source / "内部.pdf").write_bytes(pdf(["内部资料"], user_password="secret"))

    assert cli.main(args) == 3  # completed, some files unusable
    err = capsys.readouterr().err
    assert "扫描件.pdf" in err and "内部.pdf" in err
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        files = {r[0]: r[1:] for r in conn.execute(
            "SELECT source_file, status, error FROM marts.source_files").fetchall()}
        assert files["政府工作报告.pdf"] == ("ok", None) and files["附表.PDF"] == ("ok", None)
        assert files["扫描件.pdf"][0] == "failed" and "run OCR" in files["扫描件.pdf"][1]
        assert "password-protected PDF" in files["内部.pdf"][1]
        docs = {r[0]: r[1:] for r in conn.execute(
            "SELECT source_file, doc_id, encoding, warning, n_metrics FROM marts.documents "
            "WHERE status = 'ok'").fetchall()}
        doc_id, encoding, warning, n_metrics = docs["政府工作报告.pdf"]
        assert (encoding, warning, n_metrics) == ("pdf", None, 8)
        assert docs["附表.PDF"][2] == "1 page of 2 without text (images?): page 2 not read"
        raw = conn.execute("SELECT raw_text FROM core.documents WHERE doc_id = ?",
                           [doc_id]).fetchone()[0]
        metrics = conn.execute("SELECT quote, char_start, char_end, kind FROM marts.metrics "
                               "WHERE doc_id = ?", [doc_id]).fetchall()
    assert all(raw[a:b] == quote for quote, a, b, _ in metrics)
    assert sorted(k for *_, k in metrics).count("target") == 3
