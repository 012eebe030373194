//! The pattern dictionary: human-editable files in `data/patterns/`.
//!
//! Two kinds of line (see `docs/events.md` for the full description):
//!
//! ```text
//! # comment
//! @future   will shall plan intend            (a named word list)
//! assault.attack   ASSAULT   v:attack   rcp=obj,on,against
//! aid.send.troops  AID       v:send     obj=troop|soldier  rcp=to  ctx=military
//! ```
//!
//! A pattern line is `ID CATEGORY[:mode] TRIGGER [key=value ...]`, fields
//! separated by whitespace. Errors name the file and line so an analyst can
//! fix a dictionary without reading code.

use crate::category::Category;
use anyhow::{bail, Context, Result};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// Part of speech a trigger must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TriggerPos {
    /// A verb (`v:`).
    Verb,
    /// A noun (`n:`): a nominalisation or event noun.
    Noun,
    /// An adjective or adjectival predicate (`a:`): "willing", "ready".
    Adj,
}

/// Where an argument (actor or recipient) is looked for, relative to the trigger.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Slot {
    /// The logical subject: `nsubj`, or the by-phrase of a passive; for
    /// subjectless verbs, the controller (control, coordination, adverbial
    /// clauses, nominal heads).
    Subj,
    /// The logical object: `obj`, or `nsubj:pass` of a passive, or the noun a
    /// participle modifies.
    Obj,
    /// The indirect object.
    Iobj,
    /// The owner of the theme ("launch of *North Korean* missiles", "sending of
    /// *its* soldiers"): a mention inside the constrained object.
    Theme,
    /// A possessive (`nmod:poss`) on a nominal trigger.
    Poss,
    /// An adjectival or compound modifier on a nominal trigger ("*Israeli* raid").
    Amod,
    /// The subject of a finite complement clause ("demanded that *Hamas* renounce").
    Csubj,
    /// An argument of the complement clause (its object or prepositional objects).
    Comp,
    /// The actor of the event responded to ("response ... to a launch").
    Prior,
    /// The subject of the predicate a trigger noun's phrase hangs on: in
    /// "the Queen suspended parliament *at the request of* Johnson", the
    /// Queen.
    Host,
    /// Nothing: the act takes no recipient (`rcp=none`).
    Nothing,
    /// A prepositional phrase (`obl`/`nmod`) whose `case` is this lemma.
    Prep(String),
}

impl Slot {
    fn parse(s: &str) -> Option<Slot> {
        Some(match s {
            "subj" => Slot::Subj,
            "obj" => Slot::Obj,
            "iobj" => Slot::Iobj,
            "theme" => Slot::Theme,
            "poss" => Slot::Poss,
            "amod" => Slot::Amod,
            "csubj" => Slot::Csubj,
            "comp" => Slot::Comp,
            "prior" => Slot::Prior,
            "host" => Slot::Host,
            // `rcp=none`: the act has no recipient ("resigned *from* the
            // government" is not aimed at it).
            "none" => Slot::Nothing,
            p if !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase()) => {
                Slot::Prep(p.to_string())
            }
            _ => return None,
        })
    }
}

