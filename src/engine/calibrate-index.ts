/**
 * Measures a freshly built index: its dense scale (questions made from its own sentences against
 * their sources and against unrelated sentences), then its background (what unrelated probe
 * questions find in it, on that scale).
 */
import type { Embedder } from '../embedding/embedder.ts';
import { isSearchable, type SearchIndex } from '../index/search-index.ts';
import { dot } from '../index/vector-index.ts';
import { DECISION_RECORD, UNCALIBRATED, type Calibration } from '../retrieval/calibration.ts';
import { samplePseudoQuestions, seededRandom } from '../retrieval/pseudo-questions.ts';
import { measureBackground } from '../retrieval/find-answer.ts';
import type { WordVectors } from '../embedding/word-vectors.ts';

export async function calibrateIndex(index: SearchIndex, embedder: Embedder, wordVectors: WordVectors, sample = 200): Promise<Calibration> {
  const dense = await measureDenseScale(index, embedder, sample);
  const background = await measureBackground(index, embedder, wordVectors, { denseScale: dense.dense });
  return { ...dense, background };
}

async function measureDenseScale(index: SearchIndex, embedder: Embedder, sample: number): Promise<Calibration> {
  const records = index.records.filter((r) => isSearchable(r));
  const sampled = samplePseudoQuestions(records.map((r) => r.text), sample);
  if (sampled.length < 5) return { ...UNCALIBRATED, method: 'defaults (too few sentences to measure)' };
  const vectors = await embedder.embedQueries(sampled.map((p) => p.question));
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
  if (unrelated.length < 5) return { ...UNCALIBRATED, method: 'defaults (too few sentences to measure)' };
  return {
    dense: { baseline: mean(unrelated), match: mean(matches) },
    method: `dense scale: mean cosine of ${sampled.length} questions made from the corpus with their own sentence (match) and with random others (baseline)`,
    positives: sampled.length,
    decision: DECISION_RECORD,
    background: UNCALIBRATED.background,
  };
}

function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}
