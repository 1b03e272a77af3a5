-- A batch's stage bookkeeping (frame `stage_rows`: doc_id, stage, version, n_rows with -1 for a
-- failed document) at time $1; replaces the rows of those (document, stage) pairs.
INSERT OR REPLACE INTO core.stage_state (doc_id, stage, version, n_rows, finished_at)
SELECT doc_id, stage, version, n_rows, $1 FROM stage_rows;
