//! Scoring a model against a gold CoNLL-U file (gold tokenization).

use crate::conllu::read_sentences;
use crate::Model;
use dyad_core::Token;
use serde::Serialize;
use std::path::Path;
use std::time::Instant;

/// Accuracy figures, as percentages of all syntactic words (punctuation
/// included, as in the CoNLL 2018 shared task). LAS compares full relation
/// names, subtypes included (`nmod:poss`, `obl:tmod`).
#[derive(Debug, Clone, Serialize)]
pub struct Scores {
    /// UPOS accuracy.
    pub upos: f64,
    /// XPOS accuracy.
    pub xpos: f64,
    /// Lemma accuracy (exact string match).
    pub lemma: f64,
    /// Unlabelled attachment score.
    pub uas: f64,
    /// Labelled attachment score.
    pub las: f64,
    /// Sentences scored.
    pub sentences: usize,
    /// Tokens scored.
    pub tokens: usize,
    /// Wall-clock seconds spent tagging, lemmatizing and parsing (one thread).
    pub seconds: f64,
    /// `tokens / seconds`.
    pub tokens_per_second: f64,
}

/// Annotate the forms of `gold` with `model` on the current thread and
/// compare with the gold annotation.
pub fn evaluate(model: &Model, gold: &Path) -> anyhow::Result<Scores> {
    let gold = read_sentences(gold)?;
    let mut pred = gold.clone();
    for s in &mut pred {
        for t in &mut s.tokens {
            *t = Token::new(t.span, std::mem::take(&mut t.form));
        }
    }
    let start = Instant::now();
    for s in &mut pred {
        model.annotate(s);
    }
    let seconds = start.elapsed().as_secs_f64();
    let mut c = [0usize; 5];
    let mut n = 0usize;
    for (g, p) in gold.iter().zip(&pred) {
        for (g, p) in g.tokens.iter().zip(&p.tokens) {
            n += 1;
            c[0] += usize::from(g.upos == p.upos);
            c[1] += usize::from(g.xpos == p.xpos);
            c[2] += usize::from(g.lemma == p.lemma);
            if g.head == p.head {
                c[3] += 1;
                c[4] += usize::from(g.deprel == p.deprel);
            }
        }
    }
    let pct = |x: usize| 100.0 * x as f64 / n.max(1) as f64;
    Ok(Scores {
        upos: pct(c[0]),
        xpos: pct(c[1]),
        lemma: pct(c[2]),
        uas: pct(c[3]),
        las: pct(c[4]),
        sentences: gold.len(),
        tokens: n,
        seconds,
        tokens_per_second: if seconds > 0.0 {
            n as f64 / seconds
        } else {
            0.0
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_a_small_gold_file() {
        let gold = "1\tNorth\tNorth\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n\
2\tKorea\tKorea\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n\
3\tfired\tfire\tVERB\tVBD\t_\t0\troot\t_\t_\n\
4\tmissiles\tmissile\tNOUN\tNNS\t_\t3\tobj\t_\tSpaceAfter=No\n\
5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
        let path =
            std::env::temp_dir().join(format!("dyad-syntax-eval-{}.conllu", std::process::id()));
        std::fs::write(&path, gold).unwrap();
        let model = Model::builtin().unwrap();
        let s = evaluate(model, &path);
        let _ = std::fs::remove_file(&path);
        let s = s.unwrap();
        assert_eq!((s.sentences, s.tokens), (1, 5));
        assert!(s.uas >= 80.0 && s.las <= s.uas && s.upos >= 80.0, "{s:?}");
        assert!(evaluate(model, Path::new("/nonexistent/gold.conllu")).is_err());
    }
}
