-- How many documents apply_manifest.sql changed (against documents_before).
SELECT count(*)
FROM core.documents AS d JOIN documents_before AS b USING (doc_id)
WHERE ROW(d.title, d.source_name, d.url, d.published_on, d.published_on_source)
      IS DISTINCT FROM ROW(b.title, b.source_name, b.url, b.published_on, b.published_on_source);
