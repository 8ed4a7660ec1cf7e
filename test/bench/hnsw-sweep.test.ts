import { describe, expect, it } from 'vitest';
import { chooseSetting, type SweepRow } from '../../scripts/bench/hnsw-sweep.ts';

const row = (m: number, efConstruction: number, efSearch: number, buildSeconds: number, recall: number): SweepRow => ({
  m,
  efConstruction,
  efSearch,
  buildSeconds,
  recallAt10: recall,
  recallAt50: recall,
  k10: { p50: 0.1, p99: 0.2 },
  k50: { p50: 0.2, p99: 0.4 },
});

describe('chooseSetting', () => {
  it('GIVEN settings above and below the recall floor THEN the fastest build above it, with its smallest sufficient efSearch', () => {
    const rows = [row(8, 50, 50, 5, 0.95), row(8, 50, 100, 5, 0.97), row(12, 100, 50, 9, 0.985), row(12, 100, 64, 9, 0.993), row(12, 100, 100, 9, 0.996), row(16, 200, 50, 30, 0.999)];
    expect(chooseSetting(rows)).toMatchObject({ m: 12, efConstruction: 100, efSearch: 64 });
  });

  it('GIVEN nothing reaches the floor THEN null', () => {
    expect(chooseSetting([row(8, 50, 50, 5, 0.9)])).toBeNull();
  });
});
