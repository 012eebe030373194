//! The PLOVER JSON event record.
//!
//! Field names follow the PLOVER manual's JSON table (`tab:json`) and entity
//! object (`tab:actorinfo`) exactly; fields dyad adds for evidence and
//! auditing (`doc_id`, `sentence`, spans, `pattern`, `aux_mode`,
//! `confidence`, `quad`, `date_source`) sit beside them and never replace one.

use dyad_core::Span;
use serde::{Deserialize, Serialize};

/// A byte span `{start, end}` into the document text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ByteSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl From<Span> for ByteSpan {
    fn from(s: Span) -> Self {
        ByteSpan {
            start: s.start,
            end: s.end,
        }
    }
}

/// A PLOVER entity object (actor or recipient).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// PLOVER `code`: country (ISO 3166 alpha-3) or international entity code;
    /// `null` when the entity was found but its country is unknown.
    pub code: Option<String>,
    /// PLOVER `sector` (GOV, MIL, ...).
    pub sector: Option<String>,
    /// PLOVER `entity_text`: the text of the mention.
    pub entity_text: String,
    /// PLOVER `identifier_id`: the knowledge-base entry that resolved it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier_id: Option<String>,
    /// dyad: byte span of the mention.
    pub span: ByteSpan,
    /// dyad: how the entity was resolved (`name`, `metonym`, `person`,
    /// `sector`, `coreference`, or `unresolved` when no mention covered the
    /// argument, or `domestic` when the country was taken from the actor of a
    /// domestic event).
    pub resolution: String,
}

/// A PLOVER event record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// PLOVER `id`: `{doc_id}-{sentence}-{n}`, unique within a run.
    pub id: String,
    /// PLOVER `has_event`: always true for records the coder emits.
    pub has_event: bool,
    /// PLOVER `date` (YYYY-MM-DD), `null` when nothing dates the event.
    pub date: Option<String>,
    /// PLOVER `actor`: list of entity objects (several for compound actors).
    pub actor: Vec<Entity>,
    /// PLOVER `recipient`: list of entity objects (empty when none).
    pub recipient: Vec<Entity>,
    /// PLOVER `event`: list of categories (dyad always gives one).
    pub event: Vec<String>,
    /// PLOVER `event_text`: the trigger words.
    pub event_text: Vec<String>,
    /// PLOVER `quad_code`: 1 verbal cooperation .. 4 material conflict.
    pub quad_code: u8,
    /// PLOVER `event_scale`: the manual's conflict/cooperation score.
    pub event_scale: f64,
    /// PLOVER `mode`: list of modes.
    pub mode: Vec<String>,
    /// PLOVER `context`: list of contexts; auxiliary modes are also listed
    /// here, as the manual asks ("put that information in the context").
    pub context: Vec<String>,
    /// PLOVER `text`: the sentence the event was coded from.
    pub text: String,
    /// PLOVER `coder`.
    pub coder: String,
    /// PLOVER `comment`: why a category was adjusted, when it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// dyad: document id.
    pub doc_id: String,
    /// dyad: 0-based sentence index in the document.
    pub sentence: usize,
    /// dyad: how the date was found: `expression`, `context`, `document` or `unknown`.
    pub date_source: String,
    /// dyad: when the document carries no date and nothing dates the event,
    /// the publication range its content suggests. A guess, labelled as one:
    /// `date` stays `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_range: Option<InferredRange>,
    /// dyad: byte span of the trigger.
    pub trigger_span: ByteSpan,
    /// dyad: byte span of the first actor mention, if any.
    pub actor_span: Option<ByteSpan>,
    /// dyad: byte span of the first recipient mention, if any.
    pub recipient_span: Option<ByteSpan>,
    /// dyad: id of the pattern that fired.
    pub pattern: String,
    /// dyad: PLOVER auxiliary modes (`historical`, `future`, `hypothetical`, `negation`).
    pub aux_mode: Vec<String>,
    /// dyad: confidence in 0..1.
    pub confidence: f32,
    /// dyad: quad category in words ("material conflict").
    pub quad: String,
    /// dyad: the quote or attribution the event was coded from (`dyad
    /// quotes` ids): the event is reported by its speaker, not asserted by
    /// the article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote_id: Option<String>,
    /// dyad: who reports the event, when it was coded from a quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_by: Option<ReportedBy>,
    /// PLOVER `event_loc`: where the event happened (several places for
    /// "in Singapore and Hanoi"); empty when nothing in the text says.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub event_loc: Vec<Location>,
    /// dyad: how `event_loc` was found: `predicate` (a locative phrase on
    /// the event's predicate), `clause` (a locative phrase elsewhere in its
    /// clause), `based` (the subject's base: "the *Seoul*-based group") or
    /// `dateline` (the article's dateline).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_source: Option<String>,
    /// What the matcher saw (inputs of the confidence model); not written.
    #[serde(skip)]
    pub signals: Option<crate::confidence::Signals>,
}

/// A PLOVER location object (the manual's `tab:locations`, Mordecai's
/// GeoNames fields), plus the span and gazetteer entry it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// PLOVER `extracted_place`: the place name as written.
    pub extracted_place: String,
    /// PLOVER `resolved_place`: the gazetteer name it was resolved to.
    pub resolved_place: String,
    /// PLOVER `geonameid`, when the entry comes from GeoNames.
    pub geonameid: Option<u64>,
    /// PLOVER `lat`.
    pub lat: f64,
    /// PLOVER `lon`.
    pub lon: f64,
    /// PLOVER `city`, for a city.
    pub city: Option<String>,
    /// PLOVER `province`: the first-level subdivision.
    pub province: Option<String>,
    /// PLOVER `country`: the country's name.
    pub country: Option<String>,
    /// PLOVER `country_code` (ISO 3166 alpha-3, as actor codes).
    pub country_code: Option<String>,
    /// PLOVER `feature_class` (A area, P populated place, L region).
    pub feature_class: String,
    /// PLOVER `feature_code` (PCLI, ADM1, PPLC, PPL, CONT, RGN).
    pub feature_code: String,
    /// PLOVER `resolution`: 4 city, 2 province, 1 country or coarser.
    pub resolution: u8,
    /// dyad: byte span of the place name in the document.
    pub span: ByteSpan,
    /// dyad: the gazetteer entry (`geonames:1835848`, `admin1:CAN.01`).
    pub place_id: String,
}

/// The speaker of the quote an event was coded from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportedBy {
    /// The speaker's name, else the source phrase ("Jo Tae-yong", "sources").
    pub text: String,
    /// Country or organisation code, if resolved.
    pub code: Option<String>,
    /// PLOVER sector, if known.
    pub sector: Option<String>,
}

/// A plausible date range inferred from a document's content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InferredRange {
    /// Earliest plausible date (YYYY-MM-DD).
    pub earliest: String,
    /// Latest plausible date (YYYY-MM-DD).
    pub latest: String,
    /// The evidence, in words.
    pub basis: String,
}

impl Event {
    /// The first event category.
    pub fn category(&self) -> &str {
        self.event.first().map(String::as_str).unwrap_or("")
    }

    /// True when the event carries an auxiliary mode that makes it not a plain fact.
    pub fn is_factual(&self) -> bool {
        self.aux_mode.is_empty()
    }
}
