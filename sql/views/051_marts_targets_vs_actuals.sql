-- marts.targets_vs_actuals: each target with the actual values reported for the same indicator,
-- place and period (an actual whose period lies within the target's period, reported no earlier
-- than the target), and attainment = actual / target where the units agree. A target whose place
-- is not known is held only against actuals of its own document. A target stated per year
-- (每年新增就业35万人, 年均增长6%: basis per_year) is held only against per-year actuals or
-- actuals of one calendar year; a cumulative one (累计新增就业180万人) only against cumulative
-- actuals or actuals over several years; a target with no basis against any, as before.
-- An actual is paired only in the target's unit: one key names a quantity in all its forms
-- (地区生产总值: the level in 元, the growth in %, points in 百分点), so a growth target (经济增长
-- 5.5%, unit %) meets the growth results (地区生产总值增长5.6%), never the level in 亿元.
-- The pairs are found by an inner join on the equalities (a hash join) with every other condition
-- in its WHERE, then joined to the targets on the target's key: conditions of these kinds in
-- the LEFT JOIN's ON made DuckDB compare every target with every actual (8 s at 100 MB).
-- A target of one year meets, of its year's parts, only those counted from the year's start
-- (1-10月 against 全年) and levels at a date (9月末); a single month's figure (10月份, its 同比
-- or a month's unemployment rate) is no progress towards it.
-- Which actual to chart: result_scope says whether it covers the target's whole period (for a
-- per-year target, one whole calendar year) or a part of it (1-9月 against 全年); latest_result
-- marks, per target (and year, for a per-year target), the whole-period actual published last
-- (an exact statement, qualifier none or reach, before a bounded one such as 突破7万亿元);
-- latest_progress marks, per target, the part of its period reported furthest into it (1-10月
-- after 前三季度; the longest part of those ending on one day, then the one published last):
-- the progress so far to chart beside the target while its period runs;
-- target_met judges whole-period actuals: at or below the target for an indicator that is
-- better lower (pipelines/data/targets.yaml: 失业率, 能耗 ...), an upper bound (at_most) or a
-- decline (a negative value), else at or above it (a range: its upper end as the ceiling, its
-- lower end as the floor).
-- One target is often stated in several reports (the work report and the plan report of the same
-- congress; a mid-year review restating or revising it): each statement is a row of its own, and
-- latest_target marks, per indicator, place, unit, basis and period, the one stated last while
-- its period was running (published by its end: a mid-year revision replaces the target set in
-- January, a later report looking back at the year does not, as only actuals published after a
-- statement are held against it), so that counting targets met counts each once.
CREATE OR REPLACE VIEW marts.targets_vs_actuals AS
WITH targets AS (
    SELECT
        *,
        row_number() OVER (
            PARTITION BY indicator_key, place_key, unit, basis, period_start, period_end
            ORDER BY (published_on <= period_end) DESC NULLS LAST, published_on DESC NULLS LAST,
                     (qualifier IN ('none', 'reach')) DESC, document_key DESC, metric_key
        ) = 1 AS latest_target
    FROM model.fact_metric WHERE kind = 'target' AND indicator_key IS NOT NULL
),
pairs AS (
    SELECT t.metric_key AS target_key, t.period_start AS target_start,
           t.period_end AS target_end, t.basis AS target_basis_, a.*
    FROM targets AS t
    JOIN model.fact_metric AS a
        ON a.indicator_key = t.indicator_key AND a.place_key = t.place_key
    WHERE a.kind <> 'target'
      AND a.unit IS NOT DISTINCT FROM t.unit
      AND a.period_end BETWEEN t.period_start AND t.period_end
      AND a.period_start >= t.period_start  -- a five-year average is no result of one year's
      -- a part of one year's target is its year to date (1-10月, 前三季度 against 全年) or a
      -- level at a date (9月末): a month's or a quarter's own figure (10月份, 三季度) is no
      -- progress towards the year's growth, total or average
      AND (a.period_start = t.period_start OR a.period_start = a.period_end
           OR year(t.period_start) < year(t.period_end))
      AND coalesce(a.published_on, DATE '9999-12-31')
          >= coalesce(t.published_on, DATE '0001-01-01')
      AND CASE t.basis
            WHEN 'per_year' THEN coalesce(a.basis = 'per_year',
                                          year(a.period_start) = year(a.period_end))
            WHEN 'cumulative' THEN coalesce(a.basis = 'cumulative',
                                            year(a.period_start) < year(a.period_end))
            ELSE TRUE
          END
),
scoped AS (
    SELECT
        p.*,
        CASE WHEN (p.period_start = p.target_start AND p.period_end = p.target_end)
                  OR (p.target_basis_ = 'per_year'
                      AND p.period_start = make_date(year(p.period_start), 1, 1)
                      AND p.period_end = make_date(year(p.period_start), 12, 31))
             THEN 'full' ELSE 'partial' END AS result_scope
    FROM pairs AS p
),
ranked AS (
    SELECT
        s.*,
        s.result_scope = 'full' AND row_number() OVER (
            PARTITION BY s.target_key, s.result_scope, s.period_start, s.period_end
            ORDER BY s.published_on DESC NULLS LAST, (s.qualifier IN ('none', 'reach')) DESC,
                     s.document_key DESC, s.metric_key
        ) = 1 AS latest_result,
        s.result_scope = 'partial' AND row_number() OVER (
            PARTITION BY s.target_key, s.result_scope
            ORDER BY s.period_end DESC, s.period_start, s.published_on DESC NULLS LAST,
                     (s.qualifier IN ('none', 'reach')) DESC, s.document_key DESC, s.metric_key
        ) = 1 AS latest_progress
    FROM scoped AS s
)
SELECT
    t.metric_key AS target_metric_id,
    t.indicator_key,
    i.name AS indicator,
    t.place,
    t.period_start,
    t.period_end,
    t.value_normalized AS target_value,
    t.qualifier AS target_qualifier,
    t.unit AS target_unit,
    t.document_key AS target_doc_id,
    t.published_on AS target_published_on,
    a.metric_key AS actual_metric_id,
    a.kind AS actual_kind,
    a.value_normalized AS actual_value,
    a.unit AS actual_unit,
    a.period_start AS actual_period_start,
    a.period_end AS actual_period_end,
    a.document_key AS actual_doc_id,
    a.published_on AS actual_published_on,
    CASE WHEN a.unit IS NOT DISTINCT FROM t.unit AND t.value_normalized <> 0
         THEN a.value_normalized / t.value_normalized END AS attainment,
    t.basis AS target_basis,
    a.basis AS actual_basis,
    t.value_high_normalized AS target_value_high,
    a.result_scope,
    a.latest_result,
    CASE WHEN a.result_scope = 'full' THEN
        CASE WHEN coalesce(i.lower_is_better, FALSE) OR t.qualifier = 'at_most'
                 THEN a.value_normalized
                      <= coalesce(t.value_high_normalized, t.value_normalized)
             WHEN t.value_normalized < 0 THEN a.value_normalized <= t.value_normalized
             ELSE a.value_normalized >= t.value_normalized
        END
    END AS target_met,
    t.latest_target,
    a.latest_progress
FROM targets AS t
JOIN model.dim_indicator AS i USING (indicator_key)
LEFT JOIN ranked AS a ON a.target_key = t.metric_key;
