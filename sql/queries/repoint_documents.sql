-- Each document's source_file is its first remaining file; that file is 'ok', the others are
-- duplicates of it (files whose content failed to load keep 'failed').
UPDATE core.documents AS d
SET source_file = f.first_file
FROM (
    SELECT doc_id, min(source_file) AS first_file FROM core.source_files GROUP BY doc_id
) AS f
WHERE d.doc_id = f.doc_id AND d.source_file <> f.first_file;

UPDATE core.source_files AS s
SET status = CASE
        WHEN d.status = 'failed' THEN 'failed'
        WHEN s.source_file = d.source_file THEN 'ok'
        ELSE 'duplicate' END,
    error = CASE
        WHEN d.status = 'failed' THEN d.error
        WHEN s.source_file = d.source_file THEN NULL
        ELSE 'same content as ' || d.source_file END
FROM core.documents AS d
WHERE s.doc_id = d.doc_id
  -- rows already right are not rewritten (this runs on every ingest)
  AND (s.status IS DISTINCT FROM CASE
           WHEN d.status = 'failed' THEN 'failed'
           WHEN s.source_file = d.source_file THEN 'ok'
           ELSE 'duplicate' END
       OR s.error IS DISTINCT FROM CASE
           WHEN d.status = 'failed' THEN d.error
           WHEN s.source_file = d.source_file THEN NULL
           ELSE 'same content as ' || d.source_file END);
