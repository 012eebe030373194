//! End-to-end tests of `dyad places`, event locations in `dyad code`, and
//! `dyad eval geo` (the last skips when `../shared` is absent).

use std::path::{Path, PathBuf};
use std::process::Command;

fn dyad() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn json_lines(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

#[test]
fn the_seed_meetings_are_located_in_singapore_and_hanoi_and_not_coded_as_recipients() {
    let out = dyad()
        .args(["code", "--quiet"])
        .arg(workspace().join("examples/003_fe00a4d5a62e005b.txt"))
        .output()
        .expect("dyad runs");
    assert!(out.status.success());
    let records = json_lines(&out.stdout);
    let meeting = records
        .iter()
        .find(|r| {
            r["text"]
                .as_str()
                .is_some_and(|t| t.contains("in Singapore and Hanoi"))
        })
        .expect("the 2018 meetings are coded");
    let places: Vec<&str> = meeting["event_loc"]
        .as_array()
        .expect("event_loc")
        .iter()
        .filter_map(|l| l["resolved_place"].as_str())
        .collect();
    assert_eq!(places, ["Singapore", "Hanoi"]);
    assert_eq!(meeting["location_source"], "predicate");
    assert_eq!(meeting["event_loc"][1]["country_code"], "VNM");
    for r in &records {
        for rcp in r["recipient"].as_array().into_iter().flatten() {
            let text = rcp["entity_text"].as_str().unwrap_or("");
            assert!(text != "Singapore" && text != "Hanoi", "{r}");
        }
    }
}

#[test]
fn the_seoul_of_a_research_center_locates_the_researcher_not_an_event() {
    let out = dyad()
        .args(["code", "--quiet", "--all"])
        .arg(workspace().join("examples/000_ac8235621096dcab.txt"))
        .output()
        .expect("dyad runs");
    assert!(out.status.success());
    for r in json_lines(&out.stdout) {
        for l in r["event_loc"].as_array().into_iter().flatten() {
            let at = l["span"]["start"].as_u64().unwrap_or(0);
            let text = r["text"].as_str().unwrap_or("");
            assert!(
                !(text.contains("Research Center in Seoul") && l["resolved_place"] == "Seoul"),
                "an event located by a noun modifier: {r} at {at}"
            );
        }
    }
}

#[test]
fn places_prints_resolved_places_with_spans_and_user_places_are_added() {
    let dir = std::env::temp_dir().join(format!("dyad-places-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let article = dir.join("a.txt");
    std::fs::write(
        &article,
        "Fighting broke out near Camp Zulu and in Aleppo on Monday, officials in Damascus said.",
    )
    .expect("write");
    let extra = dir.join("places.tsv");
    std::fs::write(
        &extra,
        "name\tcountry\tlat\tlon\nCamp Zulu\tSYR\t35.0\t38.0\n",
    )
    .expect("write");
    let out = dyad()
        .args(["places", "--quiet", "--places"])
        .arg(&extra)
        .arg(&article)
        .output()
        .expect("dyad runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&article).expect("read");
    let records = json_lines(&out.stdout);
    let names: Vec<&str> = records.iter().filter_map(|r| r["name"].as_str()).collect();
    assert_eq!(names, ["Camp Zulu", "Aleppo", "Damascus"], "{records:?}");
    for r in &records {
        let (s, e) = (
            r["span"]["start"].as_u64().expect("start") as usize,
            r["span"]["end"].as_u64().expect("end") as usize,
        );
        assert_eq!(&text[s..e], r["text"].as_str().expect("text"));
        assert_eq!(r["country"], "SYR");
    }
    // A broken place file is an error naming the file, not a silent skip.
    std::fs::write(&extra, "name\tcountry\tlat\tlon\nX\tSYR\tnorth\t38\n").expect("write");
    let out = dyad()
        .args(["places", "--quiet", "--places"])
        .arg(&extra)
        .arg(&article)
        .output()
        .expect("dyad runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("places.tsv"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn eval_geo_scores_tr_news_at_the_issue_floor() {
    let gold = workspace().join("../shared/data/geo/TR-News.xml");
    if !gold.exists() {
        eprintln!("skipped: {} is absent", gold.display());
        return;
    }
    let out = dyad()
        .args(["eval", "geo", "--json"])
        .arg(&gold)
        .output()
        .expect("dyad runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(v["articles"], 118);
    assert_eq!(v["gold"], 1319);
    // Floors a little under today's figures, so a regression fails.
    assert!(v["overlap"]["f1"].as_f64().unwrap_or(0.0) >= 83.0, "{v}");
    assert!(v["accuracy_161km"].as_f64().unwrap_or(0.0) >= 85.0, "{v}");
    assert!(v["country_accuracy"].as_f64().unwrap_or(0.0) >= 93.0, "{v}");
}
