//! The sixteen PLOVER event categories, their modes, quad categories and
//! conflict/cooperation scores, as the PLOVER manual defines them.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A PLOVER event category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Category {
    /// Agree to, offer, promise or indicate willingness to cooperate.
    Agree,
    /// Consultations and meetings, visits, phone calls.
    Consult,
    /// Verbal, non-material support: praise, endorse, recognise, sign.
    Support,
    /// Verbal concessions without immediate material consequences.
    Concede,
    /// Mutual material cooperation or exchange.
    Cooperate,
    /// Material aid that benefits the recipient.
    Aid,
    /// Material de-escalation: withdraw, release, disarm, ceasefire, access, resign.
    Retreat,
    /// Requests, demands and orders.
    Request,
    /// Disapprove, accuse, allege, investigate.
    Accuse,
    /// Rejections and refusals.
    Reject,
    /// Threats.
    Threaten,
    /// Civilian demonstrations and collective protest actions.
    Protest,
    /// Reductions of existing relations.
    Sanction,
    /// Military or police moves short of force.
    Mobilize,
    /// Repression and coercion short of violence.
    Coerce,
    /// Deliberate actions that can cause substantial physical harm.
    Assault,
}

/// The four quad categories of the manual ("Quad category" of each section).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quad {
    /// Verbal cooperation (quad code 1).
    VerbalCooperation,
    /// Material cooperation (quad code 2).
    MaterialCooperation,
    /// Verbal conflict (quad code 3).
    VerbalConflict,
    /// Material conflict (quad code 4).
    MaterialConflict,
}

impl Quad {
    /// The numeric `quad_code` of the PLOVER JSON record (1–4).
    pub fn code(self) -> u8 {
        match self {
            Quad::VerbalCooperation => 1,
            Quad::MaterialCooperation => 2,
            Quad::VerbalConflict => 3,
            Quad::MaterialConflict => 4,
        }
    }

    /// Human-readable name ("material conflict").
    pub fn as_str(self) -> &'static str {
        match self {
            Quad::VerbalCooperation => "verbal cooperation",
            Quad::MaterialCooperation => "material cooperation",
            Quad::VerbalConflict => "verbal conflict",
            Quad::MaterialConflict => "material conflict",
        }
    }
}

impl Category {
    /// The manual's "Requires recipient: Yes" (AID, COOPERATE, SANCTION):
    /// without one the record is incomplete.
    pub fn requires_recipient(self) -> bool {
        matches!(
            self,
            Category::Aid | Category::Cooperate | Category::Sanction
        )
    }

    /// All categories in the manual's order.
    pub const ALL: [Category; 16] = [
        Category::Agree,
        Category::Consult,
        Category::Support,
        Category::Concede,
        Category::Cooperate,
        Category::Aid,
        Category::Retreat,
        Category::Request,
        Category::Accuse,
        Category::Reject,
        Category::Threaten,
        Category::Protest,
        Category::Sanction,
        Category::Mobilize,
        Category::Coerce,
        Category::Assault,
    ];

