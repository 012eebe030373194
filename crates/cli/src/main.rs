//! `dyad`: political event data from news text.
//!
//! This binary only parses flags and wires the library crates together; all
//! real work lives in `dyad-read`, `dyad-text`, `dyad-syntax`, `dyad-actors`,
//! `dyad-time`, `dyad-quotes`, `dyad-events` and `dyad-store`.

/// Print a line on standard error, ignoring a failure to do so (a closed
/// or full stderr must never stop or crash a run).
macro_rules! note {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}
pub(crate) use note;

mod cmd;
mod input;
mod output;
mod pipeline;
mod table;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Political event data from news text.
#[derive(Parser)]
#[command(name = "dyad", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code PLOVER events from articles (the main job).
    Code(cmd::code::Args),
    /// Split, tag and parse articles; print CoNLL-U.
    Parse(cmd::parse::Args),
    /// Print the time expressions found in articles, with spans and values.
    Time(cmd::time::Args),
    /// Print quotations and attributions with their speakers, one JSON record each.
    Quotes(cmd::quotes::Args),
    /// Print place mentions resolved to coordinates, one JSON record each.
    Places(cmd::places::Args),
    /// Code articles and store them, deduplicated, in a database (default dyad.db).
    Ingest(cmd::ingest::Args),
    /// Stored events, with their evidence sentences.
    Events(cmd::query::EventsArgs),
    /// Full-text search of stored sentences.
    Search(cmd::query::SearchArgs),
    /// The most active actors in the store.
    Actors(cmd::query::ActorsArgs),
    /// The actor graph: dyads with counts per quad class and a cooperation-minus-conflict score.
    Graph(cmd::query::GraphArgs),
    /// Events per day, week or month for an actor or a dyad.
    Timeline(cmd::query::TimelineArgs),
    /// Camps of the signed actor graph (structural balance), period by period.
    Blocs(cmd::query::BlocsArgs),
    /// Export stored records: PLOVER JSON Lines, CAMEO TSV or Parquet.
    Export(cmd::export::Args),
    /// The explorer: serve the HTTP API and web page over a database (ingesting the given articles first).
    Serve(cmd::serve::Args),
    /// Train a model.
    #[command(subcommand)]
    Train(TrainCommand),
    /// Score a component on gold data.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Measure throughput of the pipeline on a corpus.
    Bench(cmd::bench::Args),
}

#[derive(Subcommand)]
enum TrainCommand {
    /// Train the tagger, lemmatizer and dependency parser on a UD treebank.
    Syntax(cmd::train_syntax::Args),
    /// Fit the event confidence model on whole-article gold.
    Confidence(cmd::train_confidence::Args),
}

#[derive(Subcommand)]
enum EvalCommand {
    /// UPOS accuracy, UAS and LAS on a CoNLL-U file (gold tokenization).
    Syntax(cmd::eval_syntax::Args),
    /// Event category and actor code accuracy on PLOVER gold records.
    Plover(cmd::eval_plover::Args),
    /// Precision and recall of the event coder on whole annotated articles.
    Articles(cmd::eval_articles::Args),
    /// TempEval-3 time expression measures on a directory of TimeML files.
    Timeml(cmd::eval_timeml::Args),
    /// Source, cue and content scores of the quote finder on PolNeAR.
    Polnear(cmd::eval_polnear::Args),
    /// Toponym recognition and resolution scores on TR-News or LGL.
    Geo(cmd::eval_geo::Args),
}

/// Exit status after SIGINT or SIGTERM stopped a run (128 + SIGINT).
const EXIT_INTERRUPTED: u8 = 130;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // SIGINT and SIGTERM stop a document run after the documents in hand,
    // with the summary so far; a second one, or one outside a run
    // (training, evaluation), ends the process at once.
    let _ = ctrlc::set_handler(|| {
        if pipeline::stop_requested() || !pipeline::running() {
            std::process::exit(i32::from(EXIT_INTERRUPTED));
        }
        pipeline::request_stop();
    });
    let result = match cli.command {
        Command::Code(a) => cmd::code::run(a),
        Command::Parse(a) => cmd::parse::run(a),
        Command::Time(a) => cmd::time::run(a),
        Command::Quotes(a) => cmd::quotes::run(a),
        Command::Places(a) => cmd::places::run(a),
        Command::Ingest(a) => cmd::ingest::run(a),
        Command::Events(a) => cmd::query::events(a),
        Command::Search(a) => cmd::query::search(a),
        Command::Actors(a) => cmd::query::actors(a),
        Command::Graph(a) => cmd::query::graph(a),
        Command::Timeline(a) => cmd::query::timeline(a),
        Command::Blocs(a) => cmd::query::blocs(a),
        Command::Export(a) => cmd::export::run(a),
        Command::Serve(a) => cmd::serve::run(a),
        Command::Train(TrainCommand::Syntax(a)) => cmd::train_syntax::run(a),
        Command::Train(TrainCommand::Confidence(a)) => cmd::train_confidence::run(a),
        Command::Eval(EvalCommand::Syntax(a)) => cmd::eval_syntax::run(a),
        Command::Eval(EvalCommand::Plover(a)) => cmd::eval_plover::run(a),
        Command::Eval(EvalCommand::Articles(a)) => cmd::eval_articles::run(a),
        Command::Eval(EvalCommand::Timeml(a)) => cmd::eval_timeml::run(a),
        Command::Eval(EvalCommand::Polnear(a)) => cmd::eval_polnear::run(a),
        Command::Eval(EvalCommand::Geo(a)) => cmd::eval_geo::run(a),
        Command::Bench(a) => cmd::bench::run(a),
    };
    match result {
        Ok(()) if pipeline::stop_requested() => ExitCode::from(EXIT_INTERRUPTED),
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // A closed pipe (`dyad code | head`) is not an error worth shouting about.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            note!("dyad: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
