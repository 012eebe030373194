//! PLOVER event coding over dependency parses: the heart of dyad.
//!
//! Given a segmented and parsed [`Document`] and its actor mentions, the
//! [`Coder`] finds event triggers with a human-editable pattern dictionary
//! (`data/patterns/*.txt`), reads the actor and recipient off the dependency
//! structure (subjects and by-phrases, objects and prepositional phrases,
//! possessives inside nominalisations, controllers of infinitives,
//! conjuncts), marks PLOVER's auxiliary modes (negation, hypothetical,
//! future, historical) and writes PLOVER JSON records ([`Event`]) whose
//! every field can be traced to a pattern id and byte spans of the text.
//!
//! [`cameo`] renders events as CAMEO-coded TSV for GDELT-style tools, and
//! [`eval`] scores the coder on PLOVER gold-standard records.
//!
//! This crate is not a parser, an actor resolver or a date tagger: it uses
//! what `dyad-syntax`, `dyad-actors` and `dyad-time` put on the document.
//! It codes sentences one at a time, so it does not merge the same event
//! reported twice in an article; and it is a dictionary coder, so an event
//! worded in a way no pattern covers is missed rather than guessed.

pub mod cameo;
pub mod category;
mod coder;
pub mod confidence;
pub mod eval;
pub mod output;
pub mod pattern;
mod record;
mod tree;

#[cfg(test)]
mod matcher_tests;
#[cfg(test)]
mod mechanism_tests;
#[cfg(test)]
mod seed_tests;

pub use category::{Category, Quad};
pub use coder::Dating;
pub use confidence::{ConfidenceModel, Signals};
pub use output::{default_min_confidence, OutputPolicy};
pub use pattern::{Dictionary, Pattern, Slot, TriggerPos};
pub use record::{ByteSpan, Entity, Event, InferredRange, Location, ReportedBy};

use anyhow::Result;
use dyad_actors::Mention;
use dyad_core::Document;
use std::path::Path;
use std::sync::OnceLock;

/// The built-in pattern files, compiled in so the binary needs no data
/// directory at run time. Order matters only for error messages.
const BUILTIN: &[(&str, &str)] = &[
    (
        "data/patterns/lists.txt",
        include_str!("../../../data/patterns/lists.txt"),
    ),
    (
        "data/patterns/cooperation.txt",
        include_str!("../../../data/patterns/cooperation.txt"),
    ),
    (
        "data/patterns/conflict.txt",
        include_str!("../../../data/patterns/conflict.txt"),
    ),
];

/// The PLOVER event coder: a pattern dictionary plus the matcher. Immutable
/// once built, so one instance can be shared across threads.
#[derive(Debug, Clone)]
pub struct Coder {
    dict: Dictionary,
    confidence: ConfidenceModel,
}

