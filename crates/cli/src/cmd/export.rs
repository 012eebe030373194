//! `dyad export`: the stored records for other tools.

use crate::cmd::query::{DbArgs, FilterArgs};
use anyhow::Context;
use dyad_store::parquet::ParquetWriter;
use dyad_store::query::Filter;
use dyad_store::Store;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

/// Export formats.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One PLOVER JSON record per line, as `dyad code` writes them.
    PloverJsonl,
    /// CAMEO-coded tab-separated rows (GDELT-style tools).
    CameoTsv,
    /// Apache Parquet, one row per record (DuckDB, pandas, Spark).
    Parquet,
}

/// Flags.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    db: DbArgs,
    /// Which records (every record of the matching events; `--limit` and
    /// `--offset` are ignored).
    #[command(flatten)]
    filter: FilterArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::PloverJsonl)]
    format: Format,
    /// Write here instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Run the command.
pub fn run(args: Args) -> anyhow::Result<()> {
    let store = Store::open_reader(&args.db.db)?;
    let filter = Filter {
        actor: args.filter.actor.clone(),
        recipient: args.filter.recipient.clone(),
        category: args.filter.category.clone(),
        since: args.filter.since,
        until: args.filter.until,
        ..Filter::with_limit(1)
    };
    if args.format == Format::Parquet && args.output.is_none() && std::io::stdout().is_terminal() {
        anyhow::bail!(
            "Parquet is binary: give an output file with -o FILE, or redirect standard output"
        );
    }
    let sink: Box<dyn Write + Send> = match &args.output {
        Some(path) => {
            if path == &args.db.db {
                anyhow::bail!("the output {} is the database itself", path.display());
            }
            Box::new(std::io::BufWriter::new(
                std::fs::File::create(path)
                    .with_context(|| format!("creating {}", path.display()))?,
            ))
        }
        None => Box::new(std::io::BufWriter::new(std::io::stdout())),
    };
    let name = args
        .output
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "standard output".into());
    let n = match args.format {
        Format::PloverJsonl => {
            let mut out = sink;
            let n = store
                .for_each_mention(&filter, |m| {
                    out.write_all(m.json.as_bytes())?;
                    out.write_all(b"\n")
                })?
                .with_context(|| format!("writing {name}"))?;
            out.flush().with_context(|| format!("writing {name}"))?;
            n
        }
        Format::CameoTsv => {
            let mut out = sink;
            out.write_all(format!("{}\n", dyad_events::cameo::tsv_header()).as_bytes())?;
            let n = store
                .for_each_mention(&filter, |m| {
                    out.write_all(dyad_events::cameo::to_tsv_row(&m.event).as_bytes())?;
                    out.write_all(b"\n")
                })?
                .with_context(|| format!("writing {name}"))?;
            out.flush().with_context(|| format!("writing {name}"))?;
            n
        }
        Format::Parquet => {
            let mut writer = ParquetWriter::new(sink).with_context(|| format!("writing {name}"))?;
            store
                .for_each_mention(&filter, |m| writer.write(m.row))?
                .with_context(|| format!("writing {name}"))?;
            writer.finish().with_context(|| format!("writing {name}"))?
        }
    };
    crate::note!("dyad: {n} records exported to {name}");
    Ok(())
}
