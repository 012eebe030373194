//! Scoring against PolNeAR (`../shared/data/polnear/`): articles with gold
//! source, cue and content spans of every attribution.
//!
//! Each predicted quote is paired with one gold attribution: among those
//! whose content overlaps its content, one that shares its cue, else the
//! one whose content overlaps most, else one whose cue overlaps its cue;
//! each gold attribution pairs at most once. For each of source, cue
//! and content: precision is the share of predicted spans that match their
//! pair's, recall the share of gold spans matched; *overlap* means the spans
//! share a byte, *exact* that they are equal once whitespace, punctuation
//! and quotation marks at their edges are trimmed. *Direct* restricts both
//! sides to quotations: gold content with quotation marks (`“ ” "`, or the
//! doubled single marks `''` and ``` `` ``` of older newswire), predicted
//! quotes of kind direct or mixed.

use crate::{Quote, QuoteKind};
use anyhow::{Context, Result};
use dyad_core::Span;
use serde::{Deserialize, Serialize};
use std::io::BufRead;

/// One gold span group as PolNeAR writes it (character offsets).
#[derive(Debug, Clone, Deserialize)]
struct GoldPart {
    spans: Vec<(usize, usize)>,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldAttribution {
    source: Option<GoldPart>,
    cue: Option<GoldPart>,
    content: Option<GoldPart>,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldAnnotation {
    attributions: Vec<GoldAttribution>,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldRecord {
    filename: String,
    #[serde(default)]
    date: Option<String>,
    text: String,
    annotations: Vec<GoldAnnotation>,
}

/// One attribution of the gold, in byte spans.
#[derive(Debug, Clone, Default)]
pub struct Attribution {
    /// Source spans.
    pub source: Vec<Span>,
    /// Cue spans.
    pub cue: Vec<Span>,
    /// Content spans.
    pub content: Vec<Span>,
}

/// One gold article.
#[derive(Debug, Clone)]
pub struct GoldDoc {
    /// PolNeAR file name (the document id).
    pub id: String,
    /// Publication date (YYYY-MM-DD), when given.
    pub date: Option<String>,
    /// Article text.
    pub text: String,
    /// The first annotator's attributions.
    pub attributions: Vec<Attribution>,
}

/// Read a PolNeAR JSONL file. A malformed line is an error naming it.
pub fn load(path: &std::path::Path) -> Result<Vec<GoldDoc>> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("{}:{}", path.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let rec: GoldRecord = serde_json::from_str(&line)
            .with_context(|| format!("{}:{}: not a PolNeAR record", path.display(), n + 1))?;
        out.push(gold_doc(rec));
    }
    Ok(out)
}

fn gold_doc(rec: GoldRecord) -> GoldDoc {
    // Character offset → byte offset.
    let mut bytes: Vec<usize> = rec.text.char_indices().map(|(b, _)| b).collect();
    bytes.push(rec.text.len());
    let conv = |p: &Option<GoldPart>| -> Vec<Span> {
        p.as_ref()
            .map(|p| {
                p.spans
                    .iter()
                    .filter_map(|&(a, b)| {
                        Some(Span {
                            start: *bytes.get(a)?,
                            end: *bytes.get(b)?,
                        })
                    })
                    .filter(|s| s.end > s.start)
                    .collect()
            })
            .unwrap_or_default()
    };
    let attributions = rec
        .annotations
        .first()
        .map(|a| {
            a.attributions
                .iter()
                .map(|at| Attribution {
                    source: conv(&at.source),
                    cue: conv(&at.cue),
                    content: conv(&at.content),
                })
                .collect()
        })
        .unwrap_or_default();
    GoldDoc {
        id: rec.filename,
        date: rec.date,
        text: rec.text,
        attributions,
    }
}

/// Counts for one kind of span.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Counts {
    /// Predicted spans.
    pub predicted: usize,
    /// Gold spans.
    pub gold: usize,
    /// Predicted spans matching their pair's, overlapping.
    pub overlap: usize,
    /// Predicted spans matching their pair's, exactly.
    pub exact: usize,
}

impl Counts {
    fn prf(&self, tp: usize) -> (f64, f64, f64) {
        let p = ratio(tp, self.predicted);
        let r = ratio(tp, self.gold);
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Running totals over documents.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Tally {
    /// Documents scored.
    pub documents: usize,
    /// Source spans, all attributions.
    pub source: Counts,
    /// Cue spans, all attributions.
    pub cue: Counts,
    /// Content spans, all attributions.
    pub content: Counts,
    /// Source spans of direct quotations.
    pub direct_source: Counts,
    /// Content spans of direct quotations.
    pub direct_content: Counts,
}

fn trim(text: &str, spans: &[Span]) -> Option<(usize, usize)> {
    let a = spans.iter().map(|s| s.start).min()?;
    let b = spans.iter().map(|s| s.end).max()?;
    let s = text.get(a..b)?;
    let edge = |c: char| c.is_whitespace() || ",.;:!?\"“”'‘’«»—–-()[]".contains(c);
    let lead = s.len() - s.trim_start_matches(edge).len();
    let trail = s.len() - s.trim_end_matches(edge).len();
    Some((a + lead, b.saturating_sub(trail).max(a + lead)))
}

fn overlap(a: &[Span], b: &[Span]) -> usize {
    a.iter()
        .flat_map(|x| {
            b.iter()
                .map(move |y| x.end.min(y.end).saturating_sub(x.start.max(y.start)))
        })
        .sum()
}

fn is_direct_text(text: &str, spans: &[Span]) -> bool {
    spans.iter().any(|s| {
        text.get(s.start..s.end)
            .is_some_and(|t| t.contains(['“', '”', '"']) || t.contains("''") || t.contains("``"))
    })
}

/// Pair each predicted quote with one gold attribution: among those whose
/// content overlaps its content, one that also shares its cue (the same
/// attribution), else the one whose content overlaps most, else one whose
/// cue overlaps its cue; each gold attribution pairs at most once.
fn pair(gold: &GoldDoc, quotes: &[Quote]) -> Vec<(usize, Option<usize>)> {
    let mut taken = vec![false; gold.attributions.len()];
    let mut pairs: Vec<(usize, Option<usize>)> = Vec::new();
    for (qi, q) in quotes.iter().enumerate() {
        let cue: Vec<Span> = q.cue.iter().map(|c| c.span).collect();
        let best = gold
            .attributions
            .iter()
            .enumerate()
            .filter(|(gi, _)| !taken.get(*gi).copied().unwrap_or(true))
            .map(|(gi, g)| (gi, overlap(&q.content, &g.content), overlap(&cue, &g.cue)))
            .filter(|&(_, c, k)| c > 0 || k > 0)
            .max_by_key(|&(_, c, k)| (c > 0 && k > 0, c, k))
            .map(|(gi, _, _)| gi);
        if let Some(gi) = best {
            if let Some(t) = taken.get_mut(gi) {
                *t = true;
            }
        }
        pairs.push((qi, best));
    }
    pairs
}

/// The source errors of one document, one line each, for reading: a
/// predicted source that misses its pair's (`wrong`), a predicted quote with
/// no gold pair (`spurious`), a paired quote without a source
/// (`no_source`), and a gold attribution no quote pairs with (`missed`).
/// `direct` keeps quotations only (as the `direct_source` row counts them).
pub fn source_errors(gold: &GoldDoc, quotes: &[Quote], direct: bool) -> Vec<String> {
    let text = gold.text.as_str();
    let show = |spans: &[Span]| -> String {
        let a = spans.iter().map(|s| s.start).min().unwrap_or(0);
        let b = spans.iter().map(|s| s.end).max().unwrap_or(0);
        let s = text.get(a..b).unwrap_or("");
        let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
        if s.chars().count() > 140 {
            let head: String = s.chars().take(70).collect();
            let tail: String = s
                .chars()
                .skip(s.chars().count().saturating_sub(60))
                .collect();
            format!("{head} … {tail}")
        } else {
            s
        }
    };
    let gold_direct = |gi: usize| -> bool {
        gold.attributions
            .get(gi)
            .is_some_and(|g| is_direct_text(text, &g.content))
    };
    let mut out = Vec::new();
    let pairs = pair(gold, quotes);
    let mut paired = vec![false; gold.attributions.len()];
    for &(qi, gi) in &pairs {
        let Some(q) = quotes.get(qi) else { continue };
        if let Some(gi) = gi {
            if let Some(p) = paired.get_mut(gi) {
                *p = true;
            }
        }
        if direct && !matches!(q.kind, QuoteKind::Direct | QuoteKind::Mixed) {
            continue;
        }
        let g = gi
            .filter(|&gi| !direct || gold_direct(gi))
            .and_then(|gi| gold.attributions.get(gi));
        let src: Vec<Span> = q.source.iter().map(|s| s.span).collect();
        let cue: Vec<Span> = q.cue.iter().map(|c| c.span).collect();
        let what = match g {
            None if src.is_empty() => continue,
            None => "spurious",
            Some(g) if g.source.is_empty() && src.is_empty() => continue,
            Some(_) if src.is_empty() => "no_source",
            Some(g) if overlap(&src, &g.source) > 0 => continue,
            Some(_) => "wrong",
        };
        out.push(format!(
            "{what}\t{}\tpred source=[{}] cue=[{}]\tgold source=[{}] cue=[{}]\n\tcontent: {}",
            gold.id,
            show(&src),
            show(&cue),
            g.map(|g| show(&g.source)).unwrap_or_default(),
            g.map(|g| show(&g.cue)).unwrap_or_default(),
            show(&q.content),
        ));
    }
    for (gi, g) in gold.attributions.iter().enumerate() {
        if paired.get(gi).copied().unwrap_or(true) || g.source.is_empty() {
            continue;
        }
        if direct && !gold_direct(gi) {
            continue;
        }
        out.push(format!(
            "missed\t{}\tgold source=[{}] cue=[{}]\n\tcontent: {}",
            gold.id,
            show(&g.source),
            show(&g.cue),
            show(&g.content),
        ));
    }
    out
}

impl Tally {
    /// Score one document's predicted quotes against its gold.
    pub fn add(&mut self, gold: &GoldDoc, quotes: &[Quote]) {
        self.documents += 1;
        let text = gold.text.as_str();
        let gold_direct: Vec<bool> = gold
            .attributions
            .iter()
            .map(|g| is_direct_text(text, &g.content))
            .collect();
        let pred_direct = |q: &Quote| matches!(q.kind, QuoteKind::Direct | QuoteKind::Mixed);
        let pairs = pair(gold, quotes);
        let count = |counts: &mut Counts, pred: Option<&[Span]>, gold_spans: Option<&[Span]>| {
            if pred.is_some_and(|p| !p.is_empty()) {
                counts.predicted += 1;
            }
            if let (Some(p), Some(g)) = (pred, gold_spans) {
                if !p.is_empty() && !g.is_empty() && overlap(p, g) > 0 {
                    counts.overlap += 1;
                    if trim(text, p).is_some() && trim(text, p) == trim(text, g) {
                        counts.exact += 1;
                    }
                }
            }
        };
        for &(qi, gi) in &pairs {
            let Some(q) = quotes.get(qi) else { continue };
            let g = gi.and_then(|gi| gold.attributions.get(gi));
            let src: Option<Vec<Span>> = q.source.as_ref().map(|s| vec![s.span]);
            let cue: Option<Vec<Span>> = q.cue.as_ref().map(|c| vec![c.span]);
            count(
                &mut self.source,
                src.as_deref(),
                g.map(|g| g.source.as_slice()),
            );
            count(&mut self.cue, cue.as_deref(), g.map(|g| g.cue.as_slice()));
            count(
                &mut self.content,
                Some(&q.content),
                g.map(|g| g.content.as_slice()),
            );
            if pred_direct(q) {
                let gd = gi.is_some_and(|gi| gold_direct.get(gi).copied().unwrap_or(false));
                let g = if gd { g } else { None };
                count(
                    &mut self.direct_source,
                    src.as_deref(),
                    g.map(|g| g.source.as_slice()),
                );
                count(
                    &mut self.direct_content,
                    Some(&q.content),
                    g.map(|g| g.content.as_slice()),
                );
            }
        }
        for (gi, g) in gold.attributions.iter().enumerate() {
            let direct = gold_direct.get(gi).copied().unwrap_or(false);
            if !g.source.is_empty() {
                self.source.gold += 1;
                if direct {
                    self.direct_source.gold += 1;
                }
            }
            if !g.cue.is_empty() {
                self.cue.gold += 1;
            }
            if !g.content.is_empty() {
                self.content.gold += 1;
                if direct {
                    self.direct_content.gold += 1;
                }
            }
        }
    }

    /// The figures as one JSON object.
    pub fn to_json(&self) -> serde_json::Value {
        let mut o = serde_json::Map::new();
        o.insert("documents".into(), self.documents.into());
        for (name, c) in self.rows() {
            for (mode, tp) in [("exact", c.exact), ("overlap", c.overlap)] {
                let (p, r, f) = c.prf(tp);
                o.insert(
                    format!("{name}_{mode}"),
                    serde_json::json!({"precision": p, "recall": r, "f1": f,
                        "predicted": c.predicted, "gold": c.gold, "matched": tp}),
                );
            }
        }
        serde_json::Value::Object(o)
    }

    fn rows(&self) -> [(&'static str, Counts); 5] {
        [
            ("source", self.source),
            ("cue", self.cue),
            ("content", self.content),
            ("direct_source", self.direct_source),
            ("direct_content", self.direct_content),
        ]
    }
}

impl std::fmt::Display for Tally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "documents {}", self.documents)?;
        writeln!(
            f,
            "{:<16}{:>6}{:>6}   {:>7}{:>7}{:>7}   {:>7}{:>7}{:>7}",
            "", "pred", "gold", "P exact", "R", "F1", "P overl", "R", "F1"
        )?;
        for (name, c) in self.rows() {
            let (pe, re, fe) = c.prf(c.exact);
            let (po, ro, fo) = c.prf(c.overlap);
            writeln!(
                f,
                "{:<16}{:>6}{:>6}   {:>6.1}%{:>6.1}%{:>6.1}%   {:>6.1}%{:>6.1}%{:>6.1}%",
                name,
                c.predicted,
                c.gold,
                pe * 100.0,
                re * 100.0,
                fe * 100.0,
                po * 100.0,
                ro * 100.0,
                fo * 100.0
            )?;
        }
        Ok(())
    }
}
