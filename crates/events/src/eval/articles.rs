//! Scoring the coder on whole annotated articles (`data/gold/*.jsonl`, format
//! in `docs/annotation.md`).
//!
//! Every sentence of a gold article was read by an annotator; a sentence
//! with no gold event has none. So a record the coder writes in an eventless
//! sentence is a false positive here, which a file of pre-selected event
//! sentences can never show.
//!
//! **Unit.** The issue's tuple: (sentence, actor country, category,
//! recipient country). A record with several actors or recipients stands for
//! every actor × recipient pair; "no recipient" is a value of its own (`-`).
//! Predicted tuples are deduplicated per sentence. A gold event accepts its
//! category and the categories in its `also` list. A predicted tuple is
//! *correct* when some gold event of its sentence has the same actor
//! country, an accepted category and the same recipient country; a gold
//! event is *found* when some predicted tuple matches it. Tuples that match
//! only `optional` gold events count neither way, and optional events are
//! not in recall's denominator.
//!
//! **Sentences.** A gold event names its sentence by text; it covers every
//! coder sentence its span overlaps, so a different sentence splitter does
//! not move events between sentences. A predicted record belongs to the
//! sentence of its trigger.
//!
//! **Fields.** Predicted records are aligned one to one with gold events of
//! the same sentence and an accepted category (best agreement first); on
//! aligned pairs the report gives how often the actor code, actor sector,
//! recipient code, mode and auxiliary modes agree. "Actor code right on
//! matched records" is the actor figure over these pairs.

use crate::output::OutputPolicy;
use crate::record::Event;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

/// One annotated article.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    /// Article id (`wikinews-172`).
    pub id: String,
    /// Source URL.
    #[serde(default)]
    pub url: Option<String>,
    /// Publication date (YYYY-MM-DD).
    #[serde(default)]
    pub date: Option<String>,
    /// Headline (not part of the coded text).
    #[serde(default)]
    pub title: Option<String>,
    /// The article body, exactly as coded.
    pub text: String,
    /// Every event of the article.
    #[serde(default)]
    pub events: Vec<GoldEvent>,
}

/// One gold event.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    /// The sentence, verbatim from the text.
    pub sentence: String,
    /// Which occurrence of `sentence` (1-based) when it occurs more than once.
    #[serde(default)]
    pub occurrence: Option<usize>,
    /// The words that express the event.
    #[serde(default)]
    pub trigger: String,
    /// PLOVER category.
    pub event: String,
    /// PLOVER modes.
    #[serde(default)]
    pub mode: Vec<String>,
    /// Auxiliary modes.
    #[serde(default)]
    pub aux_mode: Vec<String>,
    /// Actor entities.
    #[serde(default)]
    pub actor: Vec<GoldEntity>,
    /// Recipient entities (may be empty).
    #[serde(default)]
    pub recipient: Vec<GoldEntity>,
    /// Other acceptable categories.
    #[serde(default)]
    pub also: Vec<String>,
    /// A record whose existence is arguable.
    #[serde(default)]
    pub optional: bool,
    /// Annotator's note.
    #[serde(default)]
    pub note: Option<String>,
}

/// One gold entity.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    /// The words of the sentence that refer to it.
    #[serde(default)]
    pub text: String,
    /// Full name when `text` is a pronoun or description.
    #[serde(default)]
    pub name: Option<String>,
    /// Country or organisation code.
    pub code: String,
    /// PLOVER sector code.
    #[serde(default)]
    pub sector: Option<String>,
}

/// Read a gold file: one article per line. A malformed line is an error
/// naming the file and line (gold data is ours; it must be right).
pub fn read_gold(path: &Path) -> Result<Vec<GoldArticle>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading gold file {}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let art: GoldArticle = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: not a gold article", path.display(), n + 1))?;
        out.push(art);
    }
    Ok(out)
}

/// What the coder made of one article: its sentence byte spans (in order)
/// and every candidate event.
#[derive(Debug, Clone, Default)]
pub struct Coded {
    /// Byte span `(start, end)` of each sentence of the document.
    pub sentences: Vec<(usize, usize)>,
    /// All candidates; the policy under test filters them.
    pub events: Vec<Event>,
}

