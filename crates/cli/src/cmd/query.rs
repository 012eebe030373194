//! The store queries: `dyad events`, `search`, `actors`, `graph`,
//! `timeline`, `blocs`. Tables on a terminal, JSON otherwise (or as
//! `--format` says).

use crate::table::Table;
use chrono::NaiveDate;
use dyad_store::query::{Dyad, Filter, Period};
use dyad_store::Store;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

/// Output formats of the list queries.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns (the default on a terminal).
    Table,
    /// One JSON object per line (the default when piped).
    Json,
    /// Comma-separated values with a header.
    Csv,
}

/// Output formats of `dyad graph`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum GraphFormat {
    /// Aligned columns (the default on a terminal).
    Table,
    /// One JSON document with `nodes` and `edges` (the default when piped).
    Json,
    /// One row per dyad.
    Csv,
    /// Graphviz.
    Dot,
    /// GraphML (Gephi, yEd, NetworkX).
    Graphml,
}

/// Flags every query takes.
#[derive(clap::Args, Debug, Clone)]
pub struct DbArgs {
    /// The database written by `dyad ingest`.
    #[arg(long, value_name = "PATH", default_value = dyad_store::DEFAULT_DB)]
    pub db: PathBuf,
}

/// Flags that choose events.
#[derive(clap::Args, Debug, Clone)]
pub struct FilterArgs {
    /// Actor code (PRK, USA, ...).
    #[arg(long, value_name = "CODE")]
    pub actor: Option<String>,
    /// Recipient code.
    #[arg(long, value_name = "CODE")]
    pub recipient: Option<String>,
    /// PLOVER category (AID, ASSAULT, ...).
    #[arg(long, value_name = "CATEGORY")]
    pub category: Option<String>,
    /// Events on or after this day (their own date, else their first report).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<NaiveDate>,
    /// Events on or before this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub until: Option<NaiveDate>,
    /// Most rows.
    #[arg(long, value_name = "N", default_value_t = 50)]
    pub limit: usize,
    /// Rows skipped first (paging).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub offset: usize,
}

impl FilterArgs {
    fn filter(&self) -> Filter {
        Filter {
            actor: self.actor.clone(),
            recipient: self.recipient.clone(),
            either_direction: false,
            category: self.category.clone(),
            since: self.since,
            until: self.until,
            factual_only: false,
            limit: self.limit,
            offset: self.offset,
        }
    }
}

/// `dyad events` flags.
#[derive(clap::Args)]
pub struct EventsArgs {
    #[command(flatten)]
    db: DbArgs,
    #[command(flatten)]
    filter: FilterArgs,
    /// Only plain facts (no negated, hypothetical or future events).
    #[arg(long)]
    factual: bool,
    /// Evidence sentences shown per event.
    #[arg(long, value_name = "N", default_value_t = 3)]
    evidence: usize,
    /// Output format (default: table on a terminal, else json).
    #[arg(long, value_enum)]
    format: Option<Format>,
}

/// `dyad search` flags.
#[derive(clap::Args)]
pub struct SearchArgs {
    #[command(flatten)]
    db: DbArgs,
    /// Words that must all occur in a sentence ("KN-23", "Kim Jong-un
    /// Putin"); quotes make a phrase.
    query: String,
    /// Read the query as SQLite FTS5 syntax (OR, NOT, NEAR, prefix*).
    #[arg(long)]
    raw: bool,
    /// Most hits.
    #[arg(long, value_name = "N", default_value_t = 20)]
    limit: usize,
    /// Hits skipped first (paging).
    #[arg(long, value_name = "N", default_value_t = 0)]
    offset: usize,
    /// Output format (default: table on a terminal, else json).
    #[arg(long, value_enum)]
    format: Option<Format>,
}

/// `dyad actors` flags.
#[derive(clap::Args)]
pub struct ActorsArgs {
    #[command(flatten)]
    db: DbArgs,
    #[command(flatten)]
    filter: FilterArgs,
    /// Output format (default: table on a terminal, else json).
    #[arg(long, value_enum)]
    format: Option<Format>,
}

/// `dyad graph` flags.
#[derive(clap::Args)]
pub struct GraphArgs {
    #[command(flatten)]
    db: DbArgs,
    #[command(flatten)]
    filter: FilterArgs,
    /// Also count negated, hypothetical and future events (by default
    /// only plain facts make ties).
    #[arg(long)]
    all_modes: bool,
    /// Output format (default: table on a terminal, else json).
    #[arg(long, value_enum)]
    format: Option<GraphFormat>,
}

