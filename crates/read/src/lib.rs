//! Article readers for dyad: plain text, JSON Lines, HTML, gzip,
//! directories and standard input, turned into [`Document`]s one at a time.
//!
//! [`read_inputs`] returns a [`Reader`], an iterator of
//! `Result<Document, ReadError>`. It streams: JSON Lines files are read
//! record by record with a bounded line buffer ([`ReadOptions::max_record_bytes`]),
//! directories are walked lazily, and a bad path, a malformed record or an
//! over-long line yields one [`ReadError`] (naming file and line) and
//! reading goes on. Every record is accounted for: documents out plus
//! errors equals records in (blank lines are not records).
//!
//! **Formats** (by file name, ignoring `.gz`; gzip itself is detected by its
//! magic bytes): `.jsonl`/`.ndjson` are JSON Lines, whose lines end at `\n`,
//! `\r\n` or a lone `\r` (old Mac files); `.json` is JSON Lines
//! unless it opens with `[` (an array of records) or a lone `{` line
//! (pretty-printed records, one after another); those are streamed record
//! by record, each record bounded by the cap and numbered in its errors
//! ("record 7: ..."), whatever the size of the file; `.html`/`.htm`
//! are pages whose article body is extracted; anything else is plain text,
//! one document per file, kept byte for byte. Standard input (`-`), a FIFO
//! or device named by the caller (`/dev/stdin`, `<(zcat ...)`) whose name
//! does not tell the format, and [`read_stream`] sniff the first bytes
//! instead, looking past leading whitespace (up to
//! [`ReadOptions::max_record_bytes`]).
//!
//! **Directories** are walked recursively in sorted order, hidden entries
//! skipped, each entry looked at only when its turn comes. An entry that is
//! not a regular file or a directory (FIFO, socket, device) is never opened
//! (a FIFO would block forever): it is one error, "not a regular file
//! (fifo); skipped".
//!
//! **Gzip:** every member of a multi-member stream is read. Zero bytes after
//! the last member (padding) end the input quietly; other trailing bytes end
//! it with one error, "trailing data after gzip stream; ignored", after the
//! records already decompressed.
//!
//! **Encoding:** a byte-order mark decides the encoding: a UTF-8 mark is
//! dropped, and UTF-16 or UTF-32 (little or big endian) input is converted
//! to UTF-8 as it streams, before the format is sniffed (unpaired
//! surrogates become U+FFFD). Without a mark, input is UTF-8; bytes that are
//! not valid UTF-8 are decoded lossily (invalid bytes become U+FFFD) and the
//! document is kept: one bad byte in a scraped article should not cost the
//! whole article. Offsets then index the decoded text, which is what
//! [`Document::text`] holds.
//!
//! **Binary data** is refused, one error per document or record: a text
//! (a whole text or HTML input, a JSON record, or the text field of a
//! record) holding a NUL character, or in which more than 1 character in 20
//! is a control character other than tab, line feed, vertical tab, form
//! feed or carriage return, is skipped with "binary data (NUL bytes);
//! skipped" or "binary data (N% control characters); skipped".
//!
//! **Record fields:** only a missing text rejects a JSON record. An id,
//! date, title, URL or source field of the wrong type or out of range (a
//! number beyond `f64`, `"date": 1e400`) is passed over and the next field
//! of its kind, or the default, is used; numeric ids are kept as written
//! (`123456789012345678901234567890`), and half a UTF-16 surrogate pair in
//! a string escape becomes U+FFFD.
//!
//! **Dates:** metadata ([`DateSource::Metadata`](dyad_core::DateSource)) wins, then a
//! `date YYYY-MM-DD` marker, date-only line or full-date dateline in the
//! first lines of the text (`Text`), then [`ReadOptions::default_date`]
//! (`Flag`), else unknown. A metadata date is a string in any shape
//! [`parse_date`] accepts, or a number read by its digits (epoch seconds or
//! milliseconds, `YYYYMMDD`). Impossible dates (2023-02-30) and years
//! outside 1800–2100 are never produced: such a field counts as no date.
//!
//! This crate does not segment or analyse text (see `dyad-text`) beyond
//! finding a plain-text title, and it does not fetch anything from the network.

mod binary;
mod date;
mod html;
mod input;
mod json;
mod jsonl;
mod lenient;
mod plain;

pub use date::parse_date;
pub use plain::read_str;