/// Precision, recall and F1 over tuples.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Prf {
    /// Predicted tuples counted (those matching only optional gold excluded).
    pub predicted: usize,
    /// Of those, correct.
    pub correct: usize,
    /// Gold events counted (non-optional).
    pub gold: usize,
    /// Of those, found.
    pub found: usize,
    /// `correct / predicted`.
    pub precision: f64,
    /// `found / gold`.
    pub recall: f64,
    /// Harmonic mean.
    pub f1: f64,
}

impl Prf {
    fn finish(mut self) -> Prf {
        self.precision = ratio(self.correct, self.predicted);
        self.recall = ratio(self.found, self.gold);
        self.f1 = if self.precision + self.recall > 0.0 {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        } else {
            0.0
        };
        self
    }
}

/// Agreement of one field over aligned (sentence, category) pairs.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct FieldScore {
    /// Pairs where the field was scored.
    pub scored: usize,
    /// Pairs where it agrees.
    pub correct: usize,
    /// `correct / scored`.
    pub accuracy: f64,
}

impl FieldScore {
    fn add(&mut self, ok: bool) {
        self.scored += 1;
        if ok {
            self.correct += 1;
        }
    }
    fn finish(mut self) -> FieldScore {
        self.accuracy = ratio(self.correct, self.scored);
        self
    }
}

/// Per-field agreement on aligned records.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Fields {
    /// Predicted records aligned with a gold event (same sentence, accepted category).
    pub aligned: usize,
    /// Actor country code.
    pub actor_code: FieldScore,
    /// Actor sector.
    pub actor_sector: FieldScore,
    /// Recipient country code (both empty counts as agreement).
    pub recipient_code: FieldScore,
    /// Mode (scored where the gold gives one).
    pub mode: FieldScore,
    /// The set of auxiliary modes.
    pub aux_mode: FieldScore,
}

/// One row of the confidence table.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct ThresholdRow {
    /// Minimum confidence.
    pub min_confidence: f32,
    /// Records written.
    pub records: usize,
    /// Records per article.
    pub records_per_article: f64,
    /// Tuple precision.
    pub precision: f64,
    /// Tuple recall.
    pub recall: f64,
    /// Tuple F1.
    pub f1: f64,
}

/// Counts for one category.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct CategoryCounts {
    /// Non-optional gold events.
    pub gold: usize,
    /// Of those, found.
    pub found: usize,
    /// Predicted tuples counted.
    pub predicted: usize,
    /// Of those, correct.
    pub correct: usize,
}

/// One error, for `--errors`.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleError {
    /// `false_positive` (a predicted tuple no gold event supports) or
    /// `missed` (a gold event no prediction found).
    pub kind: &'static str,
    /// Article id.
    pub article: String,
    /// The sentence text.
    pub sentence: String,
    /// `ACTOR CATEGORY RECIPIENT` of the predicted tuple or gold event.
    pub tuple: String,
    /// For false positives: the pattern, trigger and entity texts; for
    /// misses: the gold trigger and entity texts.
    pub evidence: String,
    /// The gold events of the sentence, for comparison (false positives).
    pub gold_here: Vec<String>,
}

/// The report of `dyad eval articles`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Articles scored.
    pub articles: usize,
    /// Articles with no gold event.
    pub articles_without_events: usize,
    /// Sentences the coder saw.
    pub sentences: usize,
    /// Non-optional gold events.
    pub gold_events: usize,
    /// Optional gold events.
    pub optional_events: usize,
    /// The policy scored: minimum confidence.
    pub min_confidence: f32,
    /// The policy scored: actor code required.
    pub require_actor_code: bool,
    /// Records written under the policy.
    pub records: usize,
    /// Records per article, predicted.
    pub records_per_article: f64,
    /// Gold events (optional included) per article.
    pub gold_per_article: f64,
    /// Records whose actor has no code (only under `--all`).
    pub null_actor_records: usize,
    /// Share of records whose sentence holds some gold event (optional included).
    pub in_event_sentence: f64,
    /// Tuple precision (top-level for `--json` consumers).
    pub precision: f64,
    /// Tuple recall.
    pub recall: f64,
    /// Tuple F1.
    pub f1: f64,
    /// Tuple counts.
    pub tuples: Prf,
    /// Sentence level: does the sentence hold an event at all.
    pub sentence_detection: Prf,
    /// (sentence, category) level, actors ignored.
    pub category_detection: Prf,
    /// Per-field agreement on aligned records.
    pub fields: Fields,
    /// Per category.
    pub per_category: BTreeMap<String, CategoryCounts>,
    /// Precision and recall at other thresholds (same actor rule).
    pub thresholds: Vec<ThresholdRow>,
    /// False positives and misses under the policy.
    pub errors: Vec<ArticleError>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn norm(code: &str) -> String {
    code.trim().to_uppercase()
}

