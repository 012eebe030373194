//! Matcher tests on hand-built dependency trees, so they pin the coder's
//! behaviour independently of the statistical parser.

use crate::{Coder, Event};
use dyad_actors::{ActorCode, Mention, MentionKind};
use dyad_core::{Document, SegmentRole, Sentence, Span, Token, Upos};

/// Build a one-sentence document from `form|lemma|UPOS|XPOS|head|deprel`
/// tokens separated by spaces.
fn doc(spec: &str) -> Document {
    let mut text = String::new();
    let mut s = Sentence::default();
    for tok in spec.split_whitespace() {
        let f: Vec<&str> = tok.split('|').collect();
        assert_eq!(f.len(), 6, "bad token spec {tok}");
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        let form = f[0].replace('_', " ");
        text.push_str(&form);
        let mut t = Token::new(Span::new(start, text.len()), form);
        t.lemma = f[1].to_string();
        t.upos = Upos::parse(f[2]).unwrap();
        t.xpos = f[3].to_string();
        t.head = f[4].parse().unwrap();
        t.deprel = f[5].to_string();
        s.tokens.push(t);
    }
    s.span = Span::new(0, text.len());
    let mut d = Document::new("t", text);
    d.date = chrono::NaiveDate::from_ymd_opt(2024, 11, 1);
    d.sentences.push(s);
    d
}

/// A mention over tokens `start..end` (0-based) with head `head`.
fn m(d: &Document, start: usize, end: usize, head: usize, code: &str) -> Mention {
    let s = &d.sentences[0];
    let span = Span::new(s.tokens[start].span.start, s.tokens[end - 1].span.end);
    Mention {
        sentence: 0,
        start,
        end,
        head,
        span,
        text: span.slice(&d.text).to_string(),
        code: ActorCode {
            country: Some(code.to_string()),
            sector: None,
        },
        entry: format!("test:{code}"),
        kind: MentionKind::Name,
    }
}

fn code(d: &Document, ms: &[Mention]) -> Vec<Event> {
    Coder::builtin().unwrap().code_with_mentions(d, ms)
}

fn codes(v: &[crate::Entity]) -> Vec<String> {
    v.iter().filter_map(|e| e.code.clone()).collect()
}

fn only(events: &[Event]) -> &Event {
    assert_eq!(events.len(), 1, "{events:#?}");
    &events[0]
}

#[test]
fn active_verb_with_object_constraint() {
    let d = doc("North_Korea|North_Korea|PROPN|NNP|2|nsubj fired|fire|VERB|VBD|0|root missiles|missile|NOUN|NNS|2|obj at|at|ADP|IN|5|case South_Korea|South_Korea|PROPN|NNP|2|obl");
    let ms = [m(&d, 0, 1, 0, "PRK"), m(&d, 4, 5, 4, "KOR")];
    let ev = code(&d, &ms);
    let e = only(&ev);
    assert_eq!(e.event, vec!["ASSAULT"]);
    assert_eq!(e.mode, vec!["heavy-weapons"]);
    assert_eq!(codes(&e.actor), vec!["PRK"]);
    assert_eq!(codes(&e.recipient), vec!["KOR"]);
    assert_eq!(e.pattern, "assault.fire.missile");
    assert_eq!(e.quad, "material conflict");
    assert!(e.aux_mode.is_empty());
    // "fired" officials is a dismissal, not a missile attack.
    let d2 = doc("Seoul|Seoul|PROPN|NNP|2|nsubj fired|fire|VERB|VBD|0|root officials|official|NOUN|NNS|2|obj");
    let ev2 = code(&d2, &[m(&d2, 0, 1, 0, "KOR")]);
    assert!(ev2.iter().all(|e| e.event == vec!["SANCTION"]), "{ev2:#?}");
    // "fired" with an object no pattern knows is nothing.
    let d3 =
        doc("Seoul|Seoul|PROPN|NNP|2|nsubj fired|fire|VERB|VBD|0|root kilns|kiln|NOUN|NNS|2|obj");
    assert!(code(&d3, &[m(&d3, 0, 1, 0, "KOR")]).is_empty());
}

