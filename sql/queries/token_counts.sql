-- Per document and word: how often it occurs (the input of TF-IDF keywords).
SELECT doc_id, word, any_value(pos) AS pos, bool_or(is_stopword) AS is_stopword, count(*) AS count
FROM core.tokens
GROUP BY doc_id, word;
