//! A deliberately simple segmenter: paragraphs at blank lines, sentences at
//! final punctuation, tokens at spaces and punctuation.
//!
//! It exists so this crate can be tested, and used, without `dyad-text`:
//! the real pipeline segments with `dyad-text` and parses with
//! `dyad-syntax`, and the recogniser reads whatever it is given. It knows
//! the handful of abbreviations that matter for dates ("Oct.", "a.m.",
//! "Mr.") so that they neither end a sentence nor lose their dot.

use dyad_core::{Document, Sentence, Span, Token};

/// Abbreviations that keep their final dot (lowercase, without the dot).
fn is_abbrev(w: &str) -> bool {
    let w = w.to_lowercase();
    matches!(
        w.as_str(),
        "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "mon"
            | "tue"
            | "tues"
            | "wed"
            | "thu"
            | "thur"
            | "thurs"
            | "fri"
            | "sat"
            | "mr"
            | "mrs"
            | "ms"
            | "dr"
            | "st"
            | "gen"
            | "col"
            | "lt"
            | "sen"
            | "rep"
            | "gov"
            | "pres"
            | "inc"
            | "corp"
            | "co"
            | "ltd"
            | "jr"
            | "sr"
            | "no"
            | "vs"
            | "etc"
            | "u.s"
            | "u.n"
            | "u.k"
            | "a.m"
            | "p.m"
            | "e.g"
            | "i.e"
    ) || (w.len() == 1 && w.chars().all(char::is_alphabetic))
        || (w.contains('.') && w.chars().all(|c| c.is_alphabetic() || c == '.'))
}

/// Fill `doc.paragraphs` and `doc.sentences` from `doc.text`, replacing
/// whatever was there.
pub fn simple_segment(doc: &mut Document) {
    doc.paragraphs.clear();
    doc.sentences.clear();
    let text = doc.text.as_str();
    // Paragraphs: runs of text separated by blank lines.
    let mut paras = Vec::new();
    let mut start = None;
    let mut last_nonblank_end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        if blank {
            if let Some(s) = start.take() {
                paras.push(Span::new(s, last_nonblank_end));
            }
        } else {
            if start.is_none() {
                start = Some(pos + (line.len() - line.trim_start().len()));
            }
            last_nonblank_end = pos + line.trim_end().len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        paras.push(Span::new(s, last_nonblank_end));
    }
    let mut sentences = Vec::new();
    for (pi, para) in paras.iter().enumerate() {
        let toks = tokenize(text, *para);
        let mut cur: Vec<Token> = Vec::new();
        for t in toks {
            let ends = matches!(t.form.as_str(), "." | "!" | "?");
            cur.push(t);
            if ends {
                push_sentence(&mut sentences, pi, std::mem::take(&mut cur));
            }
        }
        if !cur.is_empty() {
            push_sentence(&mut sentences, pi, cur);
        }
    }
    doc.sentences = sentences;
    doc.paragraphs = paras;
}

fn push_sentence(out: &mut Vec<Sentence>, paragraph: usize, tokens: Vec<Token>) {
    let (Some(f), Some(l)) = (tokens.first(), tokens.last()) else {
        return;
    };
    let span = f.span.cover(l.span);
    out.push(Sentence {
        span,
        paragraph,
        tokens,
        ..Sentence::default()
    });
}

/// Split one paragraph into tokens.
fn tokenize(text: &str, para: Span) -> Vec<Token> {
    let mut out = Vec::new();
    let Some(slice) = text.get(para.start..para.end) else {
        return out;
    };
    let mut i = 0;
    let bytes_len = slice.len();
    while i < bytes_len {
        let rest = slice.get(i..).unwrap_or("");
        let Some(c) = rest.chars().next() else { break };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        // A whitespace-delimited chunk.
        let chunk_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let chunk = rest.get(..chunk_len).unwrap_or("");
        let base = para.start + i;
        split_chunk(chunk, base, &mut out);
        i += chunk_len;
    }
    out
}

fn is_punct(c: char) -> bool {
    matches!(
        c,
        ',' | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | '"'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '`'
            | '\u{201c}'
            | '\u{201d}'
            | '\u{2018}'
            | '\u{2019}'
            | '\''
            | '_'
    )
}

/// Peel leading and trailing punctuation off a chunk; keep the dot of
/// abbreviations.
fn split_chunk(chunk: &str, base: usize, out: &mut Vec<Token>) {
    let mut s = 0;
    let mut e = chunk.len();
    let mut lead = Vec::new();
    while let Some(c) = chunk.get(s..e).and_then(|r| r.chars().next()) {
        if is_punct(c) && e - s > c.len_utf8() {
            lead.push(Token::new(
                Span::new(base + s, base + s + c.len_utf8()),
                c.to_string(),
            ));
            s += c.len_utf8();
        } else {
            break;
        }
    }
    let mut trail = Vec::new();
    while let Some(c) = chunk.get(s..e).and_then(|r| r.chars().next_back()) {
        if !is_punct(c) || e - s <= c.len_utf8() {
            break;
        }
        let core = chunk.get(s..e - c.len_utf8()).unwrap_or("");
        if c == '.' && is_abbrev(core) {
            break;
        }
        // Keep "'s" and "s'" possessives attached only as a separate token.
        trail.push(Token::new(
            Span::new(base + e - c.len_utf8(), base + e),
            c.to_string(),
        ));
        e -= c.len_utf8();
    }
    out.extend(lead);
    if let Some(core) = chunk.get(s..e) {
        if !core.is_empty() {
            out.push(Token::new(Span::new(base + s, base + e), core));
        }
    }
    trail.reverse();
    out.extend(trail);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_and_keeps_abbreviations() {
        let mut d = Document::new(
            "t",
            "On Oct. 23, 1998 at 10 a.m. it rained.\n\nMr. Kim left.",
        );
        simple_segment(&mut d);
        assert_eq!(d.paragraphs.len(), 2);
        assert_eq!(d.sentences.len(), 2);
        let forms: Vec<&str> = d.sentences[0]
            .tokens
            .iter()
            .map(|t| t.form.as_str())
            .collect();
        assert_eq!(
            forms,
            ["On", "Oct.", "23", ",", "1998", "at", "10", "a.m.", "it", "rained", "."]
        );
        assert_eq!(d.sentences[1].paragraph, 1);
        for s in &d.sentences {
            for t in &s.tokens {
                assert_eq!(t.span.slice(&d.text), t.form);
            }
        }
    }

    #[test]
    fn never_panics_on_odd_text() {
        for text in [
            "",
            "\n\n",
            "...",
            "é.",
            "\"'",
            "a\u{2019}s.",
            "(((",
            "x\r\ny",
        ] {
            let mut d = Document::new("t", text);
            simple_segment(&mut d);
        }
    }
}
