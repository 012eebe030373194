//! Time in news text: when did the event happen, as opposed to when did the
//! article appear.
//!
//! This crate
//! - recognises English time expressions in a segmented [`Document`] and
//!   normalises them TimeML TIMEX3-style against the document date
//!   ([`tag_document`]): `2024-10-23`, `2022-W44`, `1998-Q3`, `P3M`,
//!   `XXXX-10-23` when the year cannot be known, `PAST_REF`, …;
//! - gives every event a date with its provenance ([`date_event`]);
//! - infers a plausible date range for an undated article from what it
//!   mentions, labelled as an inference ([`infer_document_date`]);
//! - scores itself on TimeML files the TempEval-3 way ([`timeml`]).
//!
//! It is not a segmenter or a parser: it reads the sentences, tokens and (when
//! present) POS tags and dependencies that `dyad-text` and `dyad-syntax` put
//! on the document, and degrades to word-based heuristics when they are
//! absent. It depends on `dyad-core` only. It does not guess a date for an
//! event the text does not date: underspecified values stay underspecified.

#![warn(missing_docs)]

mod lexicon;
mod rules;
pub mod segment;
pub mod timeml;

use chrono::{Datelike, NaiveDate};
use dyad_core::{Document, Span};
use rules::Matcher;
use serde::Serialize;

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: `2024-10-23`, `1998-Q3`, `PRESENT_REF`.
    Date,
    /// A time of day: `1998-08-07T10:35`, `2024-11-01TNI`.
    Time,
    /// An amount of time: `P3M`, `PT5H`, `PXY`.
    Duration,
    /// A recurrence: `P1D` for "daily", `XXXX-WXX-4` for "every Thursday".
    Set,
}

impl TimexType {
    /// The TimeML spelling (`DATE`, `TIME`, `DURATION`, `SET`).
    pub fn as_str(&self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// One time expression found in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timex {
    /// Index of the sentence in [`Document::sentences`].
    pub sentence: usize,
    /// First token (0-based, in the sentence).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Bytes in [`Document::text`].
    pub span: Span,
    /// The expression as written.
    pub text: String,
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TIMEX3 value (`2024-10-23`, `P3M`, `XXXX-10-23`, `PAST_REF`, …).
    pub value: String,
    /// TIMEX3 `mod` (`START`, `END`, `MID`, `APPROX`, `LESS_THAN`, …).
    pub modifier: Option<String>,
    /// Name of the rule that produced it, for explanations.
    pub rule: String,
}

/// Where an event's date came from. Distinct from [`dyad_core::DateSource`],
/// which says where the *document* date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// A time expression attached to the event's predicate or clause.
    Expression,
    /// The closest preceding dated expression in the same paragraph.
    Context,
    /// Nothing in the text dates the event: the document date.
    Document,
}

/// The date given to one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventDate {
    /// A TIMEX3 date value: `2022-11-02`, `2024-10`, `XXXX-10-23`, `2018`,
    /// or `XXXX-XX-XX` when an expression dates the event only relative to
    /// something undated ("a few days before the election").
    pub value: String,
    /// How the value was found.
    pub source: DateSource,
    /// Index into the timex list passed to [`date_event`], when an
    /// expression was used.
    pub timex: Option<usize>,
}

/// A plausible publication date range for a document without a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateRange {
    /// Earliest plausible date.
    pub earliest: NaiveDate,
    /// Latest plausible date.
    pub latest: NaiveDate,
    /// Why: which evidence the range rests on, in words.
    pub basis: String,
}

