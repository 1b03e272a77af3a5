-- marts.theme_trends: per month of publication and theme, how many documents and sentence
-- mentions, and the theme's share of that month's top-level theme mentions (top-level shares sum
-- to 1; a sub-theme such as 产业发展/低空经济 is a share of the same total). Documents without a
-- known publication date have no month and are left out (see marts.documents.published_on_source).
-- Pre-aggregated in model.theme_month (recomputed for the months of changed documents).
CREATE OR REPLACE VIEW marts.theme_trends AS
SELECT month, theme_key AS theme, n_documents, n_mentions, share
FROM model.theme_month;
