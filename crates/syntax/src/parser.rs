//! Greedy arc-hybrid transition parser with an averaged perceptron and a
//! separate arc labeller.
//!
//! The transition system (Kuhlmann et al. 2011) has three moves: SHIFT
//! pushes the first buffer word; LEFT makes the buffer front the head of
//! the stack top and pops it; RIGHT makes the second stack item the head of
//! the stack top and pops it. An artificial root sits at the bottom of the
//! stack and may take a dependent only once the buffer is empty, so every
//! parse has exactly one root word. Because a word is popped only once all
//! its dependents are attached, the labeller sees the dependent's complete
//! subtree when it chooses the relation.
//!
//! Training uses the dynamic oracle of Goldberg & Nivre (2013): at every
//! configuration the cost of each move (gold arcs it makes unreachable) is
//! computed, the perceptron is updated towards the best zero-cost move, and
//! after the first epoch the parser mostly follows its own (possibly wrong)
//! prediction, so it learns to recover from its mistakes.

use crate::hash::{f1, f2, f3, g1, g2, g3, mix};
use crate::perceptron::{Trainer, Weights};
use crate::tagger::{argmax, tag_hash};
use crate::words::Word;
use dyad_core::Upos;

pub(crate) const SHIFT: usize = 0;
pub(crate) const LEFT: usize = 1;
pub(crate) const RIGHT: usize = 2;
/// Number of moves.
pub(crate) const MOVES: usize = 3;

const NONE: usize = usize::MAX;
const NO_TOKEN: u64 = 0x4e4f_4e45;
const ROOT_W: u64 = 0x524f_4f54;

/// What the parser knows about each token (index 0 is the artificial root).
#[derive(Clone, Copy, Default)]
pub(crate) struct Tok {
    /// Lowercased normalised form hash.
    pub w: u64,
    /// Predicted fine tag (UPOS+XPOS class) hash.
    pub p: u64,
    /// Predicted UPOS hash: a coarser view that generalises better.
    pub u: u64,
    /// Hash of the last three characters, for rare words.
    pub s: u64,
    /// Predicted to be punctuation (UPOS `PUNCT`).
    pub punct: bool,
}

/// Build the parser's token list: the root then the sentence, from the
/// words, their predicted classes and the UPOS of each class.
pub(crate) fn tokens(ws: &[Word], tags: &[usize], classes: &[(Upos, String)]) -> Vec<Tok> {
    let mut out = Vec::with_capacity(ws.len() + 1);
    out.push(Tok {
        w: ROOT_W,
        p: ROOT_W,
        u: ROOT_W,
        s: ROOT_W,
        punct: false,
    });
    out.extend(ws.iter().zip(tags).map(|(w, &c)| Tok {
        w: w.lower,
        p: tag_hash(c),
        u: mix(classes.get(c).map(|x| x.0.index() as u64).unwrap_or(99) + 0x0b05),
        s: w.suf[2],
        punct: classes.get(c).is_some_and(|x| x.0 == Upos::Punct),
    }));
    out
}

/// What the features see of one token's children attached so far: the two
/// leftmost and two rightmost with their labels, the number on each side
/// and the set of labels on each side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Kids {
    /// Leftmost, second-leftmost, rightmost and second-rightmost child
    /// ([`NO_KID`] when absent).
    pub kid: [u32; 4],
    /// The labels of those children ([`NO_KID`] when absent).
    pub label: [u32; 4],
    /// Number of left and right children (saturating).
    pub nl: u8,
    pub nr: u8,
    /// Bit sets of the labels of the left and right children.
    pub lset: u64,
    pub rset: u64,
}

/// An absent child or label in [`Kids`].
pub(crate) const NO_KID: u32 = u32::MAX;
const LC1: usize = 0;
const LC2: usize = 1;
const RC1: usize = 2;
const RC2: usize = 3;

impl Kids {
    /// No children.
    pub(crate) const EMPTY: Kids = Kids {
        kid: [NO_KID; 4],
        label: [NO_KID; 4],
        nl: 0,
        nr: 0,
        lset: 0,
        rset: 0,
    };

    /// Child slot `i` as a token index ([`NONE`] when absent).
    #[inline]
    fn get(&self, i: usize) -> usize {
        match self.kid.get(i) {
            Some(&k) if k != NO_KID => k as usize,
            _ => NONE,
        }
    }

    /// The label of child slot `i` ([`NONE`] when absent).
    #[inline]
    fn label_of(&self, i: usize) -> usize {
        match self.label.get(i) {
            Some(&l) if l != NO_KID => l as usize,
            _ => NONE,
        }
    }

    /// Record that `d` became a child of `h` (the owner) with `label`.
    pub(crate) fn attach(&mut self, h: usize, d: usize, label: usize) {
        let bit = if label < 64 { 1u64 << label } else { 0 };
        let (d32, l32) = (to_u32(d), to_u32(label));
        if d < h {
            let lc1 = self.get(LC1);
            let lc2 = self.get(LC2);
            if lc1 == NONE || d < lc1 {
                self.kid[LC2] = self.kid[LC1];
                self.label[LC2] = self.label[LC1];
                self.kid[LC1] = d32;
                self.label[LC1] = l32;
            } else if lc2 == NONE || d < lc2 {
                self.kid[LC2] = d32;
                self.label[LC2] = l32;
            }
            self.nl = self.nl.saturating_add(1);
            self.lset |= bit;
        } else {
            let rc1 = self.get(RC1);
            let rc2 = self.get(RC2);
            if rc1 == NONE || d > rc1 {
                self.kid[RC2] = self.kid[RC1];
                self.label[RC2] = self.label[RC1];
                self.kid[RC1] = d32;
                self.label[RC1] = l32;
            } else if rc2 == NONE || d > rc2 {
                self.kid[RC2] = d32;
                self.label[RC2] = l32;
            }
            self.nr = self.nr.saturating_add(1);
            self.rset |= bit;
        }
    }
}

/// A token index or label as stored in [`Kids`] (absent beyond `u32`).
#[inline]
fn to_u32(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(NO_KID)
}

