/**
 * Phase 1 of a size: build the index from scratch through the engine's own path (loadCorpus, then
 * updateIndex: embed, insert into HNSW, index terms, calibrate, save), timing each step.
 */
import fs from 'node:fs';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { updateIndex } from '../../src/engine/open-index.ts';
import { createLogger } from '../../src/log.ts';
import { folderBytes } from './disk-size.ts';
import type { BuildMeasurement } from './measurements.ts';
import { loadOfflineEmbedder } from './offline-embedder.ts';
import { peakRssMb, phaseMain } from './phase.ts';

export interface BuildInput {
  corpusDir: string;
  indexDir: string;
}

async function build({ corpusDir, indexDir }: BuildInput): Promise<BuildMeasurement> {
  const logger = createLogger('warn');
  const embedder = await loadOfflineEmbedder(logger); // model load is not part of the build time
  fs.rmSync(indexDir, { recursive: true, force: true });

  const started = performance.now();
  const corpus = await loadCorpus(corpusDir, logger);
  const segmentSeconds = (performance.now() - started) / 1000;
  const result = await updateIndex(indexDir, corpus, embedder, null, logger);
  const seconds = (performance.now() - started) / 1000;

  return {
    sentences: result.index.answerableCount,
    documents: corpus.documents.length,
    seconds,
    segmentSeconds,
    embedSeconds: result.timings.embedSeconds,
    hnswSeconds: result.timings.hnswSeconds,
    lexicalSeconds: result.timings.lexicalSeconds,
    calibrateSeconds: result.calibrateSeconds,
    saveSeconds: result.saveSeconds,
    embeddedTexts: result.embeddedTexts,
    indexBytes: folderBytes(result.dir),
    peakRssMb: peakRssMb(),
  };
}

phaseMain(build);
