/**
 * Loads a transformers.js feature-extraction pipeline, once per process and model: the *promise*
 * is cached, so concurrent first calls share one load, and a failed load is forgotten so a later
 * call can retry. The cache is module state on purpose: transformers.js's `env` (where models are
 * looked up) is process-wide too, and a second copy of a loaded model is only wasted memory.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AutoConfig, AutoModel, AutoTokenizer, env, FeatureExtractionPipeline, pipeline, type PreTrainedModel } from '@xenova/transformers';
import { createProgressLine, type ProgressOutput } from './progress-line.ts';

/** A transformers.js tensor, as far as this project reads one. */
export interface TensorLike {
  dims: number[];
  data: ArrayLike<number | bigint>;
}

/** The part of transformers.js's FeatureExtractionPipeline this project relies on. */
export interface FeatureExtractor {
  (texts: string[], options: { pooling: 'mean'; normalize: true }): Promise<{ dims: number[]; data: ArrayLike<number> }>;
  tokenizer: {
    (texts: string[], options: { padding: true; truncation: true }): { input_ids: TensorLike; attention_mask: TensorLike };
    model_max_length?: number;
  };
  model: {
    (inputs: unknown): Promise<{ last_hidden_state?: TensorLike; logits?: TensorLike; token_embeddings?: TensorLike }>;
    config?: { max_position_embeddings?: number };
  };
  dispose(): Promise<void>;
}

export interface PipelineSource {
  /** A hub id ("Xenova/multi-qa-MiniLM-L6-cos-v1") or a folder under `localModelPath`. */
  modelId: string;
  /** Searched first for `<modelId>/…` (transformers.js `env.localModelPath`). */
  localModelPath: string;
  /** Where hub downloads are cached. */
  cacheDir: string;
  /**
   * Never contact the hub (the offline model): every file comes from `<localModelPath>/<modelId>/`,
   * and the ONNX session is created from the model file's path (see `loadFromFolder`).
   */
  localFilesOnly: boolean;
  /** Load `model_quantized.onnx` rather than `model.onnx` (hub exports ship both). */
  quantized: boolean;
}

export interface LoadOptions {
  /** Fail when the load makes no progress for this long (a stalled download, an unreachable host). */
  idleTimeoutMs: number;
  /** Where the download percentage goes; null for nowhere. */
  progressOutput: ProgressOutput | null;
}

/** What transformers.js passes to `progress_callback`. */
export interface ProgressEvent {
  status: string;
  file?: string;
  loaded?: number;
  total?: number;
}

const loading = new Map<string, Promise<FeatureExtractor>>();

/** Rejects when `run` has not called `touch` for `idleMs`; `run`'s own work cannot be cancelled, only abandoned. */
export function withIdleTimeout<T>(run: (touch: () => void) => Promise<T>, idleMs: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const touch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => reject(new Error(`${what} made no progress for ${Math.round(idleMs / 1000)} s`)), idleMs);
      timer.unref();
    };
    touch();
    run(touch).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** One line for all files of a download (they arrive in parallel): bytes so far over bytes announced. */
export function createDownloadReporter(modelId: string, output: ProgressOutput) {
  const files = new Map<string, { loaded: number; total: number }>();
  const line = createProgressLine(`downloading ${modelId}:`, output);
  return {
    onEvent(event: ProgressEvent) {
      if (event.status !== 'progress' || !event.file || !event.total) return;
      files.set(event.file, { loaded: event.loaded ?? 0, total: event.total });
      let loaded = 0;
      let total = 0;
      for (const f of files.values()) {
        loaded += f.loaded;
        total += f.total;
      }
      line.update(loaded / total, `(${(loaded / 1e6).toFixed(1)} / ${(total / 1e6).toFixed(1)} MB)`);
    },
    done: () => line.done(),
    stop: () => line.stop(),
  };
}

