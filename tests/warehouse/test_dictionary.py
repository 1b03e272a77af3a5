"""The data dictionary: every marts view and column (and model table and column) carries a
comment, the generated markdown lists them all, and docs/data_dictionary.md is not stale."""

from pathlib import Path

import pytest

from pipelines.warehouse import Warehouse
from pipelines.warehouse.dictionary import (
    catalog,
    data_dictionary_markdown,
    missing_comments,
    write_data_dictionary,
)
from pipelines.warehouse.marts import MART_VIEWS

DOC = Path(__file__).resolve().parents[2] / "docs" / "data_dictionary.md"


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    """A fresh warehouse: schema, views and comments are applied on open, no rows needed."""
    path = tmp_path_factory.mktemp("dictionary") / "w.duckdb"
    with Warehouse(path).writer() as connection:
        yield connection


def test_every_marts_view_and_column_has_a_comment(conn):
    views = {r.name for r in catalog(conn, ("marts",)) if r.kind == "view"}
    assert set(MART_VIEWS) <= views  # the contract views are really there
    assert missing_comments(conn, ("marts",)) == []


def test_every_model_table_and_column_has_a_comment(conn):
    tables = {r.name for r in catalog(conn, ("model",)) if r.kind == "table"}
    assert {"dim_document", "dim_date", "fact_metric"} <= tables
    assert missing_comments(conn, ("model",)) == []


def test_comments_are_bilingual(conn):
    for rel in catalog(conn):
        for text in [rel.comment] + [c.comment for c in rel.columns]:
            assert text and " / " in text, (rel.qualified_name, text)
            zh = text.split(" / ", 1)[0]
            assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), text


def test_missing_comment_is_reported(conn):
    conn.execute("CREATE SCHEMA IF NOT EXISTS scratch")
    conn.execute("CREATE OR REPLACE VIEW scratch.v AS SELECT 1 AS a, 2 AS b")
    conn.execute("COMMENT ON VIEW scratch.v IS '试验 / Test view'")
    conn.execute("COMMENT ON COLUMN scratch.v.a IS '甲 / A'")
    try:
        assert missing_comments(conn, ("scratch",)) == ["scratch.v.b"]
        conn.execute("CREATE OR REPLACE VIEW scratch.v AS SELECT 1 AS a")  # drops comments
        assert missing_comments(conn, ("scratch",)) == ["scratch.v", "scratch.v.a"]
    finally:
        conn.execute("DROP SCHEMA scratch CASCADE")


def test_markdown_lists_every_view_column_and_comment(conn):
    text = data_dictionary_markdown(conn)
    for rel in catalog(conn):
        assert f"### {rel.qualified_name}\n" in text
        for col in rel.columns:
            assert f"| `{col.name}` | `{col.data_type}` |" in text
    for view in MART_VIEWS:
        assert f"### marts.{view}\n" in text
    # a comment survives into the document, with markdown-unsafe characters escaped
    assert "raw[char_start:char_end] == quote" in text
    assert "metrics-7+seg-1@3f0c…\\|clean-4@9a1b…" in text
    assert "<doc_id>" not in text and "&lt;doc_id&gt;" in text
    assert "### core." not in text  # the internal schema is not documented


def test_write_data_dictionary(conn, tmp_path):
    out = write_data_dictionary(conn, tmp_path / "sub" / "dd.md")
    assert out.read_text(encoding="utf-8") == data_dictionary_markdown(conn)


def test_committed_data_dictionary_is_up_to_date(conn):
    """docs/data_dictionary.md must equal what the generator gives for the current sql/."""
    assert DOC.exists(), "run: .venv/bin/python -m pipelines.warehouse.dictionary " \
                         "docs/data_dictionary.md"
    assert DOC.read_text(encoding="utf-8") == data_dictionary_markdown(conn), (
        "docs/data_dictionary.md is stale; regenerate it with "
        "`.venv/bin/python -m pipelines.warehouse.dictionary docs/data_dictionary.md`")


def test_read_only_serving_file_gives_the_same_document(tmp_path):
    wh = Warehouse(tmp_path / "w.duckdb")
    with wh.transaction() as writer:
        writer.execute("UPDATE core.meta SET generation = generation + 1")
    assert wh.publish()
    with wh.reader() as reader, wh.writer() as working:
        assert data_dictionary_markdown(reader) == data_dictionary_markdown(working)