/// A gold event placed on the coder's sentences.
struct PlacedGold<'g> {
    ev: &'g GoldEvent,
    sentences: BTreeSet<usize>,
    actors: BTreeSet<String>,
    recipients: BTreeSet<String>,
    categories: BTreeSet<String>,
}

fn codes_or_dash<'x>(codes: impl Iterator<Item = Option<&'x str>>) -> BTreeSet<String> {
    let mut s: BTreeSet<String> = codes.map(|c| c.map(norm).unwrap_or_default()).collect();
    if s.is_empty() {
        s.insert("-".to_string());
    }
    s
}

fn actor_codes(e: &Event) -> BTreeSet<String> {
    let mut s: BTreeSet<String> = e
        .actor
        .iter()
        .map(|a| a.code.as_deref().map(norm).unwrap_or_else(|| "?".into()))
        .collect();
    if s.is_empty() {
        s.insert("?".to_string());
    }
    s
}

fn recipient_codes(e: &Event) -> BTreeSet<String> {
    let s: BTreeSet<String> = e
        .recipient
        .iter()
        .filter_map(|a| a.code.as_deref().map(norm))
        .collect();
    if s.is_empty() {
        ["-".to_string()].into()
    } else {
        s
    }
}

/// Byte span of the `occurrence`-th copy of `needle` in `text`.
fn find_occurrence(text: &str, needle: &str, occurrence: usize) -> Option<(usize, usize)> {
    if needle.is_empty() {
        return None;
    }
    let mut from = 0;
    let mut seen = 0;
    while let Some(pos) = text.get(from..).and_then(|t| t.find(needle)) {
        let start = from + pos;
        seen += 1;
        if seen >= occurrence.max(1) {
            return Some((start, start + needle.len()));
        }
        from = start + needle.len().max(1);
    }
    None
}

fn place<'g>(art: &'g GoldArticle, coded: &Coded) -> Vec<PlacedGold<'g>> {
    art.events
        .iter()
        .map(|ev| {
            let span = find_occurrence(&art.text, &ev.sentence, ev.occurrence.unwrap_or(1));
            let sentences = span
                .map(|(a, b)| {
                    coded
                        .sentences
                        .iter()
                        .enumerate()
                        .filter(|(_, &(s, e))| s < b && a < e)
                        .map(|(i, _)| i)
                        .collect()
                })
                .unwrap_or_default();
            let mut categories: BTreeSet<String> = [ev.event.to_uppercase()].into();
            categories.extend(ev.also.iter().map(|c| c.to_uppercase()));
            PlacedGold {
                ev,
                sentences,
                actors: codes_or_dash(ev.actor.iter().map(|a| Some(a.code.as_str()))),
                recipients: codes_or_dash(ev.recipient.iter().map(|a| Some(a.code.as_str()))),
                categories,
            }
        })
        .collect()
}

/// The sentence of a predicted record: the coder sentence holding its trigger.
fn sentence_of(coded: &Coded, e: &Event) -> usize {
    coded
        .sentences
        .iter()
        .position(|&(s, end)| s <= e.trigger_span.start && e.trigger_span.start < end)
        .unwrap_or(e.sentence)
}

/// One predicted tuple.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Tuple {
    sentence: usize,
    actor: String,
    category: String,
    recipient: String,
}

fn tuples_of(coded: &Coded, e: &Event) -> Vec<Tuple> {
    let s = sentence_of(coded, e);
    let mut out = Vec::new();
    for a in actor_codes(e) {
        for r in recipient_codes(e) {
            out.push(Tuple {
                sentence: s,
                actor: a.clone(),
                category: e.category().to_string(),
                recipient: r,
            });
        }
    }
    out
}

fn matches(t: &Tuple, g: &PlacedGold<'_>) -> bool {
    g.sentences.contains(&t.sentence)
        && g.categories.contains(&t.category)
        && g.actors.contains(&t.actor)
        && g.recipients.contains(&t.recipient)
}

