//! `dyad parse`: split, tag and parse articles and print CoNLL-U.

use crate::input::InputArgs;
use crate::pipeline::{self, Processed, RunOptions};
use anyhow::Context;
use std::io::Write;
use std::path::PathBuf;

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Syntax model to use instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
}

/// Run the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let loaded;
    let model = match &args.model {
        Some(path) => {
            loaded = dyad_syntax::Model::load(path)
                .with_context(|| format!("loading syntax model {}", path.display()))?;
            &loaded
        }
        None => dyad_syntax::Model::builtin()?,
    };
    let pool = args.input.pool()?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut reader = args.input.reader()?;
    let stats = pipeline::run(
        &mut reader,
        RunOptions {
            pool: &pool,
            progress: !args.input.quiet,
            report_errors: true,
        },
        |mut doc| {
            pipeline::analyse(&mut doc, model);
            let mut text = Vec::new();
            // Writing into a Vec cannot fail.
            let _ = dyad_syntax::conllu::write_document(&doc, &mut text);
            Processed {
                sentences: doc.sentences.len(),
                tokens: doc.token_count(),
                bytes: doc.text.len(),
                items: doc.sentences.len(),
                output: text,
            }
        },
        |p| Ok(out.write_all(&p.output)?),
    )?;
    out.flush()?;
    if !args.input.quiet {
        eprintln!("{}", pipeline::summary(&stats, &reader, "sentences parsed"));
    }
    pipeline::require_some_input(&stats)
}
