//! Who said it: quotations and attributions in news text, with the speaker
//! resolved to an actor.
//!
//! [`find_quotes`] reads a segmented, parsed document whose actor mentions
//! are known and returns every attribution:
//!
//! * **direct quotes**, from quotation marks of any common style
//!   (`marks.rs`), including quotes that run over paragraphs, each of which
//!   reopens the mark; the speaker and the cue are found after the quote
//!   ("…,” Jo *said*), before it ("Hong Min *is categorical:* “…”", "He
//!   *adds:*" closing the paragraph before), or inside it ("“…, *comments*
//!   Yang Mu-jin, president of …. But …”"), whose words are then cut out of
//!   the content; an unattributed quote that opens the paragraph after
//!   another speaker's quote continues it. A phrase of fewer than four words
//!   in quotation marks ("a “flag effect”") is not a quote on its own;
//! * **indirect speech**: a verb of saying, thinking or showing with a
//!   complement clause ("X *said that* …", "…, sources *said*"), "*according
//!   to* X", and requests ("*urged* Congress to act");
//!
//! and resolves each source ([`Speaker`]): the actor mention that heads it
//! (a person, with the role and affiliation of an apposition, "Jo
//! Tae-yong, *the head* of *South Korea's intelligence services*"), or for
//! a pronoun ("He adds") or a bare role noun ("explains *the academic*")
//! the speaker last quoted.
//!
//! [`speaker_mentions`] turns speakers into actor mentions for the event
//! coder: "I" and "we" inside a direct quote are its speaker, and so is a
//! source the actor layer could not resolve.
//!
//! Not for: finding actors (that is `dyad-actors`) or events (`dyad-events`,
//! which links each event coded inside a quote to it).

#![deny(missing_docs)]

mod cues;
pub mod eval;
mod marks;
mod spans;
mod speaker;
mod view;

use dyad_actors::{ActorCode, KnowledgeBase, Mention, MentionKind};
use dyad_core::{Document, Span, Upos};
use serde::Serialize;
use speaker::Known;
use std::collections::{HashMap, HashSet};
use view::{runs, text_of, token_at, trim_punct, Tree};

/// Direct quotation, indirect speech, or indirect speech with quoted words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Words in quotation marks.
    Direct,
    /// Reported speech or thought ("X said that …", "according to X").
    Indirect,
    /// Reported speech that quotes some words ("X called it “a disaster”").
    Mixed,
}

/// The words that introduce a quote ("said", "is categorical", "according to").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cue {
    /// The cue as written.
    pub text: String,
    /// Its bytes in the document text.
    pub span: Span,
}

/// Who a quote is attributed to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// The source phrase as written ("Jo Tae-yong, the head of South
    /// Korea's intelligence services", "He").
    pub text: String,
    /// Its bytes in the document text.
    pub span: Span,
    /// The person's name, when the source is a person.
    pub name: Option<String>,
    /// Their role, from an apposition ("head", "researcher").
    pub role: Option<String>,
    /// The body they speak for, from an apposition or an of/at phrase.
    pub affiliation: Option<String>,
    /// Country or organisation code (PLOVER style), if resolved.
    pub code: Option<String>,
    /// PLOVER sector, if known.
    pub sector: Option<String>,
    /// Knowledge-base or ad-hoc entry of the actor mention.
    pub identifier_id: Option<String>,
    /// How the speaker was found: `mention` (an actor mention in the source
    /// phrase), `name` (a name the actor layer did not know),
    /// `previous_speaker` (a pronoun or role noun referring to the
    /// last speaker of that kind), `continuation` (a quote continuing the
    /// previous one), `unresolved`.
    pub resolution: String,
    /// The actor mention used, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mention: Option<Span>,
}

/// One quotation or attribution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// Always `quote` (tells quote records from event records in one stream).
    #[serde(rename = "type")]
    pub record_type: &'static str,
    /// `{doc_id}-q{n}`.
    pub id: String,
    /// The document.
    pub doc_id: String,
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// The quoted or reported content as written (parts joined by " … ").
    pub text: String,
    /// The content's bytes, one span per part.
    pub content: Vec<Span>,
    /// The speaker, when the text names one.
    pub source: Option<Speaker>,
    /// The cue, when there is one.
    pub cue: Option<Cue>,
    /// Sentences the content touches.
    pub sentences: Vec<usize>,
    /// Date of the statement (TIMEX3 value), from the cue's clause.
    pub date: Option<String>,
    /// `expression`, `context`, `document` or `unknown`.
    pub date_source: String,
    /// Problems met ("unbalanced quotation mark").
    pub warnings: Vec<String>,
    /// Sentence and token of the source phrase's head.
    #[serde(skip)]
    pub source_token: Option<(usize, usize)>,
}

impl Quote {
    /// True when byte `at` lies in the quote's content.
    pub fn covers(&self, at: usize) -> bool {
        self.content.iter().any(|s| s.start <= at && at < s.end)
    }
}

/// A quote under construction.
#[derive(Debug, Clone)]
struct Raw {
    kind: QuoteKind,
    content: Vec<Span>,
    /// (sentence, cue tokens, main cue token)
    cue: Option<(usize, Vec<usize>, usize)>,
    /// (sentence, head, tokens)
    source: Option<(usize, usize, Vec<usize>)>,
    /// Content parts taken on as a continuation, with no cue of their own.
    borrowed: Vec<Span>,
    warnings: Vec<String>,
}

impl Raw {
    fn start(&self) -> usize {
        self.content.first().map_or(0, |s| s.start)
    }
}

/// Every quote and attribution of a segmented, parsed document whose
/// actor mentions are `mentions` and time expressions `timexes`.
pub fn find_quotes(
    doc: &Document,
    mentions: &[Mention],
    timexes: &[dyad_time::Timex],
    kb: &KnowledgeBase,
) -> Vec<Quote> {
    let trees: Vec<Tree> = doc.sentences.iter().map(Tree::new).collect();
    // Tokens inside time expressions, by sentence: a time never speaks.
    let mut times: Vec<Vec<(usize, usize)>> = vec![Vec::new(); doc.sentences.len()];
    for x in timexes {
        if let Some(v) = times.get_mut(x.sentence) {
            v.push((x.start, x.end));
        }
    }
    let is_time = |si: usize, k: usize| {
        times
            .get(si)
            .is_some_and(|v| v.iter().any(|&(a, b)| a <= k && k < b))
    };
    let marks = marks::find_marks(doc);
    let mark_index = spans::SpanIndex::new(
        marks
            .iter()
            .flat_map(|m| m.content.iter().map(|s| (*s, ())))
            .collect(),
    );
    let in_marks = |at: usize| mark_index.covers(at);
    let mut raws: Vec<Raw> = Vec::new();
    let mut used_cues: HashSet<(usize, usize)> = HashSet::new();
    let mut phrases: Vec<&marks::Marked> = Vec::new();

    // Direct quotes.
    let mut prev_close = 0usize;
    for m in &marks {
        let words = marks::word_count(doc, m);
        let furniture = token_at(doc, m.open)
            .and_then(|(si, _)| doc.sentences.get(si))
            .is_some_and(|s| !s.role.is_reported_text());
        if furniture {
            prev_close = m.close;
            continue;
        }
        // "“Absolutely,” he said", "“We lost,” said Roe": a short
        // quotation that stands as an utterance of its own (it opens its
        // sentence or follows punctuation, and ends on its own comma,
        // question or exclamation mark or full stop) is a quote when a cue
        // and a speaker are found for it; other short quotations are
        // quoted phrases.
        let short = words < 4;
        if short && !utterance(doc, &trees, m) {
            phrases.push(m);
            prev_close = m.close;
            continue;
        }
        let mut raw = Raw {
            kind: QuoteKind::Direct,
            content: m.content.clone(),
            cue: None,
            source: None,
            borrowed: Vec::new(),
            warnings: if m.balanced {
                Vec::new()
            } else {
                vec![
                    "unbalanced quotation mark: the quote is taken to end with its paragraph"
                        .into(),
                ]
            },
        };
        let inner = incise(doc, &trees, m);
        if let Some((_, _, region, _)) = &inner {
            let region = *region;
            raw.content = subtract(&raw.content, region);
        }
        let content_now = raw.content.clone();
        let quoted = |at: usize| content_now.iter().any(|s| s.start <= at && at < s.end);
        // "Vale said, “I don't like it,” *adding* that …": a participle of
        // saying after the quote that finds no speaker continues the
        // attribution before the quote; it is the quote's cue only when
        // nothing before the quote is.
        let after = trailing(doc, &trees, m, false);
        let sourceless_participle = after.as_ref().is_some_and(|(si, c, src)| {
            trees.get(*si).is_some_and(|t| {
                speech_participle(t, *c)
                    && src.as_ref().is_none_or(|(_, toks)| {
                        toks.iter()
                            .all(|&k| t.span(k).is_none_or(|sp| quoted(sp.start)))
                    })
            })
        });
        let (after, held) = if sourceless_participle {
            (None, after)
        } else {
            (after, None)
        };
        let found: Option<Attribution> = after
            .or_else(|| inner.clone().map(|(si, c, _, src)| (si, c, src)))
            .or_else(|| {
                leading(doc, &trees, m, prev_close).map(|(si, c)| {
                    let src = trees.get(si).and_then(|t| {
                        if t.form(c) == ":" {
                            // "Heading - Ann Roe:": the name after the dash.
                            let prefix: Vec<usize> = (0..=c).collect();
                            if let Some(name) = dash_name(t, &prefix) {
                                let head = name
                                    .iter()
                                    .copied()
                                    .rev()
                                    .find(|&k| t.upos(k) == Upos::Propn)?;
                                return Some((head, name));
                            }
                            // A name and a colon: the words before are the source.
                            let toks: Vec<usize> = (0..c)
                                .filter(|&k| !t.is_punct(k))
                                .filter(|&k| t.span(k).is_some_and(|sp| sp.start >= prev_close))
                                .collect();
                            if let Some(head) =
                                toks.iter().copied().find(|&k| t.upos(k) == Upos::Propn)
                            {
                                return Some((head, toks));
                            }
                            // "From the report: “…”", "More from the study:":
                            // what the words come from is their source.
                            let from = toks
                                .iter()
                                .take(2)
                                .position(|&k| t.form(k).eq_ignore_ascii_case("from"))?;
                            let phrase: Vec<usize> = toks.get(from + 1..)?.to_vec();
                            let head = phrase
                                .iter()
                                .rev()
                                .copied()
                                .find(|&k| matches!(t.upos(k), Upos::Noun | Upos::Propn))?;
                            Some((head, phrase))
                        } else if opening_cue(t, c) || inverted_opening(t, c) {
                            noun_phrase_after(t, c)
                        } else {
                            // A cue the parse left without a subject: the
                            // name before it on the surface.
                            let lo = (0..c)
                                .find(|&k| t.span(k).is_some_and(|sp| sp.start >= prev_close))
                                .unwrap_or(c);
                            // A time word the parse made the subject ("Roe
                            // later *Thursday* told …") speaks no more than none.
                            let surface = subject(t, c)
                                .is_none_or(|s| is_time(si, s))
                                .then(|| named_before(t, c, lo))
                                .flatten();
                            let marked = |k: usize| t.span(k).is_some_and(|sp| in_marks(sp.start));
                            // "Vale said, “…,” *adding*, “…”": a participle
                            // whose parsed subject lies inside another
                            // quotation speaks for the nearest subject outside
                            // the marks.
                            let participle = speech_participle(t, c);
                            let parsed = source_of(t, c, &quoted)
                                .filter(|(h, _)| !(participle && marked(*h)));
                            // "The trouble with the plan, *says Tom Vale*, a
                            // planner, is that it is “…”": a cue inverted
                            // between commas speaks for the name after it,
                            // not for the noun the parse made its subject.
                            let incise = parsed
                                .as_ref()
                                .is_some_and(|(h, _)| {
                                    *h < c && !matches!(t.upos(*h), Upos::Propn | Upos::Pron)
                                })
                                .then(|| inverted_incise(t, c))
                                .flatten()
                                .filter(|(h, _)| !is_time(si, *h));
                            surface.or(incise).or(parsed).or_else(|| {
                                participle
                                    .then(|| nearest_subject_outside(t, c, &|k| !marked(k)))
                                    .flatten()
                            })
                        }
                    });
                    (si, c, src)
                })
            })
            .or_else(|| trailing(doc, &trees, m, true))
            .or_else(|| dash_line(doc, &trees, m))
            .or(held);
        // "“…,” he said, “…”": a cue shared with the quote just before is
        // one attribution in two parts; the part after it continues the
        // quote before.
        let shared = found.as_ref().is_some_and(|(si, c, _)| {
            raws.last()
                .and_then(|r| r.cue.as_ref())
                .is_some_and(|(ps, _, pc)| ps == si && pc == c)
        });
        let found = if shared { None } else { found };
        if short && !found.as_ref().is_some_and(|(_, _, src)| src.is_some()) {
            phrases.push(m);
            prev_close = m.close;
            continue;
        }
        if let Some((si, c, src)) = found {
            if let Some(t) = trees.get(si) {
                raw.cue = Some((si, cue_tokens(t, c), c));
                raw.source = src.map(|(h, toks)| {
                    let toks: Vec<usize> = toks
                        .into_iter()
                        .filter(|&k| k != c && !t.span(k).is_some_and(|sp| quoted(sp.start)))
                        .collect();
                    (si, h, toks)
                });
                used_cues.insert((si, c));
            }
        }
        prev_close = m.close;
        raws.push(raw);
    }
    // A quote with no speaker of its own continues the quote just before
    // it, in its paragraph ("“…,” he said. “…”") or, when it opens the next
    // paragraph, in the one before: one quote in several parts.
    let para_of = |at: usize| {
        doc.paragraphs
            .iter()
            .position(|p| p.start <= at && at < p.end)
    };
    let mut merged: Vec<Raw> = Vec::with_capacity(raws.len());
    for cur in raws {
        if let Some(prev) = merged.last_mut() {
            let continues = cur.source.is_none() && prev.source.is_some() && {
                let pp = prev.content.last().and_then(|s| para_of(s.start));
                let cp = para_of(cur.start());
                let opens_paragraph = cp
                    .and_then(|cp| doc.paragraphs.get(cp))
                    .and_then(|p| doc.text.get(p.start..cur.start()))
                    .is_some_and(|pre| pre.trim().chars().all(|c| "“\"«„".contains(c)));
                match (pp, cp) {
                    (Some(pp), Some(cp)) => cp == pp || (opens_paragraph && cp == pp + 1),
                    _ => false,
                }
            };
            if continues {
                prev.borrowed.extend(cur.content.iter().copied());
                prev.content.extend(cur.content);
                prev.warnings.extend(cur.warnings);
                continue;
            }
        }
        merged.push(cur);
    }
    let raws = merged;

    // Indirect speech.
    let direct_spans = spans::SpanIndex::new(
        raws.iter()
            .enumerate()
            .flat_map(|(i, r)| r.content.iter().map(move |s| (*s, i)))
            .collect(),
    );
    let mut absorbed = vec![false; raws.len()];
    let mut yielded: Vec<(usize, Vec<Span>)> = Vec::new();
    let mut indirect: Vec<Raw> = Vec::new();
    let mut seconds: HashMap<(usize, usize), Option<Phrase>> = HashMap::new();
    for (si, t) in trees.iter().enumerate() {
        if doc
            .sentences
            .get(si)
            .is_some_and(|s| !s.role.is_reported_text())
        {
            continue;
        }
        for c in 0..t.len() {
            if used_cues.contains(&(si, c)) {
                continue;
            }
            // Speech reported inside a quotation belongs to the quoted
            // speaker's words ("“I *think* we will win”"), not to the article.
            let in_direct = t.span(c).is_some_and(|sp| direct_spans.covers(sp.start));
            if in_direct {
                continue;
            }
            let Some((content_toks, source)) = proform_report(t, c)
                .or_else(|| parenthetical(t, c))
                .or_else(|| refused_speech(t, c))
                .or_else(|| as_reported(t, c))
                .or_else(|| indirect_at(t, c))
                .or_else(|| surface_say(t, c))
                .or_else(|| surface_tell(t, c))
                .or_else(|| noun_read_cue(t, c))
            else {
                continue;
            };
            // "The papers show, *he said*, that “…”": a verb whose clause
            // another speaker's cue interrupts gives way to that cue.
            if interrupted_by_cue(t, c) {
                continue;
            }
            // A verb cut from what an earlier cue reports speaks for that
            // cue's speaker ("Roe said the vote was “a farce,” *adding*
            // …"), not for a subject inside the reported clause.
            let source = match seconds.get(&(si, c)) {
                Some(Some(outer)) => Some(outer.clone()),
                _ => source,
            };
            // "Roe tweeted a photograph of the damage *and said* she was
            // pushed": a predicate coordinated with the cue is said of its
            // subject, never part of what the cue reports; it stands as an
            // attribution of its own.
            let conjuncts: Vec<usize> = t
                .kids(c)
                .iter()
                .copied()
                .filter(|&k| {
                    k > c
                        && t.base(k) == "conj"
                        && t.upos(k) == Upos::Verb
                        && t.first_kid(k, &["nsubj", "nsubj:pass"]).is_none()
                })
                .collect();
            let content_toks: Vec<usize> = match conjuncts.first() {
                Some(&k0) => {
                    let cut = t
                        .kids(k0)
                        .iter()
                        .copied()
                        .filter(|&m| t.rel(m) == "cc" && m < k0)
                        .min()
                        .unwrap_or(k0);
                    let kept: Vec<usize> = content_toks
                        .iter()
                        .copied()
                        .filter(|&k| {
                            !(k >= cut && conjuncts.iter().any(|&j| k == j || t.dominated_by(k, j)))
                        })
                        .collect();
                    trim_punct(t, &kept)
                }
                None => content_toks,
            };
            let (content_toks, second) = cut_second_report(t, c, content_toks);
            if let Some(k) = second {
                seconds.insert((si, k), source.clone());
            }
            let content = runs(t, &content_toks);
            if content.is_empty() {
                continue;
            }
            // Words quoted inside reported speech ("said that the plan's
            // “positive message is working”"): a quote with no speaker of
            // its own is part of this one; one with a speaker wins.
            let mut overlapped: Vec<usize> = content
                .iter()
                .flat_map(|s| direct_spans.overlapping(s.start, s.end).map(|(_, i)| i))
                .collect();
            overlapped.sort_unstable();
            overlapped.dedup();
            // A quote whose own cue lies inside this content is nested in
            // it ("Lazar said he welcomed extradition and *added*, “I'll
            // plead guilty”"): both attributions stand.
            let nested = |r: &Raw| {
                r.cue
                    .as_ref()
                    .is_some_and(|(cs, _, cc)| *cs == si && content_toks.contains(cc))
            };
            // A continuation part with no cue of its own yields to the
            // speech reported around it ("“…,” Vale said, adding that the
            // mall is “the biggest risk of the decade”").
            let borrowed_only = |r: &Raw| {
                let touched: Vec<&Span> = r
                    .content
                    .iter()
                    .filter(|s| content.iter().any(|x| x.start < s.end && s.start < x.end))
                    .collect();
                !touched.is_empty() && touched.iter().all(|s| r.borrowed.contains(s))
            };
            // "Nothing the mayor said “will calm the fears,” the senator
            // said.": a quote whose own cue follows it and closes this
            // content (within 30 bytes of the quote's end) is the
            // attribution of the whole sentence; the verb before the
            // quote is part of what its speaker says.
            let closes = |r: &Raw| {
                let (Some(last), Some(end)) = (r.content.last(), content.last()) else {
                    return false;
                };
                nested(r)
                    && end.end.saturating_sub(last.end) <= 30
                    && t.span(c).is_some_and(|sp| sp.end <= last.start)
                    && r.cue.as_ref().is_some_and(|(_, _, cc)| {
                        t.span(*cc).is_some_and(|sp| sp.start >= last.end)
                    })
            };
            if overlapped.iter().any(|&i| {
                raws.get(i).is_some_and(|r| {
                    r.source.is_some() && (closes(r) || (!nested(r) && !borrowed_only(r)))
                })
            }) {
                continue;
            }
            for &i in &overlapped {
                if raws
                    .get(i)
                    .is_some_and(|r| r.source.is_some() && borrowed_only(r))
                {
                    yielded.push((i, content.clone()));
                }
            }
            overlapped.retain(|&i| {
                raws.get(i)
                    .is_some_and(|r| r.source.is_none() || !borrowed_only(r))
            });
            // "“…,” Roe said, according to the newspaper": the quote is
            // the newspaper's account, one attribution with the quote's
            // words in it.
            let according =
                t.lemma(c) == "according" || t.form(c).eq_ignore_ascii_case("according");
            let mut content = content;
            if according {
                for &i in &overlapped {
                    if let Some(r) = raws.get(i).filter(|r| nested(r)) {
                        content.extend(r.content.iter().copied());
                    }
                }
                content = merge_spans(content);
            } else {
                overlapped.retain(|&i| raws.get(i).is_some_and(|r| !nested(r)));
            }
            for &i in &overlapped {
                if let Some(a) = absorbed.get_mut(i) {
                    *a = true;
                }
            }
            let mixed = content.iter().any(|s| {
                doc.text
                    .get(s.start..s.end)
                    .is_some_and(|x| x.contains(['“', '”', '"', '«', '»']))
            }) || content_toks
                .iter()
                .filter_map(|&k| t.span(k))
                .any(|sp| in_marks(sp.start));
            let source = source.map(|(h, toks)| (si, h, toks));
            // A speaker the tagger read as an auxiliary ("aides said") is
            // not part of the cue.
            let cue_toks: Vec<usize> = cue_tokens(t, c)
                .into_iter()
                .filter(|k| source.as_ref().is_none_or(|(_, _, s)| !s.contains(k)))
                .collect();
            used_cues.insert((si, c));
            indirect.push(Raw {
                kind: if mixed || !overlapped.is_empty() {
                    QuoteKind::Mixed
                } else {
                    QuoteKind::Indirect
                },
                content,
                cue: Some((si, cue_toks, c)),
                source,
                borrowed: Vec::new(),
                warnings: Vec::new(),
            });
        }
    }
    let mut raws = raws;
    for (i, cut) in yielded {
        if let Some(r) = raws.get_mut(i) {
            r.content
                .retain(|s| !cut.iter().any(|x| x.start < s.end && s.start < x.end));
        }
    }
    let mut raws: Vec<Raw> = raws
        .into_iter()
        .zip(absorbed)
        .filter(|(_, a)| !a)
        .map(|(r, _)| r)
        .collect();
    raws.extend(indirect);

    // "Graham: Trump's rhetoric is destroying the party's chances",
    // "MATTHEWS: Well, speculation is bad": a name and a colon open the
    // sentence and what follows is theirs (headlines, transcripts).
    for (si, t) in trees.iter().enumerate() {
        let reported = doc
            .sentences
            .get(si)
            .is_some_and(|s| s.role.is_reported_text());
        if !reported {
            continue;
        }
        let Some((colon, head, source)) = name_and_colon(t, &|k| is_time(si, k)) else {
            continue;
        };
        if used_cues.contains(&(si, colon)) {
            continue;
        }
        let content_toks: Vec<usize> = (colon + 1..t.len()).collect();
        let content = runs(t, &trim_punct(t, &content_toks));
        if content.is_empty() || direct_spans.covers(content[0].start) {
            continue;
        }
        let mixed = content_toks
            .iter()
            .filter_map(|&k| t.span(k))
            .any(|sp| in_marks(sp.start));
        used_cues.insert((si, colon));
        raws.push(Raw {
            kind: if mixed {
                QuoteKind::Mixed
            } else {
                QuoteKind::Indirect
            },
            content,
            cue: Some((si, vec![colon], colon)),
            source: Some((si, head, source)),
            borrowed: Vec::new(),
            warnings: Vec::new(),
        });
    }

    // A verb inside a quotation is the quoted speaker's word ("On NBC's
    // “Meet the Press” Tuesday, he said, “I never *said* …”"): it governs
    // no quoted words outside that quotation.
    let quoted_cue = |(si, c, _, _): &Governed| {
        trees
            .get(*si)
            .and_then(|t| t.span(*c))
            .is_some_and(|sp| direct_spans.covers(sp.start))
    };
    // A quote still without a speaker, or a quoted phrase, that is part of
    // what a verb of saying or judging governs: "One strategist *described*
    // the race as “an anti-establishment superhighway”", "Kasich has
    // *called for* “boots on the ground”".
    for r in raws
        .iter_mut()
        .filter(|r| r.source.is_none() && r.kind == QuoteKind::Direct)
    {
        if let Some((si, c, _, src)) =
            governing(doc, &trees, &r.content, &used_cues).filter(|g| !quoted_cue(g))
        {
            if let Some(t) = trees.get(si) {
                r.cue = Some((si, cue_tokens(t, c), c));
                r.source = Some((si, src.0, src.1));
                used_cues.insert((si, c));
            }
        }
    }
    // A quote still without a speaker, inside a clause: the subject of a
    // clause that holds it is its source ("The board *saw* Roe as “the
    // driver of change”", "Vale *ripped* the mayor for acting as “the
    // judge and the jury”").
    for r in raws
        .iter_mut()
        .filter(|r| r.source.is_none() && r.kind == QuoteKind::Direct)
    {
        if let Some((si, c, src)) =
            clause_holder(doc, &trees, &r.content, &used_cues, mentions, true)
        {
            if let Some(t) = trees.get(si) {
                r.cue = Some((si, cue_tokens(t, c), c));
                r.source = Some((si, src.0, src.1));
                used_cues.insert((si, c));
            }
        }
    }
    let before_phrases = spans::SpanIndex::new(
        raws.iter()
            .flat_map(|r| r.content.iter().map(|s| (*s, ())))
            .collect(),
    );
    let found_before = raws.len();
    let mut held: HashMap<(usize, usize), usize> = HashMap::new();
    for m in phrases {
        let Some(first) = m.content.first() else {
            continue;
        };
        let taken = before_phrases.covers(first.start)
            || raws.iter().skip(found_before).any(|r| {
                r.content
                    .iter()
                    .any(|s| s.start <= first.start && first.start < s.end)
            });
        if taken {
            continue;
        }
        if let Some((si, c, content, src)) =
            governing(doc, &trees, &m.content, &used_cues).filter(|g| !quoted_cue(g))
        {
            if let Some(t) = trees.get(si) {
                used_cues.insert((si, c));
                raws.push(Raw {
                    kind: QuoteKind::Mixed,
                    content: runs(t, &content),
                    cue: Some((si, cue_tokens(t, c), c)),
                    source: Some((si, src.0, src.1)),
                    borrowed: Vec::new(),
                    warnings: Vec::new(),
                });
            }
        } else if let Some((si, c, src)) =
            clause_holder(doc, &trees, &m.content, &used_cues, mentions, false)
        {
            // A quoted phrase the climb went past its own clause for
            // ("called for getting the program “back on track”"): its
            // words are the content, and a second phrase under the same
            // verb joins the first.
            if let Some(&i) = held.get(&(si, c)) {
                if let Some(r) = raws.get_mut(i) {
                    r.content.extend(m.content.iter().copied());
                }
            } else if let Some(t) = trees.get(si) {
                held.insert((si, c), raws.len());
                raws.push(Raw {
                    kind: QuoteKind::Mixed,
                    content: m.content.clone(),
                    cue: Some((si, cue_tokens(t, c), c)),
                    source: Some((si, src.0, src.1)),
                    borrowed: Vec::new(),
                    warnings: Vec::new(),
                });
            }
        }
    }
    raws.retain(|r| !r.content.is_empty());
    // Speech reported inside reported speech is the outer speaker's
    // account, not an attribution of its own ("Roe said Kim *believes* the
    // deal is dead", "Vale said the company *denied* the claims"), as
    // speech inside a direct quote is the quoted speaker's. "According to"
    // is never inside: it speaks for its whole sentence.
    let nested = nested_attributions(&trees, &raws);
    let mut keep = nested.iter().map(|n| !n);
    raws.retain(|_| keep.next().unwrap_or(true));
    raws.sort_by_key(Raw::start);

    // Speakers, in text order, so that pronouns find who spoke last.
    let mut known: Vec<Known> = Vec::new();
    let mut out: Vec<Quote> = Vec::new();
    let mut mentions_in: Vec<Vec<&Mention>> = vec![Vec::new(); doc.sentences.len()];
    for m in mentions {
        if let Some(v) = mentions_in.get_mut(m.sentence) {
            v.push(m);
        }
    }
    let by_sentence =
        |si: usize| -> Vec<&Mention> { mentions_in.get(si).cloned().unwrap_or_default() };
    for mut raw in raws {
        let mut source = None;
        let mut source_token = None;
        // Quoted words cannot speak, except a speaker cut out of the quote
        // itself ("“…, comments Yang Mu-jin, …”").
        let extent =
            raw.content.first().map_or(0, |a| a.start)..raw.content.last().map_or(0, |b| b.end);
        let cut_out = |at: usize| {
            extent.contains(&at) && !raw.content.iter().any(|s| s.start <= at && at < s.end)
        };
        let quoted = |at: usize| in_marks(at) && !cut_out(at);
        raw.source = raw.source.take().and_then(|(si, h, toks)| {
            let t = trees.get(si)?;
            let (h, toks) = speaker_phrase(t, h, toks, &quoted, &|k| is_time(si, k))?;
            Some((si, h, toks))
        });
        // A cue found with no speaker the parse would give ("…,” *Kelly*
        // charged in …", "On a talk show Tuesday, *he* said, “…”"): the
        // short noun phrase just before it on the surface.
        if raw.source.is_none() && raw.kind == QuoteKind::Direct {
            raw.source = raw.cue.as_ref().and_then(|&(si, _, c)| {
                let t = trees.get(si)?;
                let (h, toks) = surface_subject(t, c).or_else(|| between_mark_and_cue(t, c))?;
                let (h, toks) = speaker_phrase(t, h, toks, &quoted, &|k| is_time(si, k))?;
                Some((si, h, toks))
            });
        }
        if let Some((si, h, toks)) = &raw.source {
            if let Some(t) = trees.get(*si) {
                let ms = by_sentence(*si);
                let scope = speaker::Scope {
                    doc,
                    kb,
                    known: &known,
                };
                let sp = speaker::resolve(&scope, t, *si, *h, toks, &ms);
                if sp.name.is_some() || sp.code.is_some() {
                    known.push(Known {
                        sentence: *si,
                        speaker: sp.clone(),
                    });
                }
                source = Some(sp);
                source_token = Some((*si, *h));
            }
        }
        let cue = raw.cue.as_ref().and_then(|(si, toks, _)| {
            let t = trees.get(*si)?;
            let mut spans = runs(t, toks);
            if spans.is_empty() {
                // A cue of punctuation alone ("Graham*:*").
                spans = toks.iter().filter_map(|&k| t.span(k)).collect();
            }
            let (a, b) = (spans.first()?, spans.last()?);
            Some(Cue {
                text: text_of(doc, &spans),
                span: Span {
                    start: a.start,
                    end: b.end,
                },
            })
        });
        let (date, date_source) = match raw
            .cue
            .as_ref()
            .and_then(|(si, _, c)| dyad_time::date_event(doc, timexes, *si, *c))
        {
            Some(d) => (
                Some(d.value),
                match d.source {
                    dyad_time::DateSource::Expression => "expression",
                    dyad_time::DateSource::Context => "context",
                    dyad_time::DateSource::Document => "document",
                }
                .to_string(),
            ),
            None => (None, "unknown".to_string()),
        };
        let mut sentences: Vec<usize> = raw
            .content
            .iter()
            .filter_map(|s| token_at(doc, s.start).map(|(si, _)| si))
            .collect();
        sentences.dedup();
        let n = out.len();
        out.push(Quote {
            record_type: "quote",
            id: format!("{}-q{}", doc.id, n),
            doc_id: doc.id.clone(),
            kind: raw.kind,
            text: text_of(doc, &raw.content),
            content: raw.content,
            source,
            cue,
            sentences,
            date,
            date_source,
            warnings: raw.warnings,
            source_token,
        });
    }
    out
}

