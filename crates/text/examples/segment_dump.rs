//! Print the segments of a plain-text article, one per line, with role,
//! paragraph index and tokens: a quick way to eyeball the splitter.
//!
//! `cargo run -p dyad-text --example segment_dump -- ARTICLE.txt` (or `-` for stdin)

use dyad_core::Document;
use std::io::Read;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "-".into());
    let mut text = String::new();
    if path == "-" {
        std::io::stdin().read_to_string(&mut text)?;
    } else {
        text = std::fs::read_to_string(&path)?;
    }
    let mut doc = Document::new(path, text);
    dyad_text::segment(&mut doc);
    for s in &doc.sentences {
        let forms: Vec<&str> = s.tokens.iter().map(|t| t.form.as_str()).collect();
        println!("[{} {:?}] {}", s.paragraph, s.role, forms.join(" "));
    }
    Ok(())
}
