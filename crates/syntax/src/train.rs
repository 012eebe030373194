//! Training the tagger, lemmatizer and parser from a UD treebank.

use crate::conllu::read_sentences;
use crate::hash::U64Map;
use crate::lemma::Lemmatizer;
use crate::parser::{self, Parser, ParserTrainer};
use crate::perceptron::Trainer;
use crate::tagger::{self, Tagger};
use crate::words::{self, Word};
use crate::Model;
use anyhow::bail;
use dyad_core::{Sentence, Upos};
use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Maximum parser epochs; the epoch with the best dev LAS is kept.
    pub epochs: usize,
    /// Maximum tagger epochs; the epoch with the best dev accuracy is kept.
    pub tagger_epochs: usize,
    /// Folds for jackknifing the training tags the parser learns from
    /// (fewer than 2: tag the training data with the final tagger instead).
    pub jackknife_folds: usize,
    /// Averaged weights below this magnitude are dropped from the model.
    pub prune: f32,
    /// Tagger and labeller features updated fewer times than this during
    /// training are dropped (keeps the model small).
    pub min_updates: u32,
    /// The same for the parser's transition features.
    pub move_min_updates: u32,
    /// After choosing epochs on dev, train again on train+dev with them.
    pub retrain_with_dev: bool,
    /// Leave sentences with crossing arcs out of parser training.
    pub skip_nonprojective: bool,
    /// From the second parser epoch on, the probability of following the
    /// parser's own wrong prediction (dynamic-oracle exploration).
    pub explore_p: f64,
    /// Number of parsers trained with different seeds and summed.
    pub bags: usize,
    /// Beam width for parser training and decoding (stored in the model).
    /// 1 trains the greedy parser with the dynamic oracle and exploration;
    /// wider beams train globally with max-violation updates.
    pub beam: usize,
    /// Re-attach punctuation with a ranker trained on the gold trees
    /// after parsing (see the `punct` module). Off by default: on EWT dev
    /// it lost 0.16 UAS against the beam parser's own attachments.
    pub punct: bool,
    /// Beam width the frozen parser decodes with, when it should differ
    /// from [`TrainOptions::beam`] (e.g. train wide, decode narrow).
    pub decode_beam: Option<usize>,
    /// Hash the parser's move features into a fixed table of `2^bits`
    /// rows, during training and decoding (0: one row per feature, in a
    /// keyed table). A hashed table is a few megabytes that stay in the
    /// processor's cache; colliding features share weights.
    pub move_bits: u32,
    /// With `move_bits`, give each row of the move table to one feature at
    /// a time (a check tag in the row; other features read nothing there)
    /// instead of sharing it among all the features hashed to it.
    pub move_tags: bool,
    /// Combine the parts of each move feature with one mix instead of one
    /// per part (a third of the hashing work; see `parser::Combine`).
    pub fast_features: bool,
    /// Seed for shuffling and exploration.
    pub seed: u64,
    /// Use only the first this many training sentences (for quick tests).
    pub max_sentences: Option<usize>,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 15,
            tagger_epochs: 10,
            jackknife_folds: 4,
            prune: 0.05,
            min_updates: 2,
            move_min_updates: 3,
            move_bits: 0,
            move_tags: false,
            fast_features: false,
            seed: 42,
            retrain_with_dev: false,
            skip_nonprojective: false,
            explore_p: 0.9,
            bags: 1,
            beam: 8,
            decode_beam: None,
            punct: false,
            max_sentences: None,
        }
    }
}

