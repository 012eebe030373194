//! Small read-only helpers over one parsed sentence: lemmas, dependents by
//! relation, prepositional phrases, voice. All index access is checked, so a
//! malformed parse yields fewer matches, never a panic.

use dyad_core::{Sentence, Upos};

/// A parsed sentence viewed as a dependency tree.
pub(crate) struct Tree<'a> {
    pub s: &'a Sentence,
    /// Children of each token, in order.
    kids: Vec<Vec<usize>>,
    /// Relations the parser got wrong in a way the tree itself shows,
    /// replaced on reading (see [`Tree::repaired_rel`]).
    repaired: Vec<Option<&'static str>>,
    /// Heads moved by a repair (see [`Tree::reported_clause_repair`]).
    heads: Vec<Option<usize>>,
    /// Tags corrected by a repair (a past tense read as the participle it
    /// is, see [`Tree::reduced_relative_repair`]).
    retagged: Vec<Option<&'static str>>,
}

/// Prepositions that never open a finite clause: one the parser took for
/// a clause's `mark` ("Americans detained *in* North Korea spoke") shows a
/// misread reduced relative.
const NEVER_SUBORDINATORS: &[&str] = &[
    "in", "by", "at", "on", "from", "near", "with", "into", "under", "inside", "outside", "across",
    "through", "over", "of", "to", "during",
];

/// Verbs of saying and thinking that take a clause, not a person, after
/// them: "said *the two leaders met*" has no object.
const CLAUSE_VERBS: &[&str] = &[
    "say",
    "claim",
    "insist",
    "believe",
    "think",
    "argue",
    "add",
    "note",
    "state",
    "announce",
    "confirm",
    "stress",
    "acknowledge",
    "suggest",
    "report",
];

/// Verbs that take an object whenever they are active, so that a bare
/// past form after its noun in a headline is a passive
/// ([`Tree::headline_passive_repair`]).
const HEADLINE_PASSIVE_VERBS: &[&str] = &[
    "arrest",
    "detain",
    "kill",
    "expel",
    "jail",
    "imprison",
    "sentence",
    "charge",
    "indict",
    "execute",
    "abduct",
    "kidnap",
    "deport",
    "ban",
    "sanction",
    "fine",
    "convict",
    "shoot",
    "wound",
    "injure",
    "capture",
    "seize",
    "free",
    "release",
    "hang",
    "behead",
    "attack",
    "target",
    "bomb",
    "shell",
    "raid",
    "summon",
    "sack",
    "fire",
    "oust",
    "suspend",
    "accuse",
    "blame",
    "criticize",
    "criticise",
    "condemn",
    "warn",
    "threaten",
    "banish",
    "extradite",
];

/// Verbs that always take an object when active, so that a bare past
/// form right after its subject, with nothing after it but a preposition
/// or a punctuation mark, is a reduced passive ([`Tree::bare_participle_repair`]):
/// "four Americans *killed* in the attack".
const OBJECT_ONLY_VERBS: &[&str] = &[
    "kill",
    "arrest",
    "detain",
    "jail",
    "imprison",
    "abduct",
    "kidnap",
    "deport",
    "wound",
    "injure",
    "execute",
    "behead",
    "extradite",
    "indict",
    "convict",
    "capture",
    "sentence",
];

impl<'a> Tree<'a> {
    pub fn new(s: &'a Sentence) -> Self {
        let n = s.tokens.len();
        let mut t = Tree {
            s,
            kids: vec![Vec::new(); n],
            repaired: vec![None; n],
            heads: (0..n).map(|i| s.head_of(i)).collect(),
            retagged: vec![None; n],
        };
        t.reduced_relative_repair();
        t.reported_clause_repair();
        t.relative_attachment_repair();
        t.name_run_repair();
        t.weekday_object_repair();
        t.conjoined_verb_repair();
        t.rebuild_kids();
        t.object_gap_relative_repair();
        t.headline_passive_repair();
        t.bare_participle_repair();
        let rels: Vec<Option<&'static str>> = (0..n).map(|i| t.repaired_rel(i)).collect();
        for (slot, r) in t.repaired.iter_mut().zip(rels) {
            if slot.is_none() {
                *slot = r;
            }
        }
        t
    }

    fn rebuild_kids(&mut self) {
        let n = self.s.tokens.len();
        let mut kids = vec![Vec::new(); n];
        for (i, h) in self.heads.iter().enumerate() {
            if let Some(h) = *h {
                if h != i {
                    if let Some(k) = kids.get_mut(h) {
                        k.push(i);
                    }
                }
            }
        }
        self.kids = kids;
    }

    /// "UK ambassador in Iran *arrested*": a headline drops the auxiliary
    /// of a passive, and the parser reads the participle as an active past
    /// verb with the sufferer as its subject. In a headline (a short
    /// sentence with no final stop) whose root is a past form of a verb
    /// that needs an object ([`HEADLINE_PASSIVE_VERBS`]), with a subject
    /// and no object, auxiliary or clause of its own, the subject is a
    /// passive subject. (Headlines put active news in the present:
    /// "Iran *arrests* UK ambassador".)
    fn headline_passive_repair(&mut self) {
        let n = self.s.tokens.len();
        let last = self.s.tokens.last().map(|t| t.form.as_str()).unwrap_or("");
        if n > 14 || matches!(last, "." | "!" | "?" | ":" | "\"" | "\u{201d}") {
            return;
        }
        let Some(v) = (0..n).find(|&i| self.heads.get(i).copied().flatten().is_none()) else {
            return;
        };
        let Some(tok) = self.s.tokens.get(v) else {
            return;
        };
        let lemma = tok.lemma.to_lowercase();
        if !matches!(tok.xpos.as_str(), "VBD" | "VBN")
            || !HEADLINE_PASSIVE_VERBS.contains(&lemma.as_str())
        {
            return;
        }
        let kids: Vec<usize> = self.kids(v).to_vec();
        let own = self.has_object_or_auxiliary(&kids);
        let subject = kids
            .iter()
            .copied()
            .find(|&k| k < v && self.s.tokens.get(k).is_some_and(|t| t.deprel == "nsubj"));
        if let (false, Some(s)) = (own, subject) {
            if let Some(slot) = self.repaired.get_mut(s) {
                *slot = Some("nsubj:pass");
            }
        }
    }

