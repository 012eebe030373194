//! The mention finder: names, sector phrases, people and coreference.
//!
//! One pass over the sentences of a document, in order. Within a sentence:
//!
//! 1. names (countries, adjectives, metonyms, organisations, people) are
//!    matched longest-first on a normalised copy of the sentence text, one
//!    hash lookup per token;
//! 2. sector words are found on the remaining tokens and grouped
//!    ("army spokesman");
//! 3. each sector group takes its country from the noun phrase to its left
//!    (an adjective, a possessive, a compound), or from an `of`/`from`
//!    phrase to its right, absorbing that name into one mention; titles
//!    absorb the person named right after them;
//! 4. unknown people are resolved through an apposition ("Jo Tae-yong, the
//!    head of South Korea's intelligence services");
//! 5. bare surnames, "the North"/"the South", "the regime" and subject
//!    pronouns are linked to earlier mentions of the document.
//!
//! Everything is deliberately conservative: when no antecedent or country is
//! found, the mention is left without one rather than guessed.

use crate::gender::{self, Gender};
use crate::kb::{
    first_key, is_head_office, normalize, office_rank, push_normalized, KnowledgeBase, NameEntry,
    SectorKind, Target,
};
use crate::{ActorCode, Mention, MentionKind};
use chrono::NaiveDate;
use dyad_core::{Document, Sentence, Span, Upos};
use std::collections::{HashMap, HashSet};

/// Office nouns that follow the name of a body to make a title ("Foreign
/// Affairs Committee *Chairman*", "Intelligence Committee *Chairwoman*").
const BODY_OFFICES: &[&str] = &[
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "director",
    "head",
    "chief",
];

/// Nouns (lemmas) for what happens at a place: a capital right before one
/// ("the Paris attacks", "the Singapore summit") names where.
const OCCASIONS: &[&str] = &[
    "attack",
    "bombing",
    "shooting",
    "massacre",
    "blast",
    "explosion",
    "riot",
    "siege",
    "summit",
    "conference",
    "meeting",
    "talk",
    "negotiation",
    "forum",
    "process",
    "format",
    "ceasefire",
    "truce",
    "agreement",
    "accord",
    "treaty",
    "protocol",
    "declaration",
    "convention",
    "marathon",
    "olympics",
];

/// Prepositions after which a capital names a place, not its government
/// ("a research centre in Seoul").
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "around",
    "across",
    "inside",
    "throughout",
    "into",
    "within",
];

/// Nouns for groups of people that a sector adjective can qualify
/// ("intelligence sources", "military personnel").
const GROUP_NOUNS: &[&str] = &[
    "group",
    "unit",
    "personnel",
    "source",
    "member",
    "people",
    "fighter",
    "man",
    "staff",
    "agent",
    "operative",
    "community",
    "circle",
    "figure",
    "establishment",
    "officer",
    "contractor",
    "adviser",
    "advisor",
    "analyst",
    "leadership",
    "wing",
    "branch",
    "chief",
    "head",
    "team",
    "delegation",
    "representative",
];

/// Capitalised words that are never people ("Theresa May ... in May").
const CALENDAR: &[&str] = &[
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
];

/// Whether a word (lowercased) is a month or weekday name: capitalised, a
/// tagger may call it a proper noun, but it names no one.
pub fn is_calendar_word(word: &str) -> bool {
    CALENDAR.contains(&word)
}

/// Abbreviated and honorific words that may stand before a name without
/// being part of it ("Sheikh Hasina", "Mr Kim").
const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "adm",
    "sen",
    "rep",
    "rev",
    "sheikh",
    "ayatollah",
    "prince",
    "princess",
    "pope",
    "emir",
    "sultan",
    "general",
    "colonel",
    "admiral",
    "marshal",
    "lieutenant",
    "captain",
    "major",
    "field",
    "brigadier",
    "sir",
    "lord",
    "lady",
    "dame",
    "saint",
    "st",
    "mullah",
    "imam",
];

/// Countries whose demonym, second in a compound ("Iranian American",
/// "Greek Cypriots"), is the nationality while the first word is an origin.
const CIVIC_NATIONS: &[&str] = &["USA", "CAN", "AUS", "NZL", "GBR", "CYP"];

/// Second halves of hyphenated adjectives that make the name before them
/// the agent ("US-led", "Saudi-backed", "Tehran-based").
const AGENT_SUFFIXES: &[&str] = &[
    "led",
    "backed",
    "sponsored",
    "supported",
    "allied",
    "based",
    "controlled",
    "funded",
    "trained",
    "armed",
    "dominated",
    "run",
];

/// Of [`AGENT_SUFFIXES`], those that make the name a backer of the group
/// after it, not its owner: "Saudi-backed militias" are not Saudi.
const SUPPORTER_SUFFIXES: &[&str] = &[
    "backed",
    "sponsored",
    "supported",
    "allied",
    "funded",
    "trained",
    "armed",
];

/// Titles kept for life by custom ("*Ambassador* Christopher Hill" years
/// after the post, "*Gen.* X" in retirement): they do not say the holder is
/// in office on the date.
fn is_lifelong_title(word: &str) -> bool {
    let first = word.split_whitespace().next().unwrap_or("");
    matches!(
        first.trim_end_matches('.'),
        "ambassador"
            | "general"
            | "gen"
            | "admiral"
            | "adm"
            | "colonel"
            | "col"
            | "lieutenant"
            | "lt"
            | "major"
            | "maj"
            | "captain"
            | "capt"
            | "sergeant"
            | "sgt"
            | "judge"
    )
}

/// Whether a token is the party and state tag that follows the name of a
/// member of the US Congress: "R-Va", "D-N.Y", "I-Vt" (the tokenizer keeps
/// the final stop apart).
fn is_us_party_tag(form: &str) -> bool {
    let mut chars = form.chars();
    matches!(chars.next(), Some('R' | 'D' | 'I'))
        && chars.next() == Some('-')
        && chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && form.len() <= 10
        && form
            .chars()
            .skip(3)
            .all(|c| c.is_ascii_alphabetic() || c == '.')
}

/// Whether a token is a name compounded with a word of backing
/// ("Iran-backed", "U.S.-trained"): the name backs the group after it and is
/// not that group's country.
pub fn is_backer_compound(token_text: &str) -> bool {
    let text = token_text.to_lowercase();
    SUPPORTER_SUFFIXES.iter().any(|suffix| {
        text.strip_suffix(suffix)
            .is_some_and(|head| head.len() > 1 && head.ends_with('-'))
    })
}

/// Prepositions that place a group in a country or place ("rebels in
/// Darfur", "Albanians of southern Serbia", "refugees from Syria").
const LOCATING: &[&str] = &["in", "of", "from", "inside", "throughout", "across"];

/// Compass words that may stand between a locating preposition and the
/// place ("in south Serbia", "of the northern Caucasus").
/// Adjectives of a region or a community of states: a group they name
/// ("European leaders", "Arab ministers") is of no one country.
pub const REGIONAL_ADJECTIVES: &[&str] = &[
    "european",
    "arab",
    "asian",
    "african",
    "gulf",
    "nordic",
    "baltic",
    "balkan",
    "scandinavian",
    "caribbean",
    "western",
    "mideast",
    "muslim",
];

/// Words that make "America" and "American" name a continent or a region
/// rather than the United States.
const CONTINENT_QUALIFIERS: &[&str] = &["central", "latin", "south", "north", "meso", "pan"];

/// Bodies of water named after a country ("the Gulf *of Oman*", "the Sea
/// *of Japan*"): the country in their name is no party.
const WATER_FEATURES: &[&str] = &[
    "gulf", "sea", "strait", "straits", "bay", "ocean", "channel",
];

const COMPASS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "rural",
    "occupied",
];

/// Lowercased words that make a run of capitalised words a place, a body
/// or a thing rather than a person's name.
const NOT_PERSON_WORDS: &[&str] = &[
    "plaza",
    "square",
    "airport",
    "street",
    "road",
    "avenue",
    "park",
    "station",
    "bridge",
    "river",
    "island",
    "islands",
    "mountain",
    "mountains",
    "lake",
    "sea",
    "ocean",
    "gulf",
    "bay",
    "hospital",
    "university",
    "college",
    "school",
    "church",
    "cathedral",
    "mosque",
    "temple",
    "hotel",
    "tower",
    "towers",
    "embassy",
    "consulate",
    "prison",
    "jail",
    "base",
    "port",
    "harbor",
    "harbour",
    "beach",
    "canal",
    "memorial",
    "monument",
    "library",
    "arena",
    "mall",
    "center",
    "centre",
    "building",
    "house",
    "hall",
    "palace",
    "museum",
    "stadium",
    "court",
    "council",
    "committee",
    "commission",
    "ministry",
    "department",
    "agency",
    "office",
    "party",
    "company",
    "corporation",
    "inc",
    "ltd",
    "llc",
    "group",
    "bank",
    "fund",
    "foundation",
    "institute",
    "association",
    "union",
    "forces",
    "army",
    "force",
    "guard",
    "police",
    "service",
    "services",
    "news",
    "times",
    "post",
    "journal",
    "press",
    "network",
    "channel",
    "tv",
    "radio",
    "city",
    "county",
    "state",
    "states",
    "province",
    "region",
    "district",
    "valley",
    "coast",
    "desert",
    "republic",
    "kingdom",
    "emirates",
    "act",
    "bill",
    "law",
    "day",
    "week",
    "month",
    "year",
    "war",
    "games",
    "cup",
    "championship",
    "prize",
    "award",
    "festival",
    "expo",
    "convention",
    "summit",
    "conference",
    "forum",
    "program",
    "programme",
    "project",
    "operation",
    "system",
    "airlines",
    "airways",
    "air",
    "club",
    "league",
    "team",
    "fc",
    "movement",
    "front",
    "brigade",
    "brigades",
    "battalion",
    "division",
    "command",
    "administration",
    "government",
    "assembly",
    "senate",
    "congress",
    "parliament",
    "cabinet",
    "board",
    "bureau",
    "authority",
    "organisation",
    "organization",
    "alliance",
    "coalition",
    "federation",
    "confederation",
    "society",
    "trust",
    "institution",
    "world",
    "international",
    "global",
    "national",
    "federal",
    "royal",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "new",
    "san",
    "saint",
    "st",
    "los",
    "las",
    "el",
    "al-qaeda",
    "facebook",
    "twitter",
    "google",
    "youtube",
    "covid-19",
    "coronavirus",
    "brexit",
    "christmas",
    "easter",
    "ramadan",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Last words of institution names the knowledge base may not list, with
/// the sector such a body is in: "the National Telecommunications
/// *Commission*" is a state body, "the Cinema for Peace *Foundation*" civil
/// society. Words that are sectors on their own (`court`, `ministry`,
/// `party`) are found by the sector table instead. `center` and `centre`
/// name a body only with a "for" after them ("Center for Biological
/// Diversity", not "World Trade Center").
const INSTITUTION_HEADS: &[(&str, &str)] = &[
    ("commission", "GOV"),
    ("department", "GOV"),
    ("agency", "GOV"),
    ("authority", "GOV"),
    ("bureau", "GOV"),
    ("directorate", "GOV"),
    ("tribunal", "JUD"),
    ("corporation", "BUS"),
    ("network", "JRN"),
    ("broadcasting", "JRN"),
    ("institute", "EDU"),
    ("foundation", "SOC"),
    ("association", "SOC"),
    ("federation", "SOC"),
    ("coalition", "SOC"),
    ("center", "SOC"),
    ("centre", "SOC"),
    ("society", "SOC"),
];

/// Words that, after "the", name an institution the article has named in
/// full ("the agency" after "the Central Intelligence Agency"): the last
/// words of [`INSTITUTION_HEADS`] and these. Words that are sectors on
/// their own ("the ministry", "the court") are read by the sector table
/// instead.
const INSTITUTION_WORDS: &[&str] = &[
    "committee",
    "council",
    "office",
    "service",
    "organization",
    "organisation",
    "alliance",
    "board",
    "movement",
    "front",
];

/// Whether "the `word`" may refer back to an institution named in full.
fn is_institution_word(word: &str) -> bool {
    INSTITUTION_WORDS.contains(&word) || INSTITUTION_HEADS.iter().any(|(h, _)| *h == word)
}

/// How many sentences back "the agency" may refer.
const INSTITUTION_LOOKBACK: usize = 10;

/// Prefix of the entry of an institution found by its name's last word.
const ADHOC_ORG: &str = "adhoc-org:";

/// Heads of groups of people (by lemma) that take the country of the place
/// they are "in" when nothing before them names one ("rebels in the Ivory
/// Coast", "students in Jakarta", "a group based in Trinidad"). Institutions
/// (GOV, LEG, JUD, COP sectors) take it too; armed forces do not, since
/// "troops in Lebanon" are as often foreign as local.
const LOCATED_GROUPS: &[&str] = &[
    "rebel",
    "insurgent",
    "militant",
    "separatist",
    "guerrilla",
    "guerilla",
    "jihadist",
    "militia",
    "protester",
    "protestor",
    "demonstrator",
    "activist",
    "civilian",
    "resident",
    "villager",
    "student",
    "worker",
    "farmer",
    "prisoner",
    "refugee",
    "elder",
    "leader",
    "cleric",
    "journalist",
    "doctor",
    "group",
    "party",
    "opposition",
    "church",
    "union",
    "media",
    "newspaper",
];

/// Words next to "party" that make it a side in a dispute, a deal or a
/// case rather than a political party.
const PARTY_SIDE_WORDS: &[&str] = &[
    "concerned",
    "involved",
    "relevant",
    "interested",
    "warring",
    "third",
    "guilty",
    "injured",
    "aggrieved",
    "contracting",
    "negotiating",
    "responsible",
    "opposing",
];

/// What a "party" in compound may be a side of ("six-*party* talks").
const PARTY_TALK_NOUNS: &[&str] = &[
    "talk",
    "negotiation",
    "agreement",
    "deal",
    "accord",
    "summit",
    "meeting",
    "dialogue",
    "format",
    "framework",
    "consultation",
    "process",
];

/// Capitalised words after a place's name that make a name of a thing or a
/// part of the place, never a surname ("the Jordan *Valley*", the Paris
/// *Agreement*").
const NOT_SURNAMES: &[&str] = &[
    "valley",
    "river",
    "sea",
    "bridge",
    "street",
    "square",
    "times",
    "post",
    "agreement",
    "accord",
    "accords",
    "summit",
    "club",
    "university",
    "airport",
    "station",
    "tower",
    "hotel",
    "park",
    "city",
    "province",
    "state",
    "region",
    "island",
    "islands",
    "strait",
    "basin",
    "mountains",
    "declaration",
    "protocol",
    "convention",
    "process",
    "format",
    "talks",
    "conference",
    "forum",
    "group",
    "institute",
    "center",
    "centre",
    "airlines",
];

/// Sector words that, without a country of their own, refer back to the
/// most recent government in the document.
const REGIME_WORDS: &[&str] = &["regime", "junta"];

/// How many earlier sentences a subject "he" or "she" may look back for
/// the person it names when the sentence before names no one.
const PERSON_LOOKBACK: usize = 3;

/// How many earlier sentences "the regime" may look back.
const REGIME_LOOKBACK: usize = 10;

/// Find the actor mentions of a document, sentence by sentence, in text
/// order. Offices are resolved on `doc.date`; page furniture is skipped.
pub fn find_mentions(kb: &KnowledgeBase, doc: &Document) -> Vec<Mention> {
    let mut state = DocState::default();
    for (si, sentence) in doc.sentences.iter().enumerate() {
        if !sentence.role.is_reported_text() || sentence.tokens.is_empty() {
            continue;
        }
        Finder::new(kb, doc, si, sentence).run(&mut state);
    }
    state.resolve_pending_directions(kb);
    let mut out = state.out;
    // Roles first take their country from the context ("the government"
    // → the government in Seoul named earlier), so that "the two
    // countries" can count them.
    crate::context::fill_from_context(&mut out);
    pair_references(doc, &mut out);
    country_references(doc, &mut out);
    owned_roles(doc, &mut out);
    members_of_a_chamber(doc, &mut out);
    out
}

/// Words that name a legislative chamber.
const CHAMBERS: &[&str] = &[
    "senate",
    "house",
    "congress",
    "parliament",
    "legislature",
    "assembly",
    "chamber",
    "bundestag",
    "duma",
    "knesset",
];

/// Party members placed in a chamber ("Republicans *in the Senate*",
/// "Democrats *in Congress*") are legislators: LEG, not PTY.
fn members_of_a_chamber(doc: &Document, out: &mut [Mention]) {
    for m in out.iter_mut() {
        if m.code.sector.as_deref() != Some("PTY") {
            continue;
        }
        let Some(toks) = doc.sentences.get(m.sentence).map(|s| &s.tokens) else {
            continue;
        };
        let in_chamber = toks.iter().enumerate().any(|(k, t)| {
            t.head == m.head + 1
                && t.deprel == "nmod"
                && CHAMBERS.contains(&t.lemma.to_lowercase().as_str())
                && toks.iter().any(|c| {
                    c.head == k + 1 && c.deprel == "case" && c.form.eq_ignore_ascii_case("in")
                })
        });
        if in_chamber {
            m.code.sector = Some("LEG".to_string());
        }
    }
}

/// Role nouns whose owner is another party, not their own country ("Iran's
/// *enemies*", "America's *allies*", "the *victims* of Russia").
const OTHER_THAN_OWNER: &[&str] = &[
    "enemy",
    "foe",
    "opponent",
    "rival",
    "critic",
    "adversary",
    "ally",
    "partner",
    "neighbor",
    "neighbour",
    "victim",
    "envoy",
    "ambassador",
    "counterpart",
];

/// A role with no country of its own, or only the article's, whose phrase
/// names its owner takes the owner's country: "*Pakistan's* newly elected
/// prime minister", "the government *of Syrian President Bashar al-Assad*"
/// (a possessor or an `of` phrase of the role's head that is a named state,
/// capital, person or country-qualified role). The phrase is evidence; the
/// article's country is a guess.
fn owned_roles(doc: &Document, out: &mut [Mention]) {
    let mut owned: Vec<(usize, String)> = Vec::new();
    for (mi, m) in out.iter().enumerate() {
        let open = m.code.country.is_none() || m.kind == MentionKind::Context;
        if !open || m.code.sector.is_none() {
            continue;
        }
        let Some(sentence) = doc.sentences.get(m.sentence) else {
            continue;
        };
        let toks = &sentence.tokens;
        let Some(head) = toks.get(m.head) else {
            continue;
        };
        if OTHER_THAN_OWNER.contains(&head.lemma.to_lowercase().as_str()) {
            continue;
        }
        let owner_of = |k: usize| {
            let Some(t) = toks.get(k) else { return false };
            if t.head != m.head + 1 {
                return false;
            }
            t.deprel == "nmod:poss"
                || (t.deprel == "nmod"
                    && toks.get(..k).unwrap_or_default().iter().any(|x| {
                        x.head == k + 1 && x.deprel == "case" && x.form.eq_ignore_ascii_case("of")
                    }))
        };
        // Mentions are in text order: only this sentence's are looked at.
        let from = out.partition_point(|o| o.sentence < m.sentence);
        let mut same = out
            .iter()
            .skip(from)
            .take_while(|o| o.sentence == m.sentence);
        let owner = same.find(|o| {
            (o.start >= m.end || o.end <= m.start)
                && owner_of(o.head)
                && matches!(
                    o.kind,
                    MentionKind::Name
                        | MentionKind::Metonym
                        | MentionKind::Person
                        | MentionKind::Sector
                )
                && o.code.country.is_some()
        });
        if let Some(c) = owner.and_then(|o| o.code.country.clone()) {
            owned.push((mi, c));
        }
    }
    for (mi, code) in owned {
        if let Some(m) = out.get_mut(mi) {
            let base = crate::context::entry_before_context(&m.entry).to_string();
            m.code.country = Some(code.clone());
            m.entry = format!("owner:{code}+{base}");
            m.kind = MentionKind::Coreference;
        }
    }
}

/// Nouns that, after a bare "the", refer back to one country.
const COUNTRY_NOUNS: &[&str] = &["country", "nation"];

/// "the country" (or nation) as a subject or a possessor refers to the
/// state named last, in this sentence or the few before it. As a subject
/// it is a coreference mention of that state ("Greece ... after *the
/// country* voted to reject the bailout"); as a possessor it names no
/// party, but a role it owns that had no country of its own, or only the
/// article's, takes that state's ("Protests are rocking Iran ...
/// criticising *the country's* religious leaders"). Left alone elsewhere
/// ("across the country" is a place) and when no state precedes it.
fn country_references(doc: &Document, out: &mut Vec<Mention>) {
    let mut added = Vec::new();
    let mut owned: Vec<(usize, usize, String)> = Vec::new();
    for (si, sentence) in doc.sentences.iter().enumerate() {
        if !sentence.role.is_reported_text() {
            continue;
        }
        let toks = &sentence.tokens;
        for k in 1..toks.len() {
            let (Some(det), Some(noun)) = (toks.get(k - 1), toks.get(k)) else {
                continue;
            };
            // "Face *the Nation*" is a name, not a reference.
            if !COUNTRY_NOUNS.contains(&noun.form.as_str()) || !det.form.eq_ignore_ascii_case("the")
            {
                continue;
            }
            let possessor = noun.deprel == "nmod:poss"
                || toks
                    .get(k + 1)
                    .is_some_and(|t| t.form == "'s" || t.form == "\u{2019}s");
            let subject = noun.deprel.starts_with("nsubj");
            if !possessor && !subject {
                continue;
            }
            let span = Span::new(det.span.start, noun.span.end);
            // Only a state the text names: a role that took the article's
            // country ("Activists criticised *the country's* leaders") is
            // no antecedent.
            let Some(code) = recent_states(out, si, span.start, 1, false)
                .into_iter()
                .next()
            else {
                continue;
            };
            // A possessor only lends its country to what it owns: "the
            // country's nuclear programme" names no party.
            if possessor {
                if noun.head > 0 {
                    owned.push((si, noun.head - 1, code));
                }
                continue;
            }
            if out
                .iter()
                .any(|m| m.sentence == si && m.span.overlaps(span))
            {
                continue;
            }
            added.push(Mention {
                sentence: si,
                start: k - 1,
                end: k + 1,
                head: k,
                span,
                text: span.slice(&doc.text).to_string(),
                code: ActorCode {
                    country: Some(code.clone()),
                    sector: None,
                },
                entry: format!("country:{code}"),
                kind: MentionKind::Coreference,
            });
        }
    }
    for (si, head, code) in owned {
        // Mentions are in text order: only this sentence's are looked at.
        let from = out.partition_point(|m| m.sentence < si);
        for m in out.iter_mut().skip(from).take_while(|m| m.sentence == si) {
            let open = m.code.country.is_none() || m.kind == MentionKind::Context;
            if m.head == head && open && m.code.sector.is_some() {
                let base = crate::context::entry_before_context(&m.entry).to_string();
                m.code.country = Some(code.clone());
                m.entry = format!("owner:{code}+{base}");
                m.kind = MentionKind::Coreference;
            }
        }
    }
    insert_in_order(out, added);
}

/// Nouns that, after "the two", refer back to a pair of countries.
const PAIR_NOUNS: &[&str] = &[
    "countries",
    "nations",
    "states",
    "governments",
    "neighbours",
    "neighbors",
    "koreas",
    "sides",
    "capitals",
];

/// How many sentences back "the two countries" looks for the pair.
const PAIR_LOOKBACK: usize = 5;

/// "the two countries" (or nations, Koreas, sides, ...): two coreference
/// mentions on the same tokens, one for each of the two most recent distinct
/// countries named before it. Left alone when fewer than two countries
/// precede it, or when the phrase is already part of a mention.
fn pair_references(doc: &Document, out: &mut Vec<Mention>) {
    let mut added = Vec::new();
    for (si, sentence) in doc.sentences.iter().enumerate() {
        if !sentence.role.is_reported_text() {
            continue;
        }
        let toks = &sentence.tokens;
        for k in 2..toks.len() {
            let noun = toks[k].form.to_lowercase();
            if !PAIR_NOUNS.contains(&noun.as_str())
                || !toks[k - 1].form.eq_ignore_ascii_case("two")
                || !toks[k - 2].form.eq_ignore_ascii_case("the")
            {
                continue;
            }
            let span = Span::new(toks[k - 2].span.start, toks[k].span.end);
            if out
                .iter()
                .any(|m| m.sentence == si && m.span.overlaps(span))
            {
                continue;
            }
            let pair = recent_states(out, si, span.start, 2, true);
            if pair.len() < 2 {
                continue;
            }
            let text = span.slice(&doc.text).to_string();
            for code in pair.into_iter().rev() {
                added.push(Mention {
                    sentence: si,
                    start: k - 2,
                    end: k + 1,
                    head: k,
                    span,
                    text: text.clone(),
                    entry: format!("country:{code}"),
                    code: ActorCode {
                        country: Some(code),
                        sector: None,
                    },
                    kind: MentionKind::Coreference,
                });
            }
        }
    }
    insert_in_order(out, added);
}

/// Insert `added` into `out` in document order without reordering the
/// other mentions.
fn insert_in_order(out: &mut Vec<Mention>, added: Vec<Mention>) {
    for m in added {
        let at = out
            .iter()
            .position(|o| {
                o.sentence > m.sentence || (o.sentence == m.sentence && o.start > m.start)
            })
            .unwrap_or(out.len());
        out.insert(at, m);
    }
}

/// The `n` most recent distinct states named before byte offset `start`
/// of sentence `si`, in this sentence or the [`PAIR_LOOKBACK`] before it,
/// nearest first; with `inferred`, roles that took the article's country
/// count too. Organisation codes (IGO, UNO, EUR, ...) are not states.
fn recent_states(
    out: &[Mention],
    si: usize,
    start: usize,
    n: usize,
    inferred: bool,
) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    // Mentions are in text order: start from the end of sentence `si`.
    let upto = out.partition_point(|m| m.sentence <= si);
    for m in out.iter().take(upto).rev() {
        if m.sentence == si && m.span.end > start {
            continue;
        }
        if !inferred && m.kind == MentionKind::Context {
            continue;
        }
        // Only countries still in the reader's mind.
        if m.sentence + PAIR_LOOKBACK < si {
            break;
        }
        let Some(code) = m.code.country.as_deref() else {
            continue;
        };
        let is_state = !matches!(code, "IGO" | "UNO" | "EUR" | "NGO" | "ISM" | "IMG" | "MNC");
        if is_state && !found.iter().any(|f| f == code) {
            found.push(code.to_string());
            if found.len() == n {
                break;
            }
        }
    }
    found
}

