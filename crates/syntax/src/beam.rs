//! Beam-search decoding and globally trained (structured perceptron)
//! learning for the arc-hybrid parser.
//!
//! A greedy parser commits to every move; a wrong early SHIFT or arc can
//! never be undone. The beam keeps the `k` best move sequences by summed
//! move score, so a move that looks worse locally survives if it leads to
//! a better whole parse. Every arc-hybrid derivation of an `n`-word
//! sentence has exactly `2n` moves (`n` shifts and `n` arcs), so all beam
//! items finish together and their scores are comparable at every step.
//!
//! Training follows Huang et al. (2012), "max-violation" updates: the
//! beam and the gold sequence are run side by side for the whole sentence,
//! and the perceptron is updated at the prefix where the best beam item
//! beats the gold prefix by the largest margin. Where several moves are
//! correct (spurious ambiguity, or a non-projective tree that no sequence
//! reaches exactly), the gold sequence takes the correct move the model
//! currently scores highest, using the dynamic oracle's costs.
//!
//! The arc labeller is not part of the beam score: each arc is labelled
//! by the labeller when the move is applied, as in greedy decoding (the
//! labels feed later move features through the children's labels).

use crate::parser::{
    features, group_features, label_features, Ctx, Group, Kids, Parser, ParserTrainer, State, Tok,
    LEFT, MOVES, RIGHT, SHIFT,
};
use crate::perceptron::RowCache;
use crate::tagger::argmax;

const NONE: usize = usize::MAX;
/// No node: below the bottom of the stack, or before the first move.
const NIL: u32 = u32::MAX;

/// One stack cell, shared by every beam item whose stack holds it: the
/// token, the cell below it and the token's children so far. Cells are
/// never changed once made: giving a stack item a child makes a new cell.
#[derive(Clone, Copy)]
struct Node {
    tok: u32,
    below: u32,
    kids: Kids,
}

/// One step of a move history, shared by the items that descend from it.
#[derive(Clone, Copy)]
struct Step {
    mv: u8,
    label: u32,
    before: u32,
}

/// The shared memory of one sentence's search: stack cells and move
/// histories of every item ever kept, reached through indices. An item is
/// then a handful of words, so extending it costs the same at any
/// sentence length.
struct Arena {
    nodes: Vec<Node>,
    steps: Vec<Step>,
}

/// One beam item: a configuration (the top stack cell, the stack depth,
/// the buffer front and its left children), its summed move score, its
/// history and whether it is still the gold sequence.
#[derive(Clone, Copy)]
struct Item {
    top: u32,
    depth: u32,
    b: u32,
    b0: Kids,
    hist: u32,
    score: f32,
    gold: bool,
}

impl Arena {
    fn new(n: usize, k: usize) -> Arena {
        // Each step adds at most one cell and one history step per item.
        let cap = (2 * n + 1).saturating_mul(k).min(1 << 16);
        let mut nodes = Vec::with_capacity(cap);
        nodes.push(Node {
            tok: 0,
            below: NIL,
            kids: Kids::EMPTY,
        });
        Arena {
            nodes,
            steps: Vec::with_capacity(cap),
        }
    }

    /// The item at the start: the root on the stack, all words in the buffer.
    fn start() -> Item {
        Item {
            top: 0,
            depth: 1,
            b: 1,
            b0: Kids::EMPTY,
            hist: NIL,
            score: 0.0,
            gold: true,
        }
    }

    fn node(&self, i: u32) -> Option<&Node> {
        self.nodes.get(i as usize)
    }

    /// The token of the `k`-th stack item from the top, and its cell.
    fn stack(&self, it: &Item, k: usize) -> (usize, Option<&Node>) {
        let mut at = it.top;
        for _ in 0..k {
            at = self.node(at).map_or(NIL, |x| x.below);
        }
        match self.node(at) {
            Some(x) => (x.tok as usize, Some(x)),
            None => (NONE, None),
        }
    }

    /// What the move features read of an item, as [`State::ctx`] would.
    fn ctx(&self, it: &Item, n: usize) -> Ctx {
        let (s0, c0) = self.stack(it, 0);
        let (s1, c1) = self.stack(it, 1);
        let (s2, _) = self.stack(it, 2);
        let buf = |k: usize| {
            let i = it.b as usize + k;
            if i <= n {
                i
            } else {
                NONE
            }
        };
        let b = [buf(0), buf(1), buf(2)];
        Ctx {
            s: [s0, s1, s2],
            b,
            s0: c0.map_or(Kids::EMPTY, |x| x.kids),
            s1: c1.map_or(Kids::EMPTY, |x| x.kids),
            b0: if b[0] == NONE { Kids::EMPTY } else { it.b0 },
        }
    }

    /// Which moves are legal, as [`State::valid`] says.
    fn valid(&self, it: &Item, n: usize) -> [bool; MOVES] {
        let has_buf = it.b as usize <= n;
        let s0 = self.stack(it, 0).0;
        let depth = it.depth;
        [
            has_buf,
            has_buf && depth >= 2 && s0 != 0,
            depth >= 3 || (depth == 2 && !has_buf),
        ]
    }

