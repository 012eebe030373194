//! Input selection shared by the commands that read articles.

use anyhow::Context;
use chrono::NaiveDate;
use std::borrow::Cow;
use std::io::IsTerminal;
use std::path::PathBuf;

/// Flags every article-reading command accepts.
#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// Files or directories to read (`.txt`, `.jsonl`, `.html`, any of them
    /// gzipped); `-` or nothing for standard input.
    pub inputs: Vec<PathBuf>,
    /// Date to assume for documents that carry none in their metadata or text
    /// (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<NaiveDate>,
    /// Worker threads (default: all cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// No progress bar and no summary on stderr.
    #[arg(long, short)]
    pub quiet: bool,
    /// Errors listed one by one per input file before the rest are only
    /// counted (the summary gives the count).
    #[arg(long, value_name = "N", default_value_t = crate::pipeline::DEFAULT_MAX_ERRORS)]
    pub max_errors: usize,
}

impl InputArgs {
    /// The paths to read: the given ones, or stdin when none were given and
    /// stdin is not a terminal (an interactive `dyad code` with no input would
    /// otherwise hang silently).
    pub fn paths(&self) -> anyhow::Result<Vec<PathBuf>> {
        if !self.inputs.is_empty() {
            return Ok(self.inputs.clone());
        }
        if std::io::stdin().is_terminal() {
            anyhow::bail!(
                "no input given: name files or directories (try `dyad code examples/`), or pipe text into `dyad code -`"
            );
        }
        Ok(vec![PathBuf::from("-")])
    }

    /// Reader options from the flags.
    pub fn read_options(&self) -> dyad_read::ReadOptions {
        dyad_read::ReadOptions {
            default_date: self.date,
            ..dyad_read::ReadOptions::default()
        }
    }

    /// Open the output: standard output, or `path` once it is known not to
    /// be one of the inputs.
    pub fn output(&self, path: Option<&std::path::Path>) -> anyhow::Result<crate::output::Output> {
        crate::output::Output::open(path, &self.inputs)
    }

    /// Open the reader over the chosen inputs.
    pub fn reader(&self) -> anyhow::Result<dyad_read::Reader> {
        Ok(dyad_read::read_inputs(&self.paths()?, self.read_options()))
    }

    /// Pipeline options for a user-facing run: a progress bar unless
    /// `--quiet`, and every skipped record reported.
    pub fn run_options<'a>(&self, pool: &'a rayon::ThreadPool) -> crate::pipeline::RunOptions<'a> {
        crate::pipeline::RunOptions {
            pool,
            progress: !self.quiet,
            report_errors: true,
            max_errors: self.max_errors,
        }
    }

    /// Build the worker pool the pipeline runs on.
    pub fn pool(&self) -> anyhow::Result<rayon::ThreadPool> {
        let mut builder = rayon::ThreadPoolBuilder::new();
        if let Some(n) = self.threads {
            builder = builder.num_threads(n.max(1));
        }
        builder.build().context("starting worker threads")
    }
}

/// Flags choosing the syntax model.
#[derive(clap::Args, Debug, Clone)]
pub struct ModelArgs {
    /// Syntax model to use instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
    /// Parser beam width (default: the model's own, 8 for the built-in
    /// model). `--beam 1` parses greedily: several times faster, about 2.5
    /// points lower attachment accuracy (see docs/syntax.md).
    #[arg(long, value_name = "N")]
    pub beam: Option<usize>,
}

impl ModelArgs {
    /// The chosen model: the built-in one unless `--model` names a file,
    /// with `--beam` applied.
    pub fn load(&self) -> anyhow::Result<Cow<'static, dyad_syntax::Model>> {
        let mut model = match &self.model {
            Some(path) => Cow::Owned(
                dyad_syntax::Model::load(path)
                    .with_context(|| format!("loading syntax model {}", path.display()))?,
            ),
            None => Cow::Borrowed(dyad_syntax::Model::builtin()?),
        };
        if let Some(width) = self.beam {
            model.to_mut().set_beam(width.max(1));
        }
        Ok(model)
    }
}

/// Flags choosing which coded candidates become records.
#[derive(clap::Args, Debug, Clone)]
pub struct PolicyArgs {
    /// Keep every candidate event, including those below the confidence
    /// threshold and those whose actor resolved to no code.
    #[arg(long, conflicts_with = "min_confidence")]
    pub all: bool,
    /// Keep candidates at or above this confidence (0..1; the default was
    /// chosen on the tuning gold for precision: see docs/events.md).
    #[arg(long, value_name = "X")]
    pub min_confidence: Option<f32>,
    /// Also write acts marked `hypothetical` (possible, proposed, planned
    /// or conditional: "could strike", "plans to attack").
    #[arg(long)]
    pub hypothetical: bool,
}

impl PolicyArgs {
    /// The output policy the flags ask for.
    pub fn policy(&self) -> dyad_events::OutputPolicy {
        if self.all {
            return dyad_events::OutputPolicy::all();
        }
        let mut p = dyad_events::OutputPolicy::default();
        if let Some(t) = self.min_confidence {
            p.min_confidence = t;
        }
        p.keep_hypothetical = self.hypothetical;
        p
    }
}

/// The built-in actor knowledge base, extended with the `--kb` files.
pub fn knowledge_base(
    extra: &[PathBuf],
    quiet: bool,
) -> anyhow::Result<Cow<'static, dyad_actors::KnowledgeBase>> {
    let builtin = dyad_actors::KnowledgeBase::builtin()?;
    if extra.is_empty() {
        return Ok(Cow::Borrowed(builtin));
    }
    let mut kb = builtin.clone();
    for path in extra {
        let n = kb
            .extend_from_file(path)
            .with_context(|| format!("loading knowledge base {}", path.display()))?;
        if !quiet {
            crate::note!("dyad: {} entries added from {}", n, path.display());
        }
    }
    Ok(Cow::Owned(kb))
}

/// The built-in gazetteer, extended with `extra` place files when given.
pub fn gazetteer(
    extra: &[PathBuf],
    quiet: bool,
) -> anyhow::Result<Cow<'static, dyad_places::Gazetteer>> {
    let builtin = dyad_places::Gazetteer::builtin()?;
    if extra.is_empty() {
        return Ok(Cow::Borrowed(builtin));
    }
    let mut gaz = builtin.clone();
    for path in extra {
        let n = gaz
            .extend_from_file(path)
            .with_context(|| format!("loading places {}", path.display()))?;
        if !quiet {
            crate::note!("dyad: {} places added from {}", n, path.display());
        }
    }
    Ok(Cow::Owned(gaz))
}

/// Start building the built-in gazetteer on another thread, so it loads
/// while the syntax model does (start-up time is the longer of the two,
/// not their sum). Join the handle before using the gazetteer.
pub fn warm_gazetteer() -> std::thread::JoinHandle<()> {
    std::thread::spawn(|| {
        let _ = dyad_places::Gazetteer::builtin();
    })
}
