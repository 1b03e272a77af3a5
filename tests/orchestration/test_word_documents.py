"""End to end: a folder whose .docx the previous reader (decode-2) refused, run through
`pipelines run` into a real DuckDB file, then run again by the current reader: the document is
read, its metrics quote the text stored for it, and the refusal is gone."""

import duckdb

from tests.support.wordfiles import NOTICE_BODY, docx, para, run


def _previous_reader(monkeypatch):
    """The scan and reader as decode-2 had them: .docx among the unread formats."""
    from pipelines import sources
    from pipelines.domain import decoding

    def is_text_document(name):
        return name.lower().endswith(decoding.TEXT_SUFFIXES) and name != "README.md"

    def unread_reason(name):
        suffix = name.rsplit(".", 1)[-1].lower()
        return (f"a .{suffix} document: only text files (.txt, .md, .html) are read; save it "
                "as text to include it")

    monkeypatch.setattr(sources, "is_text_document", is_text_document)
    monkeypatch.setattr(sources, "UNREAD_DOCUMENT_SUFFIXES",
                        (*sources.UNREAD_DOCUMENT_SUFFIXES, ".docx"))
    monkeypatch.setattr(sources, "_unread_reason", unread_reason)
    monkeypatch.setattr(decoding, "DECODER", "decode-2")


def _files(warehouse):
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        return {r[0]: r[1:] for r in conn.execute(
            "SELECT source_file, status, error FROM marts.source_files").fetchall()}


def test_a_docx_refused_before_is_read_on_the_next_run(cli_run, monkeypatch, capsys):
    from pipelines import cli

    source, warehouse, args = cli_run
    (source / "简报.txt").write_text("本报讯 今年上半年，全市新建充电桩6万个，同比增长12.5%。\n",
                                     encoding="utf-8")
    (source / "通知.docx").write_bytes(docx(NOTICE_BODY))
    broken = docx(para(run("全年新增就业2万人。")))
    (source / "损坏.docx").write_bytes(broken[: len(broken) // 2])  # a download cut short

    with monkeypatch.context() as m:
        _previous_reader(m)
        assert cli.main(args) == 3  # completed, some files unusable
    files = _files(warehouse)
    assert files["通知.docx"][0] == "failed" and "save it as text" in files["通知.docx"][1]
    assert files["简报.txt"] == ("ok", None)

    capsys.readouterr()
    assert cli.main(args) == 3  # the current reader: 损坏.docx is still unusable
    err = capsys.readouterr().err
    assert "损坏.docx" in err and "通知.docx" not in err
    files = _files(warehouse)
    assert files["通知.docx"] == ("ok", None)
    assert files["损坏.docx"][0] == "failed" and "damaged .docx" in files["损坏.docx"][1]
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        doc_id, status, encoding, n_metrics, published_on, title = conn.execute(
            "SELECT doc_id, status, encoding, n_metrics, published_on, title "
            "FROM marts.documents WHERE source_file = '通知.docx'").fetchone()
        assert (status, encoding, str(published_on)) == ("ok", "docx", "2024-02-28")
        assert title == "某某市人民政府办公室关于印发《2024年全市经济工作要点》的通知"
        assert n_metrics >= 8
        assert conn.execute("SELECT count(*) FROM core.documents WHERE doc_id LIKE 'refused:%'"
                            ).fetchone()[0] == 0  # the refusal is gone
        metrics = conn.execute(
            "SELECT indicator, value, unit, quote, char_start, char_end FROM marts.metrics "
            "WHERE doc_id = ?", [doc_id]).fetchall()
        raw = conn.execute("SELECT raw_text FROM core.documents WHERE doc_id = ?",
                           [doc_id]).fetchone()[0]
        sentences = conn.execute("SELECT raw_start, raw_end, text, is_heading FROM core.sentences "
                                 "WHERE doc_id = ?", [doc_id]).fetchall()
    assert raw.startswith("某某市人民政府办公室关于印发《2024年全市经济工作要点》的通知\n")
    for _indicator, _value, _unit, quote, start, end in metrics:
        assert raw[start:end] == quote
    assert ("固定资产投资", 5800.0, "元") in {m[:3] for m in metrics}  # from the table
    assert sentences and all(0 <= s < e <= len(raw) for s, e, _, _ in sentences)
    headings = {text for _, _, text, is_heading in sentences if is_heading}
    assert {"一、主要目标", "二、重点任务"} <= headings, headings  # Word's numbering, rendered

    capsys.readouterr()
    assert cli.main(args) == 3  # still the failed file; nothing is read a third time
    assert "nothing new" in capsys.readouterr().out
