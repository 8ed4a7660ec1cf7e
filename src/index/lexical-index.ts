/**
 * An inverted index over sentences (slots), scored with BM25.
 * Built from each slot's term list, which the store keeps, so loading never re-tokenizes.
 *
 * Laid out for 100,000+ sentences (and their two-word phrase terms, several hundred thousand
 * distinct ones): terms are numbered, and all postings sit in three flat typed arrays, a term's run
 * of slots (increasing) and counts found through an offsets array ("compressed rows"). Changes
 * (`add`, `remove`) are collected and merged into new arrays in one pass before the next read, so a
 * bulk build, or a copy updated with one document, costs a few linear passes, and a copy shares
 * the arrays of its original until then. A search accumulates into a reused dense buffer and keeps
 * its best `limit` hits in a bounded heap instead of sorting every sentence that shares a common
 * word. Scores are the same sums, in the same order, as the plain definition (`termScore` per
 * matching term, query terms in order).
 */
import { DEFAULT_BM25, idf, termScore, type Bm25Params } from './bm25.ts';

export interface LexicalHit {
  slot: number;
  score: number;
}

/** Query terms prepared by `LexicalIndex.prepare`; valid until the index changes. */
export interface PreparedTerms {
  from: number[];
  to: number[];
  idf: number[];
  totalIdf: number;
  averageLength: number;
}

const ABSENT = -1;
/** "LEX1", and the version of the byte layout of `toBytes`. */
const LEXICAL_MAGIC = 0x3158454c;
const LEXICAL_LAYOUT = 2;

/** A growable list of 32-bit integers. */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
}

export class LexicalIndex {
  // Term → id: a table shared with copies (never changed once shared: the terms of a saved index, or
  // a map frozen by `clone`), then this index's own additions.
  private sharedTerms: SortedTerms | ReadonlyMap<string, number> | null = null;
  private termIds = new Map<string, number>();
  private termCount = 0;
  // Merged postings: term t's slots and counts are at [offsets[t], offsets[t + 1]). Never mutated
  // in place (a merge makes new arrays), so copies can share them.
  private offsets: Int32Array = new Int32Array(1);
  private slots: Int32Array = new Int32Array(0);
  private counts: Int32Array = new Int32Array(0);
  /** Length (terms) of each live slot; ABSENT for slots not in the index. */
  private lengths = new Int32Array(0).fill(ABSENT);
  private live = 0;
  private totalLength = 0;
  // Changes not merged yet: postings to add (slot, term, count), slots whose merged postings go.
  private pendingSlots = new IntList();
  private pendingTerms = new IntList();
  private pendingCounts = new IntList();
  private pendingSet = new Set<number>();
  private dropped = new Set<number>();
  // Search scratch, reused across searches (a search runs to completion synchronously).
  private scores = new Float64Array(0);
  private stamps = new Uint32Array(0);
  private touched = new Int32Array(0);
  private stamp = 0;
  // Per-term scratch of `add`.
  private seen = new Int32Array(0);
  private seenAt = new Int32Array(0);
  private addMark = 0;

  constructor(private readonly params: Bm25Params = DEFAULT_BM25) {}

  get size(): number {
    return this.live;
  }

  /** An independent copy, to update while the original keeps serving. */
  clone(): LexicalIndex {
    this.flush();
    const copy = new LexicalIndex(this.params);
    if (!this.sharedTerms) {
      // Freeze this index's terms into the shared part (no copy); both add their own from here.
      this.sharedTerms = this.termIds;
      this.termIds = new Map();
    }
    copy.sharedTerms = this.sharedTerms;
    copy.termIds = new Map(this.termIds);
    copy.termCount = this.termCount;
    copy.offsets = this.offsets;
    copy.slots = this.slots;
    copy.counts = this.counts;
    copy.lengths = this.lengths.slice();
    copy.live = this.live;
    copy.totalLength = this.totalLength;
    copy.scores = new Float64Array(this.lengths.length);
    copy.stamps = new Uint32Array(this.lengths.length);
    copy.touched = new Int32Array(this.lengths.length);
    return copy;
  }

  add(slot: number, slotTerms: readonly string[]): void {
    if (this.lengthOf(slot) !== undefined) this.remove(slot);
    this.ensureCapacity(slot + 1);
    this.growTermScratch();
    // Count the slot's terms by id (no map of its own): seen[id] marks the ids met in this call.
    const mark = ++this.addMark;
    const first = this.pendingTerms.length;
    for (const t of slotTerms) {
      let id = this.termId(t);
      if (id === undefined) {
        this.termIds.set(t, (id = this.termCount++));
        this.growTermScratch();
      }
      if (this.seen[id] === mark) {
        this.pendingCounts.data[this.seenAt[id]!]!++;
        continue;
      }
      this.seen[id] = mark;
      this.seenAt[id] = this.pendingTerms.length;
      this.pendingSlots.push(slot);
      this.pendingTerms.push(id);
      this.pendingCounts.push(1);
    }
    if (this.pendingTerms.length > first) this.pendingSet.add(slot);
    this.lengths[slot] = slotTerms.length;
    this.live++;
    this.totalLength += slotTerms.length;
  }

