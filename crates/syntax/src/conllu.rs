//! Reading and writing CoNLL-U.
//!
//! Reading turns a gold treebank file into [`Sentence`]s whose tokens carry
//! the gold form, UPOS, XPOS, lemma, head and relation. Multiword-token
//! range lines (`3-4`) and empty nodes (`5.1`) are skipped: the models see
//! the syntactic words only. Spans are synthetic: they index into a text
//! rebuilt from the forms (one space between tokens unless `SpaceAfter=No`),
//! which [`read_document`] returns as the document text.
//!
//! Writing prints annotated documents with `# doc_id`, `# sent_id` and
//! `# text` comments, `SpaceAfter=No`, and each token's byte span in the
//! original text as `TokenRange=start:end` in the MISC column.

use anyhow::{bail, Context};
use dyad_core::{Document, Sentence, Span, Token, Upos};
use std::io::Write;
use std::path::Path;

/// Read every sentence of a CoNLL-U file.
pub fn read_sentences(path: &Path) -> anyhow::Result<Vec<Sentence>> {
    Ok(read_document(path)?.sentences)
}

/// Read a CoNLL-U file as one document whose text is rebuilt from the forms.
pub fn read_document(path: &Path) -> anyhow::Result<Document> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut doc =
        parse_document(&text).with_context(|| format!("in CoNLL-U file {}", path.display()))?;
    doc.id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    doc.origin.path = path.display().to_string();
    Ok(doc)
}

/// Parse CoNLL-U text into a document (see the module docs for spans).
pub fn parse_document(input: &str) -> anyhow::Result<Document> {
    let mut doc = Document::default();
    let mut current: Vec<(Token, bool)> = Vec::new();
    let flush = |doc: &mut Document, current: &mut Vec<(Token, bool)>| {
        if current.is_empty() {
            return;
        }
        if !doc.text.is_empty() {
            doc.text.push('\n');
        }
        let start = doc.text.len();
        let mut sentence = Sentence::default();
        let n = current.len();
        for (i, (mut tok, space_after)) in current.drain(..).enumerate() {
            let s = doc.text.len();
            doc.text.push_str(&tok.form);
            tok.span = Span::new(s, doc.text.len());
            if space_after && i + 1 < n {
                doc.text.push(' ');
            }
            sentence.tokens.push(tok);
        }
        sentence.span = Span::new(start, doc.text.len());
        sentence.paragraph = doc.sentences.len();
        doc.paragraphs.push(sentence.span);
        doc.sentences.push(sentence);
    };
    for (lineno, line) in input.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            flush(&mut doc, &mut current);
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            bail!(
                "line {}: expected 10 tab-separated columns, found {}",
                lineno + 1,
                cols.len()
            );
        }
        let id = cols[0];
        if id.contains('-') || id.contains('.') {
            // Multiword token range or empty node: not a syntactic word.
            continue;
        }
        let id: usize = id
            .parse()
            .with_context(|| format!("line {}: bad token id {id:?}", lineno + 1))?;
        if id != current.len() + 1 {
            bail!(
                "line {}: token id {id} out of sequence (expected {})",
                lineno + 1,
                current.len() + 1
            );
        }
        let head: usize = if cols[6] == "_" {
            0
        } else {
            cols[6]
                .parse()
                .with_context(|| format!("line {}: bad head {:?}", lineno + 1, cols[6]))?
        };
        let field = |s: &str| {
            if s == "_" {
                String::new()
            } else {
                s.to_string()
            }
        };
        let mut tok = Token::new(Span::default(), cols[1]);
        tok.lemma = if cols[2] == "_" && cols[1] != "_" {
            String::new()
        } else {
            cols[2].to_string()
        };
        tok.upos = Upos::parse(cols[3]).unwrap_or(Upos::X);
        tok.xpos = field(cols[4]);
        tok.head = head;
        tok.deprel = field(cols[7]);
        let space_after = !cols[9].split('|').any(|m| m == "SpaceAfter=No");
        current.push((tok, space_after));
    }
    flush(&mut doc, &mut current);
    for (k, s) in doc.sentences.iter().enumerate() {
        let n = s.tokens.len();
        if let Some(t) = s.tokens.iter().find(|t| t.head > n) {
            bail!(
                "sentence {}: head {} of {:?} is beyond the sentence ({} tokens)",
                k + 1,
                t.head,
                t.form,
                n
            );
        }
    }
    Ok(doc)
}

