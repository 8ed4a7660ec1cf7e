/**
 * Builds a new in-memory index from a segmented corpus, reusing whatever the previous index already
 * holds: unchanged documents keep their slots, unchanged sentences of changed documents keep their
 * vectors, and only new text is embedded. The previous index is only read, never modified, so it can
 * keep serving while this runs.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { SegmentedDocument, SkippedFile } from '../corpus/types.ts';
import type { Embedder } from '../embedding/embedder.ts';
import { INDEX_FORMAT_VERSION, type ManifestDocument } from './manifest.ts';
import path from 'node:path';
import { startBuildWorker, type BuildWorker } from './build-in-worker.ts';
import { FILES, sentenceRecordsBytes } from './index-files.ts';
import { LexicalIndex } from './lexical-index.ts';
import { isSearchable, SearchIndex } from './search-index.ts';
import type { SentenceRecord } from './sentence-record.ts';
import { embeddingText, indexTerms } from './sentence-text.ts';
import { DEFAULT_HNSW, HnswVectorIndex, type HnswParams } from './vector-index.ts';
import type { Calibration } from '../retrieval/calibration.ts';

export interface PreviousIndex {
  index: SearchIndex;
  /** The generation folder it was saved to: its graph and lexical index are updated from there (null: built anew). */
  dir: string | null;
}

export interface BuildTimings {
  /** Only new or changed sentences are embedded, identical texts once. */
  embedSeconds: number;
  /** On the build worker: the graph, the lexical index, writing the data files. */
  hnswSeconds: number;
  lexicalSeconds: number;
  writeSeconds: number;
  /** Loading the written graph back on the serving thread (on the thread pool). */
  loadSeconds: number;
}

export interface BuildResult {
  index: SearchIndex;
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
  /** Sentences given a new vector in this build. */
  embedded: number;
  /** Distinct texts those vectors came from (what the model actually ran on). */
  embeddedTexts: number;
  skipped: SkippedFile[];
  /** Of the data files written into `BuildOptions.dir`, for the manifest. */
  checksums: Record<string, string>;
  timings: BuildTimings;
}

export interface BuildOptions {
  hnsw?: HnswParams;
  /** Progress of each phase that can take a while on a large corpus (see BUILD_PHASES). */
  onProgress?: (phase: string, done: number, total: number) => void;
  /** Placeholder until the engine calibrates the new index. */
  calibration: Calibration;
  /** The new generation's folder (a DraftGeneration's): the data files are written there. */
  dir: string;
}

/** The phases `onProgress` reports, in order, as the words a progress line shows. */
export const BUILD_PHASES = {
  embedding: 'Embedding sentences (identical ones once)',
  // Both indexes are built on a worker thread; the serving thread then loads them.
  vectors: 'Building the vector (HNSW) and word indexes',
  lexical: 'Loading the new indexes',
} as const;

export async function buildIndex(
  documents: readonly SegmentedDocument[],
  skipped: SkippedFile[],
  embedder: Embedder,
  previous: PreviousIndex | null,
  options: BuildOptions,
): Promise<BuildResult> {
  // Started first: its start-up (a second of loading modules under tsx) overlaps planning and embedding.
  const worker = startBuildWorker();
  try {
    return await buildWith(worker, documents, skipped, embedder, previous, options);
  } finally {
    worker.cancel();
  }
}

