-- A batch's stage bookkeeping: $1 doc ids, $2 stages, $3 versions, $4 row counts (-1: failed),
-- parallel lists; $5 the time. Replaces the rows of those (document, stage) pairs.
INSERT OR REPLACE INTO core.stage_state (doc_id, stage, version, n_rows, finished_at)
SELECT unnest($1::VARCHAR[]), unnest($2::VARCHAR[]), unnest($3::VARCHAR[]),
       unnest($4::INTEGER[]), $5;
