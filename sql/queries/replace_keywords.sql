-- Replace core.keywords by the frame `keyword_rows`, writing only the difference: rows whose key
-- is gone are deleted, kept keys get their new weight and rank, new keys are inserted. (Deleting
-- every row and inserting the same keys again is slow in DuckDB: index upkeep.)
DELETE FROM core.keywords AS k
WHERE NOT EXISTS (
    SELECT 1 FROM keyword_rows AS n WHERE n.doc_id = k.doc_id AND n.keyword = k.keyword);

UPDATE core.keywords AS k
SET weight = n.weight, rank = n.rank
FROM keyword_rows AS n
WHERE n.doc_id = k.doc_id AND n.keyword = k.keyword
  AND (k.weight <> n.weight OR k.rank <> n.rank);

INSERT INTO core.keywords BY NAME
SELECT * FROM keyword_rows AS n
WHERE NOT EXISTS (
    SELECT 1 FROM core.keywords AS k WHERE k.doc_id = n.doc_id AND k.keyword = n.keyword);
