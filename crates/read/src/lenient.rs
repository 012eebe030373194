//! Keeping records whose only fault is a value the JSON parser cannot
//! hold, and reading numbers as they were written.
//!
//! `serde_json` rejects a whole record for a number beyond the range of an
//! `f64` (`"date": 1e400`, a 400-digit id) or a string escape naming half a
//! UTF-16 surrogate pair (`"\ud800"`). When a record fails to parse,
//! [`repair`] rewrites exactly those values (the number becomes a string
//! holding its digits, the half pair becomes `\ufffd`) and the record is
//! parsed again; if it still fails, the original error is the one reported.
//! [`raw_number`] gives the digits of a number as written, for ids too long
//! for an `f64` to hold exactly.

/// Index just past the closing quote of the string opening at `start`.
fn string_end(b: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    loop {
        let j = i + memchr::memchr2(b'"', b'\\', b.get(i..)?)?;
        if b.get(j) == Some(&b'"') {
            return Some(j + 1);
        }
        i = j + 2;
    }
}

/// Length of the number token at the start of `b` (0 if none).
fn number_len(b: &[u8]) -> usize {
    b.iter()
        .take_while(|c| c.is_ascii_digit() || matches!(c, b'-' | b'+' | b'.' | b'e' | b'E'))
        .count()
}

/// The four hex digits of a `\uXXXX` escape starting at `at` (the backslash).
fn unicode_escape(b: &[u8], at: usize) -> Option<u16> {
    if b.get(at + 1) != Some(&b'u') {
        return None;
    }
    let hex = std::str::from_utf8(b.get(at + 2..at + 6)?).ok()?;
    u16::from_str_radix(hex, 16).ok()
}

/// `raw` with numbers too large for an `f64` turned into strings of their
/// digits and unpaired surrogate escapes turned into `\ufffd`; `None` when
/// there is nothing of the kind to repair.
pub(crate) fn repair(raw: &str) -> Option<String> {
    let b = raw.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(b.len() + 16);
    let mut changed = false;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b'"' => {
                let end = string_end(b, i).unwrap_or(b.len());
                let mut k = i;
                while k < end {
                    match b.get(k) {
                        Some(b'\\') => {
                            let unit = unicode_escape(b, k);
                            let high = unit.filter(|u| (0xD800..=0xDBFF).contains(u));
                            let paired = high.is_some()
                                && unicode_escape(b, k + 6)
                                    .is_some_and(|u| (0xDC00..=0xDFFF).contains(&u));
                            let lone = unit.is_some_and(|u| (0xD800..=0xDFFF).contains(&u));
                            let len = if paired {
                                12
                            } else if unit.is_some() {
                                6
                            } else {
                                2
                            };
                            if lone && !paired {
                                out.extend_from_slice(b"\\ufffd");
                                changed = true;
                            } else {
                                out.extend_from_slice(b.get(k..k + len).unwrap_or_default());
                            }
                            k += len;
                        }
                        Some(&x) => {
                            out.push(x);
                            k += 1;
                        }
                        None => break,
                    }
                }
                i = end;
            }
            b'-' | b'0'..=b'9' => {
                let len = number_len(b.get(i..).unwrap_or_default());
                let token = raw.get(i..i + len).unwrap_or("");
                if token.parse::<f64>().is_ok_and(|x| x.is_infinite()) {
                    out.push(b'"');
                    out.extend_from_slice(token.as_bytes());
                    out.push(b'"');
                    changed = true;
                } else {
                    out.extend_from_slice(token.as_bytes());
                }
                i += len.max(1);
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    if !changed {
        return None;
    }
    String::from_utf8(out).ok()
}

/// The number given for `key` at the top level of the JSON object `raw`,
/// as written (`123456789012345678901234567890`, not `1.2345678901234568e29`).
pub(crate) fn raw_number<'a>(raw: &'a str, key: &str) -> Option<&'a str> {
    let b = raw.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b'"' => {
                let end = string_end(b, i)?;
                let mut j = end;
                while b.get(j).is_some_and(u8::is_ascii_whitespace) {
                    j += 1;
                }
                let is_key = depth == 1 && b.get(j) == Some(&b':');
                if is_key && raw.get(i + 1..end - 1) == Some(key) {
                    j += 1;
                    while b.get(j).is_some_and(u8::is_ascii_whitespace) {
                        j += 1;
                    }
                    let len = number_len(b.get(j..).unwrap_or_default());
                    return raw.get(j..j + len).filter(|n| !n.is_empty());
                }
                i = end;
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_only_what_the_parser_cannot_hold() {
        assert_eq!(repair(r#"{"a":1,"b":-2.5e3,"c":"x"}"#), None);
        assert_eq!(
            repair(r#"{"date":1e400,"n":[-1E+999, 3],"s":"1e400"}"#).as_deref(),
            Some(r#"{"date":"1e400","n":["-1E+999", 3],"s":"1e400"}"#)
        );
        let digits = "9".repeat(400);
        assert_eq!(
            repair(&format!("{{\"id\":{digits}}}")),
            Some(format!("{{\"id\":\"{digits}\"}}"))
        );
        assert_eq!(
            repair(r#"{"t":"a\ud800b \udc00 \ud83d\ude00 \\ud800 \"\ud800"}"#).as_deref(),
            Some(r#"{"t":"a\ufffdb \ufffd \ud83d\ude00 \\ud800 \"\ufffd"}"#)
        );
        // Broken input never panics.
        for s in [
            "\"",
            "\"\\",
            "\"\\u12",
            "-",
            "{\"a\":\"\\ud800",
            "1e99999\"",
        ] {
            let _ = repair(s);
        }
    }

    #[test]
    fn numbers_as_written() {
        let raw = r#"{"x":{"id":1},"s":"\"id\":2","id" : 123456789012345678901234567890}"#;
        assert_eq!(
            raw_number(raw, "id"),
            Some("123456789012345678901234567890")
        );
        assert_eq!(raw_number(r#"{"id":"7"}"#, "id"), None);
        assert_eq!(raw_number(r#"{"id":"#, "id"), None);
    }

    #[test]
    fn random_json_like_text_never_panics() {
        let alphabet = b"\"\\u0123456789abcdefDd{}[],:-+eE. ";
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..2000 {
            let len = (seed % 40) as usize;
            let s: String = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    char::from(alphabet[(seed % alphabet.len() as u64) as usize])
                })
                .collect();
            let _ = repair(&s);
            let _ = raw_number(&s, "d");
        }
    }
}
