-- marts.theme_trends: per month of publication and theme, how many documents and sentence
-- mentions, and the theme's share of that month's top-level theme mentions (top-level shares sum
-- to 1; a sub-theme such as 产业发展/低空经济 is a share of the same total). Documents without a
-- known publication date have no month and are left out (see marts.documents.published_on_source).
CREATE OR REPLACE VIEW marts.theme_trends AS
WITH per_document AS (  -- aggregate the (large) hit table before joining documents
    SELECT doc_id, theme, count(*) AS n_mentions
    FROM core.theme_hits
    GROUP BY doc_id, theme
),
by_theme AS (
    SELECT
        date_trunc('month', d.published_on)::DATE AS month,
        p.theme,
        count(*) AS n_documents,
        sum(p.n_mentions)::BIGINT AS n_mentions
    FROM per_document AS p
    JOIN core.documents AS d USING (doc_id)
    WHERE d.published_on IS NOT NULL
    GROUP BY ALL
)
SELECT
    month,
    theme,
    n_documents,
    n_mentions,
    n_mentions / sum(n_mentions) FILTER (WHERE NOT contains(theme, '/'))
                 OVER (PARTITION BY month) AS share
FROM by_theme;
