"""The asset graph: source documents -> sentences -> tokens -> metrics / themes / terms ->
keywords -> published marts. Each asset is a thin call into the warehouse/domain code."""


import shutil
from contextlib import suppress

import dagster as dg

from pipelines.domain import decoding
from pipelines.orchestration.checks import (
    FILES_READ_SPEC,
    check_results,
    check_specs,
    files_read_result,
)
from pipelines.orchestration.resources import SourceFolderResource, WarehouseResource
from pipelines.sources import SourceError, folder_fingerprint
from pipelines.warehouse import stages
from pipelines.warehouse.ingest import ingest
from pipelines.warehouse.marts import (
    build_keywords,
    build_model,
    keyword_counts_version,
    marts_row_counts,
    model_version,
)
from pipelines.warehouse.quality import source_files

GROUP = "policy_texts"
# Tags of a run whose source folder was refused (a folder that holds none of the warehouse's
# files, or would remove most of its documents): the folder's fingerprint and whether removals
# were allowed. The sensor asks for no further run until either changes.
REFUSED_FOLDER_TAG = "pipelines/refused_folder"
REFUSED_ALLOWING_TAG = "pipelines/refused_allowing_removals"
# Code versions, so that the UI shows an asset whose logic (or word lists) changed since it was
# materialized: the reader's version, each stage's effective version (its own and its
# upstream's, with the hash of the data files it reads), the keyword counts' and the model's.
STAGE_VERSIONS = {stage.name: stage.version for stage in stages.pipeline_stages()}


@dg.asset(group_name=GROUP, kinds={"duckdb"}, code_version=decoding.DECODER,
          check_specs=[*check_specs("source_documents"), FILES_READ_SPEC])
def source_documents(
    context: dg.AssetExecutionContext, source: SourceFolderResource, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    """Files of the source folder as documents (content-addressed), with load errors recorded."""
    store = warehouse.store()
    left = store.left_behind()
    with store.writer() as conn:  # (ingest commits as it goes)
        if left is not None and (left[1] or not store.is_published(conn)):
            context.log.info(f"resuming the work of an interrupted run from {left[0]} (what "
                             f"it wrote to {store.unpublished_name} was not published: the "
                             "run was killed or failed); finished work is kept, the rest is "
                             "redone")
            if left[1]:  # its batches' rows, never committed (said once: the lock keeps
                shutil.rmtree(store.spool_path, ignore_errors=True)  # other runs out)
        try:
            summary = ingest(conn, source.path, allow_removals=source.allow_removals)
        except SourceError:
            with suppress(SourceError):  # a folder gone since is asked about by the sensor
                context.instance.add_run_tags(context.run.run_id, {
                    REFUSED_FOLDER_TAG: folder_fingerprint(source.path),
                    REFUSED_ALLOWING_TAG: str(source.allow_removals)})
            raise
    with store.writer() as conn:
        checks = check_results(conn, "source_documents", store.is_published(conn))
        checks.append(files_read_result(conn))
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


# The document stages, as assets: asset key -> (stage name, what it holds).
DOCUMENT_ASSETS = {
    "sentences": ("clean", "Cleaned text: typed blocks (body, headings, furniture) and sentences "
                  "with raw offsets.", "source_documents"),
    "tokens": ("tokens", "Words with part of speech per sentence (rjieba + the domain "
               "dictionary).", "sentences"),
    "metrics": ("metrics", "Dated metrics: value, unit, indicator, kind, qualifier, period and "
                "the raw quote.", "sentences"),
    "themes": ("themes", "Theme evidence per sentence, themes per sentence (heading fallback) "
               "and per document.", "tokens"),
    "policy_terms": ("policy_terms", "Quoted slogans and numbered policy terms (五个聚焦) "
                     "counted per document.", "sentences"),
}


@dg.multi_asset(
    specs=[dg.AssetSpec(key, deps=[upstream], description=text, group_name=GROUP,
                        kinds={"duckdb"}, skippable=True, code_version=STAGE_VERSIONS[stage])
           for key, (stage, text, upstream) in DOCUMENT_ASSETS.items()],
    check_specs=[spec for key in DOCUMENT_ASSETS for spec in check_specs(key)],
    can_subset=True,
)
def document_stages(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Every document stage in one pass per batch of documents (the stages a document needs run
    back to back in one worker), each stage reported as its own asset."""
    selected = {key.to_user_string() for key in context.selected_asset_keys}
    wanted = {DOCUMENT_ASSETS[key][0] for key in selected}
    run = [stage for stage in stages.pipeline_stages() if stage.name in wanted]
    store = warehouse.store()
    summaries = stages.run_stages(store, run, workers=warehouse.workers,
                                  batch_chars=warehouse.batch_chars, log=context.log.info)
    with store.writer() as conn:
        published = store.is_published(conn)
        checks = {key: check_results(conn, key, published) for key in selected}
    for key, (stage_name, _text, _up) in DOCUMENT_ASSETS.items():
        if key not in selected:
            continue
        summary = summaries[stage_name]
        if summary.failed:
            context.log.warning(f"{key}: {summary.failed} document(s) failed; see "
                                "marts.documents (status, error)")
        version = next(s.version for s in run if s.name == stage_name)
        yield dg.MaterializeResult(asset_key=key, check_results=checks[key],
                                   metadata={**summary.as_metadata(), "version": version})


@dg.asset(group_name=GROUP, kinds={"duckdb"}, deps=["tokens"],
          code_version=keyword_counts_version(), check_specs=check_specs("keywords"))
def keywords(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """TF-IDF keywords of every document over the whole corpus (rebuilt when documents change)."""
    store = warehouse.store()
    with store.writer() as conn:
        rebuilt, n_rows = build_keywords(conn)
        checks = check_results(conn, "keywords", store.is_published(conn))
    context.log.info("keywords rebuilt" if rebuilt else "keywords up to date")
    return dg.MaterializeResult(metadata={"rebuilt": rebuilt, "rows": n_rows},
                                check_results=checks)


@dg.asset(group_name=GROUP, kinds={"duckdb"}, code_version=model_version(),
          deps=["metrics", "themes", "policy_terms", keywords])
def marts(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """The `marts` views, published atomically to the file BI tools read."""
    store = warehouse.store()
    with store.writer() as conn:
        pending = stages.plan_documents(conn, stages.pipeline_stages())
        if pending:  # marts materialized on its own, after new documents: never publish them
            # without their sentences, metrics... and the checks of those steps
            raise dg.Failure(
                f"{len(pending)} document(s) have not been through every document stage of "
                f"this version ({_source_files(conn, pending)}); nothing was published. "
                "Materialize the whole job (full_pipeline), or the upstream assets with marts.")
        rebuilt = build_model(conn)
        counts = marts_row_counts(conn)
    context.log.info("model tables rebuilt" if rebuilt else "model tables up to date")
    published = store.publish()
    context.log.info(f"published {store}" if published else "warehouse already current")
    return dg.MaterializeResult(metadata={**counts, "published": published,
                                          "path": dg.MetadataValue.path(str(store))})


def _source_files(conn, doc_ids, shown: int = 3) -> str:
    """The files of some of ``doc_ids`` for a message: 'a.txt, b.txt and 4 more'."""
    files = sorted(file or doc_id for doc_id, file in source_files(conn, doc_ids).items())
    more = len(files) - shown
    return ", ".join(files[:shown]) + (f" and {more} more" if more > 0 else "")


ALL_ASSETS = [source_documents, document_stages, keywords, marts]
