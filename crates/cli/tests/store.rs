//! End-to-end tests of the event store: `dyad ingest` and the queries, run
//! as a user would run them.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn dyad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dyad-store-{}-{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn run(args: &[&str]) -> Output {
    dyad().args(args).output().expect("dyad runs")
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "dyad failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn json_lines(s: &str) -> Vec<serde_json::Value> {
    s.lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect()
}

#[test]
fn the_seed_articles_make_a_graph_with_two_camps() {
    let dir = temp_dir("seeds");
    let db = dir.join("seeds.db");
    let db = db.to_str().expect("utf-8 path");
    let ex = examples();
    let ex = ex.to_str().expect("utf-8 path");
    let first = run(&["ingest", ex, "--db", db]);
    ok(&first);
    let again = run(&["ingest", ex, "--db", db]);
    ok(&again);
    let summary = String::from_utf8_lossy(&again.stderr);
    assert!(summary.contains("0 new"), "{summary}");
    assert!(summary.contains("2 already stored"), "{summary}");

    let graph: serde_json::Value =
        serde_json::from_str(&ok(&run(&["graph", "--db", db, "--format", "json"]))).expect("JSON");
    let score = |a: &str, r: &str| {
        graph["edges"]
            .as_array()
            .expect("edges")
            .iter()
            .find(|e| e["actor"] == a && e["recipient"] == r)
            .and_then(|e| e["score"].as_f64())
    };
    assert!(score("PRK", "RUS").is_some_and(|s| s > 0.0), "{graph}");
    assert!(score("PRK", "KOR").is_some_and(|s| s < 0.0), "{graph}");
    assert!(graph["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .any(|n| n["code"] == "PRK" && n["name"] == "North Korea"));

    let events = json_lines(&ok(&run(&[
        "events", "--db", db, "--actor", "PRK", "--format", "json",
    ])));
    assert!(!events.is_empty());
    for e in &events {
        assert_eq!(e["actor_code"], "PRK");
        let evidence = e["evidence"].as_array().expect("evidence");
        assert!(!evidence.is_empty());
        assert!(!evidence[0]["record"]["text"]
            .as_str()
            .unwrap_or("")
            .is_empty());
    }
    assert!(events
        .iter()
        .any(|e| e["category"] == "AID" && e["recipient_code"] == "RUS"));

    let blocs = json_lines(&ok(&run(&["blocs", "--db", db, "--format", "json"])));
    let camps = blocs[0]["partition"]["camps"].as_array().expect("camps");
    let camp_of = |code: &str| {
        camps
            .iter()
            .position(|c| c.as_array().is_some_and(|c| c.iter().any(|x| x == code)))
    };
    assert!(camp_of("PRK").is_some());
    assert_eq!(camp_of("PRK"), camp_of("RUS"));
    assert!(camp_of("KOR").is_some());
    assert_ne!(camp_of("PRK"), camp_of("KOR"));

    // Table output, search and exports answer too.
    let table = ok(&run(&["actors", "--db", db, "--format", "table"]));
    assert!(table.contains("North Korea"), "{table}");
    let hits = json_lines(&ok(&run(&[
        "search",
        "--db",
        db,
        "Kim Yo-jong",
        "--format",
        "json",
    ])));
    assert!(hits
        .iter()
        .all(|h| h["text"].as_str().unwrap_or("").contains("Kim Yo-jong")));
    assert!(!hits.is_empty());
    let exported = ok(&run(&["export", "--db", db]));
    let coded = ok(&run(&["code", "-q", ex]));
    assert_eq!(exported.lines().count(), coded.lines().count());
    let _ = std::fs::remove_dir_all(&dir);
}

const STORY: &str =
    "Pyongyang fired a ballistic missile toward Japan on Tuesday, officials in Tokyo said. \
The launch was the fifth this month. Japan's defence ministry said the missile flew over the \
northern island of Hokkaido before falling into the Pacific Ocean about 3,000 kilometres east \
of the coast. Residents were told to take shelter and trains were briefly halted. The prime \
minister called the test reckless and said his government would consult closely with its allies.";

#[test]
fn one_story_from_three_outlets_is_one_event_with_three_mentions() {
    let dir = temp_dir("outlets");
    let input = dir.join("three.jsonl");
    let versions = [
        ("wire.example", STORY.to_string()),
        (
            "daily.example",
            STORY.replace("Residents were told", "Some residents were told"),
        ),
        (
            "times.example",
            STORY.replace(
                "The launch was the fifth this month. ",
                "It was the fifth launch this month. ",
            ),
        ),
    ];
    let mut f = std::fs::File::create(&input).expect("create");
    for (i, (source, text)) in versions.iter().enumerate() {
        let rec = serde_json::json!({"id": format!("story-{i}"), "source": source,
            "url": format!("https://{source}/news/{i}"), "date": "2022-10-04", "text": text});
        writeln!(f, "{rec}").expect("write");
    }
    drop(f);
    let db = dir.join("o.db");
    let out = run(&[
        "ingest",
        input.to_str().expect("path"),
        "--db",
        db.to_str().expect("path"),
    ]);
    ok(&out);
    let summary = String::from_utf8_lossy(&out.stderr);
    assert!(summary.contains("3 new (2 near duplicates"), "{summary}");
    let events = json_lines(&ok(&run(&[
        "events",
        "--db",
        db.to_str().expect("path"),
        "--actor",
        "PRK",
        "--recipient",
        "JPN",
        "--format",
        "json",
    ])));
    let launch: Vec<&serde_json::Value> = events
        .iter()
        .filter(|e| e["category"] == "ASSAULT")
        .collect();
    assert_eq!(launch.len(), 1, "{events:?}");
    assert_eq!(launch[0]["mention_count"], 3);
    assert_eq!(launch[0]["source_count"], 3);
    assert_eq!(launch[0]["story_count"], 1);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Articles of our own making, enough for an ingest to take a few seconds.
fn write_corpus(path: &Path, n: usize) {
    let pairs = [
        ("Russia", "Ukraine"),
        ("North Korea", "South Korea"),
        ("China", "Taiwan"),
        ("Israel", "Iran"),
        ("India", "Pakistan"),
    ];
    let mut f = std::fs::File::create(path).expect("create");
    for i in 0..n {
        let (a, b) = pairs[i % pairs.len()];
        let text = format!(
            "{a} accused {b} of violating the agreement for the {i}th time on Monday. \
             The foreign minister of {a} met the ambassador of {b} in Geneva. \
             {b} rejected the accusation and threatened to expel {a}'s diplomats. \
             Officials said talks would resume in {} days. \
             {a} sent {} tonnes of food aid to {b} after the floods.",
            i % 17 + 2,
            i * 3 + 10
        );
        let day = i % 28 + 1;
        let rec = serde_json::json!({"id": format!("doc-{i}"), "date": format!("2023-03-{day:02}"),
            "source": format!("outlet{}.example", i % 4), "text": text});
        writeln!(f, "{rec}").expect("write");
    }
}

/// Every stored row, table by table, in a comparable form.
fn dump(db: &Path) -> Vec<String> {
    let c = rusqlite::Connection::open(db).expect("open");
    let mut out = Vec::new();
    for table in [
        "documents",
        "doc_bands",
        "sentences",
        "events",
        "event_docs",
        "mentions",
        "quotes",
    ] {
        let mut stmt = c
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2, 3"))
            .expect("select");
        let cols = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let mut s = format!("{table}:");
                for i in 0..cols {
                    let v: rusqlite::types::Value = r.get(i)?;
                    s.push_str(&format!("{v:?}|"));
                }
                Ok(s)
            })
            .expect("rows");
        for r in rows {
            out.push(r.expect("row"));
        }
    }
    let hits: Vec<i64> = c
        .prepare(
            "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'accused' ORDER BY rowid",
        )
        .expect("fts")
        .query_map([], |r| r.get(0))
        .expect("rows")
        .map(|r| r.expect("row"))
        .collect();
    out.push(format!("fts:{hits:?}"));
    out
}

fn stored_documents(db: &Path) -> i64 {
    rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|c| c.query_row("SELECT count(*) FROM documents", [], |r| r.get(0)))
        .unwrap_or(0)
}

