//! The actor knowledge base: loading, validation and the name index.
//!
//! Four kinds of rows feed it (see `docs/knowledge-base.md`): countries (with
//! aliases, adjectives and metonyms), organisations, people with dated
//! tenures of office, and sector words. Every surface string becomes a
//! [`NameEntry`] in one index keyed by its first word, so the matcher does a
//! single hash lookup per token.

use crate::{ActorCode, MentionKind};
use anyhow::{anyhow, bail, Context, Result};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::OnceLock;

/// PLOVER sector codes accepted in the knowledge base (the `ELI` code is
/// assigned by the resolver to former office holders, but is accepted too).
const SECTORS: &[&str] = &[
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC", "NGO",
];

const COUNTRY_COLUMNS: &[&str] = &["code", "name", "aliases", "adjectives", "metonyms"];
const ORG_COLUMNS: &[&str] = &["id", "country", "sector", "names", "start", "end"];
const PEOPLE_COLUMNS: &[&str] = &[
    "id", "country", "sector", "office", "start", "end", "name", "aliases",
];
const PEOPLE_ORDER: &[&str] = &[
    "id", "name", "aliases", "country", "sector", "office", "start", "end",
];
const SECTOR_COLUMNS: &[&str] = &["word", "sector", "kind"];
const PLACE_COLUMNS: &[&str] = &["place", "country", "aliases"];

/// Words that are also surnames of people in the KB but far more often
/// something else; a bare capitalised "May" must not become Theresa May.
const SURNAME_STOPLIST: &[&str] = &[
    "may", "march", "april", "june", "july", "august", "long", "young", "white", "black", "green",
    "brown", "little", "king", "cook", "hunt", "rice", "bush", "moon", "field", "church", "law",
    "mark", "north", "south", "east", "west", "rose", "park", "stone",
];

/// Given names that are also surnames of legislators in the KB: the
/// "Thomas" of "Senate President Thomas Rivera Schatz" is not Senator Craig
/// Thomas. Treated like the stoplist; a full mention earlier in the
/// document still resolves them.
const GIVEN_NAME_SURNAMES: &[&str] = &[
    "thomas",
    "paul",
    "scott",
    "craig",
    "frank",
    "hunter",
    "kirk",
    "warren",
    "alexander",
    "jordan",
    "kelly",
    "allen",
];

/// Whether a surname key is a common word or given name first.
fn stoplisted(key: &str) -> bool {
    SURNAME_STOPLIST.contains(&key) || GIVEN_NAME_SURNAMES.contains(&key)
}

/// Which table a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Table {
    Countries,
    Organizations,
    People,
    Sectors,
    Places,
}

/// What a name in the index stands for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Target {
    /// A country's name or alias.
    Country(String),
    /// A country adjective or demonym ("Russian", "North Koreans").
    Adjective(String),
    /// A capital or seat of power, with the sector it stands for.
    Metonym(String, String),
    /// An organisation id (rows in [`KnowledgeBase::orgs`]).
    Org(String),
    /// A person id (rows in [`KnowledgeBase::people`]).
    Person(String),
    /// A place inside a country (country code, place id): never an actor
    /// itself, it only lends its country to a group or institution phrase.
    Place(String, String),
}

/// One surface string of the index.
#[derive(Debug, Clone)]
pub(crate) struct NameEntry {
    /// Normalised, lowercased form (see [`normalize`]).
    pub low: String,
    /// Normalised original-case form, set only when the name must match with
    /// exact case (all-caps aliases and acronyms: "US" is not "us").
    pub exact: Option<String>,
    /// The name starts with an uppercase letter: the text must too, so
    /// "turkey" and "chad" in running text do not become countries.
    pub capital: bool,
    /// What the name stands for.
    pub target: Target,
}

impl NameEntry {
    /// Whether a name spelled `low` (normalised, lowercased) and `exact`
    /// (normalised, original case) is this entry, with its case where the
    /// entry needs it.
    fn spells(&self, low: &str, exact: &str) -> bool {
        match &self.exact {
            Some(x) => x == exact,
            None => self.low == low,
        }
    }
}

/// How a sector word behaves in a noun phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SectorKind {
    /// Heads a mention on its own.
    Noun,
    /// A role that may precede a person's name and yields to a modifying sector word.
    Title,
    /// Counts only as a modifier of a following noun.
    Adjective,
    /// A noun that names the body only capitalised after "the": "the
    /// House" is the legislature, "a house" and "the House of Saud" are not.
    Proper,
}

/// One row of `sectors.tsv`.
#[derive(Debug, Clone)]
pub(crate) struct SectorWord {
    /// The lowercased words.
    pub words: Vec<String>,
    /// The PLOVER sector.
    pub sector: String,
    /// How it behaves.
    pub kind: SectorKind,
}

#[derive(Debug, Clone)]
pub(crate) struct OrgRow {
    pub country: String,
    pub sector: Option<String>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
}