#[test]
fn passive_takes_actor_from_by_phrase_or_theme_owner() {
    let d = doc("Soldiers|soldier|NOUN|NNS|3|nsubj:pass were|be|AUX|VBD|3|aux:pass sent|send|VERB|VBN|0|root to|to|ADP|IN|5|case Russia|Russia|PROPN|NNP|3|obl by|by|ADP|IN|7|case Pyongyang|Pyongyang|PROPN|NNP|3|obl:agent");
    let ms = [m(&d, 4, 5, 4, "RUS"), m(&d, 6, 7, 6, "PRK")];
    let e = code(&d, &ms);
    let e = only(&e);
    assert_eq!(e.event, vec!["AID"]);
    assert_eq!(codes(&e.actor), vec!["PRK"]);
    assert_eq!(codes(&e.recipient), vec!["RUS"]);

    let d = doc("North_Korean|North_Korean|ADJ|JJ|2|amod soldiers|soldier|NOUN|NNS|4|nsubj:pass were|be|AUX|VBD|4|aux:pass sent|send|VERB|VBN|0|root to|to|ADP|IN|6|case Russia|Russia|PROPN|NNP|4|obl");
    let ms = [m(&d, 0, 1, 0, "PRK"), m(&d, 5, 6, 5, "RUS")];
    let e = code(&d, &ms);
    let e = only(&e);
    assert_eq!(codes(&e.actor), vec!["PRK"]);
    assert_eq!(codes(&e.recipient), vec!["RUS"]);
}

#[test]
fn nominalisation_reads_actor_inside_the_noun_phrase() {
    // "with the sending of its soldiers to Russia, North Korea propels itself"
    let d = doc("with|with|ADP|IN|3|case the|the|DET|DT|3|det sending|sending|NOUN|NN|11|obl of|of|ADP|IN|6|case its|its|PRON|PRP$|6|nmod:poss soldiers|soldier|NOUN|NNS|3|nmod to|to|ADP|IN|8|case Russia|Russia|PROPN|NNP|3|nmod ,|,|PUNCT|,|11|punct North_Korea|North_Korea|PROPN|NNP|11|nsubj propels|propel|VERB|VBZ|0|root");
    let mut its = m(&d, 4, 5, 4, "PRK");
    its.kind = MentionKind::Coreference;
    let ms = [its, m(&d, 7, 8, 7, "RUS"), m(&d, 9, 10, 9, "PRK")];
    let e = code(&d, &ms);
    let e = only(&e);
    assert_eq!(e.event, vec!["AID"]);
    assert_eq!(codes(&e.actor), vec!["PRK"]);
    assert_eq!(codes(&e.recipient), vec!["RUS"]);
    assert_eq!(e.actor[0].resolution, "coreference");
}

#[test]
fn response_to_a_launch_targets_the_launcher() {
    // "the launch of 23 North Korean missiles with the response of South Korea"
    let d = doc("the|the|DET|DT|2|det launch|launch|NOUN|NN|0|root of|of|ADP|IN|6|case 23|23|NUM|CD|6|nummod North_Korean|North_Korean|ADJ|JJ|6|amod missiles|missile|NOUN|NNS|2|nmod with|with|ADP|IN|9|case the|the|DET|DT|9|det response|response|NOUN|NN|2|nmod of|of|ADP|IN|11|case South_Korea|South_Korea|PROPN|NNP|9|nmod");
    let ms = [m(&d, 4, 5, 4, "PRK"), m(&d, 10, 11, 10, "KOR")];
    let ev = code(&d, &ms);
    assert_eq!(ev.len(), 2, "{ev:#?}");
    let launch = ev.iter().find(|e| e.pattern == "assault.launch.n").unwrap();
    assert_eq!(codes(&launch.actor), vec!["PRK"]);
    assert_eq!(launch.quad, "material conflict");
    let resp = ev
        .iter()
        .find(|e| e.pattern == "mobilize.response")
        .unwrap();
    assert_eq!(codes(&resp.actor), vec!["KOR"]);
    assert_eq!(codes(&resp.recipient), vec!["PRK"]);
    assert_eq!(resp.quad, "material conflict");
}

