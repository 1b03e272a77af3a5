-- Metric ids held by more than one row (their grain; no key is declared).
SELECT count(*) FROM (SELECT metric_id FROM core.metrics GROUP BY ALL HAVING count(*) > 1);