use dyad_core::{Document, Origin};
use input::{Bom, Gunzip, Note, Peek, WideDecoder, GZIP_MAGIC};
use jsonl::{read_bounded_line, record_to_doc, Line};
use std::collections::{HashSet, VecDeque};
use std::fmt;
use std::fs::File;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

/// Reader settings.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Date given to documents whose metadata and text carry none (the `--date` flag).
    pub default_date: Option<chrono::NaiveDate>,
    /// Largest record accepted, in bytes: a JSON Lines line, an element of
    /// a JSON array, or a whole text or HTML input. Larger ones are reported
    /// and skipped without being held in memory. Default 8 MiB.
    pub max_record_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            default_date: None,
            max_record_bytes: 8 * 1024 * 1024,
        }
    }
}

/// A problem with one input or record. Reading continues after it.
///
/// Displayed as one line, `path:line: message`: the message is at most
/// [`MAX_MESSAGE_CHARS`] characters and neither it nor the path shows a
/// control character raw (a newline in a file name prints as `\n`), so a
/// hostile input cannot flood or forge the error stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// The file (and line, for JSON Lines and JSON arrays) concerned.
    pub origin: Origin,
    /// What went wrong: one line, at most [`MAX_MESSAGE_CHARS`] characters.
    pub message: String,
}

/// Longest [`ReadError::message`], in characters; anything longer (a
/// library message quoting input) is cut and ends with `...`.
pub const MAX_MESSAGE_CHARS: usize = 200;

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}",
            one_line(&self.origin.to_string(), usize::MAX),
            self.message
        )
    }
}

/// `s` on one line, control characters escaped (`\n`), cut to at most
/// `max` characters (the last three `...` when cut).
fn one_line(s: &str, max: usize) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_control() {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    if out.chars().count() > max {
        let cut = out
            .char_indices()
            .nth(max.saturating_sub(3))
            .map_or(out.len(), |(i, _)| i);
        out.truncate(cut);
        out.push_str("...");
    }
    out
}

impl std::error::Error for ReadError {}

/// Counts kept while reading, so a caller can tell an empty input from a
/// failed one and check that nothing was silently dropped.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadStats {
    /// Files (or streams) opened.
    pub inputs: usize,
    /// Inputs that produced neither a document nor an error.
    pub empty_inputs: usize,
    /// Documents produced.
    pub documents: usize,
    /// Errors produced.
    pub errors: usize,
}

/// The formats we read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    JsonLines,
    /// `.json`: JSON Lines, or JSON arrays of records / pretty-printed records.
    Json,
    Html,
}

/// An input after its byte layers (gzip, byte-order mark, UTF-16/32).
type Bytes = Peek<Box<dyn Read + Send>>;

/// An input being read.
enum Source {
    /// JSON Lines: one record per line.
    Lines {
        path: String,
        input: Box<dyn BufRead + Send>,
        line: usize,
        buf: Vec<u8>,
        /// The last line ended at a `\r` (see [`read_bounded_line`]).
        after_cr: bool,
    },
    /// A single-document input, already read.
    One(Option<Result<Document, ReadError>>),
    /// JSON arrays of records, or records over several lines, scanned one
    /// record at a time.
    Values {
        path: String,
        scan: json::JsonValues,
        buf: Vec<u8>,
    },
}

/// Streaming iterator over the documents of a list of inputs. Build it with
/// [`read_inputs`] or [`read_stream`].
pub struct Reader {
    pending: VecDeque<PendingInput>,
    current: Option<Source>,
    /// Items produced by the current source, to detect empty inputs.
    current_items: usize,
    opts: ReadOptions,
    stats: ReadStats,
    /// Directories already walked (canonical paths), so symlink loops end.
    visited_dirs: HashSet<PathBuf>,
    /// The current input's name and the note its layers may leave (trailing
    /// data after gzip), reported when the input ends.
    current_note: Option<(String, Note)>,
}

/// An input not opened yet.
enum PendingInput {
    /// A path the caller named: read whatever it is, so a FIFO or a device
    /// (`/dev/stdin`, `<(zcat ...)`) streams.
    Path(PathBuf),
    /// A path found in a directory: only regular files and directories are
    /// read; a FIFO there could block forever, so it is never opened.
    Entry(PathBuf),
    Stream(String, Box<dyn Read + Send>),
    /// A directory entry that could not be listed.
    Error(ReadError),
}

