/** The offline model through the real transformers.js pipeline, as the engine loads it (defaults), quietly. */
import { DEFAULTS } from '../../src/config.ts';
import type { Embedder } from '../../src/embedding/embedder.ts';
import { createEmbedder } from '../../src/embedding/transformers-embedder.ts';
import type { Logger } from '../../src/log.ts';

export const BENCH_MODEL = 'offline';

export function loadOfflineEmbedder(logger: Logger): Promise<Embedder> {
  return createEmbedder({ model: BENCH_MODEL, modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, logger, progressOutput: null });
}

export function engineConfig(corpusDir: string, indexDir: string) {
  return { corpusDir, indexDir, modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: BENCH_MODEL };
}
