"""BI access as documented in docs/connecting.md: SQLAlchemy + duckdb-engine, read-only, on a
serving warehouse built from the seeds by the real pipeline; every marts view and every ```sql
example of the README and the connection guide must run."""

import re
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from pipelines.warehouse import Warehouse
from pipelines.warehouse.marts import MART_VIEWS
from pipelines.warehouse.store import bump_generation
from tests.support.runs import built

PROJECT = Path(__file__).resolve().parents[2]
DOCS_WITH_QUERIES = (PROJECT / "README.md", PROJECT / "docs" / "connecting.md")
SQL_BLOCK = re.compile(r"^```sql\n(.*?)^```", re.DOTALL | re.MULTILINE)


def _example_queries() -> list[tuple[str, str]]:
    """(id, query) for every ```sql block of the documents; one statement per block."""
    found = []
    for doc in DOCS_WITH_QUERIES:
        if doc.exists():
            for i, block in enumerate(SQL_BLOCK.findall(doc.read_text(encoding="utf-8")), 1):
                found.append((f"{doc.name}#{i}", block.strip().rstrip(";")))
    return found


EXAMPLES = _example_queries()


def _engine(path: Path, **kwargs) -> sa.Engine:
    """The engine as docs/connecting.md configures it."""
    return sa.create_engine(f"duckdb:///{path}", connect_args={"read_only": True}, **kwargs)


@pytest.fixture(scope="module")
def serving(tmp_path_factory) -> Path:
    """The serving file of a real pipeline run on a copy of the seeds (built once)."""
    root = tmp_path_factory.mktemp("bi")
    source = root / "source"
    shutil.copytree(PROJECT / "seeds", source)
    # five small files: worker processes cost more
    warehouse = built(source, root / "wh" / "warehouse.duckdb", workers=1)
    assert warehouse.is_absolute() and warehouse.exists()
    return warehouse


@pytest.fixture(scope="module")
def engine(serving):
    eng = _engine(serving, poolclass=NullPool)
    yield eng
    eng.dispose()


def test_connection_is_read_only(engine):
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT current_setting('access_mode')")).scalar() \
            == "read_only"
        with pytest.raises(sa.exc.DBAPIError, match="read-only"):
            conn.execute(sa.text("CREATE TABLE marts.scratch AS SELECT 1 AS x"))


def test_url_access_mode_is_an_alternative(serving):
    eng = sa.create_engine(f"duckdb:///{serving}?access_mode=read_only", poolclass=NullPool)
    with eng.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM marts.documents")).scalar() == 5
    eng.dispose()


def test_listing_views_works(engine):
    assert set(MART_VIEWS) <= set(sa.inspect(engine).get_view_names(schema="marts"))


@pytest.mark.parametrize("view", MART_VIEWS)
def test_every_marts_view_is_queryable(engine, view):
    with engine.connect() as conn:
        expected = [r[0] for r in conn.execute(sa.text(
            "SELECT column_name FROM duckdb_columns() "
            "WHERE schema_name = 'marts' AND table_name = :v ORDER BY column_index"), {"v": view})]
        result = conn.execute(sa.text(f"SELECT * FROM marts.{view}"))
        rows = result.all()
    assert list(result.keys()) == expected
    assert rows, f"marts.{view} is empty on the seeds"


def test_catalog_comments_are_visible_to_bi_tools(engine):
    with engine.connect() as conn:
        missing = conn.execute(sa.text(
            "SELECT table_name || '.' || column_name FROM duckdb_columns() "
            "WHERE schema_name = 'marts' AND comment IS NULL")).scalars().all()
        views = conn.execute(sa.text(
            "SELECT view_name, comment FROM duckdb_views() WHERE schema_name = 'marts'")).all()
    assert missing == []
    assert {v for v, _ in views} >= set(MART_VIEWS)
    assert all(c and " / " in c for _, c in views)


def test_the_guide_has_example_queries():
    ids = [i for i, _ in EXAMPLES]
    assert sum(i.startswith("connecting.md") for i in ids) >= 5
    for view in ("indicator_timeseries", "targets_vs_actuals", "theme_trends"):
        assert any(f"marts.{view}" in q for _, q in EXAMPLES), view


@pytest.mark.parametrize("query", [q for _, q in EXAMPLES], ids=[i for i, _ in EXAMPLES])
def test_documented_example_query_runs(engine, query):
    assert ";" not in query.rstrip(";"), "one statement per ```sql block"
    with engine.connect() as conn:
        result = conn.execute(sa.text(query))
        rows = result.all()
    assert result.keys()
    if "indicator_key = '" not in query:  # queries for one named indicator may be empty
        assert rows, "example query returns nothing on the seeds"


def test_open_connection_keeps_its_version_until_reconnect(serving, tmp_path):
    """A run publishing a new warehouse neither waits for nor disturbs an open reader."""
    copy = tmp_path / "warehouse.duckdb"
    shutil.copyfile(serving, copy)
    eng = _engine(copy, poolclass=NullPool)
    count = "SELECT count(*) FROM marts.keywords"
    with eng.connect() as old:
        before = old.execute(sa.text(count)).scalar()
        wh = Warehouse(copy, lock_timeout=5)
        with wh.transaction() as writer:
            writer.execute("DELETE FROM core.keywords WHERE rank > 1")
            bump_generation(writer)
        assert wh.publish() is True
        assert old.execute(sa.text(count)).scalar() == before
        # DuckDB shares one database per file among a process's open connections: while `old`
        # is open, a new connection still reads the version `old` opened.
        with eng.connect() as same_process:
            assert same_process.execute(sa.text(count)).scalar() == before
    with eng.connect() as fresh:  # every connection closed: the next one opens the new file
        assert fresh.execute(sa.text(count)).scalar() < before
    eng.dispose()
