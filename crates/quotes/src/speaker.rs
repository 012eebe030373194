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
    let spans = runs(tree, toks);
    let text = text_of(doc, &spans);
    let span = match (spans.first(), spans.last()) {
        (Some(a), Some(b)) => Span {
            start: a.start,
            end: b.end,
        },
        _ => tree.span(head).unwrap_or_default(),
    };
    let inside = |m: &&&Mention| toks.contains(&m.head) || (m.start <= head && head < m.end);
    let recent = |k: &&Known| k.sentence <= si && si - k.sentence <= LOOKBACK;
    let head_lemma = tree.lemma(head);

    // "He adds:", "she said": the last person quoted.
    if cues::is(cues::PERSONAL, &head_lemma) {
        if let Some(k) = known
            .iter()
            .rev()
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
        if let Some(k) = known.iter().rev().filter(recent).find(|k| {
            k.speaker.name.is_some()
                && (sector.is_some() && k.speaker.sector.as_deref() == sector
                    || k.speaker
                        .role
                        .as_deref()
                        .is_some_and(|r| r.to_lowercase().contains(&head_lemma)))
        }) {
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
    // A name the actor layer did not take as a person: the proper nouns
    // that head the phrase ("Hong Min").
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
    // Research Center *in Seoul*") when the person's own is unknown.
    if sp.code.is_none() {
        sp.code = mentions
            .iter()
            .filter(|m| extra.contains(&m.head) && m.code.country.is_some())
            .find_map(|m| m.code.country.clone());
    }
    if sp.sector.is_none() {
        let role_head = sp
            .role
            .as_deref()
            .and_then(|r| r.split_whitespace().last())
            .map(str::to_string);
        sp.sector = role_head
            .as_deref()
            .or(Some(head_lemma.as_str()))
            .and_then(|w| kb.sector_of_word(w))
            .map(str::to_string);
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
        let role_toks: Vec<usize> = tree
            .subtree_without(a, &cut)
            .into_iter()
            .filter(|&t| toks.contains(&t))
            .filter(|&t| !(tree.rel(t) == "det" && tree.head(t) == Some(a)))
            .filter(|&t| tree.upos(t) != Upos::Punct)
            .collect();
        let aff_toks = aff.map(strip_case).unwrap_or_default();
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
