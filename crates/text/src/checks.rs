//! Whole-pipeline checks: the seed articles, pseudo-random input and (when
//! present) a real news corpus. They assert the invariants every later stage
//! relies on: spans in bounds and on char boundaries, token forms equal to
//! the normalised text they cover, sentences ordered and non-overlapping.

use crate::{normalize_form, segment};
use dyad_core::{Document, SegmentRole};
use std::io::BufRead;
use std::path::PathBuf;

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

/// Panics with a description if `doc` breaks a segmentation invariant.
fn check_invariants(doc: &Document) {
    let text = &doc.text;
    let mut last_end = 0;
    for p in &doc.paragraphs {
        assert!(p.start >= last_end && p.start < p.end && p.end <= text.len());
        assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
        last_end = p.end;
    }
    let mut last_end = 0;
    for s in &doc.sentences {
        assert!(s.span.start >= last_end, "sentences overlap in {}", doc.id);
        assert!(s.span.start < s.span.end && s.span.end <= text.len());
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        let para = doc.paragraphs[s.paragraph];
        assert!(para.start <= s.span.start && s.span.end <= para.end);
        assert!(!s.tokens.is_empty());
        let mut tok_end = s.span.start;
        for t in &s.tokens {
            assert!(t.span.start >= tok_end && t.span.end <= s.span.end);
            let raw = text
                .get(t.span.start..t.span.end)
                .unwrap_or_else(|| panic!("token span off char boundary in {}", doc.id));
            assert!(!t.form.is_empty());
            assert_eq!(normalize_form(raw), t.form);
            tok_end = t.span.end;
        }
        last_end = s.span.end;
    }
}

const SEED_000_HEAD: &str = "DayFR Euro\n\nWhy Kim Jong-un sent soldiers to Russia\n\nThe effect is immediate: with the sending of its soldiers to Russia, North Korea propels itself as an important piece on the great chessboard of the international community. Kim Jong-un recalls his presence there by appearing alongside Putin, after having experienced American economic sanctions, the failure of summits with Donald Trump [en 2018 et 2019]the arrival of a conservative government in Seoul, the isolation of North Korea on the diplomatic scene, etc.\n\n";

const SEED_003_HEAD: &str = " date 2022-11-03 Let us immediately neutralize the great scare that arrived on November 2 after the announcement of the launch of 23 North Korean missiles with the consequent response of South Korea: we are not at the beginning of a new Korean war, or to be more precise the continuation of a conflict which, technically, only experienced an armistice in 1953 without ever reaching a peace treaty.\n\nIn short, war is not upon us.";

fn segmented(text: &str) -> Document {
    let mut doc = Document::new("t", text);
    segment(&mut doc);
    check_invariants(&doc);
    doc
}

fn assert_no_glued_furniture(doc: &Document) {
    for s in doc
        .sentences
        .iter()
        .filter(|s| s.role != SegmentRole::Furniture)
    {
        let t = s.text(&doc.text);
        assert!(!t.contains("DayFR Euro"), "furniture glued into {t:?}");
        assert!(!t.contains("Related News"), "furniture glued into {t:?}");
        assert!(!t.contains("date 2022-11-03"), "furniture glued into {t:?}");
    }
}

#[test]
fn seed_000_head() {
    let doc = segmented(SEED_000_HEAD);
    let s = &doc.sentences;
    assert_eq!(s[0].text(&doc.text), "DayFR Euro");
    assert_eq!(s[0].role, SegmentRole::Furniture);
    assert_eq!(
        s[1].text(&doc.text),
        "Why Kim Jong-un sent soldiers to Russia"
    );
    assert_eq!(s[1].role, SegmentRole::Heading);
    assert!(s[2].text(&doc.text).starts_with("The effect is immediate:"));
    assert_eq!(s[2].role, SegmentRole::Body);
    assert!(s[3].text(&doc.text).starts_with("Kim Jong-un recalls"));
    let forms: Vec<&str> = s[3].tokens.iter().map(|t| t.form.as_str()).collect();
    let at = forms.iter().position(|f| *f == "]").unwrap_or(0);
    assert_eq!(forms.get(at + 1), Some(&"the"));
    assert!(forms.contains(&"Jong-un"));
    assert_eq!(forms.last(), Some(&"etc."));
    assert_no_glued_furniture(&doc);
}

