//! Camps in a signed actor graph, by structural balance.
//!
//! Actors are tied by cooperation (positive weight) and conflict (negative
//! weight). A *partition* into camps is balanced when every conflict runs
//! between camps and every cooperation runs inside one; the weight of the ties
//! that break this rule is the partition's *frustration*. [`partition`] looks
//! for the partition with the least frustration without fixing the number of
//! camps in advance (correlation clustering), and [`changes`] compares the
//! partitions of two periods to report who joined, left or changed sides.
//!
//! Correlation clustering is NP-hard, so [`partition`] is a heuristic, but a
//! careful and deterministic one. Each connected component of the tie graph is
//! solved on its own (actors with no path of ties between them are never put
//! in one camp) from three starts:
//!
//! - greedy agglomeration: from singletons, repeatedly merge the two camps with
//!   the largest positive net tie;
//! - a two-camp split by the sign of the leading eigenvector of the signed
//!   adjacency matrix (power iteration);
//! - everybody in one camp.
//!
//! Each start is refined by local search (move one actor to the camp, or a new
//! camp, that most reduces frustration, until no move helps) alternated with
//! merging whole camps whose net tie is positive. The best result is then
//! perturbed a few times from a fixed-seed generator and refined again. The
//! best partition wins; ties go to fewer camps, then to the lexicographically
//! smallest list of camps. Work per component is a bounded number of passes
//! over its ties.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet};

use serde::Serialize;

/// [`Violation::kind`] of a conflict tie between two actors of the same camp.
pub const CONFLICT_WITHIN: &str = "conflict within camp";
/// [`Violation::kind`] of a cooperation tie between actors of different camps.
pub const COOPERATION_ACROSS: &str = "cooperation across camps";

/// A weighted, signed tie between two actors: positive = cooperation, negative = conflict.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SignedEdge {
    /// One actor.
    pub a: String,
    /// The other actor (the tie has no direction).
    pub b: String,
    /// Strength of the tie: positive for cooperation, negative for conflict.
    pub weight: f64,
}

impl SignedEdge {
    /// A tie between `a` and `b` of the given weight.
    pub fn new(a: impl Into<String>, b: impl Into<String>, weight: f64) -> Self {
        SignedEdge {
            a: a.into(),
            b: b.into(),
            weight,
        }
    }
}

/// A partition of actors into camps.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Partition {
    /// Camps, largest total tie weight first (the sum of |weight| of the ties
    /// touching the camp; then larger camp, then first actor); each camp's
    /// actors sorted.
    pub camps: Vec<Vec<String>>,
    /// Sum of |weight| of ties that violate the partition (conflict inside a
    /// camp, cooperation across camps).
    pub frustration: f64,
    /// Sum of |weight| of all ties.
    pub total: f64,
    /// 1 - frustration/total (1.0 when total is 0): how balanced the partition
    /// leaves the graph.
    pub balance: f64,
    /// The ties that violate the partition, heaviest first.
    pub violations: Vec<Violation>,
    /// Conflict ties between camps (the expected kind of crossing edge),
    /// heaviest first, aggregated per camp pair: (camp index a, camp index b,
    /// summed negative weight as positive number), with a < b.
    pub rivalries: Vec<(usize, usize, f64)>,
}

/// A tie that contradicts the partition.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Violation {
    /// One actor (the lexicographically smaller).
    pub a: String,
    /// The other actor.
    pub b: String,
    /// Net weight of the tie (all edges between the two actors summed).
    pub weight: f64,
    /// [`CONFLICT_WITHIN`] ("conflict within camp") or [`COOPERATION_ACROSS`]
    /// ("cooperation across camps").
    pub kind: &'static str,
}

/// An actor that changed camp between two periods.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Move {
    /// The actor.
    pub actor: String,
    /// Actors it shared a camp with before (empty if new), sorted.
    pub from: Vec<String>,
    /// Actors it shares a camp with now (empty if gone), sorted.
    pub to: Vec<String>,
}

/// Passes of single-actor moves before local search gives up.
const LOCAL_PASSES: usize = 100;
/// Rounds of local search + camp merging per refinement.
const REFINE_ROUNDS: usize = 50;
/// Perturbation restarts per component.
const PERTURB_ROUNDS: usize = 8;
/// Camp splits tried per component.
const SPLIT_TRIES: usize = 64;
/// Power-iteration steps for the spectral splits.
const POWER_ITERS: usize = 200;
/// Seed of the pseudo-random generator (fixed: results are reproducible).
const SEED: u64 = 0x5EED_B10C_CA4B_0001;
/// Smallest positive net tie (on the scale where the heaviest tie is 1) that
/// justifies merging two camps.
const MERGE_EPS: f64 = 1e-12;

