//! Toponym resolution: one gazetteer entry per mention, chosen from the
//! kind of place, its population and what the rest of the document says.
//!
//! Two rounds. The first scores every reading on its own (plus "City,
//! State" pairs) and gathers the document's countries and subdivisions
//! from the choices and from the actor layer's country mentions; the
//! second scores again with that context, so "Georgia" in a story full of
//! American states is the state and "Paris" in a story about Texas is
//! Paris, Texas.

use crate::gazetteer::{Gazetteer, Name, NameKind, PlaceKind};
use crate::recognize::Candidate;
use crate::Place;
use dyad_actors::{Mention, MentionKind};
use dyad_core::Document;
use std::collections::HashMap;

/// What the document says about where it is.
#[derive(Debug, Default)]
struct Context {
    /// Country code → weight (mentions of the country, its places and actors).
    countries: HashMap<String, f64>,
    /// (country, admin1 code) → mentions of the subdivision or its cities.
    admin1: HashMap<(String, String), f64>,
    /// The most mentioned country.
    focus: Option<String>,
}

impl Context {
    fn add(&mut self, gaz: &Gazetteer, entry: usize, w: f64) {
        let Some(e) = gaz.entry(entry) else { return };
        if let Some(c) = &e.country {
            *self.countries.entry(c.clone()).or_default() += w;
            if let Some(a) = &e.admin1 {
                *self.admin1.entry((c.clone(), a.clone())).or_default() += w;
            }
        }
    }

    /// The context without what one spelling's own readings lent it:
    /// a name is judged by the rest of the story, not by itself (every
    /// "London" of a story about London, Ontario would otherwise vote for
    /// the London it first looked like).
    fn without(&self, own: Option<&Context>) -> Context {
        let mut ctx = Context {
            countries: self.countries.clone(),
            admin1: self.admin1.clone(),
            focus: None,
        };
        if let Some(own) = own {
            for (c, w) in &own.countries {
                *ctx.countries.entry(c.clone()).or_default() -= w;
            }
            for (a, w) in &own.admin1 {
                *ctx.admin1.entry(a.clone()).or_default() -= w;
            }
        }
        ctx.countries.retain(|_, w| *w > 1e-9);
        ctx.admin1.retain(|_, w| *w > 1e-9);
        ctx.settle();
        ctx
    }

    fn settle(&mut self) {
        self.focus = self
            .countries
            .iter()
            .max_by(|a, b| a.1.partial_cmp(b.1).unwrap_or(std::cmp::Ordering::Equal))
            .map(|(c, _)| c.clone());
    }
}

/// What a national capital or a city of a million adds to its reading:
/// the world city is what a bare name means unless the story says otherwise
/// in more than one way.
const FAME: f64 = 0.75;

/// A reading's score and the reason that decided it.
fn score(
    gaz: &Gazetteer,
    name: &Name,
    ctx: Option<&Context>,
    pair: Option<&[Name]>,
) -> (f64, &'static str) {
    let Some(e) = gaz.entry(name.entry) else {
        return (f64::MIN, "only");
    };
    let mut s = ((e.population as f64) + 10.0).log10();
    s += match e.kind {
        PlaceKind::Country => 4.0,
        PlaceKind::Continent | PlaceKind::Region => 3.5,
        PlaceKind::Admin1 | PlaceKind::County => 2.5,
        PlaceKind::City if e.feature_code == "PPLC" => 1.0 + FAME,
        PlaceKind::City if e.population >= 1_000_000 => FAME,
        PlaceKind::City => 0.0,
    };
    if name.kind == NameKind::Alternate {
        s -= 3.0;
    }
    let mut why = "population";
    // "Paris, Texas": the next name is this place's subdivision or country.
    if let Some(next) = pair {
        let fits = next.iter().any(|n| {
            gaz.entry(n.entry).is_some_and(|p| {
                (p.kind == PlaceKind::Admin1 && p.country == e.country && p.admin1 == e.admin1)
                    || (p.kind == PlaceKind::Country && p.country == e.country)
            })
        });
        if fits && e.kind == PlaceKind::City {
            s += 8.0;
            why = "pair";
        }
    }
    if let Some(ctx) = ctx {
        if let Some(c) = &e.country {
            let w = ctx.countries.get(c).copied().unwrap_or(0.0);
            if w > 0.0 {
                s += 2.0 + w.min(4.0) * 0.5;
                if ctx.focus.as_deref() == Some(c.as_str()) {
                    s += 1.5;
                }
                if why == "population" {
                    why = "context";
                }
            }
            if let Some(a) = &e.admin1 {
                if e.kind == PlaceKind::City && ctx.admin1.contains_key(&(c.clone(), a.clone())) {
                    s += 4.0;
                    if why == "population" {
                        why = "context";
                    }
                }
            }
            if e.kind == PlaceKind::Admin1 {
                // Other subdivisions of the same country in the story.
                let siblings = ctx
                    .admin1
                    .keys()
                    .filter(|(cc, aa)| cc == c && Some(aa) != e.admin1.as_ref())
                    .count();
                if siblings > 0 {
                    s += 2.0;
                }
            }
        }
    }
    (s, why)
}

