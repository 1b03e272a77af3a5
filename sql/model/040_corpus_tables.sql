-- Corpus-wide tables, recomputed only where the changed documents touch them: the indicators,
-- indicator series and months noted in model_touched_series / model_touched_months. The small
-- dimensions (themes, dates) are recomputed whole.

-- One row per canonical indicator: its most frequent written name and base unit (ties: the
-- first in sort order, so a rebuild always gives the same row), mentions and themes.
DELETE FROM model.dim_indicator
WHERE indicator_key IN (SELECT indicator_key FROM model_touched_series);

INSERT INTO model.dim_indicator (indicator_key, name, unit, n_mentions, themes)
WITH touched AS (
    SELECT indicator_key, indicator, unit, themes FROM model.fact_metric
    WHERE indicator_key IN (SELECT indicator_key FROM model_touched_series)
),
names AS (
    SELECT indicator_key, indicator, count(*) AS n FROM touched
    WHERE indicator IS NOT NULL GROUP BY ALL
),
units AS (
    SELECT indicator_key, unit, count(*) AS n FROM touched WHERE unit IS NOT NULL GROUP BY ALL
)
SELECT
    a.indicator_key,
    n.name,
    u.unit,
    a.n_mentions,
    a.themes
FROM (
    SELECT indicator_key, count(*) AS n_mentions,
           coalesce(list_sort(list_distinct(flatten(list(coalesce(themes, []::VARCHAR[]))))),
                    []::VARCHAR[]) AS themes
    FROM touched GROUP BY indicator_key
) AS a
LEFT JOIN (
    SELECT indicator_key, first(indicator ORDER BY n DESC, indicator) AS name
    FROM names GROUP BY indicator_key
) AS n USING (indicator_key)
LEFT JOIN (
    SELECT indicator_key, first(unit ORDER BY n DESC, unit) AS unit FROM units GROUP BY indicator_key
) AS u USING (indicator_key);

