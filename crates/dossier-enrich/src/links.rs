//! The same document across hosts and collections: which documents of a
//! corpus are copies, near copies or excerpts of one another. Nothing is ever
//! deleted; the relations are listed (`links.csv`) and the copies grouped.
//!
//! Each document's body is cut into word shingles ([`SHINGLE_WORDS`] words,
//! lowercased, letters and digits only) and summarised by a MinHash signature
//! of [`N_HASHES`] values (fixed seeds: the same body gives the same signature
//! on every machine and run). Candidate pairs are the documents that agree on
//! all [`ROWS`] values of at least one of [`BANDS`] bands (locality-sensitive
//! hashing: no pair is compared that shares no band; a band value shared by
//! [`STAR_FROM`] documents or more pairs each with the one of the smallest id
//! only), then each candidate pair is checked on the exact shingle sets:
//!
//! * `near_duplicate`: Jaccard similarity ≥ [`NEAR_DUPLICATE`];
//! * `excerpt_of`: the smaller body's shingles lie ≥ [`CONTAINED`] inside the
//!   larger's (a bulk export's short text against the full page); `doc_a` is
//!   the excerpt;
//! * `cross_collection`: either of these between documents of two
//!   collections (a Wilson record and a FRUS document);
//! * `same_record`: the same archive record id or URL, whatever the texts.
//!
//! With 64 bands of one row a pair of Jaccard similarity `s` becomes a
//! candidate with probability `1 - (1 - s)⁶⁴`: 0.96 at `s = 0.05`, 0.9988 at
//! 0.1, so an excerpt a tenth of the full text's length (whose Jaccard
//! similarity is about a tenth) is almost never missed, and near duplicates
//! never are (below 10⁻⁴⁴ at 0.8). Unrelated bodies share almost no shingle
//! and rarely a signature value (about `n² / 2³³` chance pairs per band for `n`
//! documents: some 7,000 candidates in all at 10⁶ documents). A false positive
//! cannot survive: every candidate is checked exactly. Memory: a signature is
//! 256 bytes, about 0.4 KB per document with its id and record, 0.4 GB at 10⁶
//! documents; 8 bytes per distinct candidate pair and about 40 per link found
//! (no text: the evidence is written from its numbers); the shingle sets are
//! read again only for the candidates (the binary spills them to a scratch file
//! and checks the pairs in batches).

use std::collections::{BTreeMap, HashMap};

/// Words per shingle.
pub const SHINGLE_WORDS: usize = 5;
/// Values per MinHash signature.
pub const N_HASHES: usize = 64;
/// LSH bands, and rows (signature values) per band: `BANDS * ROWS = N_HASHES`.
pub const BANDS: usize = 64;
/// Rows per band.
pub const ROWS: usize = 1;
/// From this many documents sharing one band value, the band gives each
/// member one candidate pair, with the member of the smallest id, instead of
/// every pair: a large group of copies (or of pages sharing furniture) costs
/// time in proportion to its size, not its square.
pub const STAR_FROM: usize = 32;
/// Jaccard similarity from which two bodies are near duplicates.
pub const NEAR_DUPLICATE: f64 = 0.8;
/// Share of the smaller body's shingles inside the larger from which it is an excerpt.
pub const CONTAINED: f64 = 0.8;
/// Bodies with fewer shingles than this are too short to compare.
pub const MIN_SHINGLES: usize = 8;

/// What the linking needs of one document.
#[derive(Debug, Clone)]
pub struct DocSignals {
    /// The document's id.
    pub id: String,
    /// Its collection (`wilson`, `frus`).
    pub collection: String,
    /// The archive's record id or URL, when the layout gives one.
    pub record: Option<String>,
    /// The body's length in characters (the most complete copy is the longest).
    pub n_chars: usize,
    /// Distinct shingles of the body.
    pub n_shingles: usize,
    /// MinHash signature; all `u32::MAX` when the body has no shingle.
    pub signature: [u32; N_HASHES],
    /// A hash of the title's words (lowercased, letters and digits), when
    /// the document has a title. Evidence only: one archive series gives many
    /// records the same title (`Ciphered Telegram, Shtykov to Feng Xi
    /// [Stalin]` of 31 August and of 14 October 1950 are two telegrams).
    pub title_key: Option<u64>,
    /// The document's ISO date, when it has one. Evidence only, like the title.
    pub date: Option<String>,
}

