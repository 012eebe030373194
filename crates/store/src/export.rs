//! Reading every stored mention back, for exports (PLOVER JSON Lines,
//! CAMEO TSV, Parquet): streamed row by row, never collected.

use crate::query::Filter;
use crate::row::MentionRow;
use crate::{Store, StoreError};
use dyad_events::Event;

/// A stored mention: the flat row and the PLOVER record as coded.
pub struct StoredMention {
    /// The flat row.
    pub row: MentionRow,
    /// The record, as `dyad code` wrote it.
    pub event: Event,
    /// The record's JSON text, as stored.
    pub json: String,
}

impl Store {
    /// Call `each` on every mention of the events matching `filter` (its
    /// limit and offset ignored), in ingest order; stops at the first error
    /// `each` returns. Returns the number of mentions handed over.
    pub fn for_each_mention<E>(
        &self,
        filter: &Filter,
        mut each: impl FnMut(StoredMention) -> Result<(), E>,
    ) -> Result<Result<usize, E>, StoreError> {
        let (cond, args) = filter.sql_conditions();
        let sql = format!(
            "SELECT m.event, m.record, d.date, d.source, d.url
             FROM mentions m JOIN events e ON e.id = m.event JOIN documents d ON d.id = m.doc
             WHERE {cond} ORDER BY m.id"
        );
        let e = |e| self.err(e);
        let mut stmt = self.conn().prepare(&sql).map_err(e)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args)).map_err(e)?;
        let mut n = 0;
        while let Some(r) = rows.next().map_err(e)? {
            let event_id: i64 = r.get(0).map_err(e)?;
            let json: String = r.get(1).map_err(e)?;
            let Ok(event) = serde_json::from_str::<Event>(&json) else {
                return Err(StoreError::Other(
                    self.path().to_path_buf(),
                    format!("a stored record of event {event_id} is not a PLOVER record"),
                ));
            };
            let row = MentionRow::from_event(
                &event,
                event_id,
                r.get(2).map_err(e)?,
                r.get(3).map_err(e)?,
                r.get(4).map_err(e)?,
            );
            if let Err(err) = each(StoredMention { row, event, json }) {
                return Ok(Err(err));
            }
            n += 1;
        }
        Ok(Ok(n))
    }
}

impl MentionRow {
    /// The flat row of a coded record.
    pub fn from_event(
        event: &Event,
        event_id: i64,
        report_date: Option<String>,
        source: Option<String>,
        url: Option<String>,
    ) -> MentionRow {
        let actor = event.actor.first();
        let recipient = event.recipient.first();
        MentionRow {
            id: event.id.clone(),
            event_id,
            doc_id: event.doc_id.clone(),
            sentence: event.sentence as i64,
            date: event.date.clone(),
            date_source: event.date_source.clone(),
            report_date,
            source,
            url,
            actor_code: actor.and_then(|a| a.code.clone()),
            actor_sector: actor.and_then(|a| a.sector.clone()),
            actor_text: actor.map(|a| a.entity_text.clone()).unwrap_or_default(),
            recipient_code: recipient.and_then(|a| a.code.clone()),
            recipient_sector: recipient.and_then(|a| a.sector.clone()),
            recipient_text: recipient.map(|a| a.entity_text.clone()).unwrap_or_default(),
            category: event.category().to_string(),
            quad_code: i64::from(event.quad_code),
            event_scale: event.event_scale,
            mode: event.mode.join(";"),
            aux_mode: event.aux_mode.join(";"),
            trigger: event.event_text.join(" "),
            text: event.text.clone(),
            confidence: f64::from(event.confidence),
            pattern: event.pattern.clone(),
        }
    }
}