/// What the move features read of a configuration: the top three stack
/// items, the first three buffer items ([`NONE`] when absent) and the
/// children of the two stack tops and of the buffer front.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Ctx {
    pub s: [usize; 3],
    pub b: [usize; 3],
    pub s0: Kids,
    pub s1: Kids,
    pub b0: Kids,
}

/// A parser configuration plus the partial tree built so far.
#[derive(Clone)]
pub(crate) struct State {
    pub stack: Vec<usize>,
    /// Front of the buffer (tokens `b..=n` are in the buffer).
    pub b: usize,
    pub n: usize,
    pub heads: Vec<usize>,
    pub labels: Vec<usize>,
    kids: Vec<Kids>,
    on_stack: Vec<bool>,
}

impl State {
    pub(crate) fn new(n: usize) -> State {
        let mut on_stack = vec![false; n + 1];
        on_stack[0] = true;
        State {
            stack: vec![0],
            b: 1,
            n,
            heads: vec![NONE; n + 1],
            labels: vec![NONE; n + 1],
            kids: vec![Kids::EMPTY; n + 1],
            on_stack,
        }
    }

    /// The children of token `i` (none for [`NONE`]).
    pub(crate) fn kids(&self, i: usize) -> Kids {
        self.kids.get(i).copied().unwrap_or(Kids::EMPTY)
    }

    /// What the move features read of this configuration.
    pub(crate) fn ctx(&self) -> Ctx {
        let s = [self.s(0), self.s(1), self.s(2)];
        let b = [self.buf(0), self.buf(1), self.buf(2)];
        Ctx {
            s,
            b,
            s0: self.kids(s[0]),
            s1: self.kids(s[1]),
            b0: self.kids(b[0]),
        }
    }

    pub(crate) fn done(&self) -> bool {
        self.b > self.n && self.stack.len() <= 1
    }

    fn s(&self, k: usize) -> usize {
        if k < self.stack.len() {
            self.stack[self.stack.len() - 1 - k]
        } else {
            NONE
        }
    }

    fn buf(&self, k: usize) -> usize {
        let i = self.b + k;
        if i <= self.n {
            i
        } else {
            NONE
        }
    }

    /// Which moves are legal here.
    pub(crate) fn valid(&self) -> [bool; MOVES] {
        let has_buf = self.b <= self.n;
        let s0 = self.s(0);
        let depth = self.stack.len();
        [
            has_buf,
            has_buf && depth >= 2 && s0 != 0,
            // The root takes its single dependent only at the very end.
            depth >= 3 || (depth == 2 && !has_buf),
        ]
    }

    /// The (head, dependent) arc a move would add, if any.
    pub(crate) fn arc(&self, mv: usize) -> Option<(usize, usize)> {
        match mv {
            LEFT => Some((self.b, self.s(0))),
            RIGHT => Some((self.s(1), self.s(0))),
            _ => None,
        }
    }

    /// Apply a legal move; `label` is used for arc moves.
    pub(crate) fn apply(&mut self, mv: usize, label: usize) {
        match mv {
            SHIFT => {
                // Callers only shift a non-empty buffer; stay safe anyway.
                if let Some(x) = self.on_stack.get_mut(self.b) {
                    *x = true;
                    self.stack.push(self.b);
                    self.b += 1;
                }
            }
            _ => {
                if let Some((h, d)) = self.arc(mv) {
                    if h > self.n || d > self.n {
                        return;
                    }
                    self.attach(h, d, label);
                    self.stack.pop();
                    self.on_stack[d] = false;
                }
            }
        }
    }

    fn attach(&mut self, h: usize, d: usize, label: usize) {
        self.heads[d] = h;
        self.labels[d] = label;
        self.kids[h].attach(h, d, label);
    }

    /// Dynamic-oracle cost of each move: gold arcs it makes unreachable.
    pub(crate) fn costs(&self, gold: &[usize]) -> [usize; MOVES] {
        let s0 = self.s(0);
        let s1 = self.s(1);
        let b = self.b;
        let g = |k: usize| gold.get(k).copied().unwrap_or(NONE);
        // Dependents of s0 still in the buffer.
        let s0_deps_in_buf = if s0 == NONE {
            0
        } else {
            (b..=self.n).filter(|&k| g(k) == s0).count()
        };
        let left = if s0 == NONE || s0 == 0 {
            usize::MAX
        } else {
            let gh = g(s0);
            usize::from((s1 != NONE && gh == s1) || (gh != NONE && gh > b && gh <= self.n))
                + s0_deps_in_buf
        };
        let right = if s1 == NONE {
            usize::MAX
        } else {
            let gh = g(s0);
            usize::from(gh != NONE && gh >= b && gh <= self.n) + s0_deps_in_buf
        };
        let shift = if b > self.n {
            usize::MAX
        } else {
            let deps_on_stack = self.stack.iter().filter(|&&k| k != 0 && g(k) == b).count();
            let gh = g(b);
            let head_lost =
                gh != NONE && gh != s0 && self.on_stack.get(gh).copied().unwrap_or(false);
            deps_on_stack + usize::from(head_lost)
        };
        [shift, left, right]
    }
}

fn dist_bucket(a: usize, b: usize) -> u64 {
    let d = a.abs_diff(b);
    match d {
        0..=4 => d as u64,
        5..=6 => 5,
        7..=10 => 6,
        _ => 7,
    }
}

/// How the move features' parts are combined into one hash.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Combine {
    /// One full mix per part ([`f1`], [`f2`], [`f3`]): what keyed move
    /// tables (model formats up to v3) were trained with.
    #[default]
    Mixed,
    /// The parts rotated, xored and mixed once ([`g1`], [`g2`], [`g3`]):
    /// a third of the work, for hashed move tables (format v4).
    Fast,
}

impl Combine {
    /// The model file's code for this combination.
    pub(crate) fn code(self) -> u64 {
        match self {
            Combine::Mixed => 0,
            Combine::Fast => 1,
        }
    }