/// Whether quotation `m` stands as an utterance of its own: it opens its
/// sentence or follows punctuation ("He said, “…”", "“…,” he said"), and
/// its words end on a comma, a question or exclamation mark or a full
/// stop ("“Absolutely,”", "“We lost.”"), not inside a clause ("called it
/// “a disgrace” and left").
fn utterance(doc: &Document, trees: &[Tree], m: &marks::Marked) -> bool {
    let ends = m
        .content
        .last()
        .and_then(|s| doc.text.get(s.start..s.end))
        .and_then(|x| x.trim_end().chars().last())
        .is_some_and(|c| matches!(c, ',' | '?' | '!' | '.'));
    let Some((si, to)) = token_at(doc, m.open) else {
        return false;
    };
    let Some(t) = trees.get(si) else {
        return false;
    };
    let opens = (0..to)
        .rev()
        .find(|&k| !is_mark(t.form(k)))
        .is_none_or(|k| t.is_punct(k));
    ends && opens
}

/// Spans sorted, with those that overlap or touch joined into one.
fn merge_spans(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort_by_key(|s| s.start);
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}

/// For each attribution, whether it is reported speech (not "according
/// to") whose cue lies inside the content of another reported (not
/// directly quoted) attribution that has a source; "according to" may
/// hold others ("The mayor *said* …, according to the newspaper").
fn nested_attributions(trees: &[Tree], raws: &[Raw]) -> Vec<bool> {
    let according = |r: &Raw| {
        r.cue.as_ref().is_some_and(|(si, _, c)| {
            trees.get(*si).is_some_and(|t| {
                t.lemma(*c) == "according" || t.form(*c).eq_ignore_ascii_case("according")
            })
        })
    };
    let cue_at = |r: &Raw| {
        let (si, _, c) = r.cue.as_ref()?;
        trees.get(*si)?.span(*c).map(|sp| sp.start)
    };
    raws.iter()
        .enumerate()
        .map(|(i, r)| {
            let inner = r.kind != QuoteKind::Direct && !according(r);
            let Some(at) = cue_at(r).filter(|_| inner) else {
                return false;
            };
            raws.iter().enumerate().any(|(j, o)| {
                j != i
                    && o.kind != QuoteKind::Direct
                    && o.source.is_some()
                    && o.content.iter().any(|sp| sp.start <= at && at < sp.end)
            })
        })
        .collect()
}

/// "Graham:", "Clinton camp:", "MATTHEWS:" opening a sentence: the colon,
/// the head of the name and its tokens, when a short verbless name (a
/// capitalised first word, a proper noun or a noun for a person or body at
/// its head) comes before the colon and at least three words follow it.
/// Labels of page furniture ("Update:", "Editor's note:", "Photo:"), times
/// and the "Q:" and "A:" of an interview are not speakers.
fn name_and_colon(t: &Tree, is_time: &dyn Fn(usize) -> bool) -> Option<(usize, usize, Vec<usize>)> {
    let colon = (1..t.len().min(7)).find(|&k| t.form(k) == ":")?;
    let name: Vec<usize> = (0..colon).filter(|&k| !t.is_punct(k)).collect();
    let first = *name.first()?;
    if !t.form(first).chars().next().is_some_and(char::is_uppercase) || name.len() > 5 {
        return None;
    }
    // "Q:" and "A:" mark a question and its answer, not a speaker.
    if name.len() == 1 && t.form(first).chars().count() == 1 {
        return None;
    }
    let nominal = name.iter().all(|&k| {
        matches!(
            t.upos(k),
            Upos::Propn | Upos::Noun | Upos::Det | Upos::Adj | Upos::Part
        )
    });
    if !nominal {
        return None;
    }
    let words_after = (colon + 1..t.len()).filter(|&k| !t.is_punct(k)).count();
    if words_after < 3 {
        return None;
    }
    let label = name
        .iter()
        .any(|&k| is_time(k) || cues::is(cues::LABELS, &t.form(k).to_lowercase()));
    if label {
        return None;
    }
    let head = name
        .iter()
        .rev()
        .copied()
        .find(|&k| matches!(t.upos(k), Upos::Propn | Upos::Noun))?;
    Some((colon, head, name))
}

/// A source phrase that can name a speaker, tidied: a relative pronoun
/// stands for the noun its clause modifies ("Trump, *who* said …"); a
/// leading preposition or conjunction is dropped ("*until* Haley said"); a
/// head inside quotation marks ("“*Safety*,” said …") or a time word with no
/// name beside it ("*Tuesday* in New York City said") is a misparse and
/// names no one. `is_time` tells the tokens inside time expressions.
fn speaker_phrase(
    t: &Tree,
    h: usize,
    toks: Vec<usize>,
    quoted: &dyn Fn(usize) -> bool,
    is_time: &dyn Fn(usize) -> bool,
) -> Option<Phrase> {
    let relative = matches!(t.lemma(h).as_str(), "who" | "that" | "which")
        && t.head(h).is_some_and(|c| t.rel(c) == "acl:relcl");
    if relative {
        // The span runs from the noun to the pronoun, so that it shows
        // both: "Bush, Florida's former governor, *who*".
        let clause = t.head(h)?;
        let noun = t.head(clause)?;
        let mut toks: Vec<usize> = t
            .subtree_without(noun, &[clause])
            .into_iter()
            .filter(|&k| !t.is_punct(k))
            .collect();
        toks.push(h);
        toks.sort_unstable();
        toks.dedup();
        return speaker_phrase(t, noun, toks, quoted, is_time);
    }
    // "Ann Roe, *who* …, told investors", parsed with the pronoun as the
    // subject of the main verb: the name before the comma is meant.
    if t.lemma(h) == "who" && h >= 2 && t.form(h - 1) == "," {
        // The name before the comma, capitalized words whatever their tag
        // ("*Sanders*, who …" read as a plural noun, "*Small*, who …" as
        // an adjective).
        let mut a = h - 1;
        while a > 0
            && (matches!(t.upos(a - 1), Upos::Propn)
                || t.form(a - 1).chars().next().is_some_and(char::is_uppercase))
        {
            a -= 1;
        }
        if a < h - 1 {
            let mut toks: Vec<usize> = (a..h - 1).collect();
            toks.push(h);
            return speaker_phrase(t, h - 2, toks, quoted, is_time);
        }
    }
    if t.span(h).is_some_and(|sp| quoted(sp.start)) {
        return None;
    }
    let lead = toks
        .iter()
        .take_while(|&&k| k != h && (t.is_punct(k) || matches!(t.upos(k), Upos::Adp | Upos::Sconj)))
        .count();
    let toks: Vec<usize> = toks.get(lead..).map(<[usize]>::to_vec).unwrap_or_default();
    if is_time(h) {
        let name = toks
            .iter()
            .copied()
            .find(|&k| t.upos(k) == Upos::Propn && !is_time(k))?;
        return Some((name, toks));
    }
    (!toks.is_empty()).then_some((h, toks))
}

