import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { currentGeneration, draftGeneration, DRAFT_GRACE_MS, FILES, readGeneration, removeStaleGenerations, writeGenerationFiles, type GenerationData } from '../../src/index/index-files.ts';
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

/** Writes a generation's data files into a draft and commits it with their checksums. */
function save(indexDir: string, data: GenerationData, manifest: Omit<Manifest, 'checksums'>) {
  const draft = draftGeneration(indexDir);
  return draft.commit({ ...manifest, checksums: writeGenerationFiles(draft.dir, data) });
}

describe('generations on disk', () => {
  it('GIVEN a draft generation WHEN committed THEN it is current and reads back verified, lexical index included', async () => {
    const { indexDir, data, manifest } = fixture();
    const saved = save(indexDir, data, manifest);
    expect(currentGeneration(indexDir)).toBe(saved.dir);
    expect(Object.keys(saved.manifest.checksums).sort()).toEqual([FILES.hnsw, FILES.lexical, FILES.sentences, FILES.vectors].sort());
    const read = readGeneration(saved.dir, () => null);
    expect(read.sentences).toEqual(JSON.parse(Buffer.from(data.sentences).toString('utf8')));
    expect(LexicalIndex.fromBytes(read.lexical).search(terms('harbour bridge'), 1)[0]?.slot).toBe(0);
  });

  it('GIVEN a draft generation WHEN aborted (the calibration failed) THEN nothing is left and the current one stays', async () => {
    const { indexDir, data, manifest } = fixture();
    const first = save(indexDir, data, manifest);
    const draft = draftGeneration(indexDir);
    writeGenerationFiles(draft.dir, data);
    draft.abort();
    expect(fs.readdirSync(indexDir).filter((e) => e.startsWith('.tmp-'))).toEqual([]);
    expect(currentGeneration(indexDir)).toBe(first.dir);
  });

  it('GIVEN old generations and drafts THEN pruning removes the generations but the current one, and drafts an hour old; a recent draft (another process writing it) stays', async () => {
    const { indexDir, data, manifest } = fixture();
    const old = save(indexDir, data, manifest);
    const current = save(indexDir, data, manifest);
    const writing = draftGeneration(indexDir);
    const abandoned = draftGeneration(indexDir);
    const hoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(abandoned.dir, hoursAgo, hoursAgo);
    removeStaleGenerations(indexDir);
    expect(fs.existsSync(old.dir)).toBe(false);
    expect(fs.existsSync(abandoned.dir)).toBe(false);
    expect(fs.existsSync(writing.dir)).toBe(true);
    expect(currentGeneration(indexDir)).toBe(current.dir);
    // An hour on, the draft nobody finished is a leftover too.
    removeStaleGenerations(indexDir, Date.now() + DRAFT_GRACE_MS + 1000);
    expect(fs.existsSync(writing.dir)).toBe(false);
    expect(currentGeneration(indexDir)).toBe(current.dir);
  });

  it.each([FILES.lexical, FILES.hnsw])('GIVEN a corrupted %s THEN reading the generation fails on its checksum', async (name) => {
    const { indexDir, data, manifest } = fixture();
    const saved = save(indexDir, data, manifest);
    const file = path.join(saved.dir, name);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
    fs.writeFileSync(file, bytes);
    expect(() => readGeneration(saved.dir, () => null)).toThrow(`${name} is corrupt (checksum mismatch)`);
  });
});
