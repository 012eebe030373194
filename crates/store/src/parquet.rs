//! Streaming Parquet export of [`MentionRow`]s.
//!
//! The file has one column per [`MentionRow`] field, under the field's
//! name: strings are `BYTE_ARRAY (UTF8)`, integers `INT64`, scores
//! `DOUBLE`; `Option` fields are `OPTIONAL`, the others `REQUIRED`.
//! `report_date` (always a full publication date) is a logical `DATE`
//! (`INT32` days since 1970-01-01); `date` stays a `UTF8` string because an
//! event date is a TIMEX3 value that may be partial (`2024-10`, `2018`,
//! `XXXX-10-23`). Pages are Snappy-compressed, data pages v1, so DuckDB,
//! pandas (pyarrow) and Spark all read it.
//!
//! Rows are buffered column by column and written out as a row group every
//! [`ROW_GROUP`] rows, so memory stays bounded whatever the export's size.

use std::io::Write;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use parquet::basic::Compression;
use parquet::column::writer::ColumnWriter;
use parquet::data_type::{ByteArray, ByteArrayType, DataType, DoubleType, Int32Type, Int64Type};
use parquet::errors::ParquetError;
use parquet::file::properties::{WriterProperties, WriterVersion};
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;

use crate::row::MentionRow;

/// Rows per row group: the writer holds at most this many rows in memory.
pub const ROW_GROUP: usize = 65_536;

/// Days from 0001-01-01 (day 1 of the common era) to 1970-01-01.
const UNIX_EPOCH_DAYS_FROM_CE: i32 = 719_163;

type Result<T> = std::result::Result<T, ParquetError>;

/// Writes [`MentionRow`]s to a Parquet file in row groups of [`ROW_GROUP`]
/// rows, so memory stays bounded whatever the number of rows.
///
/// The output is buffered internally; call [`ParquetWriter::finish`] to
/// write the last row group and the footer, without which the file is not
/// valid Parquet.
///
/// ```
/// use dyad_store::parquet::ParquetWriter;
///
/// let mut out = Vec::new();
/// let writer = ParquetWriter::new(&mut out)?;
/// assert_eq!(writer.finish()?, 0);
/// assert_eq!(&out[..4], b"PAR1");
/// # Ok::<(), parquet::errors::ParquetError>(())
/// ```
pub struct ParquetWriter<W: Write + Send> {
    writer: SerializedFileWriter<W>,
    columns: Columns,
    buffered: usize,
    written: usize,
}

impl<W: Write + Send> ParquetWriter<W> {
    /// Starts a Parquet file on `out` (writes its magic bytes).
    pub fn new(out: W) -> Result<Self> {
        let mut columns = Columns::default();
        let schema = Arc::new(parse_message_type(&columns.schema())?);
        let props = WriterProperties::builder()
            .set_writer_version(WriterVersion::PARQUET_1_0)
            .set_compression(Compression::SNAPPY)
            .set_created_by(format!("dyad {} (parquet-rs)", env!("CARGO_PKG_VERSION")))
            .build();
        let writer = SerializedFileWriter::new(out, schema, Arc::new(props))?;
        Ok(Self {
            writer,
            columns,
            buffered: 0,
            written: 0,
        })
    }

