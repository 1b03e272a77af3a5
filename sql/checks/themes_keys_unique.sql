-- Sentences with two rows of themes, or documents with a theme twice (their grains).
SELECT count(*), list(DISTINCT doc_id ORDER BY doc_id) FROM (
    SELECT doc_id, sent_no::VARCHAR FROM core.sentence_themes
    WHERE doc_id IN (SELECT doc_id FROM core.unverified_documents)
    GROUP BY ALL HAVING count(*) > 1
    UNION ALL
    SELECT doc_id, theme FROM core.document_themes
    WHERE doc_id IN (SELECT doc_id FROM core.unverified_documents)
    GROUP BY ALL HAVING count(*) > 1
);
