/**
 * Builds a new in-memory index from a segmented corpus, reusing whatever the previous index already
 * holds: unchanged documents keep their slots, unchanged sentences of changed documents keep their
 * vectors, and only new text is embedded. The previous index is only read, never modified, so it can
 * keep serving while this runs.
 */
import type { SegmentedDocument, SkippedFile } from '../corpus/types.ts';
import type { Embedder } from '../embedding/embedder.ts';
import { INDEX_FORMAT_VERSION, type ManifestDocument } from './manifest.ts';
import type { LexicalIndex } from './lexical-index.ts';
import { buildLexicalIndex, isSearchable, recordTerms, SearchIndex } from './search-index.ts';
import type { SentenceRecord } from './sentence-record.ts';
import { embeddingText, indexTerms } from './sentence-text.ts';
import { DEFAULT_HNSW, HnswVectorIndex, type HnswParams } from './vector-index.ts';
import type { Calibration } from '../retrieval/calibration.ts';

export interface PreviousIndex {
  index: SearchIndex;
  /** The saved HNSW file of that index, read into a private copy to update incrementally. */
  hnswFile: string | null;
}

export interface BuildTimings {
  /** Only new or changed sentences are embedded, identical texts once. */
  embedSeconds: number;
  hnswSeconds: number;
  lexicalSeconds: number;
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
  timings: BuildTimings;
}

export interface BuildOptions {
  hnsw?: HnswParams;
  /** Progress of each phase that can take a while on a large corpus (see BUILD_PHASES). */
  onProgress?: (phase: string, done: number, total: number) => void;
  /** Placeholder until the engine calibrates the new index. */
  calibration: Calibration;
}

/** The phases `onProgress` reports, in order, as the words a progress line shows. */
export const BUILD_PHASES = {
  embedding: 'Embedding sentences (identical ones once)',
  vectors: 'Building the vector index (HNSW)',
  lexical: 'Building the word index',
} as const;

/** Progress is reported about every this many HNSW insertions. */
const HNSW_PROGRESS_STEP = 1000;

export async function buildIndex(
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
        records.push({ ...r }); // a copy: the live index keeps its own records while this runs
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
  for (const { doc, i } of pending) {
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
    for (const r of records) {
      if (prev && isSearchable(r)) carried.set(r, oldVector(r.slot));
      r.slot = nextSlot++;
    }
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
  const vectors = new Float32Array(slotCount * dim);
  if (prev && !compact) vectors.set(prev.vectors.subarray(0, Math.min(prev.vectors.length, vectors.length)));
  for (const [r, v] of carried) vectors.set(v, r.slot * dim);
  for (let slot = 0; slot < prevSlotCount && !compact; slot++) {
    if (!keptSlots.has(slot)) vectors.fill(0, slot * dim, slot * dim + dim);
  }
  const t0 = performance.now();
  // One call for the whole build, so the embedder batches texts of similar length across all of
  // them (less padding); identical texts (a refrain, a licence line in every man page) once.
  const uniqueTexts = new Map<string, number>();
  const textOf = toEmbed.map((r) => {
    const text = embeddingText(r);
    let i = uniqueTexts.get(text);
    if (i === undefined) uniqueTexts.set(text, (i = uniqueTexts.size));
    return i;
  });
  const progress = options.onProgress;
  const embedded =
    toEmbed.length === 0
      ? []
      : await embedder.embedPassages([...uniqueTexts.keys()], progress && ((done, total) => progress(BUILD_PHASES.embedding, done, total)));
  toEmbed.forEach((r, j) => vectors.set(embedded[textOf[j]!]!, r.slot * dim));
  const embedSeconds = (performance.now() - t0) / 1000;

  // The ANN graph: update a private copy of the saved one when possible, else build anew.
  const t1 = performance.now();
  const searchable = records.filter(isSearchable);
  let vectorIndex: HnswVectorIndex;
  const liveBefore = prev ? prev.records.filter(isSearchable).map((r) => r.slot) : [];
  const insert = (rs: readonly SentenceRecord[]) => {
    progress?.(BUILD_PHASES.vectors, 0, rs.length);
    rs.forEach((r, i) => {
      vectorIndex.add(r.slot, vectors.subarray(r.slot * dim, r.slot * dim + dim));
      if (progress && ((i + 1) % HNSW_PROGRESS_STEP === 0 || i + 1 === rs.length)) progress(BUILD_PHASES.vectors, i + 1, rs.length);
    });
  };
  if (prev && !compact && previous?.hnswFile && sameParams(prev.manifest.hnsw, hnswParams)) {
    vectorIndex = HnswVectorIndex.read(previous.hnswFile, dim, liveBefore, hnswParams);
    for (const slot of liveBefore) if (!keptSlots.has(slot)) vectorIndex.remove(slot);
    insert(toEmbed);
  } else {
    vectorIndex = HnswVectorIndex.create(dim, searchable.length, hnswParams);
    insert(searchable);
  }
  const hnswSeconds = (performance.now() - t1) / 1000;

  // The lexical index: a copy of the previous one with the dropped and the new sentences applied
  // (the same postings a rebuild gives, at a fraction of the cost), else built anew.
  const t2 = performance.now();
  progress?.(BUILD_PHASES.lexical, 0, 1);
  let lexical: LexicalIndex;
  if (prev && !compact) {
    lexical = prev.lexical.clone();
    for (const r of prev.records) if (isSearchable(r) && !keptSlots.has(r.slot)) lexical.remove(r.slot);
    for (const r of toEmbed) lexical.add(r.slot, recordTerms(r));
    lexical.flush();
  } else {
    lexical = buildLexicalIndex(records);
  }
  const lexicalSeconds = (performance.now() - t2) / 1000;
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
    timings: { embedSeconds, hnswSeconds, lexicalSeconds },
  };
}

function sameParams(a: HnswParams | undefined, b: HnswParams): boolean {
  return !!a && a.m === b.m && a.efConstruction === b.efConstruction;
}