#[test]
fn an_ingest_killed_halfway_resumes_to_the_same_database() {
    let dir = temp_dir("kill");
    let corpus = dir.join("corpus.jsonl");
    let n = 600;
    write_corpus(&corpus, n);
    let corpus = corpus.to_str().expect("path");
    let whole = dir.join("whole.db");
    ok(&run(&[
        "ingest",
        corpus,
        "--db",
        whole.to_str().expect("path"),
        "-q",
        "--beam",
        "1",
    ]));
    assert_eq!(stored_documents(&whole), n as i64);

    let killed = dir.join("killed.db");
    let killed_s = killed.to_str().expect("path");
    let mut child = dyad()
        .args(["ingest", corpus, "--db", killed_s, "-q", "--beam", "1"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts");
    let start = Instant::now();
    let mut seen = 0;
    while start.elapsed() < Duration::from_secs(120) {
        seen = stored_documents(&killed);
        if seen > 0 {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().expect("SIGKILL");
    let _ = child.wait();
    let at_kill = stored_documents(&killed);
    assert!(seen > 0, "nothing was committed before the kill");
    assert!(
        at_kill < n as i64,
        "the ingest finished before it could be killed ({at_kill} documents)"
    );
    let resumed = run(&["ingest", corpus, "--db", killed_s, "--beam", "1"]);
    ok(&resumed);
    let summary = String::from_utf8_lossy(&resumed.stderr);
    assert!(
        summary.contains(&format!("{} new", n as i64 - at_kill)),
        "{summary}"
    );
    assert_eq!(dump(&whole), dump(&killed));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_second_writer_a_corrupt_file_and_an_input_directory_get_clear_errors() {
    let dir = temp_dir("errors");
    let db = dir.join("w.db");
    let db_s = db.to_str().expect("path");
    // A first writer waiting on its standard input holds the database.
    let mut first = dyad()
        .args(["ingest", "-", "--db", db_s, "-q"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let start = Instant::now();
    while !db.exists() && start.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(10));
    }
    std::thread::sleep(Duration::from_millis(300));
    let second = run(&["ingest", examples().to_str().expect("path"), "--db", db_s]);
    assert!(!second.status.success());
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(err.contains("another dyad process"), "{err}");
    first
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"North Korea fired a missile at Japan on Tuesday.\n")
        .expect("write");
    let out = first.wait_with_output().expect("finishes");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stored_documents(&db), 1);

    // A file that is not a database is left as it was.
    let junk = dir.join("junk.db");
    std::fs::write(
        &junk,
        b"this is not a database, just some text in a file\n".repeat(200),
    )
    .expect("write");
    let before = std::fs::read(&junk).expect("read");
    let out = run(&[
        "ingest",
        examples().to_str().expect("path"),
        "--db",
        junk.to_str().expect("path"),
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a dyad database"), "{err}");
    assert_eq!(std::fs::read(&junk).expect("read"), before);
    let out = run(&["events", "--db", junk.to_str().expect("path")]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a dyad database"));

    // A query on a database that does not exist says how to make one.
    let out = run(&["graph", "--db", dir.join("none.db").to_str().expect("path")]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("dyad ingest"));
    assert!(!dir.join("none.db").exists());

    // The database inside an input directory would be read as input.
    let out = run(&["ingest", dir.to_str().expect("path"), "--db", db_s]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("inside the input directory"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn parquet_export_reads_back() {
    let dir = temp_dir("parquet");
    let db = dir.join("p.db");
    let db_s = db.to_str().expect("path");
    ok(&run(&[
        "ingest",
        examples().to_str().expect("path"),
        "--db",
        db_s,
        "-q",
    ]));
    let file = dir.join("events.parquet");
    ok(&run(&[
        "export",
        "--db",
        db_s,
        "--format",
        "parquet",
        "-o",
        file.to_str().expect("path"),
    ]));
    let jsonl = ok(&run(&["export", "--db", db_s]));
    let reader =
        parquet::file::reader::SerializedFileReader::new(std::fs::File::open(&file).expect("open"))
            .expect("a Parquet file");
    use parquet::file::reader::FileReader;
    let rows: Vec<_> = reader
        .get_row_iter(None)
        .expect("rows")
        .map(|r| r.expect("row"))
        .collect();
    assert_eq!(rows.len(), jsonl.lines().count());
    let first: serde_json::Value =
        serde_json::from_str(jsonl.lines().next().expect("a record")).expect("JSON");
    let text = rows[0].to_string();
    assert!(text.contains(first["id"].as_str().expect("id")), "{text}");
    let tsv = ok(&run(&["export", "--db", db_s, "--format", "cameo-tsv"]));
    assert_eq!(tsv.lines().count(), rows.len() + 1);
    let _ = std::fs::remove_dir_all(&dir);
}
