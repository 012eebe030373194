//! The hostile-input set: malformed and pathological inputs, generated
//! here (nothing large is committed), each run through `dyad code` as a
//! user would. For every case: no panic, the documented exit status, a
//! clear error where the input is bad, every good record of a mixed input
//! still coded (documents out + errors = records in), and time and memory
//! bounded in proportion to the input.
//!
//! `DYAD_HOSTILE_SCALE=8 cargo test --release -p dyad --test hostile` runs
//! the same cases eight times larger (docs/robustness.md).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Slowest acceptable throughput, bytes per second of input (0.1 MB/s).
const MIN_BYTES_PER_SEC: f64 = 100_000.0;
/// Every case may take this long whatever its size (start-up, model load).
const BASE_SECONDS: f64 = 15.0;
/// Peak resident memory allowed for any case.
const MAX_RSS_KB: u64 = 500 * 1024;

fn scale() -> usize {
    std::env::var("DYAD_HOSTILE_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1)
        .max(1)
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dyad-hostile-{}-{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// What a run gave.
struct Run {
    status: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
    seconds: f64,
    peak_rss_kb: u64,
}

impl Run {
    fn records(&self) -> usize {
        let out = String::from_utf8_lossy(&self.stdout);
        for l in out.lines() {
            if let Err(e) = serde_json::from_str::<serde_json::Value>(l) {
                panic!("output line is not whole JSON ({e}): {l}");
            }
        }
        out.lines().count()
    }

    /// The counts of the summary line: (documents, errors).
    fn counts(&self) -> (usize, usize) {
        let line = self
            .stderr
            .lines()
            .find(|l| l.contains("documents read"))
            .unwrap_or_else(|| panic!("no summary in: {}", self.stderr));
        let numbers: Vec<usize> = line
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|w| w.parse().ok())
            .collect();
        (numbers[0], numbers[1])
    }
}

/// The peak resident set of a running process (Linux), in kB.
fn peak_rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// Run `dyad` with `args` (and `stdin`), within the time bound for
/// `input_bytes` of input, and check it did not panic.
fn run(args: &[&str], stdin: Option<Vec<u8>>, input_bytes: usize) -> Run {
    let limit = BASE_SECONDS + input_bytes as f64 / MIN_BYTES_PER_SEC;
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dyad starts");
    let feeder = stdin.map(|bytes| {
        let mut pipe = child.stdin.take().expect("piped stdin");
        std::thread::spawn(move || {
            let _ = pipe.write_all(&bytes);
        })
    });
    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut out_pipe, &mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut err_pipe, &mut v);
        v
    });
    let mut peak = 0;
    let status = loop {
        if let Some(kb) = peak_rss_kb(child.id()) {
            peak = peak.max(kb);
        }
        match child.try_wait().expect("wait") {
            Some(s) => break s,
            None if start.elapsed().as_secs_f64() > limit => {
                let _ = child.kill();
                panic!("dyad {args:?} ran past {limit:.0} s on {input_bytes} bytes");
            }
            None => std::thread::sleep(Duration::from_millis(20)),
        }
    };
    if let Some(f) = feeder {
        let _ = f.join();
    }
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    let run = Run {
        status: status.code(),
        stdout,
        stderr,
        seconds: start.elapsed().as_secs_f64(),
        peak_rss_kb: peak,
    };
    assert!(
        !run.stderr.contains("panicked") && run.status != Some(101),
        "dyad {args:?} panicked: {}",
        run.stderr
    );
    assert!(
        run.peak_rss_kb <= MAX_RSS_KB,
        "dyad {args:?} used {} kB",
        run.peak_rss_kb
    );
    run
}

fn code_file(path: &Path, bytes: usize) -> Run {
    let p = path.to_string_lossy().into_owned();
    run(&["code", "--threads", "2", &p], None, bytes)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write case");
    p
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).expect("gzip");
    e.finish().expect("gzip")
}

/// The `i`-th pick from `xs`, scattered by a multiplicative hash so the
/// sequence looks varied yet is the same on every run.
fn pick<'a>(xs: &[&'a str], i: usize) -> &'a str {
    let h = (i as u64)
        .wrapping_add(1)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        >> 33;
    xs[(h % xs.len() as u64) as usize]
}