/// One training sentence, in the form the learners use.
struct Item {
    ws: Vec<Word>,
    tags: Vec<usize>,
    /// Gold heads, index 0 unused (the root).
    heads: Vec<usize>,
    /// Gold label ids, index 0 unused.
    labels: Vec<usize>,
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn shuffle(&mut self, v: &mut [usize]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Train a model on a CoNLL-U file, choosing epochs on `dev` if given
/// (and, with [`TrainOptions::retrain_with_dev`], retraining on train+dev
/// with the chosen epochs). Progress and dev scores go to stderr.
pub fn train(train: &Path, dev: Option<&Path>, opts: &TrainOptions) -> anyhow::Result<Model> {
    let start = Instant::now();
    let mut sents = read_sentences(train)?;
    if let Some(max) = opts.max_sentences {
        sents.truncate(max);
    }
    let dev_sents = match dev {
        Some(p) => read_sentences(p)?,
        None => Vec::new(),
    };
    let (model, tagger_epochs, parser_epochs) = train_on(&sents, &dev_sents, opts)?;
    if !opts.retrain_with_dev || dev_sents.is_empty() {
        return Ok(model);
    }
    eprintln!(
        "syntax: retraining on train+dev: {tagger_epochs} tagger epochs, {parser_epochs} parser epochs"
    );
    sents.extend(dev_sents);
    let o = TrainOptions {
        tagger_epochs,
        epochs: parser_epochs,
        ..opts.clone()
    };
    let (model, _, _) = train_on(&sents, &[], &o)?;
    eprintln!(
        "syntax: all training done in {:.1}s",
        start.elapsed().as_secs_f64()
    );
    Ok(model)
}

/// Train on sentences; returns the model and the tagger and parser epochs kept.
fn train_on(
    sents: &[Sentence],
    dev_sents: &[Sentence],
    opts: &TrainOptions,
) -> anyhow::Result<(Model, usize, usize)> {
    let start = Instant::now();
    if sents.is_empty() {
        bail!("no training sentences");
    }
    eprintln!(
        "syntax: {} training sentences, {} dev sentences",
        sents.len(),
        dev_sents.len()
    );

    // Tag classes and relation labels, most frequent first.
    let mut class_counts: HashMap<(Upos, String), usize> = HashMap::new();
    let mut label_counts: HashMap<String, usize> = HashMap::new();
    for s in sents {
        for t in &s.tokens {
            *class_counts.entry((t.upos, t.xpos.clone())).or_default() += 1;
            *label_counts.entry(t.deprel.clone()).or_default() += 1;
        }
    }
    let mut classes: Vec<((Upos, String), usize)> = class_counts.into_iter().collect();
    classes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let classes: Vec<(Upos, String)> = classes.into_iter().map(|(c, _)| c).collect();
    let mut labels: Vec<(String, usize)> = label_counts.into_iter().collect();
    labels.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let labels: Vec<String> = labels.into_iter().map(|(l, _)| l).collect();
    let class_id: HashMap<(Upos, String), usize> = classes
        .iter()
        .cloned()
        .enumerate()
        .map(|(i, c)| (c, i))
        .collect();
    let label_id: HashMap<&str, usize> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), i))
        .collect();

    let prepare = |s: &Sentence| Item {
        ws: words::words(s.tokens.iter().map(|t| t.form.as_str())),
        tags: s
            .tokens
            .iter()
            .map(|t| {
                class_id
                    .get(&(t.upos, t.xpos.clone()))
                    .copied()
                    .unwrap_or(0)
            })
            .collect(),
        heads: std::iter::once(0)
            .chain(s.tokens.iter().map(|t| t.head))
            .collect(),
        labels: std::iter::once(0)
            .chain(
                s.tokens
                    .iter()
                    .map(|t| label_id.get(t.deprel.as_str()).copied().unwrap_or(0)),
            )
            .collect(),
    };
    let data: Vec<Item> = sents.iter().map(prepare).collect();
    let dev_data: Vec<Item> = dev_sents.iter().map(prepare).collect();

    // Tagger.
    let t0 = Instant::now();
    let pairs: Vec<(Vec<Word>, Vec<usize>)> = data
        .iter()
        .map(|d| (d.ws.clone(), d.tags.clone()))
        .collect();
    let dev_pairs: Vec<(Vec<Word>, Vec<usize>)> = dev_data
        .iter()
        .map(|d| (d.ws.clone(), d.tags.clone()))
        .collect();
    let mut rng = Rng(opts.seed | 1);
    let (tagger, tag_epochs) = train_tagger(
        &pairs,
        &dev_pairs,
        opts.tagger_epochs.max(1),
        classes.len(),
        (opts.prune, opts.min_updates),
        &mut rng,
        true,
    );
    eprintln!(
        "syntax: tagger trained ({} epochs kept) in {:.1}s",
        tag_epochs,
        t0.elapsed().as_secs_f64()
    );

    // Predicted training tags for the parser.
    let t0 = Instant::now();
    let mut train_tags: Vec<Vec<usize>> = vec![Vec::new(); data.len()];
    let folds = opts.jackknife_folds;
    if folds >= 2 && data.len() >= folds {
        for k in 0..folds {
            let rest: Vec<(Vec<Word>, Vec<usize>)> = pairs
                .iter()
                .enumerate()
                .filter(|(i, _)| i % folds != k)
                .map(|(_, p)| p.clone())
                .collect();
            let (fold_tagger, _) = train_tagger(
                &rest,
                &[],
                tag_epochs,
                classes.len(),
                (opts.prune, opts.min_updates),
                &mut rng,
                false,
            );
            for (i, (ws, _)) in pairs.iter().enumerate().filter(|(i, _)| i % folds == k) {
                fold_tagger.tag(ws, &mut train_tags[i]);
            }
        }
        let (mut right, mut total) = (0usize, 0usize);
        for (pred, d) in train_tags.iter().zip(&data) {
            right += pred.iter().zip(&d.tags).filter(|(a, b)| a == b).count();
            total += d.tags.len();
        }
        eprintln!(
            "syntax: {}-fold jackknifed training tags ({:.2}% accurate) in {:.1}s",
            folds,
            100.0 * right as f64 / total.max(1) as f64,
            t0.elapsed().as_secs_f64()
        );
    } else {
        for (i, (ws, _)) in pairs.iter().enumerate() {
            tagger.tag(ws, &mut train_tags[i]);
        }
    }
    let dev_tags: Vec<Vec<usize>> = dev_pairs
        .iter()
        .map(|(ws, _)| {
            let mut out = Vec::new();
            tagger.tag(ws, &mut out);
            out
        })
        .collect();

    // Parser.
    let t0 = Instant::now();
    let to_toks = |d: &Item, tags: &[usize]| parser::tokens(&d.ws, tags, &classes);
    let train_toks: Vec<_> = data
        .iter()
        .zip(&train_tags)
        .map(|(d, t)| to_toks(d, t))
        .collect();
    let dev_toks: Vec<_> = dev_data
        .iter()
        .zip(&dev_tags)
        .map(|(d, t)| to_toks(d, t))
        .collect();
    // The oracle's costs are exact only for projective trees; the few
    // crossing trees in a treebank teach the parser contradictory moves.
    let mut order: Vec<usize> = (0..data.len())
        .filter(|&i| !opts.skip_nonprojective || is_projective(&data[i].heads))
        .collect();
    eprintln!(
        "syntax: parser trains on {} of {} sentences",
        order.len(),
        data.len()
    );
    // Several parsers trained on different orders (and explorations) have
    // their weights summed: a cheap ensemble that costs no decoding time
    // beyond the larger table.
    let mut bags: Vec<Parser> = Vec::new();
    let mut best_epoch = 0;
    for bag in 0..opts.bags.max(1) {
        let seed = opts.seed.wrapping_mul(31).wrapping_add(bag as u64 * 7919) | 1;
        let mut pt = ParserTrainer::new(labels.len(), seed);
        pt.explore_p = opts.explore_p;
        if opts.move_bits > 0 {
            pt.moves = Trainer::hashed(parser::MOVES, opts.move_bits, opts.move_tags);
        }
        if opts.fast_features {
            pt.combine = parser::Combine::Fast;
        }
        pt.beam = opts.decode_beam.unwrap_or(opts.beam).max(1);
        let mut best: Option<(f64, usize, Parser)> = None;
        for epoch in 1..=opts.epochs.max(1) {
            rng.shuffle(&mut order);
            let (mut right, mut total) = (0, 0);
            for &i in &order {
                let d = &data[i];
                let (r, n) = if opts.beam > 1 {
                    pt.train_sentence_beam(&train_toks[i], &d.heads, &d.labels, opts.beam)
                } else {
                    pt.train_sentence(&train_toks[i], &d.heads, &d.labels, epoch >= 2)
                };
                right += r;
                total += n;
            }
            let msg = format!(
                "syntax: parser {} epoch {epoch}: train UAS {:.2} ({:.1}s)",
                bag + 1,
                100.0 * right as f64 / total.max(1) as f64,
                t0.elapsed().as_secs_f64()
            );
            if dev_data.is_empty() {
                eprintln!("{msg}");
                if epoch == opts.epochs.max(1) {
                    let frozen = pt.freeze(opts.prune, opts.min_updates, opts.move_min_updates);
                    best = Some((0.0, epoch, frozen));
                }
                continue;
            }
            let frozen = pt.freeze(opts.prune, opts.min_updates, opts.move_min_updates);
            let (uas, las) = parse_scores(&frozen, &dev_toks, &dev_data);
            eprintln!("{msg}, dev UAS {uas:.2} LAS {las:.2}");
            if best.as_ref().is_none_or(|b| las > b.0) {
                best = Some((las, epoch, frozen));
            }
        }
        let Some((_, epoch, parser)) = best else {
            bail!("parser training produced no model");
        };
        best_epoch = best_epoch.max(epoch);
        bags.push(parser);
    }
    let mut parser = Parser::sum(bags);
    if opts.punct {
        let t1 = Instant::now();
        let pdata: Vec<(&[parser::Tok], &[usize], &[usize])> = data
            .iter()
            .zip(&train_toks)
            .map(|(d, t)| (t.as_slice(), d.heads.as_slice(), d.labels.as_slice()))
            .collect();
        if !dev_data.is_empty() {
            let (uas, las) = parse_scores(&parser, &dev_toks, &dev_data);
            eprintln!("syntax: before punctuation re-attachment: dev UAS {uas:.2} LAS {las:.2}");
        }
        parser.punct = crate::punct::train(&pdata, 5);
        eprintln!(
            "syntax: punctuation attacher trained in {:.1}s",
            t1.elapsed().as_secs_f64()
        );
        if !dev_data.is_empty() {
            let (uas, las) = parse_scores(&parser, &dev_toks, &dev_data);
            eprintln!("syntax: after punctuation re-attachment: dev UAS {uas:.2} LAS {las:.2}");
        }
    }
    if !dev_data.is_empty() {
        let (uas, las) = parse_scores(&parser, &dev_toks, &dev_data);
        eprintln!("syntax: summed parsers: dev UAS {uas:.2} LAS {las:.2}");
    }
    eprintln!("syntax: keeping parser epoch {best_epoch}");

    let lemmatizer = Lemmatizer::train(
        sents
            .iter()
            .flat_map(|s| s.tokens.iter())
            .map(|t| (t.form.as_str(), t.xpos.as_str(), t.lemma.as_str())),
    );
    let model = Model::from_parts(classes, tagger, lemmatizer, labels, parser);
    eprintln!(
        "syntax: trained in {:.1}s: {}",
        start.elapsed().as_secs_f64(),
        model.describe()
    );
    Ok((model, tag_epochs, best_epoch))
}

