-- marts.source_files: every file seen in the source folder, with what became of it.
CREATE OR REPLACE VIEW marts.source_files AS
SELECT source_file, doc_id, size_bytes, status, error, seen_at
FROM core.source_files;
