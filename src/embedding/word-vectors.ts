/**
 * Vectors of single words, through the same Embedder as everything else, cached: they find a
 * question word's near neighbours among a passage's words ("murders" ~ "homicide", "dying" ~
 * "deaths"). Which cosine counts as near is measured per model (the 99th percentile over pairs of
 * common, unrelated English words), so the rule does not hinge on one model's cosine scale.
 */
import type { Embedder } from './embedder.ts';

// Common words of many topics: pairs of them are, with few exceptions, unrelated.
const PROBE_WORDS = (
  'house river music doctor window paper green money child garden winter church engine letter bread horse ' +
  'market school island train science summer mountain kitchen island prison guitar forest ocean computer ' +
  'bottle chair village soldier lawyer farmer camera weather coffee planet museum hotel bridge desert ' +
  'language medicine battle theatre factory journal holiday teacher animal cotton silver kingdom rocket'
).split(' ');
/** A string no vocabulary holds: what the model gives a word it does not know. */
const NONSENSE = 'qzxqvjkw';

export class WordVectors {
  private readonly cache = new Map<string, Float32Array | null>();
  private unknown: Float32Array | null = null;
  private cutoffValue: number | null = null;

  constructor(private readonly embedder: Embedder) {}

  /** Embeds the words not cached yet (one batch). */
  async ensure(words: Iterable<string>): Promise<void> {
    if (!this.unknown) this.unknown = (await this.embedder.embedQueries([NONSENSE]))[0] ?? null;
    const missing = [...new Set(words)].filter((w) => !this.cache.has(w));
    if (missing.length === 0) return;
    const vectors = await this.embedder.embedQueries(missing);
    missing.forEach((w, i) => {
      const v = vectors[i]!;
      // A word the model does not know comes back as its unknown-token vector: no evidence.
      const known = v.some((x) => x !== 0) && cosine(v, this.unknown!) < 0.999;
      this.cache.set(w, known ? v : null);
    });
    if (this.cache.size > 200_000) this.cache.clear();
  }

  /** The cached vector of a word (null when the model does not know it, undefined when not embedded yet). */
  get(word: string): Float32Array | null | undefined {
    return this.cache.get(word);
  }

  /** The cosine at and above which two words count as neighbours for this model. */
  async cutoff(): Promise<number> {
    if (this.cutoffValue === null) {
      await this.ensure(PROBE_WORDS);
      const sims: number[] = [];
      const vs = PROBE_WORDS.map((w) => this.get(w)).filter((v): v is Float32Array => Boolean(v));
      for (let i = 0; i < vs.length; i++) for (let j = i + 1; j < vs.length; j++) sims.push(cosine(vs[i]!, vs[j]!));
      sims.sort((a, b) => a - b);
      this.cutoffValue = sims.length ? sims[Math.min(sims.length - 1, Math.floor(0.99 * sims.length))]! : 1;
    }
    return this.cutoffValue;
  }
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    s += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na > 0 && nb > 0 ? s / Math.sqrt(na * nb) : 0;
}
