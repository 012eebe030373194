//! `dyad bench --stage queries`: each store query timed on a database.

use dyad_store::query::{Filter, Period};
use dyad_store::{Store, StoreError};
use serde::Serialize;
use std::io::Write;
use std::path::Path;
use std::time::Instant;

/// One query's timing.
#[derive(Serialize)]
struct Timing {
    query: &'static str,
    rows: usize,
    median_ms: f64,
    max_ms: f64,
}

/// The report.
#[derive(Serialize)]
struct Report {
    database: String,
    megabytes: f64,
    documents: i64,
    events: i64,
    mentions: i64,
    repeat: usize,
    queries: Vec<Timing>,
}

fn day(s: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

type Query = Box<dyn Fn(&Store) -> Result<usize, StoreError>>;

/// The queries timed: what the CLI commands and the README examples ask.
fn queries() -> Vec<(&'static str, Query)> {
    vec![
        (
            "events --actor USA (50, 3 evidence each)",
            Box::new(|s: &Store| {
                let f = Filter {
                    actor: Some("USA".into()),
                    ..Filter::with_limit(50)
                };
                Ok(s.events(&f, 3)?.len())
            }),
        ),
        (
            "events --actor RUS --recipient UKR --category ASSAULT --since 2014-01-01",
            Box::new(|s: &Store| {
                let f = Filter {
                    actor: Some("RUS".into()),
                    recipient: Some("UKR".into()),
                    category: Some("ASSAULT".into()),
                    since: day("2014-01-01"),
                    ..Filter::with_limit(50)
                };
                Ok(s.events(&f, 3)?.len())
            }),
        ),
        (
            "search \"Kim Jong-un\" (20)",
            Box::new(|s: &Store| Ok(s.search("\"Kim Jong-un\"", false, 20, 0)?.len())),
        ),
        (
            "search president (20, a very common word)",
            Box::new(|s: &Store| Ok(s.search("president", false, 20, 0)?.len())),
        ),
        (
            "actors (50)",
            Box::new(|s: &Store| Ok(s.actors(&Filter::with_limit(50))?.len())),
        ),
        (
            "graph (all dyads, all time)",
            Box::new(|s: &Store| {
                let f = Filter {
                    factual_only: true,
                    ..Filter::with_limit(100_000)
                };
                Ok(s.graph(&f)?.len())
            }),
        ),
        (
            "graph --since 2019-01-01 --until 2019-12-31",
            Box::new(|s: &Store| {
                let f = Filter {
                    factual_only: true,
                    since: day("2019-01-01"),
                    until: day("2019-12-31"),
                    ..Filter::with_limit(100_000)
                };
                Ok(s.graph(&f)?.len())
            }),
        ),
        (
            "timeline --actor USA --by month",
            Box::new(|s: &Store| {
                let f = Filter {
                    actor: Some("USA".into()),
                    ..Filter::with_limit(100_000)
                };
                Ok(s.timeline(&f, Period::Month)?.len())
            }),
        ),
        (
            "timeline --actor USA --recipient CHN --by week",
            Box::new(|s: &Store| {
                let f = Filter {
                    actor: Some("USA".into()),
                    recipient: Some("CHN".into()),
                    ..Filter::with_limit(100_000)
                };
                Ok(s.timeline(&f, Period::Week)?.len())
            }),
        ),
        (
            "blocs (all time)",
            Box::new(|s: &Store| Ok(s.blocs(&Filter::with_limit(1), None)?.len())),
        ),
        (
            "blocs --since 2019-01-01 --until 2019-12-31 --by month",
            Box::new(|s: &Store| {
                let f = Filter {
                    since: day("2019-01-01"),
                    until: day("2019-12-31"),
                    ..Filter::with_limit(1)
                };
                Ok(s.blocs(&f, Some(Period::Month))?.len())
            }),
        ),
    ]
}

/// Time every query `repeat` times on `db`.
pub fn run(db: &Path, repeat: usize, json: bool) -> anyhow::Result<()> {
    let store = Store::open_reader(db)?;
    let counts = store.counts()?;
    let mut bytes = 0u64;
    for suffix in ["", "-wal"] {
        let p = format!("{}{suffix}", db.display());
        bytes += std::fs::metadata(&p).map(|m| m.len()).unwrap_or(0);
    }
    let mut timings = Vec::new();
    for (name, q) in queries() {
        let mut ms = Vec::with_capacity(repeat);
        let mut rows = 0;
        for _ in 0..repeat {
            let t = Instant::now();
            rows = q(&store)?;
            ms.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        ms.sort_by(|a, b| a.total_cmp(b));
        timings.push(Timing {
            query: name,
            rows,
            median_ms: ms[ms.len() / 2],
            max_ms: ms[ms.len() - 1],
        });
    }
    let report = Report {
        database: db.display().to_string(),
        megabytes: bytes as f64 / 1e6,
        documents: counts.documents,
        events: counts.events,
        mentions: counts.mentions,
        repeat,
        queries: timings,
    };
    let mut out = std::io::stdout().lock();
    if json {
        writeln!(out, "{}", serde_json::to_string(&report)?)?;
        return Ok(());
    }
    writeln!(
        out,
        "database {}: {:.0} MB, {} documents, {} events from {} mentions",
        report.database, report.megabytes, report.documents, report.events, report.mentions
    )?;
    writeln!(
        out,
        "{:>10} {:>10} {:>8}  query",
        "median ms", "max ms", "rows"
    )?;
    for t in &report.queries {
        writeln!(
            out,
            "{:>10.1} {:>10.1} {:>8}  {}",
            t.median_ms, t.max_ms, t.rows, t.query
        )?;
    }
    Ok(())
}
