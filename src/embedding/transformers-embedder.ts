/**
 * The Embedder every part of the project uses: a transformers.js feature-extraction pipeline with
 * mean pooling and L2 normalisation, batched. The configured hub model is tried first; when it
 * cannot be loaded (no network, unknown id, corrupt download) the offline model built from the
 * wink word vectors takes over, with one warning naming it; the failure is remembered for an hour
 * (hub-failure.ts), so later runs do not wait on the hub again. `modelId` always tells which model
 * actually produced the vectors, so an index built with one is never queried with the other.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../log.ts';
import { UserError } from '../errors.ts';
import { capText, planBatches } from './batching.ts';
import type { Embedder } from './embedder.ts';
import { loadFeatureExtractor, type FeatureExtractor, type PipelineSource } from './load-pipeline.ts';
import { meanPoolNormalized } from './mean-pool.ts';
import { prefixesFor, withPrefix, type ModelPrefixes } from './model-prefixes.ts';
import { ensureOfflineModel } from './offline-model/ensure.ts';
import { TABLE_FILE } from './offline-model/model-files.ts';
import { isOfflineModelId } from './offline-model/options.ts';
import { forgetHubFailure, HUB_RETRY_AFTER_MS, hubFailureFile, recentHubFailure, rememberHubFailure } from './hub-failure.ts';
import type { ProgressOutput } from './progress-line.ts';

export interface EmbedderOptions {
  /** Hub id (e.g. "Xenova/multi-qa-MiniLM-L6-cos-v1") or "offline" / "offline/glove-wink-100d". */
  model: string;
  /** Holds the offline model (built here on first use) and any manually placed models. */
  modelsDir: string;
  /** Where hub models are downloaded to. */
  cacheDir: string;
  logger: Logger;
  /** Texts per model call (default 32). */
  batchSize?: number;
  /** Give up on a load that makes no progress for this long (default 20 s). */
  loadTimeoutMs?: number;
  /** Characters of a text kept before tokenising (default 3000); the tokenizer then truncates to the model's limit. */
  maxInputChars?: number;
  /** Where download and build percentages go (default stderr); null for nowhere. */
  progressOutput?: ProgressOutput | null;
}

export const EMBEDDER_DEFAULTS = Object.freeze({
  batchSize: 32,
  loadTimeoutMs: 20_000,
  maxInputChars: 3_000,
});

/** The options with every default applied. */
interface Settings {
  model: string;
  modelsDir: string;
  cacheDir: string;
  logger: Logger;
  batchSize: number;
  loadTimeoutMs: number;
  maxInputChars: number;
  progressOutput: ProgressOutput | null;
}

interface LoadedModel {
  modelId: string;
  extractor: FeatureExtractor;
  dimensions: number;
}

/** The error's message with its cause's ("fetch failed: getaddrinfo ENOTFOUND huggingface.co"). */
function message(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return error.message + cause;
}

/**
 * The pipeline's own steps (tokenizer with padding and truncation, then the model), pooled here:
 * the same vectors as `extractor(texts, { pooling: 'mean', normalize: true })`, several times faster.
 */
async function embedBatch(extractor: FeatureExtractor, texts: string[]): Promise<Float32Array[]> {
  const inputs = extractor.tokenizer(texts, { padding: true, truncation: true });
  const outputs = await extractor.model(inputs);
  const tokens = outputs.last_hidden_state ?? outputs.logits ?? outputs.token_embeddings;
  if (!tokens) throw new Error('the model returned no token embeddings');
  return meanPoolNormalized(tokens.data as ArrayLike<number>, tokens.dims, inputs.attention_mask.data);
}

/** Runs one text through the model: proves the model works and gives its output size. */
async function probeDimensions(extractor: FeatureExtractor): Promise<number> {
  const [vector] = await embedBatch(extractor, ['dimension probe']);
  if (!vector || vector.length === 0) throw new Error('the model returned an empty vector');
  return vector.length;
}

async function loadModel(source: PipelineSource, options: Settings): Promise<LoadedModel> {
  const started = performance.now();
  const extractor = await loadFeatureExtractor(source, { idleTimeoutMs: options.loadTimeoutMs, progressOutput: options.progressOutput });
  const dimensions = await probeDimensions(extractor);
  options.logger.info('embedding model loaded', { model: source.modelId, dimensions, seconds: Math.round(performance.now() - started) / 1000 });
  return { modelId: source.modelId, extractor, dimensions };
}

async function loadOffline(options: Settings): Promise<LoadedModel> {
  const { modelId } = await ensureOfflineModel(options.modelsDir, options.logger, { progressOutput: options.progressOutput });
  return loadModel({ modelId, localModelPath: options.modelsDir, cacheDir: options.cacheDir, localFilesOnly: true, quantized: false }, options);
}

