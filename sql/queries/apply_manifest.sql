-- User metadata from manifest.csv (registered as frame `manifest`) wins over detected values.
UPDATE core.documents AS d
SET title = coalesce(m.title, d.title),
    source_name = coalesce(m.source, d.source_name),
    url = coalesce(m.url, d.url),
    published_on = coalesce(m.published_on, d.published_on),
    published_on_source = CASE WHEN m.published_on IS NOT NULL THEN 'manifest'
                               ELSE d.published_on_source END
FROM manifest AS m
WHERE d.source_file = m.file;
