//! Quotation marks: which stretches of the text stand between them.
//!
//! News prints a quotation that runs over several paragraphs by leaving
//! each paragraph open and reopening the next one with a new mark; a quote
//! left open at the end of a paragraph whose successor does not reopen it
//! ends there, with a warning. Double marks of every common style count
//! (“…”, "…", «…», „…“); single marks do not (they double as apostrophes)
//! and are only nested quotes inside a double one.

use dyad_core::{Document, Span};

/// One stretch between quotation marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Marked {
    /// Byte of the opening mark.
    pub open: usize,
    /// Byte after the closing mark (the paragraph end when unbalanced).
    pub close: usize,
    /// The quoted text, one span per paragraph, marks excluded.
    pub content: Vec<Span>,
    /// False when the quote was never closed.
    pub balanced: bool,
}

/// The closing marks that may end a quote opened with `open`.
fn closers(open: char) -> &'static [char] {
    match open {
        '“' => &['”', '"'],
        '"' => &['"', '”'],
        '«' => &['»'],
        '„' => &['“', '”'],
        _ => &[],
    }
}

/// An opening mark typed where a closing one belongs: “…,“ he said. A
/// mark that follows a word or punctuation mark and is followed by a space,
/// a punctuation mark or the end closes the quote whatever its glyph.
fn closes_by_shape(open: char, c: char, prev: Option<char>, next: Option<char>) -> bool {
    open == '“'
        && c == '“'
        && prev.is_some_and(|p| !p.is_whitespace() && !is_opener(p))
        && next.is_none_or(|n| n.is_whitespace() || matches!(n, ',' | '.' | ';' | ':' | ')'))
}

/// A closing mark typed where the opening one belongs, first in its
/// paragraph ("” … they are not like him,” she said."), with a closing
/// mark after it in the paragraph: it opens the quote.
fn closer_opens_paragraph(ptext: &str, off: usize, c: char) -> bool {
    c == '”'
        && ptext.get(..off).is_some_and(|pre| pre.trim().is_empty())
        && ptext.get(off + c.len_utf8()..).is_some_and(|rest| {
            !rest.starts_with(char::is_whitespace) || rest.trim_start().starts_with('…')
        })
        && ptext
            .get(off + c.len_utf8()..)
            .is_some_and(|rest| rest.contains('”'))
}

fn is_opener(c: char) -> bool {
    matches!(c, '“' | '"' | '«' | '„')
}

/// The first non-space character of `span` and its byte, if it is an
/// opening mark.
fn leading_opener(text: &str, span: Span) -> Option<(usize, char, usize)> {
    let s = text.get(span.start..span.end)?;
    let (off, c) = s.char_indices().find(|(_, c)| !c.is_whitespace())?;
    let after = s.get(off + c.len_utf8()..).and_then(|r| r.chars().next());
    if is_single_mark(c) && after == Some(c) {
        return Some((span.start + off, '"', 2 * c.len_utf8()));
    }
    is_opener(c).then_some((span.start + off, c, c.len_utf8()))
}

/// A single quotation mark that, doubled, stands for a double one.
fn is_single_mark(c: char) -> bool {
    matches!(c, '\'' | '`' | '\u{2018}' | '\u{2019}')
}

fn trimmed(text: &str, span: Span) -> Span {
    let s = text.get(span.start..span.end).unwrap_or("");
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    Span {
        start: span.start + lead,
        end: (span.end - trail).max(span.start + lead),
    }
}