/// One pattern: a trigger lemma (with constraints) mapped to a category and mode.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// Identifier shown in every event this pattern produces.
    pub id: String,
    /// The PLOVER category.
    pub category: Category,
    /// The PLOVER mode, if the pattern fixes one.
    pub mode: Option<String>,
    /// Part of speech of the trigger.
    pub pos: TriggerPos,
    /// Trigger lemma (lower case).
    pub lemma: String,
    /// A particle or preposition that must accompany the trigger ("blow *up*",
    /// "call *for*").
    pub particle: Option<String>,
    /// Allowed lemmas of the theme (object of a verb, of-phrase or compound of
    /// a noun); empty means unconstrained.
    pub theme: Vec<String>,
    /// Actor slots in order of preference (empty: the default for the POS).
    pub actor: Vec<Slot>,
    /// Recipient slots in order of preference (empty: the default for the POS).
    pub recipient: Vec<Slot>,
    /// Modal words one of which must head the complement clause ("said X *must*").
    pub comp_modal: Vec<String>,
    /// Fires only as a response to a material-conflict event in the sentence.
    pub after_conflict: bool,
    /// Fires only when a recipient is found in the tree (`need=rcp`):
    /// for triggers that are events only with a destination ("arrived in Amman").
    pub need_recipient: bool,
    /// Does not fire with a finite complement clause (`clause=no`): "agree
    /// *that* ..." states an opinion, "agree *to* ..." commits.
    pub no_clause: bool,
    /// Does not fire with a finite complement clause that states a plain
    /// fact (`clause=plain`): "warned Trump *that he was being dumb*" is no
    /// threat; "warned Iran *that an attack was imminent*" or "*that it
    /// would retaliate*" is.
    pub no_plain_clause: bool,
    /// `with=no`: does not fire as a bare participle of equipment, with a
    /// with-phrase and no object ("a man *armed with* an ax").
    pub no_bare_with: bool,
    /// `question=no`: the verb introduces a question ("asked *whether* he
    /// knew", "asked him *what* happened"), which is no request.
    pub no_question: bool,
    /// Fires only when the verb's subject is itself a party (`need=agent`):
    /// "Israel *allowed* convoys to enter", not "the state of emergency
    /// *allows* him to pull funding" (a thing that makes something possible).
    pub need_agent: bool,
    /// Fires unless the verb's subject is a thing (`need=party`): a common
    /// noun no mention covers and no word of parties (`@addressee`), as in
    /// "the general's hard line *threatens* to set off an insurgency"; a
    /// pronoun passes ("it threatened to close the strait").
    pub need_party: bool,
    /// The possessor of a noun trigger is who the act befalls (`poss=patient`:
    /// "*Khashoggi's* murder", "*Navalny's* arrest"), unless the noun has an
    /// "of" complement ("*the United States'* killing of Soleimani").
    pub patient_poss: bool,
    /// A person's own such act is another sense (`poss=noperson`: "*his*
    /// rally" is a campaign event, not a demonstration).
    pub no_person_poss: bool,
    /// `purpose=protest`: a to-clause of purpose on the trigger must be a
    /// protest's aim (`@protest_purpose`: "gathered *to demand*"), not a
    /// ceremony's ("gathered *to pay* tribute").
    pub protest_purpose: bool,
    /// `purpose=help`: a to-clause of purpose that helps (`@help_purpose`:
    /// "deployed troops *to assist* in the search") makes the act AID.
    pub help_purpose: bool,
    /// `result=no`: an object followed by the state it is left in is a
    /// result, not this act ("the raid *left* 100 fighters *dead*").
    pub no_result: bool,
    /// `state=no`: a participle describing where someone is ("soldiers
    /// *stationed* in Korea", "troops *are stationed* there") tells a
    /// standing state, not this act.
    pub no_state: bool,
    /// A reciprocal act (`mutual=yes`: "clashed with", "talks with"): every
    /// party is an actor and there is no recipient (PLOVER's compound actor).
    pub mutual: bool,
    /// Fires only with an infinitive complement (`need=comp`: "encouraged X
    /// *to investigate*", not "encouraged investment").
    pub need_comp: bool,
    /// A noun trigger fires only as the object of a support verb
    /// (`need=light`: "*filed* a suit", not a suit of clothes).
    pub need_light: bool,
    /// A noun trigger fires only in a phrase that frames another act
    /// (`need=host`: "*at the request of* X", "*upon the invitation of*
    /// X", "*per request of* X"), whose doer is then the `host` slot.
    pub need_host: bool,
    /// The clause the verb introduces must be the actor's own act
    /// (`need=self`: "Iran warned that *it* would retaliate" threatens;
    /// "officials warned that the order would cut off intelligence"
    /// predicts).
    pub need_self: bool,
    /// A verb fires only without an object (`need=noobj`: crowds "gathered",
    /// not "gathered evidence").
    pub need_no_object: bool,
    /// A verb fires only with a direct object (`need=obj`: troops "entered
    /// the town", not "entered into an agreement").
    pub need_object: bool,
    /// Fires only with some content: an object, a complement clause or a
    /// to/with/on phrase (`need=content`: "agreed *to* withdraw", not a
    /// bare "agreed" that assents to an opinion).
    pub need_content: bool,
    /// `need=act`: fires only when another party is asked for an act of
    /// its own: an object followed by an infinitive whose verb is itself a
    /// trigger ("wants *Israel to halt* attacks"), not a state ("wants
    /// Walker *to be* president", "wants ties *to remain* stable").
    pub need_act: bool,
    /// `need=wrong`: fires only when what is asserted names wrongdoing (a
    /// word of `@negative` or `@wrongdoing` below the trigger): "claimed
    /// *fraud*" accuses, "claimed the wall was crucial" does not.
    pub need_wrong: bool,
    /// `need=charge`: fires only when a reported clause charges its own
    /// subject with wrongdoing: a word of `@wrongdoing` or `@charge` as that
    /// clause's predicate or right under it ("said *Congress* has *abused*
    /// its power", "said *Trump* treats the law with *contempt*"), not
    /// anywhere in it ("said the party was ready with amendments for child
    /// *abuse*"), and the subject is a third party, not the speaker.
    pub need_charge: bool,
    /// Fires only when the actor is an armed body (`need=armed`: military,
    /// rebels, militias; "troops *entered* the town").
    pub need_armed: bool,
    /// Fires only when an actor is an armed body or a state named as such
    /// (`need=force`: "Iran *struck* US bases", "troops *struck*", not "the
    /// storm *struck*" or "the governor *struck* a tone").
    pub need_force: bool,
    /// Fires only when no actor is an armed body (`need=unarmed`: fighters
    /// who "rallied" regrouped; they did not demonstrate).
    pub need_unarmed: bool,
    /// Fires only between parties (`need=pair`): with a recipient, two
    /// actors or more, or a plural one ("the two leaders *met*"); a body
    /// that "meets" alone sits in session ("the Senate will *meet* Monday").
    pub need_pair: bool,
    /// Fires only when its object is not a place (`need=people`):
    /// "evacuated civilians" is help, "civilians *evacuate Aleppo*" is
    /// people leaving a city.
    pub need_people: bool,
    /// Fires only when its object is a place or a country (`need=place`):
    /// "the Islamic State *seized Mosul*" is an armed capture, not a
    /// confiscation.
    pub need_place: bool,
    /// Theme lemmas that stop the pattern (`notobj=a|b`: "claimed
    /// *responsibility*" is not an allegation).
    pub not_theme: Vec<String>,
    /// Particles that stop the pattern (`notprt=in`: "*sworn in*" takes
    /// office, it does not vow).
    pub not_particle: Vec<String>,
    /// Verbs that, carrying the event noun, stop the pattern
    /// (`notlight=take`: "will *take* charge" leads, it does not accuse).
    pub not_light: Vec<String>,
    /// Secondary-predicate words one of which must describe the object
    /// (`pred=a|b`: "ruled the law *unconstitutional*", "found him *guilty*").
    pub pred: Vec<String>,
    /// `pred=none`: fires only on a verb with no secondary predicate or
    /// clause of its own and not as a participle modifying a noun: "Trump
    /// *called* Putin" is a phone call, "*called* Putin a killer" and "a
    /// group *called* Hamas" are not.
    pub no_pred: bool,
    /// Category and mode to take instead when the actor is a civilian group
    /// (`crowd=PROTEST:demo`: protesters who "protested" march; a ministry
    /// that "protested" complains).
    pub crowd: Option<(Category, Option<String>)>,
    /// `armed=CAT:mode`: the category to take when the actor is an armed
    /// body ("*troops* arrived in Iraq" mobilize; a leader arriving visits).
    pub armed: Option<(Category, Option<String>)>,
    /// Category and mode to take instead when the act is verbal (`verbal=
    /// ACCUSE:disapprove`): its object is an idea rather than a party
    /// ("*attacked* the investigation"), it is said "as" something or in a
    /// medium ("via Twitter", "in a statement").
    pub verbal: Option<(Category, Option<String>)>,
    /// Category and mode to take instead when the act has no target: no
    /// recipient and no at/into/toward/against/on phrase (`aimless=
    /// MOBILIZE:weapons`: missiles "launched" at nothing are a test or a
    /// show of force, missiles launched "at Seoul" an attack).
    pub aimless: Option<(Category, Option<String>)>,
    /// Base confidence (0..1).
    pub confidence: f32,
    /// PLOVER contexts the pattern adds.
    pub context: Vec<String>,
    /// `file:line` the pattern came from.
    pub source: String,
}

