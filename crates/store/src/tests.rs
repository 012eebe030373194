//! Store tests on documents and records of our own (no language
//! processing: the records are written as the coder would write them).

use crate::query::Filter;
use crate::{Added, PreparedDocument, Store, StoreError};
use dyad_core::Document;
use dyad_events::Event;
use std::path::{Path, PathBuf};

/// A PLOVER record as the coder writes it.
fn record(doc: &str, sentence: usize, actor: &str, category: &str, recipient: &str) -> Event {
    let quad = match category {
        "AID" | "COOPERATE" => (2, 7.0),
        "ACCUSE" | "THREATEN" => (3, -4.0),
        _ => (4, -9.0),
    };
    let entity = |code: &str| {
        serde_json::json!({"code": code, "sector": "GOV", "entity_text": code,
            "span": {"start": 0, "end": 3}, "resolution": "name"})
    };
    let recipients = if recipient.is_empty() {
        serde_json::json!([])
    } else {
        serde_json::json!([entity(recipient)])
    };
    serde_json::from_value(serde_json::json!({
        "id": format!("{doc}-{sentence}-0"), "has_event": true, "date": null,
        "actor": [entity(actor)], "recipient": recipients, "event": [category],
        "event_text": ["fired"], "quad_code": quad.0, "event_scale": quad.1, "mode": [],
        "context": [], "text": "North Korea fired missiles at South Korea.", "coder": "test",
        "doc_id": doc, "sentence": sentence, "date_source": "document",
        "trigger_span": {"start": 12, "end": 17}, "actor_span": null, "recipient_span": null,
        "pattern": "test", "aux_mode": [], "confidence": 0.9, "quad": "material conflict"
    }))
    .expect("a valid record")
}

const STORY: &str = "North Korea fired at least 23 missiles on Wednesday, the most it has \
    launched in a single day, and one landed less than 60 km off the coast of the South, which \
    responded with missile launches of its own. The barrage came hours after Pyongyang demanded \
    that the United States and South Korea stop large-scale military drills, saying they were \
    aggressive and provocative. Officials in Seoul said the launch was unprecedented and called \
    an emergency meeting of the national security council.";

fn doc(id: &str, text: &str, date: &str, source: &str) -> Document {
    let mut d = Document::new(id, text);
    d.date = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
    d.source = Some(source.to_string());
    d.url = Some(format!("https://{source}/{id}"));
    // The whole text as one sentence is enough here.
    d.sentences = vec![dyad_core::Sentence {
        span: dyad_core::Span::new(0, text.len()),
        ..dyad_core::Sentence::default()
    }];
    d
}

fn prepared(d: &Document, events: Vec<Event>) -> PreparedDocument {
    PreparedDocument::new(d, events, Vec::new())
}

fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("t.db");
    (dir, path)
}

#[test]
fn three_outlets_with_small_edits_make_one_event_with_three_mentions() {
    let (_dir, path) = temp_db();
    let mut store = Store::open_writer(&path).expect("opens");
    let versions = [
        (STORY.to_string(), "wire.example"),
        (
            STORY.replace("Wednesday", "Wednesday morning"),
            "daily.example",
        ),
        (
            format!(
                "SEOUL (Reuters) - {}",
                STORY.replace("Officials in Seoul", "South Korean officials")
            ),
            "news.example",
        ),
    ];
    let mut near = 0;
    for (i, (text, source)) in versions.iter().enumerate() {
        let id = format!("d{i}");
        let d = doc(&id, text, "2022-11-02", source);
        match store
            .add(&prepared(&d, vec![record(&id, 0, "PRK", "ASSAULT", "KOR")]))
            .expect("stored")
        {
            Added::New {
                near_duplicate_of, ..
            } => near += usize::from(near_duplicate_of.is_some()),
            Added::Duplicate(d) => panic!("not an exact duplicate: {d:?}"),
        }
    }
    assert_eq!(near, 2, "the two edited copies are linked to the first");
    let events = store.events(&Filter::with_limit(10), 5).expect("query");
    assert_eq!(events.len(), 1);
    let e = &events[0];
    assert_eq!(
        (e.mention_count, e.doc_count, e.story_count, e.source_count),
        (3, 3, 1, 3)
    );
    assert_eq!(e.evidence.len(), 3);
}

