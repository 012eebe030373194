//! Document context for role mentions that name no country.
//!
//! "The president insists", "police arrested", "the Senate voted",
//! "Governor Ricardo Rosselló": a role word says the sector but not the
//! country. A reader takes the country from the article: the president
//! named earlier, or the country the story is about. This pass does the
//! same after every sentence has been read:
//!
//! 1. a role mention whose knowledge-base entry another mention resolved
//!    takes that mention's country (a titled newcomer named again later);
//! 2. a bare title ("the president", "the governor") refers back to the
//!    nearest earlier mention that carries the same title word and a
//!    country ("President Donald Trump");
//! 3. what is left takes the article's *focus country*, when one country
//!    clearly dominates the article's named actors, marked
//!    [`MentionKind::Context`] so the evidence says it was inferred.
//!
//! It never overrides a country a mention already has.

use crate::{ActorCode, Mention, MentionKind};
use dyad_core::{Document, Upos};
use std::collections::{HashMap, HashSet};

/// Codes that name no state; they never make a focus country.
const NON_STATE: &[&str] = &["IGO", "NGO", "ISM", "IMG", "MNC", "UNO", "EUR"];

/// Role words for a country's representatives abroad.
const DIPLOMATIC: &[&str] = &[
    "embass",
    "ambassador",
    "envoy",
    "diplomat",
    "consul",
    "attach",
    "counterpart",
];

/// How many sentences back a bare title looks for the person it names.
const TITLE_LOOKBACK: usize = 12;

/// The country an article is about: the state named most often by its
/// actor mentions (names, capitals, people and country-qualified roles,
/// coreferent repeats not counted), if it is named at least three times
/// and at least half as often again as any other.
pub fn focus_country(mentions: &[Mention]) -> Option<String> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for m in mentions {
        if m.kind == MentionKind::Coreference || m.kind == MentionKind::Context || bare_generic(m) {
            continue;
        }
        let Some(c) = m.code.country.as_deref() else {
            continue;
        };
        if NON_STATE.contains(&c) {
            continue;
        }
        *counts.entry(c).or_default() += 1;
    }
    let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let (top, n) = *ranked.first()?;
    let second = ranked.get(1).map_or(0, |r| r.1);
    (n >= 3 && 2 * n >= 3 * second).then(|| top.to_string())
}

/// The country the story happens in: the state whose places (cities,
/// regions) the article names, if named at least twice and half as often
/// again as any other's.
pub fn scene_country(mentions: &[Mention]) -> Option<String> {
    scene_of(
        mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Place)
            .filter_map(|m| m.code.country.as_deref()),
    )
}

/// Knowledge-base entries whose bare name other countries use for their
/// own institution ("Congress" is the U.S. Congress unless the article is
/// about the Philippines), with the words of that bare name and the
/// countries whose institution it is (an article about Iran that mentions
/// "Congress" means the American one: Iran's legislature is the Majlis;
/// "Labour" is the British party unless the story is about New Zealand,
/// Ireland, Norway ...). Facts, as of 2024.
const GENERIC_BARE: &[(&str, &[&str], &[&str])] = &[
    (
        "org:us-congress",
        &["congress"],
        &[
            "PHL", "MEX", "COL", "PER", "ARG", "BRA", "CHL", "GTM", "HND", "PRY", "DOM", "ESP",
            "FSM",
        ],
    ),
    (
        "org:uk-labour-party",
        &["labour", "party"],
        &[
            "NZL", "IRL", "NOR", "MLT", "NLD", "AUS", "ISR", "MUS", "BRB", "KNA", "FJI",
        ],
    ),
    (
        "org:uk-conservative-party",
        &["tory", "tories", "party"],
        &["CAN"],
    ),
];

