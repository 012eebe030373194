//! Scoring the coder on PLOVER gold-standard records (JSON Lines with
//! `text`, `event_current` or `event`, `source` and `target` actor lists).
//!
//! Each gold record is one sentence with one gold event. The coder's
//! *primary* event for the sentence ([`crate::primary_event`]: factual before
//! auxiliary-mode events, then highest confidence, which already favours
//! triggers near the root) is compared with it:
//!
//! - category accuracy: primary category = gold category, over all records
//!   (no prediction counts as wrong);
//! - any-event recall: some predicted event has the gold category;
//! - actor / recipient accuracy: over records whose gold actor (recipient)
//!   has at least one code, the primary event's actor (recipient) has a code
//!   in the gold list after both sides are normalised to ISO 3166 alpha-3
//!   (CAMEO's few non-ISO country codes mapped; every international
//!   organisation code counted as `IGO`, as the gold standard does);
//! - extra events: predicted events whose category is not the gold one.
//!
//! Meetings: PLOVER lists every participant of a CONSULT as an actor, with
//! no recipient; the gold records name the second party as recipient. For
//! a CONSULT with no recipient, the participants after the first stand for
//! it.

pub mod articles;

use crate::record::Event;
use anyhow::{Context, Result};
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

/// CAMEO country codes that differ from ISO 3166 alpha-3 (facts of the
/// CAMEO codebook), and international-organisation codes that the gold
/// standard writes as `IGO`.
const CAMEO_TO_ISO: &[(&str, &str)] = &[
    ("JAP", "JPN"),
    ("ITL", "ITA"),
    ("VTN", "VNM"),
    ("UK", "GBR"),
    ("GMW", "DEU"),
    ("GME", "DEU"),
    ("ROM", "ROU"),
    ("ZAR", "COD"),
    ("DRC", "COD"),
    ("BUR", "MMR"),
    ("YUG", "SRB"),
    ("SER", "SRB"),
    ("TMP", "TLS"),
    ("PAL", "PSE"),
    ("WST", "WSM"),
    ("KOS", "XKX"),
    ("UNO", "IGO"),
    ("EUR", "IGO"),
    ("NATO", "IGO"),
    ("NAT", "IGO"),
    ("AFR", "IGO"),
    ("ASA", "IGO"),
];

/// Normalise a country or entity code to ISO 3166 alpha-3 (or `IGO`, `NGO`, ...).
pub fn normalise_code(code: &str) -> String {
    let up = code.trim().to_uppercase();
    if let Some((_, iso)) = CAMEO_TO_ISO.iter().find(|(c, _)| *c == up) {
        return (*iso).to_string();
    }
    // CAMEO compound codes ("USAGOV") start with the country.
    let head: String = up.chars().take(3).collect();
    CAMEO_TO_ISO
        .iter()
        .find(|(c, _)| *c == head)
        .map(|(_, iso)| (*iso).to_string())
        .unwrap_or(head)
}

/// Counts for one gold category.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CategoryStats {
    /// Gold records of this category.
    pub gold: usize,
    /// Records whose primary prediction is this category.
    pub predicted: usize,
    /// Records where both agree.
    pub correct: usize,
}

/// One gold record the coder got wrong, for error analysis.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    /// Gold record id.
    pub id: String,
    /// Gold category.
    pub gold: String,
    /// Primary predicted category, or `NONE`.
    pub predicted: String,
    /// Gold actor codes (normalised).
    pub gold_actor: Vec<String>,
    /// Predicted actor codes (normalised).
    pub predicted_actor: Vec<String>,
    /// Gold recipient codes (normalised).
    pub gold_recipient: Vec<String>,
    /// Predicted recipient codes (normalised).
    pub predicted_recipient: Vec<String>,
    /// Pattern of the primary event.
    pub pattern: String,
    /// The sentence.
    pub text: String,
}