/// `dyad timeline` flags.
#[derive(clap::Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    db: DbArgs,
    #[command(flatten)]
    filter: FilterArgs,
    /// Period length.
    #[arg(long, value_enum, default_value_t = By::Month)]
    by: By,
    /// With `--actor` and `--recipient`: count both directions of the dyad.
    #[arg(long)]
    both_ways: bool,
    /// Output format (default: table on a terminal, else json).
    #[arg(long, value_enum)]
    format: Option<Format>,
}

/// `dyad blocs` flags.
#[derive(clap::Args)]
pub struct BlocsArgs {
    #[command(flatten)]
    db: DbArgs,
    /// Events on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    since: Option<NaiveDate>,
    /// Events on or before this day.
    #[arg(long, value_name = "YYYY-MM-DD")]
    until: Option<NaiveDate>,
    /// Camps period by period, with the actors that changed sides.
    #[arg(long, value_enum)]
    by: Option<By>,
    /// Output format (default: table on a terminal, else json).
    #[arg(long, value_enum)]
    format: Option<Format>,
}

/// Period lengths.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum By {
    /// Calendar days.
    Day,
    /// Weeks starting on Monday.
    Week,
    /// Calendar months.
    Month,
}

impl From<By> for Period {
    fn from(b: By) -> Period {
        match b {
            By::Day => Period::Day,
            By::Week => Period::Week,
            By::Month => Period::Month,
        }
    }
}

fn default_format(f: Option<Format>) -> Format {
    f.unwrap_or(if std::io::stdout().is_terminal() {
        Format::Table
    } else {
        Format::Json
    })
}

/// Readable name of an actor code ("PRK" → "North Korea"), or the code.
fn name(code: &str) -> String {
    dyad_actors::KnowledgeBase::builtin()
        .ok()
        .and_then(|kb| kb.country_name(code))
        .unwrap_or(code)
        .to_string()
}

fn json_lines<T: serde::Serialize>(rows: &[T]) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    for r in rows {
        serde_json::to_writer(&mut out, r)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_else(|| "—".into())
}

/// Run `dyad events`.
pub fn events(args: EventsArgs) -> anyhow::Result<()> {
    let store = Store::open_reader(&args.db.db)?;
    let mut filter = args.filter.filter();
    filter.factual_only = args.factual;
    let events = store.events(&filter, args.evidence)?;
    let format = default_format(args.format);
    if format == Format::Json {
        return json_lines(&events);
    }
    let mut t = Table::new(&[
        "id",
        "date",
        "actor",
        "event",
        "recipient",
        "modality",
        "mentions",
        "sources",
        "evidence",
    ]);
    for e in &events {
        let date = match (&e.date_first, &e.date_last) {
            (Some(a), Some(b)) if a != b => format!("{a}..{b}"),
            (Some(a), _) => a.clone(),
            _ => format!("({})", opt(&e.first_report)),
        };
        let evidence = e
            .evidence
            .iter()
            .map(|ev| {
                format!(
                    "{} [{} | {} | {}]",
                    ev.field("text"),
                    ev.entity_text("actor"),
                    ev.field("event_text"),
                    ev.entity_text("recipient")
                )
            })
            .collect::<Vec<_>>();
        t.row(vec![
            e.id.to_string(),
            date,
            opt(&e.actor_code),
            e.category.clone(),
            opt(&e.recipient_code),
            e.modality.clone(),
            e.mention_count.to_string(),
            e.source_count.to_string(),
            evidence.join(" ‖ "),
        ]);
    }
    t.print(format == Format::Csv)
}

/// Run `dyad search`.
pub fn search(args: SearchArgs) -> anyhow::Result<()> {
    let store = Store::open_reader(&args.db.db)?;
    let hits = store.search(&args.query, args.raw, args.limit, args.offset)?;
    let format = default_format(args.format);
    if format == Format::Json {
        return json_lines(&hits);
    }
    let mut t = Table::new(&["document", "date", "sentence", "events", "text"]);
    for h in &hits {
        t.row(vec![
            h.doc_id.clone(),
            opt(&h.date),
            h.sentence.to_string(),
            h.events.to_string(),
            h.text.clone(),
        ]);
    }
    t.print(format == Format::Csv)
}

