-- Bookkeeping of the corpus-level products, so that a run pays for the documents that changed
-- rather than for the whole corpus (pipelines/warehouse/marts.py).

-- The state of each document the model tables were last built from: a hash of its
-- core.documents row and of its core.stage_state rows (a stage rewriting a document's rows
-- always rewrites its stage_state row). A document whose signature differs, or that is gone, is
-- deleted from and re-inserted into the per-document model tables.
CREATE TABLE IF NOT EXISTS core.model_documents (
    doc_id     VARCHAR PRIMARY KEY,
    signature  VARCHAR NOT NULL
);

-- Keyword candidates counted per document (content words only, after the POS, stopword and
-- stoplist filters of pipelines/domain/keywords.py), maintained for changed documents only:
-- TF-IDF over the corpus is then computed from these counts instead of every token.
-- One row per (doc_id, word); no declared key: millions of rows, and index upkeep would cost
-- more than the counting it saves.
CREATE TABLE IF NOT EXISTS core.term_counts (
    doc_id  VARCHAR NOT NULL,
    word    VARCHAR NOT NULL,
    count   BIGINT NOT NULL
);

-- Which documents core.term_counts holds, at which tokens state (version, rows, time), and how
-- many tokens each has (a document with tokens counts in the IDF's N even without candidates).
CREATE TABLE IF NOT EXISTS core.term_documents (
    doc_id     VARCHAR PRIMARY KEY,
    signature  VARCHAR NOT NULL,
    n_tokens   BIGINT NOT NULL
);

-- Documents whose rows were written since the warehouse was last published: the scope of the
-- asset checks (sql/checks), so that a run checks what it wrote rather than the whole corpus.
-- A publication follows passing blocking checks, so what was published had been checked; a run
-- whose checks fail publishes nothing and its documents stay here for the next run to check
-- again. Before the first publication: every document with stage rows.
CREATE OR REPLACE VIEW core.unverified_documents AS
SELECT DISTINCT doc_id
FROM core.stage_state
WHERE finished_at > coalesce(
    (SELECT built_at FROM core.corpus_state WHERE product = 'published'), '-infinity'::TIMESTAMP);