/// Read the given files, directories (recursively, sorted, hidden entries
/// skipped) and `-` (standard input, format sniffed from its first bytes).
pub fn read_inputs(paths: &[PathBuf], opts: ReadOptions) -> Reader {
    Reader {
        pending: paths.iter().cloned().map(PendingInput::Path).collect(),
        current: None,
        current_items: 0,
        opts,
        stats: ReadStats::default(),
        visited_dirs: HashSet::new(),
        current_note: None,
    }
}

/// Read one already-open stream named `name` (used in errors and ids),
/// sniffing its format like standard input: gzip magic, a byte-order mark,
/// then (past leading whitespace) `{` for JSON Lines (or pretty-printed
/// records), `[` for a JSON array of records, `<` for HTML, anything else
/// plain text.
pub fn read_stream<R: Read + Send + 'static>(name: &str, input: R, opts: ReadOptions) -> Reader {
    let mut reader = read_inputs(&[], opts);
    reader
        .pending
        .push_back(PendingInput::Stream(name.to_string(), Box::new(input)));
    reader
}

impl Reader {
    /// Counts so far (complete once the iterator is exhausted).
    pub fn stats(&self) -> ReadStats {
        self.stats
    }

    fn error(path: &str, line: Option<usize>, message: impl Into<String>) -> ReadError {
        ReadError {
            origin: Origin {
                path: path.to_string(),
                line,
            },
            message: one_line(&message.into(), MAX_MESSAGE_CHARS),
        }
    }

    /// Open the next pending input. Directories are expanded in place.
    fn open(&mut self, input: PendingInput) -> Result<Option<Source>, ReadError> {
        match input {
            PendingInput::Stream(name, stream) => {
                self.stats.inputs += 1;
                self.open_stream(&name, stream, None).map(Some)
            }
            PendingInput::Path(path) if path.as_os_str() == "-" => {
                self.stats.inputs += 1;
                self.open_stream("-", Box::new(std::io::stdin()), None)
                    .map(Some)
            }
            PendingInput::Error(e) => Err(e),
            PendingInput::Path(path) => self.open_path(&path, true),
            PendingInput::Entry(path) => self.open_path(&path, false),
        }
    }

    /// Open a file, or queue a directory's entries. Special files (FIFOs,
    /// sockets, devices) are refused unless `named` by the caller; named
    /// ones are streamed with their format sniffed unless their name gives it.
    fn open_path(&mut self, path: &Path, named: bool) -> Result<Option<Source>, ReadError> {
        let name = path.display().to_string();
        // Follows symbolic links: a link to a FIFO is a FIFO.
        let meta = std::fs::metadata(path).map_err(|e| Self::error(&name, None, e.to_string()))?;
        if meta.is_dir() {
            self.expand_dir(path, &name)?;
            return Ok(None);
        }
        let special = input::special_kind(&meta);
        if let (Some(kind), false) = (special, named) {
            return Err(Self::error(
                &name,
                None,
                format!("not a regular file ({kind}); skipped"),
            ));
        }
        self.stats.inputs += 1;
        let file = File::open(path).map_err(|e| Self::error(&name, None, e.to_string()))?;
        let format = match (format_from_name(path), special) {
            (Some(format), _) => Some(format),
            (None, None) => Some(Format::Text),
            (None, Some(_)) => None,
        };
        self.open_stream(&name, Box::new(file), format).map(Some)
    }

    /// Queue a directory's entries, sorted, ahead of the remaining inputs.
    fn expand_dir(&mut self, dir: &Path, name: &str) -> Result<(), ReadError> {
        let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        if !self.visited_dirs.insert(canonical) {
            // Already walked (a symlink loop or the same directory given twice).
            return Ok(());
        }
        let entries = std::fs::read_dir(dir).map_err(|e| Self::error(name, None, e.to_string()))?;
        let mut paths = Vec::new();
        let mut errors = Vec::new();
        for entry in entries {
            match entry {
                Ok(e) if e.file_name().to_string_lossy().starts_with('.') => {}
                Ok(e) => paths.push(e.path()),
                Err(e) => errors.push(Self::error(name, None, e.to_string())),
            }
        }
        paths.sort();
        // Entries are only looked at (and opened) when their turn comes.
        for p in paths.into_iter().rev() {
            self.pending.push_front(PendingInput::Entry(p));
        }
        for e in errors {
            self.pending.push_front(PendingInput::Error(e));
        }
        Ok(())
    }

