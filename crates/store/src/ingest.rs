//! Writing coded documents: exact duplicates skipped, near duplicates
//! linked, mentions merged into events.

use crate::merge;
use crate::minhash::{self, Signature};
use crate::{Store, StoreError};
use chrono::NaiveDate;
use dyad_core::Document;
use dyad_events::Event;
use dyad_quotes::Quote;
use rusqlite::{params, OptionalExtension};

/// Most stored documents compared with a new one for near duplication
/// (those sharing a band, oldest first): bounds the work on hubs of
/// boilerplate-heavy pages.
const MAX_CANDIDATES: usize = 64;

/// A coded document ready to be stored (built on the worker threads).
#[derive(Debug, Clone)]
pub struct PreparedDocument {
    doc_key: String,
    title: Option<String>,
    url: Option<String>,
    source: Option<String>,
    date: Option<String>,
    date_source: String,
    origin: String,
    text: String,
    sentences: Vec<(usize, usize)>,
    events: Vec<Event>,
    quotes: Vec<Quote>,
    hash: Vec<u8>,
    signature: Option<Signature>,
}

/// The identity of a document's content: its hash and normalised URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// [`minhash::content_hash`] of the text.
    pub hash: Vec<u8>,
    /// The URL without fragment or trailing slash, if any.
    pub url: Option<String>,
}

impl Identity {
    /// The identity of `doc`.
    pub fn of(doc: &Document) -> Identity {
        Identity {
            hash: minhash::content_hash(&doc.text),
            url: doc.url.as_deref().and_then(normalise_url),
        }
    }
}

/// A URL without its fragment, surrounding space and trailing slash;
/// `None` when empty.
fn normalise_url(url: &str) -> Option<String> {
    let url = url.trim();
    let url = url.split('#').next().unwrap_or(url);
    let url = url.trim_end_matches('/');
    (!url.is_empty()).then(|| url.to_string())
}

/// The host of a URL (`https://www.example.com/a` → `example.com`).
fn host(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1)?;
    let host = rest.split(['/', '?', ':']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

impl PreparedDocument {
    /// A segmented, coded document with its events and quotes.
    pub fn new(doc: &Document, events: Vec<Event>, quotes: Vec<Quote>) -> PreparedDocument {
        let id = Identity::of(doc);
        PreparedDocument {
            doc_key: doc.id.clone(),
            title: doc.title.clone(),
            url: id.url,
            source: doc.source.clone(),
            date: doc.date.map(|d| d.format("%Y-%m-%d").to_string()),
            date_source: serde_json::to_value(doc.date_source)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_else(|| "unknown".into()),
            origin: doc.origin.to_string(),
            text: doc.text.clone(),
            sentences: doc
                .sentences
                .iter()
                .map(|s| (s.span.start, s.span.end))
                .collect(),
            events,
            quotes,
            hash: id.hash,
            signature: Signature::of(&doc.text),
        }
    }

    /// Events in the document.
    pub fn event_count(&self) -> usize {
        self.events.len()
    }

    /// The outlet used to count sources: the given source, else the URL's
    /// host, else `unknown`.
    fn outlet(&self) -> String {
        self.source
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .or_else(|| self.url.as_deref().and_then(host))
            .unwrap_or_else(|| "unknown".into())
    }
}

/// Why a document was not stored again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duplicate {
    /// The same text (white space aside) is stored.
    SameContent,
    /// A document with the same URL is stored.
    SameUrl,
}

/// What [`Store::add`] did with a document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Added {
    /// Already stored; nothing written.
    Duplicate(Duplicate),
    /// Stored.
    New {
        /// Its id in the store.
        id: i64,
        /// The first document of its story, when it is a near duplicate,
        /// with the estimated similarity.
        near_duplicate_of: Option<(i64, f64)>,
        /// Mentions stored.
        mentions: usize,
        /// Of which starting a new event (the rest joined one).
        new_events: usize,
    },
}

