-- marts.keyword_trends: per month of publication and keyword, how many documents of that month
-- have it among their keywords (marts.keywords, top 20 per document by TF-IDF), its share of the
-- month's documents with keywords and the sum of its weights: "the keywords of 2024" is a sum of
-- n_documents over the year's months. Only months and keywords with a document appear (there are
-- too many keywords to give each a row in every month, as marts.theme_trends does for themes).
-- Documents without a known publication date have no month and are left out.
CREATE OR REPLACE VIEW marts.keyword_trends AS
WITH dated AS (
    SELECT k.keyword, k.weight, k.doc_id, date_trunc('month', d.published_on)::DATE AS month
    FROM core.keywords AS k
    JOIN core.documents AS d USING (doc_id)
    WHERE d.published_on IS NOT NULL
),
months AS (
    SELECT month, count(DISTINCT doc_id) AS n_month_documents FROM dated GROUP BY month
)
SELECT
    k.month,
    k.keyword,
    count(*) AS n_documents,
    count(*) / any_value(m.n_month_documents) AS document_share,
    sum(k.weight) AS weight_sum
FROM dated AS k
JOIN months AS m USING (month)
GROUP BY k.month, k.keyword;
