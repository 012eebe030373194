//! Reader tests over temporary files, in-memory streams and (when present)
//! the shared seed articles and corpora.

use super::*;
use chrono::NaiveDate;
use dyad_core::DateSource;
use flate2::write::GzEncoder;
use flate2::Compression;
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A fresh, empty temporary directory for one test.
fn temp_dir(tag: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "dyad-read-test-{}-{tag}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("temp dir: {e}"));
    dir
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::fast());
    enc.write_all(bytes).unwrap_or_else(|e| panic!("gzip: {e}"));
    enc.finish().unwrap_or_else(|e| panic!("gzip: {e}"))
}

fn split(
    reader: impl Iterator<Item = Result<Document, ReadError>>,
) -> (Vec<Document>, Vec<ReadError>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for item in reader {
        match item {
            Ok(d) => docs.push(d),
            Err(e) => errors.push(e),
        }
    }
    (docs, errors)
}

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

const JSONL: &str = concat!(
    r#"{"id":"a","date":"2019-01-04","title":"One","text":"First text."}"#,
    "\n",
    r#"{"id":"b","text":"Second"#,
    "\n",
    "\n",
    r#"{"id":"c","title":"no text here"}"#,
    "\n",
    r#"{"id":"d","text":"date 2022-11-03 Fourth text."}"#,
    "\n"
);

#[test]
fn jsonl_reports_bad_lines_and_reads_the_rest() {
    let dir = temp_dir("jsonl");
    let path = dir.join("news.jsonl");
    write(&path, JSONL.as_bytes());
    let mut reader = read_inputs(std::slice::from_ref(&path), ReadOptions::default());
    let (docs, errors) = split(reader.by_ref());
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a", "d"]);
    assert_eq!(errors.len(), 2);
    let name = path.display().to_string();
    assert_eq!(
        errors[0].origin,
        Origin {
            path: name.clone(),
            line: Some(2)
        }
    );
    assert!(errors[0]
        .to_string()
        .starts_with(&format!("{name}:2: malformed JSON")));
    assert_eq!(errors[1].origin.line, Some(4));
    assert_eq!(
        (docs[0].date, docs[0].date_source),
        (d(2019, 1, 4), DateSource::Metadata)
    );
    assert_eq!(
        (docs[1].date, docs[1].date_source),
        (d(2022, 11, 3), DateSource::Text)
    );
    assert_eq!(docs[1].origin.line, Some(5));
    // Four records in (the blank line is not one): two documents, two errors.
    let stats = reader.stats();
    assert_eq!((stats.documents, stats.errors, stats.inputs), (2, 2, 1));
}

#[test]
fn counts_in_equal_documents_plus_errors() {
    let mut lines = String::new();
    let mut expected_errors = 0;
    for i in 0..500 {
        if i % 7 == 0 {
            lines.push_str("{broken\n");
            expected_errors += 1;
        } else if i % 11 == 0 {
            lines.push_str("{\"id\":1}\n");
            expected_errors += 1;
        } else {
            lines.push_str(&format!("{{\"text\":\"Doc {i}.\"}}\n"));
        }
    }
    let (docs, errors) = split(read_stream(
        "mem",
        std::io::Cursor::new(lines.into_bytes()),
        ReadOptions::default(),
    ));
    assert_eq!(docs.len() + errors.len(), 500);
    assert_eq!(errors.len(), expected_errors);
}

#[test]
fn huge_line_over_the_cap_is_skipped_with_its_line_number() {
    let big = format!("{{\"text\":\"{}\"}}", "x".repeat(5000));
    let data = format!("{{\"text\":\"a.\"}}\n{big}\n{{\"text\":\"b.\"}}\n");
    let opts = ReadOptions {
        max_record_bytes: 1000,
        ..ReadOptions::default()
    };
    let (docs, errors) = split(read_stream(
        "big.jsonl",
        std::io::Cursor::new(data.into_bytes()),
        opts,
    ));
    assert_eq!(docs.len(), 2);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].origin.line, Some(2));
    assert!(errors[0].message.contains("exceeds"), "{}", errors[0]);
}