fn describe_gold(g: &GoldEvent) -> String {
    let ents = |v: &[GoldEntity]| {
        if v.is_empty() {
            "-".to_string()
        } else {
            v.iter()
                .map(|e| {
                    format!(
                        "{}{}",
                        e.code,
                        e.sector
                            .as_deref()
                            .map(|s| format!(" {s}"))
                            .unwrap_or_default()
                    )
                })
                .collect::<Vec<_>>()
                .join("+")
        }
    };
    format!(
        "{} {}{} {}{}",
        ents(&g.actor),
        g.event,
        if g.aux_mode.is_empty() {
            String::new()
        } else {
            format!("[{}]", g.aux_mode.join(","))
        },
        ents(&g.recipient),
        if g.optional { " (optional)" } else { "" }
    )
}

/// Whether each coded event is right: `Some(true)` when one of its tuples
/// matches a non-optional gold event, `None` when it matches only optional
/// ones, `Some(false)` otherwise. The labels the confidence model learns.
pub fn label_events(art: &GoldArticle, coded: &Coded) -> Vec<Option<bool>> {
    let gold = place(art, coded);
    coded
        .events
        .iter()
        .map(|e| {
            let mut any = false;
            let mut real = false;
            for t in tuples_of(coded, e) {
                for g in gold.iter().filter(|g| matches(&t, g)) {
                    any = true;
                    real |= !g.ev.optional;
                }
            }
            if real {
                Some(true)
            } else if any {
                None
            } else {
                Some(false)
            }
        })
        .collect()
}

/// Tuple-level scores of the events `keep` lets through, plus the errors
/// when asked.
struct Scored {
    tuples: Prf,
    per_category: BTreeMap<String, CategoryCounts>,
    errors: Vec<ArticleError>,
    records: usize,
}

fn score(
    articles: &[GoldArticle],
    coded: &[Coded],
    keep: &dyn Fn(&Event) -> bool,
    want_errors: bool,
) -> Scored {
    let mut prf = Prf::default();
    let mut per_category: BTreeMap<String, CategoryCounts> = BTreeMap::new();
    let mut errors = Vec::new();
    let mut records = 0;
    for (art, c) in articles.iter().zip(coded) {
        let gold = place(art, c);
        let kept: Vec<&Event> = c.events.iter().filter(|e| keep(e)).collect();
        records += kept.len();
        let mut seen: BTreeSet<Tuple> = BTreeSet::new();
        let mut found = vec![false; gold.len()];
        for e in &kept {
            for t in tuples_of(c, e) {
                if !seen.insert(t.clone()) {
                    continue;
                }
                let hits: Vec<usize> = gold
                    .iter()
                    .enumerate()
                    .filter(|(_, g)| matches(&t, g))
                    .map(|(i, _)| i)
                    .collect();
                for &h in &hits {
                    found[h] = true;
                }
                let real = hits
                    .iter()
                    .any(|&h| gold.get(h).is_some_and(|g| !g.ev.optional));
                if !hits.is_empty() && !real {
                    continue; // matches only optional gold
                }
                prf.predicted += 1;
                let cc = per_category.entry(t.category.clone()).or_default();
                cc.predicted += 1;
                if real {
                    prf.correct += 1;
                    cc.correct += 1;
                } else if want_errors {
                    errors.push(ArticleError {
                        kind: "false_positive",
                        article: art.id.clone(),
                        sentence: e.text.clone(),
                        tuple: format!("{} {} {}", t.actor, t.category, t.recipient),
                        evidence: format!(
                            "{} trigger={:?} actor={:?} recipient={:?} aux={:?} conf={:.2} via={}/{}",
                            e.pattern,
                            e.event_text.join(" "),
                            e.actor
                                .iter()
                                .map(|a| a.entity_text.as_str())
                                .collect::<Vec<_>>(),
                            e.recipient
                                .iter()
                                .map(|a| a.entity_text.as_str())
                                .collect::<Vec<_>>(),
                            e.aux_mode,
                            e.confidence,
                            e.signals.as_ref().map_or("-", |s| s.actor_via),
                            e.signals.as_ref().map_or("-", |s| s.recipient_via),
                        ),
                        gold_here: gold
                            .iter()
                            .filter(|g| g.sentences.contains(&t.sentence))
                            .map(|g| describe_gold(g.ev))
                            .collect(),
                    });
                }
            }
        }
        for (g, was_found) in gold.iter().zip(&found) {
            if g.ev.optional {
                continue;
            }
            prf.gold += 1;
            let cc = per_category.entry(g.ev.event.to_uppercase()).or_default();
            cc.gold += 1;
            if *was_found {
                prf.found += 1;
                cc.found += 1;
            } else if want_errors {
                errors.push(ArticleError {
                    kind: "missed",
                    article: art.id.clone(),
                    sentence: g.ev.sentence.clone(),
                    tuple: describe_gold(g.ev),
                    evidence: format!(
                        "trigger={:?} actor={:?} recipient={:?}",
                        g.ev.trigger,
                        g.ev.actor
                            .iter()
                            .map(|a| a.text.as_str())
                            .collect::<Vec<_>>(),
                        g.ev.recipient
                            .iter()
                            .map(|a| a.text.as_str())
                            .collect::<Vec<_>>()
                    ),
                    gold_here: Vec::new(),
                });
            }
        }
    }
    Scored {
        tuples: prf.finish(),
        per_category,
        errors,
        records,
    }
}

