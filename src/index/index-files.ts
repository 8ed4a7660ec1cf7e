/**
 * The index folder on disk. Each build is written to a fresh generation folder, fsynced, and only
 * then made current by atomically replacing the CURRENT pointer file; a crash at any moment leaves
 * either the old or the new generation current, never a half-written one.
 */
import { createHash, randomBytes, webcrypto } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Manifest } from './manifest.ts';
import type { SentenceRecord } from './sentence-record.ts';

export const FILES = {
  manifest: 'manifest.json',
  sentences: 'sentences.json',
  vectors: 'vectors.f32',
  hnsw: 'hnsw.bin',
  lexical: 'lexical.bin',
} as const;

const POINTER = 'CURRENT';

export interface GenerationData {
  sentences: SentenceRecord[];
  vectors: Float32Array;
  /** The lexical index as bytes (LexicalIndex.toBytes), so loading does not rebuild it. */
  lexical: Uint8Array;
  /** Writes the HNSW graph to the given file. */
  writeHnsw(file: string): void;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** SHA-256 on the thread pool (Web Crypto), so the main thread is free meanwhile. */
async function sha256Async(bytes: Uint8Array): Promise<string> {
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
}

async function fsyncFileAsync(file: string): Promise<void> {
  const handle = await fsp.open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
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

/** A generation whose data files are being written; nothing points at it until `commit`. */
export interface PendingGeneration {
  /** Waits for the data files, writes the manifest, and makes the generation current. */
  commit(manifest: Omit<Manifest, 'checksums'>): Promise<{ dir: string; manifest: Manifest }>;
  /** Deletes the unfinished generation (when what had to come before its manifest failed). */
  abort(): Promise<void>;
}

/**
 * Starts a generation: the data is serialised now (so it may change afterwards), and the files are
 * written, fsynced and checksummed in the background — on the thread pool, while the caller goes
 * on (the engine calibrates meanwhile); the manifest, which needs the calibration, comes last.
 */
export function startGeneration(indexDir: string, data: GenerationData): PendingGeneration {
  fs.mkdirSync(indexDir, { recursive: true });
  const name = `gen-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const tmp = path.join(indexDir, `.tmp-${name}`);
  fs.mkdirSync(tmp);
  let written: Promise<Record<string, string>>;
  try {
    const bytes: [string, Uint8Array][] = [
      [FILES.sentences, Buffer.from(JSON.stringify(data.sentences))],
      [FILES.vectors, new Uint8Array(data.vectors.buffer, data.vectors.byteOffset, data.vectors.byteLength)],
      [FILES.lexical, data.lexical],
    ];
    data.writeHnsw(path.join(tmp, FILES.hnsw)); // native, synchronous: the graph may change afterwards
    // Checksums of the bytes as written (no second read), except the graph, which native code wrote.
    const saveOne = async (file: string, content: Uint8Array | null): Promise<[string, string]> => {
      const full = path.join(tmp, file);
      const body = content ?? (await fsp.readFile(full));
      if (content) await fsp.writeFile(full, content);
      await fsyncFileAsync(full);
      return [file, await sha256Async(body)];
    };
    written = Promise.all([...bytes.map(([file, content]) => saveOne(file, content)), saveOne(FILES.hnsw, null)]).then(Object.fromEntries);
    written.catch(() => {}); // reported by commit (or dropped by abort), never unhandled
  } catch (error) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw error;
  }

  const pending: PendingGeneration = {
    async commit(manifest) {
      try {
        const full: Manifest = { ...manifest, checksums: await written };
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
        await pending.abort();
        throw error;
      }
    },
    async abort() {
      await written.catch(() => {});
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
  return pending;
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
  /** Bytes of the saved lexical index. */
  lexical: Uint8Array;
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
  // Each file is read once: verified, then used from the same bytes.
  const verified = new Map<string, Buffer>();
  for (const [file, sum] of Object.entries(manifest.checksums)) {
    const bytes = fs.readFileSync(path.join(dir, file));
    if (sha256(bytes) !== sum) throw new Error(`${file} is corrupt (checksum mismatch)`);
    verified.set(file, bytes);
  }
  const bytesOf = (file: string) => verified.get(file) ?? fs.readFileSync(path.join(dir, file));
  const sentences = JSON.parse(bytesOf(FILES.sentences).toString('utf8')) as SentenceRecord[];
  const raw = bytesOf(FILES.vectors);
  const vectors = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  if (vectors.length !== manifest.slotCount * manifest.dimensions) {
    throw new Error(`vectors file holds ${vectors.length} values, expected ${manifest.slotCount * manifest.dimensions}`);
  }
  return { dir, manifest, sentences, vectors, lexical: bytesOf(FILES.lexical), hnswFile: path.join(dir, FILES.hnsw) };
}
