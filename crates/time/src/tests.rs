//! Behaviour tests for the recogniser and the event-date policy. They run on
//! the crate's own simple segmenter (no POS, no parse), i.e. the degraded
//! mode; the full pipeline only adds information.

use super::*;
use crate::segment::simple_segment;
use dyad_core::Upos;

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

/// The value given to the expression written exactly `text`, if found.
fn value_of(v: &[(String, String)], text: &str) -> Option<String> {
    v.iter().find(|(t, _)| t == text).map(|(_, x)| x.clone())
}

#[track_caller]
fn expect(text: &str, date: Option<(i32, u32, u32)>, pairs: &[(&str, &str)]) {
    let v = tags(text, date);
    for (t, val) in pairs {
        assert_eq!(
            value_of(&v, t).as_deref(),
            Some(*val),
            "{t:?} in {text:?}: got {v:?}"
        );
    }
}

#[track_caller]
fn expect_none(text: &str) {
    let v = tags(text, Some((2024, 11, 1)));
    assert!(
        v.is_empty(),
        "{text:?} should have no time expression: {v:?}"
    );
}

const D000: Option<(i32, u32, u32)> = Some((2024, 11, 1));

#[test]
fn seed_003_dates() {
    let text = "Let us neutralize the great scare that arrived on November 2 after the announcement of the launch of 23 North Korean missiles. The conflict only experienced an armistice in 1953.";
    let v = tags(text, Some((2022, 11, 3)));
    assert_eq!(
        value_of(&v, "November 2").as_deref(),
        Some("2022-11-02"),
        "{v:?}"
    );
    assert_eq!(value_of(&v, "1953").as_deref(), Some("1953"), "{v:?}");
    assert_eq!(v.len(), 2, "no date in '23 North Korean missiles': {v:?}");
}

#[test]
fn seed_000_dates() {
    expect(
        "After accusing Seoul, on October 11, of having launched drones, Pyongyang blew up roads on October 23.",
        D000,
        &[("October 11", "2024-10-11"), ("October 23", "2024-10-23")],
    );
    let v = tags(
        "The Supreme People's Assembly met on October 7 and 8, reforms were adopted.",
        D000,
    );
    assert_eq!(
        value_of(&v, "October 7").as_deref(),
        Some("2024-10-07"),
        "{v:?}"
    );
    assert_eq!(value_of(&v, "8").as_deref(), Some("2024-10-08"), "{v:?}");
    expect(
        "Summits with Donald Trump [en 2018 et 2019] failed. Kim was close to target in 2018 and 2019.",
        D000,
        &[("2018", "2018"), ("2019", "2019")],
    );
    expect(
        "Kim has consolidated his hold since coming to power in 2022.",
        D000,
        &[("2022", "2022")],
    );
}

#[test]
fn undated_anchor_is_not_invented() {
    let d = doc(
        "The deployment was revealed a few days before the American presidential election.",
        D000,
    );
    let tx = tag_document(&d);
    let few = tx
        .iter()
        .position(|t| t.text == "a few days")
        .expect("a few days tagged");
    assert_eq!(tx[few].kind, TimexType::Duration);
    assert_eq!(tx[few].value, "PXD");
    let revealed = d.sentences[0]
        .tokens
        .iter()
        .position(|t| t.form == "revealed")
        .unwrap();
    let ed = date_event(&d, &tx, 0, revealed).unwrap();
    assert_eq!(ed.value, "XXXX-XX-XX");
    assert_eq!(ed.source, DateSource::Expression);
}

#[test]
fn year_rollover() {
    // A December article looking ahead to January means next January.
    expect(
        "The summit will be held on January 15.",
        Some((2023, 12, 20)),
        &[("January 15", "2024-01-15")],
    );
    expect(
        "Elections are due in January.",
        Some((2023, 12, 20)),
        &[("January", "2024-01")],
    );
    // A January article looking back to December means last December.
    expect(
        "The talks collapsed in December.",
        Some((2024, 1, 10)),
        &[("December", "2023-12")],
    );
    expect(
        "Talks collapsed on Dec. 28.",
        Some((2024, 1, 10)),
        &[("Dec. 28", "2023-12-28")],
    );
}