#[test]
fn text_html_gzip_and_directories() {
    let dir = temp_dir("dir");
    let sub = dir.join("b_sub");
    std::fs::create_dir_all(&sub).unwrap_or_else(|e| panic!("{e}"));
    write(
        &dir.join("a.txt"),
        b"Kim arrives\n\nKim arrived in Moscow on Tuesday.",
    );
    write(&dir.join(".hidden.txt"), b"Never read.");
    write(&sub.join("c.html"), b"<html><head><title>Talks</title></head><body><p>Talks began.</p><p>They ended.</p></body></html>");
    write(
        &sub.join("d.jsonl.gz"),
        &gzip(b"{\"text\":\"Zipped record.\"}\n"),
    );
    // Gzip detected by its magic bytes even without the .gz suffix.
    write(&sub.join("e.txt"), &gzip(b"Zipped text."));
    write(&dir.join("z_empty.txt"), b"");
    let mut reader = read_inputs(
        &[dir.clone(), dir.join("missing.txt")],
        ReadOptions::default(),
    );
    let (docs, errors) = split(reader.by_ref());
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Kim arrives\n\nKim arrived in Moscow on Tuesday.",
            "Talks began.\n\nThey ended.",
            "Zipped record.",
            "Zipped text.",
        ]
    );
    assert_eq!(docs[0].title.as_deref(), Some("Kim arrives"));
    assert_eq!(docs[1].title.as_deref(), Some("Talks"));
    assert_eq!(errors.len(), 1);
    assert!(errors[0].origin.path.ends_with("missing.txt"));
    let stats = reader.stats();
    assert_eq!(stats.empty_inputs, 1);
    assert_eq!(stats.inputs, 5);
}

#[test]
fn reader_is_send_and_symlink_loops_end() {
    fn assert_send<T: Send>() {}
    assert_send::<Reader>();
    let dir = temp_dir("loop");
    write(&dir.join("a.txt"), b"Text.");
    #[cfg(unix)]
    {
        let _ = std::os::unix::fs::symlink(&dir, dir.join("self"));
    }
    let (docs, errors) = split(read_inputs(&[dir], ReadOptions::default()));
    assert_eq!(docs.len(), 1);
    assert!(errors.is_empty());
}

#[test]
fn json_arrays_and_pretty_records() {
    let dir = temp_dir("json");
    write(
        &dir.join("a.json"),
        br#"[{"text":"One."}, {"title":"no text"}, {"id":"x","text":"Three."}]"#,
    );
    write(&dir.join("b.json"), b"{\n  \"text\": \"Pretty.\"\n}\n");
    write(
        &dir.join("c.json"),
        b"{\"text\":\"Line one.\"}\n{\"text\":\"Line two.\"}\n",
    );
    let (docs, errors) = split(read_inputs(&[dir], ReadOptions::default()));
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(
        texts,
        ["One.", "Three.", "Pretty.", "Line one.", "Line two."]
    );
    assert!(docs[0].id.ends_with("a.json#1"));
    assert_eq!(docs[1].id, "x");
    assert_eq!(errors.len(), 1);
    assert!(errors[0].message.starts_with("record 2:"), "{}", errors[0]);
}

