/**
 * The approximate nearest-neighbour index over unit vectors (hnswlib-node, inner product),
 * behind a small interface so that an exact index or another library can stand in.
 */
import hnswlib from 'hnswlib-node';

export interface VectorHit {
  slot: number;
  /** Cosine similarity (vectors are unit length). */
  similarity: number;
}

export interface VectorIndex {
  readonly dimensions: number;
  readonly size: number;
  add(slot: number, vector: Float32Array): void;
  remove(slot: number): void;
  search(vector: Float32Array, k: number): VectorHit[];
}

export interface HnswParams {
  /** Graph degree. */
  m: number;
  efConstruction: number;
  efSearch: number;
  seed: number;
}

/**
 * Chosen with the benchmark's sweep (`npm run bench -- --sweep-only`, bench-results/hnsw-sweep.md)
 * on 100,000 sentence vectors of the offline model, by the rule in scripts/bench/hnsw-sweep.ts:
 * recall@10 and @50 against exact cosine at least 0.99 (a margin over the 0.98 target), a graph
 * built within half the build target, then the fastest k=50 search. These vectors (averaged word
 * vectors, many near-duplicate sentences) need a wide search: a graph built with efConstruction
 * 100 needs efSearch 800 for that recall (about 1 ms a search); built with 200 (21.5 s instead of
 * 11.8 s for 100,000), efSearch 400 (0.55 ms), at M=12 as at 16.
 */
export const DEFAULT_HNSW: HnswParams = { m: 12, efConstruction: 200, efSearch: 400, seed: 100 };

export class HnswVectorIndex implements VectorIndex {
  private readonly index: InstanceType<typeof hnswlib.HierarchicalNSW>;
  private readonly live = new Set<number>();

  private constructor(
    readonly dimensions: number,
    private readonly params: HnswParams,
  ) {
    this.index = new hnswlib.HierarchicalNSW('ip', dimensions);
  }

  static create(dimensions: number, capacity: number, params: HnswParams = DEFAULT_HNSW): HnswVectorIndex {
    const v = new HnswVectorIndex(dimensions, params);
    v.index.initIndex({
      maxElements: Math.max(16, capacity),
      m: params.m,
      efConstruction: params.efConstruction,
      randomSeed: params.seed,
      allowReplaceDeleted: true,
    });
    v.index.setEf(params.efSearch);
    return v;
  }

  /** Reads a saved graph; `liveSlots` are the labels the manifest says are present. */
  static read(file: string, dimensions: number, liveSlots: Iterable<number>, params: HnswParams = DEFAULT_HNSW): HnswVectorIndex {
    const v = new HnswVectorIndex(dimensions, params);
    v.index.readIndexSync(file, true);
    return v.loaded(liveSlots);
  }

  /** `read` on the thread pool: the serving thread goes on answering while a large graph loads. */
  static async load(file: string, dimensions: number, liveSlots: Iterable<number>, params: HnswParams = DEFAULT_HNSW): Promise<HnswVectorIndex> {
    const v = new HnswVectorIndex(dimensions, params);
    await v.index.readIndex(file, true);
    return v.loaded(liveSlots);
  }

  private loaded(liveSlots: Iterable<number>): this {
    this.index.setEf(this.params.efSearch);
    for (const s of liveSlots) this.live.add(s);
    if (this.index.getCurrentCount() < this.live.size) {
      throw new Error(`vector index holds ${this.index.getCurrentCount()} points, manifest expects ${this.live.size}`);
    }
    return this;
  }

  get size(): number {
    return this.live.size;
  }

  setEf(ef: number): void {
    this.index.setEf(ef);
  }

  add(slot: number, vector: Float32Array): void {
    if (vector.length !== this.dimensions) throw new Error(`vector has ${vector.length} dimensions, index ${this.dimensions}`);
    if (this.live.has(slot)) this.remove(slot);
    const count = this.index.getCurrentCount();
    if (count >= this.index.getMaxElements()) this.index.resizeIndex(Math.ceil(count * 1.5) + 16);
    this.index.addPoint(Array.from(vector), slot, true);
    this.live.add(slot);
  }

