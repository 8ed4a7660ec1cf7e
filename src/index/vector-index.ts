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

// Chosen from the benchmark (scripts/bench.ts): see README "Performance".
export const DEFAULT_HNSW: HnswParams = { m: 16, efConstruction: 200, efSearch: 64, seed: 100 };

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
    v.index.setEf(params.efSearch);
    for (const s of liveSlots) v.live.add(s);
    if (v.index.getCurrentCount() < v.live.size) {
      throw new Error(`vector index holds ${v.index.getCurrentCount()} points, manifest expects ${v.live.size}`);
    }
    return v;
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

/** Exact search over the same vectors: the reference for recall, and fine for small corpora. */
export class ExactVectorIndex implements VectorIndex {
  private readonly vectors = new Map<number, Float32Array>();
  constructor(readonly dimensions: number) {}
  get size(): number {
    return this.vectors.size;
  }
  add(slot: number, vector: Float32Array): void {
    this.vectors.set(slot, vector);
  }
  remove(slot: number): void {
    this.vectors.delete(slot);
  }
  search(vector: Float32Array, k: number): VectorHit[] {
    const hits: VectorHit[] = [];
    for (const [slot, v] of this.vectors) hits.push({ slot, similarity: dot(vector, v) });
    hits.sort((a, b) => b.similarity - a.similarity || a.slot - b.slot);
    return hits.slice(0, k);
  }
}

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
