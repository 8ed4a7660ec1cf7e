/**
 * The HNSW graph against exact brute-force cosine over the same vectors: latency of each, and the
 * recall of the graph. Identical vectors (repeated sentences) tie, so a graph hit counts when its
 * similarity reaches the exact k-th best, whichever of the tied sentences either side returned.
 */
import type { SearchIndex } from '../../src/index/search-index.ts';
import { isSearchable } from '../../src/index/search-index.ts';
import { ExactVectorIndex, type VectorHit, type VectorIndex } from '../../src/index/vector-index.ts';
import { msSince, summarize, type LatencySummary } from './stats.ts';

const TIE = 1e-5;

export interface RecallRun {
  hnswMs: LatencySummary;
  exactMs: LatencySummary;
  recallAt10: number;
  recallAt50: number;
}

export function exactIndexOf(index: SearchIndex): ExactVectorIndex {
  const exact = new ExactVectorIndex(index.dimensions);
  for (const r of index.records) if (isSearchable(r)) exact.add(r.slot, index.vectorOf(r.slot));
  return exact;
}

/** The exact k nearest of each query: the truth recall is measured against (computed once, reused). */
export function exactNeighbours(exact: VectorIndex, vectors: readonly Float32Array[], k: number): VectorHit[][] {
  return vectors.map((v) => exact.search(v, k));
}

/** Share of the graph's k hits that are as near as the exact k-th nearest. */
export function recallAt(ann: VectorIndex, truths: readonly VectorHit[][], vectors: readonly Float32Array[], k: number): number {
  let found = 0;
  let wanted = 0;
  vectors.forEach((v, i) => {
    const truth = truths[i]!.slice(0, k);
    if (truth.length === 0) return;
    const kth = truth.at(-1)!.similarity;
    found += ann.search(v, k).filter((h) => h.similarity >= kth - TIE).length;
    wanted += truth.length;
  });
  return wanted === 0 ? NaN : found / wanted;
}

export function compareVectorSearch(ann: VectorIndex, exact: VectorIndex, vectors: readonly Float32Array[]): RecallRun {
  const time = (search: VectorIndex) =>
    vectors.map((v) => {
      const start = performance.now();
      search.search(v, 10);
      return msSince(start);
    });
  time(ann); // warm-up
  const hnswMs = summarize(time(ann));
  const exactMs = summarize(time(exact));
  const truths = exactNeighbours(exact, vectors, 50);
  return { hnswMs, exactMs, recallAt10: recallAt(ann, truths, vectors, 10), recallAt50: recallAt(ann, truths, vectors, 50) };
}
