//! The byte layers under every input: look-ahead for sniffing, gzip
//! members, byte-order marks and UTF-16/UTF-32 decoding. All of them
//! stream: memory is bounded by what the caller asks to peek at.

use flate2::bufread::GzDecoder;
use std::fs::Metadata;
use std::io::{self, BufRead, Read};
use std::sync::{Arc, OnceLock};

/// Gzip's two magic bytes.
pub(crate) const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Bytes read from the layer below at a time.
const CHUNK: usize = 1 << 16;

/// A buffered reader that can look ahead as far as asked: `peek(n)` reads
/// until `n` bytes are buffered (or the input ends) without consuming them.
pub(crate) struct Peek<R> {
    inner: R,
    buf: Vec<u8>,
    pos: usize,
    eof: bool,
}

impl<R: Read> Peek<R> {
    pub(crate) fn new(inner: R) -> Self {
        Peek {
            inner,
            buf: Vec::new(),
            pos: 0,
            eof: false,
        }
    }

    /// The buffered bytes, after reading until at least `n` are buffered or
    /// the input ends. Nothing is consumed.
    pub(crate) fn peek(&mut self, n: usize) -> io::Result<&[u8]> {
        while self.buf.len() - self.pos < n && !self.eof {
            if self.pos > 0 {
                self.buf.drain(..self.pos);
                self.pos = 0;
            }
            let have = self.buf.len();
            let want = (n - have).max(CHUNK);
            self.buf.resize(have + want, 0);
            let got = loop {
                match self
                    .inner
                    .read(self.buf.get_mut(have..).unwrap_or_default())
                {
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    other => break other,
                }
            };
            match got {
                Ok(0) => {
                    self.buf.truncate(have);
                    self.eof = true;
                }
                Ok(k) => self.buf.truncate(have + k),
                Err(e) => {
                    self.buf.truncate(have);
                    return Err(e);
                }
            }
        }
        Ok(self.buf.get(self.pos..).unwrap_or_default())
    }

    /// The buffered bytes, after reading until they hold a byte that is not
    /// ASCII whitespace, or `limit` bytes, or the whole input.
    pub(crate) fn peek_past_whitespace(&mut self, limit: usize) -> io::Result<&[u8]> {
        let mut checked = 0;
        loop {
            let want = (checked + CHUNK).min(limit.max(1));
            let head = self.peek(want)?;
            let found = head
                .get(checked..)
                .is_some_and(|h| h.iter().any(|b| !b.is_ascii_whitespace()));
            if found || head.len() < want || head.len() >= limit {
                break;
            }
            checked = head.len();
        }
        Ok(self.buf.get(self.pos..).unwrap_or_default())
    }
}

impl<R: Read> Read for Peek<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(out.len());
        if let (Some(dst), Some(src)) = (out.get_mut(..n), avail.get(..n)) {
            dst.copy_from_slice(src);
        }
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Peek<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pos >= self.buf.len() {
            self.peek(1)?;
        }
        Ok(self.buf.get(self.pos..).unwrap_or_default())
    }

    fn consume(&mut self, n: usize) {
        self.pos = (self.pos + n).min(self.buf.len());
        if self.pos == self.buf.len() {
            self.buf.clear();
            self.pos = 0;
            if self.buf.capacity() > 4 * CHUNK {
                // A long look-ahead is over: give its memory back.
                self.buf = Vec::new();
            }
        }
    }
}

/// A note left by a layer for the reader to report once the input ends.
pub(crate) type Note = Arc<OnceLock<String>>;

/// Gzip decompression of every member of a stream. Zero bytes after a
/// member (padding added by some tools and tape formats) end the input
/// quietly; other bytes that do not start a member end it too, leaving a
/// [`Note`] ("trailing data after gzip stream"), so the records already
/// decompressed are kept.
pub(crate) struct Gunzip<R: BufRead> {
    member: Option<GzDecoder<R>>,
    note: Note,
}

/// What follows a complete gzip member.
enum AfterMember {
    Member,
    End,
    Garbage,
}

impl<R: BufRead> Gunzip<R> {
    pub(crate) fn new(inner: R, note: Note) -> Self {
        Gunzip {
            member: Some(GzDecoder::new(inner)),
            note,
        }
    }
}

