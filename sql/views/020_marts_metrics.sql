-- marts.metrics: one row per quantitative statement, traceable to the raw characters.
CREATE OR REPLACE VIEW marts.metrics AS
SELECT
    m.metric_id,
    m.doc_id,
    d.source_file,
    d.published_on,
    s.text AS sentence,
    m.quote,
    m.char_start,
    m.char_end,
    m.indicator,
    m.subject,
    m.value,
    m.unit_raw,
    m.value_normalized,
    m.unit,
    m.kind,
    m.qualifier,
    m.qualifier_text,
    m.period_text,
    m.period_start,
    m.period_end,
    coalesce(t.themes, []::VARCHAR[]) AS themes,
    m.extractor_version,
    m.value_high,
    m.indicator_key,
    m.sent_no
FROM core.metrics AS m
JOIN core.documents AS d USING (doc_id)
JOIN core.sentences AS s ON s.doc_id = m.doc_id AND s.sent_no = m.sent_no
LEFT JOIN core.sentence_themes AS t ON t.doc_id = m.doc_id AND t.sent_no = m.sent_no;
