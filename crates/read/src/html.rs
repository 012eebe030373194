//! Article extraction from HTML pages.
//!
//! The main text is the paragraphs of the article body: the `<article>`
//! element with the most paragraph text, or else the element whose direct
//! `<p>` children hold the most text. Navigation, headers, footers, asides,
//! scripts, forms, menus and blocks whose class or id marks them as related
//! links, sharing widgets or adverts are skipped. Paragraph breaks are kept
//! as blank lines so `dyad-text` sees the same structure as in plain text.

use crate::date::parse_date;
use chrono::NaiveDate;
use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node, Selector};
use std::collections::HashMap;

/// What we take from one HTML page.
#[derive(Debug, Default)]
pub(crate) struct Page {
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub text: String,
}

/// Elements that never hold article text.
const SKIP_TAGS: &[&str] = &[
    "nav",
    "header",
    "footer",
    "aside",
    "script",
    "style",
    "form",
    "menu",
    "noscript",
    "iframe",
    "button",
    "select",
    "option",
    "template",
    "svg",
    "figure",
    "figcaption",
    "input",
    "textarea",
    "head",
    "title",
];

/// Elements that start and end a paragraph of extracted text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "dd",
    "dt",
    "dl",
    "br",
    "hr",
    "body",
];

/// Words in a class, id or role value that mark boilerplate blocks. Values
/// are cut into words (at non-alphanumerics and camelCase humps) and
/// compared whole, so `related-links` and `shareBar` match while
/// `commentary-body` or `advertorial` (article text) do not.
const BOILERPLATE_WORDS: &[&str] = &[
    "related",
    "share",
    "sharing",
    "social",
    "newsletter",
    "newsletters",
    "promo",
    "promotion",
    "advert",
    "adverts",
    "advertisement",
    "ad",
    "ads",
    "sponsor",
    "sponsored",
    "comment",
    "comments",
    "breadcrumb",
    "breadcrumbs",
    "subscribe",
    "subscription",
    "cookie",
    "cookies",
    "navigation",
    "nav",
    "navbar",
    "menu",
    "footer",
    "sidebar",
    "recommended",
    "recommendations",
    "popular",
    "trending",
    "banner",
    "complementary",
    "contentinfo",
    "outbrain",
    "taboola",
    "byline",
    "caption",
    "toolbar",
    "modal",
    "popup",
    "paywall",
];

/// Meta tags holding the publication date, most specific first.
const DATE_METAS: &[&str] = &[
    r#"meta[property="article:published_time"]"#,
    r#"meta[name="article:published_time"]"#,
    r#"meta[property="og:published_time"]"#,
    r#"meta[itemprop="datePublished"]"#,
    r#"meta[name="pubdate"]"#,
    r#"meta[name="publish-date"]"#,
    r#"meta[name="publication_date"]"#,
    r#"meta[name="DC.date.issued"]"#,
    r#"meta[name="DC.date"]"#,
    r#"meta[name="dc.date"]"#,
    r#"meta[name="date"]"#,
];

fn selector(s: &str) -> Option<Selector> {
    Selector::parse(s).ok()
}

/// Collapse runs of whitespace to single spaces and trim.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first non-empty value of `attr` on elements matching `sel`.
fn first_attr(html: &Html, sel: &str, attr: &str) -> Option<String> {
    let sel = selector(sel)?;
    html.select(&sel)
        .filter_map(|e| e.value().attr(attr))
        .map(collapse)
        .find(|v| !v.is_empty())
}

/// The first non-empty text of elements matching `sel`.
fn first_text(html: &Html, sel: &str) -> Option<String> {
    let sel = selector(sel)?;
    html.select(&sel)
        .map(|e| collapse(&e.text().collect::<String>()))
        .find(|v| !v.is_empty())
}

/// `datePublished` anywhere inside a JSON-LD value.
fn json_ld_date(v: &serde_json::Value, depth: usize) -> Option<NaiveDate> {
    if depth > 16 {
        return None;
    }
    match v {
        serde_json::Value::Object(map) => map
            .get("datePublished")
            .and_then(|d| d.as_str())
            .and_then(parse_date)
            .or_else(|| map.values().find_map(|x| json_ld_date(x, depth + 1))),
        serde_json::Value::Array(items) => items.iter().find_map(|x| json_ld_date(x, depth + 1)),
        _ => None,
    }
}

