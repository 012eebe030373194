//! Flat rows handed to exporters (Parquet, CSV) and to table output.

use serde::Serialize;

/// One stored event mention (a coded record) as a flat row, with the
/// merged event it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MentionRow {
    /// The PLOVER record id (`{doc_id}-{sentence}-{n}`).
    pub id: String,
    /// The merged event this mention belongs to (store id).
    pub event_id: i64,
    /// The document's id as given by its input.
    pub doc_id: String,
    /// 0-based sentence index in the document.
    pub sentence: i64,
    /// Event date (YYYY-MM-DD), if any.
    pub date: Option<String>,
    /// How the date was found (`expression`, `context`, `document`, `unknown`).
    pub date_source: String,
    /// Publication date of the document (YYYY-MM-DD), if known.
    pub report_date: Option<String>,
    /// The outlet, if known.
    pub source: Option<String>,
    /// The article URL, if known.
    pub url: Option<String>,
    /// Actor country or organisation code.
    pub actor_code: Option<String>,
    /// Actor sector.
    pub actor_sector: Option<String>,
    /// Actor text as written.
    pub actor_text: String,
    /// Recipient code.
    pub recipient_code: Option<String>,
    /// Recipient sector.
    pub recipient_sector: Option<String>,
    /// Recipient text as written (empty when none).
    pub recipient_text: String,
    /// PLOVER category.
    pub category: String,
    /// PLOVER quad code (1..4).
    pub quad_code: i64,
    /// PLOVER event scale.
    pub event_scale: f64,
    /// Modes joined by `;`.
    pub mode: String,
    /// Auxiliary modes joined by `;`.
    pub aux_mode: String,
    /// The trigger words.
    pub trigger: String,
    /// The evidence sentence.
    pub text: String,
    /// The coder's confidence.
    pub confidence: f64,
    /// The pattern that fired.
    pub pattern: String,
}
