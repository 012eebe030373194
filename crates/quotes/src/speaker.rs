//! Who a source phrase is: a person or body, their role and affiliation,
//! resolved through the actor layer and the speakers already quoted.

use crate::view::{runs, text_of, Tree};
use crate::{cues, Speaker};
use dyad_actors::{KnowledgeBase, Mention, MentionKind};
use dyad_core::{Document, Span, Upos};

/// A speaker already met in the document, for pronouns and role nouns
/// that refer back ("He adds:", "explains the academic").
#[derive(Debug, Clone)]
pub(crate) struct Known {
    pub sentence: usize,
    pub speaker: Speaker,
}

/// How far back (in sentences) a pronoun or a role noun may find its speaker.
const LOOKBACK: usize = 12;

/// How many earlier speakers a name is looked up among.
const KNOWN_NAMES_BACK: usize = 500;

/// What a speaker is resolved against: the document, the knowledge base
/// and the speakers met so far.
pub(crate) struct Scope<'a> {
    pub doc: &'a Document,
    pub kb: &'a KnowledgeBase,
    pub known: &'a [Known],
}

/// Resolve the source phrase `toks` (headed by `head`) of sentence `si`,
/// whose actor mentions are `mentions`.
pub(crate) fn resolve(
    scope: &Scope,
    tree: &Tree,
    si: usize,
    head: usize,
    toks: &[usize],
    mentions: &[&Mention],
) -> Speaker {
    let (doc, kb, known) = (scope.doc, scope.kb, scope.known);
    // The phrase as written, from its first word to its last (punctuation
    // inside it included: "Jo Tae-yong, the head of …").
    let spans = runs(tree, toks);
    let span = match (spans.first(), spans.last()) {
        (Some(a), Some(b)) => Span {
            start: a.start,
            end: b.end,
        },
        _ => tree.span(head).unwrap_or_default(),
    };
    let text = doc
        .text
        .get(span.start..span.end)
        .map_or_else(|| text_of(doc, &spans), str::to_string);
    let inside = |m: &&&Mention| toks.contains(&m.head) || (m.start <= head && head < m.end);
    let recent = |k: &&Known| k.sentence <= si && si - k.sentence <= LOOKBACK;
    // `known` is in text order: stop walking back once out of range, so a
    // document of thousands of quotes stays linear.
    let within = |k: &&Known| k.sentence + LOOKBACK >= si;
    let head_lemma = tree.lemma(head);

    // "He adds:", "she said": the last person quoted.
    if cues::is(cues::PERSONAL, &head_lemma) {
        if let Some(k) = known
            .iter()
            .rev()
            .take_while(within)
            .filter(recent)
            .find(|k| k.speaker.name.is_some())
        {
            return Speaker {
                text,
                span,
                resolution: "previous_speaker".into(),
                ..k.speaker.clone()
            };
        }
    }
    // "explains the academic": a definite role noun with no name or country
    // of its own is the last speaker of that kind.
    let bare_role = tree.upos(head) == Upos::Noun
        && tree
            .kids(head)
            .iter()
            .any(|&k| tree.lemma(k) == "the" && tree.rel(k) == "det")
        && !toks.iter().any(|&t| tree.upos(t) == Upos::Propn)
        && !mentions
            .iter()
            .filter(inside)
            .any(|m| m.code.country.is_some() && m.kind != MentionKind::Context);
    if bare_role {
        let sector = kb.sector_of_word(&head_lemma);
        if let Some(k) = known
            .iter()
            .rev()
            .take_while(within)
            .filter(recent)
            .find(|k| {
                k.speaker.name.is_some()
                    && (sector.is_some() && k.speaker.sector.as_deref() == sector
                        || k.speaker
                            .role
                            .as_deref()
                            .is_some_and(|r| r.to_lowercase().contains(&head_lemma)))
            })
        {
            return Speaker {
                text,
                span,
                resolution: "previous_speaker".into(),
                ..k.speaker.clone()
            };
        }
    }

    // The actor mention that heads the phrase: a person first.
    let person = |m: &Mention| {
        m.kind == MentionKind::Person
            || m.entry.starts_with("person:")
            || m.entry.starts_with("adhoc:")
    };
    let cands: Vec<&Mention> = mentions
        .iter()
        .filter(inside)
        .filter(|m| m.kind != MentionKind::Place)
        .copied()
        .collect();
    let chosen = cands
        .iter()
        .copied()
        .find(|m| person(m) && (m.head == head || (m.start <= head && head < m.end)))
        .or_else(|| {
            cands
                .iter()
                .copied()
                .find(|m| m.start <= head && head < m.end)
        })
        .or_else(|| cands.iter().copied().find(|m| person(m)))
        // A country that owns the head ("*Russia's* foreign minister"),
        // never one in a phrase inside it ("tons of aid *to Liberia*").
        .or_else(|| {
            cands.iter().copied().find(|m| {
                m.code.country.is_some()
                    && tree.head(m.head) == Some(head)
                    && matches!(tree.rel(m.head), "nmod:poss" | "amod" | "compound")
            })
        });

    let (role, affiliation, extra) = role_and_affiliation(doc, tree, head, toks);
    let mut sp = Speaker {
        text,
        span,
        name: None,
        role,
        affiliation,
        code: None,
        sector: None,
        identifier_id: None,
        resolution: "unresolved".into(),
        mention: None,
    };
    if let Some(m) = chosen {
        sp.code = m.code.country.clone();
        sp.sector = m.code.sector.clone();
        sp.identifier_id = Some(m.entry.clone());
        sp.resolution = "mention".into();
        sp.mention = Some(m.span);
        if person(m) {
            sp.name = Some(name_of(tree, m, kb));
        }
    }
    // A name the actor layer did not take as a person: the capitalised
    // words that open the phrase up to its first comma ("Du Jin-ho, of …").
    if sp.name.is_none() && chosen.is_none_or(|m| m.code.country.is_none()) {
        let run: Vec<usize> = toks
            .iter()
            .copied()
            .take_while(|&k| tree.form(k).chars().next().is_some_and(char::is_uppercase))
            .collect();
        let comma_next = run
            .last()
            .is_some_and(|&k| toks.iter().any(|&x| x == k + 1 && tree.form(x) == ","));
        let named = run.len() >= 2
            && run.iter().any(|&k| tree.upos(k) == Upos::Propn)
            && run.windows(2).all(|w| matches!(w, [a, b] if a + 1 == *b));
        if named && (comma_next || run.len() == toks.len()) {
            sp.name = Some(text_of(doc, &runs(tree, &run)));
            if chosen.is_none() {
                sp.resolution = "name".into();
            }
        }
    }
    // Or the proper nouns that head it ("Hong Min").
    if sp.name.is_none()
        && tree.upos(head) == Upos::Propn
        && chosen.is_none_or(|m| m.code.country.is_none())
    {
        let mut toks_name: Vec<usize> = vec![head];
        toks_name.extend(tree.kids(head).iter().copied().filter(|&k| {
            matches!(tree.rel(k), "flat" | "compound") && tree.upos(k) == Upos::Propn
        }));
        toks_name.sort_unstable();
        let contiguous = toks_name
            .windows(2)
            .all(|w| matches!(w, [a, b] if a + 1 == *b));
        if contiguous && toks_name.len() >= 2 {
            let spans = runs(tree, &toks_name);
            sp.name = Some(text_of(doc, &spans));
        }
    }
    // A pronoun the actor layer resolved but no speaker explains.
    if chosen.is_none() && tree.upos(head) == Upos::Pron {
        sp.resolution = "unresolved".into();
    }
    // The country of the affiliation ("a researcher at the Reunification
    // Research Center *in Seoul*") when the person's own is unknown or only
    // guessed from what the article is about (an ad-hoc person).
    let guessed =
        chosen.is_some_and(|m| m.entry.starts_with("adhoc:") || m.kind == MentionKind::Context);
    if guessed {
        // A place ("in Seoul") says where the body is; a demonym inside its
        // name ("University of *North Korean* Studies") does not.
        let located = |kinds: &[MentionKind]| {
            mentions
                .iter()
                .filter(|m| extra.contains(&m.head) && m.code.country.is_some())
                .filter(|m| kinds.contains(&m.kind))
                .find_map(|m| m.code.country.clone())
        };
        // (Except for a country's presence abroad: "the *Chinese* embassy
        // in Washington" speaks for China.)
        let abroad = extra.iter().any(|&k| {
            matches!(
                tree.form(k).to_lowercase().as_str(),
                "embassy" | "embassies" | "consulate" | "consulates" | "legation"
            )
        });
        let by_name = || located(&[MentionKind::Name, MentionKind::Metonym, MentionKind::Sector]);
        let found = if abroad {
            by_name().or_else(|| located(&[MentionKind::Place]))
        } else {
            located(&[MentionKind::Place]).or_else(by_name)
        };
        if let Some(c) = found {
            sp.code = Some(c);
        }
    }
    if sp.code.is_none() {
        sp.code = mentions
            .iter()
            .filter(|m| extra.contains(&m.head) && m.code.country.is_some())
            .find_map(|m| m.code.country.clone());
    }
    // Someone quoted before under the same name keeps what was said of
    // them then ("Du Jin-ho, of the … Center in Seoul" … "Du Jin-ho
    // clarifies").
    if let Some(k) = sp.name.as_ref().and_then(|n| {
        known
            .iter()
            .rev()
            .take(KNOWN_NAMES_BACK)
            .find(|k| k.speaker.name.as_ref() == Some(n))
    }) {
        if sp.code.is_none() || guessed {
            sp.code = k.speaker.code.clone().or(sp.code.take());
        }
        sp.role = sp.role.take().or_else(|| k.speaker.role.clone());
        sp.affiliation = sp
            .affiliation
            .take()
            .or_else(|| k.speaker.affiliation.clone());
        sp.sector = sp.sector.take().or_else(|| k.speaker.sector.clone());
    }
    // The sector: the body spoken for says more than a generic role ("the
    // *president* of the *University*" is EDU), else the role, else the
    // head noun.
    if sp.sector.is_none() || guessed {
        let from_affiliation = sp.affiliation.as_deref().and_then(|a| {
            a.split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .find_map(|w| kb.sector_of_word(w))
        });
        let role_head = sp
            .role
            .as_deref()
            .and_then(|r| r.split_whitespace().last())
            .map(str::to_string);
        let from_role = role_head
            .as_deref()
            .or(Some(head_lemma.as_str()))
            .and_then(|w| kb.sector_of_word(w));
        if let Some(sector) = from_affiliation.or(from_role) {
            sp.sector = Some(sector.to_string());
        }
    }
    sp
}

