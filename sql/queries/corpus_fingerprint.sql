-- Identity of the tokenised corpus: which documents at which tokens version.
SELECT coalesce(md5(string_agg(doc_id || ':' || version, ',' ORDER BY doc_id)), '')
FROM core.stage_state
WHERE stage = 'tokens' AND n_rows >= 0;