#[test]
fn seed_003_head() {
    let doc = segmented(SEED_003_HEAD);
    let s = &doc.sentences;
    assert_eq!(s[0].text(&doc.text), "date 2022-11-03");
    assert_eq!(s[0].role, SegmentRole::Furniture);
    assert!(s[1].text(&doc.text).starts_with("Let us immediately"));
    assert_eq!(s[1].role, SegmentRole::Body);
    assert_no_glued_furniture(&doc);
    // The brief's variant with the label still attached.
    let doc = segmented(&format!("Related News :{SEED_003_HEAD}"));
    assert_eq!(doc.sentences[0].text(&doc.text), "Related News :");
    assert_eq!(doc.sentences[1].text(&doc.text), "date 2022-11-03");
    assert!(doc.sentences[2].text(&doc.text).starts_with("Let us"));
    assert_no_glued_furniture(&doc);
}

#[test]
fn seed_files_in_full() {
    let dir = shared().join("seeds");
    let mut seen = 0;
    for name in ["000_ac8235621096dcab.txt", "003_fe00a4d5a62e005b.txt"] {
        let Ok(text) = std::fs::read_to_string(dir.join(name)) else {
            eprintln!("skipping: {name} not found under ../shared/seeds");
            continue;
        };
        let doc = segmented(&text);
        assert_no_glued_furniture(&doc);
        assert!(doc.sentences.len() > 10);
        seen += 1;
        if name.starts_with("000") {
            // The closing "-" and "Related News :" lines are furniture.
            let tail: Vec<_> = doc.sentences.iter().rev().take(2).map(|s| s.role).collect();
            assert_eq!(tail, [SegmentRole::Furniture, SegmentRole::Furniture]);
            let headings = doc
                .sentences
                .iter()
                .filter(|s| s.role == SegmentRole::Heading)
                .count();
            assert!(headings >= 3, "title and section headings: {headings}");
        }
    }
    eprintln!("checked {seen} seed files");
}

/// Small deterministic generator (xorshift) so the fuzz test is reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn never_panics_on_random_input() {
    const PIECES: &[&str] = &[
        "a",
        "U.S.",
        ".",
        "!",
        "?",
        "\"",
        "\u{201C}",
        "\u{201D}",
        "'",
        "\u{2019}",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\u{00A0}",
        "\u{200B}",
        "\u{00AD}",
        "e\u{301}",
        "Gen.",
        "The",
        "n't",
        "'s",
        "3,000",
        "$",
        "%",
        "(",
        ")",
        "[",
        "]",
        "--",
        "\u{2014}",
        "\u{2026}",
        "...",
        "http://x.org/(a)",
        "a@b.co",
        ":",
        "Related News :",
        "date 2022-11-03",
        "-",
        "Kim",
        "\u{4e2d}",
        "\u{1F600}",
        "\r\n",
        ",",
        "No.",
        "www.",
        "@",
        "''",
        "`",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let len = (rng.next() % 40) as usize;
        let mut s = String::new();
        for _ in 0..len {
            s.push_str(PIECES[(rng.next() % PIECES.len() as u64) as usize]);
        }
        segmented(&s);
    }
    // One large document of the same pieces: catches super-linear work.
    let mut big = String::new();
    while big.len() < 1_000_000 {
        big.push_str(PIECES[(rng.next() % PIECES.len() as u64) as usize]);
    }
    let started = std::time::Instant::now();
    segmented(&big);
    assert!(
        started.elapsed().as_secs() < 20,
        "segmenting 1 MB took {:?}",
        started.elapsed()
    );
    for _ in 0..3000 {
        let len = (rng.next() % 200) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| (rng.next() & 0xFF) as u8).collect();
        segmented(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn real_corpus_keeps_invariants() {
    let path = shared().join("corpora/allsides/international.jsonl.gz");
    let Ok(file) = std::fs::File::open(&path) else {
        eprintln!("skipping: {} not found", path.display());
        return;
    };
    let reader = std::io::BufReader::new(flate2::read::GzDecoder::new(file));
    let mut docs = 0;
    let mut sentences = 0;
    for line in reader.lines() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        let doc = segmented(text);
        docs += 1;
        sentences += doc.sentences.len();
    }
    eprintln!("{docs} documents, {sentences} sentences");
    assert!(docs > 1000 && sentences > 20 * docs);
}

