-- Top keywords of every document, after the corpus-level keywords were rebuilt (a change of IDF
-- can reorder any document's keywords). Only rows whose list changed are written: a new document
-- shifts every weight a little, but seldom any document's top ten.
UPDATE model.document_profile AS p
SET top_keywords = coalesce(w.top_keywords, []::VARCHAR[])
FROM model.document_profile AS q
LEFT JOIN (
    SELECT doc_id, list(keyword ORDER BY rank) FILTER (WHERE rank <= 10) AS top_keywords
    FROM core.keywords GROUP BY doc_id
) AS w ON w.doc_id = q.document_key
WHERE p.document_key = q.document_key
  AND p.top_keywords IS DISTINCT FROM coalesce(w.top_keywords, []::VARCHAR[]);
