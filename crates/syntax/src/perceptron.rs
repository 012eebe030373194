//! Averaged multi-class perceptron over hashed features.
//!
//! Training uses dense rows (one weight per class for every feature that was
//! ever updated) with the "accumulated update" averaging trick; the result
//! is frozen into [`Weights`], a sparse table that keeps only the weights
//! that matter, which is what the model file stores and what runs at
//! annotation time.
//!
//! Feature hashes are truncated to 32 bits: with a few million distinct
//! features only a handful collide, and 32-bit keys halve the model file
//! and the lookup tables.

use crate::binio::{Reader, Writer};
use crate::hash::U32Map;

/// The table key of a 64-bit feature hash.
#[inline]
fn key(f: u64) -> u32 {
    f as u32
}

/// A trainable averaged perceptron.
pub(crate) struct Trainer {
    nclass: usize,
    rows: U32Map<u32>,
    /// Current weights, row-major.
    w: Vec<f32>,
    /// Sum of `step * delta` for every update, for averaging.
    u: Vec<f64>,
    /// Number of updates that touched each row: rare features are pruned.
    touched: Vec<u32>,
    /// Number of training instances seen so far.
    step: u64,
}

impl Trainer {
    /// An empty perceptron over `nclass` classes.
    pub(crate) fn new(nclass: usize) -> Self {
        Trainer {
            nclass,
            rows: U32Map::default(),
            w: Vec::new(),
            u: Vec::new(),
            touched: Vec::new(),
            step: 1,
        }
    }

    /// Add the current weights of every feature into `scores`.
    pub(crate) fn score(&self, feats: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for &f in feats {
            if let Some(&r) = self.rows.get(&key(f)) {
                let start = r as usize * self.nclass;
                if let Some(row) = self.w.get(start..start + self.nclass) {
                    for (s, w) in scores.iter_mut().zip(row) {
                        *s += *w;
                    }
                }
            }
        }
    }

    fn row(&mut self, f: u64) -> usize {
        let next = self.rows.len() as u32;
        let r = *self.rows.entry(key(f)).or_insert(next);
        if r == next {
            self.w.resize(self.w.len() + self.nclass, 0.0);
            self.u.resize(self.u.len() + self.nclass, 0.0);
            self.touched.push(0);
        }
        if let Some(t) = self.touched.get_mut(r as usize) {
            *t = t.saturating_add(1);
        }
        r as usize * self.nclass
    }

    /// Reward `truth` and penalise `guess` on these features (no-op when equal).
    pub(crate) fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        if truth != guess && truth < self.nclass && guess < self.nclass {
            let step = self.step as f64;
            for &f in feats {
                let base = self.row(f);
                self.w[base + truth] += 1.0;
                self.u[base + truth] += step;
                self.w[base + guess] -= 1.0;
                self.u[base + guess] -= step;
            }
        }
    }

    /// Add `delta` to the weight of `class` for every feature (one side of
    /// a structured update: the gold sequence gets +1, the predicted one -1).
    pub(crate) fn add(&mut self, feats: &[u64], class: usize, delta: f32) {
        if class >= self.nclass {
            return;
        }
        let step = self.step as f64;
        for &f in feats {
            let base = self.row(f);
            self.w[base + class] += delta;
            self.u[base + class] += step * f64::from(delta);
        }
    }

    /// Count one training instance (call once per decision, updated or not).
    pub(crate) fn tick(&mut self) {
        self.step += 1;
    }

    /// The averaged weights, dropping rows updated fewer than `min_updates`
    /// times and weights with magnitude below `prune`.
    pub(crate) fn averaged(&self, prune: f32, min_updates: u32) -> Weights {
        let c = self.step as f64;
        let mut rows = Vec::new();
        for (&k, &r) in &self.rows {
            if self.touched.get(r as usize).copied().unwrap_or(0) < min_updates {
                continue;
            }
            let base = r as usize * self.nclass;
            let mut row = Vec::new();
            for class in 0..self.nclass {
                let avg = (f64::from(self.w[base + class]) - self.u[base + class] / c) as f32;
                if avg.abs() >= prune && avg.is_finite() {
                    row.push((class as u16, avg));
                }
            }
            if !row.is_empty() {
                rows.push((k, row));
            }
        }
        Weights::from_rows(self.nclass, rows)
    }
}

