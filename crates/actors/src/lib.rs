//! Actors: who a span of news text refers to, as PLOVER country + sector codes.
//!
//! Two parts:
//!
//! * [`KnowledgeBase`]: countries (names, aliases, adjectives, metonyms),
//!   organisations, people with dated tenures of office, and sector words,
//!   loaded from `data/kb/*.tsv` (embedded in the binary) and extensible
//!   with user files ([`KnowledgeBase::extend_from_file`]).
//! * [`find_mentions`]: finds actor mentions in a tokenised, tagged and
//!   parsed [`dyad_core::Document`] and resolves each to an [`ActorCode`]:
//!   names and metonyms, sector phrases ("the North Korean army" → `PRK
//!   MIL`), people through the office they held on the document date, and
//!   simple within-document coreference (bare surnames, "the regime", "the
//!   North", subject pronouns).
//!
//! Not for: deciding which mention is the source or target of an event
//! (that is `dyad-events`), tokenising or parsing (`dyad-text`,
//! `dyad-syntax`), or entity linking beyond the knowledge base: an unknown
//! name is only resolved when a title or an apposition says who it is.

#![deny(missing_docs)]

pub mod context;
mod gender;
mod kb;
mod mentions;
#[cfg(test)]
mod tests;

pub use kb::{CountrySpelling, KnowledgeBase, Resolution};
pub use mentions::{find_mentions, is_backer_compound, is_calendar_word};

use dyad_core::Span;
use serde::{Deserialize, Serialize};

/// A resolved actor code: country plus sector, PLOVER style.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct ActorCode {
    /// ISO 3166-1 alpha-3 country code (`PRK`, `KOR`, `RUS`), or an
    /// organisation code for international actors (`IGO`, `UNO`, `NATO`...)
    /// as PLOVER uses them. `None` when the country is unknown.
    pub country: Option<String>,
    /// PLOVER sector code (`GOV`, `MIL`, `SPY`, `LEG`, `COP`, `REB`...), if any.
    pub sector: Option<String>,
}

/// How a mention was recognised; shown in outputs so an analyst can audit it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    /// A country or organisation name, demonym or adjective ("North Korea", "Russian").
    Name,
    /// A capital or seat of power standing for its government ("Pyongyang", "the Kremlin").
    Metonym,
    /// A named person resolved through their office on the document date.
    Person,
    /// A sector noun phrase with a country ("the North Korean army").
    Sector,
    /// A within-document link ("the regime", "the North", a pronoun, a bare surname).
    Coreference,
    /// A role word with no country of its own ("police", "the Senate") given
    /// the country the article is about (see [`context`]).
    Context,
    /// A place ("in Amman", "Darfur"): says where, lends its country to the
    /// article's focus and to a visit's host, and is never an actor.
    Place,
}

/// One actor mention in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Index of the sentence in [`dyad_core::Document::sentences`].
    pub sentence: usize,
    /// First token (0-based, inclusive) of the mention within the sentence.
    pub start: usize,
    /// One past the last token of the mention within the sentence.
    pub end: usize,
    /// The syntactic head token of the mention (0-based within the sentence).
    pub head: usize,
    /// Byte span of the mention in the document text.
    pub span: Span,
    /// The mention text as written.
    pub text: String,
    /// The resolved code.
    pub code: ActorCode,
    /// Id of the knowledge-base entry that resolved it (for explanations).
    pub entry: String,
    /// How it was recognised.
    pub kind: MentionKind,
}
