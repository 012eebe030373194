//! JSON arrays of records, and records written one after another over
//! several lines, read one record at a time.
//!
//! A small byte scanner finds where each value ends (tracking strings,
//! escapes and bracket depth) without parsing it, so memory is bounded by
//! the largest record kept ([`ReadOptions::max_record_bytes`](crate::ReadOptions)),
//! not by the file. Each value is then parsed on its own, so one bad record
//! costs only itself.
//!
//! Layout accepted: any sequence of top-level values separated by
//! whitespace; the elements of a top-level array are records, and any other
//! top-level object is a record. A missing comma between two elements is
//! forgiven (they are two records); bytes between top-level values that
//! cannot start one are reported once per run.

use std::io::{self, BufRead};

/// What [`JsonValues::next`] found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Item {
    /// Record number `number` (1-based), starting on `line`, is in the buffer.
    Record { number: usize, line: usize },
    /// Record `number`, starting on `line`, had `bytes` bytes, more than the
    /// cap; it was read past but not kept.
    TooLong {
        number: usize,
        line: usize,
        bytes: usize,
    },
    /// Bytes that are not a record, starting on `line`; `what` says why.
    Stray { line: usize, what: &'static str },
    /// End of input.
    Eof,
}

/// Where the scanner is between values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Between top-level values.
    Top,
    /// Inside a top-level array; `after_value` once an element was read and
    /// no comma followed yet.
    InArray { after_value: bool },
    /// Input exhausted.
    Done,
}

/// Scanner over the records of one JSON input.
pub(crate) struct JsonValues {
    input: Box<dyn BufRead + Send>,
    state: State,
    /// Line of the next unread byte (1-based).
    line: usize,
    /// The last byte consumed was a `\r`: a `\n` next ends no new line.
    after_cr: bool,
    /// Records found so far.
    records: usize,
}

/// Progress through one value, kept across buffer refills.
#[derive(Default)]
struct ValueScan {
    /// Bytes of the value seen so far.
    taken: usize,
    depth: usize,
    in_string: bool,
    escape: bool,
    /// The value is an object or an array (else a scalar or junk).
    container: bool,
}

impl ValueScan {
    /// How many bytes of `chunk` belong to the value, and whether it ends
    /// there. A scalar ends before whitespace or punctuation; a container
    /// after the bracket that closes it; a stray `]`, `}` or `,` is a
    /// one-byte value of its own so the scan always moves on.
    fn feed(&mut self, chunk: &[u8]) -> (usize, bool) {
        let mut i = 0;
        if self.taken == 0 {
            match chunk.first() {
                None => return (0, false),
                Some(b'}' | b']' | b',') => return (1, true),
                Some(&c) => self.container = c == b'{' || c == b'[',
            }
        }
        while let Some(&c) = chunk.get(i) {
            if self.in_string {
                if self.escape {
                    self.escape = false;
                    i += 1;
                    continue;
                }
                match chunk.get(i..).and_then(|r| memchr::memchr2(b'"', b'\\', r)) {
                    None => return (chunk.len(), false),
                    Some(j) => {
                        i += j;
                        if chunk.get(i) == Some(&b'\\') {
                            self.escape = true;
                        } else {
                            self.in_string = false;
                        }
                        i += 1;
                        continue;
                    }
                }
            }
            let first = self.taken + i == 0;
            match c {
                b'"' => self.in_string = true,
                b'{' | b'[' if !self.container && !first => return (i, true),
                b'{' | b'[' => self.depth += 1,
                b'}' | b']' if self.depth == 0 => return (i, true),
                b'}' | b']' => {
                    self.depth -= 1;
                    if self.depth == 0 {
                        return (i + 1, true);
                    }
                }
                b',' if self.depth == 0 => return (i, true),
                c if c.is_ascii_whitespace() && self.depth == 0 => return (i, true),
                _ => {}
            }
            i += 1;
        }
        (chunk.len(), false)
    }
}

impl JsonValues {
    pub(crate) fn new(input: Box<dyn BufRead + Send>) -> Self {
        JsonValues {
            input,
            state: State::Top,
            line: 1,
            after_cr: false,
            records: 0,
        }
    }

