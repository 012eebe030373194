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
//! models/syntax-en.bin.gz --retrain-with-dev` (beam 8, the default):
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
use std::sync::OnceLock;
use tagger::Tagger;

/// The committed model: gzip-compressed, decoded once on first use.
static BUILTIN_BYTES: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../models/syntax-en.bin.gz"
));

const MAGIC: &str = "dyad-syntax-model v2";
/// The previous format: the same minus the beam width (greedy decoding).
const MAGIC_V1: &str = "dyad-syntax-model v1";

/// A trained tagger, lemmatizer and parser. Immutable once built, so one
/// instance can be shared by any number of threads.
#[derive(Clone, Default)]
pub struct Model {
    /// The combined tag classes: (UPOS, XPOS).
    classes: Vec<(Upos, String)>,
    tagger: Tagger,
    lemmatizer: Lemmatizer,
    /// Dependency relation names, indexed by label id.
    labels: Vec<String>,
    parser: Parser,
}

impl Model {
    /// The model committed with the crate (`models/syntax-en.bin.gz`),
    /// decoded on first call and shared afterwards.
    pub fn builtin() -> anyhow::Result<&'static Model> {
        static MODEL: OnceLock<Result<Model, String>> = OnceLock::new();
        MODEL
            .get_or_init(|| Model::from_gzip(BUILTIN_BYTES).map_err(|e| format!("{e:#}")))
            .as_ref()
            .map_err(|e| anyhow::anyhow!("built-in syntax model is unusable: {e}"))
    }

    /// Load a model file written by [`Model::save`].
    pub fn load(path: &Path) -> anyhow::Result<Model> {
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        Model::from_gzip(&bytes).with_context(|| format!("bad model file {}", path.display()))
    }

    /// Write the model (gzip-compressed binary).
    pub fn save(&self, path: &Path) -> anyhow::Result<()> {
        let mut w = Writer::default();
        self.write(&mut w);
        let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&w.into_bytes())?;
        let bytes = gz.finish()?;
        std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
    }

    fn from_gzip(bytes: &[u8]) -> anyhow::Result<Model> {
        let mut raw = Vec::new();
        GzDecoder::new(bytes)
            .read_to_end(&mut raw)
            .context("model file is not valid gzip")?;
        Model::read(&mut Reader::new(&raw))
    }

    fn write(&self, w: &mut Writer) {
        w.str(MAGIC);
        w.u64(self.classes.len() as u64);
        for (u, x) in &self.classes {
            w.str(u.as_str());
            w.str(x);
        }
        let mut dict: Vec<(u64, u16)> = self.tagger.dict.iter().map(|(k, v)| (*k, *v)).collect();
        dict.sort_unstable();
        w.u64(dict.len() as u64);
        for (k, v) in dict {
            w.u64(k);
            w.u64(u64::from(v));
        }
        self.tagger.weights.write(w);
        self.lemmatizer.write(w);
        w.u64(self.labels.len() as u64);
        for l in &self.labels {
            w.str(l);
        }
        self.parser.moves.write(w);
        self.parser.labels.write(w);
        w.u64(self.parser.beam as u64);
        w.u64(u64::from(self.parser.punct.on));
        self.parser.punct.weights.write(w);
    }

    fn read(r: &mut Reader) -> anyhow::Result<Model> {
        let magic = r.str()?;
        if magic != MAGIC && magic != MAGIC_V1 {
            bail!("not a dyad syntax model (or an incompatible version)");
        }
        let n = r.usize()?;
        let mut classes = Vec::with_capacity(n.min(4096));
        for _ in 0..n {
            let u = r.str()?;
            let x = r.str()?;
            classes.push((Upos::parse(&u).unwrap_or(Upos::X), x));
        }
        let n = r.usize()?;
        let mut dict = U64Map::default();
        for _ in 0..n {
            let k = r.u64()?;
            let v = r.usize()?;
            if v >= classes.len() {
                bail!("tag dictionary refers to unknown class {v}");
            }
            dict.insert(k, v as u16);
        }
        let weights = perceptron::Weights::read(r)?;
        if weights.nclass() != classes.len() {
            bail!("tagger weights do not match the tag set");
        }
        let lemmatizer = Lemmatizer::read(r)?;
        let n = r.usize()?;
        let mut labels = Vec::with_capacity(n.min(4096));
        for _ in 0..n {
            labels.push(r.str()?);
        }
        let moves = perceptron::Weights::read(r)?;
        let label_weights = perceptron::Weights::read(r)?;
        if moves.nclass() != parser::MOVES || label_weights.nclass() != labels.len() {
            bail!("parser weights do not match the transition or label set");
        }
        let (beam, punct) = if magic == MAGIC {
            let beam = r.usize()?;
            let on = r.u64()? != 0;
            let weights = perceptron::Weights::read(r)?;
            (beam, punct::Attacher { on, weights })
        } else {
            (1, punct::Attacher::default())
        };
        // A corrupt width would make every parse allocate absurd beams.
        if beam > 256 {
            bail!("beam width {beam} out of range");
        }
        Ok(Model {
            classes,
            tagger: Tagger { dict, weights },
            lemmatizer,
            parser: Parser {
                moves,
                labels: label_weights,
                label_hash: (0..labels.len()).map(parser::label_hash).collect(),
                beam,
                punct,
            },
            labels,
        })
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
        let ws = words::words(sentence.tokens.iter().map(|t| t.form.as_str()));
        let mut tags = Vec::with_capacity(ws.len());
        if names.iter().any(|&n| n) {
            let proper: Vec<bool> = self
                .classes
                .iter()
                .map(|(u, _)| *u == Upos::Propn)
                .collect();
            self.tagger.tag_with_names(&ws, names, &proper, &mut tags);
        } else {
            self.tagger.tag(&ws, &mut tags);
        }
        for (t, &c) in sentence.tokens.iter_mut().zip(&tags) {
            let (upos, xpos) = self
                .classes
                .get(c)
                .map(|(u, x)| (*u, x.as_str()))
                .unwrap_or((Upos::X, ""));
            t.upos = upos;
            t.xpos = xpos.to_string();
            t.lemma = self.lemmatizer.lemma(&t.form, xpos);
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
        let (heads, labels) = self
            .parser
            .parse(&parser::tokens(&ws, &tags, &self.classes));
        for ((t, h), l) in sentence.tokens.iter_mut().zip(heads).zip(labels) {
            t.head = h;
            t.deprel = self
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
        self.parser.beam
    }

    /// Decode with a different beam width (at least 1). A model trained
    /// with a beam of `k` is most accurate decoded with `k`; narrower beams
    /// are faster and lose some accuracy.
    pub fn set_beam(&mut self, width: usize) {
        self.parser.beam = width.clamp(1, 256);
    }

    /// A one-line description of the model's size, for logs.
    pub fn describe(&self) -> String {
        format!(
            "{} tag classes, {} tagger weights, {} parser weights, {} label weights, {} relations, beam {}",
            self.classes.len(),
            self.tagger.weights.len(),
            self.parser.moves.len(),
            self.parser.labels.len(),
            self.labels.len(),
            self.parser.beam
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
}
