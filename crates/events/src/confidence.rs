//! How much to trust a coded event: a logistic model over what the matcher
//! saw, trained on the tuning part of the whole-article gold.
//!
//! The matcher proposes candidates; each carries [`Signals`]: how the
//! trigger was found (verb, event noun, light verb), how its actor and
//! recipient were found (from the tree, borrowed from the sentence, by
//! coreference or from the article's context), whether it sits in a
//! quotation, a reported clause, a relative clause or a background adjunct,
//! and its auxiliary modes. [`ConfidenceModel::score`] turns them into a
//! probability that the record is right (sentence, actor country, category
//! and recipient country all as a careful coder would have them).
//!
//! The model is data: `models/confidence.json`, embedded in the binary and
//! retrained by `dyad train confidence --gold data/gold/wikinews-tune.jsonl
//! --out models/confidence.json`. Its `threshold` is the default output
//! cut, chosen by cross-validation on the tuning articles so that precision
//! stays high; `docs/events.md` gives the precision/recall table.

use crate::record::Event;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// What the matcher saw when it proposed an event; the inputs of the
/// confidence model. Not part of the PLOVER record.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Signals {
    /// Trigger part of speech: `verb`, `noun` or `adj`.
    pub pos: &'static str,
    /// An event noun carried by a support verb ("held *talks*").
    pub light_verb: bool,
    /// The pattern's object constraint was satisfied ("fired *missiles*").
    pub theme_constrained: bool,
    /// The pattern's hand-set confidence.
    pub prior: f32,
    /// How the actor was found: `tree`, `borrowed` (nearest mention before
    /// the trigger), `content` (from an embedded event) or `none`.
    pub actor_via: &'static str,
    /// How the recipient was found: `tree`, `surface` (first mention after
    /// the trigger), `inherited` (from a sibling event), `prior` (the event
    /// responded to), `content` (from an embedded event) or `none`.
    pub recipient_via: &'static str,
    /// Depth of the trigger below the sentence root.
    pub depth: u8,
    /// The trigger is inside quotation marks.
    pub in_quote: bool,
    /// The trigger is in the complement of a reporting verb ("X said Y ...").
    pub reported: bool,
    /// A reporting clause after another event ("..., a group charged").
    pub demoted: bool,
    /// An event noun inside a temporal, causal or locative adjunct
    /// ("*after* the attack", "*during* the summit").
    pub adjunct: bool,
    /// The trigger is inside a relative clause.
    pub relative: bool,
    /// The trigger is the subject of its clause or inside it.
    pub subject_position: bool,
    /// Index of the sentence in the document.
    pub sentence_index: usize,
    /// Tokens in the sentence.
    pub sentence_tokens: usize,
    /// Candidates proposed in the same sentence.
    pub events_in_sentence: usize,
    /// The matcher's own estimate of how central the event is to its
    /// sentence (pattern prior, lowered for depth, auxiliary modes and an
    /// unresolved actor): what picks a sentence's main event.
    pub salience: f32,
}

/// Codes of entities that are not states.
fn non_state(code: &str) -> bool {
    matches!(code, "IGO" | "NGO" | "ISM" | "IMG" | "MNC" | "UNO" | "EUR")
}

fn is_pronoun(text: &str) -> bool {
    matches!(
        text.to_lowercase().as_str(),
        "he" | "she" | "it" | "they" | "his" | "her" | "its" | "their" | "him" | "them"
    )
}

fn is_first_person(text: &str) -> bool {
    matches!(
        text.to_lowercase().as_str(),
        "i" | "we" | "us" | "our" | "my" | "me" | "you" | "your" | "let's"
    )
}

