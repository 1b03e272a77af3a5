"""Data-quality checks: one per file in ``sql/checks``, each counting the rows that are wrong.

Checks are blocking: a failure stops the run before ``marts`` publishes, so readers keep the last
good warehouse.
"""


from pathlib import Path

import dagster as dg

from pipelines.orchestration import assets
from pipelines.orchestration.resources import WarehouseResource
from pipelines.warehouse.quality import quote_mismatches
from pipelines.warehouse.sqlfiles import check_files

# Which asset each check guards.
CHECKED_ASSET = {
    "documents_unique": assets.source_documents,
    "sentences_offsets_valid": assets.sentences,
    "tokens_not_orphan": assets.tokens,
    "metrics_sentences_exist": assets.metrics,
    "metrics_values_finite": assets.metrics,
    "themes_not_orphan": assets.themes,
}


def _check(sql_file: Path) -> dg.AssetChecksDefinition:
    name = sql_file.stem
    description = sql_file.read_text(encoding="utf-8").splitlines()[0].lstrip("- ")

    @dg.asset_check(asset=CHECKED_ASSET[name], name=name, description=description, blocking=True)
    def _run(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        with warehouse.store().writer() as conn:
            bad = conn.execute(sql_file.read_text(encoding="utf-8")).fetchone()[0]
        return dg.AssetCheckResult(passed=bad == 0, metadata={"bad_rows": bad})

    return _run


@dg.asset_check(asset=assets.metrics, blocking=True,
                description="Metrics whose quote is not the raw text at their offsets.")
def metrics_quotes_exact(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.store().writer() as conn:
        bad = quote_mismatches(conn)
    return dg.AssetCheckResult(passed=bad == 0, metadata={"bad_rows": bad})


ALL_CHECKS = [*(_check(f) for f in check_files()), metrics_quotes_exact]