/// Per-mention facts the coreference steps need.
#[derive(Debug, Clone, Copy, Default)]
struct Meta {
    person: bool,
    plural: bool,
    subject: bool,
}

/// Document-level memory shared by the sentences.
#[derive(Default)]
struct DocState {
    out: Vec<Mention>,
    meta: Vec<Meta>,
    /// Index into `out` of the first mention of the previous coded sentence,
    /// and of the current one.
    prev_sentence_start: usize,
    /// Lowercased name word (surname or given name) → the person it last named.
    person_keys: HashMap<String, (ActorCode, String)>,
    /// "the North"/"the South" with no earlier antecedent: (index in `out`, direction word).
    pending: Vec<(usize, String)>,
    /// Institutions named in full, by the last word of their name
    /// ("agency" for the Central Intelligence Agency), with the sentence
    /// they were last named in: what "the agency" refers back to.
    institution_heads: Vec<(String, ActorCode, String, usize)>,
    /// Person entry → the gender a title or given name showed for it.
    genders: HashMap<String, Gender>,
    /// Countries the document's mentions have been coded with so far.
    countries_named: HashSet<String>,
}

impl DocState {
    /// Resolve "the North" seen before any "North ..." country, using every
    /// country of the document; drop those that stay unresolved.
    fn resolve_pending_directions(&mut self, kb: &KnowledgeBase) {
        let mut drop = Vec::new();
        for (idx, word) in std::mem::take(&mut self.pending) {
            match find_direction_country(kb, &self.out, &word, self.out.len()) {
                Some((code, entry)) => {
                    if let Some(m) = self.out.get_mut(idx) {
                        m.code = ActorCode {
                            country: Some(code),
                            sector: None,
                        };
                        m.entry = entry;
                    }
                }
                None => drop.push(idx),
            }
        }
        drop.sort_unstable();
        for idx in drop.into_iter().rev() {
            if idx < self.out.len() {
                self.out.remove(idx);
                self.meta.remove(idx);
            }
        }
    }
}

/// The country mention (nearest before `before`, else the first anywhere)
/// whose country name begins with `word` ("north" → "North Korea").
fn find_direction_country(
    kb: &KnowledgeBase,
    out: &[Mention],
    word: &str,
    before: usize,
) -> Option<(String, String)> {
    let matches = |m: &Mention| -> Option<(String, String)> {
        let code = m.code.country.as_ref()?;
        let name = kb.country_name(code)?;
        let first = name.split_whitespace().next()?;
        (first.eq_ignore_ascii_case(word) && name.contains(' '))
            .then(|| (code.clone(), format!("country:{code}")))
    };
    out.iter()
        .take(before)
        .rev()
        .find_map(matches)
        .or_else(|| out.iter().find_map(matches))
}

/// A normalised copy of the sentence with each token's offsets in it.
struct Line {
    low: String,
    exact: String,
    low_start: Vec<usize>,
    low_end: Vec<usize>,
    exact_start: Vec<usize>,
    exact_end: Vec<usize>,
}

impl Line {
    fn new(sentence: &Sentence) -> Line {
        let n = sentence.tokens.len();
        let mut line = Line {
            low: String::new(),
            exact: String::new(),
            low_start: Vec::with_capacity(n),
            low_end: Vec::with_capacity(n),
            exact_start: Vec::with_capacity(n),
            exact_end: Vec::with_capacity(n),
        };
        let mut prev_end: Option<usize> = None;
        for token in &sentence.tokens {
            if prev_end.is_some_and(|e| token.span.start > e) {
                for s in [&mut line.low, &mut line.exact] {
                    if !s.is_empty() && !s.ends_with(' ') {
                        s.push(' ');
                    }
                }
            }
            line.low_start.push(line.low.len());
            line.exact_start.push(line.exact.len());
            push_normalized(&mut line.low, &token.form, true);
            push_normalized(&mut line.exact, &token.form, false);
            line.low_end.push(line.low.len());
            line.exact_end.push(line.exact.len());
            prev_end = Some(token.span.end);
        }
        line
    }
}

/// A matched knowledge-base name.
#[derive(Debug, Clone)]
struct NameHit {
    start: usize,
    end: usize,
    target: Target,
    /// Bytes of a possessive (`'s`) glued to the last token, to leave out.
    trim: usize,
}

/// A run of sector words ("army spokesman").
#[derive(Debug, Clone)]
struct Group {
    start: usize,
    end: usize,
    head: usize,
    sector: String,
    word: String,
    title: bool,
}

/// A mention under construction.
#[derive(Debug, Clone)]
struct Cand {
    start: usize,
    end: usize,
    head: usize,
    trim: usize,
    code: ActorCode,
    entry: String,
    kind: MentionKind,
    person: bool,
}

struct Finder<'a> {
    kb: &'a KnowledgeBase,
    doc: &'a Document,
    date: Option<NaiveDate>,
    si: usize,
    sentence: &'a Sentence,
    n: usize,
    /// Lowercased normalised token forms.
    low: Vec<String>,
    /// Lemmas (lowercased; a crude singular when the tagger has not run).
    lemma: Vec<String>,
    /// Whether the parser has run on this sentence.
    parsed: bool,
    /// Most words are capitalised (a headline): capitals say nothing about
    /// proper-noun chains there.
    headline: bool,
    hits: Vec<NameHit>,
    owner: Vec<Option<usize>>,
    consumed: Vec<bool>,
    groups: Vec<Group>,
    group_of: Vec<Option<usize>>,
    /// Tokens already claimed by a mention built in steps 3–5.
    taken: Vec<bool>,
    cands: Vec<Cand>,
}

impl<'a> Finder<'a> {
    fn new(kb: &'a KnowledgeBase, doc: &'a Document, si: usize, sentence: &'a Sentence) -> Self {
        let n = sentence.tokens.len();
        let low: Vec<String> = sentence
            .tokens
            .iter()
            .map(|t| normalize(&t.form, true))
            .collect();
        let lemma = sentence
            .tokens
            .iter()
            .zip(&low)
            .map(|(t, l)| {
                if t.lemma.is_empty() {
                    crude_singular(l)
                } else {
                    t.lemma.to_lowercase()
                }
            })
            .collect();
        Finder {
            kb,
            doc,
            date: doc.date,
            si,
            sentence,
            n,
            low,
            lemma,
            parsed: sentence.tokens.iter().any(|t| !t.deprel.is_empty()),
            headline: is_headline(sentence),
            hits: Vec::new(),
            owner: vec![None; n],
            consumed: Vec::new(),
            groups: Vec::new(),
            group_of: vec![None; n],
            taken: vec![false; n],
            cands: Vec::new(),
        }
    }

    fn token(&self, i: usize) -> Option<&dyad_core::Token> {
        self.sentence.tokens.get(i)
    }

    /// Whether name hit `h` is the first half of a compound that makes it a
    /// backer of what follows ("Saudi-*backed*", "U.S.-*trained*",
    /// "Iranian-*funded*"). Leading, running or being based somewhere
    /// ("US-led", "Tehran-based") makes the group the name's own.
    fn names_a_backer(&self, h: usize) -> bool {
        let Some(hit) = self.hits.get(h) else {
            return false;
        };
        if hit.trim == 0 {
            return false;
        }
        let Some(tok) = hit.end.checked_sub(1).and_then(|j| self.token(j)) else {
            return false;
        };
        is_backer_compound(tok.span.slice(&self.doc.text))
    }

    /// "Party" at `i` in its other sense, a side in a dispute or a deal
    /// ("*all the parties concerned*", "the *warring* parties", "a *third*
    /// party", "the parties *to* the conflict"): no political party.
    fn party_to_a_matter(&self, i: usize, end: usize) -> bool {
        if end != i + 1 || self.lemma.get(i).is_none_or(|l| l != "party") {
            return false;
        }
        let sense = |w: &str| PARTY_SIDE_WORDS.contains(&w);
        let before = i.checked_sub(1).is_some_and(|p| sense(self.low(p)));
        let after = sense(self.low(end));
        let to = self.sentence.tokens.iter().enumerate().any(|(k, t)| {
            t.head == i + 1
                && t.deprel.starts_with("nmod")
                && self.sentence.tokens.iter().any(|c| {
                    c.head == k + 1 && c.deprel == "case" && c.form.eq_ignore_ascii_case("to")
                })
        });
        // "the six *party* talks": the sides of a negotiation.
        let of_talks = self.token(i).is_some_and(|t| {
            t.deprel == "compound"
                && t.head
                    .checked_sub(1)
                    .and_then(|h| self.lemma.get(h))
                    .is_some_and(|l| PARTY_TALK_NOUNS.contains(&l.as_str()))
        });
        // "the *three parties* will hold talks": a count of sides beyond the
        // two of a two-party system ("seven *opposition* parties" are
        // political ones).
        let modified = self.sentence.tokens.iter().any(|t| {
            t.head == i + 1 && matches!(t.deprel.as_str(), "amod" | "compound" | "nmod:poss")
        });
        let counted = !modified
            && self.sentence.tokens.iter().any(|t| {
                t.head == i + 1
                    && t.deprel == "nummod"
                    && matches!(
                        t.form.to_lowercase().as_str(),
                        "three"
                            | "four"
                            | "five"
                            | "six"
                            | "seven"
                            | "eight"
                            | "3"
                            | "4"
                            | "5"
                            | "6"
                    )
            });
        before || after || to || of_talks || counted
    }

