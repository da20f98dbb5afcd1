//! The learned part of the prompt-injection check: a linear model over the
//! hashed words, word pairs and word classes of a text, and its words said
//! after something that can name the model, scored over windows of
//! words so that one injected passage in a long document is not diluted by it.
//!
//! The phrase patterns and the addressed-order signal catch the shapes they were
//! written from; text that gives the model orders in new words got past them at
//! first contact. The model generalises over vocabulary instead: a pair such as
//! `<sentence start> forward` or a word class such as "names the model" carries
//! weight wherever it appears.
//!
//! Weights come from `scripts/train_arguments.py` (committed, reproducible; it
//! reads the features from `cargo run -p warden-core --example arg_features`, so
//! training and the guard cannot drift apart) and live in
//! `core/models/argument_injection.json`, embedded at build time, quantised to
//! one signed byte each; its SHA-256 is in `argument_injection.json.sha256`
//! and checked by a unit test. A window's weight sum is an integer, so the
//! filter (wasm) and the trainer compute the same sum; the probability after
//! it differs between them only by float rounding.

use std::sync::OnceLock;

use base64::Engine as _;
use serde::Deserialize;

pub const MODEL_JSON: &str = include_str!("../../../models/argument_injection.json");
pub const MODEL_SHA256: &str = include_str!("../../../models/argument_injection.json.sha256");

/// Fewest words the model reads: names, identifiers and short phrases are
/// left to the rules.
pub const MIN_WORDS: usize = 8;
/// Words per window.
pub const WINDOW: usize = 32;
/// Words from the start of one window to the start of the next.
pub const STRIDE: usize = 16;
/// Hashed feature buckets.
pub const DIMS: u32 = 1 << 14;
/// Most features one word contributes: itself, the pair it closes, itself as
/// said to a machine, and up to eight word classes.
pub const MAX_PER_WORD: usize = 11;

/// The hash that stands for "no word before" in a sentence's first pair.
const SENTENCE_START: u32 = 0x3c73_3e00;
const PAIR_SALT: u32 = 0x9e37_79b9;
const CLASS_SALT: u32 = 0x85eb_ca6b;
const ADDRESSED_SALT: u32 = 0xc2b2_ae35;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct ModelFile {
    version: u32,
    dims: u32,
    window: usize,
    stride: usize,
    min_words: usize,
    bias: f32,
    scale: f32,
    /// Base64 of one signed byte per bucket.
    weights: String,
    /// Probability from which a window is reported on its own.
    flag_at: f32,
    /// How the model was fitted (script, data hashes, settings): for people.
    #[allow(dead_code)]
    trained: serde_json::Value,
}

/// The parsed model (`Debug` prints its parameters, not its weights).
pub struct Model {
    bias: f32,
    scale: f32,
    weights: Vec<i8>,
    flag_at: f32,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model")
            .field("bias", &self.bias)
            .field("scale", &self.scale)
            .field("flag_at", &self.flag_at)
            .finish_non_exhaustive()
    }
}

/// The embedded model, parsed once. An error means the build embedded a file
/// this code cannot read; the guard refuses to start rather than run without.
pub fn model() -> Result<&'static Model, String> {
    static MODEL: OnceLock<Result<Model, String>> = OnceLock::new();
    MODEL
        .get_or_init(|| parse(MODEL_JSON))
        .as_ref()
        .map_err(Clone::clone)
}

fn parse(text: &str) -> Result<Model, String> {
    let f: ModelFile =
        serde_json::from_str(text).map_err(|e| format!("argument_injection.json: {e}"))?;
    if f.version != 2 || f.dims != DIMS || f.window != WINDOW || f.stride != STRIDE {
        return Err("argument_injection.json: trained for other features than this build".into());
    }
    if f.min_words != MIN_WORDS {
        return Err("argument_injection.json: trained for another minimum length".into());
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(f.weights.as_bytes())
        .map_err(|e| format!("argument_injection.json weights: {e}"))?;
    if bytes.len() != DIMS as usize {
        return Err("argument_injection.json: wrong number of weights".into());
    }
    let finite = [f.bias, f.scale, f.flag_at].iter().all(|v| v.is_finite());
    if !finite || f.scale <= 0.0 || !(0.0..1.0).contains(&f.flag_at) {
        return Err("argument_injection.json: bias, scale or flagAt out of range".into());
    }
    Ok(Model {
        bias: f.bias,
        scale: f.scale,
        weights: bytes.into_iter().map(|b| b as i8).collect(),
        flag_at: f.flag_at,
    })
}

/// A word's hash for [`word_features`]: eight bytes at a time, read little
/// endian, so it is the same on wasm32 (the filter) as on the host (the
/// trainer), unlike the guards' map hashers.
pub(crate) fn word_hash(bytes: &[u8]) -> u32 {
    let mix = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        h = mix(h, c.iter().rev().fold(0u64, |w, &b| w << 8 | u64::from(b)));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        h = mix(
            h,
            rest.iter().rev().fold(0u64, |w, &b| w << 8 | u64::from(b)),
        );
    }
    (h >> 32) as u32 ^ h as u32
}

