//! News text processing for dyad: the layer between a reader's raw
//! [`Document::text`](dyad_core::Document) and the syntax models.
//!
//! - [`normalize_form`]: the token form models see (NFC, ASCII quotes and
//!   dashes, invisible characters dropped).
//! - [`segment`]: paragraphs, sentences with a [`SegmentRole`](dyad_core::SegmentRole)
//!   (body, heading, page furniture) and tokens, all as byte spans into the
//!   original text so every later annotation can point back at the article.
//! - [`tokenize`]: UD English EWT-style tokens of one sentence.
//! - [`title_span`]: the headline line of a plain-text article, if any.
//!
//! This crate is rule-based and allocation-light on purpose: it runs over
//! whole corpora. It does **not** tag, lemmatise, parse or read files (see
//! `dyad-syntax` and `dyad-read`), and it never changes the document text;
//! normalisation affects token forms only.

mod lexicon;
mod normalize;
mod segment;
mod tokenize;

pub use normalize::normalize_form;
pub use segment::{segment, title_span};
pub use tokenize::tokenize;

#[cfg(test)]
mod checks;