/// Find and normalise the time expressions of a segmented document.
///
/// Relative expressions are resolved against [`Document::date`]; without one
/// they keep unknown parts as `X` (`XXXX-10-23`, `XXXX-WXX-5`). Returns the
/// expressions in document order, never overlapping.
pub fn tag_document(doc: &Document) -> Vec<Timex> {
    let mut out = Vec::new();
    // The fiscal quarter the article last talked about: earnings reports say
    // "a year earlier" meaning that quarter a year before.
    let mut quarter_context: Option<(i32, u32)> = None;
    // The last day the text named, for clock times given without one.
    let mut last_day: Option<String> = None;
    for (si, sent) in doc.sentences.iter().enumerate() {
        // Cheap pre-check without allocating: most sentences have no trigger.
        if !sent.tokens.iter().any(|t| token_may_trigger(&t.form)) {
            continue;
        }
        let pieces = rules::pieces(sent);
        let trig: Vec<bool> = pieces.iter().map(|p| lexicon::is_trigger(&p.low)).collect();
        if !trig.iter().any(|&t| t) {
            continue;
        }
        let tagged = sent.tokens.iter().any(|t| !t.xpos.is_empty());
        let parsed = tagged && sent.tokens.iter().any(|t| t.head != 0);
        let mut m = Matcher {
            p: &pieces,
            sent,
            anchor: doc.date,
            tagged,
            quarter_context,
        };
        let n = pieces.len();
        let mut i = 0;
        while i < n {
            // Expressions start at most a few pieces before their trigger
            // ("at least the past two years"); elsewhere do not even try.
            let hi = (i + 5).min(n);
            if !trig.get(i..hi).is_some_and(|w| w.iter().any(|&t| t)) {
                i += 1;
                continue;
            }
            // Probe without a tense first: the tense is worth working out
            // only where an expression actually starts.
            if m.at(i, rules::Tense::Unknown).is_none() {
                i += 1;
                continue;
            }
            let tok = pieces.get(i).map(|p| p.tok).unwrap_or(0);
            let tense = if parsed && rules::clause_future(sent, tok) {
                rules::Tense::Future
            } else {
                rules::sentence_tense(sent, tok)
            };
            let Some(mut f) = m.at(i, tense) else {
                i += 1;
                continue;
            };
            // A clock time with no day, told in the past, happened on the
            // day the story last named ("exploded Friday ... at 10:35 a.m."),
            // not necessarily on the publication day.
            if f.rule == "clock_anchor" && tense == rules::Tense::Past {
                if let (Some(day), Some((_, hhmm))) = (&last_day, f.value.split_once('T')) {
                    f.value = format!("{day}T{hhmm}");
                    f.rule = "clock_context";
                }
            }
            if matches!(f.kind, TimexType::Date | TimexType::Time) {
                if let Some(day) = f.value.get(0..10).filter(|d| rules::iso_date(d).is_some()) {
                    last_day = Some(day.to_string());
                }
            }
            let e = f.e.max(i + 1);
            // Only quarters the text names set the context, not ones derived
            // from it ("a year earlier" → last year's quarter).
            let names_quarter = matches!(f.rule, "quarter" | "this_quarter");
            if let Some(q) = parse_quarter(&f.value).filter(|_| names_quarter) {
                quarter_context = Some(q);
                m.quarter_context = Some(q);
            }
            let list_from = (f.rule == "month_day").then(|| f.value.clone());
            if let Some(t) = make_timex(doc, si, &pieces, f) {
                out.push(t);
            }
            i = e;
            // "October 7 and 8", "Nov. 3, 4 and 5": further days of the same month.
            if let Some(base) = list_from {
                while let Some((day, k)) = m.list_day(i) {
                    let value = format!("{}-{day:02}", base.get(0..7).unwrap_or("XXXX-XX"));
                    let f = rules::Found {
                        s: k,
                        e: k + 1,
                        kind: TimexType::Date,
                        value,
                        modifier: None,
                        rule: "month_day_list",
                    };
                    if let Some(t) = make_timex(doc, si, &pieces, f) {
                        out.push(t);
                    }
                    i = k + 1;
                }
            }
        }
    }
    out
}

/// Whether a token could be (or contain, across a hyphen) a trigger word.
/// Lowercases short ASCII forms into a stack buffer; anything longer or
/// non-ASCII is let through to the full check.
fn token_may_trigger(form: &str) -> bool {
    let b = form.as_bytes();
    if b.first().is_some_and(|c| c.is_ascii_digit()) {
        return true;
    }
    if b.len() > 24 || !form.is_ascii() {
        return true;
    }
    let mut buf = [0u8; 24];
    let Some(dst) = buf.get_mut(..b.len()) else {
        return true;
    };
    for (d, s) in dst.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    let Ok(low) = std::str::from_utf8(dst) else {
        return true;
    };
    let low = low.strip_suffix("'s").unwrap_or(low);
    low.split('-').any(lexicon::is_trigger) || lexicon::is_trigger(low)
}

fn parse_quarter(v: &str) -> Option<(i32, u32)> {
    let (y, q) = v.split_once("-Q")?;
    if y.len() != 4 || q.len() != 1 {
        return None;
    }
    Some((y.parse().ok()?, q.parse().ok()?))
}

/// Turn a piece-level match into a token-level [`Timex`].
fn make_timex(
    doc: &Document,
    si: usize,
    pieces: &[rules::Piece],
    f: rules::Found,
) -> Option<Timex> {
    let sent = doc.sentences.get(si)?;
    let start = pieces.get(f.s)?.tok;
    let end = pieces.get(f.e.checked_sub(1)?)?.tok + 1;
    let first = sent.tokens.get(start)?;
    let last = sent.tokens.get(end.checked_sub(1)?)?;
    let span = first.span.cover(last.span);
    Some(Timex {
        sentence: si,
        start,
        end,
        span,
        text: span.slice(&doc.text).to_string(),
        kind: f.kind,
        value: f.value,
        modifier: f.modifier.map(str::to_string),
        rule: f.rule.to_string(),
    })
}

