-- marts.document_summary: one row per document with its counts, top themes and top keywords.
CREATE OR REPLACE VIEW marts.document_summary AS
SELECT
    d.doc_id,
    d.source_file,
    d.title,
    d.source_name,
    d.published_on,
    d.status,
    d.n_sentences,
    d.n_metrics,
    coalesce(k.n_targets, 0) AS n_targets,
    coalesce(k.n_actuals, 0) AS n_actuals,
    coalesce(t.top_themes, []::VARCHAR[]) AS top_themes,
    coalesce(w.top_keywords, []::VARCHAR[]) AS top_keywords
FROM marts.documents AS d
LEFT JOIN (
    SELECT doc_id,
           count(*) FILTER (WHERE kind = 'target') AS n_targets,
           count(*) FILTER (WHERE kind <> 'target') AS n_actuals
    FROM core.metrics GROUP BY doc_id
) AS k USING (doc_id)
LEFT JOIN (
    SELECT doc_id, list(theme ORDER BY rank) FILTER (WHERE rank <= 3) AS top_themes
    FROM core.document_themes GROUP BY doc_id
) AS t USING (doc_id)
LEFT JOIN (
    SELECT doc_id, list(keyword ORDER BY rank) FILTER (WHERE rank <= 10) AS top_keywords
    FROM core.keywords GROUP BY doc_id
) AS w USING (doc_id);
