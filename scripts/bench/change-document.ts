/**
 * A one-document change on a built corpus: two new sentences, one right after the title (so every
 * later sentence of the document is renumbered) and one at the end, then timed reindexes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Engine } from '../../src/engine/create-engine.ts';
import type { ServeMeasurement } from './measurements.ts';

export const ADDED_SENTENCES = [
  'Benchmark edit: the copper kettles of the lighthouse keeper were counted twice this winter.',
  'Benchmark edit: a second note about the orchard ladders was added at the end.',
] as const;

/** The text with one sentence inserted after the first block and one appended. Pure. */
export function editDocument(text: string): string {
  const split = text.indexOf('\n\n');
  const head = split < 0 ? text : text.slice(0, split);
  const rest = split < 0 ? '' : text.slice(split + 2);
  return `${head}\n\n${ADDED_SENTENCES[0]}\n\n${rest.trimEnd()}\n\n${ADDED_SENTENCES[1]}\n`;
}

/**
 * The document of median size (in sentences): a typical one, neither a two-line page nor Psalms; or
 * `offset` places after it in that order, so that two phases on one corpus change different ones.
 */
export function typicalDocument(engine: Engine, offset = 0): { docId: string; sentences: number } {
  const docs = engine.sources().documents.filter((d) => d.sentences > 0).sort((a, b) => a.sentences - b.sentences || (a.docId < b.docId ? -1 : 1));
  const doc = docs[Math.min(docs.length - 1, Math.floor(docs.length / 2) + offset)]!;
  return { docId: doc.docId, sentences: doc.sentences };
}

/**
 * Edits the document and reindexes, then puts it back and reindexes, then edits it again: three
 * timed reindexes of a one-document change (the median is reported, the machine being shared).
 */
export async function changeOneDocument(engine: Engine, corpusDir: string, documentOffset = 0): Promise<ServeMeasurement['reindex']> {
  const { docId, sentences } = typicalDocument(engine, documentOffset);
  const file = path.join(corpusDir, ...docId.split('/'));
  const original = fs.readFileSync(file, 'utf8');
  const rounds: { seconds: number; embedded: number; changed: string[] }[] = [];
  for (const text of [editDocument(original), original, editDocument(original)]) {
    fs.writeFileSync(file, text);
    const start = performance.now();
    const report = await engine.reindex();
    rounds.push({ seconds: (performance.now() - start) / 1000, embedded: report.embedded, changed: report.changed });
  }
  const answer = await engine.ask('How many times were the copper kettles of the lighthouse keeper counted?', { top: 3 });
  const first = rounds[0]!;
  return {
    docId,
    seconds: [...rounds.map((r) => r.seconds)].sort((a, b) => a - b)[1]!,
    runs: rounds.map((r) => r.seconds),
    embedded: first.embedded,
    documentSentences: sentences,
    changed: first.changed,
    found: answer.passages.some((p) => p.focus.includes('copper kettles')),
  };
}
