-- Sentences outside their document's raw text, or belonging to no document.
SELECT count(*), list(DISTINCT doc_id ORDER BY doc_id)
FROM core.sentences AS s
LEFT JOIN core.documents AS d USING (doc_id)
WHERE s.doc_id IN (SELECT doc_id FROM core.unverified_documents)
  AND (d.doc_id IS NULL OR s.raw_start < 0 OR s.raw_end > d.n_chars OR s.raw_start >= s.raw_end);