    /// Consume `n` bytes of the current buffer, counting lines (ended by
    /// `\n`, `\r\n` or a lone `\r`, as in JSON Lines).
    fn consume(&mut self, n: usize) -> io::Result<()> {
        let buf = self.input.fill_buf()?;
        let n = n.min(buf.len());
        let taken = buf.get(..n).unwrap_or_default();
        for i in memchr::memchr2_iter(b'\n', b'\r', taken) {
            let crlf = i
                .checked_sub(1)
                .map_or(self.after_cr, |p| taken.get(p) == Some(&b'\r'));
            if taken.get(i) == Some(&b'\r') || !crlf {
                self.line += 1;
            }
        }
        if let Some(&last) = taken.last() {
            self.after_cr = last == b'\r';
        }
        self.input.consume(n);
        Ok(())
    }

    /// Skip whitespace; the next byte, or `None` at the end of input.
    fn next_byte(&mut self) -> io::Result<Option<u8>> {
        loop {
            let buf = match self.input.fill_buf() {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                other => other?,
            };
            match buf.iter().position(|b| !b.is_ascii_whitespace()) {
                Some(i) => {
                    let b = buf.get(i).copied();
                    self.consume(i)?;
                    return Ok(b);
                }
                None if buf.is_empty() => return Ok(None),
                None => {
                    let n = buf.len();
                    self.consume(n)?;
                }
            }
        }
    }

    /// Read one value into `buf` (cleared first), keeping at most `cap`
    /// bytes. Returns its length in bytes, and whether it ended before the
    /// input did.
    fn read_value(&mut self, buf: &mut Vec<u8>, cap: usize) -> io::Result<(usize, bool)> {
        buf.clear();
        let mut scan = ValueScan::default();
        let mut complete = false;
        loop {
            let chunk = match self.input.fill_buf() {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                other => other?,
            };
            if chunk.is_empty() {
                break;
            }
            let (n, done) = scan.feed(chunk);
            if scan.taken + n <= cap {
                buf.extend_from_slice(chunk.get(..n).unwrap_or_default());
            } else if !buf.is_empty() {
                *buf = Vec::new();
            }
            scan.taken += n;
            self.consume(n)?;
            if done {
                complete = true;
                break;
            }
        }
        if scan.taken > cap {
            buf.clear();
        }
        Ok((scan.taken, complete))
    }

    /// Skip bytes up to the next `{` or `[` (or the end of input).
    fn skip_junk(&mut self) -> io::Result<()> {
        loop {
            let buf = match self.input.fill_buf() {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                other => other?,
            };
            if buf.is_empty() {
                return Ok(());
            }
            match memchr::memchr2(b'{', b'[', buf) {
                Some(i) => return self.consume(i),
                None => {
                    let n = buf.len();
                    self.consume(n)?;
                }
            }
        }
    }

