//! Word tokenization in the style of UD English EWT.
//!
//! Text is first cut at whitespace into chunks; each chunk is then cut at
//! punctuation that always stands alone (brackets, double quotes, `;`, `!`,
//! `?`, `%`, currency signs, dash and period runs), at commas and colons
//! unless they sit between digits (`3,000`, `10:30`), and finally each
//! remaining word loses its surrounding single quotes, a final period unless
//! it is an abbreviation (`U.S.`, `Gen.`), and its clitic (`n't`, `'s`, `'re`).
//! URLs and e-mail addresses are kept whole. Hyphenated words stay one token
//! (`Jong-un`, `KN-23`).

use crate::lexicon::abbrev;
use crate::normalize::{is_doubled_quote, is_space, normalize_form};
use dyad_core::{Span, Token};

/// Split one sentence into tokens. `base` is the byte offset of `text` in
/// the document, added to every span so tokens point into the document.
///
/// Every token's span slices to text whose [`normalize_form`] equals the
/// token's form; pieces whose form would be empty (zero-width characters
/// alone) are dropped.
pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    tokenize_at_most(text, base, usize::MAX)
}

/// [`tokenize`], keeping at most `max` tokens (the rest of the text is not
/// turned into tokens at all).
pub fn tokenize_at_most(text: &str, base: usize, max: usize) -> Vec<Token> {
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(text.len() / 5 + 1);
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if is_space(c) {
            if let Some(s) = start.take() {
                split_chunk(text, s, i, &mut spans);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        split_chunk(text, s, text.len(), &mut spans);
    }
    let mut tokens = Vec::with_capacity(spans.len().min(max));
    for (s, e) in spans {
        if tokens.len() >= max {
            break;
        }
        let Some(raw) = text.get(s..e) else { continue };
        if raw.is_empty() {
            continue;
        }
        let form = normalize_form(raw);
        if form.is_empty() {
            continue;
        }
        tokens.push(Token::new(Span::new(base + s, base + e), form));
    }
    tokens
}

/// Characters that open a quotation or bracket and may precede a URL.
fn is_opening(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '<' | '"' | '\'' | '\u{201C}' | '\u{2018}' | '\u{201E}' | '\u{00AB}'
    )
}

/// Characters that may trail a URL or e-mail address without being part of it.
fn is_url_trailer(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '"'
            | '\''
            | '>'
            | ']'
            | '}'
            | '\u{201D}'
            | '\u{2019}'
            | '\u{00BB}'
    )
}

/// Length in bytes of the run of `c` starting at byte `i` of `s`.
fn run_len(s: &str, i: usize, c: char) -> usize {
    s.get(i..)
        .map(|rest| {
            rest.chars()
                .take_while(|&x| x == c)
                .map(char::len_utf8)
                .sum()
        })
        .unwrap_or(0)
}

/// Tokenize the whitespace-free chunk `text[s..e]` into `out`.
fn split_chunk(text: &str, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    let Some(chunk) = text.get(s..e) else { return };
    if try_url(chunk, s, out) {
        return;
    }
    let mut word_start = 0;
    let mut i = 0;
    let mut prev: Option<char> = None;
    while let Some(c) = chunk.get(i..).and_then(|r| r.chars().next()) {
        let l = c.len_utf8();
        let split = match c {
            '(' | ')' | '[' | ']' | '{' | '}' | '"' | '\u{201C}' | '\u{201D}' | '\u{201E}'
            | '\u{201F}' | '\u{00AB}' | '\u{00BB}' | ';' | '!' | '?' | '\u{2026}' | '\u{2014}'
            | '\u{2015}' | '$' | '\u{00A3}' | '\u{20AC}' | '\u{00A5}' | '\u{20B9}' | '%'
            | '\u{00A1}' | '\u{00BF}' | '|' | '<' | '>' => run_len(chunk, i, c),
            // A single period or hyphen belongs to its word (`U.S.`, `Jong-un`);
            // runs are ellipses and dashes.
            '.' | '-' => {
                let r = run_len(chunk, i, c);
                if r >= 2 {
                    r
                } else {
                    0
                }
            }
            // EWT splits slashes between words (`USD / DM`, `REUTERS / Jason
            // Reed`) but keeps dates and ratios (`4/14/00`, `24/7`).
            ',' | ':' | '/' => {
                let next = chunk.get(i + l..).and_then(|r| r.chars().next());
                let between_digits = prev.is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit());
                if between_digits {
                    0
                } else {
                    l
                }
            }
            // `#432785` is `#` `432785` in EWT; hashtags (`#Gaza`) stay whole.
            '#' => {
                let next = chunk.get(i + l..).and_then(|r| r.chars().next());
                if next.is_some_and(|n| n.is_ascii_digit()) {
                    l
                } else {
                    0
                }
            }
            _ => 0,
        };
        if split > 0 {
            word(text, s + word_start, s + i, out);
            out.push((s + i, s + i + split));
            i += split;
            word_start = i;
            prev = Some(c);
        } else {
            prev = Some(c);
            i += l;
        }
    }
    word(text, s + word_start, e, out);
}

