-- marts.policy_terms: quoted slogans and numbered policy terms (五个聚焦) counted per document.
CREATE OR REPLACE VIEW marts.policy_terms AS
SELECT doc_id, term, kind, count
FROM core.policy_terms;
