-- Internal tables of the warehouse. Applied idempotently on every run (CREATE ... IF NOT EXISTS).
-- Columns may be added in later files; never renamed.
--
-- Keys: core.documents and the per-document tables below (blocks, sentences, tokens, metrics,
-- theme and policy-term rows, keywords) declare no PRIMARY KEY. Documents are only inserted when
-- their id is absent, the other rows only by replacing all of a document's rows, and the asset
-- checks in sql/checks verify each table's grain (documents_unique, *_unique.sql). A declared
-- key made every insert maintain an index, DuckDB writes a table's whole index at every
-- checkpoint, and appending to a keyed table rewrote its last row group: at 100 MB of text,
-- adding ten documents rewrote every raw text (~1 s) and ~1 s of index per large table.
-- Tables kept keyed are small or written with INSERT OR REPLACE. A warehouse built with the
-- keys is rebuilt without them when this schema is applied (pipelines/warehouse/store.py).
CREATE SCHEMA IF NOT EXISTS core;

-- One row per file seen in the source folder: where each document came from.
CREATE TABLE IF NOT EXISTS core.source_files (
    source_file   VARCHAR PRIMARY KEY,      -- path relative to the source folder
    doc_id        VARCHAR NOT NULL,         -- content hash of the file's bytes
    size_bytes    BIGINT NOT NULL,
    modified_ns   BIGINT NOT NULL,
    status        VARCHAR NOT NULL,         -- ok | duplicate | failed
    error         VARCHAR,
    seen_at       TIMESTAMP NOT NULL,
    changed_ns    BIGINT,                   -- inode change time (NULL: recorded before it was)
    decoder       VARCHAR                   -- version of the reader that read it (decoding.DECODER;
                                            -- NULL: recorded before it was); a file that failed
                                            -- to decode is read again by another version
);
ALTER TABLE core.source_files ADD COLUMN IF NOT EXISTS changed_ns BIGINT;
ALTER TABLE core.source_files ADD COLUMN IF NOT EXISTS decoder VARCHAR;

-- One row per distinct document content.
CREATE TABLE IF NOT EXISTS core.documents (
    doc_id               VARCHAR NOT NULL,  -- unique (checked, not declared: see above)
    source_file          VARCHAR NOT NULL,
    raw_text             VARCHAR,            -- decoded text as written (NULL when undecodable)
    encoding             VARCHAR,
    n_chars              INTEGER,
    title                VARCHAR,
    source_name          VARCHAR,
    url                  VARCHAR,
    published_on         DATE,
    published_on_source  VARCHAR NOT NULL DEFAULT 'unknown',
    script               VARCHAR,
    status               VARCHAR NOT NULL,   -- pending | ok | failed
    error                VARCHAR,
    warning              VARCHAR,
    ingested_at          TIMESTAMP NOT NULL,
    processed_at         TIMESTAMP,
    -- what manifest.csv says and what cleaning found; the columns above show the manifest's
    -- value, else the detected one, else (a date) the file name's
    -- (sql/queries/show_document_metadata.sql)
    manifest_title                VARCHAR,
    manifest_source_name          VARCHAR,
    manifest_url                  VARCHAR,
    manifest_published_on         DATE,
    detected_title                VARCHAR,
    detected_source_name          VARCHAR,
    detected_published_on         DATE,
    detected_published_on_source  VARCHAR,  -- NULL: not cleaned since these columns exist
    name_published_on             DATE      -- the date its file's name carries (filedates.py)
);
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS manifest_title VARCHAR;
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS manifest_source_name VARCHAR;
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS manifest_url VARCHAR;
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS manifest_published_on DATE;
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS detected_title VARCHAR;
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS detected_source_name VARCHAR;
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS detected_published_on DATE;
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS detected_published_on_source VARCHAR;
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS name_published_on DATE;
-- how cleaning read the page's layout when not line by line (read as 2 columns (lines 5-24));
-- ``warning`` is decoding's
ALTER TABLE core.documents ADD COLUMN IF NOT EXISTS layout_warning VARCHAR;