/// A parsed pattern dictionary: patterns indexed by trigger lemma, plus the
/// named word lists (`@name`) the matcher consults for modes.
#[derive(Debug, Clone, Default)]
pub struct Dictionary {
    /// All patterns, in file order.
    pub patterns: Vec<Pattern>,
    /// Word lists by name (`future`, `hypothetical`, `negator`, `light`, ...).
    pub lists: BTreeMap<String, HashSet<String>>,
    by_lemma: HashMap<String, Vec<usize>>,
}

impl Dictionary {
    /// Parse one file's text; `name` is used in error messages.
    pub fn parse_into(&mut self, name: &str, text: &str) -> Result<()> {
        for (n, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let at = format!("{name}:{}", n + 1);
            if let Some(rest) = line.strip_prefix('@') {
                let mut words = rest.split_whitespace();
                let Some(list) = words.next() else {
                    bail!("{at}: word list line without a name");
                };
                let entry = self.lists.entry(list.to_string()).or_default();
                for w in words {
                    entry.insert(w.to_lowercase());
                }
                continue;
            }
            let p = parse_pattern(line).with_context(|| format!("{at}: bad pattern line"))?;
            let p = Pattern { source: at, ..p };
            if self.patterns.iter().any(|q| q.id == p.id) {
                bail!("{}: duplicate pattern id {}", p.source, p.id);
            }
            self.by_lemma
                .entry(p.lemma.clone())
                .or_default()
                .push(self.patterns.len());
            self.patterns.push(p);
        }
        Ok(())
    }

