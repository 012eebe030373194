//! Re-annotate the forms of a CoNLL-U file and write CoNLL-U (for error
//! analysis): `cargo run --release -p dyad-syntax --example annotate_conllu -- MODEL IN OUT`.

use std::path::Path;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        anyhow::bail!("usage: annotate_conllu MODEL.bin.gz IN.conllu OUT.conllu");
    }
    let model = dyad_syntax::Model::load(Path::new(&args[1]))?;
    let mut doc = dyad_syntax::conllu::read_document(Path::new(&args[2]))?;
    model.annotate_document(&mut doc);
    let mut out = std::io::BufWriter::new(std::fs::File::create(&args[3])?);
    dyad_syntax::conllu::write_document(&doc, &mut out)?;
    Ok(())
}
