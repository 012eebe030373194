//! Time HTML extraction on deeply nested pages, the hostile case from
//! issue 13: `N` nested `<article>` (or `<div>`) elements around paragraphs.
//!
//! `cargo run --release -p dyad-read --example html_nesting -- [article|div|wide] N...`
//!
//! `wide` puts `N` paragraphs inside 250 nested `<div>` elements instead.

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let tag = args.next().unwrap_or_else(|| "article".to_string());
    let depths: Vec<usize> = args.filter_map(|a| a.parse().ok()).collect();
    for depth in depths {
        let page = if tag == "wide" {
            // The parser's worst case below the depth bound: many
            // paragraphs inside 250 nested elements.
            format!(
                "<html><body>{}{}{}</body></html>",
                "<div>".repeat(250),
                "<p>Level text.</p>".repeat(depth),
                "</div>".repeat(250)
            )
        } else {
            format!(
                "<html><body>{}{}</body></html>",
                format!("<{tag}><p>Level text.</p>").repeat(depth),
                format!("</{tag}>").repeat(depth)
            )
        };
        let start = Instant::now();
        let reader = dyad_read::read_stream(
            "page.html",
            std::io::Cursor::new(page.clone().into_bytes()),
            dyad_read::ReadOptions::default(),
        );
        let mut chars = 0;
        for doc in reader.flatten() {
            chars += doc.text.len();
        }
        println!(
            "{tag} x {depth}: {} KB page, {chars} bytes of text in {:.3}s",
            page.len() / 1024,
            start.elapsed().as_secs_f64()
        );
    }
}