#[test]
fn control_verbs_pass_their_subject_down() {
    let d = doc("North_Korea|North_Korea|PROPN|NNP|2|nsubj preferred|prefer|VERB|VBD|0|root to|to|PART|TO|4|mark send|send|VERB|VB|2|xcomp soldiers|soldier|NOUN|NNS|4|obj to|to|ADP|IN|7|case Russia|Russia|PROPN|NNP|4|obl");
    let ms = [m(&d, 0, 1, 0, "PRK"), m(&d, 6, 7, 6, "RUS")];
    let e = code(&d, &ms);
    let e = only(&e);
    assert_eq!(e.event, vec!["AID"]);
    assert_eq!(codes(&e.actor), vec!["PRK"]);
    assert_eq!(codes(&e.recipient), vec!["RUS"]);
    assert!(e.aux_mode.is_empty(), "{:?}", e.aux_mode);
}

#[test]
fn coordination_shares_subjects_and_splits_recipients() {
    // "Iran attacked Iraq and Kuwait and shelled Khafji" (a second act
    // against Iraq would be the same record as the first: one interaction)
    let d = doc("Iran|Iran|PROPN|NNP|2|nsubj attacked|attack|VERB|VBD|0|root Iraq|Iraq|PROPN|NNP|2|obj and|and|CCONJ|CC|5|cc Kuwait|Kuwait|PROPN|NNP|3|conj and|and|CCONJ|CC|7|cc shelled|shell|VERB|VBD|2|conj Khafji|Khafji|PROPN|NNP|7|obj");
    let ms = [
        m(&d, 0, 1, 0, "IRN"),
        m(&d, 2, 3, 2, "IRQ"),
        m(&d, 4, 5, 4, "KWT"),
        m(&d, 7, 8, 7, "SAU"),
    ];
    let ev = code(&d, &ms);
    assert_eq!(ev.len(), 3, "{ev:#?}");
    let attacks: Vec<_> = ev
        .iter()
        .filter(|e| e.pattern == "assault.attack")
        .collect();
    assert_eq!(attacks.len(), 2);
    assert_eq!(codes(&attacks[1].recipient), vec!["KWT"]);
    let shell = ev.iter().find(|e| e.pattern == "assault.shell").unwrap();
    assert_eq!(codes(&shell.actor), vec!["IRN"]);
    // Conjoined subjects form one compound actor.
    let d = doc("Jordan|Jordan|PROPN|NNP|4|nsubj and|and|CCONJ|CC|3|cc Britain|Britain|PROPN|NNP|1|conj agreed|agree|VERB|VBD|0|root");
    let ms = [m(&d, 0, 1, 0, "JOR"), m(&d, 2, 3, 2, "GBR")];
    let e = code(&d, &ms);
    assert_eq!(codes(&only(&e).actor), vec!["JOR", "GBR"]);
}

#[test]
fn negation_and_refusals() {
    let d = doc("Israel|Israel|PROPN|NNP|4|nsubj did|do|AUX|VBD|4|aux not|not|PART|RB|4|advmod attack|attack|VERB|VB|0|root Lebanon|Lebanon|PROPN|NNP|4|obj");
    let ms = [m(&d, 0, 1, 0, "ISR"), m(&d, 4, 5, 4, "LBN")];
    let e = code(&d, &ms);
    let e = only(&e);
    assert_eq!(e.aux_mode, vec!["negation"]);
    assert!(e.context.contains(&"negation".to_string()));
    assert!(!e.is_factual());

    // "Israel refused to meet Jordan": one REJECT (meet), the meeting folded in.
    let d = doc("Israel|Israel|PROPN|NNP|2|nsubj refused|refuse|VERB|VBD|0|root to|to|PART|TO|4|mark meet|meet|VERB|VB|2|xcomp Jordan|Jordan|PROPN|NNP|4|obj");
    let ms = [m(&d, 0, 1, 0, "ISR"), m(&d, 4, 5, 4, "JOR")];
    let e = code(&d, &ms);
    let e = only(&e);
    assert_eq!(e.event, vec!["REJECT"]);
    assert_eq!(e.mode, vec!["meet"]);
    assert_eq!(codes(&e.recipient), vec!["JOR"]);
}

