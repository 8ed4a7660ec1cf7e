import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { currentGeneration, draftGeneration, DRAFT_GRACE_MS, FILES, parseSentenceRecords, pointerFile, readGeneration, removeStaleGenerations, sentenceRecordsBytes, writeGenerationFiles, type GenerationData } from '../../src/index/index-files.ts';
import { INDEX_FORMAT_VERSION, type Manifest } from '../../src/index/manifest.ts';
import { LexicalIndex } from '../../src/index/lexical-index.ts';
import type { SentenceRecord } from '../../src/index/sentence-record.ts';
import { DEFAULT_HNSW, HnswVectorIndex } from '../../src/index/vector-index.ts';
import { terms } from '../../src/index/terms.ts';
import { UNCALIBRATED } from '../../src/retrieval/calibration.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function fixture(): { indexDir: string; data: GenerationData; manifest: Omit<Manifest, 'checksums'> } {
  const indexDir = fs.mkdtempSync(path.join(os.tmpdir(), 'generation-test-'));
  dirs.push(indexDir);
  const text = 'The harbour bridge reopened on Tuesday.';
  const record: SentenceRecord = { slot: 0, docId: 'a.md', index: 1, text, kind: 'text', section: null, block: 0, leadIn: null, terms: terms(text).join(' ') };
  const vectors = Float32Array.from({ length: 4 }, (_, i) => (i === 0 ? 1 : 0));
  const graph = HnswVectorIndex.create(4, 1);
  graph.add(0, vectors);
  const lexical = new LexicalIndex();
  lexical.add(0, terms(text));
  const manifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    model: 'test',
    modelRevision: null,
    dimensions: 4,
    hnsw: DEFAULT_HNSW,
    createdAt: 'now',
    updatedAt: 'now',
    documents: [],
    slotCount: 1,
    calibration: UNCALIBRATED,
  };
  return { indexDir, manifest, data: { sentences: Buffer.from(JSON.stringify([record])), vectors, lexical: lexical.toBytes(), writeHnsw: (f) => graph.write(f) } };
}

const MODEL = 'test';

/** Writes a generation's data files into a draft and commits it with their checksums. */
async function save(indexDir: string, data: GenerationData, manifest: Omit<Manifest, 'checksums'>, model = MODEL) {
  const draft = draftGeneration(indexDir, model);
  return draft.commit({ ...manifest, checksums: await writeGenerationFiles(draft.dir, data) });
}