/// Partition the actors of `edges` into camps minimising frustration.
///
/// Edges (a, b) and (b, a) are the same tie and are summed with duplicates;
/// NaN and infinite weights count as 0, self-loops are ignored, and actors
/// whose ties all sum to 0 do not appear. Deterministic: the same edges in
/// the same order give the same partition.
pub fn partition(edges: &[SignedEdge]) -> Partition {
    let (names, ties) = collect_ties(edges);
    let n = names.len();
    let scale = ties.iter().fold(0.0f64, |m, t| m.max(t.w.abs()));
    if n == 0 || scale <= 0.0 {
        return Partition {
            camps: Vec::new(),
            frustration: 0.0,
            total: 0.0,
            balance: 1.0,
            violations: Vec::new(),
            rivalries: Vec::new(),
        };
    }

    // Connected components of the tie graph; each is solved on its own.
    let mut dsu = Dsu::new(n);
    for t in &ties {
        dsu.union(t.a, t.b);
    }
    let mut comp_of_root = vec![usize::MAX; n];
    let mut comp_nodes: Vec<Vec<usize>> = Vec::new();
    for v in 0..n {
        let r = dsu.find(v);
        if comp_of_root[r] == usize::MAX {
            comp_of_root[r] = comp_nodes.len();
            comp_nodes.push(Vec::new());
        }
        comp_nodes[comp_of_root[r]].push(v);
    }
    let mut comp_ties: Vec<Vec<usize>> = vec![Vec::new(); comp_nodes.len()];
    for (i, t) in ties.iter().enumerate() {
        comp_ties[comp_of_root[dsu.find(t.a)]].push(i);
    }

    // Solve each component; collect camps as lists of global actor indices.
    let mut local = vec![0usize; n];
    let mut camps: Vec<Vec<usize>> = Vec::new();
    for (nodes, tie_ids) in comp_nodes.iter().zip(&comp_ties) {
        for (i, &v) in nodes.iter().enumerate() {
            local[v] = i;
        }
        let g = Graph::new(
            nodes.len(),
            tie_ids.iter().map(|&i| {
                let t = &ties[i];
                (local[t.a], local[t.b], t.w / scale)
            }),
        );
        let labels = solve(&g);
        for camp in canonical(&labels) {
            camps.push(camp.into_iter().map(|i| nodes[i]).collect());
        }
    }

    // Order camps: heaviest total tie weight, then larger, then first name.
    let mut camp_of = vec![0usize; n];
    for (c, camp) in camps.iter().enumerate() {
        for &v in camp {
            camp_of[v] = c;
        }
    }
    let mut weight = vec![0.0f64; camps.len()];
    for t in &ties {
        let (ca, cb) = (camp_of[t.a], camp_of[t.b]);
        weight[ca] += t.w.abs();
        if cb != ca {
            weight[cb] += t.w.abs();
        }
    }
    let mut order: Vec<usize> = (0..camps.len()).collect();
    order.sort_by(|&x, &y| {
        weight[y]
            .total_cmp(&weight[x])
            .then(camps[y].len().cmp(&camps[x].len()))
            .then(camps[x].cmp(&camps[y]))
    });
    let mut rank = vec![0usize; camps.len()];
    for (r, &c) in order.iter().enumerate() {
        rank[c] = r;
    }
    for c in camp_of.iter_mut() {
        *c = rank[*c];
    }

    // Score the partition against the (unscaled) ties.
    let mut frustration = 0.0;
    let mut total = 0.0;
    let mut frustration_scaled = 0.0;
    let mut total_scaled = 0.0;
    let mut violations = Vec::new();
    let mut rivalry: BTreeMap<(usize, usize), f64> = BTreeMap::new();
    for t in &ties {
        let (ca, cb) = (camp_of[t.a], camp_of[t.b]);
        total += t.w.abs();
        total_scaled += (t.w / scale).abs();
        let kind = if ca == cb && t.w < 0.0 {
            Some(CONFLICT_WITHIN)
        } else if ca != cb && t.w > 0.0 {
            Some(COOPERATION_ACROSS)
        } else {
            None
        };
        if let Some(kind) = kind {
            frustration += t.w.abs();
            frustration_scaled += (t.w / scale).abs();
            violations.push(Violation {
                a: names[t.a].to_string(),
                b: names[t.b].to_string(),
                weight: t.w,
                kind,
            });
        }
        if ca != cb && t.w < 0.0 {
            *rivalry.entry((ca.min(cb), ca.max(cb))).or_insert(0.0) += -t.w;
        }
    }
    violations.sort_by(|x, y| {
        y.weight
            .abs()
            .total_cmp(&x.weight.abs())
            .then_with(|| x.a.cmp(&y.a))
            .then_with(|| x.b.cmp(&y.b))
    });
    let mut rivalries: Vec<(usize, usize, f64)> =
        rivalry.into_iter().map(|((a, b), w)| (a, b, w)).collect();
    rivalries.sort_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));
    let balance = if total_scaled > 0.0 {
        (1.0 - frustration_scaled / total_scaled).clamp(0.0, 1.0)
    } else {
        1.0
    };

    let camps = order
        .iter()
        .map(|&c| camps[c].iter().map(|&v| names[v].to_string()).collect())
        .collect();
    Partition {
        camps,
        frustration,
        total,
        balance,
        violations,
        rivalries,
    }
}

/// What changed from one period's partition to the next: actors that joined,
/// left or changed sides (an actor "changes" when the set of actors it shares
/// a camp with, restricted to actors present in both periods, changed).
///
/// Moves are sorted by actor. An actor listed in several camps of one
/// partition is taken to be in the first of them.
pub fn changes(before: &Partition, after: &Partition) -> Vec<Move> {
    let bmap = camp_index(before);
    let amap = camp_index(after);
    let rb = restricted(before, &bmap, &amap);
    let ra = restricted(after, &amap, &bmap);
    let mates = |camp: &[String], actor: &str| {
        let mut v: Vec<String> = camp
            .iter()
            .filter(|a| a.as_str() != actor)
            .cloned()
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };

    let actors: BTreeSet<&str> = bmap.keys().chain(amap.keys()).copied().collect();
    let mut differs: HashMap<(usize, usize), bool> = HashMap::new();
    let mut moves = Vec::new();
    for actor in actors {
        let (from, to) = match (bmap.get(actor), amap.get(actor)) {
            (Some(&i), Some(&j)) => {
                let changed = *differs.entry((i, j)).or_insert_with(|| rb[i] != ra[j]);
                if !changed {
                    continue;
                }
                (
                    mates(&before.camps[i], actor),
                    mates(&after.camps[j], actor),
                )
            }
            (Some(&i), None) => (mates(&before.camps[i], actor), Vec::new()),
            (None, Some(&j)) => (Vec::new(), mates(&after.camps[j], actor)),
            (None, None) => continue,
        };
        moves.push(Move {
            actor: actor.to_string(),
            from,
            to,
        });
    }
    moves
}