#[test]
fn hypothetical_and_future() {
    // "Seoul is raising the possibility of supplying weapons to Ukraine"
    let d = doc("Seoul|Seoul|PROPN|NNP|3|nsubj is|be|AUX|VBZ|3|aux raising|raise|VERB|VBG|0|root the|the|DET|DT|5|det possibility|possibility|NOUN|NN|3|obj of|of|SCONJ|IN|7|mark supplying|supply|VERB|VBG|5|acl weapons|weapon|NOUN|NNS|7|obj to|to|ADP|IN|10|case Ukraine|Ukraine|PROPN|NNP|7|obl");
    let ms = [m(&d, 0, 1, 0, "KOR"), m(&d, 9, 10, 9, "UKR")];
    let e = code(&d, &ms);
    let e = only(&e);
    assert_eq!(e.event, vec!["AID"]);
    assert_eq!(codes(&e.actor), vec!["KOR"]);
    assert_eq!(codes(&e.recipient), vec!["UKR"]);
    assert_eq!(e.aux_mode, vec!["hypothetical"]);

    // "France will send troops to Mali": future aid is AGREE (PLOVER rule).
    let d = doc("France|France|PROPN|NNP|3|nsubj will|will|AUX|MD|3|aux send|send|VERB|VB|0|root troops|troop|NOUN|NNS|3|obj to|to|ADP|IN|6|case Mali|Mali|PROPN|NNP|3|obl");
    let ms = [m(&d, 0, 1, 0, "FRA"), m(&d, 5, 6, 5, "MLI")];
    let e = code(&d, &ms);
    let e = only(&e);
    assert_eq!(e.event, vec!["AGREE"]);
    assert!(e.comment.is_some());
    assert_eq!(codes(&e.recipient), vec!["MLI"]);

    // "Iran would attack Iraq if ..." is hypothetical conflict, not a threat.
    let d = doc("Iran|Iran|PROPN|NNP|3|nsubj would|would|AUX|MD|3|aux attack|attack|VERB|VB|0|root Iraq|Iraq|PROPN|NNP|3|obj");
    let ms = [m(&d, 0, 1, 0, "IRN"), m(&d, 3, 4, 3, "IRQ")];
    let e = code(&d, &ms);
    assert_eq!(only(&e).aux_mode, vec!["hypothetical"]);
    assert_eq!(only(&e).event, vec!["ASSAULT"]);
}

#[test]
fn statements_are_not_events_but_speech_acts_are() {
    let d = doc("Kim|Kim|PROPN|NNP|2|nsubj said|say|VERB|VBD|0|root it|it|PRON|PRP|4|nsubj rained|rain|VERB|VBD|2|ccomp");
    assert!(code(&d, &[m(&d, 0, 1, 0, "PRK")]).is_empty());

    // "Pyongyang accused Seoul of launching drones": one ACCUSE; the alleged
    // launch is its content, not a separate fact.
    let d = doc("Pyongyang|Pyongyang|PROPN|NNP|2|nsubj accused|accuse|VERB|VBD|0|root Seoul|Seoul|PROPN|NNP|2|obj of|of|SCONJ|IN|5|mark launching|launch|VERB|VBG|2|advcl drones|drone|NOUN|NNS|5|obj");
    let ms = [m(&d, 0, 1, 0, "PRK"), m(&d, 2, 3, 2, "KOR")];
    let e = code(&d, &ms);
    let e = only(&e);
    assert_eq!(e.event, vec!["ACCUSE"]);
    assert_eq!(codes(&e.actor), vec!["PRK"]);
    assert_eq!(codes(&e.recipient), vec!["KOR"]);

    // "Russia said Sudan must return the helicopter": a demand.
    let d = doc("Russia|Russia|PROPN|NNP|2|nsubj said|say|VERB|VBD|0|root Sudan|Sudan|PROPN|NNP|5|nsubj must|must|AUX|MD|5|aux return|return|VERB|VB|2|ccomp the|the|DET|DT|7|det helicopter|helicopter|NOUN|NN|5|obj");
    let ms = [m(&d, 0, 1, 0, "RUS"), m(&d, 2, 3, 2, "SDN")];
    let e = code(&d, &ms);
    let e = only(&e);
    assert_eq!(e.event, vec!["REQUEST"]);
    assert_eq!(codes(&e.recipient), vec!["SDN"]);
}

