//! Behaviour tests on a small inline knowledge base and hand-parsed sentences.

use crate::{find_mentions, KnowledgeBase, Mention, MentionKind};
use chrono::NaiveDate;
use dyad_core::{Document, SegmentRole, Sentence, Span, Token, Upos};
use std::path::PathBuf;

const COUNTRIES: &str = "code\tname\taliases\tadjectives\tmetonyms
# comment lines and blank lines are ignored

PRK\tNorth Korea\tDPRK\tNorth Korean|North Koreans\tPyongyang
KOR\tSouth Korea\tROK\tSouth Korean|South Koreans\tSeoul|Blue House
RUS\tRussia\tRussian Federation\tRussian|Russians\tMoscow|Kremlin
USA\tUnited States\tU.S.|US|America\tAmerican|Americans\tWashington|Pentagon=MIL
UKR\tUkraine\t\tUkrainian|Ukrainians\tKyiv
HUN\tHungary\t\tHungarian|Hungarians\tBudapest
ROU\tRomania\t\tRomanian|Romanians\tBucharest
TUR\tTurkey\tTürkiye\tTurkish\tAnkara
";

const ORGS: &str = "id\tcountry\tsector\tnames\tstart\tend
kcna\tPRK\tJRN\tKorean Central News Agency|KCNA\t\t
taliban\tAFG\tREB\tTaliban\t\t2021-08-15
taliban\tAFG\tGOV\tTaliban\t2021-08-15\t
let\tPAK\tREB\tLashkar-e-Taiba|LeT\t\t
";

const PEOPLE: &str = "id\tname\taliases\tcountry\tsector\toffice\tstart\tend
donald-trump\tDonald Trump\t\tUSA\tGOV\tPresident\t2017-01-20\t2021-01-20
donald-trump\tDonald Trump\t\tUSA\tGOV\tPresident\t2025-01-20\t
kim-jong-un\tKim Jong-un\tKim Jong Un\tPRK\tGOV\tSupreme Leader\t2011-12-17\t
vladimir-putin\tVladimir Putin\t\tRUS\tGOV\tPresident\t2012-05-07\t
vladimir-putin\tVladimir Putin\t\tRUS\tGOV\tPrime Minister\t2008-05-08\t2012-05-07
";

const SECTORS: &str = include_str!("../../../data/kb/sectors.tsv");

/// A scratch directory unique to one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dyad-actors-{}-{}", std::process::id(), name));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn mini_kb() -> KnowledgeBase {
    KnowledgeBase::from_strs(&[
        ("countries.tsv", COUNTRIES),
        ("organizations.tsv", ORGS),
        ("people.tsv", PEOPLE),
        ("sectors.tsv", SECTORS),
    ])
    .expect("mini kb loads")
}