/// Run `dyad actors`.
pub fn actors(args: ActorsArgs) -> anyhow::Result<()> {
    let store = Store::open_reader(&args.db.db)?;
    let rows = store.actors(&args.filter.filter())?;
    let format = default_format(args.format);
    if format == Format::Json {
        let named: Vec<serde_json::Value> = rows
            .iter()
            .map(|r| {
                let mut v = serde_json::to_value(r).unwrap_or_default();
                if let Some(o) = v.as_object_mut() {
                    o.insert("name".into(), name(&r.code).into());
                }
                v
            })
            .collect();
        return json_lines(&named);
    }
    let mut t = Table::new(&[
        "code",
        "name",
        "as actor",
        "as recipient",
        "mentions",
        "verbal coop",
        "material coop",
        "verbal conflict",
        "material conflict",
    ]);
    for r in &rows {
        t.row(vec![
            r.code.clone(),
            name(&r.code),
            r.as_actor.to_string(),
            r.as_recipient.to_string(),
            r.mentions.to_string(),
            r.quad[0].to_string(),
            r.quad[1].to_string(),
            r.quad[2].to_string(),
            r.quad[3].to_string(),
        ]);
    }
    t.print(format == Format::Csv)
}

/// Run `dyad graph`.
pub fn graph(args: GraphArgs) -> anyhow::Result<()> {
    let store = Store::open_reader(&args.db.db)?;
    let mut filter = args.filter.filter();
    filter.factual_only = !args.all_modes;
    let dyads = store.graph(&filter)?;
    let format = args.format.unwrap_or(if std::io::stdout().is_terminal() {
        GraphFormat::Table
    } else {
        GraphFormat::Json
    });
    let mut out = std::io::stdout().lock();
    match format {
        GraphFormat::Json => {
            let doc = serde_json::json!({
                "since": args.filter.since,
                "until": args.filter.until,
                "factual_only": !args.all_modes,
                "nodes": nodes(&dyads),
                "edges": dyads,
            });
            serde_json::to_writer_pretty(&mut out, &doc)?;
            out.write_all(b"\n")?;
        }
        GraphFormat::Dot => out.write_all(dot(&dyads).as_bytes())?,
        GraphFormat::Graphml => out.write_all(graphml(&dyads).as_bytes())?,
        GraphFormat::Table | GraphFormat::Csv => {
            let mut t = Table::new(&[
                "actor",
                "recipient",
                "events",
                "mentions",
                "verbal coop",
                "material coop",
                "verbal conflict",
                "material conflict",
                "score",
                "mean scale",
            ]);
            for d in &dyads {
                t.row(vec![
                    d.actor.clone(),
                    d.recipient.clone(),
                    d.events.to_string(),
                    d.mentions.to_string(),
                    d.quad[0].to_string(),
                    d.quad[1].to_string(),
                    d.quad[2].to_string(),
                    d.quad[3].to_string(),
                    format!("{:+.1}", d.score),
                    format!("{:+.2}", d.mean_scale),
                ]);
            }
            drop(out);
            return t.print(format == GraphFormat::Csv);
        }
    }
    out.flush()?;
    Ok(())
}

/// The nodes of a dyad list: code, name and mentions, busiest first.
fn nodes(dyads: &[Dyad]) -> Vec<serde_json::Value> {
    let mut weight: std::collections::BTreeMap<&str, i64> = std::collections::BTreeMap::new();
    for d in dyads {
        *weight.entry(&d.actor).or_default() += d.mentions;
        *weight.entry(&d.recipient).or_default() += d.mentions;
    }
    let mut list: Vec<(&str, i64)> = weight.into_iter().collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    list.into_iter()
        .map(|(code, mentions)| serde_json::json!({"code": code, "name": name(code), "mentions": mentions}))
        .collect()
}

/// Text escaped for XML and quoted DOT strings.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn dot(dyads: &[Dyad]) -> String {
    let mut s = String::from("digraph dyad {\n  node [shape=box];\n");
    for n in nodes(dyads) {
        let code = n["code"].as_str().unwrap_or("");
        let label = n["name"].as_str().unwrap_or(code);
        s.push_str(&format!(
            "  \"{}\" [label=\"{}\"];\n",
            escape(code),
            escape(label)
        ));
    }
    for d in dyads {
        let colour = if d.score >= 0.0 {
            "darkgreen"
        } else {
            "firebrick"
        };
        s.push_str(&format!(
            "  \"{}\" -> \"{}\" [label=\"{} ({:+.0})\", color={colour}, penwidth={:.1}];\n",
            escape(&d.actor),
            escape(&d.recipient),
            d.mentions,
            d.score,
            1.0 + (d.mentions as f64).ln_1p()
        ));
    }
    s.push_str("}\n");
    s
}

