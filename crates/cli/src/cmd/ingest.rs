//! `dyad ingest`: code articles and remember them in the event store.

use crate::input::{InputArgs, ModelArgs, PolicyArgs};
use crate::output::WriteStop;
use crate::pipeline::{self, Processed};
use anyhow::Context;
use dyad_store::ingest::{Duplicate, Identity};
use dyad_store::{Added, PreparedDocument, Store};
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Documents per write transaction: what a kill can lose (and a re-run
/// redoes).
const BATCH_DOCS: usize = 128;
/// Longest time between commits.
const BATCH_TIME: Duration = Duration::from_secs(2);

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub(crate) input: InputArgs,
    /// The database file (created if missing).
    #[arg(long, value_name = "PATH", default_value = dyad_store::DEFAULT_DB)]
    pub(crate) db: PathBuf,
    /// Extra knowledge-base file(s), as for `dyad code`.
    #[arg(long, value_name = "FILE")]
    pub(crate) kb: Vec<PathBuf>,
    #[command(flatten)]
    pub(crate) policy: PolicyArgs,
    #[command(flatten)]
    pub(crate) syntax: ModelArgs,
}

/// What a worker hands the writer.
pub enum Item {
    /// Already in the database (seen before coding: nothing to do).
    Known(Duplicate),
    /// Coded, to be stored.
    New(Box<PreparedDocument>),
    /// The database could not be read to check for a duplicate.
    Failed(String),
}

thread_local! {
    /// Each worker's read-only connection, to skip stored documents before
    /// coding them.
    static READER: RefCell<Option<(PathBuf, Store)>> = const { RefCell::new(None) };
}

/// Whether the document is already stored, asked on the worker's own
/// read-only connection (the writer checks again before writing).
fn known(db: &Path, id: &Identity) -> Result<Option<Duplicate>, String> {
    READER.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.as_ref().is_none_or(|(p, _)| p != db) {
            let store = Store::open_reader(db).map_err(|e| e.to_string())?;
            *slot = Some((db.to_path_buf(), store));
        }
        match slot.as_ref() {
            Some((_, store)) => store.known(id).map_err(|e| e.to_string()),
            None => Ok(None),
        }
    })
}

/// What the workers need to code a document for the store.
pub struct Coding<'a> {
    /// The database (its stored documents are skipped before coding).
    pub db: &'a Path,
    /// The syntax model.
    pub model: &'a dyad_syntax::Model,
    /// The actor knowledge base.
    pub kb: &'a dyad_actors::KnowledgeBase,
    /// The event coder.
    pub coder: &'a dyad_events::Coder,
    /// Which candidates become records.
    pub policy: dyad_events::OutputPolicy,
}

impl Coding<'_> {
    /// Skip a stored document, or parse and code it (on a worker thread).
    pub fn prepare(&self, mut doc: dyad_core::Document) -> Processed<Item> {
        let id = Identity::of(&doc);
        match known(self.db, &id) {
            Ok(Some(dup)) => return Processed::new(&doc, 0, Item::Known(dup)),
            Ok(None) => {}
            Err(e) => return Processed::new(&doc, 0, Item::Failed(e)),
        }
        pipeline::analyse(&mut doc, self.model);
        let (mut events, quotes) = self.coder.code_document_with_quotes(self.kb, &doc);
        self.policy.apply(&mut events);
        let n = events.len();
        Processed::new(
            &doc,
            n,
            Item::New(Box::new(PreparedDocument::new(&doc, events, quotes))),
        )
    }
}

/// Counts for the summary.
#[derive(Default, Debug, Clone, serde::Serialize)]
pub struct Tally {
    /// Documents stored.
    pub added: usize,
    /// Of which near duplicates of a stored story.
    pub near_duplicates: usize,
    /// Skipped: the same content is stored.
    pub same_content: usize,
    /// Skipped: the same URL is stored.
    pub same_url: usize,
    /// Event mentions stored.
    pub mentions: usize,
    /// Events they started (the rest joined known events).
    pub new_events: usize,
}

/// The single writer: stores documents in batches of [`BATCH_DOCS`] (or
/// [`BATCH_TIME`]), each one transaction.
pub struct Writer {
    /// The store written to.
    pub store: Store,
    /// What was done so far.
    pub tally: Tally,
    since_commit: usize,
    last_commit: Instant,
}

