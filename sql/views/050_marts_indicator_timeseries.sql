-- marts.indicator_timeseries: one row per canonical indicator, place, kind, unit and period,
-- with the value reported for it (the latest document wins; a range's upper end beside it), every source that reported it and,
-- when the reports disagree, how (n_values distinct values between min_value and max_value).
-- A figure whose place is not known (NULL) makes a series of its own document only.
-- Pre-computed in model.indicator_series (recomputed for the series of changed documents).
CREATE OR REPLACE VIEW marts.indicator_timeseries AS
SELECT
    s.indicator_key,
    i.name AS indicator,
    s.place,
    s.kind,
    s.unit,
    s.period_start,
    s.period_end,
    s.value_normalized,
    s.value_high_normalized,
    s.qualifier,
    s.metric_key AS metric_id,
    s.latest_published_on,
    s.n_reports,
    s.sources,
    s.n_values,
    s.min_value,
    s.max_value,
    len(s.sources) AS n_documents  -- n_reports counts statements: a report may repeat a figure
FROM model.indicator_series AS s
JOIN model.dim_indicator AS i USING (indicator_key);