/// Sentence-level and (sentence, category)-level detection.
fn detection(
    articles: &[GoldArticle],
    coded: &[Coded],
    keep: &dyn Fn(&Event) -> bool,
) -> (Prf, Prf) {
    let mut sent = Prf::default();
    let mut cat = Prf::default();
    for (art, c) in articles.iter().zip(coded) {
        let gold = place(art, c);
        let gold_sents: BTreeSet<usize> = gold
            .iter()
            .filter(|g| !g.ev.optional)
            .flat_map(|g| g.sentences.iter().copied())
            .collect();
        let any_sents: BTreeSet<usize> = gold
            .iter()
            .flat_map(|g| g.sentences.iter().copied())
            .collect();
        let pred: Vec<(usize, String)> = c
            .events
            .iter()
            .filter(|e| keep(e))
            .map(|e| (sentence_of(c, e), e.category().to_string()))
            .collect();
        let pred_sents: BTreeSet<usize> = pred.iter().map(|(s, _)| *s).collect();
        // Gold sentences: an event spread over two coder sentences is found
        // when either holds a prediction.
        let gold_groups: Vec<&BTreeSet<usize>> = {
            let mut v: Vec<&BTreeSet<usize>> = Vec::new();
            for g in gold.iter().filter(|g| !g.ev.optional) {
                if !v.contains(&&g.sentences) {
                    v.push(&g.sentences);
                }
            }
            v
        };
        sent.gold += gold_groups.len();
        sent.found += gold_groups
            .iter()
            .filter(|s| s.iter().any(|x| pred_sents.contains(x)))
            .count();
        for s in &pred_sents {
            if gold_sents.contains(s) {
                sent.predicted += 1;
                sent.correct += 1;
            } else if !any_sents.contains(s) {
                sent.predicted += 1;
            }
        }
        // (sentence, category)
        let mut seen = BTreeSet::new();
        for (s, k) in &pred {
            if !seen.insert((*s, k.clone())) {
                continue;
            }
            let hits: Vec<&PlacedGold<'_>> = gold
                .iter()
                .filter(|g| g.sentences.contains(s) && g.categories.contains(k))
                .collect();
            if !hits.is_empty() && hits.iter().all(|g| g.ev.optional) {
                continue;
            }
            cat.predicted += 1;
            if !hits.is_empty() {
                cat.correct += 1;
            }
        }
        for g in gold.iter().filter(|g| !g.ev.optional) {
            cat.gold += 1;
            if pred
                .iter()
                .any(|(s, k)| g.sentences.contains(s) && g.categories.contains(k))
            {
                cat.found += 1;
            }
        }
    }
    (sent.finish(), cat.finish())
}

