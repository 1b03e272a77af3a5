"""Data-quality checks, evaluated inside the asset they guard (no extra run steps).

SQL checks are the files in ``sql/checks`` (each counts the rows that are wrong); the quote check
is Python (see pipelines/warehouse/quality.py). All are blocking: a failure stops the run before
``marts`` publishes, so readers keep the last good warehouse. Per-document rows are checked for
the documents written since the last publication (``core.unverified_documents``): what was
published had passed, so a run pays for what it wrote, not for the whole corpus.
"""

from collections.abc import Callable

import dagster as dg
import duckdb

from pipelines.warehouse.quality import quote_mismatches, source_files
from pipelines.warehouse.sqlfiles import check_files, query

# Checks per asset: SQL checks by file name, Python checks by their function.
CHECKS: dict[str, tuple[str, ...]] = {
    "source_documents": ("documents_unique",),
    "sentences": ("sentences_offsets_valid", "sentences_keys_unique"),
    "tokens": ("tokens_not_orphan",),
    "metrics": ("metrics_sentences_exist", "metrics_values_finite", "metrics_quotes_exact",
                "metrics_ids_unique"),
    "themes": ("themes_not_orphan", "themes_keys_unique"),
    "policy_terms": ("policy_terms_unique",),
    "keywords": ("keywords_unique",),
}
# A check returns the number of wrong rows and the documents they belong to.
PYTHON_CHECKS: dict[str, tuple[str, Callable[[duckdb.DuckDBPyConnection],
                                             tuple[int, list[str]]]]] = {
    "metrics_quotes_exact": ("Metrics whose quote is not the raw text at their offsets.",
                             quote_mismatches),
}
SQL_CHECKS = {f.stem: f.read_text(encoding="utf-8") for f in check_files()}


def _description(name: str) -> str:
    if name in PYTHON_CHECKS:
        return PYTHON_CHECKS[name][0]
    return SQL_CHECKS[name].splitlines()[0].lstrip("- ")


def check_specs(asset: str) -> list[dg.AssetCheckSpec]:
    return [dg.AssetCheckSpec(name, asset=asset, blocking=True, description=_description(name))
            for name in CHECKS.get(asset, ())]


# Not blocking: a file that cannot be read must not keep the others from being published, but
# the run's status in Dagster should show it (as a warning), with each file and why.
FILES_READ = "source_files_read"
FILES_READ_SPEC = dg.AssetCheckSpec(
    FILES_READ, asset="source_documents", blocking=False,
    description="Every text file of the source folder was read; those that were not are listed "
                "with the reason (empty, binary, not UTF-8/GBK/Big5, a PDF, a link...).")


def files_read_result(conn: duckdb.DuckDBPyConnection) -> dg.AssetCheckResult:
    """The files of the folder that could not be used, as a warning check result."""
    failed = conn.execute(query("failed_files")).fetchall()
    return dg.AssetCheckResult(
        asset_key="source_documents", check_name=FILES_READ, passed=not failed,
        severity=dg.AssetCheckSeverity.WARN,
        description=(f"{len(failed)} file(s) could not be used: "
                     + "; ".join(f"{f}: {e}" for f, e in failed[:5])
                     + (" ..." if len(failed) > 5 else "")) if failed else None,
        metadata={"failed_files": len(failed),
                  "files": dg.MetadataValue.json([{"file": f, "error": e} for f, e in failed])})


def check_results(conn: duckdb.DuckDBPyConnection, asset: str,
                  published: bool = False) -> list[dg.AssetCheckResult]:
    """Evaluate the asset's checks; if the warehouse is ``published`` unchanged (it passed them
    all before it was published), say so instead of scanning it again."""
    if published:
        return [dg.AssetCheckResult(asset_key=asset, check_name=name, passed=True, metadata={
            "evaluated": False, "why": "warehouse unchanged since its last publication"})
            for name in CHECKS.get(asset, ())]
    results = []
    checked = conn.execute("SELECT count(*) FROM core.documents" if asset == "source_documents"
                           else "SELECT count(*) FROM core.unverified_documents").fetchone()[0]
    for name in CHECKS.get(asset, ()):
        if name in PYTHON_CHECKS:
            bad, docs = PYTHON_CHECKS[name][1](conn)
        else:
            bad, docs = conn.execute(SQL_CHECKS[name]).fetchone()
        metadata = {"bad_rows": bad, "documents_checked": checked}
        if bad:  # which documents (and files) to look at
            metadata["documents"] = dg.MetadataValue.json(_documents(conn, docs or []))
        results.append(dg.AssetCheckResult(asset_key=asset, check_name=name, passed=bad == 0,
                                           metadata=metadata))
    return results


def _documents(conn: duckdb.DuckDBPyConnection, doc_ids: list[str], limit: int = 20
               ) -> list[dict[str, str | None]]:
    """The first ``limit`` of ``doc_ids`` with their source files."""
    files = source_files(conn, doc_ids[:limit])
    return [{"doc_id": d, "source_file": files.get(d)} for d in doc_ids[:limit]]