#[test]
fn the_same_article_twice_is_stored_once_by_content_or_url() {
    let (_dir, path) = temp_db();
    let mut store = Store::open_writer(&path).expect("opens");
    let d = doc("a", STORY, "2022-11-02", "wire.example");
    let ev = vec![record("a", 0, "PRK", "ASSAULT", "KOR")];
    assert!(matches!(
        store.add(&prepared(&d, ev.clone())),
        Ok(Added::New { .. })
    ));
    let mut spaced = d.clone();
    spaced.text = format!("  {}\n", STORY.replace(". ", ".\n\n"));
    spaced.url = None;
    assert!(matches!(
        store.add(&prepared(&spaced, ev.clone())),
        Ok(Added::Duplicate(crate::ingest::Duplicate::SameContent))
    ));
    let mut updated = d.clone();
    updated.text = "An updated version of the page.".into();
    updated.url = Some("https://wire.example/a/#comments".into());
    assert!(matches!(
        store.add(&prepared(&updated, ev)),
        Ok(Added::Duplicate(crate::ingest::Duplicate::SameUrl))
    ));
    let counts = store.counts().expect("counts");
    assert_eq!(
        (counts.documents, counts.mentions, counts.events),
        (1, 1, 1)
    );
}

#[test]
fn different_dates_modalities_or_dyads_stay_different_events() {
    let (_dir, path) = temp_db();
    let mut store = Store::open_writer(&path).expect("opens");
    let mut n = 0;
    let mut add = |date: &str, ev: Event| {
        n += 1;
        let d = doc(
            &format!("x{n}"),
            &format!("Story number {n}."),
            date,
            "a.example",
        );
        store.add(&prepared(&d, vec![ev])).expect("stored");
    };
    add("2022-11-02", record("x1", 0, "PRK", "ASSAULT", "KOR"));
    // Within the window: the same event reported the next day.
    add("2022-11-03", record("x2", 0, "PRK", "ASSAULT", "KOR"));
    // A week later: another attack.
    add("2022-11-09", record("x3", 0, "PRK", "ASSAULT", "KOR"));
    // The other direction.
    add("2022-11-02", record("x4", 0, "KOR", "ASSAULT", "PRK"));
    // Denied: not the same event as the attack.
    let mut denied = record("x5", 0, "PRK", "ASSAULT", "KOR");
    denied.aux_mode = vec!["negation".into()];
    add("2022-11-02", denied);
    let events = store.events(&Filter::with_limit(10), 1).expect("query");
    assert_eq!(events.len(), 4);
    let merged: Vec<i64> = events.iter().map(|e| e.mention_count).collect();
    assert_eq!(merged.iter().sum::<i64>(), 5);
    assert!(merged.contains(&2));
}

#[test]
fn graph_actors_timeline_search_and_blocs_answer() {
    let (_dir, path) = temp_db();
    let mut store = Store::open_writer(&path).expect("opens");
    let rows = [
        ("PRK", "AID", "RUS", "2024-10-18"),
        ("PRK", "AID", "RUS", "2024-10-25"),
        ("PRK", "THREATEN", "KOR", "2024-10-12"),
        ("KOR", "COOPERATE", "USA", "2024-10-20"),
        ("RUS", "ASSAULT", "UKR", "2024-10-21"),
    ];
    for (i, (a, c, r, date)) in rows.iter().enumerate() {
        let id = format!("s{i}");
        let d = doc(
            &id,
            &format!("Sentence about the KN-23 number {i}."),
            date,
            "b.example",
        );
        store
            .add(&prepared(&d, vec![record(&id, 0, a, c, r)]))
            .expect("stored");
    }
    let graph = store.graph(&Filter::with_limit(10)).expect("graph");
    let dyad = |a: &str, r: &str| graph.iter().find(|d| d.actor == a && d.recipient == r);
    assert!(dyad("PRK", "RUS").is_some_and(|d| d.score > 0.0 && d.mentions == 2));
    assert!(dyad("PRK", "KOR").is_some_and(|d| d.score < 0.0 && d.quad[2] == 1));
    let actors = store.actors(&Filter::with_limit(10)).expect("actors");
    assert_eq!(actors[0].code, "PRK");
    let since = Filter {
        actor: Some("prk".into()),
        since: chrono::NaiveDate::from_ymd_opt(2024, 10, 15),
        ..Filter::with_limit(10)
    };
    assert_eq!(store.events(&since, 1).expect("events").len(), 2);
    let weeks = store
        .timeline(
            &Filter {
                actor: Some("PRK".into()),
                ..Filter::with_limit(10)
            },
            crate::query::Period::Week,
        )
        .expect("timeline");
    assert_eq!(weeks.len(), 3);
    let hits = store.search("KN-23 number", false, 10, 0).expect("search");
    assert_eq!(hits.len(), 5);
    assert!(hits[0].text.contains("KN-23"));
    assert_eq!(hits[0].events, 1);
    assert!(store
        .search("Pyongyang", false, 10, 0)
        .expect("search")
        .is_empty());
    let blocs = store.blocs(&Filter::with_limit(1), None).expect("blocs");
    let camps = &blocs[0].partition.camps;
    let camp_of = |c: &str| camps.iter().position(|camp| camp.iter().any(|x| x == c));
    assert_eq!(camp_of("PRK"), camp_of("RUS"));
    assert_ne!(camp_of("PRK"), camp_of("KOR"));
}

