-- Each document with metrics: its raw text and the (start, end, quote) of every metric.
SELECT d.doc_id, d.raw_text, m.spans
FROM (
    SELECT doc_id, list((char_start, char_end, quote)) AS spans
    FROM core.metrics GROUP BY doc_id
) AS m
LEFT JOIN core.documents AS d USING (doc_id);
