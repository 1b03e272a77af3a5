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

-- The date each document's file name carries (frame `file_dates`: doc_id, name_published_on),
-- read again on every run: a renamed file may carry another.
UPDATE core.documents AS d
SET name_published_on = f.name_published_on
FROM file_dates AS f
WHERE d.doc_id = f.doc_id AND d.name_published_on IS DISTINCT FROM f.name_published_on;