#[test]
fn a_dateline_is_its_own_segment() {
    let doc = segmented(
        "Strikes on the border\n\nGAZA CITY, Gaza Strip (AP) \u{2014} Israeli aircraft struck targets on Tuesday.\n\nWASHINGTON (Reuters) - Officials said more.",
    );
    let texts: Vec<(&str, SegmentRole)> = doc
        .sentences
        .iter()
        .map(|s| (s.text(&doc.text), s.role))
        .collect();
    assert_eq!(
        texts[1],
        ("GAZA CITY, Gaza Strip (AP) \u{2014}", SegmentRole::Dateline)
    );
    assert_eq!(
        texts[2],
        (
            "Israeli aircraft struck targets on Tuesday.",
            SegmentRole::Body
        )
    );
    assert_eq!(texts[3], ("WASHINGTON (Reuters) -", SegmentRole::Dateline));
    assert_no_glued_furniture(&doc);
    // The agency alone, where the place was cut off.
    let doc = segmented("(Reuters) - Four senators urged the Army to act.");
    assert_eq!(doc.sentences[0].text(&doc.text), "(Reuters) -");
    assert_eq!(doc.sentences[0].role, SegmentRole::Dateline);
    assert_eq!(doc.sentences[1].role, SegmentRole::Body);
}

#[test]
fn capitals_without_a_dateline_shape_stay_body() {
    // A capitalised subject, a hyphenated place, a dash far into the
    // sentence: none is a dateline.
    for text in [
        "NATO leaders met in Brussels on Tuesday - and agreed on little.",
        "PORT-AU-PRINCE residents fled the fighting.",
        "The UN - and its agencies - asked for aid.",
    ] {
        let doc = segmented(text);
        assert!(
            doc.sentences.iter().all(|s| s.role == SegmentRole::Body),
            "{text}"
        );
    }
}

#[test]
fn a_run_without_sentence_end_is_cut_at_the_token_limit() {
    use dyad_core::MAX_SENTENCE_TOKENS;
    let text = "the ".repeat(1000);
    let doc = segmented(&text);
    assert_eq!(
        doc.sentences.len(),
        1000_usize.div_ceil(MAX_SENTENCE_TOKENS)
    );
    for (i, s) in doc.sentences.iter().enumerate() {
        assert!(s.tokens.len() <= MAX_SENTENCE_TOKENS);
        assert_eq!(s.forced_end, i + 1 < doc.sentences.len());
    }
    // With commas in the run, the cut falls just after one.
    let text = "one, two three four ".repeat(100);
    let doc = segmented(&text);
    let first = &doc.sentences[0];
    assert!(first.forced_end);
    assert_eq!(first.tokens.last().map(|t| t.form.as_str()), Some(","));
    let total: usize = doc.sentences.iter().map(|s| s.tokens.len()).sum();
    assert_eq!(total, 500);
    check_invariants(&doc);
}

#[test]
fn a_document_past_the_token_budget_is_cut_and_says_where() {
    use dyad_core::MAX_DOCUMENT_TOKENS;
    let text = "Word one. ".repeat(MAX_DOCUMENT_TOKENS / 3 + 10);
    let doc = segmented(&text);
    assert!(doc.token_count() <= MAX_DOCUMENT_TOKENS);
    let at = doc.analysed_bytes.expect("the cut is reported");
    assert!(at < text.len());
    assert!(doc.sentences.iter().all(|s| s.span.end <= at));
    // A document within the budget is whole.
    let doc = segmented(&"Word one. ".repeat(1000));
    assert_eq!(doc.analysed_bytes, None);
    check_invariants(&doc);
}
