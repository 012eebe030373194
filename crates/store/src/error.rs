//! Store errors, each saying what happened to the file and what to do.

use rusqlite::ErrorCode;
use std::path::{Path, PathBuf};

/// Why a store operation failed. Every message names the database file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No database at the path (queries never create one).
    #[error("no database at {0}: run `dyad ingest FILES --db {0}` first")]
    Missing(PathBuf),
    /// The path is a directory.
    #[error("{0} is a directory, not a database file")]
    NotAFile(PathBuf),
    /// The file is not SQLite, or is damaged.
    #[error("{0} is not a dyad database: it is not an SQLite file, or it is damaged ({1}); nothing was written to it")]
    NotADatabase(PathBuf, String),
    /// An SQLite database of another program.
    #[error("{0} is a database of another program (no dyad tables); choose another --db path: nothing was written to it")]
    Foreign(PathBuf),
    /// Written by a newer dyad.
    #[error("{path} was written by a newer dyad (schema version {found}; this dyad knows up to {known}): upgrade dyad to use it")]
    TooNew {
        /// The database.
        path: PathBuf,
        /// Its schema version.
        found: i64,
        /// The newest version this build knows.
        known: i64,
    },
    /// Another writer holds the database.
    #[error("{0} is being written by another dyad process (one writer at a time): wait for it to finish, or use another --db")]
    Locked(PathBuf),
    /// The disk (or the database's size limit) is full.
    #[error("no space left while writing {0}: the batch in hand was rolled back and everything stored before it is intact; free some space and run the same command again to resume")]
    Full(PathBuf),
    /// The file or its directory cannot be written.
    #[error("cannot write {0}: the file or its directory is read-only ({1})")]
    ReadOnly(PathBuf, String),
    /// SQLite could not open or create the file.
    #[error("cannot open {0} ({1}): does its directory exist, and may this user write there?")]
    CannotOpen(PathBuf, String),
    /// An I/O error on the file itself.
    #[error("{0}: {1}")]
    Io(PathBuf, std::io::Error),
    /// A query the store cannot run as asked (a malformed search expression).
    #[error("bad query: {0}")]
    BadQuery(String),
    /// A query ran past its time limit and was stopped.
    #[error("{0}: the query ran past its time limit and was stopped; narrow it (a shorter period, an actor, a smaller limit)")]
    TimedOut(PathBuf),
    /// Any other database error.
    #[error("{0}: {1}")]
    Other(PathBuf, String),
}

impl StoreError {
    /// The database file the error is about, if it names one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            StoreError::Missing(p)
            | StoreError::NotAFile(p)
            | StoreError::NotADatabase(p, _)
            | StoreError::Foreign(p)
            | StoreError::TooNew { path: p, .. }
            | StoreError::Locked(p)
            | StoreError::Full(p)
            | StoreError::ReadOnly(p, _)
            | StoreError::CannotOpen(p, _)
            | StoreError::Io(p, _)
            | StoreError::TimedOut(p)
            | StoreError::Other(p, _) => Some(p),
            StoreError::BadQuery(_) => None,
        }
    }

    /// Turn an SQLite error into the error a user can act on.
    pub(crate) fn classify(path: &Path, e: rusqlite::Error) -> StoreError {
        let path = path.to_path_buf();
        if let rusqlite::Error::SqliteFailure(f, msg) = &e {
            let detail = msg.clone().unwrap_or_else(|| f.to_string());
            return match f.code {
                ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt => {
                    StoreError::NotADatabase(path, detail)
                }
                ErrorCode::DiskFull => StoreError::Full(path),
                ErrorCode::ReadOnly | ErrorCode::PermissionDenied => {
                    StoreError::ReadOnly(path, detail)
                }
                ErrorCode::CannotOpen => StoreError::CannotOpen(path, detail),
                ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => StoreError::Locked(path),
                ErrorCode::OperationInterrupted => StoreError::TimedOut(path),
                _ => StoreError::Other(path, detail),
            };
        }
        StoreError::Other(path, e.to_string())
    }
}