/// Skip zero padding after a member and say what comes next.
fn after_member(r: &mut impl BufRead) -> io::Result<AfterMember> {
    loop {
        let buf = match r.fill_buf() {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => other?,
        };
        let zeros = buf.iter().take_while(|b| **b == 0).count();
        if zeros > 0 {
            r.consume(zeros);
            continue;
        }
        return Ok(match buf {
            [] => AfterMember::End,
            [0x1f] | [0x1f, 0x8b, ..] => AfterMember::Member,
            _ => AfterMember::Garbage,
        });
    }
}

impl<R: BufRead> Read for Gunzip<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if out.is_empty() {
            return Ok(0);
        }
        loop {
            let Some(member) = self.member.as_mut() else {
                return Ok(0);
            };
            // Name the layer: "unexpected end of file" alone hides that the
            // gzip stream was cut short.
            let n = member
                .read(out)
                .map_err(|e| io::Error::new(e.kind(), format!("gzip: {e}")))?;
            if n > 0 {
                return Ok(n);
            }
            // This member is complete (its checksum verified).
            let Some(member) = self.member.take() else {
                return Ok(0);
            };
            let mut inner = member.into_inner();
            match after_member(&mut inner)? {
                AfterMember::Member => self.member = Some(GzDecoder::new(inner)),
                AfterMember::End => return Ok(0),
                AfterMember::Garbage => {
                    let _ = self
                        .note
                        .set("trailing data after gzip stream; ignored".to_string());
                    return Ok(0);
                }
            }
        }
    }
}

/// Encodings recognised by their byte-order mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bom {
    Utf8,
    Utf16Le,
    Utf16Be,
    Utf32Le,
    Utf32Be,
}

impl Bom {
    /// The byte-order mark at the start of `head`, if any. `FF FE 00 00` is
    /// read as UTF-32LE, not as UTF-16LE text starting with U+0000.
    pub(crate) fn detect(head: &[u8]) -> Option<Bom> {
        match head {
            [0xEF, 0xBB, 0xBF, ..] => Some(Bom::Utf8),
            [0xFF, 0xFE, 0, 0, ..] => Some(Bom::Utf32Le),
            [0, 0, 0xFE, 0xFF, ..] => Some(Bom::Utf32Be),
            [0xFF, 0xFE, ..] => Some(Bom::Utf16Le),
            [0xFE, 0xFF, ..] => Some(Bom::Utf16Be),
            _ => None,
        }
    }

    /// Length of the mark in bytes.
    pub(crate) fn len(self) -> usize {
        match self {
            Bom::Utf8 => 3,
            Bom::Utf16Le | Bom::Utf16Be => 2,
            Bom::Utf32Le | Bom::Utf32Be => 4,
        }
    }

    /// Bytes per code unit.
    fn unit(self) -> usize {
        match self {
            Bom::Utf8 => 1,
            Bom::Utf16Le | Bom::Utf16Be => 2,
            Bom::Utf32Le | Bom::Utf32Be => 4,
        }
    }
}

/// Streaming UTF-16 / UTF-32 to UTF-8 conversion. Unpaired surrogates,
/// values beyond U+10FFFF and a truncated final code unit become U+FFFD.
pub(crate) struct WideDecoder<R> {
    inner: R,
    enc: Bom,
    /// UTF-8 output not yet read.
    out: Vec<u8>,
    pos: usize,
    /// Bytes of an incomplete code unit carried to the next chunk.
    partial: Vec<u8>,
    /// A UTF-16 high surrogate waiting for its low half.
    high: Option<u16>,
    done: bool,
}

impl<R: BufRead> WideDecoder<R> {
    /// Decode `inner`, positioned just after the byte-order mark of `enc`.
    pub(crate) fn new(inner: R, enc: Bom) -> Self {
        WideDecoder {
            inner,
            enc,
            out: Vec::new(),
            pos: 0,
            partial: Vec::new(),
            high: None,
            done: false,
        }
    }

    fn push(&mut self, c: char) {
        let mut tmp = [0u8; 4];
        self.out
            .extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
    }

