//! Exact and near-duplicate documents.
//!
//! An exact duplicate has the same text once white space is normalised
//! ([`content_hash`], SHA-256). A near duplicate (a syndicated copy, a
//! re-publication with a changed headline or a few edited words) has a
//! high Jaccard similarity of word 5-shingles, estimated from a MinHash
//! [`Signature`] of [`HASHES`] values and found without comparing every
//! pair by locality-sensitive hashing: the signature is cut into
//! [`BANDS`] bands of [`ROWS`] values, and two documents sharing any band
//! are compared. A pair at similarity 0.6 shares a band with probability
//! about 0.9; a pair at 0.3, about 0.12 (and is then rejected by the
//! comparison).

use sha2::{Digest, Sha256};

/// MinHash values per signature.
pub const HASHES: usize = 64;
/// LSH bands.
pub const BANDS: usize = 16;
/// Values per band.
pub const ROWS: usize = HASHES / BANDS;
/// Words per shingle.
pub const SHINGLE: usize = 5;
/// Documents with fewer words are matched as exact duplicates only: a few
/// shingles say too little.
pub const MIN_WORDS: usize = 40;
/// Estimated Jaccard similarity from which a document is a near duplicate.
pub const NEAR_DUPLICATE: f64 = 0.6;

/// Lower-cased alphanumeric words of a text.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
}

/// SHA-256 of the text with white space runs collapsed and ends trimmed:
/// the identity of a document's content.
pub fn content_hash(text: &str) -> Vec<u8> {
    let mut h = Sha256::new();
    let mut first = true;
    for w in text.split_whitespace() {
        if !first {
            h.update(b" ");
        }
        h.update(w.as_bytes());
        first = false;
    }
    h.finalize().to_vec()
}

/// A 64-bit mixer (SplitMix64's finaliser): a well-spread hash of `x`.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// FNV-1a over bytes, stable across builds and platforms.
fn fnv(bytes: &[u8], mut h: u64) -> u64 {
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01B3);
    }
    h
}

/// A MinHash signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub [u64; HASHES]);

impl Signature {
    /// The signature of `text`, or `None` when it has fewer than
    /// [`MIN_WORDS`] words.
    pub fn of(text: &str) -> Option<Signature> {
        let words: Vec<u64> = words(text)
            .map(|w| fnv(w.as_bytes(), 0xCBF2_9CE4_8422_2325))
            .collect();
        if words.len() < MIN_WORDS {
            return None;
        }
        let mut sig = [u64::MAX; HASHES];
        for shingle in words.windows(SHINGLE) {
            let h = shingle
                .iter()
                .fold(0x1234_5678_9ABC_DEF0u64, |acc, w| mix(acc ^ w));
            for (i, slot) in sig.iter_mut().enumerate() {
                let v = mix(h ^ (i as u64).wrapping_mul(0xA076_1D64_78BD_642F));
                if v < *slot {
                    *slot = v;
                }
            }
        }
        Some(Signature(sig))
    }

    /// Estimated Jaccard similarity of the two shingle sets.
    pub fn similarity(&self, other: &Signature) -> f64 {
        let same = self
            .0
            .iter()
            .zip(other.0.iter())
            .filter(|(a, b)| a == b)
            .count();
        same as f64 / HASHES as f64
    }

    /// The LSH band keys: `(band, hash)` pairs, as stored.
    pub fn bands(&self) -> [i64; BANDS] {
        let mut out = [0i64; BANDS];
        for (b, slot) in out.iter_mut().enumerate() {
            let h = self.0[b * ROWS..(b + 1) * ROWS]
                .iter()
                .fold(b as u64, |acc, v| mix(acc ^ v));
            *slot = h as i64;
        }
        out
    }

    /// Little-endian bytes, for storage.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    /// Read stored bytes back; `None` if they are not a signature.
    pub fn from_bytes(bytes: &[u8]) -> Option<Signature> {
        if bytes.len() != HASHES * 8 {
            return None;
        }
        let mut sig = [0u64; HASHES];
        for (slot, chunk) in sig.iter_mut().zip(bytes.chunks_exact(8)) {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            *slot = u64::from_le_bytes(b);
        }
        Some(Signature(sig))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story() -> String {
        "North Korea fired at least 23 missiles on Wednesday, the most it has launched in a \
         single day, and one landed less than 60 km off the coast of the South, which \
         responded with missile launches of its own. The barrage came hours after Pyongyang \
         demanded that the United States and South Korea stop large-scale military drills, \
         saying they were aggressive and provocative. Officials in Seoul said the launch was \
         unprecedented and called an emergency meeting of the national security council."
            .to_string()
    }

    #[test]
    fn white_space_does_not_change_the_content_hash() {
        assert_eq!(content_hash("a  b\n c "), content_hash("a b c"));
        assert_ne!(content_hash("a b c"), content_hash("a b d"));
    }

    #[test]
    fn a_lightly_edited_copy_is_a_near_duplicate() {
        let a = Signature::of(&story()).expect("long enough");
        let edited = story()
            .replace("Wednesday", "Wednesday morning")
            .replace("Officials in Seoul", "South Korean officials");
        let b = Signature::of(&format!("By Staff Reporter. {edited}")).expect("long enough");
        assert!(a.similarity(&b) >= NEAR_DUPLICATE, "{}", a.similarity(&b));
        assert!(a.bands().iter().zip(b.bands().iter()).any(|(x, y)| x == y));
    }

    #[test]
    fn different_stories_are_not_near_duplicates() {
        let a = Signature::of(&story()).expect("long enough");
        let other = "The central bank left interest rates unchanged on Thursday, citing slowing \
                     inflation and a weaker labour market, and signalled that it could cut them \
                     later in the year if prices kept easing. Markets had expected the decision; \
                     the currency barely moved and bond yields fell slightly after the statement \
                     was published by the governor's office in the capital.";
        let b = Signature::of(other).expect("long enough");
        assert!(a.similarity(&b) < 0.2);
    }

    #[test]
    fn short_texts_have_no_signature_and_bytes_round_trip() {
        assert!(Signature::of("Seoul said so.").is_none());
        let a = Signature::of(&story()).expect("long enough");
        assert_eq!(Signature::from_bytes(&a.to_bytes()), Some(a));
        assert_eq!(Signature::from_bytes(&[1, 2, 3]), None);
    }
}