/// Countries whose upper house is called the Senate: a senator with no
/// country of their own is of the story's country only if it has one
/// (a story about Iraq that quotes "several senators" quotes American
/// ones). Facts, as of 2024.
const SENATE_COUNTRIES: &[&str] = &[
    "USA", "AUS", "CAN", "FRA", "ITA", "ESP", "BEL", "NLD", "POL", "CZE", "ROU", "IRL", "MEX",
    "BRA", "ARG", "CHL", "COL", "PER", "BOL", "PRY", "URY", "DOM", "HTI", "PHL", "PAK", "NGA",
    "LBR", "KEN", "JOR", "EGY", "THA", "KHM", "MYS", "BHR", "AFG", "ZWE", "CMR", "GAB", "COG",
    "COD", "MDG", "BDI", "RWA", "SWZ", "LSO", "BLZ", "BHS", "BRB", "JAM", "TTO", "GRD", "LCA",
    "ATG", "FJI", "PLW", "FSM", "SEN", "CIV", "GNQ", "MAR", "DZA", "TUN",
];

/// A senator or senators named by role only ("senior senators").
fn senate_role(m: &Mention) -> bool {
    matches!(
        m.entry.as_str(),
        "sector:senator" | "sector:sen." | "sector:senate"
    )
}

/// The countries that call their own institution by a bare generic
/// name `m` uses, if `m` is one.
fn generic_owners(m: &Mention) -> Option<&'static [&'static str]> {
    GENERIC_BARE
        .iter()
        .find(|(entry, words, _)| {
            m.entry == *entry
                && m.text
                    .split_whitespace()
                    .filter(|w| !w.eq_ignore_ascii_case("the"))
                    .all(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
        })
        .map(|(_, _, owners)| *owners)
}

/// A bare generic institution name ("Congress", not "U.S. Congress").
fn bare_generic(m: &Mention) -> bool {
    generic_owners(m).is_some()
}

/// "The administration" or "administration officials" with no head of
/// government named beside it: in English-language news the unqualified
/// word means the American executive, whatever country the story is about
/// ("administration officials blamed Iran" in a story about Iran). Another
/// country's administration is named as such ("his administration", "the
/// Rouhani administration") and resolved before this is asked.
fn bare_administration(m: &Mention) -> bool {
    let mut words = m
        .text
        .split_whitespace()
        .map(|w| {
            w.trim_end_matches("'s")
                .trim_end_matches("’s")
                .to_lowercase()
        })
        .filter(|w| w != "the");
    let mut named = false;
    words.all(|w| {
        named |= w == "administration";
        matches!(w.as_str(), "administration" | "official" | "officials")
    }) && named
}

/// The title of a bare singular office mention ("the president", "the
/// Governor", "President"): its one word, lowercased. Plural groups
/// ("rebels", "officials") are not one office holder.
fn title_word(m: &Mention) -> Option<String> {
    let words: Vec<&str> = m.text.split_whitespace().collect();
    let word = match words.as_slice() {
        [w] => *w,
        [the, w] if the.eq_ignore_ascii_case("the") => *w,
        _ => return None,
    };
    let word = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let office = matches!(
        m.code.sector.as_deref(),
        Some("GOV" | "LEG" | "JUD" | "COP" | "MIL" | "SPY")
    );
    (office && !word.is_empty() && !word.ends_with('s')).then_some(word)
}

fn has_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// Give role mentions without a country one from the document (see the
/// module docs). `mentions` are in text order.
pub fn fill_from_context(mentions: &mut [Mention]) {
    share_entries(mentions);
    // Bare titles refer back to the titled person.
    // How often the whole article names each entry (counted once, before
    // any bare title is resolved).
    let mut named: HashMap<String, usize> = HashMap::new();
    for m in mentions.iter() {
        *named.entry(m.entry.clone()).or_default() += 1;
    }
    // The people the text has given a title so far, with each word of the
    // title (filled in text order; not a bare title this pass resolved).
    let mut titled: HashSet<(String, String)> = HashSet::new();
    let mut resolved_here: HashSet<usize> = HashSet::new();
    for i in 0..mentions.len() {
        if let Some(p) = i.checked_sub(1).and_then(|p| mentions.get(p)) {
            let own = p.kind != MentionKind::Context && !resolved_here.contains(&(i - 1));
            if own && p.code.country.is_some() && p.entry.starts_with("person:") {
                for w in p
                    .text
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                {
                    titled.insert((p.entry.clone(), w.to_lowercase()));
                }
            }
        }
        let Some(m) = mentions.get(i) else { continue };
        if m.code.country.is_some() || m.code.sector.is_none() {
            continue;
        }
        let Some(word) = title_word(m) else { continue };
        let (si, sector) = (m.sentence, m.code.sector.clone());
        let earlier = mentions.get(..i).unwrap_or_default();
        // Every holder of the title named in the window is a candidate;
        // the one the article talks about most wins ("the president"
        // in a story about Trump that just quoted a line on Putin is
        // Trump), the nearest among equals. A holder counts when named in
        // the window in any form once the article has given them the title
        // ("President Obama" at the top, "Mr. Obama" since: "the
        // president" is still Obama, not "Syrian President Bashar Assad"
        // named once in between).
        let candidates = earlier
            .iter()
            .rev()
            .take_while(|a| a.sentence + TITLE_LOOKBACK >= si)
            .filter(|a| {
                a.code.country.is_some()
                    && a.code.sector == sector
                    && a.kind != MentionKind::Context
                    && (has_word(&a.text, &word)
                        || titled.contains(&(a.entry.clone(), word.clone())))
            });
        let salience = |entry: &str| named.get(entry).copied().unwrap_or(0);
        let mut best: Option<(&Mention, usize)> = None;
        for a in candidates {
            let n = salience(&a.entry);
            if best.is_none_or(|(_, bn)| n > bn) {
                best = Some((a, n));
            }
        }
        let antecedent = best.map(|(a, _)| (a.code.clone(), a.entry.clone()));
        if let (Some((code, entry)), Some(m)) = (antecedent, mentions.get_mut(i)) {
            resolved_here.insert(i);
            m.code = code;
            m.entry = entry;
            m.kind = MentionKind::Coreference;
        }
    }
    share_entries(mentions);
    for m in mentions.iter_mut() {
        if m.code.country.is_none() && bare_administration(m) {
            m.code.country = Some("USA".to_string());
            m.entry = format!("context:USA+{}", m.entry);
            m.kind = MentionKind::Context;
        }
    }
    let focus = focus_country(mentions);
    let scene = scene_country(mentions);
    assign_context(mentions, focus.as_deref(), scene.as_deref());
}

/// A second pass once the document's places are resolved against the
/// gazetteer (`dyad-places`, which the actor layer does not know):
/// `places` holds the sentence index and country of each town or region
/// the story names (not an adjective, not a place standing for an actor),
/// `here` the places in a locative phrase ("in Milan"), as the sentence
/// index, the phrase's head token and the country, in any order, and
/// `naming` the places that modify a noun ("the *Manchester* police"), as
/// the sentence index, that noun's token and the country.
///
/// 0. A group named with a town or region before it ("the *Manchester*
///    police", "*Idlib* rebels") is of that place's country.
/// 1. Groups named by role (crowds, civilians, police, armed groups,
///    criminals) act where their clause puts them: "demonstrators
///    gathered outside the consulate in *Milan*" are Italy's, whatever
///    country the article is about; a gunman who will "face charges in
///    Mexico" is not Mexico's. When every such place of the group's own
///    clause (the nearest verb above both in the parse of `doc`) is in one
///    country, a group without a country of its own takes it (over a
///    country the article's focus gave it), marked `scene:`.
/// 2. The towns and regions of the whole story settle the scene where the
///    actor layer's own few place names did not ("police searched a block
///    in *Magnitogorsk*"). Role mentions still without a country take it,
///    by the rules of [`fill_from_context`], and so do the gunmen, rebels
///    and suspects of a story set in one country.
///
/// No country a mention has of its own is changed.
pub fn fill_from_places(
    doc: &Document,
    mentions: &mut [Mention],
    places: &[(usize, &str)],
    here: &[(usize, usize, &str)],
    naming: &[(usize, usize, &str)],
) {
    // The one country of the places in each clause (`None` when they
    // disagree), computed once: linear in the places, not in mentions
    // times places.
    let mut by_clause: HashMap<(usize, usize), Option<&str>> = HashMap::new();
    for &(s, t, c) in here {
        if let Some(clause) = clause_of(doc, s, t) {
            by_clause
                .entry((s, clause))
                .and_modify(|seen| {
                    if *seen != Some(c) {
                        *seen = None;
                    }
                })
                .or_insert(Some(c));
        }
    }
    for m in mentions.iter_mut() {
        let group = matches!(
            m.code.sector.as_deref(),
            Some("CVL" | "COP" | "REB" | "UAF" | "CRM" | "PRM")
        );
        let open = m.kind == MentionKind::Sector
            || (m.kind == MentionKind::Context && !m.entry.starts_with("adhoc:"));
        if !group || !open || m.code.country.is_some() && m.kind != MentionKind::Context {
            continue;
        }
        if supranational(&m.text) {
            continue;
        }
        if let Some(&(_, _, c)) = naming
            .iter()
            .find(|&&(s, t, _)| s == m.sentence && t == m.head)
        {
            let base = m.entry.clone();
            m.code.country = Some(c.to_string());
            m.entry = format!("scene:{c}+{base}");
            m.kind = MentionKind::Context;
            continue;
        }
        let Some(clause) = clause_of(doc, m.sentence, m.head) else {
            continue;
        };
        let Some(Some(first)) = by_clause.get(&(m.sentence, clause)).copied() else {
            continue;
        };
        let base = entry_before_context(&m.entry).to_string();
        m.code.country = Some(first.to_string());
        m.entry = format!("scene:{first}+{base}");
        m.kind = MentionKind::Context;
    }
    let focus = focus_country(mentions);
    let scene = scene_of(places.iter().map(|(_, c)| *c));
    assign_context(mentions, focus.as_deref(), scene.as_deref());
    take_passage_countries(mentions, places);
    if let Some(scene) = scene {
        for m in mentions.iter_mut() {
            let armed = matches!(
                m.code.sector.as_deref(),
                Some("REB" | "UAF" | "CRM" | "PRM")
            );
            if armed
                && m.code.country.is_none()
                && m.kind == MentionKind::Sector
                && !supranational(&m.text)
            {
                m.code.country = Some(scene.clone());
                m.entry = format!("context:{scene}+{}", m.entry);
                m.kind = MentionKind::Context;
            }
        }
    }
}

/// A mention's own entry without the article's country it was given
/// ("context:USA+sector:leader" → "sector:leader").
pub(crate) fn entry_before_context(entry: &str) -> &str {
    match entry.strip_prefix("context:") {
        Some(rest) => rest.split_once('+').map_or(rest, |(_, b)| b),
        None => entry,
    }
}

/// The clause a token is in: its nearest verb ancestor (itself if a verb),
/// else the sentence root; `None` without a parse.
fn clause_of(doc: &Document, sentence: usize, token: usize) -> Option<usize> {
    let tokens = &doc.sentences.get(sentence)?.tokens;
    let mut cur = token;
    // A parse is a tree; the bound only guards against a malformed one.
    for _ in 0..tokens.len() {
        let t = tokens.get(cur)?;
        if t.upos == Upos::Verb || t.head == 0 {
            return Some(cur);
        }
        cur = t.head - 1;
    }
    None
}

/// A phrase that names a body above states ("international", "global",
/// "multinational", "world") or a group of a region ("European", "Arab":
/// [`crate::mentions::REGIONAL_ADJECTIVES`]).
pub fn supranational(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|w| {
        ["international", "global", "multinational", "world"]
            .iter()
            .chain(crate::mentions::REGIONAL_ADJECTIVES)
            .any(|x| w.eq_ignore_ascii_case(x))
    })
}

