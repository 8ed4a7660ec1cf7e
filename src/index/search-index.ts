/** The in-memory index a question is answered from: records, vectors, the ANN graph and the lexical index. */
import type { Manifest } from './manifest.ts';
import type { SentenceRecord } from './sentence-record.ts';
import { LexicalIndex } from './lexical-index.ts';
import type { VectorIndex } from './vector-index.ts';

export class SearchIndex {
  private readonly bySlot = new Map<number, SentenceRecord>();
  private readonly byDoc = new Map<string, SentenceRecord[]>();

  constructor(
    readonly manifest: Omit<Manifest, 'checksums'> & { checksums?: Record<string, string> },
    readonly records: readonly SentenceRecord[],
    readonly vectors: Float32Array,
    readonly vectorIndex: VectorIndex,
    readonly lexical: LexicalIndex,
  ) {
    for (const r of records) {
      this.bySlot.set(r.slot, r);
      let list = this.byDoc.get(r.docId);
      if (!list) this.byDoc.set(r.docId, (list = []));
      list.push(r);
    }
    for (const list of this.byDoc.values()) list.sort((a, b) => a.index - b.index);
  }

  get dimensions(): number {
    return this.manifest.dimensions;
  }

  record(slot: number): SentenceRecord | undefined {
    return this.bySlot.get(slot);
  }

  /** The document's sentences in order (headings included). */
  documentSentences(docId: string): readonly SentenceRecord[] {
    return this.byDoc.get(docId) ?? [];
  }

  /** The sentence with the given 1-based number in a document. */
  sentenceAt(docId: string, index: number): SentenceRecord | undefined {
    const list = this.byDoc.get(docId);
    return list?.[index - 1]?.index === index ? list[index - 1] : list?.find((r) => r.index === index);
  }

  vectorOf(slot: number): Float32Array {
    const d = this.manifest.dimensions;
    return this.vectors.subarray(slot * d, slot * d + d);
  }

  documentTitle(docId: string): string {
    return this.manifest.documents.find((d) => d.docId === docId)?.title ?? docId;
  }

  /** Sentences that can answer (headings are context only). */
  get answerableCount(): number {
    return this.lexical.size;
  }
}

/** Whether a record takes part in search (headings do not: they are context, never an answer). */
export function isSearchable(r: Pick<SentenceRecord, 'kind'>): boolean {
  return r.kind !== 'heading';
}

export function buildLexicalIndex(records: readonly SentenceRecord[]): LexicalIndex {
  const lexical = new LexicalIndex();
  for (const r of records) if (isSearchable(r)) lexical.add(r.slot, r.terms ? r.terms.split(' ') : []);
  return lexical;
}