impl Coder {
    /// The coder with the built-in pattern dictionary (parsed once).
    pub fn builtin() -> Result<&'static Coder> {
        static CODER: OnceLock<std::result::Result<Coder, String>> = OnceLock::new();
        CODER
            .get_or_init(|| {
                let mut d = Dictionary::default();
                for (name, text) in BUILTIN {
                    d.parse_into(name, text).map_err(|e| format!("{e:#}"))?;
                }
                let confidence = ConfidenceModel::builtin()
                    .map_err(|e| format!("{e:#}"))?
                    .clone();
                Ok(Coder {
                    dict: d,
                    confidence,
                })
            })
            .as_ref()
            .map_err(|e| anyhow::anyhow!("built-in patterns: {e}"))
    }

    /// A coder from every `*.txt` pattern file in `dir`.
    pub fn from_dir(dir: &Path) -> Result<Coder> {
        Ok(Coder {
            dict: Dictionary::from_dir(dir)?,
            confidence: ConfidenceModel::builtin()?.clone(),
        })
    }

    /// A coder over an already parsed dictionary, with the built-in
    /// confidence model.
    pub fn from_dictionary(dict: Dictionary) -> Result<Coder> {
        Ok(Coder {
            dict,
            confidence: ConfidenceModel::builtin()?.clone(),
        })
    }

    /// The same coder scoring events with another confidence model.
    pub fn with_confidence(mut self, model: ConfidenceModel) -> Coder {
        self.confidence = model;
        self
    }

    /// The confidence model in use (its `threshold` is the default output cut).
    pub fn confidence_model(&self) -> &ConfidenceModel {
        &self.confidence
    }

    /// The pattern dictionary in use.
    pub fn dictionary(&self) -> &Dictionary {
        &self.dict
    }

    /// Code a segmented and parsed document: finds actor mentions with
    /// `dyad-actors`, dates events with `dyad-time`, skips furniture.
    pub fn code_document(&self, kb: &dyad_actors::KnowledgeBase, doc: &Document) -> Vec<Event> {
        self.code_document_with_quotes(kb, doc).0
    }

    /// Code a document and return its quotes too (`dyad-quotes`): "I" and
    /// "we" inside a quote are its speaker, and every event coded inside a
    /// quote names the quote and who reported it.
    pub fn code_document_with_quotes(
        &self,
        kb: &dyad_actors::KnowledgeBase,
        doc: &Document,
    ) -> (Vec<Event>, Vec<dyad_quotes::Quote>) {
        let coded = match dyad_places::Gazetteer::builtin() {
            Ok(gaz) => self.code_document_in(kb, gaz, doc),
            Err(_) => self.code_document_in(kb, &dyad_places::Gazetteer::default(), doc),
        };
        (coded.events, coded.quotes)
    }

    /// Code a document with a given gazetteer: events (each located where
    /// the text says it happened), quotes, and the document's places.
    pub fn code_document_in(
        &self,
        kb: &dyad_actors::KnowledgeBase,
        gaz: &dyad_places::Gazetteer,
        doc: &Document,
    ) -> Coded {
        self.code_in(kb, gaz, doc, true)
    }

    /// [`Coder::code_document`] without the quote finder: no quote records,
    /// no speakers for "I", "we" or "He adds", no event linked to a quote.
    /// For measuring what the quote finder costs (`dyad bench --stage
    /// code-no-quotes`).
    pub fn code_document_without_quotes(
        &self,
        kb: &dyad_actors::KnowledgeBase,
        doc: &Document,
    ) -> Vec<Event> {
        let coded = match dyad_places::Gazetteer::builtin() {
            Ok(gaz) => self.code_in(kb, gaz, doc, false),
            Err(_) => self.code_in(kb, &dyad_places::Gazetteer::default(), doc, false),
        };
        coded.events
    }

    fn code_in(
        &self,
        kb: &dyad_actors::KnowledgeBase,
        gaz: &dyad_places::Gazetteer,
        doc: &Document,
        with_quotes: bool,
    ) -> Coded {
        let mut mentions = dyad_actors::find_mentions(kb, doc);
        let places = dyad_places::find_places(gaz, kb, doc, &mentions);
        // The towns and regions the story names say where it happens, for
        // roles the actor layer's own place names left without a country.
        let scene: Vec<(usize, &str)> = places
            .iter()
            .filter(|p| !p.adjective && !p.actor)
            .filter(|p| {
                matches!(
                    p.place.kind,
                    dyad_places::PlaceKind::City
                        | dyad_places::PlaceKind::Admin1
                        | dyad_places::PlaceKind::County
                )
            })
            .filter_map(|p| Some((p.sentence, p.place.country.as_deref()?)))
            .collect();
        // Those a sentence puts its people in ("gathered *in Milan*"), not
        // those that only name something ("the *Paris* attacks").
        let here = anchored_places(doc, &places, locative_head);
        // Those that name a group's home ("the *Manchester* police").
        let naming = anchored_places(doc, &places, modified_noun);
        dyad_actors::context::fill_from_places(doc, &mut mentions, &scene, &here, &naming);
        let timexes = dyad_time::tag_document(doc);
        let quotes = if with_quotes {
            dyad_quotes::find_quotes(doc, &mentions, &timexes, kb)
        } else {
            Vec::new()
        };
        let speakers = dyad_quotes::speaker_mentions(doc, &quotes, &mentions);
        if !speakers.is_empty() {
            mentions.extend(speakers);
            mentions.sort_by_key(|m| (m.sentence, m.start, m.end));
        }
        let mut events = self.code_with(doc, &mentions, &timexes);
        offices_on_event_date(kb, doc, &mut events);
        if acts_of_state_in_office(kb, doc, &mut events) && !self.confidence.weights.is_empty() {
            for e in events.iter_mut() {
                e.confidence = self.confidence.score(e);
            }
        }
        states_named_are_governments(kb, &mut events);
        link_quotes(doc, &quotes, &mut events);
        locate_events(gaz, doc, &places, &mut events);
        Coded {
            events,
            quotes,
            places,
        }
    }

    /// Code a segmented and parsed document whose actor mentions are already
    /// known (tests, or callers with their own actor resolution).
    pub fn code_with_mentions(&self, doc: &Document, mentions: &[Mention]) -> Vec<Event> {
        let timexes = dyad_time::tag_document(doc);
        self.code_with(doc, mentions, &timexes)
    }

    fn code_with(
        &self,
        doc: &Document,
        mentions: &[Mention],
        timexes: &[dyad_time::Timex],
    ) -> Vec<Event> {
        let dating = |si: usize, tok: usize| -> Dating {
            match dyad_time::date_event(doc, timexes, si, tok) {
                Some(d) => Dating {
                    value: Some(d.value),
                    source: serde_json::to_value(d.source)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_else(|| "document".to_string()),
                },
                None => document_dating(doc),
            }
        };
        let mut events = coder::code_sentences(&self.dict, doc, mentions, &dating);
        mark_background(doc, &mut events);
        // A model with no weights (a fresh checkout before training) keeps
        // the matcher's own estimate.
        if !self.confidence.weights.is_empty() {
            for e in events.iter_mut() {
                e.confidence = self.confidence.score(e);
            }
        }
        drop_repeats_in_sentence(doc, &mut events);
        if doc.date.is_none() && events.iter().any(|e| e.date.is_none()) {
            if let Some(range) = dyad_time::infer_document_date(doc, timexes) {
                let range = InferredRange {
                    earliest: range.earliest.format("%Y-%m-%d").to_string(),
                    latest: range.latest.format("%Y-%m-%d").to_string(),
                    basis: range.basis,
                };
                for e in events.iter_mut().filter(|e| e.date.is_none()) {
                    e.date_range = Some(range.clone());
                }
            }
        }
        events
    }
}