    fn unit_value(&self, b: &[u8]) -> u32 {
        let mut v = 0u32;
        let little = matches!(self.enc, Bom::Utf16Le | Bom::Utf32Le);
        if little {
            for &x in b.iter().rev() {
                v = (v << 8) | u32::from(x);
            }
        } else {
            for &x in b {
                v = (v << 8) | u32::from(x);
            }
        }
        v
    }

    fn decode_unit(&mut self, v: u32) {
        if matches!(self.enc, Bom::Utf32Le | Bom::Utf32Be) {
            self.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            return;
        }
        let u = v as u16;
        if let Some(high) = self.high.take() {
            if (0xDC00..=0xDFFF).contains(&u) {
                let c = 0x10000 + ((u32::from(high) - 0xD800) << 10) + (u32::from(u) - 0xDC00);
                self.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                return;
            }
            self.push('\u{FFFD}');
        }
        match u {
            0xD800..=0xDBFF => self.high = Some(u),
            0xDC00..=0xDFFF => self.push('\u{FFFD}'),
            _ => self.push(char::from_u32(u32::from(u)).unwrap_or('\u{FFFD}')),
        }
    }

    /// Decode the next chunk of input into `out`.
    fn refill(&mut self) -> io::Result<()> {
        self.out.clear();
        self.pos = 0;
        let unit = self.enc.unit();
        while self.out.is_empty() && !self.done {
            let chunk = match self.inner.fill_buf() {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                other => other?,
            };
            if chunk.is_empty() {
                self.done = true;
                if self.high.take().is_some() || !self.partial.is_empty() {
                    self.partial.clear();
                    self.push('\u{FFFD}');
                }
                break;
            }
            let mut bytes = std::mem::take(&mut self.partial);
            bytes.extend_from_slice(chunk);
            let taken = chunk.len();
            self.inner.consume(taken);
            let whole = bytes.len() / unit * unit;
            for b in bytes.get(..whole).unwrap_or_default().chunks_exact(unit) {
                let v = self.unit_value(b);
                self.decode_unit(v);
            }
            self.partial = bytes.get(whole..).unwrap_or_default().to_vec();
        }
        Ok(())
    }
}

impl<R: BufRead> Read for WideDecoder<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.pos >= self.out.len() {
            self.refill()?;
        }
        let avail = self.out.get(self.pos..).unwrap_or_default();
        let n = avail.len().min(out.len());
        if let (Some(dst), Some(src)) = (out.get_mut(..n), avail.get(..n)) {
            dst.copy_from_slice(src);
        }
        self.pos += n;
        Ok(n)
    }
}

