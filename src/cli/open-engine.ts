/**
 * What `ask` and `index` share before they can answer: the index folder checked, the model loaded
 * and named once in plain words, the engine loaded or built with a progress line per slow phase.
 */
import path from 'node:path';
import type { EngineConfig } from '../config.ts';
import { createEngine, type Engine } from '../engine/create-engine.ts';
import { hubFailureFile, HUB_RETRY_AFTER_MS, recentHubFailure } from '../embedding/hub-failure.ts';
import { isOfflineModelId } from '../embedding/offline-model/options.ts';
import { createPhaseProgress } from '../embedding/progress-line.ts';
import { createEmbedder } from '../embedding/transformers-embedder.ts';
import type { Logger } from '../log.ts';
import { checkIndexFolder } from '../engine/index-folder.ts';

export interface FolderArgs {
  corpus: string | null;
  index: string | null;
}

export function withFolders(config: EngineConfig, args: FolderArgs): EngineConfig {
  return {
    ...config,
    ...(args.corpus ? { corpusDir: path.resolve(args.corpus) } : {}),
    ...(args.index ? { indexDir: path.resolve(args.index) } : {}),
  };
}

/** Which model answers, in plain words; when the configured hub model could not be loaded, why and until when. */
export function describeModel(configured: string, used: string, failure: { at: string; reason: string } | null): string {
  if (used === configured.trim()) return used;
  if (isOfflineModelId(used) && isOfflineModelId(configured)) return `${used} (the offline model built at install)`;
  const why = failure
    ? ` (${failure.reason}); it is tried again after ${new Date(Date.parse(failure.at) + HUB_RETRY_AFTER_MS).toISOString().slice(11, 16)} UTC`
    : '';
  return `${used}, the offline model (lower quality): ${configured.trim()} could not be loaded${why}`;
}

/**
 * The embedder's own fallback warning is dropped: the CLI says the same in its model line.
 * (Other warnings, e.g. skipped corpus files, still show.)
 */
function withoutFallbackWarning(logger: Logger): Logger {
  return { ...logger, warn: (msg, fields) => (fields && 'using' in fields && 'configured' in fields ? undefined : logger.warn(msg, fields)) };
}

export interface OpenOptions {
  /** Hears which model answers (see describeModel) as soon as it is loaded. */
  onModel: (model: string) => void;
  /** Keep a line per slow phase once it ends (see createPhaseProgress). */
  keepProgress: boolean;
}

export async function openEngine(config: EngineConfig, logger: Logger, options: OpenOptions): Promise<Engine> {
  checkIndexFolder(config.indexDir); // before the model loads: a bad --index fails in a moment
  const progress = createPhaseProgress(process.stderr, { keep: options.keepProgress });
  try {
    progress('Loading the embedding model', 0, 1);
    const embedder = await createEmbedder({
      model: config.embeddingModel,
      modelsDir: config.modelsDir,
      cacheDir: config.cacheDir,
      logger: withoutFallbackWarning(logger),
    });
    progress('Loading the embedding model', 1, 1);
    progress.end();
    const failure = recentHubFailure(hubFailureFile(config.cacheDir), config.embeddingModel.trim(), Date.now());
    options.onModel(describeModel(config.embeddingModel, embedder.modelId, failure));
    const engine = await createEngine(config, logger, { embedder, onProgress: progress });
    progress.end();
    return engine;
  } catch (error) {
    progress.stop();
    throw error;
  }
}