    /// The arc a move would add, as (head, its children) and (dependent,
    /// its children).
    fn arc(&self, it: &Item, mv: usize) -> Option<((usize, Kids), (usize, Kids))> {
        let (s0, c0) = self.stack(it, 0);
        let d = (s0, c0?.kids);
        match mv {
            LEFT => Some(((it.b as usize, it.b0), d)),
            RIGHT => {
                let (s1, c1) = self.stack(it, 1);
                Some(((s1, c1?.kids), d))
            }
            _ => None,
        }
    }

    /// The item after a legal move (`label` for arc moves). Adds at most
    /// one stack cell and one history step.
    fn apply(&mut self, it: &Item, mv: usize, label: usize) -> Item {
        let mut next = *it;
        next.hist = self.steps.len() as u32;
        self.steps.push(Step {
            mv: mv as u8,
            label: u32::try_from(label).unwrap_or(NIL),
            before: it.hist,
        });
        let below = |a: &Arena, i: u32| a.node(i).map_or(NIL, |x| x.below);
        match mv {
            SHIFT => {
                next.top = self.nodes.len() as u32;
                self.nodes.push(Node {
                    tok: it.b,
                    below: it.top,
                    kids: it.b0,
                });
                next.depth += 1;
                next.b += 1;
                next.b0 = Kids::EMPTY;
            }
            LEFT => {
                let d = self.stack(it, 0).0;
                next.b0.attach(it.b as usize, d, label);
                next.top = below(self, it.top);
                next.depth = next.depth.saturating_sub(1);
            }
            _ => {
                let d = self.stack(it, 0).0;
                let s1 = below(self, it.top);
                if let Some(&cell) = self.node(s1) {
                    let mut kids = cell.kids;
                    kids.attach(cell.tok as usize, d, label);
                    next.top = self.nodes.len() as u32;
                    self.nodes.push(Node {
                        tok: cell.tok,
                        below: cell.below,
                        kids,
                    });
                    next.depth = next.depth.saturating_sub(1);
                }
            }
        }
        next
    }

    /// The moves of an item's history, first to last.
    fn moves(&self, hist: u32) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut at = hist;
        while let Some(s) = self.steps.get(at as usize) {
            let label = if s.label == NIL {
                NONE
            } else {
                s.label as usize
            };
            out.push((usize::from(s.mv), label));
            at = s.before;
        }
        out.reverse();
        out
    }
}

/// A candidate successor: item `from` extended by move `mv`.
#[derive(Clone, Copy)]
struct Cand {
    from: usize,
    mv: usize,
    score: f32,
    gold: bool,
}

/// Insert `c` into `top`, kept sorted by descending score and at most `k`
/// long. Ties keep the earlier candidate first, so a beam of one makes
/// exactly the greedy parser's choices. `top` has capacity `k + 1`, so
/// this never allocates.
fn push_top(top: &mut Vec<Cand>, k: usize, c: Cand) {
    if top.len() >= k && top.last().is_some_and(|l| l.score >= c.score) {
        return;
    }
    let pos = top
        .iter()
        .position(|t| c.score > t.score)
        .unwrap_or(top.len());
    top.insert(pos, c);
    top.truncate(k);
}

/// The search state of one sentence: the items and the buffers reused at
/// every step (nothing is allocated per step once the arena has grown).
struct Beam {
    n: usize,
    arena: Arena,
    cur: Vec<Item>,
    next: Vec<Item>,
    top: Vec<Cand>,
    feats: Vec<u64>,
    lfeats: Vec<u64>,
    lscores: Vec<f32>,
}

impl Beam {
    fn new(n: usize, k: usize, nlabels: usize) -> Beam {
        let mut cur = Vec::with_capacity(k);
        cur.push(Arena::start());
        Beam {
            n,
            arena: Arena::new(n, k),
            cur,
            next: Vec::with_capacity(k),
            top: Vec::with_capacity(k + 1),
            feats: Vec::with_capacity(160),
            lfeats: Vec::with_capacity(40),
            lscores: vec![0.0; nlabels.max(1)],
        }
    }

    /// Score every item's moves once (`score` fills the three move scores
    /// of an item, from features extracted once and shared by its moves)
    /// and keep the best `k` successors in `top`. `gold_move` is the gold
    /// sequence's next move (training) or `NONE`.
    fn expand(
        &mut self,
        k: usize,
        gold_move: usize,
        mut score: impl FnMut(&Arena, &Item, usize, &mut Vec<u64>, &mut [f32; MOVES]),
    ) {
        self.top.clear();
        let mut scores = [0.0f32; MOVES];
        for (i, it) in self.cur.iter().enumerate() {
            let valid = self.arena.valid(it, self.n);
            score(&self.arena, it, self.n, &mut self.feats, &mut scores);
            for m in 0..MOVES {
                if valid[m] {
                    push_top(
                        &mut self.top,
                        k,
                        Cand {
                            from: i,
                            mv: m,
                            score: it.score + scores[m],
                            gold: it.gold && m == gold_move,
                        },
                    );
                }
            }
        }
    }

