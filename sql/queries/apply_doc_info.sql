-- Facts found while cleaning (frame `doc_info`); manifest values stay where given.
UPDATE core.documents AS d
SET script = i.script,
    published_on = CASE WHEN d.published_on_source = 'manifest' THEN d.published_on
                        ELSE i.detected_date END,
    published_on_source = CASE WHEN d.published_on_source = 'manifest' THEN 'manifest'
                               ELSE coalesce(i.detected_date_source, 'unknown') END,
    source_name = coalesce(d.source_name, i.source_hint),
    title = coalesce(d.title, i.title_hint),
    status = 'ok',
    error = NULL,
    processed_at = $1
FROM doc_info AS i
WHERE d.doc_id = i.doc_id;
