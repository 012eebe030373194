//! Telling binary data from text, so an executable or an image given as an
//! article is refused with a reason instead of read as words.
//!
//! The rule, applied to the text after decoding: it is binary when it holds
//! a NUL character, or when more than 1 character in 20 is a control
//! character: C0 controls other than tab, line feed, vertical tab, form
//! feed and carriage return, and DEL. Text never needs those; executables,
//! images and compressed data are full of them (random bytes hold about
//! 10%). Bytes that are not valid UTF-8 do not count: a scraped article
//! with a few stray bytes is text, decoded lossily.

/// The most control characters tolerated, as a share of all characters: 1 in this many.
const CONTROL_ONE_IN: usize = 20;

/// A control character that has no place in text: 0x01–0x08, 0x0E–0x1F
/// or DEL. Written as arithmetic so that counting them vectorises.
fn is_control(b: u8) -> bool {
    (b.wrapping_sub(0x01) < 8) | (b.wrapping_sub(0x0E) < 0x12) | (b == 0x7F)
}

/// How many bytes of `bytes` are control characters.
fn count_controls(bytes: &[u8]) -> usize {
    // Per-chunk u8 counters (255 cannot overflow) keep the loop in SIMD lanes.
    bytes
        .chunks(255)
        .map(|c| usize::from(c.iter().fold(0u8, |n, &b| n + u8::from(is_control(b)))))
        .sum()
}

/// Why `text` is binary data (the message of the error that skips it),
/// or `None` when it is text.
pub(crate) fn binary_reason(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    if memchr::memchr(0, bytes).is_some() {
        return Some("binary data (NUL bytes); skipped".to_string());
    }
    let controls = count_controls(bytes);
    if controls == 0 {
        return None;
    }
    // Characters, not bytes: UTF-8 continuation bytes do not start one.
    let chars = bytes.iter().filter(|b| (**b & 0xC0) != 0x80).count();
    (controls * CONTROL_ONE_IN > chars).then(|| {
        format!(
            "binary data ({}% control characters); skipped",
            (controls * 100).div_ceil(chars.max(1))
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_text() {
        assert_eq!(binary_reason(""), None);
        assert_eq!(
            binary_reason("Seoul \u{FFFD}\u{FFFD} said.\r\n\tIt\x0bwas\x0c."),
            None
        );
        // A stray escape in a long line is tolerated.
        let text = format!("{}\x1b[0m", "Officials met on Tuesday. ".repeat(4));
        assert_eq!(binary_reason(&text), None);
        assert_eq!(binary_reason("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\x01"), None);
    }

    #[test]
    fn control_characters_are_counted() {
        let all: Vec<u8> = (0..=255u8).collect();
        assert_eq!(count_controls(&all), 8 + 18 + 1);
        assert_eq!(count_controls(&all.repeat(40)), 27 * 40);
        assert_eq!(count_controls(b"\t\n\x0b\x0c\r text"), 0);
    }

    #[test]
    fn binary_is_refused_with_its_reason() {
        assert_eq!(
            binary_reason("ELF\0\0\0").as_deref(),
            Some("binary data (NUL bytes); skipped")
        );
        assert_eq!(
            binary_reason("ab\x01\x02\x03cdefgh").as_deref(),
            Some("binary data (28% control characters); skipped")
        );
    }
}
