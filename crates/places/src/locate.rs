//! Where an event happened, read off the parse.
//!
//! In order: a place in a locative phrase on the event's predicate ("clashed
//! *in Aleppo*", "meetings *in Singapore and Hanoi*", "talks were held *in
//! Hanoi*"); else a place in a locative phrase on another verb of the
//! sentence that governs the trigger or that the trigger governs; else the
//! article's dateline ("GAZA CITY, Gaza Strip (AP) —"), where the story was
//! filed (the caller decides whether that can be where the event was: a
//! story filed in Tokyo reports events elsewhere too); else the base of the
//! event's subject ("the *Seoul*-based group protested"), after the clause
//! and before the dateline; else none. A place attached to a
//! noun locates that noun ("a researcher at the Center *in Seoul*"), never
//! the event.

use crate::recognize::{locative_case, span_head};
use crate::Place;
use dyad_core::{Document, SegmentRole, Sentence, Upos};
use serde::Serialize;

/// How an event's location was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LocationSource {
    /// A locative phrase on the event's own predicate.
    Predicate,
    /// The article's dateline.
    Dateline,
    /// A locative phrase on another verb of the event's clause.
    Clause,
    /// Where the event's subject is based ("the *Seoul*-based group
    /// protested"): the base of whoever acted, when nothing on the clause
    /// says where.
    Based,
}

/// The places of one event.
#[derive(Debug, Clone, PartialEq)]
pub struct Located<'a> {
    /// The places, in text order (several for "in Singapore and Hanoi").
    pub places: Vec<&'a Place>,
    /// How they were found.
    pub source: LocationSource,
}

/// True when `p` is a place in a locative phrase (not an adjective, not an
/// actor) and returns the token it attaches to.
fn locative_governor(s: &Sentence, p: &Place) -> Option<usize> {
    if p.adjective {
        return None;
    }
    let head = span_head(s, p.start, p.end);
    locative_case(s, head)?;
    // The first conjunct's governor for "in Singapore and Hanoi".
    let mut at = head;
    for _ in 0..4 {
        if s.tokens[at].deprel == "conj" {
            at = s.head_of(at)?;
        } else {
            break;
        }
    }
    s.head_of(at)
}

/// The tokens that count as the event's predicate: the trigger, the verb a
/// trigger noun is the object or subject of ("held *talks*"), and the verb
/// an infinitive or participle trigger hangs on.
fn predicate_tokens(s: &Sentence, trigger: usize) -> Vec<usize> {
    let mut out = vec![trigger];
    let t = &s.tokens[trigger];
    if let Some(h) = s.head_of(trigger) {
        let carried = matches!(
            t.deprel.as_str(),
            "obj" | "nsubj:pass" | "nsubj" | "xcomp" | "compound" | "amod"
        ) || (t.upos != Upos::Verb && t.deprel == "obl");
        if carried {
            out.push(h);
        }
    }
    // A copula's or light verb's nominal: "was an attack in X".
    for c in s.children(trigger) {
        if s.tokens[c].deprel == "xcomp" {
            out.push(c);
        }
    }
    out
}

/// The location of an event whose trigger is token `trigger` of sentence
/// `sentence`, from the document's resolved `places` (in text order, as
/// [`crate::find_places`] returns them).
pub fn locate<'a>(
    doc: &Document,
    places: &'a [Place],
    sentence: usize,
    trigger: usize,
) -> Option<Located<'a>> {
    let s = doc.sentences.get(sentence)?;
    if trigger >= s.tokens.len() {
        return None;
    }
    let here: Vec<(&Place, usize)> = in_sentence(places, sentence)
        .iter()
        .filter(|p| p.end <= s.tokens.len())
        .filter_map(|p| locative_governor(s, p).map(|g| (p, g)))
        .collect();
    let preds = predicate_tokens(s, trigger);
    let on_predicate: Vec<&Place> = here
        .iter()
        .filter(|(_, g)| preds.contains(g))
        .map(|(p, _)| *p)
        .collect();
    if !on_predicate.is_empty() {
        return Some(Located {
            places: on_predicate,
            source: LocationSource::Predicate,
        });
    }
    // A verb of the same clause chain: it governs the trigger or the
    // trigger governs it, without crossing into a noun's modifier.
    let in_clause: Vec<&Place> = here
        .iter()
        .filter(|(_, g)| {
            let gt = &s.tokens[*g];
            matches!(gt.upos, Upos::Verb | Upos::Aux)
                && (s.dominates(*g, trigger) || s.dominates(trigger, *g))
                && !crosses_clause(s, *g, trigger)
        })
        .map(|(p, _)| *p)
        .collect();
    if !in_clause.is_empty() {
        return Some(Located {
            places: in_clause,
            source: LocationSource::Clause,
        });
    }
    // "The Seoul-based group protested": the subject's own base.
    let subjects: Vec<usize> = preds
        .iter()
        .flat_map(|&v| s.children(v))
        .filter(|&c| matches!(s.tokens[c].deprel.as_str(), "nsubj" | "nsubj:pass"))
        .chain(std::iter::once(trigger))
        .collect();
    let based: Vec<&Place> = in_sentence(places, sentence)
        .iter()
        .filter(|p| !p.adjective && p.end == p.start + 1 && p.end <= s.tokens.len())
        .filter(|p| {
            let t = &s.tokens[p.start];
            t.form.to_lowercase().ends_with("-based")
                && s.head_of(p.start).is_some_and(|h| subjects.contains(&h))
        })
        .collect();
    if !based.is_empty() {
        return Some(Located {
            places: based,
            source: LocationSource::Based,
        });
    }
    dateline_place(doc, places).map(|p| Located {
        places: vec![p],
        source: LocationSource::Dateline,
    })
}

/// True when the path from `a` down to `b` (or `b` down to `a`) passes
/// through a clausal complement or adverbial clause: a place on "said" does
/// not locate what was said to have happened elsewhere.
fn crosses_clause(s: &Sentence, a: usize, b: usize) -> bool {
    let (top, mut at) = if s.dominates(a, b) { (a, b) } else { (b, a) };
    for _ in 0..s.tokens.len() {
        if at == top {
            return false;
        }
        if matches!(
            s.tokens[at].deprel.as_str(),
            "ccomp" | "advcl" | "acl:relcl" | "parataxis" | "csubj"
        ) {
            return true;
        }
        match s.head_of(at) {
            Some(h) => at = h,
            None => return false,
        }
    }
    false
}

/// The place of the article's dateline, when it has one.
fn dateline_place<'a>(doc: &Document, places: &'a [Place]) -> Option<&'a Place> {
    let si = doc
        .sentences
        .iter()
        .take(8)
        .position(|s| s.role == SegmentRole::Dateline)?;
    in_sentence(places, si).iter().find(|p| !p.adjective)
}

/// The places of one sentence (places are in text order): a binary
/// search, so locating every event of a long document stays linear.
fn in_sentence(places: &[Place], sentence: usize) -> &[Place] {
    let lo = places.partition_point(|p| p.sentence < sentence);
    let hi = places.partition_point(|p| p.sentence <= sentence);
    places.get(lo..hi.max(lo)).unwrap_or(&[])
}
