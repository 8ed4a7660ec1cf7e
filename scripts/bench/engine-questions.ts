/** The engine on the benchmark questions, in process: latency of `ask`, its parts, and what it cites. */
import type { Engine } from '../../src/engine/create-engine.ts';
import { retrieve } from '../../src/retrieval/retrieve.ts';
import { COPY_SEPARATOR, type BenchQuestion } from './questions.ts';
import { msSince, summarize, type LatencySummary } from './stats.ts';

export interface EngineRun {
  latency: LatencySummary;
  embedMs: LatencySummary;
  retrieveMs: LatencySummary;
  /** Focus sentences of the top 3 passages, per question, each joined with the other documents' copies it cites ("also in"). */
  results: string[][];
  /** Each question's vector (from the timed embedding), for the vector-search peers. */
  vectors: Float32Array[];
}

export async function askAll(engine: Engine, questions: readonly BenchQuestion[], warmUp: readonly BenchQuestion[]): Promise<EngineRun> {
  for (const q of warmUp) await engine.ask(q.text, { top: 3 });
  const latencies: number[] = [];
  const results: string[][] = [];
  for (const q of questions) {
    const start = performance.now();
    const answer = await engine.ask(q.text, { top: 3 });
    latencies.push(msSince(start));
    results.push(answer.passages.map((p) => [p.focus, ...(p.alsoIn ?? []).map((copy) => copy.focus)].join(COPY_SEPARATOR)));
  }
  // The two parts of a question, measured apart on the same questions.
  const embedMs: number[] = [];
  const retrieveMs: number[] = [];
  const vectors: Float32Array[] = [];
  const { index } = engine.current();
  for (const q of questions) {
    let start = performance.now();
    const [vector] = await engine.embedder.embedQueries([q.text]);
    embedMs.push(msSince(start));
    vectors.push(vector!);
    start = performance.now();
    retrieve(index, q.text, vector!);
    retrieveMs.push(msSince(start));
  }
  return { latency: summarize(latencies), embedMs: summarize(embedMs), retrieveMs: summarize(retrieveMs), results, vectors };
}
