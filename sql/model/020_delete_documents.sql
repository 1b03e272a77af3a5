-- Delete the rows of changed and vanished documents (temp table model_removed), first noting
-- which indicators, indicator series and publication months their old rows took part in.
CREATE OR REPLACE TEMP TABLE model_touched_series AS
SELECT DISTINCT indicator_key, place_key, kind, unit, period_start, period_end
FROM model.fact_metric
WHERE document_key IN (SELECT doc_id FROM model_removed) AND indicator_key IS NOT NULL;

CREATE OR REPLACE TEMP TABLE model_touched_months AS
SELECT DISTINCT date_trunc('month', published_on)::DATE AS month
FROM model.dim_document
WHERE document_key IN (SELECT doc_id FROM model_removed) AND published_on IS NOT NULL;

DELETE FROM model.fact_metric WHERE document_key IN (SELECT doc_id FROM model_removed);
DELETE FROM model.fact_theme_mention WHERE document_key IN (SELECT doc_id FROM model_removed);
DELETE FROM model.document_profile WHERE document_key IN (SELECT doc_id FROM model_removed);
DELETE FROM model.dim_document WHERE document_key IN (SELECT doc_id FROM model_removed);
DELETE FROM core.model_documents WHERE doc_id IN (SELECT doc_id FROM model_removed);