/// Align predicted records with gold events of the same sentence and an
/// accepted category, one to one, best agreement first; score the fields.
fn fields(articles: &[GoldArticle], coded: &[Coded], keep: &dyn Fn(&Event) -> bool) -> Fields {
    let mut f = Fields::default();
    for (art, c) in articles.iter().zip(coded) {
        let gold = place(art, c);
        let pred: Vec<&Event> = c.events.iter().filter(|e| keep(e)).collect();
        let mut pairs: Vec<(u8, usize, usize)> = Vec::new();
        for (pi, e) in pred.iter().enumerate() {
            let s = sentence_of(c, e);
            for (gi, g) in gold.iter().enumerate() {
                if !g.sentences.contains(&s) || !g.categories.contains(e.category()) {
                    continue;
                }
                let a = !actor_codes(e).is_disjoint(&g.actors);
                let r = !recipient_codes(e).is_disjoint(&g.recipients);
                pairs.push((u8::from(a) * 2 + u8::from(r), pi, gi));
            }
        }
        pairs.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        let mut used_p = BTreeSet::new();
        let mut used_g = BTreeSet::new();
        for (_, pi, gi) in pairs {
            if used_p.contains(&pi) || used_g.contains(&gi) {
                continue;
            }
            used_p.insert(pi);
            used_g.insert(gi);
            let (Some(e), Some(g)) = (pred.get(pi), gold.get(gi)) else {
                continue;
            };
            f.aligned += 1;
            f.actor_code.add(!actor_codes(e).is_disjoint(&g.actors));
            let gold_sectors: BTreeSet<String> =
                g.ev.actor
                    .iter()
                    .map(|a| a.sector.clone().unwrap_or_default())
                    .collect();
            let pred_sectors: BTreeSet<String> = e
                .actor
                .iter()
                .map(|a| a.sector.clone().unwrap_or_default())
                .collect();
            f.actor_sector.add(!gold_sectors.is_disjoint(&pred_sectors));
            f.recipient_code
                .add(!recipient_codes(e).is_disjoint(&g.recipients));
            if !g.ev.mode.is_empty() {
                f.mode.add(e.mode.iter().any(|m| g.ev.mode.contains(m)));
            }
            let ga: BTreeSet<&str> = g.ev.aux_mode.iter().map(String::as_str).collect();
            let pa: BTreeSet<&str> = e.aux_mode.iter().map(String::as_str).collect();
            f.aux_mode.add(ga == pa);
        }
    }
    f.actor_code = f.actor_code.finish();
    f.actor_sector = f.actor_sector.finish();
    f.recipient_code = f.recipient_code.finish();
    f.mode = f.mode.finish();
    f.aux_mode = f.aux_mode.finish();
    f
}