    fn low(&self, i: usize) -> &str {
        self.low.get(i).map_or("", String::as_str)
    }

    fn upos(&self, i: usize) -> Upos {
        self.token(i).map_or(Upos::X, |t| t.upos)
    }

    fn capitalised(&self, i: usize) -> bool {
        self.token(i)
            .and_then(|t| t.form.chars().next())
            .is_some_and(char::is_uppercase)
    }

    fn run(mut self, state: &mut DocState) {
        self.match_names();
        self.surnames_over_places(state);
        self.match_sectors(state);
        self.build_sector_mentions(state);
        self.located_demonyms();
        self.appositions();
        self.unknown_institutions();
        self.definite_institutions(state);
        self.bare_names(state);
        self.unknown_people(state);
        self.fronted_appositions();
        self.office_appositions();
        self.directions(state);
        self.emit_names();
        self.described_people();
        self.finish(state);
    }

    /// Step 1: knowledge-base names, greedy left to right, longest first.
    fn match_names(&mut self) {
        let line = Line::new(self.sentence);
        let mut hits: Vec<NameHit> = Vec::new();
        let mut i = 0;
        while i < self.n {
            let prev_owned = hits.last().is_some_and(|h| h.end == i);
            match self.match_name_at(&line, i) {
                Some(hit)
                    if self.names_a_continent(&hit)
                        || self.names_a_time_zone(&hit)
                        || self.names_a_water_body(&hit)
                        || self.names_a_namesake(&hit)
                        || self.names_a_first_name(&hit) =>
                {
                    i = hit.end.max(i + 1)
                }
                Some(hit) if prev_owned || !self.inside_proper_chain(&hit) => {
                    i = hit.end.max(i + 1);
                    hits.push(hit);
                }
                _ => i += 1,
            }
        }
        // "Bosnian Serbs", "Croatian Serb refugees": of two adjacent
        // demonyms the first, locational one names the country.
        let mut merged: Vec<NameHit> = Vec::with_capacity(hits.len());
        for hit in hits {
            if let Some(last) = merged.last_mut() {
                let both_adjectives = matches!(last.target, Target::Adjective(_))
                    && matches!(hit.target, Target::Adjective(_));
                if both_adjectives && last.end == hit.start && last.trim == 0 {
                    // "Iranian Americans", "Turkish Cypriots": after an
                    // origin, the nationality of a country of immigrants or
                    // of two communities is the one that counts.
                    if let Target::Adjective(second) = &hit.target {
                        if CIVIC_NATIONS.contains(&second.as_str()) {
                            last.target = hit.target.clone();
                        }
                    }
                    last.end = hit.end;
                    last.trim = hit.trim;
                    continue;
                }
            }
            merged.push(hit);
        }
        // A place directly followed by another proper noun is part of a
        // longer name ("New York Times", "Basra Oil Company").
        merged.retain(|h| {
            !matches!(h.target, Target::Place(..))
                || h.trim > 0
                || !(self.capitalised(h.end) && self.upos(h.end) == Upos::Propn)
        });
        for (idx, hit) in merged.iter().enumerate() {
            for k in hit.start..hit.end {
                if let Some(o) = self.owner.get_mut(k) {
                    *o = Some(idx);
                }
            }
        }
        self.hits = merged;
        self.consumed = vec![false; self.hits.len()];
    }

    /// Whether a person's name is followed by a generational suffix the
    /// knowledge base's name lacks: "Donald Trump *Jr.*" is the son, not
    /// the president (a name that carries it, "Charles Q. Brown Jr.", is
    /// matched whole).
    fn names_a_namesake(&self, hit: &NameHit) -> bool {
        matches!(hit.target, Target::Person(_))
            && matches!(
                self.low(hit.end).trim_end_matches('.'),
                "jr" | "sr" | "ii" | "iii" | "iv"
            )
    }

    /// Whether a place's name is a person's first name here: "*Sofia*
    /// Caputo now supports Bolsonaro", "*Jordan* Peterson said". The word is
    /// a given name, one capitalised word follows that the knowledge base
    /// does not know and that names no kind of place or body, and the
    /// proper-noun run ends there.
    fn names_a_first_name(&self, hit: &NameHit) -> bool {
        if !matches!(
            hit.target,
            Target::Country(_) | Target::Metonym(..) | Target::Place(..)
        ) || hit.end != hit.start + 1
            || hit.trim != 0
            || !gender::is_given_name(self.low(hit.start))
        {
            return false;
        }
        let next = hit.end;
        let surname = self.upos(next) == Upos::Propn
            && self.capitalised(next)
            && !self.headline
            && !is_institution_word(self.low(next))
            && !NOT_SURNAMES.contains(&self.low(next))
            && !CALENDAR.contains(&self.low(next))
            && self.match_sector_at(next).is_none()
            && !self.kb.index.contains_key(&first_key(self.low(next)));
        let run_ends = !(self.upos(next + 1) == Upos::Propn && self.capitalised(next + 1));
        surname && run_ends
    }

    /// Whether a name hit is the tail of a continent's or region's name:
    /// "*Central American* migrants", "*Latin America*", "*South
    /// Americans*", "*North American* leaders" are of no one country.
    fn names_a_continent(&self, hit: &NameHit) -> bool {
        hit.start > 0
            && self.low(hit.start).starts_with("america")
            && self.capitalised(hit.start - 1)
            && CONTINENT_QUALIFIERS.contains(&self.low(hit.start - 1))
    }

    /// Whether a name hit ends the name of a body of water: "tankers
    /// attacked in the *Gulf of Oman*", "the *Sea of Japan*" (a capitalised
    /// [`WATER_FEATURES`] word, then "of").
    fn names_a_water_body(&self, hit: &NameHit) -> bool {
        !matches!(hit.target, Target::Person(_))
            && hit.start >= 2
            && self.low(hit.start - 1) == "of"
            && self.capitalised(hit.start - 2)
            && WATER_FEATURES.contains(&self.low(hit.start - 2))
    }

    /// Whether a name hit names a time zone: "at 10:30 a.m. *Hawaii*
    /// time", "at midnight *Beijing* time" tell the hour, not a party or a
    /// place where something happens.
    fn names_a_time_zone(&self, hit: &NameHit) -> bool {
        let clock = |k: usize| {
            let w = self.low(k);
            matches!(
                w,
                "a.m." | "p.m." | "am" | "pm" | "noon" | "midnight" | "o'clock"
            ) || (w.contains(':') && w.chars().any(|c| c.is_ascii_digit()))
        };
        !matches!(hit.target, Target::Person(_))
            && hit.trim == 0
            && self.low(hit.end) == "time"
            && hit.start.checked_sub(1).is_some_and(clock)
    }

    /// Whether a name hit is only the tail of a longer proper-noun chain
    /// ("South Korea's emergency National Security Council" must not give
    /// "Security Council"): the token before it is a capitalised proper
    /// noun that is not sentence-initial, not a title or sector word and
    /// not an abbreviated honorific. People are exempt: a first name the
    /// knowledge base lacks before a known surname is the same person.
    fn inside_proper_chain(&self, hit: &NameHit) -> bool {
        if self.headline || matches!(hit.target, Target::Person(_)) {
            return false;
        }
        let Some(prev) = hit.start.checked_sub(1) else {
            return false;
        };
        // "National" in "National Security Council" is an adjective the
        // tagger still marks as part of a proper name (NNP).
        let proper = self.upos(prev) == Upos::Propn
            || (self.upos(prev) == Upos::Adj
                && self.token(prev).is_some_and(|t| t.xpos.starts_with("NNP")));
        if !self.capitalised(prev) || !proper {
            return false;
        }
        // Any word is capitalised first in a sentence; a given name is a
        // name there too ("*Lisa* Monaco said" is a person, not Monaco).
        if prev == 0 && !gender::is_given_name(self.low(prev)) {
            return false;
        }
        let Some(t) = self.token(prev) else {
            return false;
        };
        let low = self.low(prev);
        let glued = t.span.end == self.token(hit.start).map_or(0, |h| h.span.start);
        !(t.form.ends_with('.')
            || glued
            || CALENDAR.contains(&low)
            || HONORIFICS.contains(&low)
            || COMPASS.contains(&low)
            || self
                .match_sector_at(prev)
                .is_some_and(|(end, _)| end == prev + 1))
    }

    fn match_name_at(&self, line: &Line, i: usize) -> Option<NameHit> {
        let from = *line.low_start.get(i)?;
        let to = *line.low_end.get(i)?;
        let key = first_key(line.low.get(from..to)?);
        let candidates = self.kb.index.get(&key)?;
        for &ni in candidates {
            let Some(entry) = self.kb.names.get(ni) else {
                continue;
            };
            if entry.capital && !self.capitalised(i) {
                continue;
            }
            let (text, starts, ends, name) = match &entry.exact {
                Some(exact) => (&line.exact, &line.exact_start, &line.exact_end, exact),
                None => (&line.low, &line.low_start, &line.low_end, &entry.low),
            };
            let Some(start) = starts.get(i).copied() else {
                continue;
            };
            if !text
                .get(start..)
                .is_some_and(|rest| rest.starts_with(name.as_str()))
            {
                continue;
            }
            let end_off = start + name.len();
            let mut j = i;
            while j < self.n {
                let (Some(&s), Some(&e)) = (starts.get(j), ends.get(j)) else {
                    break;
                };
                if s > end_off {
                    break;
                }
                if e == end_off {
                    return Some(NameHit {
                        start: i,
                        end: j + 1,
                        target: self.dated_target(candidates, entry),
                        trim: 0,
                    });
                }
                if e > end_off {
                    // A possessive glued to the token ("Russia's" as one token).
                    let rest = text.get(end_off..e).unwrap_or("");
                    // "Vietnamese-led forces", "Saudi-backed militias",
                    // "a Tehran-based group" as one token: the name is who
                    // leads or backs them.
                    let agent = rest
                        .strip_prefix(' ')
                        .is_some_and(|suffix| AGENT_SUFFIXES.contains(&suffix));
                    if agent {
                        let trim = self
                            .token(j)
                            .map(|t| dash_suffix_bytes(t.span.slice(&self.doc.text)))
                            .unwrap_or(0);
                        if trim > 0 {
                            return Some(NameHit {
                                start: i,
                                end: j + 1,
                                target: self.dated_target(candidates, entry),
                                trim,
                            });
                        }
                    }
                    // "Cuban-American lawmakers", "Iranian-Americans" as
                    // one token: an origin before the nationality of a
                    // country of immigrants; the nationality counts.
                    if matches!(entry.target, Target::Adjective(_)) {
                        if let Some(nation) = rest
                            .strip_prefix(' ')
                            .and_then(|second| self.civic_demonym(second))
                        {
                            if e == end_off + rest.len() {
                                return Some(NameHit {
                                    start: i,
                                    end: j + 1,
                                    target: nation,
                                    trim: 0,
                                });
                            }
                        }
                    }
                    if rest == "'s" || rest == "'" {
                        let trim = self
                            .token(j)
                            .map(|t| possessive_bytes(t.span.slice(&self.doc.text)))
                            .unwrap_or(0);
                        return Some(NameHit {
                            start: i,
                            end: j + 1,
                            target: self.dated_target(candidates, entry),
                            trim,
                        });
                    }
                    break;
                }
                j += 1;
            }
        }
        None
    }

    /// The demonym of a country of immigrants or of two communities
    /// ([`CIVIC_NATIONS`]) spelt `low` ("american", "canadians"), if any.
    fn civic_demonym(&self, low: &str) -> Option<Target> {
        let candidates = self.kb.index.get(&first_key(low))?;
        candidates.iter().find_map(|&c| {
            let entry = self.kb.names.get(c)?;
            match &entry.target {
                Target::Adjective(code)
                    if entry.low == low && CIVIC_NATIONS.contains(&code.as_str()) =>
                {
                    Some(entry.target.clone())
                }
                _ => None,
            }
        })
    }

    /// The target of name `ni`, or, when it is an organisation not valid on
    /// the document date, another organisation with the same spelling that
    /// is ("Taliban" the insurgency before 2021-08-15, the government after).
    fn dated_target(&self, candidates: &[usize], entry: &NameEntry) -> Target {
        if let Target::Org(id) = &entry.target {
            if !self.kb.org_valid(id, self.date) {
                let better = candidates.iter().filter_map(|&c| self.kb.names.get(c)).find(|e| {
                    e.low == entry.low
                        && e.exact == entry.exact
                        && matches!(&e.target, Target::Org(other) if self.kb.org_valid(other, self.date))
                });
                if let Some(b) = better {
                    return b.target.clone();
                }
            }
        }
        entry.target.clone()
    }

    /// Step 2: sector words on the tokens no name claimed, grouped when adjacent.
    fn match_sectors(&mut self, state: &DocState) {
        let mut raw: Vec<(usize, usize, usize)> = Vec::new(); // (start, end, sector index)
        let mut i = 0;
        while i < self.n {
            if self.owner.get(i).copied().flatten().is_some() {
                i += 1;
                continue;
            }
            match self.match_sector_at(i) {
                Some((end, si)) => {
                    let Some(word) = self.kb.sectors.get(si) else {
                        i += 1;
                        continue;
                    };
                    if word.kind == SectorKind::Proper && !self.proper_body(i, end) {
                        i = end;
                        continue;
                    }
                    // "Peter *King*", "Julie *Bishop*": a capitalised title
                    // word right after a given name is a surname.
                    // The surname alone later ("*King* said") is that
                    // person too, unless a name follows ("King Abdullah").
                    let known_surname = || {
                        end == i + 1
                            && self.capitalised(i)
                            && !(self.capitalised(end) && self.upos(end) == Upos::Propn)
                            && state.person_keys.contains_key(self.low(i))
                    };
                    // A rank that is also an honorific ("*General* Mark
                    // Milley", "Brigadier *General* Abolfazl Shekarchi")
                    // belongs to the name it precedes; alone it is the
                    // title ("an Iranian *general*").
                    let rank_before_name =
                        end == i + 1 && HONORIFICS.contains(&self.low(i)) && self.capitalised(end);
                    if word.kind == SectorKind::Title
                        && (self.after_given_name(i) || known_surname() || rank_before_name)
                    {
                        i = end;
                        continue;
                    }
                    // A participle modifying a noun is not the person noun
                    // it shares a lemma with ("seven *suspected* drone
                    // strikes" names no suspect).
                    let participle = word.kind == SectorKind::Noun
                        && end == i + 1
                        && self.token(i).is_some_and(|t| {
                            t.upos == Upos::Verb
                                && matches!(t.xpos.as_str(), "VBN" | "VBD" | "VBG")
                                && t.deprel.starts_with("amod")
                        });
                    // A sector word spelled as a participle names people
                    // only where the sentence uses it as a noun ("police
                    // arrested *the accused*"; not "Russia *accused* Kyiv").
                    // (Only a word spelled as one: the tagger also makes
                    // a verb of "spokeswoman".)
                    let verb = end == i + 1
                        && self.token(i).is_some_and(|t| {
                            t.upos == Upos::Verb
                                && matches!(t.xpos.as_str(), "VBN" | "VBD")
                                && t.form.to_lowercase().ends_with("ed")
                        });
                    if participle
                        || verb && !self.sentence.participle_as_noun(i)
                        || self.party_to_a_matter(i, end)
                    {
                        i = end;
                        continue;
                    }
                    // An adjective sector word, or a noun sector word the
                    // tagger calls an adjective ("military aid"), counts only
                    // as the modifier of a group of people ("military
                    // officials", "paramilitary groups").
                    // (But a noun sector word the parse itself uses as a
                    // noun, an argument of its own, is that noun: "the
                    // Russian *military* fired", "Russia's *military* said".)
                    let used_as_noun = word.kind == SectorKind::Noun
                        && self.token(i).is_some_and(|t| {
                            matches!(
                                t.deprel.as_str(),
                                "nsubj" | "nsubj:pass" | "obj" | "iobj" | "obl" | "appos"
                            )
                        });
                    let as_modifier = word.kind == SectorKind::Adjective
                        || (word.words.len() == 1 && self.upos(i) == Upos::Adj && !used_as_noun);
                    if as_modifier {
                        let free = self.owner.get(end).copied().flatten().is_none();
                        let group_noun = free
                            && self.upos(end) == Upos::Noun
                            && self
                                .lemma
                                .get(end)
                                .is_some_and(|l| GROUP_NOUNS.contains(&l.as_str()));
                        if group_noun {
                            raw.push((i, end + 1, si));
                            i = end + 1;
                        } else if free && self.match_sector_at(end).is_some() {
                            // Grouped with the sector noun that follows.
                            raw.push((i, end, si));
                            i = end;
                        } else {
                            i = end;
                        }
                        continue;
                    }
                    raw.push((i, end, si));
                    i = end;
                }
                None => i += 1,
            }
        }
        let mut groups: Vec<Group> = Vec::new();
        for (start, end, si) in raw {
            let Some(word) = self.kb.sectors.get(si) else {
                continue;
            };
            let title = word.kind == SectorKind::Title;
            let text = word.words.join(" ");
            if let Some(last) = groups.last_mut() {
                if last.end == start {
                    // A modifier sector word beats a title head ("army
                    // spokesman" is MIL); a noun head beats its modifier
                    // ("government troops" is MIL).
                    last.end = end;
                    last.head = end - 1;
                    if !title {
                        last.sector = word.sector.clone();
                        last.word = text;
                    }
                    last.title = title;
                    continue;
                }
            }
            groups.push(Group {
                start,
                end,
                head: end.saturating_sub(1),
                sector: word.sector.clone(),
                word: text,
                title,
            });
        }
        for (gi, g) in groups.iter().enumerate() {
            for k in g.start..g.end {
                if let Some(slot) = self.group_of.get_mut(k) {
                    *slot = Some(gi);
                }
            }
        }
        self.groups = groups;
    }