#[test]
fn a_full_disk_rolls_back_the_batch_and_keeps_what_was_stored() {
    let (_dir, path) = temp_db();
    let mut store = Store::open_writer(&path).expect("opens");
    let first = doc("first", STORY, "2022-11-02", "a.example");
    store
        .add(&prepared(
            &first,
            vec![record("first", 0, "PRK", "ASSAULT", "KOR")],
        ))
        .expect("stored");
    let pages: i64 = store
        .conn()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .expect("pages");
    store.set_max_pages(pages as u64 + 2).expect("limit");
    store.begin().expect("batch");
    let mut failure = None;
    for i in 0..200 {
        let id = format!("big{i}");
        let d = doc(
            &id,
            &format!("{} {}", "word ".repeat(2000), i),
            "2022-11-03",
            "a.example",
        );
        if let Err(e) = store.add(&prepared(&d, vec![record(&id, 0, "KOR", "AID", "UKR")])) {
            failure = Some(e);
            break;
        }
    }
    let err = failure.expect("the disk filled up");
    assert!(matches!(err, StoreError::Full(_)), "{err}");
    assert!(err.to_string().contains("intact"));
    store.rollback();
    drop(store);
    let reader = Store::open_reader(&path).expect("still a database");
    let counts = reader.counts().expect("counts");
    assert_eq!((counts.documents, counts.mentions), (1, 1));
}

#[test]
fn a_second_writer_is_refused_and_readers_go_on() {
    let (_dir, path) = temp_db();
    let _writer = Store::open_writer(&path).expect("opens");
    match Store::open_writer(&path) {
        Err(StoreError::Locked(_)) => {}
        Err(other) => panic!("wrong error: {other}"),
        Ok(_) => panic!("two writers"),
    }
    assert!(Store::open_reader(&path).is_ok());
}

#[test]
fn foreign_corrupt_newer_and_missing_files_are_refused_untouched() {
    let dir = tempfile::tempdir().expect("a temp dir");
    // Not SQLite at all.
    let junk = dir.path().join("junk.db");
    let bytes: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&junk, &bytes).expect("write");
    for result in [
        Store::open_writer(&junk).err(),
        Store::open_reader(&junk).err(),
    ] {
        let e = result.expect("refused");
        assert!(matches!(e, StoreError::NotADatabase(..)), "{e}");
    }
    assert_eq!(
        std::fs::read(&junk).expect("read"),
        bytes,
        "the file is untouched"
    );
    // Another program's SQLite database.
    let foreign = dir.path().join("foreign.db");
    {
        let c = rusqlite::Connection::open(&foreign).expect("sqlite");
        c.execute_batch("CREATE TABLE customers (id INTEGER); INSERT INTO customers VALUES (1);")
            .expect("create");
    }
    let e = Store::open_writer(&foreign).err().expect("refused");
    assert!(matches!(e, StoreError::Foreign(_)), "{e}");
    let c = rusqlite::Connection::open(&foreign).expect("sqlite");
    let n: i64 = c
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
        .expect("n");
    assert_eq!(n, 1, "no dyad table was added");
    // A database from a newer dyad.
    let newer = dir.path().join("newer.db");
    drop(Store::open_writer(&newer).expect("creates"));
    {
        let c = rusqlite::Connection::open(&newer).expect("sqlite");
        c.execute_batch("PRAGMA user_version = 99").expect("bump");
    }
    let e = Store::open_reader(&newer).err().expect("refused");
    assert!(e.to_string().contains("newer dyad"), "{e}");
    // Missing, a directory, a directory that does not exist.
    assert!(matches!(
        Store::open_reader(&dir.path().join("none.db")),
        Err(StoreError::Missing(_))
    ));
    assert!(matches!(
        Store::open_writer(dir.path()),
        Err(StoreError::NotAFile(_))
    ));
    let e = Store::open_writer(&dir.path().join("no/such/dir/x.db"))
        .err()
        .expect("refused");
    assert!(e.to_string().contains("cannot open"), "{e}");
}