#[derive(Debug, Clone)]
pub(crate) struct Tenure {
    pub country: String,
    pub sector: Option<String>,
    pub office: String,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Person {
    pub name: String,
    pub tenures: Vec<Tenure>,
}

/// One way a name resolves, as returned by [`KnowledgeBase::lookup`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    /// Knowledge-base entry id (`country:PRK`, `org:kcna`, `person:kim-jong-un`).
    pub entry: String,
    /// The code on the requested date.
    pub code: ActorCode,
    /// What kind of name it is.
    pub kind: MentionKind,
    /// For people, the office the code comes from (`None` when out of office).
    pub office: Option<String>,
    /// False when the code is a guess: a person with several offices and no
    /// document date (the most recent office is used).
    pub certain: bool,
}

/// One spelling of a country, as [`KnowledgeBase::country_spellings`] lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountrySpelling {
    /// The spelling, normalised and lowercased.
    pub text: String,
    /// The exact-case form when the spelling must match with its case
    /// ("US" is not "us").
    pub exact: Option<String>,
    /// The country code (ISO 3166 alpha-3, or KOS, PSE).
    pub code: String,
    /// An adjective or demonym ("Russian", "Turks") rather than a name.
    pub adjective: bool,
}

/// The actor knowledge base: countries, organisations, people and sector
/// words, with an index for fast matching. Cheap to share across threads;
/// clone it to extend it.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeBase {
    pub(crate) country_names: HashMap<String, String>,
    pub(crate) orgs: HashMap<String, Vec<OrgRow>>,
    pub(crate) people: HashMap<String, Person>,
    pub(crate) names: Vec<NameEntry>,
    /// (spelling, target) pairs already in `names`: a person's name repeats
    /// on every tenure row and must be indexed once.
    seen: HashSet<(String, Target)>,
    /// First word of a normalised name → indices into `names`, longest first,
    /// later-loaded first among equals (so people beat organisations beat
    /// countries when they share a spelling, and user files beat built-ins).
    pub(crate) index: HashMap<String, Vec<usize>>,
    /// A person's surname (lowercased) → the person ids carrying it.
    pub(crate) surnames: HashMap<String, Vec<String>>,
    /// Surnames that are also common words ("Bush", "Rice", "Moon"): used
    /// only where the phrase says a person is meant ("the *Bush*
    /// administration"), never for a bare capitalised word.
    pub(crate) common_word_surnames: HashMap<String, Vec<String>>,
    pub(crate) sectors: Vec<SectorWord>,
    /// First word of a sector word → indices into `sectors`, longest first.
    pub(crate) sector_index: HashMap<String, Vec<usize>>,
}

/// The embedded knowledge-base files. Only files that exist in `data/kb/`
/// can be named here: `include_str!` of a missing file is a build error.
const BUILTIN: &[(&str, &str)] = &[
    // Places first: among names of equal length the later-loaded wins, so a
    // country, organisation or person spelled like a place is preferred.
    (
        "data/kb/places.tsv",
        include_str!("../../../data/kb/places.tsv"),
    ),
    (
        "data/kb/countries.tsv",
        include_str!("../../../data/kb/countries.tsv"),
    ),
    (
        "data/kb/organizations.tsv",
        include_str!("../../../data/kb/organizations.tsv"),
    ),
    (
        "data/kb/people.tsv",
        include_str!("../../../data/kb/people.tsv"),
    ),
    (
        "data/kb/sectors.tsv",
        include_str!("../../../data/kb/sectors.tsv"),
    ),
];

const BUILTIN_SECTORS: &str = include_str!("../../../data/kb/sectors.tsv");

/// Largest knowledge-base file `extend_from_file` reads.
const MAX_KB_FILE_BYTES: u64 = 64 << 20;

