//! Measure `segment()` throughput on a JSON Lines (optionally gzip) corpus.
//!
//! `cargo run --release -p dyad-text --example segment_throughput -- FILE.jsonl.gz`
//!
//! Decompression and JSON parsing happen before the clock starts; only
//! segmentation (paragraphs, sentences, roles, tokens) is timed.

use dyad_core::Document;
use std::io::{BufRead, BufReader, Read};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: segment_throughput FILE")?;
    let file = std::fs::File::open(&path)?;
    let input: Box<dyn Read> = if path.ends_with(".gz") {
        Box::new(flate2::read::GzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let mut docs = Vec::new();
    for line in BufReader::new(input).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
            docs.push(Document::new("", t));
        }
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let start = Instant::now();
    let mut sentences = 0;
    let mut tokens = 0;
    for doc in &mut docs {
        dyad_text::segment(doc);
        sentences += doc.sentences.len();
        tokens += doc.token_count();
        // Drop the result: a whole corpus of tokens would not fit in memory.
        doc.sentences = Vec::new();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} docs, {:.1} MB, {sentences} sentences, {tokens} tokens in {secs:.2}s: {:.1} MB/s (one thread)",
        docs.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
    Ok(())
}
