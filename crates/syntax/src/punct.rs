//! Re-attaching punctuation after parsing.
//!
//! Punctuation causes the largest share of the parser's head errors: a
//! comma or closing quote is a leaf that could hang from many words, and
//! the transition parser must decide when it meets it, before it has seen
//! the clause that follows. Once the tree of the other words is complete
//! the choice is much better informed, so each punctuation leaf is
//! attached again by a small ranking perceptron. UD attaches punctuation
//! without crossing other arcs, so the candidates are exactly the words
//! whose arc to the punctuation mark would cross no arc between
//! non-punctuation words; the ranker picks among them using the mark, the
//! candidate's tag, relation, depth and whether it heads the phrase just
//! before or just after the mark.

use crate::hash::{f1, f2, f3, mix};
use crate::parser::Tok;
use crate::perceptron::{Trainer, Weights};

const NONE: usize = usize::MAX;

/// Reusable per-sentence buffers (index 0 is the artificial root).
#[derive(Default)]
struct Tree {
    depth: Vec<usize>,
    left: Vec<usize>,
    right: Vec<usize>,
    arcs: Vec<(usize, usize)>,
    cands: Vec<usize>,
    feats: Vec<Vec<u64>>,
}

impl Tree {
    /// Depths and yields of the non-punctuation tree given by `heads`
    /// (indexed 0..=n, `heads[0]` unused).
    fn build(&mut self, toks: &[Tok], heads: &[usize]) {
        let n = heads.len().saturating_sub(1);
        self.depth.clear();
        self.depth.resize(n + 1, NONE);
        self.left.clear();
        self.left.extend(0..=n);
        self.right.clear();
        self.right.extend(0..=n);
        self.arcs.clear();
        self.depth[0] = 0;
        for d in 1..=n {
            if is_punct(toks, d) {
                continue;
            }
            let h = heads[d];
            if h <= n {
                self.arcs.push((h.min(d), h.max(d)));
            }
            // Climb to the root (bounded: a malformed tree cannot loop).
            let mut x = d;
            let mut steps = 0;
            while x != 0 && x <= n && steps <= n {
                let Some(&hx) = heads.get(x) else { break };
                if let Some(l) = self.left.get_mut(hx) {
                    *l = (*l).min(d);
                }
                if let Some(r) = self.right.get_mut(hx) {
                    *r = (*r).max(d);
                }
                x = hx;
                steps += 1;
            }
            self.depth[d] = steps;
        }
    }

    /// Words an arc to the mark at `i` can come from without crossing.
    fn candidates(&mut self, toks: &[Tok], i: usize) {
        let n = self.depth.len().saturating_sub(1);
        self.cands.clear();
        for c in 1..=n {
            if c == i || is_punct(toks, c) {
                continue;
            }
            let (a, b) = (c.min(i), c.max(i));
            let crosses = self
                .arcs
                .iter()
                .any(|&(x, y)| (x < a && a < y && y < b) || (a < x && x < b && b < y));
            if !crosses {
                self.cands.push(c);
            }
        }
        // Highest first, then nearest: the rank is a feature.
        let depth = &self.depth;
        self.cands
            .sort_by_key(|&c| (depth.get(c).copied().unwrap_or(NONE), c.abs_diff(i)));
    }
}

fn is_punct(toks: &[Tok], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.punct)
}

fn bucket(d: usize) -> u64 {
    match d {
        0..=3 => d as u64,
        4..=6 => 4,
        7..=12 => 5,
        _ => 6,
    }
}

