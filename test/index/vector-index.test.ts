import { describe, expect, it } from 'vitest';
import { dot, ExactVectorIndex, HnswVectorIndex } from '../../src/index/vector-index.ts';

function unitVectors(count: number, dimensions: number, seed: number): Float32Array[] {
  let a = seed;
  const random = () => ((a = (a * 1103515245 + 12345) >>> 0) / 2 ** 32) - 0.5;
  return Array.from({ length: count }, () => {
    const v = Float32Array.from({ length: dimensions }, random);
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  });
}

describe('ExactVectorIndex', () => {
  const vectors = unitVectors(500, 16, 3);

  it('GIVEN vectors THEN search returns the k most similar, best first, as sorting every dot product would', () => {
    const exact = new ExactVectorIndex(16);
    vectors.forEach((v, slot) => exact.add(slot * 2, v));
    const query = unitVectors(1, 16, 9)[0]!;
    const expected = vectors
      .map((v, i) => ({ slot: i * 2, similarity: dot(query, v) }))
      .sort((a, b) => b.similarity - a.similarity || a.slot - b.slot)
      .slice(0, 10);
    expect(exact.search(query, 10)).toEqual(expected);
  });

  it('GIVEN removed and replaced slots THEN they are gone or updated, the rest intact', () => {
    const exact = new ExactVectorIndex(16);
    vectors.forEach((v, slot) => exact.add(slot, v));
    exact.remove(0);
    exact.add(5, vectors[0]!);
    expect(exact.size).toBe(499);
    const hits = exact.search(vectors[0]!, 3);
    expect(hits[0]).toMatchObject({ slot: 5 });
    expect(hits.map((h) => h.slot)).not.toContain(0);
    expect(exact.search(vectors[499]!, 1)[0]!.slot).toBe(499);
  });
});

describe('HnswVectorIndex against exact search', () => {
  // Low-dimensional random points: structure enough for a graph (uniform noise in many
  // dimensions has none, unlike sentence embeddings).
  it('GIVEN 2,000 random vectors THEN the graph finds nearly all true 10 nearest neighbours', () => {
    const vectors = unitVectors(2000, 8, 7);
    const exact = new ExactVectorIndex(8);
    const graph = HnswVectorIndex.create(8, 2000);
    vectors.forEach((v, slot) => {
      exact.add(slot, v);
      graph.add(slot, v);
    });
    let found = 0;
    for (const q of unitVectors(50, 8, 11)) {
      const truth = new Set(exact.search(q, 10).map((h) => h.slot));
      found += graph.search(q, 10).filter((h) => truth.has(h.slot)).length;
    }
    expect(found / 500).toBeGreaterThanOrEqual(0.95);
  });
});