/// If `chunk` (at document offset `s`) is a URL or e-mail address, possibly
/// wrapped in brackets or quotes, emit it and return true.
fn try_url(chunk: &str, s: usize, out: &mut Vec<(usize, usize)>) -> bool {
    let lead: usize = chunk
        .chars()
        .take_while(|&c| is_opening(c))
        .map(char::len_utf8)
        .sum();
    let Some(core) = chunk.get(lead..) else {
        return false;
    };
    let lower_prefix = |p: &str| {
        core.get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p))
    };
    let is_url = ["http://", "https://", "ftp://", "www.", "mailto:"]
        .iter()
        .any(|p| lower_prefix(p));
    if !is_url && !core.contains('@') {
        return false;
    }
    // Strip trailing punctuation; a closing parenthesis stays only when the
    // URL itself opened one (Wikipedia-style links).
    // Counts are kept up to date while stripping so this stays linear.
    let mut end = core.len();
    let opens = core.matches('(').count();
    let mut closes = core.matches(')').count();
    while let Some(c) = core.get(..end).and_then(|r| r.chars().next_back()) {
        let unbalanced_paren = c == ')' && opens < closes;
        if is_url_trailer(c) || unbalanced_paren {
            end -= c.len_utf8();
            if c == ')' {
                closes -= 1;
            }
        } else {
            break;
        }
    }
    let body = core.get(..end).unwrap_or("");
    let ok = if is_url {
        body.len() > 8
    } else {
        is_email(body)
    };
    if !ok {
        return false;
    }
    for (i, c) in chunk.get(..lead).unwrap_or("").char_indices() {
        out.push((s + i, s + i + c.len_utf8()));
    }
    out.push((s + lead, s + lead + end));
    let tail_start = lead + end;
    for (i, c) in chunk.get(tail_start..).unwrap_or("").char_indices() {
        out.push((s + tail_start + i, s + tail_start + i + c.len_utf8()));
    }
    true
}

/// `local@domain.tld` with conservative character sets.
fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "._%+-".contains(c))
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '`')
}

/// Clitic suffixes split off in EWT, without the apostrophe.
fn is_clitic_tail(s: &str) -> bool {
    ["s", "re", "ve", "ll", "d", "m"]
        .iter()
        .any(|t| s.eq_ignore_ascii_case(t))
}