impl Store {
    /// Whether a document with this identity is already stored.
    pub fn known(&self, id: &Identity) -> Result<Option<Duplicate>, StoreError> {
        let by_hash: Option<i64> = self
            .conn()
            .query_row(
                "SELECT id FROM documents WHERE content_hash = ?1",
                [&id.hash],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        if by_hash.is_some() {
            return Ok(Some(Duplicate::SameContent));
        }
        if let Some(url) = &id.url {
            let by_url: Option<i64> = self
                .conn()
                .query_row("SELECT id FROM documents WHERE url = ?1", [url], |r| {
                    r.get(0)
                })
                .optional()
                .map_err(|e| self.err(e))?;
            if by_url.is_some() {
                return Ok(Some(Duplicate::SameUrl));
            }
        }
        Ok(None)
    }

    /// Store a coded document (inside the batch opened by
    /// [`Store::begin`], or in a transaction of its own).
    pub fn add(&mut self, doc: &PreparedDocument) -> Result<Added, StoreError> {
        let identity = Identity {
            hash: doc.hash.clone(),
            url: doc.url.clone(),
        };
        if let Some(dup) = self.known(&identity)? {
            return Ok(Added::Duplicate(dup));
        }
        let own_batch = !self.in_batch;
        if own_batch {
            self.begin()?;
        }
        match self.insert(doc) {
            Ok(added) => {
                if own_batch {
                    self.commit()?;
                }
                Ok(added)
            }
            Err(e) => {
                self.rollback();
                Err(e)
            }
        }
    }

    fn insert(&mut self, doc: &PreparedDocument) -> Result<Added, StoreError> {
        let near = match &doc.signature {
            Some(sig) => self.nearest_story(sig)?,
            None => None,
        };
        let conn = self.conn();
        let e = |e| StoreError::classify(&self.path, e);
        conn.execute(
            "INSERT INTO documents (doc_key, title, url, source, date, date_source, origin,
                content_hash, text, story, similarity, minhash, n_sentences, n_mentions, n_quotes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10, ?11, ?12, ?13, ?14)",
            params![
                doc.doc_key,
                doc.title,
                doc.url,
                doc.source,
                doc.date,
                doc.date_source,
                doc.origin,
                doc.hash,
                doc.text,
                near.map(|(_, s)| s),
                doc.signature.as_ref().map(Signature::to_bytes),
                doc.sentences.len() as i64,
                doc.events.len() as i64,
                doc.quotes.len() as i64,
            ],
        )
        .map_err(e)?;
        let id = conn.last_insert_rowid();
        let story = near.map(|(s, _)| s).unwrap_or(id);
        conn.execute(
            "UPDATE documents SET story = ?1 WHERE id = ?2",
            params![story, id],
        )
        .map_err(e)?;
        if let Some(sig) = &doc.signature {
            let mut stmt = conn
                .prepare_cached(
                    "INSERT OR IGNORE INTO doc_bands (band, hash, doc) VALUES (?1, ?2, ?3)",
                )
                .map_err(e)?;
            for (band, hash) in sig.bands().iter().enumerate() {
                stmt.execute(params![band as i64, hash, id]).map_err(e)?;
            }
        }
        {
            let mut sent = conn
                .prepare_cached(
                    "INSERT INTO sentences (doc, idx, start, end) VALUES (?1, ?2, ?3, ?4)",
                )
                .map_err(e)?;
            let mut fts = conn
                .prepare_cached("INSERT INTO sentences_fts (rowid, text) VALUES (?1, ?2)")
                .map_err(e)?;
            for (idx, (start, end)) in doc.sentences.iter().enumerate() {
                sent.execute(params![id, idx as i64, *start as i64, *end as i64])
                    .map_err(e)?;
                let rowid = conn.last_insert_rowid();
                let text = doc.text.get(*start..*end).unwrap_or("");
                fts.execute(params![rowid, text]).map_err(e)?;
            }
        }
        let outlet = doc.outlet();
        let report = merge::parse_day(doc.date.as_deref());
        let mut new_events = 0;
        for event in &doc.events {
            if self.add_mention(id, story, &outlet, report, event)? {
                new_events += 1;
            }
        }
        self.add_quotes(id, &doc.quotes)?;
        Ok(Added::New {
            id,
            near_duplicate_of: near,
            mentions: doc.events.len(),
            new_events,
        })
    }

