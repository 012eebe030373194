//! The server's safety rules on an empty store: errors as JSON with the
//! right status, paging bounds, local host names only, security headers,
//! and the write token. The end-to-end tests on coded articles are in the
//! `dyad` binary's `tests/serve.rs`.

use super::*;
use axum::body::Body;
use axum::http::Request;
use http_body_util::BodyExt;
use tower::ServiceExt;

/// An ingester that records what it was given.
struct Recorder;

impl Ingest for Recorder {
    fn ingest(&self, body: &[u8], _db: &std::path::Path) -> Result<serde_json::Value, String> {
        Ok(serde_json::json!({ "bytes": body.len() }))
    }
}

fn app_on_empty_store(writer: bool) -> (tempfile::TempDir, Router) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let db = dir.path().join("empty.db");
    drop(dyad_store::Store::open_writer(&db).expect("creates the store"));
    let names: Names = Arc::new(|code: &str| (code == "PRK").then(|| "North Korea".to_string()));
    let writer = writer.then(|| ("s3cret".to_string(), Arc::new(Recorder) as Arc<dyn Ingest>));
    let config = Config {
        db,
        concurrency: 2,
        query_time: Duration::from_secs(5),
        names,
        writer,
        assets: Assets::default(),
        any_host: false,
    };
    (dir, app(config))
}

async fn call(app: &Router, req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, String) {
    let res = app.clone().oneshot(req).await.expect("a response");
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.expect("a body").to_bytes();
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

fn get(uri: &str) -> Request<Body> {
    Request::get(uri)
        .header("host", "127.0.0.1:8080")
        .body(Body::empty())
        .expect("a request")
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime")
}

#[test]
fn lists_are_paged_and_errors_are_json() {
    runtime().block_on(async {
        let (_dir, app) = app_on_empty_store(false);
        let (status, _, body) = call(&app, get("/api/events?limit=10")).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let v: serde_json::Value = serde_json::from_str(&body).expect("JSON");
        assert_eq!(v["items"], serde_json::json!([]));
        assert_eq!(v["limit"], 10);
        assert_eq!(v["next_offset"], serde_json::Value::Null);

        for (uri, want) in [
            ("/api/events?since=tomorrow", StatusCode::BAD_REQUEST),
            ("/api/events?colour=red", StatusCode::BAD_REQUEST),
            ("/api/search", StatusCode::BAD_REQUEST),
            ("/api/search?q=missile&limit=0", StatusCode::BAD_REQUEST),
            ("/api/events/0", StatusCode::BAD_REQUEST),
            ("/api/events/abc", StatusCode::BAD_REQUEST),
            ("/api/events/99", StatusCode::NOT_FOUND),
            ("/api/documents/7", StatusCode::NOT_FOUND),
            ("/api/nothing", StatusCode::NOT_FOUND),
        ] {
            let (status, headers, body) = call(&app, get(uri)).await;
            assert_eq!(status, want, "{uri}: {body}");
            let v: serde_json::Value = serde_json::from_str(&body).expect("a JSON error");
            assert_eq!(v["status"], want.as_u16(), "{uri}");
            assert!(v["error"].as_str().is_some_and(|e| !e.is_empty()), "{uri}");
            assert_eq!(
                headers
                    .get(header::CONTENT_TYPE)
                    .and_then(|v| v.to_str().ok()),
                Some("application/json"),
                "{uri}"
            );
        }
        // A huge limit is capped, and the page says so.
        let (status, _, body) = call(&app, get("/api/events?limit=100000")).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let v: serde_json::Value = serde_json::from_str(&body).expect("JSON");
        assert_eq!(v["limit"], params::MAX_LIMIT);

        let (status, _, body) = call(&app, get("/api/overview")).await;
        assert_eq!(status, StatusCode::OK);
        let v: serde_json::Value = serde_json::from_str(&body).expect("JSON");
        assert_eq!(v["counts"]["documents"], 0);
        assert_eq!(v["write_enabled"], false);
    });
}

#[test]
fn only_local_host_names_are_answered() {
    runtime().block_on(async {
        let (_dir, app) = app_on_empty_store(false);
        for host in ["localhost:8080", "127.0.0.1", "[::1]:80", "app.localhost"] {
            let req = Request::get("/api/overview")
                .header("host", host)
                .body(Body::empty())
                .expect("a request");
            assert_eq!(call(&app, req).await.0, StatusCode::OK, "{host}");
        }
        for host in [
            "evil.example",
            "127.0.0.1.evil.example",
            "10.0.0.1:8080",
            "",
        ] {
            let req = Request::get("/api/overview")
                .header("host", host)
                .body(Body::empty())
                .expect("a request");
            let (status, headers, _) = call(&app, req).await;
            assert_eq!(status, StatusCode::MISDIRECTED_REQUEST, "{host}");
            assert!(
                headers.contains_key(header::CONTENT_SECURITY_POLICY),
                "a refusal carries the security headers too"
            );
        }
    });
}

#[test]
fn the_page_is_embedded_and_locked_down() {
    runtime().block_on(async {
        let (_dir, app) = app_on_empty_store(false);
        let (status, headers, body) = call(&app, get("/")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("<script src=\"app.js\""), "{body}");
        let csp = headers
            .get(header::CONTENT_SECURITY_POLICY)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"));
        assert_eq!(
            headers
                .get(header::X_CONTENT_TYPE_OPTIONS)
                .map(|v| v.as_bytes()),
            Some(&b"nosniff"[..])
        );
        for file in ["/app.js", "/style.css"] {
            assert_eq!(call(&app, get(file)).await.0, StatusCode::OK, "{file}");
        }
        assert_eq!(
            call(&app, get("/../Cargo.toml")).await.0,
            StatusCode::NOT_FOUND
        );
        assert_eq!(call(&app, get("/secret.db")).await.0, StatusCode::NOT_FOUND);
    });
}

fn post(token: Option<&str>, body: Vec<u8>) -> Request<Body> {
    let mut req = Request::post("/api/documents").header("host", "localhost");
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    req.body(Body::from(body)).expect("a request")
}

#[test]
fn writing_needs_the_token() {
    runtime().block_on(async {
        let (_dir, read_only) = app_on_empty_store(false);
        let (status, _, _) = call(&read_only, post(Some("s3cret"), b"text".to_vec())).await;
        assert_eq!(status, StatusCode::FORBIDDEN);

        let (_dir, app) = app_on_empty_store(true);
        assert_eq!(
            call(&app, post(None, b"text".to_vec())).await.0,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            call(&app, post(Some("s3cre"), b"text".to_vec())).await.0,
            StatusCode::UNAUTHORIZED
        );
        let (status, _, body) = call(&app, post(Some("s3cret"), b"text".to_vec())).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert!(body.contains("\"bytes\":4"), "{body}");
        let huge = vec![b'a'; MAX_BODY_BYTES + 1];
        assert_eq!(
            call(&app, post(Some("s3cret"), huge)).await.0,
            StatusCode::PAYLOAD_TOO_LARGE
        );
    });
}
