-- What ingest saw of each file (frame `file_rows`, the columns of core.source_files); replaces
-- the rows of those files.
MERGE INTO core.source_files
USING file_rows AS n USING (source_file)
WHEN MATCHED THEN UPDATE SET doc_id = n.doc_id, size_bytes = n.size_bytes,
    modified_ns = n.modified_ns, changed_ns = n.changed_ns, status = n.status, error = n.error,
    seen_at = n.seen_at, decoder = n.decoder
WHEN NOT MATCHED THEN INSERT BY NAME;
