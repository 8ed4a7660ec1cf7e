/**
 * An inverted index over sentences (slots), scored with BM25.
 * Built from each slot's term list, which the store keeps, so loading never re-tokenizes.
 */
import { DEFAULT_BM25, idf, termScore, type Bm25Params } from './bm25.ts';

export interface LexicalHit {
  slot: number;
  score: number;
}

export class LexicalIndex {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly lengths = new Map<number, number>();
  private totalLength = 0;

  constructor(private readonly params: Bm25Params = DEFAULT_BM25) {}

  get size(): number {
    return this.lengths.size;
  }

  add(slot: number, slotTerms: readonly string[]): void {
    if (this.lengths.has(slot)) this.remove(slot, slotTerms);
    const counts = new Map<string, number>();
    for (const t of slotTerms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, c] of counts) {
      let list = this.postings.get(t);
      if (!list) this.postings.set(t, (list = new Map()));
      list.set(slot, c);
    }
    this.lengths.set(slot, slotTerms.length);
    this.totalLength += slotTerms.length;
  }

  /** Removes a slot; its terms are needed to find its postings without a full scan. */
  remove(slot: number, slotTerms: readonly string[]): void {
    const length = this.lengths.get(slot);
    if (length === undefined) return;
    for (const t of new Set(slotTerms)) {
      const list = this.postings.get(t);
      if (!list) continue;
      list.delete(slot);
      if (list.size === 0) this.postings.delete(t);
    }
    this.lengths.delete(slot);
    this.totalLength -= length;
  }

  /** IDF of a term; a term absent from the corpus gets the highest IDF (it is the most specific). */
  idf(term: string): number {
    return idf(this.postings.get(term)?.size ?? 0, Math.max(1, this.size));
  }

  /** BM25 of one slot for the given (deduplicated) query terms. */
  score(slot: number, queryTerms: readonly string[]): number {
    const length = this.lengths.get(slot);
    if (length === undefined) return 0;
    const avg = this.totalLength / Math.max(1, this.size);
    let s = 0;
    for (const t of queryTerms) {
      const tf = this.postings.get(t)?.get(slot) ?? 0;
      if (tf > 0) s += termScore(tf, length, avg, this.idf(t), this.params);
    }
    return s;
  }

  /** Best slots for the query terms, best first. */
  search(queryTerms: readonly string[], limit: number): LexicalHit[] {
    const unique = [...new Set(queryTerms)];
    const avg = this.totalLength / Math.max(1, this.size);
    const acc = new Map<number, number>();
    for (const t of unique) {
      const list = this.postings.get(t);
      if (!list) continue;
      const termIdf = this.idf(t);
      for (const [slot, tf] of list) {
        const s = termScore(tf, this.lengths.get(slot) ?? 0, avg, termIdf, this.params);
        acc.set(slot, (acc.get(slot) ?? 0) + s);
      }
    }
    return topK(acc, limit);
  }
}

function topK(scores: Map<number, number>, k: number): LexicalHit[] {
  const hits: LexicalHit[] = [];
  for (const [slot, score] of scores) hits.push({ slot, score });
  hits.sort((a, b) => b.score - a.score || a.slot - b.slot);
  return hits.slice(0, k);
}
