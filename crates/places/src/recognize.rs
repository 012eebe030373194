//! Toponym recognition: capitalised spans that spell a gazetteer name,
//! minus the ones the syntax shows to be part of another name.

use crate::gazetteer::{fold, Gazetteer, Name, NameKind, PlaceKind};
use dyad_actors::{KnowledgeBase, Mention, MentionKind};
use dyad_core::{Document, SegmentRole, Sentence, Span, Upos};
use std::collections::HashSet;

/// A recognised place mention before resolution.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub span: Span,
    pub text: String,
    /// Every entry the spelling may name.
    pub names: Vec<Name>,
    /// Every reading is an adjective or demonym.
    pub adjective: bool,
    /// The actor layer resolved the span as a country or a capital standing
    /// for its government, and no locative preposition governs it.
    pub actor: bool,
    /// A county or parish ("Laurel County"): no gazetteer entry; resolved
    /// to its state by [`crate::resolve`].
    pub county: bool,
}

/// Prepositions that put something at a place. Direction and origin ("to
/// Russia", "from Seoul") name where something goes or comes from, often
/// the recipient or the actor, and "on" and "over" name a target or a
/// topic ("sanctions on Iran", "a dispute over Crimea"): none of them says
/// where the event happens.
pub(crate) const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "across",
    "throughout",
    "around",
    "within",
    "off",
    "along",
];

/// Titles before a name: what follows is a person ("Mrs. Victoria", "Gen. Jackson").
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sen",
    "rep",
    "gov",
    "gen",
    "lt",
    "col",
    "capt",
    "sgt",
    "president",
    "senator",
    "judge",
    "justice",
    "coach",
    "prince",
    "princess",
    "king",
    "queen",
    "lord",
    "sir",
    "lady",
    "pope",
    "saint",
    "st",
    "father",
    "rev",
    "bishop",
    "minister",
    "secretary",
    "chancellor",
    "governor",
    "mayor",
    "officer",
    "detective",
    "professor",
    "prof",
];

/// Nouns a place name can modify without locating anything: "the Paris
/// agreement" is a treaty, not Paris.
const NAME_OF_A_THING: &[&str] = &[
    "agreement",
    "agreements",
    "accord",
    "accords",
    "treaty",
    "protocol",
    "convention",
    "declaration",
    "deal",
    "pact",
    "club",
    "syndrome",
    "format",
    "process",
    "principles",
    "doctrine",
    "group",
];

/// Capitalised words that spell a gazetteer name but almost always mean
/// something else in news text.
const NOT_PLACES: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "god",
    "allah",
    "christ",
    "jesus",
    "bank",
    "union",
    "republic",
    "federal",
    "central",
    "police",
    "court",
    "president",
    "mission",
    "progress",
    "unity",
    "victory",
    "liberty",
    "independence",
    "freedom",
    "democrat",
    "democrats",
    "republican",
    "republicans",
    "congress",
    "senate",
    "house",
    "parliament",
    "state",
    "city",
    "university",
    "college",
    "church",
    "news",
    "post",
    "times",
    "today",
    "mobile",
    "reading",
    "of",
    "as",
    "is",
    "un",
    "eu",
    "nato",
    "isis",
    "isil",
    "hamas",
    "al",
    "la",
    "le",
    "de",
    "don",
    "ben",
    "best",
    "chance",
    "hope",
    "just",
    "young",
    "bay",
    "ocean",
    "mountain",
    "beach",
    "valley",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "northwest",
    "northeast",
    "southwest",
    "southeast",
    "middle",
    "upper",
    "lower",
    "new",
    "old",
    "great",
    "little",
    "grand",
    "national",
    "royal",
    "english",
    "french",
    // Common nouns and words that open a sentence, also names of towns.
    "center",
    "centre",
    "man",
    "area",
    "human",
    "side",
    "metro",
    "downtown",
    "delta",
    "loop",
    "hall",
    "superior",
    "airport",
    "green",
    "golden",
    "crystal",
    "salt",
    "time",
    "care",
    "officer",
    "media",
    "liberal",
    "alliance",
    "plantation",
    "same",
    "most",
    "more",
    "far",
    "along",
    "can",
    "to",
    "centennial",
    "duma",
    "marine",
    "police",
    "justice",
    "energy",
    "commerce",
    "industry",
    "enterprise",
    "sun",
    "star",
];