  remove(slot: number): void {
    const length = this.lengthOf(slot);
    if (length === undefined) return;
    if (this.pendingSet.has(slot)) this.flush(); // its postings are not merged yet
    this.dropped.add(slot);
    this.lengths[slot] = ABSENT;
    this.live--;
    this.totalLength -= length;
  }

  /** Whether some sentence holds the term. */
  has(term: string): boolean {
    this.flush();
    return this.documentFrequency(term) > 0;
  }

  /** IDF of a term; a term absent from the corpus gets the highest IDF (it is the most specific). */
  idf(term: string): number {
    this.flush();
    return idf(this.documentFrequency(term), Math.max(1, this.size));
  }

  /** BM25 of one slot for the given (deduplicated) query terms. */
  score(slot: number, queryTerms: readonly string[]): number {
    this.flush();
    const length = this.lengthOf(slot);
    if (length === undefined) return 0;
    const avg = this.averageLength();
    let s = 0;
    for (const t of queryTerms) {
      const id = this.termId(t);
      if (id === undefined) continue;
      const from = this.offsets[id]!;
      const to = this.offsets[id + 1]!;
      const at = findSlot(this.slots, from, to, slot);
      const tf = at < 0 ? 0 : this.counts[at]!;
      if (tf > 0) s += termScore(tf, length, avg, idf(to - from, Math.max(1, this.size)), this.params);
    }
    return s;
  }

  /**
   * The IDF-weighted share of the (deduplicated) query terms that the slot holds, 0–1: how much of
   * the query's wording is there, whatever the sentence's length (which BM25 would discount).
   */
  coverage(slot: number, queryTerms: readonly string[]): number {
    this.flush();
    const documents = Math.max(1, this.size);
    let held = 0;
    let total = 0;
    for (const t of queryTerms) {
      const id = this.termId(t);
      if (id === undefined) {
        total += idf(0, documents);
        continue;
      }
      const from = this.offsets[id]!;
      const to = this.offsets[id + 1]!;
      const termIdf = idf(to - from, documents);
      total += termIdf;
      if (findSlot(this.slots, from, to, slot) >= 0) held += termIdf;
    }
    return total > 0 ? held / total : 0;
  }

  /**
   * Query terms looked up once (their posting runs and IDF), for scoring many slots: `score` and
   * `coverage` would otherwise find each term's id and IDF again for every candidate.
   */
  prepare(queryTerms: readonly string[]): PreparedTerms {
    this.flush();
    const documents = Math.max(1, this.size);
    const from: number[] = [];
    const to: number[] = [];
    const idfs: number[] = [];
    let totalIdf = 0;
    for (const t of queryTerms) {
      const id = this.termId(t);
      const a = id === undefined ? 0 : this.offsets[id]!;
      const b = id === undefined ? 0 : this.offsets[id + 1]!;
      const termIdf = idf(b - a, documents);
      from.push(a);
      to.push(b);
      idfs.push(termIdf);
      totalIdf += termIdf;
    }
    return { from, to, idf: idfs, totalIdf, averageLength: this.averageLength() };
  }

  /** `score` for prepared terms (the same sum, in the same order). */
  scorePrepared(slot: number, q: PreparedTerms): number {
    const length = this.lengthOf(slot);
    if (length === undefined) return 0;
    let s = 0;
    for (let i = 0; i < q.from.length; i++) {
      if (q.to[i] === q.from[i]) continue;
      const at = findSlot(this.slots, q.from[i]!, q.to[i]!, slot);
      if (at >= 0) s += termScore(this.counts[at]!, length, q.averageLength, q.idf[i]!, this.params);
    }
    return s;
  }

  /** `coverage` for prepared terms. */
  coveragePrepared(slot: number, q: PreparedTerms): number {
    if (q.totalIdf <= 0) return 0;
    let held = 0;
    for (let i = 0; i < q.from.length; i++) {
      if (q.to[i] !== q.from[i] && findSlot(this.slots, q.from[i]!, q.to[i]!, slot) >= 0) held += q.idf[i]!;
    }
    return held / q.totalIdf;
  }