    /// Whether the capitalised word at `i` follows a capitalised given
    /// name of the list ("*Peter* King"), so that it is a surname and not
    /// the title it spells. Not in a headline, where every word is
    /// capitalised.
    fn after_given_name(&self, i: usize) -> bool {
        !self.headline
            && i > 0
            && self.capitalised(i)
            && self.capitalised(i - 1)
            && self.owner.get(i - 1).copied().flatten().is_none()
            && gender::is_given_name(self.low(i - 1))
    }

    /// A capitalised body noun used as a name: after "the", capitalised,
    /// not followed by "of" ("the House voted", not "the House of Saud").
    fn proper_body(&self, start: usize, end: usize) -> bool {
        let after_the = start > 0 && self.low(start - 1) == "the";
        let capitalised = (start..end).all(|k| self.capitalised(k));
        after_the && capitalised && self.low(end) != "of"
    }

    fn match_sector_at(&self, i: usize) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        for key in [self.lemma.get(i)?, self.low.get(i)?] {
            for &si in self.kb.sector_index.get(key.as_str()).into_iter().flatten() {
                let Some(word) = self.kb.sectors.get(si) else {
                    continue;
                };
                let len = word.words.len();
                if best.is_some_and(|(end, _)| end - i >= len) {
                    continue;
                }
                let fits = word.words.iter().enumerate().all(|(k, w)| {
                    let j = i + k;
                    self.owner.get(j).copied().flatten().is_none()
                        && (self.lemma.get(j) == Some(w) || self.low.get(j) == Some(w))
                });
                if fits {
                    best = Some((i + len, si));
                }
            }
        }
        best
    }

    /// Step 3: give each sector group its country, merge titles with the
    /// person they introduce.
    fn build_sector_mentions(&mut self, state: &DocState) {
        let mut keys = state.person_keys.clone();
        self.register_people(&mut keys, &state.countries_named);
        for gi in 0..self.groups.len() {
            let Some(g) = self.groups.get(gi).cloned() else {
                continue;
            };
            // "the opposition between Pyongyang and Seoul", "Russia's
            // opposition to NATO": a stance, not the political opposition.
            if g.sector == "OPP" && matches!(self.low(g.end), "between" | "to" | "from") {
                continue;
            }
            let window = self.left_window(&g, &keys);
            let mut countries: Vec<(usize, bool)> = Vec::new(); // (hit, absorbed)
            for (pos, &h) in window.names.iter().enumerate() {
                if pos > 0 && !window.coordinated.get(pos).copied().unwrap_or(false) {
                    break;
                }
                // "Russian-backed forces", "U.S.-trained rebels": the name is
                // who backs them, not whose they are.
                if self.names_a_backer(h) {
                    break;
                }
                let person = matches!(self.hits.get(h).map(|x| &x.target), Some(Target::Person(_)));
                countries.push((h, !person));
            }
            let mut end = g.end;
            // Bytes of a possessive glued to a name absorbed on the right
            // ("rebels in East Timor's capital" ends at "Timor").
            let mut end_trim = 0;
            let bare = if countries.is_empty() && window.pronoun.is_none() {
                window.bare.clone()
            } else {
                None
            };
            if countries.is_empty() && window.pronoun.is_none() && bare.is_none() {
                if let Some((h, hit_end)) = self.right_country(&g) {
                    countries.push((h, true));
                    end = hit_end;
                    end_trim = self.hits.get(h).map_or(0, |x| x.trim);
                }
            }
            let sector = if window.former && g.title {
                "ELI".to_string()
            } else {
                g.sector.clone()
            };
            let mut built: Vec<Cand> = Vec::new();
            for &(h, absorbed) in &countries {
                let Some(hit) = self.hits.get(h).cloned() else {
                    continue;
                };
                let res = self.kb.resolve(&hit.target, self.date);
                let Some(country) = res.code.country.clone() else {
                    continue;
                };
                let start = if absorbed && hit.start < g.start {
                    hit.start
                } else {
                    g.start
                };
                if absorbed {
                    if let Some(c) = self.consumed.get_mut(h) {
                        *c = true;
                    }
                }
                // A generic role takes the sector of the body it belongs to:
                // "Pentagon officials" are GOV, "KCNA reporters" JRN.
                let institutional = matches!(hit.target, Target::Metonym(..) | Target::Org(_));
                // An aide or adviser serves a principal: "Trump aides" are
                // GOV, "Schumer aides" LEG.
                let serves = matches!(hit.target, Target::Person(_))
                    && matches!(g.word.as_str(), "aide" | "adviser" | "advisor");
                let sector = match &res.code.sector {
                    Some(own) if g.title && (institutional || serves) && !window.former => {
                        own.clone()
                    }
                    _ => sector.clone(),
                };
                built.push(Cand {
                    start,
                    end,
                    head: g.head,
                    trim: end_trim,
                    code: ActorCode {
                        country: Some(country),
                        sector: Some(sector),
                    },
                    entry: format!("sector:{}+{}", g.word, res.entry),
                    kind: MentionKind::Sector,
                    person: false,
                });
            }
            if let Some((code, entry)) = bare {
                built.push(Cand {
                    start: g.start,
                    end,
                    head: g.head,
                    trim: end_trim,
                    code: ActorCode {
                        country: code.country,
                        sector: Some(sector.clone()),
                    },
                    entry: format!("sector:{}+{}", g.word, entry),
                    kind: MentionKind::Sector,
                    person: false,
                });
            }
            if built.is_empty() {
                let (code, entry, kind) = match window.pronoun {
                    Some(p) => match self.pronoun_antecedent(state, p) {
                        Some((code, entry)) => (
                            ActorCode {
                                country: code.country,
                                sector: Some(sector.clone()),
                            },
                            format!("sector:{}+{}", g.word, entry),
                            MentionKind::Coreference,
                        ),
                        None => (
                            ActorCode {
                                country: None,
                                sector: Some(sector.clone()),
                            },
                            format!("sector:{}", g.word),
                            MentionKind::Sector,
                        ),
                    },
                    None => match self.regime_antecedent(state, &g) {
                        Some((code, entry)) => (code, entry, MentionKind::Coreference),
                        // "a human rights group", "aid agencies": a generic
                        // non-governmental body is PLOVER's `NGO` actor.
                        None if sector == "NGO" => (
                            ActorCode {
                                country: Some("NGO".to_string()),
                                sector: None,
                            },
                            format!("sector:{}", g.word),
                            MentionKind::Sector,
                        ),
                        None => (
                            ActorCode {
                                country: None,
                                sector: Some(sector.clone()),
                            },
                            format!("sector:{}", g.word),
                            MentionKind::Sector,
                        ),
                    },
                };
                // "*European* leaders", "*Arab* ministers": a group of a
                // region keeps its regional word, so that no one country
                // is given to it by the story's context.
                let start = match g.start.checked_sub(1) {
                    Some(p) if REGIONAL_ADJECTIVES.contains(&self.low(p)) => p,
                    _ => g.start,
                };
                built.push(Cand {
                    start,
                    end,
                    head: g.head,
                    trim: end_trim,
                    code,
                    entry,
                    kind,
                    person: false,
                });
            }
            // "House Foreign Affairs *Committee Chairman* Ed Royce": a body,
            // an office noun and a name are one person, of the body's
            // country and sector.
            if let Some(person) = self.body_office_person(state, &g, built.first()) {
                self.cands.push(person);
                continue;
            }
            if g.title {
                if let Some(person) = self.title_person(state, &g, built.first()) {
                    self.cands.push(person);
                    continue;
                }
            }
            self.cands.extend(built);
        }
        for c in &self.cands {
            for k in c.start..c.end {
                if let Some(t) = self.taken.get_mut(k) {
                    *t = true;
                }
            }
        }
    }

    /// What lies in the noun phrase to the left of a sector group.
    fn left_window(&self, g: &Group, keys: &HashMap<String, (ActorCode, String)>) -> Window {
        let mut w = Window::default();
        let mut only_coordination = true;
        // A comma or conjunction seen since the last name.
        let mut separated = false;
        let mut j = g.start;
        let mut steps = 0;
        while j > 0 && steps < 8 {
            steps += 1;
            let k = j - 1;
            if let Some(h) = self.owner.get(k).copied().flatten() {
                let Some(hit) = self.hits.get(h) else {
                    break;
                };
                // A place is never coordinated with an actor: "In Tibet,
                // local media" is not Tibetan media by coordination.
                if separated && matches!(hit.target, Target::Place(..)) {
                    break;
                }
                separated = false;
                w.coordinated.push(w.names.is_empty() || only_coordination);
                w.names.push(h);
                only_coordination = true;
                j = hit.start;
                continue;
            }
            if self.group_of.get(k).copied().flatten().is_some() {
                break;
            }
            let f = self.low(k);
            let Some(t) = self.token(k) else {
                break;
            };
            // Coordination only joins names ("Hungarian and Romanian
            // officials"); a comma or conjunction before anything else ends
            // the phrase ("For its own survival, the regime").
            if f == "," || t.upos == Upos::Cconj || matches!(f, "and" | "or") {
                let name_before = k
                    .checked_sub(1)
                    .is_some_and(|b| self.owner.get(b).copied().flatten().is_some());
                // A comma before any name is joined ends the phrase when
                // that name is what another phrase is about ("point man *on*
                // North Korea*,* Unification Minister Ryoo": an apposition
                // begins); not after a fronted place ("*In* Congress,
                // lawmakers") or in a list ("Estonia, Latvia and Lithuania").
                // ("director of *the* NSA*,* Army Gen. X": past an article.)
                let about_another = f == ","
                    && w.names.is_empty()
                    && k.checked_sub(1)
                        .and_then(|b| self.owner.get(b).copied().flatten())
                        .and_then(|h| self.hits.get(h))
                        .and_then(|hit| hit.start.checked_sub(1))
                        .map(|p| match p.checked_sub(1) {
                            Some(q) if self.low(p) == "the" => q,
                            _ => p,
                        })
                        .is_some_and(|p| {
                            self.upos(p) == Upos::Adp
                                && !matches!(self.low(p), "in" | "at" | "inside" | "across")
                        });
                if !name_before || about_another {
                    break;
                }
            }
            let lone_proper =
                |i: usize| matches!(self.upos(i), Upos::Propn | Upos::X) && self.capitalised(i);
            if w.names.is_empty()
                && w.bare.is_none()
                && lone_proper(k)
                && !(k > 0 && lone_proper(k - 1))
                && !lone_proper(k + 1)
            {
                // Before a sector word the phrase says a person is meant
                // ("the *Bush* administration"), even for a surname that
                // is also a common word.
                if let Some((code, entry, _)) = self.resolve_bare(keys, k, k + 1, true) {
                    if code.country.is_some() {
                        w.bare = Some((code, entry));
                    }
                }
            }
            if matches!(f, "its" | "their" | "his" | "her") {
                if w.names.is_empty() {
                    w.pronoun = Some(k);
                }
                break;
            }
            let allowed = f == "'s"
                || f == "'"
                || f == ","
                || match t.upos {
                    Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num | Upos::Cconj => {
                        true
                    }
                    Upos::Verb => t.xpos == "VBN" || t.xpos == "VBG",
                    _ => false,
                };
            if !allowed {
                break;
            }
            if f == "former" {
                w.former = true;
            }
            if !(t.upos == Upos::Cconj || f == ",") {
                only_coordination = false;
            } else {
                separated = true;
            }
            j = k;
        }
        w
    }

    /// `the army of North Korea`, `troops from Russia`, `the government in
    /// Seoul`, `rebels in Darfur`, `a group based in Trinidad`.
    fn right_country(&self, g: &Group) -> Option<(usize, usize)> {
        let head = self.lemma.get(g.head).map_or("", String::as_str);
        // Diplomats and embassies are, by their nature, another country's
        // presence in the place: "the embassy in Tel Aviv" is not Israeli.
        let foreign = matches!(
            head,
            "embassy" | "embassies" | "consulate" | "ambassador" | "envoy" | "diplomat"
        );
        let located = (matches!(g.sector.as_str(), "GOV" | "LEG" | "JUD" | "COP")
            || LOCATED_GROUPS.contains(&head)
            || LOCATED_GROUPS.contains(&g.word.as_str()))
            && !foreign;
        self.place_after(g.end, located)
    }

    /// The name hit that places a phrase ending before token `at`: `of` or
    /// `from` a name, `in` (and the like) a name when `located` allows it,
    /// `based in` always; a determiner and a compass word may come between
    /// ("in the Ivory Coast", "of southern Serbia"). Returns the hit and the
    /// token after it.
    fn place_after(&self, at: usize, located: bool) -> Option<(usize, usize)> {
        let mut k = at;
        let based = self.low(k) == "based" && self.low(k + 1) == "in";
        if based {
            k += 1;
        }
        let prep = self.low(k);
        let ok = match prep {
            "of" | "from" => true,
            p if LOCATING.contains(&p) => located || based,
            _ => false,
        };
        if !ok {
            return None;
        }
        k += 1;
        if self.upos(k) == Upos::Det || self.low(k) == "the" {
            k += 1;
        }
        if COMPASS.contains(&self.low(k)) && self.owner.get(k).copied().flatten().is_none() {
            k += 1;
        }
        let h = self.owner.get(k).copied().flatten()?;
        let hit = self.hits.get(h)?;
        if hit.start != k || matches!(hit.target, Target::Person(_)) {
            return None;
        }
        // Being "in" an organisation is membership, not a place.
        if prep != "of" && prep != "from" && matches!(hit.target, Target::Org(_)) {
            return None;
        }
        // The name must end the phrase: "the University of North Korean
        // Studies" is not a North Korean university.
        let continues = self.owner.get(hit.end).copied().flatten().is_none()
            && self.capitalised(hit.end)
            && matches!(self.upos(hit.end), Upos::Propn | Upos::Noun | Upos::X);
        if continues {
            return None;
        }
        Some((h, hit.end))
    }

    /// Step 3b: a plural demonym used as a noun and placed by a following
    /// phrase takes the country of the place it is in, not its ethnicity:
    /// "Ethnic Albanians in south Serbia", "the Albanians of southern
    /// Serbia" → SRB. The entry records both (`located:country:ALB+country:SRB`).
    fn located_demonyms(&mut self) {
        for h in 0..self.hits.len() {
            let Some(hit) = self.hits.get(h).cloned() else {
                continue;
            };
            if !matches!(hit.target, Target::Adjective(_))
                || self.consumed.get(h).copied().unwrap_or(true)
                || hit.trim > 0
            {
                continue;
            }
            let last = hit.end.saturating_sub(1);
            let plural_noun = matches!(self.upos(last), Upos::Noun | Upos::Propn)
                && self.plural(last)
                || self.token(last).is_some_and(|t| t.xpos.is_empty()) && self.plural(last);
            if !plural_noun {
                continue;
            }
            let Some((p, end)) = self.place_after(hit.end, true) else {
                continue;
            };
            let Some(place) = self.hits.get(p).cloned() else {
                continue;
            };
            if self.consumed.get(p).copied().unwrap_or(true) {
                continue;
            }
            let group = self.kb.resolve(&hit.target, self.date);
            let res = self.kb.resolve(&place.target, self.date);
            if res.code.country.is_none() {
                continue;
            }
            for i in [h, p] {
                if let Some(c) = self.consumed.get_mut(i) {
                    *c = true;
                }
            }
            self.cands.push(Cand {
                start: hit.start,
                end,
                head: last,
                trim: place.trim,
                code: ActorCode {
                    country: res.code.country,
                    sector: None,
                },
                entry: format!("located:{}+{}", group.entry, res.entry),
                kind: MentionKind::Sector,
                person: false,
            });
            for k in hit.start..end {
                if let Some(t) = self.taken.get_mut(k) {
                    *t = true;
                }
            }
        }
    }

    /// "the regime" with no country of its own: the most recent government
    /// actor, preferring one that was a grammatical subject.
    fn regime_antecedent(&self, state: &DocState, g: &Group) -> Option<(ActorCode, String)> {
        // Only a bare definite "the regime" refers back; "a communist
        // regime" does not, nor does one a modifier or an of-phrase names
        // anew ("the *apartheid* regime", "the regime *of* Augusto Pinochet").
        let det = (g.start.saturating_sub(4)..g.start)
            .rev()
            .find(|&k| matches!(self.low(k), "the" | "this" | "that" | "a" | "an"));
        let definite = det.is_some_and(|d| !matches!(self.low(d), "a" | "an"));
        let described = det.is_some_and(|d| d + 1 != g.start) || self.low(g.end) == "of";
        if !REGIME_WORDS.contains(&g.word.as_str()) || !definite || described {
            return None;
        }
        let recent = |m: &&Mention| m.sentence + REGIME_LOOKBACK >= self.si;
        let gov = |m: &Mention| m.code.sector.as_deref() == Some("GOV") && m.code.country.is_some();
        // A story that has called one government a regime ("the Assad
        // regime", "Syria's regime") goes on meaning that one, however many
        // other leaders it quotes in between.
        let named_regime = |m: &&Mention| {
            m.code.country.is_some()
                && REGIME_WORDS
                    .iter()
                    .any(|w| m.entry.starts_with(&format!("sector:{w}")))
        };
        let pick = state
            .out
            .iter()
            .rev()
            .find(named_regime)
            .or_else(|| {
                state
                    .out
                    .iter()
                    .zip(&state.meta)
                    .rev()
                    .filter(|(m, _)| recent(m))
                    .find(|(m, meta)| meta.subject && gov(m))
                    .map(|(m, _)| m)
            })
            .or_else(|| state.out.iter().rev().filter(recent).find(|m| gov(m)))?;
        Some((
            ActorCode {
                country: pick.code.country.clone(),
                sector: Some("GOV".to_string()),
            },
            pick.entry.clone(),
        ))
    }

    /// A body named by a sector noun, an office noun of [`BODY_OFFICES`]
    /// and a name ("House Foreign Affairs Committee *Chairman* Ed Royce",
    /// "Intelligence Committee *Chairwoman* Ann Roe"): one person, read as
    /// a title and a name (see [`Finder::title_person`]) whose title is
    /// the body's, so that an unknown name takes its country and sector.
    /// A chamber's short name right before the body ("*House*", "*Senate*")
    /// is part of the phrase.
    fn body_office_person(
        &mut self,
        state: &DocState,
        g: &Group,
        body: Option<&Cand>,
    ) -> Option<Cand> {
        let body = body?;
        if g.title || self.plural(g.head) || body.code.sector.is_none() {
            return None;
        }
        let office = g.end;
        if !BODY_OFFICES.contains(&self.low(office))
            || self.owner.get(office).copied().flatten().is_some()
            || self.group_of.get(office).copied().flatten().is_some()
        {
            return None;
        }
        // A name must follow the office noun.
        self.propn_run(office + 1).or_else(|| {
            self.owner
                .get(office + 1)
                .copied()
                .flatten()
                .map(|_| office + 2)
        })?;
        let mut start = body.start;
        if start > 0
            && start == g.start
            && self.capitalised(start - 1)
            && matches!(self.low(start - 1), "house" | "senate")
            && self.owner.get(start - 1).copied().flatten().is_none()
        {
            start -= 1;
        }
        let title_group = Group {
            start: g.start,
            end: office + 1,
            head: office,
            sector: g.sector.clone(),
            word: self.low(office).to_string(),
            title: true,
        };
        let title = Cand {
            start,
            end: office + 1,
            ..body.clone()
        };
        self.title_person(state, &title_group, Some(&title))
    }

    /// A title followed by a person: one mention for the phrase.
    fn title_person(&mut self, state: &DocState, g: &Group, title: Option<&Cand>) -> Option<Cand> {
        let title = title?;
        // "lawmakers Friday": a plural title names no one.
        if self.plural(g.head) {
            return None;
        }
        let mut k = g.end;
        if self.low(k) == "," {
            k += 1;
        }
        if let Some(h) = self.owner.get(k).copied().flatten() {
            let hit = self.hits.get(h)?.clone();
            let Target::Person(_) = &hit.target else {
                return None;
            };
            if hit.start != k {
                return None;
            }
            if let Some(c) = self.consumed.get_mut(h) {
                *c = true;
            }
            let res = self.kb.resolve(&hit.target, self.date);
            // The title says what the person was when the text speaks of
            // them: "*FBI Director* James Comey" the day after his firing,
            // "*Senator* X" in years the knowledge base lists no office for,
            // keep the title's sector where the date alone leaves them out
            // of office (ELI) or not yet in one. A "former" title is ELI
            // itself.
            let mut code = res.code;
            if self.date.is_some()
                && matches!(code.sector.as_deref(), None | Some("ELI"))
                && title
                    .code
                    .country
                    .as_ref()
                    .is_none_or(|c| code.country.as_ref() == Some(c))
            {
                if let Some(s) = title
                    .code
                    .sector
                    .as_deref()
                    .filter(|s| *s != "ELI" && !is_lifelong_title(&g.word))
                {
                    code.sector = self.title_sector(g.start, s, code.country.as_deref());
                }
            }
            return Some(Cand {
                start: title.start,
                end: hit.end,
                head: hit.start,
                trim: hit.trim,
                code,
                entry: res.entry,
                kind: MentionKind::Person,
                person: true,
            });
        }
        let run_end = self.propn_run(k)?;
        // "President Obama": a bare surname after a title is still someone
        // the document or the knowledge base may know.
        // Scraped text glues names together ("President Trump Donald John
        // TrumpGOP"): a known first word alone is still that person. Only
        // in such a run of three names or more: in "president, *Richard*
        // Nixon" the first word is a given name, not a namesake's surname.
        let known = self
            .known_bare_name(state, k, run_end)
            .map(|found| (found, run_end))
            .or_else(|| {
                (run_end >= k + 3)
                    .then(|| self.known_bare_name(state, k, k + 1))
                    .flatten()
                    .map(|found| (found, k + 1))
            });
        if let Some(((code, entry, kind), run_end)) = known {
            return Some(Cand {
                start: title.start,
                end: run_end,
                head: k,
                trim: 0,
                code,
                entry,
                kind,
                person: true,
            });
        }
        // "Senator Tom Cotton *of Arkansas*", "Mayor X *from Basra*": a
        // titled person the title leaves stateless takes the country of the
        // place named right after the name.
        let mut code = title.code.clone();
        // "*NBA* Commissioner Adam Silver", "*FIFA* President X": a title
        // held in an organisation the knowledge base does not know, named
        // by its initials, says no sector of state ("Treasury Secretary",
        // "Arizona Sen." name a state's own offices).
        if title.start > 0 && self.unknown_initials(title.start - 1) {
            code.sector = None;
        }
        // "*Republican* Senator Ben Sasse", "*Democratic* Rep. X": the two
        // US parties' adjectives before a title of office are American.
        if code.country.is_none()
            && title.start > 0
            && matches!(
                self.low(title.start - 1),
                "republican" | "democratic" | "democrat" | "gop"
            )
        {
            code.country = Some("USA".to_string());
        }
        // "Rep. Frank Roe, *R-Va.*", "Sen. Ann Doe (*D-Calif.*)": the party
        // and state tag of the US Congress follows only its members.
        if code.country.is_none()
            && (run_end..run_end + 2)
                .any(|j| self.token(j).is_some_and(|t| is_us_party_tag(&t.form)))
        {
            code.country = Some("USA".to_string());
        }
        if code.country.is_none() {
            if let Some(place) = self
                .place_after(run_end, false)
                .and_then(|(p, _)| self.hits.get(p))
            {
                code.country = self.kb.resolve(&place.target, self.date).code.country;
            }
        }
        Some(Cand {
            start: title.start,
            end: run_end,
            head: k,
            trim: 0,
            code,
            entry: format!("adhoc:{}", self.slug(k, run_end)),
            kind: MentionKind::Person,
            person: true,
        })
    }

    /// Whether token `i` is an organisation's initials that no knowledge
    /// base entry covers ("NBA", "FIFA", not "UN" or "CIA").
    fn unknown_initials(&self, i: usize) -> bool {
        let Some(t) = self.token(i) else {
            return false;
        };
        let letters = t.form.chars().filter(char::is_ascii_alphabetic).count();
        (2..=6).contains(&letters)
            && t.form.chars().all(|c| c.is_ascii_uppercase() || c == '.')
            && self.owner.get(i).copied().flatten().is_none()
            && !matches!(self.low(i), "gop" | "u.s." | "us" | "uk")
    }

    /// A one-word name (`Kim`, `Putin`) resolved through the people named
    /// in full earlier (`keys`), else through a surname that only one
    /// person of the knowledge base carries.
    fn resolve_bare(
        &self,
        keys: &HashMap<String, (ActorCode, String)>,
        start: usize,
        end: usize,
        common_words_too: bool,
    ) -> Option<(ActorCode, String, MentionKind)> {
        let text = self.text_of(start, end, 0);
        if text.contains(char::is_whitespace) {
            return None;
        }
        let key = normalize(&text, true);
        // "*the* McCain's crew", "*the* Reagan was refuelled": a surname
        // after "the" that heads its own phrase names a ship, a building
        // or a prize, not the person ("the Bush administration" keeps the
        // person, as a modifier; "the Bidens" are the family).
        let thing = start > 0
            && self.low(start - 1) == "the"
            && !key.ends_with('s')
            && self
                .token(start)
                .is_some_and(|t| t.deprel != "compound" && !t.deprel.starts_with("amod"));
        // A month is the surname of a person the document named in full
        // ("Theresa May ... *May* said", "*Mrs* May") only as a subject or
        // after an honorific: "in May", "May 5" stay dates.
        if is_calendar_word(&key) {
            let honorific =
                start > 0 && HONORIFICS.contains(&self.low(start - 1).trim_end_matches('.'));
            let subject = self
                .token(start)
                .is_some_and(|t| t.deprel.starts_with("nsubj"));
            if !honorific && !subject {
                return None;
            }
        }
        if let Some((code, entry)) = keys.get(&key) {
            // ("the NTC" is still the commission named in full, "the
            // Princess" the princess.)
            let title = crate::gender::of_word(&key).is_some();
            if thing && !title && !entry.starts_with(ADHOC_ORG) && !entry.starts_with("org:") {
                return None;
            }
            return Some((code.clone(), entry.clone(), MentionKind::Coreference));
        }
        if thing {
            return None;
        }
        // A misspelt surname of someone the document named in full
        // ("Pierliusi" for Pierluisi, "Shiff" for Schiff): one slip in a
        // name of five letters or more, two in one of eight or more. Not
        // a name the knowledge base knows as it is: "Obama" after "Osama
        // bin Laden" is Obama.
        let known_as_is =
            self.kb.surnames.contains_key(&key) || self.kb.common_word_surnames.contains_key(&key);
        if key.chars().count() >= 5 && !known_as_is {
            let slips = if key.chars().count() >= 8 { 2 } else { 1 };
            let mut close = keys
                .iter()
                .filter(|(k, _)| k.chars().next() == key.chars().next())
                .filter(|(k, _)| edit_distance_within(k, &key, slips));
            if let (Some((_, (code, entry))), None) = (close.next(), close.next()) {
                return Some((code.clone(), entry.clone(), MentionKind::Coreference));
            }
        }
        let ids = self.kb.surnames.get(&key).or_else(|| {
            common_words_too
                .then(|| self.kb.common_word_surnames.get(&key))
                .flatten()
        })?;
        // Someone who takes office only after the document date is more
        // likely a namesake ("McCain" in 2018 is not the later head of the
        // World Food Programme).
        // A surname that is also a common given name ("Mohammed", "Sharon",
        // "Abe") names the knowledge base's bearer only while they hold
        // office: long after, the bare word is far more often someone
        // else's first name or a namesake (a full mention earlier in the
        // document still resolves it above).
        let given_name = crate::gender::is_given_name(&key);
        let served = |res: &crate::Resolution| {
            self.date.is_none()
                || res.office.is_some()
                || (res.code.sector.as_deref() == Some("ELI") && !given_name)
        };
        match ids.as_slice() {
            [id] => {
                let res = self.kb.resolve_person(id, self.date);
                served(&res).then_some((res.code, res.entry, MentionKind::Person))
            }
            // Several people share the surname: if all who served share a
            // country, the country is known even if the person is not.
            many => {
                let resolved: Vec<crate::Resolution> = many
                    .iter()
                    .map(|id| self.kb.resolve_person(id, self.date))
                    .filter(|r| served(r))
                    .collect();
                let first = resolved.first()?;
                let country = first.code.country.clone()?;
                if resolved
                    .iter()
                    .any(|r| r.code.country.as_ref() != Some(&country))
                {
                    // Namesakes of several countries: the only one holding
                    // an office above a legislator's seat on the date (a
                    // head of state or government, a minister) is the one
                    // the news means ("Castro" in 2015 is Raúl, not
                    // Representative Joaquin Castro).
                    let mut above_seat = resolved
                        .iter()
                        .filter(|r| r.office.as_deref().is_some_and(|o| office_rank(o) > 30));
                    return match (above_seat.next(), above_seat.next()) {
                        (Some(only), None) if self.date.is_some() => {
                            Some((only.code.clone(), only.entry.clone(), MentionKind::Person))
                        }
                        _ => None,
                    };
                }
                // Of namesakes of one country, the only one in office on the
                // date is the one the news speaks of ("Assad" in 2018 is
                // Bashar, not his father).
                if self.date.is_some() {
                    let mut in_office = resolved.iter().filter(|r| r.office.is_some());
                    if let (Some(only), None) = (in_office.next(), in_office.next()) {
                        return Some((only.code.clone(), only.entry.clone(), MentionKind::Person));
                    }
                }
                let sector = first.code.sector.clone().filter(|s| {
                    resolved
                        .iter()
                        .all(|r| r.code.sector.as_deref() == Some(s.as_str()))
                });
                Some((
                    ActorCode {
                        country: Some(country),
                        sector,
                    },
                    format!("surname:{key}"),
                    MentionKind::Person,
                ))
            }
        }
    }

    fn known_bare_name(
        &self,
        state: &DocState,
        start: usize,
        end: usize,
    ) -> Option<(ActorCode, String, MentionKind)> {
        let mut keys = state.person_keys.clone();
        self.register_people(&mut keys, &state.countries_named);
        self.resolve_bare(&keys, start, end, false)
    }

    /// End of a run of capitalised proper nouns starting at `k` that no
    /// other step claimed (hyphen pieces glued to it included).
    fn propn_run(&self, k: usize) -> Option<usize> {
        let free = |i: usize| {
            self.owner.get(i).copied().flatten().is_none()
                && self.group_of.get(i).copied().flatten().is_none()
                && !self.taken.get(i).copied().unwrap_or(true)
        };
        let proper = |i: usize| {
            free(i)
                && self.capitalised(i)
                && matches!(self.upos(i), Upos::Propn | Upos::X)
                && self.low(i).chars().next().is_some_and(char::is_alphabetic)
        };
        if !proper(k) || CALENDAR.contains(&self.low(k)) {
            return None;
        }
        let mut end = k + 1;
        while end < self.n && free(end) {
            let glued = match (self.token(end - 1), self.token(end)) {
                (Some(a), Some(b)) => a.span.end == b.span.start,
                _ => false,
            };
            let hyphen = self.low(end).is_empty() || self.low(end - 1).is_empty();
            // "President Kagame Sunday said": a weekday or month ends the name.
            if CALENDAR.contains(&self.low(end)) {
                break;
            }
            if proper(end)
                || (glued && (hyphen || self.token(end - 1).is_some_and(|t| t.form == "-")))
            {
                end += 1;
            } else {
                break;
            }
        }
        while end > k + 1 && self.token(end - 1).is_some_and(|t| t.form == "-") {
            end -= 1;
        }
        Some(end)
    }

    fn slug(&self, start: usize, end: usize) -> String {
        let text = self.text_of(start, end, 0);
        normalize(&text, true).replace([' ', '\''], "-")
    }

    fn text_of(&self, start: usize, end: usize, trim: usize) -> String {
        self.span_of(start, end, trim)
            .slice(&self.doc.text)
            .to_string()
    }

    fn span_of(&self, start: usize, end: usize, trim: usize) -> Span {
        let s = self.token(start).map_or(0, |t| t.span.start);
        let e = end
            .checked_sub(1)
            .and_then(|i| self.token(i))
            .map_or(s, |t| t.span.end.saturating_sub(trim).max(s));
        Span::new(s, e)
    }

    /// Step 4: "Jo Tae-yong, the head of South Korea's intelligence services":
    /// an unknown name takes the code of the phrase in apposition.
    fn appositions(&mut self) {
        let mut k = 0;
        while k < self.n {
            let Some(end) = self.propn_run(k) else {
                k += 1;
                continue;
            };
            // One capitalised word before a comma is too often not a person
            // ("Sunday, the ...", "the Times, ...").
            let several_words = self.text_of(k, end, 0).contains([' ', '-']);
            if self.low(end) != "," || !several_words {
                k = end;
                continue;
            }
            let mut limit = end + 1;
            while limit < self.n && limit < end + 12 {
                let f = self.low(limit);
                if f == "," || f == "." || matches!(self.upos(limit), Upos::Verb | Upos::Aux) {
                    break;
                }
                limit += 1;
            }
            let source = self
                .cands
                .iter()
                .find(|c| c.start > end && c.start < limit && c.code.country.is_some() && !c.person)
                .cloned();
            if let Some(src) = source {
                let code = src.code.clone();
                self.push_adhoc_person(k, end, code);
            }
            k = end;
        }
    }

    /// Where the comma before a person's phrase starting at `start` should
    /// be: the token before it, past up to `reach` capitalised words of a
    /// title the phrase left out. (The caller checks it is a comma.)
    fn comma_before(&self, start: usize, reach: usize) -> usize {
        let mut comma = start.saturating_sub(1);
        while comma > 0 && start - comma <= reach && self.capitalised(comma) {
            comma -= 1;
        }
        comma
    }

    /// "South Korea's point man on North Korea, *Unification Minister Ryoo
    /// Kihl-jae*, urged": a person of unknown country set off by commas
    /// right after a role phrase is the one that phrase describes, and
    /// takes its country (not the one its modifier names).
    fn fronted_appositions(&mut self) {
        let mut updates = Vec::new();
        for (ci, c) in self.cands.iter().enumerate() {
            if !c.person || c.code.country.is_some() || c.start == 0 {
                continue;
            }
            // The comma may stand before words of the title the person's
            // phrase left out ("*Unification* Minister Ryoo").
            let comma = self.comma_before(c.start, 3);
            if self.low(comma) != "," || self.low(c.end) != "," {
                continue;
            }
            let role = self
                .cands
                .iter()
                .filter(|r| {
                    !r.person
                        && r.kind == MentionKind::Sector
                        && r.code.country.is_some()
                        && r.end <= comma
                        && r.start + 12 >= comma
                        && (r.end..comma).all(|t| {
                            !matches!(self.upos(t), Upos::Verb | Upos::Aux) && self.low(t) != ","
                        })
                })
                .max_by_key(|r| r.end);
            if let Some(r) = role {
                updates.push((ci, r.code.country.clone()));
            }
        }
        for (ci, country) in updates {
            if let Some(c) = self.cands.get_mut(ci) {
                c.code.country = country;
            }
        }
    }

    /// "the director of the NSA, *Army Gen. Keith Alexander*": a person
    /// of unknown country set off by a comma right after an office noun
    /// of [`BODY_OFFICES`] and "of" a state body of the knowledge base is
    /// the holder of that office: the body's country and sector, which
    /// beat a rank or service named with the person (the service word,
    /// "Army", becomes part of the person's mention).
    fn office_appositions(&mut self) {
        let mut updates = Vec::new();
        for (ci, c) in self.cands.iter().enumerate() {
            if !c.person || c.code.country.is_some() || c.start == 0 {
                continue;
            }
            let comma = self.comma_before(c.start, 2);
            if self.low(comma) != "," || comma == 0 {
                continue;
            }
            let Some(hit) = self
                .hits
                .iter()
                .find(|h| h.end == comma && matches!(h.target, Target::Org(_)))
            else {
                continue;
            };
            let mut p = hit.start;
            if p > 0 && self.low(p - 1) == "the" {
                p -= 1;
            }
            let office =
                p >= 2 && self.low(p - 1) == "of" && BODY_OFFICES.contains(&self.low(p - 2));
            let res = self.kb.resolve(&hit.target, self.date);
            let state_body = matches!(
                res.code.sector.as_deref(),
                Some("GOV" | "MIL" | "SPY" | "COP" | "LEG" | "JUD")
            );
            if office && state_body && res.code.country.is_some() {
                updates.push((ci, comma + 1, res.code));
            }
        }
        let mut drop = Vec::new();
        for (ci, start, code) in updates {
            let Some(c) = self.cands.get_mut(ci) else {
                continue;
            };
            let old_start = c.start;
            c.code = code;
            c.start = start;
            for (oi, o) in self.cands.iter().enumerate() {
                if oi != ci && o.start >= start && o.end <= old_start {
                    drop.push(oi);
                }
            }
        }
        drop.sort_unstable();
        drop.dedup();
        for oi in drop.into_iter().rev() {
            self.cands.remove(oi);
        }
    }

    /// "The second *adviser, retired General Michael Flynn,* resigned": a
    /// singular role noun followed by a person's name set off by commas
    /// (after "retired" or "former" and a rank at most) describes that
    /// person, who is
    /// the actor: one person mention for the phrase, with the person's
    /// code, else the role's. The role is dropped.
    fn described_people(&mut self) {
        let mut merges = Vec::new();
        for (ri, r) in self.cands.iter().enumerate() {
            // (A role with a country of its own is more often the first
            // item of a list: "the government*,* President X, Secretary Y".)
            if r.person
                || r.kind != MentionKind::Sector
                || r.code.country.is_some()
                || r.end != r.head + 1
                || self.plural(r.head)
                || self.low(r.end) != ","
            {
                continue;
            }
            let mut k = r.end + 1;
            if matches!(self.low(k), "retired" | "former") {
                k += 1;
            }
            // A rank or honorific before the name ("General", "Lt. Gen.").
            for _ in 0..2 {
                if HONORIFICS.contains(&self.low(k).trim_end_matches('.')) {
                    k += 1;
                }
            }
            let Some((pi, p)) = self
                .cands
                .iter()
                .enumerate()
                .find(|(_, p)| p.person && p.start == k)
            else {
                continue;
            };
            if self.low(p.end) != "," {
                continue;
            }
            let code = if p.code.country.is_some() || p.code.sector.is_some() {
                p.code.clone()
            } else {
                r.code.clone()
            };
            merges.push((ri, pi, r.start, code));
        }
        let mut drop = Vec::new();
        for (ri, pi, start, code) in merges {
            if let Some(p) = self.cands.get_mut(pi) {
                p.start = start;
                p.code = code;
                drop.push(ri);
            }
        }
        drop.sort_unstable();
        drop.dedup();
        for ri in drop.into_iter().rev() {
            self.cands.remove(ri);
        }
    }

    /// A person the knowledge base does not know, named by tokens
    /// `start..end` (an `adhoc:` entry). `head` marks where the name starts
    /// (as for a title and a name), so that every word of it refers back
    /// later.
    fn push_adhoc_person(&mut self, start: usize, end: usize, code: ActorCode) {
        self.cands.push(Cand {
            start,
            end,
            head: start,
            trim: 0,
            code,
            entry: format!("adhoc:{}", self.slug(start, end)),
            kind: MentionKind::Person,
            person: true,
        });
        for i in start..end {
            if let Some(t) = self.taken.get_mut(i) {
                *t = true;
            }
        }
    }

    /// Step 4b: a name the knowledge base does not list whose last word
    /// says what kind of body it is ([`INSTITUTION_HEADS`]): "the National
    /// Telecommunications Commission" is a state body, "the Center for
    /// Biological Diversity" a civil-society group. The name may go on
    /// with "of", "for" or "on" and more capitalised words ("Commission
    /// on International Religious Freedom"); a demonym or country right
    /// before it gives its country ("*Kenyan* Wildlife Authority"), else
    /// the article's context does (see [`crate::context`]). An acronym in
    /// brackets after it ("(NTC)") names it again, in this sentence and
    /// later ones.
    fn unknown_institutions(&mut self) {
        if self.headline {
            return;
        }
        let mut k = 0;
        while k < self.n {
            let Some(mut end) = self.capitalised_run(k, true) else {
                k += 1;
                continue;
            };
            let first_end = end;
            // "... for Biological Diversity", "... of the Philippines".
            let mut tail = end;
            if matches!(self.low(tail), "of" | "for" | "on") {
                tail += 1;
                if self.low(tail) == "the" {
                    tail += 1;
                }
                // (No "and" in the tail: "the Center for Biological
                // Diversity *and* Center for Food Safety" are two.)
                if let Some(more) = self.capitalised_run(tail, false) {
                    end = more;
                }
            }
            let head_word = |at: usize| {
                let w = self.low(at);
                INSTITUTION_HEADS
                    .iter()
                    .find(|(h, _)| *h == w)
                    .map(|(_, sector)| *sector)
            };
            let continued = end > first_end;
            // The body's word ends the first part ("Center for ...") or the
            // whole name ("Cinema for Peace Foundation").
            let found = head_word(first_end - 1)
                .filter(|_| {
                    !matches!(self.low(first_end - 1), "center" | "centre")
                        || (continued && self.low(first_end) == "for")
                })
                .or_else(|| head_word(end - 1).filter(|_| continued));
            let Some(sector) = found else {
                k = first_end;
                continue;
            };
            // A one-word name is a body only with a word before it that
            // says whose it is.
            let before = k
                .checked_sub(1)
                .and_then(|b| self.owner.get(b).copied().flatten());
            let country = before
                .filter(|&h| !self.consumed.get(h).copied().unwrap_or(true))
                .and_then(|h| self.hits.get(h).map(|hit| (h, hit)))
                .filter(|(_, hit)| {
                    hit.end == k
                        && hit.trim == 0
                        && matches!(hit.target, Target::Adjective(_) | Target::Country(_))
                })
                .map(|(h, hit)| (h, hit.start, self.kb.resolve(&hit.target, self.date)));
            if end - k < 2 && country.is_none() {
                k = end;
                continue;
            }
            let start = country.as_ref().map_or(k, |(_, s, _)| *s);
            let code = ActorCode {
                country: country
                    .as_ref()
                    .and_then(|(_, _, r)| r.code.country.clone()),
                sector: Some(sector.to_string()),
            };
            if let Some((h, _, _)) = &country {
                if let Some(c) = self.consumed.get_mut(*h) {
                    *c = true;
                }
            }
            let entry = format!("{ADHOC_ORG}{}", self.slug(k, end));
            self.push_institution(start, end, code.clone(), &entry);
            // "(NTC)".
            let acronym = end + 2 < self.n
                && self.low(end) == "("
                && self.low(end + 2) == ")"
                && self.propn_run(end + 1) == Some(end + 2)
                && self.token(end + 1).is_some_and(|t| {
                    let f = t.form.as_str();
                    (2..=8).contains(&f.chars().count())
                        && f.chars().all(|c| c.is_ascii_uppercase() || c == '-')
                });
            if acronym {
                self.push_institution(end + 1, end + 2, code, &entry);
                end += 3;
            }
            k = end;
        }
    }

    /// The end of a run of free capitalised nouns, names and adjectives
    /// from `k` ("National Telecommunications Commission", "Biological
    /// Diversity"), if `k` starts one; with `and`, through "and" between
    /// two of them ("Securities and Exchange Commission").
    fn capitalised_run(&self, k: usize, and: bool) -> Option<usize> {
        let word = |i: usize| {
            i < self.n
                && self.owner.get(i).copied().flatten().is_none()
                && self.group_of.get(i).copied().flatten().is_none()
                && !self.taken.get(i).copied().unwrap_or(true)
                && self.capitalised(i)
                && matches!(self.upos(i), Upos::Propn | Upos::Noun | Upos::Adj | Upos::X)
                && !CALENDAR.contains(&self.low(i))
        };
        if !word(k) {
            return None;
        }
        let mut end = k + 1;
        loop {
            if word(end) {
                end += 1;
            } else if and && matches!(self.low(end), "and" | "&") && word(end + 1) {
                // "Securities and Exchange Commission".
                end += 2;
            } else {
                break;
            }
        }
        Some(end)
    }

    /// Step 4c: "the agency", "the commission": a definite institution word
    /// ([`is_institution_word`]) refers back to the institution whose full
    /// name ended in that word most recently, within
    /// [`INSTITUTION_LOOKBACK`] sentences. Not with a phrase of its own
    /// after it ("the commission *of inquiry*" may be another) or a
    /// modifier before it ("the *new* agency").
    fn definite_institutions(&mut self, state: &DocState) {
        for k in 1..self.n {
            let word = self.lemma.get(k).map_or("", String::as_str);
            let free = self.owner.get(k).copied().flatten().is_none()
                && self.group_of.get(k).copied().flatten().is_none()
                && !self.taken.get(k).copied().unwrap_or(true);
            if !free
                || self.low(k - 1) != "the"
                || self.low(k) != word
                || !is_institution_word(word)
                || matches!(self.low(k + 1), "of" | "for" | "on")
            {
                continue;
            }
            let found = state
                .institution_heads
                .iter()
                .rev()
                .find(|(w, _, _, si)| w == word && si + INSTITUTION_LOOKBACK >= self.si);
            if let Some((_, code, entry, _)) = found {
                self.cands.push(Cand {
                    start: k - 1,
                    end: k + 1,
                    head: k,
                    trim: 0,
                    code: code.clone(),
                    entry: entry.clone(),
                    kind: MentionKind::Coreference,
                    person: false,
                });
                if let Some(t) = self.taken.get_mut(k) {
                    *t = true;
                }
            }
        }
    }

    /// An institution found by [`Self::unknown_institutions`], tokens
    /// `start..end`.
    fn push_institution(&mut self, start: usize, end: usize, code: ActorCode, entry: &str) {
        self.cands.push(Cand {
            start,
            end,
            head: end.saturating_sub(1),
            trim: 0,
            code,
            entry: entry.to_string(),
            kind: MentionKind::Name,
            person: false,
        });
        for i in start..end {
            if let Some(t) = self.taken.get_mut(i) {
                *t = true;
            }
        }
    }

    /// Step 5a': a full name no other step knows ("Angela Stanton",
    /// "Sviatlana Tsikhanouskaya"): a person of unknown country and role,
    /// kept so that the document context, a later apposition or the other
    /// party of a domestic event can say who they are, and so that their
    /// surname later refers to them rather than to a namesake in the
    /// knowledge base. Two or more capitalised words, not a headline, not
    /// after "the", with no word that names a place or an institution.
    ///
    /// A run whose every word names one person the document named in full
    /// earlier ("Peña Nieto" after "President Enrique Peña Nieto", "López
    /// Obrador") is that person again.
    fn unknown_people(&mut self, state: &DocState) {
        if self.headline {
            return;
        }
        let mut keys = state.person_keys.clone();
        self.register_people(&mut keys, &state.countries_named);
        let mut k = 0;
        while k < self.n {
            let Some(end) = self.propn_run(k) else {
                k += 1;
                continue;
            };
            let words = end - k;
            let after_the = k > 0 && self.low(k - 1) == "the";
            let institutional = (k..end).any(|i| NOT_PERSON_WORDS.contains(&self.low(i)));
            let name_like = (k..end).all(|i| {
                self.low(i)
                    .chars()
                    // (a hyphen is a space in the normalised form: "mu jin")
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.' | ' '))
            });
            if (2..=4).contains(&words) && !after_the && !institutional && name_like {
                match self.named_before(&keys, k, end) {
                    Some((code, entry)) => {
                        self.cands.push(Cand {
                            start: k,
                            end,
                            head: k,
                            trim: 0,
                            code,
                            entry,
                            kind: MentionKind::Coreference,
                            person: true,
                        });
                        for i in k..end {
                            if let Some(t) = self.taken.get_mut(i) {
                                *t = true;
                            }
                        }
                    }
                    None => self.push_adhoc_person(k, end, ActorCode::default()),
                }
            }
            k = end;
        }
    }

    /// The person named in full earlier whose name words are all of the
    /// words `start..end`, when they all name that one person.
    fn named_before(
        &self,
        keys: &HashMap<String, (ActorCode, String)>,
        start: usize,
        end: usize,
    ) -> Option<(ActorCode, String)> {
        let mut found: Option<&(ActorCode, String)> = None;
        for i in start..end {
            let hit = keys.get(&normalize(self.low(i), true))?;
            match found {
                Some(f) if f.1 != hit.1 => return None,
                _ => found = Some(hit),
            }
        }
        found.cloned()
    }

    /// Step 5a: bare names ("Kim", "Putin"): an earlier full mention of the
    /// document first, else a surname unique in the knowledge base.
    fn bare_names(&mut self, state: &DocState) {
        // Register this sentence's full names first, so "Kim Jong-un ...
        // Kim" works within a sentence too.
        let mut keys = state.person_keys.clone();
        self.register_people(&mut keys, &state.countries_named);
        let mut k = 0;
        while k < self.n {
            // The tagger may take a sentence-initial surname for a common
            // word ("Trump had asked ..."); a capitalised word the document
            // already knows as a person's name is that person.
            let known_word = || {
                let free = self.owner.get(k).copied().flatten().is_none()
                    && self.group_of.get(k).copied().flatten().is_none()
                    && !self.taken.get(k).copied().unwrap_or(true);
                let key = normalize(self.low(k), true);
                // "Mrs May": a month after an honorific is a surname the
                // knowledge base may know.
                let month_surname = is_calendar_word(&key)
                    && k > 0
                    && HONORIFICS.contains(&self.low(k - 1).trim_end_matches('.'))
                    && self.kb.common_word_surnames.contains_key(&key);
                (free && self.capitalised(k) && (keys.contains_key(&key) || month_surname))
                    .then_some(k + 1)
            };
            let Some(end) = self.propn_run(k).or_else(known_word) else {
                k += 1;
                continue;
            };
            // "Mr. Biden", "Sen. Schiff": an honorific before a known
            // surname is that person.
            let honorific = end == k + 2 && HONORIFICS.contains(&self.low(k).trim_end_matches('.'));
            let name_start = if honorific { k + 1 } else { k };
            // After an honorific a person is meant, even by a surname
            // that is also a common word or a month ("Mrs May"), whether
            // or not the tagger took the honorific into the name.
            let after_honorific =
                honorific || (k > 0 && HONORIFICS.contains(&self.low(k - 1).trim_end_matches('.')));
            if let Some((code, entry, kind)) =
                self.resolve_bare(&keys, name_start, end, after_honorific)
            {
                self.cands.push(Cand {
                    start: k,
                    end,
                    head: name_start,
                    trim: 0,
                    code,
                    entry,
                    kind,
                    person: true,
                });
                for t in k..end {
                    if let Some(x) = self.taken.get_mut(t) {
                        *x = true;
                    }
                }
            }
            k = end;
        }
    }

    /// Remember the gender a person candidate's title or given name shows
    /// ("*Mrs.* Clinton", "*Queen* Elizabeth", "*Nancy* Pelosi"), for the
    /// pronouns that may refer to it later. A title before the name wins;
    /// the first gendered word of the name otherwise.
    fn note_gender(&self, state: &mut DocState, c: &Cand) {
        let before = c.start.checked_sub(1).map(|k| self.low(k).to_string());
        let words: Vec<String> = (c.start..c.end.saturating_sub(c.trim).max(c.start + 1))
            .map(|k| self.low(k).to_string())
            .collect();
        let found = gender::of_name(before.as_deref(), words.iter().map(String::as_str));
        if let Some(g) = found {
            state.genders.entry(c.entry.clone()).or_insert(g);
        }
    }

    /// Whether `key` is the surname of someone the knowledge base has as
    /// head of state or government on the document date: the one whose
    /// relatives and namesakes the news names beside them ("President
    /// Trump ... Melania Trump ... Trump said"). A minister abroad who
    /// shares a surname ("Graham" in Canada) does not take it from a
    /// person the document names in full ("Senator Lindsey Graham ...
    /// Graham said"), nor does one of a country the document has not named
    /// (`countries_named`, or this sentence).
    fn surname_in_office(&self, key: &str, countries_named: &HashSet<String>) -> bool {
        self.date.is_some()
            && self.kb.surnames.get(key).is_some_and(|ids| {
                ids.iter().any(|id| {
                    let res = self.kb.resolve_person(id, self.date);
                    res.office.as_deref().is_some_and(is_head_office)
                        && res.code.country.as_ref().is_some_and(|c| {
                            countries_named.contains(c)
                                || self
                                    .cands
                                    .iter()
                                    .any(|x| x.code.country.as_ref() == Some(c))
                        })
                })
            })
    }

    /// Name words of the people mentioned in full in this sentence.
    fn register_people(
        &self,
        keys: &mut HashMap<String, (ActorCode, String)>,
        countries_named: &HashSet<String>,
    ) {
        let mut add = |start: usize, end: usize, trim: usize, code: &ActorCode, entry: &str| {
            let text = self.text_of(start, end, trim);
            let words: Vec<&str> = text.split_whitespace().collect();
            if words.len() < 2 {
                return;
            }
            // First and last word; in a longer name every word, since
            // Spanish and Portuguese names put the surname in the middle
            // ("Ricardo *Rosselló* Nevares").
            let name_words: Vec<&&str> = if words.len() >= 3 {
                words.iter().collect()
            } else {
                [words.first(), words.last()]
                    .into_iter()
                    .flatten()
                    .collect()
            };
            for w in name_words {
                let key = normalize(w, true);
                // A name the knowledge base does not know never takes a
                // word over from a known person the document has named
                // ("Donald Trump ... an office in Trump Tower ... Trump
                // said" is still the president).
                // Nor does it take the surname of someone the knowledge
                // base has in office on the document date ("President
                // Trump ... Melania Trump ... Trump said" is still the
                // president).
                let known = keys
                    .get(&key)
                    .is_some_and(|(_, e)| e.starts_with("person:"))
                    || self.surname_in_office(&key, countries_named);
                // A surname spelled like a month ("Theresa *May*") is
                // kept too: [`Self::resolve_bare`] takes it up only where
                // a person is meant.
                let usable = usable_name_key(&key) || is_calendar_word(&key);
                if usable && !(known && entry.starts_with("adhoc:")) {
                    keys.insert(key, (code.clone(), entry.to_string()));
                }
            }
        };
        for (h, hit) in self.hits.iter().enumerate() {
            if let Target::Person(_) = hit.target {
                if !self.consumed.get(h).copied().unwrap_or(true) {
                    let res = self.kb.resolve(&hit.target, self.date);
                    add(hit.start, hit.end, hit.trim, &res.code, &res.entry);
                }
            }
        }
        for c in self
            .cands
            .iter()
            .filter(|c| c.person && c.kind == MentionKind::Person)
        {
            // For a title + name mention, only the name part carries keys.
            let name_start = c.head.max(c.start);
            add(name_start, c.end, c.trim, &c.code, &c.entry);
        }
        // An institution's acronym names it again later ("the NTC").
        for c in self
            .cands
            .iter()
            .filter(|c| c.entry.starts_with(ADHOC_ORG) && c.end == c.start + 1)
        {
            let key = normalize(&self.text_of(c.start, c.end, c.trim), true);
            if usable_name_key(&key) {
                keys.insert(key, (c.code.clone(), c.entry.clone()));
            }
        }
    }

    /// "Cmdr. Alfredo *Sanchez*", "Jeffery D. *Butler*": a full name the
    /// knowledge base does not know, ending in a surname it does, is a
    /// namesake. The bare surname in later sentences ("Sanchez said") is
    /// that person, uncoded, not the knowledge base's bearer (a Spanish
    /// prime minister the story never mentions). Only once the sentence's
    /// own mentions are final: "President Trump ... with Melania Trump"
    /// names the president first.
    fn register_namesakes(
        &self,
        keys: &mut HashMap<String, (ActorCode, String)>,
        countries_named: &HashSet<String>,
    ) {
        for k in 0..self.n {
            if k > 0 && self.propn_run(k - 1).is_some() {
                continue;
            }
            let Some(end) = self.propn_run(k) else {
                continue;
            };
            if end < k + 2 {
                continue;
            }
            let key = normalize(self.low(end - 1), true);
            let namesake = self.kb.surnames.contains_key(&key)
                && usable_name_key(&key)
                && !keys
                    .get(&key)
                    .is_some_and(|(_, e)| e.starts_with("person:"))
                && !self.surname_in_office(&key, countries_named);
            if namesake {
                let entry = format!("adhoc:{}", self.slug(k, end));
                keys.insert(key, (ActorCode::default(), entry));
            }
        }
    }

    /// Step 5b: "the North", "the South".
    fn directions(&mut self, state: &mut DocState) {
        for k in 1..self.n {
            let Some(t) = self.token(k) else { continue };
            if !(t.form == "North" || t.form == "South") {
                continue;
            }
            if self.low(k - 1) != "the"
                || self.owner.get(k).copied().flatten().is_some()
                || self.taken.get(k).copied().unwrap_or(true)
                || (self.capitalised(k + 1) && self.upos(k + 1) != Upos::Punct)
            {
                continue;
            }
            let word = self.low(k).to_string();
            // Everything in `state.out` precedes this sentence; a later
            // "North Korea" is looked for once the document is done.
            let (code, entry, pending) =
                match find_direction_country(self.kb, &state.out, &word, state.out.len()) {
                    Some((code, entry)) => (Some(code), entry, false),
                    None => (None, String::new(), true),
                };
            self.cands.push(Cand {
                start: k,
                end: k + 1,
                head: k,
                trim: 0,
                code: ActorCode {
                    country: code,
                    sector: None,
                },
                entry: if pending {
                    format!("pending:{word}")
                } else {
                    entry
                },
                kind: MentionKind::Coreference,
                person: false,
            });
        }
    }

    /// Whether the name starting at `start` follows a locative preposition,
    /// directly or through a coordination ("in Singapore and Hanoi").
    /// True when the token at `at` is a noun for something that happens
    /// somewhere ("the Paris *attacks*", "the Brussels *bombings*", "the
    /// Paris *agreement*", "the Singapore *summit*"): a city before it says
    /// where, not who.
    fn names_an_occasion(&self, at: usize) -> bool {
        matches!(self.upos(at), Upos::Noun)
            && OCCASIONS.contains(&self.lemma.get(at).map_or("", String::as_str))
    }

    fn after_locative(&self, start: usize) -> bool {
        let mut p = start;
        for _ in 0..6 {
            let Some(prev) = p.checked_sub(1) else {
                return false;
            };
            let f = self.low(prev);
            if LOCATIVE.contains(&f) {
                return true;
            }
            let coordinated = matches!(f, "and" | "or" | ",");
            let before = prev
                .checked_sub(1)
                .and_then(|b| self.owner.get(b).copied().flatten())
                .and_then(|h| self.hits.get(h));
            match before {
                Some(hit) if coordinated => p = hit.start,
                _ => return false,
            }
        }
        false
    }

    /// "The attacker, identified as Sudesh *Amman*, ... *Amman* sent his
    /// girlfriend videos": once a person has been named in full, their
    /// surname alone is that person, not the capital or country it also
    /// spells, unless it is placed ("in Amman"). Only the last word of a
    /// full name counts, and only the latest such person in a bounded look
    /// back over the document's mentions.
    fn surnames_over_places(&mut self, state: &DocState) {
        const LOOK_BACK: usize = 2000;
        for h in 0..self.hits.len() {
            let Some(hit) = self.hits.get(h) else {
                continue;
            };
            let place_like = matches!(
                hit.target,
                Target::Country(_) | Target::Metonym(..) | Target::Place(..)
            );
            if !place_like || hit.end != hit.start + 1 || self.after_locative(hit.start) {
                continue;
            }
            let word = normalize(&self.text_of(hit.start, hit.end, hit.trim), true);
            let person = state.out.iter().rev().take(LOOK_BACK).find(|m| {
                matches!(m.kind, MentionKind::Person | MentionKind::Coreference)
                    && (m.entry.starts_with("person:") || m.entry.starts_with("adhoc:"))
                    && m.text.split_whitespace().count() >= 2
                    && m.text
                        .split_whitespace()
                        .last()
                        .is_some_and(|last| normalize(last, true) == word)
            });
            let Some(person) = person else { continue };
            let cand = Cand {
                start: hit.start,
                end: hit.end,
                head: hit.start,
                trim: hit.trim,
                code: person.code.clone(),
                entry: person.entry.clone(),
                kind: MentionKind::Coreference,
                person: true,
            };
            self.cands.push(cand);
            if let Some(c) = self.consumed.get_mut(h) {
                *c = true;
            }
        }
    }

    /// Names that no sector phrase or title absorbed.
    fn emit_names(&mut self) {
        // "*Belarusian* KGB", "the *Kazakh* KNB": a state body of the
        // knowledge base named with another country's adjective is that
        // country's namesake body; the phrase takes the adjective's country
        // and keeps the body's sector.
        let mut namesake: Vec<Option<String>> = vec![None; self.hits.len()];
        for (h, pair) in self.hits.windows(2).enumerate() {
            let h = h + 1;
            let [adj, hit] = pair else {
                continue;
            };
            let (Target::Adjective(_), Target::Org(_)) = (&adj.target, &hit.target) else {
                continue;
            };
            let res = self.kb.resolve(&hit.target, self.date);
            let state_body = matches!(
                res.code.sector.as_deref(),
                Some("GOV" | "MIL" | "SPY" | "COP" | "LEG" | "JUD")
            );
            let adjacent = adj.end == hit.start && adj.trim == 0;
            let free = !self.consumed.get(h - 1).copied().unwrap_or(true)
                && !self.consumed.get(h).copied().unwrap_or(true);
            let adj_country = self.kb.resolve(&adj.target, self.date).code.country;
            if state_body
                && adjacent
                && free
                && adj_country.is_some()
                && adj_country != res.code.country
            {
                namesake[h] = adj_country;
                if let Some(c) = self.consumed.get_mut(h - 1) {
                    *c = true;
                }
            }
        }
        for (h, hit) in self.hits.iter().enumerate() {
            if self.consumed.get(h).copied().unwrap_or(true) {
                continue;
            }
            if let Some(Some(country)) = namesake.get(h) {
                let res = self.kb.resolve(&hit.target, self.date);
                let start = self
                    .hits
                    .get(h.wrapping_sub(1))
                    .map_or(hit.start, |a| a.start);
                self.cands.push(Cand {
                    start,
                    end: hit.end,
                    head: hit.end.saturating_sub(1),
                    trim: hit.trim,
                    code: ActorCode {
                        country: Some(country.clone()),
                        sector: res.code.sector,
                    },
                    entry: format!("{}+country:{country}", res.entry),
                    kind: res.kind,
                    person: false,
                });
                continue;
            }
            // A capital after "in"/"at" ("a research centre in Seoul") and a
            // place of the knowledge base name where, not who: they become
            // `Place` mentions, which say where an event happens (and count
            // towards the article's country) but are never actors.
            let place = match hit.target {
                Target::Metonym(..) => {
                    self.after_locative(hit.start) || self.names_an_occasion(hit.end)
                }
                Target::Place(..) => true,
                _ => false,
            };
            let res = self.kb.resolve(&hit.target, self.date);
            if place {
                self.cands.push(Cand {
                    start: hit.start,
                    end: hit.end,
                    head: hit.end.saturating_sub(1),
                    trim: hit.trim,
                    code: ActorCode {
                        country: res.code.country,
                        sector: None,
                    },
                    entry: res.entry,
                    kind: MentionKind::Place,
                    person: false,
                });
                continue;
            }
            let person = matches!(hit.target, Target::Person(_));
            let mut code = res.code;
            // "*House* Democrats", "*Senate* Republicans", "*congressional*
            // Democrats": a party's members in a legislature act as
            // legislators (`docs/annotation.md`, Sectors).
            if code.sector.as_deref() == Some("PTY")
                && hit.start > 0
                && matches!(
                    self.low(hit.start - 1),
                    "house" | "senate" | "congressional" | "parliamentary"
                )
            {
                code.sector = Some("LEG".to_string());
            }
            if person && self.date.is_some() && matches!(code.sector.as_deref(), None | Some("ELI"))
            {
                if let Some(sector) = self.office_before(hit.start, code.country.as_deref()) {
                    code.sector = Some(sector);
                }
            }
            self.cands.push(Cand {
                start: hit.start,
                end: hit.end,
                head: hit.end.saturating_sub(1),
                trim: hit.trim,
                code,
                entry: res.entry,
                kind: res.kind,
                person,
            });
        }
    }

    /// The sector of an office named right before a person's name, for a
    /// person the date alone leaves out of office: "*Senator* Chuck
    /// Schumer" (LEG) in a year the knowledge base lists no office for him,
    /// "*FBI Director* James Comey" (COP) the day after his firing. The
    /// text says what they were when it speaks of them. Not after
    /// "former" or "ex-", and not a body of another country.
    fn office_before(&self, name: usize, country: Option<&str>) -> Option<String> {
        let office_words = [
            "director",
            "chief",
            "head",
            "secretary",
            "commissioner",
            "administrator",
            "spokesman",
            "spokeswoman",
            "spokesperson",
        ];
        let mut j = name;
        // An office noun after a body's name: "FBI *Director*".
        let office_noun = j > 0 && office_words.contains(&self.low(j - 1));
        if office_noun {
            j -= 1;
        }
        let before = |k: usize| (k > 0).then(|| self.low(k - 1));
        let former = |k: usize| {
            matches!(
                before(k),
                Some("former" | "ex" | "ex-" | "onetime" | "retired")
            )
        };
        // A title of the sector list ending right there.
        if let Some(g) = self.groups.iter().find(|g| g.end == j && g.title) {
            if former(g.start) || g.sector == "ELI" || is_lifelong_title(&g.word) {
                return None;
            }
            return self.title_sector(g.start, &g.sector, country);
        }
        if !office_noun {
            return None;
        }
        let body_start = self
            .hits
            .iter()
            .find(|h| h.end == j && matches!(h.target, Target::Org(_)))
            .map_or(j, |h| h.start);
        if former(body_start) {
            return None;
        }
        self.state_body_sector(j, country).flatten()
    }

    /// The sector a title starting at `start` gives its holder, read with
    /// the body named before it: "*House* Majority Leader" is LEG, not the
    /// GOV of a bare "leader"; the leader of a party or of a group the
    /// knowledge base does not know ("*Jewish Home* leader") holds no
    /// office of state. `None` when the words before say no office.
    fn title_sector(&self, start: usize, sector: &str, country: Option<&str>) -> Option<String> {
        let mut k = start;
        for _ in 0..3 {
            if k == 0 {
                break;
            }
            if let Some(found) = self.state_body_sector(k, country) {
                return found;
            }
            // A chamber named by its common short name: "*House* Democratic
            // leader", "*Senate* Minority Leader".
            if matches!(
                self.low(k - 1),
                "house" | "senate" | "congressional" | "parliamentary"
            ) {
                return Some("LEG".to_string());
            }
            // Words that rank or side a title ("House *Democratic*
            // leader", "Senate *Majority* Leader") are looked past.
            let ranks = matches!(
                self.low(k - 1),
                "democratic" | "republican" | "gop" | "majority" | "minority" | "deputy"
            );
            if !ranks {
                if self.upos(k - 1) == Upos::Propn {
                    return None;
                }
                break;
            }
            k -= 1;
        }
        Some(sector.to_string())
    }

    /// For a knowledge-base organisation whose name ends right before
    /// token `end`: `Some(Some(sector))` for a body of state of the
    /// person's country, `Some(None)` for any other organisation, `None`
    /// when no organisation ends there.
    fn state_body_sector(&self, end: usize, country: Option<&str>) -> Option<Option<String>> {
        let body = self
            .hits
            .iter()
            .find(|h| h.end == end && matches!(h.target, Target::Org(_)))?;
        let res = self.kb.resolve(&body.target, self.date);
        let state_body = matches!(
            res.code.sector.as_deref(),
            Some("GOV" | "MIL" | "SPY" | "COP" | "LEG" | "JUD")
        );
        Some(
            (state_body && (country.is_none() || res.code.country.as_deref() == country))
                .then_some(res.code.sector)
                .flatten(),
        )
    }

    /// Turn candidates into mentions, then resolve subject pronouns.
    fn finish(mut self, state: &mut DocState) {
        self.cands.sort_by_key(|c| (c.start, c.end));
        let first_verb = (0..self.n).find(|&i| matches!(self.upos(i), Upos::Verb | Upos::Aux));
        let mut keys = std::mem::take(&mut state.person_keys);
        self.register_people(&mut keys, &state.countries_named);
        self.register_namesakes(&mut keys, &state.countries_named);
        state.person_keys = keys;
        let sentence_start = state.out.len();
        let cands = std::mem::take(&mut self.cands);
        for c in cands.iter().filter(|c| {
            c.kind == MentionKind::Name
                && (c.entry.starts_with("org:") || c.entry.starts_with(ADHOC_ORG))
        }) {
            let text = self.text_of(c.start, c.end, c.trim);
            let mut words = text.split_whitespace();
            let last = words.next_back().map(str::to_lowercase);
            if let (Some(last), Some(_)) = (last, words.next()) {
                if is_institution_word(&last) {
                    state
                        .institution_heads
                        .push((last, c.code.clone(), c.entry.clone(), self.si));
                }
            }
        }
        for c in cands.iter().filter(|c| c.person) {
            self.note_gender(state, c);
        }
        for c in cands {
            let head = self.head_of(c.start, c.end, c.head);
            let span = self.span_of(c.start, c.end, c.trim);
            let plural = self.plural(head);
            // "*Committee* Chairman Carl Levin said", parsed as a subject
            // "Committee" with the name as its conjunct though nothing
            // coordinates them: the name shares the subject.
            let glued_conjunct = self.token(head).is_some_and(|t| t.deprel == "conj")
                && self.sentence.head_of(head).is_some_and(|h| {
                    h < c.start
                        && self.is_subject(h, first_verb)
                        && (h + 1..head).all(|k| {
                            self.token(k)
                                .is_some_and(|t| matches!(t.upos, Upos::Propn | Upos::Noun))
                        })
                });
            let subject = self.is_subject(head, first_verb) || glued_conjunct;
            let pending = c.entry.strip_prefix("pending:").map(str::to_string);
            if let Some(word) = pending {
                state.pending.push((state.out.len(), word));
            }
            if let Some(country) = &c.code.country {
                if !state.countries_named.contains(country) {
                    state.countries_named.insert(country.clone());
                }
            }
            state.out.push(Mention {
                sentence: self.si,
                start: c.start,
                end: c.end,
                head,
                span,
                text: span.slice(&self.doc.text).to_string(),
                code: c.code,
                entry: c.entry,
                kind: c.kind,
            });
            state.meta.push(Meta {
                person: c.person,
                plural,
                subject,
            });
        }
        // Subject pronouns, now that this sentence's subjects are known.
        let mut pronouns = Vec::new();
        // (Object pronouns and objects' owners among them: never an
        // antecedent of a later subject pronoun.)
        let mut objects = Vec::new();
        for k in 0..self.n {
            let f = self.low(k);
            // "It is clear that ...", "it was a mistake": a subject `it`
            // whose head is not a verb is usually expletive or a property.
            let expletive = f == "it"
                && self.parsed
                && self
                    .sentence
                    .head_of(k)
                    .is_some_and(|h| self.upos(h) != Upos::Verb);
            if matches!(f, "he" | "she" | "it" | "they")
                && !expletive
                && self.is_subject(k, first_verb)
            {
                let local = (sentence_start..state.out.len())
                    .filter(|&m| state.out.get(m).is_some_and(|x| x.start < k))
                    .collect::<Vec<_>>();
                // "he" and "she" reach past a sentence that names no one (a
                // quote, a date line) to the person the story was on.
                let wider = || {
                    let from = state
                        .out
                        .partition_point(|m| m.sentence + PERSON_LOOKBACK < self.si);
                    antecedent(state, &[], from.min(sentence_start)..sentence_start, f)
                };
                let found = antecedent(state, &local, self.prev_range(state, sentence_start), f)
                    .or_else(|| matches!(f, "he" | "she").then(wider).flatten());
                if let Some((code, entry)) = found {
                    pronouns.push((k, code, entry));
                }
            }
            // The owner of a subject ("*His* associates alleged ...", "*Her*
            // lawyer said"), when no sector phrase has taken it in: the
            // same antecedent as the subject pronoun would have.
            let as_subject = match f {
                "his" => Some("he"),
                "her" => Some("she"),
                "its" => Some("it"),
                "their" => Some("they"),
                _ => None,
            };
            let owns_subject = self.parsed
                && self
                    .token(k)
                    .is_some_and(|t| t.deprel == "nmod:poss" && t.xpos == "PRP$")
                && self
                    .sentence
                    .head_of(k)
                    .is_some_and(|h| self.is_subject(h, first_verb));
            let taken = (sentence_start..state.out.len())
                .any(|m| state.out.get(m).is_some_and(|x| x.start <= k && k < x.end));
            if let (Some(word), true, false) = (as_subject, owns_subject, taken) {
                let local = (sentence_start..state.out.len())
                    .filter(|&m| state.out.get(m).is_some_and(|x| x.start < k))
                    .collect::<Vec<_>>();
                if let Some((code, entry)) =
                    antecedent(state, &local, self.prev_range(state, sentence_start), word)
                {
                    pronouns.push((k, code, entry));
                }
            } else if !taken {
                if let Some(found) =
                    self.object_pronoun_antecedent(state, sentence_start, k, &pronouns)
                {
                    pronouns.push(found);
                    objects.push(k);
                }
            }
        }
        for (k, code, entry) in pronouns {
            let span = self.span_of(k, k + 1, 0);
            let person = matches!(self.low(k), "he" | "she" | "his" | "her" | "him");
            let plural = matches!(self.low(k), "they" | "their" | "them");
            let at = state
                .out
                .iter()
                .rposition(|m| m.sentence == self.si && m.start < k)
                .map_or(sentence_start, |p| p + 1);
            state.out.insert(
                at,
                Mention {
                    sentence: self.si,
                    start: k,
                    end: k + 1,
                    head: k,
                    span,
                    text: span.slice(&self.doc.text).to_string(),
                    code,
                    entry,
                    kind: MentionKind::Coreference,
                },
            );
            state.meta.insert(
                at,
                Meta {
                    person,
                    plural,
                    subject: !objects.contains(&k),
                },
            );
            for p in state.pending.iter_mut() {
                if p.0 >= at {
                    p.0 += 1;
                }
            }
        }
        state.prev_sentence_start = sentence_start;
    }

    /// An object pronoun or an object's owner that nothing earlier in its
    /// sentence can stand for ("Kim fired two missiles. Japan condemned
    /// *him*", "Iran seized a tanker. Britain condemned *its* actions"):
    /// the agreeing subject of the previous sentence, never whoever its own
    /// clause's subject is (that would be "himself", "its own"). Left to
    /// the event coder when an earlier mention of the sentence might be
    /// meant.
    fn object_pronoun_antecedent(
        &self,
        state: &DocState,
        sentence_start: usize,
        k: usize,
        resolved: &[(usize, ActorCode, String)],
    ) -> Option<(usize, ActorCode, String)> {
        if !self.parsed {
            return None;
        }
        let token = self.token(k)?;
        let word = match (self.low(k), token.deprel.as_str()) {
            ("him", "obj" | "iobj" | "obl") => "he",
            ("her", "obj" | "iobj" | "obl") => "she",
            ("them", "obj" | "iobj" | "obl") => "they",
            ("his", "nmod:poss") => "he",
            ("her", "nmod:poss") => "she",
            ("its", "nmod:poss") => "it",
            ("their", "nmod:poss") => "they",
            _ => return None,
        };
        // The clause the pronoun is an argument of: its verb, past the
        // noun a possessive belongs to ("condemned [its actions]").
        let mut verb = self.sentence.head_of(k)?;
        if token.deprel == "nmod:poss" {
            let owned = self.token(verb)?;
            if !matches!(owned.deprel.as_str(), "obj" | "iobj" | "obl") {
                return None;
            }
            verb = self.sentence.head_of(verb)?;
        }
        if !matches!(self.upos(verb), Upos::Verb) {
            return None;
        }
        let subject = self
            .sentence
            .children(verb)
            .find(|&c| self.token(c).is_some_and(|t| t.deprel.starts_with("nsubj")));
        // Not in a clause without a subject ("*Attacking* them is in our
        // interest", "Kill them"), nor inside quotation marks, where the
        // speaker's referents are not the narrative's.
        let quote_marks = (0..k)
            .filter(|&x| matches!(self.low(x), "\"" | "“" | "”" | "''" | "``"))
            .count();
        if subject.is_none() || quote_marks % 2 == 1 {
            return None;
        }
        let covers = |m: &Mention, x: usize| m.start <= x && x < m.end;
        let local: Vec<usize> = (sentence_start..state.out.len())
            .filter(|&i| {
                state
                    .out
                    .get(i)
                    .is_some_and(|m| m.start < k && m.kind != MentionKind::Place)
            })
            .collect();
        // Whom the clause's subject stands for, named or resolved.
        let own = subject.and_then(|s| {
            local
                .iter()
                .filter_map(|&i| state.out.get(i))
                .find(|m| covers(m, s))
                .map(|m| m.entry.clone())
                .or_else(|| {
                    resolved
                        .iter()
                        .find(|(p, _, _)| *p == s)
                        .map(|(_, _, e)| e.clone())
                })
        });
        // Anyone of the pronoun's kind (a person for "him", "his") named
        // before it in the sentence may be meant, the subject too for an
        // owner ("Trump defended *his* decision"), not for an object.
        let personal = matches!(word, "he" | "she");
        let possessive = token.deprel == "nmod:poss";
        // (A person may be named by a role: "the president".)
        let of_its_kind = |m: &Mention, meta: &Meta| {
            if personal {
                meta.person || (m.kind == MentionKind::Sector && !meta.plural)
            } else {
                !meta.person
            }
        };
        let rival = local.iter().any(|&i| {
            let (Some(m), Some(meta)) = (state.out.get(i), state.meta.get(i)) else {
                return false;
            };
            of_its_kind(m, meta) && (possessive || !subject.is_some_and(|s| covers(m, s)))
        }) || resolved.iter().any(|(p, _, _)| {
            *p < k
                && matches!(self.low(*p), "he" | "she" | "his" | "her") == personal
                && (possessive || Some(*p) != subject)
        });
        if rival {
            return None;
        }
        // An owner is most often its clause's own subject: only one of
        // the other kind ("*the court* vacated *his* conviction") leaves
        // room for someone named before.
        if possessive {
            if let Some(s) = subject {
                let other_kind = local.iter().any(|&i| {
                    matches!((state.out.get(i), state.meta.get(i)),
                        (Some(m), Some(meta)) if covers(m, s) && !of_its_kind(m, meta))
                }) || resolved
                    .iter()
                    .any(|(p, _, _)| *p == s && matches!(self.low(*p), "he" | "she") != personal);
                if !other_kind {
                    return None;
                }
            }
        }
        let except = if possessive { None } else { own.as_deref() };
        let (code, entry) = antecedent_except(
            state,
            &[],
            self.prev_range(state, sentence_start),
            word,
            except,
        )?;
        // (A person of no known country would hide the phrase's other
        // words from the event coder.)
        code.country.is_some().then_some((k, code, entry))
    }

    /// Mentions of the previous coded sentence.
    fn prev_range(&self, state: &DocState, sentence_start: usize) -> std::ops::Range<usize> {
        state.prev_sentence_start.min(sentence_start)..sentence_start
    }

    /// The antecedent of a possessive pronoun before a sector noun ("its
    /// army", "his regime"): the nearest compatible name earlier in the
    /// sentence, else a compatible subject of the previous sentence, else
    /// (cataphora, `its` only) the country that is the subject later in the
    /// same sentence ("Despite its nuclear arsenal, North Korea ...").
    fn pronoun_antecedent(&self, state: &DocState, k: usize) -> Option<(ActorCode, String)> {
        let f = self.low(k);
        let (word, want_person) = match f {
            "his" => ("he", true),
            "her" => ("she", true),
            "its" => ("it", false),
            _ => ("they", false),
        };
        let resolve = |hit: &NameHit| {
            let res = self.kb.resolve(&hit.target, self.date);
            (res.code, res.entry)
        };
        let earlier = self.hits.iter().rev().filter(|h| h.end <= k).find(|h| {
            let person = matches!(h.target, Target::Person(_))
                && agrees(state, &self.kb.resolve(&h.target, self.date).entry, word);
            let state_like = matches!(
                h.target,
                Target::Country(_) | Target::Metonym(..) | Target::Org(_)
            );
            if want_person {
                person
            } else {
                word == "it" && state_like
            }
        });
        if let Some(hit) = earlier {
            return Some(resolve(hit));
        }
        let prev = state.prev_sentence_start..state.out.len();
        if let Some(found) = antecedent(state, &[], prev, word) {
            return Some(found);
        }
        if word != "it" {
            return None;
        }
        let first_verb = (0..self.n).find(|&i| matches!(self.upos(i), Upos::Verb | Upos::Aux));
        self.hits
            .iter()
            .find(|hit| {
                let is_country = matches!(hit.target, Target::Country(_) | Target::Org(_));
                let head = self.head_of(hit.start, hit.end, hit.end.saturating_sub(1));
                is_country && hit.start > k && self.is_subject(head, first_verb)
            })
            .map(resolve)
    }

    /// The syntactic head of a token range: the one token whose head lies
    /// outside it; the preferred token when the parse is missing or ambiguous.
    fn head_of(&self, start: usize, end: usize, preferred: usize) -> usize {
        let fallback = if (start..end).contains(&preferred) {
            preferred
        } else {
            end.saturating_sub(1).max(start)
        };
        if !self.parsed {
            return fallback;
        }
        let outside: Vec<usize> = (start..end)
            .filter(|&i| {
                self.sentence
                    .head_of(i)
                    .is_none_or(|h| h < start || h >= end)
            })
            .collect();
        match outside.as_slice() {
            [one] => *one,
            _ => fallback,
        }
    }

    fn is_subject(&self, i: usize, first_verb: Option<usize>) -> bool {
        if self.parsed {
            self.token(i).is_some_and(|t| t.deprel.starts_with("nsubj"))
        } else {
            first_verb.is_some_and(|v| i < v)
        }
    }

    fn plural(&self, i: usize) -> bool {
        match self.token(i) {
            Some(t) if !t.xpos.is_empty() => t.xpos == "NNS" || t.xpos == "NNPS",
            Some(_) => {
                let f = self.low(i);
                f.len() > 3 && f.ends_with('s') && !f.ends_with("ss")
            }
            None => false,
        }
    }
}

