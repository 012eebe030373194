//! Print the focus country of each article of a JSON Lines file (id, date,
//! text), with the country counts it was chosen from.
//!
//! `cargo run --release -p dyad-actors --example focus_dump -- FILE.jsonl`

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: focus_dump FILE.jsonl"))?;
    let kb = dyad_actors::KnowledgeBase::builtin()?;
    let model = dyad_syntax::Model::builtin()?;
    for line in std::fs::read_to_string(&path)?.lines() {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let text = v["text"].as_str().unwrap_or_default();
        let mut doc = dyad_core::Document::new(v["id"].as_str().unwrap_or("?"), text);
        doc.date = v["date"]
            .as_str()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        dyad_text::segment(&mut doc);
        model.annotate_document(&mut doc);
        let ms = dyad_actors::find_mentions(kb, &doc);
        let mut counts = std::collections::BTreeMap::new();
        for m in &ms {
            if matches!(
                m.kind,
                dyad_actors::MentionKind::Coreference | dyad_actors::MentionKind::Context
            ) {
                continue;
            }
            if let Some(c) = &m.code.country {
                *counts.entry(c.clone()).or_insert(0) += 1;
            }
        }
        println!(
            "{}\t{:?}\t{:?}",
            doc.id,
            dyad_actors::context::focus_country(&ms),
            counts
        );
    }
    Ok(())
}
