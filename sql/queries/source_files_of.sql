-- The source file of each of the documents $1 (a list of doc_ids), for messages that name the
-- files a user can open rather than content hashes.
SELECT doc_id, source_file
FROM core.documents
WHERE doc_id IN (SELECT unnest($1::VARCHAR[]));