#[test]
fn json_arrays_over_the_cap_stream_record_by_record() {
    // 100,000 records, 10 MB: over the 8 MiB cap, which now bounds each record.
    let mut data = String::from("[\n");
    for i in 0..100_000 {
        let sep = if i == 0 { "" } else { ",\n" };
        match i {
            500 => data.push_str(&format!("{sep}{{\"title\":\"no text\"}}")),
            700 => data.push_str(&format!("{sep}{{\"text\": tru}}")),
            _ => data.push_str(&format!(
                "{sep}{{\"id\":\"n{i}\",\"text\":\"Record number {i} of a long array, padded to a hundred bytes.\"}}"
            )),
        }
    }
    data.push_str("\n]\n");
    assert!(data.len() > ReadOptions::default().max_record_bytes);
    let dir = temp_dir("bigjson");
    let path = dir.join("big.json");
    write(&path, data.as_bytes());
    let mut reader = read_inputs(std::slice::from_ref(&path), ReadOptions::default());
    let (docs, errors) = split(reader.by_ref());
    assert_eq!((docs.len(), errors.len()), (99_998, 2));
    assert_eq!(docs[0].id, "n0");
    assert_eq!(docs[99_997].id, "n99999");
    assert_eq!(docs[99_997].origin.line, Some(100_001));
    assert!(errors[0].to_string().ends_with("big.json:502: record 501: record has no text (looked for text, content, body, article, maintext)"), "{}", errors[0]);
    assert!(
        errors[1].message.starts_with("record 701: malformed JSON"),
        "{}",
        errors[1]
    );
    assert_eq!(errors[1].origin.line, Some(702));
    // The same on standard input, gzipped.
    let (docs, errors) = split(read_stream(
        "-",
        std::io::Cursor::new(gzip(data.as_bytes())),
        ReadOptions::default(),
    ));
    assert_eq!((docs.len(), errors.len()), (99_998, 2));
    assert_eq!(docs[1].id, "n1");
}

#[test]
fn json_array_element_over_the_cap_is_one_error() {
    let opts = ReadOptions {
        max_record_bytes: 100,
        ..ReadOptions::default()
    };
    let data = format!(
        "[{{\"text\":\"Small.\"}},{{\"text\":\"{}\"}},{{\"text\":\"After.\"}},\n{{\"text\":\"Cut",
        "x".repeat(1000)
    );
    let (docs, errors) = split(read_stream(
        "-",
        std::io::Cursor::new(data.into_bytes()),
        opts,
    ));
    assert_eq!(texts(&docs), ["Small.", "After."]);
    let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert_eq!(
        messages[0],
        "record 2 of 1011 bytes exceeds the 100 byte limit; skipped"
    );
    assert!(
        messages[1].starts_with("record 4: malformed JSON: EOF"),
        "{}",
        messages[1]
    );
    let (docs, errors) = split(read_stream(
        "-",
        std::io::Cursor::new(b"[{\"text\":\"Whole.\"},\n".to_vec()),
        ReadOptions::default(),
    ));
    assert_eq!(texts(&docs), ["Whole."]);
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].to_string(),
        "-:2: JSON array not closed: input ends inside it"
    );
}

/// `n` pseudo-random bytes (xorshift), the same on every run.
fn random_bytes(n: usize, mut seed: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

#[test]
fn binary_input_is_refused_with_a_reason() {
    let dir = temp_dir("binary");
    let elf = [
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00".to_vec(),
        random_bytes(4000, 7),
    ]
    .concat();
    write(&dir.join("a_random.txt"), &random_bytes(4000, 1));
    write(&dir.join("b_program"), &elf);
    write(
        &dir.join("c_page.html"),
        &[b"<html><body><p>".to_vec(), random_bytes(4000, 3)].concat(),
    );
    write(&dir.join("d_nul.txt"), b"Officials met\0on Tuesday.");
    // No NUL, but control characters everywhere.
    let controls: Vec<u8> = b"ab\x01\x02\x03\x04cd\x05\x06".repeat(100);
    write(&dir.join("e_controls.txt"), &controls);
    // Text with a few stray bytes and controls stays text.
    write(
        &dir.join("f_text.txt"),
        b"Seoul \xff said on \x1bTuesday that talks would resume.",
    );
    let (docs, errors) = split(read_inputs(&[dir], ReadOptions::default()));
    assert_eq!(
        texts(&docs),
        ["Seoul \u{FFFD} said on \u{1b}Tuesday that talks would resume."]
    );
    let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "binary data (NUL bytes); skipped",
            "binary data (NUL bytes); skipped",
            "binary data (NUL bytes); skipped",
            "binary data (NUL bytes); skipped",
            "binary data (60% control characters); skipped",
        ]
    );
    // Random bytes without a NUL are refused for their control characters.
    let no_nul: Vec<u8> = random_bytes(4000, 5)
        .into_iter()
        .filter(|b| *b != 0)
        .collect();
    let (docs, errors) = split(read_stream(
        "-",
        std::io::Cursor::new(no_nul),
        ReadOptions::default(),
    ));
    assert!(docs.is_empty());
    assert!(
        errors[0].message.contains("% control characters); skipped"),
        "{}",
        errors[0]
    );
}

