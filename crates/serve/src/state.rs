//! What every request shares: a small pool of read-only store connections,
//! a cap on concurrent queries, the actor names, and the optional writer.

use crate::error::ApiError;
use axum::http::{header, HeaderMap, StatusCode};
use dyad_store::Store;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Semaphore;

/// Readable names for actor codes (`PRK` → `North Korea`).
pub type Names = Arc<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// Codes and stores posted articles. The binary gives one when the server
/// is started with a write token; the server itself knows no coding.
pub trait Ingest: Send + Sync {
    /// Read the articles in `body` (text, a JSON object or JSON Lines), code
    /// them and add them to the database at `db`; return a report of what
    /// was read, added, skipped as duplicate, and the errors.
    fn ingest(&self, body: &[u8], db: &std::path::Path) -> Result<serde_json::Value, String>;
}

/// The shared state.
pub struct AppState {
    /// The database.
    pub db: PathBuf,
    /// Idle read-only connections.
    pool: Mutex<Vec<Store>>,
    /// Queries that may run at once.
    queries: Semaphore,
    /// Longest time one query may run.
    query_time: Duration,
    /// Actor names.
    names: Names,
    /// The write token and the coder, when writing is enabled.
    writer: Option<(String, Arc<dyn Ingest>)>,
    /// One write at a time.
    write_lock: tokio::sync::Mutex<()>,
}

impl AppState {
    /// State over the database at `db`.
    pub fn new(
        db: PathBuf,
        concurrency: usize,
        query_time: Duration,
        names: Names,
        writer: Option<(String, Arc<dyn Ingest>)>,
    ) -> AppState {
        AppState {
            db,
            pool: Mutex::new(Vec::new()),
            queries: Semaphore::new(concurrency.max(1)),
            query_time,
            names,
            writer,
            write_lock: tokio::sync::Mutex::new(()),
        }
    }

    /// Whether `POST /api/documents` is enabled.
    pub fn write_enabled(&self) -> bool {
        self.writer.is_some()
    }

    /// The readable name of an actor code.
    pub fn name(&self, code: &str) -> Option<String> {
        (self.names)(code)
    }

    /// Run `f` on a pooled read-only connection, on a blocking thread, with
    /// the query time limit; at most `concurrency` at once.
    pub async fn read<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
    {
        let _permit = self
            .queries
            .acquire()
            .await
            .map_err(|_| ApiError::internal("the server is shutting down"))?;
        let state = Arc::clone(self);
        let joined = tokio::task::spawn_blocking(move || {
            let mut store = match state.pool.lock().ok().and_then(|mut p| p.pop()) {
                Some(store) => store,
                None => Store::open_reader(&state.db)?,
            };
            let out = store.with_time_limit(state.query_time, f);
            if let Ok(mut pool) = state.pool.lock() {
                pool.push(store);
            }
            out
        })
        .await;
        joined.unwrap_or_else(|e| Err(ApiError::internal(format!("the query failed: {e}"))))
    }

    /// Check the request's bearer token; 403 when writing is disabled, 401
    /// when the token is missing or wrong.
    pub fn authorize(&self, headers: &HeaderMap) -> Result<(), ApiError> {
        let Some((token, _)) = &self.writer else {
            return Err(ApiError {
                status: StatusCode::FORBIDDEN,
                message:
                    "this server is read-only: start it with --token to allow posting articles"
                        .into(),
            });
        };
        let given = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .unwrap_or("");
        if !same_secret(given.as_bytes(), token.as_bytes()) {
            return Err(ApiError {
                status: StatusCode::UNAUTHORIZED,
                message: "a valid token is required: Authorization: Bearer TOKEN".into(),
            });
        }
        Ok(())
    }

    /// Code and store the articles in `body`, one write at a time.
    pub async fn ingest(self: &Arc<Self>, body: Vec<u8>) -> Result<serde_json::Value, ApiError> {
        let Some((_, ingest)) = &self.writer else {
            return Err(ApiError::internal("writing is not enabled"));
        };
        let ingest = Arc::clone(ingest);
        let _one = self.write_lock.lock().await;
        let db = self.db.clone();
        tokio::task::spawn_blocking(move || ingest.ingest(&body, &db))
            .await
            .map_err(|e| ApiError::internal(format!("the ingest failed: {e}")))?
            .map_err(|e| ApiError {
                status: StatusCode::UNPROCESSABLE_ENTITY,
                message: e,
            })
    }
}

/// Compare two secrets in time that does not depend on where they differ.
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::same_secret;

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret(b"abc", b"abc"));
        assert!(!same_secret(b"abc", b"abd"));
        assert!(!same_secret(b"abc", b"abcd"));
        assert!(!same_secret(b"", b"a"));
    }
}
