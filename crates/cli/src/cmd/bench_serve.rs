//! `dyad bench --stage serve`: a load test of the explorer's API. The
//! server runs in this process on 127.0.0.1 (never another host); client
//! threads send a fixed mix of requests over kept-alive connections, each
//! waiting for its answer before the next (a closed loop, so the rate is
//! what the machine sustains), for a bounded time and count. Reports the
//! rate, errors, latency percentiles per kind of request and memory.

use crate::cmd::bench::resident_mb;
use anyhow::Context;
use dyad_store::query::Filter;
use dyad_store::Store;
use serde::Serialize;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Most requests in one run, whatever the time.
const MAX_REQUESTS: u64 = 5_000_000;

/// What the requests are built from: real actors, dyads, documents, months
/// and words of the database.
struct Material {
    actors: Vec<String>,
    dyads: Vec<(String, String)>,
    documents: Vec<i64>,
    months: Vec<String>,
}

/// Search words of world news.
const WORDS: &[&str] = &[
    "missile",
    "sanctions",
    "election",
    "ceasefire",
    "talks",
    "protest",
    "\"prime minister\"",
    "nuclear",
    "border",
    "refugees",
    "troops",
    "embassy",
];

/// The kinds of request and their share of the mix (out of 100).
const MIX: &[(&str, u32)] = &[
    ("overview", 5),
    ("events by actor", 20),
    ("events by dyad", 10),
    ("graph, 3 months", 15),
    ("graph, all time", 5),
    ("timeline by actor", 10),
    ("actors, 3 months", 5),
    ("search", 15),
    ("document", 10),
    ("blocs, 3 months", 5),
];

impl Material {
    fn gather(store: &Store) -> anyhow::Result<Material> {
        let actors = store
            .actors(&Filter::with_limit(60))?
            .into_iter()
            .map(|a| a.code)
            .collect();
        let dyads = store
            .graph(&Filter::with_limit(60))?
            .into_iter()
            .map(|d| (d.actor, d.recipient))
            .collect();
        let documents = store.documents(500, 0)?.into_iter().map(|d| d.id).collect();
        let overview = store.overview()?;
        let months = months_between(
            overview.first_report.as_deref(),
            overview.last_report.as_deref(),
        );
        Ok(Material {
            actors,
            dyads,
            documents,
            months,
        })
    }

    /// A three-month period of the publication range as query parameters.
    fn window(&self, rng: &mut Rng) -> String {
        match self.months.len() {
            0 => String::new(),
            n => {
                let i = rng_index(rng, n);
                let j = (i + 2).min(n - 1);
                format!("&since={}-01&until={}-28", self.months[i], self.months[j])
            }
        }
    }

    /// The path of one request of kind `kind`, chosen with `rng`.
    fn path(&self, kind: &str, rng: &mut Rng) -> String {
        let actor = pick(&self.actors, rng).map_or("USA", String::as_str);
        match kind {
            "overview" => "/api/overview".into(),
            "events by actor" => format!("/api/events?actor={actor}&limit=25&evidence=3"),
            "events by dyad" => match pick(&self.dyads, rng) {
                Some((a, b)) => {
                    format!("/api/events?actor={a}&recipient={b}&either=true&limit=25")
                }
                None => "/api/events?limit=25".into(),
            },
            "graph, 3 months" => format!("/api/graph?limit=80{}", self.window(rng)),
            "graph, all time" => "/api/graph?limit=80".into(),
            "timeline by actor" => format!("/api/timeline?actor={actor}&either=true&by=month"),
            "actors, 3 months" => format!("/api/actors?limit=50{}", self.window(rng)),
            "search" => {
                let word = WORDS[rng_index(rng, WORDS.len())];
                format!(
                    "/api/search?q={}&limit=25",
                    word.replace('"', "%22").replace(' ', "%20")
                )
            }
            "document" => match pick(&self.documents, rng) {
                Some(id) => format!("/api/documents/{id}"),
                None => "/api/documents".into(),
            },
            _ => format!("/api/blocs?limit=5{}", self.window(rng)),
        }
    }
}

/// Months `YYYY-MM` from `first` to `last` (at most 600).
fn months_between(first: Option<&str>, last: Option<&str>) -> Vec<String> {
    let parse = |s: Option<&str>| -> Option<(i32, u32)> {
        let s = s?;
        Some((s.get(..4)?.parse().ok()?, s.get(5..7)?.parse().ok()?))
    };
    let (Some((mut y, mut m)), Some((ly, lm))) = (parse(first), parse(last)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    while (y, m) <= (ly, lm) && out.len() < 600 {
        out.push(format!("{y:04}-{m:02}"));
        m += 1;
        if m > 12 {
            m = 1;
            y += 1;
        }
    }
    out
}

/// A small deterministic random generator (xorshift64*), so runs repeat.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn rng_index(rng: &mut Rng, n: usize) -> usize {
    (rng.next() % n.max(1) as u64) as usize
}