/// The evaluation report: `Serialize` for `--json`, `Display` for a table.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Gold records read.
    pub records: usize,
    /// Records for which the coder produced at least one event.
    pub coded: usize,
    /// Primary category = gold category.
    pub category_correct: usize,
    /// `category_correct / records`.
    pub category_accuracy: f64,
    /// Records where some predicted event has the gold category.
    pub any_category: usize,
    /// `any_category / records`.
    pub any_category_recall: f64,
    /// Records with a gold actor code.
    pub actor_scored: usize,
    /// Of those, records whose primary actor code matches.
    pub actor_correct: usize,
    /// `actor_correct / actor_scored`.
    pub actor_accuracy: f64,
    /// Records with a gold recipient code.
    pub recipient_scored: usize,
    /// Of those, records whose primary recipient code matches.
    pub recipient_correct: usize,
    /// `recipient_correct / recipient_scored`.
    pub recipient_accuracy: f64,
    /// Predicted events whose category the gold record does not have.
    pub extra_events: usize,
    /// Total predicted events.
    pub predicted_events: usize,
    /// Per gold category counts.
    pub per_category: BTreeMap<String, CategoryStats>,
    /// Confusion table: gold category → primary predicted category (or `NONE`) → count.
    pub confusion: BTreeMap<String, BTreeMap<String, usize>>,
    /// Records whose category, actor or recipient was wrong.
    pub misses: Vec<Miss>,
}

