//! Train on UD English EWT and save the model: `cargo run --release -p
//! dyad-syntax --example train_ewt -- TRAIN DEV OUT [--epochs N]
//! [--beam N] [--decode-beam N] [--retrain-with-dev] [--bags N] [--max N]`.

use std::path::Path;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        anyhow::bail!(
            "usage: train_ewt TRAIN.conllu DEV.conllu OUT.bin.gz [--epochs N] [--beam N] \
             [--decode-beam N] [--retrain-with-dev] [--bags N] [--max N]"
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
            _ => anyhow::bail!("unknown flag {flag}"),
        }
    }
    let model = dyad_syntax::train(Path::new(&args[1]), Some(Path::new(&args[2])), &opts)?;
    model.save(Path::new(&args[3]))?;
    let scores = dyad_syntax::eval::evaluate(&model, Path::new(&args[2]))?;
    eprintln!("dev: {}", serde_json::to_string(&scores)?);
    Ok(())
}