/// Camp of each actor of a partition (the first camp listing it).
fn camp_index(p: &Partition) -> HashMap<&str, usize> {
    let mut m: HashMap<&str, usize> = HashMap::new();
    for (c, camp) in p.camps.iter().enumerate() {
        for a in camp {
            m.entry(a.as_str()).or_insert(c);
        }
    }
    m
}

/// Each camp of `p` restricted to the actors also present in `other`,
/// sorted (`own` is [`camp_index`] of `p`).
fn restricted<'a>(
    p: &'a Partition,
    own: &HashMap<&str, usize>,
    other: &HashMap<&str, usize>,
) -> Vec<Vec<&'a str>> {
    p.camps
        .iter()
        .enumerate()
        .map(|(c, camp)| {
            let mut v: Vec<&str> = camp
                .iter()
                .map(String::as_str)
                .filter(|a| other.contains_key(a) && own.get(a) == Some(&c))
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        })
        .collect()
}

/// A net tie between two actors (global indices, `a < b`), unscaled.
struct Tie {
    a: usize,
    b: usize,
    w: f64,
}

/// Sum the edges into net ties between distinct actors and index the actors
/// (sorted by name, so index order is name order).
fn collect_ties(edges: &[SignedEdge]) -> (Vec<&str>, Vec<Tie>) {
    // (sum, sum of magnitudes) per unordered pair, summed in input order.
    let mut sums: HashMap<(&str, &str), (f64, f64)> = HashMap::new();
    for e in edges {
        if e.a == e.b || !e.weight.is_finite() || e.weight == 0.0 {
            continue;
        }
        let key = if e.a < e.b {
            (e.a.as_str(), e.b.as_str())
        } else {
            (e.b.as_str(), e.a.as_str())
        };
        let s = sums.entry(key).or_insert((0.0, 0.0));
        s.0 += e.weight;
        s.1 += e.weight.abs();
    }
    let mut pairs: Vec<(&str, &str, f64)> = sums
        .into_iter()
        .filter_map(|((a, b), (s, mag))| {
            // Keep a finite net weight; drop sums that cancel to rounding noise.
            let s = if s.is_finite() {
                s
            } else {
                f64::MAX.copysign(s)
            };
            let noise = if mag.is_finite() {
                4.0 * f64::EPSILON * mag
            } else {
                0.0
            };
            (s.abs() > noise).then_some((a, b, s))
        })
        .collect();
    pairs.sort_by(|x, y| (x.0, x.1).cmp(&(y.0, y.1)));
    let mut names: Vec<&str> = pairs.iter().flat_map(|p| [p.0, p.1]).collect();
    names.sort_unstable();
    names.dedup();
    let index: HashMap<&str, usize> = names.iter().enumerate().map(|(i, &s)| (s, i)).collect();
    let ties = pairs
        .into_iter()
        .filter_map(|(a, b, w)| {
            Some(Tie {
                a: *index.get(a)?,
                b: *index.get(b)?,
                w,
            })
        })
        .collect();
    (names, ties)
}

/// Union-find over actor indices.
struct Dsu {
    parent: Vec<usize>,
}

impl Dsu {
    /// `n` singletons.
    fn new(n: usize) -> Self {
        Dsu {
            parent: (0..n).collect(),
        }
    }

    /// Representative of `v`'s set (with path halving).
    fn find(&mut self, mut v: usize) -> usize {
        while self.parent[v] != v {
            self.parent[v] = self.parent[self.parent[v]];
            v = self.parent[v];
        }
        v
    }

    /// Join the sets of `a` and `b` (the smaller root represents both).
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            self.parent[hi] = lo;
        }
    }
}

/// One connected component with local indices and weights scaled so the
/// heaviest tie of the whole graph weighs 1.
struct Graph {
    /// Number of actors.
    n: usize,
    /// Neighbours and net weights of each actor.
    adj: Vec<Vec<(usize, f64)>>,
    /// Each tie once: (a, b, w) with a < b.
    edges: Vec<(usize, usize, f64)>,
    /// Sum of |w| over each actor's ties.
    absdeg: Vec<f64>,
}

impl Graph {
    /// Build from ties given once each.
    fn new(n: usize, ties: impl Iterator<Item = (usize, usize, f64)>) -> Self {
        let mut adj = vec![Vec::new(); n];
        let mut absdeg = vec![0.0; n];
        let mut edges = Vec::new();
        for (a, b, w) in ties {
            adj[a].push((b, w));
            adj[b].push((a, w));
            absdeg[a] += w.abs();
            absdeg[b] += w.abs();
            edges.push((a.min(b), a.max(b), w));
        }
        Graph {
            n,
            adj,
            edges,
            absdeg,
        }
    }