/// Tokenize a word `text[s..e]` that contains no always-split punctuation.
fn word(text: &str, mut s: usize, mut e: usize, out: &mut Vec<(usize, usize)>) {
    // Leading single quotes are quotation marks, except in `'s` written
    // apart and in elisions such as `'90s`.
    while let Some(w) = text.get(s..e) {
        let Some(c) = w.chars().next() else { return };
        if !is_apostrophe(c) {
            break;
        }
        // A doubled quote opening a quotation (''Wow …) is one token.
        let l2 = 2 * c.len_utf8();
        if w.get(..l2).is_some_and(is_doubled_quote) {
            if w.len() == l2 {
                out.push((s, e));
                return;
            }
            out.push((s, s + l2));
            s += l2;
            continue;
        }
        let rest = w.get(c.len_utf8()..).unwrap_or("");
        if rest.is_empty() {
            out.push((s, e));
            return;
        }
        if is_clitic_tail(rest) || rest.starts_with(|d: char| d.is_ascii_digit()) {
            break;
        }
        out.push((s, s + c.len_utf8()));
        s += c.len_utf8();
    }
    // Trailing quotes and a sentence-final period, collected in reverse.
    let mut trailing: Vec<(usize, usize)> = Vec::new();
    while let Some(w) = text.get(s..e) {
        let Some(c) = w.chars().next_back() else {
            break;
        };
        if w.len() == c.len_utf8() {
            break;
        }
        if is_apostrophe(c) {
            // … idea,'' closes with one doubled quote.
            let l2 = 2 * c.len_utf8();
            let doubled = w.len() > l2 && w.get(w.len() - l2..).is_some_and(is_doubled_quote);
            let l = if doubled { l2 } else { c.len_utf8() };
            trailing.push((e - l, e));
            e -= l;
        } else if c == '.' {
            let rest = w.get(..w.len() - 1).unwrap_or("");
            if abbrev(rest).is_some() {
                break;
            }
            trailing.push((e - 1, e));
            e -= 1;
        } else {
            break;
        }
    }
    if let Some(w) = text.get(s..e) {
        if !w.is_empty() {
            match clitic_split(w) {
                Some(k) if k > 0 && k < w.len() => {
                    out.push((s, s + k));
                    out.push((s + k, e));
                }
                _ => out.push((s, e)),
            }
        }
    }
    out.extend(trailing.into_iter().rev());
}