/// Words that may sit inside a multiword place name in lower case ("Rio
/// de Janeiro", "Stratford-upon-Avon").
const NAME_CONNECTORS: &[&str] = &[
    "de", "da", "do", "dos", "das", "del", "la", "le", "les", "el", "al", "of", "upon", "on",
    "sur", "am", "an", "der", "and", "y", "e", "di", "du", "en",
];

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn lower_ascii(s: &str) -> String {
    s.trim_end_matches('.').to_lowercase()
}

/// The token of `start..end` whose head lies outside it (the last such).
pub(crate) fn span_head(s: &Sentence, start: usize, end: usize) -> usize {
    (start..end)
        .rev()
        .find(|&i| s.head_of(i).is_none_or(|h| h < start || h >= end))
        .unwrap_or(end.saturating_sub(1))
}

/// The lowercased preposition (a `case` dependent) of token `i`, if any.
pub(crate) fn case_of(s: &Sentence, i: usize) -> Option<String> {
    s.children(i)
        .find(|&c| s.tokens[c].deprel == "case" && c < i)
        .map(|c| s.tokens[c].form.to_lowercase())
}

/// A locative preposition governs token `i`, directly or through the first
/// conjunct ("in Singapore and Hanoi").
pub(crate) fn locative_case(s: &Sentence, i: usize) -> Option<String> {
    let own = case_of(s, i);
    let case = match own {
        Some(c) => Some(c),
        None if s.tokens[i].deprel == "conj" => {
            // The nearest earlier conjunct of the same head with a
            // preposition ("with Trump, in Singapore and Hanoi"), else the
            // first conjunct's.
            let h = s.head_of(i);
            (0..i)
                .rev()
                .find(|&k| {
                    s.tokens[k].deprel == "conj" && s.head_of(k) == h && case_of(s, k).is_some()
                })
                .and_then(|k| case_of(s, k))
                .or_else(|| h.and_then(|h| case_of(s, h)))
        }
        None => None,
    };
    case.filter(|c| LOCATIVE.contains(&c.as_str()))
}

/// Every candidate place mention of the document, in text order.
pub(crate) fn candidates(
    gaz: &Gazetteer,
    kb: &KnowledgeBase,
    doc: &Document,
    mentions: &[Mention],
) -> Vec<Candidate> {
    let mut out = Vec::new();
    let surnames = person_surnames(gaz, doc);
    let mut by_sentence: Vec<Vec<&Mention>> = vec![Vec::new(); doc.sentences.len()];
    for m in mentions {
        if let Some(list) = by_sentence.get_mut(m.sentence) {
            list.push(m);
        }
    }
    let max_words = gaz.max_words().clamp(1, 6);
    for (si, s) in doc.sentences.iter().enumerate() {
        if s.role == SegmentRole::Furniture {
            continue;
        }
        let ms = &by_sentence[si];
        let n = s.tokens.len();
        let mut i = 0;
        while i < n {
            let form = s.tokens[i].form.as_str();
            if !starts_upper(form) {
                i += 1;
                continue;
            }
            if let Some(c) = county(doc, si, s, i, ms) {
                i = c.end;
                out.push(c);
                continue;
            }
            let mut found = None;
            let last = n.min(i + max_words);
            for j in (i + 1..=last).rev() {
                // The last token must be capitalised, the inner ones
                // capitalised or name connectors.
                if !starts_upper(&s.tokens[j - 1].form) {
                    continue;
                }
                if (i + 1..j - 1).any(|k| {
                    let f = &s.tokens[k].form;
                    !starts_upper(f) && !NAME_CONNECTORS.contains(&f.as_str()) && f != "."
                }) {
                    continue;
                }
                let span = Span::new(s.tokens[i].span.start, s.tokens[j - 1].span.end);
                let text = span.slice(&doc.text);
                let names = matching(gaz, text);
                if !names.is_empty() {
                    found = Some((j, span, names));
                    break;
                }
                // A name whose last word carries a suffix: "*New York*-based".
                if let Some(span) = before_hyphen(doc, s, i, j) {
                    let names = matching(gaz, span.slice(&doc.text));
                    if !names.is_empty() {
                        found = Some((j, span, names));
                        break;
                    }
                }
            }
            match found {
                Some((j, span, names)) => {
                    if let Some(c) = accept(gaz, kb, &surnames, doc, si, s, i, j, span, names, ms) {
                        out.push(c);
                    }
                    i = j;
                }
                None => {
                    hyphen_parts(gaz, doc, si, s, i, ms, &mut out);
                    i += 1;
                }
            }
        }
    }
    out
}