/// A state named as itself in an event ("*Ukraine* accused *Russia*",
/// "*North Korea* threatened *the United States*") is its government: the
/// sector is `GOV` (docs/annotation.md). Only a name or alias of the
/// country, or a singular word that takes it up again ("the *South*
/// responded", "*the country* agreed"): a demonym ("the *Russians*", "the *Russian* side") may be
/// its people or its army, and keeps no sector. International bodies
/// (`IGO`, `UNO`, `EUR`) have no `GOV` sector, and the Holy See is `REL`. Runs after the confidence
/// score, which reads the sector the actor layer gave.
fn states_named_are_governments(kb: &dyad_actors::KnowledgeBase, events: &mut [Event]) {
    for ent in events
        .iter_mut()
        .flat_map(|e| e.actor.iter_mut().chain(e.recipient.iter_mut()))
    {
        let Some(code) = ent.code.as_deref() else {
            continue;
        };
        // International bodies carry no government sector: "NATO
        // *leaders*", "EU *officials*" are the body itself (their forces
        // and courts keep `MIL` and `JUD`).
        if matches!(code, "IGO" | "UNO" | "EUR") && ent.sector.as_deref() == Some("GOV") {
            ent.sector = None;
            continue;
        }
        let the_country = ent.identifier_id.as_deref() == Some(&format!("country:{code}"));
        // A state taken up again by a short name ("the *South*
        // responded") is still its government; a pronoun may stand for
        // its army or its people ("Canada's military said *it* ...").
        let state_again = ent.resolution == "coreference"
            && ent
                .entity_text
                .trim_start_matches("The ")
                .trim_start_matches("the ")
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && !matches!(
                ent.entity_text.to_lowercase().as_str(),
                "it" | "its" | "they" | "them" | "their" | "we" | "us" | "our" | "he" | "she" | "i"
            );
        // "the country", "the nation" as a party is the state itself; so
        // is "it" taken up from the country's name ("the US announced *it*
        // would boost aid"; a military named before "it" would be the
        // antecedent, not the country).
        let the_country_again = ent.resolution == "coreference"
            && matches!(
                ent.entity_text.to_lowercase().as_str(),
                "the country" | "the nation" | "it"
            );
        if ent.sector.is_none()
            && the_country
            && ((ent.resolution == "name" && kb.is_country_name(&ent.entity_text))
                || state_again
                || the_country_again)
        {
            // The Holy See is a church (docs/annotation.md: `VAT REL`).
            let sector = if code == "VAT" { "REL" } else { "GOV" };
            ent.sector = Some(sector.to_string());
        }
    }
}

