-- Per document and word: how often it occurs (the input of TF-IDF keywords), for the documents
-- in temp table keyword_changed. A word's tag is that of its first occurrence (deterministic).
SELECT doc_id, word, first(pos ORDER BY sent_no, position) AS pos,
       bool_or(is_stopword) AS is_stopword, count(*) AS count
FROM core.tokens
WHERE doc_id IN (SELECT doc_id FROM keyword_changed)
GROUP BY doc_id, word;
