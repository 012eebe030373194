//! `dyad eval articles GOLD.jsonl`: precision and recall of the coder on
//! whole annotated articles (see `dyad_events::eval::articles` for the
//! measures and `docs/annotation.md` for the gold format).

use crate::input::{ModelArgs, PolicyArgs};
use dyad_events::eval::articles::{self, Coded, GoldArticle};
use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    /// Gold articles, JSON Lines (`data/gold/wikinews-tune.jsonl`, ...).
    pub gold: PathBuf,
    /// Print the report as JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Also list every false positive and every missed gold event.
    #[arg(long)]
    pub errors: bool,
    /// Which candidates count as records (default: what `dyad code` writes).
    #[command(flatten)]
    pub policy: PolicyArgs,
    /// Use the pattern files in this directory instead of the built-in ones.
    #[arg(long)]
    pub patterns: Option<PathBuf>,
    /// Score these records (PLOVER JSON Lines with dyad's `doc_id` and
    /// `trigger_span`, for example an earlier version's output) instead of
    /// coding the articles.
    #[arg(long, value_name = "FILE")]
    pub predictions: Option<PathBuf>,
    #[command(flatten)]
    pub syntax: ModelArgs,
}

/// Code every gold article (in parallel) with all candidates kept.
pub fn code_gold(
    gold: &[GoldArticle],
    coder: &dyad_events::Coder,
    kb: &dyad_actors::KnowledgeBase,
    model: &dyad_syntax::Model,
) -> Vec<Coded> {
    let code = |art: &GoldArticle| -> Coded {
        let mut doc = dyad_core::Document::new(art.id.clone(), art.text.clone());
        doc.date = art
            .date
            .as_deref()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        if doc.date.is_some() {
            doc.date_source = dyad_core::DateSource::Metadata;
        }
        crate::pipeline::analyse(&mut doc, model);
        let events = coder.code_document(kb, &doc);
        Coded {
            sentences: doc
                .sentences
                .iter()
                .map(|s| (s.span.start, s.span.end))
                .collect(),
            events,
        }
    };
    gold.par_iter().map(code).collect()
}

/// Records from a file, grouped by article; sentences from segmenting the
/// gold text (no parse needed). A malformed line is an error naming it.
fn read_predictions(gold: &[GoldArticle], path: &std::path::Path) -> anyhow::Result<Vec<Coded>> {
    use anyhow::Context;
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading predictions {}", path.display()))?;
    let mut by_doc: std::collections::HashMap<String, Vec<dyad_events::Event>> =
        std::collections::HashMap::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let e: dyad_events::Event = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: not a PLOVER record", path.display(), n + 1))?;
        by_doc.entry(e.doc_id.clone()).or_default().push(e);
    }
    Ok(gold
        .iter()
        .map(|art| {
            let mut doc = dyad_core::Document::new(art.id.clone(), art.text.clone());
            dyad_text::segment(&mut doc);
            Coded {
                sentences: doc
                    .sentences
                    .iter()
                    .map(|s| (s.span.start, s.span.end))
                    .collect(),
                events: by_doc.remove(&art.id).unwrap_or_default(),
            }
        })
        .collect())
}

/// Run the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let owned;
    let coder = match &args.patterns {
        Some(dir) => {
            owned = dyad_events::Coder::from_dir(dir)?;
            &owned
        }
        None => dyad_events::Coder::builtin()?,
    };
    let kb = dyad_actors::KnowledgeBase::builtin()?;
    let model = args.syntax.load()?;
    let model = model.as_ref();
    let gold = articles::read_gold(&args.gold)?;
    let coded = match &args.predictions {
        Some(path) => read_predictions(&gold, path)?,
        None => code_gold(&gold, coder, kb, model),
    };
    let report = articles::evaluate(&gold, &coded, &args.policy.policy());
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        let mut value = serde_json::to_value(&report)?;
        if !args.errors {
            if let Some(o) = value.as_object_mut() {
                o.remove("errors");
            }
        }
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
    } else {
        write!(out, "{report}")?;
        if args.errors {
            writeln!(out, "\nerrors:")?;
            for e in &report.errors {
                writeln!(out, "{}\t{}\t{}", e.kind, e.article, e.tuple)?;
                writeln!(out, "\t{}", e.evidence)?;
                if !e.gold_here.is_empty() {
                    writeln!(out, "\tgold here: {}", e.gold_here.join("; "))?;
                }
                writeln!(out, "\t{}", e.sentence.replace('\n', " "))?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
