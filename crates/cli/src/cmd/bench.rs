//! `dyad bench`: throughput and memory of the pipeline on a real corpus.
//!
//! Speed claims in the docs come from this command, never from timed unit
//! tests. It runs the same pipeline as `dyad parse`/`dyad code` but discards
//! the output, and samples resident memory as the run goes on so a reader
//! can see whether memory stays flat as the corpus grows.

use crate::input::{InputArgs, ModelArgs};
use crate::pipeline::{self, Processed, RunOptions};
use serde::Serialize;
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

/// Which part of the pipeline to measure.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// Read and split into sentences and tokens.
    Split,
    /// Read, split, tag and parse.
    Parse,
    /// Parse, then tag time expressions.
    Time,
    /// The whole `dyad code` job: parse, actors, time, quotes, events.
    Code,
    /// Actors, time and the event coder after parsing: `dyad code` without
    /// the quote finder and without place resolution.
    Events,
    /// `dyad code` with the quote finder switched off and everything else
    /// kept (the quote finder's cost is `code` minus this).
    CodeNoQuotes,
    /// `dyad code` with an empty gazetteer, so no place is found or
    /// resolved (place resolution's cost is `code` minus this).
    CodeNoPlaces,
    /// The `dyad quotes` job: parse, actors, time, quotes.
    Quotes,
    /// The `dyad ingest` job: `code` with quotes, then stored in a database
    /// (`--db`, by default a new temporary file removed afterwards).
    Ingest,
    /// The store queries, each timed on the database `--db` (no input read).
    Queries,
    /// A load test of the explorer's API on the database `--db`: mixed
    /// requests from `--connections` clients for `--seconds`.
    Serve,
}

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    syntax: ModelArgs,
    /// Stage to measure.
    #[arg(long, value_enum, default_value_t = Stage::Parse)]
    stage: Stage,
    /// Stop after this many documents.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Print the figures as one JSON object.
    #[arg(long)]
    json: bool,
    /// Database for `--stage ingest` (must not exist yet) or `--stage queries`.
    #[arg(long, value_name = "PATH")]
    db: Option<std::path::PathBuf>,
    /// Times each query is run with `--stage queries` (the median is reported).
    #[arg(long, value_name = "N", default_value_t = 5)]
    repeat: usize,
    /// How long `--stage serve` runs, in seconds.
    #[arg(long, value_name = "S", default_value_t = 60.0)]
    seconds: f64,
    /// Client connections of `--stage serve`, each sending a request once
    /// the last is answered.
    #[arg(long, value_name = "N", default_value_t = 8)]
    connections: usize,
}

/// One memory reading during the run.
#[derive(Serialize)]
struct MemorySample {
    documents: usize,
    rss_mb: f64,
}

/// The figures a benchmark run reports.
#[derive(Serialize)]
struct Report {
    stage: Stage,
    threads: usize,
    beam: usize,
    documents: usize,
    errors: usize,
    sentences: usize,
    tokens: usize,
    megabytes: f64,
    items: usize,
    seconds: f64,
    documents_per_second: f64,
    sentences_per_second: f64,
    tokens_per_second: f64,
    megabytes_per_second: f64,
    items_per_second: f64,
    peak_rss_mb: f64,
    memory: Vec<MemorySample>,
    /// For `--stage code`: the time of each step, summed over the worker
    /// threads, and the rates of one core in it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    steps: Vec<StepReport>,
}

/// One step of the `code` job: split, syntax or coding.
#[derive(Serialize)]
struct StepReport {
    step: &'static str,
    /// Seconds spent in the step, summed over threads (core-seconds).
    core_seconds: f64,
    /// Share of all core-seconds spent in the step's work.
    share: f64,
    sentences_per_core_second: f64,
    tokens_per_core_second: f64,
    megabytes_per_core_second: f64,
}

/// What each step of the `code` job says of itself: nanoseconds summed
/// over the threads that ran it.
#[derive(Default)]
struct StepClock {
    split: AtomicU64,
    syntax: AtomicU64,
    coding: AtomicU64,
}

impl StepClock {
    /// Run `f`, adding its duration to `slot`.
    fn time<T>(slot: &AtomicU64, f: impl FnOnce() -> T) -> T {
        let t0 = Instant::now();
        let out = f();
        let ns = u64::try_from(t0.elapsed().as_nanos()).unwrap_or(u64::MAX);
        slot.fetch_add(ns, Ordering::Relaxed);
        out
    }