/// The country most of `countries` name, if named at least twice and half
/// as often again as any other.
fn scene_of<'c>(countries: impl Iterator<Item = &'c str>) -> Option<String> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for c in countries {
        *counts.entry(c).or_default() += 1;
    }
    let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let (top, n) = *ranked.first()?;
    let second = ranked.get(1).map_or(0, |r| r.1);
    (n >= 2 && 2 * n >= 3 * second).then(|| top.to_string())
}

/// The passage whose country a role mention may take: this many sentences
/// before its own, and the one after.
const PASSAGE_BEFORE: usize = 2;

/// A group named by its role (`base`, its entry before any context) that
/// belongs where the passage about it is set: civilians, crowds, police,
/// soldiers, the opposition, workers.
fn passage_role(m: &Mention, base: &str) -> bool {
    base.starts_with("sector:")
        && matches!(
            m.code.sector.as_deref(),
            Some("CVL" | "COP" | "MIL" | "OPP" | "LAB")
        )
}

/// Per sentence, the states its own mentions name (names, capitals,
/// people, country-qualified roles; no inferred or coreferent mention, no
/// news outlet) and the countries of the places it names.
fn nearby_countries(mentions: &[Mention], places: &[(usize, &str)]) -> Vec<Vec<String>> {
    let mut per_sentence: Vec<Vec<String>> = Vec::new();
    let mut add = |sentence: usize, country: &str| {
        if per_sentence.len() <= sentence {
            per_sentence.resize_with(sentence + 1, Vec::new);
        }
        if let Some(list) = per_sentence.get_mut(sentence) {
            list.push(country.to_string());
        }
    };
    for &(sentence, country) in places {
        add(sentence, country);
    }
    for m in mentions {
        // A news outlet names who reports, not where the story is.
        if matches!(m.kind, MentionKind::Coreference | MentionKind::Context)
            || bare_generic(m)
            || m.code.sector.as_deref() == Some("JRN")
        {
            continue;
        }
        let Some(c) = m.code.country.as_deref() else {
            continue;
        };
        if NON_STATE.contains(&c) {
            continue;
        }
        add(m.sentence, c);
    }
    per_sentence
}