/// Actor mentions the quotes add for the event coder: "I", "we", "our"
/// inside a direct quote stand for its speaker, and a source phrase the
/// actor layer left without a country ("He adds", "explains the academic")
/// is the speaker found for it. Only speakers with a code give mentions,
/// and never over an existing mention with a country.
pub fn speaker_mentions(doc: &Document, quotes: &[Quote], mentions: &[Mention]) -> Vec<Mention> {
    let covered = |si: usize, ti: usize, extra: &[Mention]| {
        mentions
            .iter()
            .chain(extra)
            .any(|m| m.sentence == si && m.start <= ti && ti < m.end && m.code.country.is_some())
    };
    let mut out: Vec<Mention> = Vec::new();
    for q in quotes {
        let Some(sp) = &q.source else { continue };
        if sp.code.is_none() {
            continue;
        }
        let code = ActorCode {
            country: sp.code.clone(),
            sector: sp.sector.clone(),
        };
        let entry = sp
            .identifier_id
            .clone()
            .unwrap_or_else(|| format!("speaker:{}", q.id));
        let add = |si: usize, ti: usize, out: &mut Vec<Mention>| {
            let Some(tok) = doc.sentences.get(si).and_then(|s| s.tokens.get(ti)) else {
                return;
            };
            if covered(si, ti, out) {
                return;
            }
            out.push(Mention {
                sentence: si,
                start: ti,
                end: ti + 1,
                head: ti,
                span: tok.span,
                text: tok.form.clone(),
                code: code.clone(),
                entry: entry.clone(),
                kind: MentionKind::Coreference,
            });
        };
        if q.kind == QuoteKind::Direct {
            for span in &q.content {
                let mut at = span.start;
                while at < span.end {
                    let Some((si, ti)) = token_at(doc, at) else {
                        at += 1;
                        continue;
                    };
                    let Some(tok) = doc.sentences.get(si).and_then(|s| s.tokens.get(ti)) else {
                        break;
                    };
                    if tok.upos == Upos::Pron
                        && cues::is(cues::FIRST_PERSON, &tok.form.to_lowercase())
                    {
                        add(si, ti, &mut out);
                    }
                    at = tok.span.end.max(at + 1);
                }
            }
        }
        // A pronoun or role noun whose speaker was found by reference.
        if let Some((si, ti)) = q.source_token {
            if matches!(sp.resolution.as_str(), "previous_speaker" | "continuation") {
                add(si, ti, &mut out);
            }
        }
    }
    out
}

/// `spans` without the bytes of `cut`.
fn subtract(spans: &[Span], cut: Span) -> Vec<Span> {
    let mut out = Vec::new();
    for s in spans {
        if cut.end <= s.start || cut.start >= s.end {
            out.push(*s);
            continue;
        }
        if cut.start > s.start {
            out.push(Span {
                start: s.start,
                end: cut.start,
            });
        }
        if cut.end < s.end {
            out.push(Span {
                start: cut.end,
                end: s.end,
            });
        }
    }
    out.retain(|s| s.end > s.start);
    out
}

/// The sentence and token where the quoted words `quote` start, with that
/// sentence's tree.
fn quote_start<'t, 'd>(
    doc: &Document,
    trees: &'t [Tree<'d>],
    quote: &[Span],
) -> Option<(usize, usize, &'t Tree<'d>)> {
    let (si, k) = token_at(doc, quote.first()?.start)?;
    Some((si, k, trees.get(si)?))
}

/// Whether token `i` of tree `t` starts inside the quoted words `quote`.
fn in_quote(t: &Tree, quote: &[Span], i: usize) -> bool {
    t.span(i).is_some_and(|sp| {
        quote
            .iter()
            .any(|q| q.start <= sp.start && sp.start < q.end)
    })
}

/// The verb of saying or judging that governs the quoted words starting at
/// byte `at`, within a few steps up the tree: its sentence, the verb, the
/// complement holding the quote and the source.
fn governing(
    doc: &Document,
    trees: &[Tree],
    quote: &[Span],
    used: &HashSet<(usize, usize)>,
) -> Option<Governed> {
    let (si, k, t) = quote_start(doc, trees, quote)?;
    let inside = |i: usize| in_quote(t, quote, i);
    let mut child = k;
    for _ in 0..6 {
        let v = t.head(child)?;
        // Climb out of the quoted words first: a verb inside them is the
        // quoted speaker's ("“I *think* Donald has a chance”").
        if inside(v) {
            child = v;
            continue;
        }
        // "the announcement *by South Korea's National Security Council*
        // of “measures …”": a statement noun with its author.
        if t.upos(v) == Upos::Noun && cues::is(cues::STATEMENT, &t.lemma(v)) {
            let author = t.kids(v).iter().copied().find(|&a| {
                t.rel(a) == "nmod:poss"
                    || (t.base(a) == "nmod"
                        && t.kids(a).iter().any(|&c| {
                            t.rel(c) == "case" && matches!(t.lemma(c).as_str(), "by" | "from")
                        }))
            });
            if let Some(a) = author {
                let src: Vec<usize> = t
                    .subtree(a)
                    .into_iter()
                    .filter(|&k| !(t.rel(k) == "case" && t.head(k) == Some(a)))
                    .collect();
                return Some((si, v, t.subtree(child), (a, src)));
            }
        }
        let lemma = cue_lemma(t, v);
        // A stance taken on quoted words ("*blamed* the law on “…”",
        // "*thanked* him for “…”"): a finite verb or a participle.
        let stance = (cues::is(cues::ATTITUDE, &lemma) || cues::is(cues::CREDIT, &lemma))
            && matches!(t.xpos(v), "VBD" | "VBZ" | "VBG" | "VBN");
        let judging = cues::is(cues::SPEECH, &lemma)
            || cues::is(cues::INDIRECT, &lemma)
            || cues::is(cues::JUDGING, &lemma)
            || stance;
        if t.upos(v) == Upos::Verb && judging && !used.contains(&(si, v)) {
            // "“Safety,” said Grimm": the parse may make the quoted words
            // a subject too; the speaker is the subject outside them.
            let s = subject(t, v)?;
            let s = if inside(s) {
                t.kids(v)
                    .iter()
                    .copied()
                    .find(|&k| t.rel(k) == "nsubj" && k != s && !inside(k))
                    .unwrap_or(s)
            } else {
                s
            };
            let src = (s, t.subtree(s));
            let content: Vec<usize> = t.subtree(child);
            return Some((si, v, content, src));
        }
        if matches!(t.upos(v), Upos::Verb)
            && !matches!(
                t.base(child),
                "obj" | "xcomp" | "obl" | "nmod" | "ccomp" | "advcl" | "conj"
            )
        {
            return None;
        }
        child = v;
    }
    None
}

/// The clause that holds a quote with no speaker of its own, climbing the
/// parse from the quoted words: the first verb of saying or judging with a
/// subject outside them, else (with `any_verb`, for quotations, not for
/// quoted phrases) the highest verb with one ("Roe *ripped* the board for
/// acting as “…”"). The subject must be able to speak (a name,
/// a personal pronoun or an actor mention); a verb already the cue of an
/// attribution is passed over, and one of saying or judging ends the climb
/// (the quote lies in what it reports). A quote most of whose words are
/// capitalized is a title ("starred in “The House on Maple Street”") and
/// has none. Its sentence, the verb and the subject phrase.
fn clause_holder(
    doc: &Document,
    trees: &[Tree],
    quote: &[Span],
    used: &HashSet<(usize, usize)>,
    mentions: &[Mention],
    any_verb: bool,
) -> Option<(usize, usize, Phrase)> {
    let words: Vec<&str> = quote
        .iter()
        .filter_map(|q| doc.text.get(q.start..q.end))
        .flat_map(str::split_whitespace)
        .collect();
    let capitals = words
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        .count();
    if capitals * 10 >= words.len() * 6 {
        return None;
    }
    let (si, k, t) = quote_start(doc, trees, quote)?;
    let inside = |i: usize| in_quote(t, quote, i);
    let mut child = k;
    let mut highest: Option<(usize, usize)> = None;
    for _ in 0..12 {
        let Some(v) = t.head(child) else { break };
        child = v;
        if inside(v) || t.upos(v) != Upos::Verb || t.lemma(v) == "be" {
            continue;
        }
        let lemma = cue_lemma(t, v);
        let judging = [
            cues::SPEECH,
            cues::INDIRECT,
            cues::JUDGING,
            cues::ATTITUDE,
            cues::CREDIT,
        ]
        .iter()
        .any(|l| cues::is(l, &lemma));
        if used.contains(&(si, v)) {
            if judging {
                return None;
            }
            continue;
        }
        // "the group seeks laws of what *it calls* “…”": a verb of saying
        // or judging whose subject "it" the general reader refuses.
        let plain_it = || {
            t.first_kid(v, &["nsubj"])
                .filter(|&s| judging && t.lemma(s) == "it")
        };
        let Some(s) = subject(t, v).or_else(plain_it) else {
            continue;
        };
        if t.subtree(s).into_iter().any(inside) {
            continue;
        }
        let speaks = t.upos(s) == Upos::Propn
            || matches!(
                t.lemma(s).as_str(),
                "he" | "she" | "they" | "we" | "i" | "you" | "who" | "it"
            )
            || mentions
                .iter()
                .any(|m| m.sentence == si && m.start <= s && s < m.end);
        if !speaks {
            continue;
        }
        if judging {
            return Some((si, v, (s, t.subtree(s))));
        }
        if any_verb {
            highest = Some((v, s));
        }
    }
    let (v, s) = highest?;
    Some((si, v, (s, t.subtree(s))))
}

/// The cue's words: the verb with its auxiliaries and particle ("has
/// said", "pointed out"), or an adjective with its copula ("is categorical").
fn cue_tokens(t: &Tree, c: usize) -> Vec<usize> {
    let mut v = vec![c];
    for &k in t.kids(c) {
        if matches!(
            t.rel(k),
            "aux" | "aux:pass" | "cop" | "compound:prt" | "fixed"
        ) {
            v.push(k);
        }
    }
    v.sort_unstable();
    // Only what is contiguous with the cue.
    let pos = v.iter().position(|&x| x == c).unwrap_or(0);
    let mut a = pos;
    while a > 0 && v.get(a - 1).zip(v.get(a)).is_some_and(|(x, y)| x + 3 >= *y) {
        a -= 1;
    }
    let mut b = pos;
    while v.get(b + 1).zip(v.get(b)).is_some_and(|(y, x)| x + 2 >= *y) {
        b += 1;
    }
    v.get(a..=b)
        .map(<[usize]>::to_vec)
        .unwrap_or_else(|| vec![c])
}

/// The source phrase of cue `c`: its subject's subtree, without anything
/// inside the quote itself.
fn source_of(t: &Tree, c: usize, quoted: &dyn Fn(usize) -> bool) -> Option<(usize, Vec<usize>)> {
    let keep = |k: &usize| *k != c && !t.span(*k).is_some_and(|sp| quoted(sp.start));
    let parsed =
        subject(t, c).map(|s| (s, t.subtree(s).into_iter().filter(keep).collect::<Vec<_>>()));
    // "Du Jin-ho, of the National Defense Research Center, says …" where
    // the tagger read "Du" as a preposition: when the parse gives no subject
    // or one that starts with a preposition, the capitalised words that open
    // the clause, up to the cue and with no verb among them, are the source.
    let broken = parsed
        .as_ref()
        .is_none_or(|(_, toks)| toks.first().is_none_or(|&k| t.upos(k) == Upos::Adp));
    if broken {
        let k0 = (0..c).find(|&k| !t.is_punct(k) && keep(&k));
        if let Some(k0) = k0 {
            let toks: Vec<usize> = (k0..c).filter(keep).collect();
            let capital = t.form(k0).chars().next().is_some_and(char::is_uppercase);
            let verbless = !toks.iter().any(|&k| {
                matches!(t.upos(k), Upos::Verb) || (t.upos(k) == Upos::Aux && t.head(k) != Some(c))
            });
            if capital && verbless && toks.len() >= 2 {
                return Some((k0, toks));
            }
        }
    }
    parsed.filter(|(_, toks)| !toks.is_empty())
}

/// The one who says: the subject of cue `c`; for a relative clause the
/// noun it modifies ("Trump, *who* said …"); for a verb that shares its
/// subject ("… and *said*", "*adding*") the subject of the verb it hangs on.
fn subject(t: &Tree, c: usize) -> Option<usize> {
    if let Some(s) = naming_speaker(t, c) {
        return Some(s);
    }
    let mut cur = c;
    let mut via_conj = false;
    for _ in 0..4 {
        // "which *officials* said will take effect": a relative word the
        // parse made a second subject of the verb of saying; the speaker
        // is the subject after it.
        if let Some(s) = relative_speaker(t, cur) {
            return Some(s);
        }
        if t.base(cur) == "acl" && t.xpos(cur) == "VBG" {
            let statement = |n: usize| {
                (cues::is(cues::STATEMENT, &t.lemma(n)) || cues::is(cues::MEDIUM, &t.lemma(n)))
                    && matches!(t.base(n), "obj" | "obl")
            };
            // "issued a statement *Tuesday* saying …": the participle the
            // parse hung on a time word just after the statement, or gave
            // that word as its subject (a participle on a statement has
            // no subject of its own).
            let n = t.head(cur)?;
            let n = if statement(n) {
                Some(n)
            } else {
                (n.saturating_sub(3)..n)
                    .rev()
                    .find(|&m| statement(m) && n < cur)
            };
            if let Some(n) = n {
                cur = t.head(n)?;
                continue;
            }
        }
        if let Some(s) = t.first_kid(cur, &["nsubj"]) {
            let relative = matches!(t.lemma(s).as_str(), "who" | "which" | "that");
            if relative && t.rel(cur) == "acl:relcl" {
                return t.head(cur);
            }
            // "It added", "it says": a statement or a body speaking through
            // a verb of saying, not an expletive.
            let speaking_it = t.lemma(s) == "it"
                && s < cur
                && matches!(t.xpos(cur), "VBD" | "VBZ")
                && cues::is(cues::SPEECH, &cue_lemma(t, cur));
            if matches!(
                t.lemma(s).as_str(),
                "what" | "it" | "there" | "which" | "that" | "this"
            ) && !speaking_it
            {
                return None;
            }
            // "Roe said she saw no reason to change the plan, *telling*
            // …": a participle whose climb ends in a reported clause
            // speaks for the one who reports it.
            if cur != c && t.xpos(c) == "VBG" {
                return Some(outer_reporter(t, cur).unwrap_or(s));
            }
            // "Roe said that he will “try to win” *and insisted* …": a
            // finite verb of saying the parse coordinated with a verb of
            // the reported clause, whose subject there is a pronoun,
            // speaks for the one who reports that clause.
            let pronoun = matches!(t.lemma(s).as_str(), "he" | "she" | "they");
            if cur != c && t.base(c) == "conj" && pronoun {
                if let Some(r) = clause_reporter(t, cur) {
                    return Some(r);
                }
            }
            return Some(s);
        }
        // "Roe called for … and said" with the past read as a passive
        // participle (no auxiliary), "In describing him, *Cuban* said …"
        // with a finite verb given a passive subject: its subject all the
        // same.
        let misparsed = active_passive_subject(t, cur);
        if misparsed.is_some() {
            return misparsed;
        }
        // "Dora Pell was joined on stage by Vale *and joked*, “…”": a finite
        // verb coordinated with a passive shares its subject (participles
        // hung on a passive are mostly said of a thing: "The ads were
        // paid for, *attacking* …").
        if via_conj {
            if let Some(s) = t.first_kid(cur, &["nsubj:pass"]) {
                if t.lemma(s) == "who" && t.rel(cur) == "acl:relcl" {
                    return t.head(cur);
                }
                if !matches!(
                    t.lemma(s).as_str(),
                    "what" | "it" | "there" | "which" | "that" | "this"
                ) {
                    return Some(s);
                }
            }
        }
        // "*Harding* told the council: “…”": a surname the tagger misread
        // right before the cue.
        if cur == c {
            if let Some(s) = misread_name(t, c) {
                return Some(s);
            }
        }
        // "issued a statement *saying* …", "placed ads *calling* …": a
        // participle on a statement that is the object of a verb speaks
        // for that verb's subject.

        if !matches!(t.base(cur), "conj" | "advcl" | "xcomp") {
            return None;
        }
        // Only a verb right after its conjunction ("and joked", "and
        // then said"): "Views are split: 47% *say* …" has a subject of its
        // own the parse missed.
        via_conj = cur == c
            && t.base(cur) == "conj"
            && matches!(t.xpos(c), "VBD" | "VBZ" | "VBP")
            && t.kids(c)
                .iter()
                .any(|&k| t.rel(k) == "cc" && k < c && (k + 1..c).all(|m| t.upos(m) == Upos::Adv));
        if let Some(m) = matrix_of_participle(t, cur) {
            cur = m;
            continue;
        }
        cur = t.head(cur)?;
    }
    None
}

/// The speaker of the verb of saying that reports the clause of verb `v`
/// ("Roe said that he will *try* …": Roe), through at most two
/// complements ("will *try to form*").
fn clause_reporter(t: &Tree, v: usize) -> Option<usize> {
    let mut cur = v;
    for _ in 0..3 {
        match t.base(cur) {
            "ccomp" => {
                let g = t.head(cur).filter(|&g| g < cur)?;
                let lemma = cue_lemma(t, g);
                let reports = t.upos(g) == Upos::Verb
                    && (cues::is(cues::SPEECH, &lemma) || cues::is(cues::INDIRECT, &lemma));
                return if reports { subject(t, g) } else { None };
            }
            "xcomp" => cur = t.head(cur)?,
            _ => return None,
        }
    }
    None
}

/// "Vale has railed against *what he calls* the “county cartel”", "The
/// mayor denounced *what she called* the “gloomy” view": words named
/// inside a clause of someone's speech or stance are that someone's. The
/// speaker of the nearest verb of saying, judging or stance above the
/// naming verb, else of the nearest verb above it with a subject; only
/// for "he" and "she" naming, which stand for that speaker.
fn naming_speaker(t: &Tree, c: usize) -> Option<usize> {
    if !matches!(
        t.lemma(c).as_str(),
        "call" | "describe" | "term" | "dub" | "label"
    ) {
        return None;
    }
    let s = t.first_kid(c, &["nsubj"]).filter(|&s| s < c)?;
    if !matches!(t.lemma(s).as_str(), "he" | "she") {
        return None;
    }
    // "what" as the naming verb's object, or the word it is a relative
    // clause on.
    let what = t
        .kids(c)
        .iter()
        .copied()
        .find(|&w| w < s && t.lemma(w) == "what")
        .or_else(|| t.head(c).filter(|&w| w < s && t.lemma(w) == "what"))?;
    let mut a = if t.head(c) == Some(what) {
        t.head(what)?
    } else {
        t.head(c)?
    };
    let mut nearest = None;
    for _ in 0..8 {
        if matches!(t.upos(a), Upos::Verb | Upos::Adj) && a != c {
            let lemma = cue_lemma(t, a);
            let cue = t.upos(a) == Upos::Verb
                && (cues::is(cues::SPEECH, &lemma)
                    || cues::is(cues::INDIRECT, &lemma)
                    || cues::is(cues::JUDGING, &lemma)
                    || cues::is(cues::ATTITUDE, &lemma));
            let found = subject(t, a).filter(|&r| {
                r != s
                    && !matches!(
                        t.lemma(r).as_str(),
                        "what" | "which" | "that" | "who" | "it" | "there" | "this"
                    )
            });
            if cue && found.is_some() {
                return found;
            }
            if nearest.is_none() {
                nearest = found;
            }
        }
        a = match t.head(a) {
            Some(h) => h,
            None => break,
        };
    }
    nearest
}