    fn report(&self, sentences: usize, tokens: usize, megabytes: f64) -> Vec<StepReport> {
        let steps = [
            ("split + tokenize", &self.split),
            ("tag + lemma + parse", &self.syntax),
            ("actors, places, time, quotes, events", &self.coding),
        ];
        let secs: Vec<f64> = steps
            .iter()
            .map(|(_, a)| a.load(Ordering::Relaxed) as f64 / 1e9)
            .collect();
        let total: f64 = secs.iter().sum::<f64>().max(1e-9);
        steps
            .iter()
            .zip(secs)
            .map(|((name, _), s)| {
                let s1 = s.max(1e-9);
                StepReport {
                    step: name,
                    core_seconds: s,
                    share: s / total,
                    sentences_per_core_second: sentences as f64 / s1,
                    tokens_per_core_second: tokens as f64 / s1,
                    megabytes_per_core_second: megabytes / s1,
                }
            })
            .collect()
    }
}

/// Run the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    if args.stage == Stage::Queries {
        let db = args.db.clone().ok_or_else(|| {
            anyhow::anyhow!("--stage queries needs --db PATH (a database written by `dyad ingest`)")
        })?;
        return super::bench_queries::run(&db, args.repeat.max(1), args.json);
    }
    if args.stage == Stage::Serve {
        let db = args.db.clone().ok_or_else(|| {
            anyhow::anyhow!("--stage serve needs --db PATH (a database written by `dyad ingest`)")
        })?;
        return super::bench_serve::run(&db, args.seconds, args.connections, args.json);
    }
    let model = args.syntax.load()?;
    let model = model.as_ref();
    let kb = dyad_actors::KnowledgeBase::builtin()?;
    let coder = dyad_events::Coder::builtin()?;
    let no_places = dyad_places::Gazetteer::default();
    let pool = args.input.pool()?;
    let threads = pool.current_num_threads();
    let stage = args.stage;
    let limit = args.limit.unwrap_or(usize::MAX);
    let reader = args.input.reader()?.take(limit);
    let mut memory = Vec::new();
    let mut seen = 0usize;
    let mut next_sample = 0usize;
    let mut sample = |memory: &mut Vec<MemorySample>| {
        seen += 1;
        if seen >= next_sample {
            if let Some(rss) = resident_mb("VmRSS") {
                memory.push(MemorySample {
                    documents: seen,
                    rss_mb: rss,
                });
            }
            next_sample = seen + 500;
        }
    };
    let clock = StepClock::default();
    let opts = RunOptions {
        pool: &pool,
        progress: !args.input.quiet,
        report_errors: !args.input.quiet,
        max_errors: args.input.max_errors,
    };
    let stats = if stage == Stage::Ingest {
        let (db, _temp) = match &args.db {
            Some(p) if p.exists() => anyhow::bail!(
                "{} exists: the ingest benchmark needs a new database",
                p.display()
            ),
            Some(p) => (p.clone(), None),
            None => {
                let dir = tempfile::tempdir()?;
                (dir.path().join("bench.db"), Some(dir))
            }
        };
        let coding = super::ingest::Coding {
            db: &db,
            model,
            kb,
            coder,
            policy: dyad_events::OutputPolicy::default(),
        };
        let mut writer = super::ingest::Writer::new(dyad_store::Store::open_writer(&db)?);
        let stats = pipeline::run(
            reader,
            opts,
            |doc| coding.prepare(doc),
            |p| {
                writer.write(&p.output)?;
                sample(&mut memory);
                Ok(())
            },
        )?;
        writer.store.commit()?;
        stats
    } else {
        pipeline::run(
            reader,
            RunOptions {
                pool: &pool,
                progress: !args.input.quiet,
                report_errors: !args.input.quiet,
                max_errors: args.input.max_errors,
            },
            |mut doc| {
                let items = match stage {
                    Stage::Split => {
                        dyad_text::segment(&mut doc);
                        0
                    }
                    Stage::Parse => {
                        pipeline::analyse(&mut doc, model);
                        0
                    }
                    Stage::Time => {
                        pipeline::analyse(&mut doc, model);
                        dyad_time::tag_document(&doc).len()
                    }
                    Stage::Code => {
                        StepClock::time(&clock.split, || dyad_text::segment(&mut doc));
                        StepClock::time(&clock.syntax, || pipeline::parse(&mut doc, model));
                        StepClock::time(&clock.coding, || coder.code_document(kb, &doc).len())
                    }
                    Stage::CodeNoQuotes => {
                        StepClock::time(&clock.split, || dyad_text::segment(&mut doc));
                        StepClock::time(&clock.syntax, || pipeline::parse(&mut doc, model));
                        StepClock::time(&clock.coding, || {
                            coder.code_document_without_quotes(kb, &doc).len()
                        })
                    }
                    Stage::CodeNoPlaces => {
                        pipeline::analyse(&mut doc, model);
                        coder.code_document_in(kb, &no_places, &doc).events.len()
                    }
                    Stage::Events => {
                        pipeline::analyse(&mut doc, model);
                        let mentions = dyad_actors::find_mentions(kb, &doc);
                        coder.code_with_mentions(&doc, &mentions).len()
                    }
                    Stage::Quotes => {
                        pipeline::analyse(&mut doc, model);
                        super::quotes::document_quotes(kb, &doc).len()
                    }
                    Stage::Ingest | Stage::Queries | Stage::Serve => 0,
                };
                Processed::new(&doc, items, ())
            },
            |_| {
                sample(&mut memory);
                Ok(())
            },
        )?
    };
    let secs = stats.seconds.max(1e-9);
    let mb = stats.bytes as f64 / 1e6;
    let report = Report {
        stage,
        threads,
        beam: model.beam(),
        documents: stats.documents,
        errors: stats.errors,
        sentences: stats.sentences,
        tokens: stats.tokens,
        megabytes: mb,
        items: stats.items,
        seconds: stats.seconds,
        documents_per_second: stats.documents as f64 / secs,
        sentences_per_second: stats.sentences as f64 / secs,
        tokens_per_second: stats.tokens as f64 / secs,
        megabytes_per_second: mb / secs,
        items_per_second: stats.items as f64 / secs,
        peak_rss_mb: resident_mb("VmHWM").unwrap_or(0.0),
        memory,
        steps: if matches!(stage, Stage::Code | Stage::CodeNoQuotes) {
            clock.report(stats.sentences, stats.tokens, mb)
        } else {
            Vec::new()
        },
    };
    // Written, not printed: a closed pipe (`| head`) ends quietly.
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", serde_json::to_string(&report)?)?;
    } else {
        print_report(&mut out, &report)?;
    }
    Ok(())
}

