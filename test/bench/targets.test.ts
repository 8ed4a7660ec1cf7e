import { describe, expect, it } from 'vitest';
import type { SizeReport } from '../../scripts/bench/measurements.ts';
import { checkTargets } from '../../scripts/bench/targets.ts';

const latency = (p50: number, p99 = p50 * 2) => ({ count: 1000, mean: p50, p50, p95: p99, p99, max: p99 });

function report(engineExact: number, miniExact: number, engineParaphrase: number, miniParaphrase: number): SizeReport {
  const accuracy = (exact: number, para: number) => ({ exact, dropped: para, shuffled: para, all: (exact * 2 + para * 2) / 4 });
  return {
    target: 100_000,
    corpus: { target: 100_000, documents: 1000, sentences: 100_000, bytes: 1, bySource: {} },
    build: { sentences: 100_000, documents: 1000, seconds: 30, segmentSeconds: 1, embedSeconds: 5, hnswSeconds: 12, lexicalSeconds: 1, calibrateSeconds: 1, saveSeconds: 1, embeddedTexts: 90_000, indexBytes: 1, peakRssMb: 900 },
    serve: {
      restartSeconds: 1,
      startupLoaded: true,
      warmUpMs: 100,
      firstQuestionMs: 10,
      questions: 1000,
      engine: { latency: latency(2), embedMs: latency(0.1), retrieveMs: latency(1.5), accuracy: accuracy(engineExact, engineParaphrase) },
      minisearch: { buildSeconds: 2, latency: latency(120), accuracy: accuracy(miniExact, miniParaphrase) },
      vectors: { hnswMs: latency(1), exactMs: latency(18), recallAt10: 0.995, recallAt50: 0.994, hnsw: { m: 16, efConstruction: 100, efSearch: 800 } },
      reindex: { docId: 'd', seconds: 1.4, runs: [1.4, 1.3, 1.5], embedded: 2, documentSentences: 34, changed: ['d'], found: true },
      peakRssMb: 1100,
    },
    deployed: {
      nodeFlags: ['--optimize-for-size'],
      restartSeconds: 1.2,
      startupLoaded: true,
      latency: latency(3),
      reindex: { docId: 'e', seconds: 1.9, runs: [1.9, 1.8, 2], embedded: 2, documentSentences: 30, changed: ['e'], found: true },
      peakRssMb: 900,
    },
  };
}

const met = (r: SizeReport, name: RegExp) => checkTargets(r).find((t) => name.test(t.name))!.met;

describe('benchmark targets', () => {
  it('GIVEN quotes found as often as MiniSearch finds them THEN the quote target is met, and the paraphrase bar is checked apart', () => {
    const r = report(0.996, 0.996, 0.916, 0.978);
    expect(met(r, /^8 consecutive words/)).toBe(true);
    expect(met(r, /^paraphrased/)).toBe(false);
  });

  it('GIVEN quotes above 95% but below MiniSearch THEN the quote target is missed', () => {
    expect(met(report(0.97, 0.996, 0.98, 0.978), /^8 consecutive words/)).toBe(false);
  });

  it('GIVEN quotes at or above MiniSearch but below 95% THEN the quote target is missed', () => {
    expect(met(report(0.94, 0.93, 0.98, 0.978), /^8 consecutive words/)).toBe(false);
  });

  it('GIVEN every figure within bounds THEN all other targets are met', () => {
    const checks = checkTargets(report(0.996, 0.996, 0.98, 0.978));
    expect(checks.filter((t) => !t.met).map((t) => t.name)).toEqual([]);
  });
});
