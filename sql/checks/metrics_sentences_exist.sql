-- Metrics whose sentence is missing (quotes are compared with the raw text by the Python check
-- metrics_quotes_exact: substring on very long documents is slow in SQL).
SELECT count(*), list(DISTINCT doc_id ORDER BY doc_id)
FROM (SELECT doc_id, sent_no FROM core.metrics
      WHERE doc_id IN (SELECT doc_id FROM core.unverified_documents)) AS m
ANTI JOIN core.sentences AS s ON s.doc_id = m.doc_id AND s.sent_no = m.sent_no;
