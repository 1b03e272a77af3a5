-- Blocks or sentences numbered twice in a document (their grain; no key is declared).
SELECT count(*) FROM (
    SELECT doc_id, block_no FROM core.blocks GROUP BY ALL HAVING count(*) > 1
    UNION ALL
    SELECT doc_id, sent_no FROM core.sentences GROUP BY ALL HAVING count(*) > 1
);
