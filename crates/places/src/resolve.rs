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

    fn settle(&mut self) {
        self.focus = self
            .countries
            .iter()
            .max_by(|a, b| a.1.partial_cmp(b.1).unwrap_or(std::cmp::Ordering::Equal))
            .map(|(c, _)| c.clone());
    }
}

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
        PlaceKind::Admin1 => 2.5,
        PlaceKind::City if e.feature_code == "PPLC" => 1.0,
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
    let mut scored: Vec<(usize, f64, &'static str)> = names
        .iter()
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
    let mut lent: HashMap<String, HashMap<String, f64>> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        let pair = pairs[i].map(|p| cands[p].names.as_slice());
        if let Some((entry, margin, _)) = best(gaz, &c.names, None, pair) {
            // A clear choice counts fully, a close one a little.
            let w = if margin > 2.0 { 1.0 } else { 0.3 };
            ctx.add(gaz, entry, w);
            if let Some(cc) = gaz.entry(entry).and_then(|e| e.country.clone()) {
                *lent
                    .entry(crate::gazetteer::fold(&c.text))
                    .or_default()
                    .entry(cc)
                    .or_default() += w;
            }
        }
    }
    // Countries the actor layer resolved (people, institutions, metonyms)
    // say where the story is too.
    for m in mentions {
        if matches!(m.kind, MentionKind::Place) {
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
    for m in lent.values() {
        for (cc, w) in m {
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
    // Round two: with the document's context.
    let mut out = Vec::with_capacity(cands.len());
    for (i, c) in cands.iter().enumerate() {
        let key = crate::gazetteer::fold(&c.text);
        if unknown_towns.contains(&key) {
            continue;
        }
        let pair = pairs[i].map(|p| cands[p].names.as_slice());
        let chosen = match paired.get(&key) {
            Some(&e) => Some((e, 0.0, "pair")),
            None => best(gaz, &c.names, Some(&ctx), pair),
        };
        let Some((entry, _, why)) = chosen else {
            continue;
        };
        let Some(e) = gaz.entry(entry) else { continue };
        // A town abroad that nothing else in a story set elsewhere points
        // to ("Edmonton" in a story about Cairns, Queensland): most likely
        // a local place the gazetteer does not hold. Left out.
        if e.kind == PlaceKind::City && e.population < 1_000_000 && why != "pair" {
            let own = lent
                .get(&key)
                .and_then(|m| e.country.as_ref().and_then(|cc| m.get(cc)))
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
        let admin1_name = match (&e.country, &e.admin1) {
            (Some(cc), Some(a)) if e.kind != PlaceKind::Admin1 => gaz
                .admin1(cc, a)
                .and_then(|x| gaz.entry(x))
                .map(|x| x.name.clone()),
            _ => None,
        };
        out.push(Place {
            sentence: c.sentence,
            start: c.start,
            end: c.end,
            span: c.span,
            text: c.text.clone(),
            entry,
            place: e.clone(),
            admin1_name,
            adjective: c.adjective,
            actor: c.actor,
            resolved_by: why,
        });
    }
    out
}
