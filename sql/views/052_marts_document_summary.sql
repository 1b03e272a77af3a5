-- marts.document_summary: one row per document with its counts, top themes and top keywords
-- (from model.document_profile, maintained per document).
CREATE OR REPLACE VIEW marts.document_summary AS
SELECT
    d.doc_id,
    d.source_file,
    d.title,
    d.source_name,
    d.published_on,
    d.status,
    coalesce(p.n_sentences, 0) AS n_sentences,
    coalesce(p.n_metrics, 0) AS n_metrics,
    coalesce(p.n_targets, 0) AS n_targets,
    coalesce(p.n_actuals, 0) AS n_actuals,
    coalesce(p.top_themes, []::VARCHAR[]) AS top_themes,
    coalesce(p.top_keywords, []::VARCHAR[]) AS top_keywords,
    p.place
FROM core.documents AS d
LEFT JOIN model.document_profile AS p ON p.document_key = d.doc_id;
