//! The JSON API under `/api/`: read-only views of the store, and one write
//! endpoint (posting articles to ingest) that needs the start-up token.
//!
//! Every list is paged (`limit`, `offset`, `next_offset`); every query runs
//! on a blocking thread with a time limit; every failure is an
//! [`ApiError`].

use crate::error::ApiError;
use crate::params::{self, EventParams, Paging, QuoteParams, SearchParams};
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::routing::get;
use axum::{Json, Router};
use dyad_store::query::Period;
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// Rows the graph returns when `limit` is not given.
const GRAPH_DEFAULT_LIMIT: usize = 200;

/// The `/api` routes.
pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/api", get(index))
        .route("/api/overview", get(overview))
        .route("/api/events", get(events))
        .route("/api/events/{id}", get(event))
        .route("/api/actors", get(actors))
        .route("/api/graph", get(graph))
        .route("/api/timeline", get(timeline))
        .route("/api/blocs", get(blocs))
        .route("/api/search", get(search))
        .route("/api/documents", get(documents).post(post_documents))
        .route("/api/documents/{id}", get(document))
        .route("/api/quotes", get(quotes))
        .fallback(|| async { ApiError::not_found("no such API endpoint: see GET /api") })
}

/// A page of a list, with where the next one starts.
fn page<T: Serialize>(items: Vec<T>, limit: usize, offset: usize) -> Value {
    let next = (items.len() >= limit).then_some(offset + limit);
    json!({ "items": items, "limit": limit, "offset": offset, "next_offset": next })
}

/// A path id: a positive integer.
fn id(raw: &str) -> Result<i64, ApiError> {
    raw.parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| ApiError::bad_request("the id must be a positive integer"))
}

async fn index(State(state): State<Arc<AppState>>) -> Json<Value> {
    Json(json!({
        "name": "dyad explorer API",
        "version": env!("CARGO_PKG_VERSION"),
        "docs": "docs/api.md in the dyad repository",
        "write_enabled": state.write_enabled(),
        "endpoints": [
            "GET /api/overview",
            "GET /api/events?actor&recipient&either&category&since&until&factual&evidence&limit&offset",
            "GET /api/events/{id}",
            "GET /api/actors?(event filters)",
            "GET /api/graph?(event filters)&all_modes",
            "GET /api/timeline?(event filters)&by=day|week|month",
            "GET /api/blocs?(event filters)&by=day|week|month",
            "GET /api/search?q&raw&limit&offset",
            "GET /api/documents?limit&offset",
            "GET /api/documents/{id}",
            "GET /api/quotes?speaker&limit&offset",
            "POST /api/documents (Authorization: Bearer TOKEN)",
        ],
    }))
}

async fn overview(State(state): State<Arc<AppState>>) -> Result<Json<Value>, ApiError> {
    let write = state.write_enabled();
    let o = state.read(|s| Ok(s.overview()?)).await?;
    Ok(Json(json!({
        "counts": o.counts,
        "first_day": o.first_day,
        "last_day": o.last_day,
        "first_report": o.first_report,
        "last_report": o.last_report,
        "write_enabled": write,
    })))
}

async fn events(
    State(state): State<Arc<AppState>>,
    RawQuery(q): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let p: EventParams = params::parse(q.as_deref())?;
    let filter = p.filter()?;
    let evidence = p.evidence()?;
    let (limit, offset) = (filter.limit, filter.offset);
    let rows = state
        .read(move |s| Ok(s.events(&filter, evidence)?))
        .await?;
    Ok(Json(page(rows, limit, offset)))
}

async fn event(
    State(state): State<Arc<AppState>>,
    Path(raw): Path<String>,
    RawQuery(q): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let id = id(&raw)?;
    let p: EventParams = params::parse(q.as_deref())?;
    let evidence = p.evidence.unwrap_or(20).min(params::MAX_EVIDENCE);
    let found = state.read(move |s| Ok(s.event(id, evidence)?)).await?;
    match found {
        Some(ev) => Ok(Json(json!(ev))),
        None => Err(ApiError::not_found(format!("no event {id}"))),
    }
}

async fn actors(
    State(state): State<Arc<AppState>>,
    RawQuery(q): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let p: EventParams = params::parse(q.as_deref())?;
    let filter = p.filter()?;
    let (limit, offset) = (filter.limit, filter.offset);
    let rows = state.read(move |s| Ok(s.actors(&filter)?)).await?;
    let items: Vec<Value> = rows
        .into_iter()
        .map(|a| {
            let mut v = json!(a);
            v["name"] = json!(state.name(&a.code));
            v
        })
        .collect();
    Ok(Json(page(items, limit, offset)))
}

/// Cooperation, conflict or mixed, by mention-weighted quad counts.
fn tone(quad: &[i64; 4]) -> &'static str {
    let cooperation = quad[0] + quad[1];
    let conflict = quad[2] + quad[3];
    match cooperation.cmp(&conflict) {
        std::cmp::Ordering::Greater => "cooperation",
        std::cmp::Ordering::Less => "conflict",
        std::cmp::Ordering::Equal => "mixed",
    }
}

