-- User metadata from manifest.csv (registered as frame `manifest`) wins over detected values.
-- Each document keeps what the manifest says of it (manifest_*) and what cleaning found
-- (detected_*, apply_doc_info.sql), so that a row removed from the manifest gives the detected
-- values back. Only rows whose values change are written: the manifest is applied on every run,
-- and an updated row costs its table's rewrite at the next checkpoint.
CREATE OR REPLACE TEMP TABLE documents_before AS
SELECT doc_id, title, source_name, url, published_on, published_on_source FROM core.documents;

UPDATE core.documents AS d
SET manifest_title = m.title,
    manifest_source_name = m.source,
    manifest_url = m.url,
    manifest_published_on = m.published_on
FROM (
    SELECT doc.doc_id, man.title, man.source, man.url, man.published_on
    FROM core.documents AS doc LEFT JOIN manifest AS man ON man.file = doc.source_file
) AS m
WHERE d.doc_id = m.doc_id
  AND (d.manifest_title IS DISTINCT FROM m.title
       OR d.manifest_source_name IS DISTINCT FROM m.source
       OR d.manifest_url IS DISTINCT FROM m.url
       OR d.manifest_published_on IS DISTINCT FROM m.published_on);

-- The values shown: the manifest's, else the detected ones. A document not cleaned since
-- detected values were kept (detected_published_on_source NULL) keeps its own where the
-- manifest says nothing.
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
                                             THEN published_on ELSE detected_published_on END)
            AS published_on,
        CASE WHEN manifest_published_on IS NOT NULL THEN 'manifest'
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
