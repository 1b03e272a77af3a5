-- Insert the rows of new and changed documents (temp table model_changed).
INSERT INTO model.dim_document
SELECT doc_id, source_file, title, source_name, url, published_on, published_on_source, script,
       n_chars, status
FROM core.documents
WHERE doc_id IN (SELECT doc_id FROM model_changed);

-- One wide row per metric: the keys, and what marts.metrics shows (no join at query time).
-- A metric naming no place, of a document whose text names no place of its own (a statistics
-- release says 全省 only: 1-2月份全省经济运行情况), is about the place its title or, failing
-- that, its issuer opens with (the manifest's 湖北省统计局, 湖北省2025年政府工作报告: 湖北), a
-- name of two or three characters and its level, written without the level as metrics writes
-- places; an issuer not opening so (国家统计局, 中国人民银行湖北省分行, 湖北日报) places nothing.
INSERT INTO model.fact_metric BY NAME
WITH changed_sentences AS (
    SELECT doc_id, sent_no, text FROM core.sentences
    WHERE doc_id IN (SELECT doc_id FROM model_changed)
),
changed_themes AS (
    SELECT doc_id, sent_no, themes FROM core.sentence_themes
    WHERE doc_id IN (SELECT doc_id FROM model_changed)
),
issuer_places AS (
    SELECT doc_id,
           nullif(coalesce(
               nullif(regexp_extract(title, '^(\p{Han}{2,3}?)(?:省|市|自治区|特别行政区)', 1), ''),
               regexp_extract(source_name, '^(\p{Han}{2,3}?)(?:省|市|自治区|特别行政区)', 1)),
               '') AS issuer_place
    FROM core.documents WHERE doc_id IN (SELECT doc_id FROM model_changed)
),
placed AS (
    SELECT m.* REPLACE (coalesce(m.place, i.issuer_place) AS place)
    FROM core.metrics AS m
    LEFT JOIN issuer_places AS i USING (doc_id)
    WHERE m.doc_id IN (SELECT doc_id FROM model_changed)
)
SELECT
    m.metric_id AS metric_key, m.doc_id AS document_key, m.indicator_key,
    d.published_on, m.period_start, m.period_end, m.subject, m.place,
    coalesce(m.place, '#' || m.doc_id) AS place_key, m.kind, m.qualifier, m.value,
    m.value_high, m.value_normalized, m.value_high_normalized, m.unit, m.indicator, m.sent_no, m.char_start, m.char_end,
    d.source_file, s.text AS sentence, m.quote, m.unit_raw, m.qualifier_text, m.period_text,
    coalesce(t.themes, []::VARCHAR[]) AS themes, m.extractor_version, m.basis
FROM placed AS m
JOIN core.documents AS d USING (doc_id)
LEFT JOIN changed_sentences AS s ON s.doc_id = m.doc_id AND s.sent_no = m.sent_no
LEFT JOIN changed_themes AS t ON t.doc_id = m.doc_id AND t.sent_no = m.sent_no;

INSERT INTO model.fact_theme_mention
SELECT h.doc_id, h.sent_no, h.theme, d.published_on, h.score, h.terms
FROM core.theme_hits AS h
JOIN core.documents AS d USING (doc_id)
WHERE h.doc_id IN (SELECT doc_id FROM model_changed);

-- Counts, top themes and the document's own place (the place its metrics that name none are
-- about: NULL without such a metric); top keywords are corpus-level: they are set here for the
-- changed documents and refreshed for all when the keywords are rebuilt (050_keywords.sql).
INSERT INTO model.document_profile
SELECT
    d.doc_id,
    coalesce(s.n_sentences, 0),
    coalesce(m.n_metrics, 0),
    coalesce(m.n_targets, 0),
    coalesce(m.n_actuals, 0),
    coalesce(t.top_themes, []::VARCHAR[]),
    coalesce(w.top_keywords, []::VARCHAR[]),
    m.place
FROM model_changed AS d
LEFT JOIN (
    SELECT doc_id, count(*) FILTER (WHERE NOT is_heading) AS n_sentences
    FROM core.sentences WHERE doc_id IN (SELECT doc_id FROM model_changed) GROUP BY doc_id
) AS s USING (doc_id)
LEFT JOIN (
    SELECT document_key AS doc_id,
           count(*) AS n_metrics,
           count(*) FILTER (WHERE kind = 'target') AS n_targets,
           count(*) FILTER (WHERE kind <> 'target') AS n_actuals,
           -- a metric naming no place of its own has the document's place (metrics/home.py)
           mode(place) FILTER (WHERE subject IS NULL AND place IS NOT NULL) AS place
    FROM model.fact_metric WHERE document_key IN (SELECT doc_id FROM model_changed)
    GROUP BY document_key
) AS m USING (doc_id)
LEFT JOIN (
    SELECT doc_id, list(theme ORDER BY rank) FILTER (WHERE rank <= 3) AS top_themes
    FROM core.document_themes WHERE doc_id IN (SELECT doc_id FROM model_changed)
    GROUP BY doc_id
) AS t USING (doc_id)
LEFT JOIN (
    SELECT doc_id, list(keyword ORDER BY rank) FILTER (WHERE rank <= 10) AS top_keywords
    FROM core.keywords WHERE doc_id IN (SELECT doc_id FROM model_changed)
    GROUP BY doc_id
) AS w USING (doc_id);

INSERT INTO core.model_documents
SELECT doc_id, signature FROM model_signature WHERE doc_id IN (SELECT doc_id FROM model_changed);

-- The series and months the new rows take part in.
INSERT INTO model_touched_series
SELECT DISTINCT indicator_key, place_key, kind, unit, period_start, period_end
FROM model.fact_metric
WHERE document_key IN (SELECT doc_id FROM model_changed) AND indicator_key IS NOT NULL;

INSERT INTO model_touched_months
SELECT DISTINCT date_trunc('month', published_on)::DATE
FROM model.dim_document
WHERE document_key IN (SELECT doc_id FROM model_changed) AND published_on IS NOT NULL;