    /// Decompress if gzip, decode by byte-order mark, pick the format
    /// (given, or sniffed past leading whitespace), and start reading.
    fn open_stream(
        &mut self,
        name: &str,
        raw: Box<dyn Read + Send>,
        format: Option<Format>,
    ) -> Result<Source, ReadError> {
        let io_err = |e: std::io::Error| Self::error(name, None, e.to_string());
        let cap = self.opts.max_record_bytes;
        let note = Note::default();
        self.current_note = Some((name.to_string(), note.clone()));
        let mut bytes = Peek::new(raw);
        if bytes.peek(2).map_err(io_err)?.starts_with(&GZIP_MAGIC) {
            bytes = Peek::new(Box::new(Gunzip::new(bytes, note)));
        }
        let mut input: Bytes = match Bom::detect(bytes.peek(4).map_err(io_err)?) {
            Some(Bom::Utf8) => {
                bytes.consume(Bom::Utf8.len());
                bytes
            }
            Some(wide) => {
                bytes.consume(wide.len());
                Peek::new(Box::new(WideDecoder::new(bytes, wide)))
            }
            None => bytes,
        };
        let format = match format {
            Some(f) => f,
            None => sniff(input.peek_past_whitespace(cap).map_err(io_err)?),
        };
        let format = if format == Format::Json {
            // A `.json` file holding an array, or records spread over
            // several lines, is read as JSON values; one record per line
            // is JSON Lines.
            if json_values(&mut input, cap).map_err(io_err)? {
                return Ok(Source::Values {
                    path: name.to_string(),
                    scan: json::JsonValues::new(Box::new(input)),
                    buf: Vec::new(),
                });
            }
            Format::JsonLines
        } else {
            format
        };
        let input: Box<dyn BufRead + Send> = Box::new(input);
        if format == Format::JsonLines {
            return Ok(Source::Lines {
                path: name.to_string(),
                input,
                line: 0,
                buf: Vec::new(),
                after_cr: false,
            });
        }
        // Single-document formats: read up to the cap, never more.
        let mut bytes = Vec::new();
        input
            .take(cap as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(io_err)?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(Source::One(None));
        }
        let text = String::from_utf8_lossy(&bytes);
        if let Some(reason) = binary::binary_reason(&text) {
            return Err(Self::error(name, None, reason));
        }
        if bytes.len() > cap {
            return Err(Self::error(
                name,
                None,
                format!("document larger than {cap} bytes; skipped"),
            ));
        }
        let origin = Origin {
            path: name.to_string(),
            line: None,
        };
        let doc = if format == Format::Html {
            let page = html::parse_html(&text);
            let mut doc = Document::new(name, page.text);
            doc.title = page.title;
            doc.url = page.url;
            doc.source = page.source;
            doc.origin = origin;
            plain::settle_date(&mut doc, page.date, &self.opts);
            doc
        } else {
            read_str(&text, origin, &self.opts)
        };
        Ok(Source::One(Some(Ok(doc))))
    }