describe('generations on disk', () => {
  it('GIVEN a draft generation WHEN committed THEN it is current and reads back verified, lexical index included (its sentences file in one line, as earlier versions wrote it)', async () => {
    const { indexDir, data, manifest } = fixture();
    const saved = await save(indexDir, data, manifest);
    expect(currentGeneration(indexDir, MODEL)).toBe(saved.dir);
    expect(Object.keys(saved.manifest.checksums).sort()).toEqual([FILES.hnsw, FILES.lexical, FILES.sentences, FILES.vectors].sort());
    const read = await readGeneration(saved.dir, () => null);
    expect(read.sentences).toEqual(JSON.parse(Buffer.from(data.sentences).toString('utf8')));
    expect(LexicalIndex.fromBytes(read.lexical).search(terms('harbour bridge'), 1)[0]?.slot).toBe(0);
  });

  it('GIVEN a generation THEN its vectors read back as written; GIVEN a manifest counting other slots than its vectors file holds (checksums matching) THEN reading fails saying so', async () => {
    const { indexDir, data, manifest } = fixture();
    const saved = await save(indexDir, data, manifest);
    expect([...(await readGeneration(saved.dir, () => null)).vectors]).toEqual([...data.vectors]);
    // A vectors file of 6 bytes (one value and a half), its checksum in the manifest: the size says what is wrong.
    const odd = await save(indexDir, data, manifest);
    fs.writeFileSync(path.join(odd.dir, FILES.vectors), Buffer.alloc(6));
    const sums = { ...odd.manifest.checksums, [FILES.vectors]: createHash('sha256').update(Buffer.alloc(6)).digest('hex') };
    fs.writeFileSync(path.join(odd.dir, FILES.manifest), JSON.stringify({ ...odd.manifest, checksums: sums }));
    await expect(readGeneration(odd.dir, () => null)).rejects.toThrow('vectors file holds 1 values, expected 4');
  });

  it('GIVEN a draft generation WHEN aborted (the calibration failed) THEN nothing is left and the current one stays', async () => {
    const { indexDir, data, manifest } = fixture();
    const first = await save(indexDir, data, manifest);
    const draft = draftGeneration(indexDir, MODEL);
    await writeGenerationFiles(draft.dir, data);
    draft.abort();
    expect(fs.readdirSync(indexDir).filter((e) => e.startsWith('.tmp-'))).toEqual([]);
    expect(currentGeneration(indexDir, MODEL)).toBe(first.dir);
  });

  it('GIVEN old generations and drafts THEN pruning removes the generations but the current one, and drafts an hour old; a recent draft (another process writing it) stays', async () => {
    const { indexDir, data, manifest } = fixture();
    const old = await save(indexDir, data, manifest);
    const current = await save(indexDir, data, manifest);
    const writing = draftGeneration(indexDir, MODEL);
    const abandoned = draftGeneration(indexDir, MODEL);
    const hoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(abandoned.dir, hoursAgo, hoursAgo);
    removeStaleGenerations(indexDir, MODEL);
    expect(fs.existsSync(old.dir)).toBe(false);
    expect(fs.existsSync(abandoned.dir)).toBe(false);
    expect(fs.existsSync(writing.dir)).toBe(true);
    expect(currentGeneration(indexDir, MODEL)).toBe(current.dir);
    // An hour on, the draft nobody finished is a leftover too.
    removeStaleGenerations(indexDir, MODEL, Date.now() + DRAFT_GRACE_MS + 1000);
    expect(fs.existsSync(writing.dir)).toBe(false);
    expect(currentGeneration(indexDir, MODEL)).toBe(current.dir);
  });

  it('GIVEN generations of three models, one after another (a model tried, another, then the first again) THEN each model reads its own; pruning keeps the model\'s own and the one written last among the others', async () => {
    const { indexDir, data, manifest } = fixture();
    const hub = await save(indexDir, data, manifest, 'Xenova/multi-qa-MiniLM-L6-cos-v1');
    const offline = await save(indexDir, data, manifest, 'offline/glove-wink-100d');
    expect(fs.existsSync(path.join(indexDir, 'CURRENT.Xenova_multi-qa-MiniLM-L6-cos-v1'))).toBe(true);
    expect(currentGeneration(indexDir, 'Xenova/multi-qa-MiniLM-L6-cos-v1')).toBe(hub.dir);
    expect(currentGeneration(indexDir, 'offline/glove-wink-100d')).toBe(offline.dir);
    expect(currentGeneration(indexDir, 'Xenova/multilingual-e5-small')).toBeNull();
    removeStaleGenerations(indexDir, 'offline/glove-wink-100d');
    expect(currentGeneration(indexDir, 'Xenova/multi-qa-MiniLM-L6-cos-v1')).toBe(hub.dir);

    // A third model: its pruning keeps its own and the offline one's (written after the hub's).
    const minute = (n: number) => new Date(Date.now() - n * 60_000);
    fs.utimesSync(path.join(indexDir, pointerFile('Xenova/multi-qa-MiniLM-L6-cos-v1')), minute(2), minute(2));
    fs.utimesSync(path.join(indexDir, pointerFile('offline/glove-wink-100d')), minute(1), minute(1));
    const e5 = await save(indexDir, data, manifest, 'Xenova/multilingual-e5-small');
    removeStaleGenerations(indexDir, 'Xenova/multilingual-e5-small');
    expect(currentGeneration(indexDir, 'Xenova/multilingual-e5-small')).toBe(e5.dir);
    expect(currentGeneration(indexDir, 'offline/glove-wink-100d')).toBe(offline.dir);
    expect(currentGeneration(indexDir, 'Xenova/multi-qa-MiniLM-L6-cos-v1')).toBeNull();
    expect(fs.existsSync(hub.dir)).toBe(false);
    expect(fs.readdirSync(indexDir).filter((e) => e.startsWith('CURRENT')).sort()).toEqual([pointerFile('Xenova/multilingual-e5-small'), pointerFile('offline/glove-wink-100d')]);
  });

  it('GIVEN an index folder written before there was a pointer per model (one CURRENT) THEN its generation is read, kept by pruning, and the model\'s first commit makes that pointer its generation\'s model\'s own', async () => {
    const { indexDir, data, manifest } = fixture();
    const old = await save(indexDir, data, manifest);
    fs.renameSync(path.join(indexDir, pointerFile(MODEL)), path.join(indexDir, 'CURRENT'));
    expect(currentGeneration(indexDir, MODEL)).toBe(old.dir);
    removeStaleGenerations(indexDir, MODEL);
    expect(fs.existsSync(old.dir)).toBe(true);
    const next = await save(indexDir, data, manifest);
    expect(currentGeneration(indexDir, MODEL)).toBe(next.dir);
    expect(fs.existsSync(path.join(indexDir, 'CURRENT'))).toBe(false);
    removeStaleGenerations(indexDir, MODEL);
    expect(fs.existsSync(old.dir)).toBe(false);

    // The one pointer holding another model's generation: it becomes that model's.
    const other = await save(indexDir, data, { ...manifest, model: 'offline/glove-wink-100d' }, 'offline/glove-wink-100d');
    fs.renameSync(path.join(indexDir, pointerFile('offline/glove-wink-100d')), path.join(indexDir, 'CURRENT'));
    await save(indexDir, data, manifest);
    expect(currentGeneration(indexDir, 'offline/glove-wink-100d')).toBe(other.dir);
    expect(fs.existsSync(path.join(indexDir, 'CURRENT'))).toBe(false);
  });

  it.each([FILES.lexical, FILES.hnsw])('GIVEN a corrupted %s THEN reading the generation fails on its checksum', async (name) => {
    const { indexDir, data, manifest } = fixture();
    const saved = await save(indexDir, data, manifest);
    const file = path.join(saved.dir, name);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
    fs.writeFileSync(file, bytes);
    await expect(readGeneration(saved.dir, () => null)).rejects.toThrow(`${name} is corrupt (checksum mismatch)`);
  });
});