/// Words that make the name before them a US county or parish.
const COUNTY_WORDS: &[&str] = &["County", "COUNTY", "Parish", "PARISH"];

/// A county named at token `i`: one to three capitalised name words and
/// "County" or "Parish" ("Laurel County", "BLACK HAWK COUNTY", "St.
/// Tammany Parish"), not part of a person's name.
fn county(doc: &Document, si: usize, s: &Sentence, i: usize, ms: &[&Mention]) -> Option<Candidate> {
    let first = s.tokens.get(i)?;
    if matches!(first.upos, Upos::Det | Upos::Pron | Upos::Adp | Upos::Cconj)
        || COUNTY_WORDS.contains(&first.form.as_str())
    {
        return None;
    }
    let k = (i + 1..s.tokens.len().min(i + 4)).find(|&k| {
        COUNTY_WORDS.contains(&s.tokens[k].form.as_str())
            && (i..k).all(|x| {
                let f = s.tokens[x].form.as_str();
                starts_upper(f) || f == "."
            })
    })?;
    let span = Span::new(first.span.start, s.tokens[k].span.end);
    if ms
        .iter()
        .any(|m| m.span.overlaps(span) && matches!(m.kind, MentionKind::Person))
    {
        return None;
    }
    Some(Candidate {
        sentence: si,
        start: i,
        end: k + 1,
        span,
        text: span.slice(&doc.text).to_string(),
        names: Vec::new(),
        adjective: false,
        actor: false,
        county: true,
    })
}

/// The names a written spelling matches, honouring exact case.
fn matching(gaz: &Gazetteer, text: &str) -> Vec<Name> {
    let key = fold(text);
    let names = gaz.lookup(&key);
    if names.is_empty() {
        return Vec::new();
    }
    let all_caps_text = text
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    names
        .iter()
        .filter(|n| !n.exact_case || all_caps_text)
        .copied()
        .collect()
}

/// The span of tokens `i..j` cut at the first hyphen of the last token,
/// when there are several tokens and the last is hyphenated ("New
/// York-based" → "New York").
fn before_hyphen(doc: &Document, s: &Sentence, i: usize, j: usize) -> Option<Span> {
    if j < i + 2 {
        return None;
    }
    let last = s.tokens.get(j - 1)?;
    if last.span.len() != last.form.len() {
        return None;
    }
    let cut = last.span.slice(&doc.text).find('-')?;
    (cut >= 2).then(|| Span::new(s.tokens[i].span.start, last.span.start + cut))
}

/// Places inside a hyphenated token: "Seoul-based", "Russia-Ukraine".
fn hyphen_parts(
    gaz: &Gazetteer,
    doc: &Document,
    si: usize,
    s: &Sentence,
    i: usize,
    ms: &[&Mention],
    out: &mut Vec<Candidate>,
) {
    let tok = &s.tokens[i];
    if !tok.form.contains('-') || tok.span.len() != tok.form.len() {
        return;
    }
    let text = tok.span.slice(&doc.text);
    let mut offset = 0;
    for part in text.split('-') {
        let start = tok.span.start + offset;
        offset += part.len() + 1;
        if !starts_upper(part) || part.len() < 3 {
            continue;
        }
        let names = matching(gaz, part);
        if names.is_empty() || NOT_PLACES.contains(&part.to_lowercase().as_str()) {
            continue;
        }
        let span = Span::new(start, start + part.len());
        if ms.iter().any(|m| {
            m.span.overlaps(span) && matches!(m.kind, MentionKind::Person | MentionKind::Context)
        }) {
            continue;
        }
        let adjective = names.iter().all(|n| n.kind == NameKind::Adjective);
        out.push(Candidate {
            sentence: si,
            start: i,
            end: i + 1,
            span,
            text: part.to_string(),
            names,
            adjective,
            actor: false,
            county: false,
        });
    }
}

