//! JSON Lines: a bounded line reader and the record-to-document mapping.

use crate::binary::binary_reason;
use crate::date::parse_date;
use crate::lenient::{raw_number, repair};
use crate::plain::settle_date;
use crate::ReadOptions;
use dyad_core::{Document, Origin};
use serde_json::{Map, Value};
use std::io::{self, BufRead};

/// Field names tried, in order, for each document attribute.
const TEXT_KEYS: &[&str] = &["text", "content", "body", "article", "maintext"];
const ID_KEYS: &[&str] = &["id", "ID", "_id", "doc_id", "uuid"];
const TITLE_KEYS: &[&str] = &["title", "headline"];
const DATE_KEYS: &[&str] = &[
    "date",
    "published",
    "publish_date",
    "published_at",
    "pubdate",
    "date_publish",
    "datePublished",
    "timestamp",
];
const URL_KEYS: &[&str] = &["url", "link", "source_url"];
const SOURCE_KEYS: &[&str] = &["source", "publisher", "outlet", "domain"];

/// Outcome of reading one line.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Line {
    /// End of input; nothing was read.
    Eof,
    /// A line (without its terminator) is in the buffer.
    Complete,
    /// The line had this many bytes, more than the cap; it was consumed but
    /// not kept, and the buffer is empty.
    TooLong(usize),
}

/// Read one line into `buf` (cleared first), keeping at most `cap` bytes in
/// memory. Lines end at `\n`, `\r\n` or a lone `\r` (old Mac files, whose
/// records would otherwise run together into one line); `after_cr` carries
/// "the last line ended at a `\r`" to the next call, so a `\r\n` split
/// between reads still counts once. A longer line is consumed chunk by
/// chunk and reported as [`Line::TooLong`] without ever being held whole.
pub(crate) fn read_bounded_line(
    r: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    cap: usize,
    after_cr: &mut bool,
) -> io::Result<Line> {
    buf.clear();
    let mut total = 0usize;
    let mut any = false;
    loop {
        let avail = match r.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            break;
        }
        if std::mem::take(after_cr) && avail.first() == Some(&b'\n') {
            r.consume(1);
            continue;
        }
        any = true;
        let (content, take, done) = match memchr::memchr2(b'\n', b'\r', avail) {
            Some(i) if avail.get(i) == Some(&b'\r') => match avail.get(i + 1) {
                Some(b'\n') => (i, i + 2, true),
                Some(_) => (i, i + 1, true),
                None => {
                    *after_cr = true;
                    (i, i + 1, true)
                }
            },
            Some(i) => (i, i + 1, true),
            None => (avail.len(), avail.len(), false),
        };
        if total + content <= cap {
            buf.extend_from_slice(avail.get(..content).unwrap_or_default());
        } else if !buf.is_empty() {
            // Over the cap: drop what we kept and free it.
            *buf = Vec::new();
        }
        total += content;
        r.consume(take);
        if done {
            break;
        }
    }
    if !any {
        return Ok(Line::Eof);
    }
    if total > cap {
        buf.clear();
        return Ok(Line::TooLong(total));
    }
    Ok(Line::Complete)
}

/// Remove and return the first field in `keys` holding a non-empty string.
fn take_string(map: &mut Map<String, Value>, keys: &[&str]) -> Option<String> {
    for key in keys {
        if let Some(Value::String(s)) = map.get(*key) {
            if !s.trim().is_empty() {
                if let Some(Value::String(s)) = map.remove(*key) {
                    return Some(s);
                }
            }
        }
    }
    None
}

/// The first date field that parses: strings in any accepted shape,
/// numbers as their digits are (epoch seconds or milliseconds, or
/// `YYYYMMDD`; a fraction is dropped). Anything else, and impossible or
/// implausible dates, count as no date.
fn find_date(map: &Map<String, Value>) -> Option<chrono::NaiveDate> {
    DATE_KEYS.iter().find_map(|k| match map.get(*k)? {
        Value::String(s) => parse_date(s),
        Value::Number(n) => {
            let whole = match n.as_i64() {
                Some(i) => i,
                // Finite and small enough for i64.
                None => n.as_f64().filter(|x| x.abs() < 1e15)?.trunc() as i64,
            };
            parse_date(&whole.to_string())
        }
        _ => None,
    })
}

