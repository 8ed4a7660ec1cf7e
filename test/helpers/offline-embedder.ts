/** The real offline model through the real transformers.js pipeline, loaded once per test file. */
import path from 'node:path';
import { DEFAULTS } from '../../src/config.ts';
import type { Embedder } from '../../src/embedding/embedder.ts';
import { createEmbedder } from '../../src/embedding/transformers-embedder.ts';
import { silentLogger } from '../../src/log.ts';

let embedder: Promise<Embedder> | null = null;

export function offlineEmbedder(): Promise<Embedder> {
  embedder ??= createEmbedder({ model: 'offline', modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, logger: silentLogger, progressOutput: null });
  return embedder;
}

/**
 * Counts how many texts went through the model, so tests can see what was (re-)embedded. The same
 * model, build and all: an index saved through one serves through the other — unless it is given
 * another model id, to stand for another model (an index saved through it is refused by the other).
 */
export function countingEmbedder(inner: Embedder, modelId: string = inner.modelId): Embedder & { passages: number; reset(): void } {
  const counter = {
    modelId,
    dimensions: inner.dimensions,
    ...(inner.revision !== undefined ? { revision: inner.revision } : {}),
    passages: 0,
    reset() {
      counter.passages = 0;
    },
    embedQueries: (texts: string[]) => inner.embedQueries(texts),
    embedPassages: (texts: string[], onProgress?: (d: number, t: number) => void) => {
      counter.passages += texts.length;
      return inner.embedPassages(texts, onProgress);
    },
  };
  return counter;
}

export const SEED_CORPUS = path.join(DEFAULTS.corpusDir);
