/** Reproducible sampling for the benchmark: one seeded generator, a Fisher–Yates shuffle on top. */
import { seededRandom } from '../../src/seeded-random.ts';

export { seededRandom };

/** A shuffled copy of `items`; the same seed always gives the same order. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
