-- The values core.documents shows, after the manifest (apply_manifest.sql) or cleaning
-- (apply_doc_info.sql) changed what it knows: the manifest's, else the detected ones, and a date
-- from the file name when neither has one and the file could be read (the order of
-- pipelines/domain/filedates.py published_date). A document not cleaned since detected values were kept
-- (detected_published_on_source NULL) keeps its own where the manifest says nothing.
UPDATE core.documents AS d
SET title = e.title,
    source_name = e.source_name,
    url = e.url,
    published_on = e.published_on,
    published_on_source = e.published_on_source
FROM (
    SELECT
        doc_id,
        coalesce(manifest_title, CASE WHEN detected_published_on_source IS NULL THEN title
                                      ELSE detected_title END) AS title,
        coalesce(manifest_source_name, CASE WHEN detected_published_on_source IS NULL
                                            THEN source_name ELSE detected_source_name END)
            AS source_name,
        coalesce(manifest_url, CASE WHEN detected_published_on_source IS NULL THEN url END) AS url,
        coalesce(manifest_published_on, CASE WHEN detected_published_on_source IS NULL
                                             THEN published_on ELSE detected_published_on END,
                 CASE WHEN status <> 'failed' THEN name_published_on END)
            AS published_on,
        CASE WHEN manifest_published_on IS NOT NULL THEN 'manifest'
             WHEN detected_published_on_source IS NULL AND published_on IS NOT NULL
                 THEN published_on_source
             WHEN detected_published_on IS NOT NULL THEN detected_published_on_source
             WHEN name_published_on IS NOT NULL AND status <> 'failed' THEN 'file_name'
             ELSE coalesce(detected_published_on_source, published_on_source) END
            AS published_on_source
    FROM core.documents
) AS e
WHERE d.doc_id = e.doc_id
  AND (d.title IS DISTINCT FROM e.title
       OR d.source_name IS DISTINCT FROM e.source_name
       OR d.url IS DISTINCT FROM e.url
       OR d.published_on IS DISTINCT FROM e.published_on
       OR d.published_on_source IS DISTINCT FROM e.published_on_source);