    /// Whether any of `kids` (a verb's dependents, as parsed) is an object,
    /// an auxiliary, a copula, a clause or an expletive: what a verb read
    /// as a bare passive must not have.
    fn has_object_or_auxiliary(&self, kids: &[usize]) -> bool {
        kids.iter().any(|&k| {
            self.s.tokens.get(k).is_some_and(|t| {
                matches!(
                    t.deprel.as_str(),
                    "obj" | "iobj" | "aux" | "aux:pass" | "cop" | "ccomp" | "xcomp" | "expl"
                )
            })
        })
    }

    /// "one of the four Americans *killed* in the attack": the parser may
    /// read a reduced relative as an active past verb with the victim as
    /// its subject. A past form of a verb that always takes an object when
    /// active ([`OBJECT_ONLY_VERBS`]), right after its subject's phrase,
    /// with no object, auxiliary or clause of its own, not a true relative
    /// clause ([`Tree::relative_cut_from_its_noun`]), and followed by a
    /// preposition or a punctuation mark (or nothing), is a passive: its
    /// subject underwent it.
    fn bare_participle_repair(&mut self) {
        let n = self.s.tokens.len();
        for v in 0..n {
            let Some(tok) = self.s.tokens.get(v) else {
                continue;
            };
            if !matches!(tok.xpos.as_str(), "VBD" | "VBN")
                || (self.deprel(v) == "acl:relcl" && !self.relative_cut_from_its_noun(v))
                || !OBJECT_ONLY_VERBS.contains(&tok.lemma.to_lowercase().as_str())
            {
                continue;
            }
            let next_ok = self
                .s
                .tokens
                .get(v + 1)
                .is_none_or(|t| matches!(t.upos, Upos::Adp | Upos::Punct));
            // "one of the civilians killed *was* a man": the parser hung
            // the sentence's own copula, and its predicate, under the
            // participle as a complement. A finite copula cannot open a
            // complement, so that complement is not the verb's own.
            let misread_predicate = self
                .s
                .tokens
                .get(v + 1)
                .filter(|t| t.deprel == "cop" && matches!(t.xpos.as_str(), "VBD" | "VBZ" | "VBP"))
                .and_then(|_| self.head(v + 1))
                .filter(|&x| self.head(x) == Some(v) && self.deprel(x) == "xcomp");
            if !next_ok && misread_predicate.is_none() {
                continue;
            }
            let kids: Vec<usize> = self
                .kids(v)
                .iter()
                .copied()
                .filter(|&k| Some(k) != misread_predicate)
                .collect();
            let own = self.has_object_or_auxiliary(&kids);
            // The subject's phrase ends right before the verb: "four
            // *Americans* killed", "most of the *Palestinians* killed".
            let subject = kids
                .iter()
                .copied()
                .filter(|&s| s < v)
                .filter(|&s| self.deprel(s) == "nsubj")
                .find(|&s| {
                    v.checked_sub(1).is_some_and(|b| {
                        self.dominates(s, b)
                            && self
                                .s
                                .tokens
                                .get(b)
                                .is_some_and(|t| matches!(t.upos, Upos::Noun | Upos::Propn))
                    })
                });
            if let (false, Some(s)) = (own, subject) {
                if let Some(slot) = self.repaired.get_mut(s) {
                    *slot = Some("nsubj:pass");
                }
            }
        }
    }

    /// "the sanctions *the European Union imposed* on Russia", "the town
    /// *the army attacked*": a relative clause without its relative word
    /// whose verb the parser hung on the noun as a participle, and its
    /// subject on the noun too. A noun phrase that fills the whole gap
    /// between the noun and a past verb with no subject, object, auxiliary
    /// or clause of its own, and opens with a determiner or is a name or a
    /// personal pronoun, is that verb's subject: it moves under the verb,
    /// which becomes a relative clause (whose object is the noun).
    fn object_gap_relative_repair(&mut self) {
        let n = self.s.tokens.len();
        let mut moved = false;
        for v in 0..n {
            let Some(tok) = self.s.tokens.get(v) else {
                continue;
            };
            if tok.deprel != "acl" || !matches!(tok.xpos.as_str(), "VBD" | "VBN") {
                continue;
            }
            let Some(h) = self.head(v).filter(|&h| h < v) else {
                continue;
            };
            let own = self.kids(v).iter().any(|&k| {
                self.s.tokens.get(k).is_some_and(|t| {
                    matches!(
                        t.deprel.as_str(),
                        "obj"
                            | "iobj"
                            | "aux"
                            | "aux:pass"
                            | "nsubj"
                            | "nsubj:pass"
                            | "ccomp"
                            | "xcomp"
                    )
                })
            });
            let noun_head = self
                .s
                .tokens
                .get(h)
                .is_some_and(|t| matches!(t.upos, Upos::Noun | Upos::Propn));
            if own || !noun_head || v < h + 2 {
                continue;
            }
            let Some(x) = self.kids(h).iter().copied().find(|&x| {
                h < x
                    && x < v
                    && self.s.tokens.get(x).is_some_and(|t| {
                        matches!(
                            t.deprel.as_str(),
                            "nsubj" | "nmod:unmarked" | "obj" | "appos"
                        )
                    })
            }) else {
                continue;
            };
            let fills_gap = (h + 1..v).all(|k| self.dominates(x, k));
            let opener = self.s.tokens.get(h + 1);
            let subject_like = opener.is_some_and(|t| t.upos == Upos::Det)
                || self.s.tokens.get(x).is_some_and(|t| {
                    t.upos == Upos::Propn
                        || (t.upos == Upos::Pron
                            && matches!(
                                t.form.to_lowercase().as_str(),
                                "he" | "she" | "they" | "we" | "i" | "you"
                            ))
                });
            if !fills_gap || !subject_like {
                continue;
            }
            if let Some(slot) = self.heads.get_mut(x) {
                *slot = Some(v);
            }
            if let Some(slot) = self.repaired.get_mut(x) {
                *slot = Some("nsubj");
            }
            if let Some(slot) = self.repaired.get_mut(v) {
                *slot = Some("acl:relcl");
            }
            moved = true;
        }
        if moved {
            self.rebuild_kids();
        }
    }

