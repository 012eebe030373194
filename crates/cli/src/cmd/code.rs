//! `dyad code`: the main job. Articles in, one PLOVER JSON record per event out.

use crate::input::{InputArgs, ModelArgs, PolicyArgs};
use crate::pipeline::{self, Processed};
use std::path::PathBuf;

/// Output formats.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One PLOVER JSON record per line.
    Plover,
    /// CAMEO-coded tab-separated rows for GDELT-style tools.
    Cameo,
}

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Write events here instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Plover)]
    format: Format,
    /// Extra knowledge-base file(s) to load on top of the built-in one
    /// (people, organizations or countries TSV; see docs/knowledge-base.md).
    #[arg(long, value_name = "FILE")]
    kb: Vec<PathBuf>,
    /// Extra place file(s) for event locations (tab-separated: `name`,
    /// `country`, `lat`, `lon`, optional `population` and `aliases`; see
    /// docs/places.md).
    #[arg(long, value_name = "FILE")]
    places: Vec<PathBuf>,
    #[command(flatten)]
    policy: PolicyArgs,
    /// Add to each record the confidence model's inputs (`signals`) and the
    /// weight each feature contributed (`confidence_features`).
    #[arg(long)]
    explain: bool,
    /// Also write one record per quotation or attribution (`type: "quote"`,
    /// see `dyad quotes`); event records then carry `type: "event"`.
    #[arg(long)]
    quotes: bool,
    #[command(flatten)]
    syntax: ModelArgs,
}

/// Run the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let warming = crate::input::warm_gazetteer();
    let model = args.syntax.load()?;
    let _ = warming.join();
    let model = model.as_ref();
    let kb = crate::input::knowledge_base(&args.kb, args.input.quiet)?;
    let kb = kb.as_ref();
    let gaz = crate::input::gazetteer(&args.places, args.input.quiet)?;
    let gaz = gaz.as_ref();
    let coder = dyad_events::Coder::builtin()?;
    let pool = args.input.pool()?;

    let mut out = args.input.output(args.output.as_deref())?;
    if args.format == Format::Cameo {
        let header = format!("{}\n", dyad_events::cameo::tsv_header());
        pipeline::write_or_fail(out.records(header.as_bytes()))?;
    }
    let format = args.format;
    let explain = args.explain;
    let with_quotes = args.quotes;
    if with_quotes && format == Format::Cameo {
        anyhow::bail!("--quotes writes JSON records; it cannot be combined with --format cameo");
    }
    let policy = args.policy.policy();
    let mut reader = args.input.reader()?;
    let stats = pipeline::run(
        &mut reader,
        args.input.run_options(&pool),
        |mut doc| {
            pipeline::analyse(&mut doc, model);
            let dyad_events::Coded {
                mut events, quotes, ..
            } = coder.code_document_in(kb, gaz, &doc);
            policy.apply(&mut events);
            let mut lines = String::new();
            if with_quotes {
                for q in &quotes {
                    lines.push_str(&serde_json::to_string(q).unwrap_or_default());
                    lines.push('\n');
                }
            }
            for event in &events {
                let line = match format {
                    Format::Plover if explain => explained(event, coder.confidence_model()),
                    Format::Plover if with_quotes => typed_event(event),
                    Format::Plover => serde_json::to_string(event).unwrap_or_default(),
                    Format::Cameo => dyad_events::cameo::to_tsv_row(event),
                };
                lines.push_str(&line);
                lines.push('\n');
            }
            let items = events.len() + if with_quotes { quotes.len() } else { 0 };
            Processed::new(&doc, items, lines)
        },
        |p| out.records(p.output.as_bytes()),
    )?;
    pipeline::finish(&mut out)?;
    if !args.input.quiet {
        let what = if with_quotes {
            "records (events and quotes)"
        } else {
            "events"
        };
        crate::note!("{}", pipeline::summary(&stats, &reader, what));
        if stats.documents > 0 && stats.items == 0 {
            crate::note!(
                "dyad: no events found: the input may not describe political actors acting on each other"
            );
        }
    }
    pipeline::require_some_input(&stats)
}

/// An event record with `type: "event"`, for a stream that mixes events
/// and quotes.
fn typed_event(event: &dyad_events::Event) -> String {
    let mut v = serde_json::to_value(event).unwrap_or_default();
    if let Some(o) = v.as_object_mut() {
        o.insert("type".into(), serde_json::json!("event"));
    }
    serde_json::to_string(&v).unwrap_or_default()
}

/// A record with the confidence model's inputs and each feature's weight.
fn explained(event: &dyad_events::Event, model: &dyad_events::ConfidenceModel) -> String {
    let mut v = serde_json::to_value(event).unwrap_or_default();
    if let Some(o) = v.as_object_mut() {
        o.insert(
            "signals".into(),
            serde_json::to_value(&event.signals).unwrap_or_default(),
        );
        let contributions: serde_json::Map<String, serde_json::Value> =
            dyad_events::confidence::features(event)
                .into_iter()
                .map(|(k, x)| {
                    let w = model.weights.get(&k).copied().unwrap_or(0.0) * x;
                    (k, serde_json::json!((w * 1000.0).round() / 1000.0))
                })
                .collect();
        o.insert(
            "confidence_features".into(),
            serde_json::Value::Object(contributions),
        );
    }
    serde_json::to_string(&v).unwrap_or_default()
}
