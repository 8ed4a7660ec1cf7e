import { describe, expect, it } from 'vitest';
import type { SizeReport } from '../../scripts/bench/measurements.ts';
import { markdownReport, tableRows, type BenchReport } from '../../scripts/bench/report.ts';
import type { LatencySummary } from '../../scripts/bench/stats.ts';

const latency = (p50: number, p95: number, p99: number): LatencySummary => ({ count: 100, mean: p50, p50, p95, p99, max: p99 * 2 });

/** One size's measurements, its figures scaled by `k` so that two sizes differ everywhere. */
function size(target: number, k: number): SizeReport {
  return {
    target,
    corpus: { target, documents: 10 * k, sentences: target, bytes: 1000 * target, bySource: { kjv: { documents: 4 * k, sentences: target / 2 }, man: { documents: 6 * k, sentences: target / 2 } } },
    build: {
      sentences: target,
      documents: 10 * k,
      seconds: 2 * k,
      segmentSeconds: 0.1 * k,
      embedSeconds: 0.5 * k,
      hnswSeconds: 0.2 * k,
      lexicalSeconds: 0.05 * k,
      calibrateSeconds: 0.4 * k,
      saveSeconds: 0.02 * k,
      embeddedTexts: target - 3,
      indexBytes: 2 * 1024 * 1024 * k,
      peakRssMb: 300 * k,
    },
    serve: {
      restartSeconds: 0.15 * k,
      startupLoaded: true,
      warmUpMs: 40 * k,
      firstQuestionMs: 1.5 * k,
      questions: 100,
      engine: { latency: latency(2 * k, 3 * k, 4 * k), embedMs: latency(0.1, 0.2, 0.3), retrieveMs: latency(0.8 * k, 1, 1.6 * k), accuracy: { exact: 1, dropped: 0.98, shuffled: 0.995, all: 0.99 } },
      minisearch: { buildSeconds: 0.03 * k, latency: latency(20 * k, 30 * k, 50 * k), accuracy: { exact: 0.992, dropped: 0.98, shuffled: 1, all: 0.99 } },
      vectors: { hnswMs: latency(0.1, 0.2, 0.3), exactMs: latency(0.2 * k, 0.3 * k, 0.4 * k), recallAt10: 1, recallAt50: 0.99, hnsw: { m: 12, efConstruction: 200, efSearch: 400 } },
      reindex: { docId: 'kjv/01-genesis.md', seconds: 0.4 * k, runs: [0.5, 0.4, 0.3], embedded: 2, documentSentences: 34, changed: ['a', 'b'], found: true },
      peakRssMb: 250 * k,
    },
    deployed: {
      nodeFlags: ['--optimize-for-size', '--max-semi-space-size=1'],
      restartSeconds: 0.2 * k,
      startupLoaded: true,
      latency: latency(2.5 * k, 3.5 * k, 7 * k),
      reindex: { docId: 'man/ls.1.md', seconds: 0.6 * k, runs: [0.6, 0.5, 0.7], embedded: 2, documentSentences: 20, changed: ['man/ls.1.md'], found: true },
      peakRssMb: 150 * k,
    },
  };
}

const SIZES = [size(1000, 1), size(100_000, 10)];

describe('the benchmark report', () => {
  it('GIVEN two sizes THEN every row of the table has its label and one figure per size, smallest first', () => {
    const rows = tableRows(SIZES);
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(row).toHaveLength(3);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    const byLabel = new Map(rows.map(([label, ...cells]) => [label, cells]));
    expect(byLabel.get('documents / sentences')).toEqual(['10 / 1,000', '100 / 100,000']);
    expect(byLabel.get('warm-up question beside the login (ms)')).toEqual(['40.00', '400']);
    expect(byLabel.get('first question after restart (ms)')).toEqual(['1.50', '15.00']);
    expect(byLabel.get('question p50 / p95 / p99 (ms)')).toEqual(['2.00 / 3.00 / 4.00', '20.00 / 30.00 / 40.00']);
    expect(byLabel.get('– embed question p50 (ms)')).toEqual(['0.100', '0.100']);
    expect(byLabel.get('engine vs MiniSearch, p50 speed-up')).toEqual(['10.0×', '10.0×']);
    expect(byLabel.get('top-3 accuracy: quote / dropped / shuffled')?.[0]).toBe('100.0% / 98.0% / 99.5%');
    expect(byLabel.get('index on disk (MB)')).toEqual(['2.0', '20.0']);
    expect(byLabel.get('one-document change: reindex, median of 3 (s)')).toEqual(['0.40 (2 embedded)', '4.00 (2 embedded)']);
    expect(byLabel.get('as deployed: peak RSS serve (MB)')).toEqual(['150', '1,500']);
    expect(byLabel.get('as deployed: question p50 / p95 / p99 (ms)')).toEqual(['2.50 / 3.50 / 7.00', '25.00 / 35.00 / 70.00']);
    expect(byLabel.get('as deployed: reindex, median of 3 (s)')).toEqual(['0.60 (2 embedded)', '6.00 (2 embedded)']);
  });

  it('GIVEN targets met and missed THEN the markdown names each size, says which targets were missed, and where they were checked', () => {
    const report: BenchReport = {
      generatedAt: '2026-12-04T22:00:00.000Z',
      machine: { cpu: 'Test CPU', cores: 2, memoryGb: 24, node: 'v20.0.0', platform: 'linux', loadAverageBefore: [2, 1.5, 1], loadAverageAfter: [2.5, 2, 1] },
      model: 'offline/glove-wink-100d',
      hnsw: { m: 12, efConstruction: 200, efSearch: 400 },
      seed: 7,
      questionsPerSize: 100,
      sizes: SIZES,
      targets: [
        { name: 'question latency p50', target: '≤ 5 ms', measured: '20.00 ms', met: false },
        { name: 'peak RSS', target: '≤ 1.5 GB', measured: '3000 MB', met: true },
      ],
    };
    const md = markdownReport(report);
    expect(md).toContain('|  | ~1,000 | ~100,000 |');
    expect(md).toContain('| question latency p50 | ≤ 5 ms | 20.00 ms | **no** |');
    expect(md).toContain('| peak RSS | ≤ 1.5 GB | 3000 MB | yes |');
    expect(md).toContain('Targets, at ~100,000 sentences:');
    expect(md).toContain('load average before 2.0 1.5 1.0, after 2.5 2.0 1.0');
    expect(md).toContain('node flags of `npm start` (`--optimize-for-size` `--max-semi-space-size=1`)');
  });
});
