//! TimeML files and the TempEval-3 time expression measures.
//!
//! A TimeML file holds the raw article inside `<TEXT>` with inline markup;
//! the gold time expressions are its `<TIMEX3>` elements and the document
//! creation time is the `<TIMEX3>` inside `<DCT>`. [`parse`] strips the
//! markup and keeps the gold expressions as byte spans of the stripped text,
//! which is exactly the text the recogniser sees.
//!
//! Scoring follows the TempEval-3 scorer: a strict match is an identical
//! span, a relaxed match any overlap; type and value are judged over relaxed
//! matches, and their F1 is accuracy × relaxed precision and recall.

use crate::{tag_document, Timex};
use anyhow::Context;
use chrono::NaiveDate;
use dyad_core::{DateSource, Document, Span};
use serde::Serialize;
use std::fmt;
use std::path::Path;

/// One gold TIMEX3.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldTimex {
    /// Bytes in [`TimemlDoc::text`].
    pub span: Span,
    /// The TIMEX3 `type` attribute (`DATE`, `TIME`, `DURATION`, `SET`).
    pub kind: String,
    /// The TIMEX3 `value` attribute.
    pub value: String,
}

/// A parsed TimeML document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TimemlDoc {
    /// `<DOCID>`, else empty.
    pub id: String,
    /// The document creation time, from `<DCT>`.
    pub dct: Option<NaiveDate>,
    /// The text of `<TEXT>` with markup removed and entities decoded.
    pub text: String,
    /// Gold expressions in order.
    pub gold: Vec<GoldTimex>,
}

/// Decode the five XML entities and numeric references; unknown ones stay
/// as written.
fn decode_entity(ent: &str) -> Option<char> {
    Some(match ent {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let num = ent.strip_prefix('#')?;
            let code = match num.strip_prefix('x').or_else(|| num.strip_prefix('X')) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)?
        }
    })
}

/// Attribute `name="..."` of a tag's inner text.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let at = tag.find(&key)? + key.len();
    let rest = tag.get(at..)?;
    rest.get(..rest.find('"')?)
}

/// Parse a TimeML file's contents.
pub fn parse(src: &str) -> anyhow::Result<TimemlDoc> {
    let id = src
        .find("<DOCID>")
        .and_then(|s| {
            let rest = src.get(s + 7..)?;
            Some(rest.get(..rest.find("</DOCID>")?)?.trim().to_string())
        })
        .unwrap_or_default();
    let dct = src.find("<DCT>").and_then(|s| {
        let rest = src.get(s..)?;
        let v = attr(rest, "value")?;
        NaiveDate::parse_from_str(v.get(0..10)?, "%Y-%m-%d").ok()
    });
    let start = src.find("<TEXT>").context("no <TEXT> element")? + "<TEXT>".len();
    let end = src
        .get(start..)
        .and_then(|r| r.find("</TEXT>"))
        .context("no </TEXT>")?
        + start;
    let body = src.get(start..end).unwrap_or("");

    let mut text = String::with_capacity(body.len());
    let mut gold = Vec::new();
    let mut open: Option<(usize, String, String)> = None;
    let mut rest = body;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let Some(close) = rest.find('>') else {
                text.push_str(rest);
                break;
            };
            let tag = rest.get(1..close).unwrap_or("");
            if tag.starts_with("TIMEX3") {
                let kind = attr(tag, "type").unwrap_or("").to_string();
                let value = attr(tag, "value").unwrap_or("").to_string();
                open = Some((text.len(), kind, value));
            } else if tag.starts_with("/TIMEX3") {
                if let Some((s, kind, value)) = open.take() {
                    gold.push(GoldTimex {
                        span: Span::new(s, text.len()),
                        kind,
                        value,
                    });
                }
            }
            rest = rest.get(close + 1..).unwrap_or("");
        } else if c == '&' {
            let semi = rest.get(..12.min(rest.len())).and_then(|r| r.find(';'));
            match semi.and_then(|k| decode_entity(rest.get(1..k)?).map(|ch| (k, ch))) {
                Some((k, ch)) => {
                    text.push(ch);
                    rest = rest.get(k + 1..).unwrap_or("");
                }
                None => {
                    text.push('&');
                    rest = rest.get(1..).unwrap_or("");
                }
            }
        } else {
            text.push(c);
            rest = rest.get(c.len_utf8()..).unwrap_or("");
        }
    }
    Ok(TimemlDoc {
        id,
        dct,
        text,
        gold,
    })
}