/// Train a tagger for up to `epochs`; with `dev` data, keep the best epoch.
/// Returns the tagger and the number of epochs it was trained for.
fn train_tagger(
    data: &[(Vec<Word>, Vec<usize>)],
    dev: &[(Vec<Word>, Vec<usize>)],
    epochs: usize,
    nclass: usize,
    (prune, min_updates): (f32, u32),
    rng: &mut Rng,
    verbose: bool,
) -> (Tagger, usize) {
    let dict: U64Map<u16> = tagger::build_dict(data, 20);
    let mut t = Trainer::new(nclass);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut best: Option<(f64, usize, Tagger)> = None;
    let mut out = Vec::new();
    for epoch in 1..=epochs {
        rng.shuffle(&mut order);
        let train_acc = tagger::train_epoch(&mut t, &dict, data, &order, nclass);
        if dev.is_empty() && epoch < epochs {
            continue;
        }
        let frozen = Tagger {
            dict: dict.clone(),
            weights: t.averaged(prune, min_updates),
        };
        let (mut right, mut total) = (0usize, 0usize);
        for (ws, gold) in dev {
            frozen.tag(ws, &mut out);
            right += out.iter().zip(gold).filter(|(a, b)| a == b).count();
            total += gold.len();
        }
        let acc = 100.0 * right as f64 / total.max(1) as f64;
        if verbose && dev.is_empty() {
            eprintln!("syntax: tagger epoch {epoch}: train {train_acc:.2}%");
        } else if verbose {
            eprintln!("syntax: tagger epoch {epoch}: train {train_acc:.2}%, dev {acc:.2}%");
        }
        if best.as_ref().is_none_or(|b| acc > b.0) {
            best = Some((acc, epoch, frozen));
        }
    }
    match best {
        Some((_, e, tagger)) => (tagger, e),
        None => (
            Tagger {
                dict,
                weights: t.averaged(prune, min_updates),
            },
            epochs,
        ),
    }
}

