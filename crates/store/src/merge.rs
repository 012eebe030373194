//! The merge rule: when two coded records report the same happening.
//!
//! Every record the coder writes is stored as a *mention*. Mentions are
//! merged into one *event* when they have
//!
//! 1. the same actor code and the same recipient code (both may be empty),
//! 2. the same PLOVER category,
//! 3. the same *modality* ([`modality`]): a threat that was carried out,
//!    one that was denied and one that is only possible are three events;
//!    `historical` does not count, since a past event is still the event;
//! 4. compatible dates ([`compatible`]): every mention of the event falls
//!    within [`WINDOW_DAYS`] days of every other. A mention's date is the
//!    event's own date when the text gives a full day, else its article's
//!    publication date ([`merge_date`]): a report that says "on Tuesday"
//!    the day after, and one that gives no date at all, meet in the window.
//!    A mention dated by nothing joins only an undated event already seen
//!    in the same story (the same article or its near duplicates).
//!
//! When several events qualify, the mention joins the one whose dates lie
//! closest to its own, then the oldest. Ingest order is input order, so
//! the same inputs always give the same events.

use chrono::NaiveDate;

/// Widest span, in days, between the dates of two mentions of one event.
pub const WINDOW_DAYS: i64 = 2;

/// The auxiliary modes that change what an event is (`future`,
/// `hypothetical`, `negation`), sorted and joined by `;`; empty for a
/// plain fact.
pub fn modality(aux_modes: &[String]) -> String {
    let mut kept: Vec<&str> = aux_modes
        .iter()
        .map(String::as_str)
        .filter(|m| *m != "historical")
        .collect();
    kept.sort_unstable();
    kept.dedup();
    kept.join(";")
}

/// A full `YYYY-MM-DD` date, if `s` is one.
pub fn parse_day(s: Option<&str>) -> Option<NaiveDate> {
    let s = s?;
    if s.len() != 10 {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// The date a mention is merged on: the event's own full date, else the
/// publication date of its document.
pub fn merge_date(event_date: Option<&str>, document_date: Option<&str>) -> Option<NaiveDate> {
    parse_day(event_date).or_else(|| parse_day(document_date))
}

/// Whether a mention dated `day` may join an event whose mentions span
/// `first..=last`: the joined span stays within [`WINDOW_DAYS`].
pub fn compatible(first: NaiveDate, last: NaiveDate, day: NaiveDate) -> bool {
    let lo = first.min(day);
    let hi = last.max(day);
    (hi - lo).num_days() <= WINDOW_DAYS
}

/// How far a mention dated `day` lies from an event spanning
/// `first..=last` (for choosing among compatible events).
pub fn distance(first: NaiveDate, last: NaiveDate, day: NaiveDate) -> i64 {
    (day - first).num_days().abs() + (day - last).num_days().abs()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse_day(Some(s)).expect("a date")
    }

    #[test]
    fn historical_does_not_change_the_event_but_negation_does() {
        assert_eq!(modality(&["historical".into()]), "");
        assert_eq!(
            modality(&["negation".into(), "historical".into(), "future".into()]),
            "future;negation"
        );
    }

    #[test]
    fn the_window_bounds_the_whole_span() {
        assert!(compatible(
            d("2022-11-02"),
            d("2022-11-02"),
            d("2022-11-04")
        ));
        assert!(!compatible(
            d("2022-11-02"),
            d("2022-11-03"),
            d("2022-11-05")
        ));
        assert!(!compatible(
            d("2022-11-02"),
            d("2022-11-02"),
            d("2022-10-30")
        ));
    }

    #[test]
    fn only_full_days_date_a_mention() {
        assert_eq!(
            merge_date(Some("2018"), Some("2022-11-03")),
            Some(d("2022-11-03"))
        );
        assert_eq!(merge_date(Some("XXXX-10-11"), None), None);
        assert_eq!(
            merge_date(Some("2022-11-02"), Some("2022-11-03")),
            Some(d("2022-11-02"))
        );
    }
}
