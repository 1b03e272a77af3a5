-- Documents a stage could not process (frame `failures`: doc_id, error).
UPDATE core.documents AS d
SET status = 'failed', error = f.error, processed_at = $1
FROM failures AS f
WHERE d.doc_id = f.doc_id;