    /// Frustration of a labelling (on the scaled weights).
    fn frustration(&self, label: &[usize]) -> f64 {
        self.edges
            .iter()
            .map(|&(a, b, w)| {
                let same = label[a] == label[b];
                if (same && w < 0.0) || (!same && w > 0.0) {
                    w.abs()
                } else {
                    0.0
                }
            })
            .sum()
    }

    /// Sum of |w| over all ties (on the scaled weights).
    fn total(&self) -> f64 {
        self.edges.iter().map(|e| e.2.abs()).sum()
    }
}

/// Small deterministic pseudo-random generator (64-bit LCG).
struct Lcg(u64);

impl Lcg {
    /// Next 31 random bits.
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % (n.max(1) as u64)) as usize
    }

    /// A number in [0, 1).
    fn unit(&mut self) -> f64 {
        self.next() as f64 / (1u64 << 31) as f64
    }
}

/// The best labelling found for one component.
fn solve(g: &Graph) -> Vec<usize> {
    let n = g.n;
    if n <= 2 {
        // One tie: together if it is cooperation, apart if conflict.
        let apart = g.edges.iter().any(|e| e.2 < 0.0);
        return (0..n).map(|v| usize::from(apart && v == 1)).collect();
    }
    let tol = 1e-9 * g.total().max(1.0);
    let mut rng = Lcg(SEED);
    let mut scratch = Scratch::new(n);
    let mut attempt = |mut labels: Vec<usize>, best: &mut Candidate| {
        refine(g, &mut labels, &mut scratch);
        let cand = Candidate::new(g, labels);
        let better = cand.better_than(best, tol);
        if better {
            *best = cand;
        }
        better
    };

    // Starts: agglomeration from singletons, one camp, spectral halves.
    let mut best = Candidate::new(g, vec![0; n]);
    best.frustration = f64::INFINITY;
    attempt((0..n).collect(), &mut best);
    attempt(vec![0; n], &mut best);
    let all: Vec<usize> = (0..n).collect();
    let halves = leading_signs(g, &all, &mut rng);
    attempt(halves.iter().map(|&s| usize::from(s)).collect(), &mut best);

    // Splits: merging and single moves cannot undo a wrong merge of two
    // groups, so try cutting each camp with internal conflict in two.
    let mut failed: HashSet<Vec<usize>> = HashSet::new();
    let mut tries = 0;
    'scan: while tries < SPLIT_TRIES {
        let mut conflicted = vec![false; best.camps.len()];
        for &(a, b, w) in &g.edges {
            if w < 0.0 && best.labels[a] == best.labels[b] {
                conflicted[best.labels[a]] = true;
            }
        }
        let mut order: Vec<usize> = (0..best.camps.len())
            .filter(|&c| conflicted[c] && best.camps[c].len() >= 3)
            .collect();
        order.sort_by_key(|&c| std::cmp::Reverse(best.camps[c].len()));
        for c in order {
            if tries >= SPLIT_TRIES {
                break 'scan;
            }
            if failed.contains(&best.camps[c]) {
                continue;
            }
            tries += 1;
            let camp = best.camps[c].clone();
            let mut labels = best.labels.clone();
            let fresh = best.camps.len();
            for (&v, side) in camp.iter().zip(leading_signs(g, &camp, &mut rng)) {
                if side {
                    labels[v] = fresh;
                }
            }
            if attempt(labels, &mut best) {
                continue 'scan;
            }
            failed.insert(camp);
        }
        break;
    }

    // Perturbations: move a few random actors, refine, keep if better.
    for _ in 0..PERTURB_ROUNDS {
        let mut labels = best.labels.clone();
        let fresh = best.camps.len().min(n - 1);
        for _ in 0..(n / 20).max(1) {
            let v = rng.below(n);
            labels[v] = if rng.next() & 1 == 0 && !g.adj[v].is_empty() {
                labels[g.adj[v][rng.below(g.adj[v].len())].0]
            } else {
                fresh
            };
        }
        attempt(labels, &mut best);
    }
    best.labels
}

/// A scored labelling, in canonical form.
struct Candidate {
    /// Camp of each actor, numbered in canonical camp order.
    labels: Vec<usize>,
    /// Camps as sorted lists of actors, sorted.
    camps: Vec<Vec<usize>>,
    /// Frustration on the scaled weights.
    frustration: f64,
}

impl Candidate {
    /// Score and canonicalise a labelling.
    fn new(g: &Graph, labels: Vec<usize>) -> Self {
        let camps = canonical(&labels);
        let mut labels = labels;
        for (c, camp) in camps.iter().enumerate() {
            for &v in camp {
                labels[v] = c;
            }
        }
        let frustration = g.frustration(&labels);
        Candidate {
            labels,
            camps,
            frustration,
        }
    }

    /// Less frustration (beyond `tol`), then fewer camps, then
    /// lexicographically smaller camps.
    fn better_than(&self, other: &Candidate, tol: f64) -> bool {
        if (self.frustration - other.frustration).abs() > tol {
            return self.frustration < other.frustration;
        }
        match self.camps.len().cmp(&other.camps.len()) {
            Ordering::Less => true,
            Ordering::Greater => false,
            Ordering::Equal => self.camps < other.camps,
        }
    }
}

