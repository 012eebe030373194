//! Scoring toponym recognition and resolution on annotated corpora in the
//! XML layout of TR-News and LGL: `<article>` elements with `<text>` and
//! `<toponyms>`, each `<toponym>` with character offsets `<start>`/`<end>`,
//! `<phrase>` and a `<gaztag geonameid=…>` holding `<lat>`, `<lon>` and
//! `<country geonameid=…>`.
//!
//! Measures: recognition precision, recall and F1 with exact spans and with
//! overlapping spans (one-to-one); over the gold toponyms that were
//! recognised and carry coordinates, the share resolved within 161 km (100
//! miles, the field's usual threshold; naming the gold GeoNames entry
//! counts as distance 0, so a country is judged by identity rather than by
//! where its point is drawn), the mean error distance, and the share whose
//! country is right.

use crate::{Gazetteer, Place, PlaceKind};
use anyhow::{bail, Context, Result};
use quick_xml::events::Event as XmlEvent;
use quick_xml::Reader;
use serde::Serialize;
use std::collections::HashMap;

/// One gold toponym.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldToponym {
    /// First character (Unicode scalar values, as the corpora count).
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The phrase as annotated.
    pub phrase: String,
    /// GeoNames id of the gold entry.
    pub geonameid: Option<u64>,
    /// Gold latitude and longitude.
    pub point: Option<(f64, f64)>,
    /// GeoNames id of the gold entry's country.
    pub country: Option<u64>,
}

/// One annotated article.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldArticle {
    /// The corpus's document id.
    pub id: String,
    /// The article text.
    pub text: String,
    /// The gold toponyms.
    pub toponyms: Vec<GoldToponym>,
    /// Gold offsets that did not match their phrase and were moved to the
    /// nearest occurrence of it.
    pub realigned: usize,
}

/// A system place in the corpus's character offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct SystemToponym {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// GeoNames id of the chosen entry, if it has one.
    pub geonameid: Option<u64>,
    /// Latitude and longitude.
    pub point: (f64, f64),
    /// Country code (ISO 3166 alpha-3).
    pub country: Option<String>,
}

/// Convert resolved places (byte spans) to the corpus's character offsets.
pub fn system_toponyms(text: &str, places: &[Place]) -> Vec<SystemToponym> {
    let chars = |byte: usize| text.get(..byte).map_or(0, |t| t.chars().count());
    places
        .iter()
        .map(|p| SystemToponym {
            start: chars(p.span.start),
            end: chars(p.span.end),
            geonameid: p.place.geonameid,
            point: (p.place.lat, p.place.lon),
            country: p.place.country.clone(),
        })
        .collect()
}

/// Read a TR-News / LGL style file.
pub fn read_corpus(xml: &str) -> Result<Vec<GoldArticle>> {
    let mut reader = Reader::from_str(xml);
    let mut articles = Vec::new();
    let mut path: Vec<String> = Vec::new();
    let mut article: Option<GoldArticle> = None;
    let mut top: Option<GoldToponym> = None;
    loop {
        let ev = reader
            .read_event()
            .with_context(|| format!("XML error at byte {}", reader.buffer_position()))?;
        match ev {
            XmlEvent::Start(e) => {
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                let gid = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.as_ref() == b"geonameid")
                    .and_then(|a| String::from_utf8_lossy(&a.value).parse::<u64>().ok());
                match name.as_str() {
                    "article" => {
                        let id = e
                            .attributes()
                            .flatten()
                            .find(|a| a.key.as_ref() == b"docid")
                            .map(|a| String::from_utf8_lossy(&a.value).into_owned())
                            .unwrap_or_default();
                        article = Some(GoldArticle {
                            id,
                            text: String::new(),
                            toponyms: Vec::new(),
                            realigned: 0,
                        });
                    }
                    "toponym" => {
                        top = Some(GoldToponym {
                            start: 0,
                            end: 0,
                            phrase: String::new(),
                            geonameid: None,
                            point: None,
                            country: None,
                        })
                    }
                    "gaztag" => {
                        if let Some(t) = top.as_mut() {
                            t.geonameid = gid;
                        }
                    }
                    "country" => {
                        if let Some(t) = top.as_mut() {
                            t.country = gid;
                        }
                    }
                    _ => {}
                }
                path.push(name);
            }
            XmlEvent::End(_) => {
                let name = path.pop().unwrap_or_default();
                match name.as_str() {
                    "toponym" => {
                        if let (Some(a), Some(t)) = (article.as_mut(), top.take()) {
                            a.toponyms.push(t);
                        }
                    }
                    "article" => {
                        if let Some(mut a) = article.take() {
                            realign(&mut a);
                            articles.push(a);
                        }
                    }
                    _ => {}
                }
            }
            XmlEvent::Text(t) => {
                let value = t.decode().map(|c| c.into_owned()).unwrap_or_default();
                let value = quick_xml::escape::unescape(&value)
                    .map(|c| c.into_owned())
                    .unwrap_or(value);
                take_text(&path, &value, article.as_mut(), top.as_mut());
            }
            XmlEvent::CData(t) => {
                let value = String::from_utf8_lossy(&t).into_owned();
                take_text(&path, &value, article.as_mut(), top.as_mut());
            }
            XmlEvent::Eof => break,
            _ => {}
        }
    }
    if articles.is_empty() {
        bail!("no <article> elements found");
    }
    Ok(articles)
}