#[test]
fn from_dir_reads_the_files_and_falls_back_to_builtin_sectors() {
    let dir = scratch("from-dir");
    std::fs::write(dir.join("countries.tsv"), COUNTRIES).expect("write");
    let kb = KnowledgeBase::from_dir(&dir).expect("loads");
    assert_eq!(kb.country_name("PRK"), Some("North Korea"));
    assert!(!kb.sectors.is_empty());
    assert!(KnowledgeBase::from_dir(&dir.join("missing")).is_err());
    let _ = std::fs::remove_dir_all(&dir);
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// Build a document from hand-parsed sentences. Each token is
/// `form|UPOS|lemma|head|deprel`; a leading `+` glues it to the previous
/// token (no space); `_` as lemma means the lowercased form.
fn doc(date_str: Option<&str>, sentences: &[&str]) -> Document {
    let mut d = Document::new("test", "");
    d.date = date_str.map(date);
    for spec in sentences {
        let (role, spec) = match spec.strip_prefix("FURNITURE ") {
            Some(rest) => (SegmentRole::Furniture, rest),
            None => (SegmentRole::Body, *spec),
        };
        if !d.text.is_empty() {
            d.text.push(' ');
        }
        let mut sentence = Sentence {
            role,
            ..Sentence::default()
        };
        let start = d.text.len();
        for (i, tok) in spec.split(' ').enumerate() {
            let (glued, tok) = match tok.strip_prefix('+') {
                Some(rest) => (true, rest),
                None => (false, tok),
            };
            let f: Vec<&str> = tok.split('|').collect();
            let form = f[0];
            if i > 0 && !glued {
                d.text.push(' ');
            }
            let s = d.text.len();
            d.text.push_str(form);
            let mut t = Token::new(Span::new(s, d.text.len()), form);
            t.upos = Upos::parse(f[1]).expect("upos");
            t.lemma = match f[2] {
                "_" => form.to_lowercase(),
                l => l.to_string(),
            };
            t.head = f[3].parse().expect("head");
            t.deprel = f[4].to_string();
            t.xpos = match t.upos {
                Upos::Noun if t.lemma != form.to_lowercase() => "NNS".into(),
                Upos::Noun => "NN".into(),
                Upos::Propn if form.ends_with('s') && t.lemma != form.to_lowercase() => {
                    "NNPS".into()
                }
                Upos::Propn => "NNP".into(),
                Upos::Verb => "VBD".into(),
                _ => String::new(),
            };
            sentence.tokens.push(t);
        }
        sentence.span = Span::new(start, d.text.len());
        d.sentences.push(sentence);
    }
    d
}

fn ms_has_text(kb: &KnowledgeBase, d: &Document, text: &str) -> bool {
    find_mentions(kb, d).iter().any(|m| m.text == text)
}

fn codes(ms: &[Mention]) -> Vec<(String, String, String)> {
    ms.iter()
        .map(|m| {
            (
                m.text.clone(),
                m.code.country.clone().unwrap_or_default(),
                m.code.sector.clone().unwrap_or_default(),
            )
        })
        .collect()
}

fn has(ms: &[Mention], text: &str, country: &str, sector: &str) -> bool {
    codes(ms)
        .iter()
        .any(|(t, c, s)| t == text && c == country && s == sector)
}

#[test]
fn names_metonyms_and_exact_case_acronyms() {
    let kb = mini_kb();
    let d = doc(
        Some("2024-10-30"),
        &["Pyongyang|PROPN|_|4|nsubj and|CCONJ|_|3|cc Moscow|PROPN|_|1|conj condemned|VERB|condemn|0|root the|DET|_|6|det U.S.|PROPN|_|4|obj and|CCONJ|_|8|cc us|PRON|we|6|conj +.|PUNCT|_|4|punct"],
    );
    let ms = find_mentions(&kb, &d);
    assert!(has(&ms, "Pyongyang", "PRK", "GOV"), "{:?}", codes(&ms));
    assert!(has(&ms, "Moscow", "RUS", "GOV"));
    assert!(has(&ms, "U.S.", "USA", ""));
    assert_eq!(
        ms.len(),
        3,
        "lowercase 'us' is not the United States: {:?}",
        codes(&ms)
    );
    let pyongyang = ms.iter().find(|m| m.text == "Pyongyang").expect("mention");
    assert_eq!(pyongyang.kind, MentionKind::Metonym);
    assert_eq!(pyongyang.entry, "country:PRK");
    assert_eq!(
        &d.text[pyongyang.span.start..pyongyang.span.end],
        "Pyongyang"
    );
}

#[test]
fn lowercase_common_words_are_not_countries() {
    let kb = mini_kb();
    let d = doc(
        None,
        &[
            "They|PRON|they|2|nsubj ate|VERB|eat|0|root turkey|NOUN|_|2|obj in|ADP|_|5|case Ankara|PROPN|_|2|obl",
            "Let|VERB|let|0|root us|PRON|we|1|obj go|VERB|go|1|xcomp +.|PUNCT|_|1|punct",
            "The|DET|_|2|det LeT|PROPN|_|3|nsubj struck|VERB|strike|0|root +.|PUNCT|_|3|punct",
        ],
    );
    assert!(ms_has_text(&kb, &d, "LeT"));
    assert!(!ms_has_text(&kb, &d, "Let"));
    let ms = find_mentions(&kb, &d);
    assert!(ms.iter().all(|m| m.text != "turkey"), "{:?}", codes(&ms));
    // A capital after a locative preposition is a place, not a government.
    assert!(
        ms.iter()
            .all(|m| m.text != "Ankara" || m.kind == MentionKind::Place),
        "{:?}",
        codes(&ms)
    );
    let d = doc(
        None,
        &["They|PRON|they|2|nsubj met|VERB|meet|0|root in|ADP|_|4|case Moscow|PROPN|_|2|obl and|CCONJ|_|6|cc Kyiv|PROPN|_|4|conj +.|PUNCT|_|2|punct"],
    );
    assert!(find_mentions(&kb, &d)
        .iter()
        .all(|m| m.kind == MentionKind::Place));
}

#[test]
fn adjective_and_possessive_combine_with_sector_nouns() {
    let kb = mini_kb();
    let d = doc(
        Some("2024-10-30"),
        &[
            "The|DET|_|4|det North|PROPN|_|3|compound Korean|ADJ|_|4|amod army|NOUN|_|5|nsubj attacked|VERB|attack|0|root +.|PUNCT|_|5|punct",
            "South|PROPN|_|2|compound Korea|PROPN|_|5|nmod:poss +'s|PART|_|2|case intelligence|NOUN|_|5|compound services|NOUN|service|6|nsubj said|VERB|say|0|root so|ADV|_|6|advmod +.|PUNCT|_|6|punct",
            "Russian|ADJ|_|2|amod troops|NOUN|troop|3|nsubj met|VERB|meet|0|root Ukrainian|ADJ|_|5|amod officials|NOUN|official|3|obj +.|PUNCT|_|3|punct",
            "Hungarian|ADJ|_|4|amod and|CCONJ|_|3|cc Romanian|ADJ|_|1|conj officials|NOUN|official|5|nsubj spoke|VERB|speak|0|root +.|PUNCT|_|5|punct",
            "The|DET|_|2|det army|NOUN|_|6|nsubj of|ADP|_|5|case North|PROPN|_|5|compound Korea|PROPN|_|2|nmod grew|VERB|grow|0|root +.|PUNCT|_|6|punct",
            "Pentagon|PROPN|_|2|compound officials|NOUN|official|3|nsubj agreed|VERB|agree|0|root +.|PUNCT|_|3|punct",
        ],
    );
    let ms = find_mentions(&kb, &d);
    assert!(
        has(&ms, "North Korean army", "PRK", "MIL"),
        "{:?}",
        codes(&ms)
    );
    assert!(
        has(&ms, "South Korea's intelligence services", "KOR", "SPY"),
        "{:?}",
        codes(&ms)
    );
    assert!(has(&ms, "Russian troops", "RUS", "MIL"));
    assert!(has(&ms, "Ukrainian officials", "UKR", "GOV"));
    assert!(
        has(&ms, "Hungarian and Romanian officials", "HUN", "GOV"),
        "{:?}",
        codes(&ms)
    );
    assert!(has(&ms, "Romanian officials", "ROU", "GOV"));
    assert!(
        has(&ms, "Pentagon officials", "USA", "MIL"),
        "{:?}",
        codes(&ms)
    );
    assert!(
        has(&ms, "army of North Korea", "PRK", "MIL"),
        "{:?}",
        codes(&ms)
    );
    // The adjective is absorbed: no separate bare-country mention.
    assert!(!has(&ms, "North Korean", "PRK", ""));
    assert!(!has(&ms, "North Korea", "PRK", ""), "{:?}", codes(&ms));
    let army = ms
        .iter()
        .find(|m| m.text == "North Korean army")
        .expect("army");
    assert_eq!(army.kind, MentionKind::Sector);
    assert_eq!(army.head, 3);
    assert_eq!(army.entry, "sector:army+country:PRK");
    // Both coordinated mentions share the noun as their head.
    let heads: Vec<usize> = ms
        .iter()
        .filter(|m| m.sentence == 3)
        .map(|m| m.head)
        .collect();
    assert_eq!(heads, vec![3, 3]);
}

#[test]
fn possessive_is_not_part_of_the_name() {
    let kb = mini_kb();
    // Once with "'s" split off, once glued into one token.
    let d = doc(
        None,
        &[
            "Russia|PROPN|_|3|nmod:poss +'s|PART|_|1|case war|NOUN|_|4|nsubj continues|VERB|continue|0|root",
            "Russia's|PROPN|russia|2|nmod:poss war|NOUN|_|3|nsubj continues|VERB|continue|0|root",
        ],
    );
    let ms = find_mentions(&kb, &d);
    assert_eq!(ms.len(), 2, "{:?}", codes(&ms));
    for m in &ms {
        assert_eq!(m.text, "Russia");
        assert_eq!(m.code.country.as_deref(), Some("RUS"));
    }
}

#[test]
fn title_and_apposition_resolve_unknown_people_and_their_surnames() {
    let kb = mini_kb();
    let d = doc(
        Some("2024-10-30"),
        &[
            "South|PROPN|_|2|compound Korean|ADJ|_|3|amod President|PROPN|president|4|compound Yoon|PROPN|_|6|nsubj Suk-yeol|PROPN|_|4|flat spoke|VERB|speak|0|root +.|PUNCT|_|6|punct",
            "Jo|PROPN|_|11|nsubj Tae-yong|PROPN|_|1|flat +,|PUNCT|_|5|punct the|DET|_|5|det head|NOUN|_|1|appos of|ADP|_|10|case South|PROPN|_|8|compound Korea|PROPN|_|10|nmod:poss +'s|PART|_|8|case intelligence|NOUN|_|10|compound services|NOUN|service|5|nmod +,|PUNCT|_|5|punct said|VERB|say|0|root +.|PUNCT|_|12|punct",
            "Jo|PROPN|_|2|nsubj added|VERB|add|0|root that|SCONJ|_|5|mark Yoon|PROPN|_|5|nsubj agreed|VERB|agree|2|ccomp +.|PUNCT|_|2|punct",
        ],
    );
    let ms = find_mentions(&kb, &d);
    let yoon = ms
        .iter()
        .find(|m| m.text == "South Korean President Yoon Suk-yeol")
        .expect("one mention for title and name");
    assert_eq!(yoon.code.country.as_deref(), Some("KOR"));
    assert_eq!(yoon.code.sector.as_deref(), Some("GOV"));
    assert_eq!(yoon.kind, MentionKind::Person);
    assert_eq!(yoon.head, 3);
    assert!(has(&ms, "Jo Tae-yong", "KOR", "SPY"), "{:?}", codes(&ms));
    assert!(has(
        &ms,
        "South Korea's intelligence services",
        "KOR",
        "SPY"
    ));
    let later: Vec<&Mention> = ms.iter().filter(|m| m.sentence == 2).collect();
    assert_eq!(later.len(), 2, "{:?}", codes(&ms));
    assert!(later.iter().all(|m| m.kind == MentionKind::Coreference));
    assert_eq!(later[0].entry, "adhoc:jo-tae-yong");
    assert_eq!(later[0].code.sector.as_deref(), Some("SPY"));
    assert_eq!(later[1].entry, yoon.entry);
}

#[test]
fn kb_people_surnames_regime_and_pronouns() {
    let kb = mini_kb();
    let d = doc(
        Some("2024-10-30"),
        &[
            "Kim|PROPN|_|3|nsubj Jong-un|PROPN|_|1|flat sent|VERB|send|0|root troops|NOUN|troop|3|obj +.|PUNCT|_|3|punct",
            "He|PRON|he|2|nsubj met|VERB|meet|0|root Putin|PROPN|_|2|obj +.|PUNCT|_|2|punct",
            "The|DET|_|2|det regime|NOUN|_|3|nsubj denied|VERB|deny|0|root it|PRON|it|3|obj +.|PUNCT|_|3|punct",
            "Kim|PROPN|_|2|nsubj smiled|VERB|smile|0|root +.|PUNCT|_|2|punct",
        ],
    );
    let ms = find_mentions(&kb, &d);
    let kim = &ms[0];
    assert_eq!(kim.text, "Kim Jong-un");
    assert_eq!(kim.entry, "person:kim-jong-un");
    assert_eq!(
        (kim.code.country.as_deref(), kim.code.sector.as_deref()),
        (Some("PRK"), Some("GOV"))
    );
    assert_eq!(kim.head, 0);
    let he = ms
        .iter()
        .find(|m| m.text == "He")
        .expect("pronoun resolved");
    assert_eq!(he.kind, MentionKind::Coreference);
    assert_eq!(he.entry, "person:kim-jong-un");
    // A surname unique in the knowledge base resolves without an antecedent.
    let putin = ms.iter().find(|m| m.text == "Putin").expect("Putin");
    assert_eq!(putin.kind, MentionKind::Person);
    assert_eq!(putin.code.country.as_deref(), Some("RUS"));
    let regime = ms.iter().find(|m| m.text == "regime").expect("regime");
    assert_eq!(regime.kind, MentionKind::Coreference);
    assert_eq!(regime.code.country.as_deref(), Some("PRK"));
    assert_eq!(regime.code.sector.as_deref(), Some("GOV"));
    // "it" as an object is not resolved (subjects only).
    assert!(ms.iter().all(|m| m.text != "it"));
    let bare = ms.iter().find(|m| m.sentence == 3).expect("bare Kim");
    assert_eq!(bare.kind, MentionKind::Coreference);
    assert_eq!(bare.entry, "person:kim-jong-un");
}

#[test]
fn possessive_pronouns_lend_their_antecedent_to_sector_nouns() {
    let kb = mini_kb();
    let d = doc(
        Some("2024-10-30"),
        &[
            "Kim|PROPN|_|3|nsubj Jong-un|PROPN|_|1|flat protects|VERB|protect|0|root his|PRON|he|5|nmod:poss regime|NOUN|_|3|obj +.|PUNCT|_|3|punct",
            "Despite|ADP|_|3|case its|PRON|it|3|nmod:poss army|NOUN|_|6|obl +,|PUNCT|_|3|punct Russia|PROPN|_|6|nsubj lost|VERB|lose|0|root +.|PUNCT|_|6|punct",
            "The|DET|_|2|det opposition|NOUN|_|5|nsubj between|ADP|_|4|case Moscow|PROPN|_|2|nmod grew|VERB|grow|0|root +.|PUNCT|_|5|punct",
        ],
    );
    let ms = find_mentions(&kb, &d);
    let regime = ms.iter().find(|m| m.text == "regime").expect("his regime");
    assert_eq!(regime.code.country.as_deref(), Some("PRK"));
    assert_eq!(regime.entry, "sector:regime+person:kim-jong-un");
    let army = ms.iter().find(|m| m.text == "army").expect("its army");
    assert_eq!(army.code.country.as_deref(), Some("RUS"));
    assert_eq!(army.code.sector.as_deref(), Some("MIL"));
    assert!(
        ms.iter().all(|m| m.text != "opposition"),
        "{:?}",
        codes(&ms)
    );
}

#[test]
fn bare_surnames_after_titles_and_regnal_numbers() {
    let mut kb = mini_kb();
    let dir = scratch("regnal");
    let file = dir.join("more.tsv");
    std::fs::write(
        &file,
        "id\tname\taliases\tcountry\tsector\toffice\tstart\tend\njuan-carlos-i\tJuan Carlos I\t\tESP\tGOV\tKing\t1975-11-22\t2014-06-19\n",
    )
    .expect("write");
    kb.extend_from_file(&file).expect("extend");
    let d = doc(
        Some("2024-10-30"),
        &[
            "Juan|PROPN|_|4|nsubj Carlos|PROPN|_|1|flat I|PROPN|_|1|flat left|VERB|leave|0|root +.|PUNCT|_|4|punct",
            "I|PROPN|I|2|nsubj met|VERB|meet|0|root President|PROPN|president|4|compound Putin|PROPN|_|2|obj +.|PUNCT|_|2|punct",
        ],
    );
    let ms = find_mentions(&kb, &d);
    assert!(has(&ms, "Juan Carlos I", "ESP", "ELI"), "{:?}", codes(&ms));
    assert!(ms.iter().all(|m| m.text != "I"), "{:?}", codes(&ms));
    let putin = ms
        .iter()
        .find(|m| m.text == "President Putin")
        .expect("title + surname");
    assert_eq!(putin.entry, "person:vladimir-putin");
    assert_eq!(putin.code.country.as_deref(), Some("RUS"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn same_name_organisations_are_chosen_by_date() {
    let mut kb = mini_kb();
    let dir = scratch("orgdates");
    let file = dir.join("orgs.tsv");
    std::fs::write(
        &file,
        "id\tcountry\tsector\tnames\tstart\tend\nhouthi-rebels\tYEM\tREB\tAnsar Allah\t\t2030-01-01\nhouthi-state\tYEM\tGOV\tAnsar Allah\t2030-01-01\t\n",
    )
    .expect("write");
    kb.extend_from_file(&file).expect("extend");
    let at = |day: &str| {
        let d = doc(
            Some(day),
            &["Ansar|PROPN|_|3|nsubj Allah|PROPN|_|1|flat spoke|VERB|speak|0|root"],
        );
        let ms = find_mentions(&kb, &d);
        assert_eq!(ms.len(), 1);
        (ms[0].entry.clone(), ms[0].code.sector.clone())
    };
    assert_eq!(
        at("2024-01-01"),
        ("org:houthi-rebels".into(), Some("REB".into()))
    );
    assert_eq!(
        at("2031-01-01"),
        ("org:houthi-state".into(), Some("GOV".into()))
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn surname_modifiers_and_adjectival_sector_words() {
    let kb = mini_kb();
    let d = doc(
        Some("2019-06-01"),
        &[
            "The|DET|_|3|det Trump|PROPN|_|3|compound administration|NOUN|_|4|nsubj sent|VERB|send|0|root military|ADJ|_|6|amod aid|NOUN|_|4|obj +.|PUNCT|_|4|punct",
            "Military|ADJ|military|2|amod officials|NOUN|official|3|nsubj agreed|VERB|agree|0|root +.|PUNCT|_|3|punct",
        ],
    );
    let ms = find_mentions(&kb, &d);
    // The person keeps a mention of their own; the phrase takes the country.
    assert!(has(&ms, "administration", "USA", "GOV"), "{:?}", codes(&ms));
    assert!(has(&ms, "Trump", "USA", "GOV"));
    let admin = ms
        .iter()
        .find(|m| m.text == "administration")
        .expect("admin");
    assert_eq!(admin.entry, "sector:administration+person:donald-trump");
    assert!(
        ms.iter().all(|m| !m.text.contains("aid")),
        "{:?}",
        codes(&ms)
    );
    assert!(
        has(&ms, "Military officials", "", "MIL"),
        "{:?}",
        codes(&ms)
    );
}

#[test]
fn a_comma_ends_the_phrase_of_a_sector_noun() {
    let kb = mini_kb();
    let d = doc(
        Some("2024-10-30"),
        &[
            "Kim|PROPN|_|3|nsubj Jong-un|PROPN|_|1|flat met|VERB|meet|0|root Yang|PROPN|_|3|obj +.|PUNCT|_|3|punct",
            "For|ADP|_|4|case its|PRON|it|4|nmod:poss own|ADJ|_|4|amod survival|NOUN|_|8|obl +,|PUNCT|_|4|punct the|DET|_|7|det regime|NOUN|_|8|nsubj chose|VERB|choose|0|root war|NOUN|_|8|obj +.|PUNCT|_|8|punct",
        ],
    );
    let ms = find_mentions(&kb, &d);
    let regime = ms.iter().find(|m| m.text == "regime").expect("regime");
    assert_eq!(
        regime.code.country.as_deref(),
        Some("PRK"),
        "{:?}",
        codes(&ms)
    );
    assert_eq!(regime.entry, "person:kim-jong-un");
}

#[test]
fn calendar_words_and_plural_titles_name_no_one() {
    let mut kb = mini_kb();
    let dir = scratch("may");
    let file = dir.join("may.tsv");
    std::fs::write(
        &file,
        "id\tname\taliases\tcountry\tsector\toffice\tstart\tend\ntheresa-may\tTheresa May\t\tGBR\tGOV\tPrime Minister\t2016-07-13\t2019-07-24\n",
    )
    .expect("write");
    kb.extend_from_file(&file).expect("extend");
    let d = doc(
        Some("2017-01-01"),
        &[
            "Theresa|PROPN|_|3|nsubj May|PROPN|_|1|flat spoke|VERB|speak|0|root +.|PUNCT|_|3|punct",
            "In|ADP|_|2|case May|PROPN|_|5|obl +,|PUNCT|_|2|punct lawmakers|NOUN|lawmaker|5|nsubj voted|VERB|vote|0|root Friday|PROPN|_|5|obl:tmod +.|PUNCT|_|5|punct",
            "Sunday|PROPN|_|5|nsubj +,|PUNCT|_|1|punct a|DET|_|4|det Russian|ADJ|_|5|amod official|NOUN|_|1|appos said|VERB|say|0|root +.|PUNCT|_|6|punct",
            "Russian|ADJ|_|2|amod President|PROPN|_|5|nsubj Boris|PROPN|_|2|flat Yeltsin|PROPN|_|2|flat Sunday|PROPN|_|5|obl:tmod said|VERB|say|0|root",
        ],
    );
    let ms = find_mentions(&kb, &d);
    assert!(has(&ms, "Theresa May", "GBR", "GOV"), "{:?}", codes(&ms));
    assert!(
        ms.iter()
            .all(|m| m.sentence == 0 || !m.text.contains("May")),
        "{:?}",
        codes(&ms)
    );
    assert!(has(&ms, "lawmakers", "", "LEG"), "{:?}", codes(&ms));
    assert!(
        ms.iter()
            .all(|m| !m.text.contains("Friday") && !m.text.contains("Sunday")),
        "{:?}",
        codes(&ms)
    );
    // A weekday after an unknown name ends it.
    assert!(
        has(&ms, "Russian President Boris Yeltsin", "RUS", "GOV"),
        "{:?}",
        codes(&ms)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_indefinite_regime_is_not_a_reference() {
    let kb = mini_kb();
    let d = doc(
        None,
        &[
            "Moscow|PROPN|_|2|nsubj protested|VERB|protest|0|root +.|PUNCT|_|2|punct",
            "It|PRON|it|2|nsubj is|AUX|be|0|root a|DET|_|4|det regime|NOUN|_|2|obj +.|PUNCT|_|2|punct",
        ],
    );
    let ms = find_mentions(&kb, &d);
    let regime = ms.iter().find(|m| m.text == "regime").expect("regime");
    assert_eq!(regime.code.country, None);
    assert_eq!(regime.kind, MentionKind::Sector);
}

#[test]
fn bare_ambiguous_surname_resolves_only_when_every_bearer_shares_a_country() {
    let mut kb = mini_kb();
    let dir = scratch("kims");
    let file = dir.join("more.tsv");
    std::fs::write(
        &file,
        "id\tname\taliases\tcountry\tsector\toffice\tstart\tend\nkim-yo-jong\tKim Yo-jong\t\tPRK\tGOV\tDeputy Department Director\t2019-01-01\t\n",
    )
    .expect("write");
    kb.extend_from_file(&file).expect("extend");
    // Two North Koreans called Kim: the person is unknown, the country is not.
    let d = doc(None, &["Kim|PROPN|_|2|nsubj smiled|VERB|smile|0|root"]);
    let ms = find_mentions(&kb, &d);
    assert_eq!(ms.len(), 1, "{:?}", codes(&ms));
    assert_eq!(ms[0].code.country.as_deref(), Some("PRK"));
    assert_eq!(ms[0].entry, "surname:kim");
    // A South Korean Kim too: nothing can be said.
    std::fs::write(
        &file,
        "id\tname\taliases\tcountry\tsector\toffice\tstart\tend\nkim-dae-jung\tKim Dae-jung\t\tKOR\tGOV\tPresident\t1998-02-25\t2003-02-24\n",
    )
    .expect("write");
    kb.extend_from_file(&file).expect("extend");
    assert!(find_mentions(&kb, &d).is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn misspelt_surnames_and_honorifics_refer_to_the_person_named_in_full() {
    let kb = mini_kb();
    let d = doc(
        None,
        &[
            "Representative|PROPN|_|3|compound Adam|PROPN|_|3|compound Schiff|PROPN|_|4|nsubj spoke|VERB|speak|0|root",
            "Later|ADV|_|3|advmod Shiff|PROPN|_|3|nsubj left|VERB|leave|0|root",
            "Mr.|PROPN|_|2|compound Schiff|PROPN|_|3|nsubj returned|VERB|return|0|root",
        ],
    );
    let ms = find_mentions(&kb, &d);
    let first = ms
        .iter()
        .find(|m| m.text.contains("Adam Schiff"))
        .expect("full name");
    for text in ["Shiff", "Mr. Schiff"] {
        let m = ms.iter().find(|m| m.text == text).expect(text);
        assert_eq!(m.entry, first.entry, "{text}: {:?}", codes(&ms));
    }
}

#[test]
fn the_north_resolves_to_a_north_country_of_the_document() {
    let kb = mini_kb();
    let d = doc(
        None,
        &[
            "The|DET|_|2|det North|PROPN|north|3|nsubj fired|VERB|fire|0|root +.|PUNCT|_|3|punct",
            "North|PROPN|_|2|compound Korea|PROPN|_|3|nsubj denied|VERB|deny|0|root +.|PUNCT|_|3|punct",
            "The|DET|_|2|det South|PROPN|south|3|nsubj protested|VERB|protest|0|root +.|PUNCT|_|3|punct",
        ],
    );
    let ms = find_mentions(&kb, &d);
    let north = ms.iter().find(|m| m.text == "North").expect("the North");
    assert_eq!(north.code.country.as_deref(), Some("PRK"));
    assert_eq!(north.kind, MentionKind::Coreference);
    // No "South ..." country in the document: nothing invented.
    assert!(ms.iter().all(|m| m.text != "South"), "{:?}", codes(&ms));
}

#[test]
fn pronoun_types_must_agree() {
    let kb = mini_kb();
    let d = doc(
        None,
        &[
            "Russia|PROPN|_|2|nsubj protested|VERB|protest|0|root +.|PUNCT|_|2|punct",
            "He|PRON|he|2|nsubj left|VERB|leave|0|root +.|PUNCT|_|2|punct",
            "Russia|PROPN|_|2|nsubj protested|VERB|protest|0|root +.|PUNCT|_|2|punct",
            "It|PRON|it|2|nsubj left|VERB|leave|0|root +.|PUNCT|_|2|punct",
            "It|PRON|it|3|nsubj is|AUX|be|3|cop clear|ADJ|_|0|root +.|PUNCT|_|3|punct",
        ],
    );
    assert!(ms_has_text(&kb, &d, "It"));
    assert_eq!(
        find_mentions(&kb, &d)
            .iter()
            .filter(|m| m.text == "It")
            .count(),
        1,
        "the expletive 'It is clear' is not Russia"
    );
    let ms = find_mentions(&kb, &d);
    assert!(ms.iter().all(|m| m.text != "He"), "{:?}", codes(&ms));
    let it = ms.iter().find(|m| m.text == "It").expect("it");
    assert_eq!(it.code.country.as_deref(), Some("RUS"));
}

#[test]
fn offices_follow_the_document_date() {
    let kb = mini_kb();
    let trump = |d: &str| {
        let doc = doc(
            Some(d),
            &["Donald|PROPN|_|3|nsubj Trump|PROPN|_|1|flat spoke|VERB|speak|0|root"],
        );
        let ms = find_mentions(&kb, &doc);
        assert_eq!(ms.len(), 1);
        (ms[0].code.country.clone(), ms[0].code.sector.clone())
    };
    let usa = Some("USA".to_string());
    assert_eq!(trump("2019-06-01"), (usa.clone(), Some("GOV".into())));
    assert_eq!(trump("2023-06-01"), (usa.clone(), Some("ELI".into())));
    assert_eq!(trump("2025-06-01"), (usa.clone(), Some("GOV".into())));
    assert_eq!(trump("2010-06-01"), (usa, None));

    let putin = kb.lookup("Vladimir Putin", Some(date("2010-01-01")));
    assert_eq!(putin.len(), 1);
    assert_eq!(putin[0].office.as_deref(), Some("Prime Minister"));
    let undated = kb.lookup("Putin", None);
    assert_eq!(undated[0].office.as_deref(), Some("President"));
    assert!(!undated[0].certain);
    // Organisation rows with validity dates.
    let taliban = |d: &str| kb.lookup("Taliban", Some(date(d)))[0].code.sector.clone();
    assert_eq!(taliban("2015-01-01").as_deref(), Some("REB"));
    assert_eq!(taliban("2022-01-01").as_deref(), Some("GOV"));
}

#[test]
fn import_round_trip_tsv_and_jsonl() {
    let mut kb = mini_kb();
    let dir = scratch("import");
    let tsv = dir.join("people.tsv");
    std::fs::write(
        &tsv,
        "# extra people\nid\tname\taliases\tcountry\tsector\toffice\tstart\tend\nvolodymyr-zelensky\tVolodymyr Zelensky\tZelenskyy\tUKR\tGOV\tPresident\t2019-05-20\t\n",
    )
    .expect("write");
    assert_eq!(kb.extend_from_file(&tsv).expect("tsv import"), 1);
    let jsonl = dir.join("orgs.jsonl");
    std::fs::write(
        &jsonl,
        "{\"id\":\"sbu\",\"country\":\"UKR\",\"sector\":\"SPY\",\"names\":[\"Security Service of Ukraine\",\"SBU\"]}\n\n{\"id\":\"jcs\",\"country\":\"KOR\",\"sector\":\"MIL\",\"names\":\"Joint Chiefs of Staff|JCS\",\"start\":null}\n",
    )
    .expect("write");
    assert_eq!(kb.extend_from_file(&jsonl).expect("jsonl import"), 2);
    let z = kb.lookup("Zelenskyy", Some(date("2024-01-01")));
    assert_eq!(z[0].code.country.as_deref(), Some("UKR"));
    let d = doc(
        Some("2024-01-01"),
        &["The|DET|_|2|det SBU|PROPN|_|3|nsubj told|VERB|tell|0|root Volodymyr|PROPN|_|3|obj Zelensky|PROPN|_|4|flat"],
    );
    let ms = find_mentions(&kb, &d);
    assert!(has(&ms, "SBU", "UKR", "SPY"), "{:?}", codes(&ms));
    assert!(has(&ms, "Volodymyr Zelensky", "UKR", "GOV"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn malformed_rows_name_file_and_line() {
    let mut kb = mini_kb();
    let dir = scratch("bad");
    let cases = [
        ("bad_date.tsv", "id\tname\taliases\tcountry\tsector\toffice\tstart\tend\n# c\nx\tX Y\t\tUSA\tGOV\tPresident\t2019-13-01\t\n", ":3:"),
        ("bad_sector.tsv", "id\tcountry\tsector\tnames\tstart\tend\nx\tUSA\tARMY\tX\t\t\n", ":2:"),
        ("bad_code.tsv", "code\tname\taliases\tadjectives\tmetonyms\nusa\tX\t\t\t\n", ":2:"),
        ("too_many.tsv", "id\tcountry\tsector\tnames\tstart\tend\nx\tUSA\tGOV\tX\t\t\t\textra\n", ":2:"),
        ("bad_header.tsv", "who\twhat\n", ":1:"),
        ("bad.jsonl", "{\"id\":\"x\",\"country\":\"USA\",\"names\":[\"X\"]}\n{\"id\":\"y\",\n", ":2:"),
    ];
    let before = kb.lookup("X", None).len();
    for (file, text, line) in cases {
        let path = dir.join(file);
        std::fs::write(&path, text).expect("write");
        let err = format!("{:#}", kb.extend_from_file(&path).expect_err(file));
        assert!(err.contains(&format!("{file}{line}")), "{file}: {err}");
    }
    // A failed import leaves the knowledge base unchanged.
    assert_eq!(kb.lookup("X", None).len(), before);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn furniture_and_stray_words_give_no_mentions() {
    let kb = mini_kb();
    let d = doc(
        None,
        &[
            "FURNITURE DayFR|PROPN|_|2|compound Euro|PROPN|_|0|root Russia|PROPN|_|2|flat",
            "Euro|PROPN|_|2|nsubj rose|VERB|rise|0|root +.|PUNCT|_|2|punct",
        ],
    );
    assert!(find_mentions(&kb, &d).is_empty());
}

#[test]
fn unparsed_sentences_still_get_names_and_sectors() {
    let kb = mini_kb();
    let mut d = Document::new("raw", "Russian troops entered Ukraine.");
    let mut s = Sentence {
        span: Span::new(0, d.text.len()),
        ..Sentence::default()
    };
    for (a, b) in [(0, 7), (8, 14), (15, 22), (23, 30), (30, 31)] {
        s.tokens.push(Token::new(Span::new(a, b), &d.text[a..b]));
    }
    d.sentences.push(s);
    let ms = find_mentions(&kb, &d);
    // Untagged tokens: "Russian" stands alone (no tags to build a phrase on),
    // but names still resolve and nothing panics.
    assert!(has(&ms, "Ukraine", "UKR", ""), "{:?}", codes(&ms));
    assert!(ms.iter().any(|m| m.code.country.as_deref() == Some("RUS")));
}

#[test]
fn builtin_knowledge_base_loads() {
    let kb = KnowledgeBase::builtin().expect("builtin kb");
    assert!(!kb.is_empty());
    let russia = kb.lookup("Russia", None);
    assert!(russia
        .iter()
        .any(|r| r.code.country.as_deref() == Some("RUS")));
    let kremlin = kb.lookup("Kremlin", None);
    assert!(kremlin.iter().any(|r| r.kind == MentionKind::Metonym));
}

#[test]
fn random_bytes_never_panic() {
    let kb = mini_kb();
    // A deterministic pseudo-random stream of tokens, including multi-byte
    // characters, stray possessives and odd spans.
    let pieces = [
        "North", "Korea", "'s", "’s", "army", "Séoul", "U.S", ".", "-", "Kim", "Jong", "un", "the",
        "North", "He", "their", "troops", ",", "and", "", "é", "KCNA", "regime",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..200 {
        let mut d = Document::new("fuzz", "");
        let mut s = Sentence::default();
        for _ in 0..12 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let p = pieces[(seed % pieces.len() as u64) as usize];
            let start = d.text.len();
            d.text.push_str(p);
            let mut t = Token::new(Span::new(start, d.text.len() + (seed % 3) as usize), p);
            t.upos = Upos::ALL[(seed >> 8) as usize % Upos::ALL.len()];
            t.head = (seed >> 16) as usize % 15;
            t.deprel = if seed.is_multiple_of(2) {
                "nsubj".into()
            } else {
                String::new()
            };
            s.tokens.push(t);
            if seed.is_multiple_of(4) {
                d.text.push(' ');
            }
        }
        d.sentences.push(s);
        let _ = find_mentions(&kb, &d);
    }
}

const MORE_COUNTRIES: &str = "code\tname\taliases\tadjectives\tmetonyms
SDN\tSudan\t\tSudanese\tKhartoum
PAK\tPakistan\t\tPakistani|Pakistanis\tIslamabad
SRB\tSerbia\t\tSerbian|Serb|Serbs\tBelgrade
ALB\tAlbania\t\tAlbanian|Albanians\tTirana
BIH\tBosnia and Herzegovina\tBosnia\tBosnian|Bosnians\tSarajevo
HRV\tCroatia\t\tCroatian|Croatians\tZagreb
VNM\tVietnam\t\tVietnamese\tHanoi
";

const PLACES: &str = "place\tcountry\taliases
Darfur\tSDN\tWest Darfur
Sindh\tPAK\tSind
New York\tUSA
Igbo\tNGA\tIbo
";

const MORE_ORGS: &str = "id\tcountry\tsector\tnames\tstart\tend
security-council\tUNO\t\tSecurity Council|UN Security Council\t\t
";

fn places_kb() -> KnowledgeBase {
    KnowledgeBase::from_strs(&[
        ("places.tsv", PLACES),
        ("countries.tsv", COUNTRIES),
        ("more-countries.tsv", MORE_COUNTRIES),
        ("organizations.tsv", ORGS),
        ("more-orgs.tsv", MORE_ORGS),
        ("people.tsv", PEOPLE),
        ("sectors.tsv", SECTORS),
    ])
    .expect("places kb loads")
}

fn entry_of<'m>(ms: &'m [Mention], text: &str) -> Option<&'m str> {
    ms.iter().find(|m| m.text == text).map(|m| m.entry.as_str())
}

#[test]
fn places_lend_their_country_but_are_never_actors() {
    let kb = places_kb();
    let d = doc(
        None,
        &[
            "Rebels|NOUN|rebel|4|nsubj in|ADP|_|3|case Darfur|PROPN|_|1|nmod attacked|VERB|attack|0|root +.|PUNCT|_|4|punct",
            "Darfur|PROPN|_|2|compound rebels|NOUN|rebel|3|nsubj attacked|VERB|attack|0|root +.|PUNCT|_|3|punct",
            "The|DET|_|2|det government|NOUN|_|6|nsubj of|ADP|_|4|case Sindh|PROPN|_|5|compound province|NOUN|_|2|nmod ordered|VERB|order|0|root patrols|NOUN|patrol|6|obj",
            "Rebels|NOUN|rebel|5|nsubj based|VERB|base|1|acl in|ADP|_|4|case West|PROPN|_|4|compound Darfur|PROPN|_|2|obl struck|VERB|strike|0|root",
            "They|PRON|they|2|nsubj met|VERB|meet|0|root in|ADP|_|4|case Darfur|PROPN|_|2|obl +.|PUNCT|_|2|punct",
            "Troops|NOUN|troop|4|nsubj in|ADP|_|3|case Darfur|PROPN|_|1|nmod fired|VERB|fire|0|root +.|PUNCT|_|4|punct",
            "The|DET|_|4|det New|PROPN|_|3|compound York|PROPN|_|4|compound Times|PROPN|_|5|nsubj reported|VERB|report|0|root",
            "In|ADP|_|2|case Darfur|PROPN|_|6|obl +,|PUNCT|_|2|punct local|ADJ|_|5|amod rebels|NOUN|rebel|6|nsubj struck|VERB|strike|0|root",
            "The|DET|_|2|det embassy|NOUN|_|5|nsubj in|ADP|_|4|case Darfur|PROPN|_|2|nmod closed|VERB|close|0|root",
            "Ibo|PROPN|_|3|compound traditional|ADJ|_|3|amod elders|NOUN|elder|4|nsubj demanded|VERB|demand|0|root",
            "Refugees|NOUN|refugee|6|nsubj in|ADP|_|3|case Darfur|PROPN|_|1|nmod +'s|PART|_|3|case capital|NOUN|_|6|obl rioted|VERB|riot|0|root",
        ],
    );
    let ms = find_mentions(&kb, &d);
    assert!(
        has(&ms, "Rebels in Darfur", "SDN", "REB"),
        "{:?}",
        codes(&ms)
    );
    assert_eq!(
        entry_of(&ms, "Rebels in Darfur"),
        Some("sector:rebel+place:darfur")
    );
    assert!(has(&ms, "Darfur rebels", "SDN", "REB"), "{:?}", codes(&ms));
    assert!(
        has(&ms, "government of Sindh", "PAK", "GOV"),
        "{:?}",
        codes(&ms)
    );
    assert!(
        has(&ms, "Rebels based in West Darfur", "SDN", "REB"),
        "{:?}",
        codes(&ms)
    );
    // A place alone is not an actor (only a `Place` mention saying where).
    assert!(
        ms.iter().all(|m| !(m.sentence == 4
            && m.text.contains("Darfur")
            && m.kind != MentionKind::Place)),
        "{:?}",
        codes(&ms)
    );
    // Troops "in" a place are not placed by it (they may be foreign); here
    // the article is about Sudan, so they take its country as context.
    assert!(
        ms.iter().any(|m| m.text == "Troops"
            && m.kind == MentionKind::Context
            && m.code.country.as_deref() == Some("SDN")),
        "{:?}",
        codes(&ms)
    );
    // An embassy "in" a place belongs to another country.
    assert!(has(&ms, "embassy", "", "GOV"), "{:?}", codes(&ms));
    // A people of one country lends it like a place.
    assert!(
        has(&ms, "Ibo traditional elders", "NGA", "CVL"),
        "{:?}",
        codes(&ms)
    );
    // A possessive after an absorbed place stays outside the mention.
    assert!(
        has(&ms, "Refugees in Darfur", "SDN", "REF"),
        "{:?}",
        codes(&ms)
    );
    // A comma does not coordinate a place with a group.
    assert!(has(&ms, "rebels", "", "REB"), "{:?}", codes(&ms));
    // "New York" inside "New York Times" lends nothing.
    assert!(
        ms.iter().all(|m| !m.entry.contains("place:new-york")),
        "{:?}",
        codes(&ms)
    );
}

#[test]
fn a_located_demonym_takes_the_country_it_is_in() {
    let kb = places_kb();
    let d = doc(
        None,
        &[
            "Ethnic|ADJ|_|2|amod Albanians|PROPN|albanian|6|nsubj in|ADP|_|5|case south|ADJ|_|5|amod Serbia|PROPN|_|2|nmod demanded|VERB|demand|0|root autonomy|NOUN|_|6|obj",
            "The|DET|_|2|det Albanians|PROPN|albanian|6|nsubj of|ADP|_|5|case southern|ADJ|_|5|amod Serbia|PROPN|_|2|nmod demanded|VERB|demand|0|root autonomy|NOUN|_|6|obj",
            "Albanians|PROPN|albanian|2|nsubj protested|VERB|protest|0|root in|ADP|_|4|case Serbia|PROPN|_|2|obl",
        ],
    );
    let ms = find_mentions(&kb, &d);
    assert!(
        has(&ms, "Albanians in south Serbia", "SRB", ""),
        "{:?}",
        codes(&ms)
    );
    assert_eq!(
        entry_of(&ms, "Albanians in south Serbia"),
        Some("located:country:ALB+country:SRB")
    );
    assert!(
        has(&ms, "Albanians of southern Serbia", "SRB", ""),
        "{:?}",
        codes(&ms)
    );
    // Only a phrase attached to the group places it: the place of the
    // protest does not change who protested.
    assert!(has(&ms, "Albanians", "ALB", ""), "{:?}", codes(&ms));
}

#[test]
fn compound_and_agent_demonyms() {
    let kb = places_kb();
    let d = doc(
        None,
        &[
            "Bosnian|ADJ|_|2|amod Serbs|PROPN|serb|3|nsubj demanded|VERB|demand|0|root a|DET|_|5|det truce|NOUN|_|3|obj",
            "They|PRON|they|2|nsubj helped|VERB|help|0|root Croatian|ADJ|_|5|amod Serb|PROPN|_|5|compound refugees|NOUN|refugee|2|obj",
            "Vietnamese-led|ADJ|vietnamese-led|2|amod forces|NOUN|force|3|nsubj retook|VERB|retake|0|root the|DET|_|5|det village|NOUN|_|3|obj",
            "They|PRON|they|2|nsubj joined|VERB|join|0|root the|DET|_|5|det US-led|ADJ|us-led|5|amod coalition|NOUN|_|2|obj",
            "Croatian|ADJ|_|2|amod Americans|PROPN|american|3|nsubj voted|VERB|vote|0|root",
            "Croatian-Americans|PROPN|croatian-american|2|nsubj voted|VERB|vote|0|root",
        ],
    );
    let ms = find_mentions(&kb, &d);
    assert!(has(&ms, "Bosnian Serbs", "BIH", ""), "{:?}", codes(&ms));
    assert!(
        has(&ms, "Croatian Serb refugees", "HRV", "REF"),
        "{:?}",
        codes(&ms)
    );
    assert!(
        ms.iter().all(|m| m.code.country.as_deref() != Some("SRB")),
        "{:?}",
        codes(&ms)
    );
    assert!(
        has(&ms, "Vietnamese-led forces", "VNM", "MIL"),
        "{:?}",
        codes(&ms)
    );
    // An origin before a civic nationality yields to it.
    assert!(
        has(&ms, "Croatian Americans", "USA", ""),
        "{:?}",
        codes(&ms)
    );
    // Also as one hyphenated token.
    assert!(
        has(&ms, "Croatian-Americans", "USA", ""),
        "{:?}",
        codes(&ms)
    );
    assert!(
        ms.iter()
            .all(|m| m.code.country.as_deref() != Some("HRV") || m.text != "Croatian-Americans"),
        "{:?}",
        codes(&ms)
    );
    // The name is cut out of the hyphenated adjective.
    assert!(has(&ms, "US", "USA", ""), "{:?}", codes(&ms));
}

#[test]
fn generic_ngo_nouns_carry_their_own_code() {
    let kb = places_kb();
    let d = doc(
        None,
        &[
            "A|DET|_|4|det human|ADJ|_|3|amod rights|NOUN|right|4|compound group|NOUN|_|5|nsubj protested|VERB|protest|0|root",
            "A|DET|_|5|det Russian|ADJ|_|5|amod human|ADJ|_|4|amod rights|NOUN|right|5|compound group|NOUN|_|6|nsubj protested|VERB|protest|0|root",
            "Aid|NOUN|aid|2|compound agencies|NOUN|agency|3|nsubj warned|VERB|warn|0|root",
        ],
    );
    let ms = find_mentions(&kb, &d);
    assert!(
        has(&ms, "human rights group", "NGO", ""),
        "{:?}",
        codes(&ms)
    );
    assert!(
        has(&ms, "Russian human rights group", "RUS", "NGO"),
        "{:?}",
        codes(&ms)
    );
    assert!(has(&ms, "Aid agencies", "NGO", ""), "{:?}", codes(&ms));
}

#[test]
fn a_name_inside_a_longer_proper_noun_chain_does_not_match() {
    let kb = places_kb();
    let d = doc(
        None,
        &[
            "South|PROPN|_|2|compound Korea|PROPN|_|7|nmod:poss +'s|PART|_|2|case emergency|NOUN|_|7|compound National|PROPN|_|7|compound Security|PROPN|_|7|compound Council|PROPN|_|8|nsubj met|VERB|meet|0|root",
            "The|DET|_|3|det Security|PROPN|_|3|compound Council|PROPN|_|4|nsubj met|VERB|meet|0|root",
            "The|DET|_|4|det UN|PROPN|_|4|compound Security|PROPN|_|4|compound Council|PROPN|_|5|nsubj met|VERB|meet|0|root",
            "Israel|PROPN|_|2|nsubj invaded|VERB|invade|0|root South|PROPN|_|4|compound Lebanon|PROPN|_|2|obj",
            "Biden|PROPN|_|2|nsubj Warns|PROPN|_|0|root Security|PROPN|_|4|compound Council|PROPN|_|2|obj",
        ],
    );
    let ms = find_mentions(&kb, &d);
    let uno: Vec<usize> = ms
        .iter()
        .filter(|m| m.code.country.as_deref() == Some("UNO"))
        .map(|m| m.sentence)
        .collect();
    // In a title-case headline capitals prove nothing: the name matches.
    assert_eq!(uno, vec![1, 2, 4], "{:?}", codes(&ms));
    assert!(
        has(&ms, "National Security Council", "KOR", "GOV")
            || has(
                &ms,
                "South Korea's emergency National Security Council",
                "KOR",
                "GOV"
            ),
        "{:?}",
        codes(&ms)
    );
}

#[test]
fn places_file_rows_are_validated_and_importable() {
    let dir = scratch("places");
    let good = dir.join("places.tsv");
    std::fs::write(&good, "place\tcountry\taliases\nGotham\tUSA\tGotham City\n").expect("write");
    let mut kb = mini_kb();
    assert_eq!(kb.extend_from_file(&good).expect("loads"), 1);
    let hits = kb.lookup("Gotham City", None);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].entry, "place:gotham");
    assert_eq!(hits[0].code.country.as_deref(), Some("USA"));
    let jsonl = dir.join("places.jsonl");
    std::fs::write(
        &jsonl,
        "{\"place\": \"Metropolis\", \"country\": \"USA\"}\n",
    )
    .expect("write");
    assert_eq!(kb.extend_from_file(&jsonl).expect("loads"), 1);
    let bad = dir.join("bad.tsv");
    std::fs::write(&bad, "place\tcountry\taliases\nGotham\tusa\t\n").expect("write");
    let err = format!("{:#}", kb.extend_from_file(&bad).expect_err("bad code"));
    assert!(err.contains("bad.tsv:2"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_two_countries_refers_to_the_last_two_countries_named() {
    let kb = mini_kb();
    let d = doc(
        Some("2024-10-30"),
        &[
            "Russia|PROPN|_|2|nsubj thanked|VERB|thank|0|root Ukraine|PROPN|_|2|obj and|CCONJ|_|5|cc Pyongyang|PROPN|_|3|conj +.|PUNCT|_|2|punct",
            "Talks|NOUN|talk|2|nsubj stalled|VERB|stall|0|root between|ADP|_|6|case the|DET|_|6|det two|NUM|_|6|nummod countries|NOUN|country|2|obl +.|PUNCT|_|2|punct",
        ],
    );
    let ms = find_mentions(&kb, &d);
    let pair: Vec<&Mention> = ms
        .iter()
        .filter(|m| m.text == "the two countries")
        .collect();
    assert_eq!(pair.len(), 2, "{:?}", codes(&ms));
    let mut got: Vec<&str> = pair
        .iter()
        .filter_map(|m| m.code.country.as_deref())
        .collect();
    got.sort_unstable();
    // The two most recent distinct countries: Ukraine and North Korea, not Russia.
    assert_eq!(got, ["PRK", "UKR"]);
    assert!(pair.iter().all(|m| m.kind == MentionKind::Coreference));
    // Mentions stay in document order.
    let order: Vec<(usize, usize)> = ms.iter().map(|m| (m.sentence, m.start)).collect();
    let mut sorted = order.clone();
    sorted.sort_unstable();
    assert_eq!(order, sorted);

    let lone = doc(
        None,
        &["The|DET|_|3|det two|NUM|_|3|nummod countries|NOUN|country|4|nsubj met|VERB|meet|0|root +.|PUNCT|_|4|punct"],
    );
    assert!(
        find_mentions(&kb, &lone).is_empty(),
        "no antecedents, no mention"
    );
}

#[test]
fn the_surname_of_an_unknown_full_name_refers_back_to_it() {
    let kb = mini_kb();
    let d = doc(
        Some("2019-01-28"),
        &[
            "Delfin|PROPN|_|3|nsubj Lorenzana|PROPN|_|1|flat spoke|VERB|speak|0|root +.|PUNCT|_|3|punct",
            "Lorenzana|PROPN|_|2|nsubj said|VERB|say|0|root +.|PUNCT|_|2|punct",
        ],
    );
    let ms = find_mentions(&kb, &d);
    let later: Vec<&Mention> = ms.iter().filter(|m| m.sentence == 1).collect();
    assert_eq!(later.len(), 1, "{:?}", codes(&ms));
    assert_eq!(later[0].entry, "adhoc:delfin-lorenzana");
    assert_eq!(later[0].kind, MentionKind::Coreference);
}

#[test]
fn unknown_institutions_are_named_by_their_last_word_and_acronym() {
    let kb = mini_kb();
    let d = doc(
        Some("2020-05-06"),
        &[
            "The|DET|the|4|det National|PROPN|_|4|compound Telecommunications|PROPN|_|4|compound Commission|PROPN|_|8|nsubj (|PUNCT|_|6|punct +NTC|PROPN|_|4|appos +)|PUNCT|_|6|punct fined|VERB|fine|0|root the|DET|_|10|det network|NOUN|_|8|obj +.|PUNCT|_|8|punct",
            "The|DET|the|2|det NTC|PROPN|_|3|nsubj acted|VERB|act|0|root +.|PUNCT|_|3|punct",
            "The|DET|the|2|det Center|PROPN|_|6|nsubj for|ADP|_|5|case Biological|ADJ|_|5|amod Diversity|PROPN|_|2|nmod sued|VERB|sue|0|root +.|PUNCT|_|6|punct",
            "The|DET|the|4|det World|PROPN|_|4|compound Trade|PROPN|_|4|compound Center|PROPN|_|5|nsubj burned|VERB|burn|0|root for|ADP|_|8|case two|NUM|_|8|nummod days|NOUN|day|5|obl +.|PUNCT|_|5|punct",
            "The|DET|the|4|det Ukrainian|ADJ|_|4|amod Energy|PROPN|_|4|compound Agency|PROPN|_|5|nsubj objected|VERB|object|0|root to|ADP|_|8|case the|DET|_|8|det plan|NOUN|_|5|obl +.|PUNCT|_|5|punct",
            "The|DET|the|3|det Securities|PROPN|_|5|compound and|CCONJ|_|5|cc Exchange|PROPN|_|5|compound Commission|PROPN|_|6|nsubj objected|VERB|object|0|root +.|PUNCT|_|6|punct",
        ],
    );
    let ms = find_mentions(&kb, &d);
    let entry_of = |text: &str| ms.iter().find(|m| m.text == text).map(|m| m.entry.clone());
    let commission = entry_of("National Telecommunications Commission");
    assert!(
        has(&ms, "National Telecommunications Commission", "", "GOV"),
        "{:?}",
        codes(&ms)
    );
    assert!(commission
        .as_deref()
        .is_some_and(|e| e.starts_with("adhoc-org:")));
    // The acronym in brackets, and again in the next sentence, is the body.
    let again: Vec<&Mention> = ms.iter().filter(|m| m.text == "NTC").collect();
    assert_eq!(again.len(), 2, "{:?}", codes(&ms));
    assert!(again.iter().all(|m| Some(&m.entry) == commission.as_ref()));
    assert!(
        has(&ms, "Center for Biological Diversity", "", "SOC"),
        "{:?}",
        codes(&ms)
    );
    // A building's name is no body.
    assert!(
        !ms.iter().any(|m| m.text.contains("Trade Center")),
        "{:?}",
        codes(&ms)
    );
    // A demonym before the name gives its country.
    assert!(
        has(&ms, "Ukrainian Energy Agency", "UKR", "GOV"),
        "{:?}",
        codes(&ms)
    );
    assert!(
        has(&ms, "Securities and Exchange Commission", "", "GOV"),
        "{:?}",
        codes(&ms)
    );
}

#[test]
fn he_reaches_past_a_sentence_that_names_no_one() {
    let kb = mini_kb();
    let d = doc(
        Some("2024-10-30"),
        &[
            "Vladimir|PROPN|_|3|nsubj Putin|PROPN|_|1|flat spoke|VERB|speak|0|root +.|PUNCT|_|3|punct",
            "The|DET|_|2|det weather|NOUN|_|3|nsubj was|AUX|be|0|root cold|ADJ|_|3|xcomp +.|PUNCT|_|3|punct",
            "He|PRON|he|2|nsubj left|VERB|leave|0|root +.|PUNCT|_|2|punct",
            "The|DET|_|2|det snow|NOUN|_|3|nsubj fell|VERB|fall|0|root +.|PUNCT|_|3|punct",
            "The|DET|_|2|det wind|NOUN|_|3|nsubj blew|VERB|blow|0|root +.|PUNCT|_|3|punct",
            "The|DET|_|2|det sun|NOUN|_|3|nsubj set|VERB|set|0|root +.|PUNCT|_|3|punct",
            "The|DET|_|2|det night|NOUN|_|3|nsubj came|VERB|come|0|root +.|PUNCT|_|3|punct",
            "He|PRON|he|2|nsubj slept|VERB|sleep|0|root +.|PUNCT|_|2|punct",
        ],
    );
    let ms = find_mentions(&kb, &d);
    let he: Vec<&Mention> = ms.iter().filter(|m| m.text == "He").collect();
    // The first "He" is Putin, two sentences on; the second, four
    // sentences after anyone was named, is no one.
    assert_eq!(he.len(), 1, "{:?}", codes(&ms));
    assert_eq!(he[0].entry, "person:vladimir-putin");
    assert_eq!(he[0].sentence, 2);
}

#[test]
fn the_agency_refers_back_to_the_institution_named_in_full() {
    let kb = KnowledgeBase::from_strs(&[
        ("countries.tsv", COUNTRIES),
        (
            "organizations.tsv",
            "id\tcountry\tsector\tnames\tstart\tend\ncia\tUSA\tSPY\tCentral Intelligence Agency|CIA\t\t\n",
        ),
        ("people.tsv", PEOPLE),
        ("sectors.tsv", SECTORS),
    ])
    .expect("kb");
    let d = doc(
        Some("2019-10-08"),
        &[
            // A sentence full of names is no headline when its verb is in
            // lower case.
            "The|DET|the|4|det Central|PROPN|_|4|compound Intelligence|PROPN|_|4|compound Agency|PROPN|_|5|nsubj briefed|VERB|brief|0|root Congress|PROPN|_|5|obj Monday|PROPN|_|5|obl +.|PUNCT|_|5|punct",
            "The|DET|the|2|det agency|NOUN|_|3|nsubj accused|VERB|accuse|0|root Russia|PROPN|_|3|obj +.|PUNCT|_|3|punct",
            "The|DET|the|2|det commission|NOUN|_|3|nsubj objected|VERB|object|0|root +.|PUNCT|_|3|punct",
        ],
    );
    let ms = find_mentions(&kb, &d);
    let agency = ms
        .iter()
        .find(|m| m.text == "The agency")
        .unwrap_or_else(|| panic!("{:?}", codes(&ms)));
    assert_eq!(agency.kind, MentionKind::Coreference);
    assert_eq!(agency.entry, "org:cia");
    assert_eq!(agency.code.sector.as_deref(), Some("SPY"));
    // No commission was named: the word names no one.
    assert!(!ms.iter().any(|m| m.text.contains("commission")));
    // So an unknown institution in such a sentence is still found.
    let d = doc(
        Some("2019-10-08"),
        &["The|DET|the|4|det National|PROPN|_|4|compound Telecommunications|PROPN|_|4|compound Commission|PROPN|_|5|nsubj fined|VERB|fine|0|root Google|PROPN|_|5|obj Monday|PROPN|_|5|obl +.|PUNCT|_|5|punct"],
    );
    let ms = find_mentions(&kb, &d);
    assert!(
        has(&ms, "National Telecommunications Commission", "", "GOV"),
        "{:?}",
        codes(&ms)
    );
}

#[test]
fn he_and_she_agree_in_gender_with_whom_they_mean() {
    let kb = KnowledgeBase::builtin().expect("builtin kb");
    let entry_of = |d: &Document, text: &str| {
        find_mentions(kb, d)
            .into_iter()
            .find(|m| m.text == text)
            .map(|m| m.entry)
    };
    // The subject is a woman, so "He" is the man she addressed.
    let d = doc(
        Some("2019-10-01"),
        &[
            "Pelosi|PROPN|_|2|nsubj urged|VERB|urge|0|root Trump|PROPN|_|2|obj to|PART|_|5|mark resign|VERB|_|2|xcomp +.|PUNCT|_|2|punct",
            "He|PRON|he|2|nsubj refused|VERB|refuse|0|root +.|PUNCT|_|2|punct",
        ],
    );
    assert_eq!(entry_of(&d, "He").as_deref(), Some("person:donald-trump"));
    // A subject of the right gender is still preferred to an object.
    let d = doc(
        Some("2019-10-01"),
        &[
            "Trump|PROPN|_|2|nsubj met|VERB|meet|0|root Pelosi|PROPN|_|2|obj +.|PUNCT|_|2|punct",
            "He|PRON|he|2|nsubj left|VERB|leave|0|root +.|PUNCT|_|2|punct",
            "Trump|PROPN|_|2|nsubj met|VERB|meet|0|root Pelosi|PROPN|_|2|obj +.|PUNCT|_|2|punct",
            "She|PRON|she|2|nsubj left|VERB|leave|0|root +.|PUNCT|_|2|punct",
        ],
    );
    assert_eq!(entry_of(&d, "He").as_deref(), Some("person:donald-trump"));
    assert_eq!(entry_of(&d, "She").as_deref(), Some("person:nancy-pelosi"));
    // With no person of the right gender, the pronoun stays unresolved
    // rather than taking the wrong one.
    let d = doc(
        Some("2019-10-01"),
        &[
            "Pelosi|PROPN|_|2|nsubj spoke|VERB|speak|0|root +.|PUNCT|_|2|punct",
            "He|PRON|he|2|nsubj left|VERB|leave|0|root +.|PUNCT|_|2|punct",
        ],
    );
    assert_eq!(entry_of(&d, "He"), None);
}

#[test]
fn country_names_are_told_from_demonyms() {
    let kb = KnowledgeBase::builtin().unwrap();
    for name in [
        "Russia",
        "the United States",
        "North Korea",
        "DPRK",
        "the Philippines",
    ] {
        assert!(kb.is_country_name(name), "{name}");
    }
    for other in [
        "Russian",
        "the Russians",
        "Americans",
        "Moscow",
        "Kim Jong Un",
    ] {
        assert!(!kb.is_country_name(other), "{other}");
    }
}

/// A document of our own text, segmented by `dyad-text` and tagged and
/// parsed by the built-in `dyad-syntax` model, as `dyad code` reads it.
fn parsed(date_str: &str, text: &str) -> Document {
    let mut d = Document::new("test", text);
    d.date = Some(date(date_str));
    dyad_text::segment(&mut d);
    dyad_syntax::Model::builtin()
        .expect("built-in syntax model")
        .annotate_document(&mut d);
    d
}

#[test]
fn a_title_word_after_a_given_name_is_a_surname() {
    let kb = KnowledgeBase::builtin().expect("built-in knowledge base");
    let d = parsed(
        "2017-11-21",
        "Harold King praised the officials on Monday. King said the plan was sound.",
    );
    let ms = find_mentions(kb, &d);
    let peter = ms
        .iter()
        .find(|m| m.text == "Harold King")
        .unwrap_or_else(|| panic!("{:?}", codes(&ms)));
    assert_eq!(peter.kind, MentionKind::Person);
    assert_eq!(peter.code.sector, None, "{:?}", codes(&ms));
    let later = ms
        .iter()
        .find(|m| m.sentence == 1 && m.text == "King")
        .unwrap_or_else(|| panic!("{:?}", codes(&ms)));
    assert_eq!(later.entry, peter.entry);
    // A title that follows no given name is still a title.
    let d = parsed(
        "2017-11-21",
        "Jordanian King Abdullah praised the officials.",
    );
    let ms = find_mentions(kb, &d);
    assert!(
        ms.iter().any(|m| m.code.sector.as_deref() == Some("GOV")),
        "{:?}",
        codes(&ms)
    );
}

#[test]
fn a_minister_abroad_does_not_take_the_surname_of_a_person_named_in_full() {
    let people =
        format!("{PEOPLE}bill-graham\tBill Graham\t\tCAN\tGOV\tForeign Minister\t2016-01-01\t\n");
    let kb = KnowledgeBase::from_strs(&[
        ("countries.tsv", COUNTRIES),
        ("organizations.tsv", ORGS),
        ("people.tsv", &people),
        ("sectors.tsv", SECTORS),
    ])
    .expect("kb loads");
    let d = parsed(
        "2017-11-21",
        "Senator Lindsey Graham spoke on Monday. Graham criticized Russia.",
    );
    let ms = find_mentions(&kb, &d);
    let graham = ms
        .iter()
        .find(|m| m.sentence == 1 && m.text == "Graham")
        .unwrap_or_else(|| panic!("{:?}", codes(&ms)));
    assert_eq!(graham.entry, "adhoc:lindsey-graham", "{:?}", codes(&ms));
    assert_eq!(graham.code.sector.as_deref(), Some("LEG"));
    // A head of state keeps the surname from a relative named in full.
    let d = parsed(
        "2017-11-21",
        "President Donald Trump spoke on Monday. Melania Trump visited Russia. Trump criticized Russia.",
    );
    let ms = find_mentions(&kb, &d);
    let trump = ms
        .iter()
        .find(|m| m.sentence == 2 && m.text == "Trump")
        .unwrap_or_else(|| panic!("{:?}", codes(&ms)));
    assert_eq!(trump.entry, "person:donald-trump");
}

#[test]
fn a_body_an_office_noun_and_a_name_are_one_person_of_the_body() {
    let kb = mini_kb();
    let d = parsed(
        "2017-11-21",
        "House Foreign Affairs Committee Chairman Ann Roe praised the decision. Roe said it was right.",
    );
    let ms = find_mentions(&kb, &d);
    let roe = ms
        .iter()
        .find(|m| m.text == "House Foreign Affairs Committee Chairman Ann Roe")
        .unwrap_or_else(|| panic!("{:?}", codes(&ms)));
    assert_eq!(roe.kind, MentionKind::Person);
    assert_eq!(roe.code.sector.as_deref(), Some("LEG"));
    assert_eq!(roe.entry, "adhoc:ann-roe");
    assert_eq!(
        ms.iter().filter(|m| m.sentence == 0).count(),
        1,
        "{:?}",
        codes(&ms)
    );
    let later = ms
        .iter()
        .find(|m| m.sentence == 1 && m.text == "Roe")
        .unwrap_or_else(|| panic!("{:?}", codes(&ms)));
    assert_eq!(later.entry, roe.entry);
}

#[test]
fn an_office_of_a_state_body_beats_a_rank_in_apposition() {
    let kb = KnowledgeBase::builtin().expect("built-in knowledge base");
    let d = parsed(
        "2013-06-10",
        "The director of the NSA, Army Gen. Tom Marlowe, defended the program.",
    );
    let ms = find_mentions(kb, &d);
    let marlowe = ms
        .iter()
        .find(|m| m.text.ends_with("Tom Marlowe"))
        .unwrap_or_else(|| panic!("{:?}", codes(&ms)));
    assert_eq!(
        marlowe.code.country.as_deref(),
        Some("USA"),
        "{:?}",
        codes(&ms)
    );
    assert_eq!(
        marlowe.code.sector.as_deref(),
        Some("SPY"),
        "{:?}",
        codes(&ms)
    );
    assert!(
        !ms.iter().any(|m| m.code.sector.as_deref() == Some("MIL")),
        "{:?}",
        codes(&ms)
    );
}

#[test]
fn a_role_noun_with_a_name_in_apposition_is_that_person() {
    let kb = mini_kb();
    let d = parsed(
        "2017-11-21",
        "The new adviser, retired General Vladimir Putin, resigned on Monday.",
    );
    let ms = find_mentions(&kb, &d);
    assert_eq!(ms.len(), 1, "{:?}", codes(&ms));
    let m = ms.first().expect("one mention");
    assert!(m.text.starts_with("adviser"), "{:?}", codes(&ms));
    assert!(m.text.ends_with("Vladimir Putin"), "{:?}", codes(&ms));
    assert_eq!(m.entry, "person:vladimir-putin");
    assert_eq!(m.code.country.as_deref(), Some("RUS"));
}

#[test]
fn a_party_s_members_in_a_legislature_are_legislators() {
    let kb = KnowledgeBase::builtin().expect("built-in knowledge base");
    let sector_of = |text: &str| {
        let d = parsed("2018-02-17", text);
        let ms = find_mentions(kb, &d);
        ms.iter()
            .find(|m| m.text.contains("Democrats"))
            .and_then(|m| m.code.sector.clone())
    };
    assert_eq!(
        sector_of("House Democrats criticized the plan.").as_deref(),
        Some("LEG")
    );
    assert_eq!(
        sector_of("Congressional Democrats criticized the plan.").as_deref(),
        Some("LEG")
    );
    // The party as such stays a party.
    assert_eq!(
        sector_of("The Democrats criticized the plan.").as_deref(),
        Some("PTY")
    );
}

#[test]
fn a_surname_that_is_a_given_name_names_its_bearer_only_in_office() {
    let mut kb = mini_kb();
    let dir = scratch("given-surname");
    let file = dir.join("more.tsv");
    std::fs::write(
        &file,
        "id\tname\taliases\tcountry\tsector\toffice\tstart\tend\n\
         ariel-sharon\tAriel Sharon\t\tISR\tGOV\tPrime Minister\t2001-03-07\t2006-04-14\n\
         ehud-olmert\tEhud Olmert\t\tISR\tGOV\tPrime Minister\t2006-04-14\t2009-03-31\n",
    )
    .expect("write");
    kb.extend_from_file(&file).expect("extend");
    let said = "Sharon|PROPN|_|2|nsubj spoke|VERB|speak|0|root";
    // In office: the bare surname is the prime minister.
    let ms = find_mentions(&kb, &doc(Some("2003-05-01"), &[said]));
    assert_eq!(
        codes(&ms),
        vec![("Sharon".into(), "ISR".into(), "GOV".into())],
        "{ms:?}"
    );
    // A decade after: "Sharon" is more likely someone's first name.
    assert!(find_mentions(&kb, &doc(Some("2015-05-01"), &[said])).is_empty());
    // A surname that is no given name still names a former leader.
    let olmert = "Olmert|PROPN|_|2|nsubj spoke|VERB|speak|0|root";
    let ms = find_mentions(&kb, &doc(Some("2015-05-01"), &[olmert]));
    assert_eq!(
        codes(&ms),
        vec![("Olmert".into(), "ISR".into(), "ELI".into())],
        "{ms:?}"
    );
    // Named in full first, the bare given-name surname follows the person.
    let ms = find_mentions(
        &kb,
        &doc(
            Some("2015-05-01"),
            &[
                "Ariel|PROPN|_|2|compound Sharon|PROPN|_|3|nsubj died|VERB|die|0|root",
                said,
            ],
        ),
    );
    assert_eq!(ms.len(), 2, "{ms:?}");
    assert_eq!(ms[1].code.country.as_deref(), Some("ISR"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_known_surname_is_never_read_as_a_slip_for_another() {
    let mut kb = mini_kb();
    let dir = scratch("known-surname-slip");
    let file = dir.join("more.tsv");
    std::fs::write(
        &file,
        "id\tname\taliases\tcountry\tsector\toffice\tstart\tend\n\
         osama-bin-laden\tOsama bin Laden\t\tSAU\tREB\tLeader of al-Qaeda\t1988-08-11\t2011-05-02\n\
         barack-obama\tBarack Obama\t\tUSA\tGOV\tPresident\t2009-01-20\t2017-01-20\n",
    )
    .expect("write");
    kb.extend_from_file(&file).expect("extend");
    let d = doc(
        Some("2010-05-01"),
        &[
            "Osama|PROPN|_|3|compound bin|PROPN|_|3|flat Laden|PROPN|_|4|nsubj hid|VERB|hide|0|root",
            "Obama|PROPN|_|2|nsubj spoke|VERB|speak|0|root",
        ],
    );
    let ms = find_mentions(&kb, &d);
    let obama = ms
        .iter()
        .find(|m| m.text == "Obama")
        .unwrap_or_else(|| panic!("{ms:?}"));
    assert_eq!(obama.code.country.as_deref(), Some("USA"), "{ms:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn name_hints_flag_known_names_but_not_the_words_of_multiword_institutions() {
    let kb = KnowledgeBase::builtin().expect("built-in knowledge base");
    let text = "Beijing warned that Xi Jinping and the United States would answer Erdogan in May";
    let mut s = Sentence::default();
    let mut at = 0;
    for word in text.split(' ') {
        s.tokens
            .push(Token::new(Span::new(at, at + word.len()), word));
        at += word.len() + 1;
    }
    let s = &s;
    let flagged: Vec<&str> = s
        .tokens
        .iter()
        .zip(kb.name_hints(s))
        .filter(|(_, h)| *h)
        .map(|(t, _)| t.form.as_str())
        .collect();
    // A capital ("-ing" reads as a verb), a whole person's name and a
    // surname; not the words of a country's several-word name, and never
    // a month.
    assert_eq!(flagged, ["Beijing", "Xi", "Jinping", "Erdogan"]);
}

#[test]
fn the_sides_of_talks_are_no_political_party() {
    let kb = KnowledgeBase::builtin().expect("built-in knowledge base");
    let d = doc(
        Some("2016-09-09"),
        &[
            "Envoys|NOUN|envoy|5|nsubj from|ADP|_|4|case six|NUM|_|4|nummod parties|NOUN|party|1|nmod met|VERB|meet|0|root +.|PUNCT|_|5|punct",
            "Seven|NUM|_|3|nummod opposition|NOUN|_|3|compound parties|NOUN|party|4|nsubj marched|VERB|march|0|root +.|PUNCT|_|4|punct",
            "The|DET|_|3|det six|NUM|_|3|nummod party|NOUN|_|4|compound talks|NOUN|talk|5|nsubj stalled|VERB|stall|0|root +.|PUNCT|_|5|punct",
            "The|DET|_|3|det party|NOUN|_|3|compound leader|NOUN|_|4|nsubj spoke|VERB|speak|0|root +.|PUNCT|_|4|punct",
        ],
    );
    let ms = find_mentions(kb, &d);
    assert!(
        ms.iter().all(|m| m.text != "parties" && m.text != "party"),
        "{:?}",
        codes(&ms)
    );
    // Opposition parties and a party's leader are still political.
    for text in ["opposition parties", "party leader"] {
        assert!(
            ms.iter()
                .any(|m| m.text == text && m.code.sector.as_deref() == Some("PTY")),
            "{text}: {:?}",
            codes(&ms)
        );
    }
}

#[test]
fn a_place_name_before_an_unknown_surname_is_a_first_name() {
    let kb = KnowledgeBase::builtin().expect("built-in knowledge base");
    let country_of = |sentences: &[&str]| -> Vec<Option<String>> {
        let d = doc(Some("2018-10-01"), sentences);
        find_mentions(kb, &d)
            .iter()
            .map(|m| m.code.country.clone())
            .collect()
    };
    let sofia = country_of(&[
        "Sofia|PROPN|_|3|nsubj Caputo|PROPN|_|1|flat supports|VERB|support|0|root Lula|PROPN|_|3|obj +.|PUNCT|_|3|punct",
    ]);
    assert!(!sofia.contains(&Some("BGR".into())), "{sofia:?}");
    let jordan = country_of(&[
        "Jordan|PROPN|_|3|nsubj Peterson|PROPN|_|1|flat criticized|VERB|criticize|0|root Ottawa|PROPN|_|3|obj +.|PUNCT|_|3|punct",
    ]);
    assert!(!jordan.contains(&Some("JOR".into())), "{jordan:?}");
    // The country itself, or a name the knowledge base knows after it,
    // is no person.
    let jordan = country_of(&[
        "Jordan|PROPN|_|2|nsubj criticized|VERB|criticize|0|root Israel|PROPN|_|2|obj +.|PUNCT|_|2|punct",
    ]);
    assert!(jordan.contains(&Some("JOR".into())), "{jordan:?}");
}
