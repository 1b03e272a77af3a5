-- Theme rows of documents or sentences that do not exist.
SELECT count(*), list(DISTINCT doc_id ORDER BY doc_id) FROM (
    SELECT doc_id, sent_no FROM core.theme_hits
    UNION ALL SELECT doc_id, sent_no FROM core.sentence_themes
) AS h
SEMI JOIN core.unverified_documents AS u ON u.doc_id = h.doc_id
ANTI JOIN core.sentences AS s ON s.doc_id = h.doc_id AND s.sent_no = h.sent_no;