  /** `coverage` of several slots together: the IDF share of the terms any of them holds. */
  coverageOfSlots(slots: readonly number[], q: PreparedTerms): number {
    if (q.totalIdf <= 0 || slots.length === 0) return 0;
    let low = slots[0]!;
    let high = low;
    for (const slot of slots) {
      if (slot < low) low = slot;
      if (slot > high) high = slot;
    }
    // A sentence and its neighbours most often have neighbouring slots: one search for the first
    // posting at or after the lowest, then a short walk, instead of a search per slot.
    const near = high - low <= NEAR_SLOTS;
    let held = 0;
    for (let i = 0; i < q.from.length; i++) {
      const from = q.from[i]!;
      const to = q.to[i]!;
      if (from === to) continue;
      let found = false;
      if (near) {
        for (let at = lowerBound(this.slots, from, to, low); at < to && this.slots[at]! <= high && !found; at++) found = slots.includes(this.slots[at]!);
      } else {
        found = slots.some((slot) => findSlot(this.slots, from, to, slot) >= 0);
      }
      if (found) held += q.idf[i]!;
    }
    return held / q.totalIdf;
  }

  /** The slots holding a term, in increasing order (a view: do not change it). */
  postingSlots(term: string): Int32Array {
    this.flush();
    const id = this.termId(term);
    return id === undefined ? new Int32Array(0) : this.slots.subarray(this.offsets[id]!, this.offsets[id + 1]!);
  }

  /** Best slots for the query terms, best first (ties: lower slot first). */
  search(queryTerms: readonly string[], limit: number): LexicalHit[] {
    this.flush();
    const unique = [...new Set(queryTerms)];
    const avg = this.averageLength();
    const stamp = this.nextStamp();
    const { scores, stamps, lengths, slots, counts, offsets, touched } = this;
    let touchedCount = 0;
    for (const t of unique) {
      const id = this.termId(t);
      if (id === undefined) continue;
      const from = offsets[id]!;
      const to = offsets[id + 1]!;
      if (to === from) continue;
      const termIdf = idf(to - from, Math.max(1, this.size));
      for (let i = from; i < to; i++) {
        const slot = slots[i]!;
        const s = termScore(counts[i]!, lengths[slot]!, avg, termIdf, this.params);
        if (stamps[slot] !== stamp) {
          stamps[slot] = stamp;
          scores[slot] = s;
          touched[touchedCount++] = slot;
        } else {
          scores[slot] = scores[slot]! + s;
        }
      }
    }
    return topK(touched, touchedCount, scores, limit);
  }

