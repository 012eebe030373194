//! Print the actor mentions of a text file (segmented by `dyad-text`, parsed
//! by `dyad-syntax` when its built-in model is available).
//!
//! `cargo run -p dyad-actors --example mentions_dump -- FILE [YYYY-MM-DD]`

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("usage: mentions_dump FILE [YYYY-MM-DD]"))?;
    let text = std::fs::read_to_string(&path)?;
    let mut doc = dyad_core::Document::new(path, text);
    doc.date = args
        .next()
        .map(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d"))
        .transpose()?;
    dyad_text::segment(&mut doc);
    match dyad_syntax::Model::builtin() {
        Ok(model) => model.annotate_document(&mut doc),
        Err(e) => eprintln!("mentions_dump: not parsed: {e:#}"),
    }
    let kb = dyad_actors::KnowledgeBase::builtin()?;
    for m in dyad_actors::find_mentions(kb, &doc) {
        println!(
            "{}\t{}..{}\t{}\t{}\t{}\t{:?}\t{}",
            m.sentence,
            m.start,
            m.end,
            m.text,
            m.code.country.as_deref().unwrap_or("-"),
            m.code.sector.as_deref().unwrap_or("-"),
            m.kind,
            m.entry
        );
    }
    Ok(())
}
