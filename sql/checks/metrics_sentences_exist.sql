-- Metrics whose quote is not the raw text at their offsets, or whose sentence is missing.
SELECT count(*)
FROM core.metrics AS m
LEFT JOIN core.documents AS d USING (doc_id)
LEFT JOIN core.sentences AS s ON s.doc_id = m.doc_id AND s.sent_no = m.sent_no
WHERE d.doc_id IS NULL OR s.sent_no IS NULL
   OR substring(d.raw_text, m.char_start + 1, m.char_end - m.char_start) IS DISTINCT FROM m.quote;