impl Writer {
    /// A writer on an open store.
    pub fn new(store: Store) -> Writer {
        Writer {
            store,
            tally: Tally::default(),
            since_commit: 0,
            last_commit: Instant::now(),
        }
    }

    /// Store one worker result.
    pub fn write(&mut self, item: &Item) -> Result<(), WriteStop> {
        let prepared = match item {
            Item::Known(Duplicate::SameContent) => {
                self.tally.same_content += 1;
                return Ok(());
            }
            Item::Known(Duplicate::SameUrl) => {
                self.tally.same_url += 1;
                return Ok(());
            }
            Item::Failed(e) => return Err(WriteStop::Failed(anyhow::anyhow!("{e}"))),
            Item::New(prepared) => prepared,
        };
        let store = &mut self.store;
        let added = store
            .begin()
            .and_then(|()| store.add(prepared))
            .map_err(|e| WriteStop::Failed(e.into()))?;
        let tally = &mut self.tally;
        match added {
            Added::Duplicate(Duplicate::SameContent) => tally.same_content += 1,
            Added::Duplicate(Duplicate::SameUrl) => tally.same_url += 1,
            Added::New {
                near_duplicate_of,
                mentions,
                new_events,
                ..
            } => {
                tally.added += 1;
                tally.near_duplicates += usize::from(near_duplicate_of.is_some());
                tally.mentions += mentions;
                tally.new_events += new_events;
            }
        }
        self.since_commit += 1;
        if self.since_commit >= BATCH_DOCS || self.last_commit.elapsed() >= BATCH_TIME {
            self.store
                .commit()
                .map_err(|e| WriteStop::Failed(e.into()))?;
            self.since_commit = 0;
            self.last_commit = Instant::now();
        }
        Ok(())
    }
}

/// Run the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let inputs = args.input.paths()?;
    crate::output::refuse_input_as_output(&args.db, &inputs)
        .context("choosing the database file")?;
    let mut store = Store::open_writer(&args.db)?;
    let model = args.syntax.load()?;
    let kb = crate::input::knowledge_base(&args.kb, args.input.quiet)?;
    let coder = dyad_events::Coder::builtin()?;
    let coding = Coding {
        db: &args.db,
        model: model.as_ref(),
        kb: kb.as_ref(),
        coder,
        policy: args.policy.policy(),
    };
    let pool = args.input.pool()?;
    let run_id = store.start_run(env!("CARGO_PKG_VERSION"))?;
    let mut writer = Writer::new(store);
    let mut reader = args.input.reader()?;
    let result = pipeline::run(
        &mut reader,
        args.input.run_options(&pool),
        |doc| coding.prepare(doc),
        |p| writer.write(&p.output),
    );
    let Writer {
        mut store, tally, ..
    } = writer;
    let stats = match result {
        Ok(stats) => stats,
        Err(e) => {
            store.rollback();
            let said = format!("{e:#}");
            return Err(if said.contains("resume") {
                e.context("ingest stopped")
            } else {
                e.context(format!(
                    "ingest stopped; {} is as after its last complete batch: run the same command again to resume",
                    args.db.display()
                ))
            });
        }
    };
    store.commit()?;
    let duplicates = tally.same_content + tally.same_url;
    store.finish_run(
        run_id,
        stats.documents,
        tally.added,
        duplicates,
        stats.errors,
    )?;
    if !args.input.quiet {
        let counts = store.counts()?;
        crate::note!(
            "dyad: {} documents read: {} new ({} near duplicates of a stored story, linked), {} already stored ({} same content, {} same URL), {} skipped with errors{}",
            stats.documents,
            tally.added,
            tally.near_duplicates,
            duplicates,
            tally.same_content,
            tally.same_url,
            stats.errors,
            if stats.errors > 0 { " (listed above)" } else { "" }
        );
        crate::note!(
            "dyad: {} event mentions stored, {} new events (the rest merged into known ones) in {:.1}s ({:.0} documents/s)",
            tally.mentions,
            tally.new_events,
            stats.seconds,
            stats.documents as f64 / stats.seconds.max(1e-9)
        );
        crate::note!(
            "dyad: {} now holds {} documents, {} events from {} mentions, {} quotes",
            args.db.display(),
            counts.documents,
            counts.events,
            counts.mentions,
            counts.quotes
        );
        if stats.interrupted {
            crate::note!("dyad: interrupted: run the same command again to resume");
        }
    }
    pipeline::require_some_input(&stats)
}