impl DocSignals {
    /// The same signals with the document's title and date, which a link's
    /// evidence reports (`same title`, `same date`, `dates differ`).
    pub fn with_title_and_date(mut self, title: Option<&str>, date: Option<&str>) -> Self {
        self.title_key = title.map(title_key).filter(|&k| k != 0);
        self.date = date.map(str::to_owned).filter(|d| !d.is_empty());
        self
    }
}

/// The key of a title: its words, lowercased, letters and digits only; 0 for
/// a title without a word.
fn title_key(title: &str) -> u64 {
    let words: Vec<String> =
        title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    if words.is_empty() { 0 } else { fnv1a(words.join(" ").bytes()) }
}

/// How two documents relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Relation {
    /// The same archive record id or URL.
    SameRecord,
    /// Jaccard similarity of the bodies ≥ [`NEAR_DUPLICATE`].
    NearDuplicate,
    /// The first body lies inside the second (containment ≥ [`CONTAINED`]).
    ExcerptOf,
    /// A near duplicate or an excerpt in another collection.
    CrossCollection,
}

impl Relation {
    /// The name written in `links.csv`.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::SameRecord => "same_record",
            Relation::NearDuplicate => "near_duplicate",
            Relation::ExcerptOf => "excerpt_of",
            Relation::CrossCollection => "cross_collection",
        }
    }
}

/// One link between documents `a` and `b` (indexes into the signal list).
/// Small and without text (the evidence is written from its numbers), so
/// millions of links fit in memory.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    /// The first document (for `excerpt_of`, the excerpt).
    pub a: u32,
    /// The second document.
    pub b: u32,
    /// How they relate.
    pub relation: Relation,
    /// Jaccard similarity (containment for `excerpt_of`); 1 for `same_record`.
    pub score: f64,
    /// What the relation rests on.
    pub evidence: Overlap,
}

/// The measures a link rests on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Overlap {
    /// The two documents carry the same archive record id or URL.
    SameRecord,
    /// The shingle sets overlap.
    Shingles {
        /// Jaccard similarity.
        jaccard: f64,
        /// Share of the smaller set inside the larger.
        containment: f64,
        /// Shingles the two sets share.
        common: u32,
    },
}

impl Link {
    /// The `evidence` cell of `links.csv` (`jaccard 0.925, containment 0.981,
    /// 258 shared shingles`, or `same archive record: …`).
    ///
    /// Title and date follow when both documents have them: `; same title`,
    /// `; same date`, or `; dates differ: 1950-08-31, 1950-10-14` (two texts
    /// alike under two dates may be a form letter sent twice).
    pub fn evidence_text(&self, docs: &[DocSignals]) -> String {
        let (da, db) = (&docs[self.a as usize], &docs[self.b as usize]);
        let mut text = match self.evidence {
            Overlap::SameRecord => format!("same archive record: {}", da.record.as_deref().unwrap_or_default()),
            Overlap::Shingles { jaccard, containment, common } => {
                format!("jaccard {jaccard:.3}, containment {containment:.3}, {common} shared shingles")
            }
        };
        if let (Some(x), Some(y)) = (da.title_key, db.title_key)
            && x == y
        {
            text.push_str("; same title");
        }
        match (&da.date, &db.date) {
            (Some(x), Some(y)) if x == y => text.push_str("; same date"),
            (Some(x), Some(y)) => text.push_str(&format!("; dates differ: {x}, {y}")),
            _ => {}
        }
        text
    }
}

