//! `dyad parse`: split, tag and parse articles and print CoNLL-U.

use crate::input::{InputArgs, ModelArgs};
use crate::pipeline::{self, Processed};

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    syntax: ModelArgs,
}

/// Run the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let model = args.syntax.load()?;
    let model = model.as_ref();
    let pool = args.input.pool()?;
    let mut out = args.input.output(None)?;
    let mut reader = args.input.reader()?;
    let stats = pipeline::run(
        &mut reader,
        args.input.run_options(&pool),
        |mut doc| {
            pipeline::analyse(&mut doc, model);
            let mut text = Vec::new();
            // Writing into a Vec cannot fail.
            let _ = dyad_syntax::conllu::write_document(&doc, &mut text);
            Processed::new(&doc, doc.sentences.len(), text)
        },
        |p| out.records(&p.output),
    )?;
    pipeline::finish(&mut out)?;
    if !args.input.quiet {
        crate::note!("{}", pipeline::summary(&stats, &reader, "sentences parsed"));
    }
    pipeline::require_some_input(&stats)
}