#[test]
fn binary_json_records_are_refused_one_by_one() {
    let data = [
        b"{\"text\":\"Good one.\"}\n".to_vec(),
        b"{\"text\":\"Raw \x00\x01\x02 bytes.\"}\n".to_vec(),
        b"{\"text\":\"Escaped \\u0000 NUL.\"}\n".to_vec(),
        random_bytes(300, 9)
            .into_iter()
            .filter(|b| !matches!(b, b'\n' | b'\r'))
            .collect(),
        b"\n{\"text\":\"Good two.\"}\n".to_vec(),
    ]
    .concat();
    let (docs, errors) = split(read_stream(
        "-",
        std::io::Cursor::new(data),
        ReadOptions::default(),
    ));
    assert_eq!(texts(&docs), ["Good one.", "Good two."]);
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 3, "{messages:?}");
    assert_eq!(messages[0], "-:2: binary data (NUL bytes); skipped");
    assert_eq!(
        messages[1],
        "-:3: text field holds binary data (NUL bytes); skipped"
    );
    assert!(
        messages[2].starts_with("-:4: binary data ("),
        "{}",
        messages[2]
    );
}

#[test]
fn cr_only_line_endings_split_records() {
    let data =
        b"{\"text\":\"One.\"}\r{\"text\":\"Two.\"}\r{broken\r\r{\"text\":\"Four.\"}\r".to_vec();
    let dir = temp_dir("cr");
    let path = dir.join("mac.jsonl");
    write(&path, &data);
    for reader in [
        read_inputs(&[path], ReadOptions::default()),
        read_stream("-", std::io::Cursor::new(data), ReadOptions::default()),
    ] {
        let (docs, errors) = split(reader);
        assert_eq!(texts(&docs), ["One.", "Two.", "Four."]);
        assert_eq!(docs[2].origin.line, Some(5));
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].origin.line, Some(3));
        assert!(
            errors[0].message.starts_with("malformed JSON"),
            "{}",
            errors[0]
        );
    }
}

#[test]
fn errors_are_one_short_line() {
    let e = Reader::error(
        "a\nb.txt",
        Some(3),
        format!("bad\r\n{}", "x".repeat(10_000)),
    );
    let shown = e.to_string();
    assert!(!shown.contains('\n') && !shown.contains('\r'), "{shown}");
    assert!(shown.starts_with("a\\nb.txt:3: bad\\r\\nxxx"), "{shown}");
    assert_eq!(e.message.chars().count(), MAX_MESSAGE_CHARS);
    assert!(e.message.ends_with("..."));
    // A file whose name holds a newline.
    let dir = temp_dir("names");
    write(&dir.join("evil\nname.txt"), b"\0binary");
    let (_, errors) = split(read_inputs(&[dir], ReadOptions::default()));
    let shown = errors[0].to_string();
    assert!(
        shown.ends_with("evil\\nname.txt: binary data (NUL bytes); skipped"),
        "{shown}"
    );
}

