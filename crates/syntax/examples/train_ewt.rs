//! Train on UD English EWT and save the model: `cargo run --release -p
//! dyad-syntax --example train_ewt -- TRAIN DEV OUT [EPOCHS [--retrain-with-dev]]`.

use std::path::Path;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        anyhow::bail!("usage: train_ewt TRAIN.conllu DEV.conllu OUT.bin.gz [EPOCHS]");
    }
    let mut opts = dyad_syntax::TrainOptions::default();
    if let Some(e) = args.get(4) {
        opts.epochs = e.parse()?;
    }
    opts.retrain_with_dev = args.get(5).is_some_and(|a| a == "--retrain-with-dev");
    if let Some(b) = args.get(6) {
        opts.bags = b.parse()?;
    }
    let model = dyad_syntax::train(Path::new(&args[1]), Some(Path::new(&args[2])), &opts)?;
    model.save(Path::new(&args[3]))?;
    let scores = dyad_syntax::eval::evaluate(&model, Path::new(&args[2]))?;
    eprintln!("dev: {}", serde_json::to_string(&scores)?);
    Ok(())
}