fn graphml(dyads: &[Dyad]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n\
  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n\
  <key id=\"events\" for=\"edge\" attr.name=\"events\" attr.type=\"long\"/>\n\
  <key id=\"mentions\" for=\"edge\" attr.name=\"mentions\" attr.type=\"long\"/>\n\
  <key id=\"q1\" for=\"edge\" attr.name=\"verbal_cooperation\" attr.type=\"long\"/>\n\
  <key id=\"q2\" for=\"edge\" attr.name=\"material_cooperation\" attr.type=\"long\"/>\n\
  <key id=\"q3\" for=\"edge\" attr.name=\"verbal_conflict\" attr.type=\"long\"/>\n\
  <key id=\"q4\" for=\"edge\" attr.name=\"material_conflict\" attr.type=\"long\"/>\n\
  <key id=\"score\" for=\"edge\" attr.name=\"score\" attr.type=\"double\"/>\n\
  <graph edgedefault=\"directed\">\n",
    );
    for n in nodes(dyads) {
        let code = n["code"].as_str().unwrap_or("");
        let label = n["name"].as_str().unwrap_or(code);
        s.push_str(&format!(
            "    <node id=\"{}\"><data key=\"name\">{}</data></node>\n",
            escape(code),
            escape(label)
        ));
    }
    for d in dyads {
        s.push_str(&format!(
            "    <edge source=\"{}\" target=\"{}\"><data key=\"events\">{}</data><data key=\"mentions\">{}</data><data key=\"q1\">{}</data><data key=\"q2\">{}</data><data key=\"q3\">{}</data><data key=\"q4\">{}</data><data key=\"score\">{}</data></edge>\n",
            escape(&d.actor), escape(&d.recipient), d.events, d.mentions, d.quad[0], d.quad[1], d.quad[2], d.quad[3], d.score
        ));
    }
    s.push_str("  </graph>\n</graphml>\n");
    s
}

/// Run `dyad timeline`.
pub fn timeline(args: TimelineArgs) -> anyhow::Result<()> {
    let store = Store::open_reader(&args.db.db)?;
    let mut filter = args.filter.filter();
    filter.either_direction = args.both_ways;
    let rows = store.timeline(&filter, args.by.into())?;
    let format = default_format(args.format);
    if format == Format::Json {
        return json_lines(&rows);
    }
    let mut t = Table::new(&[
        "period",
        "events",
        "verbal coop",
        "material coop",
        "verbal conflict",
        "material conflict",
        "score",
    ]);
    for r in &rows {
        t.row(vec![
            r.period.clone(),
            r.events.to_string(),
            r.quad[0].to_string(),
            r.quad[1].to_string(),
            r.quad[2].to_string(),
            r.quad[3].to_string(),
            format!("{:+.1}", r.score),
        ]);
    }
    t.print(format == Format::Csv)
}

/// Run `dyad blocs`.
pub fn blocs(args: BlocsArgs) -> anyhow::Result<()> {
    let store = Store::open_reader(&args.db.db)?;
    let filter = Filter {
        since: args.since,
        until: args.until,
        ..Filter::with_limit(1)
    };
    let periods = store.blocs(&filter, args.by.map(Period::from))?;
    let format = default_format(args.format);
    if format == Format::Json {
        return json_lines(&periods);
    }
    let mut t = Table::new(&["period", "camp", "actors", "balance", "changes"]);
    for p in &periods {
        let changes = p
            .changes
            .iter()
            .map(|m| {
                if m.from.is_empty() {
                    format!("{} joins {}", m.actor, m.to.join("+"))
                } else if m.to.is_empty() {
                    format!("{} leaves {}", m.actor, m.from.join("+"))
                } else {
                    format!("{}: {} → {}", m.actor, m.from.join("+"), m.to.join("+"))
                }
            })
            .collect::<Vec<_>>()
            .join("; ");
        for (i, camp) in p.partition.camps.iter().enumerate() {
            let names: Vec<String> = camp.iter().map(|c| format!("{c} ({})", name(c))).collect();
            t.row(vec![
                p.period.clone(),
                (i + 1).to_string(),
                names.join(", "),
                format!("{:.2}", p.partition.balance),
                if i == 0 {
                    changes.clone()
                } else {
                    String::new()
                },
            ]);
        }
        for v in &p.partition.violations {
            t.row(vec![
                p.period.clone(),
                "violates".into(),
                format!("{} – {} ({:+.1})", v.a, v.b, v.weight),
                String::new(),
                v.kind.to_string(),
            ]);
        }
    }
    t.print(format == Format::Csv)
}