/// Many kinds of hostile input: nothing panics, every record in is a
/// document or an error out, and every error is one short line.
#[test]
fn hostile_inputs_are_survived() {
    let mut inputs: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"\xEF\xBB\xBF".to_vec(),
        b"\xFF\xFE".to_vec(),
        b"\xFF\xFE\x00".to_vec(),
        b"\x1f\x8b".to_vec(),
        b"\x1f\x8b\x08\x00garbage".to_vec(),
        gzip(b"{\"text\":\"x\"}")
            .get(..12)
            .unwrap_or_default()
            .to_vec(),
        "[".repeat(100_000).into_bytes(),
        "{\"a\":".repeat(10_000).into_bytes(),
        format!("[{}]", "{\"text\":\"a\"},".repeat(1000)).into_bytes(),
        "<div>".repeat(50_000).into_bytes(),
        "<!--".repeat(1000).into_bytes(),
        b"{\"text\":\"\\ud800\\udbff\\udfff\"}".to_vec(),
        format!("{{\"text\":\"a\",\"id\":{}}}", "9".repeat(5000)).into_bytes(),
        b"\r\r\r\n\n\r{\"text\":\"z\"}".to_vec(),
    ];
    for seed in 1..40 {
        let mut bytes = random_bytes(2000, seed);
        // Give some of them a head that steers the sniffing.
        let head: &[u8] = match seed % 5 {
            0 => b"{",
            1 => b"[",
            2 => b"<",
            3 => b"\xFE\xFF",
            _ => b"",
        };
        bytes.splice(0..0, head.iter().copied());
        inputs.push(bytes);
    }
    for (i, input) in inputs.into_iter().enumerate() {
        let mut reader = read_stream("-", std::io::Cursor::new(input), ReadOptions::default());
        let (docs, errors) = split(reader.by_ref());
        let stats = reader.stats();
        assert_eq!(
            (stats.documents, stats.errors),
            (docs.len(), errors.len()),
            "input {i}"
        );
        if (4..=6).contains(&i) {
            // A gzip stream cut short or corrupt says so.
            assert!(errors[0].message.starts_with("gzip: "), "{}", errors[0]);
        }
        for e in &errors {
            let shown = e.to_string();
            assert!(
                !shown.contains('\n') && shown.len() < 300,
                "input {i}: {shown}"
            );
        }
    }
}

#[test]
fn empty_file_gives_nothing() {
    let dir = temp_dir("empty");
    let path = dir.join("empty.jsonl");
    write(&path, b"");
    let mut reader = read_inputs(&[path], ReadOptions::default());
    assert!(reader.next().is_none());
    assert_eq!(reader.stats().empty_inputs, 1);
    assert_eq!(reader.stats().errors, 0);
}

#[test]
fn invalid_utf8_text_file_is_kept_lossily() {
    let dir = temp_dir("utf8");
    let path = dir.join("bad.txt");
    write(&path, b"Seoul \xc3\x28 said.");
    let (docs, errors) = split(read_inputs(&[path], ReadOptions::default()));
    assert!(errors.is_empty());
    assert_eq!(docs[0].text, "Seoul \u{FFFD}( said.");
}

#[test]
fn stream_sniffing() {
    let opts = ReadOptions::default;
    let (docs, _) = split(read_stream(
        "-",
        std::io::Cursor::new(b"  {\"text\":\"J.\"}\n".to_vec()),
        opts(),
    ));
    assert_eq!(docs[0].text, "J.");
    assert_eq!(docs[0].id, "-:1");
    let (docs, _) = split(read_stream(
        "-",
        std::io::Cursor::new(b"<p>H.</p>".to_vec()),
        opts(),
    ));
    assert_eq!(docs[0].text, "H.");
    let (docs, _) = split(read_stream(
        "-",
        std::io::Cursor::new(b"Plain.".to_vec()),
        opts(),
    ));
    assert_eq!(docs[0].text, "Plain.");
    let (docs, _) = split(read_stream(
        "-",
        std::io::Cursor::new(gzip(b"{\"text\":\"G.\"}")),
        opts(),
    ));
    assert_eq!(docs[0].text, "G.");
}