/// Every quoted stretch of the document, in order.
pub(crate) fn find_marks(doc: &Document) -> Vec<Marked> {
    let text = doc.text.as_str();
    let paras: Vec<Span> = if doc.paragraphs.is_empty() {
        vec![Span {
            start: 0,
            end: text.len(),
        }]
    } else {
        doc.paragraphs.clone()
    };
    let mut out = Vec::new();
    // (opening byte, content start, opening mark, spans so far)
    let mut open: Option<(usize, usize, char, Vec<Span>)> = None;
    let mut resume_at: Option<usize> = None;
    for (pi, p) in paras.iter().enumerate() {
        let Some(ptext) = text.get(p.start..p.end) else {
            continue;
        };
        let mut prev: Option<char> = None;
        let mut chars = ptext.char_indices().peekable();
        while let Some((off, c)) = chars.next() {
            // A doubled single quote ('' or ``) is one double mark.
            let doubled = is_single_mark(c) && chars.peek().is_some_and(|&(_, n)| n == c);
            let (c, width) = if doubled {
                chars.next();
                ('"', 2 * c.len_utf8())
            } else {
                (c, c.len_utf8())
            };
            let before = prev.replace(c);
            let next = chars.peek().map(|&(_, n)| n);
            let at = p.start + off;
            if resume_at.is_some_and(|r| at < r) {
                continue;
            }
            match open.take() {
                None => {
                    if is_opener(c) {
                        open = Some((at, at + width, c, Vec::new()));
                    } else if closer_opens_paragraph(ptext, off, c) {
                        open = Some((at, at + width, '“', Vec::new()));
                    }
                }
                Some((o, cs, mark, mut spans)) => {
                    if closers(mark).contains(&c) || closes_by_shape(mark, c, before, next) {
                        spans.push(trimmed(text, Span { start: cs, end: at }));
                        out.push(Marked {
                            open: o,
                            close: at + width,
                            content: spans,
                            balanced: true,
                        });
                    } else {
                        open = Some((o, cs, mark, spans));
                    }
                }
            }
        }
        resume_at = None;
        if let Some((o, cs, mark, mut spans)) = open.take() {
            spans.push(trimmed(
                text,
                Span {
                    start: cs,
                    end: p.end,
                },
            ));
            match paras.get(pi + 1).and_then(|n| leading_opener(text, *n)) {
                // The next paragraph reopens: the quote goes on.
                Some((at, _, width)) => {
                    let after = at + width;
                    open = Some((o, after, mark, spans));
                    resume_at = Some(after);
                }
                None => out.push(Marked {
                    open: o,
                    close: p.end,
                    content: spans,
                    balanced: false,
                }),
            }
        }
    }
    if let Some((o, _, _, spans)) = open {
        out.push(Marked {
            open: o,
            close: text.len(),
            content: spans,
            balanced: false,
        });
    }
    out.retain(|m| m.content.iter().any(|s| s.end > s.start));
    out
}

/// Number of words in the quoted text.
pub(crate) fn word_count(doc: &Document, m: &Marked) -> usize {
    m.content
        .iter()
        .filter_map(|s| doc.text.get(s.start..s.end))
        .map(|t| t.split_whitespace().count())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(paras: &[&str]) -> Document {
        let text = paras.join("\n\n");
        let mut d = Document::new("t", text.clone());
        let mut at = 0;
        for p in paras {
            d.paragraphs.push(Span {
                start: at,
                end: at + p.len(),
            });
            at += p.len() + 2;
        }
        d
    }

    fn quoted(d: &Document) -> Vec<(String, bool)> {
        find_marks(d)
            .iter()
            .map(|m| {
                (
                    m.content
                        .iter()
                        .map(|s| &d.text[s.start..s.end])
                        .collect::<Vec<_>>()
                        .join("|"),
                    m.balanced,
                )
            })
            .collect()
    }

    #[test]
    fn every_double_mark_style() {
        let d = doc(&["“One,” he said. \"Two.\" «Trois» and „Vier“."]);
        let q = quoted(&d);
        assert_eq!(
            q,
            vec![
                ("One,".to_string(), true),
                ("Two.".to_string(), true),
                ("Trois".to_string(), true),
                ("Vier".to_string(), true)
            ]
        );
    }

    #[test]
    fn a_quote_reopened_in_the_next_paragraph_goes_on() {
        let d = doc(&["“First part.", "“Second part,” she said."]);
        assert_eq!(
            quoted(&d),
            vec![("First part.|Second part,".to_string(), true)]
        );
    }

    #[test]
    fn an_unclosed_quote_ends_with_its_paragraph() {
        let d = doc(&["He said: “It goes on", "Next paragraph."]);
        assert_eq!(quoted(&d), vec![("It goes on".to_string(), false)]);
    }

    #[test]
    fn an_opening_mark_typed_as_the_closer_still_closes() {
        let d = doc(&["“Apparently not,“ he said. “A leopard doesn’t change its spots.”"]);
        assert_eq!(
            quoted(&d),
            vec![
                ("Apparently not,".to_string(), true),
                ("A leopard doesn’t change its spots.".to_string(), true)
            ]
        );
    }

    #[test]
    fn a_closing_mark_opening_its_paragraph_opens_the_quote() {
        let d = doc(&["” … and the bridge stays shut,” she said. “We will see.”"]);
        assert_eq!(
            quoted(&d),
            vec![
                ("… and the bridge stays shut,".to_string(), true),
                ("We will see.".to_string(), true)
            ]
        );
    }

    #[test]
    fn doubled_single_quotes_are_double_marks() {
        let d = doc(&["''Wow, what a great idea,'' she said of the ``plan'' and rock 'n' roll."]);
        assert_eq!(
            quoted(&d),
            vec![
                ("Wow, what a great idea,".to_string(), true),
                ("plan".to_string(), true)
            ]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let d = doc(&["The president’s aides didn’t say."]);
        assert!(quoted(&d).is_empty());
    }
}
