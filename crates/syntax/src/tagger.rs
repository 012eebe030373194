//! Greedy left-to-right averaged-perceptron tagger predicting one combined
//! UPOS+XPOS class per token, with a tag dictionary that short-cuts frequent
//! unambiguous words.

use crate::hash::{f1, f2, f3, mix, U64Map};
use crate::perceptron::{Trainer, Weights};
use crate::words::Word;

/// Hash standing for "the tag of a position before the sentence start".
const START: u64 = 0x5741_5254;

/// The hash a tag class contributes to features (also used by the parser).
#[inline]
pub(crate) fn tag_hash(class: usize) -> u64 {
    mix(class as u64 + 0x7a61)
}

/// Features of token `i` given the two previous predicted tags.
pub(crate) fn features(ws: &[Word], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    out.clear();
    let none = Word {
        form: 1,
        lower: 1,
        pre: [1; 3],
        suf: [1; 4],
        shape: 1,
    };
    let at = |k: isize| -> Word {
        if k < 0 {
            return Word {
                form: 2,
                lower: 2,
                pre: [2; 3],
                suf: [2; 4],
                shape: 2,
            };
        }
        ws.get(k as usize).copied().unwrap_or(none)
    };
    let i = i as isize;
    let w = at(i);
    let (m1, m2, n1, n2) = (at(i - 1), at(i - 2), at(i + 1), at(i + 2));
    out.push(f1(1, 0));
    out.push(f1(2, w.form));
    out.push(f1(3, w.lower));
    for (k, p) in w.pre.iter().enumerate() {
        out.push(f1(4 + k as u64, *p));
    }
    for (k, s) in w.suf.iter().enumerate() {
        out.push(f1(8 + k as u64, *s));
    }
    out.push(f1(12, w.shape));
    out.push(f1(13, u64::from(i == 0)) ^ w.shape);
    out.push(f1(14, m1.lower));
    out.push(f1(15, m2.lower));
    out.push(f1(16, n1.lower));
    out.push(f1(17, n2.lower));
    out.push(f1(18, m1.suf[2]));
    out.push(f1(19, n1.suf[2]));
    out.push(f1(20, p1));
    out.push(f1(21, p2));
    out.push(f2(22, p1, p2));
    out.push(f2(23, p1, w.lower));
    out.push(f2(24, w.lower, n1.lower));
    out.push(f2(25, m1.lower, w.lower));
    out.push(f2(26, p1, w.suf[2]));
    out.push(f2(27, w.suf[2], n1.suf[2]));
    out.push(f3(28, p1, w.lower, n1.lower));
    out.push(f2(29, w.shape, n1.shape));
    out.push(f2(30, m1.shape, w.shape));
    out.push(f2(31, p1, n1.lower));
    out.push(f3(32, m1.lower, p1, w.suf[1]));
    out.push(f2(33, w.lower, n2.lower));
    out.push(f2(34, w.form, n1.shape));
}

/// A frozen tagger.
#[derive(Clone, Default)]
pub(crate) struct Tagger {
    /// Normalised form hash -> class, for frequent unambiguous words.
    pub dict: U64Map<u16>,
    /// Perceptron over [`features`].
    pub weights: Weights,
}

impl Tagger {
    /// Like [`Tagger::tag`], but a token with a class set in `allowed`
    /// takes the best class of that set: a caller that knows a capitalised
    /// word is a name ("*Trump* had asked ...") overrides a tagger that
    /// would read a verb, and one that knows a form is only ever a verb
    /// overrides a tagger that would read a noun.
    pub(crate) fn tag_constrained(
        &self,
        ws: &[Word],
        allowed: &[Option<&[bool]>],
        out: &mut Vec<usize>,
    ) {
        out.clear();
        let mut feats = Vec::with_capacity(40);
        let mut scores = vec![0.0f32; self.weights.nclass()];
        let (mut p1, mut p2) = (START, START);
        for (i, w) in ws.iter().enumerate() {
            let mask = allowed.get(i).copied().flatten();
            let dict = self.dict.get(&w.form).map(|&c| c as usize);
            let c = match dict {
                Some(c) if mask.is_none_or(|m| m.get(c).copied().unwrap_or(false)) => c,
                _ => {
                    features(ws, i, p1, p2, &mut feats);
                    self.weights.score(&feats, &mut scores);
                    match mask {
                        Some(m) => argmax_where(&scores, m),
                        None => argmax(&scores),
                    }
                }
            };
            out.push(c);
            p2 = p1;
            p1 = tag_hash(c);
        }
    }