  remove(slot: number): void {
    if (!this.live.delete(slot)) return;
    this.index.markDelete(slot);
  }

  search(vector: Float32Array, k: number): VectorHit[] {
    const n = Math.min(k, this.live.size);
    if (n === 0) return [];
    const result = this.index.searchKnn(Array.from(vector), n);
    return result.neighbors.map((slot, i) => ({ slot, similarity: 1 - (result.distances[i] ?? 1) }));
  }

  write(file: string): void {
    this.index.writeIndexSync(file);
  }
}

/**
 * Exact search over the same vectors: the reference for recall, and fine for small corpora.
 * Rows are kept contiguous (a removed row is replaced by the last one) and the best `k` are kept
 * in a small sorted buffer while scanning, so a search is one pass of dot products.
 */
export class ExactVectorIndex implements VectorIndex {
  private matrix = new Float32Array(0);
  private slots = new Int32Array(0);
  private readonly rowOf = new Map<number, number>();

  constructor(readonly dimensions: number) {}

  get size(): number {
    return this.rowOf.size;
  }

  add(slot: number, vector: Float32Array): void {
    if (vector.length !== this.dimensions) throw new Error(`vector has ${vector.length} dimensions, index ${this.dimensions}`);
    let row = this.rowOf.get(slot);
    if (row === undefined) {
      row = this.rowOf.size;
      this.grow(row + 1);
      this.rowOf.set(slot, row);
      this.slots[row] = slot;
    }
    this.matrix.set(vector, row * this.dimensions);
  }

  remove(slot: number): void {
    const row = this.rowOf.get(slot);
    if (row === undefined) return;
    const last = this.rowOf.size - 1;
    const d = this.dimensions;
    if (row !== last) {
      this.matrix.copyWithin(row * d, last * d, last * d + d);
      const moved = this.slots[last]!;
      this.slots[row] = moved;
      this.rowOf.set(moved, row);
    }
    this.rowOf.delete(slot);
  }

  search(vector: Float32Array, k: number): VectorHit[] {
    const n = Math.min(k, this.size);
    if (n <= 0) return [];
    const d = this.dimensions;
    const { matrix, slots } = this;
    // The best n so far, best first: similarities and slots side by side.
    const bestSim = new Float64Array(n).fill(-Infinity);
    const bestSlot = new Int32Array(n).fill(-1);
    for (let row = 0, count = this.size; row < count; row++) {
      let s = 0;
      for (let i = 0, o = row * d; i < d; i++) s += vector[i]! * matrix[o + i]!;
      const slot = slots[row]!;
      const lastSim = bestSim[n - 1]!;
      if (s < lastSim || (s === lastSim && slot > bestSlot[n - 1]!)) continue;
      let at = n - 1;
      while (at > 0 && (bestSim[at - 1]! < s || (bestSim[at - 1] === s && bestSlot[at - 1]! > slot))) {
        bestSim[at] = bestSim[at - 1]!;
        bestSlot[at] = bestSlot[at - 1]!;
        at--;
      }
      bestSim[at] = s;
      bestSlot[at] = slot;
    }
    const hits: VectorHit[] = [];
    for (let i = 0; i < n; i++) hits.push({ slot: bestSlot[i]!, similarity: bestSim[i]! });
    return hits;
  }

  private grow(rows: number): void {
    if (rows * this.dimensions <= this.matrix.length) return;
    const capacity = Math.max(rows, Math.ceil(this.slots.length * 1.5), 64);
    const matrix = new Float32Array(capacity * this.dimensions);
    matrix.set(this.matrix);
    const slots = new Int32Array(capacity);
    slots.set(this.slots);
    this.matrix = matrix;
    this.slots = slots;
  }
}

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
