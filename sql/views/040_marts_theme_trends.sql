-- marts.theme_trends: per month of publication and theme, how many documents and sentence
-- mentions, and the theme's share of that month's top-level theme mentions (top-level shares sum
-- to 1; a sub-theme such as 产业发展/低空经济, whose parent_theme is 产业发展, is a share of the same
-- total: a stacked chart of the rows whose parent_theme is NULL fills 100%). Documents without a
-- known publication date have no month and are left out (see marts.documents.published_on_source).
-- Every month from the first to the last and every theme has a row, so that a line chart drops to
-- zero where nothing was said rather than drawing across the gap: counts 0, share 0 in a month
-- whose documents mention other themes, NULL in a month without any mention.
-- Pre-aggregated in model.theme_month (recomputed for the months of changed documents).
CREATE OR REPLACE VIEW marts.theme_trends AS
WITH months AS (
    SELECT unnest(generate_series(min(month), max(month), INTERVAL 1 MONTH))::DATE AS month
    FROM model.theme_month
    HAVING count(*) > 0
),
themes AS (
    SELECT DISTINCT x.theme_key, d.parent_theme
    FROM model.theme_month AS x
    LEFT JOIN model.dim_theme AS d USING (theme_key)
),
mentioned AS (SELECT DISTINCT month FROM model.theme_month)
SELECT
    m.month,
    t.theme_key AS theme,
    t.parent_theme,
    coalesce(x.n_documents, 0) AS n_documents,
    coalesce(x.n_mentions, 0) AS n_mentions,
    CASE WHEN x.month IS NOT NULL THEN x.share WHEN a.month IS NOT NULL THEN 0.0 END AS share
FROM months AS m
CROSS JOIN themes AS t
LEFT JOIN model.theme_month AS x ON x.month = m.month AND x.theme_key = t.theme_key
LEFT JOIN mentioned AS a ON a.month = m.month;