/// The record's id: the first id field holding a non-empty string or a
/// number (as written, so long numeric ids stay exact). Fields of other
/// types are passed over.
fn find_id(map: &Map<String, Value>, raw: &str) -> Option<String> {
    ID_KEYS.iter().find_map(|k| match map.get(*k)? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) if n.is_i64() || n.is_u64() => Some(n.to_string()),
        Value::Number(n) => Some(raw_number(raw, k).map_or_else(|| n.to_string(), str::to_string)),
        _ => None,
    })
}

/// Turn one JSON Lines record into a document. `Ok(None)` for a blank
/// line; `Err` with a message for binary data, malformed JSON or a record
/// without text.
/// Bytes that are not UTF-8 are replaced with U+FFFD before parsing, so a
/// badly encoded record still yields its text.
pub(crate) fn record_to_doc(
    line: &[u8],
    origin: Origin,
    opts: &ReadOptions,
) -> Result<Option<Document>, String> {
    let fallback_id = origin.to_string();
    json_to_doc(line, fallback_id, origin, opts)
}

/// Like [`record_to_doc`], for a record from anywhere (a JSON array
/// element), with `fallback_id` used when the record has no id.
pub(crate) fn json_to_doc(
    bytes: &[u8],
    fallback_id: String,
    origin: Origin,
    opts: &ReadOptions,
) -> Result<Option<Document>, String> {
    let raw = String::from_utf8_lossy(bytes);
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let value: Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(e) => {
            // JSON holds no raw control characters, so only a record that
            // fails to parse can be binary; if it is, that is the real cause.
            if let Some(reason) = binary_reason(raw) {
                return Err(reason);
            }
            // Keep a record whose only fault is a value the parser cannot
            // hold (a number beyond f64, half a surrogate pair).
            repair(raw)
                .and_then(|fixed| serde_json::from_str(&fixed).ok())
                .ok_or_else(|| format!("malformed JSON: {e}"))?
        }
    };
    let doc = value_to_doc(value, raw, fallback_id, origin, opts)?;
    // Escapes (`\u0000`) can smuggle binary data into a well-formed record.
    match binary_reason(&doc.text) {
        Some(reason) => Err(format!("text field holds {reason}")),
        None => Ok(Some(doc)),
    }
}