#[test]
fn date_precedence_across_formats() {
    let flag = ReadOptions {
        default_date: d(2000, 1, 1),
        ..ReadOptions::default()
    };
    // Metadata beats a date in the text.
    let (docs, _) = split(read_stream(
        "m",
        std::io::Cursor::new(br#"{"date":"2019-01-04","text":"date 2022-11-03 Body."}"#.to_vec()),
        flag.clone(),
    ));
    assert_eq!(
        (docs[0].date, docs[0].date_source),
        (d(2019, 1, 4), DateSource::Metadata)
    );
    // An unparseable metadata date falls through to the text, then the flag.
    let (docs, _) = split(read_stream(
        "m",
        std::io::Cursor::new(b"{\"date\":\"soon\",\"text\":\"Friday, January 4, 2019\\n\\nBody.\"}\n{\"text\":\"Body.\"}".to_vec()),
        flag,
    ));
    assert_eq!(
        (docs[0].date, docs[0].date_source),
        (d(2019, 1, 4), DateSource::Text)
    );
    assert_eq!(
        (docs[1].date, docs[1].date_source),
        (d(2000, 1, 1), DateSource::Flag)
    );
}

#[test]
fn oversized_text_file_is_an_error() {
    let opts = ReadOptions {
        max_record_bytes: 10,
        ..ReadOptions::default()
    };
    let (docs, errors) = split(read_stream(
        "t",
        std::io::Cursor::new(b"Plain text longer than ten bytes.".to_vec()),
        opts,
    ));
    assert!(docs.is_empty());
    assert_eq!(errors.len(), 1);
}

/// Ten JSON Lines records, the text of record `i` being `Record {i}.`.
fn ten_records() -> String {
    (0..10)
        .map(|i| format!("{{\"id\":\"r{i}\",\"text\":\"Record {i} \u{e9}t\u{e9}.\"}}\n"))
        .collect()
}

fn texts(docs: &[Document]) -> Vec<&str> {
    docs.iter().map(|d| d.text.as_str()).collect()
}

#[test]
fn utf8_bom_does_not_cost_the_first_record() {
    let data = [b"\xEF\xBB\xBF".to_vec(), ten_records().into_bytes()].concat();
    let dir = temp_dir("bom");
    write(&dir.join("a.jsonl"), &data);
    write(&dir.join("b.txt"), b"\xEF\xBB\xBFTitle\n\nBody.");
    let (docs, errors) = split(read_inputs(&[dir], ReadOptions::default()));
    assert!(errors.is_empty(), "{:?}", errors.first());
    assert_eq!(docs.len(), 11);
    assert_eq!(docs[0].id, "r0");
    assert_eq!(docs[10].text, "Title\n\nBody.");
    let (docs, errors) = split(read_stream(
        "-",
        std::io::Cursor::new(data),
        ReadOptions::default(),
    ));
    assert_eq!((docs.len(), errors.len()), (10, 0));
}

#[test]
fn utf16_and_utf32_with_a_bom_are_decoded() {
    let records = ten_records();
    let expected: Vec<String> = (0..10)
        .map(|i| format!("Record {i} \u{e9}t\u{e9}."))
        .collect();
    let encodings: [(&str, Vec<u8>); 4] = [
        (
            "utf-16le",
            [
                vec![0xFF, 0xFE],
                records.encode_utf16().flat_map(u16::to_le_bytes).collect(),
            ]
            .concat(),
        ),
        (
            "utf-16be",
            [
                vec![0xFE, 0xFF],
                records.encode_utf16().flat_map(u16::to_be_bytes).collect(),
            ]
            .concat(),
        ),
        (
            "utf-32le",
            [
                vec![0xFF, 0xFE, 0, 0],
                records
                    .chars()
                    .flat_map(|c| (c as u32).to_le_bytes())
                    .collect(),
            ]
            .concat(),
        ),
        (
            "utf-32be",
            [
                vec![0, 0, 0xFE, 0xFF],
                records
                    .chars()
                    .flat_map(|c| (c as u32).to_be_bytes())
                    .collect(),
            ]
            .concat(),
        ),
    ];
    for (label, bytes) in encodings {
        for input in [bytes.clone(), gzip(&bytes)] {
            let (docs, errors) = split(read_stream(
                "-",
                std::io::Cursor::new(input),
                ReadOptions::default(),
            ));
            assert!(errors.is_empty(), "{label}: {:?}", errors.first());
            assert_eq!(texts(&docs), expected, "{label}");
            assert_eq!(docs[9].origin.line, Some(10), "{label}");
        }
    }
    // A UTF-16 text file, named as such.
    let dir = temp_dir("utf16");
    let path = dir.join("a.txt");
    let text = "Kim arrives\n\nKim arrived in Moscow.";
    write(
        &path,
        &[
            vec![0xFE, 0xFF],
            text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
        ]
        .concat(),
    );
    let (docs, errors) = split(read_inputs(&[path], ReadOptions::default()));
    assert!(errors.is_empty());
    assert_eq!(texts(&docs), [text]);
}

#[test]
fn leading_whitespace_beyond_the_first_buffer_is_skipped_when_sniffing() {
    let blank = " \n".repeat(35_000);
    let data = format!("{blank}{{\"text\":\"J one.\"}}\n{{\"text\":\"J two.\"}}\n");
    let (docs, errors) = split(read_stream(
        "-",
        std::io::Cursor::new(data.into_bytes()),
        ReadOptions::default(),
    ));
    assert!(errors.is_empty());
    assert_eq!(texts(&docs), ["J one.", "J two."]);
    assert_eq!(docs[0].origin.line, Some(35_001));
    let data = format!("{blank}[{{\"text\":\"A one.\"}}]");
    let (docs, _) = split(read_stream(
        "-",
        std::io::Cursor::new(data.into_bytes()),
        ReadOptions::default(),
    ));
    assert_eq!(texts(&docs), ["A one."]);
    let data = format!("{blank}<p>H.</p>");
    let (docs, _) = split(read_stream(
        "-",
        std::io::Cursor::new(data.into_bytes()),
        ReadOptions::default(),
    ));
    assert_eq!(texts(&docs), ["H."]);
}

#[test]
fn gzip_padding_ends_quietly_and_trailing_data_is_reported() {
    let members = [gzip(b"{\"text\":\"One.\"}\n"), gzip(b"{\"text\":\"Two.\"}")].concat();
    let padded = [members.clone(), vec![0; 4096]].concat();
    let (docs, errors) = split(read_stream(
        "p.jsonl.gz",
        std::io::Cursor::new(padded),
        ReadOptions::default(),
    ));
    assert!(errors.is_empty(), "{:?}", errors.first());
    assert_eq!(texts(&docs), ["One.", "Two."]);
    let dir = temp_dir("gztrail");
    write(
        &dir.join("a.jsonl.gz"),
        &[members, b"\x00\x00junk".to_vec()].concat(),
    );
    write(
        &dir.join("b.txt.gz"),
        &[gzip(b"Text."), b"junk".to_vec()].concat(),
    );
    let mut reader = read_inputs(&[dir], ReadOptions::default());
    let (docs, errors) = split(reader.by_ref());
    // The records before the garbage are kept, the garbage is one error per file.
    assert_eq!(texts(&docs), ["One.", "Two.", "Text."]);
    assert_eq!(errors.len(), 2);
    for e in &errors {
        assert_eq!(e.message, "trailing data after gzip stream; ignored", "{e}");
    }
    assert_eq!(reader.stats().empty_inputs, 0);
}

/// Run `f` on another thread and fail if it has not finished within a
/// minute: a guard against hangs, not a speed check.
#[cfg(unix)]
fn without_hanging<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(std::time::Duration::from_secs(60))
        .unwrap_or_else(|_| panic!("{what} hung"))
}

