/** MiniSearch (default options) over the same sentences and questions, in the same process. */
import { MiniSearchPeer } from '../../src/evaluation/minisearch-peer.ts';
import type { BenchQuestion } from './questions.ts';
import { msSince, summarize, type LatencySummary } from './stats.ts';

export interface PeerRun {
  buildSeconds: number;
  latency: LatencySummary;
  results: string[][];
}

export function miniSearchAll(sentences: readonly string[], questions: readonly BenchQuestion[], warmUp: readonly BenchQuestion[]): PeerRun {
  const start = performance.now();
  const peer = new MiniSearchPeer(sentences);
  const buildSeconds = msSince(start) / 1000;
  for (const q of warmUp) peer.ask(q.text, 3);
  const latencies: number[] = [];
  const results: string[][] = [];
  for (const q of questions) {
    const t = performance.now();
    results.push(peer.ask(q.text, 3));
    latencies.push(msSince(t));
  }
  return { buildSeconds, latency: summarize(latencies), results };
}
