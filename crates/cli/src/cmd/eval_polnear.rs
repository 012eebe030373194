//! `dyad eval polnear GOLD.jsonl [--json]`: source, cue and content
//! precision, recall and F1 of the quote finder against PolNeAR, exact and
//! overlapping, overall and for direct quotations (see `dyad_quotes::eval`).

use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    /// PolNeAR JSON Lines (`../shared/data/polnear/dev.jsonl`).
    pub gold: PathBuf,
    /// Print the figures as one JSON object.
    #[arg(long)]
    pub json: bool,
    /// After the figures, list the source errors one per line (wrong,
    /// spurious, no_source, missed); `--errors direct` lists quotations only.
    #[arg(long, value_name = "WHICH", num_args = 0..=1, default_missing_value = "all")]
    pub errors: Option<String>,
    /// Score only the first N documents.
    #[arg(long)]
    pub limit: Option<usize>,
}

/// Run the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let mut gold = dyad_quotes::eval::load(&args.gold)?;
    if let Some(n) = args.limit {
        gold.truncate(n);
    }
    let kb = dyad_actors::KnowledgeBase::builtin()?;
    let model = dyad_syntax::Model::builtin()?;
    let predicted: Vec<Vec<dyad_quotes::Quote>> = gold
        .par_iter()
        .map(|g| {
            let mut doc = dyad_core::Document::new(g.id.clone(), g.text.clone());
            doc.date = g
                .date
                .as_deref()
                .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
            crate::pipeline::analyse(&mut doc, model);
            super::quotes::document_quotes(kb, &doc)
        })
        .collect();
    let mut tally = dyad_quotes::eval::Tally::default();
    for (g, q) in gold.iter().zip(&predicted) {
        tally.add(g, q);
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        serde_json::to_writer_pretty(&mut out, &tally.to_json())?;
        writeln!(out)?;
    } else {
        write!(out, "{tally}")?;
    }
    if let Some(which) = &args.errors {
        let direct = match which.as_str() {
            "all" => false,
            "direct" => true,
            other => anyhow::bail!("--errors takes `all` or `direct`, not `{other}`"),
        };
        writeln!(out, "\nerrors:")?;
        for (g, q) in gold.iter().zip(&predicted) {
            for line in dyad_quotes::eval::source_errors(g, q, direct) {
                writeln!(out, "{line}")?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
