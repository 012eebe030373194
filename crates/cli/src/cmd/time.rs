//! `dyad time [FILES|-]`: the time expressions of each article, with byte
//! spans, TIMEX3 types and values, and the date they were resolved against.

use std::io::Write;
use std::path::PathBuf;

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    /// Input files or directories (`-` or nothing for standard input).
    pub files: Vec<PathBuf>,
    /// Date for documents that carry none (YYYY-MM-DD).
    #[arg(long)]
    pub date: Option<chrono::NaiveDate>,
    /// JSON Lines: one object per expression, plus one per document header.
    #[arg(long)]
    pub json: bool,
}

/// Run the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let paths = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let opts = dyad_read::ReadOptions {
        default_date: args.date,
        ..Default::default()
    };
    let model = match dyad_syntax::Model::builtin() {
        Ok(m) => Some(m),
        Err(e) => {
            eprintln!("dyad: warning: no syntax model ({e:#}); tagging without POS or parse");
            None
        }
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for item in dyad_read::read_inputs(&paths, opts) {
        let mut doc = match item {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{e}");
                continue;
            }
        };
        dyad_text::segment(&mut doc);
        if let Some(m) = model {
            m.annotate_document(&mut doc);
        }
        let timexes = dyad_time::tag_document(&doc);
        let inferred = if doc.date.is_none() {
            dyad_time::infer_document_date(&doc, &timexes)
        } else {
            None
        };
        if args.json {
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
            serde_json::to_writer(&mut out, &header)?;
            writeln!(out)?;
            for t in &timexes {
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
                serde_json::to_writer(&mut out, &line)?;
                writeln!(out)?;
            }
        } else {
            let date = match (doc.date, &inferred) {
                (Some(d), _) => format!("{d} ({})", source_name(doc.date_source)),
                (None, Some(r)) => format!(
                    "{}..{} (inferred) {}",
                    r.earliest,
                    r.latest,
                    r.basis.strip_prefix("inferred: ").unwrap_or(&r.basis)
                ),
                (None, None) => "unknown".to_string(),
            };
            writeln!(out, "# {}\tdate {}", doc.id, date)?;
            for t in &timexes {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    doc.id,
                    t.span,
                    t.text.replace(['\n', '\t'], " "),
                    t.kind.as_str(),
                    t.value,
                    t.modifier.as_deref().unwrap_or("-")
                )?;
            }
        }
    }
    out.flush()?;
    Ok(())
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