/// FNV-1a, 64 bits: a small, stable hash of a shingle's bytes.
fn fnv1a(bytes: impl Iterator<Item = u8>) -> u64 {
    bytes.fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// SplitMix64: the fixed seeds of the hash functions.
fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The distinct shingle hashes of `body`, sorted.
///
/// The words are lowercased once into one buffer, each followed by a space,
/// so a shingle's hash is FNV-1a over a contiguous slice of it: the bytes of
/// its words, each with its trailing space.
pub fn shingles(body: &str) -> Vec<u64> {
    let mut lower = String::with_capacity(body.len() + body.len() / 4);
    // Where each word starts in `lower`, and then where the last one ends.
    let mut starts: Vec<usize> = Vec::new();
    for word in body.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        starts.push(lower.len());
        if word.is_ascii() {
            lower.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            // `str::to_lowercase` knows a word-final sigma; a word on its own
            // is lowercased exactly as before.
            lower.push_str(&word.to_lowercase());
        }
        lower.push(' ');
    }
    starts.push(lower.len());
    let n_words = starts.len() - 1;
    if n_words < SHINGLE_WORDS {
        return Vec::new();
    }
    let bytes = lower.as_bytes();
    let mut out: Vec<u64> = (0..=n_words - SHINGLE_WORDS)
        .map(|i| fnv1a(bytes[starts[i]..starts[i + SHINGLE_WORDS]].iter().copied()))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The MinHash signature of a set of shingle hashes.
fn signature(shingles: &[u64]) -> [u32; N_HASHES] {
    let mut sig = [u32::MAX; N_HASHES];
    if shingles.len() < MIN_SHINGLES {
        return sig;
    }
    for (i, slot) in sig.iter_mut().enumerate() {
        let (mul, add) = (splitmix(2 * i as u64) | 1, splitmix(2 * i as u64 + 1));
        *slot =
            shingles.iter().map(|&s| (s.wrapping_mul(mul).wrapping_add(add) >> 32) as u32).min().unwrap_or(u32::MAX);
    }
    sig
}

/// The signals of one document.
pub fn signals(id: &str, collection: &str, record: Option<&str>, body: &str) -> DocSignals {
    let set = shingles(body);
    DocSignals {
        id: id.to_owned(),
        collection: collection.to_owned(),
        record: record.map(|r| r.trim().trim_end_matches('/').to_lowercase()).filter(|r| !r.is_empty()),
        n_chars: body.chars().count(),
        n_shingles: set.len(),
        signature: signature(&set),
        title_key: None,
        date: None,
    }
}

/// Candidate pairs `(a, b)`, `a < b`, sorted: documents sharing a band of
/// their signatures, or an archive record.
///
/// Document indexes are `u32` (8 bytes a pair), and the pairs are sorted and
/// deduplicated after every band, so memory holds the distinct pairs plus one
/// band's, not every band's copy of the same pair.
///
/// # Panics
/// With more than `u32::MAX` documents.
pub fn candidate_pairs(docs: &[DocSignals]) -> Vec<(u32, u32)> {
    let index = |i: usize| u32::try_from(i).expect("at most u32::MAX documents are linked at once");
    let ordered = |a: usize, b: usize| (index(a.min(b)), index(a.max(b)));
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    let merge = |pairs: &mut Vec<(u32, u32)>, from: usize| {
        pairs[from..].sort_unstable();
        let mut merged = Vec::with_capacity(pairs.len());
        let (old, new) = pairs.split_at(from);
        let (mut i, mut j) = (0, 0);
        while i < old.len() || j < new.len() {
            let next = match (old.get(i), new.get(j)) {
                (Some(x), Some(y)) if x <= y => {
                    i += 1;
                    *x
                }
                (_, Some(y)) => {
                    j += 1;
                    *y
                }
                (Some(x), None) => {
                    i += 1;
                    *x
                }
                (None, None) => unreachable!("loop condition"),
            };
            if merged.last() != Some(&next) {
                merged.push(next);
            }
        }
        *pairs = merged;
    };
    for band in 0..BANDS {
        let from = pairs.len();
        let mut buckets: HashMap<[u32; ROWS], Vec<usize>> = HashMap::new();
        for (i, d) in docs.iter().enumerate().filter(|(_, d)| d.n_shingles >= MIN_SHINGLES) {
            let mut key = [0u32; ROWS];
            key.copy_from_slice(&d.signature[band * ROWS..(band + 1) * ROWS]);
            buckets.entry(key).or_default().push(i);
        }
        for members in buckets.values().filter(|m| m.len() > 1) {
            if members.len() >= STAR_FROM {
                let center = *members.iter().min_by_key(|&&i| &docs[i].id).expect("two members or more");
                pairs.extend(members.iter().filter(|&&b| b != center).map(|&b| ordered(center, b)));
                continue;
            }
            for (k, &a) in members.iter().enumerate() {
                pairs.extend(members[k + 1..].iter().map(|&b| ordered(a, b)));
            }
        }
        drop(buckets);
        merge(&mut pairs, from);
    }
    let from = pairs.len();
    let mut by_record: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, d) in docs.iter().enumerate() {
        if let Some(record) = &d.record {
            by_record.entry(record).or_default().push(i);
        }
    }
    for members in by_record.values() {
        for (k, &a) in members.iter().enumerate() {
            pairs.extend(members[k + 1..].iter().map(|&b| ordered(a, b)));
        }
    }
    merge(&mut pairs, from);
    pairs
}