const WORDS: &[&str] = &[
    "the",
    "army",
    "said",
    "Russia",
    "minister",
    "attacked",
    "on",
    "talks",
    "Iran",
    "with",
    "protesters",
    "of",
    "government",
    "sanctions",
    "met",
    "and",
];

#[test]
fn text_without_sentence_ends_runs_in_linear_time() {
    let dir = temp_dir("runs");
    let n = 150_000 * scale();
    let words: Vec<&str> = (0..n / 6).map(|i| pick(WORDS, i)).collect();
    let cases: Vec<(&str, String)> = vec![
        ("unpunctuated.txt", words.join(" ")),
        ("the.txt", "the ".repeat(n / 4)),
        (
            "abbreviations.txt",
            (0..n / 5)
                .map(|i| pick(&["Mr.", "Dr.", "U.S.", "e.g.", "etc.", "No."], i))
                .collect::<Vec<_>>()
                .join(" "),
        ),
        (
            "punctuation.txt",
            (0..n)
                .map(|i| {
                    pick(
                        &[",", ".", ";", "(", ")", "\"", "-", "!", "?", "'", "..."],
                        i,
                    )
                })
                .collect::<String>(),
        ),
        (
            "one-long-sentence.txt",
            (0..n / 8)
                .map(|i| if i % 7 == 6 { "and," } else { pick(WORDS, i) })
                .collect::<Vec<_>>()
                .join(" "),
        ),
    ];
    for (name, text) in cases {
        let path = write(&dir, name, text.as_bytes());
        let r = code_file(&path, text.len());
        assert_eq!(r.status, Some(0), "{name}: {}", r.stderr);
        assert_eq!(r.counts(), (1, 0), "{name}");
        eprintln!(
            "{name}: {} bytes in {:.1} s, {} kB peak",
            text.len(),
            r.seconds,
            r.peak_rss_kb
        );
    }
}

#[test]
fn a_document_of_many_sentences_runs_in_linear_time() {
    let dir = temp_dir("sentences");
    let sentences = [
        "The minister said the army attacked rebels in the north.",
        "\"We will respond,\" the spokesman said on Monday.",
        "Russia condemned the sanctions imposed by the European Union.",
        "The weather was fine.",
    ];
    // Each sentence told once (with its own number): a sentence printed
    // twice word for word gives its records once.
    let text: Vec<String> = (0..8_000 * scale())
        .map(|i| format!("In round {i}: {}", pick(&sentences, i)))
        .collect();
    let text = text.join(" ");
    let path = write(&dir, "many.txt", text.as_bytes());
    let r = code_file(&path, text.len());
    assert_eq!(r.status, Some(0), "{}", r.stderr);
    assert!(r.records() > 1000, "{} records", r.records());
}

#[test]
fn a_mixed_file_keeps_every_good_record_and_names_each_bad_line() {
    let dir = temp_dir("mixed");
    let mut lines = Vec::new();
    let bad = [
        "{\"text\": ",
        "not json at all",
        "{\"title\": \"no text\"}",
        "{\"text\": 5}",
        "{\"text\": [\"a\"]}",
        "[1, 2, 3]",
        "\u{0}\u{1}\u{2}",
        "{\"text\": \"a\", \"text\": }",
        "{}",
        "null",
    ];
    for i in 0..1000 {
        if i % 10 < 7 {
            lines.push(format!(
                "{{\"id\": \"good-{i}\", \"date\": \"2024-10-2{}\", \"text\": \"Russia condemned the sanctions imposed by the European Union on day {i}.\"}}",
                i % 10
            ));
        } else {
            lines.push(bad[i % bad.len()].to_string());
        }
    }
    let body = lines.join("\n") + "\n";
    let path = write(&dir, "mixed.jsonl", body.as_bytes());
    let r = code_file(&path, body.len());
    assert_eq!(r.status, Some(0), "{}", r.stderr);
    assert_eq!(r.counts(), (700, 300));
    // Each error names the file and its line; the first 100 are listed.
    let listed: Vec<&str> = r
        .stderr
        .lines()
        .filter(|l| l.starts_with("dyad: skipped"))
        .collect();
    assert_eq!(listed.len(), 100);
    assert!(listed.iter().all(|l| l.contains("mixed.jsonl:")));
    assert!(r.stderr.contains("200 more error(s)"), "{}", r.stderr);
    // The same through gzip and through standard input.
    let gz = write(&dir, "mixed.jsonl.gz", &gzip(body.as_bytes()));
    assert_eq!(code_file(&gz, body.len()).counts(), (700, 300));
    let piped = run(&["code", "-"], Some(body.clone().into_bytes()), body.len());
    assert_eq!(piped.counts(), (700, 300));
}

