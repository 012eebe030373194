//! End-to-end tests of the explorer: `dyad serve` started as a user would
//! start it, its JSON API spoken to over plain HTTP, and the page driven in
//! headless Chromium through chromedriver's W3C WebDriver API.
//!
//! The browser test needs `/usr/bin/chromium` and `/usr/bin/chromedriver`
//! (Debian: `apt-get install chromium chromium-driver`). Without them it is
//! skipped, unless `DYAD_REQUIRE_BROWSER=1` (as in CI), when it fails. It
//! saves a screenshot of the page to `$DYAD_SCREENSHOT`, or
//! `target/explorer.png`.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn workspace_target() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::fs::canonicalize(&root).unwrap_or(root).join("target")
}

// ------------------------------------------------------------ HTTP client

/// One HTTP response.
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
}

/// Send one request to `addr` (`host:port`) and read the whole response.
/// The `Host` header is `addr` unless `headers` gives one.
fn try_request(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<Reply> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(120)))?;
    stream.set_write_timeout(Some(Duration::from_secs(30)))?;
    let mut head = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\n");
    if !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("host")) {
        head.push_str(&format!("Host: {addr}\r\n"));
    }
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if !body.is_empty() || method == "POST" {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)?;
    stream.flush()?;

    let bad = |what: String| std::io::Error::new(std::io::ErrorKind::InvalidData, what);
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| bad(format!("bad status line {line:?}")))?;
    let mut headers = Vec::new();
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            break;
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        let (name, value) = l
            .split_once(':')
            .ok_or_else(|| bad(format!("bad header {l:?}")))?;
        headers.push((name.trim().to_string(), value.trim().to_string()));
    }
    let mut reply = Reply {
        status,
        headers,
        body: Vec::new(),
    };
    let chunked = reply
        .header("transfer-encoding")
        .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
    let length = reply
        .header("content-length")
        .and_then(|v| v.parse::<usize>().ok());
    if method == "HEAD" || status == 204 || status == 304 {
    } else if chunked {
        loop {
            line.clear();
            reader.read_line(&mut line)?;
            let size = line.trim().split(';').next().unwrap_or("");
            let size = usize::from_str_radix(size, 16)
                .map_err(|_| bad(format!("bad chunk size {line:?}")))?;
            if size == 0 {
                // Trailers, up to the empty line.
                loop {
                    line.clear();
                    if reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
                        break;
                    }
                }
                break;
            }
            let start = reply.body.len();
            reply.body.resize(start + size, 0);
            reader.read_exact(&mut reply.body[start..])?;
            line.clear();
            reader.read_line(&mut line)?;
        }
    } else if let Some(n) = length {
        reply.body.resize(n, 0);
        reader.read_exact(&mut reply.body)?;
    } else {
        reader.read_to_end(&mut reply.body)?;
    }
    Ok(reply)
}

fn request(addr: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
    try_request(addr, method, path, headers, body)
        .unwrap_or_else(|e| panic!("{method} http://{addr}{path}: {e}"))
}

/// A port nobody listens on now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

// ------------------------------------------------------------ the server

/// A running `dyad serve`, killed when dropped.
struct Server {
    child: Child,
    /// `127.0.0.1:PORT`.
    addr: String,
    /// `http://127.0.0.1:PORT/`.
    url: String,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

impl Server {
    /// Start `dyad serve INPUTS --db (temp) --addr 127.0.0.1:0 [--token T]`
    /// and wait for the URL it prints.
    fn start(inputs: &[PathBuf], token: Option<&str>) -> Server {
        let dir = tempfile::tempdir().expect("a temp dir");
        let db = dir.path().join("t.db");
        let log = dir.path().join("serve.log");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_dyad"));
        cmd.arg("serve")
            .args(inputs)
            .arg("--db")
            .arg(&db)
            .args(["--addr", "127.0.0.1:0"])
            .env_remove("DYAD_TOKEN")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).expect("a log file"));
        if let Some(t) = token {
            cmd.args(["--token", t]);
        }
        let mut child = cmd.spawn().expect("dyad serve starts");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            let mut line = String::new();
            let _ = reader.read_line(&mut line);
            let _ = tx.send(line);
            // Keep draining, so the server never blocks on a full pipe.
            let _ = std::io::copy(&mut reader, &mut std::io::sink());
        });
        let line = rx
            .recv_timeout(Duration::from_secs(300))
            .unwrap_or_default();
        let url = line.trim().to_string();
        let mut server = Server {
            child,
            addr: String::new(),
            url: url.clone(),
            log,
            _dir: dir,
        };
        let addr = url
            .strip_prefix("http://")
            .and_then(|rest| rest.strip_suffix('/'))
            .unwrap_or_else(|| {
                panic!(
                    "dyad serve printed {url:?}, not its URL; its log:\n{}",
                    server.log()
                )
            });
        server.addr = addr.to_string();
        assert!(
            url.starts_with("http://127.0.0.1:") && !url.ends_with(":0/"),
            "{url}"
        );
        server
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn get(&self, path: &str) -> Reply {
        request(&self.addr, "GET", path, &[], b"")
    }

    /// GET a path that must answer 200 with JSON.
    fn json(&self, path: &str) -> Value {
        let r = self.get(path);
        assert_eq!(r.status, 200, "GET {path}: {}", r.text());
        assert_json(&r, path);
        r.json()
    }

    /// GET a path that must fail with `status` and a JSON error.
    fn error(&self, path: &str, status: u16) -> String {
        let r = self.get(path);
        json_error(&r, status, path)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn assert_json(r: &Reply, what: &str) {
    let kind = r.header("content-type").unwrap_or("");
    assert!(
        kind.starts_with("application/json"),
        "{what}: content type {kind:?}"
    );
}

/// Check `r` is the JSON error `{error, status}` with `status`; its message.
fn json_error(r: &Reply, status: u16, what: &str) -> String {
    assert_eq!(r.status, status, "{what}: {}", r.text());
    assert_json(r, what);
    let v = r.json();
    assert_eq!(v["status"], status, "{what}: {v}");
    let message = v["error"].as_str().unwrap_or("").to_string();
    assert!(!message.is_empty(), "{what}: no message in {v}");
    message
}

fn edge<'a>(graph: &'a Value, actor: &str, recipient: &str) -> Option<&'a Value> {
    graph["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .find(|e| e["actor"] == actor && e["recipient"] == recipient)
}

