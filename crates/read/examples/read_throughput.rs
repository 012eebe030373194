//! Measure reader throughput: documents and text bytes per second.
//!
//! `cargo run --release -p dyad-read --example read_throughput -- PATH...`

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let paths: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let start = Instant::now();
    let mut reader = dyad_read::read_inputs(&paths, dyad_read::ReadOptions::default());
    let mut bytes = 0usize;
    for doc in reader.by_ref().flatten() {
        bytes += doc.text.len();
    }
    let secs = start.elapsed().as_secs_f64();
    let stats = reader.stats();
    println!(
        "{} documents, {} errors, {} empty inputs, {:.1} MB of text in {secs:.2}s: {:.1} MB/s",
        stats.documents,
        stats.errors,
        stats.empty_inputs,
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
}
