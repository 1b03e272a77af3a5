-- marts.metrics: one row per quantitative statement, traceable to the raw characters.
-- A select from the wide fact table (sentence, source file and themes materialised per document).
CREATE OR REPLACE VIEW marts.metrics AS
SELECT
    metric_key AS metric_id,
    document_key AS doc_id,
    source_file,
    published_on,
    sentence,
    quote,
    char_start,
    char_end,
    indicator,
    subject,
    place,
    value,
    unit_raw,
    value_normalized,
    unit,
    kind,
    qualifier,
    qualifier_text,
    period_text,
    period_start,
    period_end,
    themes,
    extractor_version,
    value_high,
    indicator_key,
    sent_no,
    basis,
    value_high_normalized
FROM model.fact_metric
WHERE sentence IS NOT NULL;  -- a metric whose sentence is missing is not shown (as an inner join)
