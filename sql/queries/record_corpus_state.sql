-- The state a corpus-wide product was built from ($1 product, $2 fingerprint, $3 built_at),
-- replacing that product's row.
MERGE INTO core.corpus_state
USING (SELECT $1::VARCHAR AS product, $2::VARCHAR AS fingerprint, $3::TIMESTAMP AS built_at)
    AS n USING (product)
WHEN MATCHED THEN UPDATE SET fingerprint = n.fingerprint, built_at = n.built_at
WHEN NOT MATCHED THEN INSERT BY NAME;
