/**
 * The index folder on disk. Each build is written to a fresh generation folder, fsynced, and only
 * then made current by atomically replacing its model's pointer file (`CURRENT.<model>`); a crash at
 * any moment leaves either the old or the new generation current, never a half-written one. One
 * pointer per model: processes on other models in one folder (a run that fell back to the offline
 * model beside a bot on the hub model, a model tried and switched back) keep each other's index
 * instead of each rebuilding over the other's.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Manifest } from './manifest.ts';
import type { SentenceRecord } from './sentence-record.ts';

export const FILES = {
  manifest: 'manifest.json',
  sentences: 'sentences.json',
  vectors: 'vectors.f32',
  hnsw: 'hnsw.bin',
  lexical: 'lexical.bin',
} as const;

/** The one pointer of index folders written before there was one per model: read while the model's own is missing; the first commit hands it to its generation's model (`retireLegacyPointer`). */
const LEGACY_POINTER = 'CURRENT';

/** The pointer file of a model's current generation. */
export function pointerFile(model: string): string {
  return `${LEGACY_POINTER}.${model.replace(/[^\w.-]+/g, '_')}`;
}

const isPointer = (entry: string) => entry === LEGACY_POINTER || (entry.startsWith(`${LEGACY_POINTER}.`) && !entry.endsWith('.tmp'));

export interface GenerationData {
  /** The sentence records as JSON, in UTF-8. */
  sentences: Uint8Array;
  vectors: Float32Array;
  /** The lexical index as bytes (LexicalIndex.toBytes), so loading does not rebuild it. */
  lexical: Uint8Array;
  /** Writes the HNSW graph to the given file. */
  writeHnsw(file: string): void;
}

/** Bytes hashed between two turns of the event loop (~2 ms of work). */
const HASH_SLICE = 4 << 20;

/** SHA-256 of bytes, a slice at a time with turns of the event loop between. */
async function sha256(bytes: Uint8Array): Promise<string> {
  const hash = createHash('sha256');
  for (let at = 0; at < bytes.length; at += HASH_SLICE) {
    if (at > 0) await nextTurn();
    hash.update(bytes.subarray(at, at + HASH_SLICE));
  }
  return hash.digest('hex');
}

/**
 * SHA-256 of a file read a slice at a time on the thread pool, with turns of the event loop between:
 * for the graph, which native code reads and writes itself, so its bytes are never held whole.
 */
async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: HASH_SLICE })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * A whole file in one read on the thread pool (`fs.promises.readFile` goes there for every 512 KB,
 * ~1.5 times slower), in a buffer of its own (never a slice of Node's shared pool), which typed
 * arrays can view without a copy.
 */
async function readWhole(file: string): Promise<Buffer> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const bytes = Buffer.allocUnsafeSlow(size);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(bytes, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return bytes.subarray(0, read);
  } finally {
    await handle.close();
  }
}

/**
 * How the sentences file lays out the records: a JSON array, one part of them per line (build-index.ts
 * writes them so), so that reading it can stop between lines (`parseSentenceRecords`).
 */
export const SENTENCES_LAYOUT = { open: '[\n', between: ',\n', close: '\n]' } as const;

/**
 * The records as the sentences file holds them: JSON in UTF-8, `partSize` records at a time with
 * turns of the event loop between, a part per line (`SENTENCES_LAYOUT`). The build worker writes the
 * bytes as they are and parses them only to build anew. Each part is encoded as soon as it is made,
 * so its string dies young (kept until the total length was known, 46 MB of them at 100,000
 * sentences outlived the collector's young generation at every reindex and piled up in the old one).
 * The bytes are on an ArrayBuffer of their own, transferred to the worker (build-in-worker.ts): freed
 * when it ends, not at this thread's next full collection.
 */
export async function sentenceRecordsBytes(records: readonly SentenceRecord[], partSize: number): Promise<Uint8Array> {
  const { open, between, close } = SENTENCES_LAYOUT;
  let bytes: Buffer = Buffer.from(new ArrayBuffer(RECORDS_START_BYTES));
  let at = 0;
  let done = 0;
  const write = (text: string) => {
    const need = at + Buffer.byteLength(text) + close.length;
    // Grown to what the records written so far say all of them take, with a margin.
    if (need > bytes.length) bytes = grown(bytes, at, Math.max(need, 2 * bytes.length, done > 0 ? Math.ceil((need / done) * records.length * 1.1) : 0));
    at += bytes.write(text, at);
  };
  write(open);
  for (let start = 0; start < records.length; start += partSize) {
    if (start > 0) {
      await nextTurn();
      write(between);
    }
    const part = records.slice(start, start + partSize);
    write(JSON.stringify(part).slice(1, -1));
    done += part.length;
  }
  at += bytes.write(close, at);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, at);
}

