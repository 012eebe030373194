//! The questions analysts ask of a store: events with their evidence,
//! full-text search, the most active actors, the dyad graph, timelines
//! and camps.
//!
//! Every list takes a [`Filter`] with a limit, so no query returns an
//! unbounded result. Dates filter on the event's own date when known, else
//! on its first report.

use crate::blocs::{self, Partition, SignedEdge};
use crate::{Store, StoreError};
use chrono::NaiveDate;
use rusqlite::types::Value;
use serde::Serialize;

/// Which events a query looks at.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Actor code (`PRK`).
    pub actor: Option<String>,
    /// Recipient code.
    pub recipient: Option<String>,
    /// Count `actor`/`recipient` in either role (a dyad in both directions).
    pub either_direction: bool,
    /// PLOVER category (`AID`).
    pub category: Option<String>,
    /// Events on or after this day.
    pub since: Option<NaiveDate>,
    /// Events on or before this day.
    pub until: Option<NaiveDate>,
    /// Only plain facts: no negated, hypothetical or future events.
    pub factual_only: bool,
    /// Most rows returned.
    pub limit: usize,
    /// Rows skipped first (paging).
    pub offset: usize,
}

impl Filter {
    /// A filter with only a limit.
    pub fn with_limit(limit: usize) -> Filter {
        Filter {
            limit,
            ..Filter::default()
        }
    }

    /// SQL conditions on table alias `e` (events) and their parameters.
    pub(crate) fn sql_conditions(&self) -> (String, Vec<Value>) {
        let mut sql = vec!["1 = 1".to_string()];
        let mut args: Vec<Value> = Vec::new();
        let arg = |v: Value, args: &mut Vec<Value>| {
            args.push(v);
            format!("?{}", args.len())
        };
        match (&self.actor, &self.recipient, self.either_direction) {
            (Some(a), Some(r), true) => {
                let a1 = arg(Value::Text(a.to_uppercase()), &mut args);
                let r1 = arg(Value::Text(r.to_uppercase()), &mut args);
                sql.push(format!(
                    "((e.actor_code = {a1} AND e.recipient_code = {r1}) OR (e.actor_code = {r1} AND e.recipient_code = {a1}))"
                ));
            }
            (Some(a), None, true) => {
                let a1 = arg(Value::Text(a.to_uppercase()), &mut args);
                sql.push(format!("(e.actor_code = {a1} OR e.recipient_code = {a1})"));
            }
            _ => {
                if let Some(a) = &self.actor {
                    let p = arg(Value::Text(a.to_uppercase()), &mut args);
                    sql.push(format!("e.actor_code = {p}"));
                }
                if let Some(r) = &self.recipient {
                    let p = arg(Value::Text(r.to_uppercase()), &mut args);
                    sql.push(format!("e.recipient_code = {p}"));
                }
            }
        }
        if let Some(c) = &self.category {
            let p = arg(Value::Text(c.to_uppercase()), &mut args);
            sql.push(format!("e.category = {p}"));
        }
        if let Some(d) = self.since {
            let p = arg(Value::Text(d.format("%Y-%m-%d").to_string()), &mut args);
            sql.push(format!("coalesce(e.date_first, e.first_report) >= {p}"));
        }
        if let Some(d) = self.until {
            let p = arg(Value::Text(d.format("%Y-%m-%d").to_string()), &mut args);
            sql.push(format!("coalesce(e.date_first, e.first_report) <= {p}"));
        }
        if self.factual_only {
            sql.push("e.modality = ''".to_string());
        }
        (sql.join(" AND "), args)
    }

    fn page(&self) -> String {
        format!("LIMIT {} OFFSET {}", self.limit.max(1), self.offset)
    }
}