/// "Tom Vale, a county planner, *notes* that …", "Coan, her lawyer,
/// *argues* that …": a verb of saying the tagger read as a noun, right
/// after the comma that closes a name and its apposition, reports the
/// clause after its "that" (a few words of place or medium may come
/// between, "*writes in the Gazette* that"); the name is its speaker.
fn noun_read_cue(t: &Tree, c: usize) -> Option<Reported> {
    if t.upos(c) == Upos::Verb || c == 0 || t.form(c - 1) != "," || !speech_form(t.form(c)) {
        return None;
    }
    if t.form(c).chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let that = (c + 1..(c + 7).min(t.len())).find(|&k| t.lemma(k) == "that")?;
    let between_plain = (c + 1..that)
        .all(|k| !t.is_punct(k) && !matches!(t.upos(k), Upos::Verb | Upos::Aux | Upos::Sconj));
    if !between_plain {
        return None;
    }
    let content = trim_punct(t, &(that + 1..t.len()).collect::<Vec<_>>());
    let clause = content.len() >= 3
        && content
            .iter()
            .any(|&k| matches!(t.upos(k), Upos::Verb | Upos::Aux));
    if !clause {
        return None;
    }
    let (h, toks) = named_before(t, c, 0)?;
    Some((content, Some((h, toks))))
}

/// "*Harding* told the council: “…”", "But *Kettering* added that …": a
/// capitalized word right before a finite verb of saying that the parse
/// gave no subject, opening its clause (the sentence start, or after a
/// conjunction that opens it), is a surname the tagger misread as a
/// participle, an adjective, an adverb or a noun ("Harding" as "-ing",
/// "Callous"; "Vandermeer *interjected*:" with the past read as a
/// participle); not a discourse adverb ("*Later* said", "*Separately*
/// told") or a word of more than one capital.
fn misread_name(t: &Tree, c: usize) -> Option<usize> {
    // A past read as a participle with no auxiliary counts as finite
    // ("Vandermeer *interjected*:").
    let finite = matches!(t.xpos(c), "VBD" | "VBZ" | "VBP")
        || (t.xpos(c) == "VBN" && !t.kids(c).iter().any(|&a| t.upos(a) == Upos::Aux));
    if !finite || !is_speech_verb(t, c) {
        return None;
    }
    let k = c.checked_sub(1)?;
    let opens = k == 0 || (k == 1 && t.upos(0) == Upos::Cconj);
    let word = t.form(k);
    let mut chars = word.chars();
    let capital = chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 3
        && chars.all(char::is_lowercase);
    // Whatever the tag: a participle, an adjective, an adverb, or a noun
    // or name the parse hung elsewhere.
    let misread = matches!(
        t.upos(k),
        Upos::Verb
            | Upos::Adj
            | Upos::Adv
            | Upos::Aux
            | Upos::X
            | Upos::Intj
            | Upos::Noun
            | Upos::Propn
    );
    let lower = word.to_lowercase();
    let discourse = lower.ends_with("ly") || cues::is(DISCOURSE, &lower);
    (opens && capital && misread && !discourse).then_some(k)
}

/// Adverbs and the like that open a sentence before a verb without being
/// its subject ("*Then* said …", "*Later* told …").
const DISCOURSE: &[&str] = &[
    "again",
    "also",
    "as",
    "earlier",
    "finally",
    "here",
    "how",
    "however",
    "instead",
    "later",
    "meanwhile",
    "now",
    "so",
    "still",
    "that",
    "then",
    "there",
    "this",
    "thus",
    "too",
    "when",
    "where",
    "why",
    "if",
    "yesterday",
    "today",
    "tonight",
    "once",
    "often",
    "first",
    "next",
    "last",
    "never",
    "always",
    "elsewhere",
    "afterward",
    "afterwards",
    "previously",
];

/// "Roe called for … and *said*" with the past read as a passive
/// participle, "Roe *has* since *apologized*", "In describing him, *Cuban*
/// said …" with a finite verb: a passive subject of verb `c` with no
/// passive auxiliary ("be", "get") is its active subject.
fn active_passive_subject(t: &Tree, c: usize) -> Option<usize> {
    let passive_aux = |a: usize| {
        t.rel(a) == "aux:pass"
            || (t.base(a) == "aux" && matches!(t.lemma(a).as_str(), "be" | "get"))
    };
    let active = match t.xpos(c) {
        "VBN" | "VBD" | "VBZ" | "VBP" => !t.kids(c).iter().any(|&a| passive_aux(a)),
        _ => false,
    };
    if !active {
        return None;
    }
    t.kids(c)
        .iter()
        .copied()
        .find(|&s| t.rel(s) == "nsubj:pass")
}

/// "Roe argued that a registry would help, *saying* …", "Roe denounced
/// donors who spread rumours, *adding* …": a participle after the clause
/// it hangs on, when the parse hung it on a reported clause, a relative
/// clause or a subordinate clause ("Roe apologized after they surfaced,
/// *saying* …"), speaks for the one who reports or who is the main
/// subject. The verb whose subject that is.
fn matrix_of_participle(t: &Tree, p: usize) -> Option<usize> {
    if t.xpos(p) != "VBG" || t.base(p) != "advcl" {
        return None;
    }
    let h = t.head(p)?;
    if h > p {
        return None;
    }
    match t.rel(h) {
        "ccomp" => {
            let g = t.head(h)?;
            (t.upos(g) == Upos::Verb && g < h).then_some(g)
        }
        "acl:relcl" => {
            let n = t.head(h)?;
            let g = t.head(n)?;
            (t.upos(g) == Upos::Verb && matches!(t.base(n), "obj" | "obl") && g < n).then_some(g)
        }
        // "Roe apologized for the posts *after they surfaced*, *saying* …":
        // a subordinate clause (opened by "after", "when", "because", …),
        // however the parse hung it, does not speak; the verb above it does.
        _ if subordinate(t, h) => {
            let mut g = t.head(h)?;
            for _ in 0..3 {
                if t.upos(g) == Upos::Verb {
                    break;
                }
                g = t.head(g)?;
            }
            (t.upos(g) == Upos::Verb && g < h).then_some(g)
        }
        _ => None,
    }
}

/// Whether clause `h` is a subordinate clause opened by a conjunction of
/// time, cause, condition or concession ("after they surfaced", "when
/// she left"), not by "that" or "to".
fn subordinate(t: &Tree, h: usize) -> bool {
    matches!(t.base(h), "advcl" | "acl")
        && t.kids(h).iter().any(|&m| {
            t.rel(m) == "mark"
                && m < h
                && t.upos(m) == Upos::Sconj
                && !matches!(t.lemma(m).as_str(), "that" | "whether" | "if")
        })
}

/// "the toll *that* many economists *say* is wrong": a relative word and
/// a subject both hung on verb `c` as its subjects, in that order and
/// before it. The second subject, the speaker.
fn relative_speaker(t: &Tree, c: usize) -> Option<usize> {
    let subjects: Vec<usize> = t
        .kids(c)
        .iter()
        .copied()
        .filter(|&k| t.rel(k) == "nsubj" && k < c)
        .collect();
    let (&r, &s) = (subjects.first()?, subjects.get(1)?);
    let relative = matches!(t.lemma(r).as_str(), "which" | "that" | "what" | "who");
    let named = matches!(t.upos(s), Upos::Noun | Upos::Propn | Upos::Pron)
        && !matches!(
            t.lemma(s).as_str(),
            "which" | "that" | "what" | "who" | "it"
        );
    (relative && named && r < s).then_some(s)
}

/// "which officials *said* will take effect", "what residents *said* was a
/// sign": a verb of saying between a relative word with its own subject
/// and the predicate it reports. The relative word and the words after
/// the verb up to the next comma or full stop.
fn relative_report(t: &Tree, c: usize) -> Option<Vec<usize>> {
    let s = relative_speaker(t, c)?;
    let r = t
        .kids(c)
        .iter()
        .copied()
        .find(|&k| t.rel(k) == "nsubj" && k < s)?;
    let next = c + 1;
    let predicate = matches!(t.upos(next), Upos::Aux | Upos::Verb)
        && matches!(t.xpos(next), "VBD" | "VBZ" | "VBP" | "MD");
    if !predicate {
        return None;
    }
    let end = (next..t.len())
        .find(|&k| matches!(t.form(k), "," | "." | ";" | ":") || is_mark(t.form(k)))
        .unwrap_or(t.len());
    let mut content = vec![r];
    content.extend(next..end);
    Some(content)
}

/// The lemma of token `c` for the cue lists, mended when the lemmatizer
/// cut a verb's final -e with its ending ("joked" → "jok", "voting" →
/// "vot"): the lemma with an -e is taken when only that is a cue.
fn cue_lemma(t: &Tree, c: usize) -> String {
    let lemma = t.lemma(c);
    let known = |l: &str| {
        [
            cues::SPEECH,
            cues::INDIRECT,
            cues::JUDGING,
            cues::ATTITUDE,
            cues::REQUEST,
        ]
        .iter()
        .any(|list| cues::is(list, l))
    };
    if known(&lemma) || !t.form(c).to_lowercase().starts_with(&lemma) {
        return lemma;
    }
    let mended = format!("{lemma}e");
    if known(&mended) {
        mended
    } else {
        lemma
    }
}

/// "Trump hailed the vote as “fantastic,” *telling* reporters it was “a
/// great thing”", "he found her “very charming” *and called* the race
/// “unheard of”": a second verb of saying or judging inside what cue `c`
/// reports, with no subject of its own, right after a comma or a
/// conjunction, opens an attribution of its own when quoted words lie in
/// what it governs; it and what it governs are cut from `content`.
fn cut_second_report(t: &Tree, c: usize, content: Vec<usize>) -> (Vec<usize>, Option<usize>) {
    let second = content.iter().copied().find(|&k| {
        if k <= c + 1 || t.upos(k) != Upos::Verb {
            return false;
        }
        let lemma = cue_lemma(t, k);
        let cue = cues::is(cues::SPEECH, &lemma) || cues::is(cues::JUDGING, &lemma);
        if !cue || t.first_kid(k, &["nsubj", "nsubj:pass"]).is_some() {
            return false;
        }
        let after_comma = t.xpos(k) == "VBG" && t.form(k - 1) == ",";
        let after_and =
            matches!(t.xpos(k), "VBD" | "VBZ") && t.rel(k - 1) == "cc" && t.head(k - 1) == Some(k);
        if !(after_comma || after_and) {
            return false;
        }
        let end = t.subtree(k).last().copied().unwrap_or(k);
        (k..=end + 1).any(|m| is_mark(t.form(m)) || matches!(t.form(m), "''" | "``"))
    });
    let Some(k) = second else {
        return (content, None);
    };
    let cut = k - 1;
    let kept: Vec<usize> = content
        .into_iter()
        .filter(|&m| !(m >= cut && (m == cut || t.is_punct(m) || t.dominated_by(m, k))))
        .collect();
    (trim_punct(t, &kept), Some(k))
}

fn is_speech_verb(t: &Tree, c: usize) -> bool {
    t.upos(c) == Upos::Verb && cues::is(cues::SPEECH, &cue_lemma(t, c))
}

/// Whether every quotation mark of the sentence lies inside `content`
/// (sorted tokens), a closing mark just after it included: "the senator
/// said his campaign was “closing really strong”" reports the quoted
/// words with the rest, "“…,” he said, adding that …" does not.
fn marks_within(t: &Tree, content: &[usize]) -> bool {
    let (Some(&lo), Some(&hi)) = (content.first(), content.last()) else {
        return false;
    };
    let marks: Vec<usize> = (0..t.len())
        .filter(|&k| is_mark(t.form(k)) || matches!(t.form(k), "''" | "``"))
        .collect();
    // A quotation opened after a comma or a colon ("he added, “…”") is
    // one with a cue of its own, not words quoted in what is reported.
    let opens_after_cue = marks.iter().any(|&k| {
        let glued = matches!((t.span(k), t.span(k + 1)), (Some(a), Some(b)) if a.end == b.start);
        glued && k > 0 && matches!(t.form(k - 1), "," | ":")
    });
    // Marks in pairs: a quotation begun in an earlier sentence that ends
    // in this one has words outside it.
    marks.len().is_multiple_of(2)
        && !opens_after_cue
        && marks.iter().all(|&k| lo <= k && k <= hi + 1)
}

fn is_mark(form: &str) -> bool {
    matches!(form, "“" | "”" | "\"" | "«" | "»" | "„")
}

/// "…,” Jo Tae-yong said", "…,” said Jo": a speech verb right after the
/// closing mark, with only its subject, auxiliaries, adverbs and
/// punctuation between. Returns the sentence, the cue and the source (from
/// the parse, or from the surface when the parse hung the speaker on the
/// quote).
fn trailing(
    doc: &Document,
    trees: &[Tree],
    m: &marks::Marked,
    next_sentence: bool,
) -> Option<Attribution> {
    let (si, tc) = token_at(doc, m.close.checked_sub(1)?)?;
    let t = trees.get(si)?;
    let at_end = (tc + 1..t.len()).all(|k| t.is_punct(k));
    if at_end != next_sentence {
        return None;
    }
    // The splitter may end the sentence at the mark ("…?” Trump asked."):
    // then the attribution opens the next sentence of the paragraph, unless
    // that sentence introduces the next quote ("He adds:").
    if at_end {
        let next = doc.sentences.get(si + 1)?;
        let same_paragraph = doc
            .sentences
            .get(si)
            .is_some_and(|s| s.paragraph == next.paragraph);
        let nt = trees.get(si + 1)?;
        // "…?” Vale *pressed*.": after a question or an exclamation, a
        // short sentence of a name and a verb with no auxiliary is the
        // quote's attribution, whatever the verb.
        let asks = m
            .content
            .last()
            .and_then(|s| doc.text.get(s.start..s.end))
            .and_then(|x| x.trim_end().chars().last())
            .is_some_and(|c| matches!(c, '?' | '!'));
        // No auxiliary: "Her answers are redacted." says nothing.
        let short = nt.len() <= 6
            && nt.form(nt.len() - 1) == "."
            && (0..nt.len()).all(|k| nt.upos(k) != Upos::Aux);
        // There the capitalized word that opens it is a name whatever its
        // tag ("*Vandermeer* pressed." with the name read as a noun).
        let named_short =
            asks && short && nt.form(0).chars().next().is_some_and(char::is_uppercase);
        let starts_lower_or_name = named_short
            || nt.len() > 1
                && (nt.form(0).chars().next().is_some_and(char::is_lowercase)
                    || matches!(
                        nt.upos(0),
                        Upos::Propn | Upos::Pron | Upos::Det | Upos::Verb
                    )
                    || !capitalized_run(nt, 0, nt.len()).is_empty());
        let introduces = (0..nt.len())
            .rev()
            .find(|&k| !is_mark(nt.form(k)))
            .is_some_and(|k| nt.form(k) == ":");
        if !same_paragraph || !starts_lower_or_name || introduces {
            return None;
        }
        return attribution_after(nt, si + 1, 0, asks && short, 8);
    }
    // A quote that stops on a comma, a question or exclamation mark or a
    // dash is finished by what follows: any verb there is its cue ("…,”
    // the Republican nominee *riffed*).
    let open_ended = m
        .content
        .last()
        .and_then(|s| doc.text.get(s.start..s.end))
        .and_then(|x| x.trim_end().chars().last())
        .is_some_and(|c| matches!(c, ',' | '?' | '!' | '—' | '-'));
    // "…,” *but* he also warned …", "…,” *and* he reiterated …": a clause
    // coordinated after the quote says something else; the quote's cue is
    // elsewhere.
    let coordinated = (tc + 1..t.len())
        .find(|&k| !t.is_punct(k))
        .is_some_and(|k| t.upos(k) == Upos::Cconj);
    if coordinated {
        return None;
    }
    // A quote opened inside a clause ("Although he told the court that he
    // cared about “a fairer world for all of us,” he *targeted* …") may end
    // on that clause's comma, not its own: any verb after it is the cue only
    // when the quote opens its sentence or follows punctuation.
    let opens_freely = match token_at(doc, m.open) {
        Some((osi, to)) if osi == si => (0..to)
            .rev()
            .find(|&k| !is_mark(t.form(k)))
            .is_none_or(|k| t.is_punct(k)),
        _ => true,
    };
    attribution_after(t, si, tc + 1, open_ended && opens_freely, 32)
}