  /**
   * The index as bytes (see `fromBytes`): a header, the offsets, slots, counts and lengths arrays,
   * the term ids in the terms' sorted order, then the terms in id order, one per line. Loading it back
   * costs a read and a split of the terms, instead of re-reading every sentence's terms or filling a
   * map of every term (a quarter of a second for 370,000 terms).
   */
  toBytes(): Buffer {
    this.flush();
    const terms = new Array<string>(this.termCount);
    const shared = this.sharedTerms;
    if (shared instanceof SortedTerms) shared.byId.forEach((t, id) => (terms[id] = t));
    else for (const [t, id] of shared ?? []) terms[id] = t;
    for (const [t, id] of this.termIds) terms[id] = t;
    const byTerm = (a: number, b: number) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0);
    // A saved index's order stays: only the terms added since are sorted, and merged in.
    const sorted = shared instanceof SortedTerms ? mergeSorted(shared.sorted, [...this.termIds.values()].sort(byTerm), byTerm) : Int32Array.from(terms.keys()).sort(byTerm);
    const text = Buffer.from(terms.join('\n'), 'utf8');
    const header = new Int32Array([LEXICAL_MAGIC, LEXICAL_LAYOUT, this.termCount, this.slots.length, this.lengths.length, text.length, this.live, 0]);
    const total = new Float64Array([this.totalLength]);
    const parts = [header, total, this.offsets, this.slots, this.counts, this.lengths, sorted];
    return Buffer.concat([...parts.map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength)), text]);
  }

  /** Reads `toBytes` output; throws when the bytes are not such an index (checksums are checked before). */
  static fromBytes(bytes: Uint8Array, params: Bm25Params = DEFAULT_BM25): LexicalIndex {
    // Typed-array views need 4-byte alignment; a fresh file buffer has it, a slice may not.
    const buf = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
    const ints = (offset: number, length: number) => new Int32Array(buf.buffer, buf.byteOffset + offset, length);
    const [magic, layout, termCount, postings, slotCapacity, textBytes, live] = ints(0, 8);
    if (magic !== LEXICAL_MAGIC || layout !== LEXICAL_LAYOUT) throw new Error('lexical index file has an unknown layout');
    const index = new LexicalIndex(params);
    let at = 32;
    index.totalLength = new Float64Array(buf.buffer, buf.byteOffset + at, 1)[0]!;
    at += 8;
    index.offsets = ints(at, termCount! + 1);
    at += 4 * (termCount! + 1);
    index.slots = ints(at, postings!);
    at += 4 * postings!;
    index.counts = ints(at, postings!);
    at += 4 * postings!;
    index.lengths = ints(at, slotCapacity!).slice(); // changed in place by add/remove
    at += 4 * slotCapacity!;
    const sorted = ints(at, termCount!);
    at += 4 * termCount!;
    if (at + textBytes! !== buf.byteLength) throw new Error('lexical index file has the wrong size');
    const terms = termCount === 0 ? [] : Buffer.from(buf.buffer, buf.byteOffset + at, textBytes).toString('utf8').split('\n');
    if (terms.length !== termCount) throw new Error('lexical index file has the wrong number of terms');
    index.sharedTerms = new SortedTerms(terms, sorted);
    index.termCount = termCount!;
    index.live = live!;
    index.scores = new Float64Array(slotCapacity!);
    index.stamps = new Uint32Array(slotCapacity!);
    index.touched = new Int32Array(slotCapacity!);
    return index;
  }

  /** Merges pending changes into the postings (done before any read; call it to time a build). */
  flush(): void {
    if (this.pendingSlots.length === 0 && this.dropped.size === 0) return;
    const terms = this.termCount;
    const oldTerms = this.offsets.length - 1;
    const dropped = new Uint8Array(this.lengths.length);
    for (const slot of this.dropped) dropped[slot] = 1;
    const { offsets, slots, counts } = this;
    const n = this.pendingSlots.length;
    const pSlots = this.pendingSlots.data;
    const pTerms = this.pendingTerms.data;
    const pCounts = this.pendingCounts.data;

    // New postings per term: the merged ones still live, plus the pending ones.
    const next = new Int32Array(terms + 1);
    for (let t = 0; t < oldTerms; t++) {
      let kept = 0;
      for (let i = offsets[t]!, end = offsets[t + 1]!; i < end; i++) if (dropped[slots[i]!] === 0) kept++;
      next[t + 1] = kept;
    }
    for (let i = 0; i < n; i++) next[pTerms[i]! + 1]!++;
    for (let t = 0; t < terms; t++) next[t + 1] = next[t + 1]! + next[t]!;

    const nextSlots = new Int32Array(next[terms]!);
    const nextCounts = new Int32Array(next[terms]!);
    const cursor = next.slice(0, terms);
    for (let t = 0; t < oldTerms; t++) {
      for (let i = offsets[t]!, end = offsets[t + 1]!; i < end; i++) {
        if (dropped[slots[i]!] !== 0) continue;
        nextSlots[cursor[t]!] = slots[i]!;
        nextCounts[cursor[t]!] = counts[i]!;
        cursor[t]!++;
      }
    }
    // Pending postings go after; a term whose run is then out of slot order is sorted (only when
    // slots were added out of order, or a dropped slot was added again).
    const unsorted = new Set<number>();
    for (let i = 0; i < n; i++) {
      const t = pTerms[i]!;
      const at = cursor[t]!;
      if (at > next[t]! && nextSlots[at - 1]! > pSlots[i]!) unsorted.add(t);
      nextSlots[at] = pSlots[i]!;
      nextCounts[at] = pCounts[i]!;
      cursor[t] = at + 1;
    }
    for (const t of unsorted) sortRun(nextSlots, nextCounts, next[t]!, next[t + 1]!);

    this.offsets = next;
    this.slots = nextSlots;
    this.counts = nextCounts;
    this.pendingSlots = new IntList();
    this.pendingTerms = new IntList();
    this.pendingCounts = new IntList();
    this.pendingSet.clear();
    this.dropped.clear();
  }

  private termId(term: string): number | undefined {
    return this.termIds.get(term) ?? this.sharedTerms?.get(term);
  }

  /** How many terms the slot holds (its BM25 length); undefined for a slot the index does not hold. */
  lengthOf(slot: number): number | undefined {
    const length = slot >= 0 && slot < this.lengths.length ? this.lengths[slot]! : ABSENT;
    return length === ABSENT ? undefined : length;
  }

  private documentFrequency(term: string): number {
    const id = this.termId(term);
    return id === undefined ? 0 : this.offsets[id + 1]! - this.offsets[id]!;
  }

  private averageLength(): number {
    return this.totalLength / Math.max(1, this.size);
  }

  private growTermScratch(): void {
    if (this.termCount <= this.seen.length) return;
    const size = Math.max(this.termCount, this.seen.length * 2, 1024);
    const seen = new Int32Array(size);
    seen.set(this.seen);
    const seenAt = new Int32Array(size);
    seenAt.set(this.seenAt);
    this.seen = seen;
    this.seenAt = seenAt;
  }

  private ensureCapacity(slots: number): void {
    if (slots <= this.lengths.length) return;
    const capacity = Math.max(slots, Math.ceil(this.lengths.length * 1.5), 64);
    const lengths = new Int32Array(capacity).fill(ABSENT);
    lengths.set(this.lengths);
    this.lengths = lengths;
    this.scores = new Float64Array(capacity);
    this.stamps = new Uint32Array(capacity);
    this.touched = new Int32Array(capacity);
    this.stamp = 0;
  }

  private nextStamp(): number {
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }
}

