-- Facts found while cleaning (frame `doc_info`) at time $1: kept as detected_*, and shown where
-- the manifest says nothing (manifest_*, apply_manifest.sql).
UPDATE core.documents AS d
SET script = i.script,
    detected_title = i.title_hint,
    layout_warning = i.layout_warning,
    detected_source_name = i.source_hint,
    detected_published_on = i.detected_date,
    detected_published_on_source = coalesce(i.detected_date_source, 'unknown'),
    title = coalesce(d.manifest_title, i.title_hint),
    source_name = coalesce(d.manifest_source_name, i.source_hint),
    published_on = coalesce(d.manifest_published_on, i.detected_date),
    published_on_source = CASE WHEN d.manifest_published_on IS NOT NULL THEN 'manifest'
                               ELSE coalesce(i.detected_date_source, 'unknown') END,
    status = 'ok',
    error = NULL,
    processed_at = $1
FROM doc_info AS i
WHERE d.doc_id = i.doc_id;
