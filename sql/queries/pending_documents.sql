-- Documents a stage still has to process: decoded, done by the stage before it at that stage's
-- current version, and not yet done (or failed) by this stage at its current version.
-- $1 stage, $2 version, $3 upstream stage (NULL for the first), $4 upstream version.
SELECT d.doc_id, d.n_chars
FROM core.documents AS d
WHERE d.raw_text IS NOT NULL
  AND ($3::VARCHAR IS NULL OR EXISTS (
        SELECT 1 FROM core.stage_state AS u
        WHERE u.doc_id = d.doc_id AND u.stage = $3 AND u.version = $4 AND u.n_rows >= 0))
  AND NOT EXISTS (
        SELECT 1 FROM core.stage_state AS s
        WHERE s.doc_id = d.doc_id AND s.stage = $1 AND s.version = $2)
ORDER BY d.doc_id;