/// Write an annotated document as CoNLL-U.
pub fn write_document(doc: &Document, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "# doc_id = {}", clean(&doc.id))?;
    for (k, s) in doc.sentences.iter().enumerate() {
        writeln!(out, "# sent_id = {}-{}", clean(&doc.id), k + 1)?;
        writeln!(out, "# text = {}", clean(s.text(&doc.text)))?;
        if s.role != dyad_core::SegmentRole::Body {
            let role = match s.role {
                dyad_core::SegmentRole::Body => "body",
                dyad_core::SegmentRole::Heading => "heading",
                dyad_core::SegmentRole::Furniture => "furniture",
                dyad_core::SegmentRole::Dateline => "dateline",
            };
            writeln!(out, "# role = {role}")?;
        }
        if s.forced_end {
            writeln!(
                out,
                "# note = no sentence end within {} tokens: cut here",
                dyad_core::MAX_SENTENCE_TOKENS
            )?;
        }
        for (i, t) in s.tokens.iter().enumerate() {
            let space_after = match s.tokens.get(i + 1) {
                Some(next) => next.span.start > t.span.end,
                None => true,
            };
            let mut misc = String::new();
            if !space_after {
                misc.push_str("SpaceAfter=No|");
            }
            misc.push_str(&format!("TokenRange={}:{}", t.span.start, t.span.end));
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t{}",
                i + 1,
                or_blank(&clean(&t.form)),
                or_blank(&clean(&t.lemma)),
                t.upos.as_str(),
                or_blank(&clean(&t.xpos)),
                t.head,
                or_blank(&clean(&t.deprel)),
                misc
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// Tabs and line breaks would break the column format.
fn clean(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c == '\t' || c == '\n' || c == '\r' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

fn or_blank(s: &str) -> &str {
    if s.is_empty() {
        "_"
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sent_id = 1\n# text = I don't know.\n\
1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n\
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n\
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
3.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t4:conj\t_\n\
4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n\
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn skips_multiword_ranges_and_empty_nodes() {
        let doc = parse_document(SAMPLE).unwrap();
        assert_eq!(doc.sentences.len(), 1);
        let s = &doc.sentences[0];
        let forms: Vec<&str> = s.tokens.iter().map(|t| t.form.as_str()).collect();
        assert_eq!(forms, ["I", "do", "n't", "know", "."]);
        assert_eq!(s.tokens[3].head, 0);
        assert_eq!(s.tokens[3].deprel, "root");
        assert_eq!(s.tokens[2].lemma, "not");
        assert_eq!(s.tokens[1].upos, Upos::Aux);
        assert_eq!(s.text(&doc.text), "I do n't know.");
        assert_eq!(s.tokens[4].span.slice(&doc.text), ".");
    }

    #[test]
    fn malformed_lines_are_errors_not_panics() {
        assert!(parse_document("1\tonly\tthree\n").is_err());
        assert!(parse_document("x\ta\ta\tX\t_\t_\t0\troot\t_\t_\n").is_err());
        assert!(parse_document("2\ta\ta\tX\t_\t_\t0\troot\t_\t_\n").is_err());
        assert!(parse_document("1\ta\ta\tX\t_\t_\t7\troot\t_\t_\n").is_err());
        assert!(parse_document("1\ta\ta\tX\t_\t_\tzz\troot\t_\t_\n").is_err());
        assert!(parse_document("").unwrap().sentences.is_empty());
    }

    #[test]
    fn writes_ranges_and_space_after() {
        let doc = parse_document(SAMPLE).unwrap();
        let mut out = Vec::new();
        write_document(&doc, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("# text = I do n't know."));
        assert!(
            text.contains("4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No|TokenRange=9:13")
        );
        let back = parse_document(&text).unwrap();
        assert_eq!(back.sentences[0].tokens, doc.sentences[0].tokens);
    }
}
