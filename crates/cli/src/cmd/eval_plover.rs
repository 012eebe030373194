//! `dyad eval plover GOLD.jsonl [--json]`: event category and actor/recipient
//! code accuracy of the PLOVER coder on gold-standard records (one sentence
//! per record; see `dyad_events::eval` for the measures).

use std::io::Write;
use std::path::PathBuf;

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    /// Gold records, JSON Lines (`text`, `event_current`/`event`, `source`, `target`).
    pub gold: PathBuf,
    /// Print the report as JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Also list the records the coder got wrong (table output only).
    #[arg(long)]
    pub misses: bool,
    /// Use the pattern files in this directory instead of the built-in ones.
    #[arg(long)]
    pub patterns: Option<PathBuf>,
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
    let model = dyad_syntax::Model::builtin()?;
    let code_text = |text: &str| {
        let mut doc = dyad_core::Document::new("gold", text);
        dyad_text::segment(&mut doc);
        model.annotate_document(&mut doc);
        coder.code_document(kb, &doc)
    };
    let report = dyad_events::eval::evaluate(&args.gold, &code_text)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        write!(out, "{report}")?;
        if args.misses {
            writeln!(
                out,
                "\nmisses (gold / predicted / actor / recipient / pattern):"
            )?;
            for m in &report.misses {
                writeln!(
                    out,
                    "{}\t{} / {}\t{:?}/{:?}\t{:?}/{:?}\t{}\t{}",
                    m.id,
                    m.gold,
                    m.predicted,
                    m.gold_actor,
                    m.predicted_actor,
                    m.gold_recipient,
                    m.predicted_recipient,
                    m.pattern,
                    m.text
                )?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
