//! `dyad eval timeml DIR`: the TempEval-3 time expression measures on a
//! directory of TimeML files (gold TIMEX3, document creation time in `<DCT>`).

use anyhow::Context;
use std::io::Write;
use std::path::PathBuf;

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    /// Directory of `.tml` files.
    pub dir: PathBuf,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Also print every disagreement with the gold (missed, spurious, wrong
    /// value or span), one per line, to standard error.
    #[arg(long)]
    pub errors: bool,
}

/// Run the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    // The parse gives the recogniser clause tense; without a model it still
    // works from the words, so a missing model is a warning, not a failure.
    let model = match dyad_syntax::Model::builtin() {
        Ok(m) => Some(m),
        Err(e) => {
            crate::note!("dyad: warning: no syntax model ({e:#}); tagging without POS or parse");
            None
        }
    };
    let annotate = |doc: &mut dyad_core::Document| {
        dyad_text::segment(doc);
        if let Some(m) = model {
            m.annotate_document(doc);
        }
    };
    let show = args.errors;
    let mut sink = |d: dyad_time::timeml::Diff| {
        if show {
            let gold = d
                .gold
                .map(|(t, v)| format!("{t:?} {v}"))
                .unwrap_or_default();
            let sys = d
                .system
                .map(|(t, v, r)| format!("{t:?} {v} [{r}]"))
                .unwrap_or_default();
            let dct = d.dct.map(|x| x.to_string()).unwrap_or_default();
            crate::note!(
                "{}\t{}\t{}\tgold: {}\tsystem: {}",
                d.doc,
                dct,
                d.what,
                gold,
                sys
            );
        }
    };
    let scores = dyad_time::timeml::evaluate_dir_with(&args.dir, &annotate, &mut sink)
        .with_context(|| format!("scoring {}", args.dir.display()))?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer(&mut out, &scores)?;
        writeln!(out)?;
    } else {
        writeln!(out, "{}", args.dir.display())?;
        writeln!(out, "{scores}")?;
    }
    Ok(())
}
