//! Interval lookups over byte spans, so that asking "which quotes cover
//! this byte?" for every token of a long document stays near-linear.

use dyad_core::Span;

/// Spans with a payload, sorted by start, answering overlap queries in
/// logarithmic time plus the number of spans that reach back over the
/// query (few: quotes rarely nest).
pub(crate) struct SpanIndex<T> {
    items: Vec<(Span, T)>,
    /// `max_end[i]`: the largest end among `items[..=i]`.
    max_end: Vec<usize>,
}

impl<T: Copy> SpanIndex<T> {
    /// Index the given spans (any order).
    pub(crate) fn new(mut items: Vec<(Span, T)>) -> Self {
        items.sort_by_key(|(s, _)| (s.start, s.end));
        let mut max_end = Vec::with_capacity(items.len());
        let mut m = 0;
        for (s, _) in &items {
            m = m.max(s.end);
            max_end.push(m);
        }
        SpanIndex { items, max_end }
    }

    /// The spans sharing at least one byte with `a..b`, latest start first.
    pub(crate) fn overlapping(&self, a: usize, b: usize) -> impl Iterator<Item = (Span, T)> + '_ {
        let hi = self.items.partition_point(|(s, _)| s.start < b);
        (0..hi)
            .rev()
            .take_while(move |&j| self.max_end.get(j).is_some_and(|&e| e > a))
            .filter_map(move |j| self.items.get(j).copied())
            .filter(move |(s, _)| s.end > a)
    }

    /// Whether some span contains byte `at`.
    pub(crate) fn covers(&self, at: usize) -> bool {
        self.overlapping(at, at + 1).next().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_queries_match_a_linear_scan() {
        let spans = [(5, 9), (0, 3), (2, 12), (20, 25), (21, 22), (30, 31)];
        let index = SpanIndex::new(
            spans
                .iter()
                .enumerate()
                .map(|(i, &(a, b))| (Span::new(a, b), i))
                .collect(),
        );
        for a in 0..35 {
            for b in a + 1..36 {
                let mut got: Vec<usize> = index.overlapping(a, b).map(|(_, i)| i).collect();
                got.sort_unstable();
                let want: Vec<usize> = spans
                    .iter()
                    .enumerate()
                    .filter(|(_, &(s, e))| s < b && e > a)
                    .map(|(i, _)| i)
                    .collect();
                assert_eq!(got, want, "{a}..{b}");
            }
            let linear = spans.iter().any(|&(s, e)| s <= a && a < e);
            assert_eq!(index.covers(a), linear, "{a}");
        }
    }
}