/// The cue and source in the words of sentence `si` from token `from` on.
fn attribution_after(
    t: &Tree,
    si: usize,
    from: usize,
    any_verb: bool,
    window: usize,
) -> Option<Attribution> {
    let first = from;
    let end = (from + window).min(t.len());
    // "…,” *Husted* said", "…,” *Will Doyle* said": the capitalized words
    // opening the words after the quote, before a cue, are a name whatever
    // the tagger made of them (a verb, an auxiliary), never a verb.
    let name = capitalized_run(t, first, end);
    // Words of the speaker's phrase that are not its verbs: a short
    // quoted name in an apposition ("…,” Tom Vale, wearing “Vale 2016”
    // pins, said") and a participle on the subject ("…,” the order
    // *released* Friday said").
    let mut inner: Vec<usize> = Vec::new();
    let mut skip_to = first;
    for c in first..end {
        if c < skip_to {
            continue;
        }
        let f = t.form(c);
        if is_mark(f) {
            match quoted_name(t, first, c, end) {
                Some(close) => {
                    inner.extend(c..=close);
                    skip_to = close + 1;
                    continue;
                }
                None => return None,
            }
        }
        if f == ";" {
            return None;
        }
        if name.contains(&c) {
            continue;
        }
        if modifies_subject(t, first, c, end) {
            inner.push(c);
            continue;
        }
        // "…,” Robert Roe, *managing* director at …, told me": a verb in
        // an apposition of the speaker is neither the cue nor a clause of
        // its own.
        if in_apposition(t, first, c) && !after_relative(t, first, c) {
            continue;
        }
        // Any verb after an open-ended quote, but not one that opens a
        // clause of its own ("…,” *which* led to …", "…,” even *if* it
        // means …").
        let own_clause = (first..c).any(|k| {
            matches!(t.upos(k), Upos::Sconj)
                || matches!(
                    t.lemma(k).as_str(),
                    "which" | "that" | "there" | "this" | "if" | "as" | "while" | "who"
                )
        });
        let cue = is_cue_word(t, c)
            || text_reads(t, c)
            || (any_verb && t.upos(c) == Upos::Verb && t.xpos(c) != "VBG" && !own_clause);
        if !cue {
            if matches!(t.upos(c), Upos::Verb | Upos::Aux) && t.head(c).is_none_or(|h| h != c) {
                // Another verb first: not an attribution clause, unless it
                // is an auxiliary of a later cue.
                if t.upos(c) == Upos::Verb {
                    return None;
                }
            }
            continue;
        }
        let between: Vec<usize> = (first..c).collect();
        let words: Vec<usize> = between
            .iter()
            .copied()
            .filter(|&k| !t.is_punct(k))
            .collect();
        // "…,” said Jo Tae-yong": the subject follows the cue.
        let modifier = |k: usize| {
            t.head(k) == Some(c) && matches!(t.base(k), "aux" | "advmod") && !name.contains(&k)
        };
        if words.iter().all(|&k| modifier(k)) {
            let src = match t.first_kid(c, &["nsubj"]).filter(|&s| s > c) {
                Some(s) => Some((s, t.subtree(s))),
                None => noun_phrase_after(t, c),
            };
            // "Roe told the station that Kim “…,” *adding*, “…”": a
            // participle with no speaker after it speaks for the one who
            // reports the clause the quote stands in.
            let src = src.or_else(|| {
                (t.xpos(c) == "VBG")
                    .then(|| reporter_above(t, c, first))
                    .flatten()
            });
            return Some((si, c, src));
        }
        // "…,” like the slump of last year, *said* Ann Roe": a cue just
        // after a comma with a name after it is inverted, and the words
        // before it are not its subject, whatever the parse made of them.
        let opens_with_name = words.first().is_some_and(|&k| {
            matches!(
                t.upos(k),
                Upos::Propn | Upos::Pron | Upos::Det | Upos::Noun | Upos::Adj | Upos::Num
            )
        });
        if !opens_with_name {
            if let Some(src) = inverted_subject(t, c) {
                return Some((si, c, Some(src)));
            }
        }
        // "…,” Jo Tae-yong, the head of …, said": the words between are the
        // subject, whatever the parse made of them.
        let verbs = words.iter().any(|&k| {
            t.upos(k) == Upos::Verb
                && !inner.contains(&k)
                && !t.kids(c).contains(&k)
                && !in_apposition(t, first, k)
                && !name.contains(&k)
        });
        if verbs {
            return None;
        }
        let toks: Vec<usize> = words.iter().copied().filter(|&k| !modifier(k)).collect();
        // The head comes before a participle on it ("the order *released*
        // Friday").
        let participle = inner
            .iter()
            .copied()
            .find(|&k| t.upos(k) == Upos::Verb)
            .unwrap_or(c);
        let head = toks
            .iter()
            .copied()
            .filter(|&k| k < participle)
            .find(|&k| matches!(t.upos(k), Upos::Propn | Upos::Pron))
            .or_else(|| toks.iter().copied().find(|&k| t.upos(k) == Upos::Noun))
            // A name the tagger read as an adjective ("…,” *Cuban* said).
            .or_else(|| {
                toks.iter()
                    .copied()
                    .find(|&k| t.form(k).chars().next().is_some_and(char::is_uppercase))
            })
            // A text giving the words, its noun read as an adjective
            // ("…,” the *editorial* read").
            .or_else(|| {
                toks.iter()
                    .copied()
                    .rfind(|&k| t.upos(k) == Upos::Adj)
                    .filter(|_| text_reads(t, c))
            })?;
        return Some((si, c, Some((head, toks))));
    }
    None
}

/// The closing mark of a short quoted name that opens at token `open`
/// inside the words after a quote ("…,” Tom Vale, wearing “Vale 2016”
/// pins, said"): the mark follows a word after a comma (an apposition
/// of the speaker), and closes within four words, before `end`.
fn quoted_name(t: &Tree, first: usize, open: usize, end: usize) -> Option<usize> {
    let prev = open.checked_sub(1).filter(|&p| p >= first)?;
    if t.is_punct(prev) || !(first..prev).any(|k| t.form(k) == ",") {
        return None;
    }
    let close = (open + 1..end.min(open + 6)).find(|&k| is_mark(t.form(k)))?;
    (close > open + 1 && (open + 1..close).all(|k| t.form(k) != ",")).then_some(close)
}

/// Whether verb `c`, among the words after a quote, is a participle on
/// the speaker's noun with the finite cue a few words later ("…,” the
/// order *released* Friday said", "…,” a report *issued* last week
/// says"): it follows a noun, and a finite verb of saying comes within
/// four words with only nouns, names, numbers, determiners and
/// adjectives between.
fn modifies_subject(t: &Tree, first: usize, c: usize, end: usize) -> bool {
    if t.upos(c) != Upos::Verb || !matches!(t.xpos(c), "VBN" | "VBD") || c <= first {
        return false;
    }
    if !matches!(t.upos(c - 1), Upos::Noun | Upos::Propn) {
        return false;
    }
    for k in c + 1..end.min(c + 6) {
        if is_cue_word(t, k) && matches!(t.xpos(k), "VBD" | "VBZ" | "VBP") {
            return true;
        }
        if !matches!(
            t.upos(k),
            Upos::Noun | Upos::Propn | Upos::Num | Upos::Det | Upos::Adj
        ) {
            return false;
        }
    }
    false
}

/// "…,” the letter *read*.", "…,” a sign on the door *reads*": "read"
/// or "reads" right after a noun and closing its clause (punctuation or
/// "in part" after it) is a text giving the quotation, whatever the
/// tagger made of it (often a noun). Not a cue elsewhere ("read the
/// report").
fn text_reads(t: &Tree, c: usize) -> bool {
    let f = t.form(c).to_lowercase();
    if !matches!(f.as_str(), "read" | "reads") || c == 0 {
        return false;
    }
    // "the *editorial* read": a noun the tagger read as an adjective
    // after a determiner.
    let after_noun = matches!(t.upos(c - 1), Upos::Noun | Upos::Propn)
        || (c >= 2 && t.upos(c - 1) == Upos::Adj && t.upos(c - 2) == Upos::Det);
    let closes = c + 1 >= t.len()
        || t.is_punct(c + 1)
        || (t.form(c + 1) == "in" && c + 2 < t.len() && t.form(c + 2) == "part");
    after_noun && closes
}

/// The capitalized words that open tokens `from..end` (after punctuation),
/// up to the first cue word or other word: "…,” *Mrs. Ann Roe* said".
/// Empty when a cue word comes first or the first word is not capitalized.
fn capitalized_run(t: &Tree, from: usize, end: usize) -> std::ops::Range<usize> {
    let Some(lo) = (from..end).find(|&k| !t.is_punct(k)) else {
        return from..from;
    };
    let capital =
        |k: usize| t.form(k).chars().next().is_some_and(char::is_uppercase) && !is_cue_word(t, k);
    let hi = (lo..end).find(|&k| !capital(k)).unwrap_or(end);
    // Only a run a cue word closes is a name: "…,” Husted *said*".
    if hi < end && hi > lo && is_cue_word(t, hi) && hi - lo <= 4 {
        lo..hi
    } else {
        lo..lo
    }
}

/// The speaker of participle `c` that follows a quote ending before token
/// `lo`: its own subject when that comes before the quote, else the
/// subject of the nearest verb of saying above it whose subject does
/// ("Roe told the station that Kim “…,” *adding* …"; "Vale said there is
/// “…,” *adding* …").
fn reporter_above(t: &Tree, c: usize, lo: usize) -> Option<Phrase> {
    let before = |s: usize| (s, t.subtree(s).into_iter().filter(|&j| j < lo).collect());
    if let Some(s) = subject(t, c).filter(|&s| s < lo) {
        return Some(before(s));
    }
    let mut v = t.head(c)?;
    for _ in 0..8 {
        let lemma = cue_lemma(t, v);
        let reports = t.upos(v) == Upos::Verb
            && (cues::is(cues::SPEECH, &lemma) || cues::is(cues::INDIRECT, &lemma));
        if reports && v < lo {
            if let Some(s) = subject(t, v).filter(|&s| s < lo) {
                // "She said she was thinking, “…,” *adding*": a verb of
                // thought inside reported speech is not the participle's
                // reporter; the one who reports it is.
                let s = outer_reporter(t, v).filter(|&o| o < lo).unwrap_or(s);
                return Some(before(s));
            }
        }
        v = t.head(v)?;
    }
    None
}

/// "The papers show, *he said in an interview*, that …", "She thinks,
/// *she said*, that …": right after verb `v` and its comma, a finite verb
/// of saying with its own subject, set off by a second comma before what
/// `v` reports.
fn interrupted_by_cue(t: &Tree, v: usize) -> bool {
    if t.form(v + 1) != "," {
        return false;
    }
    (v + 3..(v + 6).min(t.len())).any(|p| {
        let finite = matches!(t.xpos(p), "VBD" | "VBZ" | "VBP");
        let Some(s) = t.first_kid(p, &["nsubj"]).filter(|&s| v + 1 < s && s < p) else {
            return false;
        };
        // Only the subject between the comma and the cue.
        let subject_only = (v + 2..p).all(|k| k == s || t.dominated_by(k, s));
        // Then the cue's own modifiers up to a comma.
        let closes = (p + 1..t.len())
            .find(|&k| t.form(k) == "," || is_mark(t.form(k)))
            .is_some_and(|q| t.form(q) == "," && (p + 1..q).all(|k| t.dominated_by(k, p)));
        finite && is_speech_verb(t, p) && subject_only && closes
    })
}

/// The comma right before cue `c`, or the one inside the closing mark
/// right before it ("The mayor is “not a hugger,” *said* Ann Roe": the
/// words quoted end the clause the cue reports).
fn comma_before(t: &Tree, c: usize) -> Option<usize> {
    let k = c.checked_sub(1)?;
    if t.form(k) == "," {
        return Some(k);
    }
    let closing = is_mark(t.form(k)) || t.form(k) == "''";
    let comma = k.checked_sub(1).filter(|&j| t.form(j) == ",")?;
    closing.then_some(comma)
}

/// The speaker after an inverted cue `c` that follows a comma: ", said
/// *Ann Roe*, a fellow at …", ", says *the senator*": a name, or a noun
/// phrase opened by a determiner, with its apposition.
fn inverted_subject(t: &Tree, c: usize) -> Option<Phrase> {
    // "told *CBS News*", "asked *the crowd*": a verb with an addressee has
    // its listener, not its speaker, after it.
    if comma_before(t, c).is_none() || cues::is(cues::ADDRESSEE, &t.lemma(c)) {
        return None;
    }
    let (h, toks) = noun_phrase_after(t, c)?;
    // "…, said *several observers*", "…, say *some Democrats*": a noun
    // after a quantity counts like one after a determiner.
    let quantity = matches!(t.upos(c + 1), Upos::Num)
        || (t.upos(c + 1) == Upos::Adj
            && matches!(
                t.lemma(c + 1).as_str(),
                "several" | "many" | "some" | "few" | "most" | "other"
            ));
    let named = t.upos(h) == Upos::Propn
        || ((t.upos(c + 1) == Upos::Det || quantity) && t.upos(h) == Upos::Noun)
        || matches!(t.lemma(h).as_str(), "he" | "she");
    named.then_some((h, toks))
}

/// "Rather than see taxes rise, *said Ann Roe, a vice president at the
/// firm,* the company wants …": a finite verb of saying right after a
/// comma with a name (and its apposition) after it that a comma or the
/// full stop closes is inverted; the name is its speaker, whatever the
/// parse made the subject of the cue.
fn inverted_incise(t: &Tree, c: usize) -> Option<Phrase> {
    if !is_speech_verb(t, c) || !matches!(t.xpos(c), "VBD" | "VBZ") {
        return None;
    }
    let (h, toks) = inverted_subject(t, c)?;
    // Not its object ("BuzzFeed, which …, denied *the report*, saying").
    if t.base(h) == "obj" {
        return None;
    }
    let last = *toks.last()?;
    matches!(t.form(last + 1), "," | ".").then_some((h, toks))
}

/// "*47%* say the country should …", "*Thirty-one percent of those
/// surveyed* say they would …", "*A mere 9 percent* say they only buy
/// American": "say", "says" or "said" after a short phrase that opens its
/// clause and names who speaks (a share, a number, a noun or a pronoun),
/// followed by a clause, when the parse made no attribution of them (these
/// poll sentences often come out with the cue as a noun, a bare verb or a
/// modifier). Read on the surface; the content runs to the next semicolon
/// or the end of the sentence.
fn surface_say(t: &Tree, c: usize) -> Option<Reported> {
    if !matches!(t.form(c).to_lowercase().as_str(), "say" | "says" | "said") {
        return None;
    }
    // The speaker: the words just before the cue, back to the start of the
    // clause (the sentence start, a comma, colon or semicolon).
    let mut lo = c;
    while lo > 0 {
        let k = lo - 1;
        let word = t.form(k) == "%"
            || (!t.is_punct(k)
                && (matches!(
                    t.upos(k),
                    Upos::Det | Upos::Num | Upos::Noun | Upos::Propn | Upos::Pron | Upos::Adj
                ) || (t.upos(k) == Upos::Adp && t.lemma(k) == "of")
                    // "*About* four *in* 10 said", "More *than* half say":
                    // a preposition of a share before its number.
                    || (t.upos(k) == Upos::Adp && k + 1 < c && t.upos(k + 1) == Upos::Num)
                    || (t.upos(k) == Upos::Adv && k + 1 < c)
                    || matches!(t.lemma(k).as_str(), "survey" | "poll" | "ask" | "interview")));
        if !word {
            break;
        }
        lo = k;
    }
    let opens = lo == 0
        || lo
            .checked_sub(1)
            .is_some_and(|b| matches!(t.form(b), "," | ";" | ":") || t.upos(b) == Upos::Cconj);
    let toks: Vec<usize> = (lo..c).collect();
    if !opens || toks.is_empty() || toks.len() > 7 {
        return None;
    }
    let head = toks.iter().copied().rev().find(|&k| {
        t.form(k) == "%" || matches!(t.upos(k), Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num)
    })?;
    // "it", "what", "which" never speak here.
    if toks.iter().any(|&k| {
        matches!(
            t.lemma(k).as_str(),
            "it" | "what" | "which" | "that" | "this"
        )
    }) {
        return None;
    }
    // The content: a clause of its own after the cue (and "that").
    let mut first = c + 1;
    if t.lemma(first) == "that" {
        first += 1;
    }
    let end = (first..t.len())
        .find(|&k| matches!(t.form(k), ";" | ":"))
        .unwrap_or(t.len());
    let content = trim_punct(t, &(first..end).collect::<Vec<_>>());
    let clause = content
        .iter()
        .any(|&k| matches!(t.upos(k), Upos::Verb | Upos::Aux))
        && content.len() >= 3
        && content.first().is_some_and(|&k| {
            matches!(
                t.upos(k),
                Upos::Det | Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num | Upos::Adj
            )
        });
    // A sentence with quotation marks is the quote finder's, unless every
    // quoted word lies inside what is reported.
    let quoted_elsewhere = !marks_within(t, &content) && (0..t.len()).any(|k| is_mark(t.form(k)));
    (clause && !quoted_elsewhere).then_some((content, Some((head, toks))))
}

/// "Roe *declined to comment*", "the mayor *refused to say* whether …": a
/// verb of declining or refusing whose infinitive is a verb of saying is
/// an attribution; the content is the infinitive with what it governs, the
/// speaker the subject.
fn refused_speech(t: &Tree, c: usize) -> Option<Reported> {
    if t.upos(c) != Upos::Verb || !matches!(t.lemma(c).as_str(), "decline" | "refuse") {
        return None;
    }
    let v = c + 2;
    if t.form(c + 1) != "to" || v >= t.len() || !cues::is(cues::SPEECH, &t.lemma(v)) {
        return None;
    }
    let end = t.subtree(v).into_iter().filter(|&k| k >= v).max()?;
    let content = trim_punct(t, &(c + 1..=end).collect::<Vec<_>>());
    let source = source_of(t, c, &|_| false)?;
    Some((content, Some(source)))
}

/// "The goal, *he said*, is a lasting truce", "It was, *the mayor
/// added* on Tuesday, a mistake": a finite verb of saying with a short
/// subject before it, set off by commas inside the sentence, reports the
/// words around it, however the parse hung it (often as a relative
/// clause of the noun before). On train 208 of the 217 such incises
/// carry a gold cue. Sentences with quotation marks are left to the quote
/// finder.
fn parenthetical(t: &Tree, c: usize) -> Option<Reported> {
    if !matches!(t.xpos(c), "VBD" | "VBZ") || !is_speech_verb(t, c) {
        return None;
    }
    // The comma before the subject: at most five words back, none a verb.
    let open = (c.saturating_sub(6)..c).rev().find(|&k| t.form(k) == ",")?;
    let subj: Vec<usize> = (open + 1..c).collect();
    let nominal = |k: usize| {
        matches!(
            t.upos(k),
            Upos::Pron | Upos::Propn | Upos::Noun | Upos::Det | Upos::Adj | Upos::Num
        ) && !matches!(
            t.lemma(k).as_str(),
            "which" | "who" | "that" | "what" | "it"
        )
    };
    if subj.is_empty() || !subj.iter().all(|&k| nominal(k) || t.form(k) == ".") {
        return None;
    }
    let head = subj
        .iter()
        .rev()
        .copied()
        .find(|&k| matches!(t.upos(k), Upos::Pron | Upos::Propn | Upos::Noun))?;
    // The comma after the verb, with at most two words of time or manner
    // between ("said *on Tuesday*,", "added *later*,").
    let close = (c + 1..(c + 4).min(t.len())).find(|&k| t.form(k) == ",")?;
    let between_ok = (c + 1..close)
        .all(|k| matches!(t.upos(k), Upos::Adv | Upos::Noun | Upos::Propn | Upos::Adp));
    // Words on both sides: the incise stands inside the sentence.
    let before = (0..open).any(|k| !t.is_punct(k));
    let after = (close + 1..t.len()).any(|k| !t.is_punct(k));
    let marks = (0..t.len()).any(|k| is_mark(t.form(k)) || matches!(t.form(k), "''" | "``"));
    if !between_ok || !before || !after || marks {
        return None;
    }
    let mut content: Vec<usize> = (0..open).collect();
    content.extend(close + 1..t.len());
    let content = trim_punct(t, &content);
    (!content.is_empty()).then_some((content, Some((head, subj))))
}