    /// The combination a model file's code names.
    pub(crate) fn from_code(code: u64) -> Option<Combine> {
        match code {
            0 => Some(Combine::Mixed),
            1 => Some(Combine::Fast),
            _ => None,
        }
    }
}

/// The three ways of combining a template id with one to three parts.
trait Comb {
    fn f1(t: u64, a: u64) -> u64;
    fn f2(t: u64, a: u64, b: u64) -> u64;
    fn f3(t: u64, a: u64, b: u64, c: u64) -> u64;
}

struct MixedComb;
impl Comb for MixedComb {
    #[inline(always)]
    fn f1(t: u64, a: u64) -> u64 {
        f1(t, a)
    }
    #[inline(always)]
    fn f2(t: u64, a: u64, b: u64) -> u64 {
        f2(t, a, b)
    }
    #[inline(always)]
    fn f3(t: u64, a: u64, b: u64, c: u64) -> u64 {
        f3(t, a, b, c)
    }
}

struct FastComb;
impl Comb for FastComb {
    #[inline(always)]
    fn f1(t: u64, a: u64) -> u64 {
        g1(t, a)
    }
    #[inline(always)]
    fn f2(t: u64, a: u64, b: u64) -> u64 {
        g2(t, a, b)
    }
    #[inline(always)]
    fn f3(t: u64, a: u64, b: u64, c: u64) -> u64 {
        g3(t, a, b, c)
    }
}

/// The features of a configuration, combined as `combine` says.
pub(crate) fn features(
    toks: &[Tok],
    c: &Ctx,
    label_hash: &[u64],
    combine: Combine,
    out: &mut Vec<u64>,
) {
    match combine {
        Combine::Mixed => features_with::<MixedComb>(toks, c, label_hash, out),
        Combine::Fast => features_with::<FastComb>(toks, c, label_hash, out),
    }
}