#[test]
fn threats_take_mode_and_recipient_from_their_content() {
    // "Iran threatened to cut off electricity to Nakhichevan"
    let d = doc("Iran|Iran|PROPN|NNP|2|nsubj threatened|threaten|VERB|VBD|0|root to|to|PART|TO|4|mark cut|cut|VERB|VB|2|xcomp off|off|ADP|RP|4|compound:prt electricity|electricity|NOUN|NN|4|obj to|to|ADP|IN|8|case Nakhichevan|Nakhichevan|PROPN|NNP|4|obl");
    let ms = [m(&d, 0, 1, 0, "IRN"), m(&d, 7, 8, 7, "AZE")];
    let e = code(&d, &ms);
    let e = only(&e);
    assert_eq!(e.event, vec!["THREATEN"]);
    assert_eq!(e.mode, vec!["restrict"]);
    assert_eq!(codes(&e.recipient), vec!["AZE"]);
}

#[test]
fn furniture_is_never_coded() {
    let mut d = doc("Israel|Israel|PROPN|NNP|2|nsubj attacked|attack|VERB|VBD|0|root Lebanon|Lebanon|PROPN|NNP|2|obj");
    let ms = [m(&d, 0, 1, 0, "ISR"), m(&d, 2, 3, 2, "LBN")];
    assert_eq!(code(&d, &ms).len(), 1);
    d.sentences[0].role = SegmentRole::Furniture;
    assert!(code(&d, &ms).is_empty());
}

#[test]
fn record_has_plover_field_names() {
    let d = doc("Israel|Israel|PROPN|NNP|2|nsubj attacked|attack|VERB|VBD|0|root Lebanon|Lebanon|PROPN|NNP|2|obj");
    let ms = [m(&d, 0, 1, 0, "ISR"), m(&d, 2, 3, 2, "LBN")];
    let ev = code(&d, &ms);
    let v = serde_json::to_value(only(&ev)).unwrap();
    for k in [
        "id",
        "date",
        "actor",
        "recipient",
        "event",
        "event_text",
        "quad_code",
        "event_scale",
        "mode",
        "context",
        "text",
        "coder",
        "has_event",
        "doc_id",
        "sentence",
        "date_source",
        "trigger_span",
        "actor_span",
        "recipient_span",
        "pattern",
        "aux_mode",
        "confidence",
        "quad",
    ] {
        assert!(v.get(k).is_some(), "missing {k}: {v}");
    }
    for k in ["code", "sector", "entity_text"] {
        assert!(v["actor"][0].get(k).is_some(), "actor missing {k}");
    }
    assert_eq!(v["actor"][0]["code"], "ISR");
    assert_eq!(v["event"][0], "ASSAULT");
    assert_eq!(v["quad_code"], 4);
    assert_eq!(v["trigger_span"]["start"], 7);
    assert_eq!(v["trigger_span"]["end"], 15);
    assert_eq!(v["date"], "2024-11-01");
}

#[test]
fn malformed_trees_do_not_panic() {
    // Heads out of range and a cycle.
    let d = doc("Israel|Israel|PROPN|NNP|9|nsubj attacked|attack|VERB|VBD|3|root Lebanon|Lebanon|PROPN|NNP|2|obj");
    let ms = [m(&d, 0, 1, 0, "ISR"), m(&d, 2, 3, 2, "LBN")];
    let _ = code(&d, &ms);
}

#[test]
fn coder_is_shareable_and_loads_the_pattern_directory() {
    fn shareable<T: Send + Sync>(_: &T) {}
    let builtin = Coder::builtin().unwrap();
    shareable(builtin);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/patterns");
    let from_dir = Coder::from_dir(&dir).unwrap();
    assert_eq!(
        from_dir.dictionary().patterns.len(),
        builtin.dictionary().patterns.len()
    );
    // Every category has patterns.
    for c in crate::Category::ALL {
        assert!(
            builtin
                .dictionary()
                .patterns
                .iter()
                .any(|p| p.category == c),
            "no pattern for {c}"
        );
    }
    let missing = Coder::from_dir(std::path::Path::new("/nonexistent/dyad/patterns"));
    assert!(missing.is_err());
}
