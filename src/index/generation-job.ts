/**
 * The CPU-bound half of building a generation, run on a worker thread (generation-worker.ts) so
 * that the serving thread keeps answering meanwhile: insert the vectors into the HNSW graph, build
 * the lexical index, and write, fsync and checksum the generation's data files. The embedding and
 * the plan of slots stay on the serving thread (it holds the model); this part needs neither.
 */
import path from 'node:path';
import fs from 'node:fs';
import { FILES, writeGenerationFiles } from './index-files.ts';
import { LexicalIndex } from './lexical-index.ts';
import { buildLexicalIndex, isSearchable, recordTerms } from './search-index.ts';
import type { SentenceRecord } from './sentence-record.ts';
import { HnswVectorIndex, type HnswParams } from './vector-index.ts';

export interface GenerationJob {
  /** The unfinished generation's folder (a DraftGeneration's). */
  dir: string;
  dimensions: number;
  hnsw: HnswParams;
  /** Every slot's vector; on a SharedArrayBuffer, so the worker reads the serving thread's copy. */
  vectors: Float32Array;
  /**
   * The previous generation to update rather than build anew: its graph (when built with the same
   * parameters) and its lexical index, read from its folder, lose `dropped` and gain `added`.
   */
  previous: {
    dir: string;
    /** Its searchable slots: the labels its graph holds. */
    live: number[];
    dropped: number[];
    /** Whether its graph was built with the same parameters (else the graph is built anew). */
    sameGraph: boolean;
  } | null;
  /** The records embedded in this build: what an updated graph and lexical index gain (so an update need not parse `records`). */
  added: SentenceRecord[];
}

export interface GenerationJobResult {
  checksums: Record<string, string>;
  /** The lexical index as bytes (LexicalIndex.fromBytes), so the serving thread does not read the file again. */
  lexical: Uint8Array;
  hnswSeconds: number;
  lexicalSeconds: number;
  writeSeconds: number;
}

/**
 * `recordsBytes` are the sentence records as the sentences file holds them (JSON, `SENTENCES_LAYOUT`,
 * in UTF-8), on an ArrayBuffer transferred to the worker: written as they are, with no copy of 40 MB
 * crossing threads at 100,000 sentences. They may come after the job: an update's graph and lexical
 * index need only the added records, so they are built while the serving thread still writes the JSON.
 */
export async function runGenerationJob(job: GenerationJob, recordsBytes: Promise<Uint8Array>): Promise<GenerationJobResult> {
  const { dimensions: dim, vectors, previous } = job;
  // Parsed only to build anew: an update needs just the added records, which come apart.
  let parsed: SentenceRecord[] | undefined;
  const records = async () => {
    const bytes = await recordsBytes;
    return (parsed ??= JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as SentenceRecord[]);
  };
  const vectorOf = (slot: number) => vectors.subarray(slot * dim, slot * dim + dim);

  const updated = previous?.sameGraph ? previous : null;
  // A graph built anew needs every record: it waits for them (outside the graph's timing).
  const searchable = updated ? [] : (await records()).filter(isSearchable);
  const t0 = performance.now();
  let graph: HnswVectorIndex;
  if (updated) {
    graph = HnswVectorIndex.read(path.join(updated.dir, FILES.hnsw), dim, updated.live, job.hnsw);
    for (const slot of updated.dropped) graph.remove(slot);
    for (const r of job.added) graph.add(r.slot, vectorOf(r.slot));
  } else {
    graph = HnswVectorIndex.create(dim, searchable.length, job.hnsw);
    for (const r of searchable) graph.add(r.slot, vectorOf(r.slot));
  }
  const hnswSeconds = (performance.now() - t0) / 1000;

  // An updated copy of the previous lexical index gives the postings a rebuild would, at a fraction of the cost.
  const t1 = performance.now();
  let lexical: LexicalIndex;
  if (previous) {
    lexical = LexicalIndex.fromBytes(fs.readFileSync(path.join(previous.dir, FILES.lexical)));
    for (const slot of previous.dropped) lexical.remove(slot);
    for (const r of job.added) lexical.add(r.slot, recordTerms(r));
    lexical.flush();
  } else {
    lexical = buildLexicalIndex(await records());
  }
  const lexicalBytes = new Uint8Array(lexical.toBytes()); // a buffer of its own, to transfer
  const lexicalSeconds = (performance.now() - t1) / 1000;

  const sentences = await recordsBytes;
  const t2 = performance.now();
  const checksums = await writeGenerationFiles(job.dir, { sentences, vectors, lexical: lexicalBytes, writeHnsw: (file) => graph.write(file) });
  return { checksums, lexical: lexicalBytes, hnswSeconds, lexicalSeconds, writeSeconds: (performance.now() - t2) / 1000 };
}
