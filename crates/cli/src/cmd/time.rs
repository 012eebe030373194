//! `dyad time [FILES|-]`: the time expressions of each article, with byte
//! spans, TIMEX3 types and values, and the date they were resolved against.

use crate::input::{InputArgs, ModelArgs};
use crate::pipeline::{self, Processed};
use std::fmt::Write as _;

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    syntax: ModelArgs,
    /// JSON Lines: one object per expression, plus one per document header.
    #[arg(long)]
    pub json: bool,
}

/// Run the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let model = args.syntax.load()?;
    let model = model.as_ref();
    let pool = args.input.pool()?;
    let json = args.json;
    let mut out = args.input.output(None)?;
    let mut reader = args.input.reader()?;
    let stats = pipeline::run(
        &mut reader,
        args.input.run_options(&pool),
        |mut doc| {
            pipeline::analyse(&mut doc, model);
            let timexes = dyad_time::tag_document(&doc);
            let text = if json {
                json_lines(&doc, &timexes)
            } else {
                tab_lines(&doc, &timexes)
            };
            Processed::new(&doc, timexes.len(), text)
        },
        |p| out.records(p.output.as_bytes()),
    )?;
    pipeline::finish(&mut out)?;
    if !args.input.quiet {
        crate::note!("{}", pipeline::summary(&stats, &reader, "time expressions"));
    }
    pipeline::require_some_input(&stats)
}

/// The inferred publication range of an undated document.
fn inferred(
    doc: &dyad_core::Document,
    timexes: &[dyad_time::Timex],
) -> Option<dyad_time::DateRange> {
    if doc.date.is_none() {
        dyad_time::infer_document_date(doc, timexes)
    } else {
        None
    }
}

/// One JSON object for the document, then one per expression.
fn json_lines(doc: &dyad_core::Document, timexes: &[dyad_time::Timex]) -> String {
    let inferred = inferred(doc, timexes);
    let header = serde_json::json!({
        "doc": doc.id,
        "date": doc.date.map(|d| d.to_string()),
        "date_source": doc.date_source,
        "inferred_date": inferred.as_ref().map(|r| serde_json::json!({
            "earliest": r.earliest.to_string(),
            "latest": r.latest.to_string(),
            "basis": r.basis,
        })),
    });
    let mut text = format!("{header}\n");
    for t in timexes {
        let line = serde_json::json!({
            "doc": doc.id,
            "start": t.span.start,
            "end": t.span.end,
            "text": t.text,
            "type": t.kind,
            "value": t.value,
            "mod": t.modifier,
            "rule": t.rule,
        });
        let _ = writeln!(text, "{line}");
    }
    text
}

/// A `# doc<TAB>date ...` header, then one tab-separated line per expression.
fn tab_lines(doc: &dyad_core::Document, timexes: &[dyad_time::Timex]) -> String {
    let date = match (doc.date, inferred(doc, timexes)) {
        (Some(d), _) => format!("{d} ({})", source_name(doc.date_source)),
        (None, Some(r)) => format!(
            "{}..{} (inferred) {}",
            r.earliest,
            r.latest,
            r.basis.strip_prefix("inferred: ").unwrap_or(&r.basis)
        ),
        (None, None) => "unknown".to_string(),
    };
    let mut text = format!("# {}\tdate {}\n", doc.id, date);
    for t in timexes {
        let _ = writeln!(
            text,
            "{}\t{}\t{}\t{}\t{}\t{}",
            doc.id,
            t.span,
            t.text.replace(['\n', '\t'], " "),
            t.kind.as_str(),
            t.value,
            t.modifier.as_deref().unwrap_or("-")
        );
    }
    text
}

/// How the document date was established, in words.
fn source_name(s: dyad_core::DateSource) -> &'static str {
    match s {
        dyad_core::DateSource::Metadata => "metadata",
        dyad_core::DateSource::Text => "text",
        dyad_core::DateSource::Flag => "flag",
        dyad_core::DateSource::Inferred => "inferred",
        dyad_core::DateSource::Unknown => "unknown source",
    }
}
