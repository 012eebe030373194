//! Plain-text documents and the date-precedence rule shared by all formats.

use crate::date::{find_numeric, parse_worded};
use crate::ReadOptions;
use chrono::NaiveDate;
use dyad_core::{DateSource, Document, Origin};

/// How many non-empty lines at the top of an article are searched for a date.
const DATE_SEARCH_LINES: usize = 3;
/// How far into such a line a `date YYYY-MM-DD` marker or dateline may start.
const DATE_SEARCH_BYTES: usize = 120;
/// Longest line accepted as a date-only line ("Friday, January 4, 2019").
const DATE_LINE_MAX_BYTES: usize = 40;

/// A date stated in the first lines of the article text: a `date
/// YYYY-MM-DD` marker, a date-only line, or a dateline that carries a full
/// date ("WASHINGTON, Jan. 4, 2019 (AP) -"). Datelines without a year
/// ("SEOUL, Nov 2 (Reuters) -") give nothing: guessing the year is the job
/// of `dyad-time`, not of the reader.
pub(crate) fn date_in_text(text: &str) -> Option<NaiveDate> {
    let lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(DATE_SEARCH_LINES);
    for line in lines {
        let head = prefix(line, DATE_SEARCH_BYTES);
        if let Some(d) = date_marker(head) {
            return Some(d);
        }
        if line.len() <= DATE_LINE_MAX_BYTES && line.split_whitespace().count() <= 6 {
            if let Some(d) = parse_worded(line).or_else(|| find_numeric(line)) {
                return Some(d);
            }
        }
        if let Some(d) = dateline(head) {
            return Some(d);
        }
    }
    None
}

/// The longest prefix of `s` of at most `max` bytes ending on a char boundary.
fn prefix(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// `date 2022-11-03` or `Date: 2022-11-03` within `head`.
fn date_marker(head: &str) -> Option<NaiveDate> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = lower.get(from..).and_then(|r| r.find("date")) {
        let at = from + pos;
        let before_ok = at == 0
            || !lower
                .as_bytes()
                .get(at - 1)
                .is_some_and(u8::is_ascii_alphanumeric);
        let rest = head.get(at + 4..).unwrap_or("");
        let value = rest.trim_start_matches([' ', ':', '\t']);
        if before_ok && value.len() < rest.len() {
            if let Some(d) = value.get(..10).and_then(find_numeric) {
                return Some(d);
            }
        }
        from = at + 4;
    }
    None
}

/// A dateline ending in a dash or an agency tag, carrying a full date.
fn dateline(head: &str) -> Option<NaiveDate> {
    let cut = [
        " - ",
        " -- ",
        " \u{2013} ",
        " \u{2014} ",
        "(Reuters)",
        "(AP)",
        "(AFP)",
    ]
    .iter()
    .filter_map(|sep| head.find(sep))
    .min()?;
    let before = head.get(..cut)?;
    // A dateline is a place and a date, not a sentence: every word is
    // capitalised or a number ("WASHINGTON, Jan. 4, 2019").
    let mut words = before.split_whitespace();
    if before.split_whitespace().count() > 8
        || !words.all(|w| {
            w.trim_start_matches(|c: char| !c.is_alphanumeric())
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
    {
        return None;
    }
    parse_worded(before).or_else(|| find_numeric(before))
}

/// Apply the date precedence: metadata, then the text, then the user's
/// default, else unknown.
pub(crate) fn settle_date(doc: &mut Document, metadata: Option<NaiveDate>, opts: &ReadOptions) {
    let (date, source) = if let Some(d) = metadata {
        (Some(d), DateSource::Metadata)
    } else if let Some(d) = date_in_text(&doc.text) {
        (Some(d), DateSource::Text)
    } else if let Some(d) = opts.default_date {
        (Some(d), DateSource::Flag)
    } else {
        (None, DateSource::Unknown)
    };
    doc.date = date;
    doc.date_source = source;
}

/// Build a plain-text document. The text is kept exactly as given, so every
/// span the later stages produce indexes the original content.
pub fn read_str(text: &str, origin: Origin, opts: &ReadOptions) -> Document {
    let mut doc = Document::new(origin.to_string(), text);
    doc.title = dyad_text::title_span(text).map(|s| s.slice(text).trim().to_string());
    doc.origin = origin;
    settle_date(&mut doc, None, opts);
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn dates_in_article_openings() {
        assert_eq!(
            date_in_text(" date 2022-11-03 Let us immediately neutralize the scare."),
            d(2022, 11, 3)
        );
        assert_eq!(
            date_in_text("Related News : date 2022-11-03 Let us go."),
            d(2022, 11, 3)
        );
        assert_eq!(
            date_in_text("Friday, January 4, 2019 \n\n\nAn apartment building collapsed."),
            d(2019, 1, 4)
        );
        assert_eq!(
            date_in_text("WASHINGTON, Jan. 4, 2019 (AP) - The talks failed."),
            d(2019, 1, 4)
        );
        assert_eq!(
            date_in_text("SEOUL, Nov 2 (Reuters) - North Korea fired."),
            None
        );
        assert_eq!(
            date_in_text("Officials said on May 4, 2019 - a Saturday - that talks, which had been expected to resume, failed."),
            None
        );
        assert_eq!(date_in_text("The candidate updated her profile."), None);
    }

    #[test]
    fn precedence_text_then_flag_then_unknown() {
        let opts = ReadOptions {
            default_date: d(2020, 5, 5),
            ..ReadOptions::default()
        };
        let doc = read_str("date 2022-11-03 Body.", Origin::default(), &opts);
        assert_eq!(
            (doc.date, doc.date_source),
            (d(2022, 11, 3), DateSource::Text)
        );
        let doc = read_str("Body only.", Origin::default(), &opts);
        assert_eq!(
            (doc.date, doc.date_source),
            (d(2020, 5, 5), DateSource::Flag)
        );
        let doc = read_str("Body only.", Origin::default(), &ReadOptions::default());
        assert_eq!((doc.date, doc.date_source), (None, DateSource::Unknown));
    }

    #[test]
    fn title_skips_site_name() {
        let text =
            "DayFR Euro\n\nWhy Kim Jong-un sent soldiers to Russia\n\nThe effect is immediate.";
        let doc = read_str(
            text,
            Origin {
                path: "a.txt".into(),
                line: None,
            },
            &ReadOptions::default(),
        );
        assert_eq!(
            doc.title.as_deref(),
            Some("Why Kim Jong-un sent soldiers to Russia")
        );
        assert_eq!(doc.text, text);
        assert_eq!(doc.id, "a.txt");
        let doc = read_str(
            "No title here. Just text.",
            Origin::default(),
            &ReadOptions::default(),
        );
        assert_eq!(doc.title, None);
    }
}
