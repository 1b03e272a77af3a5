-- Keyword candidate counts made by the tokens stage ($1: Parquet files of doc_id, n_tokens),
-- recorded at the tokens state they were counted from, exactly as build_keywords records the
-- documents it counts (keyword_documents.sql): it then has nothing to recount for them.
MERGE INTO core.term_documents
USING (
    SELECT p.doc_id, concat_ws(':', s.version, s.n_rows, s.finished_at) AS signature, p.n_tokens
    FROM read_parquet($1) AS p
    JOIN core.stage_state AS s ON s.doc_id = p.doc_id AND s.stage = 'tokens'
) AS n USING (doc_id)
WHEN MATCHED THEN UPDATE SET signature = n.signature, n_tokens = n.n_tokens
WHEN NOT MATCHED THEN INSERT BY NAME;
