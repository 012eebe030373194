//! End-to-end tests: run the `dyad` binary as a user would.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn dyad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = dyad()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dyad starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin)
        .expect("stdin accepts input");
    child.wait_with_output().expect("dyad finishes")
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dyad-e2e-{}-{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn parse_prints_conllu_trees_for_piped_text() {
    let out = run_with_stdin(
        &["parse", "--quiet", "-"],
        b"North Korea fired 23 missiles on Wednesday. Seoul responded.",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let rows: Vec<Vec<&str>> = text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
        .collect();
    assert!(rows.iter().all(|r| r.len() == 10), "ten CoNLL-U columns");
    let roots = rows.iter().filter(|r| r[6] == "0").count();
    assert_eq!(roots, 2, "one root per sentence:\n{text}");
    let fired = rows
        .iter()
        .find(|r| r[1] == "fired")
        .expect("token 'fired'");
    assert_eq!(fired[6], "0", "'fired' heads the first sentence");
}

#[test]
fn malformed_jsonl_record_is_reported_and_the_rest_is_processed() {
    let dir = temp_dir("malformed");
    let file = dir.join("news.jsonl");
    std::fs::write(
        &file,
        "{\"id\":\"a\",\"text\":\"Russia attacked Ukraine.\"}\n{not json\n{\"id\":\"c\",\"text\":\"Iran condemned Israel.\"}\n",
    )
    .expect("write");
    let out = dyad()
        .args(["parse", file.to_str().expect("utf-8 path")])
        .output()
        .expect("dyad runs");
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("news.jsonl:2"),
        "error names file and line: {stderr}"
    );
    assert!(
        stderr.contains("2 documents read, 1 skipped"),
        "summary: {stderr}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("# doc_id = a") && stdout.contains("# doc_id = c"));
}

#[test]
fn empty_input_is_not_an_error_and_says_so() {
    let dir = temp_dir("empty");
    let file = dir.join("empty.txt");
    std::fs::write(&file, "").expect("write");
    let out = dyad()
        .args(["code", file.to_str().expect("utf-8 path")])
        .output()
        .expect("dyad runs");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("0 documents read"), "summary: {stderr}");
}

#[test]
fn code_on_the_examples_gives_explainable_plover_records() {
    let out = dyad()
        .args(["code", "--quiet"])
        .arg(workspace().join("examples"))
        .output()
        .expect("dyad runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let events = json_lines(&out);
    assert!(!events.is_empty());
    for e in &events {
        for field in ["id", "date", "event", "actor", "recipient", "text"] {
            assert!(e.get(field).is_some(), "PLOVER field {field} in {e}");
        }
    }
    // PLOVER's actor, recipient and event fields are lists.
    let codes = |e: &serde_json::Value, field: &str| -> Vec<String> {
        e[field]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x["code"].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let has = |actor: &str, event: &str, recipient: &str| {
        events.iter().any(|e| {
            codes(e, "actor").iter().any(|c| c == actor)
                && e["event"]
                    .as_array()
                    .is_some_and(|v| v.iter().any(|x| x == event))
                && codes(e, "recipient").iter().any(|c| c == recipient)
        })
    };
    assert!(has("PRK", "AID", "RUS"), "PRK sends troops to RUS");
    assert!(has("PRK", "ACCUSE", "KOR"), "PRK accuses KOR");
    assert!(has("PRK", "THREATEN", "KOR"), "PRK threatens KOR");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("DayFR"), "no actor from page furniture");
}

#[test]
fn cameo_format_writes_a_header_and_tab_separated_rows() {
    let out = run_with_stdin(
        &[
            "code",
            "--quiet",
            "--format",
            "cameo",
            "--date",
            "2022-11-03",
            "-",
        ],
        b"North Korea fired 23 missiles at South Korea on Wednesday.",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    let header = lines.next().expect("header line");
    let columns = header.split('\t').count();
    assert!(columns > 3);
    for line in lines {
        assert_eq!(line.split('\t').count(), columns, "row shape: {line}");
    }
}

#[test]
fn time_resolves_expressions_against_the_given_date() {
    let out = run_with_stdin(
        &["time", "--quiet", "--json", "--date", "2022-11-03", "-"],
        b"North Korea fired 23 missiles on November 2. Seoul will respond next week.",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = json_lines(&out);
    let header = lines.first().expect("a document header");
    assert_eq!(header["date"], "2022-11-03");
    let values: Vec<&str> = lines[1..]
        .iter()
        .filter_map(|l| l["value"].as_str())
        .collect();
    assert!(values.contains(&"2022-11-02"), "{values:?}");
    assert!(
        !values.contains(&"23"),
        "a count of missiles is not a date: {values:?}"
    );
}

/// The JSON report of `dyad bench --stage STAGE` on one thread over the
/// examples.
fn bench_report(stage: &str) -> serde_json::Value {
    let out = dyad()
        .args(["bench", "--stage", stage, "--threads", "1", "--json", "-q"])
        .arg(workspace().join("examples"))
        .output()
        .expect("dyad runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    json_lines(&out).pop().expect("one report")
}

#[test]
fn bench_code_without_quotes_times_the_same_steps() {
    let report = bench_report("code-no-quotes");
    assert_eq!(report["stage"], "code-no-quotes");
    let steps = report["steps"]
        .as_array()
        .expect("steps, as for --stage code");
    assert_eq!(steps.len(), 3);
    assert!(
        report["documents"].as_u64().is_some_and(|n| n > 0),
        "{report}"
    );
}

#[test]
fn bench_code_reports_each_step_of_the_job() {
    let report = bench_report("code");
    let steps = report["steps"].as_array().expect("steps for --stage code");
    let names: Vec<&str> = steps.iter().filter_map(|s| s["step"].as_str()).collect();
    assert_eq!(
        names,
        [
            "split + tokenize",
            "tag + lemma + parse",
            "actors, places, time, quotes, events"
        ]
    );
    let share: f64 = steps.iter().filter_map(|s| s["share"].as_f64()).sum();
    assert!((share - 1.0).abs() < 1e-6, "shares add up to one: {share}");
    for s in steps {
        assert!(s["core_seconds"].as_f64().is_some_and(|x| x > 0.0), "{s}");
        assert!(
            s["sentences_per_core_second"]
                .as_f64()
                .is_some_and(|x| x > 0.0),
            "{s}"
        );
    }
}

#[test]
fn us_senators_are_legislators_only_during_their_terms() {
    // Rand Paul sits from 2011, Al Franken from 2009 to 2018-01-02; the
    // built-in knowledge base names both without any title in the text.
    let input = concat!(
        r#"{"id":"in","date":"2015-06-10","text":"Rand Paul criticized Al Franken over the surveillance bill."}"#,
        "\n",
        r#"{"id":"after","date":"2019-06-10","text":"Rand Paul criticized Al Franken over the surveillance bill."}"#,
        "\n",
        r#"{"id":"before","date":"2009-06-10","text":"Rand Paul criticized Al Franken over the surveillance bill."}"#,
        "\n",
        // A US namesake in Congress (Joaquin Castro) leaves a bare "Castro"
        // to the head of state.
        r#"{"id":"cuba","date":"2015-04-10","text":"Castro met Obama in Panama."}"#,
        "\n",
    );
    let out = run_with_stdin(&["code", "-", "--all", "-q"], input.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let events = json_lines(&out);
    let party = |doc: &str, field: &str, name: &str| -> (String, String, String) {
        events
            .iter()
            .filter(|e| e["doc_id"] == doc)
            .flat_map(|e| e[field].as_array().cloned().unwrap_or_default())
            .find(|a| a["entity_text"] == name)
            .map(|a| {
                let s = |k: &str| a[k].as_str().unwrap_or("-").to_string();
                (s("code"), s("sector"), s("identifier_id"))
            })
            .unwrap_or_else(|| panic!("{name} in {doc}: {events:?}"))
    };
    // (document, role, entity text) → (code, sector, identifier)
    let expected = [
        (
            ("in", "actor", "Rand Paul"),
            ("USA", "LEG", "person:rand-paul"),
        ),
        (
            ("in", "recipient", "Al Franken"),
            ("USA", "LEG", "person:al-franken"),
        ),
        (
            ("after", "actor", "Rand Paul"),
            ("USA", "LEG", "person:rand-paul"),
        ),
        (
            ("after", "recipient", "Al Franken"),
            ("USA", "ELI", "person:al-franken"),
        ),
        (
            ("before", "actor", "Rand Paul"),
            ("USA", "-", "person:rand-paul"),
        ),
        (
            ("cuba", "actor", "Castro"),
            ("CUB", "GOV", "person:raul-castro"),
        ),
    ];
    for ((doc, field, name), (c, sector, id)) in expected {
        assert_eq!(
            party(doc, field, name),
            (c.to_string(), sector.to_string(), id.to_string()),
            "{name} as {field} in {doc}"
        );
    }
}

#[test]
fn possible_acts_are_written_only_when_asked_for() {
    let text = b"Japan is weighing the possibility of supplying weapons to Taiwan. \
                 China sent warships to the strait on Monday.\n";
    let hypothetical = |v: &serde_json::Value| {
        v["aux_mode"]
            .as_array()
            .is_some_and(|m| m.iter().any(|x| x == "hypothetical"))
    };
    let default = json_lines(&run_with_stdin(
        &["code", "-", "-q", "--date", "2024-03-04"],
        text,
    ));
    assert!(!default.is_empty(), "the real act is written");
    assert!(!default.iter().any(hypothetical), "{default:?}");
    let asked = json_lines(&run_with_stdin(
        &["code", "-", "-q", "--date", "2024-03-04", "--hypothetical"],
        text,
    ));
    assert!(asked.iter().any(hypothetical), "{asked:?}");
    assert_eq!(asked.len(), default.len() + 1, "{asked:?}");
}
