/**
 * `npx tsx scripts/reindex-latency.ts [--size N] [--rate Q] [--seed S] [--out DIR]`: how long a question
 * waits while the engine rebuilds a ~100,000-sentence index. An engine serves a benchmark corpus
 * (scripts/bench/corpus.ts); then every document is moved to a new name, so `reindex()` is a full
 * rebuild (every sentence embedded, a new HNSW graph, a new lexical index, calibrated and saved)
 * while questions arrive at a steady rate. Prints, for an idle spell and for the rebuild: the ack
 * (from the moment a question was due to its answer being ready — a blocked event loop delays both
 * the question's arrival and its answer) p50/p99/max, and the event-loop delay p50/p99/max
 * (`perf_hooks.monitorEventLoopDelay`). Discord's deadline for the first response is 3 s.
 */
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../src/config.ts';
import { DEFAULT_EVAL_DIR } from '../src/evaluation/eval-sets.ts';
import { exitWithUsage, scriptOptions } from './lib/script-options.ts';
import { createEngine, type Engine } from '../src/engine/create-engine.ts';
import { isSearchable } from '../src/index/search-index.ts';
import { createLogger } from '../src/log.ts';
import { planCorpus, writeCorpus } from './bench/corpus.ts';
import { engineConfig, loadOfflineEmbedder } from './bench/offline-embedder.ts';
import { makeQuestions } from './bench/questions.ts';
import { sourcePool } from './bench/sources/pool.ts';
import { summarize, type LatencySummary } from './bench/stats.ts';

const DEADLINE_MS = 3000;
const IDLE_SECONDS = 5;
/** The histogram records each sampling interval whole: its delay is what exceeds this. */
const LOOP_RESOLUTION_MS = 10;

const USAGE = 'usage: npx tsx scripts/reindex-latency.ts [--size 100000] [--rate 10] [--seed 42] [--out DIR]';
const { values } = scriptOptions({
  options: {
    size: { type: 'string', default: '100000' },
    rate: { type: 'string', default: '10' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string', default: path.join('bench-results', 'reindex-latency') },
  },
}, USAGE);
const size = Number(values.size);
const rate = Number(values.rate);
const seed = Number(values.seed);
if (!(size >= 100) || !(rate > 0) || !Number.isInteger(seed)) exitWithUsage('--size needs at least 100 sentences, --rate a positive number, --seed a whole number', USAGE);
const log = (line: string) => process.stderr.write(`[reindex-latency] ${line}\n`);

interface Spell {
  acks: LatencySummary;
  late: number;
  loop: { p50: number; p99: number; max: number };
}

/**
 * Asks a question every 1/rate s until `until` settles. Each ack is measured from the moment the
 * question was due, not from when the timer managed to fire.
 */
async function askSteadily(engine: Engine, questions: string[], until: Promise<unknown>): Promise<Spell> {
  const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  loop.enable();
  const acks: Promise<number>[] = [];
  const start = performance.now();
  const interval = 1000 / rate;
  // Every question due before `until` settled is asked, also those due while the loop was blocked.
  let ended: number | undefined;
  void until.finally(() => (ended = performance.now())).catch(() => {});
  for (let n = 0; ; n++) {
    const due = start + n * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (ended !== undefined && due > ended) break;
    const question = questions[n % questions.length]!;
    acks.push(engine.ask(question, { top: 3 }).then(() => performance.now() - due));
  }
  const ms = await Promise.all(acks);
  loop.disable();
  const toMs = (ns: number) => Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS);
  return {
    acks: summarize(ms),
    late: ms.filter((m) => m > DEADLINE_MS).length,
    loop: { p50: toMs(loop.percentile(50)), p99: toMs(loop.percentile(99)), max: toMs(loop.max) },
  };
}

function line(name: string, s: Spell): string {
  const f = (x: number) => x.toFixed(1);
  return (
    `${name}: ${s.acks.count} questions; ack p50 ${f(s.acks.p50)} ms, p99 ${f(s.acks.p99)} ms, max ${f(s.acks.max)} ms; ` +
    `over ${DEADLINE_MS / 1000} s: ${s.late}; event-loop delay p50 ${f(s.loop.p50)} ms, p99 ${f(s.loop.p99)} ms, max ${f(s.loop.max)} ms`
  );
}

async function main(): Promise<void> {
  const out = path.resolve(PROJECT_ROOT, values.out!);
  const corpusDir = path.join(out, `corpus-${size}-${seed}`);
  const indexDir = path.join(out, `index-${size}-${seed}`);
  // The corpus sits in a/ or b/; it moves to the other one below. The serving index of an earlier
  // run is reused, so only the first run pays for building it.
  const [from, to] = fs.existsSync(path.join(corpusDir, 'b')) ? ['b', 'a'] : ['a', 'b'];
  if (!fs.existsSync(path.join(corpusDir, from))) {
    const pool = sourcePool(path.join(DEFAULT_EVAL_DIR, 'squad2-dev.json'));
    const corpus = writeCorpus(path.join(corpusDir, from), size, planCorpus(pool, size, seed));
    log(`corpus: ${corpus.documents} documents, ${corpus.sentences} sentences`);
  }
  log('loading (or building) the serving index…');

  const logger = createLogger('warn');
  const embedder = await loadOfflineEmbedder(logger);
  let started = performance.now();
  const engine = await createEngine(engineConfig(corpusDir, indexDir), logger, { embedder });
  log(`serving index ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const sentences = engine.current().index.records.filter(isSearchable).map((r) => r.text);
  const questions = makeQuestions(sentences, 2000, seed).map((q) => q.text);
  for (const q of questions.slice(0, 50)) await engine.ask(q); // warm-up

  const idle = await askSteadily(engine, questions, new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000)));

  // Every document under a new name: the rebuild reuses nothing.
  fs.renameSync(path.join(corpusDir, from), path.join(corpusDir, to));
  started = performance.now();
  const rebuild = engine.reindex();
  const during = await askSteadily(engine, questions, rebuild);
  const report = await rebuild;
  const seconds = (performance.now() - started) / 1000;
  // The new index's first questions, one at a time (anything it builds lazily is built now).
  const firsts: number[] = [];
  for (const q of questions.slice(0, 5)) {
    const t = performance.now();
    await engine.ask(q, { top: 3 });
    firsts.push(performance.now() - t);
  }

  process.stdout.write(
    [
      `full rebuild of ${report.totalSentences} sentences (${report.embedded} embedded, ${report.added.length} documents added, ${report.removed.length} removed) in ${seconds.toFixed(1)} s, questions at ${rate}/s`,
      line('idle          ', idle),
      line('during rebuild', during),
      `first questions on the new index: ${firsts.map((ms) => ms.toFixed(1)).join(', ')} ms`,
      '',
    ].join('\n'),
  );
}

await main();
