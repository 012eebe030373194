//! `dyad train syntax`: train the tagger, lemmatizer and dependency parser
//! on a Universal Dependencies treebank directory.

use anyhow::{bail, Context};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    /// Treebank directory holding `*-ud-train.conllu` (and optionally
    /// `*-ud-dev.conllu`, used to choose the number of epochs).
    #[arg(long)]
    pub treebank: PathBuf,
    /// Where to write the model (gzip-compressed if the name ends in `.gz`;
    /// the committed `models/syntax-en.bin` is not, so it loads in one pass).
    #[arg(long)]
    pub out: PathBuf,
    /// Maximum parser epochs (the best on dev is kept).
    #[arg(long)]
    pub epochs: Option<usize>,
    /// Parser beam width for training and decoding (1: greedy parser
    /// trained with the dynamic oracle).
    #[arg(long)]
    pub beam: Option<usize>,
    /// Beam width the saved model decodes with, if different from
    /// `--beam` (a narrower beam is faster).
    #[arg(long)]
    pub decode_beam: Option<usize>,
    /// Hash the parser's move features into a fixed table of `2^N` rows
    /// (0: one row per feature, a keyed table).
    #[arg(long)]
    pub move_bits: Option<u32>,
    /// Combine the parts of each move feature with one mix (cheaper;
    /// meant for `--move-bits`).
    #[arg(long)]
    pub fast_features: bool,
    /// With `--move-bits`, give each row to one feature (a check tag)
    /// instead of sharing it among the features hashed to it.
    #[arg(long)]
    pub move_tags: bool,
    /// After choosing epochs on dev, retrain on train+dev with them (the
    /// committed model is built this way; dev scores then mean little).
    #[arg(long)]
    pub retrain_with_dev: bool,
}

/// The single file in `dir` whose name ends with `suffix`, if any.
fn find(dir: &Path, suffix: &str) -> anyhow::Result<Option<PathBuf>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))? {
        let path = entry?.path();
        if path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.ends_with(suffix))
        {
            found.push(path);
        }
    }
    found.sort();
    if found.len() > 1 {
        bail!("several *{suffix} files in {}", dir.display());
    }
    Ok(found.pop())
}

/// Run the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let train = find(&args.treebank, "-ud-train.conllu")?
        .with_context(|| format!("no *-ud-train.conllu in {}", args.treebank.display()))?;
    let dev = find(&args.treebank, "-ud-dev.conllu")?;
    let mut opts = dyad_syntax::TrainOptions::default();
    if let Some(e) = args.epochs {
        opts.epochs = e;
    }
    opts.retrain_with_dev = args.retrain_with_dev;
    if let Some(b) = args.beam {
        opts.beam = b.max(1);
    }
    opts.decode_beam = args.decode_beam.map(|b| b.max(1));
    if let Some(b) = args.move_bits {
        opts.move_bits = b;
    }
    opts.fast_features = args.fast_features;
    opts.move_tags = args.move_tags;
    let start = Instant::now();
    let model = dyad_syntax::train(&train, dev.as_deref(), &opts)?;
    model.save(&args.out)?;
    crate::note!(
        "trained in {:.1}s; model written to {} ({} bytes)",
        start.elapsed().as_secs_f64(),
        args.out.display(),
        std::fs::metadata(&args.out).map(|m| m.len()).unwrap_or(0)
    );
    if let Some(dev) = dev.filter(|_| !args.retrain_with_dev) {
        let s = dyad_syntax::eval::evaluate(&model, &dev)?;
        crate::note!(
            "dev: UPOS {:.2} XPOS {:.2} lemma {:.2} UAS {:.2} LAS {:.2}",
            s.upos,
            s.xpos,
            s.lemma,
            s.uas,
            s.las
        );
    }
    Ok(())
}
