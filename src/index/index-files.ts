/**
 * The index folder on disk. Each build is written to a fresh generation folder, fsynced, and only
 * then made current by atomically replacing the CURRENT pointer file; a crash at any moment leaves
 * either the old or the new generation current, never a half-written one.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Manifest } from './manifest.ts';
import type { SentenceRecord } from './sentence-record.ts';

export const FILES = {
  manifest: 'manifest.json',
  sentences: 'sentences.json',
  vectors: 'vectors.f32',
  hnsw: 'hnsw.bin',
} as const;

const POINTER = 'CURRENT';

export interface GenerationData {
  sentences: SentenceRecord[];
  vectors: Float32Array;
  /** Writes the HNSW graph to the given file. */
  writeHnsw(file: string): void;
}

export function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Path of the current generation folder, or null when there is none. */
export function currentGeneration(indexDir: string): string | null {
  let name: string;
  try {
    name = fs.readFileSync(path.join(indexDir, POINTER), 'utf8').trim();
  } catch {
    return null;
  }
  if (!/^gen-[\w-]+$/.test(name)) return null;
  const dir = path.join(indexDir, name);
  return fs.existsSync(dir) ? dir : null;
}

/** Writes a complete generation, then points CURRENT at it; returns its folder. */
export function writeGeneration(
  indexDir: string,
  manifest: Omit<Manifest, 'checksums'>,
  data: GenerationData,
): { dir: string; manifest: Manifest } {
  fs.mkdirSync(indexDir, { recursive: true });
  const name = `gen-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const tmp = path.join(indexDir, `.tmp-${name}`);
  fs.mkdirSync(tmp);
  try {
    fs.writeFileSync(path.join(tmp, FILES.sentences), JSON.stringify(data.sentences));
    fs.writeFileSync(
      path.join(tmp, FILES.vectors),
      Buffer.from(data.vectors.buffer, data.vectors.byteOffset, data.vectors.byteLength),
    );
    data.writeHnsw(path.join(tmp, FILES.hnsw));
    const checksums: Record<string, string> = {};
    for (const f of [FILES.sentences, FILES.vectors, FILES.hnsw]) {
      fsyncFile(path.join(tmp, f));
      checksums[f] = sha256File(path.join(tmp, f));
    }
    const full: Manifest = { ...manifest, checksums };
    fs.writeFileSync(path.join(tmp, FILES.manifest), JSON.stringify(full, null, 1));
    fsyncFile(path.join(tmp, FILES.manifest));
    const dir = path.join(indexDir, name);
    fs.renameSync(tmp, dir);
    const pointerTmp = path.join(indexDir, `.${POINTER}.${process.pid}.tmp`);
    fs.writeFileSync(pointerTmp, name + '\n');
    fsyncFile(pointerTmp);
    fs.renameSync(pointerTmp, path.join(indexDir, POINTER));
    return { dir, manifest: full };
  } catch (error) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

/** Removes every generation but the current one, and leftovers of interrupted writes. */
export function removeStaleGenerations(indexDir: string): void {
  const current = currentGeneration(indexDir);
  for (const entry of safeReaddir(indexDir)) {
    const full = path.join(indexDir, entry);
    if (full === current) continue;
    if (entry.startsWith('gen-') || entry.startsWith('.tmp-gen-') || entry.endsWith('.tmp')) {
      fs.rmSync(full, { recursive: true, force: true });
    }
  }
}

function safeReaddir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

export interface ReadGeneration {
  dir: string;
  manifest: Manifest;
  sentences: SentenceRecord[];
  vectors: Float32Array;
  hnswFile: string;
}

/**
 * Reads and verifies a generation (checksums before anything native touches the files).
 * Throws with a reason when the generation is unusable.
 */
export function readGeneration(dir: string, check: (m: unknown) => string | null): ReadGeneration {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, FILES.manifest), 'utf8')) as Manifest;
  const problem = check(manifest);
  if (problem) throw new Error(problem);
  for (const [file, sum] of Object.entries(manifest.checksums)) {
    if (sha256File(path.join(dir, file)) !== sum) throw new Error(`${file} is corrupt (checksum mismatch)`);
  }
  const sentences = JSON.parse(fs.readFileSync(path.join(dir, FILES.sentences), 'utf8')) as SentenceRecord[];
  const raw = fs.readFileSync(path.join(dir, FILES.vectors));
  const vectors = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  if (vectors.length !== manifest.slotCount * manifest.dimensions) {
    throw new Error(`vectors file holds ${vectors.length} values, expected ${manifest.slotCount * manifest.dimensions}`);
  }
  return { dir, manifest, sentences, vectors, hnswFile: path.join(dir, FILES.hnsw) };
}
