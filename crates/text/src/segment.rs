//! Paragraphs, sentences and segment roles.
//!
//! A paragraph is a run of non-blank lines; a heading-like short line also
//! ends its paragraph when the next line starts a new one, because scraped
//! news often puts a section heading directly above its text. Sentences are
//! found inside paragraphs only.
//!
//! Roles: a paragraph that is a single short line without final punctuation
//! (and without a sentence end inside) is a [`SegmentRole::Heading`], except
//! page furniture: site-name lines above the title, date-only lines, lines
//! without any letter or digit, furniture labels ("Related News :", "Read
//! more:", "Advertisement"), short lines opening with a furniture phrase
//! ("Sign up for ...") or holding a credit ("... contributed to this
//! report", "Getty Images"), bylines and bare author names. A label or a
//! `date YYYY-MM-DD` marker at the start of a longer paragraph becomes its
//! own furniture segment and the body sentence starts after it.
//!
//! The word lists behind these rules live in `lexicon.rs`; the rules match
//! shapes (short line, label plus colon, capitalised names), never whole
//! strings of particular sites.

use crate::lexicon::{
    abbrev, is_speech_verb, is_starter, Abbrev, BOILERPLATE_PHRASES, CALENDAR_WORDS,
    CAPTION_LABELS, FURNITURE_LABELS, FURNITURE_LINE_PHRASES, FURNITURE_LINE_STARTS, LINK_LABELS,
    PHOTO_CREDITS, SLIDESHOW_PHRASES,
};
use crate::normalize::is_space;
use crate::tokenize::tokenize_at_most;
use dyad_core::{
    Document, SegmentRole, Sentence, Span, Token, MAX_DOCUMENT_TOKENS, MAX_SENTENCE_TOKENS,
};

/// Longest line (in words) that can be a heading or title.
const HEADING_MAX_WORDS: usize = 20;
/// Longest line (in words) whose heading-likeness ends a paragraph at a single newline.
const HEADING_BREAK_MAX_WORDS: usize = 10;
/// Leading furniture candidates above a title are short site names.
const SITE_NAME_MAX_WORDS: usize = 3;
/// A title has at least this many words when a site-name line precedes it.
const TITLE_MIN_WORDS: usize = 4;
/// Datelines open an article: only its first paragraphs are searched.
const DATELINE_MAX_PARAGRAPH: usize = 3;
/// A dateline's dash comes within this many bytes of the paragraph start.
const DATELINE_MAX_BYTES: usize = 80;
/// How far after its start a hover card's closing "MORE" link is looked for.
const CARD_MAX_BYTES: usize = 1200;
/// How many paragraphs from the top are considered when looking for a title.
const TITLE_SEARCH_PARAGRAPHS: usize = 8;

/// Fill `doc.paragraphs` and `doc.sentences` from `doc.text`.
///
/// Sentences carry their span, paragraph index, role and tokens (span and
/// form only; tags are left for the syntax layer). Any previous paragraphs
/// and sentences are replaced. Never panics, whatever the text.
pub fn segment(doc: &mut Document) {
    let text = doc.text.as_str();
    let paragraphs: Vec<Span> = Paragraphs::new(text).collect();
    let leading = leading_roles(text, &paragraphs);
    let mut out = Out {
        sentences: Vec::with_capacity(paragraphs.len() * 4),
        budget: MAX_DOCUMENT_TOKENS,
        cut_at: None,
    };
    for (pi, &para) in paragraphs.iter().enumerate() {
        if out.cut_at.is_some() {
            break;
        }
        let forced = leading.get(pi).copied().flatten();
        segment_paragraph(text, para, pi, forced, &mut out);
    }
    doc.paragraphs = paragraphs;
    doc.sentences = out.sentences;
    // A budget spent exactly at the end of the text cut nothing.
    doc.analysed_bytes = out
        .cut_at
        .filter(|&at| doc.text.get(at..).is_some_and(|r| !r.trim().is_empty()));
}

/// Sentences being built, with what is left of the document's token
/// budget.
struct Out {
    sentences: Vec<Sentence>,
    /// Tokens the document may still take.
    budget: usize,
    /// Where segmentation stopped, once the budget ran out.
    cut_at: Option<usize>,
}

/// The span of the article title in plain text, if the text opens with one:
/// a short line without final punctuation standing alone as a paragraph.
/// Short site-name lines above a longer title are skipped (see module docs).
pub fn title_span(text: &str) -> Option<Span> {
    let paragraphs: Vec<Span> = Paragraphs::new(text)
        .take(TITLE_SEARCH_PARAGRAPHS)
        .collect();
    let leading = leading_roles(text, &paragraphs);
    paragraphs
        .iter()
        .zip(leading.iter())
        .find(|(_, role)| **role == Some(SegmentRole::Heading))
        .map(|(p, _)| *p)
}

/// Roles forced on the paragraphs at the top of the text: the title (a
/// heading) and any short site-name lines above it (furniture). Later
/// entries are `None` (decided per paragraph).
fn leading_roles(text: &str, paragraphs: &[Span]) -> Vec<Option<SegmentRole>> {
    let mut roles = vec![None; paragraphs.len()];
    let mut candidates: Vec<(usize, usize)> = Vec::new(); // (index, words)
    for (i, p) in paragraphs.iter().enumerate().take(TITLE_SEARCH_PARAGRAPHS) {
        let t = p.slice(text);
        if plain_furniture(t) || starts_with_furniture(t) {
            continue;
        }
        if !is_heading_line(t) {
            break;
        }
        candidates.push((i, word_count(t)));
    }
    let title_pos = candidates
        .iter()
        .position(|&(_, w)| w >= TITLE_MIN_WORDS)
        .unwrap_or(candidates.len().saturating_sub(1));
    for (k, &(i, words)) in candidates.iter().enumerate() {
        if let Some(slot) = roles.get_mut(i) {
            *slot = if k < title_pos && words <= SITE_NAME_MAX_WORDS {
                Some(SegmentRole::Furniture)
            } else if k <= title_pos {
                Some(SegmentRole::Heading)
            } else {
                None
            };
        }
    }
    roles
}

