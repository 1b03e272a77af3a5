-- Policy terms counted in two rows of one document (the table's grain).
SELECT count(*) FROM (SELECT doc_id, term FROM core.policy_terms GROUP BY ALL HAVING count(*) > 1);