async function buildWith(
  worker: BuildWorker,
  documents: readonly SegmentedDocument[],
  skipped: SkippedFile[],
  embedder: Embedder,
  previous: PreviousIndex | null,
  options: BuildOptions,
): Promise<BuildResult> {
  const dim = embedder.dimensions;
  const hnswParams = options.hnsw ?? DEFAULT_HNSW;
  const sameModel = (m: SearchIndex['manifest']) =>
    m.model === embedder.modelId && (m.modelRevision ?? null) === (embedder.revision ?? null) && m.dimensions === dim;
  const prev = previous && sameModel(previous.index.manifest) ? previous.index : null;
  const prevDocs = new Map((prev?.manifest.documents ?? []).map((d) => [d.docId, d]));

  const added: string[] = [];
  const changed: string[] = [];
  let unchanged = 0;
  const records: SentenceRecord[] = [];
  const keptSlots = new Set<number>();
  // Old records of changed documents, by embedded text, so unchanged sentences keep their slot and vector.
  const reusable = new Map<string, SentenceRecord[]>();
  const pending: { doc: SegmentedDocument; i: number }[] = [];

  for (const doc of documents) {
    const old = prevDocs.get(doc.docId);
    const oldRecords = prev?.documentSentences(doc.docId) ?? [];
    if (old && old.contentHash === doc.contentHash && oldRecords.length === doc.sentences.length) {
      unchanged++;
      for (const r of oldRecords) {
        records.push(r); // shared with the live index: only a compaction renumbers them, on copies
        keptSlots.add(r.slot);
      }
      continue;
    }
    (old ? changed : added).push(doc.docId);
    for (const r of oldRecords) {
      const key = `${r.kind}\u0000${embeddingText(r)}`;
      const list = reusable.get(key) ?? [];
      list.push(r);
      reusable.set(key, list);
    }
    doc.sentences.forEach((_, i) => pending.push({ doc, i }));
  }
  const currentIds = new Set(documents.map((d) => d.docId));
  const removed = [...prevDocs.keys()].filter((id) => !currentIds.has(id));

  // Place the sentences of added/changed documents: reuse a matching old slot, else a new one.
  const toEmbed: SentenceRecord[] = [];
  const placed: SentenceRecord[] = [];
  for (const [n, { doc, i }] of pending.entries()) {
    if (n > 0 && n % TURN_SENTENCES === 0) await nextTurn(); // indexing terms is the costly part
    const s = doc.sentences[i]!;
    const key = `${s.kind}\u0000${embeddingText(s)}`;
    const match = reusable.get(key)?.shift();
    const record: SentenceRecord = {
      slot: match ? match.slot : -1,
      docId: doc.docId,
      index: s.index,
      text: s.text,
      kind: s.kind,
      section: s.section,
      block: s.block,
      leadIn: s.leadIn,
      terms: match ? match.terms : isSearchable(s) ? indexTerms(s) : '',
    };
    if (match) keptSlots.add(match.slot);
    placed.push(record);
  }
  // Slots are never reused, so an HNSW label always names one vector; the free space is reclaimed by
  // compacting (renumbering everything) once it outgrows the live part.
  const prevSlotCount = prev?.manifest.slotCount ?? 0;
  const liveCount = records.length + placed.length;
  const compact = !prev || prevSlotCount - keptSlots.size > Math.max(1000, 0.3 * liveCount);
  const oldVector = (slot: number) => prev!.vectors.subarray(slot * dim, slot * dim + dim);
  const carried = new Map<SentenceRecord, Float32Array>();
  let nextSlot = compact ? 0 : prevSlotCount;
  if (compact) {
    records.forEach((kept, i) => {
      const r: SentenceRecord = { ...kept, slot: nextSlot++ }; // a copy: the live index keeps its own
      if (prev && isSearchable(r)) carried.set(r, oldVector(kept.slot));
      records[i] = r;
    });
  }
  for (const r of placed) {
    if (r.slot >= 0 && prev && isSearchable(r)) carried.set(r, oldVector(r.slot));
    if (r.slot < 0 || compact) {
      const fresh = r.slot < 0;
      r.slot = nextSlot++;
      if (fresh && isSearchable(r)) toEmbed.push(r);
    }
    records.push(r);
  }
  const slotCount = nextSlot;

  // Vectors: kept rows are copied (or carried to their new slot when compacting); new rows embedded.
  // Shared memory: the build worker reads them where they are.
  const vectors = new Float32Array(new SharedArrayBuffer(slotCount * dim * Float32Array.BYTES_PER_ELEMENT));
  if (prev && !compact) vectors.set(prev.vectors.subarray(0, Math.min(prev.vectors.length, vectors.length)));
  for (const [r, v] of carried) vectors.set(v, r.slot * dim);
  for (let slot = 0; slot < prevSlotCount && !compact; slot++) {
    if (!keptSlots.has(slot)) vectors.fill(0, slot * dim, slot * dim + dim);
  }
  const t0 = performance.now();
  // Identical texts (a refrain, a licence line in every man page) are embedded once.
  const uniqueTexts = new Map<string, number>();
  const textOf = toEmbed.map((r) => {
    const text = embeddingText(r);
    let i = uniqueTexts.get(text);
    if (i === undefined) uniqueTexts.set(text, (i = uniqueTexts.size));
    return i;
  });
  const progress = options.onProgress;
  const embedded =
    toEmbed.length === 0 ? [] : await embedYielding(embedder, [...uniqueTexts.keys()], progress && ((done, total) => progress(BUILD_PHASES.embedding, done, total)));
  toEmbed.forEach((r, j) => vectors.set(embedded[textOf[j]!]!, r.slot * dim));
  const embedSeconds = (performance.now() - t0) / 1000;

  // The ANN graph and the lexical index are built, and the data files written, on a worker thread:
  // the previous generation's graph and lexical index updated when possible, else built anew.
  const searchable = records.filter(isSearchable);
  const update = prev && !compact && previous?.dir;
  progress?.(BUILD_PHASES.vectors, 0, searchable.length);
  // Written while the worker updates the graph and the lexical index, which need only the added records.
  const recordsReady = sentenceRecordsBytes(records, TURN_SENTENCES);
  const written = await worker.run({
    dir: options.dir,
    dimensions: dim,
    hnsw: hnswParams,
    vectors,
    previous: update
      ? {
          dir: update,
          live: prev.records.filter(isSearchable).map((r) => r.slot),
          dropped: prev.records.filter((r) => isSearchable(r) && !keptSlots.has(r.slot)).map((r) => r.slot),
          sameGraph: sameParams(prev.manifest.hnsw, hnswParams),
        }
      : null,
    added: update ? toEmbed : [], // a build anew reads them from the records' bytes (not 100,000 objects to clone)
  }, recordsReady);
  progress?.(BUILD_PHASES.vectors, searchable.length, searchable.length);
  const t1 = performance.now();
  progress?.(BUILD_PHASES.lexical, 0, 1);
  const vectorIndex = await HnswVectorIndex.load(path.join(options.dir, FILES.hnsw), dim, searchable.map((r) => r.slot), hnswParams);
  const lexical = LexicalIndex.fromBytes(written.lexical);
  const loadSeconds = (performance.now() - t1) / 1000;
  progress?.(BUILD_PHASES.lexical, 1, 1);

  const docRecords = new Map<string, number>();
  for (const r of records) docRecords.set(r.docId, (docRecords.get(r.docId) ?? 0) + 1);
  const manifestDocs: ManifestDocument[] = documents.map((d) => ({
    docId: d.docId,
    title: d.title,
    meta: d.meta,
    contentHash: d.contentHash,
    sentences: docRecords.get(d.docId) ?? 0,
  }));
  const now = new Date().toISOString();
  const index = new SearchIndex(
    {
      formatVersion: INDEX_FORMAT_VERSION,
      model: embedder.modelId,
      modelRevision: embedder.revision ?? null,
      dimensions: dim,
      hnsw: hnswParams,
      createdAt: prev?.manifest.createdAt ?? now,
      updatedAt: now,
      documents: manifestDocs,
      slotCount,
      calibration: options.calibration,
    },
    records,
    vectors,
    vectorIndex,
    lexical,
  );
  return {
    index,
    added,
    changed,
    removed,
    unchanged,
    embedded: toEmbed.length,
    embeddedTexts: uniqueTexts.size,
    skipped,
    checksums: written.checksums,
    timings: {
      embedSeconds,
      hnswSeconds: written.hnswSeconds,
      lexicalSeconds: written.lexicalSeconds,
      writeSeconds: written.writeSeconds,
      loadSeconds,
    },
  };
}