    /// Read every `*.txt` file of a directory, in name order.
    pub fn from_dir(dir: &Path) -> Result<Dictionary> {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .with_context(|| format!("reading pattern directory {}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        if files.is_empty() {
            bail!("no *.txt pattern files in {}", dir.display());
        }
        let mut d = Dictionary::default();
        for f in files {
            let text = std::fs::read_to_string(&f)
                .with_context(|| format!("reading pattern file {}", f.display()))?;
            d.parse_into(&f.display().to_string(), &text)?;
        }
        Ok(d)
    }

    /// Patterns whose trigger lemma is `lemma`.
    pub fn for_lemma(&self, lemma: &str) -> impl Iterator<Item = &Pattern> + '_ {
        self.by_lemma
            .get(lemma)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.patterns.get(i))
    }

    /// True when `word` is in the named list.
    pub fn in_list(&self, list: &str, word: &str) -> bool {
        self.lists.get(list).is_some_and(|l| l.contains(word))
    }
}

/// `CATEGORY[:mode]`, checked against the manual's modes.
fn category_mode(value: &str) -> Result<(Category, Option<String>)> {
    let (c, m) = match value.split_once(':') {
        Some((c, m)) => (c, Some(m.to_string())),
        None => (value, None),
    };
    let Some(cat) = Category::parse(c) else {
        bail!("unknown PLOVER category `{c}`");
    };
    if let Some(m) = &m {
        if !cat.modes().contains(&m.as_str()) {
            bail!("`{m}` is not a mode of {cat}");
        }
    }
    Ok((cat, m))
}