/// "*As* the Post *reported*, the deal …", "…, *as* Roe *noted*.": a
/// clause of "as", its subject and a verb of saying, set off by a comma,
/// attributes the rest of the sentence to that subject: what follows it
/// when it opens the sentence (or follows "but" or "and"), what comes
/// before it when it closes the sentence, the words around it when it
/// stands inside ("The deal, *as the Times reported on Tuesday*, was …").
fn as_reported(t: &Tree, c: usize) -> Option<Reported> {
    if !is_speech_verb(t, c) {
        return None;
    }
    // "as" a few words before the cue, with only the subject's words between.
    let a = (c.saturating_sub(8)..c)
        .rev()
        .find(|&j| t.lemma(j) == "as")?;
    let between = (a + 1..c).all(|j| {
        !t.is_punct(j) && !matches!(t.upos(j), Upos::Verb | Upos::Adp | Upos::Sconj)
            || matches!(t.upos(j), Upos::Aux | Upos::Adv)
            || (t.upos(j) == Upos::Adp && t.lemma(j) == "of")
    });
    if !between || a + 1 == c {
        return None;
    }
    // The cue's own words: "put it", an adverb, a short phrase of time or
    // place ("reported *on Tuesday*"), then the comma or the end.
    let mut after = c + 1;
    while after < t.len() && (t.form(after) == "it" || t.upos(after) == Upos::Adv) {
        after += 1;
    }
    if t.upos(after) == Upos::Adp {
        let end = (after + 1..t.len().min(after + 6)).find(|&k| t.is_punct(k))?;
        let nominal = (after + 1..end).all(|k| {
            matches!(
                t.upos(k),
                Upos::Det | Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num | Upos::Pron
            )
        });
        if !nominal {
            return None;
        }
        after = end;
    }
    let opens = a == 0 || (a == 1 && t.upos(0) == Upos::Cconj);
    let set_off = a > 0 && t.form(a - 1) == ",";
    let closes = set_off && (after..t.len()).all(|k| t.is_punct(k));
    let lo = usize::from(t.upos(0) == Upos::Cconj);
    let content: Vec<usize> = if opens && t.form(after) == "," {
        trim_punct(t, &(after + 1..t.len()).collect::<Vec<_>>())
    } else if closes {
        trim_punct(t, &(lo..a - 1).collect::<Vec<_>>())
    } else if set_off && t.form(after) == "," {
        // "The deal, *as the Times reported on Tuesday*, was signed …": the
        // sentence around the clause.
        let around: Vec<usize> = (lo..a - 1).chain(after + 1..t.len()).collect();
        trim_punct(t, &around)
    } else {
        return None;
    };
    // A sentence with quotation marks is the quote finder's, unless every
    // quoted word lies inside what is reported.
    let quoted_elsewhere = !marks_within(t, &content) && (0..t.len()).any(|k| is_mark(t.form(k)));
    let clause = content
        .iter()
        .any(|&k| matches!(t.upos(k), Upos::Verb | Upos::Aux));
    if !clause || quoted_elsewhere {
        return None;
    }
    let toks: Vec<usize> = (a + 1..c)
        .filter(|&j| t.upos(j) != Upos::Aux && t.upos(j) != Upos::Adv)
        .collect();
    let head = toks
        .iter()
        .copied()
        .rev()
        .find(|&j| matches!(t.upos(j), Upos::Noun | Upos::Propn | Upos::Pron))?;
    Some((content, Some((head, toks))))
}

/// "75 percent of Democrats *said yes*", "three-quarters *said the same*
/// of Sanders", "he *said so*": a verb of saying whose object is a
/// pro-form standing for a clause ("yes", "no", "so", "the same") reports
/// it. The content is the pro-form with a prepositional phrase right after
/// it ("the same *of Sanders*", "no *to the war*"); the speaker is the
/// cue's subject.
fn proform_report(t: &Tree, c: usize) -> Option<Reported> {
    if !matches!(
        t.form(c).to_lowercase().as_str(),
        "say" | "says" | "said" | "saying"
    ) {
        return None;
    }
    let first = c + 1;
    let mut end = match t.form(first).to_lowercase().as_str() {
        "yes" | "no" | "so" => first + 1,
        "the" if t.form(first + 1).eq_ignore_ascii_case("same") => first + 2,
        _ => return None,
    };
    if end < t.len()
        && t.upos(end) == Upos::Adp
        && matches!(t.lemma(end).as_str(), "of" | "for" | "about" | "to")
    {
        end += 1;
        while end < t.len()
            && (matches!(
                t.upos(end),
                Upos::Det | Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num | Upos::Pron
            ) || t.form(end) == "'s")
        {
            end += 1;
        }
    } else if end < t.len()
        && !(t.is_punct(end)
            || t.upos(end) == Upos::Cconj
            || matches!(t.lemma(end).as_str(), "too" | "again"))
    {
        // "said *no one*", "said *so far*", "said *so that* …": not a
        // pro-form for what was said.
        return None;
    }
    let source = source_of(t, c, &|_| false)?;
    Some(((first..end).collect(), Some(source)))
}

/// "Gates *told the AP that he and Roe introduced* …", "Vale *told the
/// National Post he has received* …": "told", "tells" or "tell", a short
/// listener (a name, a noun phrase), "that" or nothing, then a clause with
/// its own subject and finite verb, read on the surface when the parse
/// made no attribution of them (here the clause a relative clause on the
/// listener). The speaker is the cue's subject, or the name just before
/// it whatever its tag.
fn surface_tell(t: &Tree, c: usize) -> Option<Reported> {
    if !matches!(t.form(c).to_lowercase().as_str(), "told" | "tells" | "tell") {
        return None;
    }
    // The listener: up to five nominal or capitalized words.
    let listener = |k: usize| {
        matches!(t.upos(k), Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn)
            || t.form(k).chars().next().is_some_and(char::is_uppercase)
    };
    let mut k = c + 1;
    while k < t.len() && k <= c + 5 && listener(k) && t.lemma(k) != "that" {
        k += 1;
    }
    if k == c + 1 {
        return None;
    }
    if t.form(k).eq_ignore_ascii_case("that") {
        k += 1;
    }
    // A subject of the clause's own, then its finite verb.
    let subject_word = matches!(t.upos(k), Upos::Pron | Upos::Noun | Upos::Propn | Upos::Det)
        && !matches!(t.lemma(k).as_str(), "who" | "which" | "what" | "it");
    let end = (k..t.len())
        .find(|&j| matches!(t.form(j), ";" | ":"))
        .unwrap_or(t.len());
    let finite = (k + 1..end).take(8).any(|v| {
        matches!(t.upos(v), Upos::Verb | Upos::Aux)
            && matches!(t.xpos(v), "VBD" | "VBZ" | "VBP" | "MD")
    });
    if !subject_word || !finite {
        return None;
    }
    let content = trim_punct(t, &(k..end).collect::<Vec<_>>());
    if content.is_empty() || (0..t.len()).any(|j| is_mark(t.form(j))) {
        return None;
    }
    let speaker = subject(t, c)
        .map(|s| (s, t.subtree(s).into_iter().filter(|&j| j < c).collect()))
        .or_else(|| surface_speaker(t, c))
        .or_else(|| {
            // "Calabrese told …" with the name read as a verb.
            let mut lo = c;
            while lo > 0
                && c - lo < 4
                && t.form(lo - 1)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            {
                lo -= 1;
            }
            let opens = lo == 0 || t.form(lo - 1) == ",";
            (lo < c && opens).then(|| (c - 1, (lo..c).collect()))
        })?;
    Some((content, Some(speaker)))
}

/// Whether verb `k` lies in an apposition or relative clause set off by a
/// comma after a speaker's name that opens the words from `first` on:
/// "Robert Roe, *managing* director at …,", "Ann Poe, *who* *grew* up …,".
/// A participle or a verb after a relative pronoun qualifies; the name
/// must open the words (a nominal first) and a comma must come between.
fn in_apposition(t: &Tree, first: usize, k: usize) -> bool {
    if !matches!(t.upos(k), Upos::Verb | Upos::Aux) {
        return false;
    }
    let Some(k0) = (first..k).find(|&i| !t.is_punct(i)) else {
        return false;
    };
    let nominal = matches!(
        t.upos(k0),
        Upos::Propn | Upos::Det | Upos::Noun | Upos::Pron
    );
    let Some(comma) = (k0..k).rev().find(|&i| t.form(i) == ",") else {
        return false;
    };
    let relative = (comma..k).any(|i| matches!(t.lemma(i).as_str(), "who" | "which"));
    nominal && (matches!(t.xpos(k), "VBG" | "VBN") || relative)
}

/// "…,” Ann Roe, who chairs the board *said* in a statement": a finite
/// verb of saying after a relative clause that no comma closes, when the
/// clause has its own verb before it and no conjunction joins the two,
/// is the cue, not a second verb of the clause.
fn after_relative(t: &Tree, first: usize, c: usize) -> bool {
    if !matches!(t.xpos(c), "VBD" | "VBZ" | "VBP") || !is_cue_word(t, c) {
        return false;
    }
    let Some(rel) = (first..c)
        .rev()
        .find(|&i| matches!(t.lemma(i).as_str(), "who" | "which"))
    else {
        return false;
    };
    let own_verb = (rel + 1..c).find(|&j| matches!(t.upos(j), Upos::Verb | Upos::Aux));
    own_verb.is_some_and(|v| {
        (v + 1..c).all(|j| t.upos(j) != Upos::Cconj && t.form(j) != "," && !is_mark(t.form(j)))
    })
}

/// A phrase: its head token and all its tokens.
type Phrase = (usize, Vec<usize>);

/// A sentence, a cue and the source phrase if any.
type Attribution = (usize, usize, Option<Phrase>);

/// A governing verb: sentence, cue, the complement holding the quote, source.
type Governed = (usize, usize, Vec<usize>, Phrase);

/// A speaker inside a quote: sentence, cue, the bytes to cut, source.
type Incise = (usize, usize, Span, Option<Phrase>);

/// Reported content tokens and the source.
type Reported = (Vec<usize>, Option<Phrase>);

/// The noun phrase right after token `c`, with an apposition set off by
/// commas ("said *Yang Mu-jin, president of the University*").
fn noun_phrase_after(t: &Tree, c: usize) -> Option<(usize, Vec<usize>)> {
    // A capitalized word is part of the phrase whatever its tag: "said
    // *Mohamed* El-Erian", "said *Will* Doyle", with a first name the
    // tagger read as a verb or an auxiliary.
    let nominal = |k: usize| {
        matches!(
            t.upos(k),
            Upos::Propn | Upos::Noun | Upos::Det | Upos::Adj | Upos::Num | Upos::Pron
        ) || (t.upos(k) == Upos::Part && t.form(k).starts_with('\''))
            || t.form(k).chars().next().is_some_and(char::is_uppercase)
    };
    // "said *retired* Army Gen. …", "said *outgoing* Mayor …": a
    // participle before a capitalized word modifies the name after it.
    let modifier = |k: usize| {
        matches!(t.xpos(k), "VBN" | "VBD" | "VBG")
            && t.form(k).chars().next().is_some_and(char::is_lowercase)
            && k + 1 < t.len()
            && t.form(k + 1).chars().next().is_some_and(char::is_uppercase)
    };
    let mut end = c + 1;
    while end < t.len() && (nominal(end) || (end == c + 1 && modifier(end))) {
        end += 1;
    }
    if end == c + 1 {
        return None;
    }
    let mut toks: Vec<usize> = (c + 1..end).collect();
    // "a Sunday *editorial*": a phrase opened by a determiner is headed by
    // its last noun, not by a name that modifies it.
    let determined =
        t.upos(c + 1) == Upos::Det && toks.last().is_some_and(|&k| t.upos(k) == Upos::Noun);
    let head = if determined {
        toks.last().copied()
    } else {
        toks.iter()
            .copied()
            .find(|&k| matches!(t.upos(k), Upos::Propn | Upos::Pron))
            .or_else(|| toks.last().copied())
    }?;
    // ", president of …": an apposition of the name, up to the next comma
    // or full stop.
    if t.form(end) == ","
        && matches!(
            t.upos(end + 1),
            Upos::Det | Upos::Noun | Upos::Adj | Upos::Propn
        )
    {
        let mut k = end;
        while k < t.len() && !matches!(t.form(k), "." | ";" | ":") && !is_mark(t.form(k)) {
            if k > end && t.form(k) == "," {
                break;
            }
            toks.push(k);
            k += 1;
        }
    }
    Some((head, toks))
}

/// "Hong Min … is categorical: “…”", "He said, “…”", or a paragraph that
/// ends "He adds:" before the quote.
fn leading(
    doc: &Document,
    trees: &[Tree],
    m: &marks::Marked,
    prev_close: usize,
) -> Option<(usize, usize)> {
    let (si, to) = token_at(doc, m.open)?;
    let t = trees.get(si)?;
    let prefix: Vec<usize> = (0..to)
        .filter(|&k| t.span(k).is_some_and(|s| s.start >= prev_close))
        .collect();
    let words: Vec<usize> = prefix.iter().copied().filter(|&k| !t.is_punct(k)).collect();
    if words.is_empty() {
        // The sentence before ends with a colon: "Du Jin-ho clarifies the point:"
        let p = trees.get(si.checked_sub(1)?)?;
        let last = (0..p.len()).rev().find(|&k| !is_mark(p.form(k)))?;
        if p.form(last) != ":" {
            return closing_intransitive(doc, p, si - 1, si).map(|c| (si - 1, c));
        }
        let all: Vec<usize> = (0..p.len()).collect();
        return colon_cue(p, &all).map(|c| (si - 1, c));
    }
    // "Said Ann Roe, who …, “…”", "Continued Roe: “…”": a speech verb
    // opening the sentence, its speaker after it.
    if let Some(&k0) = words.first() {
        // "Asked about the vote, Roe *said*, “…”": an opening participle
        // gives way to a verb of saying after it with a subject of its own.
        let later = words
            .iter()
            .any(|&k| k > k0 && is_speech_verb(t, k) && subject(t, k).is_some_and(|s| s > k0));
        if opening_cue(t, k0) && !later {
            return Some((si, k0));
        }
    }
    if let Some(&k) = words.iter().find(|&&k| inverted_opening(t, k)) {
        return Some((si, k));
    }
    // "As Ann Roe put it, “…”": the idiom is a cue.
    if let Some(&k) = words.iter().rev().find(|&&k| put_it(t, k)) {
        let just_before = prefix
            .iter()
            .filter(|&&j| j > k)
            .all(|&j| t.is_punct(j) || t.head(j) == Some(k));
        if just_before && subject(t, k).is_some() {
            return Some((si, k));
        }
    }
    // "Ann Roe, the party's nominee, tweeted in response: “…”": a cue after
    // a name and its apposition, which the parse often hangs on the
    // apposition with no subject of its own.
    if let Some(&k) = words.iter().rev().take(5).find(|&&k| {
        (is_cue_word(t, k) || (t.lemma(k) == "put" && t.form(k + 1) == "it"))
            // A cue the tagger read as a noun ("comments", "wrote") only
            // right after the comma that closes the apposition.
            && (t.upos(k) != Upos::Noun || (k > 0 && t.form(k - 1) == ","))
            && subject(t, k).is_none()
            && words
                .iter()
                .filter(|&&j| j > k)
                .all(|&j| !matches!(t.upos(j), Upos::Verb | Upos::Aux))
    }) {
        if named_before(t, k, words.first().copied().unwrap_or(0)).is_some() {
            return Some((si, k));
        }
    }
    // "The leaflet claims “…”", with "claims" read as a noun: a cue word
    // right before the mark, after a short verbless phrase that opens the
    // sentence and that the parse gave it no subject from.
    if let Some((&k, before)) = words.split_last() {
        let opens = before
            .first()
            .is_some_and(|&f| f == 0 && t.form(f).chars().next().is_some_and(char::is_uppercase));
        let verbless = before
            .iter()
            .all(|&j| !matches!(t.upos(j), Upos::Verb | Upos::Aux));
        if is_cue_word(t, k) && subject(t, k).is_none() && opens && verbless && before.len() <= 6 {
            return Some((si, k));
        }
    }
    let last = *prefix.iter().rev().find(|&&k| !is_mark(t.form(k)))?;
    // "Polls were off - Ann Roe: “…”": a heading, a dash, and a short
    // verbless name before the colon; the name is the speaker.
    if t.form(last) == ":" && dash_name(t, &prefix).is_some() {
        return Some((si, last));
    }
    if t.form(last) == ":" {
        return colon_cue(t, &prefix).map(|c| (si, c)).or_else(|| {
            // "Bush: “The mission is …”", "From the report: “…”": a name
            // or a short noun phrase and a colon.
            let named = words.len() <= 6
                && words
                    .iter()
                    .any(|&k| matches!(t.upos(k), Upos::Propn | Upos::Noun))
                && !words.iter().any(|&k| t.upos(k) == Upos::Verb);
            named.then_some((si, last))
        });
    }
    // "X said, “…”", "X told reporters on Monday that “…”", "Said Dorothy
    // Poynter, who grew up with Ali, “…”": the last speech verb before the
    // mark, with only its own dependents between.
    // ", *telling* reporters, “…”", ", *writing* “…”": a speech verb's
    // participle after a comma, with at most a short object before the
    // mark, whatever the parse made of it.
    let participle = words.iter().rev().take(4).copied().find(|&k| {
        speech_participle(t, k)
            && k > 0
            && t.form(k - 1) == ","
            && words
                .iter()
                .filter(|&&j| j > k)
                .all(|&j| !matches!(t.upos(j), Upos::Verb | Upos::Aux))
    });
    if let Some(k) = participle {
        if subject(t, k).is_some() || nearest_subject(t, k).is_some() {
            return Some((si, k));
        }
    }
    let c = prefix
        .iter()
        .rev()
        .copied()
        .find(|&k| is_speech_verb(t, k))?;
    // "“…,” Vale said, *adding* that the mayor is “…”": a speech verb's
    // participle after a comma, which the parse often gives no subject,
    // speaks for the nearest subject before it.
    let participle_after_comma =
        speech_participle(t, c) && c > 0 && t.form(c - 1) == "," && nearest_subject(t, c).is_some();
    if subject(t, c).is_none() && !participle_after_comma {
        return None;
    }
    let between_ok = prefix
        .iter()
        .filter(|&&k| k > c)
        .all(|&k| t.is_punct(k) || t.lemma(k) == "that" || t.dominated_by(k, c));
    between_ok.then_some((si, c))
}

/// "Dora Pell, a curator at the museum, *agreed*. “…”": a sentence `p`
/// (number `pi`) of the quote's paragraph, before the quote's sentence
/// `si`, that ends with a finite verb of saying with its subject and no
/// object or clause of its own, and holds no quotation of its own. The
/// verb.
fn closing_intransitive(doc: &Document, p: &Tree, pi: usize, si: usize) -> Option<usize> {
    let same_paragraph = doc
        .sentences
        .get(pi)
        .zip(doc.sentences.get(si))
        .is_some_and(|(a, b)| a.paragraph == b.paragraph);
    if !same_paragraph
        || (0..p.len()).any(|k| is_mark(p.form(k)) || matches!(p.form(k), "''" | "``"))
    {
        return None;
    }
    let last = (0..p.len()).rev().find(|&k| !p.is_punct(k))?;
    let closes = (last + 1..p.len()).all(|k| matches!(p.form(k), "." | "!"));
    let own = p.kids(last).iter().any(|&k| {
        matches!(
            p.base(k),
            "obj" | "iobj" | "ccomp" | "xcomp" | "obl" | "advcl" | "nmod"
        )
    });
    let spoken = if p.upos(last) == Upos::Noun {
        // A past read as a noun ("The mayor *disagreed*."): the short
        // verbless phrase before it is its subject.
        let before: Vec<usize> = (0..last).filter(|&k| !p.is_punct(k)).collect();
        is_cue_word(p, last)
            && before.len() <= 8
            && before
                .iter()
                .all(|&k| !matches!(p.upos(k), Upos::Verb | Upos::Aux))
    } else {
        matches!(p.xpos(last), "VBD" | "VBZ")
            && is_speech_verb(p, last)
            && subject(p, last).is_some()
    };
    (closes && !own && spoken).then_some(last)
}

