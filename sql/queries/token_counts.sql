-- Per document and word: how often it occurs (the input of TF-IDF keywords), for the documents
-- in the list $1 (a slice of temp table keyword_changed). A word's tag is that of its first
-- occurrence (deterministic; arg_min over one number is much cheaper than an ordered aggregate).
-- byline: how many of those occurrences name a person in a byline, which do not count: a run of
-- names (tag nr*) right after a role word in the same sentence (记者 张三 李四, 责任编辑：王五;
-- the role words are pipelines/domain/keywords.py's BYLINE_ROLES, the rule its _in_byline).
-- Only the sentences that hold a role word are read in order.
WITH byline AS (
    SELECT doc_id, word, count(*) AS byline
    FROM (
        SELECT doc_id, word,
               goes_on AND last_value(CASE WHEN NOT goes_on THEN is_role END IGNORE NULLS) OVER (
                   PARTITION BY doc_id, sent_no ORDER BY position
                   ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS in_byline
        FROM (
            SELECT doc_id, sent_no, position, word, is_role,
                   pos LIKE 'nr%' AND NOT is_role AS goes_on
            FROM (
                SELECT doc_id, sent_no, position, word, pos,
                       trim(word) IN ('记者', '本报记者', '见习记者', '实习记者', '特约记者', '特派记者', '摄影记者', '通讯员', '特约通讯员', '编辑', '责任编辑', '责编', '美术编辑', '实习生', '摄影', '撰稿', '作者', '审核', '校对', '审校', '编审', '监制', '主编') AS is_role
                FROM core.tokens
                WHERE (doc_id, sent_no) IN (
                    SELECT (doc_id, sent_no) FROM core.tokens
                    WHERE doc_id IN (SELECT unnest($1::VARCHAR[]))
                      AND trim(word) IN ('记者', '本报记者', '见习记者', '实习记者', '特约记者', '特派记者', '摄影记者', '通讯员', '特约通讯员', '编辑', '责任编辑', '责编', '美术编辑', '实习生', '摄影', '撰稿', '作者', '审核', '校对', '审校', '编审', '监制', '主编'))
            )
        )
    )
    WHERE in_byline
    GROUP BY doc_id, word
)
SELECT c.doc_id, c.word, c.pos, c.is_stopword, c.count, coalesce(b.byline, 0) AS byline
FROM (
    SELECT doc_id, word, arg_min(pos, sent_no::BIGINT * 1000000 + position) AS pos,
           bool_or(is_stopword) AS is_stopword, count(*) AS count
    FROM core.tokens
    WHERE doc_id IN (SELECT unnest($1::VARCHAR[]))
    GROUP BY doc_id, word
) AS c
LEFT JOIN byline AS b USING (doc_id, word);
