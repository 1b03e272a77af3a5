"""A fixture corpus of tests/fixtures built through the real pipeline, and its rows."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest

from tests.support.runs import built

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def build_fixture(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    """The warehouse a run of the real pipeline makes of ``tests/fixtures/<name>``."""
    root = tmp_path_factory.mktemp(name)
    source = root / "source"
    shutil.copytree(FIXTURES / name, source)
    return built(source, root / "wh" / "warehouse.duckdb")


def rows(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        return conn.execute(sql, params or []).fetchall()


def judged_targets(warehouse: Path, period: tuple[date, date], place: str | None = None
                   ) -> list[tuple]:
    """The latest statement of each target of ``period`` (of ``place``, or any), as an analyst
    reads its scorecard: (indicator_key, unit, value, where it was stated, its last progress (a
    partial result) and where, its result to chart and where, met), by indicator key."""
    return rows(warehouse, """
        WITH progress AS (
            SELECT target_metric_id, arg_max(actual_value, actual_period_end) AS value,
                   arg_max(actual_doc_id, actual_period_end) AS doc_id
            FROM marts.targets_vs_actuals WHERE result_scope = 'partial' GROUP BY ALL
        ),
        result AS (
            SELECT target_metric_id, actual_value, actual_doc_id, target_met
            FROM marts.targets_vs_actuals WHERE latest_result
        )
        SELECT v.indicator_key, v.target_unit, v.target_value, t.source_file, p.value,
               pd.source_file, r.actual_value, rd.source_file, r.target_met
        FROM marts.targets_vs_actuals AS v
        JOIN marts.documents AS t ON t.doc_id = v.target_doc_id
        LEFT JOIN progress AS p USING (target_metric_id)
        LEFT JOIN marts.documents AS pd ON pd.doc_id = p.doc_id
        LEFT JOIN result AS r USING (target_metric_id)
        LEFT JOIN marts.documents AS rd ON rd.doc_id = r.actual_doc_id
        WHERE v.latest_target AND coalesce(v.place = ?, true)
          AND v.period_start = ? AND v.period_end = ?
        GROUP BY ALL ORDER BY v.indicator_key""", [place, *period])