/// The named features of an event, with their values.
pub fn features(e: &Event) -> Vec<(String, f64)> {
    let s = e.signals.clone().unwrap_or_default();
    let mut f: Vec<(String, f64)> = Vec::with_capacity(40);
    let mut on = |name: String| f.push((name, 1.0));
    on("bias".into());
    // Structure only: no weight per category or pattern. The tuning gold
    // holds too few aid or threat events to learn what those are worth,
    // and a weight learnt from a handful would tell on other news; the
    // pattern's own prior stands in for its vocabulary.
    on(format!("pos={}", s.pos));
    if s.light_verb {
        on("light_verb".into());
    }
    if s.theme_constrained {
        on("theme_constrained".into());
    }
    let actor = e.actor.first();
    on(format!(
        "actor={}",
        actor.map_or("none", |a| a.resolution.as_str())
    ));
    on(format!("actor_via={}", s.actor_via));
    // A borrowed actor is a fair guess for a verb whose subject the parse
    // lost, a poor one for an event noun.
    on(format!("actor_via={}&pos={}", s.actor_via, s.pos));
    on(format!(
        "rcp_via={}&verbal={}",
        s.recipient_via,
        matches!(e.quad_code, 1 | 3)
    ));
    if !e.actor.iter().any(|a| a.code.is_some()) {
        on("actor_code=none".into());
    }
    if e.actor
        .iter()
        .any(|a| a.code.as_deref().is_some_and(non_state))
    {
        on("actor_nonstate".into());
    }
    if actor.is_some_and(|a| is_pronoun(&a.entity_text)) {
        on("actor_pronoun".into());
    }
    if actor.is_some_and(|a| is_first_person(&a.entity_text)) {
        on("actor_first_person".into());
    }
    if e.actor.len() > 1 {
        on("actor_compound".into());
    }
    let rcp = e.recipient.first();
    on(format!(
        "rcp={}",
        rcp.map_or("none", |a| a.resolution.as_str())
    ));
    on(format!("rcp_via={}", s.recipient_via));
    if let (Some(a), Some(r)) = (
        actor.and_then(|a| a.code.as_deref()),
        rcp.and_then(|r| r.code.as_deref()),
    ) {
        if a == r {
            on("same_country".into());
        }
    }
    for a in &e.aux_mode {
        on(format!("aux={a}"));
    }
    if s.depth == 0 {
        on("root".into());
    }
    if s.in_quote {
        on("in_quote".into());
    }
    if s.reported {
        on("reported".into());
    }
    if s.demoted {
        on("demoted".into());
    }
    if s.adjunct {
        on("adjunct".into());
    }
    if s.relative {
        on("relative".into());
    }
    if s.subject_position {
        on("subject_position".into());
    }
    if s.sentence_index < 2 {
        on("lede".into());
    }
    if s.sentence_tokens > 40 {
        on("long_sentence".into());
    }
    if s.events_in_sentence >= 3 {
        on("crowded".into());
    }
    f.push(("prior".into(), f64::from(s.prior)));
    f.push(("depth".into(), f64::from(s.depth.min(6)) / 6.0));
    f
}

/// A logistic model over [`features`].
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ConfidenceModel {
    /// Feature weights; a feature not listed weighs 0.
    pub weights: BTreeMap<String, f64>,
    /// Default output threshold on the model's probability.
    pub threshold: f32,
    /// How the model was made (command, data, date), for the record.
    #[serde(default)]
    pub provenance: String,
}

const BUILTIN_MODEL: &str = include_str!("../../../models/confidence.json");