/// A whole paragraph that is furniture whatever its position: no letters or
/// digits (a lone `-`), a date-only line, or a bare furniture label.
fn plain_furniture(t: &str) -> bool {
    if !t.chars().any(char::is_alphanumeric) {
        return true;
    }
    if is_date_line(t) {
        return true;
    }
    if let Some(end) = label_at(t, 0) {
        if t.get(end..)
            .is_some_and(|r| r.trim_matches(is_space).is_empty())
        {
            return true;
        }
    }
    if !is_heading_line(t) {
        return false;
    }
    // "██ Rebel-held areas": the colour swatch of a map or chart legend.
    if t.trim_start_matches(is_space)
        .starts_with(|c: char| matches!(c, '\u{2580}'..='\u{259F}' | '\u{25A0}' | '\u{25A1}'))
    {
        return true;
    }
    // "- Follow the Ticker on Twitter": ignore list dashes and bullets.
    let bare = t.trim_start_matches(|c: char| !c.is_alphanumeric());
    starts_with_phrase(bare, FURNITURE_LINE_STARTS)
        || contains_phrase(t, FURNITURE_LINE_PHRASES)
        || is_byline(t)
        || is_name_line(t)
}

/// Longest paragraph that boilerplate phrases can make furniture: a
/// news paragraph may mention a privacy policy.
const BOILERPLATE_MAX_WORDS: usize = 60;

/// A short paragraph of site boilerplate or a captioned picture: a cookie
/// or privacy notice, a newsletter plug ("By continuing to use this site
/// you agree to our privacy policy"), or a photo credit ("(AP Photo/...)").
fn boilerplate_paragraph(t: &str) -> bool {
    (word_count(t) <= BOILERPLATE_MAX_WORDS
        && (contains_phrase(t, BOILERPLATE_PHRASES) || contains_phrase(t, PHOTO_CREDITS)))
        || contains_phrase(t, SLIDESHOW_PHRASES)
}

/// True when `t` contains one of `phrases`, ignoring ASCII case.
fn contains_phrase(t: &str, phrases: &[&str]) -> bool {
    let lower = t.to_ascii_lowercase();
    phrases.iter().any(|p| lower.contains(p))
}

/// A line that is only a person's name or two ("Jen Kirby", "Deirdre
/// Shesgreen and Kim Hjelmgaard"): an author credit. Each name is two or
/// three capitalised words that are not function words; names are joined by
/// `and`, `&` or commas, at most three of them. Such a line carries no
/// event, so calling a rare name-like section heading furniture costs nothing.
fn is_name_line(t: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "The", "A", "An", "Of", "In", "On", "To", "For", "At", "By", "With", "And", "Or", "But",
        "Is", "Are", "Was", "Do", "Does", "Not", "No", "Says", "Said", "From", "Over", "After",
    ];
    let mut groups = 0;
    let mut in_group = 0;
    let close = |in_group: &mut usize, groups: &mut usize| -> bool {
        let ok = (2..=3).contains(in_group);
        *groups += 1;
        *in_group = 0;
        ok
    };
    for w in t.split(is_space).filter(|w| !w.is_empty()) {
        if w == "and" || w == "&" {
            if !close(&mut in_group, &mut groups) {
                return false;
            }
            continue;
        }
        let (word, comma) = match w.strip_suffix(',') {
            Some(x) => (x, true),
            None => (w, false),
        };
        let mut chars = word.chars();
        let first_upper = chars.next().is_some_and(char::is_uppercase);
        let rest_ok = chars.all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '\u{2019}' | '.'));
        if !first_upper || !rest_ok || word.len() < 2 || FUNCTION_WORDS.contains(&word) {
            return false;
        }
        in_group += 1;
        if comma && !close(&mut in_group, &mut groups) {
            return false;
        }
    }
    close(&mut in_group, &mut groups) && groups <= 3
}

/// True when `t` starts (case-insensitively, at a word boundary) with one of `phrases`.
fn starts_with_phrase(t: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| {
        t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p))
            && !t
                .get(p.len()..)
                .is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// "By Anna Smith and Kim Lee": `By` followed by a few capitalised names
/// (joined by `and` or commas). "By the numbers" is not a byline.
fn is_byline(t: &str) -> bool {
    let mut words = t.split(is_space).filter(|w| !w.is_empty());
    if !words.next().is_some_and(|w| w == "By" || w == "BY") {
        return false;
    }
    let mut names = 0;
    for w in words {
        if w == "and" || w == "&" {
            continue;
        }
        if !w.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        names += 1;
    }
    (1..=8).contains(&names)
}

/// True when a furniture label or date marker opens the paragraph.
fn starts_with_furniture(t: &str) -> bool {
    label_at(t, 0).is_some() || date_marker_at(t, 0).is_some()
}