/// A merged event with its evidence.
#[derive(Debug, Clone, Serialize)]
pub struct EventView {
    /// Store id.
    pub id: i64,
    /// PLOVER category.
    pub category: String,
    /// PLOVER quad code.
    pub quad_code: i64,
    /// PLOVER event scale.
    pub event_scale: f64,
    /// Actor code.
    pub actor_code: Option<String>,
    /// Recipient code.
    pub recipient_code: Option<String>,
    /// `future`, `hypothetical`, `negation` (joined by `;`), empty for a fact.
    pub modality: String,
    /// Earliest mention date.
    pub date_first: Option<String>,
    /// Latest mention date.
    pub date_last: Option<String>,
    /// Earliest publication date among the reports.
    pub first_report: Option<String>,
    /// Latest publication date among the reports.
    pub last_report: Option<String>,
    /// Coded records merged into the event.
    pub mention_count: i64,
    /// Documents reporting it.
    pub doc_count: i64,
    /// Distinct stories (near duplicates count once).
    pub story_count: i64,
    /// Distinct outlets.
    pub source_count: i64,
    /// The first mentions, in ingest order.
    pub evidence: Vec<Evidence>,
}

/// One mention of an event: where it was said and the record coded from it.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    /// The document's store id (`/api/documents/{doc}`).
    pub doc: i64,
    /// The document's id from its input.
    pub doc_id: String,
    /// 0-based index of the sentence in the document.
    pub sentence: i64,
    /// Byte offset of the sentence in the document text: the record's
    /// spans minus this are byte offsets in its `text`.
    pub sentence_start: Option<i64>,
    /// Its URL.
    pub url: Option<String>,
    /// Its outlet.
    pub source: Option<String>,
    /// Its publication date.
    pub report_date: Option<String>,
    /// The PLOVER record as `dyad code` wrote it (sentence, spans,
    /// pattern), parsed for reading fields.
    #[serde(skip)]
    pub record: serde_json::Value,
    /// The same record verbatim, written out in its own field order.
    #[serde(rename = "record")]
    pub record_json: Box<serde_json::value::RawValue>,
}

impl Evidence {
    /// A field of the record as text (`text`, `pattern`...).
    pub fn field(&self, name: &str) -> String {
        match self.record.get(name) {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Array(a)) => a
                .iter()
                .filter_map(|v| v.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            _ => String::new(),
        }
    }

    /// The text of the first actor (`entity`: `actor` or `recipient`).
    pub fn entity_text(&self, entity: &str) -> String {
        self.record
            .get(entity)
            .and_then(|v| v.as_array())
            .and_then(|a| a.first())
            .and_then(|a| a.get("entity_text"))
            .and_then(|t| t.as_str())
            .unwrap_or("")
            .to_string()
    }
}

/// A full-text search hit: one sentence.
#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    /// The document's store id.
    pub doc: i64,
    /// The document's id from its input.
    pub doc_id: String,
    /// Its title.
    pub title: Option<String>,
    /// Its URL.
    pub url: Option<String>,
    /// Its publication date.
    pub date: Option<String>,
    /// 0-based sentence index.
    pub sentence: i64,
    /// The sentence.
    pub text: String,
    /// Events coded from this sentence.
    pub events: i64,
}

/// An actor and how active it is.
#[derive(Debug, Clone, Serialize)]
pub struct ActorRow {
    /// Country or organisation code.
    pub code: String,
    /// Events with it as actor.
    pub as_actor: i64,
    /// Events with it as recipient.
    pub as_recipient: i64,
    /// Mentions of those events.
    pub mentions: i64,
    /// Mention-weighted events by quad class (verbal cooperation, material
    /// cooperation, verbal conflict, material conflict).
    pub quad: [i64; 4],
}

/// A directed dyad of the actor graph.
#[derive(Debug, Clone, Serialize)]
pub struct Dyad {
    /// Actor code.
    pub actor: String,
    /// Recipient code.
    pub recipient: String,
    /// Distinct events.
    pub events: i64,
    /// Their mentions.
    pub mentions: i64,
    /// Mention-weighted counts by quad class (1 verbal cooperation,
    /// 2 material cooperation, 3 verbal conflict, 4 material conflict).
    pub quad: [i64; 4],
    /// Cooperation minus conflict: the sum of `event_scale` over mentions.
    pub score: f64,
    /// `score / mentions`: the average tone, -10..10.
    pub mean_scale: f64,
}

