-- TF-IDF keywords of every document from the stored candidate counts (core.term_counts), into the
-- temp table keyword_rows (doc_id, keyword, weight, rank) that replace_keywords.sql writes from.
-- The formula of pipelines/domain/keywords.py keywords_from_counts, which is its reference
-- (tests/warehouse/test_model.py compares the two): tf = count / the document's candidate count,
-- idf = ln((1 + N) / (1 + df)) + 1 with N = $n_documents (documents with any token), times the
-- word's factor in the registered frame general_weights (word, factor: words common in any prose
-- weigh less; pipelines/data/keyword_general_weights.txt), 1 for a word it does not list; rank 1 =
-- the highest weight, ties broken by the word. In SQL rather than polars so that memory stays within
-- DuckDB's limit however large the corpus (the counts of 100 MB of text took ~700 MB in Python)
-- and min_by's top-N is a hash aggregate, not a sort of every count.
CREATE OR REPLACE TEMP TABLE keyword_rows AS
WITH frequency AS (
    SELECT word, count(*) AS df FROM core.term_counts GROUP BY word
),
total AS (
    SELECT doc_id, sum(count) AS n FROM core.term_counts GROUP BY doc_id
),
weighted AS (
    SELECT c.doc_id, c.word,
           (c.count / t.n) * (ln((1 + $n_documents) / (1 + f.df)) + 1)
               * coalesce(g.factor, 1.0) AS weight
    FROM core.term_counts AS c
    JOIN frequency AS f USING (word)
    JOIN total AS t USING (doc_id)
    LEFT JOIN general_weights AS g USING (word)
),
best AS (
    SELECT doc_id,
           min_by(struct_pack(word := word, weight := weight),
                  struct_pack(neg := -weight, word := word), $top_n) AS top
    FROM weighted
    GROUP BY doc_id
)
SELECT b.doc_id, k.top.word AS keyword, k.top.weight AS weight, k.rank::UINTEGER AS rank
FROM best AS b, unnest(b.top) WITH ORDINALITY AS k(top, rank);