fn take_text(
    path: &[String],
    value: &str,
    article: Option<&mut GoldArticle>,
    top: Option<&mut GoldToponym>,
) {
    let Some(leaf) = path.last() else { return };
    let in_toponym = path.iter().any(|p| p == "toponym");
    match (leaf.as_str(), in_toponym) {
        ("text", false) => {
            if let Some(a) = article {
                a.text.push_str(value);
            }
        }
        ("start", true) => {
            if let Some(t) = top {
                t.start = value.trim().parse().unwrap_or(0);
            }
        }
        ("end", true) => {
            if let Some(t) = top {
                t.end = value.trim().parse().unwrap_or(0);
            }
        }
        ("phrase", true) => {
            if let Some(t) = top {
                t.phrase.push_str(value.trim());
            }
        }
        ("lat", true) | ("lon", true) => {
            if let (Some(t), Ok(v)) = (top, value.trim().parse::<f64>()) {
                let (lat, lon) = t.point.unwrap_or((f64::NAN, f64::NAN));
                t.point = Some(if leaf == "lat" { (v, lon) } else { (lat, v) });
            }
        }
        _ => {}
    }
}

/// Some gold offsets are shifted; move each to the occurrence of its phrase
/// nearest the given start.
fn realign(a: &mut GoldArticle) {
    let chars: Vec<char> = a.text.chars().collect();
    for t in a.toponyms.iter_mut() {
        if let Some((lat, lon)) = t.point {
            if !lat.is_finite() || !lon.is_finite() {
                t.point = None;
            }
        }
        let phrase: Vec<char> = t.phrase.chars().collect();
        let fits = |s: usize| {
            chars
                .get(s..s + phrase.len())
                .is_some_and(|w| w == phrase.as_slice())
        };
        if fits(t.start) && t.end == t.start + phrase.len() {
            continue;
        }
        if phrase.is_empty() {
            continue;
        }
        let nearest = (0..chars.len().saturating_sub(phrase.len() - 1))
            .filter(|&s| fits(s))
            .min_by_key(|&s| s.abs_diff(t.start));
        if let Some(s) = nearest {
            t.start = s;
            t.end = s + phrase.len();
            a.realigned += 1;
        }
    }
}

/// Precision, recall and F1 in percent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

impl Prf {
    fn of(tp: usize, sys: usize, gold: usize) -> Prf {
        let p = if sys == 0 {
            0.0
        } else {
            100.0 * tp as f64 / sys as f64
        };
        let r = if gold == 0 {
            0.0
        } else {
            100.0 * tp as f64 / gold as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        Prf {
            precision: p,
            recall: r,
            f1: f,
        }
    }
}

/// The scores of one corpus.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Scores {
    /// Articles scored.
    pub articles: usize,
    /// Gold toponyms.
    pub gold: usize,
    /// System places.
    pub system: usize,
    /// Gold offsets moved to the nearest occurrence of their phrase.
    pub realigned: usize,
    /// Recognition with identical spans.
    pub exact: Prf,
    /// Recognition with overlapping spans.
    pub overlap: Prf,
    /// Recognised gold toponyms with coordinates (the resolution sample).
    pub resolved: usize,
    /// Share of the sample resolved within 161 km, percent.
    pub accuracy_161km: f64,
    /// Mean error distance over the sample, km.
    pub mean_error_km: f64,
    /// Median error distance over the sample, km.
    pub median_error_km: f64,
    /// Gold toponyms in the sample whose gold country is known.
    pub with_country: usize,
    /// Share of those whose country is right, percent.
    pub country_accuracy: f64,
}