fn items(v: &Value) -> &Vec<Value> {
    v["items"]
        .as_array()
        .unwrap_or_else(|| panic!("no items: {v}"))
}

/// The part of `text` (a sentence starting at byte `start` of its document)
/// that a record's span (byte offsets in the document) covers.
fn span_text<'a>(text: &'a str, start: i64, span: &Value) -> Option<&'a str> {
    let a = usize::try_from(span["start"].as_i64()? - start).ok()?;
    let b = usize::try_from(span["end"].as_i64()? - start).ok()?;
    text.get(a..b)
}

/// All strings in a JSON value (keys too), joined.
fn strings(v: &Value, out: &mut String) {
    match v {
        Value::String(s) => out.push_str(s),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(o) => o.iter().for_each(|(k, x)| {
            out.push_str(k);
            strings(x, out);
        }),
        _ => {}
    }
}

// ------------------------------------------------------------ a. the API

#[test]
fn the_api_answers_on_the_seed_articles() {
    let server = Server::start(&[examples()], None);

    let overview = server.json("/api/overview");
    assert_eq!(overview["counts"]["documents"], 2, "{overview}");
    assert!(
        overview["counts"]["events"].as_i64().unwrap_or(0) > 0,
        "{overview}"
    );
    assert_eq!(overview["write_enabled"], false, "{overview}");

    // The graph: North Korea sends troops to Russia, fires at South Korea.
    let graph = server.json("/api/graph");
    let prk_rus = edge(&graph, "PRK", "RUS").unwrap_or_else(|| panic!("no PRK→RUS: {graph}"));
    assert_eq!(prk_rus["tone"], "cooperation", "{prk_rus}");
    assert!(
        prk_rus["score"].as_f64().is_some_and(|s| s > 0.0),
        "{prk_rus}"
    );
    let prk_kor = edge(&graph, "PRK", "KOR").unwrap_or_else(|| panic!("no PRK→KOR: {graph}"));
    assert_eq!(prk_kor["tone"], "conflict", "{prk_kor}");
    assert!(
        prk_kor["score"].as_f64().is_some_and(|s| s < 0.0),
        "{prk_kor}"
    );
    let nodes = graph["nodes"].as_array().expect("nodes");
    assert!(
        nodes
            .iter()
            .any(|n| n["code"] == "PRK" && n["name"] == "North Korea"),
        "{graph}"
    );
    let camp = |code: &str| {
        nodes
            .iter()
            .find(|n| n["code"] == code)
            .map(|n| n["camp"].clone())
    };
    assert_eq!(camp("PRK"), camp("RUS"), "{graph}");
    assert_ne!(camp("PRK"), camp("KOR"), "{graph}");

    // The events behind PRK→RUS, with evidence whose spans mark the text.
    let events = server.json("/api/events?actor=PRK&recipient=RUS");
    let list = items(&events);
    assert!(!list.is_empty(), "{events}");
    for e in list {
        assert_eq!(e["actor_code"], "PRK", "{e}");
        assert_eq!(e["recipient_code"], "RUS", "{e}");
    }
    let soldiers = list
        .iter()
        .flat_map(|e| e["evidence"].as_array().into_iter().flatten())
        .find(|ev| {
            ev["record"]["text"]
                .as_str()
                .is_some_and(|t| t.contains("soldiers"))
        })
        .unwrap_or_else(|| panic!("no evidence about soldiers: {events}"));
    let text = soldiers["record"]["text"].as_str().expect("text");
    let start = soldiers["sentence_start"]
        .as_i64()
        .unwrap_or_else(|| panic!("no sentence_start: {soldiers}"));
    let record = &soldiers["record"];
    assert_eq!(
        span_text(text, start, &record["recipient_span"]),
        Some("Russia"),
        "{soldiers}"
    );
    let actor = record["actor"][0]["entity_text"].as_str().expect("actor");
    assert_eq!(
        span_text(text, start, &record["actor_span"]),
        Some(actor),
        "{soldiers}"
    );
    let trigger = span_text(text, start, &record["trigger_span"]).unwrap_or("");
    assert!(!trigger.trim().is_empty(), "no trigger in {soldiers}");
    assert!(
        soldiers["doc"].as_i64().is_some_and(|d| d > 0),
        "{soldiers}"
    );
    let id = list[0]["id"].as_i64().expect("event id");
    let one = server.json(&format!("/api/events/{id}"));
    assert_eq!(one["id"], id, "{one}");
    assert_eq!(one["actor_code"], "PRK", "{one}");

    // Search, and the document of a hit with its events.
    let hits = server.json("/api/search?q=missiles");
    let hit_list = items(&hits);
    assert!(!hit_list.is_empty(), "{hits}");
    for h in hit_list {
        let t = h["text"].as_str().unwrap_or("").to_lowercase();
        assert!(t.contains("missile"), "{h}");
    }
    let hit = hit_list
        .iter()
        .find(|h| h["events"].as_i64().unwrap_or(0) > 0)
        .unwrap_or(&hit_list[0]);
    let doc_id = hit["doc"].as_i64().expect("doc id");
    let doc = server.json(&format!("/api/documents/{doc_id}"));
    let doc_text = doc["text"].as_str().unwrap_or("");
    assert!(
        doc_text.contains(hit["text"].as_str().expect("hit text")),
        "the document does not hold the hit's sentence: {hit}"
    );
    assert!(
        !doc["sentence_spans"]
            .as_array()
            .is_none_or(|s| s.is_empty()),
        "{doc}"
    );
    let mentions = doc["mentions"].as_array().expect("mentions");
    assert!(!mentions.is_empty(), "no mentions in document {doc_id}");
    for m in mentions {
        // The trigger span is byte offsets in the document text, inside
        // the mention's sentence.
        let span = &m["record"]["trigger_span"];
        let (a, b) = (span["start"].as_i64(), span["end"].as_i64());
        let sentence = doc["sentence_spans"]
            .as_array()
            .and_then(|s| s.iter().find(|s| s["index"] == m["sentence"]))
            .unwrap_or_else(|| panic!("no sentence span for {m}"));
        let (from, to) = (sentence["start"].as_i64(), sentence["end"].as_i64());
        let inside = a
            .zip(b)
            .zip(from.zip(to))
            .is_some_and(|((a, b), (from, to))| from <= a && a < b && b <= to);
        assert!(inside, "trigger span outside its sentence: {m} {sentence}");
        let marked = doc_text
            .get(a.unwrap_or(0) as usize..b.unwrap_or(0) as usize)
            .unwrap_or("");
        let said = m["record"]["text"].as_str().unwrap_or("");
        assert!(
            !marked.trim().is_empty() && said.contains(marked),
            "the trigger span marks {marked:?}, not a part of {said:?}"
        );
    }
    // A huge limit is capped, not refused.
    let capped = server.json("/api/events?limit=100000");
    assert_eq!(capped["limit"], 500, "{capped}");
    // Camps, as in the graph; quotes with their speakers.
    let blocs = server.json("/api/blocs");
    let camps = &items(&blocs)[0]["partition"]["camps"];
    let camp_of = |code: &str| {
        camps.as_array().and_then(|c| {
            c.iter()
                .position(|m| m.as_array().is_some_and(|m| m.iter().any(|x| x == code)))
        })
    };
    assert!(camp_of("PRK").is_some(), "{blocs}");
    assert_eq!(camp_of("PRK"), camp_of("RUS"), "{blocs}");
    assert_ne!(camp_of("PRK"), camp_of("KOR"), "{blocs}");
    let quotes = server.json("/api/quotes?speaker=KOR");
    assert!(!items(&quotes).is_empty(), "{quotes}");
    for q in items(&quotes) {
        assert_eq!(q["speaker_code"], "KOR", "{q}");
    }
    assert!(
        items(&quotes).iter().any(|q| q["speaker"]
            .as_str()
            .is_some_and(|s| s.contains("Jo Tae-yong"))),
        "the head of South Korea's intelligence service is quoted: {quotes}"
    );
    let listed = server.json("/api/documents");
    assert_eq!(items(&listed).len(), 2, "{listed}");
    let timeline = server.json("/api/timeline?by=day");
    assert!(!items(&timeline).is_empty(), "{timeline}");
    let actors = server.json("/api/actors");
    assert!(
        items(&actors)
            .iter()
            .any(|a| a["code"] == "PRK" && a["name"] == "North Korea"),
        "{actors}"
    );

    // Bad requests: 400 with a JSON error that says what was wrong.
    for (path, word) in [
        ("/api/events?since=yesterday", "since"),
        ("/api/events?limit=0", "limit"),
        ("/api/events?actr=PRK", "actr"),
        ("/api/graph?actor=%3Cscript%3E", "actor"),
        ("/api/events?since=2024-10-02&until=2024-10-01", "since"),
        ("/api/timeline?by=year", "by"),
        ("/api/search", "q"),
        ("/api/documents/abc", "id"),
        ("/api/events/-1", "id"),
    ] {
        let message = server.error(path, 400);
        assert!(message.contains(word), "{path}: {message}");
    }
    // Not found.
    let message = server.error("/api/documents/999999", 404);
    assert!(message.contains("999999"), "{message}");
    server.error("/api/events/999999", 404);
    server.error("/api/nothing-here", 404);

    // Another host name (DNS rebinding): refused.
    let r = request(
        &server.addr,
        "GET",
        "/api/overview",
        &[("Host", "evil.example")],
        b"",
    );
    let message = json_error(&r, 421, "Host: evil.example");
    assert!(message.contains("localhost"), "{message}");
    let r = request(
        &server.addr,
        "GET",
        "/",
        &[("Host", "evil.example:8080")],
        b"",
    );
    assert_eq!(r.status, 421, "the page for another host: {}", r.text());
    // Local names are answered.
    let r = request(
        &server.addr,
        "GET",
        "/api/overview",
        &[("Host", "localhost")],
        b"",
    );
    assert_eq!(r.status, 200, "Host: localhost: {}", r.text());

    // Read-only: posting is forbidden, whatever the token.
    let r = request(
        &server.addr,
        "POST",
        "/api/documents",
        &[("Authorization", "Bearer 0123456789abcdef0123")],
        b"North Korea fired missiles at Japan on Friday.",
    );
    let message = json_error(&r, 403, "POST without --token");
    assert!(message.contains("--token"), "{message}");
    assert_eq!(server.json("/api/overview")["counts"]["documents"], 2);
}

