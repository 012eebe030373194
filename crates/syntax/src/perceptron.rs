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

/// Add the rows of features `feats` in a sparse table into integer class
/// sums.
fn add_sparse_rows(t: &Probe<[u32; 2]>, rows: &SparseRows, feats: &[u64], sums: &mut [i32]) {
    for &f in feats {
        let Some(slot) = t.get(key(f)) else {
            continue;
        };
        let start = (slot[1] >> 8) as usize;
        let len = (slot[1] & 0xff) as usize;
        if len > 0 {
            if let Some(row) = rows.entries.get(start..start + len) {
                for &e in row {
                    if let Some(a) = sums.get_mut((e >> 16) as usize) {
                        *a += i32::from(e as u16 as i16);
                    }
                }
            }
        } else if let Some(row) = rows.dense_row(start) {
            // One add per class, in lanes the compiler vectorises.
            for (a, &x) in sums.iter_mut().zip(row) {
                *a += i32::from(x);
            }
        }
    }
}

/// Whether a class occurs twice in a row (never written by this crate; such
/// a row stays sparse, where both entries count).
fn repeats(row: &[(u16, i16)]) -> bool {
    let mut seen = [false; 256];
    row.iter().any(|&(c, _)| {
        seen.get_mut(usize::from(c))
            .is_none_or(|s| std::mem::replace(s, true))
    })
}

/// The rows of a sparse table: short rows as packed entries, long rows
/// (the frequent features, which have weights for many classes) as dense
/// runs of `nclass` weights, summed a whole vector at a time.
///
/// A slot's second word is `start << 8 | len`: a short row of `len > 0`
/// entries from `entries[start]`, each packing a class (high 16 bits) and
/// an `i16` weight (low 16 bits); with `len == 0`, dense row `start - 1`,
/// or no weights when `start == 0`.
#[derive(Clone, Default)]
struct SparseRows {
    nclass: usize,
    entries: Vec<u32>,
    dense: Vec<i16>,
}

impl SparseRows {
    /// No rows, for `nclass` classes.
    fn new(nclass: usize) -> SparseRows {
        SparseRows {
            nclass,
            entries: Vec::new(),
            dense: Vec::new(),
        }
    }

    /// Rows of at least this many entries are stored dense: summing a
    /// dense row costs about as much as summing a quarter as many
    /// entries.
    fn dense_min(&self) -> usize {
        (self.nclass / 4).max(8)
    }

    /// Store a row of `(class, weight)` entries with classes below
    /// `nclass`, returning the slot word that finds it (`None`: the table
    /// is full).
    fn push(&mut self, row: &[(u16, i16)]) -> Option<u32> {
        if row.is_empty() {
            return Some(0);
        }
        if row.len() >= self.dense_min() && !repeats(row) {
            let n = self.dense.len() / self.nclass.max(1) + 1;
            if n >= 1 << 24 {
                return None;
            }
            let at = self.dense.len();
            self.dense.resize(at + self.nclass, 0);
            for &(c, x) in row {
                if let Some(w) = self.dense.get_mut(at + usize::from(c)) {
                    *w = x;
                }
            }
            return Some((n as u32) << 8);
        }
        let start = self.entries.len();
        if row.len() > 255 || start + row.len() >= 1 << 24 {
            return None;
        }
        self.entries.extend(
            row.iter()
                .map(|&(c, x)| (u32::from(c) << 16) | u32::from(x as u16)),
        );
        Some(((start as u32) << 8) | row.len() as u32)
    }

    /// Dense row `start - 1` (`start` from a slot word whose length is 0).
    #[inline]
    fn dense_row(&self, start: usize) -> Option<&[i16]> {
        let at = start.checked_sub(1)? * self.nclass;
        self.dense.get(at..at + self.nclass)
    }

    /// The `(class, weight)` entries of the row of a slot word, zero
    /// weights left out.
    fn row(&self, word: u32) -> Vec<(u16, i16)> {
        let start = (word >> 8) as usize;
        let len = (word & 0xff) as usize;
        if len > 0 {
            self.entries
                .get(start..start + len)
                .unwrap_or(&[])
                .iter()
                .map(|&e| ((e >> 16) as u16, e as u16 as i16))
                .filter(|(_, x)| *x != 0)
                .collect()
        } else {
            self.dense_row(start)
                .unwrap_or(&[])
                .iter()
                .enumerate()
                .filter(|(_, x)| **x != 0)
                .map(|(c, &x)| (c as u16, x))
                .collect()
        }
    }

    /// Give back spare capacity.
    fn shrink_to_fit(&mut self) {
        self.entries.shrink_to_fit();
        self.dense.shrink_to_fit();
    }
}

/// Largest number of hash bits of a hashed table (16 M rows).
pub(crate) const MAX_BITS: u32 = 24;

/// The row of a 64-bit feature hash in a hashed table of `2^bits` rows
/// (`bits` in `1..=MAX_BITS`): its top bits, which the final mix of every
/// feature hash spreads well.
#[inline]
fn bucket(f: u64, bits: u32) -> usize {
    (f >> (64 - bits)) as usize
}

/// The check tag of feature `f` in a tagged hashed table: 15 bits of the
/// hash that [`bucket`] does not read, never 0 (an unclaimed row).
#[inline]
fn tag(f: u64) -> u16 {
    (f >> 8) as u16 | 1
}

