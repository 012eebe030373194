//! The dyad explorer: a read-only HTTP API over an event store and the web
//! page that shows it (the actor graph over time, its camps, the evidence
//! behind every edge, full-text search and documents with their events
//! marked).
//!
//! The server knows the store and HTTP, nothing of language: posting an
//! article to ingest goes through an [`Ingest`] the binary provides, and
//! only with the token given at start. Safe by default: it binds to
//! localhost, answers only requests addressed to a local host name (no DNS
//! rebinding), sends a strict content security policy (the page runs only
//! its own script and writes article text as text, never as markup),
//! bounds request bodies, result sizes and query time, and turns every
//! failure into a JSON error.

mod api;
mod assets;
mod error;
pub mod params;
mod state;

pub use assets::Assets;
pub use error::ApiError;
pub use state::{AppState, Ingest, Names};

use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// Largest request body (a posted batch of articles), in bytes.
pub const MAX_BODY_BYTES: usize = 4 << 20;

/// The content security policy of every response: only the page's own
/// script, style and API; no inline script, no frames, no plugins.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// How to serve.
pub struct Config {
    /// The database.
    pub db: PathBuf,
    /// Queries that may run at once.
    pub concurrency: usize,
    /// Longest time one query may run.
    pub query_time: Duration,
    /// Actor names.
    pub names: Names,
    /// The write token and the coder, to enable `POST /api/documents`.
    pub writer: Option<(String, Arc<dyn Ingest>)>,
    /// Where the page's files come from.
    pub assets: Assets,
    /// Accept requests for any host name (when deliberately serving beyond
    /// localhost); otherwise only local names.
    pub any_host: bool,
}

/// The whole application: the API, the page, and the safety layers.
pub fn app(config: Config) -> Router {
    let state = Arc::new(AppState::new(
        config.db,
        config.concurrency,
        config.query_time,
        config.names,
        config.writer,
    ));
    let page = Router::new()
        .route("/", get(assets::serve))
        .route("/{file}", get(assets::serve))
        .with_state(Arc::new(config.assets));
    let any_host = config.any_host;
    api::routes()
        .with_state(state)
        .merge(page)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn(move |req: Request, next: Next| {
            local_host_only(any_host, req, next)
        }))
        // Outermost, so that every answer carries the headers, refusals too.
        .layer(middleware::from_fn(secure_headers))
}

/// Serve `app` on `listener` until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}

/// Bind `addr` and serve until the process ends, on a runtime of its own;
/// `ready` is called with the bound address before the first request.
pub fn run(
    config: Config,
    addr: SocketAddr,
    ready: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        ready(listener.local_addr()?);
        serve(listener, app(config), std::future::pending()).await
    })
}

/// A server running on a thread of its own (for benchmarks and tests);
/// stopped when dropped.
pub struct Running {
    /// The address it listens on.
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<std::io::Result<()>>>,
}

impl Running {
    /// Stop serving and wait for the server thread to end.
    pub fn stop(mut self) -> std::io::Result<()> {
        self.shut_down()
    }

    fn shut_down(&mut self) -> std::io::Result<()> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        match self.thread.take().map(std::thread::JoinHandle::join) {
            Some(Ok(result)) => result,
            Some(Err(_)) => Err(std::io::Error::other("the server thread panicked")),
            None => Ok(()),
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.shut_down();
    }
}

/// Bind `addr` and serve on a new thread with a runtime of `threads`
/// workers; returns once the server listens.
pub fn spawn(config: Config, addr: SocketAddr, threads: usize) -> std::io::Result<Running> {
    let (bound_tx, bound_rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::Builder::new()
        .name("dyad-serve".into())
        .spawn(move || -> std::io::Result<()> {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(threads.max(1))
                .enable_all()
                .build()?;
            runtime.block_on(async move {
                let listener = match tokio::net::TcpListener::bind(addr).await {
                    Ok(l) => l,
                    Err(e) => {
                        let _ = bound_tx.send(Err(std::io::Error::new(e.kind(), e.to_string())));
                        return Err(e);
                    }
                };
                let _ = bound_tx.send(listener.local_addr());
                serve(listener, app(config), async {
                    let _ = stop_rx.await;
                })
                .await
            })
        })?;
    let addr = bound_rx
        .recv()
        .map_err(|_| std::io::Error::other("the server thread ended before listening"))??;
    Ok(Running {
        addr,
        stop: Some(stop_tx),
        thread: Some(thread),
    })
}

/// Security headers on every response.
async fn secure_headers(req: Request, next: Next) -> Response {
    let api = req.uri().path().starts_with("/api");
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if api {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

/// Whether a `Host` header names this machine (`localhost`, `127.0.0.1`,
/// `[::1]`, any port).
fn is_local_host(host: &str) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        host.split(':').next().unwrap_or("")
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name == "::1"
        || name
            .parse::<std::net::Ipv4Addr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Refuse requests addressed to another host name: a web page elsewhere
/// cannot rebind its name to this machine and read the API.
async fn local_host_only(any_host: bool, req: Request, next: Next) -> Response {
    if !any_host {
        let host = req
            .headers()
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if !is_local_host(host) {
            return ApiError {
                status: StatusCode::MISDIRECTED_REQUEST,
                message: format!(
                    "this server answers only requests to localhost (Host was {host:?}); start it with --any-host to serve other names"
                ),
            }
            .into_response();
        }
    }
    next.run(req).await
}

#[cfg(test)]
mod tests;