/// Split one paragraph into segments and push them.
fn segment_paragraph(
    text: &str,
    para: Span,
    index: usize,
    forced: Option<SegmentRole>,
    out: &mut Out,
) {
    let t = para.slice(text);
    let whole = |role, out: &mut Out| push_segment(text, para.start, para.end, index, role, out);
    if let Some(role) = forced {
        whole(role, out);
        return;
    }
    if plain_furniture(t) || boilerplate_paragraph(t) {
        whole(SegmentRole::Furniture, out);
        return;
    }
    if is_heading_line(t) && !starts_with_furniture(t) {
        whole(SegmentRole::Heading, out);
        return;
    }
    // Furniture prefixes: labels and date markers at the paragraph start.
    let mut pos = 0;
    let mut saw_label = false;
    let mut caption = false;
    let mut link = false;
    loop {
        pos = skip_space(t, pos);
        let end = if let Some(end) = label_at(t, pos) {
            saw_label = true;
            caption |= t
                .get(pos..end)
                .is_some_and(|l| starts_with_phrase(l, CAPTION_LABELS));
            link |= t
                .get(pos..end)
                .is_some_and(|l| starts_with_phrase(l, LINK_LABELS));
            end
        } else if let Some(end) = date_marker_at(t, pos) {
            // A dated paragraph after the label is the article itself
            // ("Related News : date 2022-11-03 Let us ...").
            link = false;
            end
        } else {
            break;
        };
        push_segment(
            text,
            para.start + pos,
            para.start + end,
            index,
            SegmentRole::Furniture,
            out,
        );
        pos = end;
    }
    pos = skip_space(t, pos);
    // "GAZA CITY, Gaza Strip (AP) — Israeli aircraft ...": the dateline of
    // an article's opening paragraph is its own segment, so that the
    // sentence after it parses as a sentence and the place is not an actor.
    if index <= DATELINE_MAX_PARAGRAPH {
        if let Some(end) = dateline_at(t, pos) {
            push_segment(
                text,
                para.start + pos,
                para.start + end,
                index,
                SegmentRole::Dateline,
                out,
            );
            pos = skip_space(t, end);
        }
    }
    let rest = t.get(pos..).unwrap_or("");
    if rest.is_empty() {
        return;
    }
    // "Photo: soldiers patrol ...": a caption describes a picture, it does
    // not report news; the whole paragraph is furniture.
    // "Read: Gamers protested in a game. Now the city wants to ban it":
    // after a label of links, one line of a few sentences is still the
    // title of another article.
    let link_line = link && one_short_line(rest);
    if caption || link_line || (saw_label && is_heading_line(rest)) {
        // "Read more: <headline of another article>" is a link, not text.
        push_segment(
            text,
            para.start + pos,
            para.end,
            index,
            SegmentRole::Furniture,
            out,
        );
        return;
    }
    let mut bounds = Vec::new();
    split_sentences(text, para.start + pos, para.end, &mut bounds);
    // "... an early retirement. READ: Why Obama should blame himself": a
    // label of links after a sentence of the paragraph makes the rest of
    // its line another story's title, as it does at the line's start.
    let link_from = bounds.iter().position(|&(s, e)| {
        s > para.start + pos
            && text
                .get(s..e)
                .is_some_and(|t| link_label_tail(t, text.get(s..para.end)))
    });
    let mut n = 0;
    while let Some(&(s, e)) = bounds.get(n) {
        n += 1;
        // The sentence up to a glued hover card is text, the rest is not.
        let card = text.get(s..e).and_then(hover_card_start).map(|c| s + c);
        let (s, role) = if link_from.is_some_and(|f| n > f) {
            (s, SegmentRole::Furniture)
        } else if let Some(c) = card {
            // A card that closes with its "MORE" link goes back to the
            // sentence it cut: "charged President Trump [card] MORE's
            // former campaign chief" is one sentence without the card,
            // which is dropped (the paragraphs after a split inside it
            // too).
            if let Some(mut resume) = card_end(text, c, para.end) {
                let mut ranges = vec![(s, c)];
                let mut last = n - 1;
                loop {
                    last = bounds[last..]
                        .iter()
                        .rposition(|&(bs, _)| bs <= resume)
                        .map_or(last, |k| last + k);
                    let end = bounds.get(last).map_or(e, |b| b.1).max(resume);
                    // Another card later in the same sentence.
                    let next = text
                        .get(s..end)
                        .and_then(|t| hover_card_from(t, resume - s))
                        .map(|c| s + c)
                        .filter(|&c| c >= resume)
                        .and_then(|c| Some((c, card_end(text, c, para.end)?)))
                        .filter(|&(_, r)| r > resume);
                    match next {
                        Some((c, r)) => {
                            ranges.push((resume, c));
                            resume = r;
                        }
                        None => {
                            ranges.push((resume, end));
                            break;
                        }
                    }
                }
                push_ranges(text, &ranges, index, SegmentRole::Body, out);
                n = last + 1;
                continue;
            }
            push_segment(text, s, c, index, SegmentRole::Body, out);
            (c, SegmentRole::Furniture)
        } else {
            (s, SegmentRole::Body)
        };
        push_segment(text, s, e, index, role, out);
    }
}

/// Where the sentence resumes after a hover card that starts at `card`:
/// right after the card's closing "MORE" link, when one comes within
/// [`CARD_MAX_BYTES`] and before `limit`.
fn card_end(text: &str, card: usize, limit: usize) -> Option<usize> {
    let end = (card + CARD_MAX_BYTES).min(limit);
    let window = text.get(card..end).or_else(|| text.get(card..limit))?;
    let bytes = window.as_bytes();
    window.match_indices("MORE").find_map(|(at, _)| {
        let before = at.checked_sub(1).and_then(|b| bytes.get(b));
        let after = bytes.get(at + 4);
        let opens = before.is_some_and(|b| b.is_ascii_whitespace());
        let closes = after.is_none_or(|b| !b.is_ascii_alphanumeric());
        (opens && closes).then_some(card + at + 4)
    })
}

/// Where the text of a name's hover card starts in sentence `t`, when
/// the page glued one into it: "Sen. Ann Roe Ann Beth RoeSenate passes
/// budget | Roe says ..." — after the name, the full name again, then the
/// surname run into the first of a list of headlines of other articles.
/// The mark is a word whose capitalised first part (three letters or more,
/// ending in a lower-case letter) is an earlier word of the sentence and
/// whose rest starts with a capital or a digit: "RoeSenate" after "Roe",
/// "Roe2020" (a headline opening with a year). The card
/// starts after that earlier word, and the headlines cannot be told from
/// the sentence after them, so everything from there on is furniture.
fn hover_card_start(t: &str) -> Option<usize> {
    hover_card_from(t, 0)
}

/// The first hover card of `t` (see [`hover_card_start`]) whose marked
/// word starts at byte `from` or later.
fn hover_card_from(t: &str, from: usize) -> Option<usize> {
    // Each word trimmed of punctuation, with its byte offset in `t`.
    let words: Vec<(usize, &str)> = t
        .split(is_space)
        .filter_map(|w| {
            let trimmed = w.trim_matches(|c: char| !c.is_alphanumeric());
            let at = trimmed.as_ptr() as usize - t.as_ptr() as usize;
            (!trimmed.is_empty()).then_some((at, trimmed))
        })
        .collect();
    for (i, &(at, w)) in words.iter().enumerate() {
        if at < from || !w.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let chars: Vec<(usize, char)> = w.char_indices().collect();
        for (k, pair) in chars.windows(2).enumerate() {
            let [(_, a), (at, b)] = [pair[0], pair[1]];
            if k < 2 || !a.is_lowercase() || !(b.is_uppercase() || b.is_ascii_digit()) {
                continue;
            }
            let Some(prefix) = w.get(..at) else { continue };
            let earlier = words[..i].iter().rposition(|&(_, x)| x == prefix);
            if let Some(m) = earlier {
                let (at, name) = words[m];
                return Some(at + name.len());
            }
        }
    }
    None
}

/// Whether sentence `t` opens with a label of links ("READ:",
/// "Related:") and `tail` (from it to the paragraph's end) is one short
/// line: the title of another article set inside a paragraph.
fn link_label_tail(t: &str, tail: Option<&str>) -> bool {
    label_at(t, 0).is_some()
        && starts_with_phrase(t, LINK_LABELS)
        && tail.is_some_and(one_short_line)
}

/// One line of at most [`LINK_MAX_WORDS`] words: after a label of links,
/// the title of another article.
fn one_short_line(t: &str) -> bool {
    !t.trim_matches(is_space).contains('\n') && word_count(t) <= LINK_MAX_WORDS
}

/// Push the segment `text[s..e]`, trimmed of surrounding whitespace, as
/// one sentence or (past MAX_SENTENCE_TOKENS) several; nothing once the
/// document's token budget is spent.
fn push_segment(
    text: &str,
    s: usize,
    e: usize,
    paragraph: usize,
    role: SegmentRole,
    out: &mut Out,
) {
    push_ranges(text, &[(s, e)], paragraph, role, out);
}

