//! Article extraction from HTML pages.
//!
//! The main text is the paragraphs of the article body: the `<article>`
//! element with the most paragraph text, or else the element whose direct
//! `<p>` children hold the most text. Navigation, headers, footers, asides,
//! scripts, forms, menus and blocks whose class or id marks them as related
//! links, sharing widgets or adverts are skipped. Paragraph breaks are kept
//! as blank lines so `dyad-text` sees the same structure as in plain text.
//!
//! The work is linear in the size of the page: the body is chosen in one
//! walk over the tree (boilerplate flags computed top-down, text lengths
//! bottom-up), and pages nesting elements deeper than the parser handles
//! in linear time are flattened first (see [`depth`]).

use crate::date::parse_date;
use chrono::NaiveDate;
use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node, Selector};
use std::collections::HashMap;

mod depth;

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

/// The first non-empty text, in document order, of the elements named
/// `name`. When an element's text is empty so is the text of every element
/// inside it, so its subtree is skipped: nested elements are not re-read.
fn first_text(html: &Html, name: &str) -> Option<String> {
    let mut stack = vec![html.tree.root()];
    while let Some(node) = stack.pop() {
        count_visit();
        if let Some(e) = ElementRef::wrap(node) {
            if e.value().name() == name {
                let text = collapse(&e.text().collect::<String>());
                if !text.is_empty() {
                    return Some(text);
                }
                continue;
            }
        }
        stack.extend(node.children().rev());
    }
    None
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

/// Per-element figures gathered in one walk over the page, so choosing the
/// article body is linear in the size of the page however deeply it nests.
struct Scores {
    /// Text length of the non-boilerplate `<p>` children of each element.
    by_parent: HashMap<ego_tree::NodeId, usize>,
    /// Each non-boilerplate `<article>`, in document order, with the text
    /// length of the non-boilerplate `<p>` elements inside it.
    articles: Vec<(ego_tree::NodeId, usize)>,
}

/// One open element of the walk in [`score_tree`].
struct Frame<'a> {
    node: NodeRef<'a, Node>,
    /// The next child to visit.
    next: Option<NodeRef<'a, Node>>,
    /// This element or an ancestor is boilerplate (computed top-down).
    boilerplate: bool,
    /// Text length of the subtree (summed bottom-up).
    text: usize,
    /// Text length of the non-boilerplate `<p>` elements in the subtree.
    p_text: usize,
    /// Index in [`Scores::articles`] when this is a scored `<article>`.
    article: Option<usize>,
}

impl<'a> Frame<'a> {
    fn new(node: NodeRef<'a, Node>, boilerplate: bool) -> Self {
        Frame {
            node,
            next: node.first_child(),
            boilerplate,
            text: 0,
            p_text: 0,
            article: None,
        }
    }
}

/// Walk the page once, depth first with an explicit stack: the boilerplate
/// flag flows down from parent to child, text lengths flow up from child
/// to parent. Every node is visited once.
fn score_tree(html: &Html) -> Scores {
    let mut scores = Scores {
        by_parent: HashMap::new(),
        articles: Vec::new(),
    };
    let mut stack = vec![Frame::new(html.tree.root(), false)];
    while let Some(top) = stack.last_mut() {
        if let Some(child) = top.next {
            top.next = child.next_sibling();
            count_visit();
            match child.value() {
                Node::Text(t) => top.text += t.len(),
                Node::Element(el) => {
                    let boilerplate = top.boilerplate
                        || ElementRef::wrap(child).is_some_and(|e| is_boilerplate(&e));
                    let mut frame = Frame::new(child, boilerplate);
                    if el.name() == "article" && !boilerplate {
                        frame.article = Some(scores.articles.len());
                        scores.articles.push((child.id(), 0));
                    }
                    stack.push(frame);
                }
                _ => {}
            }
            continue;
        }
        // All children seen: close this element and pass its figures up.
        let Some(mut done) = stack.pop() else {
            break;
        };
        let is_p = matches!(done.node.value(), Node::Element(el) if el.name() == "p");
        if is_p && !done.boilerplate {
            done.p_text += done.text;
            if let Some(parent) = done.node.parent() {
                *scores.by_parent.entry(parent.id()).or_default() += done.text;
            }
        }
        if let Some(slot) = done.article.and_then(|i| scores.articles.get_mut(i)) {
            slot.1 = done.p_text;
        }
        if let Some(parent) = stack.last_mut() {
            parent.text += done.text;
            parent.p_text += done.p_text;
        }
    }
    scores
}