/// Decide whether tokens `i..j` of sentence `s`, which spell `names`, are
/// a place here.
#[allow(clippy::too_many_arguments)]
fn accept(
    gaz: &Gazetteer,
    kb: &KnowledgeBase,
    surnames: &HashSet<String>,
    doc: &Document,
    si: usize,
    s: &Sentence,
    i: usize,
    j: usize,
    span: Span,
    mut names: Vec<Name>,
    ms: &[&Mention],
) -> Option<Candidate> {
    let text = span.slice(&doc.text).to_string();
    let low = fold(&text);
    if j == i + 1 && NOT_PLACES.contains(&low.as_str()) {
        return None;
    }
    // "Laurel County", "Plymouth Co.": a county named after a town is
    // another place than the town; the gazetteer holds no counties.
    if s.tokens.get(j).is_some_and(|t| {
        matches!(
            t.form.as_str(),
            "County" | "Co." | "Parish" | "Township" | "Borough" | "COUNTY" | "CO."
        )
    }) {
        return None;
    }
    let adjective = names.iter().all(|n| n.kind == NameKind::Adjective);
    // A plural demonym names people ("Cubans", "Turks"), not a place.
    if adjective && j == i + 1 && s.tokens[i].upos != Upos::Adj && text.ends_with('s') {
        return None;
    }
    // A capitalised word cut before a hyphen ("New *York*-based") is a
    // name whatever the tagger made of the whole token.
    let cut_at_hyphen = s.tokens.get(j - 1).is_some_and(|t| span.end < t.span.end);
    let tags_name = cut_at_hyphen
        || (i..j).any(|k| s.tokens[k].upos == Upos::Propn)
        || capitalised_noun_inside_prose(s, i, j);
    if !adjective && !tags_name && !in_capitals(s, i, j) {
        // A capitalised common word the tagger did not take for a name
        // ("To", "Most", "Reading" at a sentence start) is a place only
        // when a country, subdivision or region is spelled so.
        names.retain(|n| {
            n.kind != NameKind::Alternate
                && gaz
                    .entry(n.entry)
                    .is_some_and(|e| e.kind != PlaceKind::City)
        });
        if names.is_empty() {
            return None;
        }
    }
    // A seat of power the actor layer read as a metonym is a place only as
    // a city of that country ("Seoul"), not as an alternate name of some
    // other ("White House" is also a name of Casablanca).
    if let Some(m) = ms
        .iter()
        .find(|m| m.kind == MentionKind::Metonym && m.span.overlaps(span))
    {
        names.retain(|n| {
            gaz.entry(n.entry).is_some_and(|e| {
                e.country.is_some() && e.country == m.code.country && n.kind != NameKind::Alternate
            })
        });
        if names.is_empty() {
            return None;
        }
    }
    // Inside any other mention the actor layer gave a country ("a *White
    // House* senior official" is American), an alternate name of a place
    // in another country is not meant.
    if let Some(c) = ms
        .iter()
        .filter(|m| m.sentence == si && m.span.overlaps(span))
        .find_map(|m| m.code.country.as_deref())
    {
        names.retain(|n| {
            n.kind != NameKind::Alternate
                || gaz
                    .entry(n.entry)
                    .is_some_and(|e| e.country.as_deref() == Some(c))
        });
        if names.is_empty() {
            return None;
        }
    }
    // Part of a person's name the actor layer found, or an unknown
    // person's name: "Jordan Henderson", "Michael Jordan", "Mr. Washington".
    // A place word before a title inside a person's mention stays a place:
    // "Russian President Vladimir Putin", "U.S. Secretary of State John Kerry".
    let titled = |m: &Mention| {
        m.span.start == span.start
            && (j..m.end.min(s.tokens.len())).any(|k| {
                let w = s.tokens[k].form.trim_end_matches('.').to_lowercase();
                // "President-elect" is a title too.
                let w = w.split('-').next().unwrap_or("").to_string();
                TITLES.contains(&w.as_str()) || kb.sector_of_word(&w).is_some()
            })
    };
    let person = ms.iter().any(|m| {
        m.span.overlaps(span)
            && m.sentence == si
            && (m.kind == MentionKind::Person
                || m.entry.starts_with("person:")
                || m.entry.starts_with("adhoc:")
                || m.entry.starts_with("org:")
                    && (m.span.start < span.start || m.span.end > span.end))
            && !titled(m)
            // An unknown name the actor layer guessed is a person yields to
            // a gazetteer name of several words spanning it all ("Camp Zulu").
            && !(m.entry.starts_with("adhoc:") && j - i >= 2 && m.span == span)
    });
    if person {
        return None;
    }
    if i > 0 && TITLES.contains(&lower_ascii(&s.tokens[i - 1].form).as_str()) && !adjective {
        return None;
    }
    let head = span_head(s, i, j);
    if !adjective && part_of_a_longer_name(s, i, j, head) {
        return None;
    }
    if inside_another_name(kb, gaz, s, i, j, &names) {
        return None;
    }
    if j == i + 1 && surnames.contains(&s.tokens[i].form) {
        return None;
    }
    // "the Paris agreement", "the Minsk format".
    if let Some(h) = s.head_of(head) {
        let t = &s.tokens[h];
        if s.tokens[head].deprel == "compound"
            && h >= j
            && NAME_OF_A_THING.contains(&t.form.to_lowercase().as_str())
        {
            return None;
        }
    }
    let locative = locative_case(s, head).is_some();
    let actor = !locative
        && ms.iter().any(|m| {
            m.span.overlaps(span) && matches!(m.kind, MentionKind::Name | MentionKind::Metonym)
        });
    Some(Candidate {
        sentence: si,
        start: i,
        end: j,
        span,
        text,
        adjective,
        actor,
        names,
        county: false,
    })
}