#[test]
fn last_next_this() {
    // 2024-11-01 is a Friday.
    expect(
        "Officials met last Friday and will meet again next Tuesday, after talks this Monday.",
        D000,
        &[
            ("last Friday", "2024-10-25"),
            ("next Tuesday", "2024-11-05"),
            ("this Monday", "2024-10-28"),
        ],
    );
    expect(
        "The army moved last March; the next vote is due next March.",
        D000,
        &[("last March", "2024-03"), ("next March", "2025-03")],
    );
    expect(
        "It happened last week, and more is planned next month and this year.",
        D000,
        &[
            ("last week", "2024-W43"),
            ("next month", "2024-12"),
            ("this year", "2024"),
        ],
    );
}

#[test]
fn weekday_follows_tense() {
    expect(
        "The talks ended Tuesday in Geneva.",
        D000,
        &[("Tuesday", "2024-10-29")],
    );
    expect(
        "The talks will resume Tuesday in Geneva.",
        D000,
        &[("Tuesday", "2024-11-05")],
    );
    expect(
        "The ministers said on Friday that talks failed.",
        D000,
        &[("Friday", "2024-11-01")],
    );
}

#[test]
fn decades_centuries_and_attributive_years() {
    expect(
        "Famine struck in the 1990s, as it had in the 19th century. The 1953 armistice still holds.",
        D000,
        &[("the 1990s", "199"), ("the 19th century", "18"), ("1953", "1953")],
    );
}

#[test]
fn fiscal_and_quarters() {
    expect(
        "Profit rose in the third quarter. A year earlier it had fallen. Fiscal 1998 was worse.",
        Some((1998, 10, 20)),
        &[
            ("the third quarter", "1998-Q3"),
            ("A year earlier", "1997-Q3"),
            ("Fiscal 1998", "1998"),
        ],
    );
    expect(
        "Sales fell in the first half of 1997.",
        D000,
        &[("the first half of 1997", "1997-H1")],
    );
}

#[test]
fn vague_expressions() {
    let d = doc(
        "Tensions have risen recently. Kim is now stronger than he has been over the past few years.",
        D000,
    );
    let tx = tag_document(&d);
    let get = |s: &str| {
        tx.iter()
            .find(|t| t.text == s)
            .map(|t| (t.kind, t.value.clone()))
    };
    assert_eq!(get("recently"), Some((TimexType::Date, "PAST_REF".into())));
    assert_eq!(get("now"), Some((TimexType::Date, "PRESENT_REF".into())));
    assert_eq!(
        get("the past few years"),
        Some((TimexType::Duration, "PXY".into()))
    );
}

#[test]
fn numbers_and_words_that_are_not_dates() {
    expect_none("Pyongyang fired 23 missiles.");
    expect_none("Some 3,000 soldiers crossed the border.");
    expect_none("It tested a KN-23 missile.");
    expect_none("About 2000 soldiers were sent.");
    expect_none("Kim may visit Moscow.");
    expect_none("Protesters march on the capital.");
    expect_none("Sun Myung Moon founded the church.");
    expect_none("A 6-year-old boy was rescued.");
}

#[test]
fn durations_sets_and_times() {
    expect(
        "He served a 10-year term, then waited three days. Rockets fell daily.",
        D000,
        &[("10-year", "P10Y"), ("three days", "P3D"), ("daily", "P1D")],
    );
    expect(
        "The blast came at 10:35 a.m. Friday.",
        D000,
        &[("10:35 a.m. Friday", "2024-11-01T10:35")],
    );
    expect(
        "The regime collapsed five years ago.",
        D000,
        &[("five years ago", "2019")],
    );
    expect(
        "About 300 people came every Thursday.",
        D000,
        &[("every Thursday", "XXXX-WXX-4")],
    );
}

