//! Show how one sentence is coded: tokens with tags and dependency arcs,
//! actor mentions, and the events with their patterns. The quickest way to
//! see why a pattern did or did not fire:
//! `cargo run --release -p dyad-events --example explain_sentence -- "Iran threatened to cut off electricity."`

fn main() -> anyhow::Result<()> {
    let text = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: explain_sentence \"SENTENCE\""))?;
    let mut doc = dyad_core::Document::new("sentence", text);
    dyad_text::segment(&mut doc);
    dyad_syntax::Model::builtin()?.annotate_document(&mut doc);
    let kb = dyad_actors::KnowledgeBase::builtin()?;
    for (si, s) in doc.sentences.iter().enumerate() {
        for (i, t) in s.tokens.iter().enumerate() {
            // Heads are shown 0-based like the token indices; -1 is the root.
            let head = t.head as i64 - 1;
            println!(
                "{si}:{i}\t{}\t{}\t{}\t{}\t{head}\t{}",
                t.form, t.lemma, t.upos, t.xpos, t.deprel
            );
        }
    }
    for m in dyad_actors::find_mentions(kb, &doc) {
        println!(
            "mention s{} tokens {}..{} head {} {:?} -> {:?} ({:?})",
            m.sentence, m.start, m.end, m.head, m.text, m.code.country, m.kind
        );
    }
    for e in dyad_events::Coder::builtin()?.code_document(kb, &doc) {
        println!("{}", serde_json::to_string(&e)?);
    }
    Ok(())
}
