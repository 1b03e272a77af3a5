-- Each document written since the last publication that has metrics: its raw text and the
-- (start, end, quote) of every metric.
SELECT d.doc_id, d.raw_text, m.spans
FROM (
    SELECT doc_id, list((char_start, char_end, quote)) AS spans
    FROM core.metrics
    WHERE doc_id IN (SELECT doc_id FROM core.unverified_documents)
    GROUP BY doc_id
) AS m
LEFT JOIN core.documents AS d USING (doc_id);
