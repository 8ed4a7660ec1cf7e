import { describe, expect, it } from 'vitest';
import { percentile, summarize } from '../../scripts/bench/stats.ts';

describe('percentile (nearest rank)', () => {
  it('GIVEN 1..100 THEN p50 is 50, p95 is 95, p99 is 99 and p100 is 100', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(xs, 50), percentile(xs, 95), percentile(xs, 99), percentile(xs, 100)]).toEqual([50, 95, 99, 100]);
  });

  it('GIVEN one value THEN every percentile is that value; GIVEN none THEN NaN', () => {
    expect(percentile([7], 1)).toBe(7);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('GIVEN unsorted latencies THEN summarize sorts them first', () => {
    expect(summarize([5, 1, 3, 2, 4])).toMatchObject({ count: 5, p50: 3, max: 5, mean: 3 });
  });
});
