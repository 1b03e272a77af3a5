-- Modelled layer, rebuilt from core.* whenever the warehouse changed (before publishing).
-- Dimensions first; facts reference them by key.
-- Facts reference the dimensions: empty them first.
DELETE FROM model.fact_metric;
DELETE FROM model.fact_theme_mention;
DELETE FROM model.dim_document;
DELETE FROM model.dim_date;
DELETE FROM model.dim_theme;
DELETE FROM model.dim_indicator;

INSERT INTO model.dim_document
SELECT doc_id, source_file, title, source_name, url, published_on, published_on_source, script,
       n_chars, status
FROM core.documents;

-- Every day from the earliest to the latest date any document or period mentions.
INSERT INTO model.dim_date
WITH bounds AS (
    SELECT least(min(d), DATE '2000-01-01') AS lo, greatest(max(d), DATE '2035-12-31') AS hi
    FROM (
        SELECT published_on AS d FROM core.documents
        UNION ALL SELECT period_start FROM core.metrics
        UNION ALL SELECT period_end FROM core.metrics
    )
),
days AS (
    SELECT unnest(generate_series(lo, hi, INTERVAL 1 DAY))::DATE AS d FROM bounds
)
SELECT
    d, year(d), quarter(d), month(d),
    date_trunc('month', d)::DATE, date_trunc('quarter', d)::DATE, date_trunc('year', d)::DATE,
    -- Plans: 一五 1953–57, 二五 1958–62, (1963–65 none), 三五 1966–70, then every five years.
    ['一','二','三','四','五','六','七','八','九','十','十一','十二','十三','十四','十五','十六',
     '十七','十八','十九','二十'][
        CASE WHEN year(d) >= 1966 THEN (year(d) - 1966) // 5 + 3
             WHEN year(d) BETWEEN 1953 AND 1962 THEN (year(d) - 1953) // 5 + 1 END
    ] || '五'
FROM days;

INSERT INTO model.dim_theme
SELECT DISTINCT theme, CASE WHEN contains(theme, '/') THEN split_part(theme, '/', 1) END
FROM (SELECT theme FROM core.theme_hits UNION SELECT theme FROM core.document_themes);

-- One row per canonical indicator: its most frequent surface name and base unit.
INSERT INTO model.dim_indicator
SELECT
    m.indicator_key,
    mode(m.indicator),
    mode(m.unit),
    count(*),
    coalesce(list_sort(list_distinct(flatten(list(coalesce(t.themes, []::VARCHAR[]))))),
             []::VARCHAR[])
FROM core.metrics AS m
LEFT JOIN core.sentence_themes AS t ON t.doc_id = m.doc_id AND t.sent_no = m.sent_no
WHERE m.indicator_key IS NOT NULL
GROUP BY m.indicator_key;

INSERT INTO model.fact_metric
SELECT m.metric_id, m.doc_id, m.indicator_key, d.published_on, m.period_start, m.period_end,
       m.subject, m.kind, m.qualifier, m.value, m.value_high, m.value_normalized, m.unit,
       m.indicator, m.sent_no, m.char_start, m.char_end
FROM core.metrics AS m
JOIN core.documents AS d USING (doc_id);

INSERT INTO model.fact_theme_mention
SELECT h.doc_id, h.sent_no, h.theme, d.published_on, h.score, h.terms
FROM core.theme_hits AS h
JOIN core.documents AS d USING (doc_id);
