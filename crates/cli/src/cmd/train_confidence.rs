//! `dyad train confidence`: fit the event confidence model on whole-article
//! gold and choose the default output threshold.
//!
//! Every candidate the coder proposes on the gold articles (those with a
//! coded actor: the others are never written) is labelled right or wrong
//! against the gold (`dyad_events::eval::articles::label_events`); a
//! logistic model is fitted on the candidates' signals. The threshold is
//! chosen on cross-validated scores (folds by article), as the lowest one
//! whose tuple precision reaches `--target-precision`, so it is not chosen
//! on scores the model was fitted to.

use crate::input::ModelArgs;
use dyad_events::eval::articles::{self, Coded};
use dyad_events::{confidence, ConfidenceModel, OutputPolicy};
use std::io::Write;
use std::path::PathBuf;

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    /// Gold articles to train on (the tuning part: `data/gold/wikinews-tune.jsonl`).
    #[arg(long)]
    pub gold: PathBuf,
    /// Where to write the model (JSON).
    #[arg(long)]
    pub out: PathBuf,
    /// The precision the default threshold must reach on cross-validated
    /// scores (when no threshold reaches it, the most precise one that keeps
    /// at least a twentieth of the gold events is taken).
    #[arg(long, default_value_t = 0.60)]
    pub target_precision: f64,
    /// Cross-validation folds (by article).
    #[arg(long, default_value_t = 5)]
    pub folds: usize,
    /// L2 regularisation strength.
    #[arg(long, default_value_t = 0.01)]
    pub l2: f64,
    /// Gradient-descent epochs.
    #[arg(long, default_value_t = 3000)]
    pub epochs: usize,
    #[command(flatten)]
    pub syntax: ModelArgs,
}

type Sample = (Vec<(String, f64)>, bool);

/// Training samples of one article: (event index, features, label), for
/// events with a coded actor whose label is not "optional only".
fn samples(art: &articles::GoldArticle, coded: &Coded) -> Vec<(usize, Sample)> {
    let labels = articles::label_events(art, coded);
    coded
        .events
        .iter()
        .zip(labels)
        .enumerate()
        .filter(|(_, (e, _))| e.actor.iter().any(|a| a.code.is_some()))
        .filter_map(|(i, (e, l))| l.map(|l| (i, (confidence::features(e), l))))
        .collect()
}

/// Run the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let coder = dyad_events::Coder::builtin()?;
    let kb = dyad_actors::KnowledgeBase::builtin()?;
    let model = args.syntax.load()?;
    let gold = articles::read_gold(&args.gold)?;
    let mut coded = super::eval_articles::code_gold(&gold, coder, kb, model.as_ref());
    let per_article: Vec<Vec<(usize, Sample)>> = gold
        .iter()
        .zip(&coded)
        .map(|(a, c)| samples(a, c))
        .collect();
    let all: Vec<Sample> = per_article
        .iter()
        .flat_map(|v| v.iter().map(|(_, s)| s.clone()))
        .collect();
    let positives = all.iter().filter(|(_, y)| *y).count();
    crate::note!(
        "dyad: {} articles, {} candidates with a coded actor, {} right",
        gold.len(),
        all.len(),
        positives
    );

    // Cross-validated scores: each article scored by a model that never saw it.
    let folds = args.folds.max(2);
    for fold in 0..folds {
        let train: Vec<Sample> = per_article
            .iter()
            .enumerate()
            .filter(|(ai, _)| ai % folds != fold)
            .flat_map(|(_, v)| v.iter().map(|(_, s)| s.clone()))
            .collect();
        let m = ConfidenceModel::fit(&train, args.l2, args.epochs);
        for (ai, c) in coded.iter_mut().enumerate() {
            if ai % folds != fold {
                continue;
            }
            for e in c.events.iter_mut() {
                e.confidence = m.score(e);
            }
        }
    }
    let mut out = std::io::stderr().lock();
    writeln!(out, "cross-validated on {folds} folds by article:")?;
    writeln!(
        out,
        "{:>8} {:>8} {:>7} {:>7} {:>7}",
        "min conf", "records", "prec", "recall", "F1"
    )?;
    let mut chosen: Option<f32> = None;
    let mut best_precise: Option<(f64, f32)> = None;
    for step in 1..100u8 {
        let t = f32::from(step) / 100.0;
        let policy = OutputPolicy {
            min_confidence: t,
            require_actor_code: true,
            keep_negated: false,
            keep_hypothetical: false,
        };
        let r = articles::evaluate(&gold, &coded, &policy);
        if step % 5 == 0 {
            writeln!(
                out,
                "{:>8.2} {:>8} {:>6.1}% {:>6.1}% {:>6.1}%",
                t,
                r.records,
                100.0 * r.precision,
                100.0 * r.recall,
                100.0 * r.f1
            )?;
        }
        if chosen.is_none() && r.records > 0 && r.precision >= args.target_precision {
            chosen = Some(t);
        }
        if r.recall >= 0.05 && best_precise.is_none_or(|(p, _)| r.precision > p) {
            best_precise = Some((r.precision, t));
        }
    }
    let threshold = chosen.or(best_precise.map(|(_, t)| t)).unwrap_or(0.5);
    let mut final_model = ConfidenceModel::fit(&all, args.l2, args.epochs);
    final_model.threshold = threshold;
    final_model.provenance = format!(
        "dyad train confidence --gold {} --target-precision {} --folds {} --l2 {} --epochs {}: \
         {} articles, {} candidates ({} right); threshold {:.2}: the lowest whose \
         cross-validated tuple precision reaches {:.2} (else the most precise keeping 5% recall)",
        args.gold.display(),
        args.target_precision,
        folds,
        args.l2,
        args.epochs,
        gold.len(),
        all.len(),
        positives,
        threshold,
        args.target_precision
    );
    writeln!(out, "threshold {threshold:.2}")?;
    let mut json = serde_json::to_string_pretty(&final_model)?;
    json.push('\n');
    std::fs::write(&args.out, json)?;
    writeln!(out, "dyad: wrote {}", args.out.display())?;
    Ok(())
}