    /// The PLOVER spelling (`AGREE`, `ASSAULT`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Agree => "AGREE",
            Category::Consult => "CONSULT",
            Category::Support => "SUPPORT",
            Category::Concede => "CONCEDE",
            Category::Cooperate => "COOPERATE",
            Category::Aid => "AID",
            Category::Retreat => "RETREAT",
            Category::Request => "REQUEST",
            Category::Accuse => "ACCUSE",
            Category::Reject => "REJECT",
            Category::Threaten => "THREATEN",
            Category::Protest => "PROTEST",
            Category::Sanction => "SANCTION",
            Category::Mobilize => "MOBILIZE",
            Category::Coerce => "COERCE",
            Category::Assault => "ASSAULT",
        }
    }

    /// Parse the PLOVER spelling (case-insensitive).
    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL
            .iter()
            .copied()
            .find(|c| c.as_str().eq_ignore_ascii_case(s))
    }

    /// The quad category the manual gives for this category.
    pub fn quad(self) -> Quad {
        use Category::*;
        match self {
            Agree | Consult | Support | Concede => Quad::VerbalCooperation,
            Cooperate | Aid | Retreat => Quad::MaterialCooperation,
            Request | Accuse | Reject | Threaten => Quad::VerbalConflict,
            Protest | Sanction | Mobilize | Coerce | Assault => Quad::MaterialConflict,
        }
    }

    /// The modes the manual defines for this category (REQUEST and REJECT
    /// share theirs). Patterns may only use these.
    pub fn modes(self) -> &'static [&'static str] {
        use Category::*;
        match self {
            Agree | Support | Concede | Cooperate | Aid => &[],
            Consult => &["visit", "third-party", "multilateral", "phone"],
            Retreat => &[
                "withdraw",
                "release",
                "disarm",
                "ceasefire",
                "access",
                "resign",
            ],
            Request | Reject => &["assist", "change", "yield", "meet"],
            Accuse => &["disapprove", "investigate", "allege"],
            Threaten => &[
                "restrict",
                "arrest",
                "relations",
                "expel",
                "territory",
                "violence",
            ],
            Protest => &[
                "demo",
                "riot",
                "strike",
                "hunger",
                "boycott",
                "obstruct",
                "vandalize",
            ],
            Sanction => &["convict", "expel", "withdraw", "discontinue"],
            Mobilize => &["troops", "weapons", "police", "militia"],
            Coerce => &[
                "seize",
                "restrict",
                "censor",
                "curfew",
                "martial-law",
                "arrest",
                "deport",
                "withhold",
                "misinformation",
                "cyber",
            ],
            Assault => &[
                "abduct",
                "beat",
                "torture",
                "sexual",
                "targeted",
                "destroy",
                "primitive",
                "firearms",
                "explosives",
                "suicide-attack",
                "aerial",
                "drone",
                "heavy-weapons",
                "crowd-control",
                "unconventional",
            ],
        }
    }

    /// The PLOVER conflict/cooperation score of the manual's score table for
    /// this category and mode (the category's own score when the mode has none).
    pub fn score(self, mode: Option<&str>) -> f64 {
        use Category::*;
        let by_mode = match (self, mode.unwrap_or("")) {
            (Consult, "visit") | (Consult, "multilateral") => Some(4.0),
            (Consult, "third-party") => Some(1.0),
            (Consult, "phone") => Some(1.5),
            (Retreat, "withdraw") => Some(8.0),
            (Retreat, "disarm") => Some(10.0),
            (Retreat, "ceasefire") => Some(7.5),
            (Retreat, "resign") => Some(4.5),
            (Request, "assist") => Some(0.5),
            (Request, "change") | (Request, "yield") => Some(-1.0),
            (Accuse, "disapprove") => Some(-2.0),
            (Accuse, "investigate") | (Accuse, "allege") => Some(-3.5),
            (Reject, "assist") => Some(-1.5),
            (Threaten, "restrict") => Some(-3.0),
            (Threaten, "territory") => Some(-4.0),
            (Protest, "riot") => Some(-7.0),
            (Protest, "hunger") | (Protest, "boycott") | (Protest, "obstruct") => Some(-4.5),
            (Sanction, "expel") => Some(-5.5),
            (Mobilize, "troops") | (Mobilize, "weapons") => Some(-6.5),
            (Mobilize, "militia") => Some(-6.0),
            (Coerce, "censor") | (Coerce, "curfew") | (Coerce, "misinformation") => Some(-6.5),
            (Coerce, "martial-law") => Some(-7.5),
            (Assault, "abduct") | (Assault, "torture") | (Assault, "sexual") => Some(-8.5),
            (Assault, "destroy") => Some(-8.5),
            (Assault, "beat") | (Assault, "crowd-control") => Some(-7.5),
            (Assault, "targeted") | (Assault, "suicide-attack") => Some(-9.5),
            (Assault, "aerial") | (Assault, "drone") | (Assault, "heavy-weapons") => Some(-9.5),
            (Assault, "primitive") => Some(-8.0),
            (Assault, "unconventional") => Some(-10.0),
            _ => None,
        };
        by_mode.unwrap_or(match self {
            Agree | Consult => 2.5,
            Support => 5.0,
            Concede => 4.5,
            Cooperate => 9.5,
            Aid => 10.0,
            Retreat => 6.5,
            Request => 0.0,
            // The manual's table prints +3 for ACCUSE, evidently a sign slip:
            // every ACCUSE mode is negative and ACCUSE is verbal conflict.
            Accuse => -3.0,
            Reject => -2.0,
            Threaten => -3.5,
            Protest => -5.0,
            Sanction => -6.0,
            Mobilize => -5.5,
            Coerce => -7.0,
            Assault => -9.0,
        })
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_round_trip_and_have_quads() {
        for c in Category::ALL {
            assert_eq!(Category::parse(c.as_str()), Some(c));
        }
        assert_eq!(Category::parse("assault"), Some(Category::Assault));
        assert_eq!(Category::parse("FIGHT"), None);
        assert_eq!(Category::Assault.quad(), Quad::MaterialConflict);
        assert_eq!(Category::Aid.quad().code(), 2);
        assert_eq!(Category::Threaten.quad().as_str(), "verbal conflict");
    }

    #[test]
    fn scores_follow_the_manual_table() {
        assert_eq!(Category::Consult.score(Some("visit")), 4.0);
        assert_eq!(Category::Consult.score(None), 2.5);
        assert_eq!(Category::Assault.score(Some("unconventional")), -10.0);
        assert!(Category::Accuse.score(None) < 0.0);
    }
}
