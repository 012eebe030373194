//! Agreement of `tokenize` and `segment` with a UD treebank (CoNLL-U).
//!
//! `cargo run --release -p dyad-text --example ewt_agreement -- ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu`
//!
//! Tokens: each sentence's `# text` is tokenized and our token spans are
//! compared with the gold word spans (gold words are aligned to the text by
//! their forms; sentences that cannot be aligned are skipped). Hyphenated
//! words are reported separately: dyad keeps `short-range` whole by design,
//! while EWT usually splits it into `short - range`.
//!
//! Sentences: each document's sentences are joined (space within a
//! paragraph, a blank line between paragraphs) and `segment` must recover
//! the sentence ends; precision and recall of sentence-end offsets are printed.

use dyad_core::Document;
use std::collections::HashSet;

/// One gold sentence: its text and the gold token spans within it.
struct Gold {
    text: String,
    spans: Option<Vec<(usize, usize)>>,
    new_doc: bool,
    new_par: bool,
}

/// Align gold forms to `text`; `None` when they do not match it.
fn align(text: &str, units: &[(String, Vec<String>)]) -> Option<Vec<(usize, usize)>> {
    let mut spans = Vec::new();
    let mut pos = 0;
    for (surface, words) in units {
        let rest = text.get(pos..)?;
        pos += rest.len() - rest.trim_start().len();
        if !text.get(pos..)?.starts_with(surface.as_str()) {
            return None;
        }
        if words.concat() == *surface {
            for w in words {
                spans.push((pos, pos + w.len()));
                pos += w.len();
            }
        } else {
            spans.push((pos, pos + surface.len()));
            pos += surface.len();
        }
    }
    Some(spans)
}

fn parse(conllu: &str) -> Vec<Gold> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut units: Vec<(String, Vec<String>)> = Vec::new();
    let mut mwt_end = 0usize;
    let (mut new_doc, mut new_par) = (false, false);
    for line in conllu.lines() {
        if line.is_empty() {
            if !text.is_empty() {
                out.push(Gold {
                    spans: align(&text, &units),
                    text: std::mem::take(&mut text),
                    new_doc,
                    new_par,
                });
            }
            units.clear();
            mwt_end = 0;
            new_doc = false;
            new_par = false;
            continue;
        }
        if let Some(t) = line.strip_prefix("# text = ") {
            text = t.to_string();
        } else if line.starts_with("# newdoc") {
            new_doc = true;
        } else if line.starts_with("# newpar") {
            new_par = true;
        } else if !line.starts_with('#') {
            let cols: Vec<&str> = line.split('\t').collect();
            let (Some(id), Some(form)) = (cols.first(), cols.get(1)) else {
                continue;
            };
            if let Some((_, b)) = id.split_once('-') {
                mwt_end = b.parse().unwrap_or(0);
                units.push((form.to_string(), Vec::new()));
            } else if id.contains('.') {
                continue;
            } else {
                let n: usize = id.parse().unwrap_or(0);
                match units.last_mut() {
                    Some((_, words)) if n <= mwt_end => words.push(form.to_string()),
                    _ => units.push((form.to_string(), vec![form.to_string()])),
                }
            }
        }
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: ewt_agreement FILE.conllu")?;
    // Optional second argument: print up to N token disagreements.
    let mut show: usize = std::env::args()
        .nth(2)
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let gold = parse(&std::fs::read_to_string(path)?);

    // Tokens.
    let (mut tp, mut ours, mut theirs, mut exact, mut aligned) = (0usize, 0, 0, 0, 0);
    let mut hyphen_sentences = 0;
    for g in &gold {
        let Some(gs) = &g.spans else { continue };
        aligned += 1;
        let mine: Vec<(usize, usize)> = dyad_text::tokenize(&g.text, 0)
            .iter()
            .map(|t| (t.span.start, t.span.end))
            .collect();
        let gset: HashSet<_> = gs.iter().copied().collect();
        tp += mine.iter().filter(|s| gset.contains(s)).count();
        ours += mine.len();
        theirs += gs.len();
        if mine == *gs {
            exact += 1;
        } else if g.text.contains('-') {
            hyphen_sentences += 1;
        } else if show > 0 {
            show -= 1;
            let render = |spans: &[(usize, usize)]| {
                spans
                    .iter()
                    .map(|&(a, b)| g.text.get(a..b).unwrap_or("?"))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            println!("gold: {}\nours: {}\n", render(gs), render(&mine));
        }
    }
    let p = tp as f64 / ours.max(1) as f64;
    let r = tp as f64 / theirs.max(1) as f64;
    println!(
        "tokens: {aligned} aligned sentences of {}; precision {:.4} recall {:.4} F1 {:.4}; sentences tokenized exactly {:.4}; {hyphen_sentences} of the inexact ones contain '-'",
        gold.len(),
        p,
        r,
        2.0 * p * r / (p + r).max(f64::MIN_POSITIVE),
        exact as f64 / aligned.max(1) as f64
    );

    // Sentences, document by document.
    let (mut stp, mut sours, mut stheirs) = (0usize, 0, 0);
    let mut i = 0;
    while i < gold.len() {
        let mut text = String::new();
        let mut ends = HashSet::new();
        let mut j = i;
        while j < gold.len() && (j == i || !gold[j].new_doc) {
            if !text.is_empty() {
                text.push_str(if gold[j].new_par { "\n\n" } else { " " });
            }
            text.push_str(&gold[j].text);
            ends.insert(text.len());
            j += 1;
        }
        let mut doc = Document::new("", text);
        dyad_text::segment(&mut doc);
        let mine: HashSet<usize> = doc.sentences.iter().map(|s| s.span.end).collect();
        for s in &doc.sentences {
            let missed = ends.iter().any(|&e| s.span.start < e && e < s.span.end);
            if missed && show > 0 {
                show -= 1;
                println!("missed end inside: {}\n", s.text(&doc.text));
            }
        }
        stp += mine.intersection(&ends).count();
        sours += mine.len();
        stheirs += ends.len();
        i = j;
    }
    let p = stp as f64 / sours.max(1) as f64;
    let r = stp as f64 / stheirs.max(1) as f64;
    println!(
        "sentence ends: precision {:.4} recall {:.4} F1 {:.4} ({stheirs} gold)",
        p,
        r,
        2.0 * p * r / (p + r).max(f64::MIN_POSITIVE)
    );
    Ok(())
}