/// One interaction told twice in a sentence ("discussed sanctions in a
/// telephone call", "talks begin with a meeting between A and B", "killed 60
/// people and wounded thousands") is one record: of the records of a
/// sentence with the same category, actor codes, recipient codes and
/// auxiliary modes, only the most confident is kept. A sentence the page
/// prints twice word for word (a photo caption above and below the
/// picture) counts as one sentence: its first place.
fn drop_repeats_in_sentence(doc: &Document, events: &mut Vec<Event>) {
    let mut first_place: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let canonical: Vec<usize> = doc
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| *first_place.entry(s.text(&doc.text)).or_insert(i))
        .collect();
    let sentence = |i: usize| canonical.get(i).copied().unwrap_or(i);
    type Key = (
        usize,
        String,
        Vec<Option<String>>,
        Vec<Option<String>>,
        Vec<String>,
    );
    let key = |e: &Event| -> Key {
        let mut actor: Vec<Option<String>> = e.actor.iter().map(|a| a.code.clone()).collect();
        actor.sort();
        actor.dedup();
        let mut recipient: Vec<Option<String>> =
            e.recipient.iter().map(|a| a.code.clone()).collect();
        recipient.sort();
        recipient.dedup();
        let mut aux = e.aux_mode.clone();
        aux.sort();
        (
            sentence(e.sentence),
            e.category().to_string(),
            actor,
            recipient,
            aux,
        )
    };
    let mut best: std::collections::HashMap<Key, usize> = std::collections::HashMap::new();
    for (i, e) in events.iter().enumerate() {
        let k = key(e);
        match best.get(&k) {
            Some(&j) if events[j].confidence >= e.confidence => {}
            _ => {
                best.insert(k, i);
            }
        }
    }
    let mut i = 0;
    events.retain(|e| {
        let keep = best.get(&key(e)) == Some(&i);
        i += 1;
        keep
    });
}

/// What [`Coder::code_document_in`] finds in a document.
#[derive(Debug, Clone, Default)]
pub struct Coded {
    /// The events, in text order.
    pub events: Vec<Event>,
    /// Quotations and attributions.
    pub quotes: Vec<dyad_quotes::Quote>,
    /// Resolved place mentions.
    pub places: Vec<dyad_places::Place>,
}

/// Give each event the places its predicate, the dateline or its clause
/// names (see [`dyad_places::locate`]).
fn locate_events(
    gaz: &dyad_places::Gazetteer,
    doc: &Document,
    places: &[dyad_places::Place],
    events: &mut [Event],
) {
    if places.is_empty() {
        return;
    }
    for e in events.iter_mut() {
        let Some(s) = doc.sentences.get(e.sentence) else {
            continue;
        };
        let Some(trigger) = s.tokens.iter().position(|t| {
            t.span.start <= e.trigger_span.start && e.trigger_span.start < t.span.end
        }) else {
            continue;
        };
        let Some(at) = dyad_places::locate(doc, places, e.sentence, trigger) else {
            continue;
        };
        // A dateline says where the story was filed; it locates an event
        // only when one of the parties is of that country (a story from
        // Tokyo about Japan's answer), not a North Korean test reported
        // from Tokyo.
        if at.source == dyad_places::LocationSource::Dateline {
            let country = at.places.first().and_then(|p| p.place.country.as_deref());
            let party = e
                .actor
                .iter()
                .chain(e.recipient.iter())
                .any(|x| x.code.is_some() && x.code.as_deref() == country);
            if !party {
                continue;
            }
        }
        e.location_source = Some(
            match at.source {
                dyad_places::LocationSource::Predicate => "predicate",
                dyad_places::LocationSource::Dateline => "dateline",
                dyad_places::LocationSource::Clause => "clause",
                dyad_places::LocationSource::Based => "based",
            }
            .to_string(),
        );
        e.event_loc = at.places.iter().map(|p| location(gaz, p)).collect();
    }
}