#[test]
fn a_malformed_raw_search_is_the_clients_fault() {
    let server = Server::start(&[examples()], None);
    // Raw FTS5 syntax that does not parse: 400, not a server error.
    for q in ["AND%20OR%20(", "%22unclosed", "missiles%20NEAR(", "*"] {
        let path = format!("/api/search?q={q}&raw=true");
        let message = server.error(&path, 400);
        assert!(message.contains("search"), "{path}: {message}");
    }
    // The same words without `raw` are plain words: answered.
    let r = server.get("/api/search?q=AND%20OR%20(");
    assert_eq!(r.status, 200, "{}", r.text());
    let hits = server.json("/api/search?q=missiles&raw=true");
    assert!(!items(&hits).is_empty(), "{hits}");
}

// ------------------------------------------------------------ b. writing

const TOKEN: &str = "explorer-test-token-0123456789";

const POSTED: &str = "Russia's foreign minister met China's foreign minister in Beijing on \
Tuesday. The two ministers signed an agreement on energy cooperation. China praised Russia for \
its support.\n";

#[test]
fn posting_an_article_needs_the_token() {
    let server = Server::start(&[examples()], Some(TOKEN));
    let before = server.json("/api/overview");
    assert_eq!(before["write_enabled"], true, "{before}");
    assert_eq!(before["counts"]["documents"], 2, "{before}");
    let post = |headers: &[(&str, &str)]| {
        request(
            &server.addr,
            "POST",
            "/api/documents",
            headers,
            POSTED.as_bytes(),
        )
    };

    let message = json_error(&post(&[]), 401, "POST without a token");
    assert!(message.contains("token"), "{message}");
    json_error(
        &post(&[("Authorization", "Bearer explorer-test-token-0123456780")]),
        401,
        "POST with a wrong token",
    );
    json_error(
        &post(&[("Authorization", TOKEN)]),
        401,
        "POST with the token but not as Bearer",
    );
    assert_eq!(server.json("/api/overview")["counts"]["documents"], 2);

    let bearer = format!("Bearer {TOKEN}");
    let r = post(&[("Authorization", &bearer), ("Content-Type", "text/plain")]);
    assert_eq!(r.status, 200, "POST with the token: {}", r.text());
    assert_json(&r, "POST with the token");
    let report = r.json();
    let added = report["added"].as_array().expect("added");
    assert_eq!(added.len(), 1, "{report}");
    assert_eq!(report["read"], 1, "{report}");
    assert!(
        report["errors"].as_array().is_some_and(|e| e.is_empty()),
        "{report}"
    );
    let new_doc = added[0].as_i64().expect("a document id");

    let after = server.json("/api/overview");
    assert_eq!(after["counts"]["documents"], 3, "{after}");
    assert!(
        after["counts"]["events"].as_i64() > before["counts"]["events"].as_i64(),
        "no new events: {before} → {after}"
    );
    // The new article is searchable and its events are served.
    let hits = server.json("/api/search?q=Beijing");
    assert!(items(&hits).iter().any(|h| h["doc"] == new_doc), "{hits}");
    let doc = server.json(&format!("/api/documents/{new_doc}"));
    assert!(
        doc["text"]
            .as_str()
            .is_some_and(|t| t.contains("China praised Russia")),
        "{doc}"
    );
    let events = server.json("/api/events?actor=CHN&recipient=RUS");
    assert!(
        items(&events).iter().any(
            |e| e["evidence"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|ev| ev["doc"] == new_doc
                    && ev["record"]["text"]
                        .as_str()
                        .is_some_and(|t| t.contains("praised")))
        ),
        "{events}"
    );

    // The same article again is a duplicate, not a new document.
    let r = post(&[("Authorization", &bearer)]);
    assert_eq!(r.status, 200, "POST again: {}", r.text());
    let again = r.json();
    assert!(
        again["added"].as_array().is_some_and(|a| a.is_empty()),
        "{again}"
    );
    assert_eq!(again["duplicates"], 1, "{again}");
    assert_eq!(server.json("/api/overview")["counts"]["documents"], 3);
}