/// One period of a timeline.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineRow {
    /// The period (`2024-10-23`, `2024-W43`, `2024-10`).
    pub period: String,
    /// Distinct events.
    pub events: i64,
    /// Mention-weighted counts by quad class.
    pub quad: [i64; 4],
    /// Sum of `event_scale` over mentions.
    pub score: f64,
}

/// Timeline granularity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// Calendar days.
    Day,
    /// ISO-like weeks (`%Y-W%W`, weeks starting Monday).
    Week,
    /// Calendar months.
    Month,
}

impl Period {
    fn format(self) -> &'static str {
        match self {
            Period::Day => "%Y-%m-%d",
            Period::Week => "%Y-W%W",
            Period::Month => "%Y-%m",
        }
    }
}

/// One period's camps.
#[derive(Debug, Clone, Serialize)]
pub struct BlocsPeriod {
    /// The period (`all` when not split).
    pub period: String,
    /// The partition.
    pub partition: Partition,
    /// Actors that changed camp since the previous period.
    pub changes: Vec<blocs::Move>,
}

impl Store {
    /// Merged events matching `filter`, newest first, each with up to
    /// `evidence` mentions.
    pub fn events(&self, filter: &Filter, evidence: usize) -> Result<Vec<EventView>, StoreError> {
        let (cond, args) = filter.sql_conditions();
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM events e WHERE {cond}
             ORDER BY coalesce(e.date_first, e.first_report) DESC, e.id DESC {}",
            filter.page()
        );
        let e = |e| self.err(e);
        let mut stmt = self.conn().prepare(&sql).map_err(e)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args), event_row)
            .map_err(e)?;
        let mut out = rows.collect::<Result<Vec<_>, _>>().map_err(e)?;
        for ev in &mut out {
            ev.evidence = self.evidence(ev.id, evidence)?;
        }
        Ok(out)
    }

    /// Event `id` with up to `evidence` mentions; `None` if there is none.
    pub fn event(&self, id: i64, evidence: usize) -> Result<Option<EventView>, StoreError> {
        let found = self
            .conn()
            .query_row(
                &format!("SELECT {EVENT_COLUMNS} FROM events e WHERE e.id = ?1"),
                [id],
                event_row,
            )
            .map(Some)
            .or_else(|err| match err {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                other => Err(other),
            })
            .map_err(|e| self.err(e))?;
        match found {
            Some(mut ev) => {
                ev.evidence = self.evidence(id, evidence)?;
                Ok(Some(ev))
            }
            None => Ok(None),
        }
    }

    /// Up to `limit` mentions of event `id`, in ingest order.
    pub fn evidence(&self, id: i64, limit: usize) -> Result<Vec<Evidence>, StoreError> {
        let e = |e| self.err(e);
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT d.doc_key, d.url, d.source, d.date, m.record, d.id, m.sentence, s.start
                 FROM mentions m JOIN documents d ON d.id = m.doc
                 LEFT JOIN sentences s ON s.doc = m.doc AND s.idx = m.sentence
                 WHERE m.event = ?1 ORDER BY m.id LIMIT ?2",
            )
            .map_err(e)?;
        let rows = stmt
            .query_map(rusqlite::params![id, limit as i64], |r| {
                let record: String = r.get(4)?;
                // A stored record that is not JSON shows as `null`.
                let raw =
                    serde_json::value::RawValue::from_string(record.clone()).unwrap_or_default();
                Ok(Evidence {
                    doc: r.get(5)?,
                    sentence: r.get(6)?,
                    sentence_start: r.get(7)?,
                    doc_id: r.get(0)?,
                    url: r.get(1)?,
                    source: r.get(2)?,
                    report_date: r.get(3)?,
                    record: serde_json::from_str(&record).unwrap_or(serde_json::Value::Null),
                    record_json: raw,
                })
            })
            .map_err(e)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(e)
    }

    /// Sentences matching `query`, best first. Plain words must all occur
    /// (a hyphenated or quoted term as a phrase); `raw` passes FTS5 query
    /// syntax through (`OR`, `NEAR`, prefixes with `*`).
    pub fn search(
        &self,
        query: &str,
        raw: bool,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<SearchHit>, StoreError> {
        let expr = if raw {
            query.to_string()
        } else {
            fts_phrases(query)
        };
        if expr.is_empty() {
            return Ok(Vec::new());
        }
        let e = |e| self.err(e);
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT d.doc_key, d.title, d.url, d.date, s.idx,
                        CAST(substr(CAST(d.text AS BLOB), s.start + 1, s.end - s.start) AS TEXT),
                        (SELECT count(*) FROM mentions m WHERE m.doc = s.doc AND m.sentence = s.idx),
                        d.id
                 FROM (SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH ?1
                       ORDER BY rank LIMIT ?2 OFFSET ?3) f
                 JOIN sentences s ON s.id = f.rowid
                 JOIN documents d ON d.id = s.doc
                 ORDER BY f.rank",
            )
            .map_err(e)?;
        let rows = stmt
            .query_map(
                rusqlite::params![expr, limit.max(1) as i64, offset as i64],
                |r| {
                    Ok(SearchHit {
                        doc: r.get(7)?,
                        doc_id: r.get(0)?,
                        title: r.get(1)?,
                        url: r.get(2)?,
                        date: r.get(3)?,
                        sentence: r.get(4)?,
                        text: r.get::<_, Option<String>>(5)?.unwrap_or_default(),
                        events: r.get(6)?,
                    })
                },
            )
            .map_err(|err| self.search_error(err, raw))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|err| self.search_error(err, raw))
    }

    /// A search failure: a malformed expression (SQLite reports it when the
    /// first row is read, in words of its own) is the asker's to fix.
    fn search_error(&self, err: rusqlite::Error, raw: bool) -> StoreError {
        match err {
            rusqlite::Error::SqliteFailure(f, Some(msg))
                if f.code != rusqlite::ErrorCode::OperationInterrupted
                    && (raw || msg.contains("fts5")) =>
            {
                StoreError::BadQuery(format!("bad search query: {msg}"))
            }
            other => self.err(other),
        }
    }

    /// The most active actors (by mentions) among events matching `filter`.
    pub fn actors(&self, filter: &Filter) -> Result<Vec<ActorRow>, StoreError> {
        let (cond, args) = filter.sql_conditions();
        let sql = format!(
            "WITH ev AS (SELECT * FROM events e WHERE {cond}),
             roles AS (
                SELECT actor_code AS code, 1 AS a, 0 AS r, mention_count, quad_code FROM ev
                    WHERE actor_code IS NOT NULL
                UNION ALL
                SELECT recipient_code, 0, 1, mention_count, quad_code FROM ev
                    WHERE recipient_code IS NOT NULL AND recipient_code IS NOT actor_code)
             SELECT code, sum(a), sum(r), sum(mention_count),
                sum(CASE WHEN quad_code = 1 THEN mention_count ELSE 0 END),
                sum(CASE WHEN quad_code = 2 THEN mention_count ELSE 0 END),
                sum(CASE WHEN quad_code = 3 THEN mention_count ELSE 0 END),
                sum(CASE WHEN quad_code = 4 THEN mention_count ELSE 0 END)
             FROM roles GROUP BY code ORDER BY sum(mention_count) DESC, code {}",
            filter.page()
        );
        let e = |e| self.err(e);
        let mut stmt = self.conn().prepare(&sql).map_err(e)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args), |r| {
                Ok(ActorRow {
                    code: r.get(0)?,
                    as_actor: r.get(1)?,
                    as_recipient: r.get(2)?,
                    mentions: r.get(3)?,
                    quad: [r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?],
                })
            })
            .map_err(e)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(e)
    }

    /// The directed dyads among events matching `filter` (both codes known,
    /// actor and recipient different), heaviest first.
    pub fn graph(&self, filter: &Filter) -> Result<Vec<Dyad>, StoreError> {
        let (cond, args) = filter.sql_conditions();
        let sql = format!(
            "SELECT actor_code, recipient_code, count(*), sum(mention_count),
                sum(CASE WHEN quad_code = 1 THEN mention_count ELSE 0 END),
                sum(CASE WHEN quad_code = 2 THEN mention_count ELSE 0 END),
                sum(CASE WHEN quad_code = 3 THEN mention_count ELSE 0 END),
                sum(CASE WHEN quad_code = 4 THEN mention_count ELSE 0 END),
                sum(event_scale * mention_count)
             FROM events e
             WHERE {cond} AND e.actor_code IS NOT NULL AND e.recipient_code IS NOT NULL
               AND e.actor_code <> e.recipient_code
             GROUP BY actor_code, recipient_code
             ORDER BY sum(mention_count) DESC, actor_code, recipient_code {}",
            filter.page()
        );
        let e = |e| self.err(e);
        let mut stmt = self.conn().prepare(&sql).map_err(e)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args), |r| {
                let mentions: i64 = r.get(3)?;
                let score: f64 = r.get(8)?;
                Ok(Dyad {
                    actor: r.get(0)?,
                    recipient: r.get(1)?,
                    events: r.get(2)?,
                    mentions,
                    quad: [r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?],
                    score,
                    mean_scale: if mentions > 0 {
                        score / mentions as f64
                    } else {
                        0.0
                    },
                })
            })
            .map_err(e)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(e)
    }

    /// Events matching `filter` counted per period.
    pub fn timeline(&self, filter: &Filter, by: Period) -> Result<Vec<TimelineRow>, StoreError> {
        let (cond, args) = filter.sql_conditions();
        let sql = format!(
            "SELECT strftime('{}', coalesce(e.date_first, e.first_report)) AS p, count(*),
                sum(CASE WHEN quad_code = 1 THEN mention_count ELSE 0 END),
                sum(CASE WHEN quad_code = 2 THEN mention_count ELSE 0 END),
                sum(CASE WHEN quad_code = 3 THEN mention_count ELSE 0 END),
                sum(CASE WHEN quad_code = 4 THEN mention_count ELSE 0 END),
                sum(event_scale * mention_count)
             FROM events e WHERE {cond} AND p IS NOT NULL
             GROUP BY p ORDER BY p {}",
            by.format(),
            filter.page()
        );
        let e = |e| self.err(e);
        let mut stmt = self.conn().prepare(&sql).map_err(e)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args), |r| {
                Ok(TimelineRow {
                    period: r.get(0)?,
                    events: r.get(1)?,
                    quad: [r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?],
                    score: r.get(6)?,
                })
            })
            .map_err(e)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(e)
    }

    /// Camps of the signed actor graph (cooperation positive, conflict
    /// negative, plain facts only), for the whole filter range or period
    /// by period.
    pub fn blocs(
        &self,
        filter: &Filter,
        by: Option<Period>,
    ) -> Result<Vec<BlocsPeriod>, StoreError> {
        let mut filter = filter.clone();
        filter.factual_only = true;
        filter.limit = usize::MAX >> 1;
        filter.offset = 0;
        let periods: Vec<(String, Filter)> = match by {
            None => vec![("all".to_string(), filter.clone())],
            Some(p) => self
                .timeline(&filter, p)?
                .into_iter()
                .filter_map(|row| {
                    let (since, until) = period_bounds(&row.period, p)?;
                    let mut f = filter.clone();
                    f.since = Some(filter.since.map_or(since, |s| s.max(since)));
                    f.until = Some(filter.until.map_or(until, |u| u.min(until)));
                    Some((row.period, f))
                })
                .collect(),
        };
        let mut out: Vec<BlocsPeriod> = Vec::new();
        for (period, f) in periods {
            let edges: Vec<SignedEdge> = self
                .graph(&f)?
                .into_iter()
                .map(|d| SignedEdge {
                    a: d.actor,
                    b: d.recipient,
                    weight: d.score,
                })
                .collect();
            let partition = blocs::partition(&edges);
            let changes = match out.last() {
                Some(prev) => blocs::changes(&prev.partition, &partition),
                None => Vec::new(),
            };
            out.push(BlocsPeriod {
                period,
                partition,
                changes,
            });
        }
        Ok(out)
    }
}