    /// "one of 59 Palestinians *killed*" read as a relative clause on "one"
    /// with "Palestinians" as its subject: words of the modified noun's own
    /// phrase ("of 59") stand between that noun and the clause's subject,
    /// which a true relative clause without a relative word ("the men *the
    /// police killed*") never has.
    fn relative_cut_from_its_noun(&self, v: usize) -> bool {
        let Some(h) = self.head(v) else {
            return false;
        };
        let Some(subj) = self
            .kids(v)
            .iter()
            .copied()
            .find(|&k| self.deprel(k) == "nsubj")
        else {
            return false;
        };
        let subject_start = (h + 1..subj)
            .find(|&k| self.dominates(subj, k))
            .unwrap_or(subj);
        (h + 1..subject_start).any(|k| self.dominates(h, k) && !self.dominates(v, k))
    }

    /// "clashed with the White House over *Iran*, which he has called a
    /// threat": a relative clause set off by a comma right after a noun
    /// modifies that noun, not a head further up that the parser chose.
    /// Only a noun inside the chosen head's own phrase is taken.
    fn relative_attachment_repair(&mut self) {
        let n = self.s.tokens.len();
        for v in 0..n {
            if self.s.tokens.get(v).map(|t| t.deprel.as_str()) != Some("acl:relcl") {
                continue;
            }
            let Some(h) = self.heads.get(v).copied().flatten() else {
                continue;
            };
            // The clause's first word is its relative word, after a comma.
            let Some(r) = (0..v).find(|&k| {
                self.heads.get(k).copied().flatten() == Some(v)
                    && self.s.tokens.get(k).is_some_and(|t| t.deprel != "punct")
            }) else {
                continue;
            };
            let relative = matches!(
                self.s
                    .tokens
                    .get(r)
                    .map(|t| t.form.to_lowercase())
                    .as_deref(),
                Some("which" | "who" | "whom" | "whose")
            );
            let comma = r >= 2 && self.s.tokens.get(r - 1).is_some_and(|t| t.form == ",");
            if !relative || !comma {
                continue;
            }
            let p = r - 2;
            let nominal = self
                .s
                .tokens
                .get(p)
                .is_some_and(|t| matches!(t.upos, Upos::Noun | Upos::Propn));
            if !nominal || p == h || p <= h {
                continue;
            }
            // p must hang (through its own phrase) under the chosen head.
            let mut cur = p;
            let mut under = false;
            for _ in 0..6 {
                match self.heads.get(cur).copied().flatten() {
                    Some(x) if x == h => {
                        under = true;
                        break;
                    }
                    Some(x) => cur = x,
                    None => break,
                }
            }
            if under {
                if let Some(slot) = self.heads.get_mut(v) {
                    *slot = Some(p);
                }
            }
        }
    }

