-- Policy terms counted in two rows of one document (the table's grain).
SELECT count(*), list(DISTINCT doc_id ORDER BY doc_id) FROM (
    SELECT doc_id, term FROM core.policy_terms
    WHERE doc_id IN (SELECT doc_id FROM core.unverified_documents)
    GROUP BY ALL HAVING count(*) > 1
);
