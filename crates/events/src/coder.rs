//! The matcher: patterns over dependency trees, arguments to actor mentions,
//! auxiliary modes, and the PLOVER records built from them.

use crate::category::{Category, Quad};
use crate::confidence::Signals;
use crate::pattern::{Dictionary, Pattern, Slot, TriggerPos};
use crate::record::{ByteSpan, Entity, Event};
use crate::tree::Tree;
use dyad_actors::{Mention, MentionKind};
use dyad_core::Document;
use std::collections::BTreeSet;

/// How an event was dated, for `Event::date_source`.
#[derive(Debug, Clone)]
pub struct Dating {
    /// YYYY-MM-DD.
    pub value: Option<String>,
    /// `expression`, `context`, `document` or `unknown`.
    pub source: String,
}

/// A pattern that matched at a trigger token, with the tokens it consumed.
#[derive(Debug, Clone)]
struct Hit<'p> {
    tok: usize,
    pat: &'p Pattern,
    /// The theme token (object of a verb, of-phrase or compound of a noun).
    theme: Option<usize>,
    /// The particle token ("up" in "blow up", "for" in "call for").
    particle: Option<usize>,
}

/// An event under construction, before records are written.
#[derive(Debug, Clone)]
struct Draft<'p> {
    hit: Hit<'p>,
    category: Category,
    mode: Option<String>,
    actor: Vec<Entity>,
    recipient_groups: Vec<Vec<Entity>>,
    aux: BTreeSet<&'static str>,
    confidence: f32,
    comment: Option<String>,
    /// Index of the draft this one is the complement of ("threatened to *cut*").
    governor: Option<usize>,
    absorbed: bool,
    /// How the actor was found (see [`Signals::actor_via`]).
    actor_via: &'static str,
    /// How the recipient was found (see [`Signals::recipient_via`]).
    recipient_via: &'static str,
    /// A reporting clause that yielded primacy to the event it reports.
    demoted: bool,
}

/// The matcher over one sentence.
struct Matcher<'a, 'p> {
    dict: &'p Dictionary,
    doc: &'a Document,
    si: usize,
    t: Tree<'a>,
    mentions: Vec<&'a Mention>,
    /// Place mentions of the sentence (never actors; a visit's host).
    places: Vec<&'a Mention>,
    /// Quoted byte spans of the document.
    quotes: &'a [(usize, usize)],
}

impl<'a, 'p> Matcher<'a, 'p> {
    // ---------------------------------------------------------------- triggers

    /// A word tagged as an adjective that the parse itself uses as a noun:
    /// an argument of a verb with a determiner of its own ("launched *a
    /// military offensive*"). Words such as "offensive" are both.
    fn is_mistagged_noun(&self, i: usize) -> bool {
        // ("held *a rally*" with "rally" tagged an adverb.)
        matches!(self.t.upos(i), dyad_core::Upos::Adj | dyad_core::Upos::Adv)
            && matches!(self.t.deprel(i), "obj" | "nsubj" | "nsubj:pass" | "obl")
            && self.t.first_kid(i, &["det"]).is_some()
    }

    fn pos_ok(&self, i: usize, pos: TriggerPos) -> bool {
        match pos {
            TriggerPos::Verb => self.t.is_verbal(i) && !self.bare_form_as_past(i),
            TriggerPos::Noun => {
                matches!(self.t.upos(i), dyad_core::Upos::Noun) || self.is_mistagged_noun(i)
            }
            TriggerPos::Adj => matches!(self.t.upos(i), dyad_core::Upos::Adj),
        }
    }

    /// A word tagged as a past tense that is spelled as its own base form
    /// while its verb has a past of its own: a noun the tagger made a
    /// verb ("MSNBC *host* Stephanie Ruhle said").
    fn bare_form_as_past(&self, i: usize) -> bool {
        const SAME_PAST: &[&str] = &[
            "beat",
            "bet",
            "bid",
            "broadcast",
            "burst",
            "cast",
            "cost",
            "cut",
            "forecast",
            "hit",
            "hurt",
            "let",
            "put",
            "quit",
            "read",
            "rid",
            "set",
            "shed",
            "shut",
            "slit",
            "split",
            "spread",
            "thrust",
            "upset",
            "wed",
        ];
        let form = self.t.form(i).to_lowercase();
        self.t.xpos(i) == "VBD" && form == self.t.lemma(i) && !SAME_PAST.contains(&form.as_str())
    }

    /// Lemma match tolerant of inflection and lemmatizer slips ("talks" for
    /// "talk", "troops" for "troop").
    fn lemma_in(&self, i: usize, words: &[String]) -> bool {
        // `@person`: the word is a person named or titled ("fired *Bolton*",
        // "fired his *vice president*"); `@actor`: any actor with a country;
        // any other `@name`: a word list (`@negative`).
        for w in words.iter().filter(|w| w.starts_with('@')) {
            let covered = self.mentions.iter().filter(|m| m.start <= i && i < m.end);
            let hit = match w.as_str() {
                "@person" => covered.clone().any(|m| {
                    m.kind == MentionKind::Person
                        || m.entry.starts_with("person:")
                        || m.entry.starts_with("adhoc:")
                }),
                "@actor" => covered.clone().any(|m| m.code.country.is_some()),
                // Any other `@name` is a word list of the dictionary.
                list => {
                    let name = list.trim_start_matches('@');
                    self.dict.in_list(name, &self.t.lemma(i))
                        || self.dict.in_list(name, &self.t.form(i).to_lowercase())
                }
            };
            if hit {
                return true;
            }
        }
        let l = self.t.lemma(i);
        let f = self.t.form(i).to_lowercase();
        // A two-word name written `tear_gas`: the head with its modifier
        // right before it ("fired *tear gas*", not "chlorine gas").
        let two_words = words
            .iter()
            .filter_map(|w| w.split_once('_'))
            .any(|(m, h)| {
                (h == l || h == f)
                    && i.checked_sub(1).is_some_and(|p| {
                        self.t.head(p) == Some(i)
                            && (self.t.lemma(p) == m || self.t.form(p).eq_ignore_ascii_case(m))
                    })
            });
        if two_words {
            return true;
        }
        let noun = self.t.is_nominal(i);
        words.iter().any(|w| *w == l || *w == f)
            || base_forms(&f, noun)
                .iter()
                .chain(base_forms(&l, noun).iter())
                .any(|c| words.contains(c))
    }

    /// True when the preposition `c` comes after the verb `i` with only
    /// adverbs and the verb's object between ("called *on* Iran", "called
    /// repeatedly *for*", "held two ministers *in* contempt"), so that
    /// "called off its search late *on* Tuesday" is not "call on".
    /// A prepositional verb whose preposition introduces its own object
    /// ("call *for*", "speak *against*") takes no object before it: "called
    /// the race *for* a candidate" is no call for anything.
    fn follows_verb(&self, i: usize, c: usize) -> bool {
        let own_object = match self.t.lemma(c).as_str() {
            "for" | "upon" | "against" | "with" => true,
            "on" => self.t.lemma(i) != "fire",
            _ => false,
        };
        let obj = self
            .t
            .first_kid(i, &["obj"])
            .filter(|&o| !own_object || o > c);
        // ("spoke *Friday* with": a date between is no obstacle.)
        let date = self
            .t
            .kids(i)
            .iter()
            .copied()
            .find(|&d| d > i && d < c && self.names_a_date(d));
        c > i
            && (i + 1..c).all(|t| {
                matches!(self.t.upos(t), dyad_core::Upos::Adv | dyad_core::Upos::Part)
                    || obj.is_some_and(|o| self.t.dominates(o, t))
                    || date.is_some_and(|d| self.t.dominates(d, t))
            })
    }

    /// The particle token for a verb-particle or verb-preposition trigger.
    /// Phrase `k` names a day, month or year ("April 27, 2014", "Monday",
    /// "2014"): its head or a word it governs is a calendar word, or it is a
    /// year.
    fn names_a_date(&self, k: usize) -> bool {
        let calendar = |x: usize| {
            self.dict
                .in_list("calendar", &self.t.lemma(x).to_lowercase())
        };
        let year = |x: usize| {
            let f = self.t.form(x);
            f.len() == 4 && f.bytes().all(|b| b.is_ascii_digit())
        };
        calendar(k)
            || year(k)
            || (self.t.upos(k) == dyad_core::Upos::Num
                && self.t.kids(k).iter().any(|&c| calendar(c)))
    }

    fn particle(&self, i: usize, p: &str) -> Option<(usize, Option<usize>)> {
        for &k in self.t.kids(i) {
            if self.t.deprel(k) == "compound:prt" && self.t.lemma(k) == p {
                return Some((k, None));
            }
        }
        // "call for X": the preposition marks a dependent that becomes the theme.
        for &k in self.t.kids(i) {
            let base = self.t.base_rel(k);
            // Not a date: "fires a grenade *on* April 27" fires at no one.
            if matches!(base, "obl" | "obj" | "nmod" | "advcl" | "xcomp") && !self.names_a_date(k) {
                if let Some(c) = self.t.kids(k).iter().copied().find(|&c| {
                    matches!(self.t.deprel(c), "case" | "mark")
                        && self.t.lemma(c) == p
                        && self.follows_verb(i, c)
                }) {
                    return Some((c, Some(k)));
                }
            }
        }
        // "blamed the attack *on* Israel": the parser hangs the phrase on
        // the object; for a verb of laying blame it is the verb's.
        if p == "on" && self.dict.in_list("blame_on", &self.trigger_key(i)) {
            if let Some(o) = self.t.first_kid(i, &["obj"]) {
                let last_on = self
                    .t
                    .kids_rel(o, &["nmod"])
                    .filter_map(|k| {
                        let c = self
                            .t
                            .kids_rel(k, &["case"])
                            .find(|&c| self.t.lemma(c) == "on")?;
                        Some((c, Some(k)))
                    })
                    .last();
                if last_on.is_some() {
                    return last_on;
                }
            }
        }
        // "spoke *by telephone with* X", "talked on the phone with X": the
        // parser hangs the partner on the medium.
        if p == "with" {
            for m in self.t.kids_rel(i, &["obl"]) {
                if !matches!(
                    self.t.lemma(m).as_str(),
                    "phone" | "telephone" | "video" | "videoconference" | "videolink" | "line"
                ) {
                    continue;
                }
                for k in self.t.kids_rel(m, &["nmod"]) {
                    if let Some(c) = self
                        .t
                        .kids_rel(k, &["case"])
                        .find(|&c| self.t.lemma(c) == "with")
                    {
                        return Some((c, Some(k)));
                    }
                }
            }
        }
        // A particle tagged as an adverb ("blew *up*", "carried *out*").
        self.t
            .kids(i)
            .iter()
            .copied()
            .find(|&k| self.t.deprel(k) == "advmod" && self.t.lemma(k) == p)
            .map(|k| (k, None))
    }

    /// Whether conjunct `c` of `a` is the last of a list of places that
    /// opened inside a locative phrase of `a` ("the Islamic State *in Iraq
    /// and Syria*"): the word before its conjunction is a place the phrase
    /// names, and `c` is itself a place or a country.
    fn ends_a_place_list(&self, a: usize, c: usize) -> bool {
        let place = |k: usize| {
            self.mention_below(k)
                .is_some_and(|m| m.start <= k && k < m.end && self.is_placed(m))
                || self.is_locative(k)
        };
        let Some(cc) = self.t.kids_rel(c, &["cc"]).next() else {
            return false;
        };
        let Some(before) = cc.checked_sub(1) else {
            return false;
        };
        let in_phrase = self.t.kids_rel(a, &["nmod", "obl"]).any(|n| {
            matches!(
                self.t.case_of(n).as_deref(),
                Some("in" | "across" | "throughout" | "inside" | "near")
            ) && (n == before || self.t.dominates(n, before))
        });
        let country_name = |k: usize| {
            self.mention_below(k).is_some_and(|m| {
                m.start <= k && k < m.end && m.code.country.is_some() && m.code.sector.is_none()
            })
        };
        let named_place = |k: usize| {
            self.mention_below(k)
                .is_some_and(|m| m.start <= k && k < m.end && m.kind == MentionKind::Place)
        };
        in_phrase && (named_place(before) || country_name(before)) && (place(c) || country_name(c))
    }

    /// "bombed the town*, killing* 20 civilians": an unmarked participle
    /// after a comma that the parser hung on the verb's object rather than
    /// on the verb.
    fn clause_participle(&self, i: usize) -> bool {
        self.t.deprel(i) == "acl"
            && self.t.xpos(i) == "VBG"
            && i.checked_sub(1).is_some_and(|p| self.t.form(p) == ",")
            && self.t.kids_rel(i, &["mark", "case"]).next().is_none()
            && self.t.head(i).is_some_and(|h| {
                matches!(self.t.base_rel(h), "obj" | "obl")
                    && self.t.head(h).is_some_and(|v| self.t.is_verbal(v))
            })
    }

    /// A relative clause whose gap is its object: "the evidence Mueller
    /// *gathered*" (own subject, no object, not a clause of place or time:
    /// "the square where crowds *gathered*", "the day they *gathered*").
    fn object_gap(&self, i: usize) -> bool {
        let relative = |k: usize| {
            matches!(
                self.t.lemma(k).as_str(),
                "who" | "which" | "that" | "where" | "when" | "whom" | "why"
            )
        };
        self.t.deprel(i) == "acl:relcl"
            && self.t.first_kid(i, &["obj"]).is_none()
            && self.t.kids_rel(i, &["nsubj"]).any(|s| !relative(s))
            && !self.t.kids(i).iter().any(|&k| relative(k))
            && self.t.head(i).is_some_and(|h| {
                let l = self.t.lemma(h);
                !self.dict.in_list("calendar", &l)
                    && !matches!(
                        l.as_str(),
                        "day"
                            | "time"
                            | "moment"
                            | "place"
                            | "square"
                            | "city"
                            | "street"
                            | "site"
                            | "area"
                            | "spot"
                            | "way"
                            | "reason"
                            | "night"
                            | "week"
                            | "year"
                            | "month"
                            | "hour"
                    )
            })
    }

    /// The logical object of a verb: `obj`, the passive subject, or the noun a
    /// participle or a relative clause without its relative word modifies.
    fn logical_obj(&self, i: usize) -> Option<usize> {
        if let Some(o) = self.t.first_kid(i, &["obj"]) {
            // "Iran, *which* Mattis has called a threat": a relative
            // pronoun object stands for the noun the clause modifies.
            let relative = matches!(self.t.lemma(o).as_str(), "which" | "that" | "whom" | "who");
            if relative && self.t.deprel(i) == "acl:relcl" {
                return self.t.head(i);
            }
            return Some(o);
        }
        if let Some(o) = self.object_misparsed_as_predicate(i) {
            return Some(o);
        }
        // A noun the parser took for a complement ("called off a strike"
        // with `strike` as xcomp) is the object.
        if let Some(o) = self
            .t
            .kids_rel(i, &["xcomp"])
            .find(|&x| self.t.upos(x) == dyad_core::Upos::Noun)
        {
            return Some(o);
        }
        if let Some(o) = self.t.first_kid(i, &["nsubj:pass"]) {
            return Some(o);
        }
        // "Russians *alleged* to have been involved": the subject of a
        // reduced passive is who the claim is about.
        if self.t.is_reduced_raising_passive(i) {
            return self.t.first_kid(i, &["nsubj"]);
        }
        // A passive sharing its subject with the verb it hangs on: "Turkey
        // is under sanctions and *was condemned*", "journalists were
        // injured after *being attacked*": that subject underwent it.
        // ("Troops entered the city *backed by* air cover": the troops
        // were backed.)
        if self.t.is_passive(i) && matches!(self.t.base_rel(i), "conj" | "advcl" | "xcomp") {
            let h = self.t.head(i)?;
            // "Turkey detained *Mehmet Tarkanoglu*, accused by prosecutors
            // of a plot": a bare participle right after the object's phrase
            // and a comma describes that object, not the clause's subject.
            let after_object = self.t.base_rel(i) == "advcl"
                && self.t.first_kid(i, &["mark"]).is_none()
                && i.checked_sub(1).is_some_and(|c| self.t.form(c) == ",");
            if let Some(o) = self.t.first_kid(h, &["obj"]).filter(|&o| {
                after_object && o < i && i.checked_sub(2).is_some_and(|e| self.t.dominates(o, e))
            }) {
                return Some(o);
            }
            // (Also a name the parser joined to the clause as a conjunct
            // or an apposition: "wanted extradited: the cleric *Fethullah
            // Gulen*, accused by Turkey"; not a phrase with a preposition,
            // "appeared *in court*, charged with murder".)
            let mut n = i.checked_sub(2).filter(|_| after_object);
            while let Some(x) = n.filter(|&x| matches!(self.t.deprel(x), "flat" | "compound")) {
                n = self.t.head(x).filter(|&y| y > x && y < i);
            }
            if let Some(x) = n.filter(|&x| {
                self.t.upos(x) == dyad_core::Upos::Propn
                    && matches!(self.t.base_rel(x), "conj" | "appos")
                    && self.t.case_of(x).is_none()
            }) {
                return Some(x);
            }
            if self.t.is_verbal(h) || self.t.first_kid(h, &["cop"]).is_some() {
                return self.t.first_kid(h, &["nsubj:pass", "nsubj"]);
            }
        }
        if self.t.deprel(i) == "acl" && self.t.xpos(i) == "VBN" {
            return self.t.head(i);
        }
        // "the deal *the United Kingdom has struck*": a relative clause
        // with no relative word and a subject of its own leaves out its
        // object, which is the noun the clause modifies.
        if self.t.deprel(i) == "acl:relcl"
            && !self.t.is_passive(i)
            && self.t.first_kid(i, &["ccomp", "xcomp", "iobj"]).is_none()
            && !self
                .t
                .kids(i)
                .iter()
                .any(|&k| self.t.xpos(k).starts_with('W') || self.t.lemma(k) == "that")
        {
            let h = self.t.head(i)?;
            let subject = self.t.first_kid(i, &["nsubj"])?;
            if h < subject && self.t.upos(h) == dyad_core::Upos::Noun {
                return Some(h);
            }
        }
        None
    }

    /// Candidate theme tokens of a trigger.
    fn theme_candidates(&self, i: usize, pos: TriggerPos, prt_obj: Option<usize>) -> Vec<usize> {
        let mut v = Vec::new();
        if let Some(p) = prt_obj {
            v.push(p);
        }
        match pos {
            TriggerPos::Verb | TriggerPos::Adj => {
                if let Some(o) = self.logical_obj(i) {
                    v.push(o);
                }
                // "sent 3,000 of its soldiers": look through a quantity head
                // (not through any of-phrase: "defied the predictions *of
                // the government*" did not defy the government).
                // Nor through a noun that only says what kind of thing the
                // of-phrase is ("declared a *state* of emergency").
                if let Some(o) = self.logical_obj(i) {
                    let quantity = matches!(self.t.upos(o), dyad_core::Upos::Num)
                        || self.dict.in_list("quantity", &self.t.lemma(o))
                        || self.dict.in_list("kind_of", &self.t.lemma(o));
                    if quantity {
                        v.extend(self.t.prep_kids(o, "of"));
                    }
                }
                // "vowed *to exact revenge*": the object of a support verb
                // in the infinitive is what was vowed.
                for x in self.t.kids_rel(i, &["xcomp"]).collect::<Vec<_>>() {
                    if self.dict.in_list("light", &self.t.lemma(x)) {
                        v.extend(self.t.first_kid(x, &["obj"]));
                    }
                }
            }
            TriggerPos::Noun => {
                v.extend(self.t.prep_kids(i, "of"));
                v.extend(self.t.kids_rel(i, &["compound", "amod"]));
            }
        }
        let mut out = Vec::new();
        for x in v {
            for c in self.t.with_conjuncts(x) {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
        out
    }

    /// The direct object of `i`, else its only indirect object: the parser
    /// may call the one object of a verb followed by a clause or an
    /// infinitive an indirect one ("warned *the United States* that ...",
    /// "wants *the United States* to withdraw").
    fn object_or_sole_iobj(&self, i: usize) -> Option<usize> {
        self.t
            .first_kid(i, &["obj"])
            .or_else(|| {
                let mut iobj = self.t.kids_rel(i, &["iobj"]);
                match (iobj.next(), iobj.next()) {
                    (Some(k), None) => Some(k),
                    _ => None,
                }
            })
            .or_else(|| self.object_misparsed_as_predicate(i))
    }

    /// "called *Kim* a madman" parsed as two predicates: the first, a name
    /// or pronoun right after the verb and followed by a second nominal
    /// predicate, is the object the second is said of.
    fn object_misparsed_as_predicate(&self, i: usize) -> Option<usize> {
        use dyad_core::Upos;
        let nominal = |k: usize| matches!(self.t.upos(k), Upos::Propn | Upos::Pron | Upos::Noun);
        let mut preds = self
            .t
            .kids_rel(i, &["xcomp"])
            .filter(|&k| k > i && nominal(k));
        let (first, second) = (preds.next()?, preds.next()?);
        (matches!(self.t.upos(first), Upos::Propn | Upos::Pron)
            && first < second
            && (i + 1..first).all(|k| self.t.head(k) == Some(first)))
        .then_some(first)
    }

    /// "wants *Israel* to *halt* attacks": the verb has an object (or one
    /// indirect object, as the parser may call it) followed by an
    /// infinitive complement whose verb some verb pattern triggers on, so
    /// the one named is asked for an act, not wished a state.
    fn asks_another_to_act(&self, i: usize) -> bool {
        let Some(o) = self.object_or_sole_iobj(i) else {
            return false;
        };
        self.t.kids_rel(i, &["xcomp"]).any(|c| {
            c > o
                && self.t.upos(c) == dyad_core::Upos::Verb
                && self
                    .t
                    .kids_rel(c, &["mark"])
                    .any(|m| self.t.lemma(m) == "to")
                && self
                    .dict
                    .for_lemma(&self.t.lemma(c))
                    .any(|q| q.pos == TriggerPos::Verb)
        })
    }

    /// An infinitive complement under the trigger: "encouraged Zelensky *to
    /// investigate*" (a that-clause is reported speech: "told TASS *that*").
    fn has_complement(&self, i: usize) -> bool {
        // A that-clause misparsed as an xcomp ("told Fox News *that*
        // bombers were used", "tells Steve that the notion ... to go") is
        // a report, not an infinitive.
        let finite_mark = |c: usize| {
            self.t.upos(c) == dyad_core::Upos::Sconj
                || self
                    .t
                    .kids_rel(c, &["mark"])
                    .any(|m| matches!(self.t.lemma(m).as_str(), "that" | "whether" | "if"))
        };
        self.t.kids_rel(i, &["xcomp"]).any(|c| !finite_mark(c))
            || self.t.kids_rel(i, &["acl", "advcl"]).any(|c| {
                self.t
                    .kids_rel(c, &["mark"])
                    .any(|m| self.t.lemma(m) == "to")
            })
    }

    /// "agreed *with* X" sharing X's view: a with-phrase and no commitment
    /// (no object, no to-infinitive, no on/to/upon phrase).
    fn shares_a_view(&self, i: usize) -> bool {
        let with = self.t.prep_kids(i, "with");
        // "agreed with the EU *to resume* talks", the infinitive parsed
        // under the partner, is a commitment; "agreed with the *need* to
        // act" shares a view.
        let commitment = with.iter().any(|&w| {
            !matches!(
                self.t.lemma(w).as_str(),
                "need"
                    | "view"
                    | "assessment"
                    | "decision"
                    | "position"
                    | "idea"
                    | "proposal"
                    | "approach"
                    | "notion"
                    | "statement"
                    | "conclusion"
                    | "argument"
                    | "call"
                    | "plan"
                    | "demand"
                    | "sentiment"
                    | "criticism"
                    | "analysis"
            ) && self.has_complement(w)
        });
        !with.is_empty()
            && !commitment
            && !self.has_complement(i)
            && self.t.first_kid(i, &["obj"]).is_none()
            && ["on", "to", "upon", "over"]
                .iter()
                .all(|p| self.t.prep_kids(i, p).is_empty())
    }

    /// The noun is the object of a support verb ("*filed* a lawsuit").
    fn under_light_verb(&self, i: usize) -> bool {
        matches!(self.t.deprel(i), "obj" | "nsubj:pass")
            && self
                .t
                .head(i)
                .is_some_and(|h| self.dict.in_list("light", &self.t.lemma(h)))
    }

    /// A secondary predicate from `words` on the trigger's object or clause:
    /// "ruled the practice *unconstitutional*", "found the prorogation to be
    /// *unlawful*", "called it a *non-starter*".
    fn has_predicate(&self, i: usize, words: &[String]) -> bool {
        // A complement clause the parser split off after a long object
        // ("ruled the government's practice of ... *is unconstitutional*")
        // hangs as `parataxis`, or as a subjectless copular `conj`.
        let split_off = |c: usize| {
            self.t.deprel(c) == "parataxis"
                || (self.t.deprel(c) == "conj"
                    && self.t.first_kid(c, &["cop"]).is_some()
                    && self.t.first_kid(c, &["nsubj", "nsubj:pass"]).is_none())
        };
        // An adjective after the object is a predicate the parser took for
        // a modifier (English puts modifiers first): "called the
        // president's actions *unconstitutional*".
        let postposed = self.t.kids_rel(i, &["obj"]).any(|o| {
            self.t
                .kids_rel(o, &["amod"])
                .any(|k| k > o && self.lemma_in(k, words))
        });
        postposed
            || self
                .t
                .kids_rel(i, &["xcomp", "ccomp", "obl", "advcl", "parataxis", "conj"])
                .filter(|&c| self.t.deprel(c) != "conj" || split_off(c))
                .any(|c| {
                    self.lemma_in(c, words)
                        || self
                            .t
                            .kids_rel(c, &["amod", "conj", "advmod", "appos"])
                            .any(|k| self.lemma_in(k, words))
                })
    }

    /// Whether `theme` is verb `i`'s direct object with nothing said of it:
    /// no clause or apposition on it and no noun phrase or quotation right
    /// after it ("*called* Putin on Tuesday", not "*calling* Abedi a
    /// soldier" or "*called* the president who fired him a liar").
    fn object_stands_alone(&self, i: usize, theme: Option<usize>) -> bool {
        let Some(o) = theme else {
            return false;
        };
        if self.t.deprel(o) != "obj" || self.t.head(o) != Some(i) {
            return false;
        }
        let name_words = [
            "flat",
            "compound",
            "nmod:desc",
            "det",
            "amod",
            "nmod:poss",
            "punct",
        ];
        // A plural noun is no title of the one named ("called *comments*
        // Ann Roe made ...": a misparsed clause).
        let foreign = |k: usize| {
            !name_words.contains(&self.t.deprel(k))
                || (self.t.deprel(k) == "compound" && self.t.xpos(k) == "NNS")
        };
        if self.t.kids(o).iter().any(|&k| foreign(k)) {
            return false;
        }
        let mut end = o;
        let mut stack = vec![o];
        while let Some(k) = stack.pop() {
            end = end.max(k);
            stack.extend(self.t.kids(k).iter().copied());
        }
        let next = end + 1;
        if next >= self.t.len() {
            return true;
        }
        let quote = matches!(self.t.form(next), "\"" | "“" | "'" | "‘" | "«");
        !quote
            && !matches!(
                self.t.upos(next),
                dyad_core::Upos::Det
                    | dyad_core::Upos::Noun
                    | dyad_core::Upos::Propn
                    | dyad_core::Upos::Adj
                    | dyad_core::Upos::Num
            )
    }

    /// Whether what verb `i` asserts (everything below it but its subject)
    /// names wrongdoing: a word of the `negative` or `wrongdoing` lists
    /// ("claimed widespread voter *fraud*", "claimed the move was meant to
    /// *foil* the opposition").
    fn asserts_wrongdoing(&self, i: usize) -> bool {
        let mut stack: Vec<usize> = self
            .t
            .kids(i)
            .iter()
            .copied()
            .filter(|&k| !matches!(self.t.base_rel(k), "nsubj" | "punct" | "aux" | "advmod"))
            .collect();
        // A sentence holds at most `MAX_SENTENCE_TOKENS` words: the walk is
        // bounded by the sentence.
        let mut seen = 0;
        while let Some(k) = stack.pop() {
            seen += 1;
            if seen > self.t.len() {
                break;
            }
            let (l, f) = (self.t.lemma(k), self.t.form(k).to_lowercase());
            if ["negative", "wrongdoing"]
                .iter()
                .any(|list| self.dict.in_list(list, &l) || self.dict.in_list(list, &f))
            {
                return true;
            }
            stack.extend(self.t.kids(k).iter().copied());
        }
        false
    }

    /// The reported clause under speech verb `i` that charges its own
    /// subject with wrongdoing (see `need=charge`): returns that subject.
    /// The clause must be asserted (no modal, no question, no negation) and
    /// its subject a party other than the speaker ("I", "we" and the
    /// speaker's own words are not charged).
    fn charged_clause(&self, i: usize) -> Option<usize> {
        // "You're *not prepared to say* Putin violated the rules?": a charge
        // not made is none.
        let modes = self.aux_modes(i);
        if ["negation", "hypothetical", "future"]
            .iter()
            .any(|m| modes.contains(m))
        {
            return None;
        }
        let clause = self.t.kids_rel(i, &["ccomp", "parataxis"]).find(|&c| {
            self.t
                .kids_rel(c, &["aux", "advmod"])
                .all(|a| !matches!(self.t.xpos(a), "MD") && self.t.lemma(a) != "not")
                && self
                    .t
                    .first_kid(c, &["mark"])
                    .is_none_or(|m| self.t.lemma(m) == "that")
        })?;
        let subj = self.t.first_kid(clause, &["nsubj"])?;
        if matches!(
            self.t.lemma(subj).as_str(),
            "i" | "we" | "you" | "it" | "this" | "that" | "there"
        ) {
            return None;
        }
        let party = self
            .mention_below(subj)
            .filter(|m| m.code.country.is_some())?;
        // The speaker's own side is not charged ("Iran deeply regrets this
        // mistake", said Iran's president).
        let speaker = self
            .subject(i, 0)
            .and_then(|s| self.mention_below(s))
            .and_then(|m| m.code.country.clone());
        let pronoun = self.t.upos(subj) == dyad_core::Upos::Pron;
        if speaker.is_some()
            && speaker == party.code.country
            && (pronoun || party.code.sector.is_none())
        {
            return None;
        }
        let charge = |k: usize| {
            let (l, f) = (self.t.lemma(k), self.t.form(k).to_lowercase());
            self.dict.in_list("charge", &l) || self.dict.in_list("charge", &f)
        };
        // The clause's predicate, its objects and complements, and their
        // modifiers: what the subject is said to do or be.
        let mut words = vec![clause];
        for k in self
            .t
            .kids_rel(clause, &["obj", "xcomp", "obl", "advmod", "conj"])
        {
            words.push(k);
            words.extend(self.t.kids_rel(k, &["amod", "compound", "obj"]));
            // A manner phrase the parser hung on the object ("treats the
            // rule of law *with utter contempt*").
            for n in self.t.kids_rel(k, &["nmod"]) {
                words.extend(
                    self.t
                        .kids_rel(n, &["nmod"])
                        .filter(|&m| self.t.case_of(m).as_deref() == Some("with")),
                );
            }
        }
        words.into_iter().any(charge).then_some(subj)
    }

    /// The clause below `i` whose verb carries one of `modals` ("Sudan
    /// *must* return"): a complement, or, when the parser attached it
    /// elsewhere, any verb within three arcs. The first verb on each path
    /// is the clause: a modal further down belongs to another clause
    /// ("warned that Trump was threatening war crimes by insinuating that
    /// sites *could* be targeted" is a warning, not a threat).
    /// `c` is "need to" or "have to" with a `to`-infinitive under it and the
    /// frame lists that verb: "Britain *needs to* clarify", "Britain *will
    /// have to* meet conditions" ask as "must" does (under a reporting verb
    /// "had to" is the same demand, shifted). Negated ("does not need
    /// to"), they ask nothing.
    fn semi_modal(&self, c: usize, modals: &[String]) -> bool {
        let lemma = self.t.lemma(c);
        let lemma = lemma.as_str();
        if !matches!(lemma, "need" | "have") || !modals.iter().any(|m| m == lemma) {
            return false;
        }
        let to_clause = self.t.kids_rel(c, &["xcomp"]).any(|x| {
            self.t
                .kids_rel(x, &["mark"])
                .any(|m| self.t.lemma(m) == "to")
        });
        // "had *no motive* to kill" with the infinitive hung on the verb:
        // a thing had, not an obligation.
        if self.t.first_kid(c, &["obj"]).is_some() {
            return false;
        }
        let negated = self
            .t
            .kids_rel(c, &["advmod"])
            .any(|a| matches!(self.t.lemma(a).as_str(), "not" | "never" | "n't"));
        to_clause && !negated
    }

    fn modal_clause(&self, i: usize, modals: &[String]) -> Option<usize> {
        let mut frontier = vec![i];
        for _ in 0..3 {
            let mut next = Vec::new();
            for &x in &frontier {
                for &c in self.t.kids(x) {
                    if !self.t.is_verbal(c) {
                        next.push(c);
                        continue;
                    }
                    // A perfect after the modal ("should *have* been done")
                    // judges the past; it asks nothing of anyone.
                    let perfect = self
                        .t
                        .kids_rel(c, &["aux"])
                        .any(|a| self.t.lemma(a) == "have");
                    // "*should they* be confirmed": a modal before its
                    // subject states a condition.
                    let inverted = self
                        .t
                        .first_kid(c, &["nsubj", "nsubj:pass"])
                        .is_some_and(|s| {
                            self.t
                                .kids_rel(c, &["aux", "aux:pass"])
                                .any(|a| a < s && self.lemma_in(a, modals))
                        });
                    if !perfect
                        && !inverted
                        && self
                            .t
                            .kids_rel(c, &["aux"])
                            .any(|a| self.lemma_in(a, modals))
                    {
                        return Some(c);
                    }
                    // "need to" only as the reported clause itself or a
                    // conjunct of it, not deeper ("he decides where he
                    // *needs to* go").
                    let reported = x == i && matches!(self.t.base_rel(c), "ccomp" | "parataxis");
                    if !perfect
                        && !inverted
                        && (reported || self.t.base_rel(c) == "conj")
                        && self.semi_modal(c, modals)
                    {
                        return Some(c);
                    }
                    // A verb coordinated with the clause shares its modal
                    // position ("must stop and *withdraw*"), nothing below.
                    if self.t.base_rel(c) == "conj" {
                        next.push(c);
                    }
                    // The reported clause's own conjuncts, each with its own
                    // modal ("Washington can join the talks but *must* lift
                    // sanctions first").
                    if reported {
                        let modal_conjunct = self.t.kids_rel(c, &["conj"]).find(|&d| {
                            self.t.is_verbal(d)
                                && self
                                    .t
                                    .kids_rel(d, &["aux"])
                                    .any(|a| self.lemma_in(a, modals))
                                && !self
                                    .t
                                    .kids_rel(d, &["aux"])
                                    .any(|a| self.t.lemma(a) == "have")
                        });
                        if modal_conjunct.is_some() {
                            return modal_conjunct;
                        }
                    }
                }
            }
            frontier = next;
        }
        None
    }

    /// The dictionary key for token `i`: its lemma, or, when the lemmatizer
    /// produced something no pattern knows ("extradit", "upgrad"), the
    /// first regular English base form of the word that one does.
    fn trigger_key(&self, i: usize) -> String {
        let lemma = self.t.lemma(i);
        if self.dict.for_lemma(&lemma).next().is_some() || !self.t.is_inflected(i) {
            return lemma;
        }
        let form = self.t.form(i).to_lowercase();
        let noun = self.t.is_nominal(i);
        for w in [lemma.clone(), form] {
            for cand in base_forms(&w, noun) {
                if self.dict.for_lemma(&cand).next().is_some() {
                    return cand;
                }
            }
        }
        lemma
    }

    /// True for an event noun that says what a party *is* rather than what
    /// it did: the predicate of a copula or of "pose"/"constitute"/
    /// "represent" whose subject is a party ("North Korea is a grave *threat*
    /// to the United States", "Iran poses a *threat*"). That is an
    /// assessment of danger, not an act.
    fn characterises_a_party(&self, i: usize) -> bool {
        if self.t.upos(i) != dyad_core::Upos::Noun {
            return false;
        }
        let party = |s: usize| {
            self.mention_below(s)
                .is_some_and(|m| m.code.country.is_some())
        };
        // A copular predicate, also a later one of several ("is the new
        // face of al Qaeda and a *threat* to U.S. interests").
        // A danger named so ("which leaders warn is an ever-growing
        // *threat*") is one whatever the subject; another act is only when
        // its subject is a party ("it was the deadliest *attack* in years"
        // reports one).
        let danger = matches!(self.t.lemma(i).as_str(), "threat" | "menace" | "danger");
        let mut n = i;
        for _ in 0..4 {
            if self.t.first_kid(n, &["cop"]).is_some() {
                return danger || self.t.first_kid(n, &["nsubj"]).is_some_and(party);
            }
            match self.t.head(n) {
                Some(h)
                    if self.t.deprel(n) == "conj" && self.t.upos(h) == dyad_core::Upos::Noun =>
                {
                    n = h
                }
                _ => break,
            }
        }
        let Some(h) = self.t.head(i) else {
            return false;
        };
        self.t.deprel(i) == "obj"
            && matches!(
                self.t.lemma(h).as_str(),
                "pose" | "constitute" | "represent"
            )
            && self.t.first_kid(h, &["nsubj"]).is_some_and(party)
    }

    /// True when the modal clause the trigger introduces is the actor's own
    /// act: its subject is "we" or "I", or names the actor's country.
    fn own_act(&self, hit: &Hit<'p>, actor: &[Entity]) -> bool {
        let Some(clause) = self.modal_clause(hit.tok, &hit.pat.comp_modal) else {
            return false;
        };
        let Some(s) = self.t.first_kid(clause, &["nsubj", "nsubj:pass"]) else {
            return false;
        };
        if matches!(self.t.lemma(s).as_str(), "we" | "i") {
            return true;
        }
        let own: Vec<&str> = actor.iter().filter_map(|e| e.code.as_deref()).collect();
        // A role with no country of its own ("warned that *police* will
        // not tolerate rallies") is the warner's side.
        self.mention_for(s)
            .is_some_and(|m| match m.code.country.as_deref() {
                Some(c) => own.contains(&c),
                None => m.code.sector.is_some(),
            })
    }

    /// For a noun in a phrase that frames another act ("suspended
    /// parliament *at the request of* Johnson", "*per request of* Johnson,
    /// the Queen suspended ..."), the subject of the act it frames.
    fn host_subject(&self, i: usize) -> Option<usize> {
        if self.t.upos(i) != dyad_core::Upos::Noun
            || !matches!(self.t.base_rel(i), "obl" | "nmod")
            || !self
                .t
                .kids_rel(i, &["case"])
                .any(|c| matches!(self.t.lemma(c).as_str(), "at" | "upon" | "on" | "per"))
        {
            return None;
        }
        let h = self.t.head(i)?;
        if !self.t.is_verbal(h) {
            return None;
        }
        self.subject(h, 0)
    }

    /// A backing told as a description of who is backed, a passive
    /// participle after its noun ("regime troops *backed* by Hezbollah",
    /// "rebels *funded* by Qatar"): a standing tie, not an act reported.
    fn describes_a_tie(&self, i: usize, p: &Pattern) -> bool {
        matches!(
            p.category,
            Category::Support | Category::Aid | Category::Cooperate
        ) && p.pos == TriggerPos::Verb
            && self.t.deprel(i) == "acl"
            && self.t.xpos(i) == "VBN"
    }

    /// The trigger is what others talk about, not what happens: "spoke
    /// *about sanctions* against Moscow", "discussions on restarting peace
    /// *talks*", "met to discuss *sanctions*". From the trigger up through
    /// its noun phrase or verb chain (two steps at most; not out of a
    /// relative or participle clause, which tells of an act: "discussed the
    /// sanctions *imposed* on Russia"), a phrase with
    /// about/on/over/regarding/concerning, or the object of a verb, whose
    /// head is a word of talking (`@talk`).
    fn is_topic_of_talk(&self, i: usize) -> bool {
        let mut node = i;
        for _ in 0..3 {
            let Some(head) = self.t.head(node) else {
                return false;
            };
            let talk = self.dict.in_list("talk", &self.t.lemma(head));
            let topic_case = self.t.case_of(node).is_some_and(|c| {
                matches!(
                    c.as_str(),
                    "about" | "on" | "over" | "regarding" | "concerning"
                )
            });
            if talk && (topic_case || (self.t.deprel(node) == "obj" && self.t.is_verbal(head))) {
                return true;
            }
            if !matches!(
                self.t.base_rel(node),
                "obj" | "nmod" | "compound" | "xcomp" | "conj"
            ) && !topic_case
            {
                return false;
            }
            node = head;
        }
        false
    }

    /// "withdrew from *the Paris agreement*", "rejected *the deal*",
    /// "cancelled *the talks*": an accord or meeting named as what a verb
    /// of withdrawing or breaking (`@undo`) or of rejecting undoes is that
    /// act's object,
    /// an existing thing, not an agreement or meeting of its own.
    fn undone_accord(&self, i: usize, category: Category) -> bool {
        if !matches!(
            category,
            Category::Agree | Category::Consult | Category::Cooperate
        ) {
            return false;
        }
        let Some(h) = self.t.head(i) else {
            return false;
        };
        let object = self.t.deprel(i) == "obj"
            || (self.t.base_rel(i) == "obl"
                && self
                    .t
                    .case_of(i)
                    .is_some_and(|c| matches!(c.as_str(), "from" | "of" | "out")));
        object
            && self.t.is_verbal(h)
            && (self.dict.in_list("undo", &self.t.lemma(h))
                || self
                    .dict
                    .for_lemma(&self.t.lemma(h))
                    .any(|p| p.pos == TriggerPos::Verb && p.category == Category::Reject))
    }

    /// "*reversed* his decision *to withdraw* troops", "scrapped a plan to
    /// impose tariffs": an act a decision or plan named it, when that
    /// decision is what a verb of undoing (`@undo`, `@unrestrict`) or of
    /// rejecting takes back, is not done; the undoing codes itself.
    fn undone_decision(&self, i: usize) -> bool {
        if !self.t.is_verbal(i) || !matches!(self.t.base_rel(i), "acl" | "xcomp") {
            return false;
        }
        let Some(n) = self.t.head(i) else {
            return false;
        };
        if !matches!(
            self.t.lemma(n).as_str(),
            "decision"
                | "plan"
                | "pledge"
                | "promise"
                | "commitment"
                | "move"
                | "order"
                | "proposal"
        ) {
            return false;
        }
        let Some(h) = self.t.head(n) else {
            return false;
        };
        let h_lemma = self.t.lemma(h);
        self.t.deprel(n) == "obj"
            && self.t.is_verbal(h)
            && (self.dict.in_list("undo", &h_lemma)
                || self.dict.in_list("unrestrict", &h_lemma)
                || self
                    .dict
                    .for_lemma(&h_lemma)
                    .any(|p| p.pos == TriggerPos::Verb && p.category == Category::Reject))
    }

    /// "*ended* its ban", "*scrapped* the sanctions": a restriction or
    /// penalty named as the object of a verb that undoes it
    /// (`@unrestrict`) is the thing undone; the undoing verb codes the
    /// event (CONCEDE or RETREAT), the restriction is no event of its own.
    fn undone_restriction(&self, i: usize, category: Category) -> bool {
        if !matches!(
            category,
            Category::Coerce | Category::Sanction | Category::Protest
        ) {
            return false;
        }
        let Some(h) = self.t.head(i) else {
            return false;
        };
        self.t.deprel(i) == "obj"
            && self.t.is_verbal(h)
            && self.dict.in_list("unrestrict", &self.t.lemma(h))
    }

    /// A quotation closed just before verb `i` (with at most its subject
    /// and commas between) that asks something: it holds a question mark,
    /// or opens with a wh-word or an inverted auxiliary.
    fn quoted_question_before(&self, i: usize) -> bool {
        let is_quote = |k: usize| self.is_quote_mark(k);
        let mut close = None;
        for k in (0..i).rev() {
            if is_quote(k) {
                close = Some(k);
                break;
            }
            let filler = matches!(self.t.form(k), "," | "?")
                || self
                    .t
                    .kids_rel(i, &["nsubj"])
                    .any(|s| s == k || self.t.dominates(s, k));
            if !filler || i - k > 6 {
                return false;
            }
        }
        let Some(close) = close else {
            return false;
        };
        let Some(open) = (0..close).rev().find(|&k| is_quote(k)) else {
            return false;
        };
        if (open + 1..close).any(|k| self.t.form(k) == "?") {
            return true;
        }
        let first = open + 1;
        first < close
            && (matches!(self.t.xpos(first), "WDT" | "WP" | "WRB")
                || (self.t.upos(first) == dyad_core::Upos::Aux
                    && (first + 1..close).any(|k| self.t.base_rel(k) == "nsubj" && k > first)))
    }

    /// Token `k` is a quotation mark.
    fn is_quote_mark(&self, k: usize) -> bool {
        matches!(self.t.form(k), "\"" | "”" | "“" | "''" | "``")
    }

    /// A quotation opened right after verb `i` and a comma or colon that
    /// asks something: it holds a question mark before it closes.
    fn quoted_question_after(&self, i: usize) -> bool {
        let is_quote = |k: usize| self.is_quote_mark(k);
        let mut k = i + 1;
        if !matches!(self.t.form(k), "," | ":") {
            return false;
        }
        k += 1;
        if k >= self.t.len() || !is_quote(k) {
            return false;
        }
        let Some(close) = (k + 1..self.t.len()).find(|&q| is_quote(q)) else {
            return false;
        };
        (k + 1..close).any(|q| self.t.form(q) == "?")
    }

    /// Noun `i` is owned by a person: "*his* rally", "*Trump's* rally".
    fn person_possessor(&self, i: usize) -> bool {
        self.t.kids_rel(i, &["nmod:poss"]).any(|o| {
            matches!(self.t.lemma(o).as_str(), "his" | "her")
                || self.mention_for(o).is_some_and(is_person_mention)
        })
    }

    /// A share of those polled giving an opinion ("Forty *percent say* the
    /// Chinese meddled in the vote", "*most Americans believe* Russia
    /// interfered"): what they say is their view, reported as a figure,
    /// and neither the saying nor what is said is an act between parties.
    /// True when `i` is such a verb of saying or believing, or lies in what
    /// one says.
    fn polled_opinion(&self, i: usize) -> bool {
        // On the surface first, since the parse often breaks on figures
        // ("Fifty percent *say* Russians interfered" hangs "say" as a
        // discourse word): a verb of saying right after the share, and
        // everything from it on.
        let opinion_verb = |k: usize| {
            let l = self.t.lemma(k);
            self.dict.in_list("report", &l) || self.dict.in_list("belief", &l)
        };
        let said_by_a_share = (1..=i).any(|k| {
            opinion_verb(k)
                && matches!(self.t.xpos(k), "VB" | "VBP" | "VBZ" | "VBD")
                && self.a_share_of_those_polled(k - 1)
        });
        if said_by_a_share {
            return true;
        }
        let mut node = i;
        for _ in 0..8 {
            if !self.t.is_nominal(node)
                && opinion_verb(node)
                && self
                    .t
                    .first_kid(node, &["nsubj"])
                    .is_some_and(|s| self.a_share_of_those_polled(s))
            {
                return true;
            }
            match self.t.head(node) {
                Some(h) if !matches!(self.t.base_rel(node), "parataxis" | "root") => node = h,
                _ => return false,
            }
        }
        false
    }

    /// A share of the public taking a stance, as a poll reports it: "a
    /// majority of young Americans *support* sending troops", "43 percent
    /// of those polled *welcome* the wall", "1 percent of primary voters
    /// *supported* him". A figure of opinion, no act by a party. (A share
    /// of a body is one: "a majority of senators *oppose* the bill".)
    fn polled_stance(&self, hit: &Hit<'_>) -> bool {
        use Category::*;
        let i = hit.tok;
        if hit.pat.pos != TriggerPos::Verb {
            return false;
        }
        let a_stance = matches!(
            hit.pat.category,
            Support | Reject | Accuse | Request | Agree
        );
        // "43 percent of the Americans *polled welcome* the idea", where
        // the parse often makes "polled" the main verb.
        if i > 0
            && a_stance
            && matches!(self.t.xpos(i - 1), "VBN" | "VBD")
            && matches!(
                self.t.lemma(i - 1).as_str(),
                "poll" | "survey" | "question" | "interview" | "sample"
            )
        {
            return true;
        }
        // The trigger itself, or the stance whose content it is ("a
        // majority *support sending* troops").
        let mut node = i;
        let mut subject = None;
        for _ in 0..4 {
            let stance = (node == i && a_stance)
                || matches!(
                    self.t.lemma(node).as_str(),
                    "support"
                        | "approve"
                        | "oppose"
                        | "favor"
                        | "favour"
                        | "welcome"
                        | "back"
                        | "endorse"
                        | "reject"
                        | "want"
                        | "prefer"
                        | "disapprove"
                );
            if stance && self.t.is_verbal(node) {
                // ("55% of Americans opposed it": the parse may hang a
                // figure as a bare noun phrase.)
                subject = self.t.first_kid(node, &["nsubj"]).or_else(|| {
                    self.t
                        .kids_rel(node, &["obl:unmarked", "obl:npmod", "nmod:npmod"])
                        .find(|&k| k < node && self.a_share_of_those_polled(k))
                });
                if subject.is_some() {
                    break;
                }
            }
            match self.t.head(node) {
                Some(h) if matches!(self.t.base_rel(node), "xcomp" | "ccomp" | "obj") => node = h,
                _ => break,
            }
        }
        let Some(s) = subject else {
            return false;
        };
        if !self.a_share_of_those_polled(s) {
            return false;
        }
        let polled = |n: usize| {
            self.t.kids_rel(n, &["acl", "amod"]).any(|a| {
                matches!(
                    self.t.lemma(a).as_str(),
                    "poll" | "survey" | "question" | "interview" | "ask" | "sample"
                )
            })
        };
        let public = |n: usize| {
            self.dict.in_list("polled", &self.t.lemma(n))
                || match self.mention_for(n) {
                    Some(m) => {
                        !is_person_mention(m)
                            && matches!(m.code.sector.as_deref(), None | Some("CVL"))
                    }
                    None => self.t.lemma(n) != "member",
                }
        };
        let counted: Vec<usize> = self
            .t
            .kids_rel(s, &["nmod"])
            .filter(|&n| self.t.case_of(n).as_deref() == Some("of"))
            .collect();
        match counted.first() {
            Some(&n) => polled(n) || public(n),
            // "Forty percent", "most Americans", "voters".
            None => polled(s) || public(s),
        }
    }

    /// "Forty *percent*", "47 *%*", "a *majority* of voters", "*most*
    /// Americans", "*half* of respondents", "*voters*" as a poll reports
    /// them.
    fn a_share_of_those_polled(&self, s: usize) -> bool {
        let l = self.t.lemma(s);
        // (Not a name, "the *Fifth* Fleet said", nor a body's majority
        // with no one counted in it: "the *majority* says" of a court.)
        if self.t.xpos(s) == "NNP" {
            return false;
        }
        let the_body = self
            .t
            .kids_rel(s, &["det"])
            .any(|d| self.t.lemma(d) == "the")
            && !self
                .t
                .kids_rel(s, &["nmod"])
                .any(|n| self.t.case_of(n).as_deref() == Some("of"));
        if the_body {
            return false;
        }
        let plural = matches!(self.t.xpos(s), "NNS" | "NNPS");
        let most = || {
            self.t
                .kids_rel(s, &["amod", "det", "nummod"])
                .any(|k| matches!(self.t.lemma(k).as_str(), "most" | "many"))
        };
        self.dict.in_list("polled", &l) || self.t.form(s) == "%" || (plural && most())
    }

    /// A gerund with neither subject nor object governed by a verb of
    /// awaiting or facing ("awaiting *sentencing*"): an act done to the
    /// governing verb's subject.
    fn awaited_act(&self, i: usize) -> bool {
        self.t.xpos(i) == "VBG"
            && self
                .t
                .kids_rel(i, &["nsubj", "nsubj:pass", "obj", "iobj"])
                .next()
                .is_none()
            && matches!(self.t.base_rel(i), "ccomp" | "xcomp" | "obj")
            && self
                .t
                .head(i)
                .is_some_and(|h| matches!(self.t.lemma(h).as_str(), "await" | "face" | "undergo"))
    }

    /// "X *is to blame*", "X *was to blame*": an infinitive of `blame` as
    /// the predicate of a copula, whose subject is the blamed.
    fn is_to_be_blamed(&self, i: usize) -> bool {
        self.t.lemma(i) == "blame"
            && self
                .t
                .kids_rel(i, &["cop"])
                .any(|c| self.t.lemma(c) == "be")
            && self
                .t
                .kids_rel(i, &["mark"])
                .any(|m| self.t.lemma(m) == "to")
    }

    /// True when verb `i` introduces an indirect question: a complement
    /// clause opened by "whether" or "if" ("asked *whether* he knew"), or
    /// by a wh-word ("asked him *what* happened", "asked *how* ..."), or a
    /// topic with no act asked for ("asked her *about* the talks").
    fn introduces_question(&self, i: usize) -> bool {
        // "\"How will we help them?\" McCain *asked*": a question quoted
        // before the verb, which takes no object or clause of its own.
        let asks_nothing = self
            .t
            .kids_rel(i, &["obj", "iobj", "xcomp"])
            .next()
            .is_none();
        if asks_nothing && (0..i).any(|k| self.t.form(k) == "?") {
            return true;
        }
        // "\"*Where* is the panel ...,\" asked Professor Jamal", "\"Why did
        // they do it?\" the minister asked reporters": a quotation that
        // reads as a question, closed just before the verb or its subject.
        if self.t.kids_rel(i, &["xcomp"]).next().is_none() && self.quoted_question_before(i) {
            return true;
        }
        // "Johnson *asked*, \"Have I been craven?\"": a question quoted
        // right after the verb and a comma or colon.
        if self.quoted_question_after(i) {
            return true;
        }
        // "will ask *if* the CIA feels ...", "asked him *whether*": the
        // words right after the verb (or its object) open a question,
        // however the parse hangs them.
        let opens_question = |k: usize| {
            k < self.t.len() && matches!(self.t.form(k).to_lowercase().as_str(), "if" | "whether")
        };
        let after_object = self
            .t
            .first_kid(i, &["obj", "iobj"])
            .filter(|&o| o > i && o <= i + 3)
            .map(|o| o + 1);
        if opens_question(i + 1) || after_object.is_some_and(opens_question) {
            return true;
        }
        // "asked the spokeswoman *about* the negotiations".
        if !self.t.prep_kids(i, "about").is_empty()
            && self.t.kids_rel(i, &["xcomp"]).next().is_none()
        {
            return true;
        }
        self.t.kids_rel(i, &["ccomp", "advcl", "xcomp"]).any(|c| {
            self.t
                .kids_rel(c, &["mark"])
                .any(|m| matches!(self.t.lemma(m).as_str(), "whether" | "if"))
                || (i + 1..c).any(|k| {
                    matches!(self.t.xpos(k), "WDT" | "WP" | "WP$" | "WRB") && self.t.dominates(c, k)
                })
        })
    }

    fn hits(&self) -> Vec<Hit<'p>> {
        let mut out = Vec::new();
        for i in 0..self.t.len() {
            // A noun used as a modifier ("*invasion* forces") names no event,
            // unless what it modifies is a generic word for an act
            // (`@effort`: "*mediation* effort", "*peace* talks").
            if matches!(self.t.deprel(i), "compound" | "amod")
                && self.t.upos(i) == dyad_core::Upos::Noun
                && !self
                    .t
                    .head(i)
                    .is_some_and(|h| self.dict.in_list("effort", &self.t.lemma(h)))
            {
                continue;
            }
            // A noun given as the name of something ("waterboarding,
            // *considered torture* under international law", "what was
            // *deemed* an *invasion*"): a label, not a report of the act.
            let labelled = i > 0
                && self.t.upos(i) == dyad_core::Upos::Noun
                && (i.saturating_sub(2)..i).any(|k| {
                    self.t.xpos(k) == "VBN"
                        && matches!(
                            self.t.lemma(k).as_str(),
                            "consider"
                                | "deem"
                                | "label"
                                | "brand"
                                | "term"
                                | "classify"
                                | "regard"
                        )
                        && (k + 1..i).all(|d| matches!(self.t.lemma(d).as_str(), "a" | "an" | "as"))
                });
            if labelled {
                continue;
            }
            // A participle used as an adjective ("his *proposed* budget",
            // "a *negotiated* agreement", "*accused* criminals") describes a
            // thing; it does not report an act.
            if self.t.deprel(i) == "amod" && matches!(self.t.xpos(i), "VBN" | "VBG") {
                continue;
            }
            // So does an adjective that modifies a noun ("anyone *willing*
            // to join", "a *ready* partner"): only a predicate ("Iran is
            // *willing* to talk") states an intention.
            if self.t.upos(i) == dyad_core::Upos::Adj
                && matches!(self.t.base_rel(i), "amod" | "acl")
            {
                continue;
            }
            if self.characterises_a_party(i) {
                continue;
            }
            let lemma = self.trigger_key(i);
            let mut best: Option<(u8, Hit<'p>)> = None;
            for p in self.dict.for_lemma(&lemma) {
                if !self.pos_ok(i, p.pos) {
                    continue;
                }
                let mut specificity = 0u8;
                let mut particle = None;
                let mut prt_obj = None;
                if let Some(want) = &p.particle {
                    // (A preposition whose object is the constrained theme
                    // may follow the verb's object: "hit *Iran with new
                    // sanctions*".)
                    let themed = || {
                        self.t.kids_rel(i, &["obl"]).find_map(|k| {
                            let c = self
                                .t
                                .kids_rel(k, &["case"])
                                .find(|&c| self.t.lemma(c) == *want)?;
                            (c > i && !p.theme.is_empty() && self.lemma_in(k, &p.theme))
                                .then_some((c, Some(k)))
                        })
                    };
                    match self.particle(i, want).or_else(themed) {
                        Some((k, o)) => {
                            particle = Some(k);
                            prt_obj = o;
                            specificity += 1;
                        }
                        None => continue,
                    }
                }
                let cands = self.theme_candidates(i, p.pos, prt_obj);
                let theme = if p.theme.is_empty() {
                    cands.first().copied()
                } else {
                    match cands.iter().copied().find(|&c| self.lemma_in(c, &p.theme)) {
                        Some(c) => {
                            specificity += 2;
                            Some(c)
                        }
                        None => continue,
                    }
                };
                if p.no_clause
                    && self
                        .t
                        .kids_rel(i, &["ccomp"])
                        .any(|c| self.t.first_kid(c, &["nsubj", "nsubj:pass"]).is_some())
                {
                    continue;
                }
                if p.no_bare_with
                    && self.t.first_kid(i, &["obj", "nsubj:pass"]).is_none()
                    && self.t.kids(i).iter().any(|&k| {
                        self.t
                            .kids_rel(k, &["case", "mark"])
                            .any(|c| self.t.lemma(c) == "with")
                    })
                {
                    continue;
                }
                if p.no_plain_clause
                    && self
                        .t
                        .kids_rel(i, &["ccomp"])
                        .any(|c| self.states_plain_fact(c))
                {
                    continue;
                }
                // "charged with *overseeing* the truce": a duty handed
                // over, not a crime alleged.
                if p.pos == TriggerPos::Verb
                    && self.t.kids(i).iter().any(|&k| {
                        self.assigned_task(k) && self.dict.in_list("task", &self.t.lemma(k))
                    })
                {
                    continue;
                }
                if p.no_question && self.introduces_question(i) {
                    continue;
                }
                if p.no_person_poss && self.person_possessor(i) {
                    continue;
                }
                if p.protest_purpose && self.purpose_not_protest(i) {
                    continue;
                }
                if p.no_result && self.leaves_in_a_state(i) {
                    continue;
                }
                if p.no_state && self.stationed_state(i) {
                    continue;
                }
                if p.pos == TriggerPos::Verb && (self.is_proviso(i) || self.called_off_after(i)) {
                    continue;
                }
                // (Also the act named as what was ordered and called off.)
                if p.pos == TriggerPos::Noun
                    && self.t.base_rel(i) == "obj"
                    && self.t.head(i).is_some_and(|h| self.called_off_after(h))
                {
                    continue;
                }
                if self.is_topic_of_talk(i) {
                    continue;
                }
                // "Trump's *talk* of better relations": talk in the
                // singular is speech; meetings are "talks".
                if p.pos == TriggerPos::Noun
                    && p.lemma == "talk"
                    && self.t.form(i).eq_ignore_ascii_case("talk")
                {
                    continue;
                }
                if p.pos == TriggerPos::Noun
                    && (self.undone_accord(i, p.category) || self.undone_restriction(i, p.category))
                {
                    continue;
                }
                if i == 0 && self.opens_with_assumption() {
                    continue;
                }
                if self.undone_decision(i) {
                    continue;
                }
                if self.describes_a_tie(i, p) {
                    continue;
                }
                // `notobj` also reads the topic of a verb ("warned *of* the
                // threat of a pandemic" is a warning about a danger).
                if !p.not_theme.is_empty()
                    && cands
                        .iter()
                        .copied()
                        // The tree's own object too: in a relative clause
                        // the logical object may be the antecedent
                        // ("an official, who requested *anonymity*").
                        .chain(self.t.kids_rel(i, &["obj"]))
                        .chain(self.t.prep_kids(i, "of"))
                        .chain(self.t.prep_kids(i, "about"))
                        // "asked *for* anonymity", "was met *with* failure".
                        .chain(self.t.prep_kids(i, "for"))
                        .chain(self.t.prep_kids(i, "with"))
                        // "pulled back *from* a complete withdrawal".
                        .chain(self.t.prep_kids(i, "from"))
                        // "gathered in the square *for a vigil*", the
                        // purpose hung on the place.
                        .chain(
                            self.t
                                .kids_rel(i, &["obl"])
                                .flat_map(|o| self.t.prep_kids(o, "for")),
                        )
                        .chain(self.t.kids_rel(i, &["xcomp"]))
                        // An adjective hung on a verb is a noun the tagger
                        // mistook: "is committing *genocide*".
                        // So is the word right after the verb when the
                        // parse loses it: "committing *genocide* against
                        // Christians" read as a compound of "Christians".
                        .chain(
                            self.t
                                .kids_rel(i, &["amod"])
                                .chain(Some(i + 1).filter(|&n| {
                                    matches!(
                                        self.t.upos(n),
                                        dyad_core::Upos::Adj | dyad_core::Upos::Noun
                                    )
                                }))
                                .filter(|_| p.pos == TriggerPos::Verb),
                        )
                        // "refused *to comment*" parsed as a phrase with "to".
                        .chain(self.t.prep_kids(i, "to"))
                        .any(|c| self.lemma_in(c, &p.not_theme))
                {
                    continue;
                }
                if p.not_particle.iter().any(|w| {
                    self.particle(i, w).is_some_and(|(_, o)| o.is_none())
                        || self.t.lemma(i + 1) == *w
                }) {
                    continue;
                }
                if p.need_comp && !self.has_complement(i) {
                    continue;
                }
                if p.need_act && !self.asks_another_to_act(i) {
                    continue;
                }
                if !p.not_light.is_empty()
                    && self
                        .t
                        .head(i)
                        .is_some_and(|h| self.lemma_in(h, &p.not_light))
                {
                    continue;
                }
                if p.need_light && !self.under_light_verb(i) {
                    continue;
                }
                if p.need_host {
                    if self.host_subject(i).is_none() {
                        continue;
                    }
                    specificity += 3;
                }
                // A verb without an object has none in the passive either:
                // "notes *gathered* by Shearer" is no crowd gathering.
                if p.need_no_object
                    && (self.t.first_kid(i, &["obj"]).is_some()
                        || self.object_gap(i)
                        || (self.t.is_passive(i) && self.main_verb_read_as_participle(i).is_none()))
                {
                    continue;
                }
                if p.need_object && self.logical_obj(i).is_none() && prt_obj.is_none() {
                    continue;
                }
                // (Only for the patterns that ask: this loop is hot.)
                let place_object = (p.need_people || p.need_place)
                    && self.logical_obj(i).is_some_and(|o| {
                        self.places.iter().any(|m| m.start <= o && o < m.end)
                            || self
                                .mentions
                                .iter()
                                .any(|m| m.start <= o && o < m.end && m.kind == MentionKind::Name)
                    });
                if p.need_people && place_object {
                    continue;
                }
                if p.need_place {
                    if !place_object {
                        continue;
                    }
                    specificity += 3;
                }
                // Parties that agree with each other need no content
                // ("Jordan and Britain agreed").
                let several_subjects = self
                    .t
                    .first_kid(i, &["nsubj"])
                    .is_some_and(|s| self.t.kids_rel(s, &["conj"]).next().is_some());
                if p.need_content
                    && !several_subjects
                    && self.logical_obj(i).is_none()
                    && self.t.kids_rel(i, &["xcomp", "ccomp"]).next().is_none()
                    && ["to", "with", "on", "upon"]
                        .iter()
                        .all(|w| self.t.prep_kids(i, w).is_empty())
                {
                    continue;
                }
                if p.need_wrong && !self.asserts_wrongdoing(i) {
                    continue;
                }
                // A court's or jury's finding is its ruling, not a charge
                // ("the Court concluded that the advice was unlawful").
                let bench = || {
                    self.t.first_kid(i, &["nsubj"]).is_some_and(|s| {
                        matches!(
                            self.t.lemma(s).as_str(),
                            "court" | "judge" | "justice" | "tribunal" | "jury"
                        )
                    })
                };
                if p.need_charge && (self.charged_clause(i).is_none() || bench()) {
                    continue;
                }
                if p.no_pred && !self.object_stands_alone(i, theme) {
                    continue;
                }
                // A relative word as the verb's own object leaves the named
                // object a predicate ("the militia that villagers *call* the
                // Janjaweed"), as a passive does ("will be *called*
                // children of God").
                if p.no_pred
                    && (matches!(self.t.deprel(i), "acl" | "amod")
                        || self.t.is_passive(i)
                        || self
                            .t
                            .kids_rel(i, &["xcomp", "ccomp", "iobj"])
                            .next()
                            .is_some()
                        || self.t.kids(i).iter().any(|&k| {
                            self.t.deprel(k) != "nsubj"
                                && matches!(
                                    self.t.lemma(k).as_str(),
                                    "that" | "which" | "whom" | "what"
                                )
                        }))
                {
                    continue;
                }
                if !p.pred.is_empty() {
                    if !self.has_predicate(i, &p.pred) {
                        continue;
                    }
                    specificity += 2;
                }
                if !p.comp_modal.is_empty() {
                    let Some(c) = self.modal_clause(i, &p.comp_modal) else {
                        continue;
                    };
                    // "the army *needs to be rebuilt*", "the law *must be
                    // changed*": what must be done to its subject asks
                    // nothing of it.
                    let act = self.t.first_kid(c, &["xcomp"]).unwrap_or(c);
                    if self.t.is_passive(c) || self.t.is_passive(act) {
                        continue;
                    }
                    // "\"*I* must caution that ...\", Brennan said": what the
                    // speaker says they themselves must do is no request.
                    let first_person = self
                        .t
                        .first_kid(c, &["nsubj", "nsubj:pass"])
                        .is_some_and(|s| matches!(self.t.lemma(s).as_str(), "i" | "me"));
                    if first_person {
                        continue;
                    }
                    // "Trump *should be ashamed* of himself", "they *must
                    // be* proud": a judgement of how someone ought to feel
                    // asks nothing of them.
                    // (The tagger may read the feeling as a passive
                    // participle: test the word itself against `@feeling`.)
                    let judgement = (self.t.upos(c) == dyad_core::Upos::Adj
                        && self.t.kids_rel(c, &["cop"]).next().is_some())
                        || self.dict.in_list("feeling", &self.t.form(c).to_lowercase());
                    if judgement {
                        continue;
                    }
                    specificity += 2;
                }
                let hit = Hit {
                    tok: i,
                    pat: p,
                    theme,
                    particle,
                };
                let better = match &best {
                    Some((s, _)) => specificity > *s,
                    None => true,
                };
                if better {
                    best = Some((specificity, hit));
                }
            }
            if let Some((_, h)) = best {
                out.push(h);
            }
        }
        out
    }

    // --------------------------------------------------------------- arguments

    /// The logical subject of verb `i`, following control, coordination and
    /// subjectless adverbial or nominal clauses up to their controller.
    /// "Five civilians were killed *in a U.S. drone strike*", "the
    /// commander died *in an American raid*": harm suffered in an act of
    /// force was done by whoever owns that act (its possessor, nationality
    /// adjective or name compound). Returns that owner's token.
    fn owner_of_the_attack_it_happened_in(&self, i: usize) -> Option<usize> {
        self.t.kids_rel(i, &["obl"]).find_map(|o| {
            if !matches!(self.t.case_of(o).as_deref(), Some("in" | "during")) {
                return None;
            }
            let lemma = self.t.lemma(o);
            let attack = self.t.upos(o) == dyad_core::Upos::Noun
                && self
                    .dict
                    .for_lemma(&lemma)
                    .any(|p| p.pos == TriggerPos::Noun && p.category == Category::Assault);
            if !attack {
                return None;
            }
            self.t
                .kids_rel(o, &["nmod:poss", "amod", "compound"])
                .find(|&k| {
                    self.mention_for(k)
                        .is_some_and(|m| m.code.country.is_some())
                })
        })
    }

    fn subject(&self, i: usize, depth: usize) -> Option<usize> {
        if depth > 6 {
            return None;
        }
        if self.t.is_passive(i) {
            // The actor of a passive is its by-phrase, also one hung on an
            // adjunct ("condemned in a statement *by Egypt*"); never the
            // subject it shares with a coordinated verb ("Turkey is under
            // sanctions and was condemned": Turkey is the one condemned).
            // ("strategies dominated *by battling* al Qaeda": a gerund
            // with an object after "by" is the means, not an agent.)
            let agent =
                |b: &usize| !(self.t.is_verbal(*b) && self.t.first_kid(*b, &["obj"]).is_some());
            let by = self
                .t
                .kids_rel(i, &["obl:agent"])
                .find(|&a| !self.t.is_source_phrase(a))
                .or_else(|| self.t.prep_kids(i, "by").into_iter().find(agent))
                .or_else(|| {
                    self.t
                        .kids_rel(i, &["obl"])
                        .find_map(|o| self.t.prep_kids(o, "by").into_iter().find(agent))
                })
                .or_else(|| self.owner_of_the_attack_it_happened_in(i));
            return by;
        }
        // Two subjects are a parse error ("the Pentagon's announcement
        // *Thursday* that *Iran* tried"): the one next to the verb is it.
        // The nearest that names a party, else the nearest.
        let mut subjects: Vec<usize> = self.t.kids_rel(i, &["nsubj", "csubj"]).collect();
        subjects.sort_by_key(|&s| (s > i, std::cmp::Reverse(s)));
        let named = subjects.iter().copied().find(|&s| {
            subjects.len() > 1
                && self
                    .mention_for(s)
                    .is_some_and(|m| m.code.country.is_some())
        });
        if let Some(s) = named.or_else(|| subjects.first().copied()) {
            // A relative pronoun subject stands for the noun the clause modifies.
            if matches!(self.t.lemma(s).as_str(), "who" | "which" | "that")
                && self.t.deprel(i) == "acl:relcl"
            {
                return self.t.head(i);
            }
            return Some(s);
        }
        // "On Tuesday *Mitsotakis* met": with no comma after the date the
        // parser may glue the subject to the date phrase. A proper name
        // heading a time phrase whose other words are a weekday or month
        // is the verb's missing subject.
        if (self.t.is_verbal(i) && self.t.is_inflected(i)) || self.t.xpos(i) == "VBP" {
            let glued = self.t.kids_rel(i, &["obl", "obl:tmod"]).find(|&o| {
                o < i
                    && self.t.upos(o) == dyad_core::Upos::Propn
                    && self
                        .t
                        .kids_rel(o, &["compound"])
                        .any(|c| c < o && self.dict.in_list("calendar", &self.t.lemma(c)))
            });
            if glued.is_some() {
                return glued;
            }
        }
        let h = self.t.head(i)?;
        match self.t.base_rel(i) {
            "xcomp" => {
                // Object control ("urged Iran to withdraw"): the object is the subject.
                // (Not for a participle: "had *him* arrested" was done
                // to him, by the subject of "had".)
                let lemma = self.t.lemma(h);
                // (With a verb that also makes a phrase of its object, only
                // a party: "letting *a foreign leader* use", not "make *the
                // case* that", "an opening *that* we have to seize".)
                let phrasal = self.dict.in_list("party_control", &lemma);
                let object_control = (phrasal || self.dict.in_list("object_control", &lemma))
                    && self.t.xpos(i) != "VBN";
                if object_control {
                    // The parser may call the one controlled an indirect
                    // object ("wants *the United States* to withdraw").
                    if let Some(o) = self
                        .object_or_sole_iobj(h)
                        .filter(|&o| !phrasal || self.mention_for(o).is_some())
                    {
                        return Some(o);
                    }
                }
                self.subject(h, depth + 1)
            }
            "conj" | "advcl" => {
                if self.gerund_read_as_adjunct(i, h) {
                    return None;
                }
                // "barred *reporters* from entering", "*reporters* were
                // barred by separatists from entering": the one kept from
                // an act is who would do it, not who keeps them.
                let from = self.t.base_rel(i) == "advcl"
                    && self
                        .t
                        .kids_rel(i, &["mark"])
                        .any(|m| self.t.lemma(m) == "from");
                if from && self.dict.in_list("preventing", &self.t.lemma(h)) {
                    let kept = if self.t.is_passive(h) {
                        self.t.first_kid(h, &["nsubj:pass", "nsubj"])
                    } else {
                        self.t.first_kid(h, &["obj"])
                    };
                    if kept.is_some() {
                        return kept;
                    }
                }
                // "the U.S. confirmed [the militant group] *kidnapped*
                // women": a bare content clause after a reporting verb,
                // parsed as the verb's object and an unmarked adjunct. The
                // object right before the clause is its subject.
                if self.t.base_rel(i) == "advcl"
                    && self
                        .t
                        .kids_rel(i, &["mark", "nsubj", "nsubj:pass"])
                        .next()
                        .is_none()
                    && matches!(self.t.xpos(i), "VBD" | "VBZ" | "VBP")
                    && (self.dict.in_list("report", &self.t.lemma(h))
                        || self.dict.in_list("belief", &self.t.lemma(h))
                        || matches!(
                            self.t.lemma(h).as_str(),
                            "confirm" | "allege" | "acknowledge"
                        ))
                {
                    if let Some(o) = self
                        .t
                        .first_kid(h, &["obj"])
                        .filter(|&o| o < i && (o + 1..i).all(|k| self.t.dominates(o, k)))
                    {
                        return Some(o);
                    }
                }
                // "tasked *Kerry* with negotiating": the one given the task
                // does it (in the passive, the subject: "the panel is
                // charged with investigating").
                if self.assigned_task(i) {
                    if let Some(o) = self.t.first_kid(h, &["obj", "iobj"]) {
                        return Some(o);
                    }
                }
                // A finite verb parsed as a conjunct of the task ("charged
                // advisers with lying ..., and *charged* Russians") is the
                // assigner's second act, not part of the task.
                if self.t.base_rel(i) == "conj" && self.t.xpos(i) != "VBG" && self.assigned_task(h)
                {
                    return self.t.head(h).and_then(|a| self.subject(a, depth + 1));
                }
                if let Some(owner) = self.owner_of_effort_before(i) {
                    return Some(owner);
                }
                if self.follows_a_happening(i, h) {
                    return None;
                }
                if let Some(s) = self.subject_read_as_adjunct(i, h) {
                    return Some(s);
                }
                if self.t.is_verbal(h) || self.t.upos(h) == dyad_core::Upos::Adj {
                    self.subject(h, depth + 1)
                } else {
                    None
                }
            }
            "acl" => {
                if self.t.deprel(i) == "acl:relcl" {
                    return self.t.head(i);
                }
                // "wildfires *destroying* the rainforest": an active
                // participle's subject is the noun it modifies.
                let marked = self.t.kids_rel(i, &["mark", "case"]).next().is_some();
                // "bombed the town*, killing* 20 civilians": a participle
                // after a comma, hung on the object, tells of the verb's
                // act, and its doer is the verb's subject.
                if self.clause_participle(i) {
                    if let Some(v) = self.t.head(h) {
                        return self.subject(v, depth + 1);
                    }
                }
                if !marked && self.t.xpos(i) == "VBG" {
                    // "experts signed an open *letter* urging officials":
                    // a document speaks for whoever made it, unless its own
                    // phrase names a party ("a letter from the ministry").
                    let named = self
                        .mention_below(h)
                        .is_some_and(|m| m.code.country.is_some());
                    if !named && self.dict.in_list("document", &self.t.lemma(h)) {
                        if let Some(g) = self.t.head(h).filter(|&g| {
                            self.t.is_verbal(g) && matches!(self.t.deprel(h), "obj" | "nsubj:pass")
                        }) {
                            return self.subject(g, depth + 1).or(Some(h));
                        }
                    }
                    return Some(h);
                }
                // "Americans *detained* in North Korea spoke out": a passive
                // participle's noun underwent it; only a by-agent did it.
                if self.t.xpos(i) == "VBN" {
                    return None;
                }
                // "the first since a jet *crash* in 2000 *killed* 113
                // people": a past verb with an object of its own, hung on a
                // noun, is a misread clause of its own, not the act of
                // whoever governs that noun. Its subject is the noun phrase
                // right before it (after any comma).
                if !marked && self.t.xpos(i) == "VBD" && self.t.first_kid(i, &["obj"]).is_some() {
                    return self.phrase_before(i);
                }
                // "*China's* actions to restrict Hong Kong's autonomy",
                // "*Iran's* efforts to build a bomb": the noun's owner does
                // what its to-clause says.
                if let Some(owner) = self.owner_of_effort_before(i) {
                    return Some(owner);
                }
                // "the possibility of supplying": the subject of whoever governs the noun.
                let g = self.t.head(h)?;
                if self.t.is_verbal(g) {
                    self.subject(g, depth + 1)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// "*left* more than 100 fighters *dead*": the trigger's object is
    /// followed by an adjective of the state it ends in (as the object's
    /// modifier or the verb's predicate).
    fn leaves_in_a_state(&self, i: usize) -> bool {
        // (The parser may read the object as the predicate of a small
        // clause: "left one *person* dead".)
        let Some(o) = self.t.first_kid(i, &["obj"]).or_else(|| {
            self.t
                .kids_rel(i, &["xcomp"])
                .find(|&k| self.t.is_nominal(k))
        }) else {
            return false;
        };
        // (An adjective after the noun it modifies is rare in English but
        // for such a state: "dozens of fighters *dead*".)
        let trailing = (o + 1..self.t.len()).any(|k| {
            self.t.upos(k) == dyad_core::Upos::Adj
                && self.t.deprel(k) == "amod"
                && self
                    .t
                    .head(k)
                    .is_some_and(|h| h < k && self.t.dominates(o, h))
        });
        trailing
            || self
                .t
                .kids_rel(i, &["xcomp"])
                .any(|k| k > o && self.t.upos(k) == dyad_core::Upos::Adj)
    }

    /// Participle `i` tells where someone is, not what was done: a
    /// participle on a noun ("soldiers *stationed* in Korea") or a passive
    /// in the present ("troops *are stationed* there").
    fn stationed_state(&self, i: usize) -> bool {
        if self.t.xpos(i) != "VBN" {
            return false;
        }
        let on_a_noun =
            self.t.base_rel(i) == "acl" && self.t.kids_rel(i, &["obl:agent"]).next().is_none();
        let present_passive = self
            .t
            .kids_rel(i, &["aux:pass"])
            .any(|a| matches!(self.t.xpos(a), "VBP" | "VBZ"))
            && self.t.kids_rel(i, &["aux"]).next().is_none();
        on_a_noun || present_passive
    }

    /// Verb `i` is followed in the same sentence by its own undoing,
    /// told of the same thing by a pronoun or with no object at all:
    /// "ordered airstrikes in reprisal, but then *cancelled them*",
    /// "approved the strike and then *called it off*". The act did not
    /// happen.
    fn called_off_after(&self, i: usize) -> bool {
        self.t.kids_rel(i, &["conj"]).any(|c| {
            let l = self.t.lemma(c);
            let undoing = matches!(
                l.as_str(),
                "cancel" | "abort" | "rescind" | "revoke" | "reverse" | "scrap" | "retract"
            ) || (l == "call"
                && self
                    .t
                    .kids_rel(c, &["compound:prt"])
                    .any(|p| self.t.lemma(p) == "off"));
            let back_reference = match self.t.first_kid(c, &["obj"]) {
                Some(o) => matches!(self.t.lemma(o).as_str(), "it" | "they" | "them" | "that"),
                None => true,
            };
            c > i && undoing && back_reference && self.t.first_kid(c, &["nsubj"]).is_none()
        })
    }

    /// "provided"/"providing" used as a conjunction of condition, which
    /// the parser reads as the verb: "free to send arms, *provided* the
    /// weapons go to the rebels", "providing that they comply". Its
    /// complement is a clause of its own: "that", or a verb with its own
    /// subject and no "to".
    fn is_proviso(&self, i: usize) -> bool {
        let form = self.t.form(i).to_ascii_lowercase();
        if self.t.lemma(i) != "provide" || !matches!(form.as_str(), "provided" | "providing") {
            return false;
        }
        if self
            .t
            .kids_rel(i, &["nsubj", "nsubj:pass", "aux", "aux:pass"])
            .next()
            .is_some()
        {
            return false;
        }
        if self.t.form(i + 1).eq_ignore_ascii_case("that") {
            return true;
        }
        self.t.kids_rel(i, &["xcomp", "ccomp", "advcl"]).any(|c| {
            c > i
                && self.t.is_verbal(c)
                && !self
                    .t
                    .kids_rel(c, &["mark"])
                    .any(|m| self.t.lemma(m) == "to")
                && self.t.upos(c - 1) != dyad_core::Upos::Part
        })
    }

    /// The verbs of the trigger's to-clauses of purpose ("gathered *to
    /// pay* tribute", "deployed troops *to assist* in the search").
    fn purpose_verbs(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        // (The parser may hang the to-clause on the place or the object:
        // "gathered at the stadium to pay tribute".)
        (i + 1..self.t.len()).filter(move |&c| {
            let near = self.t.head(c).is_some_and(|h| {
                h == i || (matches!(self.t.base_rel(h), "obl" | "obj") && self.t.head(h) == Some(i))
            });
            near && matches!(self.t.base_rel(c), "advcl" | "xcomp" | "acl")
                && self.t.is_verbal(c)
                && self
                    .t
                    .kids_rel(c, &["mark"])
                    .any(|m| self.t.lemma(m) == "to")
        })
    }

    /// The trigger has a to-clause of purpose whose verb is not among the
    /// aims of a protest (`@protest_purpose`): "thousands *gathered* to pay
    /// tribute to Mandela" is a ceremony.
    fn purpose_not_protest(&self, i: usize) -> bool {
        self.purpose_verbs(i)
            .any(|c| !self.dict.in_list("protest_purpose", &self.t.lemma(c)))
    }

    /// The trigger has a to-clause of purpose that helps (`@help_purpose`):
    /// forces "deployed *to assist* in recovery efforts" are aid.
    fn purpose_helps(&self, i: usize) -> bool {
        self.purpose_verbs(i)
            .any(|c| self.dict.in_list("help_purpose", &self.t.lemma(c)))
    }

    /// "*China's* actions to restrict Hong Kong's autonomy", "*Iran's*
    /// efforts to build a bomb": a to-clause right after a noun of effort or
    /// intent (`@owned_intent`) that has a possessive owner is the owner's act,
    /// wherever the parser hung the clause. The owner.
    fn owner_of_effort_before(&self, i: usize) -> Option<usize> {
        let mark = i.checked_sub(1)?;
        if self.t.lemma(mark) != "to" || self.t.head(mark) != Some(i) {
            return None;
        }
        let noun = mark.checked_sub(1)?;
        if !self.dict.in_list("owned_intent", &self.t.lemma(noun)) {
            return None;
        }
        self.t.kids_rel(noun, &["nmod:poss"]).next()
    }

    /// Whether `i` is the task in "tasked Kerry *with negotiating*", "is
    /// charged *with investigating*": a clause or gerund introduced by
    /// "with" under a verb of `@assign`. A gerund of `@task` counts even
    /// when parsed as a noun ("charged *with overseeing*").
    fn assigned_task(&self, i: usize) -> bool {
        let Some(h) = self.t.head(i) else {
            return false;
        };
        if !self.dict.in_list("assign", &self.t.lemma(h))
            || self.t.case_of(i).as_deref() != Some("with")
        {
            return false;
        }
        match self.t.base_rel(i) {
            "advcl" => self.t.is_verbal(i),
            "obl" => self.t.xpos(i) == "VBG" || self.dict.in_list("task", &self.t.lemma(i)),
            _ => false,
        }
    }

    /// "*Rounding up* the group's leaders doesn't send a welcome message":
    /// a bare gerund clause that opens the sentence and runs into its
    /// governor's subject with no comma between is that verb's subject,
    /// which the parser read as an adjunct with the gerund's object as
    /// the subject. The gerund has no doer in the sentence. (An opening
    /// participle set off by a comma, "*Walking* home, he saw ...", shares
    /// its governor's subject.)
    fn gerund_read_as_adjunct(&self, i: usize, h: usize) -> bool {
        if self.t.deprel(i) != "advcl"
            || self.t.xpos(i) != "VBG"
            || h < i
            || self.t.kids_rel(i, &["mark", "nsubj"]).next().is_some()
        {
            return false;
        }
        let Some(s) = self.t.first_kid(h, &["nsubj"]) else {
            return false;
        };
        // Nothing but the gerund's own words and the sentence opening
        // before it: "But rounding ...", not "After the talks, meeting ...".
        let opens = (0..i).all(|k| {
            matches!(
                self.t.upos(k),
                dyad_core::Upos::Cconj | dyad_core::Upos::Adv
            )
        });
        let comma = (i..s).any(|k| self.t.form(k) == "," || self.t.form(k) == "--");
        opens && s > i && !comma
    }

    /// "made the comments a day after *violence erupted* in Kiev*,
    /// injuring* 241": a participle after a comma that the parser hung on a
    /// verb far back tells of the nearer clause when that clause reports a
    /// happening (violence, a blast, a storm), which is nobody's act.
    fn follows_a_happening(&self, i: usize, h: usize) -> bool {
        if self.t.xpos(i) != "VBG"
            || h > i
            || i == 0
            || self.t.form(i - 1) != ","
            || self.t.kids_rel(i, &["mark", "nsubj"]).next().is_some()
        {
            return false;
        }
        // (The parser may read "a bomb *exploded*" as a participle.)
        let Some(v) = (h + 1..i).rev().find(|&v| {
            self.t.is_verbal(v)
                && (matches!(self.t.xpos(v), "VBD" | "VBZ" | "VBP") || self.t.deprel(v) == "acl")
                && self.t.dominates(h, v)
        }) else {
            return false;
        };
        let happening = |k: usize| {
            self.t.is_nominal(k)
                && ["happening", "hazard", "weaponry"]
                    .iter()
                    .any(|list| self.dict.in_list(list, &self.t.lemma(k)))
        };
        let subject = if self.t.deprel(v) == "acl" {
            self.t.head(v)
        } else {
            self.t.first_kid(v, &["nsubj"])
        };
        subject.is_some_and(|s| (s..v).any(|k| self.t.dominates(s, k) && happening(k)))
    }

    /// The head of the noun phrase that ends right before `i`: from the
    /// word before `i`, up through nominal heads, never past a comma.
    fn phrase_before(&self, i: usize) -> Option<usize> {
        let comma = (0..i).rev().find(|&k| self.t.form(k) == ",");
        let mut k = i.checked_sub(1)?;
        for _ in 0..8 {
            match self.t.head(k) {
                Some(p)
                    if p < k
                        && comma.is_none_or(|c| p > c)
                        && matches!(
                            self.t.upos(p),
                            dyad_core::Upos::Noun | dyad_core::Upos::Propn
                        ) =>
                {
                    k = p
                }
                _ => break,
            }
        }
        matches!(
            self.t.upos(k),
            dyad_core::Upos::Noun | dyad_core::Upos::Propn | dyad_core::Upos::Pron
        )
        .then_some(k)
    }

    /// "the comments came *as Boehner*, R-Ohio, *accused* the president":
    /// a subordinator read as a preposition makes the clause's subject an
    /// adjunct of the verb before and the clause's verb a conjunct of it
    /// (with no "and"). That adjunct, right before the verb, is its subject.
    fn subject_read_as_adjunct(&self, i: usize, h: usize) -> Option<usize> {
        if self.t.base_rel(i) != "conj"
            || !matches!(self.t.xpos(i), "VBD" | "VBZ" | "VBP")
            || self.t.kids_rel(i, &["cc"]).next().is_some()
        {
            return None;
        }
        let n = self
            .t
            .kids_rel(h, &["obl"])
            .filter(|&o| h < o && o < i)
            .last()?;
        let subordinator = self.t.kids_rel(n, &["case"]).any(|c| {
            matches!(
                self.t.lemma(c).as_str(),
                "as" | "while" | "when" | "after" | "before" | "since" | "until" | "because"
            )
        });
        // Nothing but the adjunct's own words and commas in between.
        let adjacent =
            (n + 1..i).all(|k| self.t.dominates(n, k) || self.t.upos(k) == dyad_core::Upos::Punct);
        (subordinator && adjacent).then_some(n)
    }

    /// "Trump *went on to* accuse", "the court *proceeded to* sentence":
    /// verbs of going ahead whose to-clause is what was done next, not a
    /// purpose aimed at.
    fn goes_on_to(&self, h: usize) -> bool {
        match self.t.lemma(h).as_str() {
            "go" => self
                .t
                .kids_rel(h, &["advmod", "compound:prt"])
                .any(|k| self.t.lemma(k) == "on"),
            "proceed" => true,
            _ => false,
        }
    }

    /// A sentence's main verb that the parser hung as a bare participle on
    /// its subject noun phrase, the root ("Tens of thousands of protesters
    /// *marched* through London", "Attorneys general from 16 states *sued*
    /// Trump"): a past participle after the root noun, with no by-phrase,
    /// auxiliary or subject of its own, on a noun inside the root's phrase,
    /// in a sentence with no finite verb. The root noun, whose phrase names
    /// the doer.
    fn main_verb_read_as_participle(&self, i: usize) -> Option<usize> {
        // Or a relative clause with no relative word, after a comma: "The
        // Islamic State, which is linked to the Abu Sayyaf Group*,
        // subsequently claimed* responsibility" hung on "Group".
        let bare_relative = self.t.deprel(i) == "acl:relcl"
            && matches!(self.t.xpos(i), "VBN" | "VBD")
            && !self
                .t
                .kids(i)
                .iter()
                .any(|&k| self.t.xpos(k).starts_with('W'))
            && (0..i)
                .rev()
                .find(|&k| self.t.upos(k) != dyad_core::Upos::Adv)
                .is_some_and(|k| self.t.form(k) == ",");
        let reduced_relative = self.t.deprel(i) == "acl" && self.t.xpos(i) == "VBN";
        if !(bare_relative || reduced_relative)
            || !self.t.prep_kids(i, "by").is_empty()
            || self
                .t
                .kids_rel(i, &["aux", "aux:pass", "nsubj", "nsubj:pass", "obl:agent"])
                .next()
                .is_some()
        {
            return None;
        }
        // No verb outside this one's clause is finite but in a subordinate
        // clause ("as he *visits*"): the sentence has no main verb but this
        // one.
        let finite_elsewhere = (0..self.t.len()).any(|k| {
            !self.t.dominates(i, k)
                && matches!(self.t.xpos(k), "VBD" | "VBZ" | "VBP" | "MD")
                && !matches!(
                    self.t.base_rel(k),
                    "advcl" | "acl" | "csubj" | "aux" | "cop"
                )
        });
        if finite_elsewhere {
            return None;
        }
        let mut h = self.t.head(i)?;
        for _ in 0..5 {
            match self.t.deprel(h) {
                "root" => {
                    let noun = matches!(
                        self.t.upos(h),
                        dyad_core::Upos::Noun | dyad_core::Upos::Propn
                    );
                    let predicate = self.t.kids_rel(h, &["nsubj", "cop"]).next().is_some();
                    return (noun && !predicate && h < i).then_some(h);
                }
                "nmod" | "amod" | "compound" | "appos" | "obl" => h = self.t.head(h)?,
                "acl:relcl" | "conj" if bare_relative => h = self.t.head(h)?,
                _ => return None,
            }
        }
        None
    }

    /// The spans of those entities among `actor` and `recipients` whose
    /// head has a possessive owner that names no known party ("*its*
    /// leaders" after "the group"): they belong to someone unnamed.
    fn owned_by_unknown(&self, actor: &[Entity], recipients: &[Entity]) -> Vec<ByteSpan> {
        actor
            .iter()
            .chain(recipients)
            .filter(|e| {
                self.entity_tokens(e).any(|k| {
                    self.t.kids_rel(k, &["nmod:poss"]).any(|p| {
                        let inside = self.t.s.tokens.get(p).is_some_and(|t| {
                            t.span.start >= e.span.start && t.span.end <= e.span.end
                        });
                        let known = self
                            .mentions
                            .iter()
                            .any(|m| m.start <= p && p < m.end && m.code.country.is_some())
                            || self.pronoun_antecedent(p).is_some();
                        !inside && !known
                    })
                })
            })
            .map(|e| e.span)
            .collect()
    }

    /// "demanded *a secular government*", "vowed to form *a new
    /// government*": an institution named with "a" is a kind of
    /// institution wanted or made, not a party acted on.
    fn a_kind_of_institution(&self, e: &Entity) -> bool {
        self.entity_tokens(e).any(|k| {
            self.dict.in_list("institution", &self.t.lemma(k))
                && self
                    .t
                    .kids_rel(k, &["det"])
                    .any(|d| matches!(self.t.lemma(d).as_str(), "a" | "an"))
        })
    }

    /// "the *Paris* climate agreement", "the *Minsk* accords": a city
    /// that names an accord, or talks held there, is no party to them.
    fn names_an_accord(&self, e: &Entity) -> bool {
        let accord = e.resolution == "metonym"
            && self.entity_tokens(e).any(|k| {
                self.t.base_rel(k) == "compound"
                    && self
                        .t
                        .head(k)
                        .is_some_and(|h| self.dict.in_list("accord", &self.t.lemma(h)))
            });
        accord || self.names_a_law(e)
    }

    /// "backed *the USA Freedom Act*", "passed the *Iran* Sanctions Act": a
    /// country named inside the title of a law is what the law is about,
    /// never a party to the vote on it. (A title: the law word is
    /// capitalised, as "Act" is and "an act of war" is not.)
    fn names_a_law(&self, e: &Entity) -> bool {
        self.entity_tokens(e).any(|k| {
            let mut x = k;
            for _ in 0..4 {
                if self.t.base_rel(x) != "compound" {
                    return false;
                }
                let Some(h) = self.t.head(x) else {
                    return false;
                };
                let form = self.t.form(h);
                if self.dict.in_list("law", &self.t.lemma(h))
                    && form.chars().next().is_some_and(char::is_uppercase)
                {
                    return true;
                }
                x = h;
            }
            false
        })
    }

    /// "slammed the delay, *with Sen. Cotton issuing* a statement",
    /// "praised the move, *with a spokeswoman saying* ...": a with-phrase
    /// whose noun has a participle of its own is a circumstance (an
    /// absolute clause), and its noun no party to the act.
    fn in_absolute_with(&self, e: &Entity) -> bool {
        // (Set off by a comma: "forces stationed in Yemen" after "clashed
        // with" is a party with a modifier.)
        self.entity_tokens(e).any(|k| {
            let with = self
                .t
                .kids_rel(k, &["case"])
                .find(|&c| self.t.lemma(c) == "with");
            let set_off = with.is_some_and(|w| w > 0 && self.t.form(w - 1) == ",");
            let participle = (k + 1..(k + 7).min(self.t.len())).any(|a| {
                matches!(self.t.xpos(a), "VBG" | "VBN")
                    && matches!(self.t.base_rel(a), "acl" | "advcl")
                    && (self.t.head(a) == Some(k) || self.t.head(a) == self.t.head(k))
            });
            set_off && participle
        })
    }

    /// The tokens inside an entity's span, in order.
    fn entity_tokens<'e>(&'e self, e: &'e Entity) -> impl Iterator<Item = usize> + 'e {
        self.t
            .s
            .tokens
            .iter()
            .enumerate()
            .filter(move |(_, t)| t.span.start >= e.span.start && t.span.end <= e.span.end)
            .map(|(k, _)| k)
    }

    /// A party named by a bare plural noun with nothing to pin it down
    /// ("*people*", "*priests*", "*bishops*"): no determiner, possessive,
    /// number or modifier, so a class in general, not a body that can be
    /// addressed.
    fn is_generic_group(&self, e: &Entity) -> bool {
        let toks: Vec<usize> = self.entity_tokens(e).collect();
        let [k] = toks.as_slice() else {
            return false;
        };
        let k = *k;
        let plural = self.t.xpos(k) == "NNS" || self.t.lemma(k) == "people";
        plural
            && self
                .t
                .kids_rel(
                    k,
                    &["det", "nmod:poss", "nummod", "amod", "compound", "nmod"],
                )
                .next()
                .is_none()
    }

    /// A noun trigger's actor through a light verb ("*Israel* mounted an invasion").
    fn light_subject(&self, n: usize) -> Option<usize> {
        let h = self.t.head(n)?;
        let rel = self.t.deprel(n);
        // ("the attack was *not authorized by* Saudi authorities": those who
        // did not allow an act did not do it.)
        let refused_leave = matches!(
            self.t.lemma(h).as_str(),
            "authorize" | "authorise" | "approve"
        ) && self.has_not(h);
        if matches!(rel, "obj" | "nsubj:pass")
            && self.t.is_verbal(h)
            && self.dict.in_list("light", &self.t.lemma(h))
            && !refused_leave
        {
            return self.subject(h, 0);
        }
        // "issue threats of X": the noun may hang under a conjoined light verb.
        None
    }

    /// Who took part in a consultation named by a noun with its other side
    /// ("a meeting *with* Xi") in an adjunct of a clause: the clause's
    /// subject ("*after* a meeting with Xi, *Putin* said", "*in* talks with
    /// Kerry, China agreed"), or the subject of a copula ("*they* were *in*
    /// a meeting with the North Koreans"). Only consultations: who speaks
    /// after an attack did not carry it out.
    fn attendee(&self, hit: &Hit<'p>) -> Option<usize> {
        let n = hit.tok;
        if hit.pat.category != Category::Consult || self.t.prep_kids(n, "with").is_empty() {
            return None;
        }
        let case = self.t.case_of(n)?;
        if !matches!(
            case.as_str(),
            "after" | "before" | "during" | "in" | "at" | "following"
        ) {
            return None;
        }
        // A party, not "there is concern in talks with ...".
        let party = |k: usize| {
            self.mention_for(k)
                .is_some_and(|m| m.code.country.is_some())
                .then_some(k)
        };
        if self.t.first_kid(n, &["cop"]).is_some() {
            return self.t.first_kid(n, &["nsubj"]).and_then(party);
        }
        let h = self.t.head(n)?;
        if self.t.base_rel(n) != "obl" || !self.t.is_verbal(h) {
            return None;
        }
        self.subject(h, 0).and_then(party)
    }

    fn slot_tokens(&self, hit: &Hit<'p>, slot: &Slot) -> Vec<usize> {
        let i = hit.tok;
        let noun = hit.pat.pos == TriggerPos::Noun;
        match slot {
            Slot::Subj => {
                if noun {
                    let by = self.t.prep_kids(i, "by");
                    if !by.is_empty() {
                        return by;
                    }
                    // "sanctions *imposed by* the United Nations", "an
                    // embargo *launched by* Kennedy": who carried out the
                    // act named by the noun (a verb of doing, `@light`; not
                    // "a meeting overshadowed by ...").
                    let done_by: Vec<usize> = self
                        .t
                        .kids_rel(i, &["acl"])
                        .filter(|&p| {
                            self.t.xpos(p) == "VBN" && self.dict.in_list("light", &self.t.lemma(p))
                        })
                        .flat_map(|p| self.t.prep_kids(p, "by"))
                        .collect();
                    if !done_by.is_empty() {
                        return done_by;
                    }
                    return self
                        .light_subject(i)
                        .or_else(|| self.attendee(hit))
                        .into_iter()
                        .collect();
                }
                // "Thousands of protesters *marched* through Minsk", "16
                // states *sued* Trump", parsed as a participle on the
                // sentence's root noun: a verb used without an object
                // (`need=noobj`), or with one of its own, is no passive, so
                // the root's phrase did it.
                let active = hit.pat.need_no_object || self.t.first_kid(i, &["obj"]).is_some();
                if active {
                    if let Some(root) = self.main_verb_read_as_participle(i) {
                        return vec![root];
                    }
                }
                let mut subjects: Vec<usize> = self.subject(i, 0).into_iter().collect();
                // "Russia joined *China* in blocking the resolution": whoever
                // is joined acts too.
                if self.t.base_rel(i) == "advcl"
                    && self
                        .t
                        .kids_rel(i, &["mark"])
                        .any(|m| self.t.lemma(m) == "in")
                {
                    if let Some(h) = self.t.head(i).filter(|&h| self.t.lemma(h) == "join") {
                        subjects.extend(self.t.first_kid(h, &["obj"]));
                    }
                }
                subjects
            }
            Slot::Obj => {
                if noun {
                    return self.t.prep_kids(i, "of");
                }
                // (Unless it is the constrained theme: "held Tehran *in
                // contempt*", "was hit *with sanctions*".)
                if let Some(p) = self
                    .particle_obj(hit)
                    .filter(|&p| hit.pat.theme.is_empty() || Some(p) != hit.theme)
                {
                    return vec![p];
                }
                // "warned *the United States* on Friday that Russia will
                // retaliate": with a clause after it, the parser may call
                // the only object an indirect one.
                self.logical_obj(i)
                    .or_else(|| self.object_or_sole_iobj(i))
                    .into_iter()
                    .collect()
            }
            Slot::Iobj => {
                let mut v: Vec<usize> = self.t.kids_rel(i, &["iobj"]).collect();
                if noun && v.is_empty() {
                    v.extend(self.beneficiary_of_giving(i));
                }
                v
            }
            Slot::Theme => hit.theme.into_iter().collect(),
            Slot::Poss => self.t.kids_rel(i, &["nmod:poss"]).collect(),
            // "*the Libya* attack", "*the Iraq* war": a country spelled out
            // as the compound of a definite act of force names where the
            // known event happened, not who did it ("*a U.S.* attack").
            Slot::Amod => self
                .t
                .kids_rel(i, &["amod", "compound", "nmod:npmod"])
                .filter(|&k| !self.country_where_it_was(hit, k))
                .collect(),
            Slot::Csubj => {
                // A charge told in the passive is against its by-agent, not
                // its victim ("claimed the ambassador *was killed by* a
                // mob").
                let accuse = hit.pat.category == Category::Accuse;
                let threat = hit.pat.category == Category::Threaten;
                // "Putin promised that *Russia* would respond": the
                // speaker's own state in the clause is who will act.
                let speaker_country = self
                    .subject(i, 0)
                    .and_then(|s| self.mention_for(s))
                    .and_then(|m| m.code.country.clone());
                let own_state = |s: usize| {
                    speaker_country.is_some()
                        && self
                            .mention_for(s)
                            .is_some_and(|m| names_a_state(m) && m.code.country == speaker_country)
                };
                // "Peskov said Trump and Putin are good at talking, but
                // that *Russia needs to* stay vigilant": where the pattern
                // asks for a modal, only the clause that has it counts.
                let modal = (!hit.pat.comp_modal.is_empty())
                    .then(|| self.modal_clause(i, &hit.pat.comp_modal))
                    .flatten();
                // (Only a reported clause of the verb's own, or one
                // coordinated with it, narrows it.)
                let own_modal = modal.filter(|&m| {
                    self.t
                        .kids_rel(i, &["ccomp"])
                        .any(|c| c == m || self.t.kids_rel(c, &["conj"]).any(|k| k == m))
                });
                let mut v: Vec<usize> = self
                    .t
                    .kids_rel(i, &["ccomp"])
                    .filter(|&c| own_modal.is_none_or(|m| m == c))
                    .filter_map(|c| match self.t.first_kid(c, &["nsubj", "nsubj:pass"]) {
                        Some(s) if accuse && self.t.deprel(s) == "nsubj:pass" => {
                            self.t.prep_kids(c, "by").into_iter().next()
                        }
                        other => other,
                    })
                    .filter(|&s| !own_state(s))
                    .collect();
                if v.is_empty() {
                    if let Some(c) = modal {
                        // (A conjoined verb shares its head's subject:
                        // "Washington can join but *must lift*".)
                        let subject = self.t.first_kid(c, &["nsubj", "nsubj:pass"]).or_else(|| {
                            (self.t.deprel(c) == "conj")
                                .then(|| self.t.head(c))
                                .flatten()
                                .and_then(|h| self.t.first_kid(h, &["nsubj", "nsubj:pass"]))
                        });
                        match subject {
                            // "Clinton warned that *Washington* would act
                            // *if Syria* used the weapons": the speaker's
                            // own state acts; whoever the condition names
                            // is the one warned.
                            Some(s) if threat && own_state(s) => v.extend(
                                self.t
                                    .kids_rel(c, &["advcl"])
                                    .filter(|&a| {
                                        self.t.kids_rel(a, &["mark"]).any(|m| {
                                            matches!(self.t.lemma(m).as_str(), "if" | "unless")
                                        })
                                    })
                                    .filter_map(|a| self.t.first_kid(a, &["nsubj"]))
                                    .filter(|&s| !own_state(s)),
                            ),
                            other => v.extend(other),
                        }
                    }
                }
                v
            }
            Slot::Comp => {
                let mut v = Vec::new();
                for c in self.t.kids_rel(i, &["xcomp", "ccomp"]) {
                    v.extend(self.t.first_kid(c, &["obj", "iobj"]));
                    for p in ["to", "with", "against", "on", "from", "into"] {
                        v.extend(self.t.prep_kids(c, p));
                    }
                }
                v
            }
            Slot::Host => self.host_subject(i).into_iter().collect(),
            Slot::Prior | Slot::Nothing => Vec::new(),
            Slot::Prep(p) => {
                let mut v = self.t.prep_kids(i, p);
                // The phrase may attach to the theme noun ("imposed sanctions *on* Iran")
                // or, for a noun trigger, to its light verb ("held talks *with* X").
                if let Some(th) = hit.theme {
                    if th != i {
                        v.extend(self.t.prep_kids(th, p));
                    }
                }
                if noun {
                    if let Some(h) = self.t.head(i) {
                        if self.t.is_verbal(h) && self.dict.in_list("light", &self.t.lemma(h)) {
                            v.extend(self.t.prep_kids(h, p));
                        }
                    }
                }
                // A particle-preposition object is the theme, not a recipient.
                if let Some(po) = self.particle_obj(hit) {
                    v.retain(|&x| x != po);
                }
                // "*To* CNN's analyst, the response could provide a boost":
                // a fronted to-phrase set off by a comma says in whose view,
                // not to whom.
                if p == "to" {
                    v.retain(|&x| !self.fronted_viewpoint(x, i));
                }
                v
            }
        }
    }

    /// For an event noun given to someone ("granted *Milken* a full
    /// *pardon*", "offered *Kyiv* aid"): the first object of the verb of
    /// giving, which the parser may take for its direct object when it
    /// hangs the noun elsewhere.
    fn beneficiary_of_giving(&self, n: usize) -> Option<usize> {
        let h = self.t.head(n)?;
        if !self.t.is_verbal(h)
            || !matches!(
                self.t.lemma(h).as_str(),
                "grant" | "give" | "offer" | "award" | "extend" | "hand" | "issue"
            )
        {
            return None;
        }
        self.t.first_kid(h, &["iobj"]).or_else(|| {
            (self.t.deprel(n) != "obj")
                .then(|| self.t.first_kid(h, &["obj"]))
                .flatten()
                .filter(|&o| o < n)
        })
    }

    /// "*the Libya* attack", "*the Iraq* war": compound `k` of the trigger
    /// is a country spelled out as the modifier of a definite act of force,
    /// which names where the known event happened, not who did it ("*a
    /// U.S.* attack", "*the U.S.* attack" keep their actor); so is a
    /// company or a town as that modifier, with any determiner ("the
    /// *Aramco* attacks").
    fn country_where_it_was(&self, hit: &Hit<'p>, k: usize) -> bool {
        if hit.pat.pos != TriggerPos::Noun
            || hit.pat.category.quad() != Quad::MaterialConflict
            || self.t.deprel(k) != "compound"
        {
            return false;
        }
        let Some(m) = self.mention_for(k) else {
            return false;
        };
        // A company or a town in that place is what was hit or where:
        // "the *Aramco* attacks", "a *Benghazi* raid".
        if m.code.sector.as_deref() == Some("BUS") || m.kind == MentionKind::Place {
            return true;
        }
        self.t
            .kids_rel(hit.tok, &["det"])
            .any(|d| self.t.lemma(d) == "the")
            && m.entry.starts_with("country:")
            && m.text.chars().any(char::is_lowercase)
    }

    /// Token `x` lies in a to-phrase that opens the sentence and ends at a
    /// comma before trigger `i` ("*To* CNN analyst Tom Fuentes*,* the
    /// response ..."), naming a person, not a state.
    fn fronted_viewpoint(&self, x: usize, i: usize) -> bool {
        let Some(to) = (0..self.t.len()).find(|&k| self.t.upos(k) != dyad_core::Upos::Punct) else {
            return false;
        };
        if !self.t.form(to).eq_ignore_ascii_case("to") {
            return false;
        }
        let Some(comma) = (to + 1..i).find(|&k| self.t.form(k) == ",") else {
            return false;
        };
        let state = self
            .mention_for(x)
            .is_some_and(|m| m.entry.starts_with("country:") || m.kind == MentionKind::Metonym);
        to < x && x < comma && !state
    }

    fn particle_obj(&self, hit: &Hit<'p>) -> Option<usize> {
        let prt = hit.particle?;
        let h = self.t.head(prt)?;
        (h != hit.tok).then_some(h)
    }

    /// The mention standing for the phrase headed by `i`: the nearest one in
    /// its subtree, not crossing clause boundaries.
    fn mention_for(&self, i: usize) -> Option<&'a Mention> {
        // (The party the antecedent names, not one inside it: "the Tokyo
        // subway attack, *which* killed 12" names no killer.)
        if let Some(a) = self.relative_antecedent(i) {
            return self.mention_below(a).filter(|m| m.start <= a && a < m.end);
        }
        // "attacked *the proclamation* of the Golan Heights as Israeli *by
        // Trump*", "condemned *Pelosi's* decision": an act or idea stands
        // for whoever made it, its owner or its by-agent, before what it is
        // about.
        let found = self.mention_below(i);
        let lemma = self.t.lemma(i);
        // (Not "*Trump's* opponents": whom a group opposes is not who it is.)
        let idea = self.t.upos(i) == dyad_core::Upos::Noun
            && !self.dict.in_list("adversary", &lemma)
            && (self.dict.in_list("abstract", &lemma)
                || self.dict.in_list("act_reference", &lemma));
        if idea {
            // The parser often hangs the by-phrase on the theme ("the
            // recognition of [Kosovo by Washington]"); a name takes no
            // by-agent, so one anywhere in the noun's phrase is the act's.
            let mut phrase = vec![i];
            let mut at = 0;
            while let Some(&x) = phrase.get(at) {
                at += 1;
                if phrase.len() < 24 {
                    phrase.extend(
                        self.t
                            .kids(x)
                            .iter()
                            .filter(|&&k| matches!(self.t.base_rel(k), "nmod" | "compound")),
                    );
                }
            }
            let agent = phrase
                .iter()
                .flat_map(|&x| self.t.kids(x).iter().copied())
                .filter(|&k| {
                    (self.t.deprel(k) == "nmod:poss" && self.t.head(k) == Some(i))
                        || self.t.base_rel(k) == "nmod"
                            && self.t.case_of(k).as_deref() == Some("by")
                })
                .find_map(|k| self.mention_below(k).filter(|m| m.code.country.is_some()));
            if agent.is_some() {
                return agent;
            }
            // What an idea is about is no party to it: "attacked the plan
            // *for Gaza*", "the report *on Crimea*", "criticized the
            // decision *to send troops to Syria*".
            if found.is_some_and(|m| self.topic_of_idea(m.head) || self.in_idea_content(m.head, i))
            {
                return None;
            }
        }
        // Whom a struggle is against is its target, not a party to the act
        // on it: "supported *the fight against* Islamic State".
        if found.is_some_and(|m| self.target_of_struggle(m.head, i)) {
            return None;
        }
        if found.is_some_and(|m| m.code.country.is_some()) {
            return found;
        }
        // "condemned the resolution *passed by the House*": a thing made
        // by someone stands for its maker when nothing else in its phrase
        // names a party. (A thing, not a person: "the cleric *Gulen*,
        // accused by Turkey" is not Turkey, nor is "the man arrested by
        // police" the police.)
        let made_thing = self.t.upos(i) == dyad_core::Upos::Noun
            && [
                "abstract",
                "act_reference",
                "document",
                "law",
                "statute",
                "pact",
                "weaponry",
            ]
            .iter()
            .any(|l| self.dict.in_list(l, &lemma));
        let maker = self
            .t
            .kids_rel(i, &["acl"])
            .filter(|_| made_thing)
            .filter(|&v| self.t.xpos(v) == "VBN")
            .flat_map(|v| self.t.prep_kids(v, "by"))
            .find_map(|a| self.mention_below(a).filter(|m| m.code.country.is_some()));
        maker.or(found)
    }

    /// The noun a relative pronoun `k` stands for ("Johnson, *who* was
    /// accused by ..."): the noun its clause modifies, or, when the parser
    /// made the clause a conjunct, the phrase right before the comma.
    fn relative_antecedent(&self, k: usize) -> Option<usize> {
        if !matches!(self.t.xpos(k), "WP" | "WDT")
            || !matches!(self.t.lemma(k).as_str(), "who" | "which")
        {
            return None;
        }
        let clause = self.t.head(k)?;
        let mut a = if self.t.deprel(clause) == "acl:relcl" {
            self.t.head(clause)?
        } else {
            let comma = k.checked_sub(1).filter(|&c| self.t.form(c) == ",")?;
            let mut a = comma.checked_sub(1)?;
            for _ in 0..4 {
                match (self.t.deprel(a), self.t.head(a)) {
                    ("flat" | "compound", Some(h)) if h < k => a = h,
                    _ => break,
                }
            }
            a
        };
        // "Jeremy Corbyn, leader of the Labour Party, *who*": a person's
        // description ends in the body they lead; "who" is the person.
        // (Only from a named body, not past a person: "the view of Donald
        // Trump, who".)
        let person_at = |x: usize| {
            self.mentions
                .iter()
                .any(|m| m.start <= x && x < m.end && is_person_mention(m))
        };
        if self.t.lemma(k) == "who" && self.t.upos(a) == dyad_core::Upos::Propn && !person_at(a) {
            if let Some(h) = self.t.head(a).filter(|&h| {
                self.t.base_rel(a) == "nmod"
                    && self.t.case_of(a).as_deref() == Some("of")
                    && self.t.upos(h) == dyad_core::Upos::Noun
                    && !self.dict.in_list("abstract", &self.t.lemma(h))
                    && !self.dict.in_list("act_reference", &self.t.lemma(h))
            }) {
                a = h;
                if self.t.deprel(a) == "appos" {
                    a = self.t.head(a)?;
                }
            }
        }
        matches!(
            self.t.upos(a),
            dyad_core::Upos::Propn | dyad_core::Upos::Noun
        )
        .then_some(a)
    }

    /// Whom a possessive pronoun `k` before a group noun means ("*his*
    /// aides"): its antecedent, but only when that is sure. A name the
    /// knowledge base does not know, between the candidate and the pronoun
    /// or as a subject before it, may be whom it means ("*Navalny* is a
    /// critic of Putin, and *his* associates"); of two people named before
    /// "his", the subject is meant, and of two that are not, neither.
    fn possessive_owner(&self, k: usize) -> Option<&'a Mention> {
        let unknown_name = |x: usize| {
            self.t.upos(x) == dyad_core::Upos::Propn
                && !self.t.base_rel(x).starts_with("obl")
                && !dyad_actors::is_calendar_word(&self.t.lemma(x).to_lowercase())
                && !self
                    .mentions
                    .iter()
                    .any(|n| n.start <= x && x < n.end && n.code.country.is_some())
        };
        let subject = |m: &Mention| {
            (m.start..m.end).any(|x| matches!(self.t.deprel(x), "nsubj" | "nsubj:pass"))
        };
        let people: Vec<&Mention> = self
            .mentions
            .iter()
            .copied()
            .filter(|m| {
                m.end <= k
                    && m.code.country.is_some()
                    && (m.kind == MentionKind::Person
                        || m.entry.starts_with("person:")
                        || m.entry.starts_with("adhoc:"))
            })
            .collect();
        let personal = matches!(self.t.lemma(k).as_str(), "his" | "her");
        let clear = match people.as_slice() {
            [_] | [] => true,
            _ => people.iter().filter(|m| subject(m)).count() == 1,
        };
        self.pronoun_antecedent(k)
            .filter(|m| {
                !(m.end.min(k)..k).any(unknown_name)
                    && !(0..k).any(|x| {
                        unknown_name(x) && matches!(self.t.deprel(x), "nsubj" | "nsubj:pass")
                    })
            })
            .filter(|m| !personal || clear && (people.len() < 2 || subject(m)))
            .or_else(|| {
                (personal && clear && people.len() >= 2)
                    .then(|| people.iter().copied().find(|m| subject(m)))
                    .flatten()
            })
    }

    /// The words right before token `k` are a struggle noun other than
    /// the trigger and "against" ("the war *against* Iraq"), however the
    /// parser attached the phrase.
    fn after_a_struggle(&self, k: usize, trigger: usize) -> bool {
        // Past a determiner: "the fight against *the* Islamic State".
        let det = k
            .checked_sub(1)
            .is_some_and(|d| self.t.upos(d) == dyad_core::Upos::Det);
        let Some(against) = k
            .checked_sub(if det { 2 } else { 1 })
            .filter(|&a| self.t.lemma(a) == "against")
        else {
            return false;
        };
        let before = against.checked_sub(1);
        before.is_some_and(|b| b != trigger && self.is_struggle(b))
    }

    /// A side's own troops are its instrument, not its counterpart, except
    /// in force ("agreed to remove *US troops* from Syria" is about Syria;
    /// "ordered a withdrawal of *the American troops*" has no recipient).
    fn own_forces(&self, r: &Entity, actor: &[Entity], category: Category) -> bool {
        let own = r
            .code
            .as_deref()
            .is_some_and(|c| actor.iter().any(|a| a.code.as_deref() == Some(c)));
        let forces = self
            .entity_tokens(r)
            .any(|k| self.dict.in_list("own_forces", &self.t.lemma(k)));
        own && forces && category.quad() != Quad::MaterialConflict
    }

    /// Token `k` is a noun of struggle or effort, or one naming an act
    /// again ("fight", "campaign", "sanctions"): what it is *against* is its
    /// target.
    fn is_struggle(&self, k: usize) -> bool {
        let noun = self.t.lemma(k);
        self.t.upos(k) == dyad_core::Upos::Noun
            && (self.dict.in_list("struggle", &noun)
                || self.dict.in_list("effort", &noun)
                || self.dict.in_list("act_reference", &noun))
    }

    /// Token `j`, inside the phrase of `top`, is in what a struggle noun
    /// between them is *against* ("the fight against *Islamic State*").
    fn target_of_struggle(&self, j: usize, top: usize) -> bool {
        let mut cur = j;
        for _ in 0..6 {
            if cur == top {
                return false;
            }
            let Some(h) = self.t.head(cur) else {
                return false;
            };
            if self.t.case_of(cur).as_deref() == Some("against") {
                return self.is_struggle(h);
            }
            cur = h;
        }
        false
    }

    /// A noun of talks or meetings ("talks", "meeting", "summit").
    fn talk_noun(&self, x: usize) -> bool {
        let l = self.t.lemma(x);
        self.t.upos(x) == dyad_core::Upos::Noun
            && (self.dict.in_list("talk", &l)
                || matches!(l.as_str(), "meeting" | "summit" | "conference"))
    }

    /// Token `c` opens with a preposition of topic ("on", "about", "over",
    /// "regarding", "concerning").
    fn topic_case(&self, c: usize) -> bool {
        self.t.case_of(c).is_some_and(|p| {
            matches!(
                p.as_str(),
                "on" | "about" | "over" | "regarding" | "concerning"
            )
        })
    }

    /// Whether token `k` is what a consultation at `v` is about rather than
    /// a party to it: on its way up to the branch it shares with the
    /// trigger it passes through a verb's object ("discussed *Russian*
    /// interference", "a call *to discuss the North Korean test*") or a
    /// phrase of topic ("a phone call *on the North Korean test*"). The
    /// trigger's own object does not count when its pattern takes the
    /// object as the party (`own_object`: "met *Putin*").
    fn within_object(&self, v: usize, k: usize, own_object: bool) -> bool {
        let mut above_v = vec![v];
        let mut cur = v;
        while let Some(h) = self.t.head(cur) {
            if above_v.len() > self.t.len() {
                break;
            }
            above_v.push(h);
            cur = h;
        }
        let mut cur = k;
        for _ in 0..self.t.len() {
            if above_v.contains(&cur) {
                return false;
            }
            let Some(h) = self.t.head(cur) else {
                return false;
            };
            let object =
                self.t.base_rel(cur) == "obj" && self.t.is_verbal(h) && !(h == v && own_object);
            if object || self.topic_case(cur) {
                return true;
            }
            cur = h;
        }
        false
    }

    /// Whether token `j` is inside what talks are about: "host talks *on
    /// Syria* with Macron". Such a phrase names a topic, not a party.
    fn talked_of(&self, j: usize) -> bool {
        let mut cur = j;
        for _ in 0..4 {
            let Some(h) = self.t.head(cur) else {
                return false;
            };
            // (The parser may hang the phrase on the verb: "host talks
            // *on Syria*".)
            if self.topic_case(cur) {
                return self.talk_noun(h)
                    || (self.t.is_verbal(h)
                        && self.t.kids_rel(h, &["obj"]).any(|o| self.talk_noun(o)));
            }
            cur = h;
        }
        false
    }

    /// Whether token `j` is inside what an idea or act is about: a phrase
    /// with "for", "on", "about", "over", "regarding" or "concerning" on
    /// an `@abstract` or `@act_reference` noun ("the plan *for Gaza*", "a
    /// report *on Crimea*"). Such a phrase names a topic, not a party.
    fn topic_of_idea(&self, j: usize) -> bool {
        let mut cur = j;
        for _ in 0..6 {
            let Some(h) = self.t.head(cur) else {
                return false;
            };
            let topic = self.t.case_of(cur).is_some_and(|p| {
                matches!(
                    p.as_str(),
                    "for" | "on" | "about" | "over" | "regarding" | "concerning"
                )
            });
            if topic {
                let noun = self.t.lemma(h);
                return self.t.upos(h) == dyad_core::Upos::Noun
                    && (self.dict.in_list("abstract", &noun)
                        || self.dict.in_list("act_reference", &noun));
            }
            cur = h;
        }
        false
    }

    /// Whether token `j` lies in the infinitive content of an `@abstract`
    /// or `@act_reference` noun ("the decision *to send troops to Syria*")
    /// that does not hold `tok` (the trigger or the argument being
    /// resolved): whose decision it was is its owner or agent, not what it
    /// is about.
    fn in_idea_content(&self, j: usize, tok: usize) -> bool {
        let mut cur = j;
        for _ in 0..8 {
            let Some(h) = self.t.head(cur) else {
                return false;
            };
            if self.t.deprel(cur) == "acl"
                && self
                    .t
                    .kids_rel(cur, &["mark"])
                    .any(|m| self.t.lemma(m) == "to")
            {
                let noun = self.t.lemma(h);
                let idea = self.t.upos(h) == dyad_core::Upos::Noun
                    && (self.dict.in_list("abstract", &noun)
                        || self.dict.in_list("act_reference", &noun));
                return idea && cur != tok && !self.t.dominates(cur, tok);
            }
            cur = h;
        }
        false
    }

    /// Whether `c`, a dependent of the `@happening` noun `subj`, names where
    /// it happened rather than who did it (see [`Self::scene_of_happening`]).
    ///
    /// Whether `c`, a dependent of the noun `x`, names where `x` happened
    /// rather than who did it: a phrase "in", "within", "across" or
    /// "throughout" ("a fire *in La Llagosta*"), or the owner of a civil
    /// war or conflict ("*Syria's* civil war has killed").
    fn happening_scene(&self, subj: usize, c: usize) -> bool {
        self.dict.in_list("happening", &self.t.lemma(subj)) && self.scene_of_happening(subj, c)
    }

    /// See [`Self::happening_scene`], for any noun `x`.
    fn scene_of_happening(&self, x: usize, c: usize) -> bool {
        if self.t.head(c) != Some(x) {
            return false;
        }
        let located = self
            .t
            .case_of(c)
            .is_some_and(|p| matches!(p.as_str(), "in" | "within" | "across" | "throughout"));
        let civil_owner = self.t.deprel(c) == "nmod:poss"
            && self
                .t
                .kids_rel(x, &["amod"])
                .any(|a| self.t.lemma(a) == "civil");
        located || civil_owner
    }

    /// The mention heading or inside the phrase of token `i` (see
    /// [`Self::mention_for`]), without looking at who made it.
    fn mention_below(&self, i: usize) -> Option<&'a Mention> {
        let mut queue = vec![(i, 0usize)];
        let mut k = 0;
        // A mention without a country ("rebels") is kept only if nothing
        // deeper names one ("rebels in the Ivory Coast").
        let mut uncoded: Option<&'a Mention> = None;
        // A happening as subject (`@happening`: "a *fire* in La Llagosta
        // killed a person", "a *surge* in violence in Kabul killed") is not
        // the place it is in; people are ("rebels in the Ivory Coast",
        // "hardliners in the Conservative Party").
        // So is another act or idea ("military *campaigns* in Iraq and
        // Syria wound down").
        let lemma_i = self.t.lemma(i);
        let thing = self.t.upos(i) == dyad_core::Upos::Noun
            && self.t.base_rel(i) == "nsubj"
            && (self.dict.in_list("happening", &lemma_i)
                || self.dict.in_list("abstract", &lemma_i)
                || self.dict.for_lemma(&lemma_i).next().is_some())
            && !self.mentions.iter().any(|m| m.start <= i && i < m.end);
        while let Some(&(x, d)) = queue.get(k) {
            k += 1;
            // A backer ("*Iran*-backed militias") is not the phrase's party.
            if let Some(m) = self
                .mentions
                .iter()
                .copied()
                .find(|m| m.head == x)
                .or_else(|| {
                    self.mentions
                        .iter()
                        .copied()
                        .find(|m| m.start <= x && x < m.end)
                })
                .filter(|m| !self.names_a_backer(m))
                // Where a named person lives is not who they are: "the
                // *U.S.-based* cleric Fethullah Gulen".
                .filter(|m| {
                    !(self.t.upos(i) == dyad_core::Upos::Propn
                        && x != i
                        && self
                            .t
                            .form(m.end.saturating_sub(1))
                            .to_lowercase()
                            .ends_with("-based"))
                })
            {
                if m.code.country.is_some() {
                    return Some(m);
                }
                uncoded.get_or_insert(m);
            }
            if d >= 4 {
                continue;
            }
            for &c in self.t.kids(x) {
                let rel = self.t.deprel(c);
                // A destination inside a phrase ("soldiers *to Russia*") is
                // not who the phrase is.
                // Nor is the spot or time it is at ("an explosion *at an
                // army checkpoint*").
                let directional = self.t.case_of(c).is_some_and(|p| {
                    matches!(
                        p.as_str(),
                        "to" | "into"
                            | "toward"
                            | "towards"
                            | "against"
                            | "at"
                            | "near"
                            | "outside"
                            | "inside"
                            | "during"
                            | "after"
                            | "before"
                            | "since"
                    )
                });
                let located = thing && self.scene_of_happening(x, c);
                // What talks are about is no party to them: "host talks
                // *on Syria* with Macron".
                let talked_of = self.talk_noun(x) && self.topic_case(c);
                if directional || located || talked_of || self.t.is_source_phrase(c) {
                    continue;
                }
                // Whom a group opposes is not who it is: "*Trump's*
                // opponents", "critics *of the government*", "*Kremlin*
                // critics" (a compound too, but for the opposition of a
                // country, "the *Syria* opposition", and for relations,
                // "*NATO* allies", which the compound's holder may own).
                let lemma_x = self.t.lemma(x);
                // (A state's allies are other states: "a close *US* ally"
                // is not the United States; a body's "allies" are its
                // members.)
                let state_named = || {
                    c + 1 == x
                        && self
                            .mentions
                            .iter()
                            .any(|m| m.start <= c && c < m.end && m.entry.starts_with("country:"))
                };
                let compound_opposed = rel == "compound"
                    && (!matches!(
                        lemma_x.as_str(),
                        "opposition" | "ally" | "partner" | "neighbor" | "neighbour"
                    ) || (lemma_x != "opposition" && state_named()));
                let opposed = self.dict.in_list("adversary", &lemma_x)
                    && (rel == "nmod:poss"
                        || compound_opposed
                        || self.t.case_of(c).as_deref() == Some("of"));
                if opposed {
                    continue;
                }
                let skip = matches!(
                    self.t.base_rel(c),
                    "acl"
                        | "advcl"
                        | "ccomp"
                        | "parataxis"
                        | "conj"
                        | "punct"
                        | "cc"
                        | "case"
                        | "det"
                        | "list"
                        | "dislocated"
                        | "reparandum"
                        | "vocative"
                        | "discourse"
                ) || rel == "acl:relcl";
                if !skip {
                    queue.push((c, d + 1));
                }
            }
        }
        if uncoded.is_none() && self.t.upos(i) == dyad_core::Upos::Pron {
            return self.pronoun_antecedent(i);
        }
        // "*His* allies accused the Kremlin": a group named only by whose
        // it is stands for its owner, as "Trump's aides" does (not "*his*
        // opponents").
        if uncoded.is_none() && !self.dict.in_list("adversary", &self.t.lemma(i)) {
            let owner = self
                .t
                .kids_rel(i, &["nmod:poss"])
                .filter(|&k| self.t.upos(k) == dyad_core::Upos::Pron)
                .find_map(|k| self.possessive_owner(k));
            if owner.is_some() {
                return owner;
            }
        }
        uncoded
    }

    /// The owner named inside a theme phrase ("*North Korean* missiles",
    /// "*its* soldiers"): a mention that is not just the theme word itself,
    /// whose country would then say where the soldiers went, not whose
    /// they are.
    fn owner_in(&self, i: usize) -> Option<&'a Mention> {
        // (A one-word sector noun is the theme itself, "sent *troops*"; a
        // one-word name is its party, "blamed the attack on *Israel*".)
        let bare_head = |m: &Mention| {
            m.head == i
                && m.start == i
                && m.end == i + 1
                && !matches!(
                    m.kind,
                    MentionKind::Name | MentionKind::Metonym | MentionKind::Person
                )
        };
        match self.mention_for(i) {
            Some(m) if !bare_head(m) => Some(m),
            _ => self
                .t
                .kids(i)
                .iter()
                .copied()
                .filter(|&k| {
                    matches!(
                        self.t.deprel(k),
                        "nmod:poss" | "amod" | "compound" | "nmod" | "det:poss"
                    ) && !self.t.case_of(k).is_some_and(|p| {
                        matches!(p.as_str(), "to" | "into" | "toward" | "towards" | "against")
                    })
                })
                .find_map(|k| self.mention_for(k)),
        }
    }

    /// A stand-in for coreference the mention finder did not resolve: a
    /// third-person pronoun ("*its* soldiers") refers to the nearest
    /// mention with a country outside directional phrases, earlier in the
    /// sentence first, else later ("with the sending of its soldiers to
    /// Russia, North Korea ...").
    fn pronoun_antecedent(&self, i: usize) -> Option<&'a Mention> {
        if !matches!(
            self.t.lemma(i).as_str(),
            "it" | "its" | "they" | "their" | "them" | "he" | "his" | "him" | "she" | "her"
        ) {
            return None;
        }
        // Never a place the pronoun's referent is in or goes to ("*they*
        // occupy a region in northern Iraq" are not Iraq).
        // Nor anything inside what the pronoun's own verb reports ("\"Kerry
        // should go,\" *they* said").
        let governor = self.t.head(i);
        // "he", "his", "she", "her" stand for a person, never for a
        // country, capital or organisation named as such ("North Korea
        // released a statement in response to *his* canceling the summit"
        // is Trump's canceling); "it" and "its" never for a person.
        let lemma = self.t.lemma(i);
        let personal = matches!(lemma.as_str(), "he" | "his" | "him" | "she" | "her");
        let neuter = matches!(lemma.as_str(), "it" | "its");
        let is_person = is_person_mention;
        let named_body = |m: &Mention| {
            matches!(m.kind, MentionKind::Name | MentionKind::Metonym) && !is_person(m)
        };
        let agrees = |m: &Mention| {
            let wrong_kind = (personal && named_body(m)) || (neuter && is_person(m));
            !wrong_kind
        };
        // A third person is not the speaker or the addressee ("We will help
        // *them*"), and an object pronoun is not its own clause's subject
        // (that would be "themselves").
        let first_or_second = |m: &Mention| {
            m.end == m.start + 1
                && matches!(
                    self.t.lemma(m.start).as_str(),
                    "we" | "us" | "our" | "i" | "me" | "my" | "you" | "your"
                )
        };
        let clause_subject = governor
            .filter(|_| matches!(self.t.base_rel(i), "obj" | "iobj" | "obl"))
            .and_then(|g| self.t.first_kid(g, &["nsubj"]));
        let ok = |m: &&'a Mention| {
            m.code.country.is_some()
                && agrees(m)
                && !first_or_second(m)
                && !clause_subject.is_some_and(|s| m.start <= s && s < m.end)
                && !governor.is_some_and(|g| self.t.in_content_of(g, m.head))
                && !self.t.case_of(m.head).is_some_and(|p| {
                    matches!(
                        p.as_str(),
                        "in" | "near" | "inside" | "outside" | "within" | "across" | "throughout"
                    )
                })
                // A goal or partner is not the referent ("they sent troops
                // *to* Iraq to secure *it*", "his talks *with* Putin"),
                // unless a person is addressed or opposed and the pronoun
                // is personal ("a letter *to* President Trump urging *him*",
                // "sides *against* Yanukovych; the east supports *him*").
                && (personal
                    && is_person(m)
                    && self
                        .t
                        .case_of(m.head)
                        .is_some_and(|p| matches!(p.as_str(), "to" | "against"))
                    || !self.t.case_of(m.head).is_some_and(|p| {
                        matches!(
                            p.as_str(),
                            "to" | "into" | "toward" | "towards" | "against" | "with"
                        )
                    }))
        };
        self.mentions
            .iter()
            .copied()
            .filter(|m| m.end <= i)
            .filter(ok)
            .max_by_key(|m| m.start)
            .or_else(|| {
                // Looking forward only for a possessive ("with the sending
                // of *its* soldiers to Russia, North Korea ..."): a subject
                // pronoun does not point at a later name; and only from a
                // phrase placed before the sentence's main verb: after it
                // ("the committee completed *its* inquiry into a claim by
                // the council") the owner has already been named.
                let before_main_verb = (0..self.t.len()).any(|r| self.t.head(r).is_none() && i < r);
                // Nor from the subject itself ("*His* team questioned
                // officials ... whether Trump"): an owner named later than
                // the subject is cataphora only in a fronted adjunct.
                let in_subject = self
                    .t
                    .head(i)
                    .is_some_and(|h| self.t.base_rel(h) == "nsubj");
                if !matches!(self.t.lemma(i).as_str(), "its" | "their" | "his" | "her")
                    || self.t.base_rel(i) != "nmod"
                    || !before_main_verb
                    || in_subject
                {
                    return None;
                }
                // The owner named later is the subject the opening phrase
                // leads up to, not an object ("*its* leaders threatened the
                // United States" are not American).
                self.mentions
                    .iter()
                    .copied()
                    .filter(|m| {
                        m.start > i && !matches!(self.t.base_rel(m.head), "obj" | "iobj" | "obl")
                    })
                    .filter(ok)
                    .min_by_key(|m| m.start)
            })
    }

    /// Whether the phrase starting at token `start` is the source of an
    /// "according to" attribution, whatever the parse made of "according":
    /// a source reports the event, it does not act in it.
    fn after_according(&self, start: usize) -> bool {
        start >= 2
            && self.t.form(start - 1).eq_ignore_ascii_case("to")
            && self.t.form(start - 2).eq_ignore_ascii_case("according")
    }

    /// The nearest mention with a country before the trigger, for when the
    /// parse gives no usable subject: preferring ones not inside a locative
    /// or directional phrase ("in Baghdad", "to Russia").
    fn preceding_mention(&self, tok: usize, avoid: &[ByteSpan]) -> Option<&'a Mention> {
        let mut cands: Vec<&'a Mention> = self
            .mentions
            .iter()
            .copied()
            .filter(|m| {
                m.start < tok
                    && m.head != tok
                    && m.code.country.is_some()
                    && !avoid.contains(&ByteSpan::from(m.span))
                    && !self.t.in_content_of(tok, m.head)
                    && !self.reports_on(m.head, tok)
                    && !self.after_according(m.start)
                    // The press reports what others do ("told *reporters*
                    // that the alliance had no information on the
                    // airstrikes"); it is never the stand-in actor.
                    && m.code.sector.as_deref() != Some("JRN")
            })
            .collect();
        cands.sort_by_key(|m| std::cmp::Reverse(m.start));
        let in_pp = |m: &Mention| {
            self.t.case_of(m.head).is_some_and(|c| {
                matches!(
                    c.as_str(),
                    "to" | "into"
                        | "against"
                        | "with"
                        | "from"
                        | "in"
                        | "at"
                        | "on"
                        | "near"
                        | "toward"
                        | "towards"
                        | "over"
                        | "for"
                        | "of"
                        | "by"
                        | "about"
                )
            })
        };
        // A modifier inside another noun phrase ("*American* sanctions",
        // "*US* troops") belongs to that phrase's event, not to this one.
        let modifier = |m: &Mention| {
            matches!(self.t.deprel(m.head), "amod" | "compound")
                && self.t.head(m.head).is_some_and(|h| h != tok)
        };
        let subject = |m: &Mention| matches!(self.t.base_rel(m.head), "nsubj");
        cands
            .iter()
            .copied()
            .find(|m| subject(m) && !in_pp(m))
            .or_else(|| {
                cands
                    .iter()
                    .copied()
                    .find(|m| !in_pp(m) && !modifier(m) && !self.is_placed(m))
            })
    }

    /// Whether the entity names the owner of a front or battlefield ("the
    /// *Ukrainian* front", "the front in Ukraine"): a theatre of war, not
    /// a beneficiary.
    fn at_a_front(&self, e: &Entity) -> bool {
        let Some(mut k) = self.entity_tokens(e).next() else {
            return false;
        };
        for _ in 0..4 {
            if self.dict.in_list("theater", &self.t.lemma(k)) {
                return true;
            }
            if !matches!(
                self.t.base_rel(k),
                "amod" | "compound" | "flat" | "nmod" | "det"
            ) {
                return false;
            }
            match self.t.head(k) {
                Some(h) => k = h,
                None => return false,
            }
        }
        false
    }

    /// Whether `j` is the subject of a reporting verb whose content holds
    /// `tok` and names its own subject ("*Police* said the gunman was
    /// responsible for two attacks"): the one who reports an event is not
    /// its actor.
    fn reports_on(&self, j: usize, tok: usize) -> bool {
        // From a modifier ("*New Zealand* police") up to its phrase head.
        let mut head = j;
        for _ in 0..4 {
            if !matches!(self.t.base_rel(head), "compound" | "flat" | "amod" | "nmod") {
                break;
            }
            match self.t.head(head) {
                Some(h) => head = h,
                None => break,
            }
        }
        if !matches!(self.t.base_rel(head), "nsubj") {
            return false;
        }
        let Some(v) = self.t.head(head) else {
            return false;
        };
        if !self.t.in_content_of(v, tok) || !self.dict.in_list("report", &self.t.lemma(v)) {
            return false;
        }
        // The clause it reports, right under the reporting verb: only when
        // that clause names its own (non-pronoun) subject is the reporter
        // someone else ("Syria says *it* is willing to withdraw" is Syria).
        let mut c = tok;
        for _ in 0..self.t.len() {
            match self.t.head(c) {
                Some(h) if h != v => c = h,
                _ => break,
            }
        }
        self.t
            .first_kid(c, &["nsubj", "nsubj:pass"])
            .is_some_and(|s| self.t.upos(s) != dyad_core::Upos::Pron)
    }

    /// True for a cooperative verb whose subject is an act of another kind:
    /// "the continued *occupation* helps extremist groups recruit", "the
    /// *war* supported the economy". An act does not aid or back anyone;
    /// it causes. (The aid itself helping, "Russia's *aid* helped Syria",
    /// is the same act and still counts.)
    fn caused_by_another_act(&self, hit: &Hit<'p>) -> bool {
        if hit.pat.pos != TriggerPos::Verb
            || !matches!(
                hit.pat.category.quad(),
                Quad::VerbalCooperation | Quad::MaterialCooperation
            )
        {
            return false;
        }
        let Some(&s) = self.slot_tokens(hit, &Slot::Subj).first() else {
            return false;
        };
        if self.t.upos(s) != dyad_core::Upos::Noun {
            return false;
        }
        let mut kinds = self
            .dict
            .for_lemma(&self.t.lemma(s))
            .filter(|p| p.pos == TriggerPos::Noun)
            .map(|p| p.category)
            .peekable();
        kinds.peek().is_some() && kinds.all(|c| c.quad() != hit.pat.category.quad())
    }

    /// True when the trigger's clause is the doing of a natural force: the
    /// first subject found going up from the trigger (through participles,
    /// objects and coordination, as a parse of "an earthquake struck
    /// Mindanao, Philippines, *injuring* 25 people" hangs it) names one.
    fn by_nature(&self, hit: &Hit<'p>) -> bool {
        let hazard = |s: usize| {
            let l = self.t.lemma(s);
            self.dict.in_list("hazard", &l)
                || (matches!(l.as_str(), "explosion" | "blast" | "fire")
                    && self
                        .t
                        .kids_rel(s, &["compound", "amod"])
                        .any(|k| self.dict.in_list("accidental", &self.t.lemma(k))))
        };
        match self.slot_tokens(hit, &Slot::Subj).first() {
            Some(&s) => return hazard(s),
            // With no subject in the tree (the tagger may read "an
            // earthquake struck" as two nouns), a natural force named
            // before the trigger in the sentence still rules out a guess.
            None if hit.pat.pos == TriggerPos::Verb
                && (0..hit.tok).any(|k| hazard(k) && !self.t.is_verbal(k)) =>
            {
                return true
            }
            None => {}
        }
        let mut cur = hit.tok;
        for _ in 0..8 {
            if let Some(s) = self.t.first_kid(cur, &["nsubj"]) {
                return hazard(s);
            }
            if !matches!(
                self.t.base_rel(cur),
                "acl" | "advcl" | "conj" | "obj" | "appos" | "flat" | "compound"
            ) || self.t.deprel(cur) == "acl:relcl"
            {
                return false;
            }
            match self.t.head(cur) {
                Some(h) => cur = h,
                None => return false,
            }
        }
        false
    }

    /// True when the trigger's clause states what is usual, customary or a
    /// policy rather than reporting an act: an adverb of habit on the
    /// trigger or a verb above it ("meetings *usually* center on"), an
    /// impersonal predicate of custom above it ("it is *commonplace* for
    /// governments to suspend parliament"), or a noun of policy whose
    /// content it is ("a *policy* of not charging the president").
    /// A simple present in a relative clause describes where a party
    /// stands, not something it did: "China, *which claims* Taiwan",
    /// "the territory, which Israel *occupies*". Words of saying with
    /// what was said keep the news present ("Trump, who *says* the deal
    /// is dead"), and so does the first person.
    fn standing_state(&self, i: usize) -> bool {
        let relative =
            |k: usize| matches!(self.t.lemma(k).as_str(), "who" | "which" | "that" | "whom");
        // (Also where the parser lost the clause but kept its pronoun
        // after a comma: "In China, *which claims* Taiwan, ...".)
        let after_comma = self
            .t
            .kids_rel(i, &["nsubj"])
            .any(|k| relative(k) && k > 0 && self.t.form(k - 1) == ",");
        (self.t.deprel(i) == "acl:relcl" || after_comma)
            && matches!(self.t.xpos(i), "VBZ" | "VBP")
            && self.t.kids_rel(i, &["aux", "aux:pass"]).next().is_none()
            && self.t.kids(i).iter().any(|&k| relative(k))
            && !(self.dict.in_list("report", &self.t.lemma(i))
                && self.t.kids_rel(i, &["ccomp", "parataxis"]).next().is_some())
            // "a provocation which *I condemn*": said in the first person,
            // the present is the act itself.
            && !self
                .t
                .kids_rel(i, &["nsubj"])
                .any(|k| matches!(self.t.lemma(k).as_str(), "i" | "we"))
    }

    fn generic(&self, i: usize) -> bool {
        if self.is_topic(i) || self.generic_condition(i) || self.standing_state(i) {
            return true;
        }
        let mut cur = i;
        let mut below: Option<usize> = None;
        for step in 0..4 {
            // "makes threats *all the time*" is a habit too.
            let all_the_time = self.t.kids(cur).iter().any(|&k| {
                self.t.base_rel(k) == "obl"
                    && self.t.lemma(k) == "time"
                    && self
                        .t
                        .kids_rel(k, &["det", "det:predet"])
                        .any(|d| self.t.lemma(d) == "all")
            });
            let habit = all_the_time
                || self
                    .t
                    .kids_rel(cur, &["advmod"])
                    .any(|k| self.dict.in_list("generic_adverb", &self.t.lemma(k)));
            if habit {
                return true;
            }
            let lemma = self.t.lemma(cur);
            let survey = self
                .t
                .kids_rel(cur, &["nsubj"])
                .any(|k| self.dict.in_list("survey", &self.t.lemma(k)));
            let usual_content = step > 0
                && self.t.is_nominal(cur)
                && self
                    .t
                    .kids_rel(cur, &["amod"])
                    .any(|k| self.dict.in_list("generic_frequency", &self.t.lemma(k)));
            if (step > 0 && survey) || usual_content {
                return true;
            }
            if step > 0
                && self.dict.in_list("generic_predicate", &lemma)
                && self
                    .t
                    .kids_rel(cur, &["nsubj", "expl"])
                    .any(|k| self.t.lemma(k) == "it")
            {
                return true;
            }
            if self.dict.in_list("generic_noun", &lemma) && !self.t.is_verbal(cur) {
                if let Some(c) = below {
                    let content =
                        self.t.base_rel(c) == "acl" || self.t.case_of(c).as_deref() == Some("of");
                    if content {
                        return true;
                    }
                }
            }
            // Up through the links that keep one statement: an infinitive
            // or clause under its governor, a noun under its preposition's
            // head; never out of a reported clause into the reporting one.
            let noun_subject = self.t.base_rel(cur) == "nsubj" && self.t.is_nominal(cur);
            if !(noun_subject
                || matches!(
                    self.t.base_rel(cur),
                    "xcomp" | "csubj" | "acl" | "nmod" | "obl" | "obj"
                ))
                || self.t.deprel(cur) == "acl:relcl"
            {
                return false;
            }
            match self.t.head(cur) {
                Some(h) => {
                    below = Some(cur);
                    cur = h;
                }
                None => return false,
            }
        }
        false
    }

    /// True for a complement clause with a subject that states a fact: no
    /// modal or future auxiliary, no word of intent or imminence ("that he
    /// was being dumb", not "that Russia will retaliate", "that he was
    /// *prepared* to ...", "that an attack was *imminent*").
    fn states_plain_fact(&self, c: usize) -> bool {
        if self.t.first_kid(c, &["nsubj", "nsubj:pass"]).is_none() {
            return false;
        }
        let modal = self.t.kids_rel(c, &["aux"]).any(|a| {
            matches!(
                self.t.lemma(a).as_str(),
                "will" | "shall" | "would" | "could" | "may" | "might" | "must" | "can"
            )
        });
        let intent = |k: usize| {
            let l = self.t.lemma(k);
            self.dict.in_list("future", &l) || l == "imminent"
        };
        let intent_near = intent(c) || self.t.kids(c).iter().any(|&k| intent(k));
        !modal && !intent_near
    }

    /// True for an act under a condition about anyone at all: "*if an*
    /// Afghan beats a woman", "*when a* president issues an ultimatum". A
    /// named or definite party ("if Iran attacks") is a real hypothesis,
    /// left to the auxiliary modes.
    fn generic_condition(&self, i: usize) -> bool {
        let clause = if self.t.is_verbal(i) {
            i
        } else {
            match self.t.head(i) {
                Some(h) if self.t.is_verbal(h) => h,
                _ => return false,
            }
        };
        // "when" of a past act dates it ("when a general was killed in
        // December"); only "if" or a present "when" states a rule.
        let past = [clause]
            .into_iter()
            .chain(self.t.kids_rel(clause, &["aux", "aux:pass"]))
            .any(|k| self.t.xpos(k) == "VBD");
        let conditional = self.t.kids_rel(clause, &["mark", "advmod"]).any(|m| {
            let l = self.t.lemma(m);
            l == "if" || (!past && matches!(l.as_str(), "when" | "whenever"))
        });
        conditional
            && self.t.kids_rel(clause, &["nsubj", "nsubj:pass"]).any(|s| {
                self.t
                    .kids_rel(s, &["det"])
                    .any(|d| matches!(self.t.lemma(d).as_str(), "a" | "an" | "any" | "every"))
            })
    }

    /// True for an event noun that is what a question, story or debate is
    /// about ("*questions about* the attack, the U.S. *response*", "the
    /// *argument over* government surveillance"): talked about, not
    /// reported by the sentence.
    fn is_topic(&self, i: usize) -> bool {
        if self.t.is_verbal(i) {
            return false;
        }
        // The first conjunct carries the preposition for the others.
        let mut first = i;
        while self.t.deprel(first) == "conj" {
            match self.t.head(first) {
                Some(h) => first = h,
                None => break,
            }
        }
        let about = self
            .t
            .case_of(first)
            .is_some_and(|c| matches!(c.as_str(), "about" | "over" | "regarding" | "concerning"));
        // The phrase may hang on the noun or on the verb whose object the
        // noun is ("had *questions* about").
        about
            && self.t.head(first).is_some_and(|h| {
                if self.t.is_verbal(h) {
                    self.dict.in_list("topic_verb", &self.t.lemma(h))
                        || self
                            .t
                            .kids_rel(h, &["obj"])
                            .any(|o| self.dict.in_list("topic_holder", &self.t.lemma(o)))
                } else {
                    self.dict.in_list("topic_holder", &self.t.lemma(h))
                }
            })
    }

    /// Whether an event whose tree gives no actor may take the nearest
    /// mention before it. Only for a verb whose subject the parse lost: an
    /// agentless passive ("twenty people were arrested") or an event noun
    /// ("an attack on the base") names no actor, and borrowing one from
    /// the sentence makes the speaker or a bystander the perpetrator.
    fn may_borrow_actor(&self, hit: &Hit<'p>) -> bool {
        let i = hit.tok;
        match hit.pat.pos {
            // A clause that is itself a subject ("*closing* embassies and
            // *withdrawing* staff serves the extremists") names the act in
            // general; whoever is named before it did not do it.
            TriggerPos::Verb => {
                let mut k = i;
                while self.t.base_rel(k) == "conj" {
                    match self.t.head(k) {
                        Some(h) => k = h,
                        None => break,
                    }
                }
                let gerund_subject = self.t.base_rel(k) == "csubj" && self.t.xpos(k) == "VBG";
                // A subject that is a name the actor layer could not code
                // ("*Yeonmi Park*, an activist who fled North Korea, took
                // aim at Trump") is who acted: no other party stands in.
                // Nor does one a relative pronoun stands for ("arrested
                // *Jonas Veldhuizen, who* had threatened Trump").
                // Nor one no mention covers at all ("after *WikiLeaks*
                // requested"), unless it is a day or a month the parser
                // made the subject.
                let named_subject = self.t.first_kid(i, &["nsubj"]).is_some_and(|s| {
                    // (Of a finite verb: "a message *on Twitter blaming*
                    // Iran" is no clause of Twitter's.)
                    let finite = matches!(self.t.xpos(i), "VBD" | "VBZ" | "VBP")
                        || self.t.first_kid(i, &["aux", "aux:pass"]).is_some();
                    (self.t.upos(s) == dyad_core::Upos::Propn
                        && (self.mention_for(s).is_some() || finite && self.is_party_name(s)))
                        || self
                            .relative_antecedent(s)
                            .is_some_and(|a| self.t.upos(a) == dyad_core::Upos::Propn)
                });
                // Nor does anyone for what a happening did ("violence
                // erupted*, injuring* 241").
                let of_a_happening = self.t.base_rel(i) == "advcl"
                    && self
                        .t
                        .head(i)
                        .is_some_and(|h| self.follows_a_happening(i, h));
                !self.t.is_passive(i) && !gerund_subject && !named_subject && !of_a_happening
            }
            // An event noun that is the object of another verb is that
            // verb's topic ("*condemned* the attack", "*experienced*
            // sanctions", "would *like* recognition"): the verb's subject is
            // not its actor. Only a support verb lends its subject.
            TriggerPos::Noun => {
                // (A support *verb*: "strike" in "drone strikes in a raid"
                // is a noun.)
                let light = self.t.head(i).is_some_and(|h| {
                    self.t.is_verbal(h) && self.dict.in_list("light", &self.t.lemma(h))
                });
                let object = matches!(self.t.deprel(i), "obj" | "nsubj:pass" | "iobj");
                // Nor is the subject of a verb whose circumstance the noun
                // is ("six nationals were killed *in the attack*",
                // "according to the mayor, ... died in the raid").
                // Nor the patient of a passive the noun is the cause of
                // ("oil facilities belonging to *Saudi Arabia* were hit *by
                // drone strikes*"), nor of a noun inside such a cause ("hit
                // by drone strikes *in a pre-dawn raid*").
                let circumstance_at = |x: usize| {
                    self.t.base_rel(x) == "obl"
                        && self.t.head(x).is_some_and(|h| {
                            let case = self.t.case_of(x);
                            let passive = self.t.is_passive(h);
                            (case
                                .as_deref()
                                .is_some_and(|c| matches!(c, "in" | "during" | "at"))
                                && (passive
                                    || matches!(self.t.lemma(h).as_str(), "die" | "perish")))
                                || (passive && case.as_deref() == Some("by"))
                        })
                };
                let circumstance = circumstance_at(i)
                    || (self.t.base_rel(i) == "nmod"
                        && self.t.head(i).is_some_and(|h| {
                            self.t.is_nominal(h)
                                && self.t.case_of(h).as_deref() == Some("by")
                                && circumstance_at(h)
                        }));

                // Nor whoever acts in a clause the noun only dates ("France
                // tightened security *since the Paris attacks*", "*after the
                // raid*, police closed the road", "pressure over abuses
                // *during the offensive*"): a known event, referred to.
                let dated_by = self.t.case_of(i).is_some_and(|c| {
                    matches!(
                        c.as_str(),
                        "since"
                            | "after"
                            | "before"
                            | "following"
                            | "until"
                            | "amid"
                            | "despite"
                            | "during"
                            | "throughout"
                    )
                });
                // (Conflict only: "returning *after a visit* to Pyongyang"
                // is the visitor's return.)
                let conflict = matches!(
                    hit.pat.category.quad(),
                    Quad::MaterialConflict | Quad::VerbalConflict
                );
                if dated_by && conflict && !light {
                    return false;
                }
                // Nor is the subject of a response to it ("Riyadh would wait
                // before *responding to the attacks*", "retaliated for the
                // strike", "in defiance of international *condemnation*"):
                // who responds is who it befell.
                let responded_to = matches!(self.t.base_rel(i), "obl" | "nmod")
                    && self
                        .t
                        .head(i)
                        .is_some_and(|h| self.dict.in_list("response", &self.t.lemma(h)));
                // Nor anyone for an event named by where it happened ("a
                // suspect in *the Paris attacks*"): it is a known event,
                // whose doer the sentence does not name.
                let named_by_place = self.t.kids_rel(i, &["compound", "amod"]).any(|k| {
                    self.places.iter().any(|m| m.start <= k && k < m.end)
                        || self.country_where_it_was(hit, k)
                });
                // Nor anyone for an event a noun only anticipates ("warned
                // against *preparations for an attack*", "a *rehearsal for
                // an invasion*", "*fears of war*"): it has not happened, and
                // the clause's subject is who fears or denounces it.
                let anticipated = self.t.base_rel(i) == "nmod"
                    && self.t.head(i).is_some_and(|h| {
                        self.t.is_nominal(h) && self.dict.in_list("anticipation", &self.t.lemma(h))
                    });
                // Nor anyone for a danger named without its source ("a
                // period of heightened *threats* to the United States"):
                // a threat someone makes is made (a support verb) or owned.
                let sourceless_danger =
                    matches!(self.t.lemma(i).as_str(), "threat" | "menace" | "danger");
                // Nor the subject of a clause that guards against, opposes
                // or speaks of force ("Israel defended itself *against
                // the attacks*", "protect civilians *from attacks*",
                // "warned *of more attacks*"): whoever does so is its
                // target or its critic. ("Accused Hamas *of attacks*"
                // names the doer as the verb's object: nearest, kept.)
                let guarded_against = conflict
                    && matches!(self.t.base_rel(i), "obl" | "nmod")
                    && self.t.case_of(i).is_some_and(|c| match c.as_str() {
                        "against" | "from" => true,
                        "of" => self.t.head(i).is_some_and(|h| {
                            self.t.is_verbal(h) && self.t.first_kid(h, &["obj"]).is_none()
                        }),
                        _ => false,
                    });
                ((!object
                    && !circumstance
                    && !responded_to
                    && !anticipated
                    && !sourceless_danger
                    && !guarded_against)
                    || light)
                    && !named_by_place
            }
            TriggerPos::Adj => true,
        }
    }

    /// The first mention with a country after the trigger and before a
    /// reporting clause (", officials said"), for recipients the tree did
    /// not attach to the trigger: only a party the tree puts under the
    /// trigger (outside relative clauses and parentheticals), never a
    /// source ("according to Reuters"). A place where the event happens
    /// ("in Kirkuk") stands for the recipient only of force and protest,
    /// whose target is whoever holds the place; a meeting or a statement
    /// "in Singapore" is not addressed to Singapore.
    /// "Gulen, accused by Turkey *of orchestrating a coup against
    /// Erdogan*": whoever the charge itself names (under the trigger's
    /// of- or for-phrase or clause) is the alleged act's party, not the
    /// one accused.
    fn in_the_charge(&self, tok: usize, k: usize) -> bool {
        let mut cur = k;
        for _ in 0..8 {
            let Some(h) = self.t.head(cur) else {
                return false;
            };
            if h == tok {
                return self
                    .t
                    .kids_rel(cur, &["mark", "case"])
                    .any(|m| matches!(self.t.lemma(m).as_str(), "of" | "for"));
            }
            cur = h;
        }
        false
    }

    /// "troops entered the city *backed by* air cover from the
    /// *coalition*": a party named under a participle of backing (other
    /// than the trigger) helps the act; it is not its target.
    fn behind_a_backer(&self, tok: usize, k: usize) -> bool {
        // (Nor is whoever a passive trigger's own agent or source phrase
        // names: "backed by air cover *from the coalition*".)
        let mut phrase = k;
        for _ in 0..4 {
            match self.t.head(phrase) {
                Some(h)
                    if matches!(
                        self.t.base_rel(phrase),
                        "amod" | "compound" | "flat" | "nmod:poss"
                    ) =>
                {
                    phrase = h
                }
                _ => break,
            }
        }
        if self.t.is_passive(tok)
            && self.t.head(phrase) == Some(tok)
            && self.t.base_rel(phrase) == "obl"
            && self
                .t
                .case_of(phrase)
                .is_some_and(|c| matches!(c.as_str(), "by" | "from"))
        {
            return true;
        }
        let mut cur = k;
        for _ in 0..6 {
            let Some(h) = self.t.head(cur) else {
                return false;
            };
            if h == tok {
                return false;
            }
            // (A modifier, not the verb of what is said: "concerns that
            // the work *was financed by* Yanukovych's government".)
            if self.t.xpos(h) == "VBN"
                && matches!(self.t.base_rel(h), "acl" | "xcomp" | "advcl" | "amod")
                && self
                    .t
                    .first_kid(h, &["aux", "aux:pass", "nsubj", "nsubj:pass", "mark"])
                    .is_none()
                && (self.dict.in_list("backing", &self.t.lemma(h))
                    || matches!(
                        self.t.lemma(h).as_str(),
                        "accompany" | "escort" | "assist" | "aid" | "help" | "reinforce"
                    ))
            {
                return true;
            }
            cur = h;
        }
        false
    }

    /// "calls *made by Hamas*", "the strikes *carried out by Israel*": the
    /// by-agent of a participle on trigger noun `tok` did the act; it is
    /// not its target.
    fn agent_of_participle_on(&self, tok: usize, head: usize) -> bool {
        let phrase = self.owned_phrase(head);
        let by =
            self.t.base_rel(phrase) == "obl" && self.t.case_of(phrase).as_deref() == Some("by");
        by && self.t.head(phrase).is_some_and(|p| {
            self.t.xpos(p) == "VBN" && self.t.base_rel(p) == "acl" && self.t.head(p) == Some(tok)
        })
    }

    /// Whether the verb's logical object is a name the actor layer could
    /// not code ("Fethullah *Gulen*, accused by Turkey of a coup against
    /// Erdogan"): the tree has found whom the act befell, so no party
    /// later in the sentence stands in for it.
    /// (Not for protest, whose object may be a place the knowledge base
    /// does not know, held by a party named later: "blocked the *Europe
    /// Bridge* from France to Germany".)
    fn object_is_an_uncoded_name(&self, hit: &Hit<'p>) -> bool {
        let placed = hit.pat.category == Category::Protest;
        hit.pat.pos == TriggerPos::Verb
            && !placed
            && self.slot_tokens(hit, &Slot::Obj).into_iter().any(|o| {
                self.is_party_name(o)
                    && !self.t.is_source_phrase(o)
                    && self.mention_for(o).is_none_or(|m| m.code.country.is_none())
            })
    }

    /// Token `k` is a proper name that may name a party: not a day or a
    /// month, not inside a place the gazetteer knows.
    fn is_party_name(&self, k: usize) -> bool {
        self.t.upos(k) == dyad_core::Upos::Propn
            && !dyad_actors::is_calendar_word(&self.t.lemma(k).to_lowercase())
            && !self.places.iter().any(|m| m.start <= k && k < m.end)
    }

    fn following_mention(
        &self,
        tok: usize,
        category: Category,
        avoid: &[ByteSpan],
    ) -> Option<&'a Mention> {
        let stop = (tok + 1..self.t.len())
            .find(|&i| {
                // The lemmatiser may give "accord": test the form.
                self.t.form(i).eq_ignore_ascii_case("according")
                    || (self.t.is_verbal(i) && self.dict.in_list("report", &self.t.lemma(i)))
            })
            .unwrap_or(self.t.len());
        // Force, protest and the acts that need a recipient (aid, sanctions)
        // are aimed at whoever holds the place they happen in.
        let places_ok = category == Category::Protest
            || category.quad() == Quad::MaterialConflict
            || category.requires_recipient();
        let places: &[&'a Mention] = if places_ok { &self.places } else { &[] };
        let verbal = matches!(
            category.quad(),
            Quad::VerbalCooperation | Quad::VerbalConflict
        );
        // Backing or judging a struggle is not aimed at its target (ending
        // one is: "stop its war against the Taliban").
        let judges_or_helps = matches!(
            category,
            Category::Accuse
                | Category::Support
                | Category::Aid
                | Category::Cooperate
                | Category::Agree
        );
        self.mentions
            .iter()
            .chain(places.iter())
            .copied()
            .filter(|m| {
                m.start > tok
                    && m.end <= stop
                    && m.code.country.is_some()
                    && !avoid.contains(&ByteSpan::from(m.span))
                    && (self.t.in_clause_of(tok, m.head) || self.same_surface_clause(tok, m.head))
                    && !self.t.is_source_phrase(m.head)
                    && !self.topic_of_idea(m.head)
                    && !self.in_idea_content(m.head, tok)
                    && !(judges_or_helps && self.after_a_struggle(m.start, tok))
                    // Where the act helped or praised happens is not whom
                    // the help is for ("helping *to halt* the violence *in
                    // Iraq*"); where a party it names comes from may be
                    // ("aid to refugees *fleeing* the war in Liberia").
                    && !(judges_or_helps
                        && (m.kind == MentionKind::Place || self.is_placed(m))
                        && self.nearest_verb_above(m.head).is_some_and(|v| {
                            v != tok
                                && matches!(self.t.base_rel(v), "xcomp" | "advcl" | "ccomp")
                                // (Sent "to *help* with the rescue in Nepal":
                                // a purpose of helping is the aid itself.)
                                && !self.dict.in_list("help_purpose", &self.t.lemma(v))
                                && self.t.dominates(tok, v)
                        }))
                    // The object of another, hostile verb is its target:
                    // "eager to help *eradicate* ISIS" does not help ISIS
                    // (but "help *defend* Saudi Arabia" does); so is the
                    // owner of that object ("restrict *the Pentagon's*
                    // spending").
                    && !(matches!(self.t.deprel(self.owned_phrase(m.head)), "obj" | "iobj")
                        && self.t.head(self.owned_phrase(m.head)).is_some_and(|h| {
                            h != tok
                                && self.t.is_verbal(h)
                                && (self.dict.in_list("hostile", &self.t.lemma(h))
                                    || self.dict.for_lemma(&self.t.lemma(h)).any(|p| {
                                        p.pos == TriggerPos::Verb
                                            && p.category.quad() == Quad::MaterialConflict
                                    }))
                        }))
                    && (places_ok || !self.is_placed(m))
                    // Where fire comes from is not its target: "firing
                    // artillery *from within Russia*".
                    // (But whom a place is taken from is: "retake territory
                    // *from ISIS*".)
                    && !(category.quad() == Quad::MaterialConflict
                        && self.t.kids(self.owned_phrase(m.head)).iter().any(|&k| {
                            self.t.deprel(k) == "case" && self.t.lemma(k) == "from"
                        })
                        && !self
                            .t
                            .head(self.owned_phrase(m.head))
                            .is_some_and(|h| self.dict.in_list("taking", &self.t.lemma(h))))
                    && !(verbal && self.past_unnamed_addressee(tok, m.head))
                    && !self.owns_its_counterparts(m.head)
                    && !self.agent_of_participle_on(tok, m.head)
                    && !self.behind_a_backer(tok, m.head)
                    && !(category == Category::Accuse && self.in_the_charge(tok, m.head))
                    && !self.in_content_clause(tok, m.head, category)
                    && !self.in_cause_phrase(tok, m.head)
                    // The channel an act goes through is not its target
                    // ("threatened *through its state-run news agency*");
                    // a place gone through is where ("marched through Minsk").
                    && !(!matches!(m.kind, MentionKind::Place | MentionKind::Metonym)
                        && !m.entry.starts_with("country:")
                        && !self.is_placed(m)
                        && self.t.kids(self.owned_phrase(m.head)).iter().any(|&k| {
                            self.t.deprel(k) == "case"
                                && matches!(self.t.lemma(k).as_str(), "through" | "via")
                        }))
            })
            .min_by_key(|m| m.start)
    }

    /// Whether `node` lies in a phrase of cause or circumstance on the way
    /// up to trigger `tok`: why an act happened is not whom it is aimed at
    /// ("canceled his trip *because of the government shutdown*"), nor is
    /// under whom or beside whom. (What an act defies is: "declined to
    /// resign *despite pressure by the commission*".)
    fn in_cause_phrase(&self, tok: usize, node: usize) -> bool {
        self.t.on_way_up(node, tok, 8, |cur| {
            self.t.kids_rel(cur, &["case", "mark"]).any(|k| {
                matches!(
                    self.t.lemma(k).to_lowercase().as_str(),
                    "because" | "due" | "owing" | "thanks"
                ) || (self.t.deprel(k) == "case"
                    // Under whose command or beside whom it was done is
                    // not whom it was done to: "deployed troops *under
                    // Annan's command*".
                    && matches!(
                        self.t.lemma(k).to_lowercase().as_str(),
                        "under" | "alongside" | "beside"
                    ))
            })
        })
    }

    /// Whether `node` lies in what a report, idea or denial under trigger
    /// `tok` says, rather than in the act itself: the content clause of a
    /// noun ("denied *reports that Haley* was making a run for his job",
    /// "rejected *the notion that the Russians* are helping him") and, for a
    /// rejection, the clause denied ("dismissed reports *that its
    /// operations killed Somali civilians*"). Whoever such a clause names
    /// is what is said, not whom the act answers. A charge, a demand and a
    /// threat are aimed at whoever their content names ("*accusations that
    /// Trump's* firms profit", "the *demand that the Saudis* free the
    /// activists"), so for them nothing is excluded.
    fn in_content_clause(&self, tok: usize, node: usize, category: Category) -> bool {
        if matches!(
            category,
            Category::Accuse | Category::Request | Category::Threaten
        ) {
            return false;
        }
        self.t
            .on_way_up(node, tok, 12, |cur| match self.t.base_rel(cur) {
                "acl" => {
                    self.t.deprel(cur) != "acl:relcl"
                        && self.t.first_kid(cur, &["nsubj", "nsubj:pass"]).is_some()
                        && self
                            .t
                            .kids_rel(cur, &["mark"])
                            .any(|m| matches!(self.t.lemma(m).as_str(), "that" | "whether"))
                }
                "ccomp" => category == Category::Reject,
                _ => false,
            })
    }

    /// Spans of the mentions that make up what an act moves or uses, which
    /// no surface fallback may make its recipient: the constrained theme
    /// of a pattern ("sending *U.S. troops*", "mobilized *its own
    /// aircraft*"), and a verb's direct object when its pattern names where
    /// the recipient is and the object is not among those places
    /// ("withdrew *America* from the deal", "deployed *the military* to
    /// the border").
    fn moved_object(&self, hit: &Hit<'p>, actor: &[Entity]) -> Vec<ByteSpan> {
        let rcp = &hit.pat.recipient;
        // The theme's owner is the recipient by design (`rcp=theme`: "fired
        // *the minister*").
        let theme = if hit.pat.theme.is_empty() || rcp.contains(&Slot::Theme) {
            None
        } else {
            hit.theme
        };
        // Patterns whose recipient may be parsed as the object leave the
        // object alone: an indirect object ("promised *Putin*", "provided
        // *the Iraqis* with advice") and a particle's object ("called on
        // *Republicans*").
        let object_may_receive = rcp.iter().any(|s| {
            matches!(s, Slot::Obj | Slot::Theme | Slot::Iobj) || *s == Slot::Prep("with".into())
        });
        let object = if hit.pat.pos != TriggerPos::Verb
            || rcp.is_empty()
            || object_may_receive
            || hit.pat.particle.is_some()
        {
            None
        } else {
            self.t
                .first_kid(hit.tok, &["obj"])
                .filter(|&o| !matches!(self.t.lemma(o).as_str(), "which" | "that" | "whom" | "who"))
        };
        let moved: Vec<usize> = theme.into_iter().chain(object).collect();
        if moved.is_empty() {
            return Vec::new();
        }
        // A name compounded with the thing moved is its owner when it is
        // the actor's own ("sent *U.S.* troops"); another party so placed
        // is a misread first object ("gave *Ukraine* weapons").
        let own: Vec<&str> = actor.iter().filter_map(|e| e.code.as_deref()).collect();
        let in_moved = |m: &Mention| {
            let k = m.head;
            moved.contains(&k)
                || moved.contains(&self.owned_phrase(k))
                || (self.t.deprel(k) == "compound"
                    && self.t.head(k).is_some_and(|h| moved.contains(&h))
                    && m.code.country.as_deref().is_some_and(|c| own.contains(&c)))
        };
        self.mentions
            .iter()
            .chain(self.places.iter())
            .filter(|m| in_moved(m))
            .map(|m| ByteSpan::from(m.span))
            .collect()
    }

    /// Whether `i` owns a group set against or beside it (`@adversary`:
    /// "with *Venezuela's* neighbors", "the critics *of Trump*"): those
    /// others are the party, not their owner.
    fn owns_its_counterparts(&self, i: usize) -> bool {
        let owned = match self.t.deprel(i) {
            "nmod:poss" => true,
            "nmod" => self.t.case_of(i).as_deref() == Some("of"),
            _ => false,
        };
        owned
            && self
                .t
                .head(i)
                .is_some_and(|h| self.dict.in_list("adversary", &self.t.lemma(h)))
    }

    /// The noun a possessive owner `i` belongs to ("*the Pentagon's*
    /// spending" → spending), or `i` itself.
    fn owned_phrase(&self, i: usize) -> usize {
        match self.t.head(i) {
            Some(h) if self.t.deprel(i) == "nmod:poss" => h,
            _ => i,
        }
    }

    /// The trigger's own object names whom the act is aimed at, though as
    /// no codable party ("pressing *allies in Europe* to adhere to the
    /// sanctions, with the aim of pressuring Iran"): that addressee is
    /// known, so no sibling's recipient stands in for it.
    fn addresses_an_uncoded_party(&self, hit: &Hit<'_>) -> bool {
        if hit.pat.pos != TriggerPos::Verb {
            return false;
        }
        self.t.kids_rel(hit.tok, &["obj", "iobj"]).any(|k| {
            let noun = matches!(
                self.t.upos(k),
                dyad_core::Upos::Noun | dyad_core::Upos::Propn
            );
            noun && (self.dict.in_list("addressee", &self.t.lemma(k))
                || self
                    .mentions
                    .iter()
                    .any(|m| m.head == k && m.code.country.is_none()))
        })
    }

    /// Words are addressed to someone: when the trigger's addressee is a
    /// noun of parties (`@addressee`: "called on *European powers* to
    /// increase pressure on Iran", "urged *the international community* to
    /// rally behind Ankara") that names no known party, a party named after
    /// it, outside its phrase, is what the words are about, not whom they
    /// are addressed to.
    fn past_unnamed_addressee(&self, tok: usize, j: usize) -> bool {
        self.t.kids(tok).iter().any(|&k| {
            let addressed = matches!(self.t.deprel(k), "obj" | "iobj")
                || (self.t.base_rel(k) == "obl"
                    && self
                        .t
                        .case_of(k)
                        .is_some_and(|c| matches!(c.as_str(), "on" | "upon" | "to")));
            addressed
                && k > tok
                && k < j
                && matches!(self.t.xpos(k), "NN" | "NNS")
                && self.dict.in_list("addressee", &self.t.lemma(k))
                // (Inside its phrase, unless in a clause the parser hung on
                // it: "urged the community *to stand behind Lima*".)
                && (!self.t.dominates(k, j)
                    || self
                        .t
                        .on_way_up(j, k, 12, |c| self.t.base_rel(c) == "acl"))
        })
    }

    /// True when nothing between the trigger and `j` opens another clause
    /// (a finite verb, a relative word, a comma or colon) and `j` is not
    /// some other verb's subject: the surface stand-in for a recipient the
    /// parse attached elsewhere ("reject proposed *Israeli* changes").
    fn same_surface_clause(&self, tok: usize, j: usize) -> bool {
        if j <= tok || j - tok > 12 {
            return false;
        }
        if matches!(self.t.deprel(j), "nsubj" | "nsubj:pass") && self.t.head(j) != Some(tok) {
            return false;
        }
        (tok + 1..j).all(|k| {
            let x = self.t.xpos(k);
            let opens_clause = matches!(
                x,
                "VBD" | "VBZ" | "VBP" | "MD" | "WDT" | "WP" | "WP$" | "WRB"
            ) || (x == "IN"
                && matches!(
                    self.t.lemma(k).as_str(),
                    "that" | "because" | "while" | "although" | "if"
                ));
            let breaks = matches!(
                self.t.form(k),
                "," | ";" | ":" | "—" | "–" | "-" | "\"" | "“" | "”"
            );
            !opens_clause && !breaks
        })
    }

    /// The entity is a possessive pronoun ("its", "his", "their") or an
    /// organ owned through one ("*its* troops", "*his* government").
    fn is_possessive_pronoun(&self, e: &Entity) -> bool {
        let possessive = |w: &str| {
            matches!(
                w.to_lowercase().as_str(),
                "its" | "his" | "her" | "their" | "our" | "my"
            )
        };
        if possessive(&e.entity_text) {
            return true;
        }
        let before = self
            .t
            .s
            .tokens
            .iter()
            .rev()
            .find(|t| t.span.end <= e.span.start);
        e.resolution == "coreference" && before.is_some_and(|t| possessive(&t.form))
    }

    /// The entity is the subject of a reporting verb ("..., the minister
    /// *said*").
    fn is_reporting_subject(&self, e: &Entity) -> bool {
        self.entity_tokens(e).any(|k| {
            matches!(self.t.deprel(k), "nsubj")
                && self
                    .t
                    .head(k)
                    .is_some_and(|h| self.dict.in_list("report", &self.t.lemma(h)))
        })
    }

    /// True for a phrase that says where ("in Tunisia", "at the base").
    /// Two parties or more: several entities, or one named by a plural
    /// noun ("the *leaders*", "foreign ministers").
    fn several(&self, actor: &[Entity]) -> bool {
        actor.len() > 1
            || actor.iter().any(|e| {
                self.entity_tokens(e)
                    .any(|k| matches!(self.t.xpos(k), "NNS" | "NNPS"))
            })
    }

    /// True for a mention that says where: in a locative phrase itself, or
    /// a capital named inside one ("in the *London* Bridge area", "at
    /// *Baghdad* International Airport"), which is a place there, not the
    /// government it elsewhere stands for.
    /// The first verb above `i` in the tree.
    fn nearest_verb_above(&self, i: usize) -> Option<usize> {
        let mut cur = self.t.head(i)?;
        for _ in 0..12 {
            if self.t.is_verbal(cur) {
                return Some(cur);
            }
            cur = self.t.head(cur)?;
        }
        None
    }

    fn is_placed(&self, m: &Mention) -> bool {
        if self.is_locative(m.head) {
            return true;
        }
        if m.kind != MentionKind::Metonym {
            return false;
        }
        let mut cur = m.head;
        for _ in 0..4 {
            if !matches!(self.t.deprel(cur), "compound" | "flat" | "amod") {
                return false;
            }
            match self.t.head(cur) {
                Some(h) => cur = h,
                None => return false,
            }
            if self.is_locative(cur) {
                return true;
            }
        }
        false
    }

    fn is_locative(&self, i: usize) -> bool {
        self.t.case_of(i).is_some_and(|c| {
            matches!(
                c.as_str(),
                "in" | "at"
                    | "near"
                    | "from"
                    | "during"
                    | "since"
                    | "across"
                    | "throughout"
                    | "inside"
                    | "outside"
                    | "within"
            )
        })
    }

    fn entity(&self, m: &Mention) -> Entity {
        // "the *international* police organization": a role the article's
        // context gave a country is no state's when a modifier says it is
        // above states.
        let noun = if self.t.deprel(m.head) == "compound" {
            self.t.head(m.head).unwrap_or(m.head)
        } else {
            m.head
        };
        let supranational = m.kind == MentionKind::Context
            && [m.head, noun].iter().any(|&n| {
                self.t.kids_rel(n, &["amod"]).any(|k| {
                    matches!(
                        self.t.lemma(k).as_str(),
                        "international" | "global" | "multinational"
                    )
                })
            });
        // "*Turkish* airstrikes", "*U.S.* missiles": a bare country word on
        // arms or armed strikes names the country's armed forces.
        let sector = if m.code.sector.is_none()
            && m.kind == MentionKind::Name
            // One country word, even of several tokens ("*North Korean*
            // missiles"), not a phrase with a role noun of its own.
            && m.end - m.start <= 3
            && (m.start..m.end).all(|k| self.t.form(k).starts_with(|c: char| c.is_uppercase()))
            && !supranational
            && matches!(self.t.deprel(m.head), "amod" | "compound" | "nmod:poss")
            && self.t.head(m.head).is_some_and(|h| self.is_weaponry(h))
        {
            Some("MIL".to_string())
        } else {
            m.code.sector.clone()
        };
        Entity {
            code: m.code.country.clone().filter(|_| !supranational),
            sector,
            entity_text: m.text.clone(),
            identifier_id: Some(m.entry.clone()).filter(|e| !e.is_empty()),
            span: m.span.into(),
            resolution: match m.kind {
                MentionKind::Name => "name",
                MentionKind::Metonym => "metonym",
                MentionKind::Person => "person",
                MentionKind::Sector => "sector",
                MentionKind::Coreference => "coreference",
                MentionKind::Context => "context",
                MentionKind::Place => "place",
            }
            .to_string(),
        }
    }

    /// Arms or an armed strike: a word of `@weaponry`, or a "strike" that
    /// is an air, missile or drone strike.
    fn is_weaponry(&self, i: usize) -> bool {
        let lemma = self.t.lemma(i).to_lowercase();
        self.dict.in_list("weaponry", &lemma)
            || (lemma == "strike"
                && self.t.kids_rel(i, &["compound", "amod"]).any(|k| {
                    matches!(
                        self.t.lemma(k).to_lowercase().as_str(),
                        "air" | "missile" | "drone" | "military" | "artillery" | "rocket"
                    )
                }))
    }

    /// The entity for a role noun owned through a possessive pronoun takes
    /// the owner's country: "Greek leaders urged *their government*" is
    /// Greece's government whatever country the article's context or an
    /// earlier "government" gave the bare noun. Names keep their own code.
    fn owned_entity(&self, m: &Mention) -> Entity {
        let mut e = self.entity(m);
        if !matches!(m.kind, MentionKind::Context | MentionKind::Coreference) {
            return e;
        }
        let owner = self
            .t
            .kids_rel(m.head, &["nmod:poss"])
            .filter(|&k| {
                matches!(
                    self.t.lemma(k).as_str(),
                    "its" | "their" | "his" | "her" | "it" | "they" | "he" | "she"
                )
            })
            .find_map(|k| self.pronoun_antecedent(k))
            // Only an owner the text names outright: a role word resolved
            // by context or a chain is a guess, no better than the noun's
            // own.
            .filter(|a| {
                a.span != m.span
                    && matches!(
                        a.kind,
                        MentionKind::Name | MentionKind::Person | MentionKind::Sector
                    )
            });
        if let Some(country) = owner.and_then(|a| a.code.country.clone()) {
            if e.code.as_deref() != Some(country.as_str()) {
                e.code = Some(country);
                e.resolution = "possessor".to_string();
            }
        }
        e
    }

    /// An entity for an argument no mention covers: kept as evidence, no code.
    fn unresolved(&self, i: usize) -> Entity {
        let span = self.t.s.tokens.get(i).map(|t| t.span).unwrap_or_default();
        Entity {
            code: None,
            sector: None,
            entity_text: self.t.form(i).to_string(),
            identifier_id: None,
            span: span.into(),
            resolution: "unresolved".to_string(),
        }
    }

    /// Entities for the first slot that yields an argument; each conjunct of
    /// that argument gives one group entry.
    fn fill(&self, hit: &Hit<'p>, slots: &[Slot], exclude: &[usize]) -> Vec<Entity> {
        let mut unresolved_subject = None;
        for slot in slots {
            let mut ents: Vec<Entity> = Vec::new();
            let mut any_arg = false;
            for a in self.slot_tokens(hit, slot) {
                let own_case = self.t.case_of(a);
                for c in self.t.with_conjuncts(a) {
                    // A conjunct with a preposition of its own is another
                    // phrase ("with Trump, *in Singapore* and Hanoi").
                    if c != a
                        && self
                            .t
                            .case_of(c)
                            .is_some_and(|k| Some(&k) != own_case.as_ref())
                    {
                        continue;
                    }
                    // "against the Islamic State in Iraq *and Syria*": a
                    // place right after a locative phrase of the argument
                    // ends that phrase, whatever the parse made of it.
                    if c != a && self.ends_a_place_list(a, c) {
                        continue;
                    }
                    // The theme slot looks for the owner inside the theme
                    // ("an appeal *from Gbagbo*"), so the theme itself is
                    // not excluded there.
                    let excluded = exclude.contains(&c) && !matches!(slot, Slot::Theme);
                    if excluded || c == hit.tok || self.t.is_source_phrase(c) {
                        continue;
                    }
                    any_arg = true;
                    let found = if matches!(slot, Slot::Theme) {
                        self.owner_in(c)
                    } else {
                        self.mention_for(c)
                    };
                    if let Some(m) = found {
                        // A party found inside the phrase brings its own
                        // conjuncts ("detained dual nationals from *France,
                        // Canada and the U.K.*").
                        let inner: Vec<&Mention> = if m.head == c || m.start <= c && c < m.end {
                            vec![m]
                        } else {
                            self.t
                                .with_conjuncts(m.head)
                                .into_iter()
                                .filter_map(|k| {
                                    if k == m.head {
                                        Some(m)
                                    } else {
                                        self.mention_below(k).filter(|x| x.code.country.is_some())
                                    }
                                })
                                .collect()
                        };
                        let partners: Vec<&Mention> = inner
                            .iter()
                            .flat_map(|m| self.coordinated_partners(m))
                            .collect();
                        for m in inner.into_iter().chain(partners) {
                            if !ents.iter().any(|e| e.span == ByteSpan::from(m.span)) {
                                ents.push(self.owned_entity(m));
                            }
                        }
                    }
                }
            }
            if !ents.is_empty() {
                return ents;
            }
            // A resolved argument is wanted; an unresolved subject still tells
            // the analyst who acted ("officials"), so keep it if no later
            // slot resolves.
            if any_arg && matches!(slot, Slot::Subj) && unresolved_subject.is_none() {
                unresolved_subject = self
                    .slot_tokens(hit, slot)
                    .first()
                    .map(|&a| self.unresolved(a));
            }
        }
        unresolved_subject.into_iter().collect()
    }

    /// The other countries of a noun phrase whose country words are
    /// coordinated: "*Israeli and Syrian* troops" are the troops of both, so
    /// the mention finder's "Syrian troops" (same head, inside the span,
    /// another country) joins "Israeli and Syrian troops".
    /// So are those of a role whose country is coordinated in its
    /// of-phrase: "the foreign ministers *of Germany, France and Poland*"
    /// are the ministers of all three.
    fn coordinated_partners(&self, m: &Mention) -> Vec<&'a Mention> {
        if m.code.country.is_none() {
            return Vec::new();
        }
        let mut out: Vec<&'a Mention> = self
            .mentions
            .iter()
            .copied()
            .filter(|x| {
                x.head == m.head
                    && x.span != m.span
                    && x.start >= m.start
                    && x.end <= m.end
                    && x.code.country.is_some()
                    && x.code.country != m.code.country
            })
            .collect();
        let owners = self
            .t
            .kids_rel(m.head, &["nmod"])
            .filter(|&k| m.start <= k && k < m.end && self.t.case_of(k).as_deref() == Some("of"));
        for k in owners.collect::<Vec<_>>() {
            for c in self.t.with_conjuncts(k).into_iter().skip(1) {
                if let Some(x) = self.mention_below(c).filter(|x| {
                    x.start <= c
                        && c < x.end
                        && x.code.country.is_some()
                        && x.code.country != m.code.country
                }) {
                    if !out.iter().any(|o| o.span == x.span) {
                        out.push(x);
                    }
                }
            }
        }
        out
    }

    /// The host of a visit is the country visited: "arrived *in Amman*",
    /// The party an event noun befalls through the clause around it:
    /// "*Abqaiq* was the target of an attack" (the subject of "target"),
    /// "*Amman* was placed under police surveillance" (the subject of a
    /// passive the noun is "under"). A place stands for whoever holds it,
    /// as for force elsewhere.
    fn patient_of_frame(&self, hit: &Hit<'p>) -> Option<(usize, Entity)> {
        if hit.pat.pos != TriggerPos::Noun {
            return None;
        }
        let i = hit.tok;
        let h = self.t.head(i)?;
        let case = self.t.case_of(i);
        let subject = if case.as_deref() == Some("of")
            && matches!(
                self.t.lemma(h).as_str(),
                "target" | "victim" | "object" | "subject"
            ) {
            self.t.first_kid(h, &["nsubj", "nsubj:pass"])
        } else if case.as_deref() == Some("under") && self.t.is_passive(h) {
            self.t.first_kid(h, &["nsubj:pass", "nsubj"])
        } else {
            None
        }?;
        let places_ok = hit.pat.category.quad() == Quad::MaterialConflict;
        self.mention_for(subject)
            .filter(|m| m.code.country.is_some())
            .or_else(|| {
                places_ok
                    .then(|| {
                        self.places
                            .iter()
                            .copied()
                            .find(|m| m.head == subject || (m.start <= subject && subject < m.end))
                    })
                    .flatten()
            })
            .map(|m| (subject, self.entity(m)))
    }

    /// "a visit *to Tokyo*", also through the verb the visit hangs on
    /// ("arrived in Amman on a *visit*"). The place stands for its
    /// government, as PLOVER codes hosts.
    fn visit_host(&self, hit: &Hit<'p>) -> Vec<Entity> {
        let mut anchors = vec![hit.tok];
        anchors.extend(self.t.head(hit.tok));
        for a in anchors {
            for p in ["to", "in", "at"] {
                for k in self.t.prep_kids(a, p) {
                    let place = self
                        .places
                        .iter()
                        .chain(self.mentions.iter())
                        .copied()
                        .find(|m| m.start <= k && k < m.end && m.code.country.is_some());
                    if let Some(m) = place {
                        let mut e = self.entity(m);
                        e.sector = Some("GOV".to_string());
                        return vec![e];
                    }
                }
            }
        }
        Vec::new()
    }

    /// A recipient the pattern's slots miss but the clause names: the target
    /// of force ("launched missiles *targeting* US troops", "aimed at"), or
    /// the addressee of a communication the act is made in ("wrote *to the
    /// US Embassy* asking to waive her immunity").
    fn addressee(&self, hit: &Hit<'p>) -> Vec<Entity> {
        let i = hit.tok;
        let mut toks: Vec<usize> = Vec::new();
        for &k in self.t.kids(i) {
            if matches!(self.t.base_rel(k), "advcl" | "xcomp" | "acl")
                && matches!(self.t.lemma(k).as_str(), "target" | "aim" | "direct")
            {
                toks.extend(self.logical_obj(k));
                toks.extend(self.t.prep_kids(k, "at"));
                toks.extend(self.t.prep_kids(k, "against"));
            }
        }
        let verbal_request = matches!(
            hit.pat.category,
            Category::Request | Category::Accuse | Category::Reject | Category::Threaten
        );
        if verbal_request && matches!(self.t.base_rel(i), "advcl" | "xcomp" | "conj") {
            if let Some(h) = self.t.head(i) {
                if self.dict.in_list("communicate", &self.t.lemma(h)) {
                    toks.extend(self.t.prep_kids(h, "to"));
                    toks.extend(self.t.kids_rel(h, &["iobj"]));
                }
            }
        }
        toks.into_iter()
            .filter_map(|t| self.mention_for(t))
            .filter(|m| m.code.country.is_some())
            .map(|m| self.entity(m))
            .collect()
    }

    /// The act is done with words: its object is an idea (`@abstract`:
    /// "attacked the *investigation*"), or it is said "as" something
    /// ("attacked it *as* garbage") or in a medium (`@medium`: "via
    /// *Twitter*", "in a *statement*").
    fn verbal_act(&self, hit: &Hit<'p>) -> bool {
        let i = hit.tok;
        let abstract_object = self.logical_obj(i).is_some_and(|o| {
            self.dict.in_list("abstract", &self.t.lemma(o))
                && !self
                    .t
                    .kids_rel(o, &["amod", "compound"])
                    .any(|k| self.dict.in_list("physical", &self.t.lemma(k)))
        });
        let said_as = self.t.kids(i).iter().any(|&k| {
            matches!(self.t.base_rel(k), "obl" | "xcomp" | "advcl")
                && self.t.case_of(k).as_deref() == Some("as")
        });
        let medium = self.t.kids(i).iter().any(|&k| {
            matches!(self.t.base_rel(k), "obl" | "nmod")
                && self.dict.in_list("medium", &self.t.lemma(k))
        });
        // "*verbal* attacks", "*rhetorical* attacks", "*personal* attacks".
        let said_in_words = hit.pat.pos == TriggerPos::Noun
            && self
                .t
                .kids_rel(i, &["amod"])
                .any(|k| self.dict.in_list("wordy", &self.t.lemma(k)));
        abstract_object || said_as || medium || said_in_words
    }

    /// The trigger's own subject is a party: a mention (not a place) whose
    /// phrase the subject heads, or a personal pronoun. "*Israel* allowed",
    /// "*he* allowed"; not "*Trump's state of emergency* allows" or "*it*
    /// allows them to trade".
    fn agentive_subject(&self, hit: &Hit<'p>) -> bool {
        // A participle describing a noun ("a man *armed* with an ax") acts
        // only through its by-agent ("rebels armed by Iran").
        if self.t.xpos(hit.tok) == "VBN" && matches!(self.t.base_rel(hit.tok), "acl" | "amod") {
            return !self.t.prep_kids(hit.tok, "by").is_empty();
        }
        // Through control too: "the Kremlin decided whether *to allow*".
        let Some(s) = self.subject(hit.tok, 0) else {
            return false;
        };
        if self.t.upos(s) == dyad_core::Upos::Pron {
            return matches!(
                self.t.lemma(s).as_str(),
                "he" | "she" | "they" | "we" | "i" | "you" | "who"
            );
        }
        self.names_a_party(s)
    }

    /// Whether token `s` heads or lies inside an actor mention.
    fn names_a_party(&self, s: usize) -> bool {
        self.mentions
            .iter()
            .any(|m| m.head == s || (m.start <= s && s < m.end))
    }

    /// The trigger's own subject is a thing, not a party: a common noun of
    /// a measure, a stance or a danger (`@menace`, `@abstract`,
    /// `@intangible`, `@hazard`) that no mention covers ("the hard *line*
    /// of the general threatens", "the *crisis* threatens"; not "*the
    /// group* threatened", "*the press* threatened").
    fn thing_subject(&self, hit: &Hit<'p>) -> bool {
        let Some(s) = self.subject(hit.tok, 0) else {
            return false;
        };
        let lemma = self.t.lemma(s);
        let thing = ["menace", "abstract", "intangible", "hazard"]
            .iter()
            .any(|l| self.dict.in_list(l, &lemma))
            && !self.dict.in_list("abstract_party", &lemma);
        self.t.upos(s) == dyad_core::Upos::Noun && thing && !self.names_a_party(s)
    }

    /// A mention that is the first half of "Iran-backed militias",
    /// "U.S.-trained rebels": the backer, not the group that acts.
    fn names_a_backer(&self, m: &Mention) -> bool {
        dyad_actors::is_backer_compound(self.t.form(m.end.saturating_sub(1)))
    }

    /// The agent of a participle of backing that describes a group
    /// ("rebels *armed by Iran*", "militias *backed by Tehran*"): the
    /// group's backer, not the group.
    fn backs_by_participle(&self, m: &Mention) -> bool {
        self.t.case_of(m.head).as_deref() == Some("by")
            && self.t.head(m.head).is_some_and(|p| {
                self.t.xpos(p) == "VBN"
                    && matches!(self.t.base_rel(p), "acl" | "amod")
                    && self.dict.in_list("backing", &self.t.lemma(p))
            })
    }

    /// The possessor of a `poss=patient` noun trigger with no "of"
    /// complement: "*Rigby's* killing", "*Navalny's* arrest" befall it;
    /// so does a person named as its compound ("after the *Soleimani*
    /// killing"), while a state or group so named is the doer ("a *U.S.*
    /// killing"). Returns the token and the slot that reads it.
    fn patient_possessor(&self, hit: &Hit<'p>) -> Option<(usize, Slot)> {
        if !hit.pat.patient_poss || hit.pat.pos != TriggerPos::Noun {
            return None;
        }
        if !self.t.prep_kids(hit.tok, "of").is_empty() {
            return None;
        }
        if let Some(k) = self.t.first_kid(hit.tok, &["nmod:poss"]) {
            return Some((k, Slot::Poss));
        }
        self.t
            .kids_rel(hit.tok, &["compound"])
            .find(|&k| k < hit.tok && self.mention_for(k).is_some_and(is_person_mention))
            .map(|k| (k, Slot::Amod))
    }

    /// The trigger's subject is a crowd of people ("thousands *protested*").
    fn crowd_subject(&self, hit: &Hit<'p>) -> bool {
        self.subject(hit.tok, 0).is_some_and(|s| {
            self.dict.in_list("crowd", &self.t.lemma(s))
                || self
                    .t
                    .kids_rel(s, &["nmod"])
                    .any(|k| self.dict.in_list("crowd", &self.t.lemma(k)))
        })
    }

    /// The trigger's subject is a people named by its nationality, a bare
    /// plural with no sector of its own ("*Serbians* protested", "*Iranians*
    /// rallied"): the people of the country, not its government. With an
    /// article ("the Russians protested") it is often the state speaking, so
    /// that is left alone.
    fn people_of_a_country(&self, hit: &Hit<'p>, actor: &[Entity]) -> bool {
        let Some(s) = self.subject(hit.tok, 0) else {
            return false;
        };
        let plural = matches!(self.t.xpos(s), "NNS" | "NNPS");
        let capitalised = self.t.form(s).starts_with(|c: char| c.is_uppercase());
        let bare = self.t.first_kid(s, &["det", "nmod:poss"]).is_none();
        let start = self.t.s.tokens.get(s).map_or(0, |t| t.span.start);
        let nationality = actor.iter().any(|e| {
            e.sector.is_none()
                && is_state(e.code.as_deref())
                && e.span.start <= start
                && start < e.span.end
        });
        plural && capitalised && bare && nationality
    }

    /// Token `k` is inside the noun phrase of one of `entities` (below the
    /// head of its words in the parse) without being one of its words.
    fn inside_phrase_of(&self, entities: &[Entity], k: usize) -> bool {
        let tokens = &self.t.s.tokens;
        let Some(at) = tokens.get(k).map(|t| t.span) else {
            return false;
        };
        entities.iter().any(|e| {
            let within =
                |t: &dyad_core::Token| e.span.start <= t.span.start && t.span.end <= e.span.end;
            if e.span.start <= at.start && at.end <= e.span.end {
                return false;
            }
            tokens
                .iter()
                .enumerate()
                .filter(|(_, t)| within(t))
                .any(|(h, _)| {
                    self.t
                        .head(h)
                        .and_then(|x| tokens.get(x))
                        .is_none_or(|x| !within(x))
                        && self.owned_through_nouns(h, k)
                })
        })
    }

    /// `k` hangs below noun `h` through owners and modifiers only ("the
    /// government *of* the president *of Syria*"), not through a clause.
    fn owned_through_nouns(&self, h: usize, k: usize) -> bool {
        let mut at = k;
        for _ in 0..8 {
            if !matches!(
                self.t.base_rel(at),
                "nmod" | "compound" | "flat" | "appos" | "amod"
            ) {
                return false;
            }
            match self.t.head(at) {
                Some(up) if up == h => return true,
                Some(up) => at = up,
                None => return false,
            }
        }
        false
    }

    /// True when the trigger has its own common-noun subject ("a human
    /// rights group protested"): then an unresolved actor stays unresolved
    /// rather than being guessed from elsewhere in the sentence.
    fn own_noun_subject(&self, hit: &Hit<'p>) -> Option<usize> {
        if hit.pat.pos == TriggerPos::Noun {
            // "water bombing *by aircraft*": the agent is named, and is no actor.
            return self
                .t
                .prep_kids(hit.tok, "by")
                .into_iter()
                .find(|&b| self.t.upos(b) == dyad_core::Upos::Noun);
        }
        // The logical subject, through control and subjectless clauses
        // ("an earthquake struck ..., *injuring* 25 people").
        // A participle with an object of its own is no passive: "after *a
        // man* murdered the ambassador", parsed as "a man [murdered ...]",
        // names its doer in the noun it hangs on.
        let active_participle = || {
            (self.t.deprel(hit.tok) == "acl"
                && self.t.xpos(hit.tok) == "VBN"
                && self.t.first_kid(hit.tok, &["obj"]).is_some())
            .then(|| self.t.head(hit.tok))
            .flatten()
        };
        let s = match self.t.first_kid(hit.tok, &["nsubj"]) {
            Some(s) => s,
            None => self.subject(hit.tok, 0).or_else(active_participle)?,
        };
        // "the scare *that* arrived": the relative pronoun is the noun it modifies.
        let s = if self.t.upos(s) == dyad_core::Upos::Pron && self.t.deprel(hit.tok) == "acl:relcl"
        {
            self.t.head(hit.tok)?
        } else {
            s
        };
        // "*those* who opposed the president", "*many* in Congress": a
        // pronoun of quantity or pointing is a subject of its own, never a
        // stand-in for the last party named.
        // (Not the relative "that" of "attacks *that* killed".)
        let own_pronoun = self.t.upos(s) == dyad_core::Upos::Pron
            && !matches!(self.t.xpos(s), "WDT" | "WP")
            && self.dict.in_list("quantifier", &self.t.lemma(s));
        (self.t.upos(s) == dyad_core::Upos::Noun || own_pronoun).then_some(s)
    }

    /// The run of noun-phrase words around token `i` ("The Asia-Pacific
    /// Economic Cooperation (APEC) *forum*"), read off the surface so a
    /// misattached modifier still counts as part of the subject.
    fn np_window(&self, i: usize) -> (usize, usize) {
        use dyad_core::Upos::*;
        let np = |k: usize| {
            matches!(self.t.upos(k), Det | Adj | Noun | Propn | Num)
                || matches!(self.t.form(k), "(" | ")" | "-" | "'s" | "’s")
        };
        let mut start = i;
        while start > 0 && np(start - 1) {
            start -= 1;
        }
        let mut end = i + 1;
        while end < self.t.len() && np(end) {
            end += 1;
        }
        (start, end)
    }

    fn default_actor(pos: TriggerPos) -> Vec<Slot> {
        match pos {
            TriggerPos::Verb | TriggerPos::Adj => vec![Slot::Subj],
            TriggerPos::Noun => vec![Slot::Poss, Slot::Amod, Slot::Subj],
        }
    }

    fn default_recipient(pos: TriggerPos) -> Vec<Slot> {
        let p = |s: &str| Slot::Prep(s.to_string());
        match pos {
            TriggerPos::Verb => vec![
                Slot::Obj,
                Slot::Iobj,
                p("to"),
                p("with"),
                p("against"),
                p("on"),
                Slot::Csubj,
                Slot::Comp,
            ],
            TriggerPos::Adj => vec![p("to"), p("with"), Slot::Comp],
            TriggerPos::Noun => vec![
                p("against"),
                p("on"),
                p("to"),
                p("with"),
                p("of"),
                p("into"),
            ],
        }
    }

    // ------------------------------------------------------------------ modes

    /// "Trump *announced* that the U.S. *would* suspend drills": `would` in
    /// a clause reported by a past-tense verb of saying or deciding is the
    /// future of then, not a supposition, unless the clause states a
    /// condition ("would respond *if* attacked").
    fn reported_future(&self, clause: usize) -> bool {
        let Some(h) = self.t.head(clause) else {
            return false;
        };
        let that_clause = self.t.base_rel(clause) == "ccomp"
            || (self.t.base_rel(clause) == "advcl"
                && self
                    .t
                    .kids_rel(clause, &["mark"])
                    .any(|m| self.t.lemma(m) == "that"));
        let reporting = that_clause
            && matches!(self.t.xpos(h), "VBD" | "VBN")
            && (self.dict.in_list("report", &self.t.lemma(h))
                || matches!(
                    self.t.lemma(h).as_str(),
                    "decide" | "pledge" | "promise" | "vow" | "agree" | "warn" | "insist"
                ));
        let conditional = self.t.kids_rel(clause, &["advcl"]).any(|c| {
            self.t
                .kids_rel(c, &["mark"])
                .any(|m| matches!(self.t.lemma(m).as_str(), "if" | "unless" | "should"))
        });
        // "would *like* to", "would *prefer*", "would *have* provided",
        // "would *be* to": a wish, a counterfactual or a judgement.
        let wish = matches!(
            self.t.lemma(clause).as_str(),
            "like" | "prefer" | "love" | "rather" | "want" | "wish" | "welcome"
        );
        let counterfactual = self
            .t
            .kids_rel(clause, &["aux"])
            .any(|a| self.t.lemma(a) == "have");
        let copular = self.t.first_kid(clause, &["cop"]).is_some() || self.t.lemma(clause) == "be";
        reporting && !conditional && !wish && !counterfactual && !copular
    }

    /// The sentence is a question: its last word, past closing quotes and
    /// brackets, is a question mark.
    fn asks_a_question(&self) -> bool {
        (0..self.t.len())
            .rev()
            .map(|k| self.t.form(k))
            .find(|f| !matches!(*f, "\"" | "\u{201d}" | "\u{2019}" | "'" | ")" | "]"))
            .is_some_and(|f| f == "?")
    }

    /// The relative clause at `i` is the content of the claim it hangs on,
    /// misread: "the claim *that* its jets bombed a hospital", where "that"
    /// opens the clause but the clause already has its subject and object.
    fn content_read_as_relative(&self, i: usize) -> bool {
        let on_claim = self
            .t
            .head(i)
            .is_some_and(|h| self.dict.in_list("claim", &self.t.lemma(h)));
        let that = self
            .t
            .kids(i)
            .iter()
            .copied()
            .find(|&k| self.t.lemma(k) == "that" && k < i);
        let filled = |rels: &[&str]| {
            self.t
                .kids_rel(i, rels)
                .any(|k| Some(k) != that && self.t.lemma(k) != "that")
        };
        on_claim
            && that.is_some_and(|k| {
                self.t.deprel(k) == "mark" || (filled(&["nsubj", "nsubj:pass"]) && filled(&["obj"]))
            })
    }

    /// PLOVER auxiliary modes of the event at trigger `i`.
    fn aux_modes(&self, i: usize) -> BTreeSet<&'static str> {
        let mut aux = BTreeSet::new();
        let mut node = i;
        let mut came_by_conj = false;
        // Still in the trigger's own clause: climbed only through
        // infinitive complements ("If Trump *continues to criticize*").
        let mut own_clause = true;
        // The word the climb came from: a noun of not doing negates a
        // clause ("the *failure* to veto"), not a thing ("the failure of
        // the summits", which took place).
        let mut came_from = i;
        // "How does he bomb ISIS into oblivion without ...?", "Will she
        // accept responsibility?": a sentence that asks reports no act.
        if self.asks_a_question() {
            aux.insert("hypothetical");
        }
        // "Russia *neither* attacked nor ...", however "neither" was parsed.
        if i.checked_sub(1)
            .is_some_and(|p| self.t.lemma(p) == "neither")
        {
            aux.insert("negation");
        }
        // A request is the call it is made in ("joined the *calls* by
        // officials *asking* the US to waive immunity"): the call makes
        // what is asked for possible, not the asking.
        let asks = self
            .dict
            .for_lemma(&self.t.lemma(i))
            .any(|p| p.category == Category::Request);
        let request_in_call = |l: &str| asks && self.dict.in_list("calling", l);
        for step in 0..6 {
            for &k in self.t.kids(node) {
                let rel = self.t.deprel(k);
                let l = self.t.lemma(k);
                let f = self.t.form(k).to_lowercase();
                match rel {
                    "aux" | "aux:pass" => {
                        if matches!(l.as_str(), "will" | "shall")
                            || f == "'ll"
                            || f == "wo"
                            || (l == "would" && self.reported_future(node))
                        {
                            aux.insert("future");
                        } else if matches!(
                            l.as_str(),
                            "would" | "could" | "may" | "might" | "should" | "must" | "can"
                        ) {
                            aux.insert("hypothetical");
                        }
                    }
                    "advmod" if matches!(l.as_str(), "not" | "never" | "n't") || f == "n't" => {
                        aux.insert("negation");
                    }
                    // "he *no longer* supports a two-state solution".
                    "advmod"
                        if f == "longer"
                            && self.t.kids(k).iter().any(|&q| self.t.lemma(q) == "no") =>
                    {
                        aux.insert("negation");
                    }
                    // "*any* attacks on Iran would receive a crushing
                    // response": an act of any kind, should it happen.
                    "det" if step == 0 && l == "any" => {
                        aux.insert("hypothetical");
                    }
                    // "*Nor* has she been willing to ...": a clause opened by
                    // "nor" (or "neither") with its auxiliary before the
                    // subject is negated.
                    "cc" | "advmod" | "cc:preconj"
                        if matches!(l.as_str(), "nor" | "neither")
                            && self.t.kids(node).first() == Some(&k) =>
                    {
                        aux.insert("negation");
                    }
                    // "they were *neither* invited by Damascus *nor*
                    // authorized": both halves are negated.
                    "cc:preconj" | "advmod" | "cc" if l == "neither" => {
                        aux.insert("negation");
                    }
                    "conj"
                        if step == 0
                            && self
                                .t
                                .kids_rel(k, &["cc"])
                                .any(|c| self.t.lemma(c) == "nor") =>
                    {
                        aux.insert("negation");
                    }
                    "cc" if l == "nor" && self.t.base_rel(node) == "conj" => {
                        aux.insert("negation");
                    }
                    "det" if l == "no" && step == 0 => {
                        aux.insert("negation");
                    }
                    // "had *no motive* to kill", the infinitive hung on the
                    // verb instead of the noun: nothing the noun is for.
                    "obj"
                        if step > 0
                            && k < came_from
                            && self.t.base_rel(came_from) == "xcomp"
                            && self
                                .t
                                .kids_rel(k, &["det"])
                                .any(|q| self.t.lemma(q) == "no") =>
                    {
                        aux.insert("negation");
                    }
                    // "*possible* sanctions", "the *planned* summit", and the
                    // noun an event is listed under ("*proposed* actions,
                    // including easing sanctions").
                    "amod" if self.t.is_nominal(node) => {
                        if self.dict.in_list("called_off", &l)
                            || self.dict.in_list("called_off", &f)
                        {
                            aux.insert("negation");
                        } else if self.dict.in_list("hypothetical_modifier", &l) {
                            aux.insert("hypothetical");
                        } else if self.dict.in_list("future_modifier", &l) {
                            aux.insert("future");
                        }
                    }
                    // "*No* soldiers were sent", "sent *no* troops", "*not*
                    // fighters dispatched": a negated participant negates
                    // the event.
                    // "*None of* the presidents met him", "*nobody* in the
                    // government criticized"; also the subject of a light
                    // verb ("*no officials* had a *meeting*").
                    "nsubj" | "nsubj:pass" | "obj"
                        if (step == 0
                            || (step == 1
                                && rel != "obj"
                                && self.t.base_rel(came_from) == "obj"
                                && self.t.is_nominal(came_from)))
                            && (matches!(l.as_str(), "none" | "nobody" | "neither")
                                || self.t.kids(k).iter().any(|&q| {
                                    let ql = self.t.lemma(q);
                                    (self.t.deprel(q) == "det"
                                        && matches!(ql.as_str(), "no" | "neither"))
                                        || (self.t.deprel(q) == "advmod"
                                            && matches!(ql.as_str(), "not" | "never"))
                                })) =>
                    {
                        aux.insert("negation");
                    }
                    // ("*in case* the U.S. does launch strikes": a
                    // condition too.)
                    "mark"
                        if (step == 0 || own_clause)
                            && (matches!(l.as_str(), "if" | "unless" | "whether")
                                || (l == "in"
                                    && self
                                        .t
                                        .kids_rel(k, &["fixed"])
                                        .any(|f| self.t.lemma(f) == "case"))) =>
                    {
                        aux.insert("hypothetical");
                    }
                    // "*as long as* it withdraws", "*so long as*": a condition.
                    "mark"
                        if step == 0
                            && l == "as"
                            && self.t.head(node).is_some_and(|h| self.t.lemma(h) == "long") =>
                    {
                        aux.insert("hypothetical");
                    }
                    // "calls *for* Ukraine *to* open an investigation": a
                    // for-to infinitive names an act wished for, not done.
                    "mark"
                        if l == "for"
                            && self
                                .t
                                .kids_rel(node, &["mark"])
                                .any(|m| self.t.lemma(m) == "to") =>
                    {
                        aux.insert("hypothetical");
                    }
                    _ => {}
                }
                // "Nor, he said, has she been willing": the parse may hang
                // "nor" on the parenthetical reporting verb; a sentence that
                // opens with it and inverts the trigger's auxiliary and
                // subject is still negated.
                if step == 0
                    && rel.starts_with("aux")
                    && matches!(self.t.lemma(0).as_str(), "nor" | "neither")
                    && self
                        .t
                        .first_kid(node, &["nsubj", "nsubj:pass"])
                        .is_some_and(|s| k < s)
                {
                    aux.insert("negation");
                }
                // "Instead of attacking the South": the event did not happen.
                if step == 0 && l == "instead" {
                    aux.insert("negation");
                }
                // "*without* offering specifics": nor did this one.
                if step == 0 && matches!(rel, "mark" | "case") && l == "without" {
                    aux.insert("negation");
                }
            }
            // A task handed to someone ("tasked Kerry *with negotiating*")
            // is not yet done.
            if self.assigned_task(node) && (!came_by_conj || self.t.xpos(i) == "VBG") {
                aux.insert("hypothetical");
            }
            // A verb reached as the first of two coordinated ones governs
            // nothing ("it *abstains* from adjudicating and *dismisses* the
            // suit": the dismissal is not abstained from).
            if step > 0 && !came_by_conj {
                let l = self.t.lemma(node);
                // (The particle may be tagged an adverb: "pulled *back*".)
                let phrasal = self.t.kids_rel(node, &["compound:prt", "advmod"]).any(|p| {
                    self.dict
                        .in_list("negator", &format!("{l}_{}", self.t.lemma(p)))
                });
                let clause_below = !self.t.is_nominal(node) || self.t.is_verbal(came_from);
                // "has *no ability* to strike", "lacks *the means* to
                // attack": an act its actor cannot do is not done.
                // "has *no plans* to attack", with the infinitive hung on
                // the verb of having.
                let none_meant = !self.t.is_nominal(node)
                    && self.t.kids_rel(node, &["obj"]).any(|o| {
                        self.dict.in_list("capacity", &self.t.lemma(o))
                            && self
                                .t
                                .kids_rel(o, &["det"])
                                .any(|d| self.t.lemma(d) == "no")
                    })
                    && matches!(self.t.base_rel(came_from), "advcl" | "xcomp");
                let incapable = none_meant
                    || self.t.is_nominal(node)
                        && self.dict.in_list("capacity", &l)
                        && (self
                            .t
                            .kids_rel(node, &["det"])
                            .any(|d| self.t.lemma(d) == "no")
                            || self
                                .t
                                .head(node)
                                .is_some_and(|h| self.dict.in_list("lacking", &self.t.lemma(h))));
                // "*kept* the protesters *from* storming", "the law *blocks*
                // the Pentagon *from* signing": an act someone is kept from
                // is not done, whatever the keeping verb ("keep attacking"
                // alone goes on).
                let kept_from = self.dict.in_list("preventing", &l)
                    && !self.t.is_nominal(node)
                    && self
                        .t
                        .kids_rel(came_from, &["mark", "case"])
                        .any(|m| self.t.lemma(m) == "from");
                // "she *expects* Sullivan *to press* the DOJ": what one
                // expects of someone else is a forecast, not their plan
                // ("Iran expects to sign" is its own).
                let expected_of_another = self.dict.in_list("belief", &l)
                    && !self.t.is_nominal(node)
                    && self.t.first_kid(node, &["obj"]).is_some()
                    && matches!(self.t.base_rel(came_from), "xcomp" | "advcl");
                // "the forces *have to* withdraw": an obligation, not yet
                // met ("*had to* withdraw" did).
                let obliged = l == "have"
                    && matches!(self.t.xpos(node), "VBP" | "VBZ" | "VB")
                    && self.t.base_rel(came_from) == "xcomp"
                    && self
                        .t
                        .kids_rel(came_from, &["mark"])
                        .any(|m| self.t.lemma(m) == "to");
                // "*dismissed* the claim that its jets bombed a hospital":
                // what is dismissed as untrue did not happen (the claim
                // itself was made).
                let disbelieved = step >= 2
                    && !self.t.is_nominal(node)
                    && matches!(
                        l.as_str(),
                        "dismiss" | "refute" | "rebut" | "debunk" | "discount"
                    )
                    && self.dict.in_list("claim", &self.t.lemma(came_from));
                // "Beijing *has yet to* provide samples": not done so far.
                let not_yet = l == "have"
                    && self.t.base_rel(came_from) == "xcomp"
                    && self
                        .t
                        .kids_rel(node, &["advmod"])
                        .any(|a| self.t.lemma(a) == "yet");
                if (self.dict.in_list("negator", &l) && clause_below)
                    || not_yet
                    || disbelieved
                    || phrasal
                    || incapable
                    || kept_from
                {
                    aux.insert("negation");
                } else if (self.dict.in_list("hypothetical", &l) && !request_in_call(&l))
                    || (self.t.is_nominal(node) && self.dict.in_list("anticipation", &l))
                    || expected_of_another
                    || obliged
                {
                    aux.insert("hypothetical");
                } else if self.dict.in_list("future", &l) || self.t.form(node) == "going" {
                    aux.insert("future");
                }
            }
            // "did *little* to prevent", "did *nothing* to stop": the act
            // was all but not done (the parser may make "little" the head).
            if matches!(self.t.base_rel(node), "advcl" | "xcomp")
                && self
                    .t
                    .kids_rel(node, &["mark"])
                    .any(|m| self.t.lemma(m) == "to")
            {
                let little = |k: usize| matches!(self.t.lemma(k).as_str(), "little" | "nothing");
                if let Some(h) = self.t.head(node) {
                    let did_little = (self.t.lemma(h) == "do"
                        && self.t.kids_rel(h, &["obj", "advmod"]).any(little))
                        || (little(h)
                            && self
                                .t
                                .kids_rel(h, &["aux"])
                                .any(|a| self.t.lemma(a) == "do"));
                    if did_little {
                        aux.insert("negation");
                    }
                }
            }
            // "to attack Syria" as a clause of purpose of another act:
            // aimed at, not done. (Not after an adjective: "were *content
            // to issue* threats" issued them.)
            if self.t.base_rel(node) == "advcl"
                && self
                    .t
                    .kids_rel(node, &["mark"])
                    .any(|m| self.t.lemma(m) == "to")
                && self
                    .t
                    .head(node)
                    .is_some_and(|h| self.t.upos(h) == dyad_core::Upos::Verb && !self.goes_on_to(h))
                && !self.said_in_a_past_act(node)
            {
                // The aim of a trip under way or ahead ("is *traveling* to
                // Paris *to meet* his counterpart") is planned, not
                // possible.
                // (Not force: troops "heading to the border to attack"
                // may yet be stopped.)
                let force = self.dict.for_lemma(&self.t.lemma(node)).any(|p| {
                    matches!(
                        p.category,
                        Category::Assault
                            | Category::Coerce
                            | Category::Mobilize
                            | Category::Sanction
                    )
                });
                let trip_ahead = !force
                    && self.t.head(node).is_some_and(|h| {
                        self.dict.in_list("travel", &self.t.lemma(h))
                            && self.present_or_future(h)
                            && !self.t.kids_rel(h, &["mark"]).any(|m| {
                                matches!(self.t.lemma(m).as_str(), "if" | "unless" | "whether")
                            })
                    });
                aux.insert(if trip_ahead { "future" } else { "hypothetical" });
            }
            // A clause of time in the present under a future clause ("will
            // be briefed *when he meets* Austin") tells of a future act.
            if self.t.base_rel(node) == "advcl"
                && matches!(self.t.xpos(node), "VBZ" | "VBP")
                && self.t.kids_rel(node, &["mark", "advmod"]).any(|m| {
                    matches!(
                        self.t.lemma(m).as_str(),
                        "when" | "once" | "after" | "before" | "until" | "while"
                    )
                })
                && self.t.head(node).is_some_and(|h| {
                    self.t.kids_rel(h, &["aux", "aux:pass"]).any(|a| {
                        matches!(self.t.lemma(a).as_str(), "will" | "shall")
                            || self.t.form(a) == "'ll"
                    })
                })
            {
                aux.insert("future");
            }
            // An event noun as the subject of a modal predicate ("his
            // *meeting* with Putin *would* be his easiest", "a return to
            // *negotiations* is *unlikely*").
            // (Not of one said to go on: "the campaign against the Islamic
            // State *will continue*" is under way; what becomes of it later
            // does not make it a plan.)
            if self.t.base_rel(node) == "nsubj" && self.t.is_nominal(node) {
                if let Some(h) = self.t.head(node).filter(|&h| {
                    !matches!(
                        self.t.lemma(h).as_str(),
                        "continue" | "persist" | "rage" | "drag" | "last"
                    )
                }) {
                    if self.t.first_kid(h, &["cop"]).is_some()
                        && self.dict.in_list("hypothetical", &self.t.lemma(h))
                    {
                        aux.insert("hypothetical");
                    }
                    for k in self.t.kids_rel(h, &["aux"]) {
                        let l = self.t.lemma(k);
                        if matches!(l.as_str(), "will" | "shall") {
                            aux.insert("future");
                        } else if matches!(l.as_str(), "would" | "could" | "may" | "might") {
                            aux.insert("hypothetical");
                        }
                    }
                }
            }
            // A clause that is itself the subject of a predicate names the
            // act in general, judged rather than done ("*sending* ground
            // troops to Syria is out of the question", "to attack Iran
            // would be a mistake").
            if self.t.base_rel(node) == "csubj" {
                aux.insert("hypothetical");
            }
            // "a U.S. *attack* was imminent", "talks are likely": an event
            // noun whose predicate foresees it has not happened.
            if step == 0 && self.t.is_nominal(node) && self.t.base_rel(node) == "nsubj" {
                if let Some(h) = self
                    .t
                    .head(node)
                    .filter(|&h| self.t.first_kid(h, &["cop"]).is_some())
                {
                    let l = self.t.lemma(h);
                    if self.dict.in_list("future", &l) {
                        aux.insert("future");
                    } else if self.dict.in_list("hypothetical", &l) {
                        aux.insert("hypothetical");
                    }
                }
            }
            // A clause of what someone believes, expects or fears will
            // happen (not a belief about what did: "officials believe Iran
            // *attacked* the ship" alleges the attack).
            let predicted = self.t.kids_rel(node, &["aux"]).any(|a| {
                matches!(
                    self.t.lemma(a).as_str(),
                    "will" | "would" | "may" | "might" | "could" | "shall"
                )
            });
            if predicted
                && self.t.base_rel(node) == "ccomp"
                && self.t.head(node).is_some_and(|h| {
                    self.t.is_verbal(h) && self.dict.in_list("belief", &self.t.lemma(h))
                })
            {
                aux.insert("hypothetical");
            }
            // Climb only through links that pass modality down to the event:
            // control complements, nominal complements and coordinated verbs
            // without their own subject.
            let rel = self.t.deprel(node);
            let climb = match self.t.base_rel(node) {
                "xcomp" | "obj" | "nmod" => true,
                // (Nor a relative clause, save the content of a claim the
                // parser read as one: "the claim *that* its jets *had
                // bombed* a hospital", with "that" taken for an object.)
                "acl" => rel != "acl:relcl" || self.content_read_as_relative(node),
                // (Not a phrase of time: "pledged *during a visit* to
                // Seoul" made the visit, it did not promise it.)
                "obl" => {
                    self.t.is_nominal(node)
                        && !self.t.case_of(node).is_some_and(|c| {
                            matches!(
                                c.as_str(),
                                "during"
                                    | "after"
                                    | "before"
                                    | "since"
                                    | "amid"
                                    | "following"
                                    | "throughout"
                                    | "until"
                            )
                        })
                }
                // (Not a past conjunct set against its head, "would have
                // faced impeachment *but resigned*", nor a past or present verb
                // the parser joined to an infinitive, "urged the embassy to
                // reconsider *and spoke* with Pompeo": the finite verb is
                // joined to the one that governs the infinitive.)
                "conj" => {
                    // (A past form the tagger called a base form, "spoke",
                    // is told by its lemma.)
                    let finite = matches!(self.t.xpos(node), "VBD" | "VBZ")
                        || (self.t.xpos(node) == "VB"
                            && self.t.form(node).to_lowercase() != self.t.lemma(node));
                    let contrast = finite
                        && self
                            .t
                            .kids_rel(node, &["cc"])
                            .any(|c| matches!(self.t.lemma(c).as_str(), "but" | "yet"));
                    let finite_on_infinitive = finite
                        && self.t.head(node).is_some_and(|h| {
                            self.t
                                .kids_rel(h, &["mark"])
                                .any(|m| self.t.lemma(m) == "to")
                        });
                    // (Nor one with its own auxiliary or copula, which
                    // says its own mood: "will not hold a meeting *but will
                    // host* him".)
                    let own_mood = self
                        .t
                        .first_kid(node, &["aux", "aux:pass", "cop"])
                        .is_some();
                    self.t.first_kid(node, &["nsubj", "nsubj:pass"]).is_none()
                        && !contrast
                        && !finite_on_infinitive
                        && !own_mood
                }
                // "can charge Snowden*, indict* him": a base form with no
                // subject or auxiliary of its own after a comma is the next
                // item of a list of verbs, whatever the parser called it.
                "parataxis" => {
                    self.t.xpos(node) == "VB"
                        && self
                            .t
                            .first_kid(node, &["nsubj", "nsubj:pass", "aux", "aux:pass", "mark"])
                            .is_none()
                        && self.t.head(node).is_some_and(|h| h < node)
                }
                // "refrained *from conducting* tests", "barred from
                // entering": a from-gerund is governed like an object.
                "advcl" => self.t.kids_rel(node, &["mark"]).any(|m| {
                    self.t.lemma(m) == "from"
                        // "has no plans *to attack*": the infinitive of a
                        // noun of meaning or being able, hung on the verb.
                        || (self.t.lemma(m) == "to"
                            && self.t.head(node).is_some_and(|h| {
                                self.t
                                    .kids_rel(h, &["obj"])
                                    .any(|o| self.dict.in_list("capacity", &self.t.lemma(o)))
                            }))
                        // "should join lawmakers *in asking* a court": the
                        // act joined in is as real as the joining.
                        || (self.t.lemma(m) == "in"
                            && self.t.head(node).is_some_and(|h| self.t.lemma(h) == "join"))
                        // "denied accusations *that it is sending* forces",
                        // the claim's content hung on the verb: governed
                        // as the claim is.
                        || (self.t.lemma(m) == "that"
                            && self.t.head(node).is_some_and(|h| {
                                self.t.kids_rel(h, &["obj"]).any(|o| {
                                    o < node && self.dict.in_list("claim", &self.t.lemma(o))
                                })
                            }))
                }),
                _ => false,
            };
            // An act already under way, named as what another act works on
            // ("to sabotage *Obama's negotiations* with Iran", "could
            // disrupt *the talks*"), is as real whatever may become of
            // that other act: its modality stops at the noun.
            let climb = climb && !(step == 0 && self.presupposed_object(node));
            came_by_conj = self.t.base_rel(node) == "conj";
            // (A noun trigger's own clause is the verb it is the object
            // of: "if Ukraine *pursued an investigation*".)
            // (Nor the participle of an object: "if Congress passed *a
            // resolution rejecting* the deal".)
            own_clause = own_clause
                && (self.t.base_rel(node) == "xcomp"
                    || (step == 0
                        && self.t.upos(node) == dyad_core::Upos::Noun
                        && self.t.base_rel(node) == "obj")
                    || (step == 0
                        && self.t.deprel(node) == "acl"
                        && self.t.head(node).is_some_and(|h| {
                            self.t.upos(h) == dyad_core::Upos::Noun && self.t.base_rel(h) == "obj"
                        }))
                    || (step == 1
                        && self.t.upos(node) == dyad_core::Upos::Noun
                        && self.t.base_rel(node) == "obj"
                        && self.t.deprel(came_from) == "acl"));
            came_from = node;
            match (climb, self.t.head(node)) {
                (true, Some(h)) => node = h,
                _ => break,
            }
        }
        if self.opened_by_a_condition(i) {
            aux.insert("hypothetical");
        }
        if self.no_evidence_for(i) {
            aux.insert("negation");
        }
        if self.negated_by_a_phrase(i) {
            aux.insert("negation");
        }
        if self.assumed_or_habitual(i) {
            aux.insert("hypothetical");
        }
        if self.historical(i) {
            aux.insert("historical");
        }
        aux
    }

    /// "*used* Instagram *to thank* supporters", "*rallied* outside the
    /// embassy *to protest* the ruling", "*held* a news conference *to
    /// condemn* the strike": words (thanks, protest, blame, a demand, talks)
    /// that are the aim of a past act with no modal or negation of its own
    /// are said in doing it, not only aimed at (force is not: "*sent* troops
    /// *to attack* the town" may yet have failed).
    fn said_in_a_past_act(&self, node: usize) -> bool {
        let Some(h) = self.t.head(node) else {
            return false;
        };
        let words = {
            let mut cats = self.dict.for_lemma(&self.t.lemma(node)).map(|p| p.category);
            let first = cats.next();
            first.is_some()
                && first.into_iter().chain(cats).all(|c| {
                    matches!(
                        c,
                        Category::Accuse
                            | Category::Support
                            | Category::Protest
                            | Category::Request
                            | Category::Consult
                            | Category::Reject
                    )
                })
        };
        // (The tagger may call the past form a participle: "people
        // *rallied*", read as the sentence's verb.)
        let past = self.t.xpos(h) == "VBD"
            || (self.t.xpos(h) == "VBN"
                && (self.t.first_kid(h, &["nsubj"]).is_some()
                    || self.t.deprel(h) == "root"
                    || self.main_verb_read_as_participle(h).is_some()));
        // Not the aim of an act against it ("*blocked* a resolution *to
        // denounce* the attack"), nor an infinitive with its own auxiliary
        // ("before Trump *is to meet* Putin").
        let hl = self.t.lemma(h);
        let against = ["negator", "preventing", "undo"]
            .iter()
            .any(|l| self.dict.in_list(l, &hl));
        let own_aux = self
            .t
            .first_kid(node, &["aux", "aux:pass", "cop"])
            .is_some();
        let realized = past
            && !against
            && !own_aux
            && !self.t.kids(h).iter().any(|&k| {
                matches!(self.t.deprel(k), "aux" | "aux:pass")
                    || matches!(self.t.lemma(k).as_str(), "not" | "never")
            });
        words && realized
    }

    /// "*Assuming* the list is complete, Syria will allow inspectors", "*when*
    /// it feels insecure, it lashes out", "*whenever* talks stall, it
    /// threatens": an act under a clause of assumption, or a present-tense
    /// act under a present-tense clause of "when" (a habit, not a
    /// reported act), on the trigger or a clause it is the content of.
    fn assumed_or_habitual(&self, i: usize) -> bool {
        let present = |k: usize| matches!(self.t.xpos(k), "VBZ" | "VBP");
        // On the surface too: the parse often loses an opening "Assuming
        // ...," clause.
        if self.opens_with_assumption() {
            return true;
        }
        let mut node = i;
        for _ in 0..4 {
            for c in self.t.kids_rel(node, &["advcl"]) {
                let opener = self
                    .t
                    .kids_rel(c, &["mark", "advmod"])
                    .map(|m| self.t.lemma(m))
                    .chain(std::iter::once(self.t.lemma(c)))
                    .collect::<Vec<_>>();
                let assumed = self.t.xpos(c) == "VBG"
                    && matches!(self.t.lemma(c).as_str(), "assume" | "suppose")
                    || opener
                        .iter()
                        .any(|l| matches!(l.as_str(), "provided" | "providing"))
                        && self.t.kids_rel(c, &["mark"]).next().is_some();
                let habit = opener.iter().any(|l| l == "whenever")
                    || (opener.iter().any(|l| l == "when") && present(c) && present(node));
                if assumed || habit {
                    return true;
                }
            }
            match (self.t.base_rel(node), self.t.head(node)) {
                ("xcomp" | "advcl" | "obj" | "obl" | "nmod" | "acl", Some(h)) => node = h,
                _ => break,
            }
        }
        false
    }

    /// The sentence opens with a word of assumption ("*Assuming* ...",
    /// "*Provided* that ..."): everything in it is conditional, and the
    /// opening word is no act of its own.
    fn opens_with_assumption(&self) -> bool {
        let first = self.t.form(0).to_lowercase();
        // ("*Providing* aid to Syria, Russia ..." is an act.)
        self.t.len() > 1
            && (matches!(first.as_str(), "assuming" | "supposing")
                || (matches!(first.as_str(), "provided" | "providing")
                    && self.t.form(1).eq_ignore_ascii_case("that")))
    }

    /// "had *in no way* acceded", "*by no means* agreed", "*at no
    /// time* threatened": a negating phrase right before verb `i`, read on
    /// the surface, since the parse often hangs the verb on the phrase's
    /// noun.
    fn negated_by_a_phrase(&self, i: usize) -> bool {
        let word = |k: usize| self.t.form(k).to_lowercase();
        let (Some(a), Some(b), Some(c)) = (i.checked_sub(3), i.checked_sub(2), i.checked_sub(1))
        else {
            return false;
        };
        word(b) == "no"
            && matches!(
                (word(a).as_str(), word(c).as_str()),
                ("in", "way" | "sense" | "manner") | ("by", "means") | ("at", "time" | "point")
            )
    }

    /// A finite verb whose clause opens with "if" or "unless" on the
    /// surface where the parse hung the "if" on a noun ("… *if* Brazil's
    /// incoming president, Jair Bolsonaro, *pulls out* …", with "if" on
    /// "president"): no finite verb, semicolon or colon lies between.
    /// The act at `i` is what "*no evidence*" (proof, sign, indication)
    /// supports: "there is no evidence *that* Russia attacked the ship",
    /// "no evidence he *mounted* an attack". Said not to have happened, as
    /// far as anyone can show.
    fn no_evidence_for(&self, i: usize) -> bool {
        let mut node = i;
        for _ in 0..5 {
            let Some(h) = self.t.head(node) else {
                return false;
            };
            let clause_of_noun = matches!(self.t.base_rel(node), "acl" | "ccomp")
                && matches!(
                    self.t.lemma(h).as_str(),
                    "evidence" | "proof" | "sign" | "indication" | "trace"
                );
            if clause_of_noun {
                return self
                    .t
                    .kids_rel(h, &["det"])
                    .any(|d| self.t.lemma(d) == "no");
            }
            if !matches!(self.t.base_rel(node), "obj" | "xcomp" | "conj" | "nmod") {
                return false;
            }
            node = h;
        }
        false
    }

    /// The trigger may be the infinitive under that verb ("if Clinton *did
    /// decide to seek* the presidency"), whose own auxiliaries make it
    /// finite.
    fn opened_by_a_condition(&self, i: usize) -> bool {
        let mut v = i;
        while self.t.base_rel(v) == "xcomp" {
            match self.t.head(v) {
                Some(h) if self.t.is_verbal(h) => v = h,
                _ => break,
            }
        }
        let own_aux = |k: usize| self.t.head(k) == Some(v) && self.t.base_rel(k) == "aux";
        let finite = matches!(self.t.xpos(v), "VBZ" | "VBP" | "VBD")
            || (self.t.xpos(v) == "VB"
                && self
                    .t
                    .kids_rel(v, &["aux"])
                    .any(|a| matches!(self.t.xpos(a), "MD" | "VBD" | "VBZ" | "VBP")));
        if !finite {
            return false;
        }
        for k in (0..v).rev() {
            if own_aux(k) {
                continue;
            }
            if matches!(self.t.xpos(k), "VBD" | "VBZ" | "VBP" | "MD")
                || matches!(self.t.form(k), ";" | ":")
            {
                return false;
            }
            // (Only where the parse lost the condition: an "if" that
            // heads a verb's clause governs that verb alone.)
            if matches!(self.t.lemma(k).as_str(), "if" | "unless") && self.t.xpos(k) == "IN" {
                return self.t.head(k).is_some_and(|h| {
                    !self.t.is_verbal(h) && self.t.first_kid(h, &["nsubj", "nsubj:pass"]).is_none()
                });
            }
        }
        false
    }

    /// Verb `v` tells of now or later: a present tense ("travels"), a
    /// present progressive ("is traveling") or a future ("will fly").
    fn present_or_future(&self, v: usize) -> bool {
        let auxes: Vec<String> = self
            .t
            .kids_rel(v, &["aux"])
            .map(|a| self.t.form(a).to_lowercase())
            .collect();
        let future = auxes
            .iter()
            .any(|a| matches!(a.as_str(), "will" | "shall" | "'ll"));
        let present_be = auxes
            .iter()
            .any(|a| matches!(a.as_str(), "is" | "are" | "am" | "'s" | "'re"));
        match self.t.xpos(v) {
            "VBZ" | "VBP" => true,
            "VBG" => present_be,
            _ => future,
        }
    }

    /// Event noun `n` is the determined object ("*Obama's* negotiations",
    /// "*the* talks") of a verb that acts on it without carrying it out,
    /// wishing it or undoing it: not a light verb ("held the talks"), nor
    /// one of wanting, planning, expecting or refusing ("demanded *Russia's*
    /// withdrawal", "rejected the talks").
    fn presupposed_object(&self, n: usize) -> bool {
        if !self.t.is_nominal(n) || self.t.base_rel(n) != "obj" {
            return false;
        }
        let determined = self.t.kids(n).iter().any(|&k| {
            self.t.deprel(k) == "nmod:poss"
                || (self.t.deprel(k) == "det"
                    && matches!(
                        self.t.lemma(k).as_str(),
                        "the" | "this" | "these" | "that" | "those"
                    ))
        });
        let Some(v) = self.t.head(n) else {
            return false;
        };
        let l = self.t.lemma(v);
        determined
            && self.t.is_verbal(v)
            && ![
                "light",
                "hypothetical",
                "future",
                "negator",
                "anticipation",
                "hostile",
            ]
            .iter()
            .any(|list| self.dict.in_list(list, &l))
            && self.dict.for_lemma(&l).next().is_none()
    }

    /// A year well before the document date in a temporal dependent of the
    /// trigger ("in 1953") marks a historical event.
    fn historical(&self, i: usize) -> bool {
        use chrono::Datelike;
        let Some(date) = self.doc.date else {
            return false;
        };
        // The trigger and the words it is an argument or a conjunct of
        // ("carried out a test and *a series of* missile tests").
        let mut check = vec![i];
        let mut node = i;
        for _ in 0..3 {
            let Some(h) = self.t.head(node) else { break };
            if !matches!(self.t.base_rel(node), "obj" | "xcomp" | "conj" | "nmod") {
                break;
            }
            check.push(h);
            node = h;
        }
        for x in check {
            // Temporal phrases of the event, and those of a temporal clause
            // it is anchored to ("*before* kicking off a détente *in 2018*,
            // Kim carried out his sixth nuclear test").
            let mut phrases: Vec<usize> = Vec::new();
            for &k in self.t.kids(x) {
                match self.t.base_rel(k) {
                    "obl" | "nmod" => phrases.push(k),
                    "advcl"
                        if self.t.kids_rel(k, &["mark", "case"]).any(|m| {
                            matches!(
                                self.t.lemma(m).as_str(),
                                "before" | "after" | "since" | "when" | "while" | "until"
                            )
                        }) =>
                    {
                        // Anywhere in the clause, a few levels down.
                        let mut frontier = vec![k];
                        for _ in 0..3 {
                            let next: Vec<usize> = frontier
                                .iter()
                                .flat_map(|&f| self.t.kids(f).iter().copied())
                                .collect();
                            phrases.extend(
                                next.iter()
                                    .copied()
                                    .filter(|&n| matches!(self.t.base_rel(n), "obl" | "nmod")),
                            );
                            frontier = next;
                        }
                    }
                    _ => {}
                }
            }
            // "*in the past*, Trump has praised ...", "*years ago*",
            // "*decades ago*": background the text itself places long ago.
            let long_ago = self.t.kids(x).iter().any(|&k| {
                let l = self.t.lemma(k);
                let rel = self.t.base_rel(k);
                (rel == "obl"
                    && l == "past"
                    && self.t.case_of(k).as_deref() == Some("in")
                    && self
                        .t
                        .kids_rel(k, &["det"])
                        .any(|d| self.t.lemma(d) == "the"))
                    || {
                        // "years ago" hangs either word on the other.
                        let plural_span = |n: usize| {
                            matches!(self.t.lemma(n).as_str(), "year" | "decade" | "century")
                                && self.t.form(n).ends_with('s')
                        };
                        let ago = |n: usize| self.t.lemma(n) == "ago";
                        (plural_span(k) && self.t.kids(k).iter().any(|&a| ago(a)))
                            || (ago(k) && self.t.kids(k).iter().any(|&a| plural_span(a)))
                    }
            });
            if long_ago {
                return true;
            }
            for k in phrases {
                let mut toks = vec![k];
                toks.extend(self.t.kids(k).iter().copied());
                for tk in toks {
                    let f = self.t.form(tk);
                    // "in the 1990s": the decade's first year.
                    let f = f
                        .strip_suffix('s')
                        .filter(|d| d.ends_with('0'))
                        .unwrap_or(f);
                    if f.len() == 4 && f.bytes().all(|b| b.is_ascii_digit()) {
                        if let Ok(y) = f.parse::<i32>() {
                            if y < date.year() - 1 && y > 1000 {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        false
    }

    // ------------------------------------------------------------------ drafts

    fn drafts(&self, hits: Vec<Hit<'p>>) -> Vec<Draft<'p>> {
        let mut drafts: Vec<Draft<'p>> = Vec::new();
        for hit in hits {
            if self.polled_opinion(hit.tok) || self.polled_stance(&hit) {
                continue;
            }
            let mut actor_slots = if hit.pat.actor.is_empty() {
                Self::default_actor(hit.pat.pos)
            } else {
                hit.pat.actor.clone()
            };
            let mut rcp_slots = if hit.pat.recipient.is_empty() {
                Self::default_recipient(hit.pat.pos)
            } else {
                hit.pat.recipient.clone()
            };
            // An act named by a noun comes *from* whoever does it ("shelling
            // from the Israeli navy", "support from his coalition
            // partners"), unless the pattern says the from-phrase is the
            // other side ("withdrawal from Syria").
            // (Force *from* a place comes from there: "raids *from Iraq*
            // into Syria".)
            let from = Slot::Prep("from".to_string());
            let from_a_place = hit.pat.category.quad() == Quad::MaterialConflict
                && self.slot_tokens(&hit, &from).into_iter().any(|k| {
                    self.mention_for(k).is_some_and(|m| {
                        matches!(
                            m.kind,
                            MentionKind::Name | MentionKind::Place | MentionKind::Metonym
                        )
                    })
                });
            if hit.pat.pos == TriggerPos::Noun
                && hit.pat.actor.is_empty()
                && !rcp_slots.contains(&from)
                && !from_a_place
            {
                let at = actor_slots.len().saturating_sub(1);
                actor_slots.insert(at, from);
            }
            let mut exclude = Vec::new();
            exclude.extend(hit.particle);
            // The party the event befalls ("X was placed under
            // surveillance") is never its actor.
            let frame = self.patient_of_frame(&hit);
            exclude.extend(frame.as_ref().map(|(tok, _)| *tok));
            // "Khashoggi's murder": the possessor is the victim.
            let patient = self.patient_possessor(&hit);
            let patient_poss = patient.as_ref().map(|(k, _)| *k);
            if let Some((_, slot)) = patient {
                rcp_slots.insert(0, slot);
            }
            exclude.extend(patient_poss);
            let mut actor = self.fill(&hit, &actor_slots, &exclude);
            exclude.retain(|&k| Some(k) != patient_poss);
            let actor_spans: Vec<ByteSpan> = actor.iter().map(|e| e.span).collect();
            // The theme of an object-constrained pattern (missiles, troops) is
            // what is acted with, not whom it is acted on.
            if !hit.pat.theme.is_empty() {
                exclude.extend(hit.theme);
            }
            let mut recipients = self.fill(&hit, &rcp_slots, &exclude);
            recipients.retain(|e| !actor_spans.contains(&e.span) && e.resolution != "unresolved");
            // "Flynn is *awaiting sentencing*", "faces *extradition*": an act
            // awaited or faced with no object of its own befalls the subject.
            if self.awaited_act(hit.tok) {
                actor.clear();
                recipients = self
                    .t
                    .head(hit.tok)
                    .and_then(|h| self.subject(h, 0))
                    .and_then(|k| self.mention_for(k))
                    .map(|m| vec![self.entity(m)])
                    .unwrap_or_default();
            }
            // "Hamas *is to blame*": the subject is the one blamed; who
            // blames is whoever says so.
            if self.is_to_be_blamed(hit.tok) {
                recipients = std::mem::take(&mut actor);
                if let Some(sayer) = self
                    .t
                    .head(hit.tok)
                    .filter(|_| self.t.base_rel(hit.tok) == "ccomp")
                    .and_then(|h| self.subject(h, 0))
                    .and_then(|k| self.mention_for(k))
                {
                    actor.push(self.entity(sayer));
                }
            }
            // The press a statement is made to ("Trump *told reporters*")
            // is its audience, not the party it is aimed at.
            if self.dict.in_list("report", &self.t.lemma(hit.tok)) {
                recipients.retain(|e| e.sector.as_deref() != Some("JRN"));
            }

            // A natural force ("an earthquake struck, *injuring* 25 people",
            // "the storm *destroyed* homes") is nobody's act: no actor is
            // borrowed for it and no event is coded.
            if self.by_nature(&hit) || self.caused_by_another_act(&hit) || self.generic(hit.tok) {
                continue;
            }
            let mut actor_via = if actor.is_empty() { "none" } else { "tree" };
            // Parses of news text are imperfect: when the tree gives no actor
            // with a country, take the nearest one before the trigger.
            if actor.iter().all(|e| e.code.is_none()) && !hit.pat.after_conflict {
                // Nor the one the act befalls: the passive subject ("an
                // American should *be asked* to surrender") is asked, not
                // asking.
                let mut patients: Vec<ByteSpan> = self
                    .t
                    .kids_rel(hit.tok, &["nsubj:pass"])
                    .filter_map(|k| self.mention_for(k))
                    .map(|m| ByteSpan::from(m.span))
                    .collect();
                // Nor, for an act named by a noun, the subject of the
                // passive it is the setting of: "two *Americans* were killed
                // in the attack".
                // (Or the passive right before its preposition, however
                // the phrase was attached.)
                let setting_of = || {
                    let c = self.t.first_kid(hit.tok, &["case"])?;
                    let v = c.checked_sub(1)?;
                    (self.t.xpos(v) == "VBN" && self.t.is_passive(v)).then_some(v)
                };
                if hit.pat.pos == TriggerPos::Noun && self.t.base_rel(hit.tok) == "obl" {
                    let passive_head = self.t.head(hit.tok).filter(|&h| self.t.is_passive(h));
                    if let Some(h) = passive_head.or_else(setting_of) {
                        patients.extend(
                            self.t
                                .kids_rel(h, &["nsubj:pass"])
                                .filter_map(|k| self.mention_for(k))
                                .map(|m| ByteSpan::from(m.span)),
                        );
                    }
                }
                // Nor the noun a passive participle describes: "*U.S.
                // personnel* killed in the attack" were killed.
                if self.t.deprel(hit.tok) == "acl" && self.t.xpos(hit.tok) == "VBN" {
                    if let Some(h) = self.t.head(hit.tok) {
                        let (a, b) = self.np_window(h);
                        patients.extend(
                            self.mentions
                                .iter()
                                .filter(|m| m.start >= a && m.end <= b)
                                .map(|m| ByteSpan::from(m.span)),
                        );
                    }
                }
                let avoid: Vec<ByteSpan> = recipients
                    .iter()
                    .chain(frame.iter().map(|(_, e)| e))
                    .map(|e| e.span)
                    .chain(patients)
                    .collect();
                match self.own_noun_subject(&hit) {
                    // With its own subject ("a human rights group protested"),
                    // only a mention within that noun phrase may stand in.
                    // Not from whom a group opposes ("Trump's opponents").
                    Some(subj) if self.dict.in_list("adversary", &self.t.lemma(subj)) => {}
                    Some(subj) => {
                        let (a, b) = self.np_window(subj);
                        // A pronoun's party is in its own phrase ("many *in
                        // Congress*"), outside the trigger's clause.
                        let pronoun = self.t.upos(subj) == dyad_core::Upos::Pron;
                        let within = |m: &Mention| {
                            if pronoun {
                                self.t.dominates(subj, m.head) && !self.t.dominates(hit.tok, m.head)
                            } else {
                                m.start >= a && m.end <= b
                            }
                        };
                        if let Some(m) = self.mentions.iter().copied().find(|m| {
                            within(m)
                                && m.code.country.is_some()
                                && !self.happening_scene(subj, m.head)
                                && !avoid.contains(&ByteSpan::from(m.span))
                                && !self.names_a_backer(m)
                                && !self.backs_by_participle(m)
                        }) {
                            actor = vec![self.entity(m)];
                            actor_via = "tree";
                        }
                    }
                    None if self.may_borrow_actor(&hit) => {
                        if let Some(m) = self.preceding_mention(hit.tok, &avoid) {
                            actor = vec![self.entity(m)];
                            actor_via = "borrowed";
                        }
                    }
                    None => {}
                }
            }
            // A dateline opening the sentence ("*(CNN)* US Ambassador Nikki
            // Haley ... delivered a sharp rebuke") says who reports; it
            // never acts.
            let dateline = self.t.len() > 3
                && self.t.form(0) == "("
                && self.t.form(2) == ")"
                && self.t.upos(1) == dyad_core::Upos::Propn;
            if dateline {
                let paper = self.t.form(1);
                actor.retain(|e| e.entity_text != paper);
            }
            // The press reports force, arrests and aid; it does not carry
            // them out (a "(CNN)" dateline parsed as the subject).
            if matches!(
                hit.pat.category.quad(),
                Quad::MaterialConflict | Quad::MaterialCooperation
            ) {
                actor.retain(|e| e.sector.as_deref() != Some("JRN"));
            }
            // "U.S. *law* states that the Pentagon must provide ...", "the
            // *constitution* bars ...": what a statute lays down is a
            // standing rule, no act of anyone's on the day.
            if self
                .t
                .first_kid(hit.tok, &["nsubj"])
                .is_some_and(|s| self.dict.in_list("statute", &self.t.lemma(s)))
            {
                continue;
            }
            // A side's own troops are its instrument, not its counterpart:
            // "agreed to remove *US troops* from Syria" is about Syria.
            recipients.retain(|r| !self.own_forces(r, &actor, hit.pat.category));
            let owned = self.owned_by_unknown(&actor, &recipients);
            domestic(&mut actor, &mut recipients, &owned, hit.pat.category);
            recipients.retain(|e| e.code.is_some());
            if hit.pat.need_recipient && recipients.is_empty() {
                continue;
            }
            if hit.pat.need_self && !self.own_act(&hit, &actor) {
                continue;
            }
            if hit.pat.need_unarmed && actor.iter().any(is_armed) {
                continue;
            }
            if hit.pat.need_agent && !self.agentive_subject(&hit) {
                continue;
            }
            if hit.pat.need_party && self.thing_subject(&hit) {
                continue;
            }
            if hit.pat.need_armed && !actor.iter().any(is_armed) {
                continue;
            }
            // A state named as such, not a person who leads one ("*he* struck
            // a deal" is not a state using force).
            let state_named = |e: &Entity| {
                is_state(e.code.as_deref())
                    && matches!(e.resolution.as_str(), "name" | "metonym" | "coreference")
                    && e.sector.as_deref().is_none_or(|s| s == "GOV")
                    && !is_named_person(e)
            };
            if hit.pat.need_force && !actor.iter().any(|e| is_armed(e) || state_named(e)) {
                continue;
            }
            let (mut category, mut mode) = (hit.pat.category, hit.pat.mode.clone());
            if let Some((c, m)) = &hit.pat.crowd {
                let people = self.people_of_a_country(&hit, &actor);
                if actor.iter().any(is_civilian) || self.crowd_subject(&hit) || people {
                    category = *c;
                    mode = m.clone();
                }
                if people {
                    // They act as civilians of their country.
                    for e in actor.iter_mut().filter(|e| e.sector.is_none()) {
                        e.sector = Some("CVL".to_string());
                    }
                }
            }
            // "*Troops* arrived in Iraq": an armed body moving in is
            // mobilized, where a leader would be visiting.
            if let Some((c, m)) = &hit.pat.armed {
                if !actor.is_empty() && actor.iter().all(is_armed) {
                    category = *c;
                    mode = m.clone();
                }
            }
            // "invited the president *to stand up to* the lobby": an
            // invitation to act rather than to come, meet or take part
            // (`@gathering`, `@travel`) asks for the act.
            if hit.pat.lemma == "invite" && category == Category::Agree {
                let asked = self
                    .t
                    .kids_rel(hit.tok, &["xcomp", "advcl"])
                    .find(|&c| {
                        self.t.is_verbal(c)
                            && self
                                .t
                                .kids_rel(c, &["mark"])
                                .any(|m| self.t.lemma(m) == "to")
                    })
                    .is_some_and(|c| {
                        let l = self.t.lemma(c);
                        !self.dict.in_list("gathering", &l) && !self.dict.in_list("travel", &l)
                    });
                if asked {
                    category = Category::Request;
                    mode = None;
                }
            }
            // "vowed *to punish* Iran", "pledged to *bring the attackers to
            // justice*": a vow of a hostile act (`@hostile`) is a threat
            // (manual, THREATEN), not a commitment.
            if category == Category::Agree
                && matches!(
                    hit.pat.lemma.as_str(),
                    "vow" | "pledge" | "promise" | "swear" | "commit" | "committed"
                )
            {
                // ("committed *to defeating* al Qaeda": the parser hangs
                // a gerund after "to" as an adverbial clause.)
                let complements = self.t.kids_rel(hit.tok, &["xcomp", "advcl"]).filter(|&c| {
                    self.t.deprel(c) == "xcomp"
                        || self
                            .t
                            .kids_rel(c, &["mark"])
                            .any(|m| self.t.lemma(m) == "to")
                });
                let hostile = complements.into_iter().any(|c| {
                    let l = self.t.lemma(c);
                    // ("vowed to *fight for* gay rights" is advocacy.)
                    let for_a_cause = !self.t.prep_kids(c, "for").is_empty()
                        && self.t.first_kid(c, &["obj"]).is_none();
                    // ("vowed to *veto* the bill": a threat to reject.)
                    // ("vowed to *hold up* nominations", "to *make life
                    // difficult* in the Senate": obstruction.)
                    let with_particle = self
                        .t
                        .kids_rel(c, &["compound:prt"])
                        .next()
                        .map(|p| format!("{l}_{}", self.t.lemma(p)));
                    // (The parse hangs "life" and "difficult" on each
                    // other either way.)
                    let hardship = l == "make" && {
                        let near: Vec<usize> = self
                            .t
                            .kids(c)
                            .iter()
                            .flat_map(|&o| std::iter::once(o).chain(self.t.kids(o).iter().copied()))
                            .collect();
                        near.iter().any(|&o| self.t.lemma(o) == "life")
                            && near.iter().any(|&o| {
                                matches!(
                                    self.t.lemma(o).as_str(),
                                    "difficult" | "hard" | "miserable" | "hell"
                                )
                            })
                    };
                    (self.dict.in_list("hostile", &l) && !for_a_cause)
                        || self.dict.in_list("obstruct", &l)
                        || with_particle.is_some_and(|w| self.dict.in_list("obstruct", &w))
                        || hardship
                        || l == "veto"
                        || (l == "bring"
                            && self
                                .t
                                .kids(c)
                                .iter()
                                .any(|&o| self.t.form(o).eq_ignore_ascii_case("justice")))
                });
                if hostile {
                    category = Category::Threaten;
                    mode = None;
                }
            }
            // "*threatened* attacks by the Taliban": force only threatened
            // is a threat (manual, THREATEN), not the force.
            let threatened = hit.pat.pos == TriggerPos::Noun
                && category.quad() == Quad::MaterialConflict
                && self
                    .t
                    .kids_rel(hit.tok, &["amod"])
                    .any(|k| self.t.lemma(k) == "threaten" || self.t.form(k) == "threatened");
            if threatened {
                mode = threat_mode(category, mode.as_deref());
                category = Category::Threaten;
            }
            // "agreed *with* the need to ...", "agreed with Trump that ...":
            // sharing a view supports it; a commitment ("agreed with the EU
            // to resume talks", "agreed with Russia on a truce") stays.
            if category == Category::Agree
                && hit.pat.lemma == "agree"
                && self.shares_a_view(hit.tok)
            {
                category = Category::Support;
                mode = None;
            }
            // Forces sent to help ("deployed its armed forces *to assist*
            // in recovery efforts") are aid, as troops sent to an ally are.
            if hit.pat.help_purpose && self.purpose_helps(hit.tok) {
                category = Category::Aid;
                mode = None;
            }
            if let Some((c, m)) = &hit.pat.verbal {
                // An armed body attacking "positions" fights, it does not
                // criticise. Parties, legislators, scholars, civil society and the
                // press only ever attack in words ("*GOP attacks* on the
                // deal", "the senator attacked Clinton").
                let talkers = !actor.is_empty()
                    && actor.iter().all(|e| {
                        matches!(
                            e.sector.as_deref(),
                            Some("PTY" | "LEG" | "JRN" | "EDU" | "SOC")
                        )
                    });
                // Persons only, on both sides, attack and clash in words
                // ("McMaster *clashed with* Mr. Trump", "Trump attacked
                // Clinton"); a person against a state may use force.
                let persons = !actor.is_empty()
                    && !recipients.is_empty()
                    && actor.iter().chain(recipients.iter()).all(is_named_person);
                // Organs of one state clash over policy, in words:
                // "clashes between the White House and the Pentagon".
                // (At least one of them a civilian organ; never a rebel or
                // militia, which fight their state with arms.)
                // (A city is no party to a quarrel: "the army's attack on a
                // *Damascus* suburb".)
                let parties: Vec<&Entity> = actor
                    .iter()
                    .chain(
                        recipients
                            .iter()
                            .filter(|e| !matches!(e.resolution.as_str(), "metonym" | "place")),
                    )
                    .collect();
                let organ = |e: &&Entity| {
                    matches!(
                        e.sector.as_deref(),
                        Some("GOV" | "LEG" | "JUD" | "MIL" | "SPY")
                    )
                };
                let civilian_organ =
                    |e: &&Entity| matches!(e.sector.as_deref(), Some("GOV" | "LEG" | "JUD"));
                let one_state = parties.len() > 1
                    && parties.iter().all(|e| {
                        is_state(e.code.as_deref()) && organ(e) && e.code == parties[0].code
                    })
                    && parties.iter().any(civilian_organ);
                if (self.verbal_act(&hit) || talkers || persons || one_state)
                    && (one_state || !actor.iter().any(is_armed))
                {
                    category = *c;
                    mode = m.clone();
                }
            }
            if recipients.is_empty() {
                recipients.extend(self.addressee(&hit));
            }
            if recipients.is_empty() {
                recipients.extend(frame.map(|(_, e)| e));
            }
            if recipients.is_empty() && hit.pat.mode.as_deref() == Some("visit") {
                recipients.extend(self.visit_host(&hit));
            }
            let mut recipient_via = if recipients.is_empty() {
                "none"
            } else {
                "tree"
            };
            // A pattern that takes no recipient (`rcp=none`: a resignation)
            // gets none from the surface either ("resigned as *Trump's*
            // campaign chairman").
            let takes_none =
                !rcp_slots.is_empty() && rcp_slots.iter().all(|s| matches!(s, Slot::Nothing));
            if recipients.is_empty() && !takes_none && !self.object_is_an_uncoded_name(&hit) {
                let mut avoid: Vec<ByteSpan> = actor.iter().map(|e| e.span).collect();
                avoid.extend(self.moved_object(&hit, &actor));
                // Those who act together are the parties; where they do it
                // is none of them ("troops clashed *on the Golan Heights*"),
                // and two who did it together need no third from the surface
                // ("as Israel and Hamas traded fire, *officials* arranged").
                if let Some(m) = self
                    .following_mention(hit.tok, category, &avoid)
                    .filter(|m| !self.own_forces(&self.entity(m), &actor, category))
                    // "an attack by the government *of Syrian President
                    // Bashar al-Assad*": a party named inside the actor's
                    // own phrase is whose the actor is, not its target.
                    .filter(|m| !self.inside_phrase_of(&actor, m.head))
                    .filter(|m| !self.talked_of(m.head))
                    .filter(|m| {
                        !(category == Category::Consult
                            && self.within_object(hit.tok, m.head, rcp_slots.contains(&Slot::Obj)))
                    })
                    // "Trump vowed that *the U.S.* would be a partner", "in
                    // *America's* best interest": the actor's own state,
                    // named later on as a subject or an owner, is whom it
                    // speaks for, not whom it addresses.
                    .filter(|m| {
                        !(names_a_state(m)
                            && matches!(
                                self.t.deprel(m.head),
                                "nsubj" | "nsubj:pass" | "nmod:poss"
                            )
                            && actor
                                .iter()
                                .any(|a| a.code.is_some() && a.code == m.code.country))
                    })
                    .filter(|m| {
                        !(hit.pat.mutual
                            && (actor.len() > 1
                                || m.kind == MentionKind::Place
                                || self.is_placed(m)))
                    })
                {
                    recipients.push(self.entity(m));
                    recipient_via = "surface";
                    // Protesters are of the state they march against
                    // ("protesters marched through *Minsk*").
                    if category == Category::Protest && actor.iter().all(is_civilian) {
                        let owned = self.owned_by_unknown(&actor, &recipients);
                        domestic(&mut actor, &mut recipients, &owned, category);
                    }
                }
            }
            // "Syria is willing to withdraw *its* troops", "the UN rejected a
            // call for *its* forces": the actor's own possessive is not who
            // the act is aimed at; nor is the speaker of a reporting clause.
            let actor_codes: Vec<Option<String>> = actor.iter().map(|e| e.code.clone()).collect();
            // ("North Korea launched a missile, *South Korea* said": whoever
            // reports an act found only on the surface is not its target.)
            let from_surface = recipient_via == "surface";
            recipients.retain(|e| {
                let own = actor_codes.contains(&e.code)
                    && (self.is_possessive_pronoun(e) || self.is_reporting_subject(e));
                let reporter = from_surface && self.is_reporting_subject(e);
                !(own || reporter)
            });
            if let Some((c, m)) = &hit.pat.aimless {
                // ("on Wednesday", "on 2 November" say when, not where.)
                let when = |k: usize| {
                    self.t.upos(k) == dyad_core::Upos::Num
                        || is_weekday_or_month(self.t.form(k))
                        || self
                            .t
                            .kids(k)
                            .iter()
                            .any(|&d| self.t.upos(d) == dyad_core::Upos::Num)
                };
                let aimed = self.t.kids_rel(hit.tok, &["obl"]).any(|k| {
                    self.t.case_of(k).is_some_and(|c| {
                        matches!(c.as_str(), "at" | "into" | "toward" | "towards" | "against")
                            || (c == "on" && !when(k))
                    })
                });
                // "launched a missile *that killed* 298 people", "a missile
                // *that can strike* the mainland": the object does harm.
                let harms = self.logical_obj(hit.tok).is_some_and(|o| {
                    self.t.kids_rel(o, &["acl", "acl:relcl"]).any(|v| {
                        matches!(
                            self.t.lemma(v).as_str(),
                            "kill"
                                | "murder"
                                | "hit"
                                | "strike"
                                | "destroy"
                                | "down"
                                | "target"
                                | "shoot"
                                | "reach"
                                | "wound"
                                | "injure"
                        )
                    })
                });
                if recipients.is_empty() && !aimed && !harms {
                    category = *c;
                    mode = m.clone();
                }
            }
            recipients.retain(|e| {
                !self.a_kind_of_institution(e)
                    && !self.names_an_accord(e)
                    && !self.in_absolute_with(e)
            });
            actor.retain(|e| !self.names_an_accord(e));
            // "Johnson stated that *Britain* must leave": a leader saying
            // what their own country must do states a policy; the country
            // is not asked (the frames `comp=must` only).
            if !hit.pat.comp_modal.is_empty() {
                // Nor are people in general told anything: "*People* must
                // know that bishops serve them", "*priests* should follow
                // rules" state a view, not a demand on a party.
                recipients.retain(|e| !self.is_generic_group(e));
                // "*We* need to make demands": the speaker's side telling
                // itself what to do is its policy, not a request.
                recipients.retain(|e| {
                    !matches!(e.entity_text.to_lowercase().as_str(), "we" | "us" | "i")
                });
                recipients.retain(|e| {
                    let own_country = e.resolution == "name"
                        && e.identifier_id
                            .as_deref()
                            .is_some_and(|id| id.starts_with("country:"))
                        && actor_codes.contains(&e.code);
                    !own_country
                });
                if hit.pat.need_recipient && recipients.is_empty() {
                    continue;
                }
            }
            if hit.pat.need_pair && recipients.is_empty() && !self.several(&actor) {
                continue;
            }
            // "Protesters *were met with* gunfire": a passive meeting that
            // names no one who met them is something they ran into.
            if hit.pat.need_pair
                && actor.is_empty()
                && hit.pat.pos == TriggerPos::Verb
                && self.t.is_passive(hit.tok)
                && self.main_verb_read_as_participle(hit.tok).is_none()
            {
                continue;
            }
            // Coming to a place of one's own country is going home or
            // touring it, not a visit PLOVER codes ("American doctors
            // *arrived in* the United States"); visiting people there is.
            if mode.as_deref() == Some("visit")
                && !recipients.is_empty()
                && recipients.iter().all(|e| {
                    matches!(e.resolution.as_str(), "name" | "place" | "metonym")
                        && e.identifier_id
                            .as_deref()
                            .is_none_or(|id| id.starts_with("country:") || id.starts_with("place:"))
                        && actor_codes.contains(&e.code)
                })
            {
                continue;
            }
            // "*People* have questioned why ...": people in general voicing
            // a view are opinion, not a party's statement (in the street,
            // "people protested", they are one).
            if matches!(
                category.quad(),
                Quad::VerbalConflict | Quad::VerbalCooperation
            ) && category != Category::Protest
                && !actor.is_empty()
                && actor.iter().all(|e| {
                    self.is_generic_group(e)
                        && self.entity_tokens(e).any(|k| self.t.lemma(k) == "people")
                })
            {
                continue;
            }
            // Forces placed in a town of their own country ("Japan deployed
            // interceptors *around Tokyo*") are not aimed at it.
            // Nor is force its state's own forces use on ground of their
            // own country ("Iraqi troops retook a town *in northern Iraq*",
            // "the Syrian army shelled *Aleppo*"): it is against whoever
            // holds the place, whom the place does not name.
            let own_forces = matches!(category, Category::Assault | Category::Coerce)
                && !actor.is_empty()
                && actor
                    .iter()
                    .all(|a| matches!(a.sector.as_deref(), Some("MIL" | "COP")));
            if category == Category::Mobilize || own_forces {
                let own: Vec<Option<String>> = actor.iter().map(|e| e.code.clone()).collect();
                let located = |e: &Entity| {
                    e.resolution == "place"
                        || self.entity_tokens(e).any(|k| {
                            self.t.case_of(k).is_some_and(|c| {
                                matches!(
                                    c.as_str(),
                                    "in" | "inside" | "across" | "throughout" | "near" | "around"
                                )
                            })
                        })
                };
                recipients.retain(|e| !(own.contains(&e.code) && located(e)));
            }
            if recipients.is_empty() {
                recipient_via = "none";
            }
            // Troops sent "to the Ukrainian *front*" go to fight there, not
            // to help whoever holds it: a deployment against them.
            // So are troops sent to a border ("send U.S. troops to the
            // *Mexican border*"): they guard it against the other side.
            let troops = hit.pat.context.iter().any(|c| c == "military");
            let at_border = |e: &Entity| {
                troops
                    && self
                        .entity_tokens(e)
                        .next()
                        .and_then(|k| self.t.head(k))
                        .is_some_and(|h| matches!(self.t.lemma(h).as_str(), "border" | "frontier"))
            };
            // Troops sent to a place of their own country ("sent troops
            // *into Basra*") are deployed, not lent to anyone.
            let own_ground = |e: &Entity| {
                troops
                    && e.resolution == "place"
                    && e.code.is_some()
                    && actor.iter().any(|a| a.code == e.code)
            };
            if category == Category::Aid
                && recipients
                    .iter()
                    .any(|e| self.at_a_front(e) || at_border(e) || own_ground(e))
            {
                category = Category::Mobilize;
                mode = Some("troops".to_string());
            }
            let mut aux = self.aux_modes(hit.tok);
            // The request or invitation that frames another act came before
            // it: "will speak *at the invitation of* X" was already invited.
            if hit.pat.need_host {
                aux.remove("future");
                aux.remove("hypothetical");
            }
            // Control verbs that negate ("refused to", "failed to") already put
            // negation on the complement; a `not` on the trigger itself does too.
            if hit.pat.pos == TriggerPos::Noun
                && self
                    .t
                    .kids_rel(hit.tok, &["det"])
                    .any(|d| self.t.lemma(d) == "no")
            {
                aux.insert("negation");
            }
            let recipient_groups = if recipients.is_empty() {
                vec![Vec::new()]
            } else {
                recipients.into_iter().map(|e| vec![e]).collect()
            };
            drafts.push(Draft {
                category,
                mode,
                confidence: hit.pat.confidence,
                hit,
                actor,
                recipient_groups,
                aux,
                comment: None,
                governor: None,
                absorbed: false,
                actor_via,
                recipient_via,
                demoted: false,
            });
        }
        self.link_governors(&mut drafts);
        self.responses(&mut drafts);
        drafts
    }

    /// Find, for each draft, the draft whose trigger governs it through a
    /// complement chain, and fold complements into speech-act events.
    fn link_governors(&self, drafts: &mut [Draft<'p>]) {
        let toks: Vec<usize> = drafts.iter().map(|d| d.hit.tok).collect();
        for (di, d) in drafts.iter_mut().enumerate() {
            let mut node = d.hit.tok;
            for _ in 0..5 {
                let rel = self.t.base_rel(node);
                // A verb coordinated with another, with no subject but a
                // modal of its own, is governed as that verb is ("said
                // Washington can join the talks but *must lift*
                // sanctions"); the verb it is coordinated with never
                // governs it.
                if rel == "conj"
                    && self.t.is_verbal(node)
                    && self.t.first_kid(node, &["nsubj", "nsubj:pass"]).is_none()
                    && self.t.kids_rel(node, &["aux"]).any(|a| {
                        matches!(
                            self.t.lemma(a).as_str(),
                            "must" | "should" | "ought" | "shall"
                        )
                    })
                {
                    match self.t.head(node) {
                        Some(h) => {
                            node = h;
                            continue;
                        }
                        None => break,
                    }
                }
                // Temporal and locative adjuncts ("the scare that arrived
                // *after* the launch") do not make an event the content of
                // another.
                let nominal = matches!(rel, "nmod" | "obl");
                let adjunct = (nominal || rel == "advcl")
                    && self.t.case_of(node).is_some_and(|c| {
                        matches!(
                            c.as_str(),
                            "after"
                                | "before"
                                | "during"
                                | "since"
                                | "following"
                                | "despite"
                                | "until"
                                | "amid"
                                | "while"
                                | "when"
                                | "as"
                                | "because"
                        ) || (nominal
                            && matches!(c.as_str(), "in" | "at" | "near" | "within" | "by"))
                    });
                // A modifier or adverbial clause with its own subject is a separate
                // statement, not another event's content.
                let own_clause = matches!(rel, "acl" | "advcl")
                    && self.t.first_kid(node, &["nsubj", "nsubj:pass"]).is_some();
                let passes = matches!(
                    rel,
                    "xcomp" | "ccomp" | "obj" | "nmod" | "obl" | "acl" | "advcl" | "nsubj:pass"
                ) && self.t.deprel(node) != "acl:relcl"
                    && !adjunct
                    && !own_clause;
                if !passes {
                    break;
                }
                let Some(h) = self.t.head(node) else { break };
                if let Some(g) = toks.iter().position(|&t| t == h) {
                    if g != di {
                        d.governor = Some(g);
                    }
                    break;
                }
                // "staged demonstrations to demand reforms": the light verb's
                // event noun governs the purpose clause.
                if self.t.is_verbal(h) && self.dict.in_list("light", &self.t.lemma(h)) {
                    let noun_event = self
                        .t
                        .kids_rel(h, &["obj"])
                        .find_map(|o| toks.iter().position(|&t| t == o));
                    if let Some(g) = noun_event {
                        if g != di {
                            d.governor = Some(g);
                            break;
                        }
                    }
                }
                node = h;
            }
        }
        for i in 0..drafts.len() {
            let Some(g) = drafts.get(i).and_then(|d| d.governor) else {
                continue;
            };
            let (Some(child), Some(gov)) = (drafts.get(i).cloned(), drafts.get(g).cloned()) else {
                continue;
            };
            let gq = gov.category.quad();
            let verbal_gov = matches!(gq, Quad::VerbalCooperation | Quad::VerbalConflict);
            let protest_topic =
                gov.category == Category::Protest && child.category == Category::Request;
            // An event noun that is the direct object of another trigger is
            // that trigger's content ("violated the *ceasefire*", "provide *aid*").
            let object_noun = child.hit.pat.pos == TriggerPos::Noun
                && self.t.head(child.hit.tok) == Some(gov.hit.tok)
                && matches!(self.t.deprel(child.hit.tok), "obj" | "nsubj:pass");
            // "gave the Ivory Coast dollars of *aid*": an event noun inside an
            // argument of an event of the same category is that event.
            let same_noun = child.hit.pat.pos == TriggerPos::Noun && child.category == gov.category;
            // "Agents abused immigrants, a rights group *charged*": content
            // before a speech verb without an object is reported news, not
            // the content of an accusation; the report is secondary.
            let reported = child.hit.tok < gov.hit.tok
                && self.t.deprel(child.hit.tok) == "ccomp"
                && self.t.head(child.hit.tok) == Some(gov.hit.tok)
                && self.t.first_kid(gov.hit.tok, &["obj"]).is_none();
            if reported {
                if let Some(gd) = drafts.get_mut(g) {
                    gd.confidence *= 0.5;
                    gd.demoted = true;
                }
                continue;
            }
            // "allowed the president to *sign*", "forced them to *leave*":
            // the act a permission or a compulsion is about is its content.
            let controlled = self
                .dict
                .in_list("object_control", &self.t.lemma(gov.hit.tok))
                && self.t.deprel(child.hit.tok) == "xcomp";
            if !(verbal_gov || protest_topic || object_noun || same_noun || controlled) {
                continue;
            }
            if let Some(d) = drafts.get_mut(i) {
                d.absorbed = true;
            }
            let Some(gd) = drafts.get_mut(g) else {
                continue;
            };
            // A stated intention to use force or coercion is a threat, not an
            // agreement ("vowed to fight", "is prepared to impose martial law").
            // ("willing to consider *lifting* sanctions" undoes one.)
            // (The parser may hang the gerund on the noun.)
            let undoing = |k: usize| self.dict.in_list("unrestrict", &self.t.lemma(k));
            let undone = self.t.head(child.hit.tok).is_some_and(undoing)
                || self
                    .t
                    .kids_rel(child.hit.tok, &["amod"])
                    .any(|k| self.t.xpos(k) == "VBG" && undoing(k));
            // "agreed *not* to proceed with plans to impose a duty": force
            // or coercion forsworn, here or on the way up, is no threat.
            let forsworn = self.has_not(child.hit.tok) || {
                let mut k = self.t.head(child.hit.tok);
                let mut seen = false;
                for _ in 0..6 {
                    let Some(h) = k.filter(|&h| h != gov.hit.tok) else {
                        break;
                    };
                    seen |= self.has_not(h) || self.dict.in_list("halt", &self.t.lemma(h));
                    k = self.t.head(h);
                }
                seen
            };
            if gd.category == Category::Agree
                && !undone
                && !forsworn
                && matches!(
                    child.category,
                    Category::Assault | Category::Coerce | Category::Mobilize | Category::Sanction
                )
            {
                gd.category = Category::Threaten;
                gd.mode = threat_mode(child.category, child.mode.as_deref());
                gd.comment = Some(format!(
                    "stated intention to carry out {} coded as THREATEN",
                    child.category
                ));
            }
            // An order to use force or coercion is that act by whoever gave
            // it ("ordered the network to shut down", "ordered troops to
            // the border"): the manual's REQUEST is for asking, not commanding.
            // So is an approval of it ("approved the attacks on the embassy").
            if matches!(gd.category, Category::Request | Category::Support)
                && self.dict.in_list("command", &self.t.lemma(gov.hit.tok))
                && matches!(
                    child.category,
                    Category::Coerce
                        | Category::Mobilize
                        | Category::Assault
                        | Category::Sanction
                        | Category::Retreat
                )
            {
                // Approving or ordering *a plan* to strike decides on force
                // to come: a threat, not the strike ("approved a plan to
                // strike ISIS").
                let planned = self.t.head(child.hit.tok).is_some_and(|h| {
                    h != gov.hit.tok
                        && self.t.is_nominal(h)
                        && (self.dict.in_list("future", &self.t.lemma(h))
                            || self.dict.in_list("hypothetical", &self.t.lemma(h)))
                });
                if planned && child.category != Category::Retreat {
                    gd.category = Category::Threaten;
                    gd.mode = threat_mode(child.category, child.mode.as_deref());
                    gd.comment = Some(format!(
                        "a plan to carry out {} approved or ordered coded as THREATEN",
                        child.category
                    ));
                } else {
                    gd.category = child.category;
                    gd.mode = child.mode.clone();
                    gd.comment = Some(format!(
                        "an order to carry out {} coded as {} by whoever gave it",
                        child.category, child.category
                    ));
                }
            }
            if gd.mode.is_none() {
                gd.mode = complement_mode(gd.category, child.category, child.mode.as_deref());
            }
            // Backing a hostile measure ("backed an amendment to restrict
            // the Pentagon's spending") supports its makers, not its target.
            let backs_hostile = gd.category == Category::Support
                && matches!(
                    child.category.quad(),
                    Quad::VerbalConflict | Quad::MaterialConflict
                );
            let no_recipient = gd.recipient_groups.iter().all(|r| r.is_empty())
                && !self.past_unnamed_addressee(gov.hit.tok, child.hit.tok)
                && !backs_hostile;
            if no_recipient {
                let actor_codes: Vec<_> = gd.actor.iter().map(|e| e.code.clone()).collect();
                let other_actor: Vec<Entity> = child
                    .actor
                    .iter()
                    .filter(|e| e.code.is_some() && !actor_codes.contains(&e.code))
                    .cloned()
                    .collect();
                // Condemning or praising an attack judges its doer: "condemned
                // the attack *on Israel*" accuses the attacker, not Israel;
                // so for any one-sided act ("criticized the decision to
                // send troops *to Syria*"). A deal or talks have parties on
                // both sides ("criticized the deal *with Iran*").
                let judges_a_doer = matches!(gd.category, Category::Accuse | Category::Support)
                    && !matches!(
                        child.category,
                        Category::Agree | Category::Consult | Category::Cooperate
                    );
                let groups: Vec<Vec<Entity>> = if !other_actor.is_empty() {
                    vec![other_actor]
                } else if judges_a_doer {
                    Vec::new()
                } else {
                    child
                        .recipient_groups
                        .iter()
                        .filter(|g| !g.is_empty())
                        .cloned()
                        .collect()
                };
                if !groups.is_empty() {
                    gd.recipient_groups = groups;
                    gd.recipient_via = "content";
                }
            }
            // Who does what an object-control verb asks for ("an American
            // should be asked *to surrender*") is the one asked, never the
            // asker.
            let object_control = self
                .dict
                .in_list("object_control", &self.t.lemma(gov.hit.tok));
            if gd.actor.is_empty()
                && !child.actor.is_empty()
                && gov.category != Category::Accuse
                && !object_control
            {
                gd.actor = child.actor.clone();
                gd.actor_via = "content";
            }
            // An order's own forces are its instrument, not the recipient
            // of the act ordered ("ordered a withdrawal of the American
            // troops").
            if gd
                .comment
                .as_deref()
                .is_some_and(|c| c.starts_with("an order to carry out"))
            {
                let own: Vec<Option<String>> = gd.actor.iter().map(|e| e.code.clone()).collect();
                for g in gd.recipient_groups.iter_mut() {
                    g.retain(|e| !(is_armed(e) && e.code.is_some() && own.contains(&e.code)));
                }
            }
        }
    }

    /// Whether the act at `node` is how the response at `tok` was made,
    /// in a by-clause under it ("responded *by threatening to slap
    /// tariffs*"), rather than what it answered ("responded to *the
    /// attack*").
    fn how_it_answered(&self, tok: usize, node: usize) -> bool {
        self.t.dominates(tok, node)
            && self.t.on_way_up(node, tok, 12, |cur| {
                self.t.head(cur) == Some(tok)
                    && self
                        .t
                        .kids_rel(cur, &["mark", "case"])
                        .any(|k| self.t.lemma(k) == "by")
            })
    }

    /// Response patterns: recipient is the actor of the conflict event
    /// responded to; without such an event the response is not coded.
    fn responses(&self, drafts: &mut Vec<Draft<'p>>) {
        let snapshot = drafts.clone();
        let answered =
            |tok: usize| prior_conflict(&snapshot, tok, |o| self.how_it_answered(tok, o)).cloned();
        drafts.retain(|d| !d.hit.pat.after_conflict || answered(d.hit.tok).is_some());
        for d in drafts.iter_mut() {
            if !d.hit.pat.after_conflict && !d.hit.pat.recipient.contains(&Slot::Prior) {
                continue;
            }
            let Some(p) = answered(d.hit.tok) else {
                continue;
            };
            let no_recipient = d.recipient_groups.iter().all(|r| r.is_empty());
            if no_recipient && !p.actor.is_empty() {
                let own: Vec<_> = d.actor.iter().map(|e| e.code.clone()).collect();
                let theirs: Vec<Entity> = p
                    .actor
                    .iter()
                    .filter(|e| e.code.is_some() && !own.contains(&e.code))
                    .cloned()
                    .collect();
                if !theirs.is_empty() {
                    d.recipient_groups = vec![theirs];
                    d.recipient_via = "prior";
                }
            }
        }
    }

    /// Category adjustments the manual prescribes for auxiliary modes:
    /// future cooperation is AGREE, a future RETREAT is CONCEDE, an announced
    /// future use of force or sanction is a THREATEN.
    /// True when `clause` is the reported clause of the speech verb `h`
    /// ("Iran *said* it *could strike*").
    fn reports(&self, h: usize, clause: usize) -> bool {
        matches!(self.t.base_rel(clause), "ccomp" | "parataxis")
            && self.t.is_verbal(h)
            && self.dict.in_list("report", &self.t.lemma(h))
    }

    /// The event is told in a clause reported by its own actor: the
    /// subject of the reporting verb above the trigger ("*Trump* said *he*
    /// may declare ...") is one of the event's actors, by span or by the
    /// entry both resolve to.
    fn told_by_its_actor(&self, d: &Draft<'p>) -> bool {
        let mut node = d.hit.tok;
        for _ in 0..6 {
            let Some(h) = self.t.head(node) else {
                return false;
            };
            if self.reports(h, node) {
                let Some(subj) = self.t.first_kid(h, &["nsubj"]) else {
                    return false;
                };
                let Some(m) = self.mention_below(subj) else {
                    return false;
                };
                // The speaker itself, not a party named inside its phrase
                // ("a vice chairman of *Beijing*-based think tank told ...
                // that Beijing could impose tariffs" is no threat).
                if !(m.start <= subj && subj < m.end) {
                    return false;
                }
                return d.actor.iter().any(|a| {
                    ByteSpan::from(m.span) == a.span
                        || (!m.entry.is_empty()
                            && a.identifier_id.as_deref() == Some(m.entry.as_str()))
                });
            }
            node = h;
        }
        false
    }

    /// The verb of stopping (`@halt`) whose gerund complement is trigger
    /// `i` ("Israel *stopped* bombing Gaza"), unless the stopping itself is
    /// negated ("did not stop bombing" goes on bombing).
    fn halting_verb(&self, i: usize) -> Option<usize> {
        if self.t.xpos(i) != "VBG" || !matches!(self.t.deprel(i), "xcomp" | "obj" | "ccomp") {
            return None;
        }
        let h = self.t.head(i)?;
        (self.t.is_verbal(h) && self.dict.in_list("halt", &self.t.lemma(h)) && !self.has_not(h))
            .then_some(h)
    }

    /// Verb `i` carries a plain "not", "never" or "n't", or follows "in
    /// no way" and its kin.
    fn has_not(&self, i: usize) -> bool {
        self.t
            .kids_rel(i, &["advmod"])
            .any(|k| matches!(self.t.lemma(k).as_str(), "not" | "never" | "n't"))
            || self.negated_by_a_phrase(i)
    }

    /// "Israel stopped bombing Gaza", "the U.S. stopped funding the agency":
    /// an act stopped is coded as the stopping. Ending force or threats is
    /// a RETREAT (ceasefire), ending coercion, sanctions or protest a
    /// CONCEDE, ending cooperation or aid a SANCTION (the manual's
    /// "reduce or stop aid", "halt negotiations"); stopping a verbal act
    /// ("stopped criticising") is no event (`d.absorbed`). True when `d`
    /// was recoded or dropped.
    fn halted_act(&self, d: &mut Draft<'p>) -> bool {
        if d.hit.pat.pos != TriggerPos::Verb {
            return false;
        }
        let Some(h) = self.halting_verb(d.hit.tok) else {
            return false;
        };
        let (to, mode) = match d.category {
            Category::Assault => (Category::Retreat, Some("ceasefire")),
            Category::Mobilize | Category::Threaten => (Category::Retreat, None),
            Category::Coerce | Category::Sanction | Category::Protest => (Category::Concede, None),
            Category::Aid | Category::Cooperate | Category::Consult | Category::Support => {
                (Category::Sanction, Some("discontinue"))
            }
            _ => {
                d.absorbed = true;
                return true;
            }
        };
        d.comment = Some(format!(
            "{} stopped (\"{} {}\") coded as {}",
            d.category,
            self.t.form(h),
            self.t.form(d.hit.tok),
            to
        ));
        d.category = to;
        d.mode = mode.map(str::to_string);
        true
    }

    /// "Militants became savvier in preventing *themselves* from becoming
    /// targets", "the gunman killed *himself*": an act whose object, the
    /// slot its recipient comes from, is a reflexive pronoun is done to its
    /// own actor, no interaction. (Not mobilizing: "the group armed
    /// itself" is a build-up; nor a pattern whose recipient is elsewhere:
    /// "committed himself to peace"; nor a suicide attack: "blew
    /// themselves up", "killed himself and 22 others".)
    fn acts_on_itself(&self, d: &Draft<'p>) -> bool {
        let slots = if d.hit.pat.recipient.is_empty() {
            Self::default_recipient(d.hit.pat.pos)
        } else {
            d.hit.pat.recipient.clone()
        };
        d.hit.pat.pos == TriggerPos::Verb
            && d.category != Category::Mobilize
            && slots.first() == Some(&Slot::Obj)
            && d.hit.particle.is_none()
            && !self
                .t
                .kids_rel(d.hit.tok, &["conj"])
                .any(|c| self.t.is_nominal(c))
            && self.t.kids_rel(d.hit.tok, &["obj"]).any(|o| {
                self.t.kids_rel(o, &["conj"]).next().is_none()
                    && matches!(
                        self.t.form(o).to_lowercase().as_str(),
                        "myself"
                            | "yourself"
                            | "himself"
                            | "herself"
                            | "itself"
                            | "ourselves"
                            | "yourselves"
                            | "themselves"
                    )
            })
    }

    /// "Tehran helped halt *the Islamic State's* advance", "warplanes
    /// halted the attack *by forces loyal to Assad*": force stopped that
    /// belongs to someone other than the actor is checked, not ceased; a
    /// ceasefire is one's own.
    fn halts_anothers_force(&self, d: &Draft<'p>) -> bool {
        if d.category != Category::Retreat || d.mode.as_deref() != Some("ceasefire") {
            return false;
        }
        let Some(theme) = d.hit.theme else {
            return false;
        };
        let mine = |m: &Mention| {
            d.actor.iter().any(|a| {
                ByteSpan::from(m.span) == a.span
                    || (!m.entry.is_empty() && a.identifier_id.as_deref() == Some(m.entry.as_str()))
                    || (m.code.country.is_some() && a.code == m.code.country)
            })
        };
        self.t
            .kids(theme)
            .iter()
            .copied()
            .filter(|&k| {
                self.t.deprel(k) == "nmod:poss"
                    || (self.t.base_rel(k) == "nmod"
                        && self
                            .t
                            .case_of(k)
                            .is_some_and(|c| matches!(c.as_str(), "by" | "of")))
            })
            // ("*its* offensive" is taken for the actor's own.)
            .filter(|&k| self.t.upos(k) != dyad_core::Upos::Pron)
            .filter_map(|k| self.mention_below(k))
            .any(|m| !mine(m))
    }

    /// A joint act whose only party the sentence names is the other side
    /// ("Meets with President Rivlin" in a schedule, "a meeting with
    /// Putin"): who met them is not said, so the one named cannot stand as
    /// the actor. But the members of a meeting ("a meeting *of* Cyprus,
    /// Greece and Israel", "talks *between* ...") are its parties, and so
    /// is a noun the parser hung the verb on ("Iranian officials [met] in
    /// Tehran").
    fn only_the_other_side(&self, d: &Draft<'p>) -> bool {
        let others: Vec<&Entity> = d.recipient_groups.iter().flatten().collect();
        let [other] = others.as_slice() else {
            return false;
        };
        let tokens = &self.t.s.tokens;
        let members = tokens
            .iter()
            .rposition(|t| t.span.end <= other.span.start)
            .is_some_and(|k| matches!(self.t.lemma(k).as_str(), "of" | "between" | "among"));
        let hung_on = self
            .t
            .head(d.hit.tok)
            .and_then(|h| tokens.get(h))
            .is_some_and(|t| other.span.start <= t.span.start && t.span.end <= other.span.end);
        d.actor.is_empty() && reciprocal(d) && !members && !hung_on
    }

    /// "Moscow *denied* any interference in Ukraine", "denied that he
    /// criticized May": who is named inside what is denied is no party to
    /// the denial. Its recipient is only whose claim is denied ("denied *a
    /// Washington Post* report", "denied conclusions *by U.S. intelligence
    /// agencies*") or whom something is denied to ("denies *Palestinians*
    /// the right to return").
    fn denial_answers_only_claimants(&self, d: &mut Draft<'p>) {
        if d.hit.pat.lemma != "deny" || d.hit.pat.pos != TriggerPos::Verb {
            return;
        }
        let tok = d.hit.tok;
        let claim = self.t.kids_rel(tok, &["obj"]).find(|&o| {
            let l = self.t.lemma(o);
            self.dict.in_list("claim", &l) || self.dict.in_list("document", &l)
        });
        // (Refusing a thing asked for, "denied *funding* for the wall",
        // answers whoever asked: only the denial of a claim, an alleged
        // part in something or a that-clause is restricted.)
        let alleged = self.t.kids_rel(tok, &["obj"]).any(|o| {
            let l = self.t.lemma(o);
            self.dict.in_list("alleged", &l) || self.dict.in_list("wrongdoing", &l)
        });
        let content = self
            .t
            .kids_rel(tok, &["ccomp", "xcomp", "advcl"])
            .next()
            .is_some();
        if claim.is_none() && !alleged && !content {
            return;
        }
        let answered = |e: &Entity| {
            let Some(m) = self
                .mentions
                .iter()
                .find(|m| ByteSpan::from(m.span) == e.span)
            else {
                return true;
            };
            if self.t.head(m.head) == Some(tok) && self.t.deprel(m.head) == "iobj" {
                return true;
            }
            // The claim's owner, maker or source, directly on the claim
            // noun or on a name in compound with it (or hung on the verb:
            // "denied conclusions *by* the agencies").
            let source_on_verb = self.t.head(m.head) == Some(tok)
                && self
                    .t
                    .case_of(m.head)
                    .is_some_and(|p| matches!(p.as_str(), "by" | "from"));
            claim.is_some() && source_on_verb
                || claim.is_some_and(|c| {
                    let mut x = m.head;
                    for _ in 0..3 {
                        let Some(h) = self.t.head(x) else {
                            return false;
                        };
                        let on_claim = matches!(self.t.deprel(x), "nmod:poss" | "compound")
                            || (self.t.base_rel(x) == "nmod"
                                && self
                                    .t
                                    .case_of(x)
                                    .is_some_and(|p| matches!(p.as_str(), "by" | "from" | "of")));
                        if !on_claim && !matches!(self.t.deprel(x), "flat" | "amod") {
                            return false;
                        }
                        if h == c {
                            return on_claim;
                        }
                        x = h;
                    }
                    false
                })
        };
        for g in d.recipient_groups.iter_mut() {
            g.retain(|e| answered(e));
        }
        d.recipient_groups.retain(|g| !g.is_empty());
    }

    fn adjust(&self, d: &mut Draft<'p>) {
        if self.halts_anothers_force(d) {
            d.absorbed = true;
            return;
        }
        if self.acts_on_itself(d) {
            d.absorbed = true;
            return;
        }
        // A stopping recoded here goes through the rules below like any
        // act of its new category ("would stop testing": a retreat
        // announced for later is a concession).
        if self.halted_act(d) && d.absorbed {
            return;
        }
        // "new North Korean *threats to test* a hydrogen bomb": force or
        // coercion that a threat names is threatened, not done.
        // (Also when the parser took the plural noun for a verb.)
        let threatened = self.t.head(d.hit.tok).is_some_and(|h| {
            matches!(self.t.lemma(h).as_str(), "threat" | "ultimatum")
                && matches!(self.t.base_rel(d.hit.tok), "acl" | "xcomp")
                && self
                    .t
                    .kids_rel(d.hit.tok, &["mark"])
                    .any(|m| self.t.lemma(m) == "to")
        });
        if threatened
            && matches!(
                d.category,
                Category::Assault | Category::Coerce | Category::Mobilize | Category::Sanction
            )
        {
            d.comment = Some(format!("{} a threat names coded as THREATEN", d.category));
            d.mode = threat_mode(d.category, d.mode.as_deref());
            d.category = Category::Threaten;
            return;
        }
        // "withdrew from the nuclear deal", "its withdrawal from the
        // alliance": leaving an agreement, a body or a process is a sanction
        // (manual, SANCTION `withdraw`), not a retreat of forces.
        if d.category == Category::Retreat && d.mode.as_deref() == Some("withdraw") {
            // ("pulled the U.S. *out of* the deal": the particle's "of".)
            let out = d.hit.particle.is_some_and(|p| self.t.lemma(p) == "out");
            let mut left = self.t.prep_kids(d.hit.tok, "from");
            if out {
                left.extend(self.t.prep_kids(d.hit.tok, "of"));
                left.extend(self.t.prep_kids(d.hit.tok, "out"));
            }
            let pact = left
                .into_iter()
                .find(|&k| self.dict.in_list("pact", &self.t.lemma(k)));
            if let Some(pact) = pact {
                d.comment = Some("withdrawal from an agreement or body coded as SANCTION".into());
                d.category = Category::Sanction;
                // One leaves a pact against its other parties, never against
                // itself ("pulled *the U.S.* out of the deal").
                let own: Vec<Option<String>> = d.actor.iter().map(|a| a.code.clone()).collect();
                for g in d.recipient_groups.iter_mut() {
                    g.retain(|e| e.code.is_none() || !own.contains(&e.code));
                }
                // Those it names are its other parties ("the *Iran*
                // nuclear deal", "the deal *with Iran*").
                if d.recipient_groups.iter().all(Vec::is_empty) {
                    let parties: Vec<Entity> = self
                        .t
                        .kids(pact)
                        .iter()
                        .copied()
                        .filter(|&k| {
                            matches!(self.t.deprel(k), "compound" | "amod")
                                || self.t.case_of(k).as_deref() == Some("with")
                        })
                        .filter_map(|k| self.mention_for(k))
                        // (Not the city an accord is named after: "the
                        // *Paris* accord".)
                        .filter(|m| !matches!(m.kind, MentionKind::Metonym | MentionKind::Place))
                        .map(|m| self.entity(m))
                        .filter(|e| e.code.is_some() && !own.contains(&e.code))
                        .collect();
                    if !parties.is_empty() {
                        d.recipient_groups = vec![parties];
                    }
                }
                return;
            }
        }
        // "did not accede to the demands", "would not endorse the result":
        // declining to cooperate is a rejection (manual, REJECT), not a
        // negated concession.
        let plain_not = self.has_not(d.hit.tok)
            || self
                .t
                .kids_rel(d.hit.tok, &["cc:preconj", "cc"])
                .any(|k| self.t.lemma(k) == "neither");
        // (Not parties failing to agree with each other: "the president
        // and Congress could not agree on a budget" rejects no one.)
        let together = d.actor.len() > 1 && d.recipient_groups.iter().all(Vec::is_empty);
        // (Nor a condition: "*if* the EU has not agreed a deal by then"
        // refuses nothing.)
        let condition = self.t.kids_rel(d.hit.tok, &["mark"]).any(|m| {
            matches!(
                self.t.lemma(m).as_str(),
                "if" | "unless" | "until" | "whether"
            )
        });
        if plain_not
            && !together
            && !condition
            && d.aux.contains("negation")
            && matches!(
                d.category,
                Category::Concede | Category::Agree | Category::Support
            )
            && d.hit.pat.pos == TriggerPos::Verb
            // Not inviting someone refuses nothing they asked for.
            && d.hit.pat.lemma != "invite"
        {
            d.mode = Some(
                match d.category {
                    Category::Concede => "yield",
                    _ => "assist",
                }
                .to_string(),
            );
            d.comment = Some(format!("{} not done coded as REJECT", d.category));
            d.category = Category::Reject;
            d.aux.remove("negation");
            return;
        }
        // "will withdraw ... unless X arranges a ceasefire": a future act made
        // conditional on the other side's behaviour is a threat.
        let unless = self.t.kids_rel(d.hit.tok, &["advcl"]).any(|c| {
            self.t
                .kids_rel(c, &["mark"])
                .any(|m| self.t.lemma(m) == "unless")
        });
        if unless
            && d.aux.contains("future")
            && !matches!(
                d.category,
                Category::Threaten | Category::Request | Category::Agree
            )
        {
            d.comment = Some(format!(
                "{} announced on condition (unless ...) coded as THREATEN",
                d.category
            ));
            d.mode = threat_mode(d.category, d.mode.as_deref())
                .or_else(|| Some("relations".to_string()));
            d.category = Category::Threaten;
            d.aux.remove("future");
            return;
        }
        // "announced US troops *would be leaving* Syria", "Israel *will*
        // withdraw": a retreat announced for later is a concession (manual,
        // RETREAT: "announced ... would withdraw troops" is CONCEDE). Only
        // with "will" or "would" on the trigger itself: not "might", not
        // "would have".
        let announced_for_later = {
            let aux: Vec<String> = self
                .t
                .kids_rel(d.hit.tok, &["aux"])
                .map(|k| self.t.lemma(k))
                .collect();
            aux.iter()
                .any(|a| matches!(a.as_str(), "will" | "would" | "shall"))
                && !aux.iter().any(|a| a == "have")
        };
        if d.category == Category::Retreat && !d.aux.contains("negation") && announced_for_later {
            d.comment = Some("retreat announced for later coded as CONCEDE".into());
            d.category = Category::Concede;
            d.mode = None;
            d.aux.remove("future");
            d.aux.remove("hypothetical");
            return;
        }
        // "Trump said he *may* declare an emergency", "Iran said it could
        // strike US bases": force, coercion or sanctions its own actor says
        // they may use is a threat (manual, THREATEN), not a possible act.
        if d.aux.contains("hypothetical")
            && !d.aux.contains("negation")
            && matches!(
                d.category,
                Category::Assault | Category::Coerce | Category::Sanction
            )
            && self.told_by_its_actor(d)
        {
            d.comment = Some(format!(
                "{} its own actor says may happen coded as THREATEN",
                d.category
            ));
            d.mode = threat_mode(d.category, d.mode.as_deref());
            d.category = Category::Threaten;
            d.aux.remove("hypothetical");
            return;
        }
        let future_only = d.aux.contains("future")
            && !d.aux.contains("negation")
            && !d.aux.contains("hypothetical");
        if !future_only {
            return;
        }
        // "will deploy the battery *to South Korea*": forces sent to a
        // country are no threat to it; the deployment stays a mobilization,
        // announced for later.
        // The country itself is where they go ("to the border with Ukraine"
        // stays a threat); the phrase may hang on the object.
        let destination = d.category == Category::Mobilize && {
            let sent = std::iter::once(d.hit.tok).chain(self.t.kids_rel(d.hit.tok, &["obj"]));
            let dest: Vec<usize> = sent.flat_map(|h| self.t.prep_kids(h, "to")).collect();
            let mut recipients = d.recipient_groups.iter().flatten().peekable();
            recipients.peek().is_some()
                && recipients.all(|e| self.entity_tokens(e).any(|k| dest.contains(&k)))
        };
        if destination {
            return;
        }
        let to = match d.category {
            Category::Consult | Category::Support | Category::Cooperate | Category::Aid => {
                Some(Category::Agree)
            }
            Category::Retreat => Some(Category::Concede),
            Category::Assault | Category::Coerce | Category::Sanction | Category::Mobilize => {
                Some(Category::Threaten)
            }
            _ => None,
        };
        if let Some(to) = to {
            d.comment = Some(format!(
                "{} in the future coded as {} (PLOVER: return the single category, not category+future)",
                d.category, to
            ));
            d.mode = if to == Category::Threaten {
                threat_mode(d.category, d.mode.as_deref())
            } else {
                None
            };
            d.category = to;
            d.aux.remove("future");
        }
    }
}

/// Conflict events of one actor in one sentence are usually aimed at the
/// same party: "After accusing Seoul of ..., Pyongyang issued threats" — the
/// threat's recipient is Seoul. A recipient-less event borrows the recipient
/// of a sibling event with the same actor and the same cooperation/conflict
/// sign, at reduced confidence.
/// (actor codes and sectors, conflictual?, recipient groups) of a draft.
type SiblingView = (Vec<ActorKey>, bool, Vec<Vec<Entity>>);

/// What an actor is, for telling one sibling's actor from another's: its
/// code and sector ("*Iraq's Parliament* is discussing ..., while *the
/// prime minister* is dispatching forces to Tikrit" are two actors of one
/// country).
type ActorKey = (Option<String>, Option<String>);

fn actor_key(e: &Entity) -> ActorKey {
    (e.code.clone(), e.sector.clone())
}

fn inherit_recipients(m: &Matcher<'_, '_>, drafts: &mut [Draft<'_>]) {
    let conflictual =
        |c: Category| matches!(c.quad(), Quad::VerbalConflict | Quad::MaterialConflict);
    let snapshot: Vec<SiblingView> = drafts
        .iter()
        .map(|d| {
            (
                d.actor.iter().map(actor_key).collect(),
                conflictual(d.category),
                d.recipient_groups.clone(),
            )
        })
        .collect();
    let absorbed: Vec<bool> = drafts.iter().map(|d| d.absorbed).collect();
    for (i, d) in drafts.iter_mut().enumerate() {
        if d.absorbed || d.actor.iter().all(|e| e.code.is_none()) {
            continue;
        }
        if !d.recipient_groups.iter().all(|g| g.is_empty()) || m.addresses_an_uncoded_party(&d.hit)
        {
            continue;
        }
        let codes: Vec<ActorKey> = d.actor.iter().map(actor_key).collect();
        let sign = conflictual(d.category);
        // A draft folded into another (the withdrawal an order is about)
        // lends nothing: its parties are already its governor's.
        let donor = snapshot.iter().enumerate().find(|(j, (c, s, r))| {
            *j != i
                && !absorbed.get(*j).copied().unwrap_or(true)
                && *c == codes
                && *s == sign
                && r.iter().any(|g| !g.is_empty())
        });
        if let Some((_, (_, _, groups))) = donor {
            d.recipient_groups = groups.iter().filter(|g| !g.is_empty()).cloned().collect();
            d.recipient_via = "inherited";
            d.confidence *= 0.85;
        }
    }
}

/// How many sentences back a refusal or an acceptance looks for the request
/// it answers.
const REPLY_REACH: usize = 2;

/// A refusal or acceptance that names no one answers whoever asked:
/// "the government asked Judge Miller to delay his ruling, but *he
/// declined*" is the judge rejecting the government; "Iran urged Iraq to
/// expel the troops. Baghdad *agreed*." is Iraq agreeing with Iran. The
/// request must be addressed to the reply's actor (the same person or
/// body) in the same sentence, before the reply, or in the two sentences
/// before it; the nearest such request wins. Only the verbs of the
/// `@reply` list answer.
fn replies_answer_the_request(m: &Matcher<'_, '_>, drafts: &mut [Draft<'_>], earlier: &[Event]) {
    let si = m.si;
    // Only a bare reply: one with a complement of its own ("refused *to
    // apologize*") is about that act, not the request.
    let is_reply = |d: &Draft<'_>| {
        matches!(
            d.category,
            Category::Reject | Category::Agree | Category::Concede
        ) && m.dict.in_list("reply", &m.t.lemma(d.hit.tok))
            && m.t
                .kids_rel(d.hit.tok, &["obj", "xcomp", "ccomp", "obl"])
                .next()
                .is_none()
    };
    let ids = |es: &[Entity]| -> Vec<String> {
        es.iter()
            .filter(|e| e.code.is_some())
            .filter_map(|e| e.identifier_id.clone())
            .collect()
    };
    let requests: Vec<(usize, Vec<String>, Vec<Entity>)> = drafts
        .iter()
        .filter(|d| !d.absorbed && d.category == Category::Request && d.aux.is_empty())
        .map(|d| {
            let addressed: Vec<Entity> = d.recipient_groups.iter().flatten().cloned().collect();
            (d.hit.tok, ids(&addressed), d.actor.clone())
        })
        .collect();
    let reach = si.saturating_sub(REPLY_REACH);
    for d in drafts.iter_mut() {
        // What the request asks ("called for each member to *accept*
        // refugees") is no answer to it.
        let unanswered = !d.absorbed
            && d.governor.is_none()
            && is_reply(d)
            && without_self_recipients(&d.actor, &d.recipient_groups)
                .iter()
                .all(|g| g.is_empty());
        let mine = ids(&d.actor);
        if !unanswered || mine.is_empty() {
            continue;
        }
        let asked_me = |addressed: &[String]| addressed.iter().any(|a| mine.contains(a));
        let here = requests
            .iter()
            .filter(|(tok, addressed, _)| *tok < d.hit.tok && asked_me(addressed))
            .max_by_key(|(tok, _, _)| *tok)
            .map(|(_, _, asker)| asker.clone());
        let before = || {
            earlier
                .iter()
                .rev()
                .take_while(|e| e.sentence >= reach)
                .filter(|e| e.sentence < si && e.is_factual())
                .find(|e| {
                    e.event.first().map(String::as_str) == Some("REQUEST")
                        && asked_me(&ids(&e.recipient))
                })
                .map(|e| e.actor.clone())
        };
        let Some(asker) = here.or_else(before) else {
            continue;
        };
        let asker: Vec<Entity> = asker
            .into_iter()
            .filter(|a| {
                a.code.is_some() && !a.identifier_id.as_ref().is_some_and(|i| mine.contains(i))
            })
            .map(|a| Entity {
                resolution: "requester".to_string(),
                ..a
            })
            .collect();
        if !asker.is_empty() {
            d.recipient_groups = vec![asker];
            d.recipient_via = "inherited";
        }
    }
}

/// No one is the recipient of their own act: "Trump declared an emergency
/// so *he* could build", "Associates of Navalny alleged *he* drank tea". A
/// recipient that is the actor itself (the same mention, or a mention
/// resolved to the same person or organisation, as a pronoun or a second
/// reference is) is dropped; a group left empty means no recipient. Two
/// mentions resolved only to a country or a sector ("Bosnian Serbs" and
/// "Bosnia") may be different parties, so they are kept.
fn without_self_recipients(actor: &[Entity], groups: &[Vec<Entity>]) -> Vec<Vec<Entity>> {
    let individual = |id: &str| {
        !["country:", "context:", "sector:"]
            .iter()
            .any(|p| id.starts_with(p))
    };
    // "We have been striking when *we* can": the speaker's "we" is one
    // party wherever it stands in the sentence, as is "I".
    // ("US" in capitals is the United States.)
    let person = |e: &Entity| match e.entity_text.to_lowercase().as_str() {
        _ if e.entity_text == "US" => None,
        "we" | "us" | "our" | "ours" | "ourselves" => Some(1),
        "i" | "me" | "my" | "mine" | "myself" => Some(0),
        _ => None,
    };
    // "Iran warned Europe that *it* would walk away": a pronoun that
    // stands for the actor's own state is the actor, wherever it stands.
    let pronoun = |e: &Entity| {
        matches!(
            e.entity_text.to_lowercase().as_str(),
            "it" | "its" | "itself" | "they" | "them" | "their" | "themselves"
        )
    };
    let is_actor = |e: &Entity| {
        actor.iter().any(|a| {
            a.span == e.span
                || person(a).is_some_and(|p| person(e) == Some(p))
                || matches!((&a.identifier_id, &e.identifier_id),
                    (Some(x), Some(y)) if x == y && (individual(x) || pronoun(e)))
        })
    };
    let mut kept: Vec<Vec<Entity>> = Vec::new();
    for g in groups {
        let g: Vec<Entity> = g.iter().filter(|e| !is_actor(e)).cloned().collect();
        if !g.is_empty() && !kept.contains(&g) {
            kept.push(g);
        }
    }
    if kept.is_empty() {
        kept.push(Vec::new());
    }
    kept
}

/// "Agents abused immigrants, a human rights organization *charged*": a
/// verbal event with no object of its own, set off by a comma after
/// another event, is the report of that event rather than the news; it
/// keeps its record but yields primacy to the reported event.
fn demote_reporting_clauses(m: &Matcher<'_, '_>, drafts: &mut [Draft<'_>]) {
    let starts: Vec<usize> = drafts.iter().map(|d| d.hit.tok).collect();
    for d in drafts.iter_mut() {
        let verbal = matches!(
            d.category.quad(),
            Quad::VerbalConflict | Quad::VerbalCooperation
        );
        if !verbal || d.hit.pat.pos != TriggerPos::Verb {
            continue;
        }
        let tok = d.hit.tok;
        if m.t
            .first_kid(tok, &["obj", "iobj", "ccomp", "xcomp"])
            .is_some()
        {
            continue;
        }
        let after_event_and_comma = starts
            .iter()
            .any(|&e| e < tok && (e + 1..tok).any(|k| m.t.form(k) == ","));
        if after_event_and_comma {
            d.confidence *= 0.5;
            d.demoted = true;
        }
    }
}

/// A draft as [`fold_elaborations`] compares it: trigger, category, actor
/// codes and recipient identifiers.
type ActView = (usize, Category, Vec<Option<String>>, Vec<Option<String>>);

/// One attack told with its result: "France launched air strikes on the
/// Islamic State's capital, *destroying* a training camp in Raqqa". A
/// participle clause of an act of force, with the same actor, adds detail
/// to that act; unless it names a party of its own (not a place, not the
/// same party), it is not a second record.
fn fold_elaborations(m: &Matcher<'_, '_>, drafts: &mut [Draft<'_>]) {
    // "The commander was killed *in an American raid*": the raid is the
    // killing's setting, told by the killing's record (whose actor is the
    // raid's owner), not a second act of another kind.
    let harms: Vec<usize> = drafts
        .iter()
        .filter(|d| d.category == Category::Assault && d.hit.pat.pos == TriggerPos::Verb)
        .map(|d| d.hit.tok)
        .collect();
    for d in drafts.iter_mut() {
        let tok = d.hit.tok;
        // (Only another act of force: "killed *during demonstrations*"
        // leaves the demonstration its own record.)
        if d.hit.pat.pos == TriggerPos::Noun
            && d.category != Category::Assault
            && d.category.quad() == Quad::MaterialConflict
            && m.t.base_rel(tok) == "obl"
            && matches!(m.t.case_of(tok).as_deref(), Some("in" | "during"))
            && m.t.head(tok).is_some_and(|h| harms.contains(&h))
        {
            d.absorbed = true;
        }
    }
    let heads: Vec<ActView> = drafts
        .iter()
        .map(|d| {
            (
                d.hit.tok,
                d.category,
                d.actor.iter().map(|e| e.code.clone()).collect(),
                d.recipient_groups
                    .iter()
                    .flatten()
                    .map(|e| e.identifier_id.clone())
                    .collect(),
            )
        })
        .collect();
    for d in drafts.iter_mut() {
        let tok = d.hit.tok;
        let adverbial = m.t.deprel(tok) == "advcl"
            && m.t.xpos(tok) == "VBG"
            && m.t.kids_rel(tok, &["mark"]).next().is_none();
        if d.category != Category::Assault
            || d.hit.pat.pos != TriggerPos::Verb
            || !(adverbial || m.clause_participle(tok))
        {
            continue;
        }
        // The verb the participle tells of (past the object it was hung on).
        let Some(h) =
            m.t.head(tok)
                .and_then(|h| if adverbial { Some(h) } else { m.t.head(h) })
        else {
            continue;
        };
        let codes: Vec<Option<String>> = d.actor.iter().map(|e| e.code.clone()).collect();
        let main = heads.iter().find(|(t, c, a, _)| {
            (*t == h || m.t.head(*t) == Some(h))
                && *t != tok
                && matches!(c, Category::Assault | Category::Coerce)
                && *a == codes
        });
        let Some((_, _, _, main_recipients)) = main else {
            continue;
        };
        let adds_nobody = d.recipient_groups.iter().flatten().all(|e| {
            e.resolution == "place"
                || e.code.is_none()
                || main_recipients.contains(&e.identifier_id)
        });
        if adds_nobody {
            d.absorbed = true;
        }
    }
}

/// Candidate base forms of an inflected English word, most likely first:
/// "extradited" → extradite, "upgraded" → upgrade, "shelled" → shell,
/// "carries" → carry, "staging" → stage.
fn base_forms(w: &str, noun: bool) -> Vec<String> {
    if noun {
        // Only the plural: "offerings" is not "offer", "aides" not "aid".
        let mut out = vec![w.to_string()];
        if let Some(stem) = w.strip_suffix("ies") {
            out.push(format!("{stem}y"));
        } else if let Some(stem) = w.strip_suffix("es").filter(|s| {
            ["s", "x", "z", "ch", "sh"]
                .iter()
                .any(|end| s.ends_with(end))
        }) {
            out.push(stem.to_string());
        } else if let Some(stem) = w.strip_suffix('s').filter(|s| s.len() >= 2) {
            out.push(stem.to_string());
        }
        return out;
    }
    let mut out = vec![w.to_string(), format!("{w}e")];
    let undouble = |s: &str| -> Option<String> {
        let b = s.as_bytes();
        let n = b.len();
        (n >= 2 && b.get(n - 1) == b.get(n - 2)).then(|| s.get(..n - 1).unwrap_or(s).to_string())
    };
    for (suffix, repl) in [
        ("ied", "y"),
        ("ies", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("d", ""),
    ] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if stem.len() < 2 {
                continue;
            }
            out.push(format!("{stem}{repl}"));
            if repl.is_empty() {
                out.push(format!("{stem}e"));
                out.extend(undouble(stem));
            }
        }
    }
    out
}

/// An armed body: a military, rebels, militias, unidentified gunmen or a
/// transnational armed group.
fn is_armed(e: &Entity) -> bool {
    matches!(e.sector.as_deref(), Some("MIL" | "REB" | "PRM" | "UAF"))
        || e.code.as_deref() == Some("IMG")
}

/// Civilians acting as a group: citizens, protesters, workers, students,
/// civil society.
fn is_civilian(e: &Entity) -> bool {
    matches!(
        e.sector.as_deref(),
        Some("CVL" | "LAB" | "EDU" | "SOC" | "AGR")
    )
}

/// A state's own name or seat of power ("the U.S.", "Moscow"), not a
/// person, body or role of it.
fn names_a_state(m: &Mention) -> bool {
    m.kind == MentionKind::Metonym
        || (m.kind == MentionKind::Name && m.entry.starts_with("country:"))
}

/// A mention of a person: found as one, or resolved to a person entry.
fn is_person_mention(m: &Mention) -> bool {
    m.kind == MentionKind::Person || m.entry.starts_with("person:")
}

/// An entity resolved to a person in the knowledge base ("Trump", or "he"
/// standing for him).
fn is_named_person(e: &Entity) -> bool {
    // "surname:": a surname several known people share ("Clinton").
    e.identifier_id
        .as_deref()
        .is_some_and(|id| id.starts_with("person:") || id.starts_with("surname:"))
}

/// Codes that name a state (not an international or transnational entity).
fn is_state(code: Option<&str>) -> bool {
    code.is_some_and(|c| {
        c.len() == 3 && !matches!(c, "IGO" | "NGO" | "ISM" | "IMG" | "MNC" | "UNO" | "EUR")
    })
}

/// A party named only by its role ("demonstrators", "the rebels", "the
/// government") in an event whose other side is a state is, in PLOVER
/// practice, of that state: "Turkish police prevented the demonstration"
/// is TUR against TUR. Such codes are marked `resolution: "domestic"`.
/// A state organ named by role at the receiving end ("bombed *government*
/// offices") is not given the actor's country. Nor is one that belongs
/// to an owner left unresolved (`owned`: "*its* leaders threatened the
/// United States" are someone else's leaders).
/// Rebels and militias that a state arms or backs are another country's:
/// no state arms its own insurgents ("Russia denies arming *the rebels*").
/// (A state that fights, accuses or answers "the rebels" most often faces
/// its own.)
fn domestic(
    actor: &mut [Entity],
    recipients: &mut [Entity],
    owned: &[ByteSpan],
    category: Category,
) {
    let armed_group = |e: &Entity| matches!(e.sector.as_deref(), Some("REB" | "UAF"));
    let backs = matches!(category, Category::Aid | Category::Support);
    // A diplomat serves abroad: the ambassador who criticises Iran, or
    // whom Turkey summons, is not Iran's or Turkey's.
    let envoy = |e: &Entity| {
        e.identifier_id.as_deref().is_some_and(|id| {
            matches!(
                id,
                "sector:ambassador" | "sector:envoy" | "sector:diplomat" | "sector:consul"
            )
        })
    };
    // ("*Central Asian* leaders", "*European* diplomats" are of no one
    // state, whoever they meet.)
    let role_only = |e: &Entity| {
        e.code.is_none()
            && matches!(e.resolution.as_str(), "sector" | "person" | "coreference")
            && !envoy(e)
            && !dyad_actors::context::supranational(&e.entity_text)
            && !owned.contains(&e.span)
    };
    // An organ of a state ("the government", "the regime", "the army") at
    // the receiving end belongs to the side the act opposes as often as to
    // the actor's own: "Israel bombed *government* offices" in Gaza.
    let organ = |e: &Entity| {
        matches!(
            e.sector.as_deref(),
            Some("GOV" | "MIL" | "LEG" | "JUD" | "SPY")
        )
    };
    // An embassy or consulate stands abroad: who attacks or guards it is
    // not of its country ("militias fired rockets at the U.S. embassy").
    let home = |e: &&Entity| {
        is_state(e.code.as_deref()) && {
            let t = e.entity_text.to_lowercase();
            !t.contains("embass") && !t.contains("consulate")
        }
    };
    if let Some(state) = actor.iter().find(home).and_then(|e| e.code.clone()) {
        for r in recipients
            .iter_mut()
            .filter(|r| role_only(r) && !organ(r) && !(backs && armed_group(r)))
        {
            r.code = Some(state.clone());
            r.resolution = "domestic".to_string();
        }
    } else if let Some(giver) = recipients.iter().find(home) {
        let state = giver.code.clone();
        // An organ of a state or a person acting on a country named as a
        // whole acts on another state: "the Senate passed a bill to
        // sanction *Russia*", "Rycroft blasted *Russia*". (Protesters
        // marching through Minsk are Belarusian.)
        let abroad = named_country(giver);
        let official = |a: &Entity| organ(a) || a.resolution != "sector";
        for a in actor
            .iter_mut()
            // ("The rebels asked *the United States* for weapons": an
            // armed group that turns to a state named as a whole is not
            // of it.)
            .filter(|a| role_only(a) && !(abroad && (official(a) || armed_group(a))))
        {
            a.code.clone_from(&state);
            a.resolution = "domestic".to_string();
        }
    }
}

/// A country named as a whole ("Russia", "Moscow" for Russia), not a part
/// or people of it.
fn named_country(e: &Entity) -> bool {
    matches!(e.resolution.as_str(), "name" | "metonym")
        && e.identifier_id
            .as_deref()
            .is_some_and(|id| id.starts_with("country:"))
}

fn prior_conflict<'x, 'p>(
    drafts: &'x [Draft<'p>],
    tok: usize,
    answer: impl Fn(usize) -> bool,
) -> Option<&'x Draft<'p>> {
    drafts
        .iter()
        .filter(|o| {
            !o.hit.pat.after_conflict
                && o.hit.tok != tok
                && !answer(o.hit.tok)
                && o.category.quad() == Quad::MaterialConflict
                && !o.actor.is_empty()
        })
        .min_by_key(|o| (o.hit.tok > tok, o.hit.tok.abs_diff(tok)))
}

/// The mode a REQUEST/REJECT/THREATEN takes from the event it is about.
fn complement_mode(gov: Category, child: Category, child_mode: Option<&str>) -> Option<String> {
    use Category::*;
    match gov {
        Request | Reject => Some(
            match child {
                Consult => "meet",
                Aid | Cooperate | Support | Agree => "assist",
                Retreat | Concede => "yield",
                _ => "change",
            }
            .to_string(),
        ),
        Threaten => threat_mode(child, child_mode),
        _ => None,
    }
}

fn threat_mode(child: Category, child_mode: Option<&str>) -> Option<String> {
    use Category::*;
    let m = match (child, child_mode) {
        (Assault, _) | (Mobilize, _) => "violence",
        (Coerce, Some("arrest")) => "arrest",
        (Coerce, Some("deport")) | (Sanction, Some("expel")) => "expel",
        (Coerce, _) => "restrict",
        (Sanction, _) => "relations",
        _ => return None,
    };
    Some(m.to_string())
}

/// Code one document given its actor mentions; `dating` dates an event from
/// its sentence and trigger token.
/// A sentence set wholly in capitals ("CHINESE WARNINGS", "PUTIN
/// APPROACHING MEDIA, REPORTER ASKING: ..."): a section heading, a banner
/// or a video caption, whose words the tagger and parser cannot read as
/// a report. At least two words and ten letters, every letter a capital.
fn shouted(s: &dyad_core::Sentence) -> bool {
    let mut words = 0usize;
    let mut letters = 0usize;
    for t in &s.tokens {
        let mut any = false;
        for c in t.form.chars().filter(|c| c.is_alphabetic()) {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
            any = true;
        }
        words += usize::from(any);
    }
    words >= 2 && letters >= 10
}

pub(crate) fn code_sentences(
    dict: &Dictionary,
    doc: &Document,
    mentions: &[Mention],
    dating: &dyn Fn(usize, usize) -> Dating,
) -> Vec<Event> {
    let mut out = Vec::new();
    let quotes = quoted_spans(doc);
    // Mentions come in text order: index them by sentence once, so a long
    // document costs linear time, not sentences × mentions.
    // Places are kept apart: they say where, never who.
    let mut by_sentence: Vec<Vec<&Mention>> = vec![Vec::new(); doc.sentences.len()];
    let mut places_by_sentence: Vec<Vec<&Mention>> = vec![Vec::new(); doc.sentences.len()];
    for m in mentions {
        let list = if m.kind == MentionKind::Place {
            &mut places_by_sentence
        } else {
            &mut by_sentence
        };
        if let Some(v) = list.get_mut(m.sentence) {
            v.push(m);
        }
    }
    for (((si, s), sentence_mentions), places) in doc
        .sentences
        .iter()
        .enumerate()
        .zip(by_sentence)
        .zip(places_by_sentence)
    {
        if !s.role.is_reported_text() || s.tokens.is_empty() || shouted(s) {
            continue;
        }
        let t = Tree::new(s);
        // A name given to something ("known as the Blue House") names no
        // party, whatever the knowledge base holds under those words.
        // Nor does a party the sentence leaves out ("a meeting *without
        // Russia*").
        // Nor does a dateline ("London (CNN)", "AL ASAD AIR BASE, Iraq
        // (Reuters) -"): it says where the report was filed.
        let dateline = dateline_end(s);
        let sentence_mentions = sentence_mentions
            .into_iter()
            .filter(|m| {
                !t.is_given_name(m.head)
                    && t.case_of(m.head).as_deref() != Some("without")
                    && dateline.is_none_or(|d| m.start >= d)
            })
            .collect();
        let m = Matcher {
            dict,
            doc,
            si,
            t,
            mentions: sentence_mentions,
            places,
            quotes: &quotes,
        };
        let hits = m.hits();
        let mut drafts = m.drafts(hits);
        for d in drafts.iter_mut() {
            m.adjust(d);
        }
        demote_reporting_clauses(&m, &mut drafts);
        fold_elaborations(&m, &mut drafts);
        inherit_recipients(&m, &mut drafts);
        replies_answer_the_request(&m, &mut drafts, &out);
        for d in drafts.iter_mut() {
            m.recipient_from_act_reference(d, &out);
            m.denial_answers_only_claimants(d);
        }
        for d in drafts.iter_mut() {
            without_press_in_talks(d);
        }
        // An event with neither actor nor recipient ("the war is not upon
        // us") tells an analyst nothing codeable; nor does one of the
        // categories the manual says need a recipient (AID, COOPERATE,
        // SANCTION: "Requires recipient: Yes") when none was found.
        let kept: Vec<Draft<'_>> = drafts
            .into_iter()
            .filter(|d| !d.absorbed)
            .filter(|d| {
                let no_recipient = d.recipient_groups.iter().all(|g| g.is_empty());
                let nobody = d.actor.is_empty() && no_recipient;
                // A meeting of one state body with nobody else ("the Senate
                // was to meet") is its own business, not an interaction.
                let alone = d.category == Category::Consult
                    && no_recipient
                    && d.actor.len() == 1
                    && d.actor.iter().all(|a| is_state(a.code.as_deref()));
                let incomplete =
                    no_recipient && d.category.requires_recipient() && !d.hit.pat.mutual;
                !nobody && !incomplete && !alone && !m.only_the_other_side(d)
            })
            .collect();
        let n = kept.len();
        for mut d in kept {
            merge_participants(&mut d);
            m.emit(d, n, dating, &mut out);
        }
    }
    out
}

/// News agencies and networks that sign datelines, lower case.
const NEWS_AGENCIES: &[&str] = &[
    "cnn",
    "ap",
    "reuters",
    "afp",
    "upi",
    "xinhua",
    "bloomberg",
    "bbc",
    "nbc",
    "abc",
    "cbs",
    "fox",
    "tass",
    "kyodo",
    "yonhap",
    "anadolu",
    "efe",
    "dpa",
    "ansa",
    "cns",
    "cnsnews.com",
    "the hill",
    "politico",
    "nyt",
    "wsj",
    "ria",
    "interfax",
    "mcclatchy",
    "ians",
    "pti",
];

/// The first token after a dateline that opens the sentence: a place (a few
/// capitalised words and commas) followed by a news agency in parentheses
/// ("London (CNN)", "BEIRUT (AP) --") or by a dash after capitals
/// ("WASHINGTON --"). None when the sentence has none.
fn dateline_end(s: &dyad_core::Sentence) -> Option<usize> {
    let form = |k: usize| s.tokens.get(k).map_or("", |t| t.form.as_str());
    let placeish = |k: usize| {
        let f = form(k);
        f == "," || f.chars().next().is_some_and(char::is_uppercase)
    };
    let limit = s.tokens.len().min(12);
    // "PLACE (AGENCY)" with an optional dash after it.
    if let Some(open) = (1..limit).find(|&k| form(k) == "(") {
        let agency = open + 1;
        let close = (agency..limit.min(agency + 4)).find(|&k| form(k) == ")");
        if let Some(close) = close {
            let name: String = (agency..close)
                .map(|k| form(k).to_lowercase())
                .collect::<Vec<_>>()
                .join(" ");
            let words_ok = (0..open).all(placeish) && NEWS_AGENCIES.contains(&name.as_str());
            if words_ok {
                let mut end = close + 1;
                if matches!(form(end), "-" | "--" | "\u{2013}" | "\u{2014}") {
                    end += 1;
                }
                return Some(end);
            }
        }
    }
    // "WASHINGTON --": words in capitals, then a dash.
    let dash = (1..limit).find(|&k| matches!(form(k), "-" | "--" | "\u{2013}" | "\u{2014}"))?;
    let capitals = (0..dash).all(|k| {
        let f = form(k);
        f == "," || (f.chars().any(char::is_alphabetic) && !f.chars().any(char::is_lowercase))
    });
    // One short word in capitals is more likely a name ("NATO - the
    // alliance ...") than a city.
    let long_enough = dash > 1 || form(0).chars().filter(|c| c.is_alphabetic()).count() >= 5;
    (capitals && long_enough).then_some(dash + 1)
}

/// Speaking to the press is how news is made, not a consultation between
/// parties ("not authorized to discuss the matter *with journalists*",
/// "told *reporters*"): journalists are no party to a CONSULT.
fn without_press_in_talks(d: &mut Draft<'_>) {
    if d.category != Category::Consult {
        return;
    }
    let press = |e: &Entity| e.sector.as_deref() == Some("JRN");
    let before = d.actor.len() + d.recipient_groups.iter().map(Vec::len).sum::<usize>();
    d.actor.retain(|e| !press(e));
    for g in d.recipient_groups.iter_mut() {
        g.retain(|e| !press(e));
    }
    let after = d.actor.len() + d.recipient_groups.iter().map(Vec::len).sum::<usize>();
    // Talks whose other party was the press ("Reuters spoke with a
    // soldier") are an interview: no CONSULT is left.
    if after < before && after < 2 {
        d.absorbed = true;
    }
}

/// The parties of a draft's act act together: a mutual pattern ("agreed
/// with"), or a consultation other than a visit or a mediation, where
/// whoever meets whom meets each other.
fn reciprocal(d: &Draft<'_>) -> bool {
    d.hit.pat.mutual
        || (d.category == Category::Consult
            && !matches!(d.mode.as_deref(), Some("visit" | "third-party")))
}

/// Meetings and other reciprocal acts have participants, not a direction:
/// PLOVER lists them all as actors and leaves the recipient empty
/// ("Trump spoke with Erdogan" is one CONSULT by USA and TUR). A visit
/// keeps its direction (visitor → host), and so does mediation.
fn merge_participants(d: &mut Draft<'_>) {
    if !reciprocal(d) {
        return;
    }
    let others: Vec<Entity> = std::mem::take(&mut d.recipient_groups)
        .into_iter()
        .flatten()
        .collect();
    for e in others {
        if !d.actor.iter().any(|a| a.span == e.span) {
            d.actor.push(e);
        }
    }
    d.recipient_groups = vec![Vec::new()];
}

/// Byte spans of the text inside quotation marks, paragraph by paragraph
/// (an unclosed quote ends with its paragraph, as news style reopens it).
fn quoted_spans(doc: &Document) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let paragraphs: Vec<(usize, usize)> = if doc.paragraphs.is_empty() {
        vec![(0, doc.text.len())]
    } else {
        doc.paragraphs.iter().map(|p| (p.start, p.end)).collect()
    };
    for (start, end) in paragraphs {
        let Some(text) = doc.text.get(start..end) else {
            continue;
        };
        let mut open: Option<usize> = None;
        for (i, c) in text.char_indices() {
            match c {
                '“' => open = Some(start + i),
                '”' => {
                    if let Some(o) = open.take() {
                        out.push((o, start + i));
                    }
                }
                '"' => match open.take() {
                    Some(o) => out.push((o, start + i)),
                    None => open = Some(start + i),
                },
                _ => {}
            }
        }
        if let Some(o) = open {
            out.push((o, end));
        }
    }
    out
}

/// How many sentences back an act named again ("the decision") is looked for.
const ACT_REFERENCE_REACH: usize = 3;
/// Least confidence of an event that an act named again may refer to: a
/// doubtful candidate lends no party.
const ACT_REFERENCE_CONFIDENCE: f32 = 0.25;

/// Whether an earlier event can be the act a noun names again. A general
/// word for force ("the operation", "the offensive") may name any act of
/// force; a particular one ("the bombing", "the raid") only an act told
/// with a word of its own stem, as a bombing in the news is often not the
/// last attack the article told of. A "request" or "call" names a request,
/// a "ruling" or "ban" a penalty, an "offer" or "plan" an act of
/// cooperation; "decision", "move" and the like any act.
fn act_fits(noun: &str, event: &Event) -> bool {
    let category = event.category();
    let force = matches!(category, "ASSAULT" | "COERCE" | "MOBILIZE" | "THREATEN");
    match noun {
        "operation" | "offensive" | "campaign" => force,
        "invasion" | "incursion" | "attack" | "strike" | "raid" | "bombing" | "assault"
        | "deployment" | "escalation" => {
            let stem: String = noun.chars().take(4).collect();
            force
                && event
                    .event_text
                    .iter()
                    .any(|w| w.to_lowercase().contains(&stem))
        }
        "request" | "demand" | "call" | "appeal" | "ultimatum" => {
            matches!(category, "REQUEST" | "THREATEN")
        }
        "ruling" | "ban" | "sanction" | "embargo" | "order" | "expulsion" | "verdict" => {
            matches!(category, "SANCTION" | "COERCE" | "REJECT")
        }
        "offer" | "proposal" | "plan" | "deal" | "agreement" => {
            matches!(
                category,
                "AGREE" | "COOPERATE" | "AID" | "REQUEST" | "SUPPORT" | "CONCEDE"
            )
        }
        _ => true,
    }
}

impl<'a, 'p> Matcher<'a, 'p> {
    /// "McGurk criticized *the decision*", "*the operation* was condemned
    /// by the EU": a definite noun that names an act again, as the object
    /// (or passive subject) of a trigger left without a recipient, stands
    /// for the act the article has just reported; its actor is the
    /// recipient. The antecedent is the latest plain-fact event of a fitting
    /// kind ([`act_fits`]) in the last [`ACT_REFERENCE_REACH`] sentences,
    /// confident enough ([`ACT_REFERENCE_CONFIDENCE`]), whose actor is
    /// known and is not this event's actor.
    fn recipient_from_act_reference(&self, d: &mut Draft<'p>, earlier: &[Event]) {
        if d.absorbed || !d.recipient_groups.iter().all(|g| g.is_empty()) {
            return;
        }
        let codes: BTreeSet<&str> = d.actor.iter().filter_map(|e| e.code.as_deref()).collect();
        let trigger = d.hit.tok;
        if codes.is_empty() || !self.t.is_verbal(trigger) || d.hit.pat.mutual {
            return;
        }
        let Some(theme) = self.t.first_kid(trigger, &["obj", "nsubj:pass"]) else {
            return;
        };
        let noun = self.t.lemma(theme);
        if !self.dict.in_list("act_reference", &noun) {
            return;
        }
        // Only "the/this/that decision": one with an owner or an agent of
        // its own ("Ankara's operation", "the decision of the court") says
        // whose it is, and the argument finder has had its say.
        let definite = self.t.kids_rel(theme, &["det"]).any(|k| {
            matches!(
                self.t.lemma(k).as_str(),
                "the" | "this" | "that" | "these" | "those"
            )
        });
        let owned = self
            .t
            .kids_rel(theme, &["nmod:poss", "nmod", "acl", "acl:relcl"])
            .next()
            .is_some();
        if !definite || owned {
            return;
        }
        let reach = self.si.saturating_sub(ACT_REFERENCE_REACH);
        let antecedent = earlier
            .iter()
            .rev()
            .take_while(|e| e.sentence >= reach)
            .filter(|e| {
                e.sentence < self.si
                    && e.is_factual()
                    && !self.is_background(e)
                    && e.confidence >= ACT_REFERENCE_CONFIDENCE
            })
            .find(|e| {
                let theirs: BTreeSet<&str> =
                    e.actor.iter().filter_map(|a| a.code.as_deref()).collect();
                !theirs.is_empty() && theirs.is_disjoint(&codes) && act_fits(&noun, e)
            });
        let Some(antecedent) = antecedent else {
            return;
        };
        let party: Vec<Entity> = antecedent
            .actor
            .iter()
            .filter(|a| a.code.is_some())
            .map(|a| Entity {
                resolution: "act reference".to_string(),
                ..a.clone()
            })
            .collect();
        d.recipient_groups = vec![party];
        d.recipient_via = "inherited";
        d.confidence *= 0.85;
    }

    /// An event the text dates more than a year before the article: the
    /// background, not the act a reaction in the news is about.
    fn is_background(&self, e: &Event) -> bool {
        use chrono::Datelike;
        let year = e
            .date
            .as_deref()
            .and_then(|d| d.get(..4))
            .and_then(|y| y.parse::<i32>().ok());
        matches!((year, self.doc.date), (Some(y), Some(d)) if y < d.year() - 1)
    }

    /// What the matcher saw for a draft: the confidence model's inputs.
    fn signals(&self, d: &Draft<'p>, events_in_sentence: usize) -> Signals {
        let i = d.hit.tok;
        let noun = d.hit.pat.pos == TriggerPos::Noun;
        let light_verb = noun
            && matches!(self.t.deprel(i), "obj" | "nsubj:pass")
            && self
                .t
                .head(i)
                .is_some_and(|h| self.dict.in_list("light", &self.t.lemma(h)));
        let start = self.t.s.tokens.get(i).map_or(0, |t| t.span.start);
        let in_quote = self.quotes.iter().any(|&(a, b)| a < start && start < b);
        // Up the tree: a reporting verb governing the trigger's clause, a
        // relative clause, a background adjunct.
        let (mut reported, mut relative, mut adjunct) = (false, false, false);
        let mut node = i;
        for step in 0..6 {
            let rel = self.t.deprel(node);
            if rel == "acl:relcl" {
                relative = true;
            }
            if step < 2 && matches!(self.t.base_rel(node), "obl" | "nmod" | "advcl") {
                adjunct |= self.t.case_of(node).is_some_and(|c| {
                    matches!(
                        c.as_str(),
                        "after"
                            | "before"
                            | "during"
                            | "since"
                            | "following"
                            | "amid"
                            | "despite"
                            | "until"
                            | "in"
                            | "at"
                            | "over"
                            | "because"
                    )
                });
            }
            let Some(h) = self.t.head(node) else { break };
            if self.reports(h, node) {
                reported = true;
            }
            node = h;
        }
        Signals {
            pos: match d.hit.pat.pos {
                TriggerPos::Verb => "verb",
                TriggerPos::Noun => "noun",
                TriggerPos::Adj => "adj",
            },
            light_verb,
            theme_constrained: !d.hit.pat.theme.is_empty() && d.hit.theme.is_some(),
            prior: d.hit.pat.confidence,
            actor_via: d.actor_via,
            recipient_via: d.recipient_via,
            depth: self.t.depth(i).min(255) as u8,
            in_quote,
            reported,
            demoted: d.demoted,
            adjunct,
            relative,
            subject_position: matches!(self.t.deprel(i), "nsubj" | "nsubj:pass"),
            sentence_index: self.si,
            sentence_tokens: self.t.len(),
            events_in_sentence,
            salience: 0.0,
        }
    }

    fn emit(
        &self,
        d: Draft<'p>,
        events_in_sentence: usize,
        dating: &dyn Fn(usize, usize) -> Dating,
        out: &mut Vec<Event>,
    ) {
        let mut signals = self.signals(&d, events_in_sentence);
        let s = self.t.s;
        let text = s.text(&self.doc.text).to_string();
        let trig_span = s.tokens.get(d.hit.tok).map(|t| t.span).unwrap_or_default();
        let mut event_text = vec![self.t.form(d.hit.tok).to_string()];
        // "stopped bombing": the stopping is part of what was coded.
        if d.category != d.hit.pat.category {
            if let Some(h) = self.halting_verb(d.hit.tok) {
                event_text.insert(0, self.t.form(h).to_string());
            }
        }
        if let Some(p) = d.hit.particle {
            event_text.push(self.t.form(p).to_string());
        }
        if !d.hit.pat.theme.is_empty() {
            if let Some(th) = d.hit.theme {
                event_text.push(self.t.form(th).to_string());
            }
        }
        let date = dating(self.si, d.hit.tok);
        let mut confidence = d.confidence;
        if d.actor.iter().all(|e| e.code.is_none()) {
            confidence *= 0.7;
        }
        if !d.aux.is_empty() {
            confidence *= 0.8;
        }
        // Nearer the root is more likely the sentence's main event.
        confidence *= 1.0 - 0.06 * (self.t.depth(d.hit.tok).min(6) as f32);
        signals.salience = confidence.clamp(0.0, 1.0);
        let aux: Vec<String> = d.aux.iter().map(|a| a.to_string()).collect();
        let mut context = d.hit.pat.context.clone();
        context.extend(aux.iter().cloned());
        let groups = without_self_recipients(&d.actor, &d.recipient_groups);
        // A pattern that needs a recipient (`need=rcp`) and had only the
        // actor itself ("\"*I* must caution that ...,\" Brennan said") has
        // none: no record.
        if d.hit.pat.need_recipient
            && d.category == d.hit.pat.category
            && groups.iter().all(|g| g.is_empty())
        {
            return;
        }
        for group in &groups {
            let n = out.len();
            out.push(Event {
                id: format!("{}-{}-{}", self.doc.id, self.si, n),
                has_event: true,
                date: date.value.clone(),
                actor: d.actor.clone(),
                recipient: group.clone(),
                event: vec![d.category.as_str().to_string()],
                event_text: event_text.clone(),
                quad_code: d.category.quad().code(),
                event_scale: d.category.score(d.mode.as_deref()),
                mode: d.mode.iter().cloned().collect(),
                context: context.clone(),
                text: text.clone(),
                coder: concat!("dyad-events ", env!("CARGO_PKG_VERSION")).to_string(),
                comment: d.comment.clone(),
                doc_id: self.doc.id.clone(),
                sentence: self.si,
                date_source: date.source.clone(),
                date_range: None,
                trigger_span: trig_span.into(),
                actor_span: d.actor.first().map(|e| e.span),
                recipient_span: group.first().map(|e| e.span),
                pattern: d.hit.pat.id.clone(),
                aux_mode: aux.clone(),
                confidence: confidence.clamp(0.0, 1.0),
                quad: d.category.quad().as_str().to_string(),
                quote_id: None,
                reported_by: None,
                event_loc: Vec::new(),
                location_source: None,
                signals: Some(signals.clone()),
            });
        }
    }
}

/// The days of the week, lower case.
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A weekday or month name, capitalised as a date writes it
/// ("Wednesday", "November"; not the modal "may").
fn is_weekday_or_month(word: &str) -> bool {
    const MONTHS: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && MONTHS
            .iter()
            .chain(WEEKDAYS)
            .any(|n| word.eq_ignore_ascii_case(n))
}

#[cfg(test)]
pub(crate) mod tests_support {
    use super::*;

    /// A fully filled event for format tests.
    pub fn sample_event() -> Event {
        let ent = |code: &str, text: &str, start: usize| Entity {
            code: Some(code.to_string()),
            sector: Some("GOV".to_string()),
            entity_text: text.to_string(),
            identifier_id: None,
            span: ByteSpan {
                start,
                end: start + text.len(),
            },
            resolution: "name".to_string(),
        };
        Event {
            id: "d-0-0".into(),
            has_event: true,
            date: Some("2022-11-02".into()),
            actor: vec![ent("PRK", "North Korea", 0)],
            recipient: vec![ent("KOR", "South Korea", 30)],
            event: vec!["ASSAULT".into()],
            event_text: vec!["fired".into(), "missiles".into()],
            quad_code: 4,
            event_scale: -9.5,
            mode: vec!["heavy-weapons".into()],
            context: vec![],
            text: "North Korea fired missiles at South Korea.".into(),
            coder: "dyad-events test".into(),
            comment: None,
            doc_id: "d".into(),
            sentence: 0,
            date_source: "expression".into(),
            date_range: None,
            trigger_span: ByteSpan { start: 12, end: 17 },
            actor_span: Some(ByteSpan { start: 0, end: 11 }),
            recipient_span: Some(ByteSpan { start: 30, end: 41 }),
            pattern: "assault.fire.missile".into(),
            aux_mode: vec![],
            confidence: 0.8,
            quad: "material conflict".into(),
            quote_id: None,
            reported_by: None,
            event_loc: Vec::new(),
            location_source: None,
            signals: None,
        }
    }
}