#[test]
fn an_error_flood_is_counted_not_printed() {
    let dir = temp_dir("flood");
    let body = "{}\n".repeat(200_000 * scale());
    let path = write(&dir, "flood.jsonl.gz", &gzip(body.as_bytes()));
    let r = code_file(&path, body.len());
    assert_eq!(r.status, Some(1), "nothing could be read");
    assert!(
        r.stderr.len() < 50_000,
        "{} bytes of stderr",
        r.stderr.len()
    );
    assert_eq!(r.counts(), (0, 200_000 * scale()));
}

#[test]
fn broken_compressed_and_binary_inputs_are_refused_clearly() {
    let dir = temp_dir("broken");
    let good = "{\"text\": \"Police arrested twelve protesters in the capital.\"}\n".repeat(50);
    let mut truncated = gzip(good.as_bytes());
    truncated.truncate(truncated.len() / 2);
    let truncated = write(&dir, "truncated.jsonl.gz", &truncated);
    let r = code_file(&truncated, good.len());
    let (docs, errors) = r.counts();
    assert!(errors >= 1, "{}", r.stderr);
    assert!(docs < 50);

    // A gzip bomb: 64 MB of text in a few hundred kB, as one document.
    let bomb = gzip(&b"a ".repeat(32 << 20));
    let bomb = write(&dir, "bomb.txt.gz", &bomb);
    let r = code_file(&bomb, 1 << 20);
    assert_eq!(r.counts(), (0, 1), "{}", r.stderr);
    assert!(r.stderr.contains("larger than"), "{}", r.stderr);

    // Deeply nested JSON.
    let deep = "[".repeat(100_000);
    let deep = write(&dir, "deep.json", deep.as_bytes());
    let r = code_file(&deep, 100_000);
    assert_eq!(r.status, Some(1));
    assert!(r.stderr.contains("deep.json"), "{}", r.stderr);

    // Invalid UTF-8 inside an article is kept (lossily decoded).
    let mut text = b"Police arrested twelve protesters in the capital. ".to_vec();
    text.extend_from_slice(&[0xff, 0xfe, 0xc3]);
    text.extend_from_slice(b" The army attacked rebels.");
    let invalid = write(&dir, "invalid-utf8.txt", &text);
    assert_eq!(code_file(&invalid, text.len()).counts(), (1, 0));
}

