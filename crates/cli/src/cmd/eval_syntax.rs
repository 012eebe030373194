//! `dyad eval syntax`: tagging, lemma and attachment accuracy on a gold
//! CoNLL-U file, with gold tokenization, plus single-core throughput.

use std::path::PathBuf;

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    /// Gold CoNLL-U file.
    pub file: PathBuf,
    /// Model file (default: the built-in model).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Print the scores as one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// Run the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let loaded;
    let model = match &args.model {
        Some(path) => {
            loaded = dyad_syntax::Model::load(path)?;
            &loaded
        }
        None => dyad_syntax::Model::builtin()?,
    };
    let s = dyad_syntax::eval::evaluate(model, &args.file)?;
    if args.json {
        println!("{}", serde_json::to_string(&s)?);
    } else {
        println!("UPOS      {:6.2}", s.upos);
        println!("XPOS      {:6.2}", s.xpos);
        println!("lemma     {:6.2}", s.lemma);
        println!("UAS       {:6.2}", s.uas);
        println!("LAS       {:6.2}", s.las);
        println!("sentences {:>6}", s.sentences);
        println!("tokens    {:>6}", s.tokens);
        println!(
            "speed     {:.0} tokens/s on one core ({:.2}s)",
            s.tokens_per_second, s.seconds
        );
    }
    Ok(())
}