/// Push the text of the byte `ranges`, in order, as one segment (see
/// [`push_segment`]): a sentence with a gap where page furniture was cut
/// out of it.
fn push_ranges(
    text: &str,
    ranges: &[(usize, usize)],
    paragraph: usize,
    role: SegmentRole,
    out: &mut Out,
) {
    if out.cut_at.is_some() {
        return;
    }
    let mut tokens = Vec::new();
    for &(s, e) in ranges {
        let Some(raw) = text.get(s..e) else { continue };
        let lead = raw.len() - raw.trim_start_matches(is_space).len();
        let trimmed = raw.trim_matches(is_space);
        if trimmed.is_empty() {
            continue;
        }
        let room = out.budget.saturating_add(1).saturating_sub(tokens.len());
        tokens.extend(tokenize_at_most(trimmed, s + lead, room));
    }
    if tokens.is_empty() {
        return;
    }
    let e = ranges.last().map_or(0, |r| r.1);
    let start = ranges.first().map_or(0, |r| r.0);
    if tokens.len() > out.budget {
        // The budget ends inside this segment: keep what fits, stop here.
        tokens.truncate(out.budget);
        out.cut_at = Some(tokens.last().map_or(start, |t| t.span.end));
        if tokens.is_empty() {
            return;
        }
    }
    out.budget -= tokens.len();
    // An over-long run is cut into sentences of at most
    // MAX_SENTENCE_TOKENS at the best boundaries inside it (cut points
    // first, then one pass over the tokens: linear in the run).
    let mut lengths = Vec::new();
    let mut at = 0;
    while tokens.len() - at > MAX_SENTENCE_TOKENS {
        let cut = forced_boundary(tokens.get(at..).unwrap_or_default());
        lengths.push(cut);
        at += cut;
    }
    let mut rest = tokens.into_iter();
    for len in lengths {
        push_tokens(
            rest.by_ref().take(len).collect(),
            paragraph,
            role,
            true,
            out,
        );
    }
    push_tokens(rest.collect(), paragraph, role, false, out);
    if out.budget == 0 && out.cut_at.is_none() {
        out.cut_at = Some(e);
    }
}

/// Push a sentence made of `tokens` (not empty).
fn push_tokens(
    tokens: Vec<Token>,
    paragraph: usize,
    role: SegmentRole,
    forced_end: bool,
    out: &mut Out,
) {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return;
    };
    out.sentences.push(Sentence {
        span: first.span.cover(last.span),
        paragraph,
        role,
        tokens,
        forced_end,
    });
}

/// Where to end an over-long run of tokens: after the strongest boundary
/// in the second half of the first MAX_SENTENCE_TOKENS tokens (a semicolon,
/// then a colon, a comma or dash, then before a conjunction), else at the
/// limit itself. Always between 1 and MAX_SENTENCE_TOKENS.
fn forced_boundary(tokens: &[Token]) -> usize {
    let limit = MAX_SENTENCE_TOKENS.min(tokens.len());
    let strength = |t: &Token| match t.form.as_str() {
        ";" => 4,
        ":" => 3,
        "," | "\u{2014}" | "\u{2013}" | "--" => 2,
        _ => 0,
    };
    let conjunction = |t: &Token| matches!(t.form.as_str(), "and" | "or" | "but" | "while");
    let mut best: Option<(u8, usize)> = None;
    for (i, t) in tokens.iter().enumerate().take(limit).skip(limit / 2) {
        // Cut after punctuation, before a conjunction.
        let (score, cut) = if conjunction(t) {
            (1, i)
        } else {
            (strength(t), i + 1)
        };
        if score > 0 && best.is_none_or(|(b, _)| score >= b) {
            best = Some((score, cut));
        }
    }
    best.map_or(limit, |(_, cut)| cut.clamp(1, limit))
}

fn skip_space(t: &str, pos: usize) -> usize {
    match t.get(pos..) {
        Some(rest) => pos + (rest.len() - rest.trim_start_matches(is_space).len()),
        None => t.len(),
    }
}

fn word_count(t: &str) -> usize {
    t.split(is_space).filter(|w| !w.is_empty()).count()
}

/// A single short line that does not end like a sentence.
fn is_heading_line(t: &str) -> bool {
    let t = t.trim_matches(is_space);
    if t.is_empty() || t.len() > 250 || t.contains('\n') {
        return false;
    }
    if word_count(t) > HEADING_MAX_WORDS || ends_like_sentence(t) {
        return false;
    }
    // "Caption text. John Brennan nominated" holds a sentence end inside:
    // it is running text that lost its final stop, not a heading.
    let mut bounds = Vec::new();
    split_sentences(t, 0, t.len(), &mut bounds);
    bounds.len() <= 1
}

/// True when the line ends like a sentence: terminal punctuation, possibly
/// followed by closing quotes or brackets (`...it is over."`). A closing
/// quote after a plain word (`the "flag effect"`) does not end a sentence.
fn ends_like_sentence(t: &str) -> bool {
    let core = t.trim_end_matches(|c: char| is_space(c) || is_close_punct(c));
    matches!(
        core.chars().next_back(),
        Some('.' | '!' | '?' | ':' | ';' | ',' | '\u{2026}')
    )
}

/// Longest line after a label of links ([`LINK_LABELS`]) still taken for
/// the title of another article.
const LINK_MAX_WORDS: usize = 40;

/// If a furniture label starts at byte `pos` of `t`, the byte just past it
/// (and past its colon). A label counts only when followed by a colon or
/// ending its line, so "Related talks will resume" is not furniture.
fn label_at(t: &str, pos: usize) -> Option<usize> {
    let rest = t.get(pos..)?;
    for label in FURNITURE_LABELS {
        let Some(head) = rest.get(..label.len()) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(label) {
            continue;
        }
        let after = rest.get(label.len()..).unwrap_or("");
        if after.starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let after_trim = after.trim_start_matches([' ', '\t', '\u{a0}']);
        let gap = after.len() - after_trim.len();
        let end = pos + label.len();
        if after_trim.starts_with(':') {
            return Some(end + gap + 1);
        }
        if after_trim.is_empty() || after_trim.starts_with(['\n', '\r']) {
            return Some(end);
        }
    }
    None
}