#[test]
fn modifiers() {
    let d = doc(
        "The offensive began in early October and lasted more than two weeks.",
        D000,
    );
    let tx = tag_document(&d);
    let early = tx
        .iter()
        .find(|t| t.text == "early October")
        .expect("early October");
    assert_eq!(early.value, "2024-10");
    assert_eq!(early.modifier.as_deref(), Some("START"));
    let more = tx
        .iter()
        .find(|t| t.text == "more than two weeks")
        .expect("more than two weeks");
    assert_eq!(more.value, "P2W");
    assert_eq!(more.modifier.as_deref(), Some("MORE_THAN"));
}

#[test]
fn without_a_document_date_values_stay_underspecified() {
    expect(
        "The vote took place on October 23. Talks resumed Friday.",
        None,
        &[("October 23", "XXXX-10-23"), ("Friday", "XXXX-WXX-5")],
    );
    let d = doc("Talks resumed Friday.", None);
    let tx = tag_document(&d);
    let ed = date_event(&d, &tx, 0, 1).expect("expression dates the event");
    assert_eq!(ed.value, "XXXX-WXX-5");
    let none = doc("Talks resumed.", None);
    assert_eq!(date_event(&none, &[], 0, 1), None);
}

#[test]
fn event_dates_say_where_they_come_from() {
    let d = doc(
        "On October 11, Pyongyang accused Seoul. It then cut the roads.\n\nThe army moved troops.",
        D000,
    );
    let tx = tag_document(&d);
    let accused = d.sentences[0]
        .tokens
        .iter()
        .position(|t| t.form == "accused")
        .unwrap();
    let e1 = date_event(&d, &tx, 0, accused).unwrap();
    assert_eq!(
        (e1.value.as_str(), e1.source),
        ("2024-10-11", DateSource::Expression)
    );
    let cut = d.sentences[1]
        .tokens
        .iter()
        .position(|t| t.form == "cut")
        .unwrap();
    let e2 = date_event(&d, &tx, 1, cut).unwrap();
    assert_eq!(
        (e2.value.as_str(), e2.source),
        ("2024-10-11", DateSource::Context)
    );
    let moved = d.sentences[2]
        .tokens
        .iter()
        .position(|t| t.form == "moved")
        .unwrap();
    let e3 = date_event(&d, &tx, 2, moved).unwrap();
    assert_eq!(
        (e3.value.as_str(), e3.source, e3.timex),
        ("2024-11-01", DateSource::Document, None)
    );
}

#[test]
fn document_date_inference_is_labelled() {
    let d = doc(
        "Kim met Trump in 2018 and 2019. On March 3, 2021, talks resumed.",
        None,
    );
    let tx = tag_document(&d);
    let r = infer_document_date(&d, &tx).expect("a range");
    assert_eq!(r.earliest, NaiveDate::from_ymd_opt(2021, 3, 3).unwrap());
    assert!(r.latest > r.earliest);
    assert!(r.basis.starts_with("inferred"), "{}", r.basis);
    let nothing = doc("Talks resumed on Friday.", None);
    assert_eq!(infer_document_date(&nothing, &tag_document(&nothing)), None);
    let dated = doc("Talks resumed.", D000);
    let r = infer_document_date(&dated, &[]).unwrap();
    assert_eq!(r.earliest, r.latest);
    // A named day allows a year of slack; a bare year, often background, three.
    assert_eq!(r_latest("On March 3, 2021, talks resumed."), "2022-03-03");
    assert_eq!(
        r_latest("Since coming to power in 2022, he has wavered."),
        "2025-12-30"
    );
}

fn r_latest(text: &str) -> String {
    let d = doc(text, None);
    let r = infer_document_date(&d, &tag_document(&d)).expect("a range");
    r.latest.format("%Y-%m-%d").to_string()
}

