-- Metric values that are not finite numbers.
SELECT count(*), list(DISTINCT doc_id ORDER BY doc_id)
FROM core.metrics
WHERE doc_id IN (SELECT doc_id FROM core.unverified_documents)
  AND (NOT isfinite(value) OR NOT isfinite(value_normalized)
       OR (value_high IS NOT NULL AND NOT isfinite(value_high)));
