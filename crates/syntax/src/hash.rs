//! Feature hashing: every feature is a `u64` built from a template id and
//! the hashes of the strings and small integers it combines.
//!
//! Hashing straight into integers keeps the hot loops allocation-free: no
//! feature ever becomes a `String`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A hasher that passes already-mixed `u64` keys through unchanged.
#[derive(Default, Clone, Copy)]
pub(crate) struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only used if someone hashes a non-u64 key: fold the bytes in.
        for &b in bytes {
            self.0 = mix(self.0 ^ u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
    fn write_u32(&mut self, n: u32) {
        // hashbrown takes its control tag from the top bits: spread them.
        self.0 = u64::from(n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// A map keyed by pre-mixed `u64` hashes.
pub(crate) type U64Map<V> = HashMap<u64, V, BuildHasherDefault<PassThrough>>;

/// A map keyed by 32-bit truncated feature hashes.
pub(crate) type U32Map<V> = HashMap<u32, V, BuildHasherDefault<PassThrough>>;

/// The splitmix64 finaliser: spreads every input bit over the output.
#[inline]
pub(crate) fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// FNV-1a over the bytes, then mixed.
#[inline]
pub(crate) fn hash_str(s: &str) -> u64 {
    hash_bytes(s.as_bytes())
}

/// FNV-1a over bytes, then mixed.
#[inline]
pub(crate) fn hash_bytes(s: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix(h)
}

/// Combine a template id with one value.
#[inline]
pub(crate) fn f1(t: u64, a: u64) -> u64 {
    mix(t.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ a)
}

/// Combine a template id with two values.
#[inline]
pub(crate) fn f2(t: u64, a: u64, b: u64) -> u64 {
    mix(f1(t, a) ^ b.rotate_left(17))
}

/// Combine a template id with three values.
#[inline]
pub(crate) fn f3(t: u64, a: u64, b: u64, c: u64) -> u64 {
    mix(f2(t, a, b) ^ c.rotate_left(41))
}

/// [`f1`] for hashed tables: the parts (already-mixed hashes or small
/// integers) rotated apart, xored with the template's constant and mixed
/// once, where `f3` mixes three times. Only the top bits are used, and
/// [`mix`] spreads every input bit over them.
#[inline]
pub(crate) fn g1(t: u64, a: u64) -> u64 {
    mix(t.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ a)
}

/// [`f2`] for hashed tables (see [`g1`]).
#[inline]
pub(crate) fn g2(t: u64, a: u64, b: u64) -> u64 {
    mix(t.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ a ^ b.rotate_left(21))
}

/// [`f3`] for hashed tables (see [`g1`]).
#[inline]
pub(crate) fn g3(t: u64, a: u64, b: u64, c: u64) -> u64 {
    mix(t.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ a ^ b.rotate_left(21) ^ c.rotate_left(42))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn combinations_depend_on_order_and_template() {
        let a = hash_str("a");
        let b = hash_str("b");
        assert_ne!(f2(1, a, b), f2(1, b, a));
        assert_ne!(f1(1, a), f1(2, a));
        assert_ne!(hash_str("ab"), hash_str("ba"));
        assert_ne!(g2(1, a, b), g2(1, b, a));
        assert_ne!(g1(1, a), g1(2, a));
        assert_ne!(g3(1, a, b, a), g3(1, a, a, b));
        // Small integers in any position still tell features apart.
        assert_ne!(g2(1, a, 1), g2(1, a, 2));
        assert_ne!(g3(1, a, 1, 2), g3(1, a, 2, 1));
    }

    #[test]
    fn fast_combinations_spread_over_the_top_bits() {
        // Distances and valencies with a few thousand words, as the move
        // features combine them, fill 2^12 buckets about evenly.
        let mut counts = vec![0u32; 1 << 12];
        let mut n = 0;
        for w in 0..2000u64 {
            let w = hash_str(&w.to_string());
            for d in 0..8u64 {
                counts[(g2(60, w, d) >> 52) as usize] += 1;
                counts[(g3(64, w, hash_str("x"), d) >> 52) as usize] += 1;
                n += 2;
            }
        }
        let mean = n as f64 / counts.len() as f64;
        let var = counts
            .iter()
            .map(|&c| (f64::from(c) - mean).powi(2))
            .sum::<f64>()
            / counts.len() as f64;
        // A uniform spread has variance about the mean (Poisson).
        assert!(var < 1.5 * mean, "variance {var} for mean {mean}");
    }
}