async fn graph(
    State(state): State<Arc<AppState>>,
    RawQuery(q): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let mut p: EventParams = params::parse(q.as_deref())?;
    p.limit = Some(p.limit.unwrap_or(GRAPH_DEFAULT_LIMIT));
    let mut filter = p.filter()?;
    if !p.all_modes.unwrap_or(false) {
        filter.factual_only = true;
    }
    let (limit, offset) = (filter.limit, filter.offset);
    let (dyads, camps) = state
        .read(move |s| {
            let dyads = s.graph(&filter)?;
            let camps = s.blocs(&filter, None)?;
            Ok((dyads, camps))
        })
        .await?;
    let partition = camps.into_iter().next().map(|b| b.partition);
    let camp_of: HashMap<&str, usize> = partition
        .iter()
        .flat_map(|p| p.camps.iter().enumerate())
        .flat_map(|(i, camp)| camp.iter().map(move |c| (c.as_str(), i)))
        .collect();
    let mut nodes: BTreeMap<&str, (i64, [i64; 4])> = BTreeMap::new();
    for d in &dyads {
        for code in [d.actor.as_str(), d.recipient.as_str()] {
            let n = nodes.entry(code).or_insert((0, [0; 4]));
            n.0 += d.mentions;
            for (q, add) in n.1.iter_mut().zip(d.quad) {
                *q += add;
            }
        }
    }
    let nodes: Vec<Value> = nodes
        .into_iter()
        .map(|(code, (mentions, quad))| {
            json!({
                "code": code,
                "name": state.name(code),
                "mentions": mentions,
                "quad": quad,
                "camp": camp_of.get(code),
            })
        })
        .collect();
    let next = (dyads.len() >= limit).then_some(offset + limit);
    let edges: Vec<Value> = dyads
        .iter()
        .map(|d| {
            let mut v = json!(d);
            v["tone"] = json!(tone(&d.quad));
            v
        })
        .collect();
    Ok(Json(json!({
        "nodes": nodes,
        "edges": edges,
        "camps": partition.as_ref().map(|p| &p.camps),
        "balance": partition.as_ref().map(|p| p.balance),
        "limit": limit,
        "offset": offset,
        "next_offset": next,
    })))
}

async fn timeline(
    State(state): State<Arc<AppState>>,
    RawQuery(q): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let mut p: EventParams = params::parse(q.as_deref())?;
    p.limit = Some(p.limit.unwrap_or(params::MAX_LIMIT));
    let filter = p.filter()?;
    let by = p.period()?.unwrap_or(Period::Month);
    let (limit, offset) = (filter.limit, filter.offset);
    let rows = state.read(move |s| Ok(s.timeline(&filter, by)?)).await?;
    Ok(Json(page(rows, limit, offset)))
}

async fn blocs(
    State(state): State<Arc<AppState>>,
    RawQuery(q): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let p: EventParams = params::parse(q.as_deref())?;
    let filter = p.filter()?;
    let by = p.period()?;
    let (limit, offset) = (filter.limit, filter.offset);
    let rows = state.read(move |s| Ok(s.blocs(&filter, by)?)).await?;
    let rows: Vec<_> = rows.into_iter().skip(offset).take(limit).collect();
    Ok(Json(page(rows, limit, offset)))
}

async fn search(
    State(state): State<Arc<AppState>>,
    RawQuery(q): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let p: SearchParams = params::parse(q.as_deref())?;
    let query = p.query()?.to_string();
    let raw = p.raw.unwrap_or(false);
    let (limit, offset) = Paging {
        limit: p.limit,
        offset: p.offset,
    }
    .checked()?;
    let rows = state
        .read(move |s| Ok(s.search(&query, raw, limit, offset)?))
        .await?;
    Ok(Json(page(rows, limit, offset)))
}

async fn documents(
    State(state): State<Arc<AppState>>,
    RawQuery(q): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let p: Paging = params::parse(q.as_deref())?;
    let (limit, offset) = p.checked()?;
    let rows = state.read(move |s| Ok(s.documents(limit, offset)?)).await?;
    Ok(Json(page(rows, limit, offset)))
}

async fn document(
    State(state): State<Arc<AppState>>,
    Path(raw): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let id = id(&raw)?;
    match state.read(move |s| Ok(s.document(id)?)).await? {
        Some(doc) => Ok(Json(json!(doc))),
        None => Err(ApiError::not_found(format!("no document {id}"))),
    }
}

async fn quotes(
    State(state): State<Arc<AppState>>,
    RawQuery(q): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let p: QuoteParams = params::parse(q.as_deref())?;
    let speaker = p.speaker()?;
    let (limit, offset) = Paging {
        limit: p.limit,
        offset: p.offset,
    }
    .checked()?;
    let rows = state
        .read(move |s| Ok(s.quotes(speaker.as_deref(), limit, offset)?))
        .await?;
    Ok(Json(page(rows, limit, offset)))
}

/// `POST /api/documents`: code the articles in the body (plain text, a
/// JSON object or JSON Lines, as `dyad ingest` reads) and store them.
async fn post_documents(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    state.authorize(&headers)?;
    let report = state.ingest(body.to_vec()).await?;
    Ok(Json(report))
}
