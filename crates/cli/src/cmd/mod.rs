//! One module per subcommand: its flags (`Args`) and its `run`.

pub mod bench;
pub mod bench_queries;
pub mod bench_serve;
pub mod code;
pub mod eval_articles;
pub mod eval_geo;
pub mod eval_plover;
pub mod eval_polnear;
pub mod eval_syntax;
pub mod eval_timeml;
pub mod export;
pub mod ingest;
pub mod parse;
pub mod places;
pub mod query;
pub mod quotes;
pub mod serve;
pub mod time;
pub mod train_confidence;
pub mod train_syntax;
