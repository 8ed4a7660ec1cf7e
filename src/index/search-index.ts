/** The in-memory index a question is answered from: records, vectors, the ANN graph and the lexical index. */
import type { Manifest, ManifestDocument } from './manifest.ts';
import type { SentenceRecord } from './sentence-record.ts';
import { LexicalIndex } from './lexical-index.ts';
import type { VectorIndex } from './vector-index.ts';

/** Records by slot and by document: derived from the records alone, so shared by every SearchIndex over the same array. */
interface Lookup {
  /** Records by slot (slots are small dense integers); holes for free slots. */
  bySlot: (SentenceRecord | undefined)[];
  /** Each document's records in sentence order. */
  byDoc: Map<string, SentenceRecord[]>;
  /** Each slot's document as a number (an index into `docIds`), -1 for free slots. */
  docOfSlot: Int32Array;
  docIds: string[];
}

// Keyed by the records array: re-wrapping an index with another manifest (calibration, saving) is
// then free. A records array is never changed once an index is built over it.
const lookups = new WeakMap<readonly SentenceRecord[], Lookup>();

function lookupOf(records: readonly SentenceRecord[], slotCount: number): Lookup {
  const cached = lookups.get(records);
  if (cached && cached.bySlot.length === slotCount) return cached;
  const bySlot = new Array<SentenceRecord | undefined>(slotCount).fill(undefined);
  const byDoc = new Map<string, SentenceRecord[]>();
  for (const r of records) {
    bySlot[r.slot] = r;
    let list = byDoc.get(r.docId);
    if (!list) byDoc.set(r.docId, (list = []));
    list.push(r);
  }
  for (const list of byDoc.values()) list.sort((a, b) => a.index - b.index);
  const docIds = [...byDoc.keys()];
  const number = new Map(docIds.map((d, i) => [d, i]));
  const docOfSlot = new Int32Array(slotCount).fill(-1);
  for (const r of records) docOfSlot[r.slot] = number.get(r.docId)!;
  const lookup = { bySlot, byDoc, docOfSlot, docIds };
  lookups.set(records, lookup);
  return lookup;
}

export class SearchIndex {
  private readonly bySlot: (SentenceRecord | undefined)[];
  private readonly byDoc: Map<string, SentenceRecord[]>;
  /** Each slot's document number (see `documentIds`), -1 for a free slot: for counting per document without maps. */
  readonly docOfSlot: Int32Array;
  /** Document ids by number. */
  readonly documentIds: readonly string[];

  constructor(
    readonly manifest: Omit<Manifest, 'checksums'> & { checksums?: Record<string, string> },
    readonly records: readonly SentenceRecord[],
    readonly vectors: Float32Array,
    readonly vectorIndex: VectorIndex,
    readonly lexical: LexicalIndex,
  ) {
    ({ bySlot: this.bySlot, byDoc: this.byDoc, docOfSlot: this.docOfSlot, docIds: this.documentIds } = lookupOf(records, manifest.slotCount));
  }

  get dimensions(): number {
    return this.manifest.dimensions;
  }

  record(slot: number): SentenceRecord | undefined {
    return this.bySlot[slot];
  }

  /** The document's sentences in order (headings included). */
  documentSentences(docId: string): readonly SentenceRecord[] {
    return this.byDoc.get(docId) ?? [];
  }

  /** The sentence with the given 1-based number in a document. */
  sentenceAt(docId: string, index: number): SentenceRecord | undefined {
    const list = this.byDoc.get(docId);
    if (!list) return undefined;
    const at = list[index - 1];
    if (at?.index === index) return at;
    // A list with gaps (a sentence not kept): sorted by number, so a binary search. The first
    // sentence's predecessor and the last one's successor, asked for every candidate, cost nothing.
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const n = list[mid]!.index;
      if (n === index) return list[mid];
      if (n < index) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  }

  /** The texts of the first `limit` sentences holding an index term, in slot order: how the corpus writes it. */
  sentencesHolding(term: string, limit: number): string[] {
    return Array.from(this.lexical.postingSlots(term).subarray(0, limit), (slot) => this.bySlot[slot]?.text ?? '');
  }

  /**
   * The sentence before (-1) or after (+1) a record in its document: most often in the next slot
   * (a document's sentences take consecutive slots), looked up by number otherwise.
   */
  besideOf(r: SentenceRecord, step: -1 | 1): SentenceRecord | undefined {
    const next = this.bySlot[r.slot + step];
    if (next !== undefined && next.index === r.index + step && next.docId === r.docId) return next;
    return this.sentenceAt(r.docId, r.index + step);
  }

  vectorOf(slot: number): Float32Array {
    const d = this.manifest.dimensions;
    return this.vectors.subarray(slot * d, slot * d + d);
  }

  /** A document's manifest entry (title, front matter), or undefined for an id the index does not hold. */
  document(docId: string): ManifestDocument | undefined {
    return this.manifest.documents.find((d) => d.docId === docId);
  }

  documentTitle(docId: string): string {
    return this.document(docId)?.title ?? docId;
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

/** The lexical index terms a record stores. */
export function recordTerms(r: Pick<SentenceRecord, 'terms'>): string[] {
  return r.terms ? r.terms.split(' ') : [];
}

export function buildLexicalIndex(records: readonly SentenceRecord[]): LexicalIndex {
  const lexical = new LexicalIndex();
  // In slot order, so that every posting list is appended to, never inserted into.
  const searchable = records.filter(isSearchable).sort((a, b) => a.slot - b.slot);
  for (const r of searchable) lexical.add(r.slot, recordTerms(r));
  lexical.flush();
  return lexical;
}
