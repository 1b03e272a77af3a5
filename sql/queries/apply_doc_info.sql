-- Facts found while cleaning (frame `doc_info`) at time $1, kept as detected_*; the values
-- shown are then chosen by show_document_metadata.sql.
UPDATE core.documents AS d
SET script = i.script,
    detected_title = i.title_hint,
    layout_warning = i.layout_warning,
    detected_source_name = i.source_hint,
    detected_published_on = i.detected_date,
    detected_published_on_source = coalesce(i.detected_date_source, 'unknown'),
    status = 'ok',
    error = NULL,
    processed_at = $1
FROM doc_info AS i
WHERE d.doc_id = i.doc_id;