    /// The story of the most similar stored document, if it is a near
    /// duplicate.
    fn nearest_story(&self, sig: &Signature) -> Result<Option<(i64, f64)>, StoreError> {
        let conn = self.conn();
        let e = |e| StoreError::classify(&self.path, e);
        let mut candidates: Vec<i64> = Vec::new();
        let mut stmt = conn
            .prepare_cached(
                "SELECT doc FROM doc_bands WHERE band = ?1 AND hash = ?2 ORDER BY doc LIMIT ?3",
            )
            .map_err(e)?;
        for (band, hash) in sig.bands().iter().enumerate() {
            let rows = stmt
                .query_map(params![band as i64, hash, MAX_CANDIDATES as i64], |r| {
                    r.get::<_, i64>(0)
                })
                .map_err(e)?;
            for row in rows {
                candidates.push(row.map_err(e)?);
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        candidates.truncate(MAX_CANDIDATES);
        let mut best: Option<(i64, f64)> = None;
        let mut get = conn
            .prepare_cached("SELECT minhash, story FROM documents WHERE id = ?1")
            .map_err(e)?;
        for doc in candidates {
            let (bytes, story): (Option<Vec<u8>>, i64) = get
                .query_row([doc], |r| Ok((r.get(0)?, r.get(1)?)))
                .map_err(e)?;
            let Some(other) = bytes.as_deref().and_then(Signature::from_bytes) else {
                continue;
            };
            let sim = sig.similarity(&other);
            if sim >= minhash::NEAR_DUPLICATE && best.is_none_or(|(_, b)| sim > b) {
                best = Some((story, sim));
            }
        }
        Ok(best)
    }

    /// Store one mention and merge it into an event (see [`merge`]);
    /// true when it started a new event.
    fn add_mention(
        &self,
        doc: i64,
        story: i64,
        outlet: &str,
        report: Option<NaiveDate>,
        event: &Event,
    ) -> Result<bool, StoreError> {
        let conn = self.conn();
        let e = |e| StoreError::classify(&self.path, e);
        let actor = event.actor.first();
        let recipient = event.recipient.first();
        let actor_code = actor.and_then(|a| a.code.clone());
        let recipient_code = recipient.and_then(|a| a.code.clone());
        let category = event.category().to_string();
        let modality = merge::modality(&event.aux_mode);
        let day = merge::parse_day(event.date.as_deref()).or(report);
        let (event_id, created) = match self.find_event(
            &actor_code,
            &recipient_code,
            &category,
            &modality,
            day,
            story,
        )? {
            Some(id) => (id, false),
            None => {
                conn.execute(
                    "INSERT INTO events (category, quad_code, event_scale, actor_code,
                        recipient_code, modality, mention_count, doc_count, story_count,
                        source_count)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 0, 0, 0)",
                    params![
                        category,
                        event.quad_code,
                        event.event_scale,
                        actor_code,
                        recipient_code,
                        modality
                    ],
                )
                .map_err(e)?;
                (conn.last_insert_rowid(), true)
            }
        };
        let record = serde_json::to_string(event).unwrap_or_default();
        conn.prepare_cached(
            "INSERT INTO mentions (record_id, event, doc, sentence, category, actor_code,
                actor_sector, recipient_code, recipient_sector, date, date_source, confidence,
                record)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        )
        .and_then(|mut s| {
            s.execute(params![
                event.id,
                event_id,
                doc,
                event.sentence as i64,
                category,
                actor_code,
                actor.and_then(|a| a.sector.clone()),
                recipient_code,
                recipient.and_then(|a| a.sector.clone()),
                event.date,
                event.date_source,
                f64::from(event.confidence),
                record
            ])
        })
        .map_err(e)?;
        conn.prepare_cached(
            "INSERT OR IGNORE INTO event_docs (event, doc, story, source) VALUES (?1, ?2, ?3, ?4)",
        )
        .and_then(|mut s| s.execute(params![event_id, doc, story, outlet]))
        .map_err(e)?;
        let day = day.map(|d| d.format("%Y-%m-%d").to_string());
        let report = report.map(|d| d.format("%Y-%m-%d").to_string());
        conn.prepare_cached(
            "UPDATE events SET
                mention_count = mention_count + 1,
                date_first = CASE WHEN ?2 IS NULL THEN date_first
                    WHEN date_first IS NULL OR ?2 < date_first THEN ?2 ELSE date_first END,
                date_last = CASE WHEN ?2 IS NULL THEN date_last
                    WHEN date_last IS NULL OR ?2 > date_last THEN ?2 ELSE date_last END,
                first_report = CASE WHEN ?3 IS NULL THEN first_report
                    WHEN first_report IS NULL OR ?3 < first_report THEN ?3 ELSE first_report END,
                last_report = CASE WHEN ?3 IS NULL THEN last_report
                    WHEN last_report IS NULL OR ?3 > last_report THEN ?3 ELSE last_report END,
                doc_count = (SELECT count(*) FROM event_docs WHERE event = ?1),
                story_count = (SELECT count(DISTINCT story) FROM event_docs WHERE event = ?1),
                source_count = (SELECT count(DISTINCT source) FROM event_docs WHERE event = ?1)
             WHERE id = ?1",
        )
        .and_then(|mut s| s.execute(params![event_id, day, report]))
        .map_err(e)?;
        Ok(created)
    }

    /// The event a mention joins, if any (the rule in [`merge`]).
    fn find_event(
        &self,
        actor: &Option<String>,
        recipient: &Option<String>,
        category: &str,
        modality: &str,
        day: Option<NaiveDate>,
        story: i64,
    ) -> Result<Option<i64>, StoreError> {
        let conn = self.conn();
        let e = |e| StoreError::classify(&self.path, e);
        let Some(day) = day else {
            return conn
                .prepare_cached(
                    "SELECT e.id FROM events e JOIN event_docs d ON d.event = e.id
                     WHERE e.actor_code IS ?1 AND e.recipient_code IS ?2 AND e.category = ?3
                       AND e.modality = ?4 AND e.date_first IS NULL AND d.story = ?5
                     ORDER BY e.id LIMIT 1",
                )
                .and_then(|mut s| {
                    s.query_row(params![actor, recipient, category, modality, story], |r| {
                        r.get(0)
                    })
                    .optional()
                })
                .map_err(e);
        };
        let window = chrono::Duration::days(merge::WINDOW_DAYS);
        let lo = (day - window).format("%Y-%m-%d").to_string();
        let hi = (day + window).format("%Y-%m-%d").to_string();
        let mut stmt = conn
            .prepare_cached(
                "SELECT id, date_first, date_last FROM events
                 WHERE actor_code IS ?1 AND recipient_code IS ?2 AND category = ?3
                   AND modality = ?4 AND date_first BETWEEN ?5 AND ?6
                 ORDER BY id",
            )
            .map_err(e)?;
        let rows = stmt
            .query_map(params![actor, recipient, category, modality, lo, hi], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Option<String>>(2)?,
                ))
            })
            .map_err(e)?;
        let mut best: Option<(i64, i64)> = None;
        for row in rows {
            let (id, first, last) = row.map_err(e)?;
            let (Some(first), Some(last)) = (
                merge::parse_day(first.as_deref()),
                merge::parse_day(last.as_deref()),
            ) else {
                continue;
            };
            if !merge::compatible(first, last, day) {
                continue;
            }
            let d = merge::distance(first, last, day);
            if best.is_none_or(|(_, bd)| d < bd) {
                best = Some((id, d));
            }
        }
        Ok(best.map(|(id, _)| id))
    }

    fn add_quotes(&self, doc: i64, quotes: &[Quote]) -> Result<(), StoreError> {
        let e = |e| StoreError::classify(&self.path, e);
        let mut stmt = self
            .conn()
            .prepare_cached(
                "INSERT INTO quotes (record_id, doc, kind, speaker, speaker_code, content, date,
                    record)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )
            .map_err(e)?;
        for q in quotes {
            let kind = serde_json::to_value(q.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let speaker = q
                .source
                .as_ref()
                .map(|s| s.name.clone().unwrap_or_else(|| s.text.clone()));
            let code = q.source.as_ref().and_then(|s| s.code.clone());
            let record = serde_json::to_string(q).unwrap_or_default();
            stmt.execute(params![
                q.id, doc, kind, speaker, code, q.text, q.date, record
            ])
            .map_err(e)?;
        }
        Ok(())
    }
}
