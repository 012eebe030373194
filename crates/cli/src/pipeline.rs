//! The document pipeline: read → segment → parse → (command-specific work),
//! parallel across documents, bounded in memory.
//!
//! Documents are read on one thread and handed over in chunks of bounded
//! size; each chunk is processed in parallel on the worker pool and its
//! results are written in input order before the next chunk is taken. Memory
//! therefore depends on the chunk size, never on the corpus size.

use crate::output::WriteStop;
use dyad_core::Document;
use dyad_read::ReadError;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::HashMap;
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Documents per chunk: enough to keep every core busy, few enough that a
/// chunk of long articles stays a few megabytes.
const CHUNK_DOCS: usize = 256;
/// The first chunk is small and chunks double up to [`CHUNK_DOCS`], so the
/// first records come out at once (`dyad code ... | head -1`).
const FIRST_CHUNK_DOCS: usize = 4;
/// Errors listed one by one per input before they are only counted.
pub const DEFAULT_MAX_ERRORS: usize = 100;

/// Set by SIGINT or SIGTERM: the run stops after the chunk in hand.
static STOP: AtomicBool = AtomicBool::new(false);
/// True while [`run`] is working through documents (a signal outside a run,
/// during training or an evaluation, ends the process at once).
static RUNNING: AtomicBool = AtomicBool::new(false);

/// Whether a document run is in progress.
pub fn running() -> bool {
    RUNNING.load(Ordering::SeqCst)
}

/// Ask the running pipeline to stop after the chunk in hand (the signal
/// handler calls this).
pub fn request_stop() {
    STOP.store(true, Ordering::SeqCst);
}

/// Whether a stop was requested.
pub fn stop_requested() -> bool {
    STOP.load(Ordering::SeqCst)
}
/// Bytes of article text per chunk, whichever limit is hit first.
const CHUNK_BYTES: usize = 8 << 20;

/// Counts for the summary line and the benchmark.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct Stats {
    /// Documents read successfully.
    pub documents: usize,
    /// Records that could not be read (reported on stderr and skipped).
    pub errors: usize,
    /// Sentences processed.
    pub sentences: usize,
    /// Tokens processed.
    pub tokens: usize,
    /// Bytes of article text processed.
    pub bytes: usize,
    /// Items the command produced (events, expressions, ...).
    pub items: usize,
    /// Wall-clock seconds.
    pub seconds: f64,
    /// The run was stopped by SIGINT or SIGTERM before the input ended.
    pub interrupted: bool,
    /// The reader of the output went away (a closed pipe).
    pub output_closed: bool,
    /// Per input, errors counted but not listed (beyond the listing limit).
    #[serde(skip)]
    pub unlisted_errors: Vec<(String, usize)>,
}

/// What a processed document hands back to the writer.
pub struct Processed<T> {
    /// Sentences in the document.
    pub sentences: usize,
    /// Tokens in the document.
    pub tokens: usize,
    /// Bytes of article text.
    pub bytes: usize,
    /// Number of output items in `output`.
    pub items: usize,
    /// The command's output for this document.
    pub output: T,
    /// The document's id and, when it was too long to analyse whole, the
    /// bytes analysed out of its length.
    pub truncated: Option<(String, usize, usize)>,
}

impl<T> Processed<T> {
    /// The counts of an analysed document with `items` outputs in `output`.
    pub fn new(doc: &Document, items: usize, output: T) -> Self {
        Processed {
            sentences: doc.sentences.len(),
            tokens: doc.token_count(),
            bytes: doc.text.len(),
            items,
            output,
            truncated: doc
                .analysed_bytes
                .map(|at| (doc.id.clone(), at, doc.text.len())),
        }
    }
}

/// Segment and parse a document in place. Surnames the actor knowledge
/// base knows are tagged as proper nouns ("*Trump* had asked ...").
pub fn analyse(doc: &mut Document, model: &dyad_syntax::Model) {
    dyad_text::segment(doc);
    parse(doc, model);
}

/// Tag, lemmatize and parse the sentences of a segmented document (the
/// second half of [`analyse`]).
pub fn parse(doc: &mut Document, model: &dyad_syntax::Model) {
    match dyad_actors::KnowledgeBase::builtin() {
        Ok(kb) => model.annotate_document_with_names(doc, &|s| kb.name_hints(s)),
        Err(_) => model.annotate_document(doc),
    }
}

/// Options for [`run`].
pub struct RunOptions<'a> {
    /// The worker pool.
    pub pool: &'a rayon::ThreadPool,
    /// Draw a progress bar on stderr (only when stderr is a terminal).
    pub progress: bool,
    /// Print read errors on stderr as they happen.
    pub report_errors: bool,
    /// Errors listed per input before the rest are only counted.
    pub max_errors: usize,
}

/// Run `process` over every document from `reader`, in parallel, and hand
/// each result to `write` in input order. Read errors are reported (up to
/// `max_errors` per input, then counted) and the run goes on. A stop
/// request ends the run after the chunk in hand; a closed output ends it
/// quietly; a failed write ends it with that error.
pub fn run<T, P, W>(
    reader: impl Iterator<Item = Result<Document, ReadError>>,
    opts: RunOptions<'_>,
    process: P,
    write: W,
) -> anyhow::Result<Stats>
where
    T: Send,
    P: Fn(Document) -> Processed<T> + Sync,
    W: FnMut(&Processed<T>) -> Result<(), WriteStop>,
{
    let start = Instant::now();
    RUNNING.store(true, Ordering::SeqCst);
    let result = run_chunks(reader, opts, process, write);
    RUNNING.store(false, Ordering::SeqCst);
    result.map(|mut stats| {
        stats.seconds = start.elapsed().as_secs_f64();
        stats
    })
}