    /// Predict a class index for every token.
    pub(crate) fn tag(&self, ws: &[Word], out: &mut Vec<usize>) {
        out.clear();
        let mut feats = Vec::with_capacity(40);
        let mut scores = vec![0.0f32; self.weights.nclass()];
        let (mut p1, mut p2) = (START, START);
        for (i, w) in ws.iter().enumerate() {
            let c = match self.dict.get(&w.form) {
                Some(&c) => c as usize,
                None => {
                    features(ws, i, p1, p2, &mut feats);
                    self.weights.score(&feats, &mut scores);
                    argmax(&scores)
                }
            };
            out.push(c);
            p2 = p1;
            p1 = tag_hash(c);
        }
    }
}

/// Index of the highest score among the classes `allowed` marks (the
/// overall best when none is allowed).
pub(crate) fn argmax_where(scores: &[f32], allowed: &[bool]) -> usize {
    let mut best = None;
    let mut bs = f32::NEG_INFINITY;
    for (i, &s) in scores.iter().enumerate() {
        if allowed.get(i).copied().unwrap_or(false) && s > bs {
            bs = s;
            best = Some(i);
        }
    }
    best.unwrap_or_else(|| argmax(scores))
}

/// Index of the highest score (0 for an empty slice).
pub(crate) fn argmax(scores: &[f32]) -> usize {
    let mut best = 0;
    let mut bs = f32::NEG_INFINITY;
    for (i, &s) in scores.iter().enumerate() {
        if s > bs {
            bs = s;
            best = i;
        }
    }
    best
}

/// Build the tag dictionary: forms seen at least `min_count` times with one
/// class at least 99% of the time.
pub(crate) fn build_dict(data: &[(Vec<Word>, Vec<usize>)], min_count: u32) -> U64Map<u16> {
    let mut counts: U64Map<U64Map<u32>> = U64Map::default();
    for (ws, tags) in data {
        for (w, &t) in ws.iter().zip(tags) {
            *counts
                .entry(w.form)
                .or_default()
                .entry(t as u64)
                .or_default() += 1;
        }
    }
    let mut dict = U64Map::default();
    for (form, by_tag) in counts {
        let total: u32 = by_tag.values().sum();
        if let Some((&t, &n)) = by_tag.iter().max_by_key(|(t, n)| (**n, u64::MAX - **t)) {
            if total >= min_count && f64::from(n) >= 0.99 * f64::from(total) {
                dict.insert(form, t as u16);
            }
        }
    }
    dict
}

/// Train one epoch of the tagger over `data` in the order of `order`.
/// Returns the training accuracy of the epoch.
pub(crate) fn train_epoch(
    t: &mut Trainer,
    dict: &U64Map<u16>,
    data: &[(Vec<Word>, Vec<usize>)],
    order: &[usize],
    nclass: usize,
) -> f64 {
    let mut feats = Vec::with_capacity(40);
    let mut scores = vec![0.0f32; nclass];
    let (mut right, mut total) = (0usize, 0usize);
    for &k in order {
        let Some((ws, gold)) = data.get(k) else {
            continue;
        };
        let (mut p1, mut p2) = (START, START);
        for (i, (w, &g)) in ws.iter().zip(gold).enumerate() {
            let guess = match dict.get(&w.form) {
                Some(&c) => c as usize,
                None => {
                    features(ws, i, p1, p2, &mut feats);
                    t.score(&feats, &mut scores);
                    let guess = argmax(&scores);
                    t.update(&feats, g, guess);
                    t.tick();
                    guess
                }
            };
            right += usize::from(guess == g);
            total += 1;
            p2 = p1;
            p1 = tag_hash(guess);
        }
    }
    100.0 * right as f64 / total.max(1) as f64
}