/// Great-circle distance in km.
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// Score system output against gold, article by article.
pub fn score(gaz: &Gazetteer, runs: &[(&GoldArticle, Vec<SystemToponym>)]) -> Scores {
    let countries: HashMap<u64, &str> = gaz
        .entries()
        .iter()
        .filter(|e| e.kind == PlaceKind::Country)
        .filter_map(|e| Some((e.geonameid?, e.country.as_deref()?)))
        .collect();
    let mut s = Scores::default();
    let (mut exact_tp, mut overlap_tp) = (0, 0);
    let mut errors: Vec<f64> = Vec::new();
    let (mut within, mut country_ok) = (0usize, 0usize);
    for (gold, sys) in runs {
        s.articles += 1;
        s.gold += gold.toponyms.len();
        s.system += sys.len();
        s.realigned += gold.realigned;
        exact_tp += gold
            .toponyms
            .iter()
            .filter(|g| sys.iter().any(|x| x.start == g.start && x.end == g.end))
            .count();
        // One-to-one overlap matching, in text order.
        let mut used = vec![false; sys.len()];
        for g in &gold.toponyms {
            let Some(k) =
                (0..sys.len()).find(|&k| !used[k] && sys[k].start < g.end && g.start < sys[k].end)
            else {
                continue;
            };
            used[k] = true;
            overlap_tp += 1;
            let x = &sys[k];
            let Some(point) = g.point else { continue };
            let d = if g.geonameid.is_some() && g.geonameid == x.geonameid {
                0.0
            } else {
                haversine_km(point, x.point)
            };
            errors.push(d);
            if d <= 161.0 {
                within += 1;
            }
            if let Some(gc) = g.country.and_then(|c| countries.get(&c)) {
                s.with_country += 1;
                if x.country.as_deref() == Some(*gc) {
                    country_ok += 1;
                }
            }
        }
    }
    s.exact = Prf::of(exact_tp, s.system, s.gold);
    s.overlap = Prf::of(overlap_tp, s.system, s.gold);
    s.resolved = errors.len();
    if !errors.is_empty() {
        s.accuracy_161km = 100.0 * within as f64 / errors.len() as f64;
        s.mean_error_km = errors.iter().sum::<f64>() / errors.len() as f64;
        let mut sorted = errors.clone();
        sorted.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
        s.median_error_km = sorted[sorted.len() / 2];
    }
    if s.with_country > 0 {
        s.country_accuracy = 100.0 * country_ok as f64 / s.with_country as f64;
    }
    s
}

/// One disagreement between system and gold, for error analysis.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Difference {
    /// Document id.
    pub doc: String,
    /// `missed` (gold not found), `false` (found, not gold) or `wrong`
    /// (found, resolved more than 161 km away).
    pub kind: &'static str,
    /// The text of the span.
    pub text: String,
    /// Up to 60 characters either side.
    pub context: String,
    /// Error distance for `wrong`, km.
    pub km: Option<f64>,
    /// The system's country for `wrong`.
    pub system_country: Option<String>,
}

/// Every disagreement in one article.
pub fn differences(gold: &GoldArticle, sys: &[SystemToponym]) -> Vec<Difference> {
    let chars: Vec<char> = gold.text.chars().collect();
    let slice = |a: usize, b: usize| -> String {
        chars
            .get(a.min(chars.len())..b.min(chars.len()))
            .map(|c| c.iter().collect())
            .unwrap_or_default()
    };
    let context = |a: usize, b: usize| {
        format!(
            "{}[{}]{}",
            slice(a.saturating_sub(60), a),
            slice(a, b),
            slice(b, b + 60)
        )
        .replace('\n', " ")
    };
    let mut out = Vec::new();
    let mut used = vec![false; sys.len()];
    for g in &gold.toponyms {
        let hit =
            (0..sys.len()).find(|&k| !used[k] && sys[k].start < g.end && g.start < sys[k].end);
        match hit {
            None => out.push(Difference {
                doc: gold.id.clone(),
                kind: "missed",
                text: g.phrase.clone(),
                context: context(g.start, g.end),
                km: None,
                system_country: None,
            }),
            Some(k) => {
                used[k] = true;
                let x = &sys[k];
                if let Some(point) = g.point {
                    let d = if g.geonameid.is_some() && g.geonameid == x.geonameid {
                        0.0
                    } else {
                        haversine_km(point, x.point)
                    };
                    if d > 161.0 {
                        out.push(Difference {
                            doc: gold.id.clone(),
                            kind: "wrong",
                            text: g.phrase.clone(),
                            context: context(g.start, g.end),
                            km: Some(d.round()),
                            system_country: x.country.clone(),
                        });
                    }
                }
            }
        }
    }
    for (k, x) in sys.iter().enumerate() {
        if !used[k] {
            out.push(Difference {
                doc: gold.id.clone(),
                kind: "false",
                text: slice(x.start, x.end),
                context: context(x.start, x.end),
                km: None,
                system_country: x.country.clone(),
            });
        }
    }
    out
}