fn page_date(html: &Html) -> Option<NaiveDate> {
    for sel in DATE_METAS {
        if let Some(d) = first_attr(html, sel, "content").and_then(|v| parse_date(&v)) {
            return Some(d);
        }
    }
    if let Some(sel) = selector(r#"script[type="application/ld+json"]"#) {
        for script in html.select(&sel) {
            let body: String = script.text().collect();
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&body) {
                if let Some(d) = json_ld_date(&v, 0) {
                    return Some(d);
                }
            }
        }
    }
    first_attr(html, "time[datetime]", "datetime").and_then(|v| parse_date(&v))
}

/// True for elements whose whole subtree is boilerplate.
fn is_boilerplate(e: &ElementRef) -> bool {
    let el = e.value();
    if SKIP_TAGS.contains(&el.name()) {
        return true;
    }
    ["class", "id", "role"]
        .iter()
        .any(|a| el.attr(a).is_some_and(marks_boilerplate))
}

/// True when an attribute value contains a boilerplate word (see [`BOILERPLATE_WORDS`]).
fn marks_boilerplate(value: &str) -> bool {
    let mut word = String::new();
    let mut prev_lower = false;
    let check = |w: &mut String| {
        let hit = BOILERPLATE_WORDS.contains(&w.as_str());
        w.clear();
        hit
    };
    for c in value.chars() {
        let boundary = !c.is_alphanumeric() || (c.is_uppercase() && prev_lower);
        if boundary && check(&mut word) {
            return true;
        }
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        }
        prev_lower = c.is_lowercase();
    }
    check(&mut word)
}

/// True when `node` or one of its ancestors is boilerplate.
fn in_boilerplate(node: NodeRef<Node>) -> bool {
    std::iter::successors(Some(node), |n| n.parent())
        .filter_map(ElementRef::wrap)
        .any(|e| is_boilerplate(&e))
}

/// Total text length of an element.
fn text_len(e: &ElementRef) -> usize {
    e.text().map(str::len).sum()
}

/// The element holding the article body.
fn main_container(html: &Html) -> Option<ElementRef<'_>> {
    let p_sel = selector("p")?;
    let mut by_parent: HashMap<ego_tree::NodeId, usize> = HashMap::new();
    for p in html.select(&p_sel) {
        if in_boilerplate(*p) {
            continue;
        }
        if let Some(parent) = p.parent() {
            *by_parent.entry(parent.id()).or_default() += text_len(&p);
        }
    }
    let best_parent = by_parent
        .iter()
        .max_by_key(|(id, len)| (**len, std::cmp::Reverse(**id)))
        .and_then(|(id, len)| Some((html.tree.get(*id)?, *len)));
    let best_article = selector("article").and_then(|sel| {
        html.select(&sel)
            .filter(|a| !in_boilerplate(**a))
            .map(|a| {
                let len: usize = a
                    .select(&p_sel)
                    .filter(|p| !in_boilerplate(**p))
                    .map(|p| text_len(&p))
                    .sum();
                (a, len)
            })
            .max_by_key(|(_, len)| *len)
    });
    match (best_article, best_parent) {
        (Some((article, alen)), Some((_, plen))) if alen >= plen && alen > 0 => Some(article),
        (_, Some((node, _))) => ElementRef::wrap(node),
        (Some((article, alen)), None) if alen > 0 => Some(article),
        _ => selector("body").and_then(|b| html.select(&b).next()),
    }
}

/// Paragraph texts inside `root`, skipping boilerplate and a heading equal to `title`.
fn paragraphs(root: ElementRef, title: Option<&str>) -> Vec<String> {
    enum Step<'a> {
        Enter(NodeRef<'a, Node>),
        Leave,
    }
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, out: &mut Vec<String>| {
        let p = collapse(cur);
        cur.clear();
        if !p.is_empty() && Some(p.as_str()) != title {
            out.push(p);
        }
    };
    // An explicit stack: pages nest deeply and recursion could overflow.
    let mut stack = vec![Step::Enter(*root)];
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Leave => {
                flush(&mut cur, &mut out);
                continue;
            }
            Step::Enter(node) => node,
        };
        match node.value() {
            Node::Text(t) => {
                cur.push_str(t);
            }
            Node::Element(el) => {
                let Some(e) = ElementRef::wrap(node) else {
                    continue;
                };
                if node.id() != root.id() && is_boilerplate(&e) {
                    continue;
                }
                let block = BLOCK_TAGS.contains(&el.name());
                if block {
                    flush(&mut cur, &mut out);
                    stack.push(Step::Leave);
                }
                // Inline elements (b, a, span) add no break: "<b>talks</b> on"
                // keeps a gap only where the source has one, as browsers render it.
                let children: Vec<_> = node.children().collect();
                stack.extend(children.into_iter().rev().map(Step::Enter));
            }
            _ => {}
        }
    }
    flush(&mut cur, &mut out);
    out
}

