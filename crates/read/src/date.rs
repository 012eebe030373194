//! Publication-date parsing for metadata fields and article openings.
//!
//! Metadata dates come in many shapes (`2019-01-04`, RFC 3339 timestamps,
//! `2019/01/04`, RFC 2822, "January 4, 2019", epoch seconds). We keep the
//! calendar date as written: a timestamp's local date is the date the outlet
//! published on, so no time-zone conversion is applied.

use chrono::{DateTime, Datelike, NaiveDate};

/// Plausible publication years; anything else is a parse accident.
const YEARS: std::ops::RangeInclusive<i32> = 1800..=2100;

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("sept", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
];

/// Month number of a full or abbreviated (3+ letters) English month name.
fn month_number(word: &str) -> Option<u32> {
    if word.len() < 3 {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    MONTHS
        .iter()
        .find(|(name, _)| *name == lower || (lower.len() == 3 && name.starts_with(lower.as_str())))
        .map(|&(_, m)| m)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !YEARS.contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

/// `YYYY-MM-DD` or `YYYY/MM/DD` at the start of `s`, not followed by another digit.
fn leading_numeric(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let sep = *b.get(4)?;
    if !(sep == b'-' || sep == b'/') || b.get(7) != Some(&sep) {
        return None;
    }
    if b.get(10).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let y = s.get(0..4)?.parse().ok()?;
    let m = s.get(5..7)?.parse().ok()?;
    let d = s.get(8..10)?.parse().ok()?;
    ymd(y, m, d)
}

/// Epoch seconds (9–10 digits) or milliseconds (12–13 digits) to a UTC date.
fn from_epoch(n: i64) -> Option<NaiveDate> {
    let secs = if n.unsigned_abs() >= 100_000_000_000 {
        n / 1000
    } else {
        n
    };
    let date = DateTime::from_timestamp(secs, 0)?.date_naive();
    YEARS.contains(&date.year()).then_some(date)
}

/// Parse a metadata date string in any of the accepted shapes.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if let Some(d) = leading_numeric(s) {
        return Some(d);
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return match s.len() {
            8 => ymd(
                s.get(0..4)?.parse().ok()?,
                s.get(4..6)?.parse().ok()?,
                s.get(6..8)?.parse().ok()?,
            ),
            9 | 10 | 12 | 13 => from_epoch(s.parse().ok()?),
            _ => None,
        };
    }
    parse_worded(s)
}

/// A date written with a month name: "January 4, 2019", "4 Jan 2019",
/// "Fri, 04 Jan 2019 10:00:00 +0000", "Friday, January 4, 2019". Needs a
/// day, a month and a four-digit year, all within a few words.
pub fn parse_worded(s: &str) -> Option<NaiveDate> {
    let words: Vec<&str> = s
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(12)
        .collect();
    for (i, w) in words.iter().enumerate() {
        let Some(month) = month_number(w) else {
            continue;
        };
        let day_of = |w: Option<&&str>| -> Option<u32> {
            let w = w?;
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic()); // 4th, 2nd
            if digits.len() > 2 || digits.is_empty() {
                return None;
            }
            digits.parse().ok().filter(|d| (1..=31).contains(d))
        };
        let year_of = |w: Option<&&str>| -> Option<i32> {
            let w = w?;
            if w.len() == 4 {
                w.parse().ok()
            } else {
                None
            }
        };
        // "January 4, 2019"
        if let (Some(d), Some(y)) = (day_of(words.get(i + 1)), year_of(words.get(i + 2))) {
            if let Some(date) = ymd(y, month, d) {
                return Some(date);
            }
        }
        // "4 January 2019"
        if let (Some(d), Some(y)) = (
            i.checked_sub(1).and_then(|p| day_of(words.get(p))),
            year_of(words.get(i + 1)),
        ) {
            if let Some(date) = ymd(y, month, d) {
                return Some(date);
            }
        }
    }
    None
}

/// The first `YYYY-MM-DD` / `YYYY/MM/DD` anywhere in `s`.
pub(crate) fn find_numeric(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    (0..b.len()).find_map(|i| {
        let starts_clean = i == 0 || !b.get(i - 1).is_some_and(u8::is_ascii_digit);
        if starts_clean && b.get(i).is_some_and(u8::is_ascii_digit) {
            s.get(i..).and_then(leading_numeric)
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn accepted_shapes() {
        assert_eq!(parse_date("2019-01-04"), d(2019, 1, 4));
        assert_eq!(parse_date("2019-01-04T23:30:00+09:00"), d(2019, 1, 4));
        assert_eq!(parse_date("2019-01-04 10:00:00"), d(2019, 1, 4));
        assert_eq!(parse_date("2019/01/04"), d(2019, 1, 4));
        assert_eq!(parse_date("Fri, 04 Jan 2019 10:00:00 +0000"), d(2019, 1, 4));
        assert_eq!(parse_date("January 4, 2019"), d(2019, 1, 4));
        assert_eq!(parse_date("Friday, January 4, 2019"), d(2019, 1, 4));
        assert_eq!(parse_date("4 Sept 2019"), d(2019, 9, 4));
        assert_eq!(parse_date("1546560000"), d(2019, 1, 4));
        assert_eq!(parse_date("1546560000000"), d(2019, 1, 4));
        assert_eq!(parse_date("20190104"), d(2019, 1, 4));
    }

    #[test]
    fn rejects_nonsense() {
        assert_eq!(parse_date(""), None);
        assert_eq!(parse_date("2019-13-40"), None);
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date("May 2019"), None);
        assert_eq!(parse_date("0000-01-01"), None);
        assert_eq!(parse_date("12345"), None);
    }

    #[test]
    fn finds_numeric_dates_inside_text() {
        assert_eq!(find_numeric("date 2022-11-03 Let"), d(2022, 11, 3));
        assert_eq!(find_numeric("no 12019-01-01 here"), None);
    }
}