#[inline(always)]
fn features_with<C: Comb>(toks: &[Tok], c: &Ctx, label_hash: &[u64], out: &mut Vec<u64>) {
    out.clear();
    let tw = |i: usize| -> u64 {
        if i == NONE {
            NO_TOKEN
        } else {
            toks.get(i).map(|t| t.w).unwrap_or(NO_TOKEN)
        }
    };
    let tp = |i: usize| -> u64 {
        if i == NONE {
            NO_TOKEN
        } else {
            toks.get(i).map(|t| t.p).unwrap_or(NO_TOKEN)
        }
    };
    // The hash of a label index (NO_TOKEN for an absent child).
    let tl = |l: usize| -> u64 { label_hash.get(l).copied().unwrap_or(NO_TOKEN) };
    let [s0, s1, s2] = c.s;
    let [b0, b1, b2] = c.b;
    let (s0w, s0p, s1w, s1p, s2p) = (tw(s0), tp(s0), tw(s1), tp(s1), tp(s2));
    let (b0w, b0p, b1w, b1p, b2w, b2p) = (tw(b0), tp(b0), tw(b1), tp(b1), tw(b2), tp(b2));
    // Absent tokens have no children: their Kids are empty.
    let (s0l1, s0l2, s0r1, s0r2) = (c.s0.get(LC1), c.s0.get(LC2), c.s0.get(RC1), c.s0.get(RC2));
    let (b0l1, b0l2) = (c.b0.get(LC1), c.b0.get(LC2));
    let (s1l1, s1r1) = (c.s1.get(LC1), c.s1.get(RC1));
    let (s0l1l, s0l2l, s0r1l, s0r2l) = (
        tl(c.s0.label_of(LC1)),
        tl(c.s0.label_of(LC2)),
        tl(c.s0.label_of(RC1)),
        tl(c.s0.label_of(RC2)),
    );
    let (b0l1l, b0l2l) = (tl(c.b0.label_of(LC1)), tl(c.b0.label_of(LC2)));
    let (s1l1l, s1r1l) = (tl(c.s1.label_of(LC1)), tl(c.s1.label_of(RC1)));
    let s0wp = mix(s0w ^ s0p.rotate_left(7));
    let b0wp = mix(b0w ^ b0p.rotate_left(7));
    let s1wp = mix(s1w ^ s1p.rotate_left(7));
    let d = if s0 != NONE && b0 != NONE {
        dist_bucket(s0, b0)
    } else {
        99
    };
    let d1 = if s0 != NONE && s1 != NONE {
        dist_bucket(s0, s1)
    } else {
        99
    };
    let val = |v: u8, i: usize| -> u64 {
        if i == NONE {
            99
        } else {
            u64::from(v.min(4))
        }
    };
    let set = |v: u64, i: usize| -> u64 {
        if i == NONE {
            1
        } else {
            mix(v ^ 0x77)
        }
    };
    let f = out;
    f.push(C::f1(1, 0));
    // Single words.
    f.push(C::f1(2, s0w));
    f.push(C::f1(3, s0p));
    f.push(C::f1(4, s0wp));
    f.push(C::f1(5, s1w));
    f.push(C::f1(6, s1p));
    f.push(C::f1(7, s1wp));
    f.push(C::f1(8, b0w));
    f.push(C::f1(9, b0p));
    f.push(C::f1(10, b0wp));
    f.push(C::f1(11, b1w));
    f.push(C::f1(12, b1p));
    f.push(C::f2(13, b1w, b1p));
    f.push(C::f1(14, b2w));
    f.push(C::f1(15, b2p));
    f.push(C::f1(16, s2p));
    // Pairs.
    f.push(C::f2(20, s0wp, b0wp));
    f.push(C::f2(21, s0wp, b0w));
    f.push(C::f2(22, s0w, b0wp));
    f.push(C::f2(23, s0wp, b0p));
    f.push(C::f2(24, s0p, b0wp));
    f.push(C::f2(25, s0w, b0w));
    f.push(C::f2(26, s0p, b0p));
    f.push(C::f2(27, b0p, b1p));
    f.push(C::f2(28, s1wp, s0wp));
    f.push(C::f2(29, s1p, s0wp));
    f.push(C::f2(30, s1wp, s0p));
    f.push(C::f2(31, s1w, s0w));
    f.push(C::f2(32, s1p, s0p));
    f.push(C::f2(33, s1p, b0p));
    f.push(C::f2(34, s1w, b0w));
    // Triples of tags.
    f.push(C::f3(40, b0p, b1p, b2p));
    f.push(C::f3(41, s0p, b0p, b1p));
    f.push(C::f3(42, s1p, s0p, b0p));
    f.push(C::f3(43, s0p, tp(s0l1), b0p));
    f.push(C::f3(44, s0p, tp(s0r1), b0p));
    f.push(C::f3(45, s0p, b0p, tp(b0l1)));
    f.push(C::f3(46, s1p, s0p, tp(s0l1)));
    f.push(C::f3(47, s1p, s0p, tp(s0r1)));
    f.push(C::f3(48, s1p, tp(s1r1), s0p));
    f.push(C::f3(49, s2p, s1p, s0p));
    f.push(C::f3(50, s1p, tp(s1l1), s0p));
    f.push(C::f3(51, s0w, b0p, b1p));
    f.push(C::f3(52, s1p, s0w, b0p));
    // Distance.
    f.push(C::f2(60, s0w, d));
    f.push(C::f2(61, s0p, d));
    f.push(C::f2(62, b0w, d));
    f.push(C::f2(63, b0p, d));
    f.push(C::f3(64, s0w, b0w, d));
    f.push(C::f3(65, s0p, b0p, d));
    f.push(C::f3(66, s1p, s0p, d1));
    f.push(C::f3(67, s1w, s0w, d1));
    // Valency.
    f.push(C::f2(70, s0w, val(c.s0.nr, s0)));
    f.push(C::f2(71, s0p, val(c.s0.nr, s0)));
    f.push(C::f2(72, s0w, val(c.s0.nl, s0)));
    f.push(C::f2(73, s0p, val(c.s0.nl, s0)));
    f.push(C::f2(74, b0w, val(c.b0.nl, b0)));
    f.push(C::f2(75, b0p, val(c.b0.nl, b0)));
    f.push(C::f2(76, s1p, val(c.s1.nr, s1)));
    // Children.
    f.push(C::f1(80, tw(s0l1)));
    f.push(C::f1(81, tp(s0l1)));
    f.push(C::f1(82, s0l1l));
    f.push(C::f1(83, tw(s0r1)));
    f.push(C::f1(84, tp(s0r1)));
    f.push(C::f1(85, s0r1l));
    f.push(C::f1(86, tw(b0l1)));
    f.push(C::f1(87, tp(b0l1)));
    f.push(C::f1(88, b0l1l));
    f.push(C::f1(89, s1r1l));
    f.push(C::f1(90, s1l1l));
    f.push(C::f2(91, s0p, s0l1l));
    f.push(C::f2(92, s0p, s0r1l));
    f.push(C::f2(93, b0p, b0l1l));
    // Second-order children.
    f.push(C::f1(100, tw(s0l2)));
    f.push(C::f1(101, tp(s0l2)));
    f.push(C::f1(102, s0l2l));
    f.push(C::f1(103, tw(s0r2)));
    f.push(C::f1(104, tp(s0r2)));
    f.push(C::f1(105, s0r2l));
    f.push(C::f1(106, tw(b0l2)));
    f.push(C::f1(107, tp(b0l2)));
    f.push(C::f1(108, b0l2l));
    f.push(C::f3(109, s0p, s0l1l, s0l2l));
    f.push(C::f3(110, s0p, s0r1l, s0r2l));
    f.push(C::f3(111, b0p, b0l1l, b0l2l));
    // Label sets.
    f.push(C::f2(120, s0w, set(c.s0.rset, s0)));
    f.push(C::f2(121, s0p, set(c.s0.rset, s0)));
    f.push(C::f2(122, s0w, set(c.s0.lset, s0)));
    f.push(C::f2(123, s0p, set(c.s0.lset, s0)));
    f.push(C::f2(124, b0w, set(c.b0.lset, b0)));
    f.push(C::f2(125, b0p, set(c.b0.lset, b0)));
    f.push(C::f3(126, s1p, set(c.s1.rset, s1), s0p));
    // Coarse tags and suffixes.
    let tu = |i: usize| -> u64 {
        if i == NONE {
            NO_TOKEN
        } else {
            toks.get(i).map(|t| t.u).unwrap_or(NO_TOKEN)
        }
    };
    let ts = |i: usize| -> u64 {
        if i == NONE {
            NO_TOKEN
        } else {
            toks.get(i).map(|t| t.s).unwrap_or(NO_TOKEN)
        }
    };
    let (s0u, s1u, b0u, b1u) = (tu(s0), tu(s1), tu(b0), tu(b1));
    f.push(C::f2(140, s0u, b0u));
    f.push(C::f3(141, s1u, s0u, b0u));
    f.push(C::f3(142, s0u, b0u, b1u));
    f.push(C::f3(143, s0u, tu(s0l1), tu(s0r1)));
    f.push(C::f2(144, ts(s0), b0u));
    f.push(C::f2(145, s0u, ts(b0)));
    f.push(C::f3(146, s0u, b0u, d));
    // Surface neighbours: the word before b0 and after s0.
    let next = |i: usize| if i == NONE { NONE } else { i + 1 };
    let prev = |i: usize| if i == NONE || i == 0 { NONE } else { i - 1 };
    f.push(C::f3(131, s0p, b0p, tp(prev(b0))));
    f.push(C::f3(132, s0p, tp(next(s0)), b0p));
}