    /// Buffers one row; writes a row group when [`ROW_GROUP`] rows are
    /// buffered.
    ///
    /// Fails, leaving the buffered rows as they were, when `report_date` is
    /// not a `YYYY-MM-DD` date, or when writing a row group fails.
    pub fn write(&mut self, row: MentionRow) -> Result<()> {
        self.columns.push(row)?;
        self.buffered += 1;
        if self.buffered >= ROW_GROUP {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes the buffered rows and the file footer; returns the number of
    /// rows written.
    pub fn finish(mut self) -> Result<usize> {
        self.flush()?;
        self.writer.close()?;
        Ok(self.written)
    }

    /// Writes the buffered rows, if any, as one row group.
    fn flush(&mut self) -> Result<()> {
        if self.buffered == 0 {
            return Ok(());
        }
        let mut group = self.writer.next_row_group()?;
        for column in self.columns.all() {
            let Some(mut writer) = group.next_column()? else {
                return Err(general(format!(
                    "the Parquet schema ends before column {}",
                    column.name()
                )));
            };
            column.write(writer.untyped())?;
            writer.close()?;
        }
        if group.next_column()?.is_some() {
            return Err(general(
                "the Parquet schema has more columns than MentionRow",
            ));
        }
        group.close()?;
        self.written += self.buffered;
        self.buffered = 0;
        Ok(())
    }
}

/// The buffered values of one column.
struct Column<T: DataType> {
    name: &'static str,
    /// Logical annotation in the schema (`UTF8`, `DATE`), if any.
    annotation: Option<&'static str>,
    optional: bool,
    values: Vec<T::T>,
    /// Definition levels (1 present, 0 null); empty for required columns.
    defs: Vec<i16>,
}

impl<T: DataType> Column<T> {
    fn required(name: &'static str, annotation: Option<&'static str>) -> Self {
        Self {
            name,
            annotation,
            optional: false,
            values: Vec::new(),
            defs: Vec::new(),
        }
    }

    fn optional(name: &'static str, annotation: Option<&'static str>) -> Self {
        Self {
            optional: true,
            ..Self::required(name, annotation)
        }
    }

    fn push(&mut self, value: T::T) {
        self.values.push(value);
    }

    fn push_opt(&mut self, value: Option<T::T>) {
        match value {
            Some(v) => {
                self.values.push(v);
                self.defs.push(1);
            }
            None => self.defs.push(0),
        }
    }
}

/// A column of any physical type, as the row-group writer sees it.
trait AnyColumn {
    fn name(&self) -> &'static str;
    /// The column's line in the schema's message type.
    fn schema_line(&self) -> String;
    /// Writes the buffered values to `writer` and clears the buffer.
    fn write(&mut self, writer: &mut ColumnWriter<'_>) -> Result<()>;
}

impl<T: DataType> AnyColumn for Column<T> {
    fn name(&self) -> &'static str {
        self.name
    }

    fn schema_line(&self) -> String {
        let repetition = if self.optional {
            "OPTIONAL"
        } else {
            "REQUIRED"
        };
        let annotation = self
            .annotation
            .map(|a| format!(" ({a})"))
            .unwrap_or_default();
        format!(
            "{repetition} {} {}{annotation};",
            T::get_physical_type(),
            self.name
        )
    }

    fn write(&mut self, writer: &mut ColumnWriter<'_>) -> Result<()> {
        let typed = T::get_column_writer_mut(writer).ok_or_else(|| {
            general(format!(
                "column {}: the schema's physical type is not {}",
                self.name,
                T::get_physical_type()
            ))
        })?;
        let defs = self.optional.then_some(self.defs.as_slice());
        typed.write_batch(&self.values, defs, None)?;
        self.values.clear();
        self.defs.clear();
        Ok(())
    }
}

/// One buffer per [`MentionRow`] field, in the file's column order.
struct Columns {
    id: Column<ByteArrayType>,
    event_id: Column<Int64Type>,
    doc_id: Column<ByteArrayType>,
    sentence: Column<Int64Type>,
    date: Column<ByteArrayType>,
    date_source: Column<ByteArrayType>,
    report_date: Column<Int32Type>,
    source: Column<ByteArrayType>,
    url: Column<ByteArrayType>,
    actor_code: Column<ByteArrayType>,
    actor_sector: Column<ByteArrayType>,
    actor_text: Column<ByteArrayType>,
    recipient_code: Column<ByteArrayType>,
    recipient_sector: Column<ByteArrayType>,
    recipient_text: Column<ByteArrayType>,
    category: Column<ByteArrayType>,
    quad_code: Column<Int64Type>,
    event_scale: Column<DoubleType>,
    mode: Column<ByteArrayType>,
    aux_mode: Column<ByteArrayType>,
    trigger: Column<ByteArrayType>,
    text: Column<ByteArrayType>,
    confidence: Column<DoubleType>,
    pattern: Column<ByteArrayType>,
}

const UTF8: Option<&str> = Some("UTF8");

impl Default for Columns {
    fn default() -> Self {
        type C<T> = Column<T>;
        Self {
            id: C::required("id", UTF8),
            event_id: C::required("event_id", None),
            doc_id: C::required("doc_id", UTF8),
            sentence: C::required("sentence", None),
            date: C::optional("date", UTF8),
            date_source: C::required("date_source", UTF8),
            report_date: C::optional("report_date", Some("DATE")),
            source: C::optional("source", UTF8),
            url: C::optional("url", UTF8),
            actor_code: C::optional("actor_code", UTF8),
            actor_sector: C::optional("actor_sector", UTF8),
            actor_text: C::required("actor_text", UTF8),
            recipient_code: C::optional("recipient_code", UTF8),
            recipient_sector: C::optional("recipient_sector", UTF8),
            recipient_text: C::required("recipient_text", UTF8),
            category: C::required("category", UTF8),
            quad_code: C::required("quad_code", None),
            event_scale: C::required("event_scale", None),
            mode: C::required("mode", UTF8),
            aux_mode: C::required("aux_mode", UTF8),
            trigger: C::required("trigger", UTF8),
            text: C::required("text", UTF8),
            confidence: C::required("confidence", None),
            pattern: C::required("pattern", UTF8),
        }
    }
}

impl Columns {
    /// Every column, in file order: the schema and the row groups both
    /// follow this list.
    fn all(&mut self) -> [&mut dyn AnyColumn; 24] {
        [
            &mut self.id,
            &mut self.event_id,
            &mut self.doc_id,
            &mut self.sentence,
            &mut self.date,
            &mut self.date_source,
            &mut self.report_date,
            &mut self.source,
            &mut self.url,
            &mut self.actor_code,
            &mut self.actor_sector,
            &mut self.actor_text,
            &mut self.recipient_code,
            &mut self.recipient_sector,
            &mut self.recipient_text,
            &mut self.category,
            &mut self.quad_code,
            &mut self.event_scale,
            &mut self.mode,
            &mut self.aux_mode,
            &mut self.trigger,
            &mut self.text,
            &mut self.confidence,
            &mut self.pattern,
        ]
    }

    /// The Parquet message type of the file.
    fn schema(&mut self) -> String {
        let mut schema = String::from("message mention_row {\n");
        for column in self.all() {
            schema.push_str("  ");
            schema.push_str(&column.schema_line());
            schema.push('\n');
        }
        schema.push('}');
        schema
    }

    /// Appends one row; on error nothing is appended.
    fn push(&mut self, row: MentionRow) -> Result<()> {
        // Everything that can fail comes first, so that a bad row leaves
        // the columns the same length.
        let report_date = match row.report_date.as_deref().map(days_since_epoch) {
            None => None,
            Some(Some(days)) => Some(days),
            Some(None) => {
                return Err(general(format!(
                    "row {}: report_date {:?} is not a YYYY-MM-DD date",
                    row.id,
                    row.report_date.as_deref().unwrap_or_default()
                )))
            }
        };
        // Destructured in full so that a new MentionRow field fails to
        // compile here until it has a column.
        let MentionRow {
            id,
            event_id,
            doc_id,
            sentence,
            date,
            date_source,
            report_date: _,
            source,
            url,
            actor_code,
            actor_sector,
            actor_text,
            recipient_code,
            recipient_sector,
            recipient_text,
            category,
            quad_code,
            event_scale,
            mode,
            aux_mode,
            trigger,
            text,
            confidence,
            pattern,
        } = row;
        self.id.push(bytes(id));
        self.event_id.push(event_id);
        self.doc_id.push(bytes(doc_id));
        self.sentence.push(sentence);
        self.date.push_opt(date.map(bytes));
        self.date_source.push(bytes(date_source));
        self.report_date.push_opt(report_date);
        self.source.push_opt(source.map(bytes));
        self.url.push_opt(url.map(bytes));
        self.actor_code.push_opt(actor_code.map(bytes));
        self.actor_sector.push_opt(actor_sector.map(bytes));
        self.actor_text.push(bytes(actor_text));
        self.recipient_code.push_opt(recipient_code.map(bytes));
        self.recipient_sector.push_opt(recipient_sector.map(bytes));
        self.recipient_text.push(bytes(recipient_text));
        self.category.push(bytes(category));
        self.quad_code.push(quad_code);
        self.event_scale.push(event_scale);
        self.mode.push(bytes(mode));
        self.aux_mode.push(bytes(aux_mode));
        self.trigger.push(bytes(trigger));
        self.text.push(bytes(text));
        self.confidence.push(confidence);
        self.pattern.push(bytes(pattern));
        Ok(())
    }
}

/// A string as a Parquet byte array (moves the buffer, no copy).
fn bytes(s: String) -> ByteArray {
    ByteArray::from(s.into_bytes())
}

/// `YYYY-MM-DD` as days since 1970-01-01, if it is such a date.
fn days_since_epoch(date: &str) -> Option<i32> {
    if date.len() != 10 {
        return None;
    }
    let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    Some(d.num_days_from_ce() - UNIX_EPOCH_DAYS_FROM_CE)
}

fn general(message: impl Into<String>) -> ParquetError {
    ParquetError::General(message.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::Field;
    use std::fs::File;

    fn row(n: i64) -> MentionRow {
        MentionRow {
            id: format!("doc{n}-0-{n}"),
            event_id: 1000 + n,
            doc_id: format!("doc{n}"),
            sentence: n % 7,
            date: Some(format!("2024-10-{:02}", n % 28 + 1)),
            date_source: "expression".into(),
            report_date: Some("2024-11-01".into()),
            source: Some("Reuters".into()),
            url: Some(format!("https://example.invalid/{n}")),
            actor_code: Some("USA".into()),
            actor_sector: Some("GOV".into()),
            actor_text: "Biden".into(),
            recipient_code: Some("CHN".into()),
            recipient_sector: None,
            recipient_text: "China".into(),
            category: "CONSULT".into(),
            quad_code: 1 + n % 4,
            event_scale: 1.5 + n as f64,
            mode: "visit;phone".into(),
            aux_mode: String::new(),
            trigger: "met".into(),
            text: format!("Biden met Xi, sentence {n}."),
            confidence: 0.25 * (n % 4) as f64,
            pattern: "p-consult-1".into(),
        }
    }

    /// A row with every optional field null and non-ASCII text.
    fn sparse_row() -> MentionRow {
        MentionRow {
            id: "文書-3-0".into(),
            event_id: -1,
            doc_id: "文書".into(),
            sentence: 3,
            date: None,
            date_source: "unknown".into(),
            report_date: None,
            source: None,
            url: None,
            actor_code: None,
            actor_sector: None,
            actor_text: "Władimir Putin".into(),
            recipient_code: None,
            recipient_sector: None,
            recipient_text: String::new(),
            category: "THREATEN".into(),
            quad_code: 4,
            event_scale: -7.25,
            mode: String::new(),
            aux_mode: "«aux»;ü".into(),
            trigger: "угрожал".into(),
            text: "Путин угрожал 🚀 «ответом».".into(),
            confidence: 1.0,
            pattern: "p-é".into(),
        }
    }

    fn write_all(rows: impl IntoIterator<Item = MentionRow>) -> (tempfile::NamedTempFile, usize) {
        let tmp = tempfile::NamedTempFile::new().expect("temp file");
        let file = File::create(tmp.path()).expect("create");
        let mut w = ParquetWriter::new(file).expect("writer");
        for r in rows {
            w.write(r).expect("write");
        }
        let n = w.finish().expect("finish");
        (tmp, n)
    }

    fn reader(tmp: &tempfile::NamedTempFile) -> SerializedFileReader<File> {
        SerializedFileReader::new(File::open(tmp.path()).expect("open")).expect("reader")
    }

    fn s(f: &Field) -> String {
        match f {
            Field::Str(s) => s.clone(),
            other => panic!("not a string: {other:?}"),
        }
    }

    fn opt_s(f: &Field) -> Option<String> {
        match f {
            Field::Null => None,
            other => Some(s(other)),
        }
    }

    fn long(f: &Field) -> i64 {
        match f {
            Field::Long(v) => *v,
            other => panic!("not an INT64: {other:?}"),
        }
    }

    fn double(f: &Field) -> f64 {
        match f {
            Field::Double(v) => *v,
            other => panic!("not a DOUBLE: {other:?}"),
        }
    }

    fn opt_date(f: &Field) -> Option<String> {
        match f {
            Field::Null => None,
            Field::Date(days) => Some(
                NaiveDate::from_num_days_from_ce_opt(days + UNIX_EPOCH_DAYS_FROM_CE)
                    .expect("date in range")
                    .format("%Y-%m-%d")
                    .to_string(),
            ),
            other => panic!("not a DATE: {other:?}"),
        }
    }

    /// Reads a row back by column name.
    fn back(r: &parquet::record::Row) -> MentionRow {
        let cols: std::collections::HashMap<&str, &Field> = r
            .get_column_iter()
            .map(|(name, f)| (name.as_str(), f))
            .collect();
        let f = |name: &str| *cols.get(name).unwrap_or_else(|| panic!("no {name}"));
        MentionRow {
            id: s(f("id")),
            event_id: long(f("event_id")),
            doc_id: s(f("doc_id")),
            sentence: long(f("sentence")),
            date: opt_s(f("date")),
            date_source: s(f("date_source")),
            report_date: opt_date(f("report_date")),
            source: opt_s(f("source")),
            url: opt_s(f("url")),
            actor_code: opt_s(f("actor_code")),
            actor_sector: opt_s(f("actor_sector")),
            actor_text: s(f("actor_text")),
            recipient_code: opt_s(f("recipient_code")),
            recipient_sector: opt_s(f("recipient_sector")),
            recipient_text: s(f("recipient_text")),
            category: s(f("category")),
            quad_code: long(f("quad_code")),
            event_scale: double(f("event_scale")),
            mode: s(f("mode")),
            aux_mode: s(f("aux_mode")),
            trigger: s(f("trigger")),
            text: s(f("text")),
            confidence: double(f("confidence")),
            pattern: s(f("pattern")),
        }
    }

    #[test]
    fn parquet_round_trips_every_field() {
        let mut partial = row(3);
        partial.date = Some("XXXX-10-23".into()); // a partial TIMEX3 value
        let rows = vec![row(1), sparse_row(), row(2), partial, sparse_row()];
        let (tmp, n) = write_all(rows.clone());
        assert_eq!(n, rows.len());
        let reader = reader(&tmp);
        assert_eq!(reader.metadata().num_row_groups(), 1);
        let read: Vec<MentionRow> = reader
            .get_row_iter(None)
            .expect("rows")
            .map(|r| back(&r.expect("row")))
            .collect();
        assert_eq!(read, rows);
    }

    #[test]
    fn parquet_schema_names_and_types() {
        let (tmp, _) = write_all([row(1)]);
        let reader = reader(&tmp);
        let meta = reader.metadata().file_metadata();
        let schema = meta.schema_descr();
        let names: Vec<&str> = schema.columns().iter().map(|c| c.name()).collect();
        // Same names as the struct's fields (serde sees them all).
        let json = serde_json::to_value(row(1)).expect("json");
        let mut fields: Vec<&str> = json
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        fields.sort_unstable();
        assert_eq!(sorted, fields);
        assert_eq!(names.first(), Some(&"id"));
        assert_eq!(names.last(), Some(&"pattern"));
        let text = format!(
            "{:?}",
            schema
                .column(
                    names
                        .iter()
                        .position(|n| *n == "report_date")
                        .expect("report_date")
                )
                .logical_type_ref()
        );
        assert!(text.contains("Date"), "{text}");
        for c in schema.columns() {
            let is_opt = c.self_type().is_optional();
            let expected_opt = json.get(c.name()).is_some_and(|v| v.is_null())
                || [
                    "date",
                    "report_date",
                    "source",
                    "url",
                    "actor_code",
                    "actor_sector",
                    "recipient_code",
                ]
                .contains(&c.name());
            assert_eq!(is_opt, expected_opt, "{}", c.name());
        }
    }

    #[test]
    fn parquet_splits_row_groups() {
        let total = ROW_GROUP + 10;
        let (tmp, n) = write_all((0..total as i64).map(row));
        assert_eq!(n, total);
        let reader = reader(&tmp);
        let meta = reader.metadata();
        assert_eq!(meta.num_row_groups(), 2);
        assert_eq!(meta.row_group(0).num_rows(), ROW_GROUP as i64);
        assert_eq!(meta.row_group(1).num_rows(), 10);
        assert_eq!(meta.file_metadata().num_rows(), total as i64);
        let last = reader
            .get_row_iter(None)
            .expect("rows")
            .last()
            .expect("a row")
            .expect("row");
        assert_eq!(back(&last), row(total as i64 - 1));
    }

    #[test]
    fn parquet_empty_export_is_valid() {
        let mut out = Vec::new();
        let n = ParquetWriter::new(&mut out)
            .expect("writer")
            .finish()
            .expect("finish");
        assert_eq!(n, 0);
        let tmp = tempfile::NamedTempFile::new().expect("temp file");
        std::fs::write(tmp.path(), &out).expect("write");
        let reader = reader(&tmp);
        assert_eq!(reader.metadata().file_metadata().num_rows(), 0);
        assert_eq!(reader.metadata().num_row_groups(), 0);
        assert_eq!(
            reader
                .metadata()
                .file_metadata()
                .schema_descr()
                .num_columns(),
            24
        );
        assert_eq!(reader.get_row_iter(None).expect("rows").count(), 0);
    }

    #[test]
    fn parquet_rejects_bad_report_date_without_corrupting() {
        let mut out = Vec::new();
        let mut w = ParquetWriter::new(&mut out).expect("writer");
        w.write(row(1)).expect("write");
        let mut bad = row(2);
        bad.report_date = Some("2024-11".into());
        let err = w.write(bad).expect_err("bad date");
        assert!(err.to_string().contains("doc2-0-2"), "{err}");
        w.write(sparse_row()).expect("write");
        assert_eq!(w.finish().expect("finish"), 2);
        let tmp = tempfile::NamedTempFile::new().expect("temp file");
        std::fs::write(tmp.path(), &out).expect("write");
        let read: Vec<MentionRow> = reader(&tmp)
            .get_row_iter(None)
            .expect("rows")
            .map(|r| back(&r.expect("row")))
            .collect();
        assert_eq!(read, vec![row(1), sparse_row()]);
    }

    #[test]
    fn parquet_date_days() {
        assert_eq!(days_since_epoch("1970-01-01"), Some(0));
        assert_eq!(days_since_epoch("1970-01-02"), Some(1));
        assert_eq!(days_since_epoch("1969-12-31"), Some(-1));
        assert_eq!(days_since_epoch("2000-03-01"), Some(11_017));
        assert_eq!(days_since_epoch("2024-02-30"), None);
        assert_eq!(days_since_epoch("2024-1-5"), None);
        assert_eq!(days_since_epoch(""), None);
    }
}
