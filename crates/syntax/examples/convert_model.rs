//! Rewrite a model file in the current format (any format `Model::load`
//! reads, gzip-compressed or not):
//! `cargo run --release -p dyad-syntax --example convert_model -- IN OUT`.
//! An OUT ending in `.gz` is compressed; the committed model is not.

use std::path::Path;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        anyhow::bail!("usage: convert_model IN OUT");
    }
    let t = std::time::Instant::now();
    let model = dyad_syntax::Model::load(Path::new(&args[1]))?;
    eprintln!(
        "loaded in {:.3}s: {}",
        t.elapsed().as_secs_f64(),
        model.describe()
    );
    model.save(Path::new(&args[2]))?;
    Ok(())
}