#[test]
fn a_read_only_file_is_refused_with_a_clear_error() {
    let (_dir, path) = temp_db();
    drop(Store::open_writer(&path).expect("creates"));
    let mut perms = std::fs::metadata(&path).expect("meta").permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&path, perms).expect("chmod");
    // Nobody, not even root, creates files under /proc.
    if Path::new("/proc/self").exists() {
        let e = Store::open_writer(Path::new("/proc/dyad-test.db"))
            .err()
            .expect("refused");
        assert!(matches!(e, StoreError::CannotOpen(..)), "{e}");
    }
    if std::fs::OpenOptions::new().write(true).open(&path).is_ok() {
        // Running as root: permissions do not stop this user; nothing to test.
        return;
    }
    let e = Store::open_writer(&path).err().expect("refused");
    assert!(
        matches!(e, StoreError::ReadOnly(..) | StoreError::Io(..)),
        "{e}"
    );
    assert!(Store::open_reader(&path).is_ok(), "still readable");
}

#[test]
fn documents_are_browsed_with_their_text_sentences_and_mentions() {
    let (_dir, path) = temp_db();
    let mut store = Store::open_writer(&path).expect("opens");
    let d1 = doc("a", STORY, "2022-11-02", "wire.example");
    let d2 = doc(
        "b",
        "Seoul answered with missiles of its own.",
        "2022-11-03",
        "daily.example",
    );
    store.begin().expect("begins");
    store
        .add(&prepared(&d1, vec![record("a", 0, "PRK", "ATTACK", "KOR")]))
        .expect("adds");
    store.add(&prepared(&d2, Vec::new())).expect("adds");
    store.commit().expect("commits");

    let o = store.overview().expect("an overview");
    assert_eq!(o.counts.documents, 2);
    assert_eq!(o.first_report.as_deref(), Some("2022-11-02"));
    assert_eq!(o.last_report.as_deref(), Some("2022-11-03"));

    let list = store.documents(10, 0).expect("a list");
    assert_eq!(
        list.iter().map(|d| d.doc_id.as_str()).collect::<Vec<_>>(),
        ["b", "a"],
        "newest first"
    );
    assert_eq!(store.documents(1, 1).expect("page two")[0].doc_id, "a");

    let id = list[1].id;
    let view = store.document(id).expect("reads").expect("exists");
    assert_eq!(view.text, STORY);
    assert_eq!(view.summary.n_mentions, 1);
    assert_eq!(view.sentence_spans.len(), 1);
    assert_eq!(view.sentence_spans[0].end as usize, STORY.len());
    assert_eq!(view.mentions.len(), 1);
    assert!(view.mentions[0].record.get().contains("\"ATTACK\""));
    assert!(store.document(id + 100).expect("reads").is_none());

    // The event's evidence points back at the document and sentence.
    let ev = store
        .events(&Filter::with_limit(5), 3)
        .expect("events")
        .remove(0);
    assert_eq!(ev.evidence[0].doc, id);
    assert_eq!(ev.evidence[0].sentence_start, Some(0));
    let one = store.event(ev.id, 1).expect("reads").expect("exists");
    assert_eq!(one.category, "ATTACK");
    assert!(store.event(ev.id + 100, 1).expect("reads").is_none());
}

#[test]
fn a_query_past_its_time_limit_is_stopped() {
    let (_dir, path) = temp_db();
    drop(Store::open_writer(&path).expect("creates"));
    let mut store = Store::open_reader(&path).expect("opens");
    let slow =
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000)
                SELECT count(*) FROM c";
    let started = std::time::Instant::now();
    let out: Result<i64, StoreError> =
        store.with_time_limit(std::time::Duration::from_millis(100), |s| {
            s.conn()
                .query_row(slow, [], |r| r.get(0))
                .map_err(|e| s.err(e))
        });
    assert!(matches!(out, Err(StoreError::TimedOut(_))), "{out:?}");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    // The limit is lifted afterwards: the connection still answers.
    let n: i64 = store
        .conn()
        .query_row("SELECT 42", [], |r| r.get(0))
        .expect("answers");
    assert_eq!(n, 42);
}
