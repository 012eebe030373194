//! Time-tagging cost next to segmentation on a JSON Lines(.gz) corpus:
//! `cargo run --release -p dyad-time --example time_throughput -- FILE [N]`.
//! Prints documents, tokens, expressions and the seconds spent in each stage.

use std::io::{BufRead, BufReader};
use std::time::{Duration, Instant};

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).unwrap_or_default();
    let limit: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(usize::MAX);
    let file = std::fs::File::open(&path)?;
    let reader: Box<dyn BufRead> = if path.ends_with(".gz") {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file)))
    } else {
        Box::new(BufReader::new(file))
    };
    let (mut seg, mut tag) = (Duration::ZERO, Duration::ZERO);
    let (mut docs, mut tokens, mut found) = (0usize, 0usize, 0usize);
    for line in reader.lines().take(limit) {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let text = v.get("text").and_then(|t| t.as_str()).unwrap_or("");
        let mut doc = dyad_core::Document::new("d", text);
        doc.date = v
            .get("date")
            .and_then(|d| d.as_str())
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        let t0 = Instant::now();
        dyad_text::segment(&mut doc);
        let t1 = Instant::now();
        let tx = dyad_time::tag_document(&doc);
        let t2 = Instant::now();
        seg += t1 - t0;
        tag += t2 - t1;
        docs += 1;
        tokens += doc.token_count();
        found += tx.len();
    }
    println!(
        "docs {docs} tokens {tokens} timexes {found} segment {:.3}s tag {:.3}s ({:.0} tokens/s tagging)",
        seg.as_secs_f64(),
        tag.as_secs_f64(),
        tokens as f64 / tag.as_secs_f64().max(1e-9)
    );
    Ok(())
}