/// The TempEval-3 time expression measures (percentages, 0–100).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Scores {
    /// Documents scored.
    pub docs: usize,
    /// Gold expressions.
    pub gold: usize,
    /// System expressions.
    pub system: usize,
    /// Exact-span precision.
    pub strict_precision: f64,
    /// Exact-span recall.
    pub strict_recall: f64,
    /// Exact-span F1.
    pub strict_f1: f64,
    /// Overlap precision.
    pub relaxed_precision: f64,
    /// Overlap recall.
    pub relaxed_recall: f64,
    /// Overlap F1.
    pub relaxed_f1: f64,
    /// Share of relaxed matches with the right type.
    pub type_accuracy: f64,
    /// Type F1 (type accuracy × relaxed P and R).
    pub type_f1: f64,
    /// Share of relaxed matches with the right value.
    pub value_accuracy: f64,
    /// Value precision (value accuracy × relaxed precision).
    pub value_precision: f64,
    /// Value recall (value accuracy × relaxed recall).
    pub value_recall: f64,
    /// Value F1: the headline TempEval-3 figure.
    pub value_f1: f64,
}

impl fmt::Display for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "documents        {}", self.docs)?;
        writeln!(f, "gold / system    {} / {}", self.gold, self.system)?;
        writeln!(
            f,
            "strict   P {:5.1}  R {:5.1}  F1 {:5.1}",
            self.strict_precision, self.strict_recall, self.strict_f1
        )?;
        writeln!(
            f,
            "relaxed  P {:5.1}  R {:5.1}  F1 {:5.1}",
            self.relaxed_precision, self.relaxed_recall, self.relaxed_f1
        )?;
        writeln!(
            f,
            "type     accuracy {:5.1}  F1 {:5.1}",
            self.type_accuracy, self.type_f1
        )?;
        write!(
            f,
            "value    accuracy {:5.1}  P {:5.1}  R {:5.1}  F1 {:5.1}",
            self.value_accuracy, self.value_precision, self.value_recall, self.value_f1
        )
    }
}

/// Running counts behind [`Scores`].
#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    docs: usize,
    gold: usize,
    system: usize,
    strict: usize,
    relaxed: usize,
    kind_ok: usize,
    value_ok: usize,
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Counts {
    fn scores(&self) -> Scores {
        let sp = pct(self.strict, self.system);
        let sr = pct(self.strict, self.gold);
        let rp = pct(self.relaxed, self.system);
        let rr = pct(self.relaxed, self.gold);
        let ta = pct(self.kind_ok, self.relaxed);
        let va = pct(self.value_ok, self.relaxed);
        let (vp, vr) = (va * rp / 100.0, va * rr / 100.0);
        Scores {
            docs: self.docs,
            gold: self.gold,
            system: self.system,
            strict_precision: sp,
            strict_recall: sr,
            strict_f1: f1(sp, sr),
            relaxed_precision: rp,
            relaxed_recall: rr,
            relaxed_f1: f1(rp, rr),
            type_accuracy: ta,
            type_f1: f1(ta * rp / 100.0, ta * rr / 100.0),
            value_accuracy: va,
            value_precision: vp,
            value_recall: vr,
            value_f1: f1(vp, vr),
        }
    }
}

/// One disagreement between the system and the gold, for error analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diff {
    /// Document id.
    pub doc: String,
    /// `missed` (gold only), `spurious` (system only), `value` or `span`.
    pub what: &'static str,
    /// Gold text and value, when there is a gold side.
    pub gold: Option<(String, String)>,
    /// System text, value and rule, when there is a system side.
    pub system: Option<(String, String, String)>,
    /// The document creation time.
    pub dct: Option<NaiveDate>,
}