impl KnowledgeBase {
    /// The knowledge base compiled into the binary from `data/kb/*.tsv`,
    /// parsed once on first use.
    pub fn builtin() -> Result<&'static KnowledgeBase> {
        static KB: OnceLock<std::result::Result<KnowledgeBase, String>> = OnceLock::new();
        let loaded = KB.get_or_init(|| {
            let mut kb = KnowledgeBase::default();
            for (name, text) in BUILTIN {
                kb.load_str(name, text).map_err(|e| format!("{e:#}"))?;
            }
            kb.rebuild_index();
            Ok(kb)
        });
        loaded
            .as_ref()
            .map_err(|e| anyhow!("built-in knowledge base: {e}"))
    }

    /// Load `places.tsv`, `countries.tsv`, `organizations.tsv`, `people.tsv`
    /// and `sectors.tsv` from a directory. Missing files are skipped, except that
    /// a directory without `sectors.tsv` gets the built-in sector words.
    pub fn from_dir(dir: &Path) -> Result<KnowledgeBase> {
        let mut kb = KnowledgeBase::default();
        let mut found = 0;
        for file in [
            "places.tsv",
            "countries.tsv",
            "organizations.tsv",
            "people.tsv",
            "sectors.tsv",
        ] {
            let path = dir.join(file);
            if path.exists() {
                let text = std::fs::read_to_string(&path)
                    .with_context(|| format!("reading {}", path.display()))?;
                kb.load_str(&path.display().to_string(), &text)?;
                found += 1;
            }
        }
        if found == 0 {
            bail!("{}: no knowledge-base files found", dir.display());
        }
        if kb.sectors.is_empty() {
            kb.load_str("data/kb/sectors.tsv", BUILTIN_SECTORS)?;
        }
        kb.rebuild_index();
        Ok(kb)
    }

    /// A knowledge base from in-memory files (`(name, text)` pairs; the name
    /// is only used in error messages).
    #[cfg(test)]
    pub(crate) fn from_strs(files: &[(&str, &str)]) -> Result<KnowledgeBase> {
        let mut kb = KnowledgeBase::default();
        for (name, text) in files {
            kb.load_str(name, text)?;
        }
        kb.rebuild_index();
        Ok(kb)
    }

    /// Add the rows of one file: a countries, organizations, people or
    /// sectors TSV (recognised by its header line) or the JSON Lines
    /// equivalent (one object per line with the same keys; multi-valued
    /// fields as arrays or `|`-separated strings). Returns the number of rows
    /// added. Any bad row is an error naming `file:line`, and then nothing
    /// from the file is kept.
    pub fn extend_from_file(&mut self, path: &Path) -> Result<usize> {
        use std::io::Read;
        let file =
            std::fs::File::open(path).with_context(|| format!("reading {}", path.display()))?;
        let mut bytes = Vec::new();
        file.take(MAX_KB_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .with_context(|| format!("reading {}", path.display()))?;
        if bytes.len() as u64 > MAX_KB_FILE_BYTES {
            bail!(
                "{}: larger than {} MiB; a knowledge-base file is a table of names, not a corpus",
                path.display(),
                MAX_KB_FILE_BYTES >> 20
            );
        }
        let text =
            String::from_utf8(bytes).map_err(|_| anyhow!("{}: not valid UTF-8", path.display()))?;
        let mut copy = self.clone();
        let added = copy.load_str(&path.display().to_string(), &text)?;
        copy.rebuild_index();
        *self = copy;
        Ok(added)
    }

    /// Every reading of `name` (a full name, alias, adjective, metonym or
    /// bare surname), resolved on `date`. For tests and debugging.
    pub fn lookup(&self, name: &str, date: Option<NaiveDate>) -> Vec<Resolution> {
        let low = normalize(name, true);
        let exact = normalize(name, false);
        let mut out = Vec::new();
        for entry in &self.names {
            if entry.spells(&low, &exact) {
                out.push(self.resolve(&entry.target, date));
            }
        }
        if out.is_empty() {
            if let Some(ids) = self.surnames.get(&low) {
                for id in ids {
                    out.push(self.resolve(&Target::Person(id.clone()), date));
                }
            }
        }
        out
    }

    /// The PLOVER sector of a one-word role or sector noun ("professor" →
    /// `EDU`, "spokesman" → `GOV`), with a plural's singular tried too.
    pub fn sector_of_word(&self, word: &str) -> Option<&str> {
        let w = word.to_lowercase();
        let singular = w.strip_suffix('s').unwrap_or(&w).to_string();
        [w.as_str(), singular.as_str()].iter().find_map(|k| {
            self.sector_index.get(*k).and_then(|list| {
                list.iter()
                    .filter_map(|&i| self.sectors.get(i))
                    .find(|sw| sw.words.len() == 1)
                    .map(|sw| sw.sector.as_str())
            })
        })
    }

    /// Which tokens of an untagged sentence are capitalised names the
    /// knowledge base knows, so the tagger can read them as proper nouns
    /// where a common word or a suffix would mislead it: surnames of people
    /// ("*Trump* had asked", "*Erdogan* said"), and every word of a whole
    /// name of a person, organisation, country or seat of power written out
    /// in capitals ("*Xi Jinping* said", "*Beijing* warned", where "-ing"
    /// reads as a verb). Words that are far more often something else
    /// ("May", "Long") are never flagged as surnames.
    pub fn name_hints(&self, sentence: &dyad_core::Sentence) -> Vec<bool> {
        let tokens = &sentence.tokens;
        let capitalised: Vec<bool> = tokens
            .iter()
            .map(|t| {
                let mut chars = t.form.chars();
                chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
            })
            .collect();
        // Only capitalised words can be hinted: the others are not
        // normalised (this runs on every sentence before tagging).
        let lows: Vec<String> = tokens
            .iter()
            .zip(&capitalised)
            .map(|(t, &cap)| {
                if cap {
                    normalize(&t.form, true)
                } else {
                    String::new()
                }
            })
            .collect();
        let mut hints: Vec<bool> = lows
            .iter()
            .zip(&capitalised)
            .map(|(low, &cap)| cap && !stoplisted(low.as_str()) && self.surnames.contains_key(low))
            .collect();
        for i in 0..tokens.len() {
            if !capitalised.get(i).copied().unwrap_or(false) {
                continue;
            }
            let Some(candidates) = lows.get(i).and_then(|low| self.index.get(low)) else {
                continue;
            };
            // The longest whole name starting here whose every word is
            // capitalised in the text.
            let span = candidates.iter().find_map(|&e| {
                let entry = self.names.get(e)?;
                let words: Vec<&str> = entry.low.split(' ').collect();
                // Several words are one name only for a person: the words of
                // an organisation or country name ("United", "White",
                // "Islamic") are read well enough as the adjectives they are.
                let kind_fits = match entry.target {
                    Target::Person(_) => true,
                    Target::Adjective(_) => false,
                    _ => words.len() == 1,
                };
                if !entry.capital || entry.exact.is_some() || !kind_fits {
                    return None;
                }
                let end = i + words.len();
                let fits = end <= tokens.len()
                    && words.iter().enumerate().all(|(k, w)| {
                        lows.get(i + k).is_some_and(|l| l == w)
                            && capitalised.get(i + k).copied().unwrap_or(false)
                    });
                fits.then_some(end)
            });
            if let Some(end) = span {
                for h in hints.iter_mut().take(end).skip(i) {
                    *h = true;
                }
            }
        }
        hints
    }

    /// Number of people, organisations and countries known.
    pub fn len(&self) -> usize {
        self.people.len() + self.orgs.len() + self.country_names.len()
    }

    /// True when nothing is loaded.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every spelling of a country the knowledge base knows: names and
    /// aliases ("North Korea", "DPRK", "U.S.") and adjectives or demonyms
    /// ("Russian", "Turks"), for place recognition. Metonyms are left out:
    /// they are cities or buildings, not the country.
    pub fn country_spellings(&self) -> Vec<CountrySpelling> {
        self.names
            .iter()
            .filter_map(|n| {
                let (code, adjective) = match &n.target {
                    Target::Country(c) => (c, false),
                    Target::Adjective(c) => (c, true),
                    _ => return None,
                };
                Some(CountrySpelling {
                    text: n.low.clone(),
                    exact: n.exact.clone(),
                    code: code.clone(),
                    adjective,
                })
            })
            .collect()
    }

    /// Whether `text` is a country's name or alias ("North Korea", "the
    /// United States", "DPRK"), not one of its adjectives or demonyms
    /// ("Russian", "the Russians").
    pub fn is_country_name(&self, text: &str) -> bool {
        let text = text.trim();
        let text = ["the ", "The "]
            .iter()
            .find_map(|p| text.strip_prefix(p))
            .unwrap_or(text);
        let low = normalize(text, true);
        let exact = normalize(text, false);
        self.index.get(&first_key(&low)).is_some_and(|list| {
            list.iter()
                .filter_map(|&i| self.names.get(i))
                .any(|e| e.spells(&low, &exact) && matches!(e.target, Target::Country(_)))
        })
    }

    /// The common English name of a country code, when known.
    pub fn country_name(&self, code: &str) -> Option<&str> {
        self.country_names.get(code).map(String::as_str)
    }

    /// Whether an organisation has a row valid on `date` (always, without a date).
    pub(crate) fn org_valid(&self, id: &str, date: Option<NaiveDate>) -> bool {
        let Some(date) = date else { return true };
        self.orgs.get(id).is_some_and(|rows| {
            rows.iter()
                .any(|r| r.start.is_none_or(|s| s <= date) && r.end.is_none_or(|e| date < e))
        })
    }

    /// Resolve an index target on a date.
    pub(crate) fn resolve(&self, target: &Target, date: Option<NaiveDate>) -> Resolution {
        match target {
            Target::Country(code) | Target::Adjective(code) => Resolution {
                entry: format!("country:{code}"),
                code: ActorCode {
                    country: Some(code.clone()),
                    sector: None,
                },
                kind: MentionKind::Name,
                office: None,
                certain: true,
            },
            Target::Metonym(code, sector) => Resolution {
                entry: format!("country:{code}"),
                code: ActorCode {
                    country: Some(code.clone()),
                    sector: Some(sector.clone()),
                },
                kind: MentionKind::Metonym,
                office: None,
                certain: true,
            },
            Target::Org(id) => {
                let rows = self.orgs.get(id).map(Vec::as_slice).unwrap_or(&[]);
                let row = pick_dated(rows, date, |r| (r.start, r.end));
                Resolution {
                    entry: format!("org:{id}"),
                    code: ActorCode {
                        country: row.map(|r| r.country.clone()),
                        sector: row.and_then(|r| r.sector.clone()),
                    },
                    kind: MentionKind::Name,
                    office: None,
                    certain: true,
                }
            }
            Target::Person(id) => self.resolve_person(id, date),
            Target::Place(code, id) => Resolution {
                entry: format!("place:{id}"),
                code: ActorCode {
                    country: Some(code.clone()),
                    sector: None,
                },
                kind: MentionKind::Name,
                office: None,
                certain: true,
            },
        }
    }

    /// A person's code on a date: the highest office held that day; a former
    /// office holder becomes that country's `ELI`; with no date, the most
    /// recent office (marked uncertain when there were several).
    /// The code of a knowledge-base person (`entry` as in mentions,
    /// `person:ID`) on `date`: the office they held then, `ELI` when out of
    /// office. `None` for entries that are not people.
    pub fn person_code_on(&self, entry: &str, date: NaiveDate) -> Option<ActorCode> {
        let id = entry.strip_prefix("person:")?;
        self.people
            .contains_key(id)
            .then(|| self.resolve_person(id, Some(date)).code)
    }

    /// For a knowledge-base person out of office on `date` (`entry` as in
    /// mentions, `person:ID`): the code of the last office they left
    /// before it ("Obama" in 2019 → `USA GOV`) and the day they left it.
    /// `None` for anyone in office that day, never in office, or not a
    /// person of the base.
    pub fn last_office_before(
        &self,
        entry: &str,
        date: NaiveDate,
    ) -> Option<(ActorCode, NaiveDate)> {
        let id = entry.strip_prefix("person:")?;
        let tenures = &self.people.get(id)?.tenures;
        let in_office = tenures
            .iter()
            .any(|t| t.start.is_none_or(|s| s <= date) && t.end.is_none_or(|e| date < e));
        if in_office {
            return None;
        }
        let last = tenures
            .iter()
            .filter(|t| t.end.is_some_and(|e| e <= date))
            .max_by_key(|t| (t.end, office_rank(&t.office)))?;
        let code = ActorCode {
            country: Some(last.country.clone()),
            sector: last.sector.clone(),
        };
        Some((code, last.end?))
    }

    pub(crate) fn resolve_person(&self, id: &str, date: Option<NaiveDate>) -> Resolution {
        let entry = format!("person:{id}");
        let tenures = self
            .people
            .get(id)
            .map(|p| p.tenures.as_slice())
            .unwrap_or(&[]);
        let code_of = |t: &Tenure, sector: Option<String>| ActorCode {
            country: Some(t.country.clone()),
            sector,
        };
        let Some(date) = date else {
            let latest = tenures
                .iter()
                .max_by_key(|t| (t.start, office_rank(&t.office)));
            return Resolution {
                entry,
                code: latest
                    .map(|t| code_of(t, t.sector.clone()))
                    .unwrap_or_default(),
                kind: MentionKind::Person,
                office: latest.map(|t| t.office.clone()),
                certain: tenures.len() <= 1,
            };
        };
        let active = tenures
            .iter()
            .filter(|t| t.start.is_none_or(|s| s <= date) && t.end.is_none_or(|e| date < e))
            .max_by_key(|t| (office_rank(&t.office), t.start));
        if let Some(t) = active {
            return Resolution {
                entry,
                code: code_of(t, t.sector.clone()),
                kind: MentionKind::Person,
                office: Some(t.office.clone()),
                certain: true,
            };
        }
        // Out of office: the most recent office that ended before the date
        // makes them a former official of that country.
        let former = tenures
            .iter()
            .filter(|t| t.end.is_some_and(|e| e <= date))
            .max_by_key(|t| t.end);
        if let Some(t) = former {
            return Resolution {
                entry,
                code: code_of(t, Some("ELI".to_string())),
                kind: MentionKind::Person,
                office: None,
                certain: true,
            };
        }
        // Not yet in office: we know the country, not a sector.
        let first = tenures.iter().min_by_key(|t| t.start);
        Resolution {
            entry,
            code: first.map(|t| code_of(t, None)).unwrap_or_default(),
            kind: MentionKind::Person,
            office: None,
            certain: true,
        }
    }

    /// Parse one file's text into the tables (the index is rebuilt by the caller).
    fn load_str(&mut self, file: &str, text: &str) -> Result<usize> {
        let first = text
            .lines()
            .map(|l| l.trim_end_matches('\r'))
            .find(|l| !l.trim().is_empty() && !l.starts_with('#'));
        match first {
            None => Ok(0),
            Some(l) if l.trim_start().starts_with('{') => self.load_jsonl(file, text),
            Some(_) => self.load_tsv(file, text),
        }
    }

    fn load_tsv(&mut self, file: &str, text: &str) -> Result<usize> {
        let mut header: Option<(Table, Vec<String>)> = None;
        let mut added = 0;
        for (n, raw) in text.lines().enumerate() {
            let line_no = n + 1;
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
            let Some((table, columns)) = &header else {
                let cols: Vec<String> = cells.iter().map(|c| c.to_ascii_lowercase()).collect();
                let table = table_of(&cols).ok_or_else(|| {
                    anyhow!(
                        "{file}:{line_no}: unrecognised header {:?} (expected the columns of countries, organizations, people, sectors or places)",
                        line
                    )
                })?;
                header = Some((table, cols));
                continue;
            };
            if cells.len() > columns.len() {
                bail!(
                    "{file}:{line_no}: {} cells but the header has {} columns",
                    cells.len(),
                    columns.len()
                );
            }
            let row: HashMap<&str, Vec<String>> = columns
                .iter()
                .zip(cells.iter().chain(std::iter::repeat(&"")))
                .map(|(c, v)| (c.as_str(), split_multi(v)))
                .collect();
            self.add_row(*table, &row)
                .map_err(|e| anyhow!("{file}:{line_no}: {e}"))?;
            added += 1;
        }
        Ok(added)
    }

    fn load_jsonl(&mut self, file: &str, text: &str) -> Result<usize> {
        let mut added = 0;
        for (n, raw) in text.lines().enumerate() {
            let line_no = n + 1;
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let value: serde_json::Value = serde_json::from_str(line)
                .map_err(|e| anyhow!("{file}:{line_no}: invalid JSON: {e}"))?;
            let obj = value
                .as_object()
                .ok_or_else(|| anyhow!("{file}:{line_no}: expected a JSON object"))?;
            let mut row: HashMap<&str, Vec<String>> = HashMap::new();
            for (key, v) in obj {
                let values = match v {
                    serde_json::Value::Null => Vec::new(),
                    serde_json::Value::String(s) => split_multi(s),
                    serde_json::Value::Array(items) => {
                        let mut out = Vec::new();
                        for item in items {
                            match item.as_str() {
                                Some(s) if !s.trim().is_empty() => out.push(s.trim().to_string()),
                                Some(_) => {}
                                None => bail!("{file}:{line_no}: {key}: expected strings"),
                            }
                        }
                        out
                    }
                    _ => bail!("{file}:{line_no}: {key}: expected a string or an array"),
                };
                let Some(col) = [
                    COUNTRY_COLUMNS,
                    ORG_COLUMNS,
                    PEOPLE_COLUMNS,
                    SECTOR_COLUMNS,
                    PLACE_COLUMNS,
                ]
                .iter()
                .flat_map(|c| c.iter())
                .find(|c| **c == key.as_str()) else {
                    bail!("{file}:{line_no}: unknown field {key:?}");
                };
                row.insert(col, values);
            }
            let table = if row.contains_key("office") {
                Table::People
            } else if row.contains_key("names") {
                Table::Organizations
            } else if row.contains_key("code") {
                Table::Countries
            } else if row.contains_key("word") {
                Table::Sectors
            } else if row.contains_key("place") {
                Table::Places
            } else {
                bail!("{file}:{line_no}: cannot tell the table: expected an \"office\" (people), \"names\" (organizations), \"code\" (countries), \"word\" (sectors) or \"place\" (places) field");
            };
            self.add_row(table, &row)
                .map_err(|e| anyhow!("{file}:{line_no}: {e}"))?;
            added += 1;
        }
        Ok(added)
    }

    /// Validate and store one row (cells already split on `|`).
    fn add_row(&mut self, table: Table, row: &HashMap<&str, Vec<String>>) -> Result<()> {
        let one = |col: &str| -> Option<String> { row.get(col).and_then(|v| v.first()).cloned() };
        let many = |col: &str| -> Vec<String> { row.get(col).cloned().unwrap_or_default() };
        let required = |col: &str| one(col).ok_or_else(|| anyhow!("empty {col}"));
        match table {
            Table::Countries => {
                let code = check_code(&required("code")?)?;
                let name = required("name")?;
                self.country_names.insert(code.clone(), name.clone());
                self.push_name(&name, Target::Country(code.clone()));
                for alias in many("aliases") {
                    self.push_name(&alias, Target::Country(code.clone()));
                }
                for adj in many("adjectives") {
                    self.push_name(&adj, Target::Adjective(code.clone()));
                }
                for metonym in many("metonyms") {
                    let (place, sector) = match metonym.rsplit_once('=') {
                        Some((place, sector)) => (place.trim().to_string(), check_sector(sector)?),
                        None => (metonym.clone(), "GOV".to_string()),
                    };
                    self.push_name(&place, Target::Metonym(code.clone(), sector));
                }
            }
            Table::Organizations => {
                let id = required("id")?;
                let country = check_code(&required("country")?)?;
                let sector = one("sector").map(|s| check_sector(&s)).transpose()?;
                let (start, end) = dates(one("start"), one("end"))?;
                let names = many("names");
                if names.is_empty() {
                    bail!("empty names");
                }
                self.orgs.entry(id.clone()).or_default().push(OrgRow {
                    country,
                    sector,
                    start,
                    end,
                });
                for name in names {
                    self.push_name(&name, Target::Org(id.clone()));
                }
            }
            Table::People => {
                let id = required("id")?;
                let name = required("name")?;
                let country = check_code(&required("country")?)?;
                let sector = one("sector").map(|s| check_sector(&s)).transpose()?;
                let office = one("office").unwrap_or_default();
                let (start, end) = dates(one("start"), one("end"))?;
                let person = self.people.entry(id.clone()).or_default();
                if person.name.is_empty() {
                    person.name = name.clone();
                }
                person.tenures.push(Tenure {
                    country,
                    sector,
                    office,
                    start,
                    end,
                });
                self.push_name(&name, Target::Person(id.clone()));
                for alias in many("aliases") {
                    // News writes a middle initial with or without its
                    // full stop ("Donald J Trump"): accept both.
                    if let Some(bare) = without_initial_stops(&alias) {
                        self.push_name(&bare, Target::Person(id.clone()));
                    }
                    self.push_name(&alias, Target::Person(id.clone()));
                }
            }
            Table::Places => {
                let name = required("place")?;
                let country = check_code(&required("country")?)?;
                let id = normalize(&name, true).replace([' ', '\''], "-");
                self.push_name(&name, Target::Place(country.clone(), id.clone()));
                for alias in many("aliases") {
                    self.push_name(&alias, Target::Place(country.clone(), id.clone()));
                }
            }
            Table::Sectors => {
                let word = required("word")?;
                let sector = check_sector(&required("sector")?)?;
                let kind = match required("kind")?.as_str() {
                    "noun" => SectorKind::Noun,
                    "title" => SectorKind::Title,
                    "adjective" => SectorKind::Adjective,
                    "proper" => SectorKind::Proper,
                    other => bail!("kind {other:?} is not noun, title, adjective or proper"),
                };
                let words: Vec<String> = normalize(&word, true)
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect();
                if words.is_empty() {
                    bail!("empty word");
                }
                self.sectors.push(SectorWord {
                    words,
                    sector,
                    kind,
                });
            }
        }
        Ok(())
    }

    fn push_name(&mut self, name: &str, target: Target) {
        let low = normalize(name, true);
        if low.is_empty() {
            return;
        }
        let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
        let all_caps = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
        // Short mixed-case acronyms ("LeT", "DoD") are words in lowercase
        // or sentence case ("Let us ..."): they need exact case too.
        let mixed_acronym = letters.len() <= 5
            && !name.contains(char::is_whitespace)
            && letters.iter().skip(1).any(|c| c.is_uppercase());
        let exact = (all_caps || mixed_acronym).then(|| normalize(name, false));
        let capital = name.chars().next().is_some_and(char::is_uppercase);
        // "U.S." is often tokenised with its final period taken as the end
        // of the sentence: index the undotted form as well.
        if let Some(stripped) = name.strip_suffix('.') {
            if stripped.contains('.') {
                self.push_name(stripped, target.clone());
            }
        }
        if !self.seen.insert((normalize(name, false), target.clone())) {
            return;
        }
        self.names.push(NameEntry {
            low,
            exact,
            capital,
            target,
        });
    }

    /// Rebuild the first-word indexes after rows were added.
    fn rebuild_index(&mut self) {
        self.index.clear();
        for (i, entry) in self.names.iter().enumerate() {
            self.index.entry(first_key(&entry.low)).or_default().push(i);
        }
        for list in self.index.values_mut() {
            let names = &self.names;
            list.sort_by_key(|&i| {
                (
                    std::cmp::Reverse(names.get(i).map_or(0, |e| e.low.len())),
                    std::cmp::Reverse(i),
                )
            });
        }
        self.sector_index.clear();
        for (i, word) in self.sectors.iter().enumerate() {
            if let Some(first) = word.words.first() {
                self.sector_index.entry(first.clone()).or_default().push(i);
            }
        }
        for list in self.sector_index.values_mut() {
            let sectors = &self.sectors;
            list.sort_by_key(|&i| std::cmp::Reverse(sectors.get(i).map_or(0, |s| s.words.len())));
        }
        self.surnames.clear();
        self.common_word_surnames.clear();
        for (id, person) in &self.people {
            let words: Vec<&str> = person.name.split_whitespace().collect();
            if words.len() < 2 {
                continue;
            }
            let family_first = person
                .tenures
                .iter()
                .any(|t| matches!(t.country.as_str(), "CHN" | "KOR" | "PRK" | "TWN" | "HKG"))
                // Two words with a hyphenated given name ("Kim Jong-un") put
                // the family first; an Arabic article ("Bashar al-Assad")
                // does not.
                || (words.len() == 2
                    && words.last().is_some_and(|w| {
                        w.contains('-') && without_article(&normalize(w, true)).is_none()
                    }));
            let surname = if family_first {
                words.first()
            } else {
                words.last()
            };
            let Some(s) = surname else { continue };
            let key = normalize(s, true);
            // News drops the Arabic article as often as it keeps it: "Assad"
            // for al-Assad, "Sisi" for el-Sisi. Both forms find the person.
            let bare = without_article(&key).map(str::to_string);
            let mut keys = vec![key];
            keys.extend(bare);
            // And without accents, as English news often writes them
            // ("Erdogan" for Erdoğan, "Lopez" for López).
            let plain: Vec<String> = keys.iter().map(|k| without_accents(k)).collect();
            for k in plain {
                if !keys.contains(&k) {
                    keys.push(k);
                }
            }
            for key in keys {
                // A surname spelled like a month ("May") is kept with the
                // common words, used only where the phrase says a person
                // is meant.
                let month = crate::mentions::is_calendar_word(&key);
                if !crate::mentions::usable_name_key(&key) && !month {
                    continue;
                }
                let table = if month || stoplisted(key.as_str()) {
                    &mut self.common_word_surnames
                } else {
                    &mut self.surnames
                };
                let ids = table.entry(key).or_default();
                if !ids.contains(id) {
                    ids.push(id.clone());
                }
            }
        }
        for ids in self
            .surnames
            .values_mut()
            .chain(self.common_word_surnames.values_mut())
        {
            ids.sort();
        }
    }
}

