-- marts.metric_themes: the themes of each metric's sentence as rows (marts.metrics.themes, a
-- list, one row per metric and theme), for BI tools that cannot read list columns (ODBC drivers,
-- Power BI, Tableau): join to marts.metrics on metric_id.
CREATE OR REPLACE VIEW marts.metric_themes AS
SELECT metric_key AS metric_id, document_key AS doc_id, unnest(themes) AS theme
FROM model.fact_metric
WHERE sentence IS NOT NULL;