// ------------------------------------------------------------ c. hostile text

/// An article full of markup meant to run script if a page ever parsed it
/// as HTML, mixed with sentences that code to events. Characters of several
/// UTF-8 bytes come before the triggers, so byte offsets and JavaScript
/// string offsets part ways.
const HOSTILE: &str = r#"Missile alert — Pyongyang’s “test” <script>window.__pwned=1</script>

North Korea — “without warning” — fired missiles at South Korea on Wednesday <script>window.__pwned=1</script>.

South Korea’s president condemned North Korea after the launch <img src=x onerror="window.__pwned=2">, officials in Seoul said.

"><svg onload="window.__pwned=3"> The South Korean military fired warning shots near the border.

Pyongyang threatened Seoul with more launches </textarea><iframe src="javascript:window.__pwned=4"></iframe> and '"><body onload="window.__pwned=5">.
"#;

/// A directory holding the hostile article as a `.txt` file.
fn hostile_input() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temp dir");
    std::fs::write(dir.path().join("hostile.txt"), HOSTILE).expect("write the article");
    dir
}

/// Check `r` is JSON whose every `<` of markup is inside a JSON string,
/// with the headers that stop a browser from reading it as anything else.
fn markup_only_in_strings(r: &Reply, what: &str) {
    assert_eq!(r.status, 200, "{what}: {}", r.text());
    assert_json(r, what);
    assert_eq!(
        r.header("x-content-type-options"),
        Some("nosniff"),
        "{what}"
    );
    let csp = r.header("content-security-policy").unwrap_or("");
    assert!(csp.contains("script-src 'self'"), "{what}: CSP {csp:?}");
    let raw = r.text();
    assert!(raw.starts_with('{'), "{what}: {raw}");
    let mut inside = String::new();
    strings(&r.json(), &mut inside);
    for needle in ["<script", "<img", "<svg", "<iframe", "onerror=", "onload="] {
        assert_eq!(
            raw.matches(needle).count(),
            inside.matches(needle).count(),
            "{what}: {needle} outside JSON strings"
        );
    }
}

