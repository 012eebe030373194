//! `dyad eval geo FILE.xml [--split tune|check|all] [--json]`: toponym
//! recognition and resolution scores on TR-News or LGL (see
//! `dyad_places::eval`).

use anyhow::Context;
use dyad_places::eval;
use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    /// A toponym corpus in the TR-News / LGL XML layout
    /// (`../shared/data/geo/TR-News.xml`).
    pub gold: PathBuf,
    /// Which articles: `tune` (even positions, used to develop the
    /// resolver), `check` (odd positions, never tuned on) or `all`.
    #[arg(long, default_value = "all")]
    pub split: String,
    /// Print the figures as one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Write every miss, false place and wrong resolution here, one JSON
    /// object per line, with its context.
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
}

/// Run the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let meta = std::fs::metadata(&args.gold)
        .with_context(|| format!("reading {}", args.gold.display()))?;
    if meta.len() > 256 << 20 {
        anyhow::bail!("{}: larger than 256 MiB", args.gold.display());
    }
    let xml = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("reading {}", args.gold.display()))?;
    let articles = eval::read_corpus(&xml).with_context(|| format!("{}", args.gold.display()))?;
    let chosen = eval::split(&articles, &args.split)?;
    let kb = dyad_actors::KnowledgeBase::builtin()?;
    let gaz = dyad_places::Gazetteer::builtin()?;
    let model = dyad_syntax::Model::builtin()?;
    let runs: Vec<(&eval::GoldArticle, Vec<eval::SystemToponym>)> = chosen
        .par_iter()
        .map(|a| {
            let mut doc = dyad_core::Document::new(a.id.clone(), a.text.clone());
            crate::pipeline::analyse(&mut doc, model);
            let mentions = dyad_actors::find_mentions(kb, &doc);
            let places = dyad_places::find_places(gaz, kb, &doc, &mentions);
            (*a, eval::system_toponyms(&doc.text, &places))
        })
        .collect();
    let s = eval::score(gaz, &runs);
    if let Some(path) = &args.errors {
        let mut w = std::io::BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
        );
        for (gold, sys) in &runs {
            for d in eval::differences(gold, sys) {
                serde_json::to_writer(&mut w, &d)?;
                writeln!(w)?;
            }
        }
        w.flush()?;
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        let mut v = serde_json::to_value(&s)?;
        if let Some(o) = v.as_object_mut() {
            o.insert("file".into(), args.gold.display().to_string().into());
            o.insert("split".into(), args.split.clone().into());
        }
        serde_json::to_writer_pretty(&mut out, &v)?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "{} ({} split): {} articles, {} gold toponyms, {} found ({} gold offsets realigned)",
            args.gold.display(),
            args.split,
            s.articles,
            s.gold,
            s.system,
            s.realigned
        )?;
        writeln!(out, "recognition   precision  recall    F1")?;
        for (name, p) in [("exact", s.exact), ("overlap", s.overlap)] {
            writeln!(
                out,
                "  {name:<10}  {:>6.1}    {:>6.1}  {:>6.1}",
                p.precision, p.recall, p.f1
            )?;
        }
        writeln!(
            out,
            "resolution over {} recognised toponyms: {:.1}% within 161 km, mean error {:.0} km, median {:.0} km",
            s.resolved, s.accuracy_161km, s.mean_error_km, s.median_error_km
        )?;
        writeln!(
            out,
            "country right: {:.1}% of {}",
            s.country_accuracy, s.with_country
        )?;
    }
    out.flush()?;
    Ok(())
}
