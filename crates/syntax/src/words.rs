//! Per-token string features, computed once per sentence.
//!
//! Forms are normalised before hashing so that news text looks like the
//! treebank the models were trained on: curly quotes become ASCII quotes,
//! en and em dashes become `--`, the ellipsis character becomes `...`.

use crate::hash::{hash_str, mix};

/// Hashes of one token's form and its parts.
#[derive(Clone, Copy, Default)]
pub(crate) struct Word {
    /// The normalised form, case kept.
    pub form: u64,
    /// The normalised form, lowercased.
    pub lower: u64,
    /// Prefixes of 1..=3 characters of the lowercased form.
    pub pre: [u64; 3],
    /// Suffixes of 1..=4 characters of the lowercased form.
    pub suf: [u64; 4],
    /// Word shape (`Xx`, `d`, `x-x`, ...).
    pub shape: u64,
}

/// Map typographic variants to the ASCII spellings common in UD English.
pub(crate) fn normalize(form: &str) -> std::borrow::Cow<'_, str> {
    if form.is_ascii() {
        return std::borrow::Cow::Borrowed(form);
    }
    let mut out = String::with_capacity(form.len());
    for c in form.chars() {
        match c {
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{00ab}' | '\u{00bb}' | '\u{2033}' => {
                out.push('"')
            }
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' | '\u{02bc}' => out.push('\''),
            '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => out.push_str("--"),
            '\u{2010}' | '\u{2011}' => out.push('-'),
            '\u{2026}' => out.push_str("..."),
            '\u{00a0}' => out.push(' '),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A compressed word shape: character classes with runs collapsed, so
/// `Jong-un` is `Xx-x` and `1,200` is `d,d`.
fn shape(form: &str) -> u64 {
    let mut h = 0x5151u64;
    let mut last = '\0';
    let mut n = 0;
    for c in form.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if k != last {
            h = mix(h ^ u64::from(k as u32));
            last = k;
            n += 1;
            if n > 6 {
                break;
            }
        }
    }
    h
}

/// Hash the features of each form.
pub(crate) fn words<'a>(forms: impl Iterator<Item = &'a str>) -> Vec<Word> {
    forms.map(word).collect()
}

/// Hash the features of one form.
pub(crate) fn word(form: &str) -> Word {
    let norm = normalize(form);
    let lower = norm.to_lowercase();
    let mut w = Word {
        form: hash_str(&norm),
        lower: hash_str(&lower),
        shape: shape(&norm),
        ..Word::default()
    };
    let chars: Vec<(usize, char)> = lower.char_indices().collect();
    let nch = chars.len();
    for k in 1..=3 {
        let end = chars.get(k).map(|(i, _)| *i).unwrap_or(lower.len());
        let p = if k <= nch { &lower[..end] } else { "\u{1}" };
        w.pre[k - 1] = hash_str(p);
    }
    for k in 1..=4 {
        let s = if k <= nch {
            let start = chars.get(nch - k).map(|(i, _)| *i).unwrap_or(0);
            &lower[start..]
        } else {
            "\u{1}"
        };
        w.suf[k - 1] = hash_str(s);
    }
    w
}

/// Past tenses and past participles that English uses for nothing else
/// (lowercase; a capitalised word may be a name: "the *Fed*"). The
/// treebank has few of them, and a tagger unsure of "the U.S. *struck*
/// Syria" may read a noun; these are verbs.
const PAST_ONLY: &[&str] = &[
    "struck",
    "fought",
    "sought",
    "slain",
    "overthrew",
    "overthrown",
    "withdrew",
    "forbade",
    "undertook",
    "foresaw",
    "mistook",
    "shook",
    "swore",
    "wrote",
    "drove",
    "rode",
    "threw",
    "thrown",
    "flew",
    "stole",
    "froze",
    "chose",
    "began",
    "begun",
    "sang",
    "sank",
    "swam",
    "ate",
    "gave",
    "took",
    "went",
    "came",
    "told",
    "sold",
    "bought",
    "brought",
    "caught",
    "taught",
    "sent",
    "spent",
    "built",
    "lent",
    "meant",
    "dealt",
    "kept",
    "fled",
    "sped",
];

/// True for a form in [`PAST_ONLY`].
pub(crate) fn past_only(form: &str) -> bool {
    PAST_ONLY.contains(&form)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_quotes_and_dashes_look_like_treebank_text() {
        assert_eq!(normalize("don\u{2019}t"), "don't");
        assert_eq!(normalize("\u{201c}"), "\"");
        assert_eq!(normalize("\u{2014}"), "--");
        assert_eq!(normalize("\u{2026}"), "...");
        assert_eq!(word("\u{2019}s").lower, word("'s").lower);
    }

    #[test]
    fn affixes_handle_short_and_multibyte_forms() {
        let a = word("é");
        assert_eq!(a.pre[0], a.suf[0]);
        assert_ne!(a.pre[1], a.pre[0]);
        let b = word("Séoul");
        assert_eq!(b.suf[2], word("OUL").suf[2]);
        assert_eq!(shape("Jong-un"), shape("Abc-de"));
        assert_ne!(shape("Jong-un"), shape("jong-un"));
    }
}