#[test]
fn hostile_text_stays_text() {
    let input = hostile_input();
    let server = Server::start(&[examples(), input.path().to_path_buf()], None);
    assert_eq!(server.json("/api/overview")["counts"]["documents"], 3);

    let r = server.get("/api/search?q=pwned");
    markup_only_in_strings(&r, "search");
    let hits = r.json();
    let hit = items(&hits)
        .iter()
        .find(|h| {
            h["text"]
                .as_str()
                .is_some_and(|t| t.contains("fired missiles"))
        })
        .unwrap_or_else(|| panic!("no hit for the hostile article: {hits}"));
    assert!(
        hit["text"]
            .as_str()
            .is_some_and(|t| t.contains("<script>window.__pwned=1</script>")),
        "{hit}"
    );

    // The text reader keeps the markup as text: the document holds it.
    let doc_id = hit["doc"].as_i64().expect("doc id");
    let path = format!("/api/documents/{doc_id}");
    let r = server.get(&path);
    markup_only_in_strings(&r, &path);
    let doc = r.json();
    let text = doc["text"].as_str().expect("text");
    for piece in [
        "<script>window.__pwned=1</script>",
        r#"<img src=x onerror="window.__pwned=2">"#,
        r#""><svg onload="window.__pwned=3">"#,
        r#"<iframe src="javascript:window.__pwned=4"></iframe>"#,
    ] {
        assert!(text.contains(piece), "the document lost {piece}: {text}");
    }
    let mentions = doc["mentions"].as_array().expect("mentions");
    assert!(
        mentions.iter().any(|m| m["record"]["text"]
            .as_str()
            .is_some_and(|t| t.contains("<script>"))),
        "no event from a sentence with markup: {doc}"
    );

    // The events behind PRK→KOR include the hostile sentences, raw.
    let path = "/api/events?actor=PRK&recipient=KOR&evidence=50&limit=500";
    let r = server.get(path);
    markup_only_in_strings(&r, path);
    let events = r.json();
    assert!(
        items(&events).iter().any(|e| e["evidence"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|ev| ev["record"]["text"]
                .as_str()
                .is_some_and(|t| t.contains("<script>window.__pwned=1</script>")))),
        "{events}"
    );
    let r = server.get("/api/quotes");
    markup_only_in_strings(&r, "/api/quotes");

    // The page: a static shell that runs only its own script.
    let page = server.get("/");
    assert_eq!(page.status, 200, "{}", page.text());
    let kind = page.header("content-type").unwrap_or("");
    assert!(kind.starts_with("text/html"), "{kind}");
    let csp = page.header("content-security-policy").unwrap_or("");
    assert!(csp.contains("script-src 'self'"), "CSP {csp:?}");
    assert!(!csp.contains("unsafe-inline"), "CSP {csp:?}");
    assert!(!csp.contains("unsafe-eval"), "CSP {csp:?}");
    assert!(csp.contains("default-src 'none'"), "CSP {csp:?}");
    assert_eq!(page.header("x-frame-options"), Some("DENY"));
    assert!(!page.text().contains("pwned"), "article text in the page");
    let script = server.get("/app.js");
    assert_eq!(script.status, 200);
    assert!(
        script
            .header("content-type")
            .is_some_and(|k| k.starts_with("text/javascript")),
        "{:?}",
        script.header("content-type")
    );
    assert_eq!(server.get("/secret.txt").status, 404);
    assert_eq!(server.get("/..%2FCargo.toml").status, 404);
}

// ------------------------------------------------------------ d. the browser

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// The W3C WebDriver key of an element reference.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// Decode standard base64 (whitespace ignored).
fn base64_decode(s: &str) -> Result<Vec<u8>, String> {
    let value = |c: u8| -> Result<u32, String> {
        Ok(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return Err(format!("bad base64 byte {c:#x}")),
        } as u32)
    };
    let clean: Vec<u8> = s.bytes().filter(|c| !c.is_ascii_whitespace()).collect();
    let clean = match clean.iter().position(|&c| c == b'=') {
        Some(i) if clean[i..].iter().all(|&c| c == b'=') && clean[i..].len() <= 2 => &clean[..i],
        Some(_) => return Err("bad base64 padding".into()),
        None => &clean[..],
    };
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        if chunk.len() == 1 {
            return Err("truncated base64".into());
        }
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..chunk.len() - 1]);
    }
    Ok(out)
}

#[test]
fn base64_decodes() {
    assert_eq!(base64_decode("aGVsbG8=").unwrap(), b"hello");
    assert_eq!(base64_decode("aGVsbG8h").unwrap(), b"hello!");
    assert_eq!(base64_decode("aGk=\n").unwrap(), b"hi");
    assert_eq!(base64_decode("").unwrap(), b"");
    assert!(base64_decode("a").is_err());
    assert!(base64_decode("a*==").is_err());
}