fn best(
    gaz: &Gazetteer,
    names: &[Name],
    ctx: Option<&Context>,
    pair: Option<&[Name]>,
) -> Option<(usize, f64, &'static str)> {
    // A spelling that is the own name of a country or a world city means
    // that place: another entry that lists it only among its alternate
    // names ("Milan" for Syracuse, New York) is no reading of it, whatever
    // the context. (A lesser town's own name does not shut out an alias:
    // "Newcastle" is Newcastle upon Tyne as often as Newcastle, NSW.)
    let own_name = names.iter().any(|n| {
        n.kind == NameKind::Primary
            && gaz.entry(n.entry).is_some_and(|e| {
                e.kind == PlaceKind::Country
                    || (e.kind == PlaceKind::City
                        && (e.feature_code == "PPLC" || e.population >= 1_000_000))
            })
    });
    let mut scored: Vec<(usize, f64, &'static str)> = names
        .iter()
        .filter(|n| !(own_name && n.kind == NameKind::Alternate))
        .map(|n| {
            let (s, why) = score(gaz, n, ctx, pair);
            (n.entry, s, why)
        })
        .collect();
    scored.sort_by(|a, b| {
        b.1.partial_cmp(&a.1)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.0.cmp(&b.0))
    });
    let first = *scored.first()?;
    // Readings of one place (a name and its alternate) are one candidate.
    let distinct = scored.iter().filter(|x| x.0 != first.0).count();
    let margin = scored
        .iter()
        .find(|x| x.0 != first.0)
        .map_or(f64::INFINITY, |x| first.1 - x.1);
    let why = if distinct == 0 { "only" } else { first.2 };
    Some((first.0, margin, why))
}

/// The candidate right after `i` across a comma ("Paris, Texas").
fn pair_of(doc: &Document, cands: &[Candidate], i: usize) -> Option<usize> {
    let c = &cands[i];
    let next = cands.get(i + 1)?;
    if next.sentence != c.sentence || next.adjective {
        return None;
    }
    let between = doc.text.get(c.span.end..next.span.start)?;
    (between.trim() == ",").then_some(i + 1)
}

/// "X, Y" where Y is a subdivision or a country and X a town: a real pair
/// and not a list ("Seoul, Tokyo and Beijing").
fn real_pair(gaz: &Gazetteer, doc: &Document, cands: &[Candidate], i: usize, p: usize) -> bool {
    let kinds = |c: &Candidate| -> Vec<PlaceKind> {
        c.names
            .iter()
            .filter_map(|n| gaz.entry(n.entry))
            .map(|e| e.kind)
            .collect()
    };
    let x = kinds(&cands[i]);
    let y = kinds(&cands[p]);
    if x.iter()
        .any(|k| matches!(k, PlaceKind::Country | PlaceKind::Admin1))
    {
        return false;
    }
    if !y
        .iter()
        .any(|k| matches!(k, PlaceKind::Country | PlaceKind::Admin1))
    {
        return false;
    }
    // A third name after Y makes it a list.
    if let Some(next) = cands.get(p + 1) {
        if next.sentence == cands[p].sentence {
            let between = doc
                .text
                .get(cands[p].span.end..next.span.start)
                .unwrap_or("")
                .trim();
            if matches!(between, "," | "and" | "or" | ", and" | ", or") {
                return false;
            }
        }
    }
    if p > 0 && i > 0 {
        let prev = &cands[i - 1];
        if prev.sentence == cands[i].sentence {
            let between = doc
                .text
                .get(prev.span.end..cands[i].span.start)
                .unwrap_or("")
                .trim();
            if between == "," {
                return false;
            }
        }
    }
    true
}

/// Whether entry `x` lies in the place a pair's second name reads as.
fn lies_in(gaz: &Gazetteer, x: usize, y: &[Name]) -> bool {
    let Some(e) = gaz.entry(x) else { return false };
    y.iter().any(|n| {
        gaz.entry(n.entry).is_some_and(|p| {
            (p.kind == PlaceKind::Admin1 && p.country == e.country && p.admin1 == e.admin1)
                || (p.kind == PlaceKind::Country && p.country == e.country)
        })
    })
}

