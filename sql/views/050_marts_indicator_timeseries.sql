-- marts.indicator_timeseries: one row per canonical indicator, subject, kind, unit and period,
-- with the value reported for it (the latest document wins) and every source that reported it.
CREATE OR REPLACE VIEW marts.indicator_timeseries AS
WITH ranked AS (
    SELECT
        f.*,
        d.source_file,
        row_number() OVER (
            PARTITION BY f.indicator_key, f.subject, f.kind, f.unit, f.period_start, f.period_end
            ORDER BY f.published_on DESC NULLS LAST, f.document_key DESC, f.metric_key
        ) AS recency
    FROM model.fact_metric AS f
    JOIN model.dim_document AS d USING (document_key)
    WHERE f.indicator_key IS NOT NULL AND f.period_start IS NOT NULL
)
SELECT
    r.indicator_key,
    i.name AS indicator,
    r.subject,
    r.kind,
    r.unit,
    r.period_start,
    r.period_end,
    any_value(r.value_normalized ORDER BY r.recency) AS value_normalized,
    any_value(r.qualifier ORDER BY r.recency) AS qualifier,
    any_value(r.metric_key ORDER BY r.recency) AS metric_id,
    max(r.published_on) AS latest_published_on,
    count(*) AS n_reports,
    list_sort(list_distinct(list(r.source_file))) AS sources
FROM ranked AS r
JOIN model.dim_indicator AS i USING (indicator_key)
GROUP BY ALL;
