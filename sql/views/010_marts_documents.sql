-- marts.documents: one row per distinct document, including files that failed to load.
CREATE OR REPLACE VIEW marts.documents AS
SELECT
    d.doc_id,
    d.source_file,
    d.title,
    d.source_name,
    d.url,
    d.published_on,
    d.published_on_source,
    d.script,
    d.n_chars,
    coalesce(s.n_sentences, 0) AS n_sentences,
    coalesce(m.n_metrics, 0) AS n_metrics,
    d.status,
    d.error,
    d.processed_at,
    d.encoding,
    d.warning
FROM core.documents AS d
LEFT JOIN (
    SELECT doc_id, count(*) FILTER (WHERE NOT is_heading) AS n_sentences
    FROM core.sentences GROUP BY doc_id
) AS s USING (doc_id)
LEFT JOIN (SELECT doc_id, count(*) AS n_metrics FROM core.metrics GROUP BY doc_id) AS m
    USING (doc_id);