/// `s` with combining accents removed ("erdoğan" → "erdogan").
fn without_accents(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    if s.is_ascii() {
        return s.to_string();
    }
    s.nfkd()
        .filter(|&c| !unicode_normalization::char::is_combining_mark(c))
        .collect()
}

/// A normalized surname without its Arabic article (`al-`, `el-` and the
/// assimilated forms `ad-`, `ash-`, ..., the hyphen already a space):
/// "assad" for "al assad". `None` when there is no article or nothing
/// usable after it.
fn without_article(key: &str) -> Option<&str> {
    const ARTICLES: &[&str] = &[
        "al ", "el ", "ad ", "ah ", "an ", "ar ", "as ", "ash ", "at ", "az ",
    ];
    ARTICLES
        .iter()
        .find_map(|a| key.strip_prefix(a))
        .filter(|rest| rest.chars().count() >= 3 && !rest.contains(' '))
}

fn table_of(cols: &[String]) -> Option<Table> {
    let is = |want: &[&str]| cols.len() == want.len() && cols.iter().zip(want).all(|(a, b)| a == b);
    if is(COUNTRY_COLUMNS) {
        Some(Table::Countries)
    } else if is(ORG_COLUMNS) {
        Some(Table::Organizations)
    } else if is(PEOPLE_ORDER) {
        Some(Table::People)
    } else if is(SECTOR_COLUMNS) {
        Some(Table::Sectors)
    } else if is(PLACE_COLUMNS) {
        Some(Table::Places)
    } else {
        None
    }
}

