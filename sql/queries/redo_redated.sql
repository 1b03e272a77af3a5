-- A document whose date changed since documents_before (apply_manifest.sql) is processed again
-- by stage $1, which reads the date (its periods are resolved against it): its bookkeeping row
-- is marked with a version no stage has, and stays (it tells the stage the rows to replace).
UPDATE core.stage_state SET version = 'redated'
WHERE stage = $1
  AND doc_id IN (SELECT d.doc_id FROM core.documents AS d
                 JOIN documents_before AS b USING (doc_id)
                 WHERE d.published_on IS DISTINCT FROM b.published_on);