/// Byte index where a clitic starts in `w` (`do|n't`, `Russia|'s`), if any.
fn clitic_split(w: &str) -> Option<usize> {
    // Fused forms EWT splits into two words: can|not, gon|na, wan|na, got|ta.
    for fused in ["cannot", "gonna", "wanna", "gotta"] {
        if w.eq_ignore_ascii_case(fused) {
            return Some(3);
        }
    }
    for nt in ["n't", "n\u{2019}t", "N'T", "N\u{2019}T"] {
        if w.len() > nt.len() + 1 && w.ends_with(nt) {
            return Some(w.len() - nt.len());
        }
    }
    let (p, c) = w.char_indices().rev().find(|&(_, c)| is_apostrophe(c))?;
    let tail = w.get(p + c.len_utf8()..)?;
    if p > 0 && is_clitic_tail(tail) {
        Some(p)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(text: &str) -> Vec<String> {
        tokenize(text, 0).into_iter().map(|t| t.form).collect()
    }

    #[test]
    fn clitics_split_like_ewt() {
        assert_eq!(forms("don't"), ["do", "n't"]);
        assert_eq!(forms("Russia's"), ["Russia", "'s"]);
        assert_eq!(forms("we're"), ["we", "'re"]);
        assert_eq!(forms("Korea\u{2019}s"), ["Korea", "'s"]);
        assert_eq!(forms("can't"), ["ca", "n't"]);
        assert_eq!(forms("I'd"), ["I", "'d"]);
        assert_eq!(forms("O'Neill"), ["O'Neill"]);
        assert_eq!(forms("'s"), ["'s"]);
    }

    #[test]
    fn punctuation_splits_but_abbreviations_keep_their_period() {
        assert_eq!(forms("the U.S. said."), ["the", "U.S.", "said", "."]);
        assert_eq!(forms("Gen. Kim"), ["Gen.", "Kim"]);
        assert_eq!(forms("at 10 a.m. Monday"), ["at", "10", "a.m.", "Monday"]);
        assert_eq!(forms("in 1953."), ["in", "1953", "."]);
        assert_eq!(forms("Seoul, Tokyo;"), ["Seoul", ",", "Tokyo", ";"]);
        assert_eq!(forms("(Reuters)"), ["(", "Reuters", ")"]);
        assert_eq!(forms("wait...what"), ["wait", "...", "what"]);
        assert_eq!(forms("war\u{2014}again"), ["war", "--", "again"]);
    }

    #[test]
    fn numbers_money_percent() {
        assert_eq!(forms("3,000"), ["3,000"]);
        assert_eq!(forms("10.5"), ["10.5"]);
        assert_eq!(forms("$5"), ["$", "5"]);
        assert_eq!(forms("23%"), ["23", "%"]);
        assert_eq!(forms("1.2.3"), ["1.2.3"]);
        assert_eq!(forms("10:30"), ["10:30"]);
        assert_eq!(forms("'90s"), ["'90s"]);
    }

    #[test]
    fn slashes_hashes_and_fused_forms_follow_ewt() {
        assert_eq!(
            forms("REUTERS/Jason Reed"),
            ["REUTERS", "/", "Jason", "Reed"]
        );
        assert_eq!(forms("on 4/14/00, 24/7"), ["on", "4/14/00", ",", "24/7"]);
        assert_eq!(forms("#432785 #Gaza"), ["#", "432785", "#Gaza"]);
        assert_eq!(forms("cannot gonna"), ["can", "not", "gon", "na"]);
        assert_eq!(forms("<mailto:a@b.com>"), ["<", "mailto:a@b.com", ">"]);
    }

    #[test]
    fn hyphenated_words_stay_whole() {
        assert_eq!(forms("Jong-un"), ["Jong-un"]);
        assert_eq!(forms("short-range KN-23"), ["short-range", "KN-23"]);
    }

    #[test]
    fn glued_bracket_from_machine_translation() {
        assert_eq!(
            forms("[en 2018 et 2019]the arrival"),
            ["[", "en", "2018", "et", "2019", "]", "the", "arrival"]
        );
    }

    #[test]
    fn a_doubled_single_quote_is_one_double_mark() {
        assert_eq!(
            forms("''Wow, a great idea,'' she said of the ``plan'' , ''"),
            [
                "\"", "Wow", ",", "a", "great", "idea", ",", "\"", "she", "said", "of", "the",
                "\"", "plan", "\"", ",", "\""
            ]
        );
        // Single marks and apostrophes are untouched.
        assert_eq!(
            forms("rock 'n' roll, the '90s"),
            ["rock", "'", "n", "'", "roll", ",", "the", "'90s"]
        );
    }

    #[test]
    fn quotes_are_separate_tokens() {
        assert_eq!(
            forms("\u{201C}others\u{2019} war\u{201D}."),
            ["\"", "others", "'", "war", "\"", "."]
        );
        assert_eq!(
            forms("'Hello,' he said"),
            ["'", "Hello", ",", "'", "he", "said"]
        );
        assert_eq!(forms("December,\u{201D}"), ["December", ",", "\""]);
    }

    #[test]
    fn urls_and_emails_are_one_token() {
        assert_eq!(
            forms("(see https://example.com/a?b=1)."),
            ["(", "see", "https://example.com/a?b=1", ")", "."]
        );
        assert_eq!(forms("www.nytimes.com,"), ["www.nytimes.com", ","]);
        assert_eq!(forms("<press@un.org>."), ["<", "press@un.org", ">", "."]);
        assert_eq!(forms("@user"), ["@user"]);
    }

    #[test]
    fn spans_are_offset_and_match_forms() {
        let text = "Kim\u{2019}s \u{201C}war\u{201D} \u{2013} it\u{2019}s 3,000\u{2026}";
        let toks = tokenize(text, 100);
        assert!(!toks.is_empty());
        for t in &toks {
            let raw = text
                .get(t.span.start - 100..t.span.end - 100)
                .unwrap_or_default();
            assert_eq!(normalize_form(raw), t.form);
        }
        assert_eq!(toks[0].span, Span::new(100, 103));
    }

    #[test]
    fn long_adversarial_chunks_stay_linear() {
        // Quadratic work here would take minutes, not milliseconds.
        let url = format!("http://x.org/{}", ")".repeat(200_000));
        assert_eq!(tokenize(&url, 0).len(), 200_001);
        let dots = "a.".repeat(200_000);
        assert_eq!(tokenize(&dots, 0).len(), 1);
        let mut doc = dyad_core::Document::new(
            "t",
            format!("{} {}", "x. ".repeat(100_000), "(".repeat(100_000)),
        );
        crate::segment(&mut doc);
        assert!(doc.sentences.len() > 1);
    }

    #[test]
    fn zero_width_only_pieces_are_dropped() {
        assert_eq!(forms("a \u{200B} \u{00AD} b"), ["a", "b"]);
    }
}