/// The name with the full stop dropped after each single-letter middle
/// initial ("Donald J. Trump" → "Donald J Trump"), or `None` when it has
/// no such initial. Initials that open the name ("H. R. McMaster") keep
/// their stops: without them a first word "H" matches too much.
fn without_initial_stops(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut changed = false;
    let out: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let mut ch = w.chars();
            let initial = matches!((ch.next(), ch.next(), ch.next()), (Some(c), Some('.'), None) if c.is_uppercase());
            if initial && i > 0 && i + 1 < words.len() {
                changed = true;
                w.trim_end_matches('.').to_string()
            } else {
                (*w).to_string()
            }
        })
        .collect();
    changed.then(|| out.join(" "))
}

fn split_multi(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn check_code(code: &str) -> Result<String> {
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(code.to_string())
    } else {
        bail!("country code {code:?} is not three uppercase letters")
    }
}

fn check_sector(sector: &str) -> Result<String> {
    let sector = sector.trim();
    if SECTORS.contains(&sector) {
        Ok(sector.to_string())
    } else {
        bail!("{sector:?} is not a PLOVER sector code")
    }
}

fn dates(
    start: Option<String>,
    end: Option<String>,
) -> Result<(Option<NaiveDate>, Option<NaiveDate>)> {
    let parse = |s: Option<String>| -> Result<Option<NaiveDate>> {
        s.map(|s| {
            NaiveDate::parse_from_str(&s, "%Y-%m-%d")
                .map_err(|_| anyhow!("date {s:?} is not YYYY-MM-DD"))
        })
        .transpose()
    };
    let (start, end) = (parse(start)?, parse(end)?);
    if let (Some(s), Some(e)) = (start, end) {
        if e < s {
            bail!("end {e} before start {s}");
        }
    }
    Ok((start, end))
}

