//! Parse one pre-tokenized sentence and print it as CoNLL-U:
//! `cargo run --release -p dyad-syntax --example parse_tokens -- [--model FILE] TOKEN...`.

use dyad_core::{Document, Sentence, Span, Token};
use std::path::Path;

fn main() -> anyhow::Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let loaded;
    let model = if args.first().map(|a| a == "--model").unwrap_or(false) && args.len() > 1 {
        loaded = dyad_syntax::Model::load(Path::new(&args[1]))?;
        args.drain(..2);
        &loaded
    } else {
        dyad_syntax::Model::builtin()?
    };
    let mut doc = Document::new("example", args.join(" "));
    let mut sentence = Sentence::default();
    let mut pos = 0;
    for a in &args {
        sentence
            .tokens
            .push(Token::new(Span::new(pos, pos + a.len()), a.as_str()));
        pos += a.len() + 1;
    }
    sentence.span = Span::new(0, doc.text.len());
    doc.sentences.push(sentence);
    model.annotate_document(&mut doc);
    dyad_syntax::conllu::write_document(&doc, &mut std::io::stdout())?;
    Ok(())
}
