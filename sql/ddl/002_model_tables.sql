-- The modelled layer (dimensions and facts) under the BI views; filled by sql/model/.
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
    indicator_key  VARCHAR PRIMARY KEY,
    name           VARCHAR NOT NULL,
    unit           VARCHAR,
    n_mentions     INTEGER NOT NULL,
    themes         VARCHAR[] NOT NULL
);

CREATE TABLE IF NOT EXISTS model.fact_metric (
    metric_key        VARCHAR PRIMARY KEY,
    document_key      VARCHAR NOT NULL,  -- joins document_key
    indicator_key     VARCHAR,  -- joins indicator_key
    published_on      DATE,  -- joins date_key
    period_start      DATE,  -- joins date_key
    period_end        DATE,  -- joins date_key
    subject           VARCHAR,
    kind              VARCHAR NOT NULL,
    qualifier         VARCHAR NOT NULL,
    value             DOUBLE NOT NULL,
    value_high        DOUBLE,
    value_normalized  DOUBLE NOT NULL,
    unit              VARCHAR,
    indicator         VARCHAR,
    sent_no           INTEGER NOT NULL,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS model.fact_theme_mention (
    document_key  VARCHAR NOT NULL,  -- joins document_key
    sent_no       INTEGER NOT NULL,
    theme_key     VARCHAR NOT NULL,  -- joins theme_key
    published_on  DATE,  -- joins date_key
    score         DOUBLE NOT NULL,
    terms         VARCHAR[] NOT NULL,
    PRIMARY KEY (document_key, sent_no, theme_key)
);
