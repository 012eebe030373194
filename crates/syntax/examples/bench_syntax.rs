//! Time annotation of a CoNLL-U file: `cargo run --release -p dyad-syntax
//! --example bench_syntax -- MODEL FILE [REPEATS [BEAM]]`.

use std::path::Path;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        anyhow::bail!("usage: bench_syntax MODEL.bin.gz FILE.conllu [REPEATS [BEAM]]");
    }
    let t = std::time::Instant::now();
    let mut model = dyad_syntax::Model::load(Path::new(&args[1]))?;
    if let Some(b) = args.get(4) {
        model.set_beam(b.parse()?);
    }
    eprintln!(
        "loaded in {:.3}s: {}",
        t.elapsed().as_secs_f64(),
        model.describe()
    );
    let repeats: usize = args.get(3).map(|r| r.parse()).transpose()?.unwrap_or(3);
    for _ in 0..repeats {
        let cpu0 = cpu_ns();
        let s = dyad_syntax::eval::evaluate(&model, Path::new(&args[2]))?;
        let cpu = (cpu_ns() - cpu0) as f64 / 1e9;
        eprintln!(
            "UAS {:.2} LAS {:.2}: {:.0} tokens/s wall; eval incl. reading took {:.3}s of CPU ({:.3}s wall for annotation)",
            s.uas, s.las, s.tokens_per_second, cpu, s.seconds
        );
    }
    Ok(())
}

/// Nanoseconds this thread has spent on a CPU (Linux), to see through
/// contention from other processes; 0 elsewhere.
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|x| x.parse().ok()))
        .unwrap_or(0)
}
