//! `dyad eval syntax`: tagging, lemma and attachment accuracy on a gold
//! CoNLL-U file, with gold tokenization, plus single-core throughput.

use std::io::Write;
use std::path::PathBuf;

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    /// Gold CoNLL-U file.
    pub file: PathBuf,
    /// Model file (default: the built-in model).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Decode with this beam width instead of the model's own (1: greedy).
    #[arg(long)]
    pub beam: Option<usize>,
    /// Print the scores as one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// Run the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let loaded;
    let model = match (&args.model, args.beam) {
        (None, None) => dyad_syntax::Model::builtin()?,
        (path, beam) => {
            let mut m = match path {
                Some(path) => dyad_syntax::Model::load(path)?,
                None => dyad_syntax::Model::builtin()?.clone(),
            };
            if let Some(b) = beam {
                m.set_beam(b);
            }
            loaded = m;
            &loaded
        }
    };
    let s = dyad_syntax::eval::evaluate(model, &args.file)?;
    // Written, not printed: a closed pipe (`| head`) ends quietly.
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", serde_json::to_string(&s)?)?;
    } else {
        writeln!(out, "UPOS      {:6.2}", s.upos)?;
        writeln!(out, "XPOS      {:6.2}", s.xpos)?;
        writeln!(out, "lemma     {:6.2}", s.lemma)?;
        writeln!(out, "UAS       {:6.2}", s.uas)?;
        writeln!(out, "LAS       {:6.2}", s.las)?;
        writeln!(out, "sentences {:>6}", s.sentences)?;
        writeln!(out, "tokens    {:>6}", s.tokens)?;
        writeln!(
            out,
            "speed     {:.0} tokens/s on one core ({:.2}s)",
            s.tokens_per_second, s.seconds
        )?;
    }
    Ok(())
}