/// The element holding the article body: the `<article>` with the most
/// paragraph text, unless some element's direct `<p>` children hold more.
fn main_container(html: &Html) -> Option<ElementRef<'_>> {
    let scores = score_tree(html);
    let best_parent = scores
        .by_parent
        .iter()
        .max_by_key(|(id, len)| (**len, std::cmp::Reverse(**id)))
        .and_then(|(id, len)| Some((html.tree.get(*id)?, *len)));
    // The last of equally long articles, as before.
    let best_article = scores
        .articles
        .iter()
        .max_by_key(|(_, len)| *len)
        .and_then(|(id, len)| Some((ElementRef::wrap(html.tree.get(*id)?)?, *len)));
    match (best_article, best_parent) {
        (Some((article, alen)), Some((_, plen))) if alen >= plen && alen > 0 => Some(article),
        (_, Some((node, _))) => ElementRef::wrap(node),
        (Some((article, alen)), None) if alen > 0 => Some(article),
        _ => selector("body").and_then(|b| html.select(&b).next()),
    }
}

/// Count one node visited by an extraction walk (tests check that the work
/// stays linear in the size of the page).
#[inline]
fn count_visit() {
    #[cfg(test)]
    tests::VISITS.with(|v| v.set(v.get() + 1));
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
        count_visit();
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
    let source = depth::flatten_deep(source);
    let html = Html::parse_document(&source);
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

    thread_local! {
        /// Nodes visited by the extraction walks on this thread.
        pub(super) static VISITS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    /// Extract `page`, returning the page, the nodes visited and the nodes
    /// in the tree the parser built.
    fn extract_counting(page: &str) -> (Page, usize, usize) {
        VISITS.with(|v| v.set(0));
        let out = parse_html(page);
        let visits = VISITS.with(|v| v.get());
        let nodes = Html::parse_document(&depth::flatten_deep(page))
            .tree
            .nodes()
            .count();
        (out, visits, nodes)
    }

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

    #[test]
    fn nested_containers_cost_linear_work() {
        // Issue 13: 1,000 nested <article> elements took 14 s when every
        // element re-walked its ancestors and descendants.
        let depth = 5000;
        for tag in ["article", "div"] {
            let page = format!(
                "<html><body>{}{}</body></html>",
                format!("<{tag}><p>Level text.</p>").repeat(depth),
                format!("</{tag}>").repeat(depth)
            );
            let (out, visits, nodes) = extract_counting(&page);
            assert!(
                visits <= 4 * nodes,
                "{tag}: {visits} visits for {nodes} nodes"
            );
            assert_eq!(out.text.matches("Level text.").count(), depth, "{tag}");
        }
    }

    #[test]
    fn two_megabyte_page_costs_linear_work() {
        let block = concat!(
            "<section><div class=\"story\"><div><div><p>The ministers met in the capital ",
            "on Tuesday and agreed to resume the talks next month, officials said.</p>",
            "<aside class=\"related\"><p>Read more</p></aside></div></div></div>",
            "<nav><ul><li>Home</li><li>World</li></ul></nav></section>\n"
        );
        let page = format!(
            "<html><body><article>{}</article></body></html>",
            block.repeat(2 * 1024 * 1024 / block.len())
        );
        assert!(page.len() > 2_000_000);
        let (out, visits, nodes) = extract_counting(&page);
        assert!(visits <= 4 * nodes, "{visits} visits for {nodes} nodes");
        assert!(out.text.starts_with("The ministers met"));
        assert!(!out.text.contains("Read more") && !out.text.contains("Home"));
    }
}