fn codes_of(v: Option<&Value>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(Value::Array(items)) = v {
        for it in items {
            if let Some(c) = it.get("code").and_then(Value::as_str) {
                if !c.trim().is_empty() {
                    out.push(normalise_code(c));
                }
            }
        }
    }
    out
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Score `code_text` (which codes one sentence) on the gold file.
pub fn evaluate(gold: &Path, code_text: &dyn Fn(&str) -> Vec<Event>) -> Result<Report> {
    let text = std::fs::read_to_string(gold)
        .with_context(|| format!("reading gold file {}", gold.display()))?;
    let mut r = Report::default();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let rec: Value = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: not JSON", gold.display(), n + 1))?;
        let sentence = rec.get("text").and_then(Value::as_str).unwrap_or("");
        let gold_cat = rec
            .get("event_current")
            .or_else(|| rec.get("event"))
            .and_then(|v| match v {
                Value::String(s) => Some(s.clone()),
                Value::Array(a) => a.first().and_then(Value::as_str).map(str::to_string),
                _ => None,
            })
            .unwrap_or_default()
            .to_uppercase();
        let id = rec
            .get("id")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| format!("line {}", n + 1));
        let gold_actor = codes_of(rec.get("source").or_else(|| rec.get("actor")));
        let gold_rcp = codes_of(rec.get("target").or_else(|| rec.get("recipient")));

        let events = code_text(sentence);
        r.records += 1;
        r.predicted_events += events.len();
        r.extra_events += events.iter().filter(|e| e.category() != gold_cat).count();
        if !events.is_empty() {
            r.coded += 1;
        }
        if events.iter().any(|e| e.category() == gold_cat) {
            r.any_category += 1;
        }
        let primary = crate::primary_event(&events);
        let pred_cat = primary
            .map(|e| e.category().to_string())
            .unwrap_or_else(|| "NONE".to_string());
        let norm = |v: &[crate::record::Entity]| -> Vec<String> {
            v.iter()
                .filter_map(|e| e.code.as_deref().map(normalise_code))
                .collect()
        };
        let pred_actor = primary.map(|e| norm(&e.actor)).unwrap_or_default();
        // PLOVER lists every participant of a meeting as an actor; the GSR
        // records of that era put the second party in the recipient. A
        // participant after the first counts as that recipient.
        let pred_rcp = primary
            .map(|e| {
                let r = norm(&e.recipient);
                if r.is_empty() && e.category() == "CONSULT" && e.actor.len() > 1 {
                    norm(e.actor.get(1..).unwrap_or_default())
                } else {
                    r
                }
            })
            .unwrap_or_default();
        let hit = |g: &[String], p: &[String]| {
            let g: BTreeSet<_> = g.iter().collect();
            p.iter().any(|c| g.contains(c))
        };
        let cat_ok = pred_cat == gold_cat;
        if cat_ok {
            r.category_correct += 1;
        }
        let mut actor_ok = true;
        if !gold_actor.is_empty() {
            r.actor_scored += 1;
            actor_ok = hit(&gold_actor, &pred_actor);
            if actor_ok {
                r.actor_correct += 1;
            }
        }
        let mut rcp_ok = true;
        if !gold_rcp.is_empty() {
            r.recipient_scored += 1;
            rcp_ok = hit(&gold_rcp, &pred_rcp);
            if rcp_ok {
                r.recipient_correct += 1;
            }
        }
        let st = r.per_category.entry(gold_cat.clone()).or_default();
        st.gold += 1;
        if cat_ok {
            st.correct += 1;
        }
        r.per_category
            .entry(pred_cat.clone())
            .or_default()
            .predicted += 1;
        *r.confusion
            .entry(gold_cat.clone())
            .or_default()
            .entry(pred_cat.clone())
            .or_default() += 1;
        if !(cat_ok && actor_ok && rcp_ok) {
            r.misses.push(Miss {
                id,
                gold: gold_cat,
                predicted: pred_cat,
                gold_actor,
                predicted_actor: pred_actor,
                gold_recipient: gold_rcp,
                predicted_recipient: pred_rcp,
                pattern: primary.map(|e| e.pattern.clone()).unwrap_or_default(),
                text: sentence.to_string(),
            });
        }
    }
    r.category_accuracy = ratio(r.category_correct, r.records);
    r.any_category_recall = ratio(r.any_category, r.records);
    r.actor_accuracy = ratio(r.actor_correct, r.actor_scored);
    r.recipient_accuracy = ratio(r.recipient_correct, r.recipient_scored);
    Ok(r)
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pct = |x: f64| format!("{:5.1}%", 100.0 * x);
        writeln!(f, "records                     {:>6}", self.records)?;
        writeln!(f, "coded (>=1 event)           {:>6}", self.coded)?;
        writeln!(
            f,
            "category accuracy (primary) {}  ({}/{})",
            pct(self.category_accuracy),
            self.category_correct,
            self.records
        )?;
        writeln!(
            f,
            "any event has gold category {}  ({}/{})",
            pct(self.any_category_recall),
            self.any_category,
            self.records
        )?;
        writeln!(
            f,
            "actor code accuracy         {}  ({}/{})",
            pct(self.actor_accuracy),
            self.actor_correct,
            self.actor_scored
        )?;
        writeln!(
            f,
            "recipient code accuracy     {}  ({}/{})",
            pct(self.recipient_accuracy),
            self.recipient_correct,
            self.recipient_scored
        )?;
        writeln!(
            f,
            "events not in gold          {:>6}  (of {} predicted)",
            self.extra_events, self.predicted_events
        )?;
        writeln!(f)?;
        writeln!(
            f,
            "{:<10} {:>5} {:>5} {:>5} {:>7} {:>7}",
            "category", "gold", "pred", "ok", "recall", "prec"
        )?;
        for (c, s) in &self.per_category {
            writeln!(
                f,
                "{:<10} {:>5} {:>5} {:>5} {:>7} {:>7}",
                c,
                s.gold,
                s.predicted,
                s.correct,
                pct(ratio(s.correct, s.gold)),
                pct(ratio(s.correct, s.predicted))
            )?;
        }
        writeln!(f)?;
        writeln!(f, "confusion (gold row -> primary predicted: count)")?;
        for (g, row) in &self.confusion {
            let cells: Vec<String> = row.iter().map(|(p, n)| format!("{p}:{n}")).collect();
            writeln!(f, "{:<10} {}", g, cells.join("  "))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_normalise_to_iso3() {
        assert_eq!(normalise_code("JAP"), "JPN");
        assert_eq!(normalise_code("usa"), "USA");
        assert_eq!(normalise_code("USAGOV"), "USA");
        assert_eq!(normalise_code("UNO"), "IGO");
        assert_eq!(normalise_code("NGO"), "NGO");
    }

    #[test]
    fn scores_a_tiny_gold_file() {
        let dir = std::env::temp_dir().join(format!("dyad-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let gold = dir.join("g.jsonl");
        std::fs::write(
            &gold,
            concat!(
                r#"{"id":"a","text":"A hit B.","event_current":"ASSAULT","source":[{"code":"USA"}],"target":[{"code":"JAP"}]}"#,
                "\n",
                r#"{"id":"b","text":"nothing","event_current":"AGREE","source":[{"code":"FRA"}],"target":""}"#,
                "\n"
            ),
        )
        .unwrap();
        let code = |t: &str| -> Vec<Event> {
            if t.starts_with("A hit") {
                let mut e = crate::coder::tests_support::sample_event();
                e.actor[0].code = Some("USA".into());
                e.recipient[0].code = Some("JPN".into());
                vec![e]
            } else {
                Vec::new()
            }
        };
        let r = evaluate(&gold, &code).unwrap();
        assert_eq!(r.records, 2);
        assert_eq!(r.category_correct, 1);
        assert_eq!(r.actor_scored, 2);
        assert_eq!(r.actor_correct, 1);
        assert_eq!(r.recipient_scored, 1);
        assert_eq!(r.recipient_correct, 1);
        assert_eq!(r.confusion["AGREE"]["NONE"], 1);
        assert_eq!(r.misses.len(), 1);
        let table = r.to_string();
        assert!(table.contains("category accuracy"), "{table}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
