//! Score the recogniser on a TimeML directory with the crate's own simple
//! segmenter and print every disagreement (development aid; the real
//! command is `dyad eval timeml`).

fn main() -> anyhow::Result<()> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let annotate = |d: &mut dyad_core::Document| dyad_time::segment::simple_segment(d);
    let scores =
        dyad_time::timeml::evaluate_dir_with(std::path::Path::new(&dir), &annotate, &mut |d| {
            println!(
                "{}\t{}\t{:?}\t{:?}\t{:?}",
                d.what,
                d.dct.map(|x| x.to_string()).unwrap_or_default(),
                d.gold,
                d.system,
                d.doc
            )
        })?;
    eprintln!("{scores}");
    Ok(())
}
