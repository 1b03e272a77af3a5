-- Which documents the per-document model tables must refresh. A document's signature hashes its
-- core.documents row and its core.stage_state rows: every stage that rewrites a document's rows
-- rewrites its stage_state row (finished_at), and metadata changes (manifest, a renamed file, a
-- recorded failure) change the documents row. New or changed documents are (re)inserted;
-- changed and vanished ones are deleted first.
CREATE OR REPLACE TEMP TABLE model_signature AS
SELECT
    d.doc_id,
    md5(CAST(ROW(d.source_file, d.title, d.source_name, d.url, d.published_on,
                 d.published_on_source, d.script, d.n_chars, d.status, d.error, d.warning,
                 d.encoding, d.processed_at, s.stages) AS VARCHAR)) AS signature
FROM core.documents AS d
LEFT JOIN (
    SELECT doc_id,
           string_agg(concat_ws(':', stage, version, n_rows, finished_at), ',' ORDER BY stage)
               AS stages
    FROM core.stage_state
    GROUP BY doc_id
) AS s USING (doc_id);

CREATE OR REPLACE TEMP TABLE model_changed AS
SELECT s.doc_id
FROM model_signature AS s
LEFT JOIN core.model_documents AS m USING (doc_id)
WHERE m.signature IS DISTINCT FROM s.signature;

CREATE OR REPLACE TEMP TABLE model_removed AS
SELECT doc_id FROM core.model_documents WHERE doc_id IN (SELECT doc_id FROM model_changed)
UNION ALL
SELECT m.doc_id FROM core.model_documents AS m ANTI JOIN model_signature AS s USING (doc_id);
