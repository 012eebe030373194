//! Mention-finding throughput on a JSON Lines corpus (gzip or plain), with
//! documents segmented by `dyad-text` (and parsed by `dyad-syntax` when
//! `DYAD_PARSE=1`) first; only `find_mentions` is timed.
//!
//! `cargo run --release -p dyad-actors --example actors_throughput -- FILE.jsonl.gz [MAX_DOCS]`

use std::io::{BufRead, BufReader, Read};
use std::time::{Duration, Instant};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("usage: throughput FILE.jsonl[.gz] [MAX_DOCS]"))?;
    let max_docs: usize = args
        .next()
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(usize::MAX);
    let file = std::fs::File::open(&path)?;
    let reader: Box<dyn Read> = if path.ends_with(".gz") {
        Box::new(flate2::read::GzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let kb = dyad_actors::KnowledgeBase::builtin()?;
    let model = if std::env::var("DYAD_PARSE").is_ok_and(|v| v == "1") {
        Some(dyad_syntax::Model::builtin()?)
    } else {
        None
    };
    let (mut docs, mut chars, mut tokens, mut mentions) = (0usize, 0usize, 0usize, 0usize);
    let mut resolved = 0usize;
    let mut spent = Duration::ZERO;
    for line in BufReader::new(reader).lines() {
        if docs >= max_docs {
            break;
        }
        let value: serde_json::Value = serde_json::from_str(&line?)?;
        let text = value.get("text").and_then(|t| t.as_str()).unwrap_or("");
        let mut doc = dyad_core::Document::new(docs.to_string(), text);
        doc.date = value
            .get("date")
            .and_then(|d| d.as_str())
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        dyad_text::segment(&mut doc);
        if let Some(model) = model {
            model.annotate_document(&mut doc);
        }
        let t = Instant::now();
        let found = dyad_actors::find_mentions(kb, &doc);
        spent += t.elapsed();
        docs += 1;
        chars += text.chars().count();
        tokens += doc.token_count();
        mentions += found.len();
        resolved += found.iter().filter(|m| m.code.country.is_some()).count();
    }
    let secs = spent.as_secs_f64().max(1e-9);
    println!(
        "{docs} docs, {chars} chars, {tokens} tokens, {mentions} mentions ({resolved} with a country) in {secs:.2} s: {:.0} mentions/s, {:.0} tokens/s, {:.1} M chars/s",
        mentions as f64 / secs,
        tokens as f64 / secs,
        chars as f64 / secs / 1e6
    );
    Ok(())
}