/// What the noun phrase left of a sector group holds.
#[derive(Debug, Default)]
struct Window {
    /// Name hits, nearest first.
    names: Vec<usize>,
    /// For each name hit: only coordination (`and`, `,`) separates it from the nearer one.
    coordinated: Vec<bool>,
    /// A possessive pronoun (`its`, `their`) opening the phrase.
    pronoun: Option<usize>,
    /// The phrase says `former`.
    former: bool,
    /// A bare surname known to the document or the knowledge base
    /// ("the Trump administration"): its code and entry.
    bare: Option<(ActorCode, String)>,
}

/// The antecedent of a subject pronoun: the latest compatible subject before
/// it in the same sentence, else in the previous sentence.
fn antecedent(
    state: &DocState,
    local: &[usize],
    prev: std::ops::Range<usize>,
    pronoun: &str,
) -> Option<(ActorCode, String)> {
    antecedent_except(state, local, prev, pronoun, None)
}

/// [`antecedent`], passing over mentions of the entry `except`.
fn antecedent_except(
    state: &DocState,
    local: &[usize],
    prev: std::ops::Range<usize>,
    pronoun: &str,
    except: Option<&str>,
) -> Option<(ActorCode, String)> {
    let compatible = |i: usize| -> bool {
        let (Some(m), Some(meta)) = (state.out.get(i), state.meta.get(i)) else {
            return false;
        };
        if except == Some(m.entry.as_str()) {
            return false;
        }
        if !meta.subject || (m.code.country.is_none() && !meta.person) {
            return false;
        }
        match pronoun {
            "he" | "she" => meta.person && agrees(state, &m.entry, pronoun),
            "it" => {
                !meta.person
                    && !meta.plural
                    && (m.entry.starts_with("country:")
                        || m.entry.starts_with("org:")
                        || m.entry.starts_with("sector:"))
            }
            "they" => !meta.person && (meta.plural || m.entry.starts_with("org:")),
            _ => false,
        }
    };
    // A person who is not a subject is meant when the pronoun's gender
    // rules out every subject and theirs is known to fit ("Pelosi urged
    // *Trump* to resign. He refused.").
    let gendered_person = |i: usize| -> bool {
        let (Some(m), Some(meta)) = (state.out.get(i), state.meta.get(i)) else {
            return false;
        };
        meta.person
            && except != Some(m.entry.as_str())
            && m.code.country.is_some()
            && Gender::of_pronoun(pronoun).is_some_and(|g| gender_of(state, &m.entry) == Some(g))
    };
    let ruled_out = |i: usize| -> bool {
        let (Some(m), Some(meta)) = (state.out.get(i), state.meta.get(i)) else {
            return false;
        };
        meta.person && meta.subject && !agrees(state, &m.entry, pronoun)
    };
    let pick = |i: usize| state.out.get(i).map(|m| (m.code.clone(), m.entry.clone()));
    let subject = local
        .iter()
        .rev()
        .copied()
        .find(|&i| compatible(i))
        .or_else(|| prev.clone().rev().find(|&i| compatible(i)));
    if subject.is_some() || !(local.iter().copied().any(ruled_out) || prev.clone().any(ruled_out)) {
        return subject.and_then(pick);
    }
    local
        .iter()
        .rev()
        .copied()
        .find(|&i| gendered_person(i))
        .or_else(|| prev.rev().find(|&i| gendered_person(i)))
        .and_then(pick)
}