/// If a news dateline starts at byte `pos` of `t`, the byte just past its
/// dash: a place in capitals ("WASHINGTON", "GAZA CITY"), then up to two
/// comma-separated capitalised parts ("Gaza Strip", "Oct. 3"), then an
/// optional agency in parentheses ("(Reuters)"), then a dash and a space;
/// or the agency alone before the dash.
fn dateline_at(t: &str, pos: usize) -> Option<usize> {
    let rest = t.get(pos..)?;
    // The dash ends the dateline within its first few words.
    let (d, dash_len) = rest
        .char_indices()
        .take_while(|&(i, _)| i <= DATELINE_MAX_BYTES)
        .find_map(|(i, c)| {
            let len = match c {
                '\u{2014}' | '\u{2013}' => c.len_utf8(),
                '-' if rest.get(i..i + 2) == Some("--") => 2,
                '-' => 1,
                _ => return None,
            };
            // A hyphen inside a word ("PORT-AU-PRINCE") is not the dash.
            // A hyphen must stand apart ("WASHINGTON - "); a dash may touch
            // the words ("LONDON\u{2014}Prime Minister").
            let hyphen = c == '-';
            let spaced_before = !hyphen || rest.get(..i).is_some_and(|b| b.ends_with(is_space));
            let spaced_after =
                !hyphen || rest.get(i + len..).is_some_and(|a| a.starts_with(is_space));
            (spaced_before && spaced_after).then_some((i, len))
        })?;
    let mut head = rest.get(..d)?.trim_end_matches(is_space);
    // "(Reuters)", "(AP)": an agency in parentheses before the dash.
    if head.ends_with(')') {
        let open = head.rfind('(')?;
        let agency = head.get(open + 1..head.len() - 1)?;
        if agency.is_empty() || word_count(agency) > 3 {
            return None;
        }
        head = head.get(..open)?.trim_end_matches(is_space);
        // "(Reuters) - Four senators ...": the agency alone, its place cut.
        if head.is_empty() {
            return Some(pos + d + dash_len);
        }
    }
    let mut parts = head.split(',').map(|p| p.trim_matches(is_space));
    let place = parts.next()?;
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = place
        .chars()
        .all(|c| c.is_uppercase() || is_space(c) || matches!(c, '.' | '\'' | '-'));
    if letters < 3 || !capitals || word_count(place) > 4 {
        return None;
    }
    let mut more = 0;
    for p in parts {
        more += 1;
        let capitalised = p.chars().next().is_some_and(|c| c.is_uppercase());
        if more > 2 || !capitalised || word_count(p) > 4 {
            return None;
        }
    }
    Some(pos + d + dash_len)
}

/// If a `date YYYY-MM-DD` marker starts at byte `pos` of `t`, the byte just past it.
fn date_marker_at(t: &str, pos: usize) -> Option<usize> {
    let rest = t.get(pos..)?;
    let head = rest.get(..4)?;
    if !head.eq_ignore_ascii_case("date") {
        return None;
    }
    let after = rest.get(4..)?;
    let trimmed = after.trim_start_matches([' ', ':', '\t']);
    if trimmed.len() == after.len() {
        return None;
    }
    let b = trimmed.as_bytes();
    let iso = b.len() >= 10
        && b.iter().take(10).enumerate().all(|(i, &c)| match i {
            4 | 7 => c == b'-',
            _ => c.is_ascii_digit(),
        });
    if !iso || b.get(10).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some(pos + 4 + (after.len() - trimmed.len()) + 10)
}

/// A line made only of weekday/month names and numbers, with a year:
/// "Friday, January 4, 2019".
fn is_date_line(t: &str) -> bool {
    if t.len() > 60 {
        return false;
    }
    let mut year = false;
    let mut calendar = false;
    let mut words = 0;
    for w in t.split(|c: char| is_space(c) || c == ',' || c == '.') {
        if w.is_empty() {
            continue;
        }
        words += 1;
        if w.bytes().all(|b| b.is_ascii_digit()) && w.len() <= 4 {
            year |= w.len() == 4;
        } else if CALENDAR_WORDS.iter().any(|c| c.eq_ignore_ascii_case(w)) {
            calendar = true;
        } else {
            return false;
        }
    }
    words <= 6 && year && calendar
}

/// Iterator over paragraph spans (trimmed of surrounding whitespace).
struct Paragraphs<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Paragraphs<'a> {
    fn new(text: &'a str) -> Self {
        Paragraphs { text, pos: 0 }
    }
}

impl Iterator for Paragraphs<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        let text = self.text;
        let mut start: Option<usize> = None;
        let mut end = 0;
        let mut prev_heading = false;
        while self.pos < text.len() {
            let line_start = self.pos;
            let rest = text.get(line_start..)?;
            let line_len = rest.find('\n').map_or(rest.len(), |i| i + 1);
            let line = rest.get(..line_len)?;
            let trimmed = line.trim_matches(is_space);
            if trimmed.is_empty() {
                self.pos += line_len;
                if start.is_some() {
                    break;
                }
                continue;
            }
            if start.is_some()
                && prev_heading
                && trimmed.starts_with(|c: char| {
                    c.is_uppercase() || c.is_ascii_digit() || "\"\u{201C}".contains(c)
                })
            {
                // Leave this line for the next paragraph.
                break;
            }
            let lead = line.len() - line.trim_start_matches(is_space).len();
            if start.is_none() {
                start = Some(line_start + lead);
            }
            end = line_start + lead + trimmed.len();
            prev_heading =
                word_count(trimmed) <= HEADING_BREAK_MAX_WORDS && !ends_like_sentence(trimmed);
            self.pos += line_len;
        }
        start.map(|s| Span::new(s, end))
    }
}

/// Opening punctuation that may begin a sentence.
fn is_open_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '\u{201C}'
            | '\u{2018}'
            | '\u{201E}'
            | '\u{00AB}'
            | '-'
            | '\u{2014}'
    )
}

/// Double quotation marks, straight or typographic.
fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201E}' | '\u{00AB}')
}

/// Closing punctuation that stays with the sentence before a boundary.
fn is_close_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '\u{201D}' | '\u{2019}' | '\u{00BB}'
    )
}