/// The speaker named on the surface just before cue `k`, from token `lo`
/// on: the earliest name that opens the clause (at `lo`, or after a comma,
/// "as" or a conjunction) with no finite verb between it and the cue, with
/// its apposition ("*Ann Roe, the party's nominee,* tweeted").
fn named_before(t: &Tree, k: usize, lo: usize) -> Option<Phrase> {
    let finite = |j: usize| {
        matches!(t.upos(j), Upos::Verb | Upos::Aux) && !matches!(t.xpos(j), "VBG" | "VBN")
    };
    let opens = |p: usize| {
        p == lo
            || p.checked_sub(1)
                .is_some_and(|b| t.form(b) == "," || t.lemma(b) == "as" || t.upos(b) == Upos::Cconj)
    };
    // "*Roe, who campaigned here this week,* tweeted", "*Cruz, when asked
    // what was wrong,* responded": a relative or adverbial clause set off
    // by commas belongs to the name, its verb no verb of the clause.
    let relative = |j: usize| {
        (lo..j).rev().find(|&a| t.form(a) == ",").is_some_and(|a| {
            matches!(t.lemma(a + 1).as_str(), "who" | "which" | "when" | "while")
                || matches!(t.upos(a + 1), Upos::Sconj | Upos::Adp)
        })
    };
    let p = (lo..k).find(|&p| {
        t.upos(p) == Upos::Propn && opens(p) && !(p..k).any(|j| j != k && finite(j) && !relative(j))
    })?;
    let mut h = p;
    while h + 1 < k && t.upos(h + 1) == Upos::Propn {
        h += 1;
    }
    // Without an apposition the name ends at its head ("*Ann Roe* later
    // Thursday told").
    let end = if (h..k).any(|j| t.form(j) == ",") {
        k
    } else {
        h + 1
    };
    let toks: Vec<usize> = (p..end)
        .filter(|&j| !(j + 1 == k && t.is_punct(j)))
        .collect();
    Some((h, toks))
}

/// "Polls were off - *Ann Roe*: “…”": the tokens of a short verbless name
/// (at most five words, a proper noun among them) between the last dash
/// and the colon that closes `prefix`.
fn dash_name(t: &Tree, prefix: &[usize]) -> Option<Vec<usize>> {
    let colon = *prefix.iter().rev().find(|&&k| t.form(k) == ":")?;
    let dash = *prefix
        .iter()
        .rev()
        .find(|&&k| k < colon && matches!(t.form(k), "-" | "–" | "—" | "--"))?;
    let name: Vec<usize> = (dash + 1..colon).filter(|&k| !t.is_punct(k)).collect();
    let named = !name.is_empty()
        && name.len() <= 5
        && name.iter().any(|&k| t.upos(k) == Upos::Propn)
        && name
            .iter()
            .all(|&k| !matches!(t.upos(k), Upos::Verb | Upos::Aux))
        && name
            .first()
            .is_some_and(|&k| t.form(k).chars().next().is_some_and(char::is_uppercase));
    named.then_some(name)
}

/// "“Every bridge will be repaired.”" as a paragraph of its own, then the
/// paragraph "- *Ann Roe*, at the council meeting." (the layout of fact
/// checks and convention notebooks): the dash is the cue and the name after
/// it, up to a comma or the full stop, the speaker; a dash glued to the
/// name ("-*Ann Roe*, Toledo.") is one token with its first word. The quotation must open
/// its (last) paragraph and close it; the dash line must be one short
/// sentence whose name is one to five capitalized words.
fn dash_line(doc: &Document, trees: &[Tree], m: &marks::Marked) -> Option<Attribution> {
    let last = m.content.last()?;
    let pi = doc
        .paragraphs
        .iter()
        .position(|p| p.start <= last.start && last.start < p.end)?;
    let para = doc.paragraphs.get(pi)?;
    let before = doc.text.get(para.start..last.start)?;
    let after = doc.text.get(m.close.min(para.end)..para.end)?;
    let whole = before.trim().chars().all(|c| "“\"«„'`".contains(c))
        && after.trim().chars().all(|c| c == '.');
    if !whole {
        return None;
    }
    let next = doc.paragraphs.get(pi + 1)?;
    let first = next.start + doc.text.get(next.start..next.end)?.len()
        - doc.text.get(next.start..next.end)?.trim_start().len();
    let (si, k0) = token_at(doc, first)?;
    let t = trees.get(si)?;
    let one_sentence = doc
        .sentences
        .get(si + 1)
        .is_none_or(|s| s.span.start >= next.end);
    if k0 != 0 || !one_sentence {
        return None;
    }
    // The dash stands alone ("- Ann Roe") or is glued to the first word
    // of the name ("-Ann Roe"), which then holds both.
    let glued = ["--", "-", "–", "—"]
        .iter()
        .find_map(|d| t.form(0).strip_prefix(d))
        .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase));
    if !(matches!(t.form(0), "-" | "–" | "—" | "--") || glued) || t.len() > 20 {
        return None;
    }
    let from = if glued { 0 } else { 1 };
    let end = (1..t.len())
        .find(|&k| t.is_punct(k))
        .filter(|&k| t.form(k) == "," || k + 1 == t.len())?;
    let name: Vec<usize> = (from..end).collect();
    let capital = |k: usize| {
        t.form(k)
            .trim_start_matches(['-', '–', '—'])
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    let named = (1..=5).contains(&name.len()) && name.iter().all(|&k| capital(k));
    if !named {
        return None;
    }
    let head = name
        .iter()
        .copied()
        .rev()
        .find(|&k| t.upos(k) == Upos::Propn)
        .or_else(|| name.last().copied())?;
    Some((si, 0, Some((head, name))))
}

/// "…, said Ann Roe, a fellow at the institute.": a verb of saying right
/// after a comma, before the name that closes the sentence, reports the
/// words before the comma. The content tokens and the speaker.
fn inverted_closing(t: &Tree, c: usize) -> Option<Reported> {
    if !is_speech_verb(t, c) || !matches!(t.xpos(c), "VBD" | "VBZ" | "VBP") {
        return None;
    }
    let comma = comma_before(t, c)?;
    // Not the object of a verb whose subject came before it ("…, Ann
    // Roe, by contrast, wrote an op-ed").
    let (h, toks) = inverted_subject(t, c)?;
    // An object counts only when the cue has no subject of its own before
    // it ("…, said several observers", parsed as the object).
    let subject_before = t.first_kid(c, &["nsubj"]).is_some_and(|s| s < c);
    if t.base(h) == "obj" && subject_before {
        return None;
    }
    // Nothing after the name but its apposition and the full stop.
    let last = *toks.last()?;
    // "…,” said Ann Roe, *but* she has …": a clause coordinated after the
    // name is no part of it.
    let end = (last + 1..t.len())
        .find(|&k| {
            t.form(k) == ","
                && k + 1 < t.len()
                && t.upos(k + 1) == Upos::Cconj
                && t.head(k + 1)
                    .is_some_and(|v| t.first_kid(v, &["nsubj"]).is_some())
        })
        .unwrap_or(t.len());
    // A relative clause on the name may follow ("…, said Ann Roe, a
    // professor at the college, *who is* one of …").
    let relative_from = (last + 1..end)
        .find(|&k| {
            matches!(t.lemma(k).as_str(), "who" | "which" | "whose")
                && k > 0
                && t.form(k - 1) == ","
        })
        .unwrap_or(end);
    let rest_is_name = (last + 1..relative_from)
        .all(|k| t.is_punct(k) || !matches!(t.xpos(k), "VBD" | "VBZ" | "VBP" | "MD"));
    if !rest_is_name {
        return None;
    }
    // The words before the cue, a closing mark after the comma included.
    let content = trim_punct(t, &(0..c).collect::<Vec<_>>());
    if comma == 0 || content.is_empty() || !marks_within(t, &content) {
        return None;
    }
    let mut source: Vec<usize> = toks;
    source.extend((last + 1..end).filter(|&k| !t.is_punct(k) || t.form(k) == ","));
    let source = trim_punct(t, &source);
    Some((content, Some((h, source))))
}

/// "…, experts say.", "…, the aide said on Tuesday.": a speech verb that
/// closes its sentence after a comma and its subject reports the words
/// before the comma, whatever the parse hung it on (often a relative
/// clause). The content tokens.
fn closing_report(t: &Tree, c: usize) -> Option<Vec<usize>> {
    let s = t.first_kid(c, &["nsubj"]).filter(|&s| s < c)?;
    // "…, Roe, who *wrote* about it." is a relative clause on the name.
    if matches!(t.lemma(s).as_str(), "who" | "which" | "that") {
        return None;
    }
    let first = *t.subtree(s).first()?;
    let comma = first.checked_sub(1).filter(|&k| t.form(k) == ",")?;
    let subject_then_cue = (first..c).all(|k| t.dominated_by(k, s) || t.head(k) == Some(c));
    let closes = (c + 1..t.len()).all(|k| t.is_punct(k) || t.dominated_by(k, c));
    if !subject_then_cue || !closes || comma == 0 {
        return None;
    }
    // "Meanwhile, Roe *reminds us of* the neighbor …", "In 2014, Bonn
    // *pledged to spend* more": a verb with an object or a clause of its
    // own after it reports what follows it, not the opening phrase;
    // "…, experts said *on Tuesday*." still closes the sentence.
    let own_argument = t.kids(c).iter().any(|&k| {
        k > c
            && matches!(
                t.base(k),
                "obj" | "iobj" | "ccomp" | "xcomp" | "advcl" | "parataxis"
            )
    });
    if own_argument {
        let after = trim_punct(t, &(c + 1..t.len()).collect::<Vec<_>>());
        return (!after.is_empty() && marks_within(t, &after)).then_some(after);
    }
    // A sentence with quotation marks is the quote finder's, unless every
    // quoted word lies inside what is reported.
    let content = trim_punct(t, &(0..comma).collect::<Vec<_>>());
    (!content.is_empty() && marks_within(t, &content)).then_some(content)
}

/// "Graham says the only way to stop him may be to back a rival": a
/// finite verb of saying with its subject before it, a noun phrase right
/// after it and a finite verb later in the sentence (not in a relative
/// clause), when the parse made no clause of them (here "way" a second
/// subject of "says"). Sentences with quotation marks are the quote
/// finder's. The content tokens: from the noun phrase to the end.
fn loose_clause(t: &Tree, c: usize) -> Option<Vec<usize>> {
    if !matches!(t.xpos(c), "VBD" | "VBZ" | "VBP") || !is_speech_verb(t, c) {
        return None;
    }
    let subject_before = t
        .kids(c)
        .iter()
        .any(|&s| matches!(t.rel(s), "nsubj" | "nsubj:pass") && s < c);
    if !subject_before && surface_speaker(t, c).is_none() {
        return None;
    }
    let mut first = c + 1;
    if t.lemma(first) == "that" {
        first += 1;
    }
    if !matches!(
        t.upos(first),
        Upos::Det | Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num | Upos::Adj
    ) {
        return None;
    }
    if (0..t.len()).any(|k| is_mark(t.form(k)) || t.form(k) == "''" || t.form(k) == "``") {
        return None;
    }
    let end = (first..t.len())
        .find(|&k| matches!(t.form(k), ";" | ":"))
        .unwrap_or(t.len());
    let relative =
        |v: usize| t.rel(v) == "acl:relcl" || t.head(v).is_some_and(|h| t.rel(h) == "acl:relcl");
    let finite =
        (first + 1..end).any(|v| matches!(t.xpos(v), "VBD" | "VBZ" | "VBP" | "MD") && !relative(v));
    if !finite {
        return None;
    }
    let content = trim_punct(t, &(first..end).collect::<Vec<_>>());
    (!content.is_empty()).then_some(content)
}

/// The "that" after a short phrase of time or place right after cue `c`
/// ("said *on Thursday* that", "said *after a lunch on Tuesday* that"): the
/// phrase opens with a preposition or an adverb and holds only nominal
/// words, at most seven tokens.
fn that_after_phrase(t: &Tree, c: usize) -> Option<usize> {
    let opens = matches!(t.upos(c + 1), Upos::Adp | Upos::Adv);
    if !opens {
        return None;
    }
    let k = (c + 2..(c + 9).min(t.len())).find(|&k| t.form(k).eq_ignore_ascii_case("that"))?;
    (c + 1..k)
        .all(|j| {
            matches!(
                t.upos(j),
                Upos::Adp
                    | Upos::Adv
                    | Upos::Det
                    | Upos::Noun
                    | Upos::Propn
                    | Upos::Num
                    | Upos::Adj
            )
        })
        .then_some(k)
}

/// "Roe said the depot never closed its gates": a finite verb of saying
/// with its subject before it, followed at once (or after "that") by a
/// clause with a subject and a finite verb of its own, however the parse
/// hung the two (often the verb of saying as a modifier of the reported
/// verb, or the reported subject as a second subject of the verb of
/// saying). The content tokens: the rest of the sentence.
fn surface_clause(t: &Tree, c: usize) -> Option<Vec<usize>> {
    if !matches!(t.xpos(c), "VBD" | "VBZ" | "VBP") {
        return None;
    }
    // A subject before the cue, in the parse or on the surface ("*The
    // official* said …" with "official" read as an adjective).
    if t.first_kid(c, &["nsubj"]).filter(|&s| s < c).is_none() && surface_speaker(t, c).is_none() {
        return None;
    }
    let mut first = c + 1;
    // "said *on Thursday* that Trump needs …": a short phrase of time or
    // place between the cue and "that", on which the parse often hangs the
    // clause as a relative clause.
    let skipped = that_after_phrase(t, c);
    if t.lemma(first) == "that" {
        first += 1;
    } else if let Some(k) = skipped {
        first = k + 1;
    }
    let end = (first..t.len())
        .find(|&k| matches!(t.form(k), ";" | ":"))
        .unwrap_or(t.len());
    // A subject among the first words after the cue, with only its own
    // words before it (no verb, no subordinator; a conjunction only
    // between two nouns: "said *the family and the foundation* had …"),
    // and a finite verb or auxiliary of its own after it.
    let nominal = |k: usize| matches!(t.upos(k), Upos::Noun | Upos::Propn | Upos::Pron);
    let joins_nouns = |k: usize| {
        t.upos(k) == Upos::Cconj && k > first && nominal(k - 1) && (k + 1..).take(3).any(nominal)
    };
    let clause_subject = |s: usize, v: usize| {
        matches!(t.rel(s), "nsubj" | "nsubj:pass" | "expl")
            && first <= s
            && s < v
            && (first..s).all(|k| {
                (!matches!(
                    t.upos(k),
                    Upos::Verb | Upos::Aux | Upos::Sconj | Upos::Cconj
                ) || joins_nouns(k))
                    && !t.is_punct(k)
            })
    };
    let opens_clause = (first..end).any(|v| {
        if !matches!(t.xpos(v), "VBD" | "VBZ" | "VBP" | "MD") {
            return false;
        }
        let host = if t.upos(v) == Upos::Aux {
            t.head(v)
        } else {
            Some(v)
        };
        // Not a relative clause on a noun after the cue ("announced his
        // bid with a speech *that included* …").
        host.is_some_and(|h| {
            (t.rel(h) != "acl:relcl" || skipped.is_some())
                && t.kids(h).iter().any(|&s| clause_subject(s, v))
        })
    });
    if !opens_clause {
        return None;
    }
    // A sentence with quotation marks is the quote finder's, unless every
    // quoted word lies inside what is reported.
    let content = trim_punct(t, &(first..end).collect::<Vec<_>>());
    (!content.is_empty() && marks_within(t, &content)).then_some(content)
}

/// A speech verb's -ing form, whatever its tag ("telling", "writing").
fn speech_participle(t: &Tree, k: usize) -> bool {
    let f = t.form(k).to_lowercase();
    f.strip_suffix("ing").is_some_and(|stem| {
        cues::is(cues::SPEECH, stem) || cues::is(cues::SPEECH, &format!("{stem}e"))
    })
}

/// The subject nearest before token `k` (a name, a noun or a personal
/// pronoun): the speaker of a participle the parse left without one.
fn nearest_subject(t: &Tree, k: usize) -> Option<Phrase> {
    nearest_subject_outside(t, k, &|_| true)
}

/// [`nearest_subject`] among the tokens `outside` accepts (those outside
/// quotation marks: "Vale said, “*I* don't like it,” adding, “…”" is not
/// spoken by "I").
fn nearest_subject_outside(t: &Tree, k: usize, outside: &dyn Fn(usize) -> bool) -> Option<Phrase> {
    let s = (0..k).rev().find(|&s| {
        outside(s)
            && t.base(s) == "nsubj"
            && matches!(t.upos(s), Upos::Propn | Upos::Noun | Upos::Pron)
            && !matches!(
                t.lemma(s).as_str(),
                "who" | "which" | "that" | "what" | "it" | "there" | "this"
            )
    })?;
    // "Roe said the system was “corrupt,” *noting* …": the subject of a
    // reported clause is not the participle's speaker; the one who reports
    // the clause is.
    let s = t
        .head(s)
        .and_then(|v| outer_reporter(t, v))
        .filter(|&o| o < k)
        .unwrap_or(s);
    let toks: Vec<usize> = t.subtree(s).into_iter().filter(|&j| j < k).collect();
    Some((s, toks))
}

/// "Roe *said* [the system was corrupt], noting …", "She was *adamant*
/// [that the company keep the upper hand], telling …": when clause `v` is
/// the complement of a predicate before it that has a subject of its own
/// (a verb of saying, thinking or judging, an adjective of stance), that
/// subject, climbing through complements in complements. `None` when `v`
/// is no such complement, or is itself a verb of saying.
fn outer_reporter(t: &Tree, v: usize) -> Option<usize> {
    let mut cur = v;
    let mut found = None;
    for _ in 0..3 {
        if t.base(cur) != "ccomp" {
            break;
        }
        // A verb of saying is not reported again: "“I'm sure …,” he
        // *said*" is often parsed as the complement of the quoted words.
        if cues::is(cues::SPEECH, &cue_lemma(t, cur)) {
            break;
        }
        let reporting = |g: usize| {
            let lemma = cue_lemma(t, g);
            t.upos(g) == Upos::Adj
                || (t.upos(g) == Upos::Verb
                    && (cues::is(cues::SPEECH, &lemma)
                        || cues::is(cues::INDIRECT, &lemma)
                        || cues::is(cues::JUDGING, &lemma)))
        };
        let Some(g) = t.head(cur).filter(|&g| g < cur && reporting(g)) else {
            break;
        };
        let s = t.kids(g).iter().copied().find(|&s| {
            t.base(s) == "nsubj"
                && s < g
                && matches!(t.upos(s), Upos::Propn | Upos::Noun | Upos::Pron)
                && !matches!(
                    t.lemma(s).as_str(),
                    "who" | "which" | "that" | "what" | "it" | "there" | "this"
                )
        });
        let Some(s) = s else {
            break;
        };
        found = Some(s);
        cur = g;
    }
    found
}

/// A speech verb that opens its sentence before its speaker, whatever
/// the tagger made of it: "*Said* Ann Roe, …", "*Continued* Roe:". The
/// word after it must start a name or a noun phrase.
fn opening_cue(t: &Tree, k: usize) -> bool {
    let f = t.form(k);
    if k != 0 || !f.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    speech_form(f) && matches!(t.upos(k + 1), Upos::Propn | Upos::Det | Upos::Noun)
}

