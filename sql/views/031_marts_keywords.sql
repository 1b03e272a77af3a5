-- marts.keywords: TF-IDF keywords of each document over the whole corpus.
CREATE OR REPLACE VIEW marts.keywords AS
SELECT doc_id, keyword, weight, rank
FROM core.keywords;