#[test]
fn the_output_is_never_an_input() {
    let dir = temp_dir("output");
    let input = write(
        &dir,
        "x.jsonl",
        b"{\"text\": \"Russia condemned the sanctions.\"}\n",
    );
    let d = dir.to_string_lossy().into_owned();
    let inside = dir.join("out.jsonl").to_string_lossy().into_owned();
    let r = run(&["code", &d, "-o", &inside], None, 100);
    assert_eq!(r.status, Some(1));
    assert!(
        r.stderr.contains("inside the input directory"),
        "{}",
        r.stderr
    );
    assert!(!dir.join("out.jsonl").exists());
    let x = input.to_string_lossy().into_owned();
    let r = run(&["code", &x, "-o", &x], None, 100);
    assert_eq!(r.status, Some(1));
    assert!(r.stderr.contains("is also an input"), "{}", r.stderr);
    assert_eq!(
        std::fs::read_to_string(&input).expect("input kept"),
        "{\"text\": \"Russia condemned the sanctions.\"}\n"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_ends_cleanly_with_a_named_output() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let e = examples.to_string_lossy().into_owned();
    let r = run(&["code", &e, "-o", "/dev/full"], None, 10_000);
    assert_eq!(r.status, Some(1));
    assert!(r.stderr.contains("/dev/full"), "{}", r.stderr);
    assert!(r.stderr.contains("No space left"), "{}", r.stderr);
}

#[test]
fn encodings_layouts_and_special_files_lose_no_record() {
    let dir = temp_dir("layouts");
    let record = |i: usize| {
        format!("{{\"id\": \"r{i}\", \"text\": \"Police arrested twelve protesters in the capital on day {i}.\"}}")
    };
    let lines: Vec<String> = (0..10).map(record).collect();
    let body = lines.join("\n") + "\n";

    // A UTF-8 byte-order mark costs no record.
    let bom = [b"\xef\xbb\xbf".as_slice(), body.as_bytes()].concat();
    let p = write(&dir, "bom.jsonl", &bom);
    assert_eq!(code_file(&p, bom.len()).counts(), (10, 0));

    // UTF-16 with its mark, on standard input: ten records, not garbage.
    let mut utf16 = vec![0xff, 0xfe];
    for u in body.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let r = run(&["code", "-"], Some(utf16.clone()), utf16.len());
    assert_eq!(r.counts(), (10, 0), "{}", r.stderr);

    // JSON Lines after 70 kB of leading whitespace is still JSON Lines.
    let padded = [" ".repeat(70_000).as_bytes(), body.as_bytes()].concat();
    let r = run(&["code", "-"], Some(padded.clone()), padded.len());
    assert_eq!(r.counts(), (10, 0), "{}", r.stderr);

    // CR-only line endings.
    let cr = lines.join("\r") + "\r";
    let p = write(&dir, "cr.jsonl", cr.as_bytes());
    assert_eq!(code_file(&p, cr.len()).counts(), (10, 0));

    // Over-range numbers in id and date keep the record.
    let odd = "{\"id\": 123456789012345678901234567890, \"date\": 1e400, \"text\": \"Police arrested twelve protesters.\"}\n";
    let p = write(&dir, "odd.jsonl", odd.as_bytes());
    assert_eq!(code_file(&p, odd.len()).counts(), (1, 0));

    // Zero padding after a gzip stream is no error.
    let mut gz = gzip(body.as_bytes());
    gz.extend_from_slice(&[0u8; 512]);
    let p = write(&dir, "padded.jsonl.gz", &gz);
    assert_eq!(code_file(&p, body.len()).counts(), (10, 0));

    // A JSON array over the 8 MiB record cap is streamed record by record.
    let n = 20_000 * scale();
    let pad = "x".repeat(450);
    let array = format!(
        "[{}]",
        (0..n)
            .map(|i| format!("{{\"id\": \"a{i}\", \"pad\": \"{pad}\", \"text\": \"Hi.\"}}"))
            .collect::<Vec<_>>()
            .join(",")
    );
    assert!(array.len() > 8 << 20);
    let p = write(&dir, "big.json", array.as_bytes());
    let r = run(
        &["parse", "--threads", "2", &p.to_string_lossy()],
        None,
        array.len(),
    );
    assert_eq!(r.counts(), (n, 0), "{}", r.stderr);

    // A binary executable is refused with a reason.
    let exe = std::fs::read(env!("CARGO_BIN_EXE_dyad")).expect("the binary");
    let head = exe.get(..1 << 20).unwrap_or(&exe).to_vec();
    let p = write(&dir, "program.txt", &head);
    let r = code_file(&p, head.len());
    assert_eq!(r.counts(), (0, 1));
    assert!(r.stderr.contains("binary"), "{}", r.stderr);

    // Deeply nested HTML.
    let depth = 3_000;
    let html = format!(
        "<html><body>{}<p>Police arrested twelve protesters in the capital.</p>{}</body></html>",
        "<article>".repeat(depth),
        "</article>".repeat(depth)
    );
    let p = write(&dir, "nested.html", html.as_bytes());
    assert_eq!(code_file(&p, html.len()).counts(), (1, 0));
}

#[cfg(unix)]
#[test]
fn a_fifo_in_a_directory_is_skipped_and_the_rest_is_read() {
    let dir = temp_dir("fifo");
    write(
        &dir,
        "a.txt",
        b"Police arrested twelve protesters in the capital.",
    );
    let made = Command::new("mkfifo")
        .arg(dir.join("b-pipe.txt"))
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        return;
    }
    write(&dir, "c.txt", b"Russia condemned the sanctions.");
    let r = code_file(&dir, 200);
    assert_eq!(r.counts(), (2, 1), "{}", r.stderr);
    assert!(r.stderr.contains("not a regular file"), "{}", r.stderr);
}