    /// Build the next beam from `top`. `label` chooses the label of an arc
    /// move from the head and dependent (each with its children) and
    /// whether the candidate is the gold sequence.
    fn advance(
        &mut self,
        mut label: impl FnMut((usize, &Kids), (usize, &Kids), bool, &mut Vec<u64>, &mut [f32]) -> usize,
    ) {
        self.next.clear();
        for c in &self.top {
            let Some(src) = self.cur.get(c.from) else {
                continue;
            };
            let l = match self.arena.arc(src, c.mv) {
                Some(((h, hk), (d, dk))) => label(
                    (h, &hk),
                    (d, &dk),
                    c.gold,
                    &mut self.lfeats,
                    &mut self.lscores,
                ),
                None => NONE,
            };
            let mut it = self.arena.apply(src, c.mv, l);
            it.score = c.score;
            it.gold = c.gold;
            self.next.push(it);
        }
        std::mem::swap(&mut self.cur, &mut self.next);
    }

    /// Heads (0 = root) and labels of tokens 1..=n for the best item,
    /// rebuilt by replaying its moves.
    fn best_tree(&self) -> (Vec<usize>, Vec<usize>) {
        let mut st = State::new(self.n);
        if let Some(best) = self.cur.first() {
            for (mv, label) in self.arena.moves(best.hist) {
                st.apply(mv, label);
            }
        }
        let heads = st.heads[1..]
            .iter()
            .map(|&h| if h == NONE { 0 } else { h })
            .collect();
        (heads, st.labels[1..].to_vec())
    }
}

/// Beam-search parse with width `k`; returns heads (0 = root) and label
/// indices for tokens 1..=n.
pub(crate) fn parse(p: &Parser, toks: &[Tok], k: usize) -> (Vec<usize>, Vec<usize>) {
    thread_local! {
        /// This thread's memo, reset for every sentence and reused, so
        /// that no sentence pays for allocating (and faulting in) its
        /// tables.
        static MEMO: std::cell::RefCell<Option<MoveMemo>> = const { std::cell::RefCell::new(None) };
    }
    let n = toks.len().saturating_sub(1);
    let mut memo = MEMO
        .with(|m| m.borrow_mut().take())
        .unwrap_or_else(|| MoveMemo::new(n));
    memo.reset(n);
    let out = decode(p, toks, k, |a, it, n, f, s| {
        memo.score(p, toks, a, it, n, f, s)
    });
    MEMO.with(|m| *m.borrow_mut() = Some(memo));
    out
}

/// [`parse`] with the move scores of an item given by `score`.
fn decode(
    p: &Parser,
    toks: &[Tok],
    k: usize,
    mut score: impl FnMut(&Arena, &Item, usize, &mut Vec<u64>, &mut [f32; MOVES]),
) -> (Vec<usize>, Vec<usize>) {
    let n = toks.len().saturating_sub(1);
    let k = k.max(1);
    let mut beam = Beam::new(n, k, p.labels.nclass());
    // Slot 0's default key (an arc from token 0 to itself) never occurs.
    let mut labelled = vec![(LabelKey::default(), NONE); LABEL_MEMO];
    for _ in 0..2 * n {
        beam.expand(k, NONE, &mut score);
        if beam.top.is_empty() {
            break; // unreachable: every unfinished state has a legal move
        }
        beam.advance(|h, d, _, feats, lscores| {
            let key = LabelKey::new(h, d);
            let slot = key.slot();
            if let Some((k, l)) = labelled.get(slot) {
                if *k == key {
                    return *l;
                }
            }
            label_features(toks, &p.label_hash, h, d, feats);
            p.labels.score(feats, lscores);
            let l = argmax(lscores);
            if let Some(e) = labelled.get_mut(slot) {
                *e = (key, l);
            }
            l
        });
    }
    beam.best_tree()
}

/// One sentence's memory of partial move scores, for decoding.
///
/// An item's move scores are integer sums of the weights of its features
/// (scaled once at the end), so they can be summed by [`Group`]: the
/// token-only features of the same four stack and buffer positions, the
/// stack top's features for the same (immutable, shared) stack cell, the
/// buffer front's for the same word without children, are the same
/// features with the same sums wherever they recur, in the beam's other
/// items or at later steps. Each partial sum is computed once (feature
/// hashing and table lookups included) and remembered; only the few
/// features mixing one item's children with another item are looked up
/// every time. Exact: the scores are bit for bit those of hashing every
/// feature of the item and scoring them at once, as training does.
struct MoveMemo {
    /// Rows looked up lately, for the features summed afresh.
    cache: RowCache,
    /// [`Group::Front`], [`Group::Stack`] and [`Group::Across`] sums by
    /// the positions they read (see [`positions_key`]).
    front: KeyMemo,
    stack: KeyMemo,
    across: KeyMemo,
    /// [`Group::S0Left`] plus [`Group::S0Right`] sums of each stack cell
    /// as the stack top.
    s0: Vec<Option<[i32; 4]>>,
    /// [`Group::S0Left`] and [`Group::S0Right`] sums by what they read
    /// (a new cell keeps one side of the cell it replaces).
    s0_left: SideMemo,
    s0_right: SideMemo,
    /// [`Group::S1`] sums of each stack cell as the second item.
    s1: Vec<Option<[i32; 4]>>,
    /// [`Group::S1`] sums with a single item on the stack.
    s1_none: Option<[i32; 4]>,
    /// [`Group::B0`] sums of each buffer front that has no children yet
    /// (index `n + 1`: the buffer is empty).
    b0: Vec<Option<[i32; 4]>>,
}