/// Make a FIFO at `path`; false when `mkfifo` is not available.
#[cfg(unix)]
fn mkfifo(path: &Path) -> bool {
    std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success())
}

#[cfg(unix)]
#[test]
fn special_files_in_a_directory_are_skipped_not_opened() {
    let dir = temp_dir("fifo");
    write(&dir.join("a.txt"), b"Before.");
    if !mkfifo(&dir.join("b_fifo")) {
        eprintln!("skipping: mkfifo not available");
        return;
    }
    let _socket = std::os::unix::net::UnixListener::bind(dir.join("c_socket"));
    let _ = std::os::unix::fs::symlink("/dev/null", dir.join("d_null"));
    write(&dir.join("e.txt"), b"After.");
    let (docs, errors) = without_hanging("a FIFO in a directory", move || {
        split(read_inputs(&[dir], ReadOptions::default()))
    });
    assert_eq!(texts(&docs), ["Before.", "After."]);
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 3, "{messages:?}");
    assert!(messages[0].ends_with("b_fifo: not a regular file (fifo); skipped"));
    assert!(messages[1].ends_with("c_socket: not a regular file (socket); skipped"));
    assert!(messages[2].ends_with("d_null: not a regular file (character device); skipped"));
}

#[cfg(unix)]
#[test]
fn a_named_fifo_is_streamed_and_sniffed() {
    let dir = temp_dir("namedfifo");
    let fifo = dir.join("pipe");
    if !mkfifo(&fifo) {
        eprintln!("skipping: mkfifo not available");
        return;
    }
    let writer_path = fifo.clone();
    let writer = std::thread::spawn(move || {
        std::fs::write(
            writer_path,
            b"{\"text\":\"Piped one.\"}\n{\"text\":\"Piped two.\"}\n",
        )
    });
    let (docs, errors) = without_hanging("a named FIFO", move || {
        split(read_inputs(&[fifo], ReadOptions::default()))
    });
    assert!(writer.join().is_ok_and(|r| r.is_ok()));
    assert!(errors.is_empty(), "{:?}", errors.first());
    assert_eq!(texts(&docs), ["Piped one.", "Piped two."]);
}

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

