-- Metric ids held by more than one row (their grain; no key is declared). An id is made of
-- the document id and the metric's place in it, so a duplicate lies within one document.
SELECT count(*), list(DISTINCT doc_id ORDER BY doc_id) FROM (
    SELECT doc_id, metric_id FROM core.metrics
    WHERE doc_id IN (SELECT doc_id FROM core.unverified_documents)
    GROUP BY ALL HAVING count(*) > 1
);