/// The columns [`event_row`] reads.
const EVENT_COLUMNS: &str = "id, category, quad_code, event_scale, actor_code, recipient_code, \
    modality, date_first, date_last, first_report, last_report, mention_count, doc_count, \
    story_count, source_count";

/// An event (without evidence) from a row of [`EVENT_COLUMNS`].
fn event_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<EventView> {
    Ok(EventView {
        id: r.get(0)?,
        category: r.get(1)?,
        quad_code: r.get(2)?,
        event_scale: r.get(3)?,
        actor_code: r.get(4)?,
        recipient_code: r.get(5)?,
        modality: r.get(6)?,
        date_first: r.get(7)?,
        date_last: r.get(8)?,
        first_report: r.get(9)?,
        last_report: r.get(10)?,
        mention_count: r.get(11)?,
        doc_count: r.get(12)?,
        story_count: r.get(13)?,
        source_count: r.get(14)?,
        evidence: Vec::new(),
    })
}

/// The first and last day of a timeline period label.
fn period_bounds(label: &str, by: Period) -> Option<(NaiveDate, NaiveDate)> {
    match by {
        Period::Day => {
            let d = NaiveDate::parse_from_str(label, "%Y-%m-%d").ok()?;
            Some((d, d))
        }
        Period::Month => {
            let first = NaiveDate::parse_from_str(&format!("{label}-01"), "%Y-%m-%d").ok()?;
            let next = first.checked_add_months(chrono::Months::new(1))?;
            Some((first, next.pred_opt()?))
        }
        Period::Week => {
            // `%Y-W%W`: week 00 holds the days before the year's first Monday.
            let (year, week) = label.split_once("-W")?;
            let year: i32 = year.parse().ok()?;
            let week: i64 = week.parse().ok()?;
            let jan1 = NaiveDate::from_ymd_opt(year, 1, 1)?;
            let to_monday =
                (7 - i64::from(chrono::Datelike::weekday(&jan1).num_days_from_monday())) % 7;
            let first_monday = jan1 + chrono::Duration::days(to_monday);
            if week == 0 {
                return Some((jan1, first_monday.pred_opt().unwrap_or(jan1)));
            }
            let start = first_monday + chrono::Duration::weeks(week - 1);
            let end =
                (start + chrono::Duration::days(6)).min(NaiveDate::from_ymd_opt(year, 12, 31)?);
            Some((start, end))
        }
    }
}