/// chromedriver and one browser session; both ended when dropped.
struct Browser {
    driver: Child,
    addr: String,
    session: String,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

impl Browser {
    fn start() -> Browser {
        let dir = tempfile::tempdir().expect("a temp dir");
        let log = dir.path().join("chromedriver.log");
        let port = free_port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&log).expect("a log file"))
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let mut browser = Browser {
            driver,
            addr: format!("127.0.0.1:{port}"),
            session: String::new(),
            log,
            _dir: dir,
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let ready = try_request(&browser.addr, "GET", "/status", &[], b"")
                .ok()
                .and_then(|r| serde_json::from_slice::<Value>(&r.body).ok())
                .is_some_and(|v| v["value"]["ready"] == true);
            if ready {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "chromedriver did not get ready: {}",
                std::fs::read_to_string(&browser.log).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        let profile = browser._dir.path().join("profile");
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:loggingPrefs": {"browser": "ALL"},
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1400,900",
                    format!("--user-data-dir={}", profile.display()),
                ],
            },
        }}});
        let created = browser
            .call("POST", "/session", Some(caps))
            .unwrap_or_else(|e| {
                panic!(
                    "no browser session: {e}\n{}",
                    std::fs::read_to_string(&browser.log).unwrap_or_default()
                )
            });
        browser.session = created["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session id: {created}"))
            .to_string();
        browser
    }

    /// One WebDriver command; its `value`, or the error it reported.
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let headers: &[(&str, &str)] = if method == "POST" {
            &[("Content-Type", "application/json; charset=utf-8")]
        } else {
            &[]
        };
        let r = try_request(&self.addr, method, path, headers, body.as_bytes())
            .map_err(|e| format!("{method} {path}: {e}"))?;
        let v: Value = serde_json::from_slice(&r.body)
            .map_err(|e| format!("{method} {path}: {} ({e}): {}", r.status, r.text()))?;
        if r.status != 200 {
            return Err(format!(
                "{method} {path}: {} {}: {}",
                r.status,
                v["value"]["error"].as_str().unwrap_or(""),
                v["value"]["message"]
                    .as_str()
                    .unwrap_or("")
                    .lines()
                    .next()
                    .unwrap_or("")
            ));
        }
        Ok(v["value"].clone())
    }

    /// A command on the session.
    fn cmd(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        self.call(method, &format!("/session/{}{path}", self.session), body)
    }

    /// Run `script` (a function body) in the page.
    fn exec(&self, script: &str, args: Value) -> Result<Value, String> {
        self.cmd(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": args})),
        )
    }

    /// Poll `script` until it returns something truthy (not null, false,
    /// 0 or ""); that value.
    fn wait(&self, what: &str, seconds: u64, script: &str, args: Value) -> Result<Value, String> {
        let deadline = Instant::now() + Duration::from_secs(seconds);
        let mut last: Value;
        loop {
            match self.exec(script, args.clone()) {
                Ok(v)
                    if !matches!(&v, Value::Null | Value::Bool(false))
                        && v != json!(0)
                        && v != json!("") =>
                {
                    return Ok(v)
                }
                Ok(v) => last = v,
                Err(e) => last = json!(e),
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "timed out after {seconds} s waiting for {what} (last: {last})"
                ));
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// The element `css` selects.
    fn find(&self, css: &str) -> Result<String, String> {
        let v = self
            .cmd(
                "POST",
                "/element",
                Some(json!({"using": "css selector", "value": css})),
            )
            .map_err(|e| format!("finding {css}: {e}"))?;
        v[ELEMENT]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| format!("finding {css}: {v}"))
    }

    fn attribute(&self, element: &str, name: &str) -> Result<Value, String> {
        self.cmd("GET", &format!("/element/{element}/attribute/{name}"), None)
    }

    fn click(&self, element: &str) -> Result<(), String> {
        self.cmd(
            "POST",
            &format!("/element/{element}/click"),
            Some(json!({})),
        )
        .map(drop)
    }

    /// A PNG of the window.
    fn screenshot(&self) -> Result<Vec<u8>, String> {
        let v = self.cmd("GET", "/screenshot", None)?;
        base64_decode(v.as_str().ok_or("the screenshot is not a string")?)
    }

    /// The browser console so far (chromedriver's log extension).
    fn console(&self) -> String {
        match self.cmd("POST", "/se/log", Some(json!({"type": "browser"}))) {
            Ok(Value::Array(entries)) => entries
                .iter()
                .map(|e| {
                    format!(
                        "  {} {}\n",
                        e["level"].as_str().unwrap_or(""),
                        e["message"].as_str().unwrap_or("")
                    )
                })
                .collect(),
            Ok(other) => format!("  {other}\n"),
            Err(e) => format!("  (no console log: {e})\n"),
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = self.call("DELETE", &format!("/session/{}", self.session), None);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// What the page shows, for a failure message.
const PAGE_STATE: &str = r##"
const q = (s) => document.querySelector(s);
const text = (s, n) => { const e = q(s); return e ? e.textContent.replace(/\s+/g, " ").trim().slice(0, n) : null; };
return {
  url: location.href,
  ready: document.body ? document.body.getAttribute("data-ready") : null,
  status: text("#status", 300),
  edges: Array.from(document.querySelectorAll("#graph svg g.edge")).map((g) =>
    `${g.getAttribute("data-actor")}->${g.getAttribute("data-recipient")}:${g.getAttribute("data-tone")}` +
    `(stroke:${g.querySelectorAll("line.stroke").length},hit:${g.querySelectorAll("line.hit").length})`),
  nodes: Array.from(document.querySelectorAll("#graph svg g.node")).map((g) => g.getAttribute("data-code")),
  events_loaded: q("#events") ? q("#events").getAttribute("data-loaded") : null,
  events: text("#events", 600),
  results: text("#results", 400),
  doc: text("#doc", 400),
  body: text("body", 800),
};
"##;

/// Whether the `.evidence` of an `.event` in `#events` (loaded for the
/// dyad `arguments[0]`) holds `arguments[1]` as text, with a marked trigger;
/// what its marks say.
const EVIDENCE_WITH: &str = r##"
const box = document.querySelector(`#events[data-loaded="${arguments[0]}"]`);
if (!box) return null;
for (const ev of box.querySelectorAll(".event .evidence")) {
  if (!ev.textContent.includes(arguments[1])) continue;
  const marks = (cls) => Array.from(ev.querySelectorAll("mark." + cls)).map((m) => m.textContent);
  const found = { text: ev.textContent, trigger: marks("trigger"), actor: marks("actor"), recipient: marks("recipient") };
  if (found.trigger.length > 0) return found;
}
return null;
"##;

/// Whether the page ran anything of the article's: the state the hostile
/// markup would have changed.
const INJECTED: &str = r##"
return {
  pwned: typeof window.__pwned,
  scripts: document.scripts.length,
  script_srcs: Array.from(document.scripts).map((s) => s.getAttribute("src")),
  handlers: Array.from(document.querySelectorAll("*"))
    .filter((e) => Array.from(e.attributes).some((a) => /^on/i.test(a.name)))
    .map((e) => e.outerHTML.slice(0, 120)),
  frames: document.querySelectorAll("iframe, object, embed, frame").length,
  imgs: document.querySelectorAll("img[src='x'], svg[onload]").length,
};
"##;

fn browser_available() -> bool {
    let missing: Vec<&str> = [CHROMIUM, CHROMEDRIVER]
        .into_iter()
        .filter(|p| !Path::new(p).exists())
        .collect();
    if missing.is_empty() {
        return true;
    }
    let what = format!(
        "{} not found: install Chromium and its driver (Debian: apt-get install chromium chromium-driver)",
        missing.join(" and ")
    );
    if std::env::var("DYAD_REQUIRE_BROWSER").as_deref() == Ok("1") {
        panic!("DYAD_REQUIRE_BROWSER=1 but {what}");
    }
    eprintln!("skipping the browser test: {what}");
    false
}

/// Expected trigger words of the hostile document, by its spans (byte
/// offsets into the document text).
fn hostile_triggers(server: &Server) -> Vec<String> {
    let hits = server.json("/api/search?q=pwned");
    let doc = items(&hits)[0]["doc"].as_i64().expect("doc id");
    let doc = server.json(&format!("/api/documents/{doc}"));
    let text = doc["text"].as_str().expect("text");
    doc["mentions"]
        .as_array()
        .expect("mentions")
        .iter()
        .filter_map(|m| {
            let s = &m["record"]["trigger_span"];
            let (a, b) = (s["start"].as_u64()? as usize, s["end"].as_u64()? as usize);
            text.get(a..b).map(str::to_string)
        })
        .collect()
}

/// The steps a user takes, checked against the page's DOM contract.
fn explore(b: &Browser, server: &Server) -> Result<(), String> {
    b.cmd("POST", "/url", Some(json!({"url": server.url})))?;
    b.wait(
        "body[data-ready=\"1\"] (the first graph drawn)",
        20,
        r#"return document.querySelector('body[data-ready="1"]') !== null;"#,
        json!([]),
    )?;

    // The graph: one g.edge per dyad, toned, each with a stroke and a hit line.
    for (actor, recipient, tone) in [("PRK", "RUS", "cooperation"), ("PRK", "KOR", "conflict")] {
        let css =
            format!(r#"#graph svg g.edge[data-actor="{actor}"][data-recipient="{recipient}"]"#);
        let edge = b.find(&css)?;
        let got = b.attribute(&edge, "data-tone")?;
        if got != tone {
            return Err(format!("{css} has data-tone {got}, not {tone}"));
        }
        for part in ["line.stroke", "line.hit"] {
            b.find(&format!("{css} {part}"))?;
        }
    }
    let label = b.exec(
        r#"const n = document.querySelector('#graph svg g.node[data-code="PRK"] text');
           return n ? n.textContent : null;"#,
        json!([]),
    )?;
    if label.as_str().is_none_or(|t| t.trim().is_empty()) {
        return Err(format!("g.node[data-code=PRK] has no text label ({label})"));
    }

    // Click the PRK→RUS edge: its events, with the evidence marked.
    let hit = b.find(r#"#graph svg g.edge[data-actor="PRK"][data-recipient="RUS"] line.hit"#)?;
    b.click(&hit)
        .map_err(|e| format!("clicking the PRK→RUS line.hit: {e}"))?;
    let found = b.wait(
        "#events[data-loaded=\"PRK-RUS\"] with an .event .evidence about soldiers, its trigger marked",
        15,
        EVIDENCE_WITH,
        json!(["PRK-RUS", "soldiers"]),
    )?;
    let marks = |k: &str| found[k].as_array().cloned().unwrap_or_default();
    if !marks("recipient").iter().any(|m| m == "Russia") {
        return Err(format!(
            "the evidence about soldiers does not mark Russia as the recipient: {found}"
        ));
    }
    if marks("actor").is_empty() {
        return Err(format!(
            "the evidence about soldiers marks no actor: {found}"
        ));
    }

    // Search for a word of the hostile article through the page.
    let search = b.find("#search")?;
    b.cmd("POST", &format!("/element/{search}/clear"), Some(json!({})))?;
    b.cmd(
        "POST",
        &format!("/element/{search}/value"),
        Some(json!({"text": "pwned\u{E007}"})),
    )?;
    b.wait(
        "#results .hit showing the hostile sentence as text",
        15,
        r##"return Array.from(document.querySelectorAll("#results .hit"))
             .some((h) => h.textContent.includes("<script>window.__pwned=1</script>"));"##,
        json!([]),
    )?;
    // Open the hit's document: the markup shown as text, triggers marked
    // where the byte offsets say, after the multi-byte headline.
    // A hit opens its document through the control it holds (a button or
    // link), or when clicked itself if it holds none.
    let (what, first) = match b.find("#results .hit button, #results .hit a") {
        Ok(control) => ("the first control in a #results .hit", control),
        Err(_) => ("the first #results .hit", b.find("#results .hit")?),
    };
    b.click(&first)
        .map_err(|e| format!("clicking {what}: {e}"))?;
    let shown = b.wait(
        "#doc showing the hostile document with mark.trigger",
        15,
        r##"const d = document.querySelector("#doc");
           if (!d || !d.textContent.includes('onerror="window.__pwned=2"')) return null;
           const t = Array.from(d.querySelectorAll("mark.trigger")).map((m) => m.textContent);
           return t.length ? t : null;"##,
        json!([]),
    )?;
    let expected = hostile_triggers(server);
    let shown: Vec<String> = shown
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t.as_str().map(str::to_string))
        .collect();
    if !shown.iter().all(|t| expected.contains(t)) || !expected.iter().all(|t| shown.contains(t)) {
        return Err(format!(
            "#doc marks {shown:?} as triggers; the document's spans say {expected:?}"
        ));
    }

    // The hostile sentences as evidence of PRK→KOR (which has a reverse
    // edge that may overlap it: fall back to a script click if so).
    let hit = b.find(r#"#graph svg g.edge[data-actor="PRK"][data-recipient="KOR"] line.hit"#)?;
    if let Err(e) = b.click(&hit) {
        eprintln!("clicking the PRK→KOR line.hit failed ({e}); dispatching the click instead");
        b.exec(
            r#"arguments[0].dispatchEvent(new MouseEvent("click", {bubbles: true}));"#,
            json!([{ ELEMENT: hit }]),
        )?;
    }
    let found = b.wait(
        "#events[data-loaded=\"PRK-KOR\"] with the hostile sentence as text",
        15,
        EVIDENCE_WITH,
        json!(["PRK-KOR", "<script>window.__pwned=1</script>"]),
    )?;
    // Its marks sit where the byte offsets say, after the multi-byte dashes
    // and quotes.
    if found["trigger"] != json!(["fired"]) || found["recipient"] != json!(["South Korea"]) {
        return Err(format!(
            "the hostile evidence of PRK→KOR is marked wrongly (trigger should be \"fired\", recipient \"South Korea\"): {found}"
        ));
    }

    // Nothing of the article ran or became markup.
    let injected = b.exec(INJECTED, json!([]))?;
    let clean = injected["pwned"] == "undefined"
        && injected["scripts"] == 1
        && injected["script_srcs"][0]
            .as_str()
            .is_some_and(|s| s.ends_with("app.js"))
        && injected["handlers"]
            .as_array()
            .is_some_and(|h| h.is_empty())
        && injected["frames"] == 0
        && injected["imgs"] == 0;
    if !clean {
        return Err(format!("the article's markup took effect: {injected}"));
    }
    Ok(())
}

#[test]
fn the_page_shows_the_graph_and_its_evidence_in_a_browser() {
    if !browser_available() {
        return;
    }
    let input = hostile_input();
    let server = Server::start(&[examples(), input.path().to_path_buf()], None);
    let browser = Browser::start();
    let outcome = explore(&browser, &server);

    let shot = std::env::var_os("DYAD_SCREENSHOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_target().join("explorer.png"));
    let saved = browser.screenshot().and_then(|png| {
        if !png.starts_with(b"\x89PNG\r\n\x1a\n") {
            return Err("the screenshot is not a PNG".to_string());
        }
        if let Some(dir) = shot.parent() {
            std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        std::fs::write(&shot, &png).map_err(|e| format!("{}: {e}", shot.display()))
    });
    match &saved {
        Ok(()) => eprintln!("screenshot: {}", shot.display()),
        Err(e) => eprintln!("no screenshot: {e}"),
    }
    if let Err(e) = outcome {
        let state = browser
            .exec(PAGE_STATE, json!([]))
            .map(|v| serde_json::to_string_pretty(&v).unwrap_or_default())
            .unwrap_or_else(|e| format!("(no page state: {e})"));
        let injected = browser
            .exec(INJECTED, json!([]))
            .map(|v| v.to_string())
            .unwrap_or_else(|e| format!("(unknown: {e})"));
        panic!(
            "{e}\nthe page:\n{state}\nthe article's markup in the page: {injected}\nthe console:\n{}screenshot: {}\nthe server's log:\n{}",
            browser.console(),
            shot.display(),
            server.log()
        );
    }
    saved.expect("a screenshot");
}