/// Split `text[a..b]` into sentence spans (untrimmed ends are trimmed by the caller).
fn split_sentences(text: &str, a: usize, b: usize, out: &mut Vec<(usize, usize)>) {
    let bytes = text.as_bytes();
    let mut cur = a;
    let mut i = a;
    while i < b {
        let Some(&byte) = bytes.get(i) else { break };
        let is_term = match byte {
            b'.' | b'!' | b'?' => true,
            0xE2 => bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA6]),
            _ => false,
        };
        if !is_term {
            i += 1;
            continue;
        }
        // The run of terminal punctuation.
        let mut j = i;
        let mut periods = 0;
        let mut strong = false;
        while j < b {
            match bytes.get(j) {
                Some(b'.') => {
                    periods += 1;
                    j += 1;
                }
                Some(b'!' | b'?') => {
                    strong = true;
                    j += 1;
                }
                Some(0xE2) if bytes.get(j + 1..j + 3) == Some(&[0x80, 0xA6]) => {
                    strong = true;
                    j += 3;
                }
                _ => break,
            }
        }
        // Closing quotes and brackets.
        let mut k = j;
        let mut closed = false;
        while let Some(c) = text.get(k..b).and_then(|r| r.chars().next()) {
            if is_close_punct(c) {
                k += c.len_utf8();
                closed = true;
            } else {
                break;
            }
        }
        let next_char = text.get(k..b).and_then(|r| r.chars().next());
        match next_char {
            None => break,
            // `make."The piece` (a missing space after a quote): still a
            // boundary, as a quote cannot continue a word.
            Some(c)
                if c.is_uppercase()
                    && text
                        .get(j..k)
                        .is_some_and(|t| t.chars().any(|q| !matches!(q, ')' | ']' | '}'))) =>
            {
                out.push((cur, k));
                cur = k;
                i = k;
                continue;
            }
            Some(c) if !is_space(c) => {
                i = j.max(i + 1);
                continue;
            }
            _ => {}
        }
        let m = k + text
            .get(k..b)
            .map_or(0, |r| r.len() - r.trim_start_matches(is_space).len());
        let Some(nc) = text.get(m..b).and_then(|r| r.chars().next()) else {
            break;
        };
        let next_word = next_word(text, m, b);
        let upperish = nc.is_uppercase()
            || nc.is_ascii_digit()
            || is_open_punct(nc)
            || (nc.is_alphabetic() && !nc.is_lowercase());
        let boundary = if closed && is_attribution(text, m, b) {
            // "Do I need to clear this field?" Mr. Mercado said.
            false
        } else if periods == 1 && !strong && !closed {
            match abbrev(word_before(text, a, i)) {
                Some(Abbrev::Title | Abbrev::Initial | Abbrev::Connective) => false,
                Some(Abbrev::Month) => !nc.is_ascii_digit() && is_starter(next_word),
                Some(Abbrev::Numbering) => !nc.is_ascii_digit() && upperish,
                // An opening quote after `U.S.` starts a new sentence too.
                Some(Abbrev::Ambiguous) => upperish && (is_starter(next_word) || is_quote_mark(nc)),
                None => upperish,
            }
        } else {
            upperish
        };
        if boundary {
            out.push((cur, k));
            cur = m;
        }
        i = m.max(i + 1);
    }
    if cur < b {
        out.push((cur, b));
    }
}

/// True when the words from byte `m` form a short speech attribution that
/// closes the preceding quotation: `Mr. Mercado said.` or `asked Kim,`.
/// A verb-last clause ending in a comma or colon (`He added, "...`)
/// introduces the next quotation instead and is not one.
fn is_attribution(text: &str, m: usize, b: usize) -> bool {
    let rest = text.get(m..b).unwrap_or("");
    let mut first = None;
    for (i, w) in rest.split(is_space).filter(|w| !w.is_empty()).enumerate() {
        if i >= 6 {
            return false;
        }
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        if first.is_none() {
            first = Some(core);
        }
        let last = w.chars().next_back();
        let ends = match last {
            Some(',' | '!' | '?' | ';' | ':') => true,
            Some('.') => abbrev(w.get(..w.len() - 1).unwrap_or("")).is_none(),
            _ => false,
        };
        if ends {
            let verb_last = is_speech_verb(core) && matches!(last, Some('.' | '!' | '?'));
            return first.is_some_and(is_speech_verb) || verb_last;
        }
    }
    // The paragraph ends inside the clause: `..." Mr. Kim said` without a stop.
    false
}

/// The word ending just before byte `i` (a period), without leading
/// opening punctuation: `(U.S` for "(U.S." gives `U.S`.
fn word_before(text: &str, a: usize, i: usize) -> &str {
    let Some(before) = text.get(a..i) else {
        return "";
    };
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| is_space(c))
        .map_or(0, |(p, c)| p + c.len_utf8());
    before
        .get(start..)
        .unwrap_or("")
        .trim_start_matches(is_open_punct)
}

