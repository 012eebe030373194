//! The dyad event store: one SQLite file that remembers what was coded.
//!
//! `dyad ingest` writes documents, their sentences (indexed for full-text
//! search), every coded event record (a *mention*) and every quote into one
//! database file; mentions that report the same happening are merged into
//! one *event* with its mention count, sources and first and last report
//! dates (see [`merge`]); near-duplicate articles (syndicated copies) are
//! linked to the first copy seen (see [`minhash`]). The queries analysts ask
//! (events, search, actors, graph, timeline, camps) read it back
//! ([`query`], [`blocs`]) and exports hand it to other tools ([`export`]).
//!
//! The store knows no language processing: it stores the records the coder
//! gives it and never re-codes text.

pub mod blocs;
pub mod browse;
mod error;
pub mod export;
pub mod ingest;
pub mod merge;
pub mod minhash;
pub mod parquet;
pub mod query;
pub mod row;
mod schema;

pub use error::StoreError;
pub use ingest::{Added, PreparedDocument};

use rusqlite::{Connection, OpenFlags};
use std::fs::File;
use std::path::{Path, PathBuf};

/// The database file a command uses when `--db` is not given.
pub const DEFAULT_DB: &str = "dyad.db";

/// An open store.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Held by the one writer: an exclusive advisory lock on the database
    /// file, released when the store is dropped.
    _writer_lock: Option<File>,
    /// True between [`Store::begin`] and [`Store::commit`].
    in_batch: bool,
}

impl Store {
    /// Open (or create) the database at `path` for writing. Only one writer
    /// at a time: a second one gets [`StoreError::Locked`]. An older schema
    /// is migrated; a newer one, a foreign or a corrupt file is refused.
    pub fn open_writer(path: &Path) -> Result<Store, StoreError> {
        if path.is_dir() {
            return Err(StoreError::NotAFile(path.to_path_buf()));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::classify(path, e))?;
        let lock = File::options()
            .read(true)
            .write(true)
            .open(path)
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                    StoreError::ReadOnly(path.to_path_buf(), e.to_string())
                }
                _ => StoreError::Io(path.to_path_buf(), e),
            })?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(StoreError::Locked(path.to_path_buf()))
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(StoreError::Io(path.to_path_buf(), e))
            }
        }
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            _writer_lock: Some(lock),
            in_batch: false,
        };
        store.configure(true)?;
        schema::prepare_for_writing(&mut store.conn, path)?;
        Ok(store)
    }

    /// Open an existing database read-only (queries). Several readers may
    /// run beside one writer.
    pub fn open_reader(path: &Path) -> Result<Store, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing(path.to_path_buf()));
        }
        if path.is_dir() {
            return Err(StoreError::NotAFile(path.to_path_buf()));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::classify(path, e))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            _writer_lock: None,
            in_batch: false,
        };
        store.configure(false)?;
        if schema::check_readable(&store.conn, path)? {
            // Written by an older dyad: migrate it (as a writer would),
            // then read.
            drop(store);
            drop(Store::open_writer(path)?);
            return Store::open_reader(path);
        }
        Ok(store)
    }

    fn configure(&mut self, writer: bool) -> Result<(), StoreError> {
        self.conn
            .busy_timeout(std::time::Duration::from_secs(10))
            .map_err(|e| self.err(e))?;
        if writer {
            // WAL: readers go on while the writer writes; NORMAL sync is
            // durable across a killed process (not a power cut mid-commit).
            let mode: String = self
                .conn
                .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
                .map_err(|e| self.err(e))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(StoreError::Other(
                    self.path.clone(),
                    format!("could not switch the database to WAL mode (got {mode})"),
                ));
            }
            self.conn
                .execute_batch("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;")
                .map_err(|e| self.err(e))?;
        }
        Ok(())
    }

    /// The database path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The SQLite connection, for queries.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn err(&self, e: rusqlite::Error) -> StoreError {
        StoreError::classify(&self.path, e)
    }

    /// Start a write batch (one transaction). Documents added before
    /// [`Store::commit`] are stored together or not at all.
    pub fn begin(&mut self) -> Result<(), StoreError> {
        if !self.in_batch {
            self.conn
                .execute_batch("BEGIN IMMEDIATE")
                .map_err(|e| self.err(e))?;
            self.in_batch = true;
        }
        Ok(())
    }

    /// Commit the batch in hand, if any.
    pub fn commit(&mut self) -> Result<(), StoreError> {
        if self.in_batch {
            if let Err(e) = self.conn.execute_batch("COMMIT") {
                let err = self.err(e);
                self.rollback();
                return Err(err);
            }
            self.in_batch = false;
        }
        Ok(())
    }

    /// Drop the batch in hand: the database is left as at the last commit.
    pub fn rollback(&mut self) {
        if self.in_batch || !self.conn.is_autocommit() {
            // Nothing more can be done if even the rollback fails: SQLite
            // rolls the journal back on the next open.
            let _ = self.conn.execute_batch("ROLLBACK");
        }
        self.in_batch = false;
    }

    /// Limit the database to `pages` pages, as a full disk would (tests).
    pub fn set_max_pages(&self, pages: u64) -> Result<(), StoreError> {
        self.conn
            .query_row(&format!("PRAGMA max_page_count={pages}"), [], |_| Ok(()))
            .map_err(|e| self.err(e))
    }

    /// Record the start of an ingest run; returns its id.
    pub fn start_run(&mut self, version: &str) -> Result<i64, StoreError> {
        let now = now_utc();
        self.conn
            .execute(
                "INSERT INTO runs (started, version) VALUES (?1, ?2)",
                rusqlite::params![now, version],
            )
            .map_err(|e| self.err(e))?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Record the end of ingest run `id` with its counts.
    pub fn finish_run(
        &mut self,
        id: i64,
        read: usize,
        added: usize,
        duplicates: usize,
        failed: usize,
    ) -> Result<(), StoreError> {
        let now = now_utc();
        self.conn
            .execute(
                "UPDATE runs SET finished = ?2, read = ?3, added = ?4, duplicates = ?5, failed = ?6
                 WHERE id = ?1",
                rusqlite::params![
                    id,
                    now,
                    read as i64,
                    added as i64,
                    duplicates as i64,
                    failed as i64
                ],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Counts of what the database holds.
    pub fn counts(&self) -> Result<Counts, StoreError> {
        let one = |sql: &str| -> Result<i64, StoreError> {
            self.conn
                .query_row(sql, [], |r| r.get(0))
                .map_err(|e| self.err(e))
        };
        Ok(Counts {
            documents: one("SELECT count(*) FROM documents")?,
            near_duplicates: one("SELECT count(*) FROM documents WHERE story <> id")?,
            sentences: one("SELECT count(*) FROM sentences")?,
            mentions: one("SELECT count(*) FROM mentions")?,
            events: one("SELECT count(*) FROM events")?,
            quotes: one("SELECT count(*) FROM quotes")?,
        })
    }
}

/// The current UTC time as `YYYY-MM-DDTHH:MM:SSZ`.
fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    chrono::DateTime::from_timestamp(secs, 0)
        .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_default()
}

impl Drop for Store {
    fn drop(&mut self) {
        self.rollback();
    }
}

/// What a database holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Documents stored.
    pub documents: i64,
    /// Of which near-duplicates of an earlier document.
    pub near_duplicates: i64,
    /// Sentences indexed.
    pub sentences: i64,
    /// Coded event records (mentions).
    pub mentions: i64,
    /// Merged events.
    pub events: i64,
    /// Quotes.
    pub quotes: i64,
}

#[cfg(test)]
mod tests;