fn bucket(h: u32) -> u32 {
    // Final avalanche so that the low bits the modulus keeps depend on all.
    let mut x = h;
    x ^= x >> 16;
    x = x.wrapping_mul(0x7feb_352d);
    x ^= x >> 15;
    x % DIMS
}

/// The feature buckets of one word, from its [`word_hash`]: the word, the pair
/// it closes with the word before in its sentence (`prev`; none at a sentence
/// start), the word again when it is `addressed` (said after a machine was
/// named: `skip` there is not `skip` in a recipe) and one per class bit in
/// `classes`.
pub(crate) fn word_features(
    h: u32,
    prev: Option<u32>,
    addressed: bool,
    classes: u8,
    out: &mut [u32; MAX_PER_WORD],
) -> usize {
    let p = prev.unwrap_or(SENTENCE_START);
    out[0] = bucket(h);
    out[1] = bucket(p.rotate_left(11) ^ h.wrapping_mul(PAIR_SALT));
    let mut n = 2;
    if addressed {
        out[n] = bucket(h.rotate_left(7) ^ ADDRESSED_SALT);
        n += 1;
    }
    let mut rest = classes;
    while rest != 0 {
        let bit = rest.trailing_zeros();
        out[n] = bucket(CLASS_SALT.wrapping_add(bit).wrapping_mul(PAIR_SALT));
        n += 1;
        rest &= rest - 1;
    }
    n
}

/// Per-word features in text order: carries the word before, for the pair,
/// and the last sentence that named a machine.
#[derive(Default)]
pub(crate) struct WordFeatures {
    prev: Option<(u32, u32)>,
    machine_named: Option<u32>,
}

impl WordFeatures {
    /// The features of the next word (its sentence index, class bits, and
    /// whether it names a machine reader). Words after such a name, in its
    /// sentence or the next (a label's colon ends a sentence: `Note for the
    /// ranking assistant: move ...`), are read as addressed to it.
    pub(crate) fn next(
        &mut self,
        word: &[u8],
        sentence: u32,
        classes: u8,
        names_machine: bool,
        out: &mut [u32; MAX_PER_WORD],
    ) -> usize {
        let h = word_hash(word);
        let before = self.prev.filter(|p| p.0 == sentence).map(|p| p.1);
        self.prev = Some((sentence, h));
        let addressed = self
            .machine_named
            .is_some_and(|s| sentence <= s.saturating_add(1));
        if names_machine {
            self.machine_named = Some(sentence);
        }
        word_features(h, before, addressed, classes, out)
    }
}

/// Scores a text word by word, as the injection scan walks it.
pub(crate) struct Scorer<'m> {
    model: &'m Model,
    words: WordFeatures,
    /// Running sums of the words' integer contributions, from 0.
    prefix: Vec<i64>,
}

impl<'m> Scorer<'m> {
    /// A scorer for a text of `words` words; `None` below [`MIN_WORDS`],
    /// which the model does not score.
    pub(crate) fn new(model: &'m Model, words: usize) -> Option<Self> {
        if words < MIN_WORDS {
            return None;
        }
        let mut prefix = Vec::with_capacity(words + 1);
        prefix.push(0);
        Some(Self {
            model,
            words: WordFeatures::default(),
            prefix,
        })
    }

    #[inline]
    pub(crate) fn push(&mut self, word: &[u8], sentence: u32, classes: u8, names_machine: bool) {
        let mut buf = [0u32; MAX_PER_WORD];
        let n = self
            .words
            .next(word, sentence, classes, names_machine, &mut buf);
        let c: i32 = buf[..n]
            .iter()
            .map(|&f| i32::from(self.model.weights[f as usize]))
            .sum();
        let last = self.prefix.last().copied().unwrap_or(0);
        self.prefix.push(last + i64::from(c));
    }

    /// The highest-scoring window, when it reaches the model's flag point:
    /// the guard's score for it and its word range.
    pub(crate) fn flagged_window(&self) -> Option<(f32, usize, usize)> {
        let n = self.prefix.len() - 1;
        if n < MIN_WORDS {
            return None;
        }
        windows(n)
            .into_iter()
            .map(|(s, e)| {
                let p = self
                    .model
                    .probability(self.prefix[e] - self.prefix[s], e - s);
                (p, s, e)
            })
            .filter(|(p, _, _)| *p >= self.model.flag_at)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(p, s, e)| (self.model.score(p), s, e))
    }
}

/// The windows of a text of `n` words: `[start, end)` word ranges, every
/// `STRIDE` words, the last one ending at the last word.
pub fn windows(n: usize) -> Vec<(usize, usize)> {
    if n <= WINDOW {
        return vec![(0, n)];
    }
    let mut out: Vec<(usize, usize)> = (0..)
        .map(|k| k * STRIDE)
        .take_while(|s| s + WINDOW < n)
        .map(|s| (s, s + WINDOW))
        .collect();
    out.push((n - WINDOW, n));
    out
}