/// The gender known for a person entry: from a title or given name the
/// document gave it, else from the given name its identifier starts with
/// ("person:nancy-pelosi").
fn gender_of(state: &DocState, entry: &str) -> Option<Gender> {
    state.genders.get(entry).copied().or_else(|| {
        let slug = entry.strip_prefix("person:")?;
        gender::of_word(slug.split('-').next()?)
    })
}

/// Whether a person entry can be what `pronoun` refers to: its gender is
/// unknown or the pronoun's.
fn agrees(state: &DocState, entry: &str, pronoun: &str) -> bool {
    match (Gender::of_pronoun(pronoun), gender_of(state, entry)) {
        (Some(want), Some(known)) => want == known,
        _ => true,
    }
}

/// Whether two words are within `max` single-character edits of each other
/// (insertions, deletions, substitutions; bounded, so cheap on long words).
fn edit_distance_within(a: &str, b: &str, max: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev.get(j).copied().unwrap_or(usize::MAX) + usize::from(ca != cb);
            let del = prev.get(j + 1).copied().unwrap_or(usize::MAX) + 1;
            let ins = cur.get(j).copied().unwrap_or(usize::MAX) + 1;
            if let Some(c) = cur.get_mut(j + 1) {
                *c = sub.min(del).min(ins);
            }
        }
        if cur.iter().min().copied().unwrap_or(usize::MAX) > max {
            return false;
        }
        prev = cur;
    }
    prev.last().is_some_and(|&d| d <= max)
}

