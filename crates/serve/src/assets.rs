//! The web page: three files embedded in the binary at build time (nothing
//! is fetched at run time), or read from a directory while developing it.

use axum::extract::State;
use axum::http::{header, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use std::path::PathBuf;
use std::sync::Arc;

/// The embedded files: path, content type, content.
const FILES: &[(&str, &str, &str)] = &[
    (
        "index.html",
        "text/html; charset=utf-8",
        include_str!("../assets/index.html"),
    ),
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_str!("../assets/app.js"),
    ),
    (
        "style.css",
        "text/css; charset=utf-8",
        include_str!("../assets/style.css"),
    ),
];

/// Where the page's files come from.
#[derive(Debug, Clone, Default)]
pub struct Assets {
    /// Read the files from this directory on every request instead of the
    /// embedded copies (for working on the page without rebuilding).
    pub dir: Option<PathBuf>,
}

/// Serve one of the page's files; `/` is `index.html`.
pub async fn serve(State(assets): State<Arc<Assets>>, uri: Uri) -> Response {
    let name = match uri.path().trim_start_matches('/') {
        "" => "index.html",
        other => other,
    };
    let Some((name, kind, embedded)) = FILES.iter().find(|(n, _, _)| *n == name) else {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    };
    let body = match &assets.dir {
        Some(dir) => match std::fs::read_to_string(dir.join(name)) {
            Ok(text) => text,
            Err(e) => {
                return (StatusCode::INTERNAL_SERVER_ERROR, format!("{name}: {e}")).into_response()
            }
        },
        None => (*embedded).to_string(),
    };
    ([(header::CONTENT_TYPE, *kind)], body).into_response()
}
