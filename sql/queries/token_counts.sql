-- Per document and word: how often it occurs (the input of TF-IDF keywords), for the documents
-- in the list $1 (a slice of temp table keyword_changed). A word's tag is that of its first occurrence (deterministic;
-- arg_min over one number is much cheaper than an ordered aggregate).
SELECT doc_id, word, arg_min(pos, sent_no::BIGINT * 1000000 + position) AS pos,
       bool_or(is_stopword) AS is_stopword, count(*) AS count
FROM core.tokens
WHERE doc_id IN (SELECT unnest($1::VARCHAR[]))
GROUP BY doc_id, word;