fn parse_pattern(line: &str) -> Result<Pattern> {
    let mut fields = line.split_whitespace();
    let (Some(id), Some(cat), Some(trigger)) = (fields.next(), fields.next(), fields.next()) else {
        bail!("expected `ID CATEGORY[:mode] TRIGGER [key=value ...]`");
    };
    let (cat_name, mode) = match cat.split_once(':') {
        Some((c, m)) => (c, Some(m.to_string())),
        None => (cat, None),
    };
    let Some(category) = Category::parse(cat_name) else {
        bail!("unknown PLOVER category `{cat_name}`");
    };
    if let Some(m) = &mode {
        if !category.modes().contains(&m.as_str()) {
            bail!(
                "`{m}` is not a mode of {category} (modes: {})",
                category.modes().join(", ")
            );
        }
    }
    let (pos, word) = match trigger.split_once(':') {
        Some(("v", w)) => (TriggerPos::Verb, w),
        Some(("n", w)) => (TriggerPos::Noun, w),
        Some(("a", w)) => (TriggerPos::Adj, w),
        _ => bail!("trigger `{trigger}` must be v:LEMMA, n:LEMMA or a:LEMMA"),
    };
    let (lemma, particle) = match word.split_once('+') {
        Some((l, p)) => (l, Some(p.to_lowercase())),
        None => (word, None),
    };
    if lemma.is_empty() || particle.as_deref() == Some("") {
        bail!("empty trigger lemma or particle in `{trigger}`");
    }
    let mut p = Pattern {
        id: id.to_string(),
        category,
        mode,
        pos,
        lemma: lemma.to_lowercase(),
        particle,
        theme: Vec::new(),
        actor: Vec::new(),
        recipient: Vec::new(),
        comp_modal: Vec::new(),
        after_conflict: false,
        need_recipient: false,
        no_clause: false,
        no_plain_clause: false,
        no_bare_with: false,
        no_question: false,
        mutual: false,
        patient_poss: false,
        no_person_poss: false,
        protest_purpose: false,
        help_purpose: false,
        no_result: false,
        no_state: false,
        need_agent: false,
        need_party: false,
        need_comp: false,
        need_light: false,
        need_host: false,
        need_self: false,
        need_no_object: false,
        need_object: false,
        need_content: false,
        need_act: false,
        need_wrong: false,
        need_charge: false,
        need_armed: false,
        need_force: false,
        need_unarmed: false,
        need_pair: false,
        need_people: false,
        need_place: false,
        not_theme: Vec::new(),
        not_particle: Vec::new(),
        not_light: Vec::new(),
        pred: Vec::new(),
        no_pred: false,
        crowd: None,
        armed: None,
        aimless: None,
        verbal: None,
        confidence: 0.8,
        context: Vec::new(),
        source: String::new(),
    };
    for opt in fields {
        let Some((key, value)) = opt.split_once('=') else {
            bail!("option `{opt}` is not key=value");
        };
        let list = || -> Vec<String> {
            value
                .split('|')
                .filter(|s| !s.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let slots = || -> Result<Vec<Slot>> {
            value
                .split(',')
                .map(|s| Slot::parse(s).with_context(|| format!("unknown slot `{s}`")))
                .collect()
        };
        match key {
            "obj" => p.theme = list(),
            "actor" => p.actor = slots()?,
            "rcp" => p.recipient = slots()?,
            "comp" => p.comp_modal = list(),
            "ctx" => p.context = list(),
            "after" if value == "conflict" => p.after_conflict = true,
            "need" if value == "rcp" => p.need_recipient = true,
            "need" if value == "comp" => p.need_comp = true,
            "need" if value == "light" => p.need_light = true,
            "need" if value == "host" => p.need_host = true,
            "need" if value == "self" => p.need_self = true,
            "need" if value == "noobj" => p.need_no_object = true,
            "need" if value == "obj" => p.need_object = true,
            "need" if value == "content" => p.need_content = true,
            "need" if value == "act" => p.need_act = true,
            "need" if value == "wrong" => p.need_wrong = true,
            "need" if value == "charge" => p.need_charge = true,
            "need" if value == "armed" => p.need_armed = true,
            "need" if value == "force" => p.need_force = true,
            "need" if value == "unarmed" => p.need_unarmed = true,
            "need" if value == "pair" => p.need_pair = true,
            "need" if value == "people" => p.need_people = true,
            "need" if value == "place" => p.need_place = true,
            "need" if value == "agent" => p.need_agent = true,
            "need" if value == "party" => p.need_party = true,
            "notobj" => p.not_theme = list(),
            "notprt" => p.not_particle = list(),
            "notlight" => p.not_light = list(),
            "pred" if value == "none" => p.no_pred = true,
            "pred" => p.pred = list(),
            "crowd" => p.crowd = Some(category_mode(value)?),
            "armed" => p.armed = Some(category_mode(value)?),
            "verbal" => p.verbal = Some(category_mode(value)?),
            "aimless" => p.aimless = Some(category_mode(value)?),
            "clause" if value == "no" => p.no_clause = true,
            "clause" if value == "plain" => p.no_plain_clause = true,
            "with" if value == "no" => p.no_bare_with = true,
            "question" if value == "no" => p.no_question = true,
            "mutual" if value == "yes" => p.mutual = true,
            "poss" if value == "patient" => p.patient_poss = true,
            "poss" if value == "noperson" => p.no_person_poss = true,
            "purpose" if value == "protest" => p.protest_purpose = true,
            "purpose" if value == "help" => p.help_purpose = true,
            "result" if value == "no" => p.no_result = true,
            "state" if value == "no" => p.no_state = true,
            "conf" => {
                let c: f32 = value
                    .parse()
                    .with_context(|| format!("conf `{value}` is not a number"))?;
                if !(0.0..=1.0).contains(&c) {
                    bail!("conf {c} outside 0..1");
                }
                p.confidence = c;
            }
            _ => bail!("unknown option `{key}`"),
        }
    }
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_patterns_and_lists() {
        let mut d = Dictionary::default();
        d.parse_into(
            "t.txt",
            "# c\n@future will plan\n\naid.send AID v:send obj=troop|soldier rcp=to ctx=military conf=0.9\nthr ASSAULT:heavy-weapons v:fire obj=missile\n",
        )
        .unwrap();
        assert_eq!(d.patterns.len(), 2);
        let p = d.for_lemma("send").next().unwrap();
        assert_eq!(p.category, Category::Aid);
        assert_eq!(p.theme, vec!["troop", "soldier"]);
        assert_eq!(p.recipient, vec![Slot::Prep("to".into())]);
        assert_eq!(p.source, "t.txt:4");
        assert!((p.confidence - 0.9).abs() < 1e-6);
        assert!(d.in_list("future", "plan"));
        assert_eq!(
            d.for_lemma("fire").next().unwrap().mode.as_deref(),
            Some("heavy-weapons")
        );
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        for (text, needle) in [
            ("x FIGHT v:hit", "unknown PLOVER category"),
            ("x ASSAULT:missile v:fire", "not a mode"),
            ("x ASSAULT hit", "must be v:LEMMA"),
            ("x ASSAULT v:hit rcp=obj,??", "unknown slot"),
            ("x ASSAULT v:hit conf=2", "outside"),
            ("x ASSAULT v:hit bogus", "key=value"),
            ("x ASSAULT", "expected"),
        ] {
            let mut d = Dictionary::default();
            let err = d
                .parse_into("p.txt", &format!("# first\n{text}\n"))
                .unwrap_err();
            let msg = format!("{err:#}");
            assert!(msg.contains("p.txt:2"), "{msg}");
            assert!(msg.contains(needle), "{msg}");
        }
        let mut d = Dictionary::default();
        let err = d
            .parse_into("p.txt", "a AID v:give\na AID v:grant\n")
            .unwrap_err();
        assert!(format!("{err:#}").contains("p.txt:2: duplicate"));
    }
}
