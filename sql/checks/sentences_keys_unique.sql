-- Blocks or sentences numbered twice in a document (their grain; no key is declared).
SELECT count(*), list(DISTINCT doc_id ORDER BY doc_id) FROM (
    SELECT doc_id, block_no FROM core.blocks
    WHERE doc_id IN (SELECT doc_id FROM core.unverified_documents)
    GROUP BY ALL HAVING count(*) > 1
    UNION ALL
    SELECT doc_id, sent_no FROM core.sentences
    WHERE doc_id IN (SELECT doc_id FROM core.unverified_documents)
    GROUP BY ALL HAVING count(*) > 1
);
