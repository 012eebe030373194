//! Train on UD English EWT and save the model: `cargo run --release -p
//! dyad-syntax --example train_ewt -- TRAIN DEV|- OUT [--epochs N]
//! [--beam N] [--decode-beam N] [--retrain-with-dev] [--bags N] [--max N] [--punct 0|1]
//! [--move-min-updates N] [--move-bits N] [--fast-features 0|1] [--move-tags 0|1]`.

use std::path::Path;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        anyhow::bail!(
            "usage: train_ewt TRAIN.conllu DEV.conllu OUT.bin.gz [--epochs N] [--beam N] \
             [--decode-beam N] [--retrain-with-dev] [--bags N] [--max N] [--punct 0|1] \
             [--move-min-updates N] [--move-bits N] [--fast-features 0|1] [--move-tags 0|1]"
        );
    }
    let mut opts = dyad_syntax::TrainOptions::default();
    let mut rest = args[4..].iter();
    while let Some(flag) = rest.next() {
        if flag == "--retrain-with-dev" {
            opts.retrain_with_dev = true;
            continue;
        }
        let value: usize = rest
            .next()
            .ok_or_else(|| anyhow::anyhow!("{flag} needs a value"))?
            .parse()?;
        match flag.as_str() {
            "--epochs" => opts.epochs = value,
            "--beam" => opts.beam = value,
            "--decode-beam" => opts.decode_beam = Some(value),
            "--bags" => opts.bags = value,
            "--max" => opts.max_sentences = Some(value),
            "--punct" => opts.punct = value != 0,
            "--move-min-updates" => opts.move_min_updates = value as u32,
            "--move-bits" => opts.move_bits = value as u32,
            "--fast-features" => opts.fast_features = value != 0,
            "--move-tags" => opts.move_tags = value != 0,
            _ => anyhow::bail!("unknown flag {flag}"),
        }
    }
    // A DEV of "-" trains for exactly the given epochs with no dev set
    // (e.g. on a train+dev concatenation, once the epochs are known).
    let dev = Some(Path::new(&args[2])).filter(|p| p.as_os_str() != "-");
    let model = dyad_syntax::train(Path::new(&args[1]), dev, &opts)?;
    model.save(Path::new(&args[3]))?;
    if let Some(dev) = dev {
        let scores = dyad_syntax::eval::evaluate(&model, dev)?;
        eprintln!("dev: {}", serde_json::to_string(&scores)?);
    }
    Ok(())
}