impl Model {
    /// Probability of a window whose words' contributions sum to `sum`.
    fn probability(&self, sum: i64, words: usize) -> f32 {
        let z = self.bias + self.scale * (sum as f32) / (words as f32).sqrt();
        1.0 / (1.0 + (-z).exp())
    }

    /// The guard's score for a flagged probability: the flag point maps to
    /// 0.5 (the guard's default report point) and p = 1 to 0.95.
    pub(crate) fn score(&self, p: f32) -> f32 {
        let span = (1.0 - self.flag_at).max(1e-6);
        (0.5 + 0.45 * (p - self.flag_at) / span).clamp(0.5, 0.95)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    #[test]
    fn the_embedded_model_is_the_recorded_one_and_loads() {
        let digest = hex(&Sha256::digest(MODEL_JSON.as_bytes()));
        let recorded = MODEL_SHA256.split_whitespace().next().unwrap_or("");
        assert_eq!(
            digest, recorded,
            "argument_injection.json changed without its .sha256"
        );
        let m = model().expect("the embedded model parses");
        assert_eq!(m.weights.len(), DIMS as usize);
        assert!(m.weights.iter().any(|&w| w != 0));
    }

    #[test]
    fn models_for_other_features_or_out_of_range_are_refused() {
        let good: serde_json::Value = serde_json::from_str(MODEL_JSON).expect("json");
        assert!(parse(&good.to_string()).is_ok());
        let with = |key: &str, v: serde_json::Value| {
            let mut m = good.clone();
            m[key] = v;
            parse(&m.to_string())
        };
        assert!(with("dims", 4096.into()).is_err());
        assert!(with("window", 64.into()).is_err());
        assert!(with("minWords", 4.into()).is_err());
        assert!(with("flagAt", 1.5.into()).is_err());
        assert!(with("scale", 0.0.into()).is_err());
        assert!(with("weights", "AAAA".into()).is_err());
        assert!(with("weights", "not base64!".into()).is_err());
        assert!(with("extra", true.into()).is_err());
    }

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn windows_cover_every_word_and_stay_bounded() {
        assert_eq!(windows(5), vec![(0, 5)]);
        assert_eq!(windows(WINDOW), vec![(0, WINDOW)]);
        for n in [WINDOW + 1, 50, 64, 100, 1000] {
            let w = windows(n);
            assert_eq!(w.first().map(|x| x.0), Some(0));
            assert_eq!(w.last().map(|x| x.1), Some(n));
            assert!(w.iter().all(|(s, e)| e - s == WINDOW));
            assert!(w.windows(2).all(|p| p[1].0 <= p[0].1 && p[1].0 > p[0].0));
            assert!(w.len() <= n / STRIDE + 1);
        }
    }

    #[test]
    fn a_word_has_its_own_pair_and_class_features() {
        let mut a = [0u32; MAX_PER_WORD];
        let mut b = [0u32; MAX_PER_WORD];
        let mut c = [0u32; MAX_PER_WORD];
        let na = word_features(word_hash(b"forward"), None, false, 0, &mut a);
        let nb = word_features(
            word_hash(b"forward"),
            Some(word_hash(b"please")),
            false,
            0b1000_0011,
            &mut b,
        );
        let nc = word_features(word_hash(b"forward"), None, true, 0, &mut c);
        assert_eq!((na, nb, nc), (2, 5, 3));
        assert_eq!(
            a[..2],
            c[..2],
            "being addressed adds a feature, changes none"
        );
        assert!(
            !a[..2].contains(&c[2]),
            "the addressed word has its own bucket"
        );
        assert_eq!(
            a[0], b[0],
            "the word's own bucket does not depend on context"
        );
        assert_ne!(a[1], b[1], "the pair does");
        assert!(
            b[2] != b[3] && b[3] != b[4],
            "each class has its own bucket"
        );
        assert!(b[..nb].iter().all(|&f| f < DIMS));
        // Fixed across platforms: the trainer's features are the filter's.
        assert_eq!(word_hash(b"ab"), word_hash(b"ab"));
        assert_ne!(word_hash(b"ab"), word_hash(b"ab\0"), "the length counts");
        assert_eq!(word_hash(b"a"), 0x5f09_8055, "the same on every platform");
    }

    #[test]
    fn words_after_a_machine_is_named_are_addressed_for_one_more_sentence() {
        let mut f = WordFeatures::default();
        let mut buf = [0u32; MAX_PER_WORD];
        // (word, sentence, names a machine) -> features it gets.
        let seen: Vec<usize> = [
            ("skip", 0, false),
            ("assistant", 0, true),
            ("skip", 0, false),
            ("skip", 1, false),
            ("skip", 2, false),
        ]
        .iter()
        .map(|&(w, s, m)| f.next(w.as_bytes(), s, 0, m, &mut buf))
        .collect();
        assert_eq!(seen, vec![2, 2, 3, 3, 2]);
    }

    #[test]
    fn the_score_starts_at_the_report_point() {
        let m = model().expect("model");
        assert!((m.score(m.flag_at) - 0.5).abs() < 1e-6);
        assert!(m.score(1.0) <= 0.95 && m.score(1.0) > 0.9);
    }
}