/// True for values that name a point or period on the calendar (as opposed
/// to `PAST_REF`, durations and recurrences), even partly unknown ones.
fn is_calendar_value(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() >= 2
        && b.iter().take(2).all(|c| c.is_ascii_digit() || *c == b'X')
        && !v.ends_with("_REF")
}

/// How many sentences back a paragraph's date is looked for.
const CONTEXT_SENTENCES: usize = 40;

/// Date one event: the expression attached to its predicate (or in its
/// clause), else the closest preceding dated expression in the same
/// paragraph, else the document date.
///
/// `predicate` is the token index of the event trigger in sentence
/// `sentence`. Returns `None` only when there is no expression to use and
/// the document has no date.
pub fn date_event(
    doc: &Document,
    timexes: &[Timex],
    sentence: usize,
    predicate: usize,
) -> Option<EventDate> {
    let sent = doc.sentences.get(sentence);
    let parsed = sent.is_some_and(|s| s.tokens.iter().any(|t| t.head != 0));

    // Expressions come in sentence order (as `tag_document` returns them):
    // find this sentence's by binary search, so that dating every event of
    // a long document costs events × log(expressions), not their product.
    let here = timexes.partition_point(|t| t.sentence < sentence);
    let after = here
        + timexes
            .get(here..)
            .map_or(0, |r| r.partition_point(|t| t.sentence <= sentence));

    // 1. An expression in the same sentence.
    let mut best: Option<(usize, usize)> = None; // (score, index)
    for (ix, t) in timexes.iter().enumerate().take(after).skip(here) {
        if t.sentence != sentence {
            continue;
        }
        let anchoring =
            matches!(t.kind, TimexType::Date | TimexType::Time) && is_calendar_value(&t.value);
        let relative_offset = t.kind == TimexType::Duration && offset_of_undated(doc, t);
        if !anchoring && !relative_offset {
            continue;
        }
        let score = match (parsed, sent) {
            (true, Some(s)) => match attachment_distance(s, t, predicate) {
                Some(d) => d,
                None => continue,
            },
            _ => {
                // No parse: the nearest expression in the sentence.
                if predicate >= t.start && predicate < t.end {
                    0
                } else if predicate < t.start {
                    t.start - predicate
                } else {
                    predicate + 1 - t.end
                }
            }
        };
        if best.is_none_or(|(b, _)| score < b) {
            best = Some((score, ix));
        }
    }
    if let Some((_, ix)) = best {
        let t = timexes.get(ix)?;
        let value = if t.kind == TimexType::Duration {
            // "a few days before the election": dated relative to something
            // the text does not date. Say so rather than invent a day.
            "XXXX-XX-XX".to_string()
        } else {
            date_part(&t.value)
        };
        return Some(EventDate {
            value,
            source: DateSource::Expression,
            timex: Some(ix),
        });
    }

    // 2. The closest preceding anchor in the same paragraph: news writers
    // date the first sentence of a paragraph and let the rest follow it.
    // Looked for at most CONTEXT_SENTENCES back, so that a paragraph of
    // thousands of undated sentences stays linear.
    if let Some(s) = sent {
        let para = s.paragraph;
        let earliest = sentence.saturating_sub(CONTEXT_SENTENCES);
        let prev = timexes
            .get(..here)
            .unwrap_or_default()
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, t)| t.sentence >= earliest)
            .filter(|(_, t)| {
                doc.sentences
                    .get(t.sentence)
                    .is_some_and(|ts| ts.paragraph == para)
                    && matches!(t.kind, TimexType::Date | TimexType::Time)
                    && is_calendar_value(&t.value)
            })
            .max_by_key(|(_, t)| (t.sentence, t.start));
        if let Some((ix, t)) = prev {
            return Some(EventDate {
                value: date_part(&t.value),
                source: DateSource::Context,
                timex: Some(ix),
            });
        }
    }

    // 3. The document date.
    doc.date.map(|d| EventDate {
        value: rules::fmt_ymd(d),
        source: DateSource::Document,
        timex: None,
    })
}

/// The calendar part of a value: times of day are dropped ("2024-11-01TNI"
/// dates the event to 2024-11-01).
fn date_part(v: &str) -> String {
    match v.split_once('T') {
        Some((d, _)) if d.len() == 10 => d.to_string(),
        _ => v.to_string(),
    }
}

