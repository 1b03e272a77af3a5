"""How fast every contract view answers: on the seeds warehouse, and on a synthetic warehouse of
one million metric rows (targets: < 100 ms and < 1 s per view on this machine).

    python -m benchmarks.bench_views [--rows 1000000] [--repeat 5]

The synthetic warehouse multiplies the seeds warehouse's rows in SQL: copy k gets new doc_ids,
publication dates and periods shifted by k // 1000 years, and indicator keys spread over 1,000
variants (as a large corpus has many indicators, each reported a few times per period, rather than
a few indicators reported ten thousand times). Each view is timed two ways: fully evaluated
(`count(*)` over it) and fully fetched to an Arrow table (what a BI extract does; `.arrow()`
alone returns a lazy reader in DuckDB 1.5, so every batch is read).

It also times the model maintenance (`build_model`) on the large warehouse: after adding 10
documents (copies of the seed documents under new ids), after a change that touches no document,
and from scratch.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import dagster as dg
import duckdb

from pipelines.orchestration import settings
from pipelines.warehouse import Warehouse
from pipelines.warehouse.marts import MART_VIEWS, build_model
from pipelines.warehouse.store import bump_generation

COPY_SQL = """  -- copies k of the seed documents (ids without '-')
INSERT INTO core.documents
SELECT d.* REPLACE (d.doc_id || '-' || k AS doc_id, d.source_file || '-' || k AS source_file,
                    d.published_on + INTERVAL (k // 1000) YEAR AS published_on)
FROM core.documents d, k WHERE NOT contains(d.doc_id, '-');
INSERT INTO core.sentences SELECT s.doc_id || '-' || k, s.* EXCLUDE (doc_id)
FROM core.sentences s, k WHERE NOT contains(s.doc_id, '-');
INSERT INTO core.metrics
SELECT m.* REPLACE (m.metric_id || '-' || k AS metric_id, m.doc_id || '-' || k AS doc_id,
                    m.indicator_key || '#' || (k % 1000) AS indicator_key,
                    m.period_start + INTERVAL (k // 1000) YEAR AS period_start,
                    m.period_end + INTERVAL (k // 1000) YEAR AS period_end)
FROM core.metrics m, k WHERE NOT contains(m.doc_id, '-');
INSERT INTO core.theme_hits SELECT h.doc_id || '-' || k, h.* EXCLUDE (doc_id)
FROM core.theme_hits h, k WHERE NOT contains(h.doc_id, '-');
INSERT INTO core.sentence_themes SELECT t.doc_id || '-' || k, t.* EXCLUDE (doc_id)
FROM core.sentence_themes t, k WHERE NOT contains(t.doc_id, '-');
INSERT INTO core.document_themes SELECT t.doc_id || '-' || k, t.* EXCLUDE (doc_id)
FROM core.document_themes t, k WHERE NOT contains(t.doc_id, '-');
INSERT INTO core.keywords SELECT t.doc_id || '-' || k, t.* EXCLUDE (doc_id)
FROM core.keywords t, k WHERE NOT contains(t.doc_id, '-');
"""


def build_seed_warehouse(path: Path) -> None:
    os.environ[settings.WAREHOUSE_ENV] = str(path)
    os.environ.setdefault(settings.SOURCE_ENV, str(settings.PROJECT_DIR / "seeds"))
    from pipelines.orchestration.runner import run_pipeline

    with dg.instance_for_test() as instance:
        outcome = run_pipeline(progress=None, instance=instance)
    if not outcome.success:
        raise SystemExit(f"seed build failed: {outcome.error}")


def add_copies(conn: duckdb.DuckDBPyConnection, first: int, last: int) -> None:
    """Copies first..last-1 of the seed documents (the documents without '-' in their id)."""
    conn.execute("BEGIN TRANSACTION")
    conn.execute("CREATE OR REPLACE TEMP TABLE k AS SELECT range AS k FROM range(?, ?)",
                 [first, last])
    conn.execute(COPY_SQL)
    bump_generation(conn)
    conn.execute("COMMIT")


def multiply(path: Path, rows: int) -> tuple[int, int]:
    """Copies of the seeds until ``rows`` metrics; (metrics, number of copies)."""
    wh = Warehouse(path, memory_limit="4GB")
    with wh.writer() as conn:
        n = conn.execute("SELECT count(*) FROM core.metrics").fetchone()[0]
        factor = max(1, -(-rows // n))
        add_copies(conn, 1, factor)
        build_model(conn)
        total = conn.execute("SELECT count(*) FROM core.metrics").fetchone()[0]
    wh.publish()
    return total, factor


def time_model(path: Path, factor: int) -> dict[str, float]:
    """Seconds of build_model on the large warehouse: +10 documents, nothing new, from scratch."""
    wh = Warehouse(path, memory_limit="4GB")
    out = {}
    with wh.writer() as conn:
        n_seed = conn.execute("SELECT count(*) FROM core.documents "
                              "WHERE NOT contains(doc_id, '-')").fetchone()[0]
        add_copies(conn, factor, factor + -(-10 // n_seed))
        start = time.perf_counter()
        build_model(conn)
        out["+10 documents"] = time.perf_counter() - start
        bump_generation(conn)
        start = time.perf_counter()
        build_model(conn)
        out["nothing new"] = time.perf_counter() - start
        start = time.perf_counter()
        build_model(conn, full=True)
        out["from scratch"] = time.perf_counter() - start
        out["documents"] = conn.execute("SELECT count(*) FROM core.documents").fetchone()[0]
    return out


def time_views(path: Path, repeat: int) -> dict[str, tuple[float, float]]:
    """Per view, median wall ms (evaluated, fetched), each on a fresh read-only connection."""
    out = {}
    for view in MART_VIEWS:
        evaluated, fetched = [], []
        for _ in range(repeat):
            with duckdb.connect(str(path), read_only=True) as conn:
                conn.execute("SET enable_progress_bar = false")
                start = time.perf_counter()
                conn.execute(f"SELECT count(*) FROM (SELECT * FROM marts.{view})").fetchall()
                evaluated.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                conn.execute(f"SELECT * FROM marts.{view}").arrow().read_all()
                fetched.append((time.perf_counter() - start) * 1000)
        out[view] = (statistics.median(evaluated), statistics.median(fetched))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds" / "warehouse.duckdb"
        build_seed_warehouse(seeds)
        small = time_views(seeds, args.repeat)
        big_path = Path(tmp) / "big" / "warehouse.duckdb"
        big_path.parent.mkdir()
        (big_path.parent / seeds.name).write_bytes(seeds.read_bytes())
        total, factor = multiply(big_path, args.rows)
        big = time_views(big_path, args.repeat)
        model = time_model(big_path, factor)
    print(f"median ms of {args.repeat}: evaluated (count over the view) / fetched (all rows)")
    print(f"{'view':28} {'seeds':>16} {f'{total:,} metrics':>22}")
    for view in MART_VIEWS:
        (se, sf), (be, bf) = small[view], big[view]
        print(f"marts.{view:22} {se:7.1f} /{sf:7.1f} {be:12.1f} /{bf:8.1f}")
    print(f"build_model on the large warehouse ({model.pop('documents'):,} documents), seconds:")
    for step, seconds in model.items():
        print(f"  {step:16} {seconds:6.2f}")


if __name__ == "__main__":
    main()
