-- Documents no file points to any more (deleted or changed files), with all their rows.
CREATE OR REPLACE TEMP TABLE orphan_docs AS
SELECT doc_id FROM core.documents
WHERE doc_id NOT IN (SELECT doc_id FROM core.source_files);
DELETE FROM core.blocks WHERE doc_id IN (SELECT doc_id FROM orphan_docs);
DELETE FROM core.sentences WHERE doc_id IN (SELECT doc_id FROM orphan_docs);
DELETE FROM core.tokens WHERE doc_id IN (SELECT doc_id FROM orphan_docs);
DELETE FROM core.metrics WHERE doc_id IN (SELECT doc_id FROM orphan_docs);
DELETE FROM core.theme_hits WHERE doc_id IN (SELECT doc_id FROM orphan_docs);
DELETE FROM core.sentence_themes WHERE doc_id IN (SELECT doc_id FROM orphan_docs);
DELETE FROM core.document_themes WHERE doc_id IN (SELECT doc_id FROM orphan_docs);
DELETE FROM core.policy_terms WHERE doc_id IN (SELECT doc_id FROM orphan_docs);
DELETE FROM core.keywords WHERE doc_id IN (SELECT doc_id FROM orphan_docs);
DELETE FROM core.stage_state WHERE doc_id IN (SELECT doc_id FROM orphan_docs);
DELETE FROM core.documents WHERE doc_id IN (SELECT doc_id FROM orphan_docs);
