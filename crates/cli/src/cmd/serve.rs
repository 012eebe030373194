//! `dyad serve`: the explorer. Ingests the given articles (if any) into a
//! database, then serves the HTTP API and the web page over it.

use crate::input::{InputArgs, ModelArgs, PolicyArgs};
use crate::pipeline;
use anyhow::Context;
use dyad_serve::{Assets, Config, Ingest, Names};
use dyad_store::{Added, PreparedDocument, Store};
use std::borrow::Cow;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    /// Articles to ingest before serving (files or directories, as for
    /// `dyad ingest`); none to serve the database as it is.
    inputs: Vec<PathBuf>,
    /// The database (default: `dyad.db` when no inputs are given; with
    /// inputs, a database for them under the system's temporary directory).
    #[arg(long, value_name = "PATH")]
    db: Option<PathBuf>,
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, value_name = "IP:PORT", default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Enable `POST /api/documents` for requests that carry this token
    /// (`Authorization: Bearer TOKEN`). Without it the server is read-only.
    #[arg(long, value_name = "TOKEN", env = "DYAD_TOKEN", hide_env_values = true)]
    token: Option<String>,
    /// Answer requests for any host name (the default answers only
    /// localhost names, so other web pages cannot reach the API).
    #[arg(long)]
    any_host: bool,
    /// Longest time one database query may run, in seconds.
    #[arg(long, value_name = "S", default_value_t = 5.0)]
    query_seconds: f64,
    /// Serve the page's files from this directory instead of the copies
    /// built into the binary (for working on the page).
    #[arg(long, value_name = "DIR", hide = true)]
    assets: Option<PathBuf>,
    /// Extra knowledge-base file(s), as for `dyad code`.
    #[arg(long, value_name = "FILE")]
    kb: Vec<PathBuf>,
    /// Worker threads for ingesting (default: all cores).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// No progress bar or summary while ingesting.
    #[arg(long, short)]
    quiet: bool,
    #[command(flatten)]
    policy: PolicyArgs,
    #[command(flatten)]
    syntax: ModelArgs,
}

/// The database for a set of inputs when `--db` is not given: one per set,
/// under the temporary directory, so serving the same inputs again reuses it.
fn default_db_for(inputs: &[PathBuf]) -> PathBuf {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for p in inputs {
        std::fs::canonicalize(p)
            .unwrap_or_else(|_| p.clone())
            .hash(&mut hasher);
    }
    std::env::temp_dir()
        .join("dyad-serve")
        .join(format!("{:016x}.db", hasher.finish()))
}

/// Codes and stores articles posted to the API.
struct PostedArticles {
    model: Cow<'static, dyad_syntax::Model>,
    kb: Cow<'static, dyad_actors::KnowledgeBase>,
    coder: &'static dyad_events::Coder,
    policy: dyad_events::OutputPolicy,
}

impl Ingest for PostedArticles {
    fn ingest(&self, body: &[u8], db: &Path) -> Result<serde_json::Value, String> {
        let mut store = Store::open_writer(db).map_err(|e| e.to_string())?;
        let reader = dyad_read::read_stream(
            "POST /api/documents",
            std::io::Cursor::new(body.to_vec()),
            dyad_read::ReadOptions::default(),
        );
        let (mut read, mut duplicates, mut mentions) = (0usize, 0usize, 0usize);
        let mut added: Vec<i64> = Vec::new();
        let mut errors: Vec<String> = Vec::new();
        for item in reader {
            let mut doc = match item {
                Ok(doc) => doc,
                Err(e) => {
                    errors.push(e.to_string());
                    continue;
                }
            };
            read += 1;
            pipeline::analyse(&mut doc, &self.model);
            let (mut events, quotes) = self.coder.code_document_with_quotes(&self.kb, &doc);
            self.policy.apply(&mut events);
            let prepared = PreparedDocument::new(&doc, events, quotes);
            let outcome = store.begin().and_then(|()| store.add(&prepared));
            match outcome.map_err(|e| e.to_string())? {
                Added::Duplicate(_) => duplicates += 1,
                Added::New {
                    id, mentions: m, ..
                } => {
                    added.push(id);
                    mentions += m;
                }
            }
        }
        store.commit().map_err(|e| e.to_string())?;
        Ok(serde_json::json!({
            "read": read,
            "added": added,
            "duplicates": duplicates,
            "mentions": mentions,
            "errors": errors,
        }))
    }
}

/// Run the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let db = match (&args.db, args.inputs.is_empty()) {
        (Some(db), _) => db.clone(),
        (None, true) => PathBuf::from(dyad_store::DEFAULT_DB),
        (None, false) => {
            let db = default_db_for(&args.inputs);
            if let Some(dir) = db.parent() {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("creating {}", dir.display()))?;
            }
            db
        }
    };
    if !args.inputs.is_empty() {
        crate::note!("dyad: ingesting into {}", db.display());
        crate::cmd::ingest::run(crate::cmd::ingest::Args {
            input: InputArgs {
                inputs: args.inputs.clone(),
                date: None,
                threads: args.threads,
                quiet: args.quiet,
                max_errors: pipeline::DEFAULT_MAX_ERRORS,
            },
            db: db.clone(),
            kb: args.kb.clone(),
            policy: args.policy.clone(),
            syntax: args.syntax.clone(),
        })?;
    }
    // Fail now, with the store's own message, if the database is unusable.
    let counts = Store::open_reader(&db)?.counts()?;

    let kb = crate::input::knowledge_base(&args.kb, true)?;
    let writer = match &args.token {
        Some(token) if token.len() < 16 => {
            anyhow::bail!("the token must be at least 16 characters long")
        }
        Some(token) => {
            let ingest = PostedArticles {
                model: args.syntax.load()?,
                kb: kb.clone(),
                coder: dyad_events::Coder::builtin()?,
                policy: args.policy.policy(),
            };
            Some((token.clone(), Arc::new(ingest) as Arc<dyn Ingest>))
        }
        None => None,
    };
    let names_kb = kb.clone();
    let names: Names = Arc::new(move |code: &str| names_kb.country_name(code).map(str::to_string));
    let any_host = args.any_host || !args.addr.ip().is_loopback();
    let config = Config {
        db: db.clone(),
        concurrency: std::thread::available_parallelism().map_or(2, |n| n.get() * 2),
        query_time: Duration::from_secs_f64(args.query_seconds.clamp(0.1, 600.0)),
        names,
        writer: writer.clone(),
        assets: Assets {
            dir: args.assets.clone(),
        },
        any_host,
    };
    let write = writer.is_some();
    dyad_serve::run(config, args.addr, |addr| {
        let url = format!("http://{addr}/");
        crate::note!(
            "dyad: serving {} ({} documents, {} events) at {url}{}",
            db.display(),
            counts.documents,
            counts.events,
            if write {
                "; POST /api/documents accepts articles with the token"
            } else {
                " (read-only)"
            }
        );
        if !addr.ip().is_loopback() {
            crate::note!(
                "dyad: listening beyond this machine: anyone who can reach {addr} can read the database"
            );
        }
        crate::note!("dyad: press Ctrl-C to stop");
        // The URL alone on standard output, for scripts.
        let mut out = std::io::stdout();
        let _ = writeln!(out, "{url}");
        let _ = out.flush();
    })
    .with_context(|| format!("serving on {} (is the port in use? try --addr 127.0.0.1:0)", args.addr))
}
