-- marts.documents: one row per distinct document, including files that failed to load.
-- Sentence and metric counts come from model.document_profile (maintained per document).
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
    coalesce(p.n_sentences, 0) AS n_sentences,
    coalesce(p.n_metrics, 0) AS n_metrics,
    d.status,
    d.error,
    d.processed_at,
    d.encoding,
    -- decoding's warning and cleaning's (layout_warning), either or both
    nullif(concat_ws('; ', d.warning, d.layout_warning), '') AS warning,
    p.place
FROM core.documents AS d
LEFT JOIN model.document_profile AS p ON p.document_key = d.doc_id;
