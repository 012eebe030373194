//! Lemmatizer: a (form, XPOS) lookup learned from the treebank, backed by
//! suffix-rewrite rules (also learned) for words never seen in training.

use crate::binio::{Reader, Writer};
use crate::words::normalize;
use std::collections::{HashMap, HashSet};

/// A rewrite: drop `strip` characters from the end, append `add`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
struct Rule {
    strip: usize,
    add: String,
}

/// The frozen lemmatizer.
#[derive(Clone, Default)]
pub(crate) struct Lemmatizer {
    /// `form \t xpos` -> lemma, only where the lemma is not the trivial one.
    table: HashMap<String, String>,
    /// `xpos \t lowercase suffix` -> most frequent rule for that suffix.
    rules: HashMap<String, Rule>,
    /// Base forms of the verbs in `table` ("lay" of "laid"): such a form
    /// is its own lemma even where it also is another verb's past.
    verb_bases: HashSet<String>,
}

/// Longest suffix (in characters) the rules look at.
const MAX_SUFFIX: usize = 5;

/// Proper nouns keep their case; everything else is lowercased.
/// Prefixes that make new verbs of irregular ones ("withhold", "undertake",
/// "oversee", "rebuild"), longest first.
const VERB_PREFIXES: &[&str] = &[
    "under", "with", "over", "fore", "down", "out", "mis", "up", "re", "be",
];