    /// "Three Americans *detained* in North Korea *spoke* out", "the
    /// journalists *detained* by Iranian authorities *were released*": the
    /// parser may take the participle of a reduced relative for the main
    /// verb, the real main verb for an adverbial clause, and the preposition
    /// for that clause's `mark`. A preposition that never opens a clause
    /// ([`NEVER_SUBORDINATORS`]) as the `mark` of a clause whose subject
    /// follows it, right after the participle, shows the misreading; it is
    /// undone: the participle
    /// modifies its noun, that noun is the subject of the real verb, and the
    /// preposition's noun belongs to the participle ("by" gives its agent).
    fn reduced_relative_repair(&mut self) {
        let n = self.s.tokens.len();
        let rel = |t: &Tree<'_>, k: usize| {
            t.s.tokens
                .get(k)
                .map(|x| x.deprel.clone())
                .unwrap_or_default()
        };
        for v2 in 0..n {
            if rel(self, v2) != "advcl" {
                continue;
            }
            let Some(v1) = self.heads.get(v2).copied().flatten() else {
                continue;
            };
            let participle_like = self
                .s
                .tokens
                .get(v1)
                .is_some_and(|t| matches!(t.xpos.as_str(), "VBD" | "VBN"));
            if !participle_like || v1 > v2 {
                continue;
            }
            let kids_of = |t: &Tree<'_>, h: usize| -> Vec<usize> {
                (0..n)
                    .filter(|&k| t.heads.get(k).copied().flatten() == Some(h))
                    .collect()
            };
            let v1_kids = kids_of(self, v1);
            let v2_kids = kids_of(self, v2);
            let Some(&noun) = v1_kids.iter().find(|&&k| k < v1 && rel(self, k) == "nsubj") else {
                continue;
            };
            // The participle has no auxiliary and no object of its own.
            if v1_kids
                .iter()
                .any(|&k| matches!(rel(self, k).as_str(), "aux" | "aux:pass" | "obj"))
            {
                continue;
            }
            // The preposition follows the participle at once ("detained
            // *in*"); further away it may belong to another phrase ("halted
            // after a new government *in* Egypt took over").
            let Some(&mark) = v2_kids.iter().find(|&&k| {
                k == v1 + 1
                    && rel(self, k) == "mark"
                    && NEVER_SUBORDINATORS.contains(&self.lemma(k).as_str())
            }) else {
                continue;
            };
            let Some(&subject) = v2_kids
                .iter()
                .find(|&&k| k > mark && k < v2 && rel(self, k).starts_with("nsubj"))
            else {
                continue;
            };
            let passive = v2_kids.iter().any(|&k| rel(self, k) == "aux:pass");
            let v1_head = self.heads.get(v1).copied().flatten();
            let v1_rel: &'static str = match rel(self, v1).as_str() {
                "root" => "root",
                "ccomp" => "ccomp",
                "conj" => "conj",
                "parataxis" => "parataxis",
                _ => continue,
            };
            let by = self.lemma(mark) == "by";
            let moves: [(usize, Option<usize>, &'static str); 5] = [
                (v1, Some(noun), "acl"),
                (v2, v1_head, v1_rel),
                (noun, Some(v2), if passive { "nsubj:pass" } else { "nsubj" }),
                (subject, Some(v1), if by { "obl:agent" } else { "obl" }),
                (mark, Some(subject), "case"),
            ];
            for (k, head, r) in moves {
                if let Some(h) = self.heads.get_mut(k) {
                    *h = head;
                }
                if let Some(slot) = self.repaired.get_mut(k) {
                    *slot = Some(r);
                }
            }
            if let Some(tag) = self.retagged.get_mut(v1) {
                *tag = Some("VBN");
            }
        }
    }

    /// "*U.S. Joint Chiefs Chairman Mark Milley* said", "*NATO Secretary
    /// General Jens Stoltenberg* said": the parser may read a run of proper
    /// nouns with no comma or conjunction in it as a coordination of its
    /// first word and the name at its end. Nothing coordinates them: the
    /// name heads the phrase, in its first word's place, and the first
    /// word (the organisation or country) modifies it.
    fn name_run_repair(&mut self) {
        let n = self.s.tokens.len();
        for c in 0..n {
            let Some(tok) = self.s.tokens.get(c) else {
                continue;
            };
            if tok.deprel != "conj" || tok.upos != Upos::Propn {
                continue;
            }
            let Some(x) = self.heads.get(c).copied().flatten() else {
                continue;
            };
            let all_names = x < c
                && (x..c).all(|k| self.s.tokens.get(k).is_some_and(|t| t.upos == Upos::Propn));
            if !all_names || self.repaired.get(x).copied().flatten().is_some() {
                continue;
            }
            let x_rel: &'static str = match self.s.tokens.get(x).map(|t| t.deprel.as_str()) {
                Some("nsubj") => "nsubj",
                Some("nsubj:pass") => "nsubj:pass",
                Some("obj") => "obj",
                Some("iobj") => "iobj",
                Some("obl") => "obl",
                Some("nmod") => "nmod",
                Some("appos") => "appos",
                Some("root") => "root",
                _ => continue,
            };
            let x_head = self.heads.get(x).copied().flatten();
            // Real conjuncts after the name coordinate with the whole
            // phrase ("... Stoltenberg *and Putin*").
            for k in c + 1..n {
                let later_conj = self.s.tokens.get(k).is_some_and(|t| t.deprel == "conj");
                if later_conj && self.heads.get(k).copied().flatten() == Some(x) {
                    if let Some(h) = self.heads.get_mut(k) {
                        *h = Some(c);
                    }
                }
            }
            if let Some(h) = self.heads.get_mut(c) {
                *h = x_head;
            }
            if let Some(h) = self.heads.get_mut(x) {
                *h = Some(c);
            }
            if let Some(r) = self.repaired.get_mut(c) {
                *r = Some(x_rel);
            }
            if let Some(r) = self.repaired.get_mut(x) {
                *r = Some("compound");
            }
        }
    }

    /// "the army declared martial *law Tuesday*": the parser reads an
    /// object right before a weekday as a modifier of the weekday, which
    /// it hangs on the verb as a time. A common noun compounded onto a
    /// weekday that is a bare time of a verb with no object is that verb's
    /// object.
    fn weekday_object_repair(&mut self) {
        use crate::coder::WEEKDAYS;
        let n = self.s.tokens.len();
        for w in 1..n {
            let Some(day) = self.s.tokens.get(w) else {
                continue;
            };
            if !WEEKDAYS.contains(&day.form.to_lowercase().as_str())
                || !matches!(day.deprel.as_str(), "obl:unmarked" | "obl:tmod" | "obl")
            {
                continue;
            }
            let Some(verb) = self.heads.get(w).copied().flatten() else {
                continue;
            };
            let noun = w - 1;
            let compound = self.s.tokens.get(noun).is_some_and(|t| {
                t.deprel == "compound"
                    && t.upos == Upos::Noun
                    && self.heads.get(noun) == Some(&Some(w))
            });
            let verbal = self
                .s
                .tokens
                .get(verb)
                .is_some_and(|t| t.upos == Upos::Verb);
            let has_object = self
                .s
                .tokens
                .iter()
                .enumerate()
                .any(|(k, t)| self.heads.get(k) == Some(&Some(verb)) && t.deprel == "obj");
            // ("released *from prison* Thursday": a noun with a
            // preposition is no object; nor is anything of a passive.)
            let marked_or_passive = self.s.tokens.iter().enumerate().any(|(k, t)| {
                (self.heads.get(k) == Some(&Some(noun)) && t.deprel == "case")
                    || (self.heads.get(k) == Some(&Some(verb)) && t.deprel == "aux:pass")
            });
            if !compound || !verbal || has_object || verb > noun || marked_or_passive {
                continue;
            }
            if let Some(h) = self.heads.get_mut(noun) {
                *h = Some(verb);
            }
            if let Some(r) = self.repaired.get_mut(noun) {
                *r = Some("obj");
            }
        }
    }

    /// "He declared that it was no coup, *and urged residents to* remain
    /// calm": after a comma and a conjunction the parser may read a past
    /// verb as a participle modifying the noun after it, and that noun as
    /// a conjunct of the clause before. A participle so placed, whose noun
    /// is followed by an infinitive ("to remain"), is a verb conjoined to
    /// the clause (to the verb whose complement the first conjunct is),
    /// and the noun its object.
    fn conjoined_verb_repair(&mut self) {
        let n = self.s.tokens.len();
        for v in 2..n.saturating_sub(2) {
            let tok = |k: usize| self.s.tokens.get(k);
            let participle = tok(v).is_some_and(|t| {
                t.upos == Upos::Verb
                    && matches!(t.xpos.as_str(), "VBN" | "VBD")
                    && t.deprel == "amod"
            });
            let after_conjunction = tok(v - 1)
                .is_some_and(|t| matches!(t.form.to_lowercase().as_str(), "and" | "but"))
                && tok(v - 2).is_some_and(|t| t.form == ",");
            let noun = v + 1;
            let object_then_infinitive = self.heads.get(v) == Some(&Some(noun))
                && tok(noun).is_some_and(|t| {
                    matches!(t.upos, Upos::Noun | Upos::Propn) && t.deprel == "conj"
                })
                && tok(noun + 1).is_some_and(|t| t.form.eq_ignore_ascii_case("to"))
                && tok(noun + 2).is_some_and(|t| t.upos == Upos::Verb);
            if !(participle && after_conjunction && object_then_infinitive) {
                continue;
            }
            let Some(mut first) = self.heads.get(noun).copied().flatten() else {
                continue;
            };
            // The conjunct is the clause's verb, not the predicate of its
            // complement ("declared that the move was not a *coup*").
            while tok(first).is_some_and(|t| t.deprel == "ccomp") {
                match self.heads.get(first).copied().flatten() {
                    Some(h) => first = h,
                    None => break,
                }
            }
            if let Some(h) = self.heads.get_mut(v) {
                *h = Some(first);
            }
            if let Some(r) = self.repaired.get_mut(v) {
                *r = Some("conj");
            }
            if let Some(t) = self.retagged.get_mut(v) {
                *t = Some("VBD");
            }
            if let Some(h) = self.heads.get_mut(noun) {
                *h = Some(v);
            }
            if let Some(r) = self.repaired.get_mut(noun) {
                *r = Some("obj");
            }
            for k in [v - 1, v - 2] {
                if let Some(h) = self.heads.get_mut(k) {
                    *h = Some(v);
                }
            }
        }
    }

    /// "Officials said *the two leaders met* in Geneva": after a verb of
    /// saying, the parser may take the reported subject for an object and
    /// the reported verb (read as a participle) for its modifier. A bare
    /// participle with no auxiliary and no subject, modifying the object of
    /// such a verb, is the reported clause's verb and that noun its subject.
    fn reported_clause_repair(&mut self) {
        let n = self.s.tokens.len();
        for v in 0..n {
            let Some(tok) = self.s.tokens.get(v) else {
                continue;
            };
            if tok.deprel != "acl" || !matches!(tok.xpos.as_str(), "VBN" | "VBD") {
                continue;
            }
            let Some(noun) = self.heads.get(v).copied().flatten() else {
                continue;
            };
            let Some(verb) = self.heads.get(noun).copied().flatten() else {
                continue;
            };
            let object = self.s.tokens.get(noun).is_some_and(|t| t.deprel == "obj");
            let clause_verb = CLAUSE_VERBS.contains(&self.lemma(verb).as_str());
            let own_subject_or_aux = self.s.tokens.iter().enumerate().any(|(k, t)| {
                t.head == v + 1
                    && k != v
                    && matches!(
                        t.deprel.as_str(),
                        "aux" | "aux:pass" | "nsubj" | "nsubj:pass" | "mark"
                    )
            });
            if object && clause_verb && noun < v && verb < noun && !own_subject_or_aux {
                if let Some(h) = self.heads.get_mut(noun) {
                    *h = Some(v);
                }
                if let Some(h) = self.heads.get_mut(v) {
                    *h = Some(verb);
                }
                if let Some(r) = self.repaired.get_mut(noun) {
                    *r = Some("nsubj");
                }
                if let Some(r) = self.repaired.get_mut(v) {
                    *r = Some("ccomp");
                }
            }
        }
    }

    /// A relative clause that opens with a coordinator and has neither a
    /// subject nor a relative word of its own ("Turkey is under sanctions,
    /// *and was condemned* by Egypt") is a conjoined predicate: the parser
    /// hung it on the nearest noun.
    ///
    /// A participle used as a noun that the parser hung on a verb as a
    /// clause ("arrested *the accused*") is the verb's object.
    fn repaired_rel(&self, i: usize) -> Option<&'static str> {
        let tok = self.s.tokens.get(i)?;
        if matches!(tok.deprel.as_str(), "ccomp" | "xcomp") && self.s.participle_as_noun(i) {
            return Some("obj");
        }
        if self.called_name_as_object(i) {
            return Some("obj");
        }
        if tok.deprel != "acl:relcl" {
            return None;
        }
        let kids = self.kids(i);
        let opens_with_cc = kids
            .iter()
            .copied()
            .filter(|&k| k < i && self.s.tokens.get(k).is_some_and(|t| t.deprel != "punct"))
            .min()
            .is_some_and(|k| self.s.tokens.get(k).is_some_and(|t| t.deprel == "cc"));
        let relative = |k: usize| {
            self.s.tokens.get(k).is_some_and(|t| {
                t.deprel.starts_with("nsubj")
                    || matches!(
                        t.form.to_lowercase().as_str(),
                        "who" | "whom" | "whose" | "which" | "that" | "where" | "when"
                    )
            })
        };
        (opens_with_cc && !kids.iter().any(|&k| relative(k))).then_some("conj")
    }

    /// "Trump *called Putin*": the parser reads a lone proper name after
    /// an active "called" as the name given to the subject (an `xcomp`, as
    /// in "they called him *Ivan*"). With a subject, no object, no passive
    /// auxiliary and nothing else below the name, the name is what was
    /// called: its object.
    fn called_name_as_object(&self, i: usize) -> bool {
        let Some(tok) = self.s.tokens.get(i) else {
            return false;
        };
        let Some(verb) = self.heads.get(i).copied().flatten() else {
            return false;
        };
        if tok.deprel != "xcomp" || tok.upos != Upos::Propn || self.lemma(verb) != "call" {
            return false;
        }
        let rel = |k: usize| self.s.tokens.get(k).map_or("", |t| t.deprel.as_str());
        let verb_kids = self.kids(verb);
        let subject = verb_kids.iter().any(|&k| rel(k) == "nsubj");
        let other = verb_kids
            .iter()
            .any(|&k| k != i && matches!(rel(k), "obj" | "iobj" | "xcomp" | "ccomp" | "aux:pass"));
        // Only the words of the name itself: "called Kim *a madman*" hangs
        // the epithet on the name.
        let own_clause = self
            .kids(i)
            .iter()
            .any(|&k| !matches!(rel(k), "flat" | "compound" | "nmod:desc" | "punct"));
        i > verb && subject && !other && !own_clause
    }

    pub fn len(&self) -> usize {
        self.s.tokens.len()
    }

    /// Lower-cased lemma, falling back to the lower-cased form.
    pub fn lemma(&self, i: usize) -> String {
        match self.s.tokens.get(i) {
            Some(t) if !t.lemma.is_empty() => t.lemma.to_lowercase(),
            Some(t) => t.form.to_lowercase(),
            None => String::new(),
        }
    }

    pub fn form(&self, i: usize) -> &str {
        self.s.tokens.get(i).map(|t| t.form.as_str()).unwrap_or("")
    }

    pub fn upos(&self, i: usize) -> Upos {
        self.s.tokens.get(i).map(|t| t.upos).unwrap_or_default()
    }

    pub fn xpos(&self, i: usize) -> &str {
        if let Some(Some(tag)) = self.retagged.get(i) {
            return tag;
        }
        self.s.tokens.get(i).map(|t| t.xpos.as_str()).unwrap_or("")
    }

    pub fn deprel(&self, i: usize) -> &str {
        if let Some(Some(r)) = self.repaired.get(i) {
            return r;
        }
        self.s
            .tokens
            .get(i)
            .map(|t| t.deprel.as_str())
            .unwrap_or("")
    }

    /// The relation without its subtype (`nmod:poss` → `nmod`).
    pub fn base_rel(&self, i: usize) -> &str {
        let r = self.deprel(i);
        r.split(':').next().unwrap_or(r)
    }

    pub fn head(&self, i: usize) -> Option<usize> {
        self.heads.get(i).copied().flatten()
    }

    pub fn kids(&self, i: usize) -> &[usize] {
        self.kids.get(i).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Children whose relation is exactly one of `rels`.
    pub fn kids_rel<'b>(
        &'b self,
        i: usize,
        rels: &'b [&'b str],
    ) -> impl Iterator<Item = usize> + 'b {
        self.kids(i)
            .iter()
            .copied()
            .filter(move |&k| rels.contains(&self.deprel(k)))
    }

    pub fn first_kid(&self, i: usize, rels: &[&str]) -> Option<usize> {
        self.kids(i)
            .iter()
            .copied()
            .find(|&k| rels.contains(&self.deprel(k)))
    }

    /// The lemma of the `case` (or `mark`) marker of a nominal, if any.
    pub fn case_of(&self, i: usize) -> Option<String> {
        let direct = self
            .kids(i)
            .iter()
            .copied()
            .find(|&k| matches!(self.deprel(k), "case" | "mark"));
        // Parsers sometimes hang the preposition on the phrase's first
        // modifier ("of [23] North Korean missiles" with `of` under `23`):
        // accept a case marker one level down that opens the phrase.
        let nested = || {
            self.kids(i)
                .iter()
                .copied()
                .filter(|&k| k < i)
                .flat_map(|k| self.kids(k).iter().copied())
                .filter(|&g| g < i && self.deprel(g) == "case")
                .min()
        };
        direct.or_else(nested).map(|k| self.lemma(k))
    }

    /// Prepositional dependents (`obl*`, `nmod*` except possessives) of `i`
    /// marked by preposition `p`.
    pub fn prep_kids(&self, i: usize, p: &str) -> Vec<usize> {
        self.kids(i)
            .iter()
            .copied()
            .filter(|&k| {
                let base = self.base_rel(k);
                (base == "obl" || base == "nmod" || base == "advcl" || base == "acl")
                    && self.deprel(k) != "nmod:poss"
                    && self.case_of(k).as_deref() == Some(p)
            })
            .collect()
    }

    /// A verb or auxiliary, not a participle used as a noun ("the
    /// *accused*").
    pub fn is_verbal(&self, i: usize) -> bool {
        (matches!(self.upos(i), Upos::Verb | Upos::Aux) || self.xpos(i).starts_with("VB"))
            && !self.s.participle_as_noun(i)
    }

    /// A noun, name or pronoun, or a participle used as a noun.
    pub fn is_nominal(&self, i: usize) -> bool {
        matches!(self.upos(i), Upos::Noun | Upos::Propn | Upos::Pron)
            || self.s.participle_as_noun(i)
    }

    /// True for a passive verb: it has `nsubj:pass`/`aux:pass`, or it is a
    /// past participle modifying a noun ("soldiers *sent* to Russia").
    pub fn is_passive(&self, i: usize) -> bool {
        self.kids(i)
            .iter()
            .any(|&k| matches!(self.deprel(k), "nsubj:pass" | "aux:pass" | "csubj:pass"))
            // (A participle with a direct object of its own is active: "16
            // states *sued* President Trump" misparsed as a modifier.)
            // (Nor one with a subject of its own: "the men *the army
            // killed*" is a relative clause without its relative word.)
            || (self.deprel(i) == "acl"
                && self.xpos(i) == "VBN"
                && !(self.kids(i).iter().any(|&k| self.deprel(k) == "obj")
                    && self.prep_kids(i, "by").is_empty())
                && self.first_kid(i, &["nsubj"]).is_none())
            || self.is_reduced_raising_passive(i)
            || self.is_bare_participle_passive(i)
            // A participle with an agent phrase, wherever the parser hung
            // it: "entered the city *backed by* air cover".
            || (self.xpos(i) == "VBN"
                && self
                    .kids_rel(i, &["obl:agent"])
                    .any(|a| self.kids_rel(a, &["case"]).any(|c| self.lemma(c) == "by"))
                && self.first_kid(i, &["obj", "nsubj", "aux"]).is_none())
    }

    /// A past participle with no auxiliary or subject of its own that is
    /// passive by position: the second conjunct of a passive ("was arrested
    /// and *charged* with murder") or a participial adjunct ("Tarrant,
    /// 28, appeared in court, *charged* with murder").
    fn is_bare_participle_passive(&self, i: usize) -> bool {
        // (An opening adjunct tagged as a past tense is still a
        // participle: "*Asked* about the deal, the minister said": no
        // finite verb opens a sentence without its subject.)
        let opening = self.deprel(i) == "advcl"
            && self.xpos(i) == "VBD"
            && self.head(i).is_some_and(|h| h > i)
            && (0..i).all(|k| self.upos(k) == Upos::Punct);
        if self.xpos(i) != "VBN" && !opening {
            return false;
        }
        // (A passive takes no direct object: "*fired* missiles" tagged as a
        // participle is still active.)
        let own = self.kids(i).iter().any(|&k| {
            matches!(
                self.deprel(k),
                "aux" | "aux:pass" | "nsubj" | "nsubj:pass" | "cop" | "obj"
            )
        });
        if own {
            return false;
        }
        // A participle coordinated with a finite verb is no second finite
        // verb ("appeared in court, *charged* with murder"), unless
        // something joins it as a second act ("and", "then").
        let bare = !self
            .kids(i)
            .iter()
            .any(|&k| matches!(self.deprel(k), "cc" | "advmod"));
        match self.deprel(i) {
            "conj" => self.head(i).is_some_and(|h| {
                bare && matches!(self.xpos(h), "VBD" | "VBZ" | "VBP")
                    || self.xpos(h) == "VBN"
                        && self
                            .kids(h)
                            .iter()
                            .any(|&k| matches!(self.deprel(k), "aux:pass" | "nsubj:pass"))
            }),
            "advcl" => true,
            _ => false,
        }
    }

    /// "Russians *alleged* to have been involved", "a man *believed* to be
    /// the leader": a verb of saying or thinking with no auxiliary and no
    /// object, followed by a to-infinitive, is a reduced passive (they were
    /// alleged to be involved), whatever tag the parser gave it; its subject
    /// is who the claim is about, not who made it.
    pub fn is_reduced_raising_passive(&self, i: usize) -> bool {
        let raising = matches!(
            self.lemma(i).as_str(),
            "allege" | "believe" | "suspect" | "rumor" | "rumour" | "report" | "think"
        );
        raising
            && matches!(self.xpos(i), "VBD" | "VBN")
            && self.first_kid(i, &["aux", "obj", "ccomp"]).is_none()
            && self.kids_rel(i, &["xcomp"]).any(|x| {
                self.kids(x)
                    .iter()
                    .any(|&m| self.deprel(m) == "mark" && self.lemma(m) == "to")
            })
    }

    /// The conjuncts of `i` (its `conj` dependents), `i` first.
    pub fn with_conjuncts(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut k = 0;
        while let Some(&x) = out.get(k) {
            for c in self.kids_rel(x, &["conj"]) {
                // "Iran, *which backs Assad*, accused Israel": a relative
                // clause the parser hung on its noun as a conjunct holds
                // the relative word; no true conjunct does.
                let relative = self.kids(c).iter().any(|&w| {
                    w < c
                        && matches!(
                            self.form(w).to_lowercase().as_str(),
                            "which" | "who" | "whom"
                        )
                });
                if relative {
                    continue;
                }
                if !out.contains(&c) && out.len() < 8 {
                    out.push(c);
                }
            }
            k += 1;
        }
        out
    }

    /// True when `node` lies under `anchor` without crossing into a
    /// relative clause, a parenthetical or a subject clause: what the
    /// trigger governs, including its complement and adverbial clauses
    /// ("threatened a strike *unless Israel* rescinded").
    pub fn in_clause_of(&self, anchor: usize, node: usize) -> bool {
        let mut cur = node;
        for _ in 0..10 {
            if cur == anchor {
                return true;
            }
            // A conjoined clause with its own subject is another clause
            // ("they occupy a region, but the homeland *covers* Iran").
            // So is an adverbial clause with its own subject ("questioned
            // the timing, given that *Abe* was meeting Khamenei"), but not
            // the condition of a threat or demand, whose subject is its
            // target ("threatened a strike *unless Israel* rescinded").
            let condition = || {
                self.kids_rel(cur, &["mark"])
                    .any(|m| matches!(self.lemma(m).as_str(), "unless" | "if" | "until"))
            };
            // A clause of content with its own subject is another clause
            // too unless it is the anchor's own ("given that *Abe* was
            // meeting"; not "warned that *Iran* would pay").
            let own_subject = self.first_kid(cur, &["nsubj", "nsubj:pass"]).is_some();
            let own_clause = own_subject
                && match self.base_rel(cur) {
                    "conj" => true,
                    "advcl" => !condition(),
                    "ccomp" => self.head(cur) != Some(anchor),
                    _ => false,
                };
            if matches!(self.base_rel(cur), "parataxis" | "csubj" | "list" | "appos")
                || self.deprel(cur) == "acl:relcl"
                || own_clause
            {
                return false;
            }
            match self.head(cur) {
                Some(h) => cur = h,
                None => return false,
            }
        }
        false
    }

    /// Whether `pred` holds for some node on the way up from `node` to
    /// `stop` (exclusive), looking at most `max` nodes: a walk that ends at
    /// the root or at `stop` without a match is false.
    pub fn on_way_up(
        &self,
        node: usize,
        stop: usize,
        max: usize,
        mut pred: impl FnMut(usize) -> bool,
    ) -> bool {
        let mut cur = node;
        for _ in 0..max {
            if cur == stop {
                return false;
            }
            if pred(cur) {
                return true;
            }
            match self.head(cur) {
                Some(h) => cur = h,
                None => return false,
            }
        }
        false
    }

    /// True when `node` is `anchor` or lies anywhere below it, in the
    /// repaired tree (so not `Sentence::dominates`, which reads the raw heads).
    pub fn dominates(&self, anchor: usize, node: usize) -> bool {
        dyad_core::dominates_by(self.len(), |i| self.head(i), anchor, node)
    }

    /// True for a phrase that names a source ("*according to* Reuters"),
    /// never a party to the event.
    pub fn is_source_phrase(&self, i: usize) -> bool {
        // The lemmatiser may give "accord" for "according": test the form.
        let according = |t: usize| self.form(t).eq_ignore_ascii_case("according");
        self.kids(i).iter().any(|&k| {
            self.deprel(k) == "case" && (according(k) || self.kids(k).iter().any(|&f| according(f)))
        })
    }

    /// True for a phrase that gives something a name rather than naming a
    /// party: "a home *known as the Blue House*", "a unit *dubbed* the
    /// Wagner group", "an operation *called* Peace Spring". The name's
    /// bearer may be anything; the words are not an actor mention.
    pub fn is_given_name(&self, i: usize) -> bool {
        let Some(h) = self.head(i) else {
            return false;
        };
        let naming = matches!(
            self.lemma(h).as_str(),
            "know" | "call" | "dub" | "name" | "nickname" | "term" | "label" | "brand" | "title"
        );
        if !naming {
            return false;
        }
        // "known *as* X", "referred to as X" under a naming participle.
        let as_phrase = self.case_of(i).as_deref() == Some("as");
        // "a home *called* X": the participle's complement, not its object
        // ("Trump called *Kim*" names whom he called).
        let complement = matches!(self.deprel(i), "xcomp" | "obj")
            && self.xpos(h) == "VBN"
            && self.deprel(h) == "acl";
        as_phrase || complement
    }

    /// True when the word is inflected (a past or present participle,
    /// a past or third-person verb, a plural noun), so that stripping a
    /// suffix can recover its base.
    pub fn is_inflected(&self, i: usize) -> bool {
        matches!(self.xpos(i), "VBD" | "VBN" | "VBG" | "VBZ" | "NNS" | "NNPS")
    }

    /// Depth of `i` below the root (0 for the root); bounded against cycles.
    pub fn depth(&self, i: usize) -> usize {
        let mut d = 0;
        let mut cur = i;
        while let Some(h) = self.head(cur) {
            d += 1;
            cur = h;
            if d > self.len() {
                break;
            }
        }
        d
    }

    /// True when `node` lies in the clause `anchor` embeds as its content
    /// (a complement, a parataxis, a quotation it reports): "\"*Kerry*
    /// should remove Kennedy,\" they *said*".
    pub fn in_content_of(&self, anchor: usize, node: usize) -> bool {
        let mut cur = node;
        for _ in 0..self.len() {
            let Some(h) = self.head(cur) else {
                return false;
            };
            if h == anchor {
                return matches!(self.base_rel(cur), "ccomp" | "parataxis" | "csubj");
            }
            cur = h;
        }
        false
    }
}