/// Whether a word of a person's name can stand for them alone: not a
/// single letter, a regnal number or a suffix ("Juan Carlos I" must not
/// make every "I" the king).
pub(crate) fn usable_name_key(key: &str) -> bool {
    key.chars().count() >= 2
        && !CALENDAR.contains(&key)
        && !key.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
        && !matches!(key, "jr" | "jr." | "sr" | "sr.")
}

/// Whether most words of a sentence start with a capital ("Biden Warns
/// Russia Over Ukraine"): at least four words, over 75% capitalised, and
/// no verb in lower case.
fn is_headline(sentence: &Sentence) -> bool {
    let (mut words, mut caps) = (0usize, 0usize);
    for t in &sentence.tokens {
        let Some(c) = t.form.chars().next() else {
            continue;
        };
        if c.is_alphabetic() {
            words += 1;
            if c.is_uppercase() {
                caps += 1;
            } else if t.upos == Upos::Verb {
                // A title-case headline capitalises its verbs: a lowercase
                // verb is running text full of names ("The National
                // Telecommunications Commission (NTC) *fined* ABS-CBN").
                return false;
            }
        }
    }
    words >= 4 && caps * 4 > words * 3
}

/// Bytes of a dash-joined suffix ("-led" in "US-led"), dash included; 0
/// when the token has no dash.
fn dash_suffix_bytes(text: &str) -> usize {
    text.char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2014}'))
        .map_or(0, |(pos, _)| text.len() - pos)
}

/// Bytes of a trailing possessive (`'s`, `’s`, `'`, `’`) in a token's text.
fn possessive_bytes(text: &str) -> usize {
    for suffix in ["'s", "\u{2019}s", "'S", "\u{2019}S", "'", "\u{2019}"] {
        if text.len() > suffix.len() && text.ends_with(suffix) {
            return suffix.len();
        }
    }
    0
}

/// A crude singular for untagged tokens ("troops" → "troop").
fn crude_singular(low: &str) -> String {
    if let Some(stem) = low.strip_suffix("ies") {
        if stem.len() > 1 {
            return format!("{stem}y");
        }
    }
    match low.strip_suffix('s') {
        Some(stem) if stem.len() > 2 && !stem.ends_with('s') => stem.to_string(),
        _ => low.to_string(),
    }
}