/// Score `coded` (one entry per article, same order) under `policy`.
pub fn evaluate(articles: &[GoldArticle], coded: &[Coded], policy: &OutputPolicy) -> Report {
    let keep = |e: &Event| policy.keeps(e);
    let main = score(articles, coded, &keep, true);
    let (sentence_detection, category_detection) = detection(articles, coded, &keep);
    let n = articles.len();
    let mut r = Report {
        articles: n,
        articles_without_events: articles.iter().filter(|a| a.events.is_empty()).count(),
        sentences: coded.iter().map(|c| c.sentences.len()).sum(),
        gold_events: articles
            .iter()
            .flat_map(|a| &a.events)
            .filter(|e| !e.optional)
            .count(),
        optional_events: articles
            .iter()
            .flat_map(|a| &a.events)
            .filter(|e| e.optional)
            .count(),
        min_confidence: policy.min_confidence,
        require_actor_code: policy.require_actor_code,
        records: main.records,
        records_per_article: ratio(main.records, n),
        gold_per_article: ratio(articles.iter().map(|a| a.events.len()).sum(), n),
        precision: main.tuples.precision,
        recall: main.tuples.recall,
        f1: main.tuples.f1,
        tuples: main.tuples,
        sentence_detection,
        category_detection,
        fields: fields(articles, coded, &keep),
        per_category: main.per_category,
        errors: main.errors,
        ..Report::default()
    };
    let mut in_event = 0;
    for (art, c) in articles.iter().zip(coded) {
        let gold = place(art, c);
        for e in c.events.iter().filter(|e| keep(e)) {
            if e.actor.iter().all(|a| a.code.is_none()) {
                r.null_actor_records += 1;
            }
            let s = sentence_of(c, e);
            if gold.iter().any(|g| g.sentences.contains(&s)) {
                in_event += 1;
            }
        }
    }
    r.in_event_sentence = ratio(in_event, r.records);
    for step in 0..10u8 {
        let t = f32::from(step) / 10.0;
        let p = OutputPolicy {
            min_confidence: t,
            ..*policy
        };
        let s = score(articles, coded, &|e: &Event| p.keeps(e), false);
        r.thresholds.push(ThresholdRow {
            min_confidence: t,
            records: s.records,
            records_per_article: ratio(s.records, n),
            precision: s.tuples.precision,
            recall: s.tuples.recall,
            f1: s.tuples.f1,
        });
    }
    r
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pct = |x: f64| format!("{:5.1}%", 100.0 * x);
        let prf = |f: &mut fmt::Formatter<'_>, name: &str, p: &Prf| {
            writeln!(
                f,
                "{:<28} P {}  ({}/{})   R {}  ({}/{})   F1 {}",
                name,
                pct(p.precision),
                p.correct,
                p.predicted,
                pct(p.recall),
                p.found,
                p.gold,
                pct(p.f1)
            )
        };
        writeln!(
            f,
            "articles {}  ({} without events), sentences {}",
            self.articles, self.articles_without_events, self.sentences
        )?;
        writeln!(
            f,
            "gold events {} (+{} optional), {:.2} per article",
            self.gold_events, self.optional_events, self.gold_per_article
        )?;
        writeln!(
            f,
            "records {} ({:.2} per article) at min confidence {:.2}{}",
            self.records,
            self.records_per_article,
            self.min_confidence,
            if self.require_actor_code {
                ", actor code required"
            } else {
                ", unresolved actors kept"
            }
        )?;
        writeln!(
            f,
            "records with a null actor code {}; records in a sentence with a gold event {}",
            self.null_actor_records,
            pct(self.in_event_sentence)
        )?;
        writeln!(f)?;
        prf(f, "(sentence, actor, category, recipient)", &self.tuples)?;
        prf(f, "(sentence, category)", &self.category_detection)?;
        prf(f, "sentence has an event", &self.sentence_detection)?;
        writeln!(f)?;
        let fld = |f: &mut fmt::Formatter<'_>, name: &str, s: &FieldScore| {
            writeln!(
                f,
                "  {:<16} {}  ({}/{})",
                name,
                pct(s.accuracy),
                s.correct,
                s.scored
            )
        };
        writeln!(
            f,
            "on {} records aligned by (sentence, category):",
            self.fields.aligned
        )?;
        fld(f, "actor code", &self.fields.actor_code)?;
        fld(f, "actor sector", &self.fields.actor_sector)?;
        fld(f, "recipient code", &self.fields.recipient_code)?;
        fld(f, "mode", &self.fields.mode)?;
        fld(f, "aux modes", &self.fields.aux_mode)?;
        writeln!(f)?;
        writeln!(
            f,
            "{:<10} {:>5} {:>5} {:>5} {:>5} {:>7} {:>7}",
            "category", "gold", "found", "pred", "ok", "recall", "prec"
        )?;
        for (c, s) in &self.per_category {
            writeln!(
                f,
                "{:<10} {:>5} {:>5} {:>5} {:>5} {:>7} {:>7}",
                c,
                s.gold,
                s.found,
                s.predicted,
                s.correct,
                pct(ratio(s.found, s.gold)),
                pct(ratio(s.correct, s.predicted))
            )?;
        }
        writeln!(f)?;
        writeln!(
            f,
            "{:>8} {:>8} {:>9} {:>7} {:>7} {:>7}",
            "min conf", "records", "per art.", "prec", "recall", "F1"
        )?;
        for t in &self.thresholds {
            writeln!(
                f,
                "{:>8.1} {:>8} {:>9.2} {:>7} {:>7} {:>7}",
                t.min_confidence,
                t.records,
                t.records_per_article,
                pct(t.precision),
                pct(t.recall),
                pct(t.f1)
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coder::tests_support::sample_event;

    fn gold_article(events: &str) -> GoldArticle {
        let line = format!(
            r#"{{"id":"a","date":"2022-11-02","text":"North Korea fired missiles at South Korea. The weather was fine.","events":{events}}}"#
        );
        serde_json::from_str(&line).unwrap()
    }

    fn coded(events: Vec<Event>) -> Coded {
        Coded {
            sentences: vec![(0, 42), (43, 64)],
            events,
        }
    }

    const ONE: &str = r#"[{"sentence":"North Korea fired missiles at South Korea.","trigger":"fired","event":"ASSAULT","actor":[{"text":"North Korea","code":"PRK","sector":null}],"recipient":[{"text":"South Korea","code":"KOR"}]}]"#;

    #[test]
    fn a_right_record_is_correct_and_found() {
        let arts = vec![gold_article(ONE)];
        let r = evaluate(&arts, &[coded(vec![sample_event()])], &OutputPolicy::all());
        assert_eq!((r.tuples.correct, r.tuples.predicted), (1, 1));
        assert_eq!((r.tuples.found, r.tuples.gold), (1, 1));
        assert_eq!(r.fields.aligned, 1);
        assert_eq!(r.fields.actor_code.correct, 1);
        assert!((r.in_event_sentence - 1.0).abs() < 1e-9);
    }

    #[test]
    fn a_record_in_an_eventless_sentence_is_a_false_positive() {
        let arts = vec![gold_article(ONE)];
        let mut stray = sample_event();
        stray.trigger_span = ByteSpanLit::at(50);
        let r = evaluate(
            &arts,
            &[coded(vec![sample_event(), stray])],
            &OutputPolicy::all(),
        );
        assert_eq!((r.tuples.correct, r.tuples.predicted), (1, 2));
        assert!((r.precision - 0.5).abs() < 1e-9);
        assert!((r.in_event_sentence - 0.5).abs() < 1e-9);
        assert_eq!(
            r.errors
                .iter()
                .filter(|e| e.kind == "false_positive")
                .count(),
            1
        );
    }

    #[test]
    fn wrong_recipient_is_wrong_and_the_gold_is_missed() {
        let arts = vec![gold_article(ONE)];
        let mut e = sample_event();
        e.recipient[0].code = Some("USA".into());
        let r = evaluate(&arts, &[coded(vec![e])], &OutputPolicy::all());
        assert_eq!(r.tuples.correct, 0);
        assert_eq!(r.tuples.found, 0);
        // Aligned by category, so the actor is scored right and the recipient wrong.
        assert_eq!(r.fields.actor_code.correct, 1);
        assert_eq!(r.fields.recipient_code.correct, 0);
        assert!(r.errors.iter().any(|e| e.kind == "missed"));
    }

    #[test]
    fn optional_gold_neither_rewards_nor_punishes() {
        let opt = ONE.replace(
            r#""event":"ASSAULT""#,
            r#""event":"ASSAULT","optional":true"#,
        );
        let arts = vec![gold_article(&opt)];
        let with = evaluate(&arts, &[coded(vec![sample_event()])], &OutputPolicy::all());
        assert_eq!((with.tuples.predicted, with.tuples.gold), (0, 0));
        let without = evaluate(&arts, &[coded(vec![])], &OutputPolicy::all());
        assert_eq!(without.tuples.gold, 0);
    }

    #[test]
    fn also_categories_are_accepted() {
        let alt = ONE.replace(
            r#""event":"ASSAULT""#,
            r#""event":"COERCE","also":["ASSAULT"]"#,
        );
        let arts = vec![gold_article(&alt)];
        let r = evaluate(&arts, &[coded(vec![sample_event()])], &OutputPolicy::all());
        assert_eq!(r.tuples.correct, 1);
        assert_eq!(r.tuples.found, 1);
    }

    #[test]
    fn threshold_and_actor_rule_filter_records() {
        let arts = vec![gold_article(ONE)];
        let mut low = sample_event();
        low.confidence = 0.2;
        let policy = OutputPolicy {
            min_confidence: 0.5,
            require_actor_code: true,
            keep_negated: false,
            keep_hypothetical: false,
        };
        let r = evaluate(&arts, &[coded(vec![low])], &policy);
        assert_eq!(r.records, 0);
        assert_eq!(r.tuples.found, 0);
        let row = r
            .thresholds
            .iter()
            .find(|t| t.min_confidence < 0.05)
            .unwrap();
        assert_eq!(row.records, 1);
        assert!((row.recall - 1.0).abs() < 1e-9);
    }

    #[test]
    fn gold_sentence_spanning_two_coder_sentences_matches_either() {
        let arts = vec![gold_article(ONE)];
        let c = Coded {
            sentences: vec![(0, 20), (20, 42), (43, 64)],
            events: vec![sample_event()],
        };
        let r = evaluate(&arts, &[c], &OutputPolicy::all());
        assert_eq!(r.tuples.correct, 1);
    }

    /// Span helper for the tests.
    struct ByteSpanLit;
    impl ByteSpanLit {
        fn at(start: usize) -> crate::record::ByteSpan {
            crate::record::ByteSpan {
                start,
                end: start + 3,
            }
        }
    }
}