/// Extract title, date, URL, site name and main text from an HTML page.
pub(crate) fn parse_html(source: &str) -> Page {
    let html = Html::parse_document(source);
    // <title> often carries the site name ("Kim visits Moscow | Example
    // News"); the page's <h1> is the clean headline when <title> contains it.
    let title = first_attr(&html, r#"meta[property="og:title"]"#, "content").or_else(|| {
        let head = first_text(&html, "title");
        let h1 = first_text(&html, "h1");
        match (head, h1) {
            (Some(head), Some(h1)) if head.contains(h1.as_str()) => Some(h1),
            (head, h1) => head.or(h1),
        }
    });
    let text = main_container(&html)
        .map(|root| paragraphs(root, title.as_deref()).join("\n\n"))
        .unwrap_or_default();
    Page {
        date: page_date(&html),
        url: first_attr(&html, r#"link[rel="canonical"]"#, "href")
            .or_else(|| first_attr(&html, r#"meta[property="og:url"]"#, "content")),
        source: first_attr(&html, r#"meta[property="og:site_name"]"#, "content"),
        title,
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
<title>Kim visits Moscow | Example News</title>
<meta property="og:title" content="Kim visits Moscow">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2023-09-13T08:00:00+09:00">
<link rel="canonical" href="https://news.example/kim">
<script>var x = "<p>not text</p>";</script>
</head><body>
<header><nav><ul><li>Home</li><li>World</li></ul></nav></header>
<div class="teaser"><p>Short teaser.</p></div>
<article>
  <h1>Kim visits Moscow</h1>
  <p>North Korean leader Kim Jong&nbsp;Un arrived in Moscow on Tuesday, state media said.</p>
  <div class="share-buttons"><p>Share on Facebook</p></div>
  <p>He met Putin &amp; ministers for <b>talks</b> on arms.</p>
  <aside><p>Related: Older story</p></aside>
  <h2>Weapons deal</h2>
  <p>Analysts said a deal was likely.</p>
</article>
<footer><p>Copyright 2023</p></footer>
</body></html>"#;

    #[test]
    fn extracts_metadata_and_body() {
        let page = parse_html(PAGE);
        assert_eq!(page.title.as_deref(), Some("Kim visits Moscow"));
        assert_eq!(page.date, NaiveDate::from_ymd_opt(2023, 9, 13));
        assert_eq!(page.url.as_deref(), Some("https://news.example/kim"));
        assert_eq!(page.source.as_deref(), Some("Example News"));
        assert_eq!(
            page.text,
            "North Korean leader Kim Jong Un arrived in Moscow on Tuesday, state media said.\n\n\
             He met Putin & ministers for talks on arms.\n\n\
             Weapons deal\n\n\
             Analysts said a deal was likely."
        );
    }

    #[test]
    fn falls_back_to_densest_paragraph_parent_and_other_dates() {
        let page = parse_html(
            r#"<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2019-01-04"}]}</script></head>
<body><div id="menu"><p>Home | World | Sport and a long list of links here</p></div>
<div class="story"><p>First paragraph of the story.</p><p>Second paragraph.</p></div>
<div class="related-links"><p>Another story you may like to read today</p></div></body></html>"#,
        );
        assert_eq!(
            page.text,
            "First paragraph of the story.\n\nSecond paragraph."
        );
        assert_eq!(page.date, NaiveDate::from_ymd_opt(2019, 1, 4));
        let page = parse_html(
            r#"<title>Big talks - Site</title><h1>Big talks</h1><time datetime="2020-02-03">Feb 3</time><p>Text.</p>"#,
        );
        assert_eq!(page.date, NaiveDate::from_ymd_opt(2020, 2, 3));
        assert_eq!(page.title.as_deref(), Some("Big talks"));
    }

    #[test]
    fn boilerplate_words_match_whole() {
        assert!(marks_boilerplate("related-links"));
        assert!(marks_boilerplate("story shareBar"));
        assert!(marks_boilerplate("ad"));
        assert!(marks_boilerplate("site_footer"));
        assert!(!marks_boilerplate("commentary-body"));
        assert!(!marks_boilerplate("article-body header-less"));
        assert!(!marks_boilerplate("lead shadow"));
    }

    #[test]
    fn no_paragraphs_uses_body_text_and_never_panics() {
        let page = parse_html("<html><body><div>Line one<br>Line two</div></body></html>");
        assert_eq!(page.text, "Line one\n\nLine two");
        let deep = "<div>".repeat(5000) + "deep" + &"</div>".repeat(5000);
        let page = parse_html(&deep);
        assert!(page.text.contains("deep"));
        let page = parse_html("");
        assert_eq!(page.text, "");
    }
}
