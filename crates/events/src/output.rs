//! Which coded candidates become output records.
//!
//! The matcher proposes every event its patterns find, each with a
//! confidence. An analyst wants records that are right, so by default only
//! candidates whose actor resolved to a code, that are not negated ("did
//! *not* attack": nothing happened, so PLOVER has no event) nor only
//! possible ("could attack", "plans to attack": `hypothetical`, nothing
//! happened yet) and whose confidence reaches a threshold are written; `--all` (or a lower
//! `--min-confidence`) shows the rest. The default threshold is the confidence model's own
//! ([`crate::ConfidenceModel::threshold`]), chosen by cross-validation on
//! the tuning part of the whole-article gold (`docs/events.md`).

use crate::record::Event;

/// The confidence threshold of the default output: the built-in confidence
/// model's, chosen on `data/gold/wikinews-tune.jsonl` so that precision
/// stays high.
pub fn default_min_confidence() -> f32 {
    crate::ConfidenceModel::builtin().map_or(0.5, |m| m.threshold)
}

/// A filter over coded candidates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OutputPolicy {
    /// Candidates below this confidence are dropped.
    pub min_confidence: f32,
    /// Drop candidates whose actor has no country or organisation code.
    pub require_actor_code: bool,
    /// Keep candidates whose trigger is negated (`negation` in
    /// `aux_mode`): an event that did not happen.
    pub keep_negated: bool,
    /// Keep candidates marked `hypothetical` in `aux_mode`: an act that
    /// is only possible, proposed, planned or conditional.
    pub keep_hypothetical: bool,
}

impl Default for OutputPolicy {
    /// What `dyad code` writes unless told otherwise.
    fn default() -> Self {
        OutputPolicy {
            min_confidence: default_min_confidence(),
            require_actor_code: true,
            keep_negated: false,
            keep_hypothetical: false,
        }
    }
}

impl OutputPolicy {
    /// Every candidate the matcher proposed.
    pub fn all() -> Self {
        OutputPolicy {
            min_confidence: 0.0,
            require_actor_code: false,
            keep_negated: true,
            keep_hypothetical: true,
        }
    }

    /// True when the candidate is written.
    pub fn keeps(&self, e: &Event) -> bool {
        if self.require_actor_code && !e.actor.iter().any(|a| a.code.is_some()) {
            return false;
        }
        if !self.keep_negated && e.aux_mode.iter().any(|m| m == "negation") {
            return false;
        }
        if !self.keep_hypothetical && e.aux_mode.iter().any(|m| m == "hypothetical") {
            return false;
        }
        e.confidence >= self.min_confidence
    }

    /// Keep only the candidates this policy writes.
    pub fn apply(&self, events: &mut Vec<Event>) {
        events.retain(|e| self.keeps(e));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coder::tests_support::sample_event;

    #[test]
    fn default_drops_unresolved_actors_and_low_confidence() {
        let mut e = sample_event();
        let p = OutputPolicy {
            min_confidence: 0.5,
            require_actor_code: true,
            keep_negated: false,
            keep_hypothetical: false,
        };
        assert!(p.keeps(&e));
        e.aux_mode.push("negation".to_string());
        assert!(!p.keeps(&e));
        assert!(OutputPolicy::all().keeps(&e));
        e.aux_mode = vec!["hypothetical".to_string()];
        assert!(!p.keeps(&e));
        assert!(OutputPolicy::all().keeps(&e));
        let with_possible = OutputPolicy {
            keep_hypothetical: true,
            ..p
        };
        assert!(with_possible.keeps(&e));
        e.aux_mode = vec!["historical".to_string(), "future".to_string()];
        assert!(p.keeps(&e));
        e.aux_mode.clear();
        e.confidence = 0.4;
        assert!(!p.keeps(&e));
        assert!(OutputPolicy::all().keeps(&e));
        e.confidence = 0.9;
        e.actor[0].code = None;
        assert!(!p.keeps(&e));
        assert!(OutputPolicy::all().keeps(&e));
    }
}