/// Camps of a labelling as sorted actor lists, ordered by first actor.
fn canonical(labels: &[usize]) -> Vec<Vec<usize>> {
    let mut slot = vec![usize::MAX; labels.len()];
    let mut camps: Vec<Vec<usize>> = Vec::new();
    for (v, &l) in labels.iter().enumerate() {
        let l = l.min(labels.len().saturating_sub(1));
        if slot[l] == usize::MAX {
            slot[l] = camps.len();
            camps.push(Vec::new());
        }
        camps[slot[l]].push(v);
    }
    camps
}

/// Reusable buffers for local search.
struct Scratch {
    /// Net tie from the current actor to each camp.
    acc: Vec<f64>,
    /// Whether a camp has an entry in `acc`.
    mark: Vec<bool>,
    /// Camps with an entry in `acc`.
    touched: Vec<usize>,
    /// Number of actors per camp.
    size: Vec<usize>,
    /// Empty camp ids.
    free: Vec<usize>,
}

impl Scratch {
    /// Buffers for a component of `n` actors.
    fn new(n: usize) -> Self {
        Scratch {
            acc: vec![0.0; n],
            mark: vec![false; n],
            touched: Vec::new(),
            size: vec![0; n],
            free: Vec::new(),
        }
    }
}

/// Alternate local search and camp merging until neither helps.
fn refine(g: &Graph, labels: &mut [usize], scratch: &mut Scratch) {
    for _ in 0..REFINE_ROUNDS {
        local_search(g, labels, scratch);
        if !merge_camps(g, labels) {
            return;
        }
    }
    local_search(g, labels, scratch);
}

