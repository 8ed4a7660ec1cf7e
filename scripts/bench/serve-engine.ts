/**
 * What both serving phases do with the engine, in their own process: restart on the saved index (the
 * model already loaded), the warm-up, the questions, a one-document change; the peak RSS is read
 * right after. The restart's index is not held past the questions: the bot does not hold it either,
 * and holding it would count a second index in the reindex's peak.
 */
import { createEngine, type Engine } from '../../src/engine/create-engine.ts';
import { isSearchable } from '../../src/index/search-index.ts';
import { createLogger } from '../../src/log.ts';
import { changeOneDocument } from './change-document.ts';
import { askAll, type EngineRun } from './engine-questions.ts';
import type { ServeMeasurement } from './measurements.ts';
import { engineConfig, loadOfflineEmbedder } from './offline-embedder.ts';
import { peakRssMb } from './phase.ts';
import { makeQuestions, type BenchQuestion } from './questions.ts';
import { msSince } from './stats.ts';

export interface ServeInput {
  corpusDir: string;
  indexDir: string;
  questions: number;
  seed: number;
}

export interface EngineServing {
  engine: Engine;
  restartSeconds: number;
  startupLoaded: boolean;
  warmUpMs: number;
  firstQuestionMs: number;
  /** The searchable sentences at the restart, for the peers. */
  sentences: string[];
  questions: BenchQuestion[];
  warmUp: BenchQuestion[];
  run: EngineRun;
  reindex: ServeMeasurement['reindex'];
  peakRssMb: number;
}

const WARM_UP = 100;

/** `documentOffset` picks the changed document (0: the median one; another phase on the same corpus changes another). */
export async function serveEngine({ corpusDir, indexDir, questions: count, seed }: ServeInput, documentOffset = 0): Promise<EngineServing> {
  const logger = createLogger('warn');
  const embedder = await loadOfflineEmbedder(logger);

  let start = performance.now();
  const engine = await createEngine(engineConfig(corpusDir, indexDir), logger, { embedder });
  const restartSeconds = msSince(start) / 1000;

  const sentences = engine.current().index.records.filter(isSearchable).map((r) => r.text);
  const questions = makeQuestions(sentences, count, seed);
  const warmUp = makeQuestions(sentences, WARM_UP, seed + 1);

  // As the bot does beside its login: the first member's question finds the engine warm.
  start = performance.now();
  await engine.warmUp();
  const warmUpMs = msSince(start);
  start = performance.now();
  await engine.ask(questions[0]!.text, { top: 3 });
  const firstQuestionMs = msSince(start);
  const run = await askAll(engine, questions, warmUp);
  const reindex = await changeOneDocument(engine, corpusDir, documentOffset);
  return {
    engine,
    restartSeconds,
    startupLoaded: engine.startup.loaded,
    warmUpMs,
    firstQuestionMs,
    sentences,
    questions,
    warmUp,
    run,
    reindex,
    peakRssMb: peakRssMb(),
  };
}
