import { describe, expect, it } from 'vitest';
import { principalComponent, removeComponent, sifWeight, weightWordVectors, zipfProbability } from '../../src/embedding/offline-model/word-weighting.ts';

describe('zipfProbability', () => {
  it('sums to about 1 over the vocabulary and falls with rank', () => {
    const V = 100_000;
    let total = 0;
    for (let r = 1; r <= V; r++) total += zipfProbability(r, V);
    expect(total).toBeGreaterThan(0.95);
    expect(total).toBeLessThan(1.05);
    expect(zipfProbability(1, V)).toBeGreaterThan(zipfProbability(2, V));
  });
});

describe('sifWeight', () => {
  it('gives frequent words little weight and rare words nearly 1', () => {
    expect(sifWeight(zipfProbability(1, 341_479), 1e-3)).toBeLessThan(0.02);
    expect(sifWeight(zipfProbability(100_000, 341_479), 1e-3)).toBeGreaterThan(0.99);
  });
});

describe('principalComponent', () => {
  it('finds the direction the rows share, deterministically, with a fixed sign', () => {
    // Rows = big multiples of (3, 4, 0)/5 plus small noise along the other axes.
    const rows = new Float32Array([3, 4, 0.1, -3, -4, 0, 6, 8, -0.1, 0.3, -0.2, 0.5].map((x) => x));
    const a = principalComponent(rows, 4, 3);
    const b = principalComponent(rows, 4, 3);
    expect([...a]).toEqual([...b]);
    expect(a[0]).toBeCloseTo(0.6, 2);
    expect(a[1]).toBeCloseTo(0.8, 2);
    expect(Math.hypot(...a)).toBeCloseTo(1, 10);
  });
});

describe('principalComponent with row weights', () => {
  it('follows the heavily weighted rows', () => {
    const rows = new Float32Array([1, 0, 0, 1]); // two orthogonal rows
    const towardFirst = principalComponent(rows, 2, 2, 1000, [0.9, 0.1]);
    const towardSecond = principalComponent(rows, 2, 2, 1000, [0.1, 0.9]);
    expect(towardFirst[0]).toBeCloseTo(1, 6);
    expect(towardSecond[1]).toBeCloseTo(1, 6);
  });
});

describe('removeComponent', () => {
  it('leaves every row orthogonal to the removed direction', () => {
    const rows = new Float32Array([1, 2, 3, -4, 5, 0.5]);
    const u = Float64Array.from([1, 1, 1].map((x) => x / Math.sqrt(3)));
    removeComponent(rows, 3, u);
    for (let r = 0; r < 2; r++) expect(rows[r * 3]! + rows[r * 3 + 1]! + rows[r * 3 + 2]!).toBeCloseTo(0, 5);
  });
});

describe('weightWordVectors', () => {
  it('scales unit-normalised rows by their SIF weight before removing the common component', () => {
    const vectors = new Float32Array([10, 0, 0, 2, 0, 0, 7]); // 3 words × 2 dims, then one value too many
    expect(() => weightWordVectors(vectors, 2, { ranks: [1, 2, 3], sourceVocabularySize: 3, sifA: 1e-3, commonComponentWords: 0, powerIterations: 10 })).toThrow();
    const ok = weightWordVectors(vectors.subarray(0, 6), 2, { ranks: [1, 2, 3], sourceVocabularySize: 1000, sifA: 1e-3, commonComponentWords: 0, powerIterations: 10 });
    const w1 = sifWeight(zipfProbability(1, 1000), 1e-3);
    expect(ok.rows[0]).toBeCloseTo(w1, 6); // (10, 0) → (1, 0) × w1
    expect(ok.rows[1]).toBe(0);
    expect(ok.rows[3]).toBeCloseTo(sifWeight(zipfProbability(2, 1000), 1e-3), 6);
    expect([...ok.rows.subarray(4, 6)]).toEqual([0, 0]); // a zero vector stays zero
    expect([...ok.commonComponent]).toEqual([0, 0]);
  });
});
