/**
 * Makes sure a current offline model is on disk, building it when it is missing or stale.
 * Safe to call from several processes at once (install script, test workers, the bot): one
 * builds under a lock, the others wait and then use its result.
 */
import path from 'node:path';
import type { Logger } from '../../log.ts';
import { createProgressLine, type ProgressOutput } from '../progress-line.ts';
import { buildOfflineModel, locateWinkSource, offlineModelDir, type WinkSource } from './build.ts';
import { withDirectoryLock } from './directory-lock.ts';
import { filesPresent, readManifest, staleReason } from './manifest.ts';
import { OFFLINE_MODEL_ID, resolveOfflineModelOptions, type OfflineModelOptions } from './options.ts';

export interface EnsureOptions {
  /** Overrides of the build options (defaults: DEFAULT_OFFLINE_MODEL_OPTIONS). */
  options?: Partial<OfflineModelOptions>;
  /** Rebuild even when a current build exists. */
  force?: boolean;
  /** Where the build's percentage line goes (default: stderr); null for none. */
  progressOutput?: ProgressOutput | null;
  source?: WinkSource;
}

export interface OfflineModelLocation {
  /** The id to pass to transformers.js with `env.localModelPath = modelsDir`. */
  modelId: string;
  /** The model folder. */
  path: string;
}

/** A build taking longer than this is assumed to have died without releasing its lock. */
const LOCK_STALE_MS = 10 * 60_000;

async function currentBuild(dir: string, wanted: { options: OfflineModelOptions; sourceVersion: string }): Promise<string | null> {
  const manifest = await readManifest(dir);
  const reason = staleReason(manifest, wanted);
  if (reason) return reason;
  return manifest && (await filesPresent(dir, manifest)) ? null : 'files missing or truncated';
}

export async function ensureOfflineModel(modelsDir: string, logger: Logger, ensure: EnsureOptions = {}): Promise<OfflineModelLocation> {
  const options = resolveOfflineModelOptions(ensure.options);
  const source = ensure.source ?? locateWinkSource();
  const wanted = { options, sourceVersion: source.version };
  const dir = offlineModelDir(path.resolve(modelsDir));
  const location = { modelId: OFFLINE_MODEL_ID, path: dir };

  if (!ensure.force && (await currentBuild(dir, wanted)) === null) return location;

  const lockOptions = {
    staleMs: LOCK_STALE_MS,
    pollMs: 500,
    onWait: () => logger.info('another process is building the offline embedding model; waiting for it', { model: OFFLINE_MODEL_ID }),
  };
  await withDirectoryLock(`${dir}.lock`, lockOptions, async () => {
    // Whoever held the lock before us may have just built it.
    const reason = await currentBuild(dir, wanted);
    if (reason === null && !ensure.force) return;
    if (reason) logger.debug('offline embedding model needs a build', { reason });
    const output = ensure.progressOutput === undefined ? process.stderr : ensure.progressOutput;
    const progress = output ? createProgressLine(`building ${OFFLINE_MODEL_ID}:`, output) : undefined;
    await buildOfflineModel({ modelsDir: path.resolve(modelsDir), options, logger, source, ...(progress ? { progress } : {}) });
  });
  return location;
}