pub(crate) fn resolve(
    gaz: &Gazetteer,
    doc: &Document,
    mentions: &[Mention],
    cands: Vec<Candidate>,
) -> Vec<Place> {
    let pairs: Vec<Option<usize>> = (0..cands.len())
        .map(|i| pair_of(doc, &cands, i).filter(|&p| real_pair(gaz, doc, &cands, i, p)))
        .collect();
    // A town named with its state or country that the gazetteer does not
    // know there ("Paris, Missouri"): not the famous one elsewhere. Every
    // mention of that name in the document is left out, rather than
    // pinned to the wrong continent; a town the pair confirms keeps that
    // reading everywhere in the document.
    let mut unknown_towns: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut paired: HashMap<String, usize> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        let Some(p) = pairs[i] else { continue };
        let inside: Vec<&Name> = c
            .names
            .iter()
            .filter(|n| lies_in(gaz, n.entry, &cands[p].names))
            .collect();
        let key = crate::gazetteer::fold(&c.text);
        match inside
            .iter()
            .max_by_key(|n| gaz.entry(n.entry).map_or(0, |e| e.population))
        {
            Some(n) => {
                paired.insert(key, n.entry);
            }
            None => {
                unknown_towns.insert(key);
            }
        }
    }
    for k in paired.keys() {
        unknown_towns.remove(k);
    }
    // Round one: readings on their own.
    let mut ctx = Context::default();
    // What each spelling lent the context, to judge a name without itself.
    let mut lent: HashMap<String, Context> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        let pair = pairs[i].map(|p| cands[p].names.as_slice());
        if let Some((entry, margin, _)) = best(gaz, &c.names, None, pair) {
            // A clear choice counts fully, a close one a little.
            let w = if margin > 2.0 { 1.0 } else { 0.3 };
            ctx.add(gaz, entry, w);
            lent.entry(crate::gazetteer::fold(&c.text))
                .or_default()
                .add(gaz, entry, w);
        }
    }
    // Countries the actor layer resolved (people, institutions, metonyms)
    // say where the story is too.
    // A mention that is itself one of the place names ("*London* police",
    // a capital the actor layer read as its government) is not evidence
    // for its own reading.
    let mut spans: Vec<(usize, usize)> = cands.iter().map(|c| (c.span.start, c.span.end)).collect();
    spans.sort_unstable();
    let is_a_candidate = |m: &Mention| {
        // Spans in text order, none inside another: the first that ends
        // after the mention starts is the only one that may overlap it.
        let k = spans.partition_point(|&(_, end)| end <= m.span.start);
        spans.get(k).is_some_and(|&(start, _)| start < m.span.end)
    };
    for m in mentions {
        if matches!(m.kind, MentionKind::Place) || is_a_candidate(m) {
            continue;
        }
        if let Some(c) = &m.code.country {
            *ctx.countries.entry(c.clone()).or_default() += 0.5;
        }
    }
    ctx.settle();
    // Distinct names per country (places by spelling, actors by code): how
    // many different things in the story point to it.
    let mut spellings: HashMap<&str, usize> = HashMap::new();
    for l in lent.values() {
        for (cc, w) in &l.countries {
            if *w >= 0.3 {
                *spellings.entry(cc.as_str()).or_default() += 1;
            }
        }
    }
    for cc in mentions
        .iter()
        .filter(|m| !matches!(m.kind, MentionKind::Place))
        .filter_map(|m| m.code.country.as_deref())
        .collect::<std::collections::HashSet<_>>()
    {
        *spellings.entry(cc).or_default() += 1;
    }
    let (focus, focus_names) = spellings
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(c, n)| (Some(c.to_string()), *n))
        .unwrap_or((None, 0));
    // Round two: with the document's context, less what the name itself
    // lent it.
    let mut own_ctx: HashMap<String, Context> = HashMap::new();
    let mut out = Vec::with_capacity(cands.len());
    for (i, c) in cands.iter().enumerate() {
        let key = crate::gazetteer::fold(&c.text);
        if unknown_towns.contains(&key) {
            continue;
        }
        let pair = pairs[i].map(|p| cands[p].names.as_slice());
        let ctx = own_ctx
            .entry(key.clone())
            .or_insert_with(|| ctx.without(lent.get(&key)));
        let chosen = match paired.get(&key) {
            Some(&e) => Some((e, 0.0, "pair")),
            None => best(gaz, &c.names, Some(ctx), pair),
        };
        let Some((entry, _, why)) = chosen else {
            continue;
        };
        let entry = great_city_over_state(gaz, doc, c, entry).unwrap_or(entry);
        let Some(e) = gaz.entry(entry) else { continue };
        // A town abroad that nothing else in a story set elsewhere points
        // to ("Edmonton" in a story about Cairns, Queensland): most likely
        // a local place the gazetteer does not hold. Left out.
        if e.kind == PlaceKind::City && e.population < 1_000_000 && why != "pair" {
            let own = lent
                .get(&key)
                .and_then(|l| e.country.as_ref().and_then(|cc| l.countries.get(cc)))
                .is_some_and(|w| *w >= 0.3);
            let others = e
                .country
                .as_deref()
                .and_then(|cc| spellings.get(cc))
                .copied()
                .unwrap_or(0)
                .saturating_sub(usize::from(own));
            if others == 0 && focus_names >= 3 && focus != e.country {
                continue;
            }
        }
        out.push(place_of(c, entry, e.clone(), admin1_name(gaz, e), why));
    }
    one_sense(gaz, &mut out);
    out.extend(counties(gaz, doc, &cands, &pairs, &ctx));
    out.sort_by_key(|p| (p.sentence, p.span.start));
    out
}

