//! Code one text file and print its PLOVER records as JSON Lines:
//! `cargo run -p dyad-events --example code_file -- ARTICLE.txt [PATTERN_DIR]`.
//! (The `dyad code` command is the full tool; this is the smallest end-to-end
//! use of the library, handy when editing pattern files.)

use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let path: PathBuf = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .ok_or_else(|| anyhow::anyhow!("usage: code_file ARTICLE.txt [PATTERN_DIR]"))?;
    let text = std::fs::read_to_string(&path)?;
    let origin = dyad_core::Origin {
        path: path.display().to_string(),
        line: None,
    };
    let mut doc = dyad_read::read_str(&text, origin, &dyad_read::ReadOptions::default());
    dyad_text::segment(&mut doc);
    dyad_syntax::Model::builtin()?.annotate_document(&mut doc);
    let owned;
    let coder = match std::env::args_os().nth(2) {
        Some(dir) => {
            owned = dyad_events::Coder::from_dir(std::path::Path::new(&dir))?;
            &owned
        }
        None => dyad_events::Coder::builtin()?,
    };
    let kb = dyad_actors::KnowledgeBase::builtin()?;
    for e in coder.code_document(kb, &doc) {
        println!("{}", serde_json::to_string(&e)?);
    }
    Ok(())
}