/// Slots of each direct-mapped memo for a sentence of `n` words: one per
/// item and step with a beam of 8 (`16 n`), within bounds.
fn memo_slots(n: usize) -> usize {
    (16 * n.max(1)).next_power_of_two().clamp(64, 4096)
}

/// One lane per class of the move table (three moves, one spare).
type Sums = [i32; 4];

impl MoveMemo {
    fn new(n: usize) -> MoveMemo {
        let slots = memo_slots(n);
        MoveMemo {
            cache: RowCache::new(),
            front: KeyMemo::new(slots),
            stack: KeyMemo::new(slots),
            across: KeyMemo::new(slots),
            s0: Vec::new(),
            s0_left: SideMemo::new(slots),
            s0_right: SideMemo::new(slots),
            s1: Vec::new(),
            s1_none: None,
            b0: vec![None; n + 2],
        }
    }

    /// Forget everything, for a sentence of `n` words: as good as
    /// [`MoveMemo::new`]`(n)`, reusing the allocations.
    fn reset(&mut self, n: usize) {
        let slots = memo_slots(n);
        self.cache.clear();
        self.front.reset(slots);
        self.stack.reset(slots);
        self.across.reset(slots);
        self.s0.clear();
        self.s0_left.reset(slots);
        self.s0_right.reset(slots);
        self.s1.clear();
        self.s1_none = None;
        self.b0.clear();
        self.b0.resize(n + 2, None);
    }

    /// The move scores of item `it`.
    #[allow(clippy::too_many_arguments)]
    fn score(
        &mut self,
        p: &Parser,
        toks: &[Tok],
        a: &Arena,
        it: &Item,
        n: usize,
        f: &mut Vec<u64>,
        scores: &mut [f32; MOVES],
    ) {
        let c = a.ctx(it, n);
        let MoveMemo {
            cache,
            front,
            stack,
            across,
            s0,
            s0_left,
            s0_right,
            s1,
            s1_none,
            b0,
        } = self;
        let mut partial = |g: Group| -> Sums {
            group_features(g, toks, &c, &p.label_hash, p.combine, f);
            let mut s = [0; 4];
            p.moves.add_rows(f, &mut s, cache);
            s
        };
        let mut sums = partial(Group::Mixed);
        let mut add = |x: Sums| {
            for (a, b) in sums.iter_mut().zip(x) {
                *a += b;
            }
        };
        // Features of token positions only.
        let [s0p, s1p, s2p] = c.s;
        let b0p = c.b[0];
        add(front.get(positions_key([s0p, b0p, NONE]), || partial(Group::Front)));
        add(stack.get(positions_key([s0p, s1p, s2p]), || partial(Group::Stack)));
        add(across.get(positions_key([s1p, s0p, b0p]), || partial(Group::Across)));
        // The stack top's and the second item's cells.
        let top = it.top as usize;
        let below = a.node(it.top).map_or(NIL, |x| x.below);
        add(cell_sums(s0, top, a.nodes.len(), || {
            let [t0, _, _] = c.s;
            let l = s0_left.get(SideKey::new(t0, &c.s0, true), || partial(Group::S0Left));
            let r = s0_right.get(SideKey::new(t0, &c.s0, false), || partial(Group::S0Right));
            [l[0] + r[0], l[1] + r[1], l[2] + r[2], l[3] + r[3]]
        }));
        if below == NIL {
            add(*s1_none.get_or_insert_with(|| partial(Group::S1)));
        } else {
            add(cell_sums(s1, below as usize, a.nodes.len(), || {
                partial(Group::S1)
            }));
        }
        // The buffer front, remembered while it has no children.
        if c.b0 == Kids::EMPTY {
            match b0.get_mut(it.b as usize) {
                Some(e) => add(*e.get_or_insert_with(|| partial(Group::B0))),
                None => add(partial(Group::B0)),
            }
        } else {
            add(partial(Group::B0));
        }
        p.moves.scores_of(sums, scores);
    }
}

/// The remembered sums of stack cell `i` in `memo` (grown to `cells`
/// entries as the arena grows), computed by `compute` the first time.
fn cell_sums(
    memo: &mut Vec<Option<Sums>>,
    i: usize,
    cells: usize,
    compute: impl FnOnce() -> Sums,
) -> Sums {
    if memo.len() < cells {
        memo.resize(cells, None);
    }
    match memo.get_mut(i) {
        Some(e) => *e.get_or_insert_with(compute),
        None => compute(),
    }
}

/// Up to three token positions packed 16 bits each (`0xffff`: none), or
/// `None` when a position does not fit.
fn positions_key(pos: [usize; 3]) -> Option<u64> {
    let mut key = 0u64;
    for (k, &i) in pos.iter().enumerate() {
        let x = if i == NONE {
            0xffff
        } else if i < 0xffff {
            i as u64
        } else {
            return None;
        };
        key |= x << (16 * k);
    }
    Some(key)
}

/// A direct-mapped memo of partial sums by a 48-bit key.
struct KeyMemo {
    /// `(key, sums)`, a power of two long; `u64::MAX` marks an empty slot
    /// (keys are below `2^48`).
    slots: Vec<(u64, Sums)>,
}

impl KeyMemo {
    fn new(len: usize) -> KeyMemo {
        KeyMemo {
            slots: vec![(u64::MAX, [0; 4]); len.next_power_of_two()],
        }
    }