/** Hub models whose tokenizer allows more tokens than the model has positions would fail on long input. */
function clampTokenLimit(extractor: FeatureExtractor): void {
  const positions = extractor.model.config?.max_position_embeddings;
  const limit = extractor.tokenizer.model_max_length;
  if (typeof positions === 'number' && positions > 0 && !(typeof limit === 'number' && limit <= positions)) {
    extractor.tokenizer.model_max_length = positions;
  }
}

/** The onnxruntime transformers.js itself runs on (its dependency), so sessions and tensors match. */
function transformersOnnxRuntime(): typeof import('onnxruntime-node') {
  const require = createRequire(createRequire(import.meta.url).resolve('@xenova/transformers'));
  return require('onnxruntime-node') as typeof import('onnxruntime-node');
}

/**
 * The same pipeline as `pipeline('feature-extraction', …)` builds, except that the ONNX session is
 * created from the model file's path, where transformers.js would read the file and pass its bytes:
 * onnxruntime then maps a weight file stored beside the model (the offline model's 80 MB table)
 * into memory and only the rows looked up become resident, instead of copying it.
 */
async function loadFromFolder(source: PipelineSource, progress: (event: ProgressEvent) => void): Promise<FeatureExtractor> {
  const options = { local_files_only: true, cache_dir: source.cacheDir, progress_callback: progress };
  const [config, tokenizer] = await Promise.all([AutoConfig.from_pretrained(source.modelId, options), AutoTokenizer.from_pretrained(source.modelId, options)]);
  const modelType = (config as { model_type?: string }).model_type ?? '';
  const ModelClass = AutoModel.MODEL_CLASS_MAPPINGS.map((mapping) => mapping.get(modelType)?.[1]).find((c) => typeof c === 'function') as
    | typeof PreTrainedModel
    | undefined;
  if (!ModelClass) throw new Error(`transformers.js has no model class for model_type "${modelType}" of ${source.modelId}`);
  const file = path.join(source.localModelPath, source.modelId, 'onnx', source.quantized ? 'model_quantized.onnx' : 'model.onnx');
  const session = await transformersOnnxRuntime().InferenceSession.create(file, { executionProviders: ['cpu'] });
  const model = new ModelClass(config, session);
  return new FeatureExtractionPipeline({ task: 'feature-extraction', model, tokenizer }) as unknown as FeatureExtractor;
}

async function load(source: PipelineSource, options: LoadOptions): Promise<FeatureExtractor> {
  const cached = source.localFilesOnly || fs.existsSync(path.join(source.cacheDir, source.modelId));
  const reporter = !cached && options.progressOutput ? createDownloadReporter(source.modelId, options.progressOutput) : null;
  const loaded = withIdleTimeout(
    async (touch) => {
      // transformers.js reads these during the load. Being process-wide, two loads from different
      // models folders at the same moment would race; the project has one models folder.
      env.allowLocalModels = true;
      env.localModelPath = source.localModelPath;
      const progress = (event: ProgressEvent) => {
        touch();
        reporter?.onEvent(event);
      };
      const extractor = source.localFilesOnly
        ? await loadFromFolder(source, progress)
        : ((await pipeline('feature-extraction', source.modelId, {
            quantized: source.quantized,
            local_files_only: false,
            cache_dir: source.cacheDir,
            progress_callback: progress,
          })) as unknown as FeatureExtractor);
      reporter?.done();
      clampTokenLimit(extractor);
      return extractor;
    },
    options.idleTimeoutMs,
    `loading ${source.modelId}`,
  );
  loaded.catch(() => reporter?.stop());
  return loaded;
}

export function loadFeatureExtractor(source: PipelineSource, options: LoadOptions): Promise<FeatureExtractor> {
  const key = JSON.stringify([source.modelId, path.resolve(source.localModelPath), path.resolve(source.cacheDir), source.localFilesOnly, source.quantized]);
  const existing = loading.get(key);
  if (existing) return existing;
  const promise = load(source, options);
  loading.set(key, promise);
  promise.catch(() => {
    if (loading.get(key) === promise) loading.delete(key);
  });
  return promise;
}
