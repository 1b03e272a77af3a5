-- Tokens whose sentence does not exist.
SELECT count(*), list(DISTINCT doc_id ORDER BY doc_id)
FROM (SELECT doc_id, sent_no FROM core.tokens
      WHERE doc_id IN (SELECT doc_id FROM core.unverified_documents)) AS t
ANTI JOIN core.sentences AS s ON s.doc_id = t.doc_id AND s.sent_no = t.sent_no;