/// The move features split by what they read, for decoding with memoised
/// partial scores (`beam.rs`): together the five groups hold exactly the
/// features of [`features`] (as a multiset; the order differs), so integer
/// sums of their weights are the same.
///
/// * [`Group::Front`], [`Group::Stack`], [`Group::Across`]: features of
///   token positions only (words, tags, pairs, triples, distances, coarse
///   tags, suffixes, surface neighbours), by the positions they read:
///   `s0` and `b0` (`b1` and `b2` follow from `b0`); `s0`, `s1` and
///   `s2`; `s1`, `s0` and `b0`.
/// * [`Group::S0Left`], [`Group::S0Right`]: the stack top and its left
///   (right) children.
/// * [`Group::S1`]: the second stack item and its children.
/// * [`Group::B0`]: the buffer front and its (left) children.
/// * [`Group::Mixed`]: the few that combine one item's children with
///   another item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Group {
    Front,
    Stack,
    Across,
    S0Left,
    S0Right,
    S1,
    B0,
    Mixed,
}

impl Group {
    /// Every group, once.
    #[cfg(test)]
    pub(crate) const ALL: [Group; 8] = [
        Group::Front,
        Group::Stack,
        Group::Across,
        Group::S0Left,
        Group::S0Right,
        Group::S1,
        Group::B0,
        Group::Mixed,
    ];
}

/// The features of group `g` of a configuration, combined as `combine`
/// says (see [`Group`]).
pub(crate) fn group_features(
    g: Group,
    toks: &[Tok],
    c: &Ctx,
    label_hash: &[u64],
    combine: Combine,
    out: &mut Vec<u64>,
) {
    out.clear();
    match combine {
        Combine::Mixed => group_with::<MixedComb>(g, toks, c, label_hash, out),
        Combine::Fast => group_with::<FastComb>(g, toks, c, label_hash, out),
    }
}

/// What a token contributes to the move features ([`NO_TOKEN`] when absent).
#[derive(Clone, Copy)]
struct TokView<'a>(&'a [Tok]);

impl TokView<'_> {
    #[inline(always)]
    fn get(&self, i: usize) -> Option<&Tok> {
        if i == NONE {
            None
        } else {
            self.0.get(i)
        }
    }
    #[inline(always)]
    fn w(&self, i: usize) -> u64 {
        self.get(i).map_or(NO_TOKEN, |t| t.w)
    }
    #[inline(always)]
    fn p(&self, i: usize) -> u64 {
        self.get(i).map_or(NO_TOKEN, |t| t.p)
    }
    #[inline(always)]
    fn u(&self, i: usize) -> u64 {
        self.get(i).map_or(NO_TOKEN, |t| t.u)
    }
    #[inline(always)]
    fn s(&self, i: usize) -> u64 {
        self.get(i).map_or(NO_TOKEN, |t| t.s)
    }
}

