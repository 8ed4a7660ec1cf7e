/**
 * Load the saved index when it matches the corpus and the model; otherwise build or update it,
 * calibrate it and save it as a new generation. Never touches the index that is serving.
 */
import fs from 'node:fs';
import type { CorpusLoadResult, SegmentedDocument } from '../corpus/types.ts';
import type { Embedder } from '../embedding/embedder.ts';
import { buildIndex, type BuildResult } from '../index/build-index.ts';
import { tryBuildLock } from '../index/build-lock.ts';
import { currentGeneration, draftGeneration, readGeneration, removeStaleGenerations } from '../index/index-files.ts';
import { manifestProblem } from '../index/manifest.ts';
import { LexicalIndex } from '../index/lexical-index.ts';
import { isSearchable, SearchIndex } from '../index/search-index.ts';
import { HnswVectorIndex } from '../index/vector-index.ts';
import type { Logger } from '../log.ts';
import type { ReindexReport } from './types.ts';
import { calibrateIndex, reusableCalibration, UNCALIBRATED, type Calibration } from '../retrieval/calibration.ts';
import { WordVectors } from '../embedding/word-vectors.ts';

export interface LoadedIndex {
  index: SearchIndex;
  /** The generation folder it was saved to / read from. */
  dir: string;
}

/**
 * Reads the current saved index; null (with a warning) when it is missing, corrupt or mismatched.
 * With turns of the event loop between its parts (`readGeneration`; the graph is read on the thread
 * pool): a serving process takes another process's new generation so, and answers meanwhile.
 */
export async function loadSavedIndex(
  indexDir: string,
  embedder: Embedder,
  logger: Logger,
  /** The current generation, when the caller has just read its pointer. */
  dir: string | null = currentGeneration(indexDir, embedder.modelId),
): Promise<LoadedIndex | null> {
  if (!dir) return null;
  try {
    const gen = await readGeneration(dir, (m) => manifestProblem(m, { model: embedder.modelId, dimensions: embedder.dimensions, revision: embedder.revision }));
    const live = gen.sentences.filter(isSearchable).map((r) => r.slot);
    const vectorIndex = await HnswVectorIndex.load(gen.hnswFile, gen.manifest.dimensions, live, gen.manifest.hnsw);
    const index = new SearchIndex(gen.manifest, gen.sentences, gen.vectors, vectorIndex, LexicalIndex.fromBytes(gen.lexical));
    return { index, dir };
  } catch (error) {
    logger.warn('saved index is unusable, it will be rebuilt', { indexDir, reason: (error as Error).message });
    return null;
  }
}

export function corpusMatches(index: SearchIndex, corpus: CorpusLoadResult): boolean {
  const saved = index.manifest.documents;
  if (saved.length !== corpus.documents.length) return false;
  const byId = new Map(saved.map((d) => [d.docId, d.contentHash]));
  return corpus.documents.every((d) => byId.get(d.docId) === d.contentHash);
}

/** Document ids in docId order (code-unit order, whatever the locale). */
const byId = (ids: string[]) => ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * The documents one index holds that another did not (added), holds otherwise (changed, by content
 * hash) or no longer holds (removed), each in docId order; and how many it holds unchanged.
 */
export function documentChanges(before: SearchIndex, after: SearchIndex): Pick<ReindexReport, 'added' | 'changed' | 'removed' | 'unchanged'> {
  const old = new Map(before.manifest.documents.map((d) => [d.docId, d.contentHash]));
  const now = new Map(after.manifest.documents.map((d) => [d.docId, d.contentHash]));
  const added = byId([...now.keys()].filter((id) => !old.has(id)));
  const changed = byId([...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id)));
  const removed = byId([...old.keys()].filter((id) => !now.has(id)));
  return { added, changed, removed, unchanged: now.size - added.length - changed.length };
}

/** `documentChanges` from what an engine served to another index; from nothing (at start), every document added. */
export function changesSince(before: LoadedIndex | null, after: LoadedIndex): Pick<ReindexReport, 'added' | 'changed' | 'removed' | 'unchanged'> {
  if (before) return documentChanges(before.index, after.index);
  return { added: byId(after.index.manifest.documents.map((d) => d.docId)), changed: [], removed: [], unchanged: 0 };
}

/**
 * What a reindex starts from. The generation this engine serves, unless another process on the same
 * index folder (`npm run ask`, `add` or `index` beside the bot) has made a newer one current since:
 * that one holds what it indexed (often the very change this reindex is for), and the one served may
 * be gone, pruned by it — a reindex from it failed, and every one after it. Null (build anew) when
 * neither can be read.
 */
export async function reindexBase(
  indexDir: string,
  serving: LoadedIndex,
  embedder: Embedder,
  logger: Logger,
  current: string | null = currentGeneration(indexDir, embedder.modelId),
): Promise<LoadedIndex | null> {
  const adopted = current !== null && current !== serving.dir ? await loadSavedIndex(indexDir, embedder, logger, current) : null;
  if (adopted) return adopted;
  return fs.existsSync(serving.dir) ? serving : null;
}