/// The one state the passage around `sentence` talks about, when it is
/// not the article's: named at least three times in it and at least twice
/// as often as any other, while the country the article gave (`given`) is
/// not named from the start of the passage up to the sentence itself.
fn local_country(nearby: &[Vec<String>], sentence: usize, given: &str) -> Option<String> {
    let first = sentence.saturating_sub(PASSAGE_BEFORE);
    let last = (sentence + 1).min(nearby.len().checked_sub(1)?);
    let passage = nearby.get(first..=last)?;
    let so_far = nearby.get(first..=sentence.min(last))?;
    if so_far.iter().flatten().any(|c| c == given) {
        return None;
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for c in passage.iter().flatten() {
        *counts.entry(c.as_str()).or_default() += 1;
    }
    let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let (top, n) = *ranked.first()?;
    let second = ranked.get(1).map_or(0, |r| r.1);
    (n >= 3 && n >= 2 * second && top != given).then(|| top.to_string())
}

/// A passage about another country than the article's ("protests are
/// rocking Iran ... activists criticise the country's leaders" in an
/// American column) lends its country to the crowds, civilians and forces
/// in it that took the article's country only for want of their own
/// (marked `passage:`). People, officials and institutions keep the
/// article's country.
fn take_passage_countries(mentions: &mut [Mention], places: &[(usize, &str)]) {
    let nearby = nearby_countries(mentions, places);
    for m in mentions.iter_mut() {
        if m.kind != MentionKind::Context {
            continue;
        }
        let Some(rest) = m.entry.strip_prefix("context:") else {
            continue;
        };
        let Some((given, base)) = rest.split_once('+') else {
            continue;
        };
        if !passage_role(m, base) {
            continue;
        }
        let Some(here) = local_country(&nearby, m.sentence, given) else {
            continue;
        };
        if here != given {
            let base = base.to_string();
            m.code.country = Some(here.clone());
            m.entry = format!("passage:{here}+{base}");
        }
    }
}

/// Give role mentions without a country the focus or scene country.
fn assign_context(mentions: &mut [Mention], focus: Option<&str>, scene: Option<&str>) {
    if focus.is_none() && scene.is_none() {
        return;
    }
    // How often the story names each state in its own right (a name, an
    // adjective, a leader), not only through its towns.
    let mut named: HashMap<&str, usize> = HashMap::new();
    for m in mentions.iter() {
        if matches!(
            m.kind,
            MentionKind::Name | MentionKind::Metonym | MentionKind::Person
        ) {
            if let Some(c) = m.code.country.as_deref().filter(|c| !NON_STATE.contains(c)) {
                *named.entry(c).or_default() += 1;
            }
        }
    }
    // A scene whose state the story never names while two others are its
    // parties (each named at least twice) is a venue ("a press conference
    // with Putin in *Helsinki*"): the place of police and courts, not the
    // country of an unnamed agency or official ("the Intelligence
    // Community's assessment" is not Finland's). (A story of one country
    // that never names it, "Boston", "Watertown", keeps its scene.)
    let parties = named.values().filter(|&&n| n >= 2).count();
    let venue = scene.is_some_and(|s| !named.contains_key(s) && parties >= 2);
    for m in mentions.iter_mut() {
        // Police, courts and prosecutors are those of the place the story
        // happens in ("Police arrested the accused" in Christchurch), even
        // when a foreigner is named more often; other roles follow the
        // country the story is about, else that place.
        // So are rebels: they fight where the story happens, not for the
        // country that talks about them ("arming the rebel forces" in an
        // American debate on Syria).
        let domestic = matches!(m.code.sector.as_deref(), Some("COP" | "JUD" | "REB"));
        let chosen = if domestic {
            scene.or(focus)
        } else if venue {
            focus
        } else {
            focus.or(scene)
        };
        let Some(focus) = chosen.map(str::to_string) else {
            continue;
        };
        // "Congress" in a story about another country that has one is
        // that country's; elsewhere it stays the U.S. Congress.
        if let Some(owners) = generic_owners(m) {
            if owners.contains(&focus.as_str()) && m.code.country.as_deref() != Some(&focus) {
                m.code.country = Some(focus.clone());
                m.entry = format!("context:{focus}+{}", m.entry);
                m.kind = MentionKind::Context;
            }
            continue;
        }
        // "Several senators" in a story about a country with no Senate
        // are American, as bare "Congress" is.
        if senate_role(m) && m.code.country.is_none() && !SENATE_COUNTRIES.contains(&focus.as_str())
        {
            m.code.country = Some("USA".to_string());
            m.entry = format!("context:USA+{}", m.entry);
            m.kind = MentionKind::Context;
            continue;
        }
        // "The *international* police organization", "*global* health
        // officials": a body above states takes no state's country.
        if supranational(&m.text) {
            continue;
        }
        // A role word, or a person the knowledge base does not know whose
        // title says what they are ("Defence Secretary Delfin Lorenzana").
        // A bare unknown name ("Paul Manafort" in a story about Russia)
        // says nothing of a country: on the tuning articles the story's
        // country was right for a third of them, so they stay uncoded.
        if m.code.country.is_some() || m.code.sector.is_none() {
            continue;
        }
        // Armed groups, criminals and refugees are where they act, which
        // need not be the country the story is about.
        // An embassy or envoy represents another country by definition.
        if matches!(
            m.code.sector.as_deref(),
            Some("REB" | "UAF" | "CRM" | "REF" | "PRM" | "UNK")
        ) || DIPLOMATIC
            .iter()
            .any(|w| m.entry.starts_with(&format!("sector:{w}")))
        {
            continue;
        }
        m.code = ActorCode {
            country: Some(focus.clone()),
            sector: m.code.sector.clone(),
        };
        // A person keeps their own entry (so every mention of them stays
        // one actor); a role word records where its country came from.
        if !m.entry.starts_with("adhoc:") {
            m.entry = format!("context:{focus}+{}", m.entry);
        }
        m.kind = MentionKind::Context;
    }
}

/// Mentions of one knowledge-base or ad hoc entry share its country: the
/// entry resolved in one place ("Governor X of Puerto Rico") resolves it
/// everywhere ("X said").
fn share_entries(mentions: &mut [Mention]) {
    // Only entries that name one individual: a generic role word
    // ("sector:rebel") is a different group in every sentence.
    let individual = |e: &str| e.starts_with("adhoc:") || e.starts_with("person:");
    let mut known: HashMap<String, ActorCode> = HashMap::new();
    for m in mentions.iter() {
        if m.code.country.is_some() && individual(&m.entry) {
            known
                .entry(m.entry.clone())
                .or_insert_with(|| m.code.clone());
        }
    }
    for m in mentions.iter_mut() {
        if m.code.country.is_none() {
            if let Some(code) = known.get(&m.entry) {
                m.code.country = code.country.clone();
                if m.code.sector.is_none() {
                    m.code.sector = code.sector.clone();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::Span;

    fn m(
        sentence: usize,
        text: &str,
        country: Option<&str>,
        sector: Option<&str>,
        kind: MentionKind,
        entry: &str,
    ) -> Mention {
        Mention {
            sentence,
            start: 0,
            end: 1,
            head: 0,
            span: Span::new(0, text.len()),
            text: text.to_string(),
            code: ActorCode {
                country: country.map(str::to_string),
                sector: sector.map(str::to_string),
            },
            entry: entry.to_string(),
            kind,
        }
    }

    /// "the president", with no country of its own, in sentence `si`.
    fn bare_president(si: usize) -> Mention {
        m(
            si,
            "the president",
            None,
            Some("GOV"),
            MentionKind::Sector,
            "sector:president",
        )
    }

    /// "officials", with no country of their own, in sentence `si`.
    fn officials(si: usize) -> Mention {
        m(
            si,
            "officials",
            None,
            Some("GOV"),
            MentionKind::Sector,
            "sector:official",
        )
    }

    fn last_country(ms: &[Mention]) -> Option<&str> {
        ms.last().and_then(|x| x.code.country.as_deref())
    }

    #[test]
    fn a_bare_title_refers_to_the_holder_the_article_is_about() {
        let trump = |si| {
            m(
                si,
                "Trump",
                Some("USA"),
                Some("GOV"),
                MentionKind::Person,
                "person:donald-trump",
            )
        };
        let mut ms = vec![
            m(
                0,
                "President Donald Trump",
                Some("USA"),
                Some("GOV"),
                MentionKind::Person,
                "person:donald-trump",
            ),
            trump(1),
            trump(2),
            m(
                3,
                "President Vladimir Putin",
                Some("RUS"),
                Some("GOV"),
                MentionKind::Person,
                "person:vladimir-putin",
            ),
            bare_president(4),
        ];
        fill_from_context(&mut ms);
        assert_eq!(last_country(&ms), Some("USA"));
    }

    #[test]
    fn a_bare_title_refers_to_a_holder_titled_earlier_and_named_since() {
        let obama = |si, text| {
            m(
                si,
                text,
                Some("USA"),
                Some("GOV"),
                MentionKind::Person,
                "person:barack-obama",
            )
        };
        let mut ms = vec![
            obama(0, "President Obama"),
            obama(15, "Obama"),
            obama(18, "Mr. Obama"),
            m(
                19,
                "Syrian President Bashar Assad",
                Some("SYR"),
                Some("GOV"),
                MentionKind::Person,
                "person:bashar-al-assad",
            ),
            bare_president(20),
        ];
        fill_from_context(&mut ms);
        assert_eq!(last_country(&ms), Some("USA"));
    }

    #[test]
    fn focus_needs_a_clear_majority() {
        let a = m(
            0,
            "Russia",
            Some("RUS"),
            None,
            MentionKind::Name,
            "country:RUS",
        );
        let b = m(
            1,
            "Putin",
            Some("RUS"),
            Some("GOV"),
            MentionKind::Person,
            "person:putin",
        );
        let c = m(
            2,
            "Ukraine",
            Some("UKR"),
            None,
            MentionKind::Name,
            "country:UKR",
        );
        let d = m(
            3,
            "Moscow",
            Some("RUS"),
            Some("GOV"),
            MentionKind::Metonym,
            "metonym:moscow",
        );
        assert_eq!(
            focus_country(&[a.clone(), b.clone(), c.clone(), d.clone()]),
            Some("RUS".into())
        );
        // Named twice is not enough, nor is a narrow lead.
        assert_eq!(focus_country(&[a.clone(), b.clone()]), None);
        assert_eq!(
            focus_country(&[
                a.clone(),
                b.clone(),
                d.clone(),
                c.clone(),
                c.clone(),
                c.clone()
            ]),
            None
        );
        // An international organisation is not a country the story is about.
        let un = m(0, "UN", Some("UNO"), None, MentionKind::Name, "org:un");
        assert_eq!(focus_country(&[un.clone(), un, a]), None);
    }

    #[test]
    fn bare_title_refers_back_then_focus_fills_the_rest() {
        let mut v = vec![
            m(
                0,
                "United States President Donald Trump",
                Some("USA"),
                Some("GOV"),
                MentionKind::Person,
                "person:donald-trump",
            ),
            m(
                1,
                "Congress",
                Some("USA"),
                Some("LEG"),
                MentionKind::Name,
                "org:us-congress",
            ),
            m(
                1,
                "America",
                Some("USA"),
                None,
                MentionKind::Name,
                "country:USA",
            ),
            m(
                1,
                "Washington",
                Some("USA"),
                Some("GOV"),
                MentionKind::Metonym,
                "metonym:washington",
            ),
            m(
                2,
                "the president",
                None,
                Some("GOV"),
                MentionKind::Sector,
                "sector:president",
            ),
            m(
                3,
                "police",
                None,
                Some("COP"),
                MentionKind::Sector,
                "sector:police",
            ),
        ];
        fill_from_context(&mut v);
        assert_eq!(v[4].code.country.as_deref(), Some("USA"));
        assert_eq!(v[4].entry, "person:donald-trump");
        assert_eq!(v[4].kind, MentionKind::Coreference);
        assert_eq!(v[5].code.country.as_deref(), Some("USA"));
        assert_eq!(v[5].kind, MentionKind::Context);
        assert_eq!(v[5].code.sector.as_deref(), Some("COP"));
    }

    #[test]
    fn an_ad_hoc_person_resolved_once_is_resolved_everywhere() {
        let mut v = vec![
            m(
                0,
                "Governor Pedro Pierluisi",
                Some("USA"),
                Some("GOV"),
                MentionKind::Person,
                "adhoc:pedro-pierluisi",
            ),
            m(
                3,
                "he",
                None,
                Some("GOV"),
                MentionKind::Coreference,
                "adhoc:pedro-pierluisi",
            ),
        ];
        fill_from_context(&mut v);
        assert_eq!(v[1].code.country.as_deref(), Some("USA"));
    }

    #[test]
    fn the_bare_administration_is_the_american_one() {
        let iran = |si| {
            m(
                si,
                "Iran",
                Some("IRN"),
                None,
                MentionKind::Name,
                "country:IRN",
            )
        };
        let mut v = vec![
            iran(0),
            iran(1),
            iran(2),
            m(
                3,
                "Administration officials",
                None,
                Some("GOV"),
                MentionKind::Sector,
                "sector:administration",
            ),
            officials(3),
        ];
        fill_from_context(&mut v);
        assert_eq!(v[3].code.country.as_deref(), Some("USA"));
        assert_eq!(v[4].code.country.as_deref(), Some("IRN"));
    }

    #[test]
    fn no_focus_leaves_roles_unresolved() {
        let mut v = vec![
            m(
                0,
                "Russia",
                Some("RUS"),
                None,
                MentionKind::Name,
                "country:RUS",
            ),
            m(
                0,
                "Ukraine",
                Some("UKR"),
                None,
                MentionKind::Name,
                "country:UKR",
            ),
            officials(1),
        ];
        fill_from_context(&mut v);
        assert_eq!(v[2].code.country, None);
    }

    #[test]
    fn police_take_the_country_of_the_places_the_story_happens_in() {
        use MentionKind::{Name, Person, Place, Sector};
        let mut ms = vec![
            m(0, "Australian", Some("AUS"), None, Name, "country:AUS"),
            m(0, "Tarrant", Some("AUS"), None, Person, "adhoc:tarrant"),
            m(1, "Tarrant", Some("AUS"), None, Person, "adhoc:tarrant"),
            m(1, "Sydney", Some("AUS"), None, Name, "country:AUS"),
            m(
                2,
                "Christchurch",
                Some("NZL"),
                None,
                Place,
                "place:christchurch",
            ),
            m(2, "Linwood", Some("NZL"), None, Place, "place:linwood"),
            m(3, "Police", None, Some("COP"), Sector, "sector:police"),
            m(
                3,
                "the government",
                None,
                Some("GOV"),
                Sector,
                "sector:government",
            ),
        ];
        fill_from_context(&mut ms);
        assert_eq!(ms[6].code.country.as_deref(), Some("NZL"));
        // Other roles follow the country the article names most.
        assert_eq!(ms[7].code.country.as_deref(), Some("AUS"));
    }
}
