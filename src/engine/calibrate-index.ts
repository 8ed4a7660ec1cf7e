/** Measures a freshly built index: top scores of corpus-generated questions vs. off-topic ones. */
import type { Embedder } from '../embedding/embedder.ts';
import { isSearchable, type SearchIndex } from '../index/search-index.ts';
import { dot } from '../index/vector-index.ts';
import { calibrate, IDENTITY_SCALE, type Calibration, type DenseScale } from '../retrieval/calibration.ts';
import { OFF_TOPIC_QUESTIONS } from '../retrieval/off-topic-questions.ts';
import { samplePseudoQuestions, seededRandom } from '../retrieval/pseudo-questions.ts';
import { DEFAULT_RETRIEVE, retrieve } from '../retrieval/retrieve.ts';

export async function calibrateIndex(index: SearchIndex, embedder: Embedder, sample = 200): Promise<Calibration> {
  const records = index.records.filter((r) => isSearchable(r));
  const sampled = samplePseudoQuestions(records.map((r) => r.text), sample);
  const positives = sampled.map((p) => p.question);
  const negatives = [...OFF_TOPIC_QUESTIONS];
  const all = [...positives, ...negatives];
  const vectors = await embedder.embedQueries(all);

  // First the model's cosine scale: question vs. its own sentence, and vs. unrelated sentences.
  const random = seededRandom(11);
  const matches: number[] = [];
  const unrelated: number[] = [];
  sampled.forEach((p, i) => {
    matches.push(dot(vectors[i]!, index.vectorOf(records[p.source]!.slot)));
    for (let k = 0; k < 10; k++) {
      const j = Math.floor(random() * records.length);
      if (j !== p.source) unrelated.push(dot(vectors[i]!, index.vectorOf(records[j]!.slot)));
    }
  });
  const dense: DenseScale =
    matches.length >= 5 && unrelated.length >= 5 ? { baseline: mean(unrelated), match: mean(matches) } : IDENTITY_SCALE;

  // Then the top fused scores on that scale.
  const top = all.map((q, i) => retrieve(index, q, vectors[i]!, { ...DEFAULT_RETRIEVE, denseScale: dense })[0]?.score ?? 0);
  return calibrate(top.slice(0, positives.length), top.slice(positives.length), undefined, dense);
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