/// Whether a duration is followed by "before"/"after"/"earlier"/"later",
/// i.e. dates something relative to an anchor.
fn offset_of_undated(doc: &Document, t: &Timex) -> bool {
    let Some(s) = doc.sentences.get(t.sentence) else {
        return false;
    };
    s.tokens.get(t.end).is_some_and(|n| {
        matches!(
            n.form.to_lowercase().as_str(),
            "before" | "after" | "earlier" | "later"
        )
    })
}

/// How far (in dependency steps) the expression's head is from the
/// predicate, when it hangs off the predicate's clause; `None` when it
/// belongs to another clause.
fn attachment_distance(s: &dyad_core::Sentence, t: &Timex, predicate: usize) -> Option<usize> {
    // The expression's own head: the token in its range whose head is outside.
    let head = (t.start..t.end)
        .find(|&i| s.head_of(i).is_none_or(|h| h < t.start || h >= t.end))
        .unwrap_or(t.start);
    // Walk up from the expression; the first verb reached is its clause.
    let mut cur = Some(head);
    let mut steps = 0;
    while let Some(c) = cur {
        if c == predicate {
            return Some(steps);
        }
        if steps > 0 {
            let tok = s.tokens.get(c)?;
            if matches!(tok.upos, dyad_core::Upos::Verb) {
                // Another verb: accept only if the predicate governs it
                // (the predicate's clause contains this one) or vice versa.
                let mut up = Some(predicate);
                let mut k = 0;
                while let Some(u) = up {
                    if u == c {
                        return Some(steps + k + 2);
                    }
                    up = s.head_of(u);
                    k += 1;
                    if k > 8 {
                        break;
                    }
                }
                return None;
            }
        }
        cur = s.head_of(c);
        steps += 1;
        if steps > 8 {
            return None;
        }
    }
    // Reached the root without meeting the predicate or a verb: same clause.
    Some(steps + 4)
}

/// Infer a plausible publication date range for a document without a date.
///
/// Documents with a date get a one-day range with basis "document date".
/// Otherwise the range runs from the start of the latest period the text
/// names explicitly (a full year, month or day) to some time after its end:
/// news reports look back, rarely forward. A named day or month is usually
/// recent news (a year of slack); a bare year is as often background ("since
/// coming to power in 2022" in a 2024 story), so it gets three.
/// Returns `None` when the text names no year at all.
pub fn infer_document_date(doc: &Document, timexes: &[Timex]) -> Option<DateRange> {
    if let Some(d) = doc.date {
        return Some(DateRange {
            earliest: d,
            latest: d,
            basis: "document date".into(),
        });
    }
    let mut best: Option<(NaiveDate, NaiveDate, &Timex)> = None;
    for t in timexes {
        if !matches!(t.kind, TimexType::Date | TimexType::Time) {
            continue;
        }
        let Some((start, end)) = period_of(&t.value) else {
            continue;
        };
        if best.is_none_or(|(_, e, _)| end > e) {
            best = Some((start, end, t));
        }
    }
    let (start, end, t) = best?;
    let bare_year = t.value.len() == 4;
    let (slack_days, slack_words) = if bare_year {
        (
            3 * 365,
            "a bare year is often background, so up to three years after it",
        )
    } else {
        (
            365,
            "news seldom reports a dated event more than a year later",
        )
    };
    let latest = end
        .checked_add_days(chrono::Days::new(slack_days))
        .unwrap_or(end);
    Some(DateRange {
        earliest: start,
        latest,
        basis: format!(
            "inferred: the latest date the text names is \"{}\" ({}); {}",
            t.text, t.value, slack_words
        ),
    })
}

/// The first and last day of a fully specified calendar value
/// (`2019`, `2019-03`, `2019-03-04`, `2019-Q2`).
fn period_of(v: &str) -> Option<(NaiveDate, NaiveDate)> {
    let y: i32 = v.get(0..4)?.parse().ok()?;
    let rest = v.get(4..).unwrap_or("");
    let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    let month_end = |y: i32, m: u32| {
        let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        ymd(ny, nm, 1).and_then(|d| d.pred_opt())
    };
    if rest.is_empty() {
        return Some((ymd(y, 1, 1)?, ymd(y, 12, 31)?));
    }
    if let Some(q) = rest.strip_prefix("-Q") {
        let q: u32 = q.parse().ok()?;
        if !(1..=4).contains(&q) {
            return None;
        }
        return Some((ymd(y, 3 * q - 2, 1)?, month_end(y, 3 * q)?));
    }
    let m: u32 = rest.get(1..3)?.parse().ok()?;
    if rest.len() == 3 {
        return Some((ymd(y, m, 1)?, month_end(y, m)?));
    }
    let d: u32 = rest.get(4..6)?.parse().ok()?;
    let day = ymd(y, m, d)?;
    let _ = day.year();
    Some((day, day))
}

#[cfg(test)]
mod tests;