/// The counties of the document, each placed in its state: the state
/// named with it ("Laurel County, Ky."), else the US state the story
/// names most, if one clearly leads. A county in a story that names no US
/// state is left out (other countries have counties too).
fn counties(
    gaz: &Gazetteer,
    doc: &Document,
    cands: &[Candidate],
    pairs: &[Option<usize>],
    ctx: &Context,
) -> Vec<Place> {
    let state_of = |c: &Candidate| -> Option<usize> {
        c.names.iter().map(|n| n.entry).find(|&e| {
            gaz.entry(e)
                .is_some_and(|x| x.kind == PlaceKind::Admin1 && x.country.as_deref() == Some("USA"))
        })
    };
    let mut states: Vec<(&String, f64)> = ctx
        .admin1
        .iter()
        .filter(|((cc, _), _)| cc == "USA")
        .map(|((_, a), w)| (a, *w))
        .collect();
    states.sort_by(|a, b| {
        b.1.partial_cmp(&a.1)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.0.cmp(b.0))
    });
    let leading = match states.as_slice() {
        [(a, w), rest @ ..] if *w >= 1.0 && rest.first().is_none_or(|r| *w >= 1.5 * r.1) => {
            gaz.admin1("USA", a)
        }
        _ => None,
    };
    let mut out = Vec::new();
    for (i, c) in cands.iter().enumerate().filter(|(_, c)| c.county) {
        // "Laurel County, Ky.": the pair test needs a town; a county takes
        // the state after its comma directly.
        let named = pair_of(doc, cands, i)
            .or(pairs.get(i).copied().flatten())
            .and_then(|p| cands.get(p))
            .and_then(state_of);
        let Some(state) = named.or(leading) else {
            continue;
        };
        let Some(st) = gaz.entry(state) else { continue };
        // A town of the county's name in that state ("Dallas County",
        // Texas) lies in or near it: a better point than the state's centre.
        let base = c.text.rsplit_once(' ').map_or(c.text.as_str(), |(b, _)| b);
        let town = gaz
            .lookup(&crate::gazetteer::fold(base))
            .iter()
            .filter_map(|n| gaz.entry(n.entry))
            .find(|e| {
                e.kind == PlaceKind::City && e.country == st.country && e.admin1 == st.admin1
            });
        let (lat, lon) = town.map_or((st.lat, st.lon), |t| (t.lat, t.lon));
        let name = if c
            .text
            .chars()
            .filter(|x| x.is_alphabetic())
            .all(char::is_uppercase)
        {
            title_case(&c.text)
        } else {
            c.text.clone()
        };
        let county = crate::gazetteer::Entry {
            id: format!(
                "county:USA.{}:{}",
                st.admin1.as_deref().unwrap_or(""),
                crate::gazetteer::fold(&name).replace(' ', "-")
            ),
            geonameid: None,
            name,
            kind: PlaceKind::County,
            feature_code: "ADM2".to_string(),
            country: st.country.clone(),
            admin1: st.admin1.clone(),
            lat,
            lon,
            population: 0,
        };
        let why = if named.is_some() { "pair" } else { "context" };
        out.push(place_of(c, state, county, Some(st.name.clone()), why));
    }
    out
}

