-- Documents stored twice or with more than one primary ('ok') file, or files pointing to no
-- document. (Each check returns the number of wrong rows and the documents they belong to.)
SELECT count(*), list(DISTINCT doc_id ORDER BY doc_id) FROM (
    SELECT doc_id FROM core.documents GROUP BY doc_id HAVING count(*) > 1
    UNION ALL
    SELECT doc_id FROM core.source_files WHERE status = 'ok' GROUP BY doc_id HAVING count(*) > 1
    UNION ALL
    SELECT doc_id FROM core.source_files WHERE doc_id NOT IN (SELECT doc_id FROM core.documents)
);