/// The kind of a file that is neither a regular file nor a directory
/// (`"fifo"`, `"socket"`, ...), or `None` for those two.
pub(crate) fn special_kind(meta: &Metadata) -> Option<&'static str> {
    let ft = meta.file_type();
    if ft.is_file() || ft.is_dir() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return Some("fifo");
        }
        if ft.is_socket() {
            return Some("socket");
        }
        if ft.is_char_device() {
            return Some("character device");
        }
        if ft.is_block_device() {
            return Some("block device");
        }
    }
    Some("special file")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn decode(enc: Bom, bytes: &[u8]) -> String {
        let mut out = String::new();
        // A one-byte buffer below splits code units across reads.
        let inner = io::BufReader::with_capacity(1, bytes);
        let r = WideDecoder::new(inner, enc).read_to_string(&mut out);
        assert!(r.is_ok(), "{r:?}");
        out
    }

    fn utf16(s: &str, big: bool) -> Vec<u8> {
        s.encode_utf16()
            .flat_map(|u| {
                if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn utf16_and_utf32_decode_with_replacements() {
        let text = "Seoul \u{1F600} said: \u{e9}t\u{e9}.\n";
        assert_eq!(decode(Bom::Utf16Le, &utf16(text, false)), text);
        assert_eq!(decode(Bom::Utf16Be, &utf16(text, true)), text);
        let le32: Vec<u8> = text
            .chars()
            .flat_map(|c| (c as u32).to_le_bytes())
            .collect();
        let be32: Vec<u8> = text
            .chars()
            .flat_map(|c| (c as u32).to_be_bytes())
            .collect();
        assert_eq!(decode(Bom::Utf32Le, &le32), text);
        assert_eq!(decode(Bom::Utf32Be, &be32), text);
        // Lone surrogates, a value past U+10FFFF and a truncated unit.
        assert_eq!(
            decode(Bom::Utf16Le, &[0x00, 0xD8, b'a', 0, 0x00, 0xDC, b'b']),
            "\u{FFFD}a\u{FFFD}\u{FFFD}"
        );
        assert_eq!(decode(Bom::Utf16Be, &[0xD8, 0x00]), "\u{FFFD}");
        assert_eq!(
            decode(Bom::Utf32Le, &[0, 0, 0x11, 0, b'x', 0, 0, 0, 1]),
            "\u{FFFD}x\u{FFFD}"
        );
    }

    #[test]
    fn boms_are_recognised() {
        assert_eq!(Bom::detect(b"\xEF\xBB\xBF{"), Some(Bom::Utf8));
        assert_eq!(Bom::detect(b"\xFF\xFE{\x00"), Some(Bom::Utf16Le));
        assert_eq!(Bom::detect(b"\xFE\xFF\x00{"), Some(Bom::Utf16Be));
        assert_eq!(Bom::detect(b"\xFF\xFE\x00\x00"), Some(Bom::Utf32Le));
        assert_eq!(Bom::detect(b"\x00\x00\xFE\xFF"), Some(Bom::Utf32Be));
        assert_eq!(Bom::detect(b"{\"a\""), None);
        assert_eq!(Bom::detect(b"\xFF"), None);
    }

    #[test]
    fn peek_reads_ahead_without_consuming() {
        /// Hands out one byte per read, like a slow pipe.
        struct Trickle(Vec<u8>, usize);
        impl Read for Trickle {
            fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
                match (self.0.get(self.1), out.first_mut()) {
                    (Some(b), Some(o)) => {
                        *o = *b;
                        self.1 += 1;
                        Ok(1)
                    }
                    _ => Ok(0),
                }
            }
        }
        let data = [vec![b' '; 200_000], b"{\"a\":1}\n".to_vec()].concat();
        let mut p = Peek::new(Trickle(data.clone(), 0));
        assert_eq!(p.peek(4).map(<[u8]>::len).ok(), Some(4));
        let head = p.peek_past_whitespace(1 << 20).map(<[u8]>::to_vec);
        assert!(head.is_ok_and(|h| h.contains(&b'{')));
        let mut all = Vec::new();
        assert!(p.read_to_end(&mut all).is_ok());
        assert_eq!(all, data);
        // The look-ahead stops near its limit (a chunk).
        let mut p = Peek::new(&data[..]);
        let head = p.peek_past_whitespace(1000).map(<[u8]>::to_vec);
        assert!(head.is_ok_and(|h| h.len() <= CHUNK && !h.contains(&b'{')));
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        let _ = enc.write_all(bytes);
        enc.finish().unwrap_or_default()
    }

    fn gunzip(bytes: &[u8]) -> (io::Result<String>, Option<String>) {
        let note = Note::default();
        let mut out = String::new();
        let r = Gunzip::new(bytes, note.clone())
            .read_to_string(&mut out)
            .map(|_| out);
        (r, note.get().cloned())
    }

    #[test]
    fn gzip_members_padding_and_trailing_data() {
        let two = [gzip(b"one\n"), gzip(b"two\n")].concat();
        let (out, note) = gunzip(&two);
        assert_eq!((out.ok().as_deref(), note), (Some("one\ntwo\n"), None));
        let padded = [gzip(b"one\n"), vec![0; 512]].concat();
        let (out, note) = gunzip(&padded);
        assert_eq!((out.ok().as_deref(), note), (Some("one\n"), None));
        let trailing = [gzip(b"one\n"), b"garbage".to_vec()].concat();
        let (out, note) = gunzip(&trailing);
        assert_eq!(out.ok().as_deref(), Some("one\n"));
        assert!(note.is_some_and(|n| n.starts_with("trailing data after gzip stream")));
        // A truncated member is an error, not a quiet end.
        let full = gzip(b"one\n");
        let (out, _) = gunzip(full.get(..full.len() - 3).unwrap_or_default());
        assert!(out.is_err());
    }
}
