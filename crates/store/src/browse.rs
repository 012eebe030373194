//! Reading a store document by document: what it holds in all, the list
//! of its documents, one document with its sentences, event mentions and
//! quotes, and the quotes by speaker. The explorer's document view and
//! its period control are built on these.

use crate::{Counts, Store, StoreError};
use serde::Serialize;
use std::time::{Duration, Instant};

/// How many SQLite virtual-machine steps pass between deadline checks.
const STEPS_PER_CHECK: i32 = 10_000;

/// What a store holds and the days it spans.
#[derive(Debug, Clone, Serialize)]
pub struct Overview {
    /// Row counts.
    pub counts: Counts,
    /// The earliest event day (its own date, else its first report).
    pub first_day: Option<String>,
    /// The latest event day.
    pub last_day: Option<String>,
    /// The earliest publication date of a document.
    pub first_report: Option<String>,
    /// The latest publication date.
    pub last_report: Option<String>,
}

/// A stored document, without its text.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentSummary {
    /// Store id.
    pub id: i64,
    /// The id it had in its input.
    pub doc_id: String,
    /// Title.
    pub title: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Outlet.
    pub source: Option<String>,
    /// Publication date.
    pub date: Option<String>,
    /// Store id of the first copy of its story (itself unless it is a
    /// near duplicate).
    pub story: i64,
    /// Sentences.
    pub n_sentences: i64,
    /// Event mentions coded from it.
    pub n_mentions: i64,
    /// Quotes found in it.
    pub n_quotes: i64,
}

/// One sentence's place in its document's text (byte offsets).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct SentenceSpan {
    /// 0-based index.
    pub index: i64,
    /// Start byte in the document text.
    pub start: i64,
    /// End byte (exclusive).
    pub end: i64,
}

/// An event mention as stored with its document.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentMention {
    /// The merged event it belongs to.
    pub event: i64,
    /// 0-based sentence index.
    pub sentence: i64,
    /// The PLOVER record as `dyad code` wrote it (spans are byte offsets
    /// in the document's text).
    pub record: Box<serde_json::value::RawValue>,
}

/// A document with everything coded from it.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentView {
    /// Its summary.
    #[serde(flatten)]
    pub summary: DocumentSummary,
    /// The text as stored (after reading and normalisation).
    pub text: String,
    /// Sentence boundaries in `text`.
    pub sentence_spans: Vec<SentenceSpan>,
    /// Event mentions, in sentence order.
    pub mentions: Vec<DocumentMention>,
    /// Quote records, in text order.
    pub quotes: Vec<Box<serde_json::value::RawValue>>,
}

/// A stored quote.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteView {
    /// Store id of the document it is in.
    pub doc: i64,
    /// `direct` or `indirect`.
    pub kind: String,
    /// The speaker's words as written.
    pub speaker: Option<String>,
    /// The speaker's actor code.
    pub speaker_code: Option<String>,
    /// The quote record as `dyad quotes` wrote it.
    pub record: Box<serde_json::value::RawValue>,
}

/// A stored JSON text as a raw value (`null` if it is not JSON).
fn raw(text: String) -> Box<serde_json::value::RawValue> {
    serde_json::value::RawValue::from_string(text).unwrap_or_default()
}

impl Store {
    /// Run `f` with a deadline: a query still running `limit` from now is
    /// stopped and `f` gets [`StoreError::TimedOut`].
    pub fn with_time_limit<T, E: From<StoreError>>(
        &mut self,
        limit: Duration,
        f: impl FnOnce(&Store) -> Result<T, E>,
    ) -> Result<T, E> {
        let deadline = Instant::now() + limit;
        self.conn
            .progress_handler(STEPS_PER_CHECK, Some(move || Instant::now() > deadline))
            .map_err(|e| self.err(e))?;
        let out = f(self);
        self.conn
            .progress_handler(STEPS_PER_CHECK, None::<fn() -> bool>)
            .map_err(|e| self.err(e))?;
        out
    }