fn run_chunks<T, P, W>(
    reader: impl Iterator<Item = Result<Document, ReadError>>,
    opts: RunOptions<'_>,
    process: P,
    mut write: W,
) -> anyhow::Result<Stats>
where
    T: Send,
    P: Fn(Document) -> Processed<T> + Sync,
    W: FnMut(&Processed<T>) -> Result<(), WriteStop>,
{
    let bar = progress_bar(opts.progress);
    let started = Instant::now();
    let mut stats = Stats::default();
    let mut errors_per_input: HashMap<String, usize> = HashMap::new();
    let mut reader = reader.peekable();
    let mut chunk_docs = FIRST_CHUNK_DOCS;
    'chunks: while reader.peek().is_some() {
        if stop_requested() {
            stats.interrupted = true;
            break;
        }
        let mut chunk: Vec<Document> = Vec::with_capacity(chunk_docs);
        let mut chunk_bytes = 0usize;
        for item in reader.by_ref() {
            match item {
                Ok(doc) => {
                    chunk_bytes += doc.text.len();
                    chunk.push(doc);
                    if chunk.len() >= chunk_docs || chunk_bytes >= CHUNK_BYTES {
                        break;
                    }
                }
                Err(e) => {
                    stats.errors += 1;
                    let seen = errors_per_input.entry(e.origin.path.clone()).or_default();
                    *seen += 1;
                    if opts.report_errors && *seen <= opts.max_errors {
                        bar.suspend(|| crate::note!("dyad: skipped {e}"));
                    } else if opts.report_errors && *seen == opts.max_errors + 1 {
                        bar.suspend(|| {
                            crate::note!(
                                "dyad: more errors in {}: counted, not listed (limit --max-errors {})",
                                e.origin.path,
                                opts.max_errors
                            )
                        });
                    }
                    if stop_requested() {
                        break;
                    }
                }
            }
        }
        chunk_docs = (chunk_docs * 2).min(CHUNK_DOCS);
        let results: Vec<Processed<T>> = opts.pool.install(|| {
            use rayon::prelude::*;
            chunk.into_par_iter().map(&process).collect()
        });
        for r in &results {
            if let Some((id, at, len)) = &r.truncated {
                bar.suspend(|| {
                    crate::note!(
                        "dyad: {id}: more than {} tokens: only its first {at} of {len} bytes were analysed",
                        dyad_core::MAX_DOCUMENT_TOKENS
                    )
                });
            }
            match write(r) {
                Ok(()) => {}
                Err(WriteStop::Closed) => {
                    stats.output_closed = true;
                    break 'chunks;
                }
                Err(WriteStop::Failed(e)) => return Err(e),
            }
            stats.documents += 1;
            stats.sentences += r.sentences;
            stats.tokens += r.tokens;
            stats.bytes += r.bytes;
            stats.items += r.items;
        }
        bar.set_position(stats.documents as u64);
        bar.set_message(format!(
            "{} sentences, {} out ({:.0}/s), {} errors",
            stats.sentences,
            stats.items,
            stats.items as f64 / started.elapsed().as_secs_f64().max(1e-3),
            stats.errors
        ));
    }
    bar.finish_and_clear();
    let mut unlisted: Vec<(String, usize)> = errors_per_input
        .into_iter()
        .filter(|(_, n)| *n > opts.max_errors)
        .map(|(p, n)| (p, n - opts.max_errors))
        .collect();
    unlisted.sort();
    stats.unlisted_errors = unlisted;
    Ok(stats)
}

/// Write what is queued at the end of a run; a closed pipe is no error.
pub fn finish(out: &mut crate::output::Output) -> anyhow::Result<()> {
    write_or_fail(out.finish())
}

/// A write outcome as a result: a closed pipe is fine, a failure is the
/// error.
pub fn write_or_fail(r: Result<(), WriteStop>) -> anyhow::Result<()> {
    match r {
        Ok(()) | Err(WriteStop::Closed) => Ok(()),
        Err(WriteStop::Failed(e)) => Err(e),
    }
}

fn progress_bar(wanted: bool) -> ProgressBar {
    if !wanted || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos} documents ({per_sec}) [{elapsed}] {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// Fail when nothing at all could be read: a run whose every input was
/// missing or malformed should not look like a run over articles without
/// events.
pub fn require_some_input(stats: &Stats) -> anyhow::Result<()> {
    if stats.documents == 0 && stats.errors > 0 {
        anyhow::bail!(
            "no document could be read ({} input error(s) above)",
            stats.errors
        );
    }
    Ok(())
}

/// The summary printed on stderr after a run: counts in = counts out +
/// errors, and empty inputs are named, so nothing disappears silently.
pub fn summary(stats: &Stats, reader: &dyad_read::Reader, what: &str) -> String {
    let mut line = format!(
        "dyad: {} documents read, {} skipped with errors, {} sentences, {} {} in {:.1}s",
        stats.documents, stats.errors, stats.sentences, stats.items, what, stats.seconds
    );
    for (path, n) in &stats.unlisted_errors {
        line.push_str(&format!("\ndyad: {n} more error(s) in {path} not listed"));
    }
    if stats.interrupted {
        line.push_str("\ndyad: interrupted: stopped after the last whole document written");
    }
    let empty = reader.stats().empty_inputs;
    if empty > 0 {
        line.push_str(&format!(
            "\ndyad: {empty} input(s) held no documents (empty files)"
        ));
    }
    line
}