#[inline(always)]
fn group_with<C: Comb>(g: Group, toks: &[Tok], c: &Ctx, label_hash: &[u64], f: &mut Vec<u64>) {
    let t = TokView(toks);
    let tl = |l: usize| -> u64 { label_hash.get(l).copied().unwrap_or(NO_TOKEN) };
    let val = |v: u8, i: usize| -> u64 {
        if i == NONE {
            99
        } else {
            u64::from(v.min(4))
        }
    };
    let set = |v: u64, i: usize| -> u64 {
        if i == NONE {
            1
        } else {
            mix(v ^ 0x77)
        }
    };
    let [s0, s1, s2] = c.s;
    let [b0, b1, b2] = c.b;
    match g {
        Group::Front => {
            let (s0w, s0p) = (t.w(s0), t.p(s0));
            let (b0w, b0p, b1w, b1p, b2w, b2p) =
                (t.w(b0), t.p(b0), t.w(b1), t.p(b1), t.w(b2), t.p(b2));
            let s0wp = mix(s0w ^ s0p.rotate_left(7));
            let b0wp = mix(b0w ^ b0p.rotate_left(7));
            let d = if s0 != NONE && b0 != NONE {
                dist_bucket(s0, b0)
            } else {
                99
            };
            f.push(C::f1(1, 0));
            f.push(C::f1(2, s0w));
            f.push(C::f1(3, s0p));
            f.push(C::f1(4, s0wp));
            f.push(C::f1(8, b0w));
            f.push(C::f1(9, b0p));
            f.push(C::f1(10, b0wp));
            f.push(C::f1(11, b1w));
            f.push(C::f1(12, b1p));
            f.push(C::f2(13, b1w, b1p));
            f.push(C::f1(14, b2w));
            f.push(C::f1(15, b2p));
            f.push(C::f2(20, s0wp, b0wp));
            f.push(C::f2(21, s0wp, b0w));
            f.push(C::f2(22, s0w, b0wp));
            f.push(C::f2(23, s0wp, b0p));
            f.push(C::f2(24, s0p, b0wp));
            f.push(C::f2(25, s0w, b0w));
            f.push(C::f2(26, s0p, b0p));
            f.push(C::f2(27, b0p, b1p));
            f.push(C::f3(40, b0p, b1p, b2p));
            f.push(C::f3(41, s0p, b0p, b1p));
            f.push(C::f3(51, s0w, b0p, b1p));
            f.push(C::f2(60, s0w, d));
            f.push(C::f2(61, s0p, d));
            f.push(C::f2(62, b0w, d));
            f.push(C::f2(63, b0p, d));
            f.push(C::f3(64, s0w, b0w, d));
            f.push(C::f3(65, s0p, b0p, d));
            let (s0u, b0u, b1u) = (t.u(s0), t.u(b0), t.u(b1));
            f.push(C::f2(140, s0u, b0u));
            f.push(C::f3(142, s0u, b0u, b1u));
            f.push(C::f2(144, t.s(s0), b0u));
            f.push(C::f2(145, s0u, t.s(b0)));
            f.push(C::f3(146, s0u, b0u, d));
            let next = |i: usize| if i == NONE { NONE } else { i + 1 };
            let prev = |i: usize| if i == NONE || i == 0 { NONE } else { i - 1 };
            f.push(C::f3(131, s0p, b0p, t.p(prev(b0))));
            f.push(C::f3(132, s0p, t.p(next(s0)), b0p));
        }
        Group::Stack => {
            let (s0w, s0p, s1w, s1p, s2p) = (t.w(s0), t.p(s0), t.w(s1), t.p(s1), t.p(s2));
            let s0wp = mix(s0w ^ s0p.rotate_left(7));
            let s1wp = mix(s1w ^ s1p.rotate_left(7));
            let d1 = if s0 != NONE && s1 != NONE {
                dist_bucket(s0, s1)
            } else {
                99
            };
            f.push(C::f1(5, s1w));
            f.push(C::f1(6, s1p));
            f.push(C::f1(7, s1wp));
            f.push(C::f1(16, s2p));
            f.push(C::f2(28, s1wp, s0wp));
            f.push(C::f2(29, s1p, s0wp));
            f.push(C::f2(30, s1wp, s0p));
            f.push(C::f2(31, s1w, s0w));
            f.push(C::f2(32, s1p, s0p));
            f.push(C::f3(49, s2p, s1p, s0p));
            f.push(C::f3(66, s1p, s0p, d1));
            f.push(C::f3(67, s1w, s0w, d1));
        }
        Group::Across => {
            let (s0w, s0p, s1w, s1p) = (t.w(s0), t.p(s0), t.w(s1), t.p(s1));
            let (b0w, b0p) = (t.w(b0), t.p(b0));
            f.push(C::f2(33, s1p, b0p));
            f.push(C::f2(34, s1w, b0w));
            f.push(C::f3(42, s1p, s0p, b0p));
            f.push(C::f3(52, s1p, s0w, b0p));
            f.push(C::f3(141, t.u(s1), t.u(s0), t.u(b0)));
        }
        Group::S0Left => {
            let k = &c.s0;
            let (s0w, s0p) = (t.w(s0), t.p(s0));
            let (l1, l2) = (k.get(LC1), k.get(LC2));
            let (l1l, l2l) = (tl(k.label_of(LC1)), tl(k.label_of(LC2)));
            f.push(C::f2(72, s0w, val(k.nl, s0)));
            f.push(C::f2(73, s0p, val(k.nl, s0)));
            f.push(C::f1(80, t.w(l1)));
            f.push(C::f1(81, t.p(l1)));
            f.push(C::f1(82, l1l));
            f.push(C::f2(91, s0p, l1l));
            f.push(C::f1(100, t.w(l2)));
            f.push(C::f1(101, t.p(l2)));
            f.push(C::f1(102, l2l));
            f.push(C::f3(109, s0p, l1l, l2l));
            f.push(C::f2(122, s0w, set(k.lset, s0)));
            f.push(C::f2(123, s0p, set(k.lset, s0)));
        }
        Group::S0Right => {
            let k = &c.s0;
            let (s0w, s0p) = (t.w(s0), t.p(s0));
            let (r1, r2) = (k.get(RC1), k.get(RC2));
            let (r1l, r2l) = (tl(k.label_of(RC1)), tl(k.label_of(RC2)));
            f.push(C::f2(70, s0w, val(k.nr, s0)));
            f.push(C::f2(71, s0p, val(k.nr, s0)));
            f.push(C::f1(83, t.w(r1)));
            f.push(C::f1(84, t.p(r1)));
            f.push(C::f1(85, r1l));
            f.push(C::f2(92, s0p, r1l));
            f.push(C::f1(103, t.w(r2)));
            f.push(C::f1(104, t.p(r2)));
            f.push(C::f1(105, r2l));
            f.push(C::f3(110, s0p, r1l, r2l));
            f.push(C::f2(120, s0w, set(k.rset, s0)));
            f.push(C::f2(121, s0p, set(k.rset, s0)));
        }
        Group::S1 => {
            let k = &c.s1;
            let s1p = t.p(s1);
            f.push(C::f2(76, s1p, val(k.nr, s1)));
            f.push(C::f1(89, tl(k.label_of(RC1))));
            f.push(C::f1(90, tl(k.label_of(LC1))));
        }
        Group::B0 => {
            let k = &c.b0;
            let (b0w, b0p) = (t.w(b0), t.p(b0));
            let (l1, l2) = (k.get(LC1), k.get(LC2));
            let (l1l, l2l) = (tl(k.label_of(LC1)), tl(k.label_of(LC2)));
            f.push(C::f2(74, b0w, val(k.nl, b0)));
            f.push(C::f2(75, b0p, val(k.nl, b0)));
            f.push(C::f1(86, t.w(l1)));
            f.push(C::f1(87, t.p(l1)));
            f.push(C::f1(88, l1l));
            f.push(C::f2(93, b0p, l1l));
            f.push(C::f1(106, t.w(l2)));
            f.push(C::f1(107, t.p(l2)));
            f.push(C::f1(108, l2l));
            f.push(C::f3(111, b0p, l1l, l2l));
            f.push(C::f2(124, b0w, set(k.lset, b0)));
            f.push(C::f2(125, b0p, set(k.lset, b0)));
        }
        Group::Mixed => {
            let (s0p, s1p, b0p) = (t.p(s0), t.p(s1), t.p(b0));
            f.push(C::f3(43, s0p, t.p(c.s0.get(LC1)), b0p));
            f.push(C::f3(44, s0p, t.p(c.s0.get(RC1)), b0p));
            f.push(C::f3(45, s0p, b0p, t.p(c.b0.get(LC1))));
            f.push(C::f3(46, s1p, s0p, t.p(c.s0.get(LC1))));
            f.push(C::f3(47, s1p, s0p, t.p(c.s0.get(RC1))));
            f.push(C::f3(48, s1p, t.p(c.s1.get(RC1)), s0p));
            f.push(C::f3(50, s1p, t.p(c.s1.get(LC1)), s0p));
            f.push(C::f3(126, s1p, set(c.s1.rset, s1), s0p));
            let l1 = c.s0.get(LC1);
            f.push(C::f3(143, t.u(s0), t.u(l1), t.u(c.s0.get(RC1))));
        }
    }
}

