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

use crate::parser::{features, label_features, Parser, ParserTrainer, State, Tok, MOVES};
use crate::tagger::argmax;

const NONE: usize = usize::MAX;

/// One beam item: a configuration, its summed move score and, when
/// training, its move history (move, label) and whether it is still the
/// gold sequence.
struct Item {
    st: State,
    score: f32,
    hist: Vec<(usize, usize)>,
    gold: bool,
}

impl Item {
    fn new(n: usize) -> Item {
        Item {
            st: State::new(n),
            score: 0.0,
            hist: Vec::with_capacity(2 * n),
            gold: true,
        }
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

/// Buffers reused across the steps of one sentence.
struct Beam {
    cur: Vec<Item>,
    next: Vec<Item>,
    live: usize,
    top: Vec<Cand>,
    /// Successors taken from each current item (see [`Beam::advance`]).
    uses: Vec<usize>,
    feats: Vec<u64>,
    lfeats: Vec<u64>,
    lscores: Vec<f32>,
}

impl Beam {
    fn new(n: usize, k: usize, nlabels: usize) -> Beam {
        Beam {
            cur: (0..k).map(|_| Item::new(n)).collect(),
            next: (0..k).map(|_| Item::new(n)).collect(),
            live: 1,
            top: Vec::with_capacity(k + 1),
            uses: vec![0; k],
            feats: Vec::with_capacity(160),
            lfeats: Vec::with_capacity(40),
            lscores: vec![0.0; nlabels.max(1)],
        }
    }

    /// Score every live item's moves once (features are extracted once per
    /// item and shared by its three moves) and keep the best `k`
    /// successors in `top`. `score` fills the move scores for a feature
    /// vector; `gold_move` is the gold sequence's next move (training) or
    /// `NONE`.
    fn expand(
        &mut self,
        toks: &[Tok],
        label_hash: &[u64],
        k: usize,
        gold_move: usize,
        mut score: impl FnMut(&[u64], &mut [f32; MOVES]),
    ) {
        self.top.clear();
        let mut scores = [0.0f32; MOVES];
        for (i, it) in self.cur.iter().take(self.live).enumerate() {
            let valid = it.st.valid();
            features(toks, &it.st, label_hash, &mut self.feats);
            score(&self.feats, &mut scores);
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
    /// move from the source state, the arc and whether the candidate is the
    /// gold sequence; `keep_hist` records moves for training.
    fn advance(
        &mut self,
        keep_hist: bool,
        mut label: impl FnMut(&State, usize, usize, bool, &mut Vec<u64>, &mut [f32]) -> usize,
    ) {
        // How many successors each item still has to give: the last one
        // takes the item's buffers by swapping instead of copying them.
        self.uses.iter_mut().for_each(|u| *u = 0);
        for c in &self.top {
            if let Some(u) = self.uses.get_mut(c.from) {
                *u += 1;
            }
        }
        for (j, c) in self.top.iter().enumerate() {
            let (Some(src), Some(dst), Some(uses)) = (
                self.cur.get_mut(c.from),
                self.next.get_mut(j),
                self.uses.get_mut(c.from),
            ) else {
                continue;
            };
            let l = match src.st.arc(c.mv) {
                Some((h, d)) => label(&src.st, h, d, c.gold, &mut self.lfeats, &mut self.lscores),
                None => NONE,
            };
            *uses -= 1;
            if *uses == 0 {
                std::mem::swap(&mut dst.st, &mut src.st);
                if keep_hist {
                    std::mem::swap(&mut dst.hist, &mut src.hist);
                }
            } else {
                dst.st.copy_from(&src.st);
                if keep_hist {
                    dst.hist.clone_from(&src.hist);
                }
            }
            dst.score = c.score;
            dst.gold = c.gold;
            dst.st.apply(c.mv, l);
            if keep_hist {
                dst.hist.push((c.mv, l));
            }
        }
        self.live = self.top.len();
        std::mem::swap(&mut self.cur, &mut self.next);
    }
}

/// Beam-search parse with width `k`; returns heads (0 = root) and label
/// indices for tokens 1..=n.
pub(crate) fn parse(p: &Parser, toks: &[Tok], k: usize) -> (Vec<usize>, Vec<usize>) {
    let n = toks.len().saturating_sub(1);
    let k = k.max(1);
    let mut beam = Beam::new(n, k, p.labels.nclass());
    for _ in 0..2 * n {
        beam.expand(toks, &p.label_hash, k, NONE, |f, s| p.moves.score(f, s));
        if beam.top.is_empty() {
            break; // unreachable: every unfinished state has a legal move
        }
        beam.advance(false, |st, h, d, _, feats, lscores| {
            label_features(toks, st, &p.label_hash, h, d, feats);
            p.labels.score(feats, lscores);
            argmax(lscores)
        });
    }
    let best = &beam.cur[0].st;
    let heads = best.heads[1..]
        .iter()
        .map(|&h| if h == NONE { 0 } else { h })
        .collect();
    (heads, best.labels[1..].to_vec())
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
        let mut gold = Item::new(n);
        let mut feats = Vec::with_capacity(160);
        let mut lfeats = Vec::with_capacity(40);
        let mut lscores = vec![0.0f32; nlabels.max(1)];
        let mut scores = [0.0f32; MOVES];
        let mut max_v = f32::NEG_INFINITY;
        let mut t_star = NONE;
        let mut pred_hist: Vec<(usize, usize)> = Vec::with_capacity(2 * n);
        let gold_label = |d: usize| gold_labels.get(d).copied().unwrap_or(0);
        for t in 0..2 * n {
            // The gold sequence's next move: the best-scoring correct one.
            let valid = gold.st.valid();
            features(toks, &gold.st, &self.label_hash, &mut feats);
            self.moves.score(&feats, &mut scores);
            let costs = gold.st.costs(gold_heads);
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
            gold.score += scores[gm];
            let mut gl = NONE;
            if let Some((h, d)) = gold.st.arc(gm) {
                gl = gold_label(d);
                if gold_heads.get(d) == Some(&h) {
                    label_features(toks, &gold.st, &self.label_hash, h, d, &mut lfeats);
                    self.labels.score(&lfeats, &mut lscores);
                    self.labels.update(&lfeats, gl, argmax(&lscores));
                    self.labels.tick();
                }
            }
            gold.st.apply(gm, gl);
            gold.hist.push((gm, gl));

            // The beam, scored with the same weights.
            let moves = &self.moves;
            beam.expand(toks, &self.label_hash, k, gm, |f, s| moves.score(f, s));
            if beam.top.is_empty() {
                break;
            }
            let labels = &self.labels;
            let label_hash = &self.label_hash;
            beam.advance(true, |st, h, d, is_gold, lf, ls| {
                if is_gold {
                    gl
                } else if gold_heads.get(d) == Some(&h) {
                    gold_label(d)
                } else {
                    label_features(toks, st, label_hash, h, d, lf);
                    labels.score(lf, ls);
                    argmax(ls)
                }
            });
            let best = &beam.cur[0];
            if !best.gold {
                let v = best.score - gold.score;
                if v >= 0.0 && v > max_v {
                    max_v = v;
                    t_star = t;
                    pred_hist.clone_from(&best.hist);
                }
            }
        }
        if t_star != NONE {
            self.update_prefixes(toks, n, &gold.hist, &pred_hist, t_star + 1);
        }
        self.moves.tick();
        let best = &beam.cur[0].st;
        let right = (1..=n)
            .filter(|&i| gold_heads.get(i) == best.heads.get(i))
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
                features(toks, &gs, &self.label_hash, &mut feats);
                self.moves.add(&feats, gm, 1.0);
                features(toks, &ps, &self.label_hash, &mut feats);
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
}