/// The head token of a place in a locative phrase of its sentence ("in
/// Milan", "outside Aleppo", "protesters from Lyon"); `None` for a place
/// that only names something ("the Paris attacks", "Moscow's decision").
/// Each place standing for itself (not an adjective, not an actor) that
/// `anchor` ties to a token: its sentence, that token and its country.
fn anchored_places<'p>(
    doc: &Document,
    places: &'p [dyad_places::Place],
    anchor: fn(&Document, &dyad_places::Place) -> Option<usize>,
) -> Vec<(usize, usize, &'p str)> {
    places
        .iter()
        .filter(|p| !p.adjective && !p.actor)
        .filter_map(|p| Some((p.sentence, anchor(doc, p)?, p.place.country.as_deref()?)))
        .collect()
}

/// The head of a place name's phrase: its token whose head lies outside it.
fn phrase_head(s: &dyad_core::Sentence, p: &dyad_places::Place) -> Option<usize> {
    let inside = |h: usize| (p.start + 1..=p.end).contains(&h);
    (p.start..p.end).find(|&i| s.tokens.get(i).is_some_and(|t| !inside(t.head)))
}

/// The noun a place name modifies as a compound or possessive ("the
/// *Manchester* police", "*Aleppo's* rebels"), if it does.
fn modified_noun(doc: &Document, p: &dyad_places::Place) -> Option<usize> {
    let s = doc.sentences.get(p.sentence)?;
    let head = phrase_head(s, p)?;
    let t = s.tokens.get(head)?;
    if !matches!(t.deprel.as_str(), "compound" | "nmod:poss") || t.head == 0 {
        return None;
    }
    let noun = t.head - 1;
    s.tokens
        .get(noun)
        .is_some_and(|n| matches!(n.upos, dyad_core::Upos::Noun))
        .then_some(noun)
}

fn locative_head(doc: &Document, p: &dyad_places::Place) -> Option<usize> {
    let s = doc.sentences.get(p.sentence)?;
    // (Not a place naming something in the phrase: "a suspect in *the
    // Paris attacks*", "rockets at *the U.S. embassy*".)
    let head = phrase_head(s, p)?;
    let t = s.tokens.get(head)?;
    if !matches!(t.deprel.split(':').next(), Some("obl" | "nmod")) {
        return None;
    }
    s.tokens
        .iter()
        .any(|k| {
            k.head == head + 1
                && k.deprel == "case"
                && matches!(
                    k.lemma.to_lowercase().as_str(),
                    "in" | "at"
                        | "near"
                        | "outside"
                        | "inside"
                        | "across"
                        | "throughout"
                        | "around"
                        | "from"
                )
        })
        .then_some(head)
}

/// A place as a PLOVER location object.
fn location(gaz: &dyad_places::Gazetteer, p: &dyad_places::Place) -> Location {
    use dyad_places::PlaceKind;
    let e = &p.place;
    let country = e
        .country
        .as_deref()
        .and_then(|c| gaz.country(c))
        .and_then(|i| gaz.entry(i))
        .map(|c| c.name.clone());
    let province = match e.kind {
        PlaceKind::Admin1 => Some(e.name.clone()),
        _ => p.admin1_name.clone(),
    };
    Location {
        extracted_place: p.text.clone(),
        resolved_place: e.name.clone(),
        geonameid: e.geonameid,
        lat: e.lat,
        lon: e.lon,
        city: (e.kind == PlaceKind::City).then(|| e.name.clone()),
        province,
        country,
        country_code: e.country.clone(),
        feature_class: match e.kind {
            PlaceKind::City => "P",
            PlaceKind::Country | PlaceKind::Admin1 | PlaceKind::County => "A",
            PlaceKind::Region | PlaceKind::Continent => "L",
        }
        .to_string(),
        feature_code: e.feature_code.clone(),
        resolution: e.kind.resolution(),
        span: p.span.into(),
        place_id: e.id.clone(),
    }
}