/// "Because of the map, *explained Ann Roe*, “…”", "In other words, *said
/// Roe*: “…”": a verb of saying right after a comma, inverted before a
/// name (and its apposition) that a comma or a colon just before the
/// quotation mark closes. The parse often makes the name the verb's
/// object; the name is its speaker.
fn inverted_opening(t: &Tree, k: usize) -> bool {
    if k == 0 || t.form(k - 1) != "," || !speech_form(t.form(k)) {
        return false;
    }
    let Some((_, toks)) = inverted_subject(t, k) else {
        return false;
    };
    toks.last().is_some_and(|&last| {
        matches!(t.form(last + 1), "," | ":")
            && (is_mark(t.form(last + 2)) || t.form(last + 2) == "``")
    })
}

/// Whether form `f` is a past or third-person form of a verb of saying,
/// whatever the tagger made of it ("said", "explained", "notes").
fn speech_form(f: &str) -> bool {
    let f = f.to_lowercase();
    let mut lemmas: Vec<String> = cues::IRREGULAR_PAST
        .iter()
        .filter(|(past, _)| *past == f)
        .map(|(_, l)| (*l).to_string())
        .collect();
    for ending in ["ed", "d", "s"] {
        if let Some(stem) = f.strip_suffix(ending) {
            lemmas.push(stem.to_string());
        }
    }
    lemmas.iter().any(|l| cues::is(cues::SPEECH, l))
}

/// "as she *put* it": a cue of its own, the speaker its subject.
fn put_it(t: &Tree, k: usize) -> bool {
    // "as" the parse may hang elsewhere ("*as* the prosecutor Ann Roe put
    // it", with "as" on the noun): on the surface, "as" opening the clause
    // with no verb before "put".
    let as_opens = (0..k)
        .rev()
        .take(8)
        .find(|&j| t.lemma(j) == "as")
        .is_some_and(|a| {
            (a + 1..k).all(|j| !matches!(t.upos(j), Upos::Verb | Upos::Aux) && !t.is_punct(j))
        });
    t.lemma(k) == "put"
        && t.kids(k)
            .iter()
            .any(|&o| t.rel(o) == "obj" && t.lemma(o) == "it")
        && (as_opens
            || t.kids(k)
                .iter()
                .any(|&m| t.rel(m) == "mark" && t.lemma(m) == "as"))
}

/// The cue of a clause that introduces a quote with a colon: its last
/// speech verb with a subject, else the head that has a subject ("Hong Min
/// … *is categorical*:").
fn colon_cue(t: &Tree, toks: &[usize]) -> Option<usize> {
    // A subject that names someone: not a relative pronoun ("Trump, *who*
    // has told aides …, said:") nor an expletive ("*it* gets better:").
    let has_subj = |k: usize| {
        t.first_kid(k, &["nsubj"])
            .or_else(|| active_passive_subject(t, k))
            .is_some_and(|s| {
                !matches!(
                    t.lemma(s).as_str(),
                    "who" | "which" | "that" | "what" | "it" | "this" | "there"
                )
            })
            && t.rel(k) != "acl:relcl"
            || (is_speech_verb(t, k) && subject(t, k).is_some())
    };
    toks.iter()
        .rev()
        .copied()
        .find(|&k| is_speech_verb(t, k) && has_subj(k))
        .or_else(|| {
            toks.iter().copied().find(|&k| {
                has_subj(k) && matches!(t.upos(k), Upos::Verb | Upos::Adj | Upos::Aux | Upos::Noun)
            })
        })
}

/// A speaker named inside the quote between two commas: "“We understand
/// …, *comments Yang Mu-jin*, president of …. But …”", "“…, *he said*, …”".
/// Read on the surface (a cue word between a comma and a name), since the
/// parse rarely sees it. Returns the sentence, the cue, the bytes to cut
/// out of the content and the source.
fn incise(doc: &Document, trees: &[Tree], m: &marks::Marked) -> Option<Incise> {
    for span in &m.content {
        let Some((si, first)) = token_at(doc, span.start) else {
            continue;
        };
        let Some(t) = trees.get(si) else { continue };
        for c in first + 1..t.len() {
            if t.span(c).is_none_or(|s| s.start >= span.end) {
                break;
            }
            if !is_cue_word(t, c) || c == 0 || t.form(c - 1) != "," {
                continue;
            }
            // ", comments Yang Mu-jin, …" or ", he said, …"
            let (opens, src) = if t.upos(c + 1) == Upos::Propn {
                (c - 1, noun_phrase_after(t, c))
            } else if c >= 2
                && matches!(t.upos(c - 2), Upos::Pron | Upos::Propn)
                && matches!(t.form(c + 1), "," | ".")
            {
                let mut a = c - 2;
                while a > 0 && t.upos(a - 1) == Upos::Propn {
                    a -= 1;
                }
                if a == 0 || t.form(a - 1) != "," {
                    continue;
                }
                (a - 1, Some((c - 2, (a..c).collect())))
            } else {
                continue;
            };
            let Some((h, toks)) = src else { continue };
            let mut last = toks.iter().copied().max().unwrap_or(c).max(c);
            if t.form(last + 1) == "," {
                last += 1;
            }
            let (Some(a), Some(b)) = (t.span(opens), t.span(last)) else {
                continue;
            };
            if b.end > span.end {
                continue;
            }
            let region = Span {
                start: a.start,
                end: b.end,
            };
            return Some((si, c, region, Some((h, toks))));
        }
    }
    None
}

/// A speech verb, also one the tagger took for a plural noun ("comments",
/// "says").
fn is_cue_word(t: &Tree, c: usize) -> bool {
    if is_speech_verb(t, c) {
        return true;
    }
    let f = t.form(c).to_lowercase();
    let stem = f
        .strip_suffix("es")
        .filter(|s| s.ends_with("ss") || s.ends_with("sh"));
    let base = stem.or_else(|| f.strip_suffix('s')).unwrap_or(&f);
    // "…,” the newspaper *wrote*": an irregular past the tagger read as a
    // noun.
    let base = cues::IRREGULAR_PAST
        .iter()
        .find(|(past, _)| *past == f)
        .map_or(base, |(_, lemma)| *lemma);
    // "The mayor *disagreed*.": a regular past the tagger read as a noun.
    if t.upos(c) == Upos::Noun {
        let past = f.strip_suffix("ed").into_iter().flat_map(|stem| {
            let with_e = format!("{stem}e");
            [stem.to_string(), with_e]
        });
        if past.into_iter().any(|l| cues::is(cues::SPEECH, &l)) {
            return true;
        }
    }
    // A noun is a cue only in a verb's form: "says", "comments", "wrote";
    // never the bare noun ("secretary of *state*", "a Facebook *post*").
    if t.upos(c) == Upos::Noun && base == f {
        return false;
    }
    matches!(t.upos(c), Upos::Noun | Upos::Verb) && cues::is(cues::SPEECH, base)
}

/// "Pressed by the host, *Mr. Roe* said …", "But *aides* said …": the
/// words just before a finite cue that the parse left without a subject,
/// when they form a short verbless noun phrase that opens its clause
/// (after the sentence start, a comma or a conjunction). Its head (the
/// last noun, name or pronoun) and tokens.
fn surface_subject(t: &Tree, c: usize) -> Option<Phrase> {
    if !matches!(t.xpos(c), "VBD" | "VBZ" | "VBP") || t.rel(c) == "acl:relcl" {
        return None;
    }
    let auxiliary = |k: usize| {
        t.upos(k) == Upos::Aux
            && matches!(
                t.lemma(k).as_str(),
                "be" | "have"
                    | "do"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "shall"
                    | "should"
                    | "must"
            )
    };
    let mut lo = c;
    while lo > 0 {
        let k = lo - 1;
        let word = !t.is_punct(k)
            && !matches!(
                t.upos(k),
                Upos::Verb | Upos::Sconj | Upos::Cconj | Upos::Adp | Upos::Adv
            )
            && !auxiliary(k)
            && !matches!(
                t.lemma(k).as_str(),
                "that" | "which" | "who" | "what" | "it"
            );
        if !word {
            break;
        }
        lo = k;
    }
    let opens = lo == 0
        || lo
            .checked_sub(1)
            .is_some_and(|b| t.form(b) == "," || t.upos(b) == Upos::Cconj);
    let toks: Vec<usize> = (lo..c).collect();
    // "The *official* said", "A *Republican* said": an adjective after a
    // determiner, just before the cue, stands for a noun.
    let nominal_adjective = |k: usize| {
        t.upos(k) == Upos::Adj
            && k + 1 == c
            && toks
                .first()
                .is_some_and(|&f| f < k && t.upos(f) == Upos::Det)
    };
    let head = toks.iter().copied().rev().find(|&k| {
        matches!(t.upos(k), Upos::Noun | Upos::Propn | Upos::Pron)
            || t.upos(k) == Upos::Aux
            || nominal_adjective(k)
    });
    match head {
        Some(head) => (opens && toks.len() <= 6).then_some((head, toks)),
        None => opening_words(t, c),
    }
}

/// "*Jolly* said …", "*Nearly half* said …": one to three words opening
/// the sentence before a finite cue with no subject, all read by the
/// tagger as adverbs, adjectives or other nominal words, are its subject
/// (a name, a share of those polled); not a discourse adverb alone ("Then
/// said …"). The last word heads them.
fn opening_words(t: &Tree, c: usize) -> Option<Phrase> {
    if !(1..=3).contains(&c) {
        return None;
    }
    let toks: Vec<usize> = (0..c).collect();
    let nominal = toks.iter().all(|&k| {
        matches!(
            t.upos(k),
            Upos::Adv | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num | Upos::Det
        )
    });
    let head = *toks.last()?;
    let discourse = matches!(
        t.lemma(head).as_str(),
        "also"
            | "then"
            | "later"
            | "still"
            | "so"
            | "again"
            | "here"
            | "there"
            | "now"
            | "too"
            | "meanwhile"
            | "thus"
            | "instead"
            | "however"
            | "this"
            | "that"
            | "when"
            | "where"
            | "why"
            | "how"
            | "if"
            | "as"
    );
    (nominal && !discourse).then_some((head, toks))
}

/// The speaker of a finite cue `c` the parse left without a subject, read
/// on the surface: the short phrase just before it ([`surface_subject`]),
/// or a name and its apposition set off by commas ("Alarmed by the riots,
/// *Senator Ann Dorsey, the majority whip,* said that …", with the name
/// hung on the clause before).
fn surface_speaker(t: &Tree, c: usize) -> Option<Phrase> {
    surface_subject(t, c).or_else(|| {
        let apposed = c > 0
            && t.form(c - 1) == ","
            && matches!(t.xpos(c), "VBD" | "VBZ" | "VBP")
            && t.rel(c) != "acl:relcl";
        apposed.then(|| named_before(t, c, 0)).flatten()
    })
}

/// "“…,” *Kelly* charged in …": the words between a closing quotation
/// mark (and its comma) and cue `c` right after it, when they are a short
/// phrase with no verb that opens with a capital, a pronoun or a
/// determiner, whatever the tagger made of them. Its head (the last word)
/// and tokens.
fn between_mark_and_cue(t: &Tree, c: usize) -> Option<Phrase> {
    let mut lo = c;
    while lo > 0 && !t.is_punct(lo - 1) && !is_mark(t.form(lo - 1)) {
        lo -= 1;
    }
    let after_mark = lo
        .checked_sub(1)
        .is_some_and(|b| is_mark(t.form(b)) || t.form(b) == "''");
    let toks: Vec<usize> = (lo..c).collect();
    let first = *toks.first()?;
    let opens = t.form(first).chars().next().is_some_and(char::is_uppercase)
        || matches!(t.upos(first), Upos::Pron | Upos::Det);
    let verbless = toks.iter().all(|&k| t.upos(k) != Upos::Verb);
    let head = *toks.last()?;
    (after_mark && opens && verbless && toks.len() <= 6).then_some((head, toks))
}

/// Indirect speech cued by token `c`: the content tokens and the source
/// (head and tokens), when `c` reports something.
/// The first oblique phrase of `c` introduced by the preposition `prep`
/// ("talked *about* the deficit", "called *for* a vote").
fn prep_phrase(t: &Tree, c: usize, prep: &str) -> Option<usize> {
    t.kids(c).iter().copied().find(|&k| {
        t.base(k) == "obl"
            && t.kids(k)
                .iter()
                .any(|&m| t.rel(m) == "case" && t.lemma(m) == prep)
    })
}

/// The tokens of phrase `k` without its own preposition.
fn phrase_without_case(t: &Tree, k: usize) -> Vec<usize> {
    t.subtree(k)
        .into_iter()
        .filter(|&m| !(t.rel(m) == "case" && t.head(m) == Some(k)))
        .collect()
}

fn indirect_at(t: &Tree, c: usize) -> Option<Reported> {
    // "according to X": X is the source of the clause it hangs on.
    if t.lemma(c) == "according" || t.form(c).eq_ignore_ascii_case("according") {
        // The content is the rest of the sentence: "according to" speaks
        // for the whole statement, whatever the parse hung it on.
        let x = t.head(c)?;
        let source: Vec<usize> = t
            .subtree(x)
            .into_iter()
            .filter(|&k| {
                k != c && !(t.head(k) == Some(c) || (t.rel(k) == "case" && t.head(k) == Some(x)))
            })
            .collect();
        let phrase = t.subtree(x);
        let content: Vec<usize> = (0..t.len()).filter(|k| !phrase.contains(k)).collect();
        return Some((content, Some((x, source))));
    }
    if t.upos(c) != Upos::Verb {
        return None;
    }
    let lemma = cue_lemma(t, c);
    let source = || {
        if let Some(p) = inverted_incise(t, c) {
            return Some(p);
        }
        let s = subject(t, c)?;
        Some((s, t.subtree(s)))
    };
    if cues::is(cues::INDIRECT, &lemma) {
        if let Some(r) = inverted_closing(t, c) {
            return Some(r);
        }
        // The clause after the cue is what it reports; a clause before it
        // ("*Despite challenging* the leader, Cruz said …") is the parse's
        // slip.
        let clauses = || t.kids(c).iter().copied().filter(|&k| t.rel(k) == "ccomp");
        if let Some(k) = clauses().find(|&k| k > c).or_else(|| clauses().next()) {
            let src = source().or_else(|| surface_speaker(t, c))?;
            return Some((t.subtree(k), Some(src)));
        }
        // "Rubio said the real extremist on abortion is Hillary Clinton",
        // parsed with the clause's subject as the object of "said": an
        // object holding a finite verb is a misparsed clause.
        if let Some(k) = t.first_kid(c, &["obj"]).filter(|&k| k > c) {
            let clause = t.subtree(k);
            let finite = clause
                .iter()
                .any(|&v| matches!(t.xpos(v), "VBZ" | "VBD" | "VBP" | "MD"));
            if finite {
                let src = source()?;
                return Some((clause, Some(src)));
            }
        }
        // "…, sources said" / "It is also, he adds, the opportunity …":
        // the cue hangs on the clause it reports.
        if t.rel(c) == "parataxis" {
            let src = source()?;
            let host = t.head(c)?;
            // "…, Vale says it is wrong to blame the mayor": a clause right
            // after the cue is what it reports, not the one before it.
            if host < c {
                if let Some(content) = surface_clause(t, c) {
                    return Some((content, Some(src)));
                }
            }
            let content = t.subtree_without(host, &[c]);
            return Some((content, Some(src)));
        }
        if let Some(content) = closing_report(t, c) {
            let src = source()?;
            return Some((content, Some(src)));
        }
        if let Some(content) = surface_clause(t, c)
            .or_else(|| relative_report(t, c))
            .or_else(|| loose_clause(t, c))
        {
            let src = source().or_else(|| surface_speaker(t, c))?;
            return Some((content, Some(src)));
        }
    }
    // Only a stance taken (past, third person or participle): a bare
    // "oppose" is mostly a question, a negation or an infinitive.
    // What records and polls show is shown in any tense ("polls *show*
    // Trump leading"); a verb of saying without a clause reaches here too.
    let stance_taken = matches!(t.xpos(c), "VBD" | "VBZ" | "VBG" | "VBN")
        || (lemma == "show" && t.xpos(c) == "VBP");
    // In the passive the subject is what the stance is about ("the war
    // *was considered* a failure"), never who takes it.
    let passive = t
        .kids(c)
        .iter()
        .any(|&k| matches!(t.rel(k), "aux:pass" | "nsubj:pass"));
    if stance_taken && !passive && cues::is(cues::ATTITUDE, &lemma) {
        // "wants *to build a wall*", "opposed *the deal*", "see *Clinton as
        // the heir*": the object with its predicate, or the infinitive.
        let mut content: Vec<usize> = Vec::new();
        for k in t.kids(c).iter().copied() {
            let as_phrase = matches!(t.base(k), "obl" | "advcl" | "xcomp")
                && t.kids(k).iter().any(|&m| t.lemma(m) == "as");
            // "shows Sanders *leading* Clinton": the situation shown, a
            // participle right after the object, whatever it hangs on.
            let shown = lemma == "show"
                && matches!(t.base(k), "acl" | "advcl")
                && t.xpos(k) == "VBG"
                && k > c
                && (c + 1..k).all(|m| !t.is_punct(m));
            // "accused Trump *of* using divisive rhetoric", "referring *to*
            // the Hispanic community": the charge or the thing referred to.
            let charge_or_referent = matches!(t.base(k), "obl" | "advcl")
                && t.kids(k).iter().any(|&m| {
                    matches!(t.rel(m), "case" | "mark")
                        && cues::STANCE_PREPOSITIONS
                            .contains(&(lemma.as_str(), t.lemma(m).as_str()))
                });
            if matches!(t.rel(k), "obj" | "xcomp") || as_phrase || shown || charge_or_referent {
                content.extend(t.subtree(k));
            }
        }
        // A quotation after the stance is what it introduces ("defended his
        // decision, “…”"): the direct quote is found with its speaker.
        let quotes_words = (c + 1..t.len()).any(|k| is_mark(t.form(k)));
        if !content.is_empty() && !quotes_words {
            let src = source()?;
            content.sort_unstable();
            return Some((content, Some(src)));
        }
    }
    // "*talked about* the deficit", "*complained about* the ruling":
    // what a verb of saying is about.
    let speaks = cues::is(cues::SPEECH, &lemma) || matches!(lemma.as_str(), "speak" | "talk");
    if speaks && stance_taken {
        let about = prep_phrase(t, c, "about").filter(|&k| k > c);
        if let Some(k) = about {
            let src = source()?;
            return Some((phrase_without_case(t, k), Some(src)));
        }
    }
    if cues::is(cues::REQUEST, &lemma) {
        if let Some(x) = t.first_kid(c, &["xcomp"]) {
            let src = source()?;
            let mut content = t.subtree(x);
            if let Some(o) = t.first_kid(c, &["obj"]) {
                content.extend(t.subtree(o));
                content.sort_unstable();
            }
            return Some((content, Some(src)));
        }
        // "called *for* the impeachment of …", "pressed for a vote": what
        // is asked for.
        if let Some(k) = prep_phrase(t, c, "for") {
            let src = source()?;
            return Some((phrase_without_case(t, k), Some(src)));
        }
    }
    None
}

#[cfg(test)]
mod tests;