/// UAS and LAS of a frozen parser on prepared dev data.
fn parse_scores(p: &Parser, toks: &[Vec<parser::Tok>], data: &[Item]) -> (f64, f64) {
    let (mut u, mut l, mut n) = (0usize, 0usize, 0usize);
    for (t, d) in toks.iter().zip(data) {
        let (heads, labels) = p.parse(t);
        for (i, (h, lab)) in heads.iter().zip(&labels).enumerate() {
            if d.heads.get(i + 1) == Some(h) {
                u += 1;
                if d.labels.get(i + 1) == Some(lab) {
                    l += 1;
                }
            }
            n += 1;
        }
    }
    let pct = |x: usize| 100.0 * x as f64 / n.max(1) as f64;
    (pct(u), pct(l))
}

/// True when no two arcs cross (heads indexed 1..=n, 0 is the root).
fn is_projective(heads: &[usize]) -> bool {
    let n = heads.len();
    let arcs: Vec<(usize, usize)> = (1..n)
        .map(|d| {
            let h = heads[d];
            (h.min(d), h.max(d))
        })
        .collect();
    for &(a, b) in &arcs {
        for &(c, d) in &arcs {
            if a < c && c < b && b < d {
                return false;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crossing_arcs_are_detected() {
        // index 0 unused; "A B C D": 1<-2, 2 root, 3<-1, 4<-2 crosses (1,3)/(2,4).
        assert!(!is_projective(&[0, 2, 0, 1, 2]));
        assert!(is_projective(&[0, 2, 0, 4, 2]));
        assert!(is_projective(&[0]));
    }

    #[test]
    fn empty_training_data_is_an_error() {
        assert!(train_on(&[], &[], &TrainOptions::default()).is_err());
    }
}
