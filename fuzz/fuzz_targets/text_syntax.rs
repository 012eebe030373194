//! Segmentation, tagging and parsing of arbitrary text, long inputs
//! included: bounded sentences, well-formed trees, no panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut doc = dyad_core::Document::new("fuzz", text.into_owned());
    dyad_text::segment(&mut doc);
    let Ok(model) = dyad_syntax::Model::builtin() else {
        return;
    };
    model.annotate_document(&mut doc);
    for s in &doc.sentences {
        assert!(s.tokens.len() <= dyad_core::MAX_SENTENCE_TOKENS);
        let n = s.tokens.len();
        assert!(s.tokens.iter().all(|t| t.head <= n));
    }
});