/** Sentences handled between two turns of the event loop where a build loops over all of them. */
const TURN_SENTENCES = 500;

/**
 * Texts embedded between two turns of the event loop. The model runs synchronously
 * (onnxruntime-node 1.14 runs a session inside process.nextTick), so one call for 100,000 texts
 * would hold the serving thread for seconds. A multiple of the embedder's batch size, so the chunks
 * cut exactly the batches one call over all texts would make.
 */
export const EMBED_CHUNK = 64;

async function embedYielding(embedder: Embedder, texts: readonly string[], onProgress?: (done: number, total: number) => void): Promise<Float32Array[]> {
  // Longest first, ties in input order: the order the embedder batches a call in.
  const order = texts.map((_, i) => i).sort((a, b) => texts[b]!.length - texts[a]!.length || a - b);
  const vectors = new Array<Float32Array>(texts.length);
  for (let start = 0; start < order.length; start += EMBED_CHUNK) {
    if (start > 0) await nextTurn();
    const chunk = order.slice(start, start + EMBED_CHUNK);
    const progress = onProgress && ((done: number) => onProgress(start + done, texts.length));
    const result = await embedder.embedPassages(chunk.map((i) => texts[i]!), progress);
    chunk.forEach((i, j) => (vectors[i] = result[j]!));
  }
  return vectors;
}

function sameParams(a: HnswParams | undefined, b: HnswParams): boolean {
  return !!a && a.m === b.m && a.efConstruction === b.efConstruction;
}