/// A user's words as an FTS5 query: every term must occur; a term with
/// punctuation (`KN-23`) or a quoted group is a phrase.
pub fn fts_phrases(query: &str) -> String {
    let mut terms: Vec<String> = Vec::new();
    let mut rest = query.trim();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('"') {
            let end = after.find('"').unwrap_or(after.len());
            terms.push(after[..end].to_string());
            rest = after.get(end + 1..).unwrap_or("").trim_start();
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            terms.push(rest[..end].to_string());
            rest = rest[end..].trim_start();
        }
    }
    terms
        .into_iter()
        .map(|t| t.replace('"', ""))
        .filter(|t| t.chars().any(char::is_alphanumeric))
        .map(|t| format!("\"{t}\""))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_words_become_phrases() {
        assert_eq!(fts_phrases("KN-23"), "\"KN-23\"");
        assert_eq!(
            fts_phrases("  kim \"north korea\" -- "),
            "\"kim\" \"north korea\""
        );
        assert_eq!(fts_phrases("\"unclosed"), "\"unclosed\"");
        assert_eq!(fts_phrases(""), "");
    }

    #[test]
    fn periods_have_bounds() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        assert_eq!(
            period_bounds("2024-02", Period::Month),
            d("2024-02-01").zip(d("2024-02-29"))
        );
        assert_eq!(
            period_bounds("2024-W01", Period::Week),
            d("2024-01-01").zip(d("2024-01-07"))
        );
        assert_eq!(period_bounds("junk", Period::Day), None);
    }
}