/// Features of attaching the mark at `i` to candidate `c`, the `rank`-th
/// candidate from the top of the tree.
fn features(
    toks: &[Tok],
    tree: &Tree,
    heads: &[usize],
    label_hash: &dyn Fn(usize) -> u64,
    (i, c, rank): (usize, usize, usize),
    out: &mut Vec<u64>,
) {
    out.clear();
    let n = heads.len().saturating_sub(1);
    let w = |k: usize| toks.get(k).map(|t| t.w).unwrap_or(1);
    let u = |k: usize| toks.get(k).map(|t| t.u).unwrap_or(1);
    let p = |k: usize| toks.get(k).map(|t| t.p).unwrap_or(1);
    let pw = w(i);
    let dir = u64::from(c < i);
    let rel = label_hash(c);
    let hrel = heads.get(c).map(|&h| u(h)).unwrap_or(1);
    // Does c's phrase end just before the mark, or start just after it
    // (skipping other marks)?
    let mut prev = i.saturating_sub(1);
    while prev > 0 && is_punct(toks, prev) {
        prev -= 1;
    }
    let mut next = i + 1;
    while next <= n && is_punct(toks, next) {
        next += 1;
    }
    let ends_before = u64::from(tree.right.get(c) == Some(&prev));
    let starts_after = u64::from(tree.left.get(c) == Some(&next));
    let edge = ends_before * 2 + starts_after;
    let last = u64::from(next > n);
    let first = u64::from(prev == 0);
    let rank = rank.min(4) as u64;
    let dist = bucket(c.abs_diff(i));
    let ctx = dir * 8 + edge * 2 + last;
    out.push(f1(1, dir));
    out.push(f2(2, pw, ctx));
    out.push(f3(3, pw, u(c), dir));
    out.push(f3(4, pw, rel, dir));
    out.push(f3(5, pw, rank, ctx));
    out.push(f3(6, pw, rel, ctx));
    out.push(f3(7, pw, u(c), ctx));
    out.push(f3(8, pw, dist, dir));
    out.push(f3(9, pw, p(c), rel));
    out.push(f3(10, pw, w(c), dir));
    out.push(f3(11, pw, u(next), ctx));
    out.push(f3(12, pw, u(prev), ctx));
    out.push(f3(13, rel, hrel, ctx));
    out.push(f3(14, pw, w(next), dir));
    out.push(f3(15, pw, rank, first * 2 + last));
    out.push(f3(16, mix(pw ^ rel), rank, edge));
    out.push(f3(17, pw, u(c), u(next)));
    out.push(f3(18, pw, u(c), u(prev)));
}

/// Score the candidates for the mark at `i` (left in `tree.cands`, with
/// their features in `tree.feats`) and return the index of the best one;
/// `None` when there is no candidate.
fn best(
    score: &mut dyn FnMut(&[u64]) -> f32,
    toks: &[Tok],
    tree: &mut Tree,
    heads: &[usize],
    label_hash: &dyn Fn(usize) -> u64,
    i: usize,
) -> Option<usize> {
    tree.candidates(toks, i);
    let mut feats = std::mem::take(&mut tree.feats);
    if feats.len() < tree.cands.len() {
        feats.resize(tree.cands.len(), Vec::new());
    }
    let mut best: Option<(f32, usize)> = None;
    for (rank, (&c, f)) in tree.cands.iter().zip(feats.iter_mut()).enumerate() {
        features(toks, tree, heads, label_hash, (i, c, rank), f);
        let s = score(f);
        if best.is_none_or(|b| s > b.0) {
            best = Some((s, rank));
        }
    }
    tree.feats = feats;
    best.map(|b| b.1)
}

/// The frozen punctuation attacher.
#[derive(Clone, Default)]
pub(crate) struct Attacher {
    /// Whether to re-attach at all (off: keep the parser's heads).
    pub on: bool,
    /// One-class ranking weights.
    pub weights: Weights,
}

impl Attacher {
    /// Re-attach every punctuation leaf of the tree `heads` (`heads[k - 1]`
    /// is the head of word `k`; 0 is the root). `labels` give each word's
    /// relation index, used as features.
    pub(crate) fn reattach(&self, toks: &[Tok], heads: &mut [usize], labels: &[usize]) {
        if !self.on {
            return;
        }
        let mut full: Vec<usize> = std::iter::once(0).chain(heads.iter().copied()).collect();
        let lab = |k: usize| {
            k.checked_sub(1)
                .and_then(|j| labels.get(j))
                .map(|&l| crate::parser::label_hash(l))
                .unwrap_or(3)
        };
        let mut tree = Tree::default();
        tree.build(toks, &full);
        let mut score = |f: &[u64]| {
            let mut s = [0.0f32; 1];
            self.weights.score(f, &mut s);
            s[0]
        };
        for i in 1..full.len() {
            if !is_punct(toks, i) || full.iter().skip(1).any(|&h| h == i) {
                continue;
            }
            if let Some(b) = best(&mut score, toks, &mut tree, &full, &lab, i) {
                if let Some(&c) = tree.cands.get(b) {
                    full[i] = c;
                }
            }
        }
        for (h, &f) in heads.iter_mut().zip(full.iter().skip(1)) {
            *h = f;
        }
    }
}