/// Compare one document's system output with its gold; adds to `c` and
/// reports each disagreement to `sink`.
fn compare(doc: &TimemlDoc, sys: &[Timex], c: &mut Counts, sink: &mut dyn FnMut(Diff)) {
    c.docs += 1;
    c.gold += doc.gold.len();
    c.system += sys.len();
    let mut used = vec![false; sys.len()];
    let text = |s: Span| s.slice(&doc.text).to_string();
    for g in &doc.gold {
        // Prefer an exact match, then the first overlap.
        let exact = sys
            .iter()
            .enumerate()
            .position(|(k, t)| !used[k] && t.span == g.span);
        let pick = exact.or_else(|| {
            sys.iter()
                .enumerate()
                .position(|(k, t)| !used[k] && t.span.overlaps(g.span))
        });
        let Some(k) = pick else {
            sink(Diff {
                doc: doc.id.clone(),
                what: "missed",
                gold: Some((text(g.span), g.value.clone())),
                system: None,
                dct: doc.dct,
            });
            continue;
        };
        let Some(t) = sys.get(k) else { continue };
        used[k] = true;
        c.relaxed += 1;
        if t.span == g.span {
            c.strict += 1;
        }
        if t.kind.as_str() == g.kind {
            c.kind_ok += 1;
        }
        let value_ok = t.value == g.value;
        if value_ok {
            c.value_ok += 1;
        }
        if !value_ok || t.span != g.span {
            sink(Diff {
                doc: doc.id.clone(),
                what: if value_ok { "span" } else { "value" },
                gold: Some((text(g.span), g.value.clone())),
                system: Some((t.text.clone(), t.value.clone(), t.rule.clone())),
                dct: doc.dct,
            });
        }
    }
    for (k, t) in sys.iter().enumerate() {
        if !used[k] {
            sink(Diff {
                doc: doc.id.clone(),
                what: "spurious",
                gold: None,
                system: Some((t.text.clone(), t.value.clone(), t.rule.clone())),
                dct: doc.dct,
            });
        }
    }
}

/// Score the recogniser on every `*.tml` file in `dir`.
///
/// `annotate` segments (and ideally parses) each document; the document date
/// is the file's DCT.
pub fn evaluate_dir(dir: &Path, annotate: &dyn Fn(&mut Document)) -> anyhow::Result<Scores> {
    evaluate_dir_with(dir, annotate, &mut |_| {})
}

/// [`evaluate_dir`], also reporting every disagreement to `sink`.
pub fn evaluate_dir_with(
    dir: &Path,
    annotate: &dyn Fn(&mut Document),
    sink: &mut dyn FnMut(Diff),
) -> anyhow::Result<Scores> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tml"))
        .collect();
    files.sort();
    if files.is_empty() {
        anyhow::bail!("no .tml files in {}", dir.display());
    }
    let mut c = Counts::default();
    for path in files {
        let src = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let td = parse(&src).with_context(|| format!("parsing {}", path.display()))?;
        let mut doc = Document::new(td.id.clone(), td.text.clone());
        doc.date = td.dct;
        doc.date_source = if td.dct.is_some() {
            DateSource::Metadata
        } else {
            DateSource::Unknown
        };
        annotate(&mut doc);
        let sys = tag_document(&doc);
        compare(&td, &sys, &mut c, sink);
    }
    Ok(c.scores())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>
<TEXT>
Bombs <EVENT eid="e1">exploded</EVENT> &amp; killed people <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
</TimeML>"#;

    #[test]
    fn parses_text_dct_and_gold_spans() {
        let d = parse(SAMPLE).unwrap();
        assert_eq!(d.id, "X1");
        assert_eq!(d.dct, NaiveDate::from_ymd_opt(1998, 8, 7));
        assert!(d.text.contains("exploded & killed"));
        assert_eq!(d.gold.len(), 2);
        assert_eq!(d.gold[0].span.slice(&d.text), "Friday");
        assert_eq!(d.gold[1].value, "P3D");
        assert_eq!(d.gold[1].span.slice(&d.text), "three days");
    }

    #[test]
    fn scores_follow_tempeval3_definitions() {
        let d = parse(SAMPLE).unwrap();
        let mut doc = Document::new("X1", d.text.clone());
        doc.date = d.dct;
        crate::segment::simple_segment(&mut doc);
        let sys = tag_document(&doc);
        let mut c = Counts::default();
        let mut diffs = Vec::new();
        compare(&d, &sys, &mut c, &mut |x| diffs.push(x));
        let s = c.scores();
        assert_eq!(s.gold, 2);
        assert!((s.value_f1 - 100.0).abs() < 1e-9, "{s:?} {diffs:?}");
        // A wrong value halves value accuracy but not the span measures.
        let mut wrong = sys.clone();
        wrong[0].value = "1998-08-08".into();
        let mut c = Counts::default();
        compare(&d, &wrong, &mut c, &mut |_| {});
        let s = c.scores();
        assert!((s.relaxed_f1 - 100.0).abs() < 1e-9);
        assert!((s.value_accuracy - 50.0).abs() < 1e-9);
        assert!((s.value_f1 - 50.0).abs() < 1e-9);
    }

    #[test]
    fn malformed_input_is_an_error_not_a_panic() {
        assert!(parse("no text here").is_err());
        let d = parse("<TEXT>a <TIMEX3 type=\"DATE\">b &bogus; &#233; <</TEXT>").unwrap();
        assert!(d.text.contains("&bogus;"));
        assert!(d.text.contains('é'));
    }
}