    /// Next item of the current source, or `None` when it is exhausted.
    fn next_from(&mut self) -> Option<Result<Document, ReadError>> {
        match self.current.as_mut()? {
            Source::One(item) => item.take(),
            Source::Values { path, scan, buf } => {
                let cap = self.opts.max_record_bytes;
                let at = |line| Origin {
                    path: path.clone(),
                    line: Some(line),
                };
                let item = match scan.next(buf, cap) {
                    Ok(json::Item::Eof) => return None,
                    Ok(json::Item::Record { number, line }) => {
                        let fallback = format!("{path}#{number}");
                        match jsonl::json_to_doc(buf, fallback, at(line), &self.opts) {
                            Ok(Some(doc)) => Ok(doc),
                            Ok(None) => Err(format!("record {number}: empty")),
                            Err(m) => Err(format!("record {number}: {m}")),
                        }
                        .map_err(|m| Self::error(path, Some(line), m))
                    }
                    Ok(json::Item::TooLong {
                        number,
                        line,
                        bytes,
                    }) => Err(Self::error(
                        path,
                        Some(line),
                        format!("record {number} of {bytes} bytes exceeds the {cap} byte limit; skipped"),
                    )),
                    Ok(json::Item::Stray { line, what }) => Err(Self::error(path, Some(line), what)),
                    Err(e) => {
                        // A read error (truncated gzip, I/O failure) ends this input.
                        let err = Self::error(path, None, e.to_string());
                        self.current = Some(Source::One(None));
                        Err(err)
                    }
                };
                Some(item)
            }
            Source::Lines {
                path,
                input,
                line,
                buf,
                after_cr,
            } => loop {
                *line += 1;
                let at = Some(*line);
                let cap = self.opts.max_record_bytes;
                match read_bounded_line(input.as_mut(), buf, cap, after_cr) {
                    Ok(Line::Eof) => return None,
                    Ok(Line::TooLong(n)) => {
                        return Some(Err(Self::error(
                            path,
                            at,
                            format!(
                                "record of {n} bytes exceeds the {} byte limit; skipped",
                                self.opts.max_record_bytes
                            ),
                        )))
                    }
                    Ok(Line::Complete) => {
                        let origin = Origin {
                            path: path.clone(),
                            line: at,
                        };
                        match record_to_doc(buf, origin, &self.opts) {
                            Ok(Some(doc)) => return Some(Ok(doc)),
                            Ok(None) => continue,
                            Err(message) => return Some(Err(Self::error(path, at, message))),
                        }
                    }
                    Err(e) => {
                        // A read error (truncated gzip, I/O failure) ends this input.
                        let err = Self::error(path, at, e.to_string());
                        self.current = Some(Source::One(None));
                        return Some(Err(err));
                    }
                }
            },
        }
    }

    fn count(&mut self, item: &Result<Document, ReadError>) {
        match item {
            Ok(_) => self.stats.documents += 1,
            Err(_) => self.stats.errors += 1,
        }
    }
}

impl Iterator for Reader {
    type Item = Result<Document, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.current.is_some() {
                if let Some(item) = self.next_from() {
                    self.current_items += 1;
                    self.count(&item);
                    return Some(item);
                }
                // A problem found at the end of the input's bytes.
                if let Some((name, note)) = self.current_note.take() {
                    if let Some(message) = note.get() {
                        let item = Err(Self::error(&name, None, message.clone()));
                        self.current_items += 1;
                        self.count(&item);
                        return Some(item);
                    }
                }
                if self.current_items == 0 {
                    self.stats.empty_inputs += 1;
                }
                self.current = None;
            }
            let input = self.pending.pop_front()?;
            self.current_items = 0;
            self.current_note = None;
            match self.open(input) {
                Ok(source) => self.current = source,
                Err(e) => {
                    let item = Err(e);
                    self.count(&item);
                    return Some(item);
                }
            }
        }
    }
}

/// Format from the file name, ignoring a `.gz` suffix; `None` when the name does not tell.
fn format_from_name(path: &Path) -> Option<Format> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match ext {
        "jsonl" | "ndjson" => Some(Format::JsonLines),
        "json" => Some(Format::Json),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        _ => None,
    }
}

/// True when a JSON input holds an array or pretty-printed records (its
/// first non-blank byte is `[`, or a `{` alone on its line), false for JSON
/// Lines. Looks ahead past leading whitespace, at most `limit` bytes.
fn json_values(input: &mut Bytes, limit: usize) -> std::io::Result<bool> {
    let head = input.peek_past_whitespace(limit)?;
    let Some(start) = head.iter().position(|b| !b.is_ascii_whitespace()) else {
        return Ok(false);
    };
    if head.get(start) == Some(&b'[') {
        return Ok(true);
    }
    if head.get(start) != Some(&b'{') {
        return Ok(false);
    }
    // Is the `{` alone on its line? Look a little further if needed.
    let head = input.peek(start + 1 + 4096)?;
    let after = head.get(start + 1..).unwrap_or_default();
    let rest = after.iter().find(|b| !matches!(b, b' ' | b'\t')).copied();
    Ok(matches!(rest, None | Some(b'\n' | b'\r')))
}

/// Format of a stream from its first bytes (after any byte-order mark).
fn sniff(head: &[u8]) -> Format {
    let first = head.iter().copied().find(|b| !b.is_ascii_whitespace());
    match first {
        // `Json` decides between JSON Lines and a whole-file array/record.
        Some(b'{' | b'[') => Format::Json,
        Some(b'<') => Format::Html,
        _ => Format::Text,
    }
}

#[cfg(test)]
mod tests;
