/**
 * Phase 2 of a size, in a fresh process: the engine served (serve-engine.ts); then, after its peak
 * memory is read, the peers on the same sentences and questions: MiniSearch, and exact cosine
 * against the HNSW graph (of the index served after the change).
 */
import type { ServeMeasurement } from './measurements.ts';
import { miniSearchAll } from './minisearch-questions.ts';
import { phaseMain } from './phase.ts';
import { accuracyByKind } from './questions.ts';
import { serveEngine, type ServeInput } from './serve-engine.ts';
import { compareVectorSearch, exactIndexOf } from './vector-recall.ts';

async function serve(input: ServeInput): Promise<ServeMeasurement> {
  const served = await serveEngine(input);
  const { engine, sentences, questions, warmUp, run } = served;

  // Peers, on the sentences and questions the engine answered above.
  const peer = miniSearchAll(sentences, questions, warmUp);
  const { index } = engine.current();
  const vectors = compareVectorSearch(index.vectorIndex, exactIndexOf(index), run.vectors);
  const hnsw = index.manifest.hnsw;

  return {
    restartSeconds: served.restartSeconds,
    startupLoaded: served.startupLoaded,
    warmUpMs: served.warmUpMs,
    firstQuestionMs: served.firstQuestionMs,
    questions: questions.length,
    engine: { latency: run.latency, embedMs: run.embedMs, retrieveMs: run.retrieveMs, accuracy: accuracyByKind(questions, run.results) },
    minisearch: { buildSeconds: peer.buildSeconds, latency: peer.latency, accuracy: accuracyByKind(questions, peer.results) },
    vectors: {
      ...vectors,
      hnsw: { m: hnsw.m, efConstruction: hnsw.efConstruction, efSearch: hnsw.efSearch },
    },
    reindex: served.reindex,
    peakRssMb: served.peakRssMb,
  };
}

phaseMain(serve);