    /// The next record (its bytes in `buf`, at most `cap` of them kept) or
    /// other finding. After an I/O error the input should be abandoned.
    pub(crate) fn next(&mut self, buf: &mut Vec<u8>, cap: usize) -> io::Result<Item> {
        loop {
            let Some(b) = self.next_byte()? else {
                let unclosed = matches!(self.state, State::InArray { .. });
                self.state = State::Done;
                return Ok(if unclosed {
                    Item::Stray {
                        line: self.line,
                        what: "JSON array not closed: input ends inside it",
                    }
                } else {
                    Item::Eof
                });
            };
            let line = self.line;
            match (self.state, b) {
                (State::Done, _) => return Ok(Item::Eof),
                (State::Top, b'[') => {
                    self.consume(1)?;
                    self.state = State::InArray { after_value: false };
                    continue;
                }
                (State::Top, b'{') => {}
                (State::Top, _) => {
                    self.skip_junk()?;
                    return Ok(Item::Stray {
                        line,
                        what: "data between JSON records that is not a record; skipped",
                    });
                }
                (State::InArray { .. }, b']') => {
                    self.consume(1)?;
                    self.state = State::Top;
                    continue;
                }
                (State::InArray { .. }, b',') => {
                    // A comma after an element, or an empty slot (`[,`) that
                    // holds no record: either way nothing to report.
                    self.consume(1)?;
                    self.state = State::InArray { after_value: false };
                    continue;
                }
                (State::InArray { .. }, _) => {
                    // An element; a missing comma before it is forgiven.
                    self.state = State::InArray { after_value: true };
                }
            }
            self.records += 1;
            let number = self.records;
            let (bytes, complete) = self.read_value(buf, cap)?;
            if !complete {
                // Cut off by the end of input: its own error says so, and
                // nothing (an unclosed array) needs saying after it.
                self.state = State::Done;
            }
            return Ok(if bytes > cap {
                Item::TooLong {
                    number,
                    line,
                    bytes,
                }
            } else {
                Item::Record { number, line }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every item of `data`, with the record text for records.
    fn items(data: &str, cap: usize) -> Vec<(Item, String)> {
        let mut scan = JsonValues::new(Box::new(io::Cursor::new(data.as_bytes().to_vec())));
        let mut buf = Vec::new();
        let mut out = Vec::new();
        loop {
            match scan.next(&mut buf, cap) {
                Ok(Item::Eof) => return out,
                Ok(item) => out.push((item, String::from_utf8_lossy(&buf).into_owned())),
                Err(e) => panic!("{e}"),
            }
        }
    }

    fn records(data: &str) -> Vec<String> {
        items(data, 1000)
            .into_iter()
            .filter(|(i, _)| matches!(i, Item::Record { .. }))
            .map(|(_, s)| s)
            .collect()
    }

    #[test]
    fn arrays_and_sequences_split_into_values() {
        assert_eq!(
            records(r#"[{"a":"x,]}"}, {"b":[1,{"c":"\"]"}]} ,3,"s" ,null]"#),
            [
                r#"{"a":"x,]}"}"#,
                r#"{"b":[1,{"c":"\"]"}]}"#,
                "3",
                r#""s""#,
                "null"
            ]
        );
        assert_eq!(
            records("{\n  \"a\": 1\n}\n{\n  \"b\": 2\n}\n"),
            ["{\n  \"a\": 1\n}", "{\n  \"b\": 2\n}"]
        );
        assert_eq!(
            records("[] [{\"a\":1} {\"b\":2}]"),
            ["{\"a\":1}", "{\"b\":2}"]
        );
        assert_eq!(records("[,,]"), Vec::<String>::new());
    }

    #[test]
    fn records_carry_numbers_and_lines() {
        for data in [
            "[\n{\"a\":1},\n\n{\"b\":\n2}]",
            "[\r\n{\"a\":1},\r\n\r\n{\"b\":\r\n2}]",
            "[\r{\"a\":1},\r\r{\"b\":\r2}]",
        ] {
            let found = items(data, 1000);
            let lines: Vec<usize> = found
                .iter()
                .filter_map(|(i, _)| match i {
                    Item::Record { line, .. } => Some(*line),
                    _ => None,
                })
                .collect();
            assert_eq!(lines, [2, 4], "{data:?}");
        }
        let found = items("[\n{\"a\":1},\n\n{\"b\":\n2}]", 1000);
        let kinds: Vec<&Item> = found.iter().map(|(i, _)| i).collect();
        assert_eq!(
            kinds,
            [
                &Item::Record { number: 1, line: 2 },
                &Item::Record { number: 2, line: 4 }
            ]
        );
    }

    #[test]
    fn oversized_broken_and_stray_values() {
        let big = format!("[{{\"t\":\"{}\"}},{{\"t\":\"ok\"}}]", "x".repeat(500));
        let found = items(&big, 100);
        assert_eq!(
            found[0].0,
            Item::TooLong {
                number: 1,
                line: 1,
                bytes: 508
            }
        );
        assert_eq!(found[1].1, "{\"t\":\"ok\"}");
        // An element cut off by the end of input is all that is reported;
        // an array left open after a whole element is reported as such.
        let found = items("[{\"a\":1},{\"b\":", 100);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].1, "{\"b\":");
        let found = items("[{\"a\":1},\n", 100);
        assert_eq!(found.len(), 2);
        assert!(matches!(found[1].0, Item::Stray { line: 2, what } if what.contains("not closed")));
        // Junk between top-level values is one finding per run.
        let found = items("{\"a\":1} junk ]]] , {\"b\":2}", 100);
        assert_eq!(found.len(), 3);
        assert!(matches!(found[1].0, Item::Stray { line: 1, .. }));
        // Stray closers inside an array are one-byte values (reported by the caller).
        assert_eq!(records("[}]"), ["}"]);
    }

    #[test]
    fn never_stalls_on_any_bytes() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..200 {
            let len = (seed % 300) as usize;
            let data: Vec<u8> = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    b"{}[],\" \\\nax1"[(seed % 12) as usize]
                })
                .collect();
            let mut scan = JsonValues::new(Box::new(io::Cursor::new(data.clone())));
            let mut buf = Vec::new();
            // Each step consumes at least one byte, so this many always suffice.
            let finished = (0..=data.len() + 2)
                .any(|_| matches!(scan.next(&mut buf, 50), Ok(Item::Eof) | Err(_)));
            assert!(finished, "{:?}", String::from_utf8_lossy(&data));
        }
    }
}