    /// Forget everything and hold `len` slots (rounded up to a power of
    /// two).
    fn reset(&mut self, len: usize) {
        self.slots.clear();
        self.slots
            .resize(len.next_power_of_two(), (u64::MAX, [0; 4]));
    }

    /// The sums remembered for `key`, or those of `compute` (remembered
    /// when there is a key).
    #[inline]
    fn get(&mut self, key: Option<u64>, compute: impl FnOnce() -> Sums) -> Sums {
        let Some(key) = key else {
            return compute();
        };
        let mask = self.slots.len() - 1;
        match self.slots.get_mut(crate::hash::mix(key) as usize & mask) {
            Some((k, x)) if *k == key => *x,
            Some(e) => {
                let x = compute();
                *e = (key, x);
                x
            }
            None => compute(),
        }
    }
}

/// Everything the features of one side of the stack top read: the token
/// and its two outermost children on that side with their labels, their
/// number and label set.
#[derive(Clone, Copy, PartialEq, Eq)]
struct SideKey {
    tok: usize,
    kids: [u32; 2],
    labels: [u32; 2],
    n: u8,
    set: u64,
}

impl SideKey {
    fn new(tok: usize, k: &Kids, left: bool) -> SideKey {
        let (a, b) = if left { (0, 1) } else { (2, 3) };
        SideKey {
            tok,
            kids: [k.kid[a], k.kid[b]],
            labels: [k.label[a], k.label[b]],
            n: if left { k.nl } else { k.nr },
            set: if left { k.lset } else { k.rset },
        }
    }

    fn hash(&self) -> u64 {
        crate::hash::mix(
            self.tok as u64
                ^ u64::from(self.kids[0]).rotate_left(16)
                ^ u64::from(self.kids[1]).rotate_left(32)
                ^ u64::from(self.labels[0]).rotate_left(48)
                ^ u64::from(self.labels[1]).rotate_left(56)
                ^ u64::from(self.n).rotate_left(8)
                ^ self.set.rotate_left(23),
        )
    }
}

/// A direct-mapped memo of partial sums by [`SideKey`] (compared whole).
struct SideMemo {
    slots: Vec<Option<(SideKey, Sums)>>,
}

impl SideMemo {
    fn new(len: usize) -> SideMemo {
        SideMemo {
            slots: vec![None; len.next_power_of_two()],
        }
    }

    /// Forget everything and hold `len` slots (rounded up to a power of
    /// two).
    fn reset(&mut self, len: usize) {
        self.slots.clear();
        self.slots.resize(len.next_power_of_two(), None);
    }

    /// The sums remembered for `key`, or those of `compute` (remembered).
    #[inline]
    fn get(&mut self, key: SideKey, compute: impl FnOnce() -> Sums) -> Sums {
        let mask = self.slots.len() - 1;
        match self.slots.get_mut(key.hash() as usize & mask) {
            Some(Some((k, x))) if *k == key => *x,
            Some(e) => {
                let x = compute();
                *e = Some((key, x));
                x
            }
            None => compute(),
        }
    }
}

/// Everything the arc labeller's features read of an arc: both ends, the
/// head's label set on the dependent's side, and the dependent's label
/// sets, leftmost child and the labels of its outermost children. Items
/// that make the same arc over the same subtree get the same label, so
/// decoding remembers labels by this key (compared whole: no collisions).
#[derive(Clone, Copy, PartialEq, Eq, Default)]
struct LabelKey {
    h: u32,
    d: u32,
    hset: u64,
    lset: u64,
    rset: u64,
    kids: [u32; 3],
}

/// Slots of the label memo (a power of two).
const LABEL_MEMO: usize = 256;

impl LabelKey {
    fn new((h, hk): (usize, &Kids), (d, dk): (usize, &Kids)) -> LabelKey {
        LabelKey {
            h: u32::try_from(h).unwrap_or(NIL),
            d: u32::try_from(d).unwrap_or(NIL),
            hset: if d < h { hk.lset } else { hk.rset },
            lset: dk.lset,
            rset: dk.rset,
            kids: [dk.kid[0], dk.label[0], dk.label[2]],
        }
    }

    fn slot(&self) -> usize {
        let x = crate::hash::mix(
            u64::from(self.h) << 32
                ^ u64::from(self.d)
                ^ self.hset.rotate_left(7)
                ^ self.lset.rotate_left(19)
                ^ self.rset.rotate_left(37)
                ^ u64::from(self.kids[0]).rotate_left(45)
                ^ u64::from(self.kids[1]).rotate_left(53)
                ^ u64::from(self.kids[2]).rotate_left(59),
        );
        x as usize & (LABEL_MEMO - 1)
    }
}

