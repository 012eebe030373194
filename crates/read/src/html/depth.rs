//! A bound on element nesting before the page reaches the HTML parser.
//!
//! The HTML parser checks its stack of open elements on most start tags
//! ("is a `<p>` open in scope?"), so its work grows with tags × nesting
//! depth: 20,000 nested `<div>` elements take seconds, 400,000 take
//! minutes. Real pages nest a few dozen levels. A page whose tags nest
//! deeper than [`MAX_DEPTH`] is flattened beyond that depth, as browsers
//! do: start and end tags below the limit are replaced by a line break
//! (block elements) or dropped (inline ones), and their text is kept.
//! Pages within the limit are passed on unchanged.
//!
//! The nesting is estimated from the tags alone: void elements (`<br>`,
//! `<img>`), elements whose end tag is optional (`<p>`, `<li>`, `<td>`),
//! comments and the contents of raw-text elements (`<script>`, `<style>`)
//! add no depth, and an end tag closes the nearest open element of its
//! name among the last [`END_TAG_SEARCH`] opened, with those above it.

use super::BLOCK_TAGS;
use std::borrow::Cow;

/// Deepest element nesting handed to the parser.
pub(super) const MAX_DEPTH: usize = 256;

/// How many open elements an end tag searches for its own.
const END_TAG_SEARCH: usize = 64;

/// Elements that never have content or an end tag.
const VOID_TAGS: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Elements whose end tag may be left out: the parser closes them when a
/// sibling starts, so they do not pile up.
const OPTIONAL_END_TAGS: &[&str] = &[
    "html", "head", "body", "p", "li", "dt", "dd", "rb", "rt", "rtc", "rp", "optgroup", "option",
    "colgroup", "caption", "thead", "tbody", "tfoot", "tr", "td", "th",
];

/// Elements whose content is raw text up to their end tag.
const RAW_TEXT_TAGS: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// `source`, or a copy flattened below [`MAX_DEPTH`] when its tags nest deeper.
pub(super) fn flatten_deep(source: &str) -> Cow<'_, str> {
    if walk(source, None) <= MAX_DEPTH {
        return Cow::Borrowed(source);
    }
    let mut out = String::with_capacity(source.len());
    walk(source, Some(&mut out));
    Cow::Owned(out)
}

/// True when `name` is one of `list`, ignoring ASCII case.
fn is_in(list: &[&str], name: &str) -> bool {
    list.iter().any(|t| t.eq_ignore_ascii_case(name))
}

/// An element open in [`walk`]: where its name is in the source, and
/// whether its start tag was dropped.
struct Open {
    name: (usize, usize),
    dropped: bool,
}

/// Walk the tags of `src` and return the deepest nesting seen. With `out`,
/// also write `src` there with the tags nested deeper than [`MAX_DEPTH`]
/// replaced. Every byte is looked at a bounded number of times.
fn walk(src: &str, mut out: Option<&mut String>) -> usize {
    let b = src.as_bytes();
    let name_of = |(s, e): (usize, usize)| src.get(s..e).unwrap_or("");
    let mut stack: Vec<Open> = Vec::new();
    // Open <svg> and <math> elements: inside them `<x/>` is a closed element.
    let mut foreign = 0usize;
    let mut deepest = 0usize;
    let mut pos = 0usize;
    // Bytes of `src` before this index are already in `out`.
    let mut copied = 0usize;
    while let Some(off) = b.get(pos..).and_then(|r| memchr::memchr(b'<', r)) {
        let lt = pos + off;
        let rest = b.get(lt..).unwrap_or_default();
        if rest.starts_with(b"<!--") {
            pos = memchr::memmem::find(rest.get(4..).unwrap_or_default(), b"-->")
                .map_or(b.len(), |i| lt + 4 + i + 3);
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            pos = memchr::memchr(b'>', rest).map_or(b.len(), |i| lt + i + 1);
            continue;
        }
        let is_end = rest.get(1) == Some(&b'/');
        let name_start = lt + if is_end { 2 } else { 1 };
        if !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            pos = lt + 1;
            continue;
        }
        let name_end = b
            .get(name_start..)
            .unwrap_or_default()
            .iter()
            .position(|c| c.is_ascii_whitespace() || *c == b'/' || *c == b'>')
            .map_or(b.len(), |i| name_start + i);
        let tag_end = end_of_tag(b, name_end);
        pos = tag_end;
        let name = name_of((name_start, name_end));
        let self_closing = b.get(..tag_end).is_some_and(|t| t.ends_with(b"/>"));
        let block = is_in(BLOCK_TAGS, name);
        // What replaces this tag when it is dropped.
        let mut drop_tag = false;
        if is_end {
            if is_in(RAW_TEXT_TAGS, name) {
                continue;
            }
            let lowest = stack.len().saturating_sub(END_TAG_SEARCH);
            let found = (lowest..stack.len()).rev().find(|&i| {
                stack
                    .get(i)
                    .is_some_and(|o| name_of(o.name).eq_ignore_ascii_case(name))
            });
            match found {
                Some(i) => {
                    drop_tag = stack.get(i).is_some_and(|o| o.dropped);
                    for closed in stack.drain(i..) {
                        if is_foreign(name_of(closed.name)) {
                            foreign = foreign.saturating_sub(1);
                        }
                    }
                }
                None => drop_tag = stack.len() >= MAX_DEPTH,
            }
        } else if name.eq_ignore_ascii_case("plaintext") {
            // Everything after <plaintext> is text.
            break;
        } else if is_in(RAW_TEXT_TAGS, name) {
            // Skip the raw text; its end tag is handled as a tag next.
            pos = raw_text_end(b, tag_end, name);
            continue;
        } else if !(is_in(VOID_TAGS, name) || (self_closing && foreign > 0)) {
            drop_tag = stack.len() >= MAX_DEPTH;
            if !is_in(OPTIONAL_END_TAGS, name) {
                if is_foreign(name) {
                    foreign += 1;
                }
                stack.push(Open {
                    name: (name_start, name_end),
                    dropped: drop_tag,
                });
                deepest = deepest.max(stack.len());
            }
        }
        if drop_tag {
            if let Some(out) = out.as_deref_mut() {
                out.push_str(src.get(copied..lt).unwrap_or(""));
                if block {
                    out.push_str("<br>");
                }
                copied = tag_end;
            }
        }
    }
    if let Some(out) = out {
        out.push_str(src.get(copied..).unwrap_or(""));
    }
    deepest
}

