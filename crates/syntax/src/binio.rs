//! A tiny binary encoding for the model file: LEB128 varints,
//! length-prefixed UTF-8 strings and raw byte runs. Every read is
//! bounds-checked and reports a truncated or corrupt file as an error,
//! never a panic.

use anyhow::{bail, Context};

/// Appends encoded values to a byte buffer.
#[derive(Default)]
pub(crate) struct Writer {
    buf: Vec<u8>,
}

impl Writer {
    /// Unsigned varint.
    pub(crate) fn u64(&mut self, mut v: u64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.buf.push(byte);
                return;
            }
            self.buf.push(byte | 0x80);
        }
    }

    /// Length-prefixed string.
    pub(crate) fn str(&mut self, s: &str) {
        self.u64(s.len() as u64);
        self.buf.extend_from_slice(s.as_bytes());
    }

    /// Raw bytes, as they are (fixed-width little-endian tables).
    pub(crate) fn bytes(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
    }

    /// The encoded bytes.
    pub(crate) fn into_bytes(self) -> Vec<u8> {
        self.buf
    }
}

/// Reads values back from a byte slice.
pub(crate) struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// Start reading at the beginning of `buf`.
    pub(crate) fn new(buf: &'a [u8]) -> Self {
        Reader { buf, pos: 0 }
    }

    /// Unsigned varint (at most ten bytes).
    #[inline]
    pub(crate) fn u64(&mut self) -> anyhow::Result<u64> {
        let rest = self.buf.get(self.pos..).unwrap_or(&[]);
        let mut v = 0u64;
        for (i, &byte) in rest.iter().take(10).enumerate() {
            v |= u64::from(byte & 0x7f) << (7 * i);
            if byte & 0x80 == 0 {
                self.pos += i + 1;
                return Ok(v);
            }
        }
        if rest.len() < 10 {
            bail!("model file truncated");
        }
        bail!("model file corrupt (varint too long)");
    }

    /// Unsigned varint that must fit a `usize` count.
    pub(crate) fn usize(&mut self) -> anyhow::Result<usize> {
        let v = self.u64()?;
        usize::try_from(v).context("model file corrupt (count too large)")
    }

    /// Signed varint (zig-zag).
    pub(crate) fn i64(&mut self) -> anyhow::Result<i64> {
        let v = self.u64()?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }

    /// Bytes not read yet.
    pub(crate) fn remaining(&self) -> usize {
        self.buf.len().saturating_sub(self.pos)
    }

    /// The next `len` raw bytes, borrowed.
    pub(crate) fn bytes(&mut self, len: usize) -> anyhow::Result<&'a [u8]> {
        let end = self.pos.checked_add(len).context("model file corrupt")?;
        let bytes = self
            .buf
            .get(self.pos..end)
            .context("model file truncated")?;
        self.pos = end;
        Ok(bytes)
    }

    /// Length-prefixed string.
    pub(crate) fn str(&mut self) -> anyhow::Result<String> {
        let len = self.usize()?;
        let bytes = self.bytes(len)?;
        Ok(std::str::from_utf8(bytes)
            .context("model file corrupt (bad UTF-8)")?
            .to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_truncation() {
        let mut w = Writer::default();
        w.u64(300);
        w.u64(9); // -5 zig-zagged
        w.str("héllo");
        let bytes = w.into_bytes();
        let mut r = Reader::new(&bytes);
        assert_eq!(r.u64().unwrap(), 300);
        assert_eq!(r.i64().unwrap(), -5);
        assert_eq!(r.str().unwrap(), "héllo");
        assert!(r.u64().is_err());
        let mut r = Reader::new(&bytes[..bytes.len() - 1]);
        r.u64().unwrap();
        r.i64().unwrap();
        assert!(r.str().is_err());
    }
}
