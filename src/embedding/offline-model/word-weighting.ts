/**
 * Turns raw word vectors into a table whose *mean* over a sentence's tokens is a good sentence
 * vector (the pipeline mean-pools and L2-normalises, nothing more). This is SIF (Arora, Liang &
 * Ma, 2017, "A Simple but Tough-to-Beat Baseline for Sentence Embeddings") baked into the rows:
 *   1. unit-normalise each word vector, so long (rare, noisy) vectors do not dominate;
 *   2. scale it by a / (a + p(w)), so frequent words ("the", "said") count for little;
 *   3. remove the common component, the direction every sentence vector shares, which otherwise
 *      makes all sentences look alike. Projection is linear, so removing it from each row equals
 *      removing it from every sentence sum.
 * p(w) comes from the frequency rank by Zipf's law, since wink ships ranks, not counts.
 *
 * SIF estimates the common component from sentence vectors of a corpus. We have no corpus, so we
 * take the first principal component of the word rows *weighted by p(w)*: the second moment of the
 * words of running text, whose dominant direction is what their sums share. Weighting matters:
 * with every row counted once, the top eigenvalues over the 50k most frequent words are close
 * (2586 vs 1747) and the component found depends on where the list is cut (retrieval hit@1 on the
 * SQuAD dev articles swung between 55.8% and 62.1%); weighted by p(w) it is stable (62.5%).
 */

/** Zipf estimate of a word's unigram probability from its 1-based rank among `vocabularySize` words. */
export function zipfProbability(rank: number, vocabularySize: number): number {
  // Normalising constant: the harmonic number H(V) ≈ ln(V) + γ = ln(e^γ · V) ≈ ln(1.78 · V).
  return 1 / (rank * Math.log(1.78 * vocabularySize));
}

export function sifWeight(probability: number, a: number): number {
  return a / (a + probability);
}

/**
 * The dominant eigenvector of Σ wᵣ xᵣxᵣᵀ over the first `count` rows xᵣ of the row-major matrix
 * ([*, dims]) — the first principal component without centring, as in SIF — by power iteration
 * from a fixed start, so the result is deterministic. Row weights default to 1. Its sign is fixed
 * (largest entry positive).
 */
export function principalComponent(
  rows: Float32Array,
  count: number,
  dims: number,
  maxIterations = 1000,
  rowWeights?: ArrayLike<number>,
): Float64Array {
  const gram = new Float64Array(dims * dims);
  const row = new Float64Array(dims);
  for (let r = 0; r < count; r++) {
    const scale = Math.sqrt(rowWeights?.[r] ?? 1);
    for (let d = 0; d < dims; d++) row[d] = rows[r * dims + d]! * scale;
    for (let a = 0; a < dims; a++) {
      const ra = row[a]!;
      if (ra === 0) continue;
      const base = a * dims;
      for (let b = a; b < dims; b++) gram[base + b]! += ra * row[b]!;
    }
  }
  for (let a = 0; a < dims; a++) for (let b = 0; b < a; b++) gram[a * dims + b] = gram[b * dims + a]!;

  let v = new Float64Array(dims).fill(1 / Math.sqrt(dims));
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const next = new Float64Array(dims);
    for (let a = 0; a < dims; a++) {
      let sum = 0;
      for (let b = 0; b < dims; b++) sum += gram[a * dims + b]! * v[b]!;
      next[a] = sum;
    }
    const norm = Math.hypot(...next);
    if (norm === 0) return v; // all-zero input: any direction is as good as another
    let change = 0;
    for (let d = 0; d < dims; d++) {
      next[d] = next[d]! / norm;
      change = Math.max(change, Math.abs(next[d]! - v[d]!));
    }
    v = next;
    if (change < 1e-12) break;
  }
  let largest = 0;
  for (let d = 1; d < dims; d++) if (Math.abs(v[d]!) > Math.abs(v[largest]!)) largest = d;
  if (v[largest]! < 0) for (let d = 0; d < dims; d++) v[d] = -v[d]!;
  return v;
}

export interface WeightingParameters {
  /** 1-based frequency rank of each row's word in the source list. */
  ranks: readonly number[];
  /** Number of words in the source list (for the Zipf normalising constant). */
  sourceVocabularySize: number;
  sifA: number;
  /** Rows (most frequent first) over which the common component is estimated, each weighted by p(w); 0 removes nothing. */
  commonComponentWords: number;
  powerIterations: number;
}

export interface WeightedTable {
  /** Row-major [ranks.length, dims]: weighted word vectors with the common component removed. */
  rows: Float32Array;
  /** The removed direction (unit length), or all zeros when nothing was removed. */
  commonComponent: Float64Array;
}

/** Applies SIF weighting and common-component removal to `vectors` ([ranks.length, dims]). Pure. */
export function weightWordVectors(vectors: Float32Array, dims: number, params: WeightingParameters): WeightedTable {
  const count = params.ranks.length;
  if (vectors.length !== count * dims) throw new Error(`Expected ${count}×${dims} values, got ${vectors.length}.`);
  const rows = new Float32Array(vectors.length);
  const probabilities = params.ranks.map((rank) => zipfProbability(rank, params.sourceVocabularySize));
  for (let r = 0; r < count; r++) {
    const offset = r * dims;
    let squares = 0;
    for (let d = 0; d < dims; d++) squares += vectors[offset + d]! ** 2;
    const norm = Math.sqrt(squares);
    if (norm === 0) continue;
    const weight = sifWeight(probabilities[r]!, params.sifA);
    for (let d = 0; d < dims; d++) rows[offset + d] = (vectors[offset + d]! / norm) * weight;
  }
  if (params.commonComponentWords <= 0) return { rows, commonComponent: new Float64Array(dims) };
  const estimateOver = Math.min(count, params.commonComponentWords);
  const commonComponent = principalComponent(rows, estimateOver, dims, params.powerIterations, probabilities);
  removeComponent(rows, dims, commonComponent);
  return { rows, commonComponent };
}

/** In place: x ← x − (x·u)u for every row x, with u of unit length. */
export function removeComponent(rows: Float32Array, dims: number, u: Float64Array): void {
  for (let offset = 0; offset < rows.length; offset += dims) {
    let dot = 0;
    for (let d = 0; d < dims; d++) dot += rows[offset + d]! * u[d]!;
    for (let d = 0; d < dims; d++) rows[offset + d] = rows[offset + d]! - dot * u[d]!;
  }
}
