//! `dyad quotes [FILES|-]`: one JSON record per quotation or attribution,
//! with its speaker resolved to an actor (see `dyad_quotes`).

use crate::input::{InputArgs, ModelArgs};
use crate::pipeline::{self, Processed};
use std::path::PathBuf;

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Write quotes here instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Only direct quotations (words in quotation marks).
    #[arg(long)]
    direct: bool,
    #[command(flatten)]
    syntax: ModelArgs,
}

/// Run the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let model = args.syntax.load()?;
    let model = model.as_ref();
    let kb = dyad_actors::KnowledgeBase::builtin()?;
    let pool = args.input.pool()?;
    let mut out = args.input.output(args.output.as_deref())?;
    let direct_only = args.direct;
    let mut reader = args.input.reader()?;
    let stats = pipeline::run(
        &mut reader,
        args.input.run_options(&pool),
        |mut doc| {
            pipeline::analyse(&mut doc, model);
            let quotes = document_quotes(kb, &doc);
            let mut lines = String::new();
            let mut n = 0;
            for q in quotes
                .iter()
                .filter(|q| !direct_only || q.kind == dyad_quotes::QuoteKind::Direct)
            {
                lines.push_str(&serde_json::to_string(q).unwrap_or_default());
                lines.push('\n');
                n += 1;
            }
            Processed::new(&doc, n, lines)
        },
        |p| out.records(p.output.as_bytes()),
    )?;
    pipeline::finish(&mut out)?;
    if !args.input.quiet {
        crate::note!("{}", pipeline::summary(&stats, &reader, "quotes"));
    }
    pipeline::require_some_input(&stats)
}

/// The quotes of an analysed document.
pub fn document_quotes(
    kb: &dyad_actors::KnowledgeBase,
    doc: &dyad_core::Document,
) -> Vec<dyad_quotes::Quote> {
    let mentions = dyad_actors::find_mentions(kb, doc);
    let timexes = dyad_time::tag_document(doc);
    dyad_quotes::find_quotes(doc, &mentions, &timexes, kb)
}
