import { describe, expect, it } from 'vitest';
import { capText, planBatches } from '../../src/embedding/batching.ts';

describe('planBatches', () => {
  it('covers every text once, in batches of at most batchSize, longest first', () => {
    const texts = ['a', 'ccc', 'bb', 'dddd', 'e'];
    const batches = planBatches(texts, 2);
    expect(batches).toEqual([[3, 1], [2, 0], [4]]);
    expect(batches.flat().sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('gives no batch for no text and rejects a non-positive batch size', () => {
    expect(planBatches([], 8)).toEqual([]);
    expect(() => planBatches(['a'], 0)).toThrow(/positive integer/);
  });
});

describe('capText', () => {
  it('keeps short texts and cuts long ones at a nearby word boundary', () => {
    expect(capText('short text', 100)).toBe('short text');
    expect(capText('alpha beta gamma delta', 18)).toBe('alpha beta gamma');
    expect(capText('x'.repeat(50), 10)).toBe('x'.repeat(10));
  });

  it('never leaves half of a surrogate pair', () => {
    const cut = capText('abcdefghi😀rest', 10);
    expect(cut).toBe('abcdefghi');
  });
});