/// Frozen, sparse perceptron weights.
#[derive(Clone, Default)]
pub(crate) struct Weights {
    nclass: usize,
    /// Rows sorted by key: `(key, weights)`; what the model file stores.
    rows: Vec<(u32, Vec<(u16, f32)>)>,
    /// The lookup structure built from `rows`.
    table: Table,
}

/// Lookup tables. Both use open addressing with linear probing, so a
/// feature costs one cache miss for its slot (plus one for its weights in
/// the sparse case) instead of the two or three of a general hash map.
#[derive(Clone)]
enum Table {
    /// Up to four classes (the parser's moves): weights inline in the slot.
    Dense4(Dense4),
    /// Any number of classes up to 255: slots point into packed entries.
    Sparse(Sparse),
}

impl Default for Table {
    fn default() -> Self {
        Table::Sparse(Sparse::default())
    }
}

/// Slots of `[key, start << 8 | len]` into `entries`, each entry packing a
/// class (high 16 bits) and an `i16` weight (low 16 bits).
#[derive(Clone, Default)]
struct Sparse {
    mask: usize,
    slots: Vec<[u32; 2]>,
    entries: Vec<u32>,
    unscale: f32,
}

fn quant_scale(rows: &[(u32, Vec<(u16, f32)>)]) -> f32 {
    let max = rows
        .iter()
        .flat_map(|(_, r)| r.iter().map(|(_, w)| w.abs()))
        .fold(1e-6f32, f32::max);
    32767.0 / max
}

fn quantize(x: f32, scale: f32) -> i16 {
    (x * scale).round().clamp(-32767.0, 32767.0) as i16
}

impl Sparse {
    fn build(rows: &[(u32, Vec<(u16, f32)>)]) -> Sparse {
        let size = (rows.len() * 3 / 2 + 1).next_power_of_two().max(16);
        let scale = quant_scale(rows);
        let mut t = Sparse {
            mask: size - 1,
            slots: vec![[0; 2]; size],
            entries: Vec::new(),
            unscale: 1.0 / scale,
        };
        for (k, row) in rows {
            let start = t.entries.len();
            // Keys of 0 mark empty slots; rows longer than 255 or beyond
            // 2^24 entries cannot occur for the class counts we use.
            if *k == 0 || row.len() > 255 || start + row.len() >= 1 << 24 {
                continue;
            }
            for &(c, x) in row {
                t.entries
                    .push((u32::from(c) << 16) | u32::from(quantize(x, scale) as u16));
            }
            let mut i = *k as usize & t.mask;
            while t.slots[i][0] != 0 {
                i = (i + 1) & t.mask;
            }
            t.slots[i] = [*k, ((start as u32) << 8) | row.len() as u32];
        }
        t
    }

    #[inline]
    fn score(&self, feats: &[u64], acc: &mut [i32]) {
        for &f in feats {
            let k = key(f);
            let mut i = k as usize & self.mask;
            while let Some(slot) = self.slots.get(i) {
                if slot[0] == k && k != 0 {
                    let start = (slot[1] >> 8) as usize;
                    let len = (slot[1] & 0xff) as usize;
                    if let Some(row) = self.entries.get(start..start + len) {
                        for &e in row {
                            if let Some(a) = acc.get_mut((e >> 16) as usize) {
                                *a += i32::from(e as u16 as i16);
                            }
                        }
                    }
                    break;
                }
                if slot[0] == 0 {
                    break;
                }
                i = (i + 1) & self.mask;
            }
        }
    }
}

/// Open-addressing table of `[key, w0|w1, w2|w3]` slots with the weights
/// quantised to `i16` (12 bytes a slot keeps the table cache-friendly); key 0
/// marks an empty slot (a feature whose key is 0 is simply not stored).
#[derive(Clone, Default)]
struct Dense4 {
    mask: usize,
    slots: Vec<[u32; 3]>,
    /// Multiply the integer sums by this to get weights back.
    unscale: f32,
}

fn pack(a: i16, b: i16) -> u32 {
    u32::from(a as u16) | (u32::from(b as u16) << 16)
}