impl ConfidenceModel {
    /// The committed model (`models/confidence.json`), parsed once.
    pub fn builtin() -> Result<&'static ConfidenceModel> {
        static MODEL: OnceLock<std::result::Result<ConfidenceModel, String>> = OnceLock::new();
        MODEL
            .get_or_init(|| serde_json::from_str(BUILTIN_MODEL).map_err(|e| format!("{e}")))
            .as_ref()
            .map_err(|e| anyhow::anyhow!("built-in confidence model: {e}"))
    }

    /// Read a model file.
    pub fn load(path: &std::path::Path) -> Result<ConfidenceModel> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading confidence model {}", path.display()))?;
        serde_json::from_str(&text)
            .with_context(|| format!("parsing confidence model {}", path.display()))
    }

    /// The probability that `e` is right.
    pub fn score(&self, e: &Event) -> f32 {
        self.score_features(&features(e)) as f32
    }

    /// The probability for a feature vector.
    pub fn score_features(&self, f: &[(String, f64)]) -> f64 {
        let z: f64 = f
            .iter()
            .map(|(k, v)| self.weights.get(k).copied().unwrap_or(0.0) * v)
            .sum();
        sigmoid(z)
    }

    /// Fit weights by L2-regularised logistic regression (full-batch
    /// gradient descent, deterministic). `samples` are feature vectors with
    /// their label (the record was right).
    pub fn fit(samples: &[(Vec<(String, f64)>, bool)], l2: f64, epochs: usize) -> ConfidenceModel {
        let mut index: BTreeMap<String, usize> = BTreeMap::new();
        for (f, _) in samples {
            for (k, _) in f {
                let n = index.len();
                index.entry(k.clone()).or_insert(n);
            }
        }
        let rows: Vec<(Vec<(usize, f64)>, f64)> = samples
            .iter()
            .map(|(f, y)| {
                (
                    f.iter()
                        .filter_map(|(k, v)| index.get(k).map(|&i| (i, *v)))
                        .collect(),
                    if *y { 1.0 } else { 0.0 },
                )
            })
            .collect();
        let bias = index.get("bias").copied();
        let mut w = vec![0.0f64; index.len()];
        let n = rows.len().max(1) as f64;
        let rate = 0.5;
        for _ in 0..epochs {
            let mut grad = vec![0.0f64; w.len()];
            for (x, y) in &rows {
                let z: f64 = x
                    .iter()
                    .map(|&(i, v)| w.get(i).copied().unwrap_or(0.0) * v)
                    .sum();
                let err = sigmoid(z) - y;
                for &(i, v) in x {
                    if let Some(g) = grad.get_mut(i) {
                        *g += err * v;
                    }
                }
            }
            for (i, (wi, gi)) in w.iter_mut().zip(&grad).enumerate() {
                let reg = if Some(i) == bias { 0.0 } else { l2 * *wi };
                *wi -= rate * (gi / n + reg);
            }
        }
        ConfidenceModel {
            weights: index
                .into_iter()
                .filter_map(|(k, i)| {
                    let v = w.get(i).copied().unwrap_or(0.0);
                    (v.abs() > 1e-4).then(|| (k, (v * 1e4).round() / 1e4))
                })
                .collect(),
            threshold: 0.5,
            provenance: String::new(),
        }
    }
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coder::tests_support::sample_event;

    #[test]
    fn builtin_model_parses() {
        let m = ConfidenceModel::builtin().unwrap();
        assert!((0.0..=1.0).contains(&m.threshold));
    }

    #[test]
    fn fit_learns_a_separable_signal() {
        let good = vec![("bias".to_string(), 1.0), ("actor=name".to_string(), 1.0)];
        let bad = vec![("bias".to_string(), 1.0), ("actor=none".to_string(), 1.0)];
        let mut samples = Vec::new();
        for _ in 0..20 {
            samples.push((good.clone(), true));
            samples.push((bad.clone(), false));
        }
        let m = ConfidenceModel::fit(&samples, 0.001, 500);
        assert!(m.score_features(&good) > 0.8, "{m:?}");
        assert!(m.score_features(&bad) < 0.2, "{m:?}");
    }

    #[test]
    fn features_name_the_evidence() {
        let mut e = sample_event();
        e.signals = Some(Signals {
            pos: "verb",
            actor_via: "tree",
            recipient_via: "tree",
            in_quote: true,
            ..Signals::default()
        });
        let names: Vec<String> = features(&e).into_iter().map(|(k, _)| k).collect();
        for want in ["pos=verb", "actor=name", "in_quote", "rcp_via=tree"] {
            assert!(
                names.iter().any(|n| n == want),
                "{want} missing from {names:?}"
            );
        }
    }
}