/// Turn one parsed record (`raw` as written) into a document. Only a
/// missing text rejects it: an id, date, title, URL or source field of the
/// wrong type or out of range is ignored, and `fallback_id` is used when no
/// id field is usable.
fn value_to_doc(
    value: Value,
    raw: &str,
    fallback_id: String,
    origin: Origin,
    opts: &ReadOptions,
) -> Result<Document, String> {
    let Value::Object(mut map) = value else {
        return Err("expected a JSON object".to_string());
    };
    let Some(text) = take_string(&mut map, TEXT_KEYS) else {
        return Err(format!(
            "record has no text (looked for {})",
            TEXT_KEYS.join(", ")
        ));
    };
    let id = find_id(&map, raw).unwrap_or(fallback_id);
    let date = find_date(&map);
    let mut doc = Document::new(id, text);
    doc.title = take_string(&mut map, TITLE_KEYS).map(|t| t.trim().to_string());
    doc.url = take_string(&mut map, URL_KEYS);
    doc.source = take_string(&mut map, SOURCE_KEYS);
    doc.origin = origin;
    settle_date(&mut doc, date, opts);
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use dyad_core::DateSource;

    fn origin() -> Origin {
        Origin {
            path: "f.jsonl".into(),
            line: Some(7),
        }
    }

    #[test]
    fn bounded_lines() {
        let data = b"short\r\nthis line is far too long\nok";
        let mut r: &[u8] = data;
        let mut buf = Vec::new();
        let mut cr = false;
        assert_eq!(
            read_bounded_line(&mut r, &mut buf, 10, &mut cr).ok(),
            Some(Line::Complete)
        );
        assert_eq!(buf, b"short");
        assert_eq!(
            read_bounded_line(&mut r, &mut buf, 10, &mut cr).ok(),
            Some(Line::TooLong(25))
        );
        assert!(buf.is_empty());
        assert_eq!(
            read_bounded_line(&mut r, &mut buf, 10, &mut cr).ok(),
            Some(Line::Complete)
        );
        assert_eq!(buf, b"ok");
        assert_eq!(
            read_bounded_line(&mut r, &mut buf, 10, &mut cr).ok(),
            Some(Line::Eof)
        );
    }

    #[test]
    fn lines_end_at_lf_crlf_or_a_lone_cr() {
        // Read one byte at a time too, so a \r\n is split between reads.
        for capacity in [1, 64] {
            let data: &[u8] = b"a\r\nb\rc\n\rd\r";
            let mut r = io::BufReader::with_capacity(capacity, data);
            let mut buf = Vec::new();
            let mut cr = false;
            let mut lines = Vec::new();
            while let Ok(Line::Complete) = read_bounded_line(&mut r, &mut buf, 10, &mut cr) {
                lines.push(String::from_utf8_lossy(&buf).into_owned());
            }
            assert_eq!(lines, ["a", "b", "c", "", "d"], "capacity {capacity}");
        }
    }

    #[test]
    fn fields_and_fallbacks() {
        let line = br#"{"ID":"a1","date":"2016-09-20","source":"NYT","source_url":"www.nytimes.com","url":"http://x","title":" T ","text":"Body."}"#;
        let doc = record_to_doc(line, origin(), &ReadOptions::default())
            .ok()
            .flatten()
            .unwrap_or_default();
        assert_eq!(doc.id, "a1");
        assert_eq!(doc.title.as_deref(), Some("T"));
        assert_eq!(doc.url.as_deref(), Some("http://x"));
        assert_eq!(doc.source.as_deref(), Some("NYT"));
        assert_eq!(doc.date, NaiveDate::from_ymd_opt(2016, 9, 20));
        assert_eq!(doc.date_source, DateSource::Metadata);
        assert_eq!(doc.origin, origin());

        let line = br#"{"content":"Body.","headline":"H","timestamp":1546560000,"publisher":{"name":"x"},"domain":"d.com"}"#;
        let doc = record_to_doc(line, origin(), &ReadOptions::default())
            .ok()
            .flatten()
            .unwrap_or_default();
        assert_eq!(doc.id, "f.jsonl:7");
        assert_eq!(doc.title.as_deref(), Some("H"));
        assert_eq!(doc.source.as_deref(), Some("d.com"));
        assert_eq!(doc.date, NaiveDate::from_ymd_opt(2019, 1, 4));
    }

    #[test]
    fn errors_and_blank_lines() {
        let opts = ReadOptions::default();
        assert!(matches!(record_to_doc(b"   ", origin(), &opts), Ok(None)));
        let e = record_to_doc(b"{\"text\": ", origin(), &opts)
            .err()
            .unwrap_or_default();
        assert!(e.starts_with("malformed JSON"), "{e}");
        let e = record_to_doc(br#"{"title":"x"}"#, origin(), &opts)
            .err()
            .unwrap_or_default();
        assert!(e.contains("no text"), "{e}");
        let e = record_to_doc(b"[1,2]", origin(), &opts)
            .err()
            .unwrap_or_default();
        assert!(e.contains("object"), "{e}");
        assert!(record_to_doc(br#"{"text":""}"#, origin(), &opts).is_err());
    }

    #[test]
    fn invalid_utf8_is_replaced() {
        let line = b"{\"text\":\"Seoul \xff\xfe said.\"}";
        let doc = record_to_doc(line, origin(), &ReadOptions::default())
            .ok()
            .flatten()
            .unwrap_or_default();
        assert_eq!(doc.text, "Seoul \u{FFFD}\u{FFFD} said.");
    }

    fn doc_of(line: &str) -> Result<Document, String> {
        record_to_doc(line.as_bytes(), origin(), &ReadOptions::default())
            .and_then(|d| d.ok_or_else(|| "blank".to_string()))
    }

    #[test]
    fn bad_fields_do_not_cost_the_record() {
        let doc =
            doc_of(r#"{"id": 123456789012345678901234567890, "date": 1e400, "text": "Kept."}"#);
        let doc = doc.unwrap_or_default();
        assert_eq!(doc.id, "123456789012345678901234567890");
        assert_eq!((doc.text.as_str(), doc.date), ("Kept.", None));
        let digits = "7".repeat(400);
        let doc = doc_of(&format!(
            r#"{{"id": {digits}, "score": -1e999, "text": "Kept."}}"#
        ));
        assert_eq!(doc.map(|d| d.id).ok(), Some(digits));
        let doc = doc_of(r#"{"id": 1e400, "text": "Kept."}"#);
        assert_eq!(doc.map(|d| d.id).ok().as_deref(), Some("1e400"));
        // Wrong types are passed over; the next field of the kind is used.
        let doc = doc_of(
            r#"{"id": {"a": 1}, "_id": true, "uuid": 2.50, "date": [2019], "published": "2019-01-04",
                "title": 5, "headline": "H", "url": false, "source": null, "text": "Kept."}"#,
        )
        .unwrap_or_default();
        assert_eq!(doc.id, "2.50");
        assert_eq!(doc.date, NaiveDate::from_ymd_opt(2019, 1, 4));
        assert_eq!(doc.title.as_deref(), Some("H"));
        assert_eq!((doc.url, doc.source), (None, None));
        let doc = doc_of(r#"{"id": [], "text": "Kept."}"#);
        assert_eq!(doc.map(|d| d.id).ok().as_deref(), Some("f.jsonl:7"));
        // Half a surrogate pair is replaced, not fatal.
        let doc = doc_of(r#"{"text": "Lone \ud800 half."}"#);
        assert_eq!(
            doc.map(|d| d.text).ok().as_deref(),
            Some("Lone \u{FFFD} half.")
        );
        // A record broken for other reasons keeps its own error.
        let e = doc_of(r#"{"text": "x", 1e400}"#).err().unwrap_or_default();
        assert!(e.starts_with("malformed JSON: key must be a string"), "{e}");
    }

    #[test]
    fn impossible_dates_are_never_produced() {
        for date in [
            r#""2023-02-30""#,
            r#""2023-02-30T10:00:00Z""#,
            r#""0000-01-01""#,
            r#""99999-01-01""#,
            r#""February 30, 2023""#,
            "20230230",
            "0",
            "-62167219200",
            "99999999999999",
            "1e300",
            "-1e400",
            "null",
            "{}",
        ] {
            let doc = doc_of(&format!(r#"{{"date": {date}, "text": "Body."}}"#));
            assert_eq!(doc.map(|d| d.date).ok(), Some(None), "{date}");
        }
        for (date, expected) in [
            ("20190104", NaiveDate::from_ymd_opt(2019, 1, 4)),
            ("1546560000.75", NaiveDate::from_ymd_opt(2019, 1, 4)),
            ("1546560000000", NaiveDate::from_ymd_opt(2019, 1, 4)),
            (r#""2024-02-29""#, NaiveDate::from_ymd_opt(2024, 2, 29)),
        ] {
            let doc = doc_of(&format!(r#"{{"date": {date}, "text": "Body."}}"#));
            assert_eq!(doc.map(|d| d.date).ok(), Some(expected), "{date}");
        }
    }
}