-- marts.indicator_timeseries rows of the touched series: the latest document's value wins
-- (latest published_on, then an exact statement (qualifier none, or reach: 达到) before a bounded
-- or rounded one such as a headline's 突破7万亿元, then highest document key, then lowest metric key). Whether reports
-- disagree (n_values, min, max) is judged among the exact statements when there is one: a
-- headline's round 7万亿 is no revision of 70485亿. Nor is a figure restated in a larger magnitude
-- (a report's 3.87万亿元 beside the bulletin's 38710.64亿元, 2.4万家 beside 24156家): a statement
-- whose multiplier is larger than the series' smallest agrees with a statement of that smallest
-- multiplier that it rounds to (within half a unit of its last written digit), and then counts as
-- no value of its own.
DELETE FROM model.indicator_series AS s
WHERE EXISTS (
    SELECT 1 FROM model_touched_series AS t
    WHERE t.indicator_key = s.indicator_key AND t.place_key = s.place_key
      AND t.kind = s.kind AND t.unit IS NOT DISTINCT FROM s.unit
      AND t.period_start IS NOT DISTINCT FROM s.period_start
      AND t.period_end IS NOT DISTINCT FROM s.period_end
);

INSERT INTO model.indicator_series
WITH ranked AS (
    SELECT
        f.*,
        row_number() OVER (
            PARTITION BY f.indicator_key, f.place_key, f.kind, f.unit, f.period_start, f.period_end
            ORDER BY f.published_on DESC NULLS LAST, (f.qualifier IN ('none', 'reach')) DESC,
                     f.document_key DESC, f.metric_key
        ) AS recency,
        -- the multiplier written (万, 亿 ...: value_normalized over the value as written) and the
        -- unit of the last digit written (3.87万亿: 0.01 x 1e12)
        CASE WHEN f.value = 0 THEN 1.0 ELSE f.value_normalized / f.value END AS multiplier,
        abs(CASE WHEN f.value = 0 THEN 1.0 ELSE f.value_normalized / f.value END)
            * 10.0 ** -coalesce(list_min([d FOR d IN range(0, 7)
                                          IF abs(f.value * 10.0 ** d
                                                 - round(f.value * 10.0 ** d)) < 1e-6]), 6)
            AS last_digit
    FROM model.fact_metric AS f
    WHERE f.indicator_key IS NOT NULL AND f.period_start IS NOT NULL
      AND EXISTS (
        SELECT 1 FROM model_touched_series AS t
        WHERE t.indicator_key = f.indicator_key AND t.place_key = f.place_key
          AND t.kind = f.kind AND t.unit IS NOT DISTINCT FROM f.unit
          AND t.period_start IS NOT DISTINCT FROM f.period_start
          AND t.period_end IS NOT DISTINCT FROM f.period_end)
),
series AS (
    SELECT
        indicator_key,
        any_value(place) AS place,
        place_key,
        kind,
        unit,
        period_start,
        period_end,
        any_value(value_normalized ORDER BY recency) AS value_normalized,
        any_value(qualifier ORDER BY recency) AS qualifier,
        any_value(metric_key ORDER BY recency) AS metric_key,
        max(published_on) AS latest_published_on,
        count(*) AS n_reports,
        list_sort(list_distinct(list(source_file))) AS sources,
        -- the statements disagreement is judged among: the exact ones when there is one
        CASE WHEN bool_or(qualifier IN ('none', 'reach'))
             THEN list(struct_pack(v := value_normalized, m := multiplier, d := last_digit))
                  FILTER (WHERE qualifier IN ('none', 'reach'))
             ELSE list(struct_pack(v := value_normalized, m := multiplier, d := last_digit))
        END AS judged,
        first(value_high_normalized ORDER BY recency) AS value_high_normalized  -- first(): NULL is a value
    FROM ranked
    GROUP BY ALL
),
values_of AS (  -- without the restatements in a larger magnitude that agree with a figure
    SELECT *, [c.v FOR c IN judged
               IF c.m <= list_min([x.m FOR x IN judged])
                  OR NOT list_bool_or([abs(f.v - c.v) <= c.d / 2 * (1 + 1e-9) FOR f IN judged
                                       IF f.m <= list_min([x.m FOR x IN judged])])] AS own
    FROM series
)
SELECT
    indicator_key, place, place_key, kind, unit, period_start, period_end, value_normalized,
    qualifier, metric_key, latest_published_on, n_reports, sources,
    len(list_distinct(own)), list_min(own), list_max(own), value_high_normalized
FROM values_of;

-- marts.theme_trends rows of the touched months of publication.
DELETE FROM model.theme_month WHERE month IN (SELECT month FROM model_touched_months);

INSERT INTO model.theme_month
WITH per_document AS (  -- aggregate the (large) mention table per document first
    SELECT document_key, theme_key, date_trunc('month', published_on)::DATE AS month,
           count(*) AS n_mentions
    FROM model.fact_theme_mention
    WHERE published_on >= (SELECT min(month) FROM model_touched_months)  -- cheap range first
      AND published_on < (SELECT max(month) FROM model_touched_months) + INTERVAL 1 MONTH
      AND date_trunc('month', published_on)::DATE IN (SELECT month FROM model_touched_months)
    GROUP BY ALL
),
by_theme AS (
    SELECT month, theme_key, count(*) AS n_documents, sum(n_mentions)::BIGINT AS n_mentions
    FROM per_document
    GROUP BY ALL
)
SELECT
    month,
    theme_key,
    n_documents,
    n_mentions,
    n_mentions / sum(n_mentions) FILTER (WHERE NOT contains(theme_key, '/'))
                 OVER (PARTITION BY month) AS share
FROM by_theme;

DELETE FROM model.dim_theme;
INSERT INTO model.dim_theme
SELECT theme, CASE WHEN contains(theme, '/') THEN split_part(theme, '/', 1) END
FROM (
    SELECT DISTINCT theme_key AS theme FROM model.fact_theme_mention
    UNION SELECT theme FROM core.document_themes
);

-- Every day from the earliest to the latest date any document or period mentions.
DELETE FROM model.dim_date;
INSERT INTO model.dim_date
WITH bounds AS (
    SELECT least(min(d), DATE '2000-01-01') AS lo, greatest(max(d), DATE '2035-12-31') AS hi
    FROM (
        SELECT min(published_on) AS d FROM model.dim_document
        UNION ALL SELECT max(published_on) FROM model.dim_document
        UNION ALL SELECT min(period_start) FROM model.fact_metric
        UNION ALL SELECT max(period_start) FROM model.fact_metric
        UNION ALL SELECT min(period_end) FROM model.fact_metric
        UNION ALL SELECT max(period_end) FROM model.fact_metric
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