/** Terms by id, found by binary search over their sorted order (as `toBytes` saved it). Read-only. */
class SortedTerms {
  constructor(
    readonly byId: readonly string[],
    /** The ids, in the order of their terms (JavaScript string order). */
    readonly sorted: Int32Array,
  ) {}

  get(term: string): number | undefined {
    let lo = 0;
    let hi = this.sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const id = this.sorted[mid]!;
      const t = this.byId[id]!;
      if (t < term) lo = mid + 1;
      else if (t > term) hi = mid - 1;
      else return id;
    }
    return undefined;
  }
}

/** Two runs of ids, each in order by `compare`, as one. Pure. */
function mergeSorted(a: Int32Array, b: readonly number[], compare: (x: number, y: number) => number): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compare(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** Slots of one document's neighbouring sentences this close together are walked, not searched one by one. */
const NEAR_SLOTS = 16;

/** The first position in the increasing run slots[from, to) whose slot is at least `slot` (`to` if none). */
function lowerBound(slots: Int32Array, from: number, to: number, slot: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (slots[mid]! < slot) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Position of `slot` in the increasing run slots[from, to), or -1. */
function findSlot(slots: Int32Array, from: number, to: number, slot: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = slots[mid]!;
    if (v === slot) return mid;
    if (v < slot) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Sorts the run [from, to) of slots (and their counts alongside) by slot. */
function sortRun(slots: Int32Array, counts: Int32Array, from: number, to: number): void {
  const order = Array.from({ length: to - from }, (_, i) => from + i).sort((a, b) => slots[a]! - slots[b]!);
  const s = order.map((i) => slots[i]!);
  const c = order.map((i) => counts[i]!);
  slots.set(s, from);
  counts.set(c, from);
}

/**
 * The best `k` of the touched slots, best first (ties: lower slot first): a min-heap of at most `k`
 * entries with the worst on top, so the cost grows with the number of matches, not with their sort;
 * most matches are turned away by one comparison with the top.
 */
function topK(touched: Int32Array, count: number, scores: Float64Array, k: number): LexicalHit[] {
  const size = Math.min(k, count);
  if (size <= 0) return [];
  const heapSlot = new Int32Array(size);
  const heapScore = new Float64Array(size);
  // a ranks below b: a lower score, or the same score and a higher slot.
  const below = (aScore: number, aSlot: number, bScore: number, bSlot: number) => aScore < bScore || (aScore === bScore && aSlot > bSlot);
  let n = 0;
  for (let t = 0; t < count; t++) {
    const slot = touched[t]!;
    const score = scores[slot]!;
    if (n < size) {
      let i = n++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!below(score, slot, heapScore[parent]!, heapSlot[parent]!)) break;
        heapSlot[i] = heapSlot[parent]!;
        heapScore[i] = heapScore[parent]!;
        i = parent;
      }
      heapSlot[i] = slot;
      heapScore[i] = score;
      continue;
    }
    if (!below(heapScore[0]!, heapSlot[0]!, score, slot)) continue;
    // Replace the worst and sift it down.
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const w = r < n && below(heapScore[r]!, heapSlot[r]!, heapScore[l]!, heapSlot[l]!) ? r : l;
      if (!below(heapScore[w]!, heapSlot[w]!, score, slot)) break;
      heapSlot[i] = heapSlot[w]!;
      heapScore[i] = heapScore[w]!;
      i = w;
    }
    heapSlot[i] = slot;
    heapScore[i] = score;
  }
  const hits: LexicalHit[] = [];
  for (let i = 0; i < n; i++) hits.push({ slot: heapSlot[i]!, score: heapScore[i]! });
  return hits.sort((a, b) => b.score - a.score || a.slot - b.slot);
}
