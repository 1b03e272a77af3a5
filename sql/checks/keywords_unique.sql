-- Keywords listed twice for one document (the table's grain).
SELECT count(*), list(DISTINCT doc_id ORDER BY doc_id)
FROM (SELECT doc_id, keyword FROM core.keywords GROUP BY ALL HAVING count(*) > 1);