#[test]
fn serialises_with_timeml_and_snake_case_names() {
    assert_eq!(
        serde_json::to_string(&TimexType::Duration).unwrap(),
        "\"DURATION\""
    );
    assert_eq!(
        serde_json::to_string(&DateSource::Expression).unwrap(),
        "\"expression\""
    );
}

#[test]
fn spans_point_at_the_text() {
    let d = doc(
        "Héctor arrived on 23 October 2024 — before dawn — in Séoul.",
        D000,
    );
    let tx = tag_document(&d);
    let t = tx
        .iter()
        .find(|t| t.value == "2024-10-23")
        .expect("day-first date");
    assert_eq!(t.span.slice(&d.text), "23 October 2024");
    assert_eq!(t.text, "23 October 2024");
}

#[test]
fn never_panics() {
    let odd = [
        "",
        "-",
        "--- - -",
        "May",
        "the the the",
        "31 February 2024",
        "February 30",
        "9999 years ago",
        "0:99 p.m.",
        "99:00 a.m.",
        "the 0th century",
        "the 99th century",
        "last",
        "next 10000000000 years",
        "a year earlier a year earlier",
        "\u{0}\u{ffff}é-ü—",
        "2024-13-45 and 13/45/2024",
        "nineteen ninety",
        "Q5 fiscal",
    ];
    for text in odd {
        for date in [
            None,
            Some((2024, 2, 29)),
            Some((1, 1, 1)),
            Some((9999, 12, 31)),
        ] {
            let d = doc(text, date);
            let tx = tag_document(&d);
            let _ = infer_document_date(&d, &tx);
            for s in 0..d.sentences.len() + 1 {
                let _ = date_event(&d, &tx, s, 0);
                let _ = date_event(&d, &tx, s, 999);
            }
        }
    }
}

/// A hand-parsed sentence (CoNLL-U conventions: 1-based heads, 0 = root).
fn parsed(rows: &[(&str, Upos, &str, usize, &str)], date: Option<(i32, u32, u32)>) -> Document {
    let mut text = String::new();
    let mut tokens = Vec::new();
    for (form, upos, xpos, head, deprel) in rows {
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(form);
        let mut t = dyad_core::Token::new(Span::new(start, text.len()), *form);
        t.upos = *upos;
        t.xpos = xpos.to_string();
        t.lemma = form.to_lowercase();
        t.head = *head;
        t.deprel = deprel.to_string();
        tokens.push(t);
    }
    let mut d = Document::new("p", text.clone());
    d.date = date.and_then(|(y, m, dd)| NaiveDate::from_ymd_opt(y, m, dd));
    d.paragraphs = vec![Span::new(0, text.len())];
    d.sentences = vec![dyad_core::Sentence {
        span: Span::new(0, text.len()),
        tokens,
        ..Default::default()
    }];
    d
}

#[test]
fn parsed_clauses_get_their_own_dates_and_tenses() {
    use Upos::*;
    // "Kim met Putin on Friday and will visit Seoul Tuesday ."
    let d = parsed(
        &[
            ("Kim", Propn, "NNP", 2, "nsubj"),
            ("met", Verb, "VBD", 0, "root"),
            ("Putin", Propn, "NNP", 2, "obj"),
            ("on", Adp, "IN", 5, "case"),
            ("Friday", Propn, "NNP", 2, "obl"),
            ("and", Cconj, "CC", 8, "cc"),
            ("will", Aux, "MD", 8, "aux"),
            ("visit", Verb, "VB", 2, "conj"),
            ("Seoul", Propn, "NNP", 8, "obj"),
            ("Tuesday", Propn, "NNP", 8, "obl:tmod"),
            (".", Punct, ".", 2, "punct"),
        ],
        // A Wednesday.
        Some((2024, 10, 30)),
    );
    let tx = tag_document(&d);
    let v: Vec<(&str, &str)> = tx
        .iter()
        .map(|t| (t.text.as_str(), t.value.as_str()))
        .collect();
    // Past clause: the Friday before; future clause: the coming Tuesday.
    assert_eq!(v, [("Friday", "2024-10-25"), ("Tuesday", "2024-11-05")]);
    let met = date_event(&d, &tx, 0, 1).unwrap();
    assert_eq!(
        (met.value.as_str(), met.source),
        ("2024-10-25", DateSource::Expression)
    );
    let visit = date_event(&d, &tx, 0, 7).unwrap();
    assert_eq!(
        (visit.value.as_str(), visit.source),
        ("2024-11-05", DateSource::Expression)
    );
}

