/**
 * Benchmark corpora: about N answerable sentences drawn from the offline sources with a fixed seed,
 * written as a folder of documents the engine loads like any other corpus. Each source gets a share
 * of N; within a source, whole documents are taken in a seeded order while they fit its share.
 * Sentences are counted with the engine's own segmenter, so "N sentences" means what the index holds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../src/corpus/parse-document.ts';
import { segmentDocument } from '../../src/corpus/segment-document.ts';
import { seededRandom, shuffled } from './random.ts';
import type { SourceText } from './sources/source-document.ts';

export interface SourceShare {
  source: string;
  /** Share of the target size; the last source listed takes whatever is left. */
  share: number;
}

export const DEFAULT_SHARES: readonly SourceShare[] = [
  { source: 'kjv', share: 0.45 },
  { source: 'squad', share: 0.05 },
  { source: 'man', share: 0.5 },
];

export interface CorpusSummary {
  target: number;
  dir: string;
  documents: number;
  /** Answerable sentences (headings excluded), as the engine segments them. */
  sentences: number;
  bytes: number;
  bySource: Record<string, { documents: number; sentences: number }>;
}

/** Answerable sentences of a document as the engine will segment it. */
export function countSentences(file: string, text: string): number {
  return segmentDocument(parseDocument(file, text, '')).sentences.filter((s) => s.kind !== 'heading').length;
}

/**
 * Picks documents for a corpus of about `target` sentences. Pure apart from reading the sources
 * (`read()`), which happens only for documents considered, in a seeded order.
 */
export function planCorpus(
  pool: readonly SourceText[],
  target: number,
  seed: number,
  shares: readonly SourceShare[] = DEFAULT_SHARES,
): { file: string; source: string; text: string; sentences: number }[] {
  const chosen: { file: string; source: string; text: string; sentences: number }[] = [];
  let total = 0;
  shares.forEach(({ source, share }, i) => {
    const last = i === shares.length - 1;
    const quota = last ? target - total : Math.round(target * share);
    const tolerance = Math.max(5, Math.round(target * 0.002));
    let taken = 0;
    const random = seededRandom(seed + i);
    for (const doc of shuffled(pool.filter((d) => d.source === source), random)) {
      if (quota - taken <= tolerance) break;
      const text = doc.read();
      if (!text) continue;
      const n = countSentences(doc.file, text);
      if (n === 0 || taken + n > quota + tolerance) continue;
      chosen.push({ file: doc.file, source, text, sentences: n });
      taken += n;
    }
    total += taken;
  });
  return chosen.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Writes the planned corpus into `dir` (emptied first). */
export function writeCorpus(dir: string, target: number, docs: ReturnType<typeof planCorpus>): CorpusSummary {
  fs.rmSync(dir, { recursive: true, force: true });
  const bySource: CorpusSummary['bySource'] = {};
  let bytes = 0;
  for (const doc of docs) {
    const file = path.join(dir, doc.file);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, doc.text);
    bytes += Buffer.byteLength(doc.text);
    const s = (bySource[doc.source] ??= { documents: 0, sentences: 0 });
    s.documents++;
    s.sentences += doc.sentences;
  }
  return { target, dir, documents: docs.length, sentences: docs.reduce((n, d) => n + d.sentences, 0), bytes, bySource };
}