/// Shingles two sorted sets share.
fn shared(a: &[u64], b: &[u64]) -> usize {
    // A merge without branches on the comparison: which side moves on is
    // data, not control flow, so unpredictable orders cost no mispredictions.
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        n += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    n
}

/// Jaccard similarity of two sorted, distinct shingle sets (0 when both are empty).
pub fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let common = shared(a, b);
    let union = a.len() + b.len() - common;
    if union == 0 { 0.0 } else { common as f64 / union as f64 }
}

/// The link between documents `a` and `b` of `docs` (with their shingle
/// sets), if they are related.
pub fn relate(docs: &[DocSignals], a: u32, b: u32, sa: &[u64], sb: &[u64]) -> Option<Link> {
    // Symmetric relations name the smaller id first, whatever order the
    // documents came in.
    let (a, b, sa, sb) = if docs[a as usize].id <= docs[b as usize].id { (a, b, sa, sb) } else { (b, a, sb, sa) };
    let (da, db) = (&docs[a as usize], &docs[b as usize]);
    if da.record.is_some() && da.record == db.record {
        return Some(Link { a, b, relation: Relation::SameRecord, score: 1.0, evidence: Overlap::SameRecord });
    }
    if sa.len() < MIN_SHINGLES || sb.len() < MIN_SHINGLES {
        return None;
    }
    let common = shared(sa, sb);
    let jaccard = common as f64 / (sa.len() + sb.len() - common) as f64;
    let containment = common as f64 / sa.len().min(sb.len()) as f64;
    let evidence = Overlap::Shingles { jaccard, containment, common: u32::try_from(common).unwrap_or(u32::MAX) };
    let cross = da.collection != db.collection;
    let (relation, score, a, b) = if jaccard >= NEAR_DUPLICATE {
        (Relation::NearDuplicate, jaccard, a, b)
    } else if containment >= CONTAINED {
        // `doc_a` is the excerpt: the smaller body.
        let (small, large) = if sa.len() <= sb.len() { (a, b) } else { (b, a) };
        // (Equal sizes keep the smaller id first, as above.)
        (Relation::ExcerptOf, containment, small, large)
    } else {
        return None;
    };
    let relation = if cross { Relation::CrossCollection } else { relation };
    Some(Link { a, b, relation, score: (score * 1000.0).round() / 1000.0, evidence })
}

