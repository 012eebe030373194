//! The database schema and its versioned migrations.
//!
//! A dyad database carries SQLite's `application_id` [`APPLICATION_ID`]
//! ("dyad" in ASCII) and its schema version in `user_version`. Migration
//! `n` (1-based) takes a database from version `n - 1` to `n`; a writer
//! applies the missing ones in one transaction, so an older database is
//! upgraded whole or not at all.

use crate::StoreError;
use rusqlite::Connection;
use std::path::Path;

/// SQLite `application_id` of dyad databases: "dyad" in ASCII.
pub const APPLICATION_ID: i64 = 0x6479_6164;

/// Migrations, oldest first. Never edit a released one: add another.
const MIGRATIONS: &[&str] = &[
    // 1: documents, sentences with full-text search, mentions merged into
    // events, quotes, ingest runs.
    r#"
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    doc_key       TEXT NOT NULL,
    title         TEXT,
    url           TEXT,
    source        TEXT,
    date          TEXT,
    date_source   TEXT NOT NULL,
    origin        TEXT NOT NULL,
    content_hash  BLOB NOT NULL UNIQUE,
    text          TEXT NOT NULL,
    story         INTEGER NOT NULL,
    similarity    REAL,
    minhash       BLOB,
    n_sentences   INTEGER NOT NULL,
    n_mentions    INTEGER NOT NULL,
    n_quotes      INTEGER NOT NULL
);
CREATE UNIQUE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;
CREATE INDEX documents_key ON documents(doc_key);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_story ON documents(story);

CREATE TABLE doc_bands (
    band INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    doc  INTEGER NOT NULL REFERENCES documents(id),
    PRIMARY KEY (band, hash, doc)
) WITHOUT ROWID;

CREATE TABLE sentences (
    id    INTEGER PRIMARY KEY,
    doc   INTEGER NOT NULL REFERENCES documents(id),
    idx   INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end   INTEGER NOT NULL,
    UNIQUE (doc, idx)
);
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='', contentless_delete=1);

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    category       TEXT NOT NULL,
    quad_code      INTEGER NOT NULL,
    event_scale    REAL NOT NULL,
    actor_code     TEXT,
    recipient_code TEXT,
    modality       TEXT NOT NULL,
    date_first     TEXT,
    date_last      TEXT,
    first_report   TEXT,
    last_report    TEXT,
    mention_count  INTEGER NOT NULL,
    doc_count      INTEGER NOT NULL,
    story_count    INTEGER NOT NULL,
    source_count   INTEGER NOT NULL
);
CREATE INDEX events_key ON events(actor_code, recipient_code, category, modality, date_first);
CREATE INDEX events_recipient ON events(recipient_code);
CREATE INDEX events_date ON events(date_first);

CREATE TABLE event_docs (
    event  INTEGER NOT NULL REFERENCES events(id),
    doc    INTEGER NOT NULL REFERENCES documents(id),
    story  INTEGER NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (event, doc)
) WITHOUT ROWID;

CREATE TABLE mentions (
    id               INTEGER PRIMARY KEY,
    record_id        TEXT NOT NULL,
    event            INTEGER NOT NULL REFERENCES events(id),
    doc              INTEGER NOT NULL REFERENCES documents(id),
    sentence         INTEGER NOT NULL,
    category         TEXT NOT NULL,
    actor_code       TEXT,
    actor_sector     TEXT,
    recipient_code   TEXT,
    recipient_sector TEXT,
    date             TEXT,
    date_source      TEXT NOT NULL,
    confidence       REAL NOT NULL,
    record           TEXT NOT NULL
);
CREATE INDEX mentions_event ON mentions(event);
CREATE INDEX mentions_doc ON mentions(doc, sentence);

CREATE TABLE quotes (
    id           INTEGER PRIMARY KEY,
    record_id    TEXT NOT NULL,
    doc          INTEGER NOT NULL REFERENCES documents(id),
    kind         TEXT NOT NULL,
    speaker      TEXT,
    speaker_code TEXT,
    content      TEXT NOT NULL,
    date         TEXT,
    record       TEXT NOT NULL
);
CREATE INDEX quotes_doc ON quotes(doc);
CREATE INDEX quotes_speaker ON quotes(speaker_code);

CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    started     TEXT NOT NULL,
    finished    TEXT,
    version     TEXT NOT NULL,
    read        INTEGER NOT NULL DEFAULT 0,
    added       INTEGER NOT NULL DEFAULT 0,
    duplicates  INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0
);
"#,
];

/// The schema version this build writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

fn header(conn: &Connection, path: &Path) -> Result<(i64, i64, i64), StoreError> {
    let get = |sql: &str| -> Result<i64, StoreError> {
        conn.query_row(sql, [], |r| r.get(0))
            .map_err(|e| StoreError::classify(path, e))
    };
    let app = get("PRAGMA application_id")?;
    let version = get("PRAGMA user_version")?;
    let tables = get("SELECT count(*) FROM sqlite_master")?;
    Ok((app, version, tables))
}

/// A database written by a newer dyad is not this build's to read or write.
fn refuse_newer(version: i64, path: &Path) -> Result<(), StoreError> {
    if version > VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: version,
            known: VERSION,
        });
    }
    Ok(())
}

/// Make the database at `conn` ready for writing: create the schema in an
/// empty file, migrate an older dyad database, refuse anything else.
pub fn prepare_for_writing(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    let (app, version, tables) = header(conn, path)?;
    if app != APPLICATION_ID && !(app == 0 && version == 0 && tables == 0) {
        return Err(StoreError::Foreign(path.to_path_buf()));
    }
    refuse_newer(version, path)?;
    if version == VERSION {
        return Ok(());
    }
    let tx = conn
        .transaction()
        .map_err(|e| StoreError::classify(path, e))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
        tx.execute_batch(sql)
            .map_err(|e| StoreError::classify(path, e))?;
        tx.execute_batch(&format!("PRAGMA user_version = {}", i + 1))
            .map_err(|e| StoreError::classify(path, e))?;
    }
    tx.execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID}"))
        .map_err(|e| StoreError::classify(path, e))?;
    tx.commit().map_err(|e| StoreError::classify(path, e))
}

/// Check that a database opened read-only is a dyad database this build
/// can read; `Ok(true)` when it is older and must be migrated first.
pub fn check_readable(conn: &Connection, path: &Path) -> Result<bool, StoreError> {
    let (app, version, _) = header(conn, path)?;
    if app != APPLICATION_ID {
        return Err(StoreError::Foreign(path.to_path_buf()));
    }
    refuse_newer(version, path)?;
    Ok(version < VERSION)
}
