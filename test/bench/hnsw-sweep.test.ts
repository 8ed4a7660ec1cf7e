import { describe, expect, it } from 'vitest';
import { chooseSetting, type SweepRow } from '../../scripts/bench/hnsw-sweep.ts';

const row = (m: number, efConstruction: number, efSearch: number, buildSeconds: number, recall: number, k50 = 0.2): SweepRow => ({
  m,
  efConstruction,
  efSearch,
  buildSeconds,
  recallAt10: recall,
  recallAt50: recall,
  k10: { p50: 0.1, p99: 0.2 },
  k50: { p50: k50, p99: 2 * k50 },
});

describe('chooseSetting', () => {
  it('GIVEN settings above and below the recall floor THEN the fastest k=50 search above it among graphs built within the budget', () => {
    const rows = [
      row(8, 50, 50, 5, 0.95, 0.05),
      row(12, 100, 50, 9, 0.985, 0.1),
      row(12, 100, 100, 9, 0.993, 0.9),
      row(16, 200, 50, 20, 0.992, 0.4),
      row(16, 200, 100, 20, 0.996, 0.6),
      // Faster still, but its graph takes longer to build than the budget allows.
      row(32, 400, 50, 45, 0.999, 0.2),
    ];
    expect(chooseSetting(rows, 0.99, 30)).toMatchObject({ m: 16, efConstruction: 200, efSearch: 50 });
  });

  it('GIVEN two settings as fast THEN the one that builds faster', () => {
    expect(chooseSetting([row(16, 200, 50, 20, 0.995, 0.3), row(12, 100, 100, 9, 0.995, 0.3)], 0.99, 30)).toMatchObject({ m: 12, efConstruction: 100 });
  });

  it('GIVEN nothing reaches the floor within the budget THEN null', () => {
    expect(chooseSetting([row(8, 50, 50, 5, 0.9)])).toBeNull();
    expect(chooseSetting([row(32, 400, 50, 45, 0.999)], 0.99, 30)).toBeNull();
  });
});