    /// Counts and the days the events span.
    pub fn overview(&self) -> Result<Overview, StoreError> {
        let counts = self.counts()?;
        let (first_day, last_day) = self
            .conn()
            .query_row(
                "SELECT min(coalesce(date_first, first_report)),
                        max(coalesce(date_last, date_first, last_report, first_report))
                 FROM events",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(|e| self.err(e))?;
        let (first_report, last_report) = self
            .conn()
            .query_row("SELECT min(date), max(date) FROM documents", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .map_err(|e| self.err(e))?;
        Ok(Overview {
            counts,
            first_day,
            last_day,
            first_report,
            last_report,
        })
    }

    /// Documents, newest first, `limit` from `offset`.
    pub fn documents(
        &self,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<DocumentSummary>, StoreError> {
        let e = |e| self.err(e);
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT id, doc_key, title, url, source, date, story, n_sentences, n_mentions,
                        n_quotes
                 FROM documents ORDER BY date DESC, id DESC LIMIT ?1 OFFSET ?2",
            )
            .map_err(e)?;
        let rows = stmt
            .query_map(
                rusqlite::params![limit.max(1) as i64, offset as i64],
                summary,
            )
            .map_err(e)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(e)
    }

    /// Document `id` with its text, sentences, mentions and quotes; `None`
    /// if there is no such document.
    pub fn document(&self, id: i64) -> Result<Option<DocumentView>, StoreError> {
        let e = |e| self.err(e);
        let conn = self.conn();
        let found = conn
            .query_row(
                "SELECT id, doc_key, title, url, source, date, story, n_sentences, n_mentions,
                        n_quotes, text
                 FROM documents WHERE id = ?1",
                [id],
                |r| Ok((summary(r)?, r.get::<_, String>(10)?)),
            )
            .map(Some)
            .or_else(|err| match err {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                other => Err(other),
            })
            .map_err(e)?;
        let Some((summary, text)) = found else {
            return Ok(None);
        };
        let mut stmt = conn
            .prepare_cached("SELECT idx, start, end FROM sentences WHERE doc = ?1 ORDER BY idx")
            .map_err(e)?;
        let sentence_spans = stmt
            .query_map([id], |r| {
                Ok(SentenceSpan {
                    index: r.get(0)?,
                    start: r.get(1)?,
                    end: r.get(2)?,
                })
            })
            .map_err(e)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(e)?;
        let mut stmt = conn
            .prepare_cached(
                "SELECT event, sentence, record FROM mentions WHERE doc = ?1 ORDER BY sentence, id",
            )
            .map_err(e)?;
        let mentions = stmt
            .query_map([id], |r| {
                Ok(DocumentMention {
                    event: r.get(0)?,
                    sentence: r.get(1)?,
                    record: raw(r.get(2)?),
                })
            })
            .map_err(e)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(e)?;
        let mut stmt = conn
            .prepare_cached("SELECT record FROM quotes WHERE doc = ?1 ORDER BY id")
            .map_err(e)?;
        let quotes = stmt
            .query_map([id], |r| Ok(raw(r.get(0)?)))
            .map_err(e)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(e)?;
        Ok(Some(DocumentView {
            summary,
            text,
            sentence_spans,
            mentions,
            quotes,
        }))
    }

    /// Quotes, optionally only those whose speaker resolved to
    /// `speaker_code`, the most recently stored first.
    pub fn quotes(
        &self,
        speaker_code: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<QuoteView>, StoreError> {
        let e = |e| self.err(e);
        // Newest stored first: the speaker index is in that order already,
        // so no sort is needed however many quotes a speaker has.
        let sql = if speaker_code.is_some() {
            "SELECT doc, kind, speaker, speaker_code, record FROM quotes
             WHERE speaker_code = ?1 ORDER BY id DESC LIMIT ?2 OFFSET ?3"
        } else {
            "SELECT doc, kind, speaker, speaker_code, record FROM quotes
             WHERE ?1 IS NULL ORDER BY id DESC LIMIT ?2 OFFSET ?3"
        };
        let mut stmt = self.conn().prepare_cached(sql).map_err(e)?;
        let rows = stmt
            .query_map(
                rusqlite::params![
                    speaker_code.map(str::to_uppercase),
                    limit.max(1) as i64,
                    offset as i64
                ],
                |r| {
                    Ok(QuoteView {
                        doc: r.get(0)?,
                        kind: r.get(1)?,
                        speaker: r.get(2)?,
                        speaker_code: r.get(3)?,
                        record: raw(r.get(4)?),
                    })
                },
            )
            .map_err(e)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(e)
    }
}

/// A document summary from the first ten columns of a row.
fn summary(r: &rusqlite::Row<'_>) -> rusqlite::Result<DocumentSummary> {
    Ok(DocumentSummary {
        id: r.get(0)?,
        doc_id: r.get(1)?,
        title: r.get(2)?,
        url: r.get(3)?,
        source: r.get(4)?,
        date: r.get(5)?,
        story: r.get(6)?,
        n_sentences: r.get(7)?,
        n_mentions: r.get(8)?,
        n_quotes: r.get(9)?,
    })
}