impl Dense4 {
    fn build(rows: &[(u32, Vec<(u16, f32)>)]) -> Dense4 {
        // Load factor at most 2/3: short probe chains, compact table.
        let size = (rows.len() * 3 / 2 + 1).next_power_of_two().max(16);
        let scale = quant_scale(rows);
        let mut t = Dense4 {
            mask: size - 1,
            slots: vec![[0; 3]; size],
            unscale: 1.0 / scale,
        };
        for (k, row) in rows {
            if *k == 0 {
                continue;
            }
            let mut w = [0i16; 4];
            for &(c, x) in row {
                if let Some(slot) = w.get_mut(c as usize) {
                    *slot = quantize(x, scale);
                }
            }
            let mut i = *k as usize & t.mask;
            while t.slots[i][0] != 0 {
                i = (i + 1) & t.mask;
            }
            t.slots[i] = [*k, pack(w[0], w[1]), pack(w[2], w[3])];
        }
        t
    }

    #[inline]
    fn score(&self, feats: &[u64], scores: &mut [f32]) {
        let mut s = [0i32; 4];
        for &f in feats {
            let k = key(f);
            let mut i = k as usize & self.mask;
            while let Some(slot) = self.slots.get(i) {
                if slot[0] == k && k != 0 {
                    s[0] += i32::from(slot[1] as u16 as i16);
                    s[1] += i32::from((slot[1] >> 16) as u16 as i16);
                    s[2] += i32::from(slot[2] as u16 as i16);
                    s[3] += i32::from((slot[2] >> 16) as u16 as i16);
                    break;
                }
                if slot[0] == 0 {
                    break;
                }
                i = (i + 1) & self.mask;
            }
        }
        for (o, x) in scores.iter_mut().zip(s) {
            *o = x as f32 * self.unscale;
        }
    }
}

impl Weights {
    fn from_rows(nclass: usize, mut rows: Vec<(u32, Vec<(u16, f32)>)>) -> Weights {
        rows.sort_unstable_by_key(|r| r.0);
        let table = if nclass <= 4 {
            Table::Dense4(Dense4::build(&rows))
        } else {
            Table::Sparse(Sparse::build(&rows))
        };
        Weights {
            nclass,
            rows,
            table,
        }
    }

    /// Weights whose scores are the sums of the given ones' scores.
    pub(crate) fn sum(all: Vec<Weights>) -> Weights {
        if all.len() == 1 {
            if let Some(w) = all.into_iter().next() {
                return w;
            }
            return Weights::default();
        }
        let nclass = all.iter().map(|w| w.nclass).max().unwrap_or(0);
        let mut merged: std::collections::HashMap<u32, Vec<f32>> = std::collections::HashMap::new();
        for w in &all {
            for (k, row) in &w.rows {
                let dense = merged.entry(*k).or_insert_with(|| vec![0.0; nclass]);
                for &(c, x) in row {
                    if let Some(slot) = dense.get_mut(c as usize) {
                        *slot += x;
                    }
                }
            }
        }
        let rows = merged
            .into_iter()
            .map(|(k, dense)| {
                let row = dense
                    .into_iter()
                    .enumerate()
                    .filter(|(_, x)| *x != 0.0)
                    .map(|(c, x)| (c as u16, x))
                    .collect();
                (k, row)
            })
            .collect();
        Weights::from_rows(nclass, rows)
    }

    /// Number of classes.
    pub(crate) fn nclass(&self) -> usize {
        self.nclass
    }

    /// Number of stored non-zero weights.
    pub(crate) fn len(&self) -> usize {
        self.rows.iter().map(|r| r.1.len()).sum()
    }

    /// Sum the weights of `feats` into `scores` (which is zeroed first).
    #[inline]
    pub(crate) fn score(&self, feats: &[u64], scores: &mut [f32]) {
        match &self.table {
            Table::Dense4(d) => d.score(feats, scores),
            Table::Sparse(t) => {
                // Integer sums: exact, and cheaper than float adds.
                let mut acc = [0i32; 256];
                let n = scores.len().min(256);
                t.score(feats, &mut acc[..n]);
                for (s, a) in scores.iter_mut().zip(&acc[..n]) {
                    *s = *a as f32 * t.unscale;
                }
            }
        }
    }