CREATE TABLE IF NOT EXISTS core.blocks (
    doc_id     VARCHAR NOT NULL,
    block_no   INTEGER NOT NULL,
    kind       VARCHAR NOT NULL,
    level      INTEGER,
    text       VARCHAR NOT NULL,
    raw_start  INTEGER NOT NULL,
    raw_end    INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS core.sentences (
    doc_id        VARCHAR NOT NULL,
    sent_no       INTEGER NOT NULL,
    block_no      INTEGER NOT NULL,
    text          VARCHAR NOT NULL,
    raw_start     INTEGER NOT NULL,
    raw_end       INTEGER NOT NULL,
    is_heading    BOOLEAN NOT NULL,
    heading_path  VARCHAR[] NOT NULL,
    raw_index     INTEGER[] NOT NULL    -- run-length map clean char -> raw offset (see offsets.py)
);

CREATE TABLE IF NOT EXISTS core.tokens (
    doc_id       VARCHAR NOT NULL,
    sent_no      INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    word         VARCHAR NOT NULL,
    pos          VARCHAR NOT NULL,
    char_start   INTEGER NOT NULL,
    is_stopword  BOOLEAN NOT NULL
);

CREATE TABLE IF NOT EXISTS core.metrics (
    metric_id          VARCHAR NOT NULL,
    doc_id             VARCHAR NOT NULL,
    sent_no            INTEGER NOT NULL,
    quote              VARCHAR NOT NULL,
    char_start         INTEGER NOT NULL,
    char_end           INTEGER NOT NULL,
    indicator          VARCHAR,
    indicator_key      VARCHAR,
    subject            VARCHAR,
    value              DOUBLE NOT NULL,
    value_high         DOUBLE,
    unit_raw           VARCHAR,
    value_normalized   DOUBLE NOT NULL,
    unit               VARCHAR,
    kind               VARCHAR NOT NULL,
    qualifier          VARCHAR NOT NULL,
    qualifier_text     VARCHAR,
    period_text        VARCHAR,
    period_start       DATE,
    period_end         DATE,
    extractor_version  VARCHAR NOT NULL,
    place              VARCHAR,  -- subject, else the document's own place; NULL: not known
    basis              VARCHAR,  -- per_year (每年, 年均), cumulative (累计); NULL: neither said
    value_high_normalized DOUBLE  -- value_high with the multiplier applied (as value_normalized)
);
ALTER TABLE core.metrics ADD COLUMN IF NOT EXISTS place VARCHAR;
ALTER TABLE core.metrics ADD COLUMN IF NOT EXISTS basis VARCHAR;
ALTER TABLE core.metrics ADD COLUMN IF NOT EXISTS value_high_normalized DOUBLE;

CREATE TABLE IF NOT EXISTS core.theme_hits (
    doc_id   VARCHAR NOT NULL,
    sent_no  INTEGER NOT NULL,
    theme    VARCHAR NOT NULL,
    score    DOUBLE NOT NULL,
    terms    VARCHAR[] NOT NULL
);

-- Themes of each sentence after the heading fallback: what metrics inherit.
CREATE TABLE IF NOT EXISTS core.sentence_themes (
    doc_id   VARCHAR NOT NULL,
    sent_no  INTEGER NOT NULL,
    themes   VARCHAR[] NOT NULL
);

CREATE TABLE IF NOT EXISTS core.document_themes (
    doc_id  VARCHAR NOT NULL,
    theme   VARCHAR NOT NULL,
    score   DOUBLE NOT NULL,
    rank    INTEGER NOT NULL,
    n_mentions INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS core.policy_terms (
    doc_id  VARCHAR NOT NULL,
    term    VARCHAR NOT NULL,
    kind    VARCHAR NOT NULL,
    count   INTEGER NOT NULL
);

-- Corpus-level: rebuilt whenever the set of documents changes (IDF depends on all of them).
CREATE TABLE IF NOT EXISTS core.keywords (
    doc_id   VARCHAR NOT NULL,
    keyword  VARCHAR NOT NULL,
    weight   DOUBLE NOT NULL,
    rank     INTEGER NOT NULL
);

-- Which stage has processed which document at which version: the incremental bookkeeping.
CREATE TABLE IF NOT EXISTS core.stage_state (
    doc_id       VARCHAR NOT NULL,
    stage        VARCHAR NOT NULL,
    version      VARCHAR NOT NULL,
    n_rows       INTEGER NOT NULL,
    finished_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (doc_id, stage)
);

-- Bumped by every step that changes rows; publishing copies only a changed state.
CREATE TABLE IF NOT EXISTS core.meta (
    generation   BIGINT NOT NULL,
    schema_hash  VARCHAR          -- hash of the sql/ files last applied (skip when unchanged)
);
INSERT INTO core.meta (generation) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM core.meta);

-- Corpus-level products and the corpus state they were built from.
CREATE TABLE IF NOT EXISTS core.corpus_state (
    product      VARCHAR PRIMARY KEY,
    fingerprint  VARCHAR NOT NULL,
    built_at     TIMESTAMP NOT NULL
);
