//! Places: where things happen.
//!
//! Three parts:
//!
//! * [`Gazetteer`]: countries, first-level subdivisions, cities of at least
//!   15,000 people, regions and continents, with coordinates, population
//!   and English spellings (`data/gazetteer/`, embedded), extensible with a
//!   user file.
//! * [`find_places`]: toponym recognition and resolution on a tokenised,
//!   tagged and parsed [`Document`]. A capitalised span that spells a
//!   gazetteer name is a place unless the syntax says it is part of a
//!   person's or an organisation's name ("Jordan Henderson", "the Paris
//!   agreement"); each place is resolved to one entry from population,
//!   the kind of place, the document's other places and countries, and
//!   "City, State" pairs.
//! * [`locate`]: the place of an event, read off the parse: a locative
//!   phrase on its predicate ("in X", "near X"), else the article's
//!   dateline, else a locative phrase elsewhere in its clause, else none.
//!
//! [`eval`] scores recognition and resolution on toponym corpora (TR-News,
//! LGL).
//!
//! Not for: deciding who acts (`dyad-actors`; a capital used for its
//! government, "Seoul said", is marked as an actor here and only locates
//! an event when a locative phrase puts the event there) or coding events
//! (`dyad-events`, which calls [`locate`]).

#![deny(missing_docs)]

pub mod eval;
mod gazetteer;
mod locate;
mod recognize;
mod resolve;
#[cfg(test)]
mod tests;

pub use gazetteer::{fold, Entry, Gazetteer, Name, NameKind, PlaceKind};
pub use locate::{locate, Located, LocationSource};

use dyad_actors::{KnowledgeBase, Mention};
use dyad_core::{Document, Span};
use serde::Serialize;

/// A place mention resolved to a gazetteer entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    /// Index of the sentence in [`Document::sentences`].
    pub sentence: usize,
    /// First token (0-based) of the mention within the sentence.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Byte span of the mention in the document text (inside one token for
    /// a part of a hyphenated word: "Seoul" in "Seoul-based").
    pub span: Span,
    /// The mention as written.
    pub text: String,
    /// Index of the chosen entry in the gazetteer.
    #[serde(skip)]
    pub entry: usize,
    /// The chosen entry.
    pub place: Entry,
    /// The name of the entry's first-level subdivision, when known.
    pub admin1_name: Option<String>,
    /// An adjective or demonym ("Russian", "Texans"): it names the place
    /// but never locates an event.
    pub adjective: bool,
    /// The mention also stands for an actor ("Seoul said"): a country name
    /// or capital the actor layer resolved, not after a locative preposition.
    pub actor: bool,
    /// Why this entry was chosen: `only` (one candidate), `population`,
    /// `context` (the document's other places and countries), `pair`
    /// ("Paris, Texas").
    pub resolved_by: &'static str,
}

/// Find and resolve the places of a parsed document. `kb` is the actor
/// knowledge base (its role words tell "Russian President" from "British
/// Airways"); `mentions` are the
/// actor layer's mentions of the same document: a span a person's name
/// covers is not a place, and country names and capitals it resolved are
/// marked as actors.
pub fn find_places(
    gaz: &Gazetteer,
    kb: &KnowledgeBase,
    doc: &Document,
    mentions: &[Mention],
) -> Vec<Place> {
    let candidates = recognize::candidates(gaz, kb, doc, mentions);
    resolve::resolve(gaz, doc, mentions, candidates)
}