/// The resolved place of candidate `c`: gazetteer index `entry` (for a
/// county, its state's), the entry itself, its subdivision's name and why.
fn place_of(
    c: &Candidate,
    entry: usize,
    place: crate::gazetteer::Entry,
    admin1_name: Option<String>,
    resolved_by: &'static str,
) -> Place {
    Place {
        sentence: c.sentence,
        start: c.start,
        end: c.end,
        span: c.span,
        text: c.text.clone(),
        entry,
        place,
        admin1_name,
        adjective: c.adjective,
        actor: c.actor,
        resolved_by,
    }
}

/// "BLACK HAWK COUNTY" → "Black Hawk County".
fn title_case(text: &str) -> String {
    text.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Words after a subdivision's name that say the subdivision is meant:
/// "New York *state*", "Washington *Gov.* Jay Inslee", "the New York
/// *legislature*".
const STATE_CUES: &[&str] = &[
    "state",
    "gov",
    "gov.",
    "governor",
    "attorney",
    "sen.",
    "senator",
    "rep.",
    "legislature",
    "legislator",
    "legislators",
    "lawmakers",
    "assembly",
    "senate",
    "house",
    "county",
    "counties",
    "state's",
];

/// A national capital or a city of a million that shares its name with
/// the subdivision chosen for the mention ("Washington", "New York"): the
/// city, which is what news means by the bare name, unless the next word
/// says the subdivision is meant. `None` keeps the choice.
fn great_city_over_state(
    gaz: &Gazetteer,
    doc: &Document,
    c: &Candidate,
    entry: usize,
) -> Option<usize> {
    let state = gaz.entry(entry)?;
    if state.kind != PlaceKind::Admin1 {
        return None;
    }
    let next = doc
        .sentences
        .get(c.sentence)
        .and_then(|s| s.tokens.get(c.end))
        .map(|t| t.form.to_lowercase());
    if next.is_some_and(|w| STATE_CUES.contains(&w.as_str())) {
        return None;
    }
    c.names
        .iter()
        .filter_map(|n| gaz.entry(n.entry).map(|e| (n.entry, e)))
        .filter(|(_, e)| {
            e.kind == PlaceKind::City
                && e.country == state.country
                && (e.feature_code == "PPLC" || e.population >= 1_000_000)
        })
        .max_by_key(|(_, e)| e.population)
        .map(|(i, _)| i)
}

/// The name of the first-level subdivision a city or town lies in.
fn admin1_name(gaz: &Gazetteer, e: &crate::gazetteer::Entry) -> Option<String> {
    match (&e.country, &e.admin1) {
        (Some(cc), Some(a)) if e.kind != PlaceKind::Admin1 => gaz
            .admin1(cc, a)
            .and_then(|x| gaz.entry(x))
            .map(|x| x.name.clone()),
        _ => None,
    }
}

/// One sense per story: every mention of a spelling takes the reading most
/// of its mentions got (the most populous among equals). A dateline and a
/// later "Washington-based" are the same Washington; what differs between
/// them is only how much context each mention happened to see.
fn one_sense(gaz: &Gazetteer, places: &mut [Place]) {
    let mut votes: HashMap<String, HashMap<usize, usize>> = HashMap::new();
    for p in places.iter().filter(|p| !p.adjective) {
        *votes
            .entry(crate::gazetteer::fold(&p.text))
            .or_default()
            .entry(p.entry)
            .or_default() += 1;
    }
    let country = |e: usize| gaz.entry(e).and_then(|x| x.country.clone());
    // Only readings in different countries compete: "New York" the city
    // and "New York" the state are told apart by the words around each
    // mention ("New York *Gov.*"), not by a vote.
    let chosen: HashMap<String, usize> = votes
        .into_iter()
        .filter(|(_, v)| {
            let countries: std::collections::HashSet<Option<String>> =
                v.keys().map(|&e| country(e)).collect();
            countries.len() > 1
        })
        .filter_map(|(k, v)| {
            let population = |e: usize| gaz.entry(e).map_or(0, |x| x.population);
            v.into_iter()
                .max_by_key(|&(e, n)| (n, population(e), std::cmp::Reverse(e)))
                .map(|(e, _)| (k, e))
        })
        .collect();
    for p in places.iter_mut().filter(|p| !p.adjective) {
        let Some(&entry) = chosen.get(&crate::gazetteer::fold(&p.text)) else {
            continue;
        };
        if country(entry) == p.place.country {
            continue;
        }
        let Some(e) = gaz.entry(entry) else { continue };
        p.entry = entry;
        p.place = e.clone();
        p.admin1_name = admin1_name(gaz, e);
        p.resolved_by = "context";
    }
}
