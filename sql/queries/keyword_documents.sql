-- Which documents' keyword candidate counts (core.term_counts) must be recounted: a document's
-- tokens state (version, rows, time) differs from the one counted, or it has no tokens state any
-- more (deleted). Fills temp tables keyword_signature, keyword_changed and keyword_removed.
CREATE OR REPLACE TEMP TABLE keyword_signature AS
SELECT doc_id, concat_ws(':', version, n_rows, finished_at) AS signature
FROM core.stage_state
WHERE stage = 'tokens';

CREATE OR REPLACE TEMP TABLE keyword_changed AS
SELECT s.doc_id, s.signature
FROM keyword_signature AS s
LEFT JOIN core.term_documents AS t USING (doc_id)
WHERE t.signature IS DISTINCT FROM s.signature;

CREATE OR REPLACE TEMP TABLE keyword_removed AS
SELECT doc_id FROM core.term_documents WHERE doc_id IN (SELECT doc_id FROM keyword_changed)
UNION ALL
SELECT t.doc_id FROM core.term_documents AS t ANTI JOIN keyword_signature AS s USING (doc_id);