impl ParserTrainer {
    /// Train the move weights on one sentence with a beam of width `k` and
    /// a max-violation update; the labeller learns on the gold sequence's
    /// arcs. `gold_heads`/`gold_labels` are indexed 1..=n (index 0 unused).
    /// Returns (correct heads of the final best item, tokens).
    pub(crate) fn train_sentence_beam(
        &mut self,
        toks: &[Tok],
        gold_heads: &[usize],
        gold_labels: &[usize],
        k: usize,
    ) -> (usize, usize) {
        let n = toks.len().saturating_sub(1);
        let k = k.max(1);
        let nlabels = self.label_hash.len();
        let mut beam = Beam::new(n, k, nlabels);
        let mut gold = State::new(n);
        let mut gold_score = 0.0f32;
        let mut gold_hist: Vec<(usize, usize)> = Vec::with_capacity(2 * n);
        let mut feats = Vec::with_capacity(160);
        let mut lfeats = Vec::with_capacity(40);
        let mut lscores = vec![0.0f32; nlabels.max(1)];
        let mut scores = [0.0f32; MOVES];
        let mut max_v = f32::NEG_INFINITY;
        let mut t_star = NONE;
        let mut pred_hist = NIL;
        let gold_label = |d: usize| gold_labels.get(d).copied().unwrap_or(0);
        for t in 0..2 * n {
            // The gold sequence's next move: the best-scoring correct one.
            let valid = gold.valid();
            features(
                toks,
                &gold.ctx(),
                &self.label_hash,
                self.combine,
                &mut feats,
            );
            self.moves.score(&feats, &mut scores);
            let costs = gold.costs(gold_heads);
            let min_cost = (0..MOVES)
                .filter(|&m| valid[m])
                .map(|m| costs[m])
                .min()
                .unwrap_or(0);
            let mut gm = NONE;
            for m in 0..MOVES {
                if valid[m] && costs[m] == min_cost && (gm == NONE || scores[m] > scores[gm]) {
                    gm = m;
                }
            }
            if gm == NONE {
                break; // unreachable: an unfinished state has a legal move
            }
            gold_score += scores[gm];
            let mut gl = NONE;
            if let Some((h, d)) = gold.arc(gm) {
                gl = gold_label(d);
                if gold_heads.get(d) == Some(&h) {
                    label_features(
                        toks,
                        &self.label_hash,
                        (h, &gold.kids(h)),
                        (d, &gold.kids(d)),
                        &mut lfeats,
                    );
                    self.labels.score(&lfeats, &mut lscores);
                    self.labels.update(&lfeats, gl, argmax(&lscores));
                    self.labels.tick();
                }
            }
            gold.apply(gm, gl);
            gold_hist.push((gm, gl));

            // The beam, scored with the same weights.
            let (moves, label_hash, combine) = (&self.moves, &self.label_hash, self.combine);
            beam.expand(k, gm, |a, it, n, f, s| {
                features(toks, &a.ctx(it, n), label_hash, combine, f);
                moves.score(f, s)
            });
            if beam.top.is_empty() {
                break;
            }
            let labels = &self.labels;
            let label_hash = &self.label_hash;
            beam.advance(|h, d, is_gold, lf, ls| {
                if is_gold {
                    gl
                } else if gold_heads.get(d.0) == Some(&h.0) {
                    gold_label(d.0)
                } else {
                    label_features(toks, label_hash, h, d, lf);
                    labels.score(lf, ls);
                    argmax(ls)
                }
            });
            if let Some(best) = beam.cur.first() {
                if !best.gold {
                    let v = best.score - gold_score;
                    if v >= 0.0 && v > max_v {
                        max_v = v;
                        t_star = t;
                        pred_hist = best.hist;
                    }
                }
            }
        }
        if t_star != NONE {
            let pred = beam.arena.moves(pred_hist);
            self.update_prefixes(toks, n, &gold_hist, &pred, t_star + 1);
        }
        self.moves.tick();
        let (heads, _) = beam.best_tree();
        let right = (1..=n)
            .filter(|&i| gold_heads.get(i) == heads.get(i - 1))
            .count();
        (right, n)
    }