/// `<svg>` and `<math>` hold foreign (XML-like) content.
fn is_foreign(name: &str) -> bool {
    name.eq_ignore_ascii_case("svg") || name.eq_ignore_ascii_case("math")
}

/// Index just past the `>` closing a tag whose name ends at `from`; quoted
/// attribute values may hold `>`. The end of input if it never closes.
fn end_of_tag(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(&c) = b.get(i) {
        match c {
            b'>' => return i + 1,
            b'=' => {
                i += 1;
                while b.get(i).is_some_and(u8::is_ascii_whitespace) {
                    i += 1;
                }
                if let Some(&q) = b.get(i).filter(|q| **q == b'"' || **q == b'\'') {
                    let close = b.get(i + 1..).and_then(|r| memchr::memchr(q, r));
                    i = close.map_or(b.len(), |j| i + 1 + j + 1);
                }
            }
            _ => i += 1,
        }
    }
    b.len()
}

/// Index of the `</name` that ends raw text starting at `from`, or the end of input.
fn raw_text_end(b: &[u8], from: usize, name: &str) -> usize {
    let mut pos = from;
    while let Some(off) = b.get(pos..).and_then(|r| memchr::memmem::find(r, b"</")) {
        let at = pos + off;
        let after = at + 2 + name.len();
        let matches = b
            .get(at + 2..after)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
            && b.get(after)
                .is_none_or(|c| c.is_ascii_whitespace() || *c == b'/' || *c == b'>');
        if matches {
            return at;
        }
        pos = at + 2;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_pass_unchanged() {
        let page = "<html><body><div><p>One<p>Two<ul><li>a<li>b</ul><img src=x>\
                    <script>var s = '<div><div><div>';</script><!-- <div> --></div></body></html>";
        assert!(matches!(flatten_deep(page), Cow::Borrowed(_)));
        assert_eq!(walk(page, None), 2);
        // Unclosed <p> and <li> do not add depth; an svg's self-closed shapes neither.
        let many = format!(
            "<div>{}<svg>{}</svg></div>",
            "<p>x<li>y".repeat(1000),
            "<path d='M0 0'/>".repeat(1000)
        );
        assert_eq!(walk(&many, None), 2);
    }

    #[test]
    fn deep_pages_are_flattened_below_the_limit() {
        let depth = MAX_DEPTH + 100;
        let page = format!(
            "<body>{}<p>deep</p><span>in</span>{}<p>after</p></body>",
            "<div class=\"a>b\">".repeat(depth),
            "</div>".repeat(depth)
        );
        let flat = flatten_deep(&page);
        assert_eq!(walk(&flat, None), MAX_DEPTH);
        // Dropped blocks leave a break, dropped inline elements nothing.
        assert!(flat.contains("<br><br>deep<br>in<br>"), "{flat}");
        assert!(flat.ends_with("</div><p>after</p></body>"), "{flat}");
    }

    #[test]
    fn raw_text_and_odd_tags_never_panic() {
        for page in [
            "<",
            "</",
            "<div",
            "<div a=\"",
            "<script>",
            "<script></scrip",
            "<!--",
            "<!",
            "<a\u{e9}>\u{e9}</a\u{e9}>",
            "</div></div><div/>",
        ] {
            let _ = flatten_deep(page);
            let deep = page.repeat(MAX_DEPTH * 2);
            let _ = flatten_deep(&deep);
        }
    }
}