/// Features for labelling the arc `h -> d` (the dependent's subtree is
/// complete), from the children of both ends. The head is never attached
/// yet (arc-hybrid pops a word only when it gets its head), so it has no
/// label of its own.
pub(crate) fn label_features(
    toks: &[Tok],
    label_hash: &[u64],
    (h, hk): (usize, &Kids),
    (d, dk): (usize, &Kids),
    out: &mut Vec<u64>,
) {
    out.clear();
    let tw = |i: usize| toks.get(i).map(|t| t.w).unwrap_or(NO_TOKEN);
    let tp = |i: usize| toks.get(i).map(|t| t.p).unwrap_or(NO_TOKEN);
    let tl = |l: usize| label_hash.get(l).copied().unwrap_or(NO_TOKEN);
    let (dw, dp, hw, hp) = (tw(d), tp(d), tw(h), tp(h));
    let dir = u64::from(d < h);
    let dist = dist_bucket(h, d);
    let dset = |v: u64| mix(v ^ 0x55);
    // The head's children on the dependent's side, attached so far.
    let hset = if d < h {
        mix(hk.lset ^ 0x66)
    } else {
        mix(hk.rset ^ 0x67)
    };
    let dl1 = dk.get(LC1);
    let (dl1l, dr1l) = (tl(dk.label_of(LC1)), tl(dk.label_of(RC1)));
    let f = out;
    f.push(f1(1, dir));
    f.push(f2(2, dw, dir));
    f.push(f2(3, dp, dir));
    f.push(f3(4, dw, dp, dir));
    f.push(f2(5, hw, dir));
    f.push(f2(6, hp, dir));
    f.push(f3(7, hw, hp, dir));
    f.push(f3(8, dp, hp, dir));
    f.push(f3(9, dw, hp, dir));
    f.push(f3(10, dp, hw, dir));
    f.push(f3(11, dw, hw, dir));
    f.push(f3(12, dp, hp, dist + 8 * dir));
    f.push(f3(13, dp, dset(dk.lset), dir));
    f.push(f3(14, dp, dset(dk.rset), dir));
    f.push(f3(15, dp, hp, dl1l));
    f.push(f3(16, dp, hp, dr1l));
    f.push(f3(17, dp, hp, hset));
    f.push(f3(18, dp, tp(d.wrapping_sub(1)), dir));
    f.push(f3(19, dp, tp(d + 1), dir));
    f.push(f3(20, dp, hp, tp(dl1)));
    f.push(f3(21, dw, tw(dl1), dir));
    f.push(f3(22, hp, NO_TOKEN, dp));
    f.push(f3(23, dp, hp, tp(h + 1)));
    f.push(f3(24, dp, hp, tp(h.wrapping_sub(1))));
    f.push(f3(25, dw, dset(dk.lset), hp));
    let ts = |i: usize| toks.get(i).map(|t| t.s).unwrap_or(NO_TOKEN);
    let tu = |i: usize| toks.get(i).map(|t| t.u).unwrap_or(NO_TOKEN);
    f.push(f3(26, ts(d), dp, dir));
    f.push(f3(27, ts(h), dp, dir));
    f.push(f3(28, tu(d), tu(h), dir));
    f.push(f3(29, dp, tw(dl1), hp));
}

/// A frozen parser: transition weights and label weights.
#[derive(Clone, Default)]
pub(crate) struct Parser {
    pub moves: Weights,
    pub labels: Weights,
    /// Feature hash of each label index.
    pub label_hash: Vec<u64>,
    /// Beam width used for decoding (1 or less: greedy decoding).
    pub beam: usize,
    /// Re-attaches punctuation once the tree is built (no-op when empty).
    pub punct: crate::punct::Attacher,
    /// How the move features are hashed (as in training).
    pub combine: Combine,
}

/// Feature hash of label index `l`.
pub(crate) fn label_hash(l: usize) -> u64 {
    mix(l as u64 + 0x1abe1)
}

impl Parser {
    /// One parser whose scores are the sums of the given parsers' scores.
    pub(crate) fn sum(parsers: Vec<Parser>) -> Parser {
        let label_hash = parsers
            .first()
            .map(|p| p.label_hash.clone())
            .unwrap_or_default();
        let beam = parsers.first().map(|p| p.beam).unwrap_or(1);
        let punct = parsers.first().map(|p| p.punct.clone()).unwrap_or_default();
        let combine = parsers.first().map(|p| p.combine).unwrap_or_default();
        let (moves, labels): (Vec<Weights>, Vec<Weights>) =
            parsers.into_iter().map(|p| (p.moves, p.labels)).unzip();
        Parser {
            moves: Weights::sum(moves),
            labels: Weights::sum(labels),
            label_hash,
            beam,
            punct,
            combine,
        }
    }

    /// Parse with the parser's own beam width; returns heads (0 = root)
    /// and label indices for tokens 1..=n.
    pub(crate) fn parse(&self, toks: &[Tok]) -> (Vec<usize>, Vec<usize>) {
        self.parse_with(toks, self.beam)
    }

    /// Parse with beam width `beam` (1 or less: greedy decoding).
    pub(crate) fn parse_with(&self, toks: &[Tok], beam: usize) -> (Vec<usize>, Vec<usize>) {
        let (mut heads, labels) = if beam > 1 {
            crate::beam::parse(self, toks, beam)
        } else {
            self.parse_greedy(toks)
        };
        self.punct.reattach(toks, &mut heads, &labels);
        (heads, labels)
    }

    /// Greedy decoding: always take the best-scoring legal move.
    pub(crate) fn parse_greedy(&self, toks: &[Tok]) -> (Vec<usize>, Vec<usize>) {
        let n = toks.len().saturating_sub(1);
        let mut st = State::new(n);
        let mut feats = Vec::with_capacity(128);
        let mut scores = [0.0f32; MOVES];
        let mut lscores = vec![0.0f32; self.labels.nclass().max(1)];
        while !st.done() {
            let valid = st.valid();
            if !valid.iter().any(|&v| v) {
                break; // unreachable: some move is always legal before the end
            }
            features(toks, &st.ctx(), &self.label_hash, self.combine, &mut feats);
            self.moves.score(&feats, &mut scores);
            let mv = best_valid(&scores, &valid);
            let label = match st.arc(mv) {
                Some((h, d)) => {
                    label_features(
                        toks,
                        &self.label_hash,
                        (h, &st.kids(h)),
                        (d, &st.kids(d)),
                        &mut feats,
                    );
                    self.labels.score(&feats, &mut lscores);
                    argmax(&lscores)
                }
                None => NONE,
            };
            st.apply(mv, label);
        }
        let heads = st.heads[1..]
            .iter()
            .map(|&h| if h == NONE { 0 } else { h })
            .collect();
        let labels = st.labels[1..].to_vec();
        (heads, labels)
    }
}

