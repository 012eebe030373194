//! `dyad places [FILES|-]`: one JSON record per place mention, resolved to
//! a gazetteer entry with coordinates (see `dyad_places`).

use crate::input::{InputArgs, ModelArgs};
use crate::pipeline::{self, Processed};
use std::path::PathBuf;

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Write places here instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Extra place file(s): tab-separated with a header naming `name`,
    /// `country`, `lat`, `lon` and optionally `population` and `aliases`.
    #[arg(long, value_name = "FILE")]
    places: Vec<PathBuf>,
    /// Leave out demonyms and adjectives ("Russian", "Texan").
    #[arg(long)]
    no_adjectives: bool,
    #[command(flatten)]
    syntax: ModelArgs,
}

/// One output record.
#[derive(serde::Serialize)]
struct Record<'a> {
    doc_id: &'a str,
    sentence: usize,
    span: dyad_events::ByteSpan,
    text: &'a str,
    #[serde(flatten)]
    place: &'a dyad_places::Entry,
    province: Option<&'a str>,
    adjective: bool,
    actor: bool,
    resolved_by: &'a str,
}

/// Run the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let warming = crate::input::warm_gazetteer();
    let model = args.syntax.load()?;
    let _ = warming.join();
    let model = model.as_ref();
    let kb = dyad_actors::KnowledgeBase::builtin()?;
    let gaz = crate::input::gazetteer(&args.places, args.input.quiet)?;
    let gaz = gaz.as_ref();
    let pool = args.input.pool()?;
    let mut out = args.input.output(args.output.as_deref())?;
    let no_adjectives = args.no_adjectives;
    let mut reader = args.input.reader()?;
    let stats = pipeline::run(
        &mut reader,
        args.input.run_options(&pool),
        |mut doc| {
            pipeline::analyse(&mut doc, model);
            let mentions = dyad_actors::find_mentions(kb, &doc);
            let places = dyad_places::find_places(gaz, kb, &doc, &mentions);
            let mut lines = String::new();
            let mut n = 0;
            for p in places.iter().filter(|p| !(no_adjectives && p.adjective)) {
                let r = Record {
                    doc_id: &doc.id,
                    sentence: p.sentence,
                    span: p.span.into(),
                    text: &p.text,
                    place: &p.place,
                    province: p.admin1_name.as_deref(),
                    adjective: p.adjective,
                    actor: p.actor,
                    resolved_by: p.resolved_by,
                };
                lines.push_str(&serde_json::to_string(&r).unwrap_or_default());
                lines.push('\n');
                n += 1;
            }
            Processed::new(&doc, n, lines)
        },
        |p| out.records(p.output.as_bytes()),
    )?;
    pipeline::finish(&mut out)?;
    if !args.input.quiet {
        crate::note!("{}", pipeline::summary(&stats, &reader, "places"));
    }
    pipeline::require_some_input(&stats)
}