/// The span sits in a run of capitalised name tokens joined by `flat`
/// (how the parser links the parts of a personal name): "Paris Hilton",
/// "Austin Powers", "Lincoln Chafee".
fn part_of_a_longer_name(s: &Sentence, i: usize, j: usize, head: usize) -> bool {
    let name_token = |k: usize| {
        s.tokens
            .get(k)
            .is_some_and(|t| t.upos == Upos::Propn && starts_upper(&t.form))
    };
    // The next token is a name the span hangs on, or that hangs on it, as `flat`.
    if name_token(j) {
        let next = &s.tokens[j];
        if (s.tokens[head].deprel == "flat" && s.head_of(head) == Some(j))
            || (next.deprel == "flat" && s.head_of(j) == Some(head))
        {
            return true;
        }
    }
    if i > 0 && name_token(i - 1) {
        let prev = &s.tokens[i - 1];
        if (s.tokens[head].deprel == "flat" && s.head_of(head) == Some(i - 1))
            || (prev.deprel == "flat" && s.head_of(i - 1) == Some(head))
        {
            return true;
        }
    }
    false
}

/// A capitalised noun inside a sentence of ordinary case is a name even
/// when the tagger made it a common noun ("the *Manchester* police"): only
/// at the start of a sentence, or in a headline where most words are
/// capitalised, does the capital say nothing.
fn capitalised_noun_inside_prose(s: &Sentence, i: usize, j: usize) -> bool {
    let first_word = s
        .tokens
        .iter()
        .position(|t| t.form.chars().any(char::is_alphanumeric));
    if first_word.is_none_or(|f| i <= f) {
        return false;
    }
    let capitalised = |k: usize| {
        s.tokens[k]
            .form
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    let nouns = (i..j).all(|k| capitalised(k) && s.tokens[k].upos == Upos::Noun);
    let words: Vec<usize> = (0..s.tokens.len())
        .filter(|&k| s.tokens[k].form.chars().any(char::is_alphabetic))
        .collect();
    let caps = words.iter().filter(|&&k| capitalised(k)).count();
    nouns && caps * 2 < words.len()
}

/// The span sits among words in capitals (a headline, a dateline): a
/// name the tagger could not see by its case.
fn in_capitals(s: &Sentence, i: usize, j: usize) -> bool {
    let caps = |k: usize| {
        s.tokens.get(k).is_some_and(|t| {
            let letters: Vec<char> = t.form.chars().filter(|c| c.is_alphabetic()).collect();
            letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
        })
    };
    (i..j).all(caps) && ((i > 0 && caps(i - 1)) || caps(j))
}

/// Words after a place name that keep it a place ("Laurel County", "Kansas
/// City Council" is still about Kansas City).
const PLACE_WORDS: &[&str] = &[
    "county", "city", "province", "state", "region", "district", "valley", "area", "metro",
    "township", "borough", "parish", "island", "islands", "coast", "border", "basin",
];

/// The span is one word of a longer capitalised name that is not itself a
/// place: an organisation ("Cumberland Farms", "Los Angeles Times",
/// "British Airways", "Anglo American", "Southern Poverty Law Center") or a
/// person ("Preston Wiginton"). A country word before a title or an
/// institution stays a place ("Russian President", "Turkish Foreign
/// Ministry").
fn inside_another_name(
    kb: &KnowledgeBase,
    gaz: &Gazetteer,
    s: &Sentence,
    i: usize,
    j: usize,
    names: &[Name],
) -> bool {
    let capitalised = |k: usize| {
        s.tokens
            .get(k)
            .is_some_and(|t| t.upos == Upos::Propn && starts_upper(&t.form))
    };
    let national = names.iter().any(|n| {
        gaz.entry(n.entry)
            .is_some_and(|e| matches!(e.kind, PlaceKind::Country | PlaceKind::Continent))
    });
    // The capitalised words that follow.
    let mut k = j;
    while capitalised(k) && k < j + 6 {
        k += 1;
    }
    if k > j {
        let words: Vec<String> = (j..k).map(|x| s.tokens[x].form.to_lowercase()).collect();
        if PLACE_WORDS.contains(&words[0].as_str()) {
            return false;
        }
        if !national {
            // A city or state word in an organisation's name still names
            // the place ("Edmonton Police Service", "the Winnipeg Free
            // Press", "Kentucky State Police").
            return false;
        }
        let institutional = words.iter().any(|w| kb.sector_of_word(w).is_some());
        if !institutional {
            return true;
        }
    }
    // A country word after a capitalised name word in the same phrase
    // ("Anglo American", "Air France"); a city or state keeps its name
    // there ("CBC Toronto", "CTV Edmonton").
    if national && i > 0 && capitalised(i - 1) {
        let prev = &s.tokens[i - 1];
        let low = prev.form.trim_end_matches('.').to_lowercase();
        let same_phrase = s.head_of(i - 1).is_some_and(|h| h >= i && h < j)
            || s.head_of(span_head(s, i, j)) == Some(i - 1);
        if same_phrase
            && !TITLES.contains(&low.as_str())
            && kb.sector_of_word(&low).is_none()
            && gaz.lookup(&fold(&prev.form)).is_empty()
        {
            return true;
        }
    }
    false
}

/// Last words of personal names in the document ("Nick Burton" → "Burton"):
/// the bare word later is the person, not the town of that name.
fn person_surnames(gaz: &Gazetteer, doc: &Document) -> HashSet<String> {
    let mut out = HashSet::new();
    for s in &doc.sentences {
        for (k, t) in s.tokens.iter().enumerate() {
            if t.deprel != "flat" || t.upos != Upos::Propn || !starts_upper(&t.form) {
                continue;
            }
            let Some(h) = s.head_of(k) else { continue };
            let first = &s.tokens[h];
            if h >= k || first.upos != Upos::Propn {
                continue;
            }
            // "New York" is a place, not a person's name.
            let whole = Span::new(first.span.start, t.span.end).slice(&doc.text);
            if !gaz.lookup(&fold(whole)).is_empty()
                || !gaz.lookup(&fold(&first.form)).is_empty()
                    && gaz.lookup(&fold(&t.form)).is_empty()
            {
                continue;
            }
            out.insert(t.form.clone());
        }
    }
    out
}