fn pick<'a, T>(v: &'a [T], rng: &mut Rng) -> Option<&'a T> {
    if v.is_empty() {
        None
    } else {
        v.get(rng_index(rng, v.len()))
    }
}

/// The kind of the next request, by the weights of [`MIX`].
fn kind(rng: &mut Rng) -> &'static str {
    let total: u32 = MIX.iter().map(|(_, w)| w).sum();
    let mut r = (rng.next() % u64::from(total)) as u32;
    for (k, w) in MIX {
        if r < *w {
            return k;
        }
        r -= w;
    }
    MIX[0].0
}

/// One kept-alive HTTP/1.1 connection.
struct Connection {
    addr: SocketAddr,
    reader: Option<BufReader<TcpStream>>,
}

impl Connection {
    /// GET `path`; the status, or an error for a broken exchange.
    fn get(&mut self, path: &str) -> std::io::Result<u16> {
        if self.reader.is_none() {
            let stream = TcpStream::connect(self.addr)?;
            stream.set_nodelay(true)?;
            stream.set_read_timeout(Some(Duration::from_secs(30)))?;
            self.reader = Some(BufReader::new(stream));
        }
        let result = self.exchange(path);
        if result.is_err() {
            self.reader = None;
        }
        result
    }

    fn exchange(&mut self, path: &str) -> std::io::Result<u16> {
        let reader = self
            .reader
            .as_mut()
            .ok_or_else(|| std::io::Error::other("not connected"))?;
        write!(
            reader.get_mut(),
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n"
        )?;
        let mut line = String::new();
        reader.read_line(&mut line)?;
        let status: u16 = line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
        let (mut length, mut chunked) = (None, false);
        loop {
            line.clear();
            if reader.read_line(&mut line)? == 0 {
                return Err(std::io::ErrorKind::UnexpectedEof.into());
            }
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                let name = name.trim().to_ascii_lowercase();
                if name == "content-length" {
                    length = value.trim().parse::<u64>().ok();
                } else if name == "transfer-encoding" && value.contains("chunked") {
                    chunked = true;
                }
            }
        }
        if chunked {
            loop {
                line.clear();
                reader.read_line(&mut line)?;
                let size = u64::from_str_radix(line.trim(), 16)
                    .map_err(|_| std::io::Error::other("bad chunk size"))?;
                std::io::copy(&mut reader.by_ref().take(size + 2), &mut std::io::sink())?;
                if size == 0 {
                    break;
                }
            }
        } else {
            let n = length.ok_or_else(|| std::io::Error::other("no content length"))?;
            let copied = std::io::copy(&mut reader.by_ref().take(n), &mut std::io::sink())?;
            if copied < n {
                return Err(std::io::ErrorKind::UnexpectedEof.into());
            }
        }
        Ok(status)
    }
}

/// Latencies of one kind of request.
#[derive(Serialize)]
struct KindReport {
    kind: &'static str,
    requests: usize,
    errors: usize,
    p50_ms: f64,
    p99_ms: f64,
    max_ms: f64,
}

