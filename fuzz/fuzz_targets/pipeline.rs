//! The whole per-document pipeline from bytes to events and quotes: read,
//! segment, parse, find actors, quotes and events.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (Ok(model), Ok(kb), Ok(coder)) = (
        dyad_syntax::Model::builtin(),
        dyad_actors::KnowledgeBase::builtin(),
        dyad_events::Coder::builtin(),
    ) else {
        return;
    };
    let reader = dyad_read::read_stream(
        "fuzz",
        std::io::Cursor::new(data.to_vec()),
        dyad_read::ReadOptions::default(),
    );
    for mut doc in reader.flatten() {
        dyad_text::segment(&mut doc);
        model.annotate_document_with_names(&mut doc, &|s| kb.name_hints(s));
        let (events, quotes) = coder.code_document_with_quotes(kb, &doc);
        for e in &events {
            assert!(e.trigger_span.end <= doc.text.len());
        }
        let _ = quotes;
    }
});
