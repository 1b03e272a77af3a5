-- marts.document_themes: the ranked themes of each document.
CREATE OR REPLACE VIEW marts.document_themes AS
SELECT doc_id, theme, score, rank, n_mentions
FROM core.document_themes;