/** A first guess at the records' bytes; the next from the bytes per record written so far. */
const RECORDS_START_BYTES = 1 << 20;

/** `bytes`' first `used` bytes on a larger ArrayBuffer of their own. */
function grown(bytes: Buffer, used: number, size: number): Buffer {
  const next = Buffer.from(new ArrayBuffer(size));
  bytes.copy(next, 0, 0, used);
  return next;
}

/** Bytes of the sentences file decoded and parsed between two turns of the event loop (~5 ms of work). */
const PARSE_SLICE = 1 << 20;

/**
 * The records of a sentences file, about a megabyte of whole lines at a time (decoded and parsed)
 * with turns of the event loop between: decoding and parsing 100,000 records at once holds the
 * thread ~0.3 s, which a process taking another's new generation spends while it serves. A file of
 * one line (generations written before) is parsed whole.
 */
export async function parseSentenceRecords(bytes: Buffer, sliceBytes: number = PARSE_SLICE): Promise<SentenceRecord[]> {
  const open = SENTENCES_LAYOUT.open.length;
  if (bytes.toString('utf8', 0, open) !== SENTENCES_LAYOUT.open) return JSON.parse(bytes.toString('utf8')) as SentenceRecord[];
  const records: SentenceRecord[] = [];
  for (let at = open; at < bytes.length; ) {
    // Cut at a line's end: JSON writes a newline inside a string as "\\n", and UTF-8 never holds the byte inside a character.
    const cut = bytes.indexOf(0x0a, Math.min(at + sliceBytes, bytes.length));
    const end = cut < 0 ? bytes.length : cut;
    let lines = bytes.toString('utf8', at, end).trim();
    at = end + 1;
    if (lines.endsWith(']') && at >= bytes.length) lines = lines.slice(0, -1).trimEnd();
    if (lines.endsWith(',')) lines = lines.slice(0, -1);
    if (lines === '') continue;
    for (const r of JSON.parse(`[${lines}]`) as SentenceRecord[]) records.push(r);
    await nextTurn();
  }
  return records;
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Path of the model's current generation folder, or null when there is none. */
export function currentGeneration(indexDir: string, model: string): string | null {
  return pointedAt(indexDir, pointerFile(model)) ?? (fs.existsSync(path.join(indexDir, pointerFile(model))) ? null : pointedAt(indexDir, LEGACY_POINTER));
}

function pointedAt(indexDir: string, pointer: string): string | null {
  let name: string;
  try {
    name = fs.readFileSync(path.join(indexDir, pointer), 'utf8').trim();
  } catch {
    return null;
  }
  if (!/^gen-[\w-]+$/.test(name)) return null;
  const dir = path.join(indexDir, name);
  return fs.existsSync(dir) ? dir : null;
}

/** A generation being written; nothing points at it until `commit`. */
export interface DraftGeneration {
  /** The folder its data files are written to (`writeGenerationFiles`). */
  readonly dir: string;
  /** Writes the manifest, moves the folder into place and makes the generation current. */
  commit(manifest: Manifest): { dir: string; manifest: Manifest };
  /** Deletes the unfinished generation. */
  abort(): void;
}

export function draftGeneration(indexDir: string, model: string): DraftGeneration {
  fs.mkdirSync(indexDir, { recursive: true });
  const name = `gen-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const tmp = path.join(indexDir, `.tmp-${name}`);
  fs.mkdirSync(tmp);
  const draft: DraftGeneration = {
    dir: tmp,
    commit(manifest) {
      try {
        fs.writeFileSync(path.join(tmp, FILES.manifest), JSON.stringify(manifest, null, 1));
        fsyncFile(path.join(tmp, FILES.manifest));
        const dir = path.join(indexDir, name);
        fs.renameSync(tmp, dir);
        const pointerTmp = path.join(indexDir, `.${pointerFile(model)}.${process.pid}.tmp`);
        fs.writeFileSync(pointerTmp, name + '\n');
        fsyncFile(pointerTmp);
        fs.renameSync(pointerTmp, path.join(indexDir, pointerFile(model)));
        retireLegacyPointer(indexDir);
        return { dir, manifest };
      } catch (error) {
        draft.abort();
        throw error;
      }
    },
    abort() {
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
  return draft;
}

/** The one pointer of before becomes the pointer of its generation's model, or goes when that model has its own now. */
function retireLegacyPointer(indexDir: string): void {
  const legacy = path.join(indexDir, LEGACY_POINTER);
  const dir = pointedAt(indexDir, LEGACY_POINTER);
  let model: unknown;
  try {
    model = dir ? (JSON.parse(fs.readFileSync(path.join(dir, FILES.manifest), 'utf8')) as Partial<Manifest>).model : undefined;
  } catch {
    // Unreadable: nothing worth keeping a pointer to.
  }
  const own = typeof model === 'string' ? path.join(indexDir, pointerFile(model)) : null;
  if (own && !fs.existsSync(own)) fs.renameSync(legacy, own);
  else fs.rmSync(legacy, { force: true });
}

/**
 * Writes, fsyncs and checksums a generation's data files (everything but the manifest, which
 * records the checksums). On the build worker (generation-job.ts), with the hashing the reader uses.
 */
export async function writeGenerationFiles(dir: string, data: GenerationData): Promise<Record<string, string>> {
  const checksums: Record<string, string> = {};
  const save = async (file: string, content: Uint8Array) => {
    const full = path.join(dir, file);
    fs.writeFileSync(full, content);
    fsyncFile(full);
    checksums[file] = await sha256(content);
  };
  await save(FILES.sentences, data.sentences);
  await save(FILES.vectors, new Uint8Array(data.vectors.buffer, data.vectors.byteOffset, data.vectors.byteLength));
  await save(FILES.lexical, data.lexical);
  const hnsw = path.join(dir, FILES.hnsw);
  data.writeHnsw(hnsw);
  fsyncFile(hnsw);
  checksums[FILES.hnsw] = await sha256File(hnsw);
  return checksums;
}

/**
 * A generation or pointer being written is left alone this long: another process on the same index
 * folder (`npm run add` or `ask` beside the bot) may be writing it. Older, it is an interrupted
 * write's leftover.
 */
export const DRAFT_GRACE_MS = 60 * 60 * 1000;

/**
 * Removes every generation but the model's current one and that of the model whose pointer was
 * written last among the others (two models at most are kept, so trying models one after another
 * does not fill the disk), the other models' pointers, and leftovers of interrupted writes
 * (`DRAFT_GRACE_MS`).
 */
export function removeStaleGenerations(indexDir: string, model: string, now: number = Date.now()): void {
  const entries = safeReaddir(indexDir);
  const own = entries.includes(pointerFile(model)) ? pointerFile(model) : LEGACY_POINTER;
  const others = entries
    .filter((entry) => isPointer(entry) && entry !== own)
    .map((entry) => ({ entry, written: fs.statSync(path.join(indexDir, entry), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.written - a.written);
  for (const { entry } of others.slice(1)) fs.rmSync(path.join(indexDir, entry), { force: true });
  const kept = new Set([own, ...others.slice(0, 1).map((o) => o.entry)].map((pointer) => pointedAt(indexDir, pointer)));
  for (const entry of entries) {
    const full = path.join(indexDir, entry);
    if (kept.has(full)) continue;
    const draft = entry.startsWith('.tmp-gen-') || entry.endsWith('.tmp');
    if (!draft && !entry.startsWith('gen-')) continue;
    if (draft && now - (fs.statSync(full, { throwIfNoEntry: false })?.mtimeMs ?? 0) < DRAFT_GRACE_MS) continue;
    fs.rmSync(full, { recursive: true, force: true });
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
 * Reads and verifies a generation (checksums before anything native touches the files). Throws with
 * a reason when the generation is unusable. Reads, hashes and parses with turns of the event loop
 * between (a process serving questions takes another's new generation so): the files are read on the
 * thread pool, hashed and parsed a slice at a time.
 */
export async function readGeneration(dir: string, check: (m: unknown) => string | null): Promise<ReadGeneration> {
  const manifest = JSON.parse(await fs.promises.readFile(path.join(dir, FILES.manifest), 'utf8')) as Manifest;
  const problem = check(manifest);
  if (problem) throw new Error(problem);
  // Each file is read once: verified, then used from the same bytes.
  const verified = new Map<string, Buffer>();
  for (const [file, sum] of Object.entries(manifest.checksums)) {
    const full = path.join(dir, file);
    if (file === FILES.hnsw) {
      if ((await sha256File(full)) !== sum) throw new Error(`${file} is corrupt (checksum mismatch)`);
      continue;
    }
    const bytes = await readWhole(full);
    if ((await sha256(bytes)) !== sum) throw new Error(`${file} is corrupt (checksum mismatch)`);
    verified.set(file, bytes);
  }
  const bytesOf = async (file: string) => verified.get(file) ?? (await readWhole(path.join(dir, file)));
  const sentences = await parseSentenceRecords(await bytesOf(FILES.sentences));
  const raw = await bytesOf(FILES.vectors);
  // Viewed in place, in the buffer of its own `readWhole` read it into: 40 MB not copied at 100,000 sentences.
  const vectors = new Float32Array(raw.buffer, raw.byteOffset, Math.floor(raw.byteLength / 4));
  if (vectors.length !== manifest.slotCount * manifest.dimensions) {
    throw new Error(`vectors file holds ${vectors.length} values, expected ${manifest.slotCount * manifest.dimensions}`);
  }
  return { dir, manifest, sentences, vectors, lexical: await bytesOf(FILES.lexical), hnswFile: path.join(dir, FILES.hnsw) };
}
