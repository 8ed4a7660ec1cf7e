/**
 * How close two questions' embeddings must be to count as one topic, measured for the model in use:
 * the cosine that only 1% of pairs of unrelated questions (the engine's off-topic probes) reach. A
 * fixed number would mean something else for every model.
 */
import type { Embedder } from '../embedding/embedder.ts';
import { dot } from '../index/vector-index.ts';
import { OFF_TOPIC_QUESTIONS } from '../retrieval/off-topic-questions.ts';

export const NEAR_PERCENTILE = 0.99;

/** The cosine at the given percentile over all pairs of the vectors (unit length). Pure. */
export function pairCosinePercentile(vectors: readonly Float32Array[], percentile = NEAR_PERCENTILE): number {
  const cosines: number[] = [];
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) cosines.push(dot(vectors[i]!, vectors[j]!));
  }
  if (cosines.length === 0) throw new Error('pairCosinePercentile needs at least two vectors');
  cosines.sort((x, y) => x - y);
  return cosines[Math.min(cosines.length - 1, Math.floor(percentile * cosines.length))]!;
}

const measured = new WeakMap<Embedder, Promise<number>>();

/** The near cosine for this embedder, measured once per embedder (the promise is kept, not the number). */
export function nearQuestionCosine(embedder: Embedder): Promise<number> {
  let cosine = measured.get(embedder);
  if (!cosine) {
    cosine = embedder.embedQueries([...OFF_TOPIC_QUESTIONS]).then((vectors) => pairCosinePercentile(vectors));
    measured.set(embedder, cosine);
    cosine.catch(() => measured.delete(embedder));
  }
  return cosine;
}
