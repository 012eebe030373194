//! Part-of-speech tagging (UPOS + Penn XPOS), lemmatization and labelled
//! dependency parsing for English, trained by our own code on Universal
//! Dependencies (UD English EWT).
//!
//! What it is for: filling [`dyad_core::Token::upos`], `xpos`, `lemma`,
//! `head` and `deprel` for sentences that `dyad-text` has already split and
//! tokenized, fast enough for bulk news processing (tens of thousands of
//! tokens per second on one core; see `docs/syntax.md`), with a model of a
//! few megabytes committed in the repository ([`Model::builtin`]).
//!
//! What it is not for: tokenization or sentence splitting (that is
//! `dyad-text`), morphological features, enhanced dependencies, or
//! languages other than English. The models are linear classifiers (the
//! parser with a small beam): a few points below neural parsers in
//! accuracy, in exchange for speed and a small model.
//!
//! The pieces:
//! * tagger: greedy averaged perceptron over word, affix, shape and context
//!   features, predicting a combined UPOS+XPOS class;
//! * lemmatizer: treebank lookup plus learned suffix-rewrite rules;
//! * parser: arc-hybrid transitions decoded with a beam and trained
//!   globally with max-violation perceptron updates (a beam of 1 gives the
//!   older greedy parser trained with a dynamic oracle and exploration),
//!   on jackknifed predicted tags, plus an arc labeller;
//! * optionally (off by default, it did not help), a ranker that
//!   re-attaches punctuation after parsing.
//!
//! The committed model was built with
//! `dyad train syntax --treebank ../shared/data/ud-english-ewt --out
//! models/syntax-en.bin --retrain-with-dev` (beam 8, the default):
//! epochs are chosen on the dev set (13 parser epochs), then the model is
//! retrained on train+dev with those epochs, so only
//! the test set gives honest scores for it (`dyad eval syntax
//! ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu`).

mod beam;
mod binio;
pub mod conllu;
pub mod eval;
mod hash;
mod lemma;
mod parser;
mod perceptron;
mod punct;
mod tagger;
mod train;
mod words;

pub use train::{train, TrainOptions};

use anyhow::{bail, Context};
use binio::{Reader, Writer};
use dyad_core::{Document, Sentence, Upos};
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use hash::U64Map;
use lemma::Lemmatizer;
use parser::Parser;
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, OnceLock};
use tagger::Tagger;

/// The widest beam a model may ask for or be decoded with.
const MAX_BEAM: usize = 256;

/// The committed model, stored uncompressed so that loading it is one
/// sequential pass over the bytes (see [`Model::builtin`]).
static BUILTIN_BYTES: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../models/syntax-en.bin"
));

/// The current format with a hashed move table: the v3 fields plus, just
/// before the move table, its hash bits, the code of the move features'
/// combination and whether its rows are tagged (three varints); a hashed
/// table's rows are the rows of a table of `2^bits` (row `r` under key
/// `r + 1`, a tagged row's tag as a fourth class), read straight into place.
/// Written only for a parser trained with hashed move features.
const MAGIC_V4: &str = "dyad-syntax-model v4";
/// The current format: weight tables as fixed-width little-endian rows in
/// key order, ready to be laid out without decoding.
const MAGIC: &str = "dyad-syntax-model v3";
/// The previous format: the same fields with varint weights (usually
/// gzip-compressed). Still read, so older model files keep working.
const MAGIC_V2: &str = "dyad-syntax-model v2";
/// The format before that: the same minus the beam width (greedy decoding).
const MAGIC_V1: &str = "dyad-syntax-model v1";

/// A trained tagger, lemmatizer and parser. Immutable once built, so one
/// instance can be shared by any number of threads.
///
/// The trained data sit behind an [`Arc`]: cloning a model is cheap, and a
/// clone decoded with another beam width ([`Model::set_beam`]) shares all
/// the weights with the original.
#[derive(Clone, Default)]
pub struct Model {
    data: Arc<Data>,
    /// Beam width used for decoding (1 or less: greedy decoding).
    beam: usize,
}

/// What a model file holds.
#[derive(Default)]
struct Data {
    /// The combined tag classes: (UPOS, XPOS).
    classes: Vec<(Upos, String)>,
    /// Which classes are proper nouns (for name hints).
    proper: Vec<bool>,
    /// Which classes are a verb's past tense or past participle (for
    /// [`words::past_only`] forms).
    past: Vec<bool>,
    tagger: Tagger,
    lemmatizer: Lemmatizer,
    /// Dependency relation names, indexed by label id.
    labels: Vec<String>,
    parser: Parser,
}

