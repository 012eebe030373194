//! Behaviour tests for the recogniser and the event-date policy.

use super::*;
use crate::segment::simple_segment;

fn doc(text: &str, date: Option<(i32, u32, u32)>) -> Document {
    let mut d = Document::new("t", text);
    d.date = date.and_then(|(y, m, dd)| NaiveDate::from_ymd_opt(y, m, dd));
    simple_segment(&mut d);
    d
}

fn tags(text: &str, date: Option<(i32, u32, u32)>) -> Vec<(String, String)> {
    tag_document(&doc(text, date))
        .into_iter()
        .map(|t| (t.text, t.value))
        .collect()
}

fn has(v: &[(String, String)], text: &str, value: &str) -> bool {
    v.iter().any(|(t, x)| t == text && x == value)
}

#[test]
fn seed_dates() {
    let v = tags(
        "The scare arrived on November 2 after the launch of 23 North Korean missiles.",
        Some((2022, 11, 3)),
    );
    assert!(has(&v, "November 2", "2022-11-02"), "{v:?}");
    assert_eq!(v.len(), 1, "{v:?}");
}