/// Past tenses and participles of English irregular verbs, with their
/// base form: the fallback for forms the treebank does not hold. Forms that
/// are also another verb's base ("found", "saw", "lay", "fell", "bound",
/// "wound", "ground") are left out.
const IRREGULAR: &[(&str, &str)] = &[
    ("bled", "bleed"),
    ("bred", "breed"),
    ("bitten", "bite"),
    ("clung", "cling"),
    ("dug", "dig"),
    ("dwelt", "dwell"),
    ("fled", "flee"),
    ("flung", "fling"),
    ("forbade", "forbid"),
    ("forbidden", "forbid"),
    ("forgave", "forgive"),
    ("forgiven", "forgive"),
    ("forsook", "forsake"),
    ("forsaken", "forsake"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("knelt", "kneel"),
    ("leapt", "leap"),
    ("overran", "overrun"),
    ("overrode", "override"),
    ("overridden", "override"),
    ("sank", "sink"),
    ("sunk", "sink"),
    ("shook", "shake"),
    ("shaken", "shake"),
    ("shot", "shoot"),
    ("slain", "slay"),
    ("slew", "slay"),
    ("slid", "slide"),
    ("sped", "speed"),
    ("spat", "spit"),
    ("spun", "spin"),
    ("sprang", "spring"),
    ("sprung", "spring"),
    ("stank", "stink"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("strode", "stride"),
    ("strove", "strive"),
    ("striven", "strive"),
    ("struck", "strike"),
    ("stricken", "strike"),
    ("strung", "string"),
    ("stung", "sting"),
    ("swam", "swim"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("swung", "swing"),
    ("tore", "tear"),
    ("torn", "tear"),
    ("trod", "tread"),
    ("trodden", "tread"),
    ("wept", "weep"),
    ("wove", "weave"),
    ("woven", "weave"),
    ("wrung", "wring"),
];

/// The base of an irregular past or participle in [`IRREGULAR`].
fn irregular_base(lower: &str) -> Option<&'static str> {
    IRREGULAR
        .iter()
        .find(|(past, _)| *past == lower)
        .map(|(_, base)| *base)
}

fn is_proper(xpos: &str) -> bool {
    xpos.starts_with("NNP")
}

fn trivial(form: &str, xpos: &str) -> String {
    if is_proper(xpos) {
        form.to_string()
    } else {
        form.to_lowercase()
    }
}

fn rule_between(form: &str, lemma: &str) -> Rule {
    let f: Vec<char> = form.chars().collect();
    let l: Vec<char> = lemma.chars().collect();
    let common = f.iter().zip(&l).take_while(|(a, b)| a == b).count();
    Rule {
        strip: f.len() - common,
        add: l[common..].iter().collect(),
    }
}

fn suffix(chars: &[char], k: usize) -> String {
    chars[chars.len() - k..].iter().collect()
}

impl Lemmatizer {
    /// Learn from `(form, xpos, lemma)` triples.
    pub(crate) fn train<'a>(items: impl Iterator<Item = (&'a str, &'a str, &'a str)>) -> Self {
        let mut seen: HashMap<(String, String), HashMap<String, u32>> = HashMap::new();
        for (form, xpos, lemma) in items {
            if lemma.is_empty() {
                continue;
            }
            *seen
                .entry((normalize(form).into_owned(), xpos.to_string()))
                .or_default()
                .entry(lemma.to_string())
                .or_default() += 1;
        }
        let mut table = HashMap::new();
        let mut rule_counts: HashMap<String, HashMap<Rule, u32>> = HashMap::new();
        for ((form, xpos), lemmas) in seen {
            let Some((lemma, _)) = lemmas.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            else {
                continue;
            };
            if *lemma != trivial(&form, &xpos) {
                table.insert(format!("{form}\t{xpos}"), lemma.clone());
            }
            // Rules are learned on the case the rule will be applied to.
            let base = trivial(&form, &xpos);
            let target = if is_proper(&xpos) {
                lemma.clone()
            } else {
                lemma.to_lowercase()
            };
            let rule = rule_between(&base, &target);
            if rule.strip > 4 {
                continue; // suppletion (went -> go) says nothing about suffixes
            }
            let chars: Vec<char> = base.to_lowercase().chars().collect();
            for k in 1..=MAX_SUFFIX.min(chars.len()) {
                *rule_counts
                    .entry(format!("{xpos}\t{}", suffix(&chars, k)))
                    .or_default()
                    .entry(rule.clone())
                    .or_default() += 1;
            }
        }
        let rules = rule_counts
            .into_iter()
            .filter_map(|(k, counts)| {
                let total: u32 = counts.values().sum();
                let (rule, n) = counts
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then(b.0.add.cmp(&a.0.add)))?;
                // Keep a rule only where the evidence is not a coin toss.
                (n >= 2 && f64::from(n) >= 0.5 * f64::from(total)).then_some((k, rule))
            })
            .collect();
        let mut out = Lemmatizer {
            table,
            rules,
            verb_bases: HashSet::new(),
        };
        out.index_verb_bases();
        out
    }

    fn index_verb_bases(&mut self) {
        self.verb_bases = self
            .table
            .iter()
            .filter(|(k, _)| k.split_once('\t').is_some_and(|(_, t)| t.starts_with("VB")))
            .map(|(_, v)| v.to_lowercase())
            .collect();
    }

    /// The lemma of `form` tagged `xpos`.
    pub(crate) fn lemma(&self, form: &str, xpos: &str) -> String {
        let norm = normalize(form);
        let mut key = String::with_capacity(norm.len() + xpos.len() + 1);
        key.push_str(&norm);
        key.push('\t');
        key.push_str(xpos);
        if let Some(l) = self.table.get(&key) {
            return l.clone();
        }
        let lower = norm.to_lowercase();
        // Sentence-initial capitals: try the lowercased form too.
        if !is_proper(xpos) {
            let lower_key = format!("{lower}\t{xpos}");
            if lower_key != key {
                if let Some(l) = self.table.get(&lower_key) {
                    return l.clone();
                }
            }
        }
        // A past form the tagger took for a present or a base ("soldiers
        // *shot* three men" as VBP): the table knows it under the past tags.
        if matches!(xpos, "VB" | "VBP" | "VBD" | "VBN") && !self.verb_bases.contains(&lower) {
            for other in ["VBD", "VBN"] {
                if other == xpos {
                    continue;
                }
                if let Some(l) = self.table.get(&format!("{lower}\t{other}")) {
                    return l.clone();
                }
            }
        }
        // An irregular past the treebank never shows ("froze", "slew",
        // "bled"): the suffix rules would make "bl" of "bled".
        if xpos.starts_with("VB") {
            if let Some(base) = irregular_base(&lower) {
                return base.to_string();
            }
        }
        // A verb the table lacks may be a prefixed one it knows: "withheld"
        // is with + held, "undertook" under + took, "rebuilt" re + built.
        if xpos.starts_with("VB") {
            for prefix in VERB_PREFIXES {
                let Some(rest) = lower.strip_prefix(prefix) else {
                    continue;
                };
                if rest.chars().count() < 3 {
                    continue;
                }
                if let Some(l) = self.table.get(&format!("{rest}\t{xpos}")) {
                    if l.as_str() != rest {
                        return format!("{prefix}{l}");
                    }
                }
            }
        }
        let base = trivial(&norm, xpos);
        let chars: Vec<char> = base.chars().collect();
        let lower: Vec<char> = base.to_lowercase().chars().collect();
        if lower.len() != chars.len() {
            return base;
        }
        for k in (1..=MAX_SUFFIX.min(lower.len())).rev() {
            let key = format!("{xpos}\t{}", suffix(&lower, k));
            if let Some(rule) = self.rules.get(&key) {
                if rule.strip < chars.len() {
                    let mut out: String = chars[..chars.len() - rule.strip].iter().collect();
                    out.push_str(&rule.add);
                    if let Some(known) = self.known_plain_base(&lower, &out, xpos) {
                        return known;
                    }
                    return out;
                }
                return base;
            }
        }
        base
    }

    /// A suffix rule learned from the words like most of its kind
    /// ("creating" -> "create") misreads a verb whose base the treebank
    /// knows and the rule does not give ("defeating" is "defeat", not
    /// "defeate"): where the rule's answer is no known verb base and the
    /// plain strip of the inflection ("-ing", "-ed", "-s") is, the plain one
    /// wins, unless the word has the shape English spells with a silent "e".
    fn known_plain_base(&self, lower: &[char], ruled: &str, xpos: &str) -> Option<String> {
        if !xpos.starts_with("VB") || self.verb_bases.contains(&ruled.to_lowercase()) {
            return None;
        }
        let ending: &[char] = match xpos {
            "VBG" => &['i', 'n', 'g'],
            "VBD" | "VBN" => &['e', 'd'],
            "VBZ" => &['s'],
            _ => return None,
        };
        let stem = lower.strip_suffix(ending)?;
        let plain: String = stem.iter().collect();
        // English writes a silent "e" after one vowel and one consonant
        // ("wage", "vote"): there the rule's "e" stays even where a shorter
        // verb exists ("wag").
        let vowel = |c: &char| "aeiou".contains(*c);
        let silent_e_shape = match stem {
            [.., a, b, c] => !vowel(a) && vowel(b) && !vowel(c),
            _ => false,
        };
        if ruled.len() == plain.len() + 1 && ruled.ends_with('e') && silent_e_shape {
            return None;
        }
        (plain.chars().count() >= 3 && self.verb_bases.contains(&plain)).then_some(plain)
    }

    pub(crate) fn write(&self, w: &mut Writer) {
        let mut table: Vec<_> = self.table.iter().collect();
        table.sort();
        w.u64(table.len() as u64);
        for (k, v) in table {
            w.str(k);
            w.str(v);
        }
        let mut rules: Vec<_> = self.rules.iter().collect();
        rules.sort_by(|a, b| a.0.cmp(b.0));
        w.u64(rules.len() as u64);
        for (k, r) in rules {
            w.str(k);
            w.u64(r.strip as u64);
            w.str(&r.add);
        }
    }

    pub(crate) fn read(r: &mut Reader) -> anyhow::Result<Self> {
        let mut out = Lemmatizer::default();
        let n = r.usize()?;
        for _ in 0..n {
            let k = r.str()?;
            let v = r.str()?;
            out.table.insert(k, v);
        }
        let n = r.usize()?;
        for _ in 0..n {
            let k = r.str()?;
            let strip = r.usize()?;
            let add = r.str()?;
            out.rules.insert(k, Rule { strip, add });
        }
        out.index_verb_bases();
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn irregular_pasts_the_treebank_lacks_take_their_base() {
        let l = Lemmatizer::default();
        assert_eq!(l.lemma("froze", "VB"), "freeze");
        assert_eq!(l.lemma("bled", "VBD"), "bleed");
        assert_eq!(l.lemma("slew", "VBD"), "slay");
        // Not a noun: "the torn flag" is an adjective, "a shot" a noun.
        assert_eq!(l.lemma("shot", "NN"), "shot");
    }

    #[test]
    fn prefixed_irregular_verbs_take_their_base_verb() {
        let data = [
            ("held", "VBD", "hold"),
            ("took", "VBD", "take"),
            ("set", "VBD", "set"),
            ("walked", "VBD", "walk"),
        ];
        let l = Lemmatizer::train(data.iter().copied());
        assert_eq!(l.lemma("withheld", "VBD"), "withhold");
        assert_eq!(l.lemma("undertook", "VBD"), "undertake");
        // Only verbs, and only where the base changes.
        assert_eq!(l.lemma("upset", "VBD"), "upset");
        assert_ne!(l.lemma("withheld", "NN"), "withhold");
    }

    #[test]
    fn a_past_form_mistagged_as_present_takes_its_past_lemma() {
        let data = [
            ("shot", "VBD", "shoot"),
            ("laid", "VBD", "lay"),
            ("lay", "VBD", "lie"),
        ];
        let l = Lemmatizer::train(data.iter().copied());
        assert_eq!(l.lemma("shot", "VBP"), "shoot");
        assert_eq!(l.lemma("shot", "VB"), "shoot");
        // A verb's own base form stays itself.
        assert_eq!(l.lemma("lay", "VBP"), "lay");
        assert_eq!(l.lemma("shot", "NN"), "shot");
    }

    #[test]
    fn lookup_then_rules_then_identity() {
        let data = [
            ("walked", "VBD", "walk"),
            ("talked", "VBD", "talk"),
            ("jumped", "VBD", "jump"),
            ("went", "VBD", "go"),
            ("cities", "NNS", "city"),
            ("parties", "NNS", "party"),
            ("Koreans", "NNPS", "Korean"),
            ("Americans", "NNPS", "American"),
            ("The", "DT", "the"),
        ];
        let l = Lemmatizer::train(data.iter().copied());
        assert_eq!(l.lemma("went", "VBD"), "go");
        assert_eq!(l.lemma("Went", "VBD"), "go");
        assert_eq!(l.lemma("kicked", "VBD"), "kick");
        assert_eq!(l.lemma("armies", "NNS"), "army");
        assert_eq!(l.lemma("Pyongyang", "NNP"), "Pyongyang");
        assert_eq!(l.lemma("Cubans", "NNPS"), "Cuban");
        assert_eq!(l.lemma("THE", "DT"), "the");
        assert_eq!(l.lemma("x", "SYM"), "x");
        let mut w = Writer::default();
        l.write(&mut w);
        let bytes = w.into_bytes();
        let back = Lemmatizer::read(&mut Reader::new(&bytes)).unwrap();
        assert_eq!(back.lemma("armies", "NNS"), "army");
    }
}
