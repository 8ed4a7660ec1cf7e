/**
 * Phase 2 of a size, in a fresh process: restart on the saved index (model already loaded), the
 * questions, a one-document change; then, after the engine's peak memory is read, the peers on the
 * same sentences and questions: MiniSearch, and exact cosine against the HNSW graph.
 */
import { createEngine } from '../../src/engine/create-engine.ts';
import { isSearchable } from '../../src/index/search-index.ts';
import { createLogger } from '../../src/log.ts';
import { changeOneDocument } from './change-document.ts';
import { askAll } from './engine-questions.ts';
import type { ServeMeasurement } from './measurements.ts';
import { miniSearchAll } from './minisearch-questions.ts';
import { engineConfig, loadOfflineEmbedder } from './offline-embedder.ts';
import { peakRssMb, phaseMain } from './phase.ts';
import { accuracyByKind, makeQuestions } from './questions.ts';
import { msSince } from './stats.ts';
import { compareVectorSearch, exactIndexOf } from './vector-recall.ts';

export interface ServeInput {
  corpusDir: string;
  indexDir: string;
  questions: number;
  seed: number;
}

const WARM_UP = 100;

async function serve({ corpusDir, indexDir, questions: count, seed }: ServeInput): Promise<ServeMeasurement> {
  const logger = createLogger('warn');
  const embedder = await loadOfflineEmbedder(logger);

  let start = performance.now();
  const engine = await createEngine(engineConfig(corpusDir, indexDir), logger, { embedder });
  const restartSeconds = msSince(start) / 1000;

  const { index } = engine.current();
  const sentences = index.records.filter(isSearchable).map((r) => r.text);
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
  const reindex = await changeOneDocument(engine, corpusDir);
  const enginePeak = peakRssMb();

  // Peers, on the sentences and questions the engine answered above.
  const peer = miniSearchAll(sentences, questions, warmUp);
  const vectors = compareVectorSearch(index.vectorIndex, exactIndexOf(index), run.vectors);
  const hnsw = index.manifest.hnsw;

  return {
    restartSeconds,
    startupLoaded: engine.startup.loaded,
    warmUpMs,
    firstQuestionMs,
    questions: questions.length,
    engine: { latency: run.latency, embedMs: run.embedMs, retrieveMs: run.retrieveMs, accuracy: accuracyByKind(questions, run.results) },
    minisearch: { buildSeconds: peer.buildSeconds, latency: peer.latency, accuracy: accuracyByKind(questions, peer.results) },
    vectors: {
      ...vectors,
      hnsw: { m: hnsw.m, efConstruction: hnsw.efConstruction, efSearch: hnsw.efSearch },
    },
    reindex,
    peakRssMb: enginePeak,
  };
}

phaseMain(serve);