/// The alphabetic start of the word at byte `m`, after opening punctuation.
fn next_word(text: &str, m: usize, b: usize) -> &str {
    let rest = text
        .get(m..b)
        .unwrap_or("")
        .trim_start_matches(is_open_punct);
    let end = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(p, _)| p);
    rest.get(..end).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let mut doc = Document::new("t", text);
        segment(&mut doc);
        doc.sentences
            .iter()
            .map(|s| s.text(&doc.text).to_string())
            .collect()
    }

    fn roles(text: &str) -> Vec<(String, SegmentRole)> {
        let mut doc = Document::new("t", text);
        segment(&mut doc);
        doc.sentences
            .iter()
            .map(|s| (s.text(&doc.text).to_string(), s.role))
            .collect()
    }

    #[test]
    fn hover_card_text_glued_into_a_sentence_is_furniture() {
        let got = roles(
            "The bill passed. Among those who backed it was Sen. Ann Roe Ann Beth \
             RoeSenate passes budget deal | Voters sour on tariffs said on Monday. \
             Roe met the McKinley staff and the PetroChina chief.",
        );
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(got[0].1, SegmentRole::Body);
        assert_eq!(
            got[1],
            (
                "Among those who backed it was Sen. Ann Roe".to_string(),
                SegmentRole::Body
            )
        );
        assert_eq!(got[2].1, SegmentRole::Furniture, "{got:?}");
        assert!(got[2].0.starts_with("Ann Beth RoeSenate"), "{got:?}");
        // Inner capitals of names and brands are not a glued card.
        assert_eq!(got[3].1, SegmentRole::Body);
        assert_eq!(
            hover_card_start("Ann Roe met Mr. DeVos and MacArthur staff."),
            None
        );
        assert_eq!(
            hover_card_start("President Ann Roe Ann Beth RoeRoe faces vote"),
            Some(17)
        );
    }

    #[test]
    fn a_hover_card_closed_by_its_more_link_is_cut_out_of_the_sentence() {
        let text = "Lee has charged Sen. Ann Roe Ann Beth RoeSenate passes budget. \
                    Voters sour on tariffs MORE's former aide and indicted Bo Ray Bo \
                    Ray2020 hopefuls rally MORE, a donor. The next sentence stands alone.";
        let mut doc = Document::new("t", text);
        segment(&mut doc);
        let forms = |i: usize| -> Vec<String> {
            doc.sentences[i]
                .tokens
                .iter()
                .map(|t| t.form.clone())
                .collect()
        };
        assert_eq!(doc.sentences.len(), 2, "{:?}", doc.sentences);
        assert_eq!(doc.sentences[0].role, SegmentRole::Body);
        // One sentence without either card (the first split by the
        // splitter inside it); the card's words are in no sentence.
        assert_eq!(
            forms(0).join(" "),
            "Lee has charged Sen. Ann Roe 's former aide and indicted Bo Ray , a donor ."
        );
        assert_eq!(forms(1)[0], "The");
        // Without its "MORE" link the card runs to the sentence's end.
        assert_eq!(card_end("RoeSenate passes budget.", 0, 24), None);
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sentences("Gen. Kim met Lt. Col. Park and Sen. Smith. They talked."),
            ["Gen. Kim met Lt. Col. Park and Sen. Smith.", "They talked."]
        );
        assert_eq!(
            sentences("Mr. and Mrs. Lee met Dr. Ahn at St. Mary's on Nov. 2 at 10 a.m. on Monday."),
            ["Mr. and Mrs. Lee met Dr. Ahn at St. Mary's on Nov. 2 at 10 a.m. on Monday."]
        );
        assert_eq!(
            sentences("The U.S. Army and the U.N. Security Council agreed."),
            ["The U.S. Army and the U.N. Security Council agreed."]
        );
        assert_eq!(
            sentences("J. R. R. Tolkien wrote it, e.g. in Oxford, i.e. England."),
            ["J. R. R. Tolkien wrote it, e.g. in Oxford, i.e. England."]
        );
        assert_eq!(
            sentences("Apple Inc. and Samsung Co. Ltd. signed No. 5 of the deals."),
            ["Apple Inc. and Samsung Co. Ltd. signed No. 5 of the deals."]
        );
    }

    #[test]
    fn us_at_sentence_end_before_a_starter() {
        assert_eq!(
            sentences("Troops were sent to the U.S. The move angered Seoul."),
            ["Troops were sent to the U.S.", "The move angered Seoul."]
        );
        assert_eq!(
            sentences("It ran in The Sun. \"Truly, we cannot relax.\" Aid reached the U.S. \"Good,\" he said."),
            [
                "It ran in The Sun.",
                "\"Truly, we cannot relax.\"",
                "Aid reached the U.S.",
                "\"Good,\" he said."
            ]
        );
        assert_eq!(
            sentences("They bought drones, missiles, etc. But the war went on."),
            ["They bought drones, missiles, etc.", "But the war went on."]
        );
    }

    #[test]
    fn quotations() {
        assert_eq!(
            sentences("\u{201C}We will respond,\u{201D} he said. \u{201C}It is over.\u{201D} Then he left."),
            [
                "\u{201C}We will respond,\u{201D} he said.",
                "\u{201C}It is over.\u{201D}",
                "Then he left."
            ]
        );
        assert_eq!(
            sentences("\"Why?\" he asked. \"Now!\" She left."),
            ["\"Why?\" he asked.", "\"Now!\"", "She left."]
        );
    }

    #[test]
    fn attribution_after_a_quoted_question_stays_attached() {
        assert_eq!(
            sentences("They ask: \u{2018}Do I need to clear this field?\u{2019}\u{201D} Mr. Mercado said. The war goes on."),
            [
                "They ask: \u{2018}Do I need to clear this field?\u{2019}\u{201D} Mr. Mercado said.",
                "The war goes on."
            ]
        );
        assert_eq!(
            sentences("\"It is over.\" He said the war had ended."),
            ["\"It is over.\"", "He said the war had ended."]
        );
        assert_eq!(
            sentences("\"We must act.\" He added, \"This is not over.\""),
            ["\"We must act.\"", "He added, \"This is not over.\""]
        );
        assert_eq!(
            sentences("\"Why now?\" asked Kim, who had left. \"Go.\" Lee said."),
            ["\"Why now?\" asked Kim, who had left.", "\"Go.\" Lee said."]
        );
        assert_eq!(
            sentences("That is easy to make.\"The piece, according to him, works."),
            [
                "That is easy to make.\"",
                "The piece, according to him, works."
            ]
        );
        assert_eq!(
            sentences("It was decided in Roe v. Wade in 1973."),
            ["It was decided in Roe v. Wade in 1973."]
        );
    }

    #[test]
    fn numbers_urls_brackets_ellipses() {
        assert_eq!(
            sentences("Growth was 3.5 percent in version 1.2.3 of the plan. See www.example.com/a.b for more."),
            [
                "Growth was 3.5 percent in version 1.2.3 of the plan.",
                "See www.example.com/a.b for more."
            ]
        );
        assert_eq!(
            sentences("Write to press@un.org. The office (in Geneva.) replied."),
            ["Write to press@un.org.", "The office (in Geneva.) replied."]
        );
        assert_eq!(
            sentences("He paused\u{2026} Then he spoke. It was late... and dark."),
            [
                "He paused\u{2026}",
                "Then he spoke.",
                "It was late... and dark."
            ]
        );
        assert_eq!(
            sentences("The war \u{2013} now in its third year \u{2014} goes on. Nobody wins."),
            [
                "The war \u{2013} now in its third year \u{2014} goes on.",
                "Nobody wins."
            ]
        );
    }

    #[test]
    fn sentences_never_cross_paragraphs() {
        let text = "First part without a stop\n\nsecond part continues. Third.";
        let mut doc = Document::new("t", text);
        segment(&mut doc);
        assert_eq!(doc.paragraphs.len(), 2);
        for s in &doc.sentences {
            let p = doc.paragraphs[s.paragraph];
            assert!(p.start <= s.span.start && s.span.end <= p.end);
        }
    }

    #[test]
    fn headings_and_furniture() {
        let text = "DayFR Euro\n\nWhy Kim Jong-un sent soldiers to Russia\n\nThe effect is immediate. It is.\n\nThe importance of timing\n\nMore text here.\n\n-\n\nRelated News :";
        let got = roles(text);
        assert_eq!(got[0], ("DayFR Euro".into(), SegmentRole::Furniture));
        assert_eq!(
            got[1],
            (
                "Why Kim Jong-un sent soldiers to Russia".into(),
                SegmentRole::Heading
            )
        );
        assert_eq!(got[2].1, SegmentRole::Body);
        assert_eq!(
            got[4],
            ("The importance of timing".into(), SegmentRole::Heading)
        );
        assert_eq!(got[6], ("-".into(), SegmentRole::Furniture));
        assert_eq!(got[7], ("Related News :".into(), SegmentRole::Furniture));
        assert_eq!(
            title_span(text).map(|s| s.slice(text)),
            Some("Why Kim Jong-un sent soldiers to Russia")
        );
    }

    #[test]
    fn label_and_date_marker_prefixes_become_furniture() {
        let got = roles(
            "Related News : date 2022-11-03 Let us immediately neutralize the scare. It was loud.",
        );
        assert_eq!(
            got,
            [
                ("Related News :".to_string(), SegmentRole::Furniture),
                ("date 2022-11-03".to_string(), SegmentRole::Furniture),
                (
                    "Let us immediately neutralize the scare.".to_string(),
                    SegmentRole::Body
                ),
                ("It was loud.".to_string(), SegmentRole::Body),
            ]
        );
        let got = roles("Read more: Kim visits Moscow again\n\nAdvertisement\n\nRelated talks will resume soon.");
        assert_eq!(got[0].1, SegmentRole::Furniture);
        assert_eq!(
            got[1],
            ("Kim visits Moscow again".into(), SegmentRole::Furniture)
        );
        assert_eq!(got[2], ("Advertisement".into(), SegmentRole::Furniture));
        assert_eq!(
            got[3],
            ("Related talks will resume soon.".into(), SegmentRole::Body)
        );
        // After a label of links, a line of a few sentences is another
        // story's title.
        let got = roles(
            "READ: Gamers protested in a game. Now the city wants to ban it\n\nThe council met.",
        );
        assert_eq!(got[0].1, SegmentRole::Furniture);
        assert_eq!(
            got[1],
            (
                "Gamers protested in a game. Now the city wants to ban it".into(),
                SegmentRole::Furniture
            )
        );
        assert_eq!(got[2], ("The council met.".into(), SegmentRole::Body));
        // Inside a paragraph too, after a sentence of the article.
        let got =
            roles("He retires early. READ: Why the mayor should blame himself\n\nThe council met.");
        assert_eq!(got[0], ("He retires early.".into(), SegmentRole::Body));
        assert!(got[1..got.len() - 1]
            .iter()
            .all(|g| g.1 == SegmentRole::Furniture));
        assert_eq!(
            got.last(),
            Some(&("The council met.".into(), SegmentRole::Body))
        );
        // Not a label without its colon, nor past one line.
        let got = roles("He retires early. Read the letter he wrote.");
        assert!(got.iter().all(|g| g.1 == SegmentRole::Body));
        for furniture in [
            "Sign up for Daily Newsletters Manage Newsletters",
            "By Anna Arutunyan and Kim Lee",
            "Updated at 5:10 p.m. ET",
            "Watch: Kim speaks",
        ] {
            let got = roles(&format!(
                "Some body text here.\n\n{furniture}\n\nMore body text."
            ));
            let middle: Vec<_> = got[1..got.len() - 1].iter().map(|g| g.1).collect();
            assert!(!middle.is_empty(), "{furniture}");
            assert!(
                middle.iter().all(|r| *r == SegmentRole::Furniture),
                "{furniture}"
            );
            assert_eq!(got.last().map(|g| g.1), Some(SegmentRole::Body));
        }
        for furniture in [
            "Story Continued Below",
            "Contributing: The Associated Press",
            "The Associated Press contributed to this report",
            "- Follow the Ticker on Twitter: @PoliticalTicker",
            "Deirdre Shesgreen and Kim Hjelmgaard",
            "Jen Kirby",
        ] {
            let got = roles(&format!(
                "Some body text here.\n\n{furniture}\n\nMore body text."
            ));
            let middle: Vec<_> = got[1..got.len() - 1].iter().map(|g| g.1).collect();
            assert!(!middle.is_empty(), "{furniture}");
            assert!(
                middle.iter().all(|r| *r == SegmentRole::Furniture),
                "{furniture}: {got:?}"
            );
        }
        for heading in [
            "More than 100 killed in Kabul blast",
            "By the numbers",
            "Video shows strike",
            "Foley in captivity",
            "Ukraine",
            "Nothing To Do But Struggle",
            "Weapons Deal Collapses Again Today",
        ] {
            let got = roles(&format!(
                "Some body text here.\n\n{heading}\n\nMore body text."
            ));
            assert_eq!(
                got[1],
                (heading.to_string(), SegmentRole::Heading),
                "{heading}"
            );
        }
        let got = roles("Body.\n\nThe White House praised him. John Brennan nominated to lead CIA");
        assert_eq!(got[1].1, SegmentRole::Body);
    }

    #[test]
    fn date_lines_and_heading_breaks() {
        let got =
            roles("Friday, January 4, 2019 \n\n\nAn apartment building collapsed. Dozens died.");
        assert_eq!(
            got[0],
            ("Friday, January 4, 2019".into(), SegmentRole::Furniture)
        );
        assert_eq!(got[1].1, SegmentRole::Body);
        // A heading directly above its text on the next line is its own paragraph.
        let mut doc = Document::new(
            "t",
            "Alliance against alliance\nNothing like that happened.",
        );
        segment(&mut doc);
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.sentences[0].role, SegmentRole::Heading);
        assert_eq!(doc.sentences[1].role, SegmentRole::Body);
    }

    #[test]
    fn lowercase_after_period_does_not_split() {
        assert_eq!(
            sentences("It was never before possible. considered."),
            ["It was never before possible. considered."]
        );
    }

    #[test]
    fn captions_and_site_boilerplate_are_furniture() {
        let text = "Russia attacked Ukraine on Monday, officials said.\n\n\
                    Photo: Russian soldiers attack a village near Kyiv. (AP Photo/John Smith)\n\n\
                    By continuing to use this site you agree to our privacy policy and the use of cookies.\n\n\
                    Sign up for our newsletter.\n\n\
                    JUST WATCHED Senate pushes election bill Replay More Videos ... MUST WATCH Obama calls on Europe to defend Ukraine 01:34\n\n\
                    This story was updated to add President Biden's visit to Kyiv on Monday.\n\n\
                    The prime minister and his wife at the old fort AP The prime minister and his wife at the old fort AP Visitors queue at the gate of the fort on Monday. Reuters The prime minister greets supporters in the capital. AP The prime minister and his wife at the old fort Getty Images Ad Up Next Close Minister vows to expand trade ties with Japan \"We believe the two nations should work together on defence...\" 6 View Slideshow Back Continue Share this\n\n\
                    The ministry said on Twitter that talks would resume.";
        let got = roles(text);
        let body: Vec<&str> = got
            .iter()
            .filter(|(_, r)| *r == SegmentRole::Body)
            .map(|(s, _)| s.as_str())
            .collect();
        assert_eq!(
            body,
            vec![
                "Russia attacked Ukraine on Monday, officials said.",
                "The ministry said on Twitter that talks would resume."
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_map_legend_line_is_furniture() {
        let got = roles(
            "Rebels took the town on Monday.\n\n\u{2588}\u{2588} Rebel control & Turkish occupation\n\n\u{25A0} Government-held areas",
        );
        assert_eq!(got[0].1, SegmentRole::Body, "{got:?}");
        assert!(
            got[1..].iter().all(|(_, r)| *r == SegmentRole::Furniture),
            "{got:?}"
        );
    }
}