impl Model {
    /// The model committed with the crate (`models/syntax-en.bin`),
    /// loaded on first call and shared afterwards.
    pub fn builtin() -> anyhow::Result<&'static Model> {
        static MODEL: OnceLock<Result<Model, String>> = OnceLock::new();
        MODEL
            .get_or_init(|| Model::from_bytes(BUILTIN_BYTES).map_err(|e| format!("{e:#}")))
            .as_ref()
            .map_err(|e| anyhow::anyhow!("built-in syntax model is unusable: {e}"))
    }

    /// Load a model file written by [`Model::save`] (or a gzip-compressed
    /// one, or one in an earlier format).
    pub fn load(path: &Path) -> anyhow::Result<Model> {
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        Model::from_bytes(&bytes).with_context(|| format!("bad model file {}", path.display()))
    }

    /// Write the model. A path ending in `.gz` is gzip-compressed (smaller,
    /// slower to load); any other path gets the plain format, which loads
    /// in one pass.
    pub fn save(&self, path: &Path) -> anyhow::Result<()> {
        let mut w = Writer::default();
        self.write(&mut w);
        let mut bytes = w.into_bytes();
        if path.extension().is_some_and(|e| e == "gz") {
            let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::best());
            gz.write_all(&bytes)?;
            bytes = gz.finish()?;
        }
        std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
    }

    /// A model from the bytes of a model file, gzip-compressed or not.
    fn from_bytes(bytes: &[u8]) -> anyhow::Result<Model> {
        if bytes.starts_with(&[0x1f, 0x8b]) {
            let mut raw = Vec::new();
            GzDecoder::new(bytes)
                .read_to_end(&mut raw)
                .context("model file is not valid gzip")?;
            return Model::read(&mut Reader::new(&raw));
        }
        Model::read(&mut Reader::new(bytes))
    }

    /// A model from its trained parts; decodes with the parser's own beam.
    fn from_parts(
        classes: Vec<(Upos, String)>,
        tagger: Tagger,
        lemmatizer: Lemmatizer,
        labels: Vec<String>,
        parser: Parser,
    ) -> Model {
        let proper = classes.iter().map(|(u, _)| *u == Upos::Propn).collect();
        let past = classes
            .iter()
            .map(|(u, x)| *u == Upos::Verb && matches!(x.as_str(), "VBD" | "VBN"))
            .collect();
        let beam = parser.beam;
        Model {
            data: Arc::new(Data {
                classes,
                proper,
                past,
                tagger,
                lemmatizer,
                labels,
                parser,
            }),
            beam,
        }
    }

    fn write(&self, w: &mut Writer) {
        let d = &*self.data;
        let bits = d.parser.moves.bits();
        let v4 = bits > 0 || d.parser.combine != parser::Combine::Mixed;
        w.str(if v4 { MAGIC_V4 } else { MAGIC });
        w.u64(d.classes.len() as u64);
        for (u, x) in &d.classes {
            w.str(u.as_str());
            w.str(x);
        }
        let mut dict: Vec<(u64, u16)> = d.tagger.dict.iter().map(|(k, v)| (*k, *v)).collect();
        dict.sort_unstable();
        w.u64(dict.len() as u64);
        for (k, v) in dict {
            w.u64(k);
            w.u64(u64::from(v));
        }
        d.tagger.weights.write(w);
        d.lemmatizer.write(w);
        w.u64(d.labels.len() as u64);
        for l in &d.labels {
            w.str(l);
        }
        if v4 {
            w.u64(u64::from(bits));
            w.u64(d.parser.combine.code());
            w.u64(u64::from(d.parser.moves.tagged()));
        }
        d.parser.moves.write(w);
        d.parser.labels.write(w);
        w.u64(self.beam as u64);
        w.u64(u64::from(d.parser.punct.on));
        d.parser.punct.weights.write(w);
    }

    fn read(r: &mut Reader) -> anyhow::Result<Model> {
        let magic = r.str()?;
        if ![MAGIC_V4, MAGIC, MAGIC_V2, MAGIC_V1].contains(&magic.as_str()) {
            bail!("not a dyad syntax model (or an incompatible version)");
        }
        let weights = |r: &mut Reader| {
            if magic == MAGIC || magic == MAGIC_V4 {
                perceptron::Weights::read(r)
            } else {
                perceptron::Weights::read_v2(r)
            }
        };
        let n = r.usize()?;
        let mut classes = Vec::with_capacity(n.min(4096));
        for _ in 0..n {
            let u = r.str()?;
            let x = r.str()?;
            classes.push((Upos::parse(&u).unwrap_or(Upos::X), x));
        }
        let n = r.usize()?;
        let mut dict = U64Map::default();
        dict.reserve(n.min(r.remaining() / 2));
        for _ in 0..n {
            let k = r.u64()?;
            let v = r.usize()?;
            if v >= classes.len() {
                bail!("tag dictionary refers to unknown class {v}");
            }
            dict.insert(k, v as u16);
        }
        let tagger_weights = weights(r)?;
        if tagger_weights.nclass() != classes.len() {
            bail!("tagger weights do not match the tag set");
        }
        let lemmatizer = Lemmatizer::read(r)?;
        let n = r.usize()?;
        let mut labels = Vec::with_capacity(n.min(4096));
        for _ in 0..n {
            labels.push(r.str()?);
        }
        let (moves, combine) = if magic == MAGIC_V4 {
            let bits = u32::try_from(r.u64()?).unwrap_or(u32::MAX);
            let combine =
                parser::Combine::from_code(r.u64()?).context("unknown move feature combination")?;
            let tagged = match r.u64()? {
                0 => false,
                1 => true,
                _ => bail!("unknown move table kind"),
            };
            (perceptron::Weights::read_in(r, bits, tagged)?, combine)
        } else {
            (weights(r)?, parser::Combine::Mixed)
        };
        let label_weights = weights(r)?;
        if moves.nclass() != parser::MOVES || label_weights.nclass() != labels.len() {
            bail!("parser weights do not match the transition or label set");
        }
        let (beam, punct) = if magic != MAGIC_V1 {
            let beam = r.usize()?;
            let on = r.u64()? != 0;
            let weights = weights(r)?;
            (beam, punct::Attacher { on, weights })
        } else {
            (1, punct::Attacher::default())
        };
        // A corrupt width would make every parse allocate absurd beams.
        if beam > MAX_BEAM {
            bail!("beam width {beam} out of range");
        }
        let parser = Parser {
            moves,
            labels: label_weights,
            label_hash: (0..labels.len()).map(parser::label_hash).collect(),
            beam,
            punct,
            combine,
        };
        Ok(Model::from_parts(
            classes,
            Tagger {
                dict,
                weights: tagger_weights,
            },
            lemmatizer,
            labels,
            parser,
        ))
    }

    /// Tag, lemmatize and parse one sentence, filling `upos`, `xpos`,
    /// `lemma`, `head` and `deprel` of every token from its `form`.
    pub fn annotate(&self, sentence: &mut Sentence) {
        self.annotate_with_names(sentence, &[]);
    }

    /// [`Model::annotate`], with some tokens known to be proper names
    /// (`names[i]`): they are tagged as proper nouns whatever the tagger
    /// would say ("*Trump* had asked ..." is not a verb).
    pub fn annotate_with_names(&self, sentence: &mut Sentence, names: &[bool]) {
        if sentence.tokens.is_empty() {
            return;
        }
        let d = &*self.data;
        let ws = words::words(sentence.tokens.iter().map(|t| t.form.as_str()));
        let mut tags = Vec::with_capacity(ws.len());
        // Known names are proper nouns; a form that English uses only as a
        // past tense or participle ("struck", "fought") is a verb, however
        // rare in the treebank.
        let allowed: Vec<Option<&[bool]>> = sentence
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                if names.get(i).copied().unwrap_or(false) {
                    Some(d.proper.as_slice())
                } else if words::past_only(&t.form) {
                    Some(d.past.as_slice())
                } else {
                    None
                }
            })
            .collect();
        if allowed.iter().any(Option::is_some) {
            d.tagger.tag_constrained(&ws, &allowed, &mut tags);
        } else {
            d.tagger.tag(&ws, &mut tags);
        }
        for (t, &c) in sentence.tokens.iter_mut().zip(&tags) {
            let (upos, xpos) = d
                .classes
                .get(c)
                .map(|(u, x)| (*u, x.as_str()))
                .unwrap_or((Upos::X, ""));
            t.upos = upos;
            t.xpos = xpos.to_string();
            t.lemma = d.lemmatizer.lemma(&t.form, xpos);
        }
        // A run without a single letter or digit (punctuation soup, rules
        // of dashes) has no syntax worth the parser's time: every token
        // hangs on the first.
        let wordless = !sentence
            .tokens
            .iter()
            .any(|t| t.form.chars().any(char::is_alphanumeric));
        if wordless {
            for (i, t) in sentence.tokens.iter_mut().enumerate() {
                t.head = usize::from(i > 0);
                t.deprel = if i == 0 { "root" } else { "punct" }.to_string();
            }
            return;
        }
        let (heads, labels) = d
            .parser
            .parse_with(&parser::tokens(&ws, &tags, &d.classes), self.beam);
        for ((t, h), l) in sentence.tokens.iter_mut().zip(heads).zip(labels) {
            t.head = h;
            t.deprel = d
                .labels
                .get(l)
                .cloned()
                .unwrap_or_else(|| "dep".to_string());
        }
    }

    /// [`Model::annotate`] every sentence of the document.
    pub fn annotate_document(&self, doc: &mut Document) {
        for s in &mut doc.sentences {
            self.annotate(s);
        }
    }

    /// [`Model::annotate_with_names`] every sentence; `names` says which
    /// tokens of a sentence are known proper names.
    pub fn annotate_document_with_names(
        &self,
        doc: &mut Document,
        names: &dyn Fn(&Sentence) -> Vec<bool>,
    ) {
        for s in &mut doc.sentences {
            let known = names(s);
            self.annotate_with_names(s, &known);
        }
    }

    /// The parser's beam width (1: greedy decoding).
    pub fn beam(&self) -> usize {
        self.beam
    }

    /// Decode with a different beam width (at least 1). A model trained
    /// with a beam of `k` is most accurate decoded with `k`; narrower beams
    /// are faster and lose some accuracy. The width is a decoding
    /// parameter: no weights are copied, and clones share them.
    pub fn set_beam(&mut self, width: usize) {
        self.beam = width.clamp(1, MAX_BEAM);
    }

    /// This model decoded with another beam width (see
    /// [`Model::set_beam`]); the weights are shared, not copied.
    pub fn with_beam(&self, width: usize) -> Model {
        let mut m = self.clone();
        m.set_beam(width);
        m
    }

    /// A one-line description of the model's size, for logs.
    pub fn describe(&self) -> String {
        let d = &*self.data;
        format!(
            "{} tag classes, {} tagger weights, {} parser weights, {} label weights, {} relations, beam {}",
            d.classes.len(),
            d.tagger.weights.len(),
            d.parser.moves.len(),
            d.parser.labels.len(),
            d.labels.len(),
            self.beam
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::{Span, Token};
    use std::path::PathBuf;

    fn ewt_dir() -> Option<PathBuf> {
        let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/ud-english-ewt");
        if p.join("en_ewt-ud-train.conllu").exists() {
            Some(p)
        } else {
            eprintln!("skipping: {} not found", p.display());
            None
        }
    }

    fn sentence(forms: &[&str]) -> Sentence {
        let mut s = Sentence::default();
        for f in forms {
            s.tokens.push(Token::new(Span::default(), *f));
        }
        s
    }

    /// Exactly one root, heads in range, and every token reaches the root.
    fn assert_tree(s: &Sentence) {
        let n = s.tokens.len();
        assert_eq!(s.tokens.iter().filter(|t| t.head == 0).count(), 1);
        for (i, t) in s.tokens.iter().enumerate() {
            assert!(t.head <= n, "head out of range");
            assert!(!t.deprel.is_empty());
            let mut cur = i + 1;
            let mut steps = 0;
            while cur != 0 {
                cur = s.tokens[cur - 1].head;
                steps += 1;
                assert!(steps <= n, "cycle through token {}", i + 1);
            }
        }
    }

    #[test]
    fn small_model_trains_saves_loads_and_parses() {
        let Some(dir) = ewt_dir() else {
            return;
        };
        let opts = TrainOptions {
            epochs: 2,
            tagger_epochs: 2,
            jackknife_folds: 0,
            max_sentences: Some(300),
            ..TrainOptions::default()
        };
        let model = train(&dir.join("en_ewt-ud-train.conllu"), None, &opts).unwrap();
        let path =
            std::env::temp_dir().join(format!("dyad-syntax-test-{}.bin.gz", std::process::id()));
        model.save(&path).unwrap();
        let loaded = Model::load(&path);
        let _ = std::fs::remove_file(&path);
        let loaded = loaded.unwrap();
        let forms = [
            "The", "army", "fired", "missiles", "at", "the", "border", ".",
        ];
        let mut a = sentence(&forms);
        let mut b = sentence(&forms);
        model.annotate(&mut a);
        loaded.annotate(&mut b);
        assert_tree(&b);
        assert_eq!(a, b, "the loaded model must behave like the saved one");
        assert_eq!(b.tokens[7].upos, Upos::Punct);
    }

    #[test]
    fn builtin_parses_a_news_sentence() {
        let model = Model::builtin().unwrap();
        let mut s = sentence(&[
            "North",
            "Korea",
            "fired",
            "23",
            "missiles",
            "on",
            "Wednesday",
            ".",
        ]);
        model.annotate(&mut s);
        assert_tree(&s);
        let t = &s.tokens;
        assert_eq!(t[2].head, 0, "fired is the root");
        assert_eq!((t[1].head, t[1].deprel.as_str()), (3, "nsubj"));
        assert_eq!((t[4].head, t[4].deprel.as_str()), (3, "obj"));
        assert_eq!(t[2].upos, Upos::Verb);
        assert_eq!(t[2].lemma, "fire");
        assert_eq!(t[4].lemma, "missile");
    }

    #[test]
    fn a_form_only_ever_past_is_tagged_a_verb() {
        let model = Model::builtin().unwrap();
        for words in [
            &["Israel", "struck", "Syria", "."][..],
            &["The", "U.S.", "struck", "Syria", "."][..],
        ] {
            let mut s = sentence(words);
            model.annotate(&mut s);
            assert_tree(&s);
            let struck = s.tokens.iter().find(|t| t.form == "struck").unwrap();
            assert_eq!(struck.upos, Upos::Verb, "{words:?}");
            assert_eq!(struck.head, 0, "{words:?}");
        }
    }

    #[test]
    fn a_verb_the_treebank_knows_keeps_its_base_under_a_suffix_rule() {
        let model = Model::builtin().unwrap();
        let mut s = sentence(&["They", "are", "defeating", "the", "rebels", "."]);
        model.annotate(&mut s);
        assert_eq!(s.tokens[2].lemma, "defeat");
        // The rule still holds where it is right.
        let mut s = sentence(&["They", "are", "creating", "jobs", "."]);
        model.annotate(&mut s);
        assert_eq!(s.tokens[2].lemma, "create");
        let mut s = sentence(&["They", "are", "waging", "war", "."]);
        model.annotate(&mut s);
        assert_eq!(s.tokens[2].lemma, "wage");
    }

    #[test]
    fn builtin_copes_with_odd_input() {
        let model = Model::builtin().unwrap();
        let mut empty = Sentence::default();
        model.annotate(&mut empty);
        assert!(empty.tokens.is_empty());
        let mut odd = sentence(&["", "\u{0}", "\u{201c}", "Kim", "’s", "—", "…", "😀", "\t"]);
        model.annotate(&mut odd);
        assert_tree(&odd);
        let words: Vec<String> = (0..600).map(|i| format!("w{i}")).collect();
        let mut long = sentence(&words.iter().map(|s| s.as_str()).collect::<Vec<_>>());
        model.annotate(&mut long);
        assert_tree(&long);
        let mut one = sentence(&["Hello"]);
        model.annotate(&mut one);
        assert_tree(&one);
    }

    #[test]
    fn curly_quotes_tag_like_ascii_ones() {
        let model = Model::builtin().unwrap();
        let mut a = sentence(&[
            "He",
            "said",
            "\u{201c}",
            "we",
            "do",
            "n\u{2019}t",
            "\u{201d}",
            ".",
        ]);
        let mut b = sentence(&["He", "said", "\"", "we", "do", "n't", "\"", "."]);
        model.annotate(&mut a);
        model.annotate(&mut b);
        for (x, y) in a.tokens.iter().zip(&b.tokens) {
            assert_eq!((x.upos, &x.xpos, x.head), (y.upos, &y.xpos, y.head));
        }
        assert_eq!(a.tokens[5].lemma, "not");
    }

    #[test]
    fn garbage_model_files_are_errors() {
        let path =
            std::env::temp_dir().join(format!("dyad-syntax-bad-{}.bin.gz", std::process::id()));
        std::fs::write(&path, b"not a model").unwrap();
        let r = Model::load(&path);
        let _ = std::fs::remove_file(&path);
        assert!(r.is_err());
        assert!(Model::load(Path::new("/nonexistent/dyad/model")).is_err());
    }

    /// A tiny model with a few learned weights in every table; the move
    /// table hashed into `2^move_bits` rows if `move_bits > 0`.
    fn toy_model(move_bits: u32) -> Model {
        let learn = |nclass: usize, bits: u32| {
            let mut t = if bits > 0 {
                perceptron::Trainer::hashed(nclass, bits, move_bits % 2 == 1)
            } else {
                perceptron::Trainer::new(nclass)
            };
            for i in 0..40u64 {
                t.add(
                    &[hash::mix(i), hash::mix(i + 100)],
                    (i as usize) % nclass,
                    1.0,
                );
                t.tick();
            }
            t.averaged(0.0, 0)
        };
        let classes = vec![
            (Upos::Noun, "NN".to_string()),
            (Upos::Verb, "VBZ".to_string()),
            (Upos::Propn, "NNP".to_string()),
            (Upos::Punct, ".".to_string()),
            (Upos::Det, "DT".to_string()),
        ];
        let labels = vec!["root".to_string(), "nsubj".to_string(), "obj".to_string()];
        let mut dict = U64Map::default();
        dict.insert(hash::hash_str("the"), 4);
        let parser = Parser {
            moves: learn(parser::MOVES, move_bits),
            labels: learn(labels.len(), 0),
            label_hash: (0..labels.len()).map(parser::label_hash).collect(),
            beam: 4,
            punct: punct::Attacher::default(),
            combine: if move_bits > 0 {
                parser::Combine::Fast
            } else {
                parser::Combine::Mixed
            },
        };
        Model::from_parts(
            classes,
            Tagger {
                dict,
                weights: learn(5, 0),
            },
            Lemmatizer::default(),
            labels,
            parser,
        )
    }

    #[test]
    fn beam_width_is_a_decoding_parameter_sharing_the_weights() {
        let m = toy_model(0);
        let wide = m.with_beam(16);
        assert!(Arc::ptr_eq(&m.data, &wide.data));
        assert_eq!((m.beam(), wide.beam()), (4, 16));
        let mut greedy = m.clone();
        greedy.set_beam(0);
        assert_eq!(greedy.beam(), 1);
        assert!(Arc::ptr_eq(&m.data, &greedy.data));
        let mut s = sentence(&["the", "dog", "barks", "."]);
        for model in [&m, &wide, &greedy] {
            model.annotate(&mut s);
            assert_tree(&s);
        }
    }

    #[test]
    fn model_bytes_round_trip_and_corrupt_bytes_are_errors() {
        for move_bits in [0, 10, 11] {
            model_round_trip(move_bits);
        }
    }

    fn model_round_trip(move_bits: u32) {
        let m = toy_model(move_bits);
        assert_eq!(m.data.parser.moves.bits(), move_bits);
        let mut w = Writer::default();
        m.write(&mut w);
        let bytes = w.into_bytes();
        let magic = if move_bits > 0 { MAGIC_V4 } else { MAGIC };
        assert_eq!(Reader::new(&bytes).str().unwrap(), magic);
        let back = Model::from_bytes(&bytes).unwrap();
        assert_eq!(back.data.parser.moves.bits(), move_bits);
        let mut again = Writer::default();
        back.write(&mut again);
        assert_eq!(again.into_bytes(), bytes);
        let forms = ["the", "dog", "barks", "."];
        let (mut a, mut b) = (sentence(&forms), sentence(&forms));
        m.annotate(&mut a);
        back.annotate(&mut b);
        assert_eq!(a, b);
        // Gzip-compressed files load too.
        let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&bytes).unwrap();
        assert!(Model::from_bytes(&gz.finish().unwrap()).is_ok());
        // Every truncation is an error; flipped bits never panic.
        for cut in 0..bytes.len() {
            assert!(Model::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut x = 1u64;
        for _ in 0..3000 {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1442695040888963407);
            let mut bad = bytes.clone();
            let at = (x >> 33) as usize % bad.len();
            bad[at] ^= 1 << ((x >> 20) % 8);
            if let Ok(model) = Model::from_bytes(&bad) {
                let mut s = sentence(&forms);
                model.annotate(&mut s);
                assert_tree(&s);
            }
        }
    }
}