/// Move single actors to the camp (existing or new) that most reduces
/// frustration, until a pass makes no move. Labels must be below `g.n`.
///
/// Putting actor v in camp k costs (positive weight at v) - (net tie from v
/// to k), so the best camp is the one with the largest net tie, or a new camp
/// (net tie 0) when every camp's is negative.
fn local_search(g: &Graph, labels: &mut [usize], s: &mut Scratch) {
    let n = g.n;
    s.size.iter_mut().for_each(|x| *x = 0);
    for l in labels.iter_mut() {
        *l = (*l).min(n - 1);
        s.size[*l] += 1;
    }
    s.free.clear();
    s.free.extend((0..n).rev().filter(|&c| s.size[c] == 0));

    for _ in 0..LOCAL_PASSES {
        let mut moved = false;
        for v in 0..n {
            let cur = labels[v];
            for &(u, w) in &g.adj[v] {
                let c = labels[u];
                if !s.mark[c] {
                    s.mark[c] = true;
                    s.touched.push(c);
                }
                s.acc[c] += w;
            }
            let here = s.acc[cur];
            // Best other existing camp: largest net tie, then smallest id.
            let mut target: Option<(usize, f64)> = None;
            for &c in &s.touched {
                if c != cur
                    && target.is_none_or(|(tc, tw)| s.acc[c] > tw || (s.acc[c] == tw && c < tc))
                {
                    target = Some((c, s.acc[c]));
                }
            }
            for &c in &s.touched {
                s.acc[c] = 0.0;
                s.mark[c] = false;
            }
            s.touched.clear();

            // A new camp has net tie 0; only worth it if v is not alone.
            let new_camp = s.size[cur] > 1 && target.is_none_or(|(_, tw)| tw < 0.0);
            let (dest, gain) = match target {
                _ if new_camp => match s.free.last() {
                    Some(&c) => (c, -here),
                    None => continue,
                },
                Some((c, tw)) => (c, tw - here),
                None => continue,
            };
            if gain > 1e-12 * g.absdeg[v] && dest != cur {
                if new_camp {
                    s.free.pop();
                }
                s.size[cur] -= 1;
                if s.size[cur] == 0 {
                    s.free.push(cur);
                }
                s.size[dest] += 1;
                labels[v] = dest;
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
}

/// A candidate merge in [`merge_camps`]: heavier first, then smaller ids.
struct MergeCand {
    w: f64,
    a: usize,
    b: usize,
}

impl PartialEq for MergeCand {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for MergeCand {}

impl PartialOrd for MergeCand {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for MergeCand {
    fn cmp(&self, other: &Self) -> Ordering {
        self.w
            .total_cmp(&other.w)
            .then((other.a, other.b).cmp(&(self.a, self.b)))
    }
}

/// Greedily merge the pair of camps with the largest positive net tie until
/// no pair has one (each merge lowers frustration by that net tie). Returns
/// whether anything merged. From singletons this is the agglomerative start.
fn merge_camps(g: &Graph, labels: &mut [usize]) -> bool {
    // Compact labels to 0..k in order of first appearance.
    let mut slot = vec![usize::MAX; g.n];
    let mut k = 0;
    for l in labels.iter_mut() {
        let old = (*l).min(g.n - 1);
        if slot[old] == usize::MAX {
            slot[old] = k;
            k += 1;
        }
        *l = slot[old];
    }

    let mut net: Vec<BTreeMap<usize, f64>> = vec![BTreeMap::new(); k];
    for &(a, b, w) in &g.edges {
        let (ca, cb) = (labels[a], labels[b]);
        if ca != cb {
            *net[ca].entry(cb).or_insert(0.0) += w;
            *net[cb].entry(ca).or_insert(0.0) += w;
        }
    }
    let mut heap = BinaryHeap::new();
    for (a, m) in net.iter().enumerate() {
        for (&b, &w) in m {
            if a < b && w > MERGE_EPS {
                heap.push(MergeCand { w, a, b });
            }
        }
    }

    let mut parent: Vec<usize> = (0..k).collect();
    let mut alive = vec![true; k];
    let mut merged = false;
    while let Some(MergeCand { w, a, b }) = heap.pop() {
        let current = net[a].get(&b).copied();
        if !alive[a] || !alive[b] || current.map(f64::to_bits) != Some(w.to_bits()) {
            continue;
        }
        let (keep, gone) = if net[a].len() >= net[b].len() {
            (a, b)
        } else {
            (b, a)
        };
        let gone_map = std::mem::take(&mut net[gone]);
        alive[gone] = false;
        parent[gone] = keep;
        net[keep].remove(&gone);
        for (c, w) in gone_map {
            if c == keep {
                continue;
            }
            net[c].remove(&gone);
            let e = net[keep].entry(c).or_insert(0.0);
            *e += w;
            let nw = *e;
            net[c].insert(keep, nw);
            if nw > MERGE_EPS {
                heap.push(MergeCand {
                    w: nw,
                    a: keep.min(c),
                    b: keep.max(c),
                });
            }
        }
        merged = true;
    }

    if merged {
        for l in labels.iter_mut() {
            let mut c = *l;
            while parent[c] != c {
                c = parent[c];
            }
            *l = c;
        }
    }
    merged
}

/// Which actors of `nodes` have a negative entry in the leading eigenvector
/// of the signed adjacency matrix restricted to `nodes` (a split into two
/// camps). Power iteration on the matrix shifted to be positive semi-definite,
/// so that the largest eigenvalue dominates.
fn leading_signs(g: &Graph, nodes: &[usize], rng: &mut Lcg) -> Vec<bool> {
    let m = nodes.len();
    let mut pos = vec![usize::MAX; g.n];
    for (i, &v) in nodes.iter().enumerate() {
        pos[v] = i;
    }
    let adj: Vec<Vec<(usize, f64)>> = nodes
        .iter()
        .map(|&v| {
            g.adj[v]
                .iter()
                .filter(|&&(u, _)| pos[u] != usize::MAX)
                .map(|&(u, w)| (pos[u], w))
                .collect()
        })
        .collect();
    let shift = adj
        .iter()
        .map(|a| a.iter().map(|e| e.1.abs()).sum::<f64>())
        .fold(0.0f64, f64::max);
    let mut x: Vec<f64> = (0..m).map(|_| rng.unit() * 2.0 - 1.0).collect();
    let mut y = vec![0.0; m];
    for _ in 0..POWER_ITERS {
        for (v, yv) in y.iter_mut().enumerate() {
            *yv = shift * x[v] + adj[v].iter().map(|&(u, w)| w * x[u]).sum::<f64>();
        }
        let norm = y.iter().map(|a| a * a).sum::<f64>().sqrt();
        if !(norm > 0.0 && norm.is_finite()) {
            break;
        }
        let mut diff = 0.0;
        for (yv, xv) in y.iter_mut().zip(&x) {
            *yv /= norm;
            diff += (*yv - xv) * (*yv - xv);
        }
        std::mem::swap(&mut x, &mut y);
        if diff < 1e-18 {
            break;
        }
    }
    x.iter().map(|&xv| xv < 0.0).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(a: &str, b: &str, w: f64) -> SignedEdge {
        SignedEdge::new(a, b, w)
    }

    fn camps(p: &Partition) -> Vec<Vec<&str>> {
        let mut v: Vec<Vec<&str>> = p
            .camps
            .iter()
            .map(|c| c.iter().map(String::as_str).collect())
            .collect();
        v.sort();
        v
    }

    fn seed_edges() -> Vec<SignedEdge> {
        vec![
            e("PRK", "RUS", 5.0),
            e("PRK", "KOR", -4.0),
            e("KOR", "USA", 3.0),
            e("KOR", "UKR", 2.0),
            e("RUS", "UKR", -6.0),
            e("USA", "PRK", -2.0),
        ]
    }

    /// Tiny fixed-seed generator for test graphs.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1);
            self.0 >> 33
        }
        fn chance(&mut self, p: f64) -> bool {
            (self.next() as f64 / (1u64 << 31) as f64) < p
        }
    }

    /// Planted camps of `size` actors, ties between random pairs (intra with
    /// probability `intra`), sign flipped with probability `noise`.
    fn planted(
        k: usize,
        size: usize,
        ties: usize,
        intra: f64,
        noise: f64,
        seed: u64,
    ) -> Vec<SignedEdge> {
        let mut rng = Rng(seed);
        let name = |c: usize, i: usize| format!("C{c:02}A{i:03}");
        let n = k * size;
        let mut out = Vec::new();
        while out.len() < ties {
            let x = rng.next() as usize % n;
            let y = if rng.chance(intra) {
                (x / size) * size + rng.next() as usize % size
            } else {
                rng.next() as usize % n
            };
            if x == y {
                continue;
            }
            let same = x / size == y / size;
            let mut w = 1.0 + (rng.next() % 3) as f64;
            if !same {
                w = -w;
            }
            if rng.chance(noise) {
                w = -w;
            }
            out.push(e(&name(x / size, x % size), &name(y / size, y % size), w));
        }
        out
    }

    #[test]
    fn seed_case_two_balanced_camps() {
        let p = partition(&seed_edges());
        assert_eq!(
            camps(&p),
            vec![vec!["KOR", "UKR", "USA"], vec!["PRK", "RUS"]]
        );
        assert_eq!(p.frustration, 0.0);
        assert_eq!(p.total, 22.0);
        assert_eq!(p.balance, 1.0);
        assert!(p.violations.is_empty());
        // Camp weights: KOR/UKR/USA touch 4+3+2+6+2 = 17, PRK/RUS 5+4+6+2 = 17;
        // tie broken by size.
        assert_eq!(p.camps[0], vec!["KOR", "UKR", "USA"]);
        assert_eq!(p.rivalries, vec![(0, 1, 12.0)]);
    }

    #[test]
    fn all_negative_triangle_splits_into_three() {
        let p = partition(&[e("A", "B", -1.0), e("B", "C", -2.0), e("A", "C", -3.0)]);
        assert_eq!(camps(&p), vec![vec!["A"], vec!["B"], vec!["C"]]);
        assert_eq!(p.frustration, 0.0);
        assert_eq!(p.rivalries.len(), 3);
        assert_eq!(p.rivalries[0].2, 3.0);
    }

    #[test]
    fn frustrated_triangle_costs_lightest_tie() {
        // Two cooperations and one conflict: some tie must be violated, and the
        // cheapest is the conflict of weight 1 (everyone in one camp).
        let p = partition(&[e("A", "B", 3.0), e("B", "C", 2.0), e("A", "C", -1.0)]);
        assert_eq!(camps(&p), vec![vec!["A", "B", "C"]]);
        assert_eq!(p.frustration, 1.0);
        assert_eq!(p.total, 6.0);
        assert!((p.balance - 5.0 / 6.0).abs() < 1e-12);
        assert_eq!(
            p.violations,
            vec![Violation {
                a: "A".into(),
                b: "C".into(),
                weight: -1.0,
                kind: CONFLICT_WITHIN
            }]
        );
        // Heavier conflict: now dropping the lightest cooperation (B+C, 2) wins.
        let p = partition(&[e("A", "B", 3.0), e("B", "C", 2.0), e("A", "C", -4.0)]);
        assert_eq!(camps(&p), vec![vec!["A", "B"], vec!["C"]]);
        assert_eq!(p.frustration, 2.0);
        assert_eq!(p.violations[0].kind, COOPERATION_ACROSS);
    }

    #[test]
    fn all_positive_graph_is_one_camp() {
        let p = partition(&[
            e("A", "B", 1.0),
            e("B", "C", 2.0),
            e("C", "D", 0.5),
            e("D", "A", 1.0),
        ]);
        assert_eq!(camps(&p), vec![vec!["A", "B", "C", "D"]]);
        assert_eq!(p.frustration, 0.0);
        assert!(p.rivalries.is_empty());
    }

    #[test]
    fn enemy_of_my_enemy_shares_a_camp() {
        // Fewer camps wins a tie in frustration.
        let p = partition(&[e("A", "C", -1.0), e("B", "C", -1.0)]);
        assert_eq!(camps(&p), vec![vec!["A", "B"], vec!["C"]]);
    }

    #[test]
    fn unconnected_actors_are_never_merged() {
        let p = partition(&[e("A", "B", 1.0), e("C", "D", 1.0)]);
        assert_eq!(camps(&p), vec![vec!["A", "B"], vec!["C", "D"]]);
    }

    #[test]
    fn empty_input_has_no_camps() {
        let p = partition(&[]);
        assert!(p.camps.is_empty());
        assert_eq!(p.balance, 1.0);
        assert_eq!(p.total, 0.0);
        assert_eq!(p.frustration, 0.0);
    }

    #[test]
    fn nan_self_loops_and_cancelling_ties_are_ignored() {
        let mut edges = seed_edges();
        edges.push(e("PRK", "PRK", -100.0));
        edges.push(e("RUS", "KOR", f64::NAN));
        edges.push(e("USA", "RUS", f64::INFINITY));
        edges.push(e("XXX", "KOR", 1.5));
        edges.push(e("KOR", "XXX", -1.5));
        edges.push(e("YYY", "YYY", 1.0));
        let p = partition(&edges);
        assert_eq!(p, partition(&seed_edges()));
        // Only-NaN input behaves like empty input.
        let p = partition(&[e("A", "B", f64::NAN)]);
        assert!(p.camps.is_empty());
        assert_eq!(p.balance, 1.0);
    }

    #[test]
    fn reversed_and_duplicate_edges_are_summed() {
        // A+B twice (1 + 1) outweighs B–A conflict of 1.5 in reverse order.
        let p = partition(&[
            e("A", "B", 1.0),
            e("B", "A", -1.5),
            e("A", "B", 1.0),
            e("B", "C", -1.0),
        ]);
        assert_eq!(camps(&p), vec![vec!["A", "B"], vec!["C"]]);
        assert_eq!(p.total, 1.5);
        let p = partition(&[e("A", "B", 1.0), e("B", "A", -1.5), e("B", "C", -1.0)]);
        assert_eq!(camps(&p), vec![vec!["A", "C"], vec!["B"]]);
    }

    #[test]
    fn deterministic_regardless_of_edge_order() {
        let edges = planted(4, 20, 600, 0.5, 0.1, 7);
        let mut rev = edges.clone();
        rev.reverse();
        let (a, b) = (partition(&edges), partition(&rev));
        assert_eq!(a.camps, b.camps);
        assert_eq!(a, partition(&edges));
    }

    #[test]
    fn changes_report_switches_arrivals_and_departures() {
        let before = partition(&seed_edges());
        let mut edges = seed_edges();
        // UKR turns on KOR and sides with RUS; BLR arrives with RUS; USA leaves
        // (its ties vanish).
        edges.retain(|x| x.a != "USA" && x.b != "USA" && x.b != "UKR");
        edges.push(e("KOR", "UKR", -3.0));
        edges.push(e("RUS", "UKR", 4.0));
        edges.push(e("BLR", "RUS", 2.0));
        let after = partition(&edges);
        assert_eq!(
            camps(&after),
            vec![vec!["BLR", "PRK", "RUS", "UKR"], vec!["KOR"]]
        );
        let moves = changes(&before, &after);
        let actors: Vec<&str> = moves.iter().map(|m| m.actor.as_str()).collect();
        // KOR lost UKR (a mate present in both periods); PRK and RUS gained UKR.
        assert_eq!(actors, vec!["BLR", "KOR", "PRK", "RUS", "UKR", "USA"]);
        let find = |a: &str| moves.iter().find(|m| m.actor == a).unwrap();
        assert_eq!(find("UKR").from, vec!["KOR", "USA"]);
        assert_eq!(find("UKR").to, vec!["BLR", "PRK", "RUS"]);
        assert!(find("BLR").from.is_empty());
        assert_eq!(find("BLR").to, vec!["PRK", "RUS", "UKR"]);
        assert_eq!(find("USA").from, vec!["KOR", "UKR"]);
        assert!(find("USA").to.is_empty());
        assert!(changes(&before, &before).is_empty());
    }

    #[test]
    fn changes_ignore_new_mates_only() {
        // BLR joins PRK's camp: PRK and RUS gained a new actor but kept their
        // mates among actors present in both periods, so only BLR is reported.
        let before = partition(&seed_edges());
        let mut edges = seed_edges();
        edges.push(e("BLR", "PRK", 1.0));
        let after = partition(&edges);
        let moves = changes(&before, &after);
        assert_eq!(moves.len(), 1);
        assert_eq!(moves[0].actor, "BLR");
        assert_eq!(moves[0].to, vec!["PRK", "RUS"]);
    }

    #[test]
    fn planted_partition_is_recovered() {
        // 3 camps of 30, every pair tied with probability ~1/2, 5% flipped.
        let mut rng = Rng(42);
        let mut edges = Vec::new();
        let name = |i: usize| format!("A{:02}", i);
        for x in 0..90 {
            for y in (x + 1)..90 {
                if !rng.chance(0.5) {
                    continue;
                }
                let mut w = 1.0 + (rng.next() % 3) as f64;
                if x / 30 != y / 30 {
                    w = -w;
                }
                if rng.chance(0.05) {
                    w = -w;
                }
                edges.push(e(&name(x), &name(y), w));
            }
        }
        let p = partition(&edges);
        let expected: Vec<Vec<String>> = (0..3)
            .map(|c| (c * 30..c * 30 + 30).map(name).collect())
            .collect();
        let mut got = p.camps.clone();
        got.sort();
        assert_eq!(got, expected);
        assert!(p.frustration > 0.0);
        assert_eq!(p.rivalries.len(), 3);
    }

    #[test]
    fn local_search_moves_misplaced_actors() {
        // 0,1 | 3,4 camps; 2 sits with 0,1 but cooperates with 3,4; 5 sits
        // with 3,4 but is in conflict with both.
        let g = Graph::new(
            6,
            [
                (0, 1, 1.0),
                (3, 4, 1.0),
                (0, 2, -0.5),
                (1, 2, -0.5),
                (2, 3, 1.0),
                (2, 4, 1.0),
                (3, 5, -1.0),
                (4, 5, -1.0),
            ]
            .into_iter(),
        );
        let mut labels = vec![0, 0, 0, 1, 1, 1];
        local_search(&g, &mut labels, &mut Scratch::new(6));
        assert_eq!(labels[2], labels[3]);
        assert_ne!(labels[5], labels[3]);
        assert_ne!(labels[5], labels[0]);
        assert_eq!(g.frustration(&labels), 0.0);
    }

    #[test]
    fn merge_joins_camps_with_positive_net_tie() {
        let g = Graph::new(
            4,
            [(0, 1, 1.0), (0, 2, 0.5), (1, 2, -0.25), (2, 3, -1.0)].into_iter(),
        );
        let mut labels = vec![0, 1, 2, 3];
        assert!(merge_camps(&g, &mut labels));
        assert_eq!(labels[0], labels[1]);
        assert_eq!(labels[0], labels[2]);
        assert_ne!(labels[2], labels[3]);
        assert!(!merge_camps(&g, &mut labels));
    }

    #[test]
    fn large_sparse_graph_completes() {
        // 10 camps of 200: greedy merging alone wrongly joins two of them
        // here, which only the camp splits repair.
        let edges = planted(10, 200, 20_000, 0.5, 0.1, 2);
        let p = partition(&edges);
        let mut all: Vec<&String> = p.camps.iter().flatten().collect();
        let n = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), n, "an actor in two camps");
        assert_eq!(n, 2000);
        assert!(p.frustration <= p.total);
        let v: f64 = p.violations.iter().map(|v| v.weight.abs()).sum();
        assert!((v - p.frustration).abs() < 1e-6 * p.total);
        // The search must do at least as well as the planted camps.
        let planted: f64 = edges
            .iter()
            .filter(|x| (x.a[..3] == x.b[..3]) == (x.weight < 0.0))
            .map(|x| x.weight.abs())
            .sum();
        assert!(p.frustration <= planted, "{} > {planted}", p.frustration);
        assert!(p.balance > 0.85, "balance {}", p.balance);
    }
}
