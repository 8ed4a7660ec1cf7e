/** The targets (at 100,000 sentences on the 2-core machine) checked against one size's figures. Pure. */
import { percent } from '../../src/evaluation/scoring.ts';
import { ADDED_SENTENCES } from './change-document.ts';
import type { SizeReport } from './measurements.ts';

export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  met: boolean;
}

export const TARGETS = {
  p50Ms: 5,
  p99Ms: 20,
  speedupOverMiniSearch: 10,
  exactAccuracy: 0.95,
  recallAt10: 0.98,
  speedupOverExact: 10,
  buildSeconds: 60,
  restartSeconds: 2,
  peakRssMb: 1536,
  reindexSeconds: 2,
} as const;

const ms = (x: number) => `${x.toFixed(2)} ms`;

export function checkTargets(r: SizeReport): TargetCheck[] {
  const { serve, build } = r;
  const e = serve.engine;
  const m = serve.minisearch;
  const speedup = m.latency.p50 / e.latency.p50;
  const exactSpeedup = serve.vectors.exactMs.p50 / serve.vectors.hnswMs.p50;
  const peak = Math.max(build.peakRssMb, serve.peakRssMb);
  return [
    { name: 'question latency p50', target: `≤ ${TARGETS.p50Ms} ms`, measured: ms(e.latency.p50), met: e.latency.p50 <= TARGETS.p50Ms },
    { name: 'question latency p99', target: `≤ ${TARGETS.p99Ms} ms`, measured: ms(e.latency.p99), met: e.latency.p99 <= TARGETS.p99Ms },
    {
      name: 'faster than MiniSearch (p50)',
      target: `≥ ${TARGETS.speedupOverMiniSearch}×`,
      measured: `${speedup.toFixed(1)}× (${ms(m.latency.p50)} vs ${ms(e.latency.p50)}; p99 ${(m.latency.p99 / e.latency.p99).toFixed(1)}×)`,
      met: speedup >= TARGETS.speedupOverMiniSearch,
    },
    {
      name: '8 consecutive words → sentence in top 3',
      target: `≥ ${percent(TARGETS.exactAccuracy)} and ≥ MiniSearch`,
      measured: `${percent(e.accuracy.exact)} (MiniSearch ${percent(m.accuracy.exact)})`,
      met: e.accuracy.exact >= TARGETS.exactAccuracy && e.accuracy.exact >= m.accuracy.exact,
    },
    // Not in the targets: a stricter bar of our own, kept visible.
    {
      name: 'paraphrased windows (2 words dropped, or shuffled) → top 3',
      target: '≥ MiniSearch',
      measured: `${percent((e.accuracy.dropped + e.accuracy.shuffled) / 2)} (MiniSearch ${percent((m.accuracy.dropped + m.accuracy.shuffled) / 2)})`,
      met: e.accuracy.dropped + e.accuracy.shuffled >= m.accuracy.dropped + m.accuracy.shuffled,
    },
    { name: 'HNSW recall@10 vs exact', target: `≥ ${TARGETS.recallAt10}`, measured: serve.vectors.recallAt10.toFixed(4), met: serve.vectors.recallAt10 >= TARGETS.recallAt10 },
    {
      name: 'HNSW faster than exact (p50)',
      target: `≥ ${TARGETS.speedupOverExact}×`,
      measured: `${exactSpeedup.toFixed(1)}× (${ms(serve.vectors.exactMs.p50)} vs ${ms(serve.vectors.hnswMs.p50)})`,
      met: exactSpeedup >= TARGETS.speedupOverExact,
    },
    { name: 'index build', target: `≤ ${TARGETS.buildSeconds} s`, measured: `${build.seconds.toFixed(1)} s`, met: build.seconds <= TARGETS.buildSeconds },
    {
      name: 'restart with the saved index (model load excluded)',
      target: `≤ ${TARGETS.restartSeconds} s`,
      measured: `${serve.restartSeconds.toFixed(2)} s`,
      met: serve.restartSeconds <= TARGETS.restartSeconds && serve.startupLoaded,
    },
    { name: 'peak RSS', target: `≤ ${(TARGETS.peakRssMb / 1024).toFixed(1)} GB`, measured: `${peak.toFixed(0)} MB`, met: peak <= TARGETS.peakRssMb },
    {
      name: 'one-document change → reindex',
      target: `≤ ${TARGETS.reindexSeconds} s, only changed sentences embedded`,
      measured: `${serve.reindex.seconds.toFixed(2)} s, ${serve.reindex.embedded} embedded of ${serve.reindex.documentSentences + ADDED_SENTENCES.length}`,
      met: serve.reindex.seconds <= TARGETS.reindexSeconds && serve.reindex.embedded === ADDED_SENTENCES.length && serve.reindex.found,
    },
  ];
}