/// Train the attacher on gold trees: `heads`/`labels` indexed 0..=n
/// (index 0 unused).
pub(crate) fn train(data: &[(&[Tok], &[usize], &[usize])], epochs: usize) -> Attacher {
    let mut t = Trainer::new(1);
    let mut tree = Tree::default();
    for _ in 0..epochs {
        for &(toks, heads, labels) in data {
            let lab = |k: usize| {
                labels
                    .get(k)
                    .filter(|_| k > 0)
                    .map(|&l| crate::parser::label_hash(l))
                    .unwrap_or(3)
            };
            tree.build(toks, heads);
            for i in 1..heads.len() {
                if !is_punct(toks, i) || heads.iter().skip(1).any(|&h| h == i) {
                    continue;
                }
                let mut score = |f: &[u64]| {
                    let mut s = [0.0f32; 1];
                    t.score(f, &mut s);
                    s[0]
                };
                let Some(pred) = best(&mut score, toks, &mut tree, heads, &lab, i) else {
                    continue;
                };
                let gold = heads
                    .get(i)
                    .and_then(|g| tree.cands.iter().position(|c| c == g));
                if let Some(g) = gold.filter(|&g| g != pred) {
                    if let (Some(fg), Some(fp)) = (tree.feats.get(g), tree.feats.get(pred)) {
                        let (fg, fp) = (fg.clone(), fp.clone());
                        t.add(&fg, 0, 1.0);
                        t.add(&fp, 0, -1.0);
                    }
                }
                t.tick();
            }
        }
    }
    Attacher {
        on: true,
        weights: t.averaged(0.0, 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::Upos;

    fn toks(forms: &[&str], tags: &[usize]) -> Vec<Tok> {
        let classes = vec![
            (Upos::Det, "DT".to_string()),
            (Upos::Noun, "NN".to_string()),
            (Upos::Verb, "VBZ".to_string()),
            (Upos::Punct, ",".to_string()),
        ];
        let ws = crate::words::words(forms.iter().copied());
        crate::parser::tokens(&ws, tags, &classes)
    }

    #[test]
    fn candidates_never_cross_other_arcs() {
        // "dogs bark , cats meow": bark root, dogs <- bark, meow <- bark
        // (conj), cats <- meow. An arc from "dogs" to "," would cross
        // nothing, but one from "cats" would cross nothing either, while
        // "bark" spans it: all three plus "meow" are legal; an arc from
        // "cats" to a mark after "meow" would cross "meow <- cats"'s span.
        let t = toks(
            &["dogs", "bark", ",", "cats", "meow", "."],
            &[1, 2, 3, 1, 2, 3],
        );
        let heads = [0, 2, 0, 5, 5, 2, 2];
        let mut tree = Tree::default();
        tree.build(&t, &heads);
        tree.candidates(&t, 6);
        let mut c = tree.cands.clone();
        c.sort_unstable();
        assert_eq!(c, vec![2, 5]);
        // Highest first.
        assert_eq!(tree.cands.first(), Some(&2));
    }

    #[test]
    fn learns_to_attach_final_marks_to_the_root_word() {
        let sents = [
            (
                toks(&["the", "dog", "barks", "."], &[0, 1, 2, 3]),
                vec![0, 2, 3, 0, 3],
            ),
            (toks(&["dogs", "bark", "."], &[1, 2, 3]), vec![0, 2, 0, 2]),
            (
                toks(
                    &["a", "cat", "sees", "the", "dog", "."],
                    &[0, 1, 2, 0, 1, 3],
                ),
                vec![0, 2, 3, 0, 5, 3, 3],
            ),
        ];
        let labels: Vec<Vec<usize>> = sents.iter().map(|s| vec![0; s.1.len()]).collect();
        let data: Vec<(&[Tok], &[usize], &[usize])> = sents
            .iter()
            .zip(&labels)
            .map(|((t, h), l)| (t.as_slice(), h.as_slice(), l.as_slice()))
            .collect();
        let a = train(&data, 5);
        // The parser hung the full stop on the object noun.
        let t = toks(
            &["a", "dog", "sees", "the", "cat", "."],
            &[0, 1, 2, 0, 1, 3],
        );
        let mut heads = vec![2, 3, 0, 5, 3, 5];
        a.reattach(&t, &mut heads, &[0; 6]);
        assert_eq!(heads, vec![2, 3, 0, 5, 3, 3]);
    }

    #[test]
    fn an_empty_attacher_changes_nothing() {
        let t = toks(&["dogs", "bark", "."], &[1, 2, 3]);
        let mut heads = vec![2, 0, 1];
        Attacher::default().reattach(&t, &mut heads, &[0; 3]);
        assert_eq!(heads, vec![2, 0, 1]);
    }
}