    /// Serialise. Weights are quantised to 1/256 steps (far below the
    /// perceptron's own noise) as varints; keys are delta-coded.
    pub(crate) fn write(&self, w: &mut Writer) {
        w.u64(self.nclass as u64);
        w.u64(self.rows.len() as u64);
        let mut prev = 0u32;
        for (k, row) in &self.rows {
            w.u64(u64::from(k.wrapping_sub(prev)));
            prev = *k;
            w.u64(row.len() as u64);
            let mut last_class = 0u16;
            for &(c, x) in row {
                w.u64(u64::from(c.wrapping_sub(last_class)));
                last_class = c;
                w.i64((x * QUANT).round() as i64);
            }
        }
    }

    /// Deserialise what [`Weights::write`] wrote.
    pub(crate) fn read(r: &mut Reader) -> anyhow::Result<Weights> {
        let nclass = r.usize()?;
        anyhow::ensure!(nclass <= 255, "too many classes ({nclass})");
        let nrows = r.usize()?;
        let mut rows = Vec::with_capacity(nrows.min(1 << 24));
        let mut key = 0u32;
        for _ in 0..nrows {
            let delta = u32::try_from(r.u64()?)?;
            key = key.wrapping_add(delta);
            let len = r.usize()?;
            anyhow::ensure!(len <= nclass, "weight row longer than the class count");
            let mut row = Vec::with_capacity(len);
            let mut c = 0usize;
            for _ in 0..len {
                c = c
                    .checked_add(r.usize()?)
                    .ok_or_else(|| anyhow::anyhow!("weight class out of range"))?;
                anyhow::ensure!(c < nclass, "weight class {c} out of range");
                let x = r.i64()? as f32 / QUANT;
                row.push((c as u16, x));
            }
            rows.push((key, row));
        }
        Ok(Weights::from_rows(nclass, rows))
    }
}

const QUANT: f32 = 256.0;

#[cfg(test)]
mod tests {
    use super::*;

    fn learn(nclass: usize) -> (Trainer, Vec<(Vec<u64>, usize)>) {
        let mut t = Trainer::new(nclass);
        let data = vec![(vec![1u64, 10], 0usize), (vec![2u64, 10], 1usize)];
        let mut scores = vec![0.0f32; nclass];
        for _ in 0..5 {
            for (f, y) in &data {
                t.score(f, &mut scores);
                let guess = crate::tagger::argmax(&scores);
                t.update(f, *y, guess);
                t.tick();
            }
        }
        (t, data)
    }

    #[test]
    fn learns_a_separable_problem_and_round_trips() {
        for nclass in [2, 3, 5] {
            let (t, data) = learn(nclass);
            let w = t.averaged(0.0, 0);
            let mut scores = vec![0.0f32; nclass];
            for (f, y) in &data {
                w.score(f, &mut scores);
                assert_eq!(crate::tagger::argmax(&scores), *y);
            }
            let mut out = Writer::default();
            w.write(&mut out);
            let bytes = out.into_bytes();
            let back = Weights::read(&mut Reader::new(&bytes)).unwrap();
            assert_eq!(back.len(), w.len());
            for (f, y) in &data {
                back.score(f, &mut scores);
                assert_eq!(crate::tagger::argmax(&scores), *y);
            }
        }
    }

    #[test]
    fn summed_weights_score_like_the_sum_of_scores() {
        for nclass in [3, 5] {
            let (t, data) = learn(nclass);
            let a = t.averaged(0.0, 0);
            let b = t.averaged(0.0, 2);
            let sum = Weights::sum(vec![a.clone(), b.clone()]);
            let (mut sa, mut sb, mut ss) =
                (vec![0.0; nclass], vec![0.0; nclass], vec![0.0; nclass]);
            for (f, _) in &data {
                a.score(f, &mut sa);
                b.score(f, &mut sb);
                sum.score(f, &mut ss);
                for c in 0..nclass {
                    assert!(
                        (sa[c] + sb[c] - ss[c]).abs() < 0.01,
                        "{sa:?} + {sb:?} != {ss:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn rarely_updated_features_are_pruned() {
        let (t, _) = learn(2);
        assert!(t.averaged(0.0, 1).len() > t.averaged(0.0, 100).len());
        assert_eq!(t.averaged(0.0, 100).len(), 0);
    }
}