/// Regression guard on the TempEval-3 data when it is present: the crate's
/// crude segmenter and no parse, so a floor below the CLI figures.
#[test]
fn tempeval3_floor() {
    let shared =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/tempeval3");
    if !shared.is_dir() {
        eprintln!("skipping: {} not found", shared.display());
        return;
    }
    let annotate = |d: &mut Document| simple_segment(d);
    for (corpus, floor) in [("TimeBank", 78.0), ("AQUAINT", 74.0)] {
        let s = crate::timeml::evaluate_dir(&shared.join(corpus), &annotate).unwrap();
        assert!(s.docs > 0);
        assert!(
            s.value_f1 >= floor,
            "{corpus}: value F1 {:.1} < {floor}\n{s}",
            s.value_f1
        );
        assert!(
            s.relaxed_f1 >= 88.0,
            "{corpus}: relaxed F1 {:.1}\n{s}",
            s.relaxed_f1
        );
    }
}

/// Token soup from date-like pieces, generated by a fixed linear
/// congruential sequence so failures reproduce.
#[test]
fn random_token_soup_never_panics() {
    let words = [
        "the",
        "last",
        "next",
        "this",
        "past",
        "a",
        "few",
        "year",
        "years",
        "ago",
        "earlier",
        "Friday",
        "May",
        "march",
        "Oct.",
        "23",
        "1999",
        "31",
        "0",
        "9999",
        "and",
        "8",
        ",",
        "-",
        "quarter",
        "third",
        "fiscal",
        "early",
        "mid-",
        "10:35",
        "a.m.",
        "p.m.",
        "noon",
        "every",
        "each",
        "week",
        "weekend",
        "night",
        "now",
        "'s",
        "1990s",
        "'90s",
        "century",
        "19th",
        "nineteen",
        "ninety",
        "two",
        "thousand",
        "half",
        "and a half",
        "1/2",
        "more",
        "than",
        "around",
        "since",
        "will",
        "said",
        "summer",
        "the end of",
        "KN-23",
        "3,000",
        "é",
        "\u{2019}",
        "year-earlier",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..300 {
        let mut text = String::new();
        for _ in 0..12 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let w = words[(state >> 33) as usize % words.len()];
            text.push_str(w);
            text.push(if state & 0x100 == 0 { ' ' } else { '.' });
        }
        for date in [None, Some((2000, 2, 29)), Some((1, 1, 1))] {
            let d = doc(&text, date);
            let tx = tag_document(&d);
            for t in &tx {
                assert_eq!(t.span.slice(&d.text), t.text);
                assert!(t.start < t.end);
            }
            let _ = infer_document_date(&d, &tx);
            let _ = date_event(&d, &tx, 0, 3);
        }
    }
}

#[test]
fn possessive_weekdays_look_back_unless_told_otherwise() {
    // 2024-11-01 is a Friday.
    expect(
        "Lawyers are trying to get around Wednesday's ruling.",
        D000,
        &[("Wednesday's", "2024-10-30")],
    );
    expect(
        "Parties campaigned ahead of Sunday's vote.",
        D000,
        &[("Sunday's", "2024-11-03")],
    );
}