describe('the sentences file as bytes', () => {
  const record = (slot: number): SentenceRecord => ({
    slot,
    docId: `doc-${slot % 7}.md`,
    index: slot,
    // Non-ASCII and a newline inside a string: lengths are counted in bytes, lines cut only between parts.
    text: `Sentence ${slot} — naïve café\nwith a “quote” and ${'words '.repeat(slot % 40)}`,
    kind: slot % 5 === 0 ? 'heading' : 'text',
    section: slot % 3 === 0 ? 'Über' : null,
    block: slot % 11,
    leadIn: null,
    terms: 'sentenc naiv cafe quot word',
  });

  it('GIVEN records worth several megabytes THEN the bytes hold every one, a part per line, and parse back to the same records', async () => {
    const records = Array.from({ length: 12_345 }, (_, i) => record(i));
    const bytes = Buffer.from(await sentenceRecordsBytes(records, 500));
    // Beyond the first guess of a megabyte: the buffer was grown on the way.
    expect(bytes.length).toBeGreaterThan(2 << 20);
    expect(bytes.toString('utf8').split('\n')).toHaveLength(Math.ceil(records.length / 500) + 2);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(records);
    expect(await parseSentenceRecords(bytes)).toEqual(records);
  });

  it('GIVEN no records THEN the bytes are an empty array', async () => {
    expect(JSON.parse(Buffer.from(await sentenceRecordsBytes([], 500)).toString('utf8'))).toEqual([]);
  });
});