/// The highest-scoring legal move (SHIFT if somehow none is legal).
pub(crate) fn best_valid(scores: &[f32; MOVES], valid: &[bool; MOVES]) -> usize {
    let mut best = NONE;
    for m in 0..MOVES {
        if valid[m] && (best == NONE || scores[m] > scores[best]) {
            best = m;
        }
    }
    if best == NONE {
        SHIFT
    } else {
        best
    }
}

/// Training state for the parser.
pub(crate) struct ParserTrainer {
    pub moves: Trainer,
    pub labels: Trainer,
    pub label_hash: Vec<u64>,
    /// Probability of following a wrong prediction when exploring.
    pub explore_p: f64,
    /// Beam width of the frozen parser (and of beam training).
    pub beam: usize,
    /// How the move features are hashed.
    pub combine: Combine,
    rng: u64,
}

impl ParserTrainer {
    pub(crate) fn new(nlabels: usize, seed: u64) -> Self {
        ParserTrainer {
            moves: Trainer::new(MOVES),
            labels: Trainer::new(nlabels),
            label_hash: (0..nlabels).map(label_hash).collect(),
            explore_p: 0.9,
            beam: 1,
            combine: Combine::Mixed,
            rng: seed | 1,
        }
    }

    fn rand(&mut self) -> f64 {
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        (self.rng >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Train on one sentence. `gold_heads`/`gold_labels` are indexed 1..=n
    /// (index 0 unused). With `explore`, the parser follows its own
    /// prediction with probability 0.9 even when it is wrong.
    /// Returns (correct heads, tokens).
    pub(crate) fn train_sentence(
        &mut self,
        toks: &[Tok],
        gold_heads: &[usize],
        gold_labels: &[usize],
        explore: bool,
    ) -> (usize, usize) {
        let n = toks.len().saturating_sub(1);
        let mut st = State::new(n);
        let mut feats = Vec::with_capacity(128);
        let mut lfeats = Vec::with_capacity(32);
        let mut scores = [0.0f32; MOVES];
        let mut lscores = vec![0.0f32; self.labels_n()];
        while !st.done() {
            let valid = st.valid();
            if !valid.iter().any(|&v| v) {
                break;
            }
            features(toks, &st.ctx(), &self.label_hash, self.combine, &mut feats);
            self.moves.score(&feats, &mut scores);
            let guess = best_valid(&scores, &valid);
            let costs = st.costs(gold_heads);
            let min_cost = (0..MOVES)
                .filter(|&m| valid[m])
                .map(|m| costs[m])
                .min()
                .unwrap_or(0);
            let mut best_ok = NONE;
            for m in 0..MOVES {
                if valid[m]
                    && costs[m] == min_cost
                    && (best_ok == NONE || scores[m] > scores[best_ok])
                {
                    best_ok = m;
                }
            }
            if best_ok == NONE {
                best_ok = guess;
            }
            if costs[guess] > min_cost {
                self.moves.update(&feats, best_ok, guess);
            }
            self.moves.tick();
            let mv = if costs[guess] == min_cost || (explore && self.rand() < self.explore_p) {
                guess
            } else {
                best_ok
            };
            let mut label = NONE;
            if let Some((h, d)) = st.arc(mv) {
                label_features(
                    toks,
                    &self.label_hash,
                    (h, &st.kids(h)),
                    (d, &st.kids(d)),
                    &mut lfeats,
                );
                self.labels.score(&lfeats, &mut lscores);
                let lguess = argmax(&lscores);
                label = lguess;
                if gold_heads.get(d) == Some(&h) {
                    let gl = gold_labels.get(d).copied().unwrap_or(0);
                    self.labels.update(&lfeats, gl, lguess);
                    self.labels.tick();
                    label = gl;
                }
            }
            st.apply(mv, label);
        }
        let right = (1..=n)
            .filter(|&i| gold_heads.get(i) == st.heads.get(i))
            .count();
        (right, n)
    }

    fn labels_n(&self) -> usize {
        self.label_hash.len().max(1)
    }

    /// Freeze the averaged weights.
    pub(crate) fn freeze(&self, prune: f32, min_updates: u32, move_min_updates: u32) -> Parser {
        Parser {
            moves: self.moves.averaged(prune, move_min_updates),
            labels: self.labels.averaged(prune, min_updates),
            label_hash: self.label_hash.clone(),
            beam: self.beam,
            punct: Default::default(),
            combine: self.combine,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Following the oracle's zero-cost moves rebuilds a projective tree.
    #[test]
    fn oracle_recovers_projective_trees() {
        // "A B C D": B is root; A <- B, C <- D, D <- B.
        let gold = [NONE, 2, 0, 4, 2];
        let mut st = State::new(4);
        while !st.done() {
            let valid = st.valid();
            let costs = st.costs(&gold);
            let mv = (0..MOVES)
                .find(|&m| valid[m] && costs[m] == 0)
                .expect("a zero-cost move exists for a projective tree");
            st.apply(mv, 0);
        }
        assert_eq!(&st.heads[1..], &gold[1..]);
    }

    #[test]
    fn every_parse_is_a_single_rooted_tree() {
        let p = Parser::default();
        let ws = crate::words::words(["a", "b", "c", "d", "e"].into_iter());
        let toks = tokens(&ws, &[1, 2, 3, 4, 5], &[]);
        let (heads, _) = p.parse(&toks);
        assert_eq!(heads.iter().filter(|&&h| h == 0).count(), 1);
        assert!(heads.iter().all(|&h| h <= 5));
    }
}