/// The articles of a split: `tune` (even positions), `check` (odd
/// positions) or `all`.
pub fn split<'a>(articles: &'a [GoldArticle], which: &str) -> Result<Vec<&'a GoldArticle>> {
    let keep = |i: usize| match which {
        "tune" => Ok(i.is_multiple_of(2)),
        "check" => Ok(!i.is_multiple_of(2)),
        "all" => Ok(true),
        other => bail!("unknown split {other:?}: tune, check or all"),
    };
    let mut out = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        if keep(i)? {
            out.push(a);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<?xml version="1.0"?><articles><article docid="7">
<text><![CDATA[Troops moved from Aleppo to Paris, Texas.]]></text>
<toponyms><toponym><start>18</start><end>24</end><phrase>Aleppo</phrase>
<gaztag geonameid="170063"><lat>36.2</lat><lon>37.16</lon><country geonameid="163843">Syria</country></gaztag></toponym>
<toponym><start>29</start><end>34</end><phrase>Paris</phrase>
<gaztag geonameid="4717560"><lat>33.66</lat><lon>-95.55</lon><country geonameid="6252001">United States</country></gaztag></toponym>
</toponyms></article></articles>"#;

    #[test]
    fn reads_articles_and_realigns_shifted_offsets() {
        let a = read_corpus(XML).expect("parse");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].id, "7");
        assert_eq!(a[0].toponyms.len(), 2);
        // "Paris" was given at 29 but stands at 28.
        assert_eq!(a[0].toponyms[1].start, 28);
        assert_eq!(a[0].realigned, 1);
        assert_eq!(a[0].toponyms[0].point, Some((36.2, 37.16)));
        assert_eq!(a[0].toponyms[0].country, Some(163843));
    }

    #[test]
    fn scores_spans_distances_and_countries() {
        let gaz = Gazetteer::builtin().expect("gaz");
        let a = read_corpus(XML).expect("parse");
        let sys = vec![
            SystemToponym {
                start: 18,
                end: 24,
                geonameid: Some(170063),
                point: (36.2, 37.16),
                country: Some("SYR".into()),
            },
            // Paris, France: recognised, wrongly resolved.
            SystemToponym {
                start: 28,
                end: 33,
                geonameid: Some(2988507),
                point: (48.85, 2.35),
                country: Some("FRA".into()),
            },
            SystemToponym {
                start: 0,
                end: 6,
                geonameid: None,
                point: (0.0, 0.0),
                country: None,
            },
        ];
        let s = score(gaz, &[(&a[0], sys)]);
        assert_eq!(s.exact.recall, 100.0);
        assert!((s.exact.precision - 66.666).abs() < 0.01);
        assert_eq!(s.resolved, 2);
        assert_eq!(s.accuracy_161km, 50.0);
        assert_eq!(s.country_accuracy, 50.0);
        assert!(s.mean_error_km > 3000.0);
    }

    #[test]
    fn haversine_is_right_on_a_known_pair() {
        // Paris to London is about 344 km.
        let d = haversine_km((48.8566, 2.3522), (51.5074, -0.1278));
        assert!((d - 344.0).abs() < 5.0, "{d}");
    }

    #[test]
    fn a_file_without_articles_is_an_error() {
        assert!(read_corpus("<x></x>").is_err());
        // Cut-off or garbage input is an error, never a panic.
        assert!(read_corpus("<articles><article docid=\"1\"><text>a").is_err());
        assert!(read_corpus("\u{0}\u{ff}<<>>").is_err());
    }
}