/// Each event whose trigger lies inside a quote's content is reported by
/// the quote's speaker; the cue itself ("accused", "warned") is the
/// speaker's own act, not a report of it.
fn link_quotes(doc: &Document, quotes: &[dyad_quotes::Quote], events: &mut [Event]) {
    // Quotes by the sentences they span, so that a long document costs
    // events × quotes-in-their-sentence, not events × all quotes.
    let mut by_sentence: std::collections::HashMap<usize, Vec<&dyad_quotes::Quote>> =
        std::collections::HashMap::new();
    for q in quotes {
        for span in &q.content {
            // Every sentence the content span touches (a direct quote may
            // run over several).
            let first = doc.sentences.partition_point(|s| s.span.end <= span.start);
            let last = doc.sentences.partition_point(|s| s.span.start < span.end);
            for si in first..last.max(first) {
                let list = by_sentence.entry(si).or_default();
                if !list.iter().any(|x| std::ptr::eq(*x, q)) {
                    list.push(q);
                }
            }
        }
    }
    for e in events.iter_mut() {
        let at = e.trigger_span.start;
        let Some(q) = by_sentence
            .get(&e.sentence)
            .into_iter()
            .flatten()
            .copied()
            .filter(|q| q.covers(at))
            .filter(|q| {
                q.cue
                    .as_ref()
                    .is_none_or(|c| !(c.span.start <= at && at < c.span.end))
            })
            .min_by_key(|q| q.content.iter().map(|s| s.end - s.start).sum::<usize>())
        else {
            continue;
        };
        e.quote_id = Some(q.id.clone());
        e.reported_by = q.source.as_ref().map(|s| record::ReportedBy {
            text: s.name.clone().unwrap_or_else(|| s.text.clone()),
            code: s.code.clone(),
            sector: s.sector.clone(),
        });
    }
}

/// An event dated more than a year before the article it is reported in is
/// background ("meetings with Trump in 2018" in a 2022 story), not news:
/// PLOVER's `historical` auxiliary mode says so, so it is never counted as a
/// fresh event of the article's date.
fn mark_background(doc: &Document, events: &mut [Event]) {
    use chrono::Datelike;
    let Some(doc_date) = doc.date else {
        return;
    };
    for e in events.iter_mut() {
        // Background the text marks without dating it ("before the détente
        // of 2018, Kim carried out a nuclear test") did not happen on the
        // article's date: its date is unknown, not the document's.
        if e.date_source == "document" && e.aux_mode.iter().any(|a| a == "historical") {
            e.date = None;
            e.date_source = "unknown".to_string();
            continue;
        }
        let year = e
            .date
            .as_deref()
            .and_then(|d| d.get(..4))
            .and_then(|y| y.parse::<i32>().ok());
        let Some(year) = year else {
            continue;
        };
        if year < doc_date.year() - 1 && !e.aux_mode.iter().any(|a| a == "historical") {
            e.aux_mode.push("historical".to_string());
            e.context.push("historical".to_string());
        }
    }
}

/// People are resolved to their office on the article's date; an event the
/// text dates to another year takes the office they held then ("a 2016
/// meeting" of a senator who is president in the article is a senator's).
fn offices_on_event_date(kb: &dyad_actors::KnowledgeBase, doc: &Document, events: &mut [Event]) {
    use chrono::Datelike;
    for e in events.iter_mut() {
        if !matches!(e.date_source.as_str(), "expression" | "context") {
            continue;
        }
        // A day, or a bare year ("in 2018") taken at its middle.
        let Some(date) = e.date.as_deref().and_then(|d| {
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .ok()
                .or_else(|| {
                    let year: i32 = d.get(..4)?.parse().ok()?;
                    chrono::NaiveDate::from_ymd_opt(year, 7, 1)
                })
        }) else {
            continue;
        };
        if doc.date.is_some_and(|d| d.year() == date.year()) {
            continue;
        }
        for ent in e.actor.iter_mut().chain(e.recipient.iter_mut()) {
            let Some(code) = ent
                .identifier_id
                .as_deref()
                .and_then(|id| kb.person_code_on(id, date))
            else {
                continue;
            };
            if code.country.is_some() {
                ent.code = code.country;
                ent.sector = code.sector;
            }
        }
    }
}

