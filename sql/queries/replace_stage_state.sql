-- A batch's stage bookkeeping (frame `stage_rows`: doc_id, stage, version, n_rows with -1 for a
-- failed document) at time $1; replaces the rows of those (document, stage) pairs.
-- finished_at is kept after the last publication's time even if the clock was set back since:
-- core.unverified_documents (what the checks look at) compares the two.
-- MERGE rather than INSERT OR REPLACE: the same statement runs on DuckLake, which has no keys.
MERGE INTO core.stage_state
USING (
    SELECT doc_id, stage, version, n_rows,
           greatest($1::TIMESTAMP, coalesce(
               (SELECT built_at + INTERVAL 1 MICROSECOND FROM core.corpus_state
                WHERE product = 'published'), $1::TIMESTAMP)) AS finished_at
    FROM stage_rows
) AS n USING (doc_id, stage)
WHEN MATCHED THEN UPDATE SET version = n.version, n_rows = n.n_rows, finished_at = n.finished_at
WHEN NOT MATCHED THEN INSERT BY NAME;
