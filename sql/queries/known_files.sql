-- The files ingest has seen, with what it needs to tell whether to read each again: size and
-- times (unchanged: not read again), and whether the file failed to decode (no document text)
-- under a reader of another version than $1 (then it is read again, changed or not; entries the
-- folder scan refuses, 'refused:' ids, are not read at all).
SELECT s.source_file, s.doc_id, s.size_bytes, s.modified_ns, s.changed_ns,
       coalesce(s.status = 'failed' AND d.n_chars IS NULL AND s.doc_id NOT LIKE 'refused:%'
                AND s.decoder IS DISTINCT FROM $1, false) AS retry
FROM core.source_files AS s LEFT JOIN core.documents AS d USING (doc_id);
