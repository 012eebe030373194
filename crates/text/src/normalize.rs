//! The token form models see.
//!
//! News text arrives with typographic quotes, several kinds of dashes and
//! spaces, and invisible characters pasted in from web pages. The tagger and
//! parser are trained on UD English EWT, which is mostly plain ASCII
//! punctuation, so every token form is mapped onto that convention here.

use unicode_normalization::UnicodeNormalization;

/// True for characters that carry no visible content and are dropped from
/// token forms (zero-width spaces and joiners, the byte-order mark, soft hyphen).
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// True for characters that separate tokens: Unicode whitespace (including
/// non-breaking and other odd spaces) and the zero-width separators.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// Two single quotation marks standing for one double mark: `''`, ``` `` ```,
/// `‘‘`, `’’`.
pub(crate) fn is_doubled_quote(raw: &str) -> bool {
    matches!(raw, "''" | "``" | "\u{2018}\u{2018}" | "\u{2019}\u{2019}")
}

/// The ASCII replacement for one typographic character, if it has one.
fn replacement(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' => "\"",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => "-",
        '\u{2014}' | '\u{2015}' => "--",
        '\u{2026}' => "...",
        _ => return None,
    })
}

/// Map raw text to the form models see: NFC, curly quotes and guillemets to
/// `'` and `"`, en dash and minus to `-`, em dash to `--`, `…` to `...`,
/// any Unicode space to an ASCII space, zero-width characters removed.
///
/// Pure ASCII input is returned unchanged without further work, which is the
/// common case in English news and keeps tokenization cheap.
pub fn normalize_form(raw: &str) -> String {
    // A doubled single quote is a double quotation mark (''…'', ``…''),
    // as older newswire typesets it.
    if is_doubled_quote(raw) {
        return "\"".to_owned();
    }
    if raw.is_ascii() {
        return raw.to_owned();
    }
    let mut out = String::with_capacity(raw.len());
    for c in raw.nfc() {
        if is_invisible(c) {
            continue;
        }
        if let Some(r) = replacement(c) {
            out.push_str(r);
        } else if c.is_whitespace() {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_dashes_and_ellipsis_become_ascii() {
        assert_eq!(normalize_form("\u{201C}war\u{201D}"), "\"war\"");
        assert_eq!(normalize_form("others\u{2019}"), "others'");
        assert_eq!(normalize_form("\u{00AB}non\u{00BB}"), "\"non\"");
        assert_eq!(normalize_form("2018\u{2013}2019"), "2018-2019");
        assert_eq!(normalize_form("\u{2014}"), "--");
        assert_eq!(normalize_form("\u{2026}"), "...");
    }

    #[test]
    fn nfc_and_invisible_characters() {
        // "e" + combining acute composes to a single "é".
        assert_eq!(normalize_form("de\u{301}tente"), "d\u{e9}tente");
        assert_eq!(normalize_form("Kim\u{200B}"), "Kim");
        assert_eq!(normalize_form("\u{FEFF}Seoul"), "Seoul");
        assert_eq!(normalize_form("a\u{00A0}b"), "a b");
    }

    #[test]
    fn ascii_is_unchanged() {
        assert_eq!(normalize_form("U.S. 3,000"), "U.S. 3,000");
    }
}
