-- The modelled layer (dimensions and facts) under the BI views; maintained by sql/model/ per
-- changed document (pipelines/warehouse/marts.py build_model), so the views are cheap selects.
-- Upgrades: a column added to an existing table is also added by ALTER ... IF NOT EXISTS below (a
-- warehouse built before keeps its core data; build_model refills the model from scratch when the
-- sql/model/ files or this file change).
-- DuckDB cannot replace rows that foreign keys point at inside one transaction, so the keys
-- are documented (-- joins ...) rather than declared; tests check that every key joins.
CREATE SCHEMA IF NOT EXISTS model;

CREATE TABLE IF NOT EXISTS model.dim_document (
    document_key  VARCHAR PRIMARY KEY,
    source_file   VARCHAR NOT NULL,
    title         VARCHAR,
    source_name   VARCHAR,
    url           VARCHAR,
    published_on  DATE,
    published_on_source VARCHAR NOT NULL,
    script        VARCHAR,
    n_chars       INTEGER,
    status        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS model.dim_date (
    date_key         DATE PRIMARY KEY,
    year             INTEGER NOT NULL,
    quarter          INTEGER NOT NULL,
    month            INTEGER NOT NULL,
    month_start      DATE NOT NULL,
    quarter_start    DATE NOT NULL,
    year_start       DATE NOT NULL,
    five_year_plan   VARCHAR           -- 十四五 = 2021–2025; NULL outside any plan
);

CREATE TABLE IF NOT EXISTS model.dim_theme (
    theme_key     VARCHAR PRIMARY KEY,
    parent_theme  VARCHAR
);

CREATE TABLE IF NOT EXISTS model.dim_indicator (
    indicator_key    VARCHAR PRIMARY KEY,
    name             VARCHAR NOT NULL,
    unit             VARCHAR,
    n_mentions       INTEGER NOT NULL,
    themes           VARCHAR[] NOT NULL,
    lower_is_better  BOOLEAN  -- from pipelines/data/targets.yaml (060_indicator_direction.sql)
);
ALTER TABLE model.dim_indicator ADD COLUMN IF NOT EXISTS lower_is_better BOOLEAN;

CREATE TABLE IF NOT EXISTS model.fact_metric (
    metric_key        VARCHAR NOT NULL,  -- unique (core.metrics.metric_id); not declared, as below
    document_key      VARCHAR NOT NULL,  -- joins document_key
    indicator_key     VARCHAR,  -- joins indicator_key
    published_on      DATE,  -- joins date_key
    period_start      DATE,  -- joins date_key
    period_end        DATE,  -- joins date_key
    subject           VARCHAR,
    place             VARCHAR,  -- subject, else the document's own place (NULL: not known)
    -- what figures are compared by: the place, or the document itself when the place is not
    -- known (figures of unknown places are never compared across documents)
    place_key         VARCHAR NOT NULL,
    kind              VARCHAR NOT NULL,
    qualifier         VARCHAR NOT NULL,
    value             DOUBLE NOT NULL,
    value_high        DOUBLE,
    value_normalized  DOUBLE NOT NULL,
    value_high_normalized DOUBLE,  -- value_high with the multiplier applied
    unit              VARCHAR,
    indicator         VARCHAR,
    sent_no           INTEGER NOT NULL,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL,
    -- what marts.metrics shows beside the keys (materialised: no join at query time)
    source_file       VARCHAR,
    sentence          VARCHAR,
    quote             VARCHAR,
    unit_raw          VARCHAR,
    qualifier_text    VARCHAR,
    period_text       VARCHAR,
    themes            VARCHAR[],
    extractor_version VARCHAR
);
ALTER TABLE model.fact_metric ADD COLUMN IF NOT EXISTS source_file VARCHAR;
ALTER TABLE model.fact_metric ADD COLUMN IF NOT EXISTS sentence VARCHAR;
ALTER TABLE model.fact_metric ADD COLUMN IF NOT EXISTS quote VARCHAR;
ALTER TABLE model.fact_metric ADD COLUMN IF NOT EXISTS unit_raw VARCHAR;
ALTER TABLE model.fact_metric ADD COLUMN IF NOT EXISTS qualifier_text VARCHAR;
ALTER TABLE model.fact_metric ADD COLUMN IF NOT EXISTS period_text VARCHAR;
ALTER TABLE model.fact_metric ADD COLUMN IF NOT EXISTS themes VARCHAR[];
ALTER TABLE model.fact_metric ADD COLUMN IF NOT EXISTS extractor_version VARCHAR;
ALTER TABLE model.fact_metric ADD COLUMN IF NOT EXISTS place VARCHAR;
ALTER TABLE model.fact_metric ADD COLUMN IF NOT EXISTS place_key VARCHAR;
ALTER TABLE model.fact_metric ADD COLUMN IF NOT EXISTS basis VARCHAR;
ALTER TABLE model.fact_metric ADD COLUMN IF NOT EXISTS value_high_normalized DOUBLE;

-- One row per (document_key, sent_no, theme_key), as in core.theme_hits it is copied from. No
-- PRIMARY KEY: the largest model table (1.8 M rows at 100 MB of text), and maintaining its index
-- tripled the cost of filling it.
CREATE TABLE IF NOT EXISTS model.fact_theme_mention (
    document_key  VARCHAR NOT NULL,  -- joins document_key
    sent_no       INTEGER NOT NULL,
    theme_key     VARCHAR NOT NULL,  -- joins theme_key
    published_on  DATE,  -- joins date_key
    score         DOUBLE NOT NULL,
    terms         VARCHAR[] NOT NULL
);

-- Per document: the counts and top lists of marts.documents / marts.document_summary.
CREATE TABLE IF NOT EXISTS model.document_profile (
    document_key  VARCHAR PRIMARY KEY,  -- joins document_key
    n_sentences   BIGINT NOT NULL,
    n_metrics     BIGINT NOT NULL,
    n_targets     BIGINT NOT NULL,
    n_actuals     BIGINT NOT NULL,
    top_themes    VARCHAR[] NOT NULL,
    top_keywords  VARCHAR[] NOT NULL,
    place         VARCHAR  -- the place the document speaks for, as its metrics give it
);
ALTER TABLE model.document_profile ADD COLUMN IF NOT EXISTS place VARCHAR;

-- marts.theme_trends pre-aggregated: one row per month of publication and theme.
CREATE TABLE IF NOT EXISTS model.theme_month (
    month        DATE NOT NULL,  -- joins date_key
    theme_key    VARCHAR NOT NULL,  -- joins theme_key
    n_documents  BIGINT NOT NULL,
    n_mentions   BIGINT NOT NULL,
    share        DOUBLE,
    PRIMARY KEY (month, theme_key)
);

-- marts.indicator_timeseries pre-computed: one row per indicator, place (fact_metric.place_key),
-- kind, unit and period (place and unit may be NULL, so no primary key).
CREATE TABLE IF NOT EXISTS model.indicator_series (
    indicator_key        VARCHAR NOT NULL,  -- joins indicator_key
    place                VARCHAR,
    place_key            VARCHAR NOT NULL,
    kind                 VARCHAR NOT NULL,
    unit                 VARCHAR,
    period_start         DATE NOT NULL,  -- joins date_key
    period_end           DATE,  -- joins date_key
    value_normalized     DOUBLE NOT NULL,
    qualifier            VARCHAR NOT NULL,
    metric_key           VARCHAR NOT NULL,  -- joins metric_key
    latest_published_on  DATE,
    n_reports            BIGINT NOT NULL,
    sources              VARCHAR[] NOT NULL,
    n_values             BIGINT NOT NULL,  -- distinct values among the reports
    min_value            DOUBLE NOT NULL,
    max_value            DOUBLE NOT NULL,
    value_high_normalized DOUBLE  -- upper end of the latest report's range; NULL: not a range
);
ALTER TABLE model.indicator_series ADD COLUMN IF NOT EXISTS place VARCHAR;
ALTER TABLE model.indicator_series ADD COLUMN IF NOT EXISTS place_key VARCHAR;
-- (an older warehouse's table gains them here so that the views bind; the model is then rebuilt
-- from scratch, its layout having changed)
ALTER TABLE model.indicator_series ADD COLUMN IF NOT EXISTS n_values BIGINT;
ALTER TABLE model.indicator_series ADD COLUMN IF NOT EXISTS min_value DOUBLE;
ALTER TABLE model.indicator_series ADD COLUMN IF NOT EXISTS max_value DOUBLE;
ALTER TABLE model.indicator_series ADD COLUMN IF NOT EXISTS value_high_normalized DOUBLE;