/// Each document's cluster (the index of its member with the smallest id,
/// so the same whatever order the documents came in) and whether it is the
/// cluster's canonical copy: the longest body, ties to the smallest id. A
/// document linked to nothing is its own cluster.
pub fn clusters(docs: &[DocSignals], links: &[Link]) -> Vec<(usize, bool)> {
    let mut parent: Vec<usize> = (0..docs.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for link in links {
        let (ra, rb) = (root(&mut parent, link.a as usize), root(&mut parent, link.b as usize));
        parent[ra.max(rb)] = ra.min(rb);
    }
    let roots: Vec<usize> = (0..docs.len()).map(|i| root(&mut parent, i)).collect();
    // Per cluster: the member with the smallest id, and the canonical member.
    let mut named: HashMap<usize, (usize, usize)> = HashMap::new();
    for (i, &r) in roots.iter().enumerate() {
        let (first, best) = named.entry(r).or_insert((i, i));
        if docs[i].id < docs[*first].id {
            *first = i;
        }
        let longer = docs[i].n_chars > docs[*best].n_chars;
        if longer || docs[i].n_chars == docs[*best].n_chars && docs[i].id < docs[*best].id {
            *best = i;
        }
    }
    roots.iter().enumerate().map(|(i, r)| (named[r].0, named[r].1 == i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(n: usize, seed: u64) -> String {
        (0..n).map(|i| format!("w{}", splitmix(seed * 100_000 + i as u64) % 5000)).collect::<Vec<_>>().join(" ")
    }

    /// Planted copies among unrelated texts: reflowed lines and other page
    /// furniture, a cut last paragraph, OCR-like noise in one word of thirty.
    /// Every pair of Jaccard similarity ≥ 0.8 (measured exactly) is found, and
    /// no unplanted pair is linked.
    /// A shingle is its five words, each lowercased on its own and followed by
    /// a space: the hashes stay those of that definition, whatever the script
    /// (a word-final sigma included), so links do not move when the code does.
    #[test]
    fn shingles_hash_the_lowercased_words() {
        let by_definition = |body: &str| {
            let words: Vec<String> =
                body.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
            let mut set: Vec<u64> = words
                .windows(SHINGLE_WORDS)
                .map(|w| fnv1a(w.iter().flat_map(|word| word.bytes().chain(std::iter::once(b' ')))))
                .collect();
            set.sort_unstable();
            set.dedup();
            set
        };
        for body in [
            "To the Ambassador of the USSR, Comrade A. A. Gromyko: the Ministry's note of 12.IV.1962 — received.",
            "ΟΔΥΣΣΕΥΣ ΚΑΙ Ο ΛΑΟΣ ΤΗΣ ΕΛΛΑΔΟΣ ΣΤΗΝ ΑΘΗΝΑ",
            "Товарищ ХРУЩЕВ сказал, что Đại sứ Trần Quốc Hoàn и İSTANBUL ẞ straße",
            "one two three four",
            "",
        ] {
            assert_eq!(shingles(body), by_definition(body), "{body}");
        }
        assert_eq!(shingles("a b c d e").len(), 1);
    }

    #[test]
    fn planted_copies_are_found() {
        let mut texts: Vec<String> = Vec::new();
        let mut planted: Vec<(usize, usize)> = Vec::new();
        for base in 0..150u64 {
            let words: Vec<String> = text(300, 1000 + base).split(' ').map(str::to_owned).collect();
            let original = words.join(" ");
            // Reflowed into lines of seven words, with a header and a footer.
            let reflowed = format!(
                "Digital Archive\n{}\nDocument Information",
                words.chunks(7).map(|c| c.join(" ")).collect::<Vec<_>>().join("\n")
            );
            // The last tenth cut.
            let cut = words[..270].join(" ");
            // One word in thirty misread.
            let noisy = words
                .iter()
                .enumerate()
                .map(|(i, w)| if i % 30 == 7 { format!("{w}x") } else { w.clone() })
                .collect::<Vec<_>>()
                .join(" ");
            let first = texts.len();
            texts.extend([original, reflowed, cut, noisy]);
            for a in first..first + 4 {
                for b in a + 1..first + 4 {
                    planted.push((a, b));
                }
            }
        }
        let docs: Vec<DocSignals> =
            texts.iter().enumerate().map(|(i, t)| signals(&format!("{i:04}"), "wilson", None, t)).collect();
        let sets: Vec<Vec<u64>> = texts.iter().map(|t| shingles(t)).collect();
        let links: Vec<Link> = candidate_pairs(&docs)
            .into_iter()
            .filter_map(|(a, b)| relate(&docs, a, b, &sets[a as usize], &sets[b as usize]))
            .collect();
        let found: std::collections::BTreeSet<(usize, usize)> =
            links.iter().map(|l| (l.a.min(l.b) as usize, l.a.max(l.b) as usize)).collect();
        let similar: Vec<&(usize, usize)> = planted
            .iter()
            .filter(|&&(a, b)| {
                let common = shared(&sets[a], &sets[b]);
                common as f64 / (sets[a].len() + sets[b].len() - common) as f64 >= NEAR_DUPLICATE
            })
            .collect();
        assert!(similar.len() >= 300, "the planted edits keep most pairs above the threshold: {}", similar.len());
        let missed: Vec<_> = similar.iter().filter(|p| !found.contains(p)).collect();
        assert!(missed.is_empty(), "missed {} of {}: {missed:?}", missed.len(), similar.len());
        let strangers: Vec<_> = found.iter().filter(|p| !planted.contains(p)).collect();
        assert!(strangers.is_empty(), "linked unrelated texts: {strangers:?}");
    }

    #[test]
    fn copies_excerpts_and_strangers() {
        let full = text(400, 1);
        let edited = format!("{} changed words here {}", &full[..full.len() / 2], &full[full.len() / 2..]);
        let excerpt: String = full.split(' ').skip(100).take(120).collect::<Vec<_>>().join(" ");
        let other = text(400, 2);
        let docs = vec![
            signals("a", "wilson", None, &full),
            signals("b", "wilson", None, &edited),
            signals("c", "wilson", None, &excerpt),
            signals("d", "wilson", None, &other),
            signals("e", "frus", None, &full),
            signals("f", "wilson", Some("https://x.org/document/1/"), "short"),
            signals("g", "wilson", Some("https://x.org/document/1"), "other"),
        ];
        let sets: Vec<Vec<u64>> =
            [&full, &edited, &excerpt, &other, &full, "short", "other"].iter().map(|t| shingles(t)).collect();
        let links: Vec<Link> = candidate_pairs(&docs)
            .into_iter()
            .filter_map(|(a, b)| relate(&docs, a, b, &sets[a as usize], &sets[b as usize]))
            .collect();
        let got: Vec<(&str, &str, &str)> = links
            .iter()
            .map(|l| (docs[l.a as usize].id.as_str(), docs[l.b as usize].id.as_str(), l.relation.as_str()))
            .collect();
        let evidence: Vec<String> = links.iter().map(|l| l.evidence_text(&docs)).collect();
        assert!(evidence.contains(&"same archive record: https://x.org/document/1".to_owned()), "{evidence:?}");
        assert!(evidence.iter().any(|e| e.starts_with("jaccard 1.000, containment 1.000, ")), "{evidence:?}");
        // Title and date are evidence, never a reason to link.
        let dated = |id: &str, title: &str, date: &str| {
            signals(id, "wilson", None, &full).with_title_and_date(Some(title), Some(date))
        };
        let pair = vec![
            dated("p", "Ciphered Telegram, Shtykov to Feng Xi [Stalin]", "1950-08-31"),
            dated("q", "Ciphered telegram, Shtykov to Feng Xi (Stalin)", "1950-10-14"),
        ];
        let set = shingles(&full);
        let link = relate(&pair, 0, 1, &set, &set).expect("the same text");
        assert!(link.evidence_text(&pair).ends_with("; same title; dates differ: 1950-08-31, 1950-10-14"));
        assert!(got.contains(&("a", "b", "near_duplicate")), "{got:?}");
        assert!(got.contains(&("c", "a", "excerpt_of")), "{got:?}");
        assert!(got.contains(&("a", "e", "cross_collection")), "{got:?}");
        assert!(got.contains(&("f", "g", "same_record")), "{got:?}");
        assert!(!got.iter().any(|(a, b, _)| *a == "d" || *b == "d"), "{got:?}");
        let clusters = clusters(&docs, &links);
        assert_eq!(clusters[3], (3, true), "a stranger is its own cluster");
        assert_eq!((clusters[1].0, clusters[2].0, clusters[4].0), (0, 0, 0));
        // The longest body of the cluster is canonical: the edited copy.
        assert!(clusters[1].1 && !clusters[0].1);
        // Signatures do not depend on anything but the text.
        assert_eq!(signals("x", "y", None, &full).signature, docs[0].signature);
    }
}
