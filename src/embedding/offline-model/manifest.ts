/**
 * The manifest written last into a built model folder. Its presence means the build completed;
 * its contents say which build it is, so a model built by older code or other options is rebuilt
 * rather than silently used.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { OFFLINE_MODEL_FORMAT_VERSION, type OfflineModelOptions } from './options.ts';

export const MANIFEST_FILE = 'manifest.json';

export interface OfflineModelManifest {
  formatVersion: number;
  modelId: string;
  source: { package: string; version: string };
  options: OfflineModelOptions;
  vocabularySize: number;
  dimensions: number;
  /** Relative path → size and SHA-256, so the model's identity can be recorded next to an index. */
  files: Record<string, { bytes: number; sha256: string }>;
}

export async function readManifest(modelDir: string): Promise<OfflineModelManifest | null> {
  try {
    return JSON.parse(await fs.readFile(path.join(modelDir, MANIFEST_FILE), 'utf8')) as OfflineModelManifest;
  } catch {
    return null;
  }
}

function sameOptions(a: OfflineModelOptions, b: OfflineModelOptions): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof OfflineModelOptions>;
  return [...keys].every((key) => a[key] === b[key]);
}

/** Why the build in `manifest` cannot be used for `wanted`, or null when it can. Pure. */
export function staleReason(
  manifest: OfflineModelManifest | null,
  wanted: { options: OfflineModelOptions; sourceVersion: string },
): string | null {
  if (!manifest) return 'no complete build';
  if (manifest.formatVersion !== OFFLINE_MODEL_FORMAT_VERSION) return `built by format ${manifest.formatVersion}, current is ${OFFLINE_MODEL_FORMAT_VERSION}`;
  if (manifest.source?.version !== wanted.sourceVersion) return `built from word vectors ${manifest.source?.version}, installed is ${wanted.sourceVersion}`;
  if (!manifest.options || !sameOptions(manifest.options, wanted.options)) return 'built with other options';
  return null;
}

/** Whether every file the manifest lists is present with its recorded size (cheap: no hashing). */
export async function filesPresent(modelDir: string, manifest: OfflineModelManifest): Promise<boolean> {
  for (const [file, { bytes }] of Object.entries(manifest.files)) {
    const stat = await fs.stat(path.join(modelDir, file)).catch(() => null);
    if (!stat || stat.size !== bytes) return false;
  }
  return true;
}
