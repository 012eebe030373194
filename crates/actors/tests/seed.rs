//! End to end on the first seed article: segmentation by `dyad-text`,
//! tagging and parsing by `dyad-syntax`, the built-in knowledge base, and
//! the mention finder.

use dyad_actors::{find_mentions, KnowledgeBase, Mention};
use std::path::PathBuf;

fn seed() -> Option<dyad_core::Document> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/seeds/000_ac8235621096dcab.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {} is absent", path.display());
        return None;
    };
    let mut doc = dyad_core::Document::new("seed-000", text);
    doc.date = chrono::NaiveDate::from_ymd_opt(2024, 10, 30);
    dyad_text::segment(&mut doc);
    // The assertions below hold with or without a parse; a syntax model
    // that fails to load is that crate's test failure, not this one's.
    match dyad_syntax::Model::builtin() {
        Ok(model) => model.annotate_document(&mut doc),
        Err(e) => eprintln!("parsing skipped: {e:#}"),
    }
    Some(doc)
}

fn any(ms: &[Mention], text: &str, country: &str, sector: Option<&str>) -> bool {
    ms.iter().any(|m| {
        m.text == text
            && m.code.country.as_deref() == Some(country)
            && m.code.sector.as_deref() == sector
    })
}

#[test]
fn seed_article_actors() {
    let Some(doc) = seed() else { return };
    let kb = KnowledgeBase::builtin().expect("built-in knowledge base");
    let ms = find_mentions(kb, &doc);
    let listing: Vec<String> = ms
        .iter()
        .map(|m| format!("{} {:?} {:?}", m.text, m.code.country, m.code.sector))
        .collect();

    assert!(any(&ms, "North Korea", "PRK", None), "{listing:#?}");
    assert!(any(&ms, "Pyongyang", "PRK", Some("GOV")), "{listing:#?}");
    assert!(any(&ms, "Russia", "RUS", None), "{listing:#?}");
    assert!(any(&ms, "Moscow", "RUS", Some("GOV")), "{listing:#?}");
    assert!(
        any(
            &ms,
            "South Korea's intelligence services",
            "KOR",
            Some("SPY")
        ),
        "{listing:#?}"
    );
    assert!(any(&ms, "Kim Jong-un", "PRK", Some("GOV")), "{listing:#?}");
    assert!(any(&ms, "Jo Tae-yong", "KOR", Some("SPY")), "{listing:#?}");

    // Nothing from the page furniture at the top.
    let furniture = doc
        .text
        .find("DayFR Euro")
        .expect("seed starts with its site name");
    let furniture = dyad_core::Span::new(furniture, furniture + "DayFR Euro".len());
    assert!(
        ms.iter().all(|m| !m.span.overlaps(furniture)),
        "{listing:#?}"
    );
    // Every mention's text is exactly the bytes its span covers.
    for m in &ms {
        assert_eq!(m.span.slice(&doc.text), m.text);
        assert!(m.start < m.end && (m.start..m.end).contains(&m.head));
    }
}