/// "Obama *lifted* sanctions on Russia", "Obama *told* Putin to cut it
/// out" in a 2019 article: an act of state (a material act, or one aimed
/// at a foreign state) told in the past tense, with no date in the text,
/// by someone out of office on the article's date was done in office:
/// by the office they last held, not a former official's act of the
/// article's day, and background (`historical`, date unknown) when they
/// left it more than a year before. Not when the
/// text says "former", and not for words or meetings among their own
/// country's people, which former officials go on having. Returns
/// whether any event changed.
fn acts_of_state_in_office(
    kb: &dyad_actors::KnowledgeBase,
    doc: &Document,
    events: &mut [Event],
) -> bool {
    let Some(doc_date) = doc.date else {
        return false;
    };
    let mut changed = false;
    for e in events.iter_mut() {
        if e.date_source != "document" || !e.aux_mode.is_empty() {
            continue;
        }
        let past = doc
            .sentences
            .get(e.sentence)
            .and_then(|s| {
                s.tokens
                    .iter()
                    .find(|t| t.span.start == e.trigger_span.start)
            })
            .is_some_and(|t| matches!(t.xpos.as_str(), "VBD" | "VBN"));
        if !past {
            continue;
        }
        // Force, coercion, sanctions, deployments and withdrawals are done
        // by office holders; a former one still gives aid, praise and
        // criticism of their own ("Gantz applauded Pompeo").
        let material = matches!(
            e.category(),
            "ASSAULT" | "COERCE" | "SANCTION" | "MOBILIZE" | "RETREAT"
        );
        let diplomacy = !matches!(e.category(), "ACCUSE" | "SUPPORT" | "AID");
        let mut changed_here = false;
        let mut background = false;
        for side in [Side::Actor, Side::Recipient] {
            let (parties, others) = match side {
                Side::Actor => (&mut e.actor, &e.recipient),
                Side::Recipient => (&mut e.recipient, &e.actor),
            };
            for ent in parties.iter_mut() {
                let before = doc
                    .text
                    .get(ent.span.start.saturating_sub(12)..ent.span.start)
                    .unwrap_or("");
                if ent.sector.as_deref() != Some("ELI")
                    || ent.entity_text.to_lowercase().contains("former")
                    || before.to_lowercase().contains("former")
                {
                    continue;
                }
                let Some((office, left)) = ent
                    .identifier_id
                    .as_deref()
                    .and_then(|id| kb.last_office_before(id, doc_date))
                else {
                    continue;
                };
                let abroad = others.iter().any(|r| {
                    r.code.is_some()
                        && r.code != office.country
                        && matches!(r.sector.as_deref(), Some("GOV" | "MIL"))
                });
                // (What is done to someone out of office, "Mubarak was
                // sentenced", is no act of their office: only acts between
                // states date them back.)
                let own_act = matches!(side, Side::Actor) && material;
                if (own_act || abroad && diplomacy) && office.country.is_some() {
                    ent.code = office.country;
                    ent.sector = office.sector;
                    changed_here = true;
                    // (Left office within the year: the act may be news.)
                    background |= (doc_date - left).num_days() > 365;
                }
            }
        }
        if background {
            e.aux_mode.push("historical".to_string());
            e.context.push("historical".to_string());
            e.date = None;
            e.date_source = "unknown".to_string();
        }
        changed |= changed_here;
    }
    changed
}

/// Which list of an event's parties.
#[derive(Clone, Copy)]
enum Side {
    Actor,
    Recipient,
}

/// The document date as the event date, labelled as such.
fn document_dating(doc: &Document) -> Dating {
    match doc.date {
        Some(d) => Dating {
            value: Some(d.format("%Y-%m-%d").to_string()),
            source: "document".to_string(),
        },
        None => Dating {
            value: None,
            source: "unknown".to_string(),
        },
    }
}

/// The event an evaluation or summary should take as a sentence's main one:
/// factual events before ones with auxiliary modes, then the most salient
/// (the matcher's estimate, which favours triggers near the root; the
/// confidence when no salience is known), then the earliest trigger.
pub fn primary_event(events: &[Event]) -> Option<&Event> {
    let salience = |e: &Event| e.signals.as_ref().map_or(e.confidence, |s| s.salience);
    events.iter().min_by(|a, b| {
        b.is_factual()
            .cmp(&a.is_factual())
            .then(
                salience(b)
                    .partial_cmp(&salience(a))
                    .unwrap_or(std::cmp::Ordering::Equal),
            )
            .then(a.trigger_span.start.cmp(&b.trigger_span.start))
    })
}
