-- Tokens whose sentence does not exist.
SELECT count(*)
FROM core.tokens AS t
ANTI JOIN core.sentences AS s ON s.doc_id = t.doc_id AND s.sent_no = t.sent_no;
