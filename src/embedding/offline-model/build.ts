/**
 * Builds the offline model folder: computes the files, writes them into a temporary sibling
 * folder, then renames it into place, so a crash never leaves a half-written model where the
 * loader looks. The caller decides whether a build is needed and holds the build lock (ensure.ts).
 */
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Logger } from '../../log.ts';
import type { ProgressLine } from '../progress-line.ts';
import type { OfflineModelManifest } from './manifest.ts';
import { computeModelFiles, SOURCE_PACKAGE } from './model-files.ts';
import { OFFLINE_MODEL_ID, type OfflineModelOptions } from './options.ts';

export interface WinkSource {
  /** The word-vector JSON file. */
  file: string;
  /** Package version, recorded so an upgraded package triggers a rebuild. */
  version: string;
}

export interface BuiltModel {
  modelId: string;
  path: string;
  manifest: OfflineModelManifest;
  seconds: number;
}

/** Where the installed wink package keeps its vectors. */
export function locateWinkSource(): WinkSource {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve(`${SOURCE_PACKAGE}/package.json`);
  const pkg = require(packageJson) as { version: string; main?: string };
  return { file: path.join(path.dirname(packageJson), pkg.main ?? `${SOURCE_PACKAGE}.json`), version: pkg.version };
}

export function offlineModelDir(modelsDir: string): string {
  return path.join(modelsDir, ...OFFLINE_MODEL_ID.split('/'));
}

async function writeFiles(dir: string, files: Map<string, Uint8Array>): Promise<void> {
  for (const [name, bytes] of files) {
    const file = path.join(dir, name);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, bytes);
  }
}

/** Temporary and replaced folders of builds that crashed midway (we hold the lock: none is in use). */
async function removeLeftovers(target: string): Promise<void> {
  const dir = path.dirname(target);
  const base = path.basename(target);
  const entries = await fs.readdir(dir).catch(() => [] as string[]);
  for (const entry of entries) {
    if (entry.startsWith(`${base}.tmp-`) || entry.startsWith(`${base}.old-`)) await fs.rm(path.join(dir, entry), { recursive: true, force: true });
  }
}

/** Moves `fresh` to `target`, replacing whatever is there, with the old one removed only afterwards. */
async function moveIntoPlace(fresh: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}-${Date.now()}`;
  const hadOld = await fs.rename(target, old).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  await fs.rename(fresh, target);
  if (hadOld) await fs.rm(old, { recursive: true, force: true });
}

export async function buildOfflineModel(params: {
  modelsDir: string;
  options: OfflineModelOptions;
  logger: Logger;
  progress?: ProgressLine;
  source?: WinkSource;
}): Promise<BuiltModel> {
  const started = performance.now();
  const source = params.source ?? locateWinkSource();
  const target = offlineModelDir(params.modelsDir);
  params.logger.info('building the offline embedding model', { model: OFFLINE_MODEL_ID, into: target, source: `${SOURCE_PACKAGE}@${source.version}` });

  await removeLeftovers(target);
  const progress = params.progress;
  const temp = `${target}.tmp-${process.pid}-${Date.now()}`;
  let manifest: OfflineModelManifest;
  try {
    const winkJson = await fs.readFile(source.file);
    progress?.update(0.1);
    const computed = computeModelFiles(winkJson, source.version, params.options, (f) => progress?.update(0.1 + 0.75 * f));
    manifest = computed.manifest;
    await writeFiles(temp, computed.files);
    progress?.update(0.95);
    await moveIntoPlace(temp, target);
  } catch (error) {
    progress?.stop();
    await fs.rm(temp, { recursive: true, force: true });
    throw error;
  }
  progress?.done();

  const seconds = (performance.now() - started) / 1000;
  const bytes = Object.values(manifest.files).reduce((sum, f) => sum + f.bytes, 0);
  params.logger.info('built the offline embedding model', {
    model: OFFLINE_MODEL_ID,
    words: manifest.vocabularySize - 2,
    dimensions: manifest.dimensions,
    megabytes: Math.round(bytes / 1e5) / 10,
    seconds: Math.round(seconds * 10) / 10,
  });
  return { modelId: OFFLINE_MODEL_ID, path: target, manifest, seconds };
}