/// The name part of a person mention: its last run of proper nouns that
/// are not titles ("South Korean President *Yoon Suk-yeol*").
fn name_of(tree: &Tree, m: &Mention, kb: &KnowledgeBase) -> String {
    let mut start = m.end;
    while start > m.start
        && tree.upos(start - 1) == Upos::Propn
        && kb.sector_of_word(tree.form(start - 1)).is_none()
    {
        start -= 1;
    }
    if start == m.end {
        return m.text.clone();
    }
    let (Some(a), Some(b)) = (tree.span(start), tree.span(m.end - 1)) else {
        return m.text.clone();
    };
    let offset = a.start.saturating_sub(m.span.start);
    let len = b.end.saturating_sub(a.start);
    m.text
        .get(offset..offset + len)
        .map_or_else(|| m.text.clone(), str::to_string)
}

/// Role and affiliation from an apposition or an of/at phrase: "Jo
/// Tae-yong, *the head* of *South Korea's intelligence services*", "Du
/// Jin-ho, of *the National Defense Research Center in Seoul*". Also the
/// tokens they cover, to find a country in them.
fn role_and_affiliation(
    doc: &Document,
    tree: &Tree,
    head: usize,
    toks: &[usize],
) -> (Option<String>, Option<String>, Vec<usize>) {
    let text = |ts: &[usize]| -> Option<String> {
        let spans = runs(tree, ts);
        let t = text_of(doc, &spans);
        (!t.trim().is_empty()).then(|| t.trim().to_string())
    };
    let affiliation_of = |x: usize| -> Option<usize> {
        tree.kids(x).iter().copied().find(|&k| {
            matches!(tree.base(k), "nmod" | "obl")
                && tree.kids(k).iter().any(|&c| {
                    tree.rel(c) == "case"
                        && matches!(
                            tree.lemma(c).as_str(),
                            "of" | "at" | "for" | "from" | "with"
                        )
                })
        })
    };
    let strip_case = |x: usize| -> Vec<usize> {
        let cases: Vec<usize> = tree
            .kids(x)
            .iter()
            .copied()
            .filter(|&c| tree.rel(c) == "case")
            .collect();
        tree.subtree(x)
            .into_iter()
            .filter(|t| !cases.contains(t) && toks.contains(t))
            .collect()
    };
    if let Some(a) = tree
        .kids(head)
        .iter()
        .copied()
        .find(|&k| tree.rel(k) == "appos" && toks.contains(&k))
    {
        let aff = affiliation_of(a);
        let cut: Vec<usize> = aff.into_iter().collect();
        let role_all: Vec<usize> = tree
            .subtree_without(a, &cut)
            .into_iter()
            .filter(|&t| toks.contains(&t))
            .filter(|&t| !(tree.rel(t) == "det" && tree.head(t) == Some(a)))
            .filter(|&t| tree.upos(t) != Upos::Punct)
            .collect();
        // The role is the words around its head up to the affiliation;
        // what the parse hung on the role after that ("president of the
        // University *in Seoul*") belongs to the affiliation.
        let aff_start = aff.and_then(|x| strip_case(x).first().copied());
        let role_toks: Vec<usize> = role_all
            .iter()
            .copied()
            .filter(|&t| aff_start.is_none_or(|f| t < f))
            .collect();
        let mut aff_toks = aff.map(strip_case).unwrap_or_default();
        aff_toks.extend(
            role_all
                .iter()
                .copied()
                .filter(|&t| aff_start.is_some_and(|f| t > f)),
        );
        aff_toks.sort_unstable();
        let mut extra = tree.subtree(a);
        extra.retain(|t| toks.contains(t));
        return (text(&role_toks), text(&aff_toks), extra);
    }
    if let Some(x) = affiliation_of(head).filter(|x| toks.contains(x)) {
        let aff_toks = strip_case(x);
        return (None, text(&aff_toks), tree.subtree(x));
    }
    // On the surface: what follows the first comma of the phrase ("Yang
    // Mu-jin, president of the University …" when the parse hung the
    // apposition elsewhere): the role up to a preposition, the affiliation
    // after it.
    let Some(comma) = toks.iter().position(|&k| tree.form(k) == ",") else {
        return (None, None, Vec::new());
    };
    let rest: Vec<usize> = toks
        .get(comma + 1..)
        .unwrap_or(&[])
        .iter()
        .copied()
        .filter(|&k| tree.form(k) != ",")
        .collect();
    let prep = rest.iter().position(|&k| {
        tree.upos(k) == Upos::Adp
            && matches!(
                tree.lemma(k).as_str(),
                "of" | "at" | "for" | "from" | "with"
            )
    });
    let (role_toks, aff_toks): (Vec<usize>, Vec<usize>) = match prep {
        Some(p) => (
            rest.get(..p).unwrap_or(&[]).to_vec(),
            rest.get(p + 1..).unwrap_or(&[]).to_vec(),
        ),
        None => (rest.clone(), Vec::new()),
    };
    let role_toks: Vec<usize> = role_toks
        .into_iter()
        .skip_while(|&k| tree.upos(k) == Upos::Det)
        .collect();
    (text(&role_toks), text(&aff_toks), rest)
}