/// The row valid on `date`; otherwise the closest one (the latest that
/// ended before it, else the earliest); with no date, the latest.
fn pick_dated<T>(
    rows: &[T],
    date: Option<NaiveDate>,
    span: impl Fn(&T) -> (Option<NaiveDate>, Option<NaiveDate>),
) -> Option<&T> {
    let Some(date) = date else {
        return rows.iter().max_by_key(|r| span(r).0);
    };
    rows.iter()
        .find(|r| {
            let (s, e) = span(r);
            s.is_none_or(|s| s <= date) && e.is_none_or(|e| date < e)
        })
        .or_else(|| {
            rows.iter()
                .filter(|r| span(r).1.is_some_and(|e| e <= date))
                .max_by_key(|r| span(r).1)
        })
        .or_else(|| rows.iter().min_by_key(|r| span(r).0))
}

/// Rank of an office, to pick the highest when someone holds several.
pub(crate) fn office_rank(office: &str) -> u8 {
    let o = office.to_lowercase();
    if o.contains("supreme leader") {
        100
    } else if o.contains("vice") || o.contains("deputy") || o.contains("first lady") {
        40
    } else if o.contains("president")
        || o.contains("king")
        || o.contains("queen")
        || o.contains("emperor")
        || o.contains("general secretary")
        || o.contains("chairman")
    {
        90
    } else if o.contains("prime minister") || o.contains("chancellor") || o.contains("premier") {
        80
    } else if o.contains("secretary-general") || o.contains("secretary general") {
        70
    } else if o.contains("minister") || o.contains("secretary") {
        50
    } else {
        30
    }
}

/// Whether an office is that of a head of state or government (a
/// president, monarch, supreme leader, party chief of a one-party state,
/// prime minister or chancellor), not a minister's or a deputy's.
pub(crate) fn is_head_office(office: &str) -> bool {
    office_rank(office) >= 80
}

/// Matching form of a string: typographic quotes and dashes unified,
/// hyphens treated as spaces ("Kim Jong-un" = "Kim Jong Un"), whitespace
/// collapsed, optionally lowercased.
pub(crate) fn normalize(s: &str, lower: bool) -> String {
    let mut out = String::with_capacity(s.len());
    push_normalized(&mut out, s, lower);
    out.trim().to_string()
}

/// Append the matching form of `s` to `out` (no leading space when `out`
/// already ends with one).
pub(crate) fn push_normalized(out: &mut String, s: &str, lower: bool) {
    for c in s.chars() {
        let c = match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' => '\'',
            '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' => {
                ' '
            }
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else if lower {
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
}

/// The index key of a normalised string: its leading alphanumeric run.
pub(crate) fn first_key(low: &str) -> String {
    low.chars().take_while(|c| c.is_alphanumeric()).collect()
}
