/** The versioned description of a saved index; a mismatch in any field means "rebuild". */
import type { DocumentMeta } from '../corpus/types.ts';
import type { HnswParams } from './vector-index.ts';
import type { Calibration } from '../retrieval/calibration.ts';

/** Bump whenever the saved layout or the meaning of a saved field changes. */
export const INDEX_FORMAT_VERSION = 13;

export interface ManifestDocument {
  docId: string;
  title: string;
  meta: DocumentMeta;
  contentHash: string;
  /** Sentences of the document, headings included. */
  sentences: number;
}

export interface Manifest {
  formatVersion: number;
  model: string;
  /** The embedder's revision (weights checksum) when it has one. */
  modelRevision: string | null;
  dimensions: number;
  hnsw: HnswParams;
  createdAt: string;
  updatedAt: string;
  documents: ManifestDocument[];
  /** Number of slots in vectors.f32 (live and free). */
  slotCount: number;
  calibration: Calibration;
  /** sha256 of each data file in the generation folder, checked before anything native reads them. */
  checksums: Record<string, string>;
}

export function manifestProblem(m: unknown, expected: { model: string; dimensions: number; revision?: string | undefined }): string | null {
  if (!m || typeof m !== 'object') return 'manifest is not an object';
  const x = m as Partial<Manifest>;
  // Most often an upgrade: said as such, so that an operator reading the log after one is not alarmed.
  if (x.formatVersion !== INDEX_FORMAT_VERSION) return `written by another version of the bot (index format ${String(x.formatVersion)}; this version reads ${INDEX_FORMAT_VERSION})`;
  if (x.model !== expected.model) return `built with model ${String(x.model)}, configured ${expected.model}`;
  if ((x.modelRevision ?? null) !== (expected.revision ?? null)) return `built with another build of model ${expected.model}`;
  if (x.dimensions !== expected.dimensions) return `dimensions ${String(x.dimensions)} ≠ ${expected.dimensions}`;
  if (!Array.isArray(x.documents) || typeof x.slotCount !== 'number' || !x.checksums || !x.calibration) {
    return 'manifest is missing fields';
  }
  return null;
}