async function loadWithFallback(options: Settings): Promise<LoadedModel> {
  if (isOfflineModelId(options.model)) {
    try {
      return await loadOffline(options);
    } catch (error) {
      throw new UserError('MODEL_UNAVAILABLE', { detail: `the offline model failed: ${message(error)}` });
    }
  }
  const hub: PipelineSource = { modelId: options.model.trim(), localModelPath: options.modelsDir, cacheDir: options.cacheDir, localFilesOnly: false, quantized: true };
  const failureFile = hubFailureFile(options.cacheDir);
  const recent = recentHubFailure(failureFile, hub.modelId, Date.now());
  if (recent) {
    let offline: LoadedModel;
    try {
      offline = await loadOffline(options);
    } catch (offlineError) {
      throw new UserError('MODEL_UNAVAILABLE', { detail: `the offline model failed: ${message(offlineError)} (and ${hub.modelId} could not be loaded at ${recent.at})` });
    }
    const retry = new Date(Date.parse(recent.at) + HUB_RETRY_AFTER_MS).toISOString();
    options.logger.warn(
      `using the offline model ${offline.modelId} (lower quality): ${hub.modelId} could not be loaded at ${recent.at}; it is tried again after ${retry}`,
      { configured: hub.modelId, using: offline.modelId, reason: recent.reason },
    );
    return offline;
  }
  try {
    const loaded = await loadModel(hub, options);
    forgetHubFailure(failureFile);
    return loaded;
  } catch (hubError) {
    rememberHubFailure(failureFile, { model: hub.modelId, at: new Date().toISOString(), reason: message(hubError) });
    let offline: LoadedModel;
    try {
      offline = await loadOffline(options);
    } catch (offlineError) {
      throw new UserError('MODEL_UNAVAILABLE', {
        detail: `${hub.modelId} failed (${message(hubError)}) and so did the offline fallback (${message(offlineError)})`,
      });
    }
    options.logger.warn(`embedding model ${hub.modelId} could not be loaded; using the offline model ${offline.modelId} instead (lower quality)`, {
      configured: hub.modelId,
      using: offline.modelId,
      reason: message(hubError),
    });
    return offline;
  }
}

async function embedAll(
  model: LoadedModel,
  texts: readonly string[],
  prefix: string,
  settings: Settings,
  onProgress?: (done: number, total: number) => void,
): Promise<Float32Array[]> {
  const prepared = withPrefix(prefix, texts.map((text) => capText(text, settings.maxInputChars)));
  const vectors = new Array<Float32Array>(texts.length);
  let done = 0;
  for (const batch of planBatches(prepared, settings.batchSize)) {
    const pooled = await embedBatch(model.extractor, batch.map((i) => prepared[i]!));
    batch.forEach((textIndex, row) => {
      const vector = pooled[row]!;
      if (!vector.some((x) => x !== 0)) settings.logger.debug('text has no tokens; its vector is all zeros', { text: texts[textIndex]!.slice(0, 40) });
      vectors[textIndex] = vector;
    });
    done += batch.length;
    onProgress?.(done, texts.length);
  }
  return vectors;
}

/** The checksum of the built offline model's graph and weights, so an index notices a rebuild with other options. */
function offlineRevision(modelsDir: string, modelId: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(path.join(modelsDir, modelId, 'manifest.json'), 'utf8')) as {
      files?: Record<string, { sha256?: string }>;
    };
    const sums = ['onnx/model.onnx', `onnx/${TABLE_FILE}`].map((file) => manifest.files?.[file]?.sha256);
    if (sums.some((sum) => !sum)) return undefined;
    return createHash('sha256').update(sums.join(' ')).digest('hex').slice(0, 16);
  } catch {
    return undefined;
  }
}

/**
 * Loads the model (building the offline one if it is needed and missing) and returns an Embedder.
 * Vectors are unit length, except for a text without a single token (e.g. empty for the offline
 * model), which gets the zero vector: it is similar to nothing.
 * Throws UserError MODEL_UNAVAILABLE when neither the configured nor the offline model loads.
 */
export async function createEmbedder(options: EmbedderOptions): Promise<Embedder> {
  const settings: Settings = {
    model: options.model,
    modelsDir: options.modelsDir,
    cacheDir: options.cacheDir,
    logger: options.logger,
    batchSize: options.batchSize ?? EMBEDDER_DEFAULTS.batchSize,
    loadTimeoutMs: options.loadTimeoutMs ?? EMBEDDER_DEFAULTS.loadTimeoutMs,
    maxInputChars: options.maxInputChars ?? EMBEDDER_DEFAULTS.maxInputChars,
    progressOutput: options.progressOutput === undefined ? process.stderr : options.progressOutput,
  };
  const model = await loadWithFallback(settings);
  const prefixes: ModelPrefixes = prefixesFor(model.modelId);
  const revision = isOfflineModelId(model.modelId) ? offlineRevision(settings.modelsDir, model.modelId) : undefined;
  return {
    modelId: model.modelId,
    dimensions: model.dimensions,
    ...(revision ? { revision } : {}),
    embedQueries: (texts) => embedAll(model, texts, prefixes.query, settings),
    embedPassages: (texts, onProgress) => embedAll(model, texts, prefixes.passage, settings, onProgress),
  };
}