fn print_report(out: &mut impl Write, r: &Report) -> std::io::Result<()> {
    writeln!(out, "stage            {:?}", r.stage)?;
    writeln!(out, "threads          {}", r.threads)?;
    writeln!(out, "parser beam      {}", r.beam)?;
    writeln!(
        out,
        "documents        {} ({} skipped with errors)",
        r.documents, r.errors
    )?;
    writeln!(out, "sentences        {}", r.sentences)?;
    writeln!(out, "tokens           {}", r.tokens)?;
    writeln!(out, "text             {:.1} MB", r.megabytes)?;
    writeln!(out, "seconds          {:.2}", r.seconds)?;
    writeln!(out, "documents/s      {:.1}", r.documents_per_second)?;
    writeln!(out, "sentences/s      {:.0}", r.sentences_per_second)?;
    writeln!(out, "tokens/s         {:.0}", r.tokens_per_second)?;
    writeln!(out, "MB/s             {:.2}", r.megabytes_per_second)?;
    if matches!(
        r.stage,
        Stage::Code
            | Stage::CodeNoPlaces
            | Stage::CodeNoQuotes
            | Stage::Time
            | Stage::Events
            | Stage::Quotes
            | Stage::Ingest
    ) {
        writeln!(
            out,
            "output items/s   {:.1} ({} in all)",
            r.items_per_second, r.items
        )?;
    }
    writeln!(out, "peak RSS         {:.0} MB", r.peak_rss_mb)?;
    let samples: Vec<String> = r
        .memory
        .iter()
        .map(|m| format!("{}:{:.0}", m.documents, m.rss_mb))
        .collect();
    writeln!(out, "RSS by documents {}", samples.join(" "))?;
    if !r.steps.is_empty() {
        writeln!(
            out,
            "\nper step, one core: {:>8} {:>6} {:>12} {:>12} {:>8}",
            "core-s", "share", "sentences/s", "tokens/s", "MB/s"
        )?;
        for st in &r.steps {
            writeln!(
                out,
                "  {:<36} {:>8.2} {:>5.1}% {:>12.0} {:>12.0} {:>8.2}",
                st.step,
                st.core_seconds,
                st.share * 100.0,
                st.sentences_per_core_second,
                st.tokens_per_core_second,
                st.megabytes_per_core_second
            )?;
        }
    }
    Ok(())
}

/// A memory figure from /proc/self/status in MB (Linux only; `None` elsewhere).
pub(crate) fn resident_mb(field: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}