/**
 * The documents an index holds, as `loadCorpus` would segment them, for its `known` option: an
 * unchanged file is then only read and hashed, not parsed and segmented again.
 */
export function knownDocuments(index: SearchIndex): (docId: string, contentHash: string) => SegmentedDocument | undefined {
  const byId = new Map(index.manifest.documents.map((d) => [d.docId, d]));
  return (docId, contentHash) => {
    const doc = byId.get(docId);
    if (!doc || doc.contentHash !== contentHash) return undefined;
    const sentences = index.documentSentences(docId).map((r) => ({
      docId: r.docId,
      index: r.index,
      text: r.text,
      kind: r.kind,
      section: r.section,
      block: r.block,
      leadIn: r.leadIn,
    }));
    return { docId, title: doc.title, meta: doc.meta, contentHash, sentences };
  };
}

export interface UpdateResult extends BuildResult {
  dir: string;
  seconds: number;
  /** Measuring the calibration; writing the generation (its data files on the build worker, then the manifest). */
  calibrateSeconds: number;
  saveSeconds: number;
}

/** The phases of `updateIndex` after the build, as the words a progress line shows. */
export const INDEX_PHASES = {
  calibration: 'Measuring the score scale (calibration)',
  saving: 'Writing the index files',
} as const;

/**
 * Builds (incrementally from `previous` when given), calibrates and saves a new generation. The
 * graph, the lexical index and the data files are built on a worker thread (build-index.ts); the
 * manifest, which records the calibration, is written last, and only then is the generation current.
 */
export async function updateIndex(
  indexDir: string,
  corpus: CorpusLoadResult,
  embedder: Embedder,
  previous: LoadedIndex | null,
  logger: Logger,
  /** Progress of each phase: the build's (BUILD_PHASES), then INDEX_PHASES. */
  onProgress?: (phase: string, done: number, total: number) => void,
  /** The serving engine's word-vector cache, so the words the calibration embeds are not embedded again. */
  wordVectors: WordVectors = new WordVectors(embedder),
): Promise<UpdateResult> {
  const started = performance.now();
  const draft = draftGeneration(indexDir, embedder.modelId);
  let result: BuildResult;
  let calibration: Calibration;
  let calibrating: number;
  try {
    result = await buildIndex(corpus.documents, corpus.skipped, embedder, previous ? { index: previous.index, dir: previous.dir } : null, {
      calibration: UNCALIBRATED,
      dir: draft.dir,
      ...(onProgress ? { onProgress } : {}),
    });
    calibrating = performance.now();
    const reused = reusableCalibration(previous?.index ?? null, { answerableCount: result.index.answerableCount, embedded: result.embedded }, embedder);
    onProgress?.(INDEX_PHASES.calibration, 0, 1);
    calibration = reused ?? (await calibrateIndex(result.index, embedder, wordVectors));
    onProgress?.(INDEX_PHASES.calibration, 1, 1);
  } catch (error) {
    draft.abort();
    throw error;
  }
  const committing = performance.now();
  onProgress?.(INDEX_PHASES.saving, 0, 1);
  const saved = draft.commit({ ...result.index.manifest, calibration, checksums: result.checksums });
  onProgress?.(INDEX_PHASES.saving, 1, 1);
  const index = new SearchIndex(saved.manifest, result.index.records, result.index.vectors, result.index.vectorIndex, result.index.lexical);
  const done = performance.now();
  const seconds = (done - started) / 1000;
  const calibrateSeconds = (committing - calibrating) / 1000;
  const commitSeconds = (done - committing) / 1000;
  logger.info('index saved', {
    dir: saved.dir,
    documents: corpus.documents.length,
    sentences: index.answerableCount,
    embedded: result.embedded,
    seconds: round2(seconds),
    // Where a slow rebuild spends its time, phase by phase.
    phases: {
      embed: round2(result.timings.embedSeconds),
      graph: round2(result.timings.hnswSeconds),
      lexical: round2(result.timings.lexicalSeconds),
      write: round2(result.timings.writeSeconds),
      load: round2(result.timings.loadSeconds),
      calibrate: round2(calibrateSeconds),
      commit: round2(commitSeconds),
    },
  });
  return { ...result, index, dir: saved.dir, seconds, calibrateSeconds, saveSeconds: result.timings.writeSeconds + commitSeconds };
}

/**
 * Deletes older generations, but only once nothing serves from them any more, and not while another
 * process builds in the folder: its new generation is in place a moment before its pointer is, and
 * would be taken for an old one. Skipped then; the next reindex prunes.
 */
export function pruneGenerations(indexDir: string, model: string, logger: Logger): void {
  const lock = tryBuildLock(indexDir);
  if (lock.state === 'busy') return;
  try {
    removeStaleGenerations(indexDir, model);
  } catch (error) {
    logger.warn('could not remove old index generations', { indexDir, reason: (error as Error).message });
  } finally {
    if (lock.state === 'held') lock.release();
  }
}

const round2 = (seconds: number) => Math.round(seconds * 100) / 100;
