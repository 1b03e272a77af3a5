-- User metadata from manifest.csv (registered as frame `manifest`) wins over detected values.
-- Only rows whose values change are written: the manifest is applied on every run, and an
-- updated row costs its table's rewrite at the next checkpoint.
UPDATE core.documents AS d
SET title = coalesce(m.title, d.title),
    source_name = coalesce(m.source, d.source_name),
    url = coalesce(m.url, d.url),
    published_on = coalesce(m.published_on, d.published_on),
    published_on_source = CASE WHEN m.published_on IS NOT NULL THEN 'manifest'
                               ELSE d.published_on_source END
FROM manifest AS m
WHERE d.source_file = m.file
  AND (d.title IS DISTINCT FROM coalesce(m.title, d.title)
       OR d.source_name IS DISTINCT FROM coalesce(m.source, d.source_name)
       OR d.url IS DISTINCT FROM coalesce(m.url, d.url)
       OR d.published_on IS DISTINCT FROM coalesce(m.published_on, d.published_on)
       OR (m.published_on IS NOT NULL AND d.published_on_source <> 'manifest'));
