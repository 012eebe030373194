//! Read-only helpers over a parsed sentence and a document's token layout.

use dyad_core::{Document, Sentence, Span, Upos};

/// A sentence with its dependents indexed once (heads are 1-based in
/// `Token::head`; here everything is 0-based).
pub(crate) struct Tree<'a> {
    pub s: &'a Sentence,
    kids: Vec<Vec<usize>>,
}

impl<'a> Tree<'a> {
    pub fn new(s: &'a Sentence) -> Self {
        let n = s.tokens.len();
        let mut kids = vec![Vec::new(); n];
        for i in 0..n {
            if let Some(h) = s.head_of(i) {
                if let Some(k) = kids.get_mut(h) {
                    k.push(i);
                }
            }
        }
        Tree { s, kids }
    }

    pub fn len(&self) -> usize {
        self.s.tokens.len()
    }

    pub fn head(&self, i: usize) -> Option<usize> {
        self.s.head_of(i)
    }

    pub fn kids(&self, i: usize) -> &[usize] {
        self.kids.get(i).map_or(&[], Vec::as_slice)
    }

    pub fn rel(&self, i: usize) -> &str {
        self.s.tokens.get(i).map_or("", |t| t.deprel.as_str())
    }

    /// The relation without its subtype (`nsubj:pass` → `nsubj`).
    pub fn base(&self, i: usize) -> &str {
        let r = self.rel(i);
        r.split(':').next().unwrap_or(r)
    }

    pub fn lemma(&self, i: usize) -> String {
        self.s.tokens.get(i).map_or(String::new(), |t| {
            if t.lemma.is_empty() {
                t.form.to_lowercase()
            } else {
                t.lemma.to_lowercase()
            }
        })
    }

    pub fn form(&self, i: usize) -> &str {
        self.s.tokens.get(i).map_or("", |t| t.form.as_str())
    }

    pub fn xpos(&self, i: usize) -> &str {
        self.s.tokens.get(i).map_or("", |t| t.xpos.as_str())
    }

    pub fn upos(&self, i: usize) -> Upos {
        self.s.tokens.get(i).map_or(Upos::X, |t| t.upos)
    }

    pub fn span(&self, i: usize) -> Option<Span> {
        self.s.tokens.get(i).map(|t| t.span)
    }

    pub fn first_kid(&self, i: usize, rels: &[&str]) -> Option<usize> {
        self.kids(i)
            .iter()
            .copied()
            .find(|&k| rels.contains(&self.rel(k)))
    }

    /// Every token of the subtree of `i` (cycle-safe), in order.
    pub fn subtree(&self, i: usize) -> Vec<usize> {
        let mut seen = vec![false; self.len()];
        let mut stack = vec![i];
        let mut out = Vec::new();
        while let Some(x) = stack.pop() {
            match seen.get_mut(x) {
                Some(v) if !*v => *v = true,
                _ => continue,
            }
            out.push(x);
            stack.extend(self.kids(x).iter().copied());
        }
        out.sort_unstable();
        out
    }

    /// The subtree of `i` without the subtrees of `cut` (its dependents
    /// that belong elsewhere), in order.
    pub fn subtree_without(&self, i: usize, cut: &[usize]) -> Vec<usize> {
        let mut seen = vec![false; self.len()];
        let mut stack = vec![i];
        let mut out = Vec::new();
        while let Some(x) = stack.pop() {
            if x != i && cut.contains(&x) {
                continue;
            }
            match seen.get_mut(x) {
                Some(v) if !*v => *v = true,
                _ => continue,
            }
            out.push(x);
            stack.extend(self.kids(x).iter().copied());
        }
        out.sort_unstable();
        out
    }

    /// True when `node` is `anc` or lies below it.
    pub fn dominated_by(&self, node: usize, anc: usize) -> bool {
        self.s.dominates(anc, node)
    }

    pub fn is_punct(&self, i: usize) -> bool {
        self.upos(i) == Upos::Punct
    }
}

/// Byte spans of the maximal runs of consecutive token indices in `toks`
/// (sorted), trimmed of punctuation at both ends of each run.
pub(crate) fn runs(tree: &Tree, toks: &[usize]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut j = i;
        while j + 1 < toks.len() && toks.get(j + 1).copied() == toks.get(j).map(|x| x + 1) {
            j += 1;
        }
        let run: Vec<usize> = toks.get(i..=j).unwrap_or(&[]).to_vec();
        let trimmed: Vec<usize> = trim_punct(tree, &run);
        if let (Some(&a), Some(&b)) = (trimmed.first(), trimmed.last()) {
            if let (Some(sa), Some(sb)) = (tree.span(a), tree.span(b)) {
                out.push(Span {
                    start: sa.start,
                    end: sb.end,
                });
            }
        }
        i = j + 1;
    }
    out
}

/// `toks` without leading and trailing punctuation (commas, colons, dashes;
/// quotation marks are kept at the end so a quoted clause stays whole).
pub(crate) fn trim_punct(tree: &Tree, toks: &[usize]) -> Vec<usize> {
    let edge = |i: usize| {
        tree.is_punct(i) && !matches!(tree.form(i), "\"" | "”" | "“" | "'" | "’" | "»" | "«")
    };
    let mut a = 0;
    let mut b = toks.len();
    while a < b && toks.get(a).is_some_and(|&t| edge(t)) {
        a += 1;
    }
    while b > a && toks.get(b - 1).is_some_and(|&t| edge(t)) {
        b -= 1;
    }
    toks.get(a..b).unwrap_or(&[]).to_vec()
}

/// The sentence and token covering byte `at`, if any.
pub(crate) fn token_at(doc: &Document, at: usize) -> Option<(usize, usize)> {
    let si = doc
        .sentences
        .partition_point(|s| s.span.end <= at)
        .min(doc.sentences.len().saturating_sub(1));
    let s = doc.sentences.get(si)?;
    if at < s.span.start || at >= s.span.end {
        return None;
    }
    let ti = s.tokens.partition_point(|t| t.span.end <= at);
    let t = s.tokens.get(ti)?;
    (t.span.start <= at && at < t.span.end).then_some((si, ti))
}

/// The text of `spans` joined by " … " where they are not adjacent.
pub(crate) fn text_of(doc: &Document, spans: &[Span]) -> String {
    spans
        .iter()
        .filter_map(|s| doc.text.get(s.start..s.end))
        .collect::<Vec<_>>()
        .join(" … ")
}