/// The report.
#[derive(Serialize)]
struct Report {
    database: String,
    documents: i64,
    events: i64,
    connections: usize,
    server_threads: usize,
    seconds: f64,
    requests: usize,
    errors: usize,
    requests_per_second: f64,
    p50_ms: f64,
    p90_ms: f64,
    p99_ms: f64,
    max_ms: f64,
    rss_before_mb: f64,
    peak_rss_mb: f64,
    kinds: Vec<KindReport>,
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// Load-test the API over `db` for `seconds` with `connections` clients.
pub fn run(db: &Path, seconds: f64, connections: usize, json: bool) -> anyhow::Result<()> {
    let store = Store::open_reader(db)?;
    let counts = store.counts()?;
    let material = Arc::new(Material::gather(&store).context("reading the database")?);
    drop(store);
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let kb = dyad_actors::KnowledgeBase::builtin()?;
    let config = dyad_serve::Config {
        db: db.to_path_buf(),
        concurrency: cores * 2,
        query_time: Duration::from_secs(5),
        names: Arc::new(move |code: &str| kb.country_name(code).map(str::to_string)),
        writer: None,
        assets: dyad_serve::Assets::default(),
        any_host: false,
    };
    let rss_before_mb = resident_mb("VmRSS").unwrap_or(0.0);
    let server = dyad_serve::spawn(config, SocketAddr::from(([127, 0, 0, 1], 0)), cores)
        .context("starting the server on 127.0.0.1")?;
    let addr = server.addr;
    let stop = Arc::new(AtomicBool::new(false));
    let sent = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let deadline = started + Duration::from_secs_f64(seconds.clamp(1.0, 3600.0));
    let clients: Vec<_> = (0..connections.max(1))
        .map(|c| {
            let (material, stop, sent) = (material.clone(), stop.clone(), sent.clone());
            std::thread::spawn(move || {
                let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ (c as u64 + 1).wrapping_mul(0x1234_5677));
                let mut conn = Connection { addr, reader: None };
                let mut seen: Vec<(&'static str, f64, bool)> = Vec::new();
                while !stop.load(Ordering::Relaxed)
                    && Instant::now() < deadline
                    && sent.fetch_add(1, Ordering::Relaxed) < MAX_REQUESTS
                {
                    let k = kind(&mut rng);
                    let path = material.path(k, &mut rng);
                    let t = Instant::now();
                    let ok = matches!(conn.get(&path), Ok(200));
                    seen.push((k, t.elapsed().as_secs_f64() * 1000.0, ok));
                }
                seen
            })
        })
        .collect();
    let mut all: Vec<(&'static str, f64, bool)> = Vec::new();
    for c in clients {
        all.extend(c.join().unwrap_or_default());
    }
    stop.store(true, Ordering::Relaxed);
    let elapsed = started.elapsed().as_secs_f64();
    let peak_rss_mb = resident_mb("VmHWM").unwrap_or(0.0);
    server.stop().context("stopping the server")?;

    let mut lat: Vec<f64> = all.iter().map(|(_, ms, _)| *ms).collect();
    lat.sort_by(f64::total_cmp);
    let kinds = MIX
        .iter()
        .map(|(k, _)| {
            let mut v: Vec<f64> = all
                .iter()
                .filter(|(kk, _, _)| kk == k)
                .map(|(_, ms, _)| *ms)
                .collect();
            v.sort_by(f64::total_cmp);
            KindReport {
                kind: k,
                requests: v.len(),
                errors: all.iter().filter(|(kk, _, ok)| kk == k && !ok).count(),
                p50_ms: percentile(&v, 0.5),
                p99_ms: percentile(&v, 0.99),
                max_ms: v.last().copied().unwrap_or(0.0),
            }
        })
        .collect();
    let report = Report {
        database: db.display().to_string(),
        documents: counts.documents,
        events: counts.events,
        connections: connections.max(1),
        server_threads: cores,
        seconds: elapsed,
        requests: all.len(),
        errors: all.iter().filter(|(_, _, ok)| !ok).count(),
        requests_per_second: all.len() as f64 / elapsed.max(1e-9),
        p50_ms: percentile(&lat, 0.5),
        p90_ms: percentile(&lat, 0.9),
        p99_ms: percentile(&lat, 0.99),
        max_ms: lat.last().copied().unwrap_or(0.0),
        rss_before_mb,
        peak_rss_mb,
        kinds,
    };
    let mut out = std::io::stdout().lock();
    if json {
        writeln!(out, "{}", serde_json::to_string(&report)?)?;
        return Ok(());
    }
    writeln!(
        out,
        "database {}: {} documents, {} events",
        report.database, report.documents, report.events
    )?;
    writeln!(
        out,
        "{} requests in {:.1} s over {} connections ({} server threads): {:.0} requests/s, {} errors",
        report.requests,
        report.seconds,
        report.connections,
        report.server_threads,
        report.requests_per_second,
        report.errors
    )?;
    writeln!(
        out,
        "latency p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        report.p50_ms, report.p90_ms, report.p99_ms, report.max_ms
    )?;
    writeln!(
        out,
        "memory (server and clients, one process): {:.0} MB before, {:.0} MB peak",
        report.rss_before_mb, report.peak_rss_mb
    )?;
    writeln!(
        out,
        "{:>9} {:>7} {:>9} {:>9} {:>9}  request",
        "requests", "errors", "p50 ms", "p99 ms", "max ms"
    )?;
    for k in &report.kinds {
        writeln!(
            out,
            "{:>9} {:>7} {:>9.1} {:>9.1} {:>9.1}  {}",
            k.requests, k.errors, k.p50_ms, k.p99_ms, k.max_ms, k.kind
        )?;
    }
    if report.errors > 0 {
        anyhow::bail!("{} requests failed", report.errors);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mix_is_deterministic_and_covers_every_kind() {
        let mut a = Rng(7);
        let mut b = Rng(7);
        let ka: Vec<_> = (0..1000).map(|_| kind(&mut a)).collect();
        let kb: Vec<_> = (0..1000).map(|_| kind(&mut b)).collect();
        assert_eq!(ka, kb);
        for (k, _) in MIX {
            assert!(ka.contains(k), "{k} never chosen");
        }
        assert_eq!(MIX.iter().map(|(_, w)| w).sum::<u32>(), 100);
    }

    #[test]
    fn months_run_from_first_to_last() {
        assert_eq!(
            months_between(Some("2019-11-30"), Some("2020-02-01")),
            ["2019-11", "2019-12", "2020-01", "2020-02"]
        );
        assert!(months_between(None, Some("2020-01-01")).is_empty());
    }
}
