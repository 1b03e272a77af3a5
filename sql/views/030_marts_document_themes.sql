-- marts.document_themes: the ranked themes of each document. One ranking by score, top-level
-- themes and sub-themes (经济运行/财政) together: rank follows score, a top-level theme first at
-- an equal score (a parent before its sub-theme), so the top 3 of marts.document_summary are the
-- three themes carrying most of a document's evidence (pipelines/domain/themes/documents.py).
CREATE OR REPLACE VIEW marts.document_themes AS
SELECT doc_id, theme, score, rank, n_mentions
FROM core.document_themes;
