-- Documents a stage could not process: $2 doc ids and $3 errors (parallel lists), at $1.
UPDATE core.documents AS d
SET status = 'failed', error = f.error, processed_at = $1
FROM (SELECT unnest($2::VARCHAR[]) AS doc_id, unnest($3::VARCHAR[]) AS error) AS f
WHERE d.doc_id = f.doc_id;
