//! The document model every dyad stage reads and annotates.
//!
//! One [`Document`] owns the original article text. Sentences and tokens are
//! views into that text by byte offset ([`Span`]), so any annotation a later
//! stage adds (an actor mention, a trigger word, a time expression) can be
//! traced back to the exact bytes of the article it came from.
//!
//! This crate holds data only: no I/O, no models, no rules. Readers fill in
//! [`Document`], `dyad-text` adds [`Sentence`]s and [`Token`]s, and
//! `dyad-syntax` fills each token's tags and dependency arc.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A half-open byte range `[start, end)` into [`Document::text`].
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` (inclusive) to `end` (exclusive).
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The smallest span covering both `self` and `other`.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text this span covers, or `""` if it does not fall on char boundaries of `text`.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Where a document came from, so errors and outputs can point back at it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Origin {
    /// File path, or `-` for standard input.
    pub path: String,
    /// 1-based line number for line-oriented formats (JSON Lines), else `None`.
    pub line: Option<usize>,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}", self.path, line),
            None => write!(f, "{}", self.path),
        }
    }
}

/// How the document date was established. Outputs carry this so an analyst
/// never mistakes a fallback for a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// From the record's own metadata (a JSON field, an HTML `<meta>` or `<time>`).
    Metadata,
    /// From a dateline or a `date YYYY-MM-DD` line in the text itself.
    Text,
    /// From the user's `--date` flag.
    Flag,
    /// Inferred from the content (a plausible range; see `dyad-time`).
    Inferred,
    /// Nobody knows.
    #[default]
    Unknown,
}

/// Universal part-of-speech tags (UD v2).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "UPPERCASE")]
pub enum Upos {
    /// Adjective.
    Adj,
    /// Adposition.
    Adp,
    /// Adverb.
    Adv,
    /// Auxiliary.
    Aux,
    /// Coordinating conjunction.
    Cconj,
    /// Determiner.
    Det,
    /// Interjection.
    Intj,
    /// Noun.
    Noun,
    /// Numeral.
    Num,
    /// Particle.
    Part,
    /// Pronoun.
    Pron,
    /// Proper noun.
    Propn,
    /// Punctuation.
    Punct,
    /// Subordinating conjunction.
    Sconj,
    /// Symbol.
    Sym,
    /// Verb.
    Verb,
    /// Other, and the value before tagging.
    #[default]
    X,
}

impl Upos {
    /// All tags, in a fixed order (useful as class indices for models).
    pub const ALL: [Upos; 17] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];

    /// The UD spelling (`NOUN`, `PROPN`, ...).
    pub fn as_str(&self) -> &'static str {
        match self {
            Upos::Adj => "ADJ",
            Upos::Adp => "ADP",
            Upos::Adv => "ADV",
            Upos::Aux => "AUX",
            Upos::Cconj => "CCONJ",
            Upos::Det => "DET",
            Upos::Intj => "INTJ",
            Upos::Noun => "NOUN",
            Upos::Num => "NUM",
            Upos::Part => "PART",
            Upos::Pron => "PRON",
            Upos::Propn => "PROPN",
            Upos::Punct => "PUNCT",
            Upos::Sconj => "SCONJ",
            Upos::Sym => "SYM",
            Upos::Verb => "VERB",
            Upos::X => "X",
        }
    }

    /// Parse the UD spelling; unknown strings give `None`.
    pub fn parse(s: &str) -> Option<Upos> {
        Upos::ALL.iter().copied().find(|u| u.as_str() == s)
    }

    /// Index of this tag in [`Upos::ALL`].
    pub fn index(&self) -> usize {
        *self as usize
    }
}

impl fmt::Display for Upos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One token: a span of the document text plus the syntax layer's annotations.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Token {
    /// Bytes of the original text this token covers.
    pub span: Span,
    /// The token's form as the models see it (normalised quotes, dashes, NFC).
    pub form: String,
    /// Universal POS tag (filled by the tagger; `X` before).
    pub upos: Upos,
    /// Penn Treebank tag (filled by the tagger; empty before).
    pub xpos: String,
    /// Lemma (filled by the lemmatizer; empty before).
    pub lemma: String,
    /// Head as a 1-based token index within the sentence; 0 is the root
    /// (the CoNLL-U convention). Meaningless until the parser has run.
    pub head: usize,
    /// Universal dependency relation to the head (empty before parsing).
    pub deprel: String,
}

impl Token {
    /// A fresh, unannotated token.
    pub fn new(span: Span, form: impl Into<String>) -> Self {
        Token {
            span,
            form: form.into(),
            ..Token::default()
        }
    }
}

/// What part of the article a segment is. Event coding reads body text and
/// headings; furniture (site names, "Related News :" labels, bylines,
/// dateline markers) is kept for offsets but never coded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentRole {
    /// Running article text.
    #[default]
    Body,
    /// A headline or section heading (a short line without final punctuation).
    Heading,
    /// Page furniture: navigation, site names, labels, date markers.
    Furniture,
    /// A news dateline before the first sentence ("GAZA CITY, Gaza Strip
    /// (AP) —"): where the story was filed, never coded as an actor or an
    /// event, kept for locating the story.
    Dateline,
}

impl SegmentRole {
    /// True for text that reports news and is read for actors, events and
    /// quotes (body text and headings); false for furniture and datelines.
    pub fn is_reported_text(self) -> bool {
        matches!(self, SegmentRole::Body | SegmentRole::Heading)
    }
}

/// A sentence: its span in the document and its tokens.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Sentence {
    /// Bytes of the original text the sentence covers.
    pub span: Span,
    /// 0-based index of the paragraph the sentence sits in.
    pub paragraph: usize,
    /// Whether this is body text, a heading or page furniture.
    pub role: SegmentRole,
    /// Tokens in order.
    pub tokens: Vec<Token>,
    /// True when the text gave no sentence end in time and the segmenter
    /// ended the sentence at its token limit (at the best boundary it
    /// found: a semicolon, a colon, a comma, a conjunction); the parse and
    /// what is read from it are less reliable there.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub forced_end: bool,
}

/// Most tokens a sentence may have: a longer run of text without a sentence
/// end (a list, a table flattened to text, garbage) is split so that every
/// later stage works on bounded sentences.
pub const MAX_SENTENCE_TOKENS: usize = 200;

impl Sentence {
    /// The sentence text as it stands in the document.
    pub fn text<'a>(&self, doc_text: &'a str) -> &'a str {
        self.span.slice(doc_text)
    }

    /// 0-based indices of the dependents of token `i` (0-based), in order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.tokens
            .iter()
            .enumerate()
            .filter(move |(_, t)| t.head == i + 1)
            .map(|(j, _)| j)
    }

    /// True when token `node` is `anchor` or lies anywhere below it in the
    /// tree (0-based indices); bounded against malformed heads.
    pub fn dominates(&self, anchor: usize, node: usize) -> bool {
        dominates_by(self.tokens.len(), |i| self.head_of(i), anchor, node)
    }

    /// True when token `i` is a past participle the sentence uses as a
    /// noun: "the *accused*", "the *wounded*" (tagged a verb, with a
    /// determiner and no subject or object of its own).
    pub fn participle_as_noun(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        if t.upos != Upos::Verb || !matches!(t.xpos.as_str(), "VBN" | "VBD") {
            return false;
        }
        let mut det = false;
        for k in self.children(i) {
            let Some(c) = self.tokens.get(k) else {
                continue;
            };
            match c.deprel.split(':').next() {
                Some("det") if matches!(c.lemma.to_lowercase().as_str(), "the" | "a" | "an") => {
                    det = k < i
                }
                Some("nsubj" | "obj" | "iobj" | "csubj" | "ccomp" | "xcomp" | "aux") => {
                    return false
                }
                _ => {}
            }
        }
        det
    }

    /// 0-based index of the head of token `i`, or `None` for the root.
    pub fn head_of(&self, i: usize) -> Option<usize> {
        match self.tokens.get(i).map(|t| t.head) {
            Some(h) if h > 0 && h <= self.tokens.len() => Some(h - 1),
            _ => None,
        }
    }
}

/// One article.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Document {
    /// Identifier: from the record, else derived from the origin.
    pub id: String,
    /// Headline, when known.
    pub title: Option<String>,
    /// Publication date, when known.
    pub date: Option<NaiveDate>,
    /// How [`Document::date`] was established.
    pub date_source: DateSource,
    /// URL, when known.
    pub url: Option<String>,
    /// Publisher or outlet, when known.
    pub source: Option<String>,
    /// Where the document was read from.
    pub origin: Origin,
    /// The article body. All spans index into this string.
    pub text: String,
    /// Paragraph spans, in order (filled by `dyad-text`).
    pub paragraphs: Vec<Span>,
    /// Sentences, in order (filled by `dyad-text`).
    pub sentences: Vec<Sentence>,
    /// Set by `dyad-text` when the document held more than
    /// [`MAX_DOCUMENT_TOKENS`]: only its first this-many bytes were
    /// segmented and are analysed (callers report it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analysed_bytes: Option<usize>,
}

/// Most tokens analysed in one document (about 800 kB of prose, fifteen
/// times the longest news article): memory per document stays bounded
/// whatever the input, and what lies beyond is reported, not analysed.
pub const MAX_DOCUMENT_TOKENS: usize = 150_000;

impl Document {
    /// A document with the given id and text and nothing else known.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    /// Total number of tokens across sentences.
    pub fn token_count(&self) -> usize {
        self.sentences.iter().map(|s| s.tokens.len()).sum()
    }
}

/// True when `node` is `anchor` or lies anywhere below it in a tree of `len`
/// tokens whose heads `head_of` gives (0-based; `None` for the root). A
/// view with repaired heads uses this as [`Sentence::dominates`] does with
/// the parsed ones; the walk is bounded against cycles.
pub fn dominates_by(
    len: usize,
    head_of: impl Fn(usize) -> Option<usize>,
    anchor: usize,
    node: usize,
) -> bool {
    let mut cur = node;
    for _ in 0..=len {
        if cur == anchor {
            return true;
        }
        match head_of(cur) {
            Some(h) => cur = h,
            None => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_slice_is_safe_off_char_boundaries() {
        let text = "Séoul";
        assert_eq!(Span::new(0, 2).slice(text), "");
        assert_eq!(Span::new(0, 3).slice(text), "Sé");
        assert_eq!(Span::new(4, 99).slice(text), "");
    }

    #[test]
    fn upos_round_trips_through_its_spelling() {
        for u in Upos::ALL {
            assert_eq!(Upos::parse(u.as_str()), Some(u));
            assert_eq!(Upos::ALL[u.index()], u);
        }
        assert_eq!(Upos::parse("nope"), None);
    }

    #[test]
    fn children_and_heads_follow_conllu_convention() {
        let mut s = Sentence::default();
        for (form, head) in [("Kim", 2), ("left", 0), ("Seoul", 2)] {
            let mut t = Token::new(Span::default(), form);
            t.head = head;
            s.tokens.push(t);
        }
        assert_eq!(s.children(1).collect::<Vec<_>>(), vec![0, 2]);
        assert_eq!(s.head_of(0), Some(1));
        assert_eq!(s.head_of(1), None);
    }

    fn parsed(rows: &[(&str, Upos, &str, usize, &str)]) -> Sentence {
        let mut s = Sentence::default();
        for &(form, upos, xpos, head, rel) in rows {
            let mut t = Token::new(Span::default(), form);
            t.lemma = form.to_lowercase();
            t.upos = upos;
            t.xpos = xpos.into();
            t.head = head;
            t.deprel = rel.into();
            s.tokens.push(t);
        }
        s
    }

    #[test]
    fn a_participle_with_a_determiner_and_no_arguments_is_a_noun() {
        let s = parsed(&[
            ("police", Upos::Noun, "NNS", 2, "nsubj"),
            ("arrested", Upos::Verb, "VBD", 0, "root"),
            ("the", Upos::Det, "DT", 4, "det"),
            ("accused", Upos::Verb, "VBN", 2, "ccomp"),
        ]);
        assert!(s.participle_as_noun(3));
        assert!(!s.participle_as_noun(1));
        let s = parsed(&[
            ("Russia", Upos::Propn, "NNP", 2, "nsubj"),
            ("accused", Upos::Verb, "VBD", 0, "root"),
            ("the", Upos::Det, "DT", 4, "det"),
            ("West", Upos::Propn, "NNP", 2, "obj"),
        ]);
        assert!(!s.participle_as_noun(1));
    }
}