    /// Reward the moves of the first `len` gold steps and penalise those of
    /// the predicted sequence, replaying both from the start to recover
    /// their features; steps before the two sequences diverge cancel out
    /// and are skipped.
    fn update_prefixes(
        &mut self,
        toks: &[Tok],
        n: usize,
        gold: &[(usize, usize)],
        pred: &[(usize, usize)],
        len: usize,
    ) {
        let mut gs = State::new(n);
        let mut ps = State::new(n);
        let mut feats = Vec::with_capacity(160);
        let mut diverged = false;
        for (&(gm, gl), &(pm, pl)) in gold.iter().zip(pred).take(len) {
            diverged |= (gm, gl) != (pm, pl);
            if diverged {
                features(toks, &gs.ctx(), &self.label_hash, self.combine, &mut feats);
                self.moves.add(&feats, gm, 1.0);
                features(toks, &ps.ctx(), &self.label_hash, self.combine, &mut feats);
                self.moves.add(&feats, pm, -1.0);
            }
            gs.apply(gm, gl);
            ps.apply(pm, pl);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::Combine;

    /// A small deterministic generator: `rand(m)` draws below `m`.
    fn xorshift(seed: u64) -> impl FnMut(u64) -> u64 {
        let mut x = seed;
        move |m: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % m
        }
    }

    #[test]
    fn top_k_is_sorted_bounded_and_stable() {
        let mut top = Vec::with_capacity(4);
        let c = |from, score| Cand {
            from,
            mv: 0,
            score,
            gold: false,
        };
        for (i, s) in [1.0, 3.0, 2.0, 3.0, 0.5].into_iter().enumerate() {
            push_top(&mut top, 3, c(i, s));
        }
        let got: Vec<(usize, f32)> = top.iter().map(|c| (c.from, c.score)).collect();
        assert_eq!(got, vec![(1, 3.0), (3, 3.0), (2, 2.0)]);
    }

    /// A toy treebank: determiners attach to the next noun, nouns to the
    /// verb (subject before it, object after it), the verb is the root.
    fn toy() -> (Vec<Vec<Tok>>, Vec<Vec<usize>>) {
        use dyad_core::Upos;
        let classes = vec![
            (Upos::Det, "DT".to_string()),
            (Upos::Noun, "NN".to_string()),
            (Upos::Verb, "VBZ".to_string()),
        ];
        let sents: Vec<(Vec<&str>, Vec<usize>, Vec<usize>)> = vec![
            (vec!["the", "dog", "barks"], vec![0, 1, 2], vec![0, 2, 3, 0]),
            (
                vec!["a", "cat", "sees", "the", "dog"],
                vec![0, 1, 2, 0, 1],
                vec![0, 2, 3, 0, 5, 3],
            ),
            (
                vec!["dogs", "chase", "cats"],
                vec![1, 2, 1],
                vec![0, 2, 0, 2],
            ),
            (
                vec!["the", "man", "feeds", "cats"],
                vec![0, 1, 2, 1],
                vec![0, 2, 3, 0, 3],
            ),
        ];
        let mut toks = Vec::new();
        let mut heads = Vec::new();
        for (forms, tags, h) in sents {
            let ws = crate::words::words(forms.into_iter());
            toks.push(crate::parser::tokens(&ws, &tags, &classes));
            heads.push(h);
        }
        (toks, heads)
    }

    fn assert_tree(heads: &[usize]) {
        let n = heads.len();
        assert_eq!(heads.iter().filter(|&&h| h == 0).count(), 1, "{heads:?}");
        for d in 1..=n {
            // Following heads from any word reaches the root without a cycle.
            let (mut x, mut steps) = (d, 0);
            while x != 0 {
                assert!(x <= n, "{heads:?}");
                x = heads[x - 1];
                steps += 1;
                assert!(steps <= n, "cycle in {heads:?}");
            }
        }
    }

    #[test]
    fn beam_training_learns_a_toy_treebank_and_decodes_trees() {
        let (toks, heads) = toy();
        let labels: Vec<Vec<usize>> = heads.iter().map(|h| vec![0; h.len()]).collect();
        let mut pt = ParserTrainer::new(2, 7);
        pt.beam = 4;
        for _ in 0..10 {
            for ((t, h), l) in toks.iter().zip(&heads).zip(&labels) {
                pt.train_sentence_beam(t, h, l, 4);
            }
        }
        let p = pt.freeze(0.0, 0, 0);
        for (t, h) in toks.iter().zip(&heads) {
            let (got, _) = p.parse(t);
            assert_tree(&got);
            assert_eq!(got, h[1..].to_vec());
        }
    }

    #[test]
    fn hashed_fast_features_learn_the_toy_treebank_too() {
        let (toks, heads) = toy();
        let labels: Vec<Vec<usize>> = heads.iter().map(|h| vec![0; h.len()]).collect();
        let mut pt = ParserTrainer::new(2, 7);
        pt.beam = 4;
        pt.moves = crate::perceptron::Trainer::hashed(MOVES, 14, false);
        pt.combine = Combine::Fast;
        for _ in 0..10 {
            for ((t, h), l) in toks.iter().zip(&heads).zip(&labels) {
                pt.train_sentence_beam(t, h, l, 4);
            }
        }
        let p = pt.freeze(0.0, 0, 0);
        assert_eq!(p.moves.bits(), 14);
        assert_eq!(p.combine, Combine::Fast);
        for (t, h) in toks.iter().zip(&heads) {
            let (got, _) = p.parse(t);
            assert_tree(&got);
            assert_eq!(got, h[1..].to_vec());
        }
    }

    #[test]
    fn a_beam_of_one_decodes_like_the_greedy_parser() {
        let (toks, heads) = toy();
        let labels: Vec<Vec<usize>> = heads.iter().map(|h| vec![1; h.len()]).collect();
        // A deliberately under-trained greedy parser, so that its choices
        // are not all forced by the data.
        let mut pt = ParserTrainer::new(2, 11);
        for ((t, h), l) in toks.iter().zip(&heads).zip(&labels).take(2) {
            pt.train_sentence(t, h, l, false);
        }
        let p = pt.freeze(0.0, 0, 0);
        for t in &toks {
            assert_eq!(parse(&p, t, 1), p.parse_greedy(t));
            for k in [2, 3, 8] {
                assert_tree(&parse(&p, t, k).0);
            }
        }
    }

    #[test]
    fn empty_and_one_word_sentences_parse() {
        let p = Parser::default();
        assert_eq!(parse(&p, &[Tok::default()], 4), (vec![], vec![]));
        let ws = crate::words::words(["hello"].into_iter());
        let toks = crate::parser::tokens(&ws, &[0], &[]);
        assert_eq!(parse(&p, &toks, 4).0, vec![0]);
    }

    /// A parser trained a little on the toy treebank, and token lists of
    /// random length over the toy words and tags (so that features hit
    /// trained rows), for comparing ways of scoring.
    fn trained_toy(combine: Combine) -> (Parser, Vec<Vec<Tok>>) {
        let (toks, heads) = toy();
        let labels: Vec<Vec<usize>> = heads
            .iter()
            .map(|h| (0..h.len()).map(|i| i % 3).collect())
            .collect();
        let mut pt = ParserTrainer::new(3, 5);
        pt.beam = 4;
        pt.combine = combine;
        if combine == Combine::Fast {
            pt.moves = crate::perceptron::Trainer::hashed(MOVES, 12, false);
        }
        for _ in 0..3 {
            for ((t, h), l) in toks.iter().zip(&heads).zip(&labels) {
                pt.train_sentence_beam(t, h, l, 4);
            }
        }
        let words: Vec<Tok> = toks.iter().flat_map(|t| t[1..].to_vec()).collect();
        let mut rand = xorshift(77);
        let mut sents = Vec::new();
        for n in [1usize, 2, 3, 7, 15, 40, 90] {
            let mut s = vec![toks[0][0]];
            for _ in 0..n {
                s.push(words[rand(words.len() as u64) as usize]);
            }
            sents.push(s);
        }
        (pt.freeze(0.0, 0, 0), sents)
    }

    /// The five feature groups hold exactly the features of `features`.
    #[test]
    fn feature_groups_partition_the_move_features() {
        let (_, sents) = trained_toy(Combine::Mixed);
        let label_hash: Vec<u64> = (0..5).map(crate::parser::label_hash).collect();
        let mut rand = xorshift(99);
        for combine in [Combine::Mixed, Combine::Fast] {
            for toks in &sents {
                let n = toks.len() - 1;
                let mut st = State::new(n);
                let (mut all, mut parts, mut f) = (Vec::new(), Vec::new(), Vec::new());
                loop {
                    let c = st.ctx();
                    features(toks, &c, &label_hash, combine, &mut all);
                    parts.clear();
                    for g in Group::ALL {
                        group_features(g, toks, &c, &label_hash, combine, &mut f);
                        parts.extend_from_slice(&f);
                    }
                    all.sort_unstable();
                    parts.sort_unstable();
                    assert_eq!(all, parts);
                    if st.done() {
                        break;
                    }
                    let valid = st.valid();
                    let legal: Vec<usize> = (0..MOVES).filter(|&m| valid[m]).collect();
                    let mv = legal[rand(legal.len() as u64) as usize];
                    st.apply(mv, rand(5) as usize);
                }
            }
        }
    }

    /// Remembered partial sums give bit for bit the scores of hashing and
    /// scoring every feature of an item, and the same parses.
    #[test]
    fn memoised_move_scores_equal_plain_scores() {
        for combine in [Combine::Mixed, Combine::Fast] {
            let (p, sents) = trained_toy(combine);
            for toks in &sents {
                let n = toks.len() - 1;
                let mut memo = MoveMemo::new(n);
                let mut nonzero = false;
                let got = decode(&p, toks, 8, |a, it, n, f, s| {
                    memo.score(&p, toks, a, it, n, f, s);
                    let mut want = [0.0f32; MOVES];
                    let mut g = Vec::new();
                    features(toks, &a.ctx(it, n), &p.label_hash, p.combine, &mut g);
                    p.moves.score(&g, &mut want);
                    assert_eq!(s.map(f32::to_bits), want.map(f32::to_bits));
                    nonzero |= want.iter().any(|&w| w != 0.0);
                });
                let want = decode(&p, toks, 8, |a, it, n, f, s| {
                    features(toks, &a.ctx(it, n), &p.label_hash, p.combine, f);
                    p.moves.score(f, s);
                });
                assert_eq!(got, want);
                assert_eq!(parse(&p, toks, 8), want);
                assert!(nonzero || n < 2, "the toy weights score nothing");
            }
        }
    }

    /// The shared-cell items see exactly what a full copied state sees,
    /// along random legal move sequences, and their histories replay to
    /// the same tree.
    #[test]
    fn shared_items_match_copied_states() {
        let mut rand = xorshift(12345);
        for n in [0usize, 1, 2, 5, 13, 40] {
            for _ in 0..20 {
                let mut st = State::new(n);
                let mut arena = Arena::new(n, 1);
                let mut it = Arena::start();
                while !st.done() {
                    assert_eq!(arena.ctx(&it, n), st.ctx());
                    let valid = st.valid();
                    assert_eq!(arena.valid(&it, n), valid);
                    let legal: Vec<usize> = (0..MOVES).filter(|&m| valid[m]).collect();
                    let mv = legal[rand(legal.len() as u64) as usize];
                    if let Some((h, d)) = st.arc(mv) {
                        let ((ah, ahk), (ad, adk)) = arena.arc(&it, mv).unwrap();
                        assert_eq!((ah, ad), (h, d));
                        assert_eq!((ahk, adk), (st.kids(h), st.kids(d)));
                    }
                    let label = rand(70) as usize;
                    st.apply(mv, label);
                    it = arena.apply(&it, mv, label);
                }
                let mut replay = State::new(n);
                for (mv, label) in arena.moves(it.hist) {
                    replay.apply(mv, label);
                }
                assert_eq!(replay.heads, st.heads);
                assert_eq!(replay.labels, st.labels);
            }
        }
    }
}
