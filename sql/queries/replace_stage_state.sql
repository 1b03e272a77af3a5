-- A batch's stage bookkeeping (frame `stage_rows`: doc_id, stage, version, n_rows with -1 for a
-- failed document) at time $1; replaces the rows of those (document, stage) pairs.
-- finished_at is kept after the last publication's time even if the clock was set back since:
-- core.unverified_documents (what the checks look at) compares the two.
INSERT OR REPLACE INTO core.stage_state (doc_id, stage, version, n_rows, finished_at)
SELECT doc_id, stage, version, n_rows,
       greatest($1::TIMESTAMP, coalesce(
           (SELECT built_at + INTERVAL 1 MICROSECOND FROM core.corpus_state
            WHERE product = 'published'), $1::TIMESTAMP))
FROM stage_rows;
