-- A digest of which documents core.term_counts holds and at which tokens state: it changes when
-- any document's counts are added, replaced or removed (keywords are then recomputed).
SELECT count(*) || ':' || coalesce(bit_xor(hash(doc_id, signature)), 0)
FROM core.term_documents;