/// A trainable averaged perceptron.
pub(crate) struct Trainer {
    nclass: usize,
    /// A hashed trainer's bits: the weights of feature `f` are row
    /// [`bucket`]`(f, bits)` of a table of `2^bits` rows, shared with every
    /// feature that lands there (0: one row per feature key, as `rows`
    /// says).
    bits: u32,
    /// A tagged hashed trainer: each row belongs to one feature at a time
    /// (its [`tag`] in `tags`); other features landing there have no
    /// weights. A row changes hands when other features have touched it
    /// more often than its owner since it was claimed (`counts`, the
    /// majority vote of Boyer and Moore), so rarely seen features do not
    /// keep the rows of frequent ones.
    tags: Vec<u16>,
    counts: Vec<u16>,
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
            bits: 0,
            tags: Vec::new(),
            counts: Vec::new(),
            rows: U32Map::default(),
            w: Vec::new(),
            u: Vec::new(),
            touched: Vec::new(),
            step: 1,
        }
    }

    /// An empty perceptron over `nclass` classes whose features are hashed
    /// into a fixed table of `2^bits` rows (`bits` clamped to
    /// `1..=MAX_BITS`): colliding features share weights during training,
    /// so the frozen table ([`Weights`] with [`Weights::bits`]) holds
    /// exactly what was trained. With `tagged`, each row belongs to one
    /// feature at a time instead (see `tags`).
    ///
    /// Only tables of at most four classes are hashed (more: a keyed
    /// trainer, as [`Trainer::new`]).
    pub(crate) fn hashed(nclass: usize, bits: u32, tagged: bool) -> Self {
        if nclass > DENSE_MAX {
            return Trainer::new(nclass);
        }
        let bits = bits.clamp(1, MAX_BITS);
        let n = 1usize << bits;
        Trainer {
            nclass,
            bits,
            tags: if tagged { vec![0; n] } else { Vec::new() },
            counts: if tagged { vec![0; n] } else { Vec::new() },
            rows: U32Map::default(),
            w: vec![0.0; n * nclass],
            u: vec![0.0; n * nclass],
            touched: vec![0; n],
            step: 1,
        }
    }

    /// The row index of feature `f`, if it has one.
    #[inline]
    fn row_of(&self, f: u64) -> Option<usize> {
        if self.bits > 0 {
            let r = bucket(f, self.bits);
            match self.tags.get(r) {
                Some(&t) if t != tag(f) => None,
                _ => Some(r),
            }
        } else {
            self.rows.get(&key(f)).map(|&r| r as usize)
        }
    }

    /// Add the current weights of every feature into `scores`.
    pub(crate) fn score(&self, feats: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for &f in feats {
            if let Some(r) = self.row_of(f) {
                let start = r * self.nclass;
                if let Some(row) = self.w.get(start..start + self.nclass) {
                    for (s, w) in scores.iter_mut().zip(row) {
                        *s += *w;
                    }
                }
            }
        }
    }

    /// The row of `f` to update (claimed for it in a tagged table, if it
    /// wins the row), or `None`.
    fn row(&mut self, f: u64) -> Option<usize> {
        if self.bits > 0 {
            let r = bucket(f, self.bits);
            if let (Some(t), Some(c)) = (self.tags.get_mut(r), self.counts.get_mut(r)) {
                if *t == tag(f) {
                    *c = c.saturating_add(1);
                } else if *c == 0 {
                    // A new owner starts from nothing.
                    *t = tag(f);
                    *c = 1;
                    let base = r * self.nclass;
                    self.w[base..base + self.nclass].fill(0.0);
                    self.u[base..base + self.nclass].fill(0.0);
                    self.touched[r] = 0;
                } else {
                    *c -= 1;
                    return None;
                }
            }
            if let Some(t) = self.touched.get_mut(r) {
                *t = t.saturating_add(1);
            }
            return Some(r * self.nclass);
        }
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
        Some(r as usize * self.nclass)
    }

    /// Reward `truth` and penalise `guess` on these features (no-op when equal).
    pub(crate) fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        if truth != guess && truth < self.nclass && guess < self.nclass {
            let step = self.step as f64;
            for &f in feats {
                let Some(base) = self.row(f) else {
                    continue;
                };
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
            let Some(base) = self.row(f) else {
                continue;
            };
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
        // A hashed table's row `r` is stored under key `r + 1` (0: empty).
        let hashed = (0..self.touched.len() * usize::from(self.bits > 0))
            .map(|r| ((r + 1) as u32, r as u32));
        let keyed = self.rows.iter().map(|(&k, &r)| (k, r));
        for (k, r) in hashed.chain(keyed) {
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
        let mut w = Weights::from_rows_in(self.nclass, self.bits, rows);
        if !self.tags.is_empty() {
            w.set_tags(&self.tags);
        }
        w
    }
}

/// Frozen perceptron weights: `i16` integers sharing one scale, in an
/// ordered open-addressing table.
///
/// Every feature key has a home slot proportional to its value
/// (`key * size / 2^32`), and rows are placed in key order at their home
/// slot or the first free slot after the previous row. The table is
/// therefore sorted: a lookup scans forward from the home slot and stops at
/// the key, at a larger key or at an empty slot, usually within one cache
/// line. Building it from rows sorted by key is one sequential pass, which
/// is what makes loading a model cheap (no hashing, no allocation per row).
#[derive(Clone, Default)]
pub(crate) struct Weights {
    nclass: usize,
    /// Multiply the integer sums by this to get scores.
    unscale: f32,
    table: Table,
}

/// The two layouts: rows of up to four classes inline (the parser's
/// moves), or rows pointing into packed `(class, weight)` entries.
#[derive(Clone)]
enum Table {
    /// Slots `[key, w0 | w1 << 16, w2 | w3 << 16]`: one feature's weights
    /// for all classes sit next to its key.
    Dense(Probe<[u32; 3]>),
    /// Slots `[key, start << 8 | len]` finding each row in the
    /// [`SparseRows`].
    Sparse(Probe<[u32; 2]>, SparseRows),
    /// A hashed table: feature `f` reads row [`bucket`]`(f, bits)` of
    /// `2^bits` rows of four weights, with no key and no probing (one
    /// aligned 8-byte load). Colliding features share their row, as they
    /// did in training.
    /// In a tagged table the fourth weight of a row is the [`tag`] of the
    /// one feature it belongs to (0: none), and other features read zero.
    Direct {
        bits: u32,
        tagged: bool,
        rows: Vec<[i16; DENSE_MAX]>,
    },
}

impl Default for Table {
    fn default() -> Self {
        Table::Sparse(Probe::default(), SparseRows::default())
    }
}

/// An ordered open-addressing table of slots whose first word is the key
/// (0: empty).
#[derive(Clone, Default)]
struct Probe<S> {
    /// Number of home positions (the slot vector may run a little longer).
    size: usize,
    slots: Vec<S>,
    /// One past the last slot placed.
    end: usize,
}

/// The home slot of `key` in a table of `size` home positions.
#[inline]
fn home(key: u32, size: usize) -> usize {
    ((u64::from(key) * size as u64) >> 32) as usize
}

trait Keyed: Copy + Default {
    fn key(&self) -> u32;
}
impl Keyed for [u32; 3] {
    #[inline]
    fn key(&self) -> u32 {
        self[0]
    }
}
impl Keyed for [u32; 2] {
    #[inline]
    fn key(&self) -> u32 {
        self[0]
    }
}

impl<S: Keyed> Probe<S> {
    /// An empty table for `rows` rows (load factor at most 2/3).
    fn with_rows(rows: usize) -> Self {
        let size = rows + rows / 2 + 1;
        Probe {
            size,
            slots: vec![S::default(); size],
            end: 0,
        }
    }

    /// Place `slot`, whose key must be larger than every key placed so far.
    #[inline]
    fn push(&mut self, slot: S) {
        let at = home(slot.key(), self.size).max(self.end);
        match self.slots.get_mut(at) {
            Some(s) => *s = slot,
            None => {
                // Past the home positions: the run continues at the end.
                self.slots.resize(at, S::default());
                self.slots.push(slot);
            }
        }
        self.end = at + 1;
    }

    /// The slot holding `k`, if any.
    #[inline]
    fn get(&self, k: u32) -> Option<&S> {
        if k == 0 {
            return None;
        }
        let mut i = home(k, self.size);
        while let Some(slot) = self.slots.get(i) {
            let key = slot.key();
            if key == k {
                return Some(slot);
            }
            if key == 0 || key > k {
                return None;
            }
            i += 1;
        }
        None
    }

    /// The occupied slots, in key order.
    fn iter(&self) -> impl Iterator<Item = &S> {
        self.slots.iter().filter(|s| s.key() != 0)
    }
}

fn pack(a: i16, b: i16) -> u32 {
    u32::from(a as u16) | (u32::from(b as u16) << 16)
}

fn unpack(x: u32) -> (i16, i16) {
    (x as u16 as i16, (x >> 16) as u16 as i16)
}

/// The four weights packed in a dense row (`[key, w0|w1, w2|w3]`).
#[inline]
fn dense_weights(slot: [u32; 3]) -> [i16; DENSE_MAX] {
    let (a, b) = unpack(slot[1]);
    let (c, d) = unpack(slot[2]);
    [a, b, c, d]
}

/// Add the four packed weights of a dense row to `sums`.
#[inline]
fn add_dense_row(sums: &mut [i32; DENSE_MAX], slot: [u32; 3]) {
    for (s, w) in sums.iter_mut().zip(dense_weights(slot)) {
        *s += i32::from(w);
    }
}

/// Rows of quantised weights: `(key, [(class, weight)])`.
type QRows = Vec<(u32, Vec<(u16, i16)>)>;

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

/// Slots of a [`RowCache`] (a power of two).
const ROW_CACHE: usize = 1 << 13;

/// A direct-mapped cache of dense rows, `[key, w0 | w1, w2 | w3]` (key 0:
/// empty), for [`Weights::add_rows`]. Use one per sentence and table (or
/// [`RowCache::clear`] it in between).
pub(crate) struct RowCache {
    slots: Vec<[u32; 3]>,
}

impl RowCache {
    /// An empty cache (its slots are allocated on first use: tables that
    /// are not cached never pay for them).
    pub(crate) fn new() -> RowCache {
        RowCache { slots: Vec::new() }
    }

    /// Forget every row (keeping the allocation): a cache may then serve
    /// another table.
    pub(crate) fn clear(&mut self) {
        self.slots.fill([0; 3]);
    }
}

/// Largest class count stored inline.
const DENSE_MAX: usize = 4;

impl Weights {
    /// Quantise float rows to `i16` with one scale (the largest magnitude
    /// maps to 32767) and build the table. Rows with key 0 are dropped.
    fn from_rows(nclass: usize, rows: Vec<(u32, Vec<(u16, f32)>)>) -> Weights {
        Weights::from_rows_in(nclass, 0, rows)
    }

    /// [`Weights::from_rows`] into a hashed table of `2^bits` rows when
    /// `bits > 0` (and `nclass` is at most four), row `r` given under key
    /// `r + 1`.
    fn from_rows_in(nclass: usize, bits: u32, mut rows: Vec<(u32, Vec<(u16, f32)>)>) -> Weights {
        rows.sort_unstable_by_key(|r| r.0);
        rows.dedup_by_key(|r| r.0);
        let scale = quant_scale(&rows);
        let q: QRows = rows
            .iter()
            .filter(|(k, _)| *k != 0)
            .map(|(k, row)| {
                (
                    *k,
                    row.iter().map(|&(c, x)| (c, quantize(x, scale))).collect(),
                )
            })
            .collect();
        Weights::from_quantised(nclass, bits, 1.0 / scale, &q)
    }

    /// Build the table from quantised rows sorted by strictly increasing,
    /// non-zero keys, with classes below `nclass` (callers check). With
    /// `bits > 0` (and at most four classes) the table is hashed and keys
    /// above `2^bits` are dropped.
    fn from_quantised(
        nclass: usize,
        bits: u32,
        unscale: f32,
        rows: &[(u32, Vec<(u16, i16)>)],
    ) -> Weights {
        let table = if bits > 0 && nclass <= DENSE_MAX {
            let bits = bits.min(MAX_BITS);
            let mut t = vec![[0i16; DENSE_MAX]; 1 << bits];
            for (k, row) in rows {
                if let Some(w) = (*k as usize).checked_sub(1).and_then(|r| t.get_mut(r)) {
                    for &(c, x) in row {
                        if let Some(slot) = w.get_mut(c as usize) {
                            *slot = x;
                        }
                    }
                }
            }
            Table::Direct {
                bits,
                tagged: false,
                rows: t,
            }
        } else if nclass <= DENSE_MAX {
            let mut t = Probe::with_rows(rows.len());
            for (k, row) in rows {
                let mut w = [0i16; DENSE_MAX];
                for &(c, x) in row {
                    if let Some(slot) = w.get_mut(c as usize) {
                        *slot = x;
                    }
                }
                t.push([*k, pack(w[0], w[1]), pack(w[2], w[3])]);
            }
            Table::Dense(t)
        } else {
            let mut t = Probe::with_rows(rows.len());
            let mut store = SparseRows::new(nclass);
            for (k, row) in rows {
                // Rows longer than 255 or beyond 2^24 entries cannot occur
                // for the class counts we use (at most 255).
                if let Some(word) = store.push(row) {
                    t.push([*k, word]);
                }
            }
            store.shrink_to_fit();
            Table::Sparse(t, store)
        };
        Weights {
            nclass,
            unscale,
            table,
        }
    }

    /// Make a hashed table tagged: row `r` belongs to the feature of tag
    /// `tags[r]` if it holds any weight (rows without weights stay
    /// unclaimed, so they are not stored).
    fn set_tags(&mut self, tags: &[u16]) {
        let nclass = self.nclass;
        if let Table::Direct { tagged, rows, .. } = &mut self.table {
            if nclass < DENSE_MAX {
                *tagged = true;
                for (w, &t) in rows.iter_mut().zip(tags) {
                    let used = w.iter().take(nclass).any(|&x| x != 0);
                    w[DENSE_MAX - 1] = if used { t as i16 } else { 0 };
                }
            }
        }
    }

    /// Whether this is a tagged hashed table.
    pub(crate) fn tagged(&self) -> bool {
        matches!(self.table, Table::Direct { tagged: true, .. })
    }

    /// The weights stored per row: the classes, plus a tagged table's tag.
    fn lanes(&self) -> usize {
        self.nclass + usize::from(self.tagged())
    }

    /// The stored rows, in key order, with zero weights left out (a
    /// tagged table's tag is the last weight).
    fn quantised_rows(&self) -> QRows {
        match &self.table {
            Table::Dense(t) => t
                .iter()
                .map(|s| {
                    let row = dense_weights(*s)
                        .into_iter()
                        .enumerate()
                        .take(self.nclass)
                        .filter(|(_, x)| *x != 0)
                        .map(|(c, x)| (c as u16, x))
                        .collect();
                    (s[0], row)
                })
                .collect(),
            Table::Sparse(t, store) => t.iter().map(|s| (s[0], store.row(s[1]))).collect(),
            Table::Direct { rows, .. } => rows
                .iter()
                .enumerate()
                .filter(|(_, w)| w.iter().any(|&x| x != 0))
                .map(|(i, w)| {
                    let row = w
                        .iter()
                        .enumerate()
                        .take(self.lanes())
                        .filter(|(_, x)| **x != 0)
                        .map(|(c, &x)| (c as u16, x))
                        .collect();
                    ((i + 1) as u32, row)
                })
                .collect(),
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
        // Keys mean rows of a hashed table and hashes of a keyed one: only
        // tables of the first one's layout are summed.
        let bits = all.first().map_or(0, Weights::bits);
        // A tagged table's rows belong to single features: tables with
        // different owners cannot be summed, so the first one is kept.
        if all.first().is_some_and(Weights::tagged) {
            return all.into_iter().next().unwrap_or_default();
        }
        let mut merged: std::collections::HashMap<u32, Vec<f32>> = std::collections::HashMap::new();
        for w in all.iter().filter(|w| w.bits() == bits) {
            for (k, row) in w.quantised_rows() {
                let dense = merged.entry(k).or_insert_with(|| vec![0.0; nclass]);
                for (c, x) in row {
                    if let Some(slot) = dense.get_mut(c as usize) {
                        *slot += f32::from(x) * w.unscale;
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
        Weights::from_rows_in(nclass, bits, rows)
    }

    /// The hash bits of a hashed table (0: a keyed table).
    pub(crate) fn bits(&self) -> u32 {
        match self.table {
            Table::Direct { bits, .. } => bits,
            _ => 0,
        }
    }

    /// Number of classes.
    pub(crate) fn nclass(&self) -> usize {
        self.nclass
    }

    /// Number of stored non-zero weights.
    pub(crate) fn len(&self) -> usize {
        match &self.table {
            Table::Dense(t) => t
                .iter()
                .map(|s| dense_weights(*s).iter().filter(|x| **x != 0).count())
                .sum(),
            Table::Sparse(_, store) => {
                store.entries.iter().filter(|e| **e as u16 != 0).count()
                    + store.dense.iter().filter(|x| **x != 0).count()
            }
            Table::Direct { rows, .. } => rows
                .iter()
                .flat_map(|w| w.iter().take(self.nclass))
                .filter(|x| **x != 0)
                .count(),
        }
    }

    /// [`Weights::score`] through `cache`, a small direct-mapped copy of
    /// the rows looked up lately (absent features included): beam items of
    /// one sentence share most of their features, and the cache answers
    /// them from L1/L2 instead of the large table. Sparse and hashed
    /// tables are scored directly. The scores are exactly those of `score`.
    /// (Decoding sums rows through [`Weights::add_rows`]; the tests check
    /// the cache through this.)
    #[cfg(test)]
    pub(crate) fn score_cached(&self, feats: &[u64], scores: &mut [f32], cache: &mut RowCache) {
        if !matches!(self.table, Table::Dense(_)) {
            return self.score(feats, scores);
        }
        let mut s = [0i32; DENSE_MAX];
        self.add_rows(feats, &mut s, cache);
        self.write_dense(s, scores);
    }

    /// Add the integer weights of `feats` to `sums`, one lane per class,
    /// for a table of at most [`DENSE_MAX`] classes (the weights of other
    /// classes are left out), through `cache` for a keyed dense table as
    /// [`Weights::score_cached`] does. Integer sums are exact in any order
    /// and grouping: [`Weights::scores_of`] the sums of several calls gives
    /// the scores [`Weights::score`] gives for all their features at once.
    #[inline]
    pub(crate) fn add_rows(
        &self,
        feats: &[u64],
        sums: &mut [i32; DENSE_MAX],
        cache: &mut RowCache,
    ) {
        match &self.table {
            Table::Dense(t) => {
                if cache.slots.is_empty() {
                    cache.slots = vec![[0; 3]; ROW_CACHE];
                }
                for &f in feats {
                    let k = key(f);
                    if k == 0 {
                        continue;
                    }
                    let i = (k as usize) & (ROW_CACHE - 1);
                    let slot = match cache.slots.get_mut(i) {
                        Some(slot) if slot[0] == k => *slot,
                        Some(slot) => {
                            let row = t.get(k).map_or([k, 0, 0], |r| [k, r[1], r[2]]);
                            *slot = row;
                            row
                        }
                        None => continue,
                    };
                    add_dense_row(sums, slot);
                }
            }
            Table::Direct {
                bits,
                tagged: false,
                rows,
            } => {
                for &f in feats {
                    if let Some(w) = rows.get(bucket(f, *bits)) {
                        for (a, &x) in sums.iter_mut().zip(w) {
                            *a += i32::from(x);
                        }
                    }
                }
            }
            Table::Direct {
                bits,
                tagged: true,
                rows,
            } => {
                for &f in feats {
                    if let Some(w) = rows.get(bucket(f, *bits)) {
                        // Branch-free: whether a row matches is not
                        // predictable.
                        let keep = -i32::from(w[DENSE_MAX - 1] as u16 == tag(f));
                        for (a, &x) in sums.iter_mut().zip(w) {
                            *a += i32::from(x) & keep;
                        }
                    }
                }
                // The tags summed into the last lane are not a score.
                sums[DENSE_MAX - 1] = 0;
            }
            Table::Sparse(t, store) => add_sparse_rows(t, store, feats, sums),
        }
    }

    /// The scores of integer sums made by [`Weights::add_rows`].
    #[inline]
    pub(crate) fn scores_of(&self, sums: [i32; DENSE_MAX], scores: &mut [f32]) {
        self.write_dense(sums, scores);
    }

    /// Scale integer sums of a dense row into `scores` (zeroing the rest).
    #[inline]
    fn write_dense(&self, sums: [i32; DENSE_MAX], scores: &mut [f32]) {
        scores.iter_mut().for_each(|o| *o = 0.0);
        for (o, x) in scores.iter_mut().zip(sums) {
            *o = x as f32 * self.unscale;
        }
    }

    /// Sum the weights of `feats` into `scores` (which is zeroed first).
    #[inline]
    pub(crate) fn score(&self, feats: &[u64], scores: &mut [f32]) {
        match &self.table {
            Table::Dense(t) => {
                let mut s = [0i32; DENSE_MAX];
                for &f in feats {
                    if let Some(slot) = t.get(key(f)) {
                        add_dense_row(&mut s, *slot);
                    }
                }
                self.write_dense(s, scores);
            }
            Table::Direct {
                bits,
                tagged: false,
                rows,
            } => {
                let mut s = [0i32; DENSE_MAX];
                for &f in feats {
                    if let Some(w) = rows.get(bucket(f, *bits)) {
                        for (a, &x) in s.iter_mut().zip(w) {
                            *a += i32::from(x);
                        }
                    }
                }
                self.write_dense(s, scores);
            }
            Table::Direct {
                bits,
                tagged: true,
                rows,
            } => {
                let mut s = [0i32; DENSE_MAX];
                for &f in feats {
                    if let Some(w) = rows.get(bucket(f, *bits)) {
                        // Branch-free: whether a row matches is not
                        // predictable.
                        let keep = -i32::from(w[DENSE_MAX - 1] as u16 == tag(f));
                        for (a, &x) in s.iter_mut().zip(w) {
                            *a += i32::from(x) & keep;
                        }
                    }
                }
                // The tags summed into the last lane are not a score.
                s[DENSE_MAX - 1] = 0;
                self.write_dense(s, scores);
            }
            Table::Sparse(t, store) => {
                // Integer sums: exact, and cheaper than float adds.
                let mut acc = [0i32; 256];
                let n = scores.len().min(256);
                let acc = &mut acc[..n];
                add_sparse_rows(t, store, feats, acc);
                scores.iter_mut().for_each(|o| *o = 0.0);
                for (s, a) in scores.iter_mut().zip(acc.iter()) {
                    *s = *a as f32 * self.unscale;
                }
            }
        }
    }

    /// Serialise in the current format: the class count, the row count and
    /// the scale, then the rows in key order, each key as a varint delta
    /// from the previous one. A dense row (at most four classes) folds a
    /// bit mask of its non-zero classes into that varint (`delta << nclass
    /// | mask`) and follows it with those weights as little-endian `i16`; a
    /// sparse row follows its delta with a length byte and `(class: u8,
    /// weight: i16)` entries. Loading is one sequential pass.
    pub(crate) fn write(&self, w: &mut Writer) {
        let rows = self.quantised_rows();
        let lanes = self.lanes();
        w.u64(lanes as u64);
        w.u64(rows.len() as u64);
        w.u64(u64::from(self.unscale.to_bits()));
        let dense = lanes <= DENSE_MAX;
        let mut prev = 0u32;
        let mut buf = Vec::new();
        for (k, row) in &rows {
            let delta = u64::from(k - prev);
            prev = *k;
            buf.clear();
            if dense {
                let mut mask = 0u64;
                for &(c, x) in row {
                    mask |= 1 << c;
                    buf.extend_from_slice(&x.to_le_bytes());
                }
                w.u64(delta << lanes | mask);
            } else {
                w.u64(delta);
                buf.push(row.len() as u8);
                for &(c, x) in row {
                    buf.push(c as u8);
                    buf.extend_from_slice(&x.to_le_bytes());
                }
            }
            w.bytes(&buf);
        }
    }

    /// Deserialise what [`Weights::write`] wrote straight into the table,
    /// checking every count, class and key order, so a corrupt file is an
    /// error and no allocation exceeds a small multiple of the file size.
    pub(crate) fn read(r: &mut Reader) -> anyhow::Result<Weights> {
        Weights::read_in(r, 0, false)
    }

    /// [`Weights::read`] a hashed table of `2^bits` rows (`bits > 0`),
    /// written by [`Weights::write`] with row `r` under key `r + 1`;
    /// `bits == 0` reads a keyed table.
    /// A `tagged` table stores its rows' tags as one more class.
    pub(crate) fn read_in(r: &mut Reader, bits: u32, tagged: bool) -> anyhow::Result<Weights> {
        anyhow::ensure!(bits > 0 || !tagged, "tagged weight table not hashed");
        let nclass = r.usize()?;
        anyhow::ensure!(nclass <= 255, "too many classes ({nclass})");
        let nrows = r.usize()?;
        let unscale = f32::from_bits(
            u32::try_from(r.u64()?).map_err(|_| anyhow::anyhow!("weight scale corrupt"))?,
        );
        anyhow::ensure!(
            unscale.is_finite() && unscale >= 0.0,
            "weight scale corrupt"
        );
        // Every row takes at least one byte.
        anyhow::ensure!(nrows <= r.remaining(), "model file truncated");
        let mut key = 0u32;
        let mut next_key = |delta: u64| -> anyhow::Result<u32> {
            let k = u32::try_from(delta)
                .ok()
                .filter(|&d| d > 0)
                .and_then(|d| key.checked_add(d))
                .ok_or_else(|| anyhow::anyhow!("weight keys out of order"))?;
            key = k;
            Ok(k)
        };
        let mut dense_row = |r: &mut Reader| -> anyhow::Result<(u32, [i16; DENSE_MAX])> {
            let head = r.u64()?;
            let k = next_key(head >> nclass)?;
            let mask = (head & ((1 << nclass) - 1)) as usize;
            let mut w = [0i16; DENSE_MAX];
            for (c, slot) in w.iter_mut().enumerate() {
                if mask & (1 << c) != 0 {
                    let x = r.bytes(2)?;
                    *slot = i16::from_le_bytes([x[0], x[1]]);
                }
            }
            Ok((k, w))
        };
        let table = if bits > 0 {
            anyhow::ensure!(
                bits <= MAX_BITS && nclass <= DENSE_MAX && nclass > usize::from(tagged),
                "hashed weight table out of range"
            );
            // The table is allocated whole: refuse sizes far beyond what
            // the file could fill.
            let n = 1usize << bits;
            anyhow::ensure!(
                n <= (16 * r.remaining()).max(1 << 16),
                "model file truncated"
            );
            let mut t = vec![[0i16; DENSE_MAX]; n];
            for _ in 0..nrows {
                let (k, w) = dense_row(r)?;
                let slot = (k as usize)
                    .checked_sub(1)
                    .and_then(|i| t.get_mut(i))
                    .ok_or_else(|| anyhow::anyhow!("hashed weight row out of range"))?;
                *slot = w;
            }
            Table::Direct {
                bits,
                tagged,
                rows: t,
            }
        } else if nclass <= DENSE_MAX {
            let mut t = Probe::with_rows(nrows);
            for _ in 0..nrows {
                let (k, w) = dense_row(r)?;
                t.push([k, pack(w[0], w[1]), pack(w[2], w[3])]);
            }
            Table::Dense(t)
        } else {
            let mut t = Probe::with_rows(nrows);
            let mut store = SparseRows::new(nclass);
            let mut row = Vec::with_capacity(nclass);
            for _ in 0..nrows {
                let k = next_key(r.u64()?)?;
                let len = usize::from(r.bytes(1)?[0]);
                anyhow::ensure!(len <= nclass, "weight row longer than the class count");
                row.clear();
                for e in r.bytes(3 * len)?.chunks_exact(3) {
                    anyhow::ensure!(usize::from(e[0]) < nclass, "weight class out of range");
                    row.push((u16::from(e[0]), i16::from_le_bytes([e[1], e[2]])));
                }
                let word = store
                    .push(&row)
                    .ok_or_else(|| anyhow::anyhow!("weight table too large"))?;
                t.push([k, word]);
            }
            store.shrink_to_fit();
            Table::Sparse(t, store)
        };
        // A tagged table's last stored class is its tags.
        let nclass = nclass - usize::from(tagged);
        Ok(Weights {
            nclass,
            unscale,
            table,
        })
    }

    /// Deserialise the varint weights of model files before version 3
    /// (weights in 1/256 steps, delta-coded keys).
    pub(crate) fn read_v2(r: &mut Reader) -> anyhow::Result<Weights> {
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

/// Version-2 model files stored weights in 1/256 steps.
const QUANT: f32 = 256.0;

#[cfg(test)]
mod tests {
    use super::*;

    /// Five perceptron epochs over `data`.
    fn train_five_epochs(t: &mut Trainer, data: &[(Vec<u64>, usize)], nclass: usize) {
        let mut scores = vec![0.0f32; nclass];
        for _ in 0..5 {
            for (f, y) in data {
                t.score(f, &mut scores);
                let guess = crate::tagger::argmax(&scores);
                t.update(f, *y, guess);
                t.tick();
            }
        }
    }

    fn learn(nclass: usize) -> (Trainer, Vec<(Vec<u64>, usize)>) {
        let mut t = Trainer::new(nclass);
        let data = vec![(vec![1u64, 10], 0usize), (vec![2u64, 10], 1usize)];
        train_five_epochs(&mut t, &data, nclass);
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

    /// Many random rows, so that the ordered table has long runs and
    /// overflows past its home positions.
    fn random_rows(nclass: usize, n: usize, seed: u64) -> Vec<(u32, Vec<(u16, f32)>)> {
        let mut x = seed | 1;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut rows = Vec::with_capacity(n);
        for _ in 0..n {
            let k = next() as u32;
            let mut row = Vec::new();
            for c in 0..nclass {
                if next() % 3 != 0 {
                    row.push((c as u16, (next() % 2001) as f32 / 100.0 - 10.0));
                }
            }
            rows.push((k, row));
        }
        rows
    }

    #[test]
    fn every_stored_key_is_found_and_others_are_not() {
        for nclass in [3, 7] {
            let rows = random_rows(nclass, 5000, 42 + nclass as u64);
            let w = Weights::from_rows(nclass, rows.clone());
            let mut scores = vec![0.0f32; nclass];
            let mut dense = vec![0.0f32; nclass];
            for (k, row) in &rows {
                if *k == 0 {
                    continue;
                }
                w.score(&[u64::from(*k)], &mut scores);
                dense.iter_mut().for_each(|d| *d = 0.0);
                for &(c, x) in row {
                    dense[c as usize] = x;
                }
                for (a, b) in scores.iter().zip(&dense) {
                    assert!((a - b).abs() < 0.01, "{k}: {scores:?} vs {dense:?}");
                }
            }
            // Keys not stored score zero (key 0 is never stored).
            let stored: std::collections::HashSet<u32> = rows.iter().map(|r| r.0).collect();
            for k in (0..50_000u32).map(|i| i.wrapping_mul(2_654_435_761)) {
                if !stored.contains(&k) {
                    w.score(&[u64::from(k)], &mut scores);
                    assert!(scores.iter().all(|&s| s == 0.0));
                }
            }
        }
    }

    /// Rows of every length, so that a sparse table holds both packed
    /// short rows and dense long ones: each scores as its weights say,
    /// alone and summed with others, and the table round-trips.
    #[test]
    fn long_and_short_sparse_rows_score_alike() {
        let nclass = 51;
        let mut x = 99u64;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let rows: Vec<(u32, Vec<(u16, f32)>)> = (0..3000usize)
            .map(|i| {
                let len = i % (nclass + 1);
                let row = (0..len)
                    // 13 is prime to 51: distinct classes.
                    .map(|j| ((i * 7 + j * 13) % nclass) as u16)
                    .map(|c| (c, (next() % 2001) as f32 / 100.0 - 10.0))
                    .collect();
                (next() as u32 | 1, row)
            })
            .collect();
        let w = Weights::from_rows(nclass, rows.clone());
        match &w.table {
            Table::Sparse(_, store) => {
                assert!(!store.dense.is_empty() && !store.entries.is_empty());
            }
            _ => panic!("a table of 51 classes is sparse"),
        }
        let mut scores = vec![0.0f32; nclass];
        for group in rows.chunks(3) {
            let feats: Vec<u64> = group.iter().map(|r| u64::from(r.0)).collect();
            w.score(&feats, &mut scores);
            let mut want = vec![0.0f32; nclass];
            for (_, row) in group {
                for &(c, v) in row {
                    want[c as usize] += v;
                }
            }
            for (a, b) in scores.iter().zip(&want) {
                assert!((a - b).abs() < 0.05, "{scores:?} vs {want:?}");
            }
        }
        let mut out = Writer::default();
        w.write(&mut out);
        let bytes = out.into_bytes();
        let back = Weights::read(&mut Reader::new(&bytes)).unwrap();
        assert_eq!(back.quantised_rows(), w.quantised_rows());
        assert_eq!(back.len(), w.len());
        let mut again = Writer::default();
        back.write(&mut again);
        assert_eq!(again.into_bytes(), bytes);
    }

    #[test]
    fn the_current_format_round_trips_exactly() {
        for nclass in [1, 3, 4, 9] {
            let w = Weights::from_rows(nclass, random_rows(nclass, 3000, 7));
            let mut out = Writer::default();
            w.write(&mut out);
            let bytes = out.into_bytes();
            let back = Weights::read(&mut Reader::new(&bytes)).unwrap();
            assert_eq!(back.quantised_rows(), w.quantised_rows());
            assert_eq!(back.unscale, w.unscale);
            let mut again = Writer::default();
            back.write(&mut again);
            assert_eq!(again.into_bytes(), bytes);
        }
    }

    #[test]
    fn the_version_2_format_still_reads() {
        // The version-2 writer: delta keys, class deltas, 1/256 steps.
        let rows = random_rows(5, 500, 3);
        let mut sorted = rows.clone();
        sorted.sort_by_key(|r| r.0);
        let mut w = Writer::default();
        w.u64(5);
        w.u64(sorted.len() as u64);
        let mut prev = 0u32;
        for (k, row) in &sorted {
            w.u64(u64::from(k.wrapping_sub(prev)));
            prev = *k;
            w.u64(row.len() as u64);
            let mut last = 0u16;
            for &(c, x) in row {
                w.u64(u64::from(c - last));
                last = c;
                let q = (x * QUANT).round() as i64;
                w.u64(((q << 1) ^ (q >> 63)) as u64);
            }
        }
        let bytes = w.into_bytes();
        let old = Weights::read_v2(&mut Reader::new(&bytes)).unwrap();
        let rounded = rows
            .into_iter()
            .map(|(k, r)| {
                (
                    k,
                    r.into_iter()
                        .map(|(c, x)| (c, (x * QUANT).round() / QUANT))
                        .collect(),
                )
            })
            .collect();
        let direct = Weights::from_rows(5, rounded);
        assert_eq!(old.quantised_rows(), direct.quantised_rows());
    }

    #[test]
    fn corrupt_tables_are_errors_not_panics() {
        for nclass in [3, 9] {
            let w = Weights::from_rows(nclass, random_rows(nclass, 200, 5));
            let mut out = Writer::default();
            w.write(&mut out);
            let bytes = out.into_bytes();
            for cut in 0..bytes.len() {
                assert!(Weights::read(&mut Reader::new(&bytes[..cut])).is_err());
            }
            let mut x = 99u64;
            for _ in 0..2000 {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                let mut bad = bytes.clone();
                let at = (x >> 33) as usize % bad.len();
                bad[at] ^= 1 << ((x >> 20) % 8);
                let _ = Weights::read(&mut Reader::new(&bad));
            }
            // A row count far beyond the bytes is refused before any
            // allocation.
            let mut huge = Writer::default();
            huge.u64(nclass as u64);
            huge.u64(u64::MAX >> 2);
            huge.u64(u64::from(1.0f32.to_bits()));
            assert!(Weights::read(&mut Reader::new(&huge.into_bytes())).is_err());
        }
    }

    /// A hashed perceptron trained on `data` (features far more numerous
    /// than its rows collide).
    fn learn_hashed(nclass: usize, bits: u32, tagged: bool) -> (Trainer, Vec<(Vec<u64>, usize)>) {
        let mut t = Trainer::hashed(nclass, bits, tagged);
        let data: Vec<(Vec<u64>, usize)> = (0..200u64)
            .map(|i| {
                let y = (i % nclass as u64) as usize;
                let f = vec![
                    crate::hash::f1(1, 0),
                    crate::hash::f1(2, i),
                    crate::hash::f1(3, y as u64),
                ];
                (f, y)
            })
            .collect();
        train_five_epochs(&mut t, &data, nclass);
        (t, data)
    }

    #[test]
    fn hashed_tables_learn_score_like_training_and_round_trip() {
        for (nclass, bits, tagged) in [
            (2, 4, false),
            (3, 6, false),
            (3, 12, false),
            (4, 1, false),
            (2, 4, true),
            (3, 6, true),
            (3, 12, true),
        ] {
            let (t, data) = learn_hashed(nclass, bits, tagged);
            let w = t.averaged(0.0, 0);
            assert_eq!(w.bits(), bits);
            assert_eq!(w.tagged(), tagged);
            assert!(w.len() <= nclass << bits);
            // The frozen table scores as the trainer's averaged weights do
            // (up to quantisation), collisions included.
            let (mut a, mut b, mut c) = (vec![0.0; nclass], vec![0.0; nclass], vec![0.0; nclass]);
            let avg = averaged_dense(&t);
            let mut cache = RowCache::new();
            for (f, y) in &data {
                w.score(f, &mut a);
                w.score_cached(f, &mut c, &mut cache);
                assert_eq!(a, c);
                b.iter_mut().for_each(|x| *x = 0.0);
                for &x in f {
                    let r = bucket(x, bits);
                    if tagged && t.tags[r] != tag(x) {
                        continue;
                    }
                    for (k, s) in b.iter_mut().enumerate() {
                        *s += avg[r * nclass + k];
                    }
                }
                for (x, y) in a.iter().zip(&b) {
                    assert!((x - y).abs() < 1e-3 * (1.0 + y.abs()), "{a:?} vs {b:?}");
                }
                if bits >= 12 {
                    assert_eq!(crate::tagger::argmax(&a), *y);
                }
            }
            assert!(cache.slots.is_empty(), "hashed tables are not cached");
            let mut out = Writer::default();
            w.write(&mut out);
            let bytes = out.into_bytes();
            let back = Weights::read_in(&mut Reader::new(&bytes), bits, tagged).unwrap();
            assert_eq!(back.tagged(), tagged);
            assert_eq!(back.nclass(), nclass);
            assert_eq!(back.bits(), bits);
            assert_eq!(back.quantised_rows(), w.quantised_rows());
            let mut again = Writer::default();
            back.write(&mut again);
            assert_eq!(again.into_bytes(), bytes);
            if tagged {
                continue;
            }
            // Summing keeps the layout.
            let sum = Weights::sum(vec![w.clone(), back]);
            assert_eq!(sum.bits(), bits);
            for (f, _) in &data {
                w.score(f, &mut a);
                sum.score(f, &mut b);
                for (x, y) in a.iter().zip(&b) {
                    assert!((2.0 * x - y).abs() < 0.01 * (1.0 + y.abs()), "{a:?} {b:?}");
                }
            }
        }
    }

    /// The averaged float weights of a hashed trainer, row-major.
    fn averaged_dense(t: &Trainer) -> Vec<f32> {
        let c = t.step as f64;
        t.w.iter()
            .zip(&t.u)
            .map(|(&w, &u)| (f64::from(w) - u / c) as f32)
            .collect()
    }

    #[test]
    fn corrupt_hashed_tables_are_errors_not_panics() {
        let (t, _) = learn_hashed(3, 8, false);
        let w = t.averaged(0.0, 0);
        let mut out = Writer::default();
        w.write(&mut out);
        let bytes = out.into_bytes();
        for cut in 0..bytes.len() {
            assert!(Weights::read_in(&mut Reader::new(&bytes[..cut]), 8, false).is_err());
        }
        // Rows beyond the table, too many bits or classes for a hashed
        // table, and a table far larger than the file are refused.
        assert!(Weights::read_in(&mut Reader::new(&bytes), 4, false).is_err());
        assert!(Weights::read_in(&mut Reader::new(&bytes), 0, true).is_err());
        assert!(Weights::read_in(&mut Reader::new(&bytes), MAX_BITS + 1, false).is_err());
        assert!(Weights::read_in(&mut Reader::new(&bytes), MAX_BITS, false).is_err());
        let wide = Weights::from_rows(9, random_rows(9, 100, 3));
        let mut out = Writer::default();
        wide.write(&mut out);
        assert!(Weights::read_in(&mut Reader::new(&out.into_bytes()), 8, false).is_err());
        let mut x = 7u64;
        for _ in 0..2000 {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let mut bad = bytes.clone();
            let at = (x >> 33) as usize % bad.len();
            bad[at] ^= 1 << ((x >> 20) % 8);
            let _ = Weights::read_in(&mut Reader::new(&bad), 8, false);
        }
    }

    #[test]
    fn cached_scores_equal_direct_scores() {
        let rows = random_rows(3, 20_000, 11);
        let w = Weights::from_rows(3, rows.clone());
        let mut cache = RowCache::new();
        let (mut a, mut b) = ([0.0f32; 3], [0.0f32; 3]);
        // Stored and absent keys, repeated, with cache conflicts.
        let keys: Vec<u64> = rows
            .iter()
            .map(|r| u64::from(r.0))
            .chain((0..20_000u64).map(|i| i.wrapping_mul(0x9e37_79b9)))
            .collect();
        for round in 0..3 {
            for chunk in keys.chunks(37 + round) {
                w.score(chunk, &mut a);
                w.score_cached(chunk, &mut b, &mut cache);
                assert_eq!(a, b);
            }
        }
    }
}