#[test]
fn seed_files() {
    let seeds = shared().join("seeds");
    let p000 = seeds.join("000_ac8235621096dcab.txt");
    let p003 = seeds.join("003_fe00a4d5a62e005b.txt");
    if !p000.exists() || !p003.exists() {
        eprintln!("skipping: seeds not found under ../shared/seeds");
        return;
    }
    let (docs, errors) = split(read_inputs(&[p000, p003], ReadOptions::default()));
    assert!(errors.is_empty());
    assert_eq!(
        docs[0].title.as_deref(),
        Some("Why Kim Jong-un sent soldiers to Russia")
    );
    assert_eq!(docs[0].date_source, DateSource::Unknown);
    assert_eq!(
        (docs[1].date, docs[1].date_source),
        (d(2022, 11, 3), DateSource::Text)
    );
    assert_eq!(docs[1].title, None);
}

#[test]
fn real_corpora_stream_without_errors() {
    let allsides = shared().join("corpora/allsides/international.jsonl.gz");
    let wikinews = shared().join("data/wikinews/articles.jsonl");
    if !allsides.exists() || !wikinews.exists() {
        eprintln!("skipping: shared corpora not found");
        return;
    }
    let mut reader = read_inputs(&[allsides, wikinews], ReadOptions::default());
    let (docs, errors) = split(reader.by_ref());
    assert!(errors.is_empty(), "{:?}", errors.first());
    assert!(docs.len() > 4900);
    let dated = docs
        .iter()
        .filter(|d| d.date_source == DateSource::Metadata)
        .count();
    assert!(
        dated * 10 >= docs.len() * 9,
        "{dated} of {} dated",
        docs.len()
    );
    assert!(docs.iter().all(|d| !d.id.is_empty() && !d.text.is_empty()));
}
