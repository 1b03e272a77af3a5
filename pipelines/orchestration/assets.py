"""The asset graph: source documents -> sentences -> tokens -> metrics / themes / terms ->
keywords -> published marts. Each asset is a thin call into the warehouse/domain code."""


import dagster as dg

from pipelines.domain import batches
from pipelines.orchestration.checks import check_results, check_specs
from pipelines.orchestration.resources import SourceFolderResource, WarehouseResource
from pipelines.warehouse import stages
from pipelines.warehouse.ingest import ingest
from pipelines.warehouse.marts import build_keywords, build_model, marts_row_counts

GROUP = "policy_texts"


@dg.asset(group_name=GROUP, kinds={"duckdb"},
          check_specs=check_specs("source_documents"))
def source_documents(
    context: dg.AssetExecutionContext, source: SourceFolderResource, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    """Files of the source folder as documents (content-addressed), with load errors recorded."""
    with warehouse.store().transaction() as conn:
        summary = ingest(conn, source.path)
    with warehouse.store().writer() as conn:
        checks = check_results(conn, "source_documents")
    for file, error in summary.failed_files:
        context.log.warning(f"{file}: {error}")
    for problem in summary.manifest_problems:
        context.log.warning(problem)
    return dg.MaterializeResult(metadata={
        "files_seen": summary.files_seen,
        "files_read": summary.files_read,
        "new_documents": summary.new_documents,
        "removed_files": summary.removed_files,
        "failed_files": dg.MetadataValue.json([{"file": f, "error": e}
                                               for f, e in summary.failed_files]),
        "manifest_problems": dg.MetadataValue.json(summary.manifest_problems),
    }, check_results=checks)


def _run(context: dg.AssetExecutionContext, warehouse: WarehouseResource, stage: stages.Stage,
         load, compute, after_write=None) -> dg.MaterializeResult:
    store = warehouse.store()
    summary = stages.run_stage(
        store, stage, load, compute, after_write=after_write,
        workers=warehouse.workers, batch_chars=warehouse.batch_chars, log=context.log.info,
    )
    with store.writer() as conn:
        checks = check_results(conn, context.asset_key.to_user_string())
    if summary.failed:
        context.log.warning(f"{stage.name}: {summary.failed} document(s) failed; see "
                            "marts.documents (status, error)")
    return dg.MaterializeResult(metadata={**summary.as_metadata(), "version": stage.version},
                                check_results=checks)


@dg.asset(group_name=GROUP, kinds={"duckdb"}, deps=[source_documents],
          check_specs=check_specs("sentences"))
def sentences(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Cleaned text: typed blocks (body, headings, furniture) and sentences with raw offsets."""
    return _run(context, warehouse, stages.CLEAN, stages.load_raw, batches.clean_batch,
                stages.apply_doc_info)


@dg.asset(group_name=GROUP, kinds={"duckdb"}, deps=[sentences],
          check_specs=check_specs("tokens"))
def tokens(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Words with part of speech per sentence (rjieba + the domain dictionary)."""
    return _run(context, warehouse, stages.TOKENS, stages.load_sentences, batches.tokenize_batch)


@dg.asset(group_name=GROUP, kinds={"duckdb"}, deps=[sentences],
          check_specs=check_specs("metrics"))
def metrics(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Dated metrics: value, unit, indicator, kind, qualifier, period and the raw quote."""
    return _run(context, warehouse, stages.METRICS, stages.load_for_metrics,
                batches.metrics_batch)


@dg.asset(group_name=GROUP, kinds={"duckdb"}, deps=[tokens],
          check_specs=check_specs("themes"))
def themes(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Theme evidence per sentence, themes per sentence (heading fallback) and per document."""
    return _run(context, warehouse, stages.THEMES, stages.load_for_themes, batches.themes_batch)


@dg.asset(group_name=GROUP, kinds={"duckdb"}, deps=[sentences])
def policy_terms(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Quoted slogans and numbered policy terms (五个聚焦) counted per document."""
    return _run(context, warehouse, stages.POLICY_TERMS, stages.load_sentences,
                batches.policy_terms_batch)


@dg.asset(group_name=GROUP, kinds={"duckdb"}, deps=[tokens])
def keywords(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """TF-IDF keywords of every document over the whole corpus (rebuilt when documents change)."""
    with warehouse.store().writer() as conn:
        rebuilt, n_rows = build_keywords(conn)
    context.log.info("keywords rebuilt" if rebuilt else "keywords up to date")
    return dg.MaterializeResult(metadata={"rebuilt": rebuilt, "rows": n_rows})


@dg.asset(group_name=GROUP, kinds={"duckdb"},
          deps=[metrics, themes, policy_terms, keywords])
def marts(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """The `marts` views, published atomically to the file BI tools read."""
    store = warehouse.store()
    with store.writer() as conn:
        rebuilt = build_model(conn)
        counts = marts_row_counts(conn)
    context.log.info("model tables rebuilt" if rebuilt else "model tables up to date")
    published = store.publish()
    context.log.info(f"published {store.path}" if published else "warehouse already current")
    return dg.MaterializeResult(metadata={**counts, "published": published,
                                          "path": dg.MetadataValue.path(str(store.path))})


ALL_ASSETS = [source_documents, sentences, tokens, metrics, themes, policy_terms, keywords, marts]
