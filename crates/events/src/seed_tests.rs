//! End-to-end tests on the two seed articles: read, segment, parse, find
//! actors, code. They need `../shared` beside the workspace and skip
//! cleanly without it.

use crate::{Coder, Event};
use std::path::PathBuf;

fn seed(name: &str) -> Option<Vec<Event>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/seeds")
        .join(name);
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {} not found", path.display());
        return None;
    };
    let origin = dyad_core::Origin {
        path: path.display().to_string(),
        line: None,
    };
    let mut doc = dyad_read::read_str(&text, origin, &dyad_read::ReadOptions::default());
    dyad_text::segment(&mut doc);
    dyad_syntax::Model::builtin()
        .expect("built-in syntax model")
        .annotate_document(&mut doc);
    let kb = dyad_actors::KnowledgeBase::builtin().expect("built-in knowledge base");
    Some(
        Coder::builtin()
            .expect("built-in patterns")
            .code_document(kb, &doc),
    )
}

fn has(e: &Event, actor: &str, recipient: &str) -> bool {
    e.actor.iter().any(|a| a.code.as_deref() == Some(actor))
        && e.recipient
            .iter()
            .any(|r| r.code.as_deref() == Some(recipient))
}

fn show(events: &[Event]) -> String {
    events
        .iter()
        .map(|e| {
            format!(
                "{} {:?} {:?}->{:?} {:?} {} [{}]",
                e.sentence,
                e.event,
                e.actor.iter().map(|a| a.code.clone()).collect::<Vec<_>>(),
                e.recipient
                    .iter()
                    .map(|a| a.code.clone())
                    .collect::<Vec<_>>(),
                e.aux_mode,
                e.pattern,
                e.event_text.join(" ")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn seed_003_missile_launch_and_response() {
    let Some(ev) = seed("003_fe00a4d5a62e005b.txt") else {
        return;
    };
    let all = show(&ev);
    let launch = ev.iter().find(|e| {
        e.actor.iter().any(|a| a.code.as_deref() == Some("PRK"))
            && e.quad == "material conflict"
            && e.event_text.iter().any(|t| t == "launch")
    });
    let launch = launch.unwrap_or_else(|| panic!("no PRK launch in\n{all}"));
    assert_eq!(launch.date.as_deref(), Some("2022-11-02"), "{all}");
    assert!(launch.is_factual(), "{all}");
    assert!(
        ev.iter()
            .any(|e| has(e, "KOR", "PRK") && e.quad == "material conflict"),
        "no KOR -> PRK material conflict in\n{all}"
    );
}

#[test]
fn seed_000_troops_accusation_threat_and_possible_weapons() {
    let Some(ev) = seed("000_ac8235621096dcab.txt") else {
        return;
    };
    let all = show(&ev);
    assert!(
        ev.iter()
            .any(|e| has(e, "PRK", "RUS") && e.category() == "AID" && e.is_factual()),
        "no PRK sends troops to RUS in\n{all}"
    );
    assert!(
        ev.iter()
            .any(|e| has(e, "PRK", "KOR") && e.category() == "ACCUSE"),
        "no PRK accuses KOR in\n{all}"
    );
    assert!(
        ev.iter()
            .any(|e| has(e, "PRK", "KOR") && e.category() == "THREATEN"),
        "no PRK threatens KOR in\n{all}"
    );
    assert!(
        ev.iter().any(|e| has(e, "KOR", "UKR")
            && e.category() == "AID"
            && e.aux_mode.iter().any(|a| a == "hypothetical")),
        "no hypothetical KOR aid to UKR in\n{all}"
    );
    // Nothing coded from page furniture.
    for e in &ev {
        for a in e.actor.iter().chain(&e.recipient) {
            assert!(
                !a.entity_text.contains("DayFR") && !a.entity_text.contains("Related"),
                "furniture actor in\n{all}"
            );
        }
        assert!(!e.text.starts_with("DayFR"), "{all}");
    }
    // No plain-fact KOR aid to UKR: it is only a possibility.
    assert!(
        !ev.iter()
            .any(|e| has(e, "KOR", "UKR") && e.category() == "AID" && e.is_factual()),
        "{all}"
    );
}

#[test]
fn events_dated_years_before_the_article_are_marked_historical() {
    let Some(events) = seed("003_fe00a4d5a62e005b.txt") else {
        return;
    };
    let dated_2018: Vec<&Event> = events
        .iter()
        .filter(|e| e.date.as_deref().is_some_and(|d| d.starts_with("2018")))
        .collect();
    assert!(!dated_2018.is_empty(), "{}", show(&events));
    for e in dated_2018 {
        assert!(
            e.aux_mode.iter().any(|a| a == "historical"),
            "2018 event in a 2022 article: {}",
            show(std::slice::from_ref(e))
        );
    }
    let launch = events
        .iter()
        .find(|e| e.category() == "ASSAULT")
        .expect("the launch is coded");
    assert!(
        !launch.aux_mode.iter().any(|a| a == "historical"),
        "the news event itself is not background"
    );
}

#[test]
fn undated_document_events_carry_an_inferred_range_not_a_date() {
    let Some(events) = seed("000_ac8235621096dcab.txt") else {
        return;
    };
    let undated: Vec<&Event> = events.iter().filter(|e| e.date.is_none()).collect();
    assert!(!undated.is_empty(), "{}", show(&events));
    for e in undated {
        assert_eq!(e.date_source, "unknown");
        let range = e.date_range.as_ref().expect("an inferred range");
        assert!(range.earliest <= range.latest);
        assert!(range.basis.starts_with("inferred"), "{}", range.basis);
    }
}

/// What a user sees from `dyad code` on the seeds: the default output
/// policy must keep the interactions the articles report.
#[test]
fn default_output_keeps_the_seed_interactions() {
    use crate::OutputPolicy;
    let policy = OutputPolicy::default();
    let Some(mut ev000) = seed("000_ac8235621096dcab.txt") else {
        return;
    };
    let Some(mut ev003) = seed("003_fe00a4d5a62e005b.txt") else {
        return;
    };
    policy.apply(&mut ev000);
    policy.apply(&mut ev003);
    let all000 = show(&ev000);
    let all003 = show(&ev003);
    let wanted_000 = [
        ("PRK", "RUS", "AID"),
        ("PRK", "KOR", "ACCUSE"),
        ("PRK", "KOR", "THREATEN"),
    ];
    for (a, r, c) in wanted_000 {
        assert!(
            ev000.iter().any(|e| has(e, a, r) && e.category() == c),
            "default output lacks {a} {c} {r}:\n{all000}"
        );
    }
    assert!(
        ev003
            .iter()
            .any(|e| e.actor.iter().any(|a| a.code.as_deref() == Some("PRK"))
                && e.category() == "ASSAULT"
                && e.date.as_deref() == Some("2022-11-02")),
        "default output lacks the 2 November launch:\n{all003}"
    );
    assert!(
        ev003
            .iter()
            .any(|e| has(e, "KOR", "PRK") && e.quad == "material conflict"),
        "default output lacks the South Korean response:\n{all003}"
    );
    // Every record the user sees names a coded actor. (A capital standing
    // for its government, "Pyongyang has supplied Moscow", is an actor.)
    for e in ev000.iter().chain(&ev003) {
        assert!(
            e.actor.iter().any(|a| a.code.is_some()),
            "{}",
            show(std::slice::from_ref(e))
        );
    }
}
