/**
 * An index's calibration: what it is, how a build measures it, and when a rebuilt index keeps the
 * previous one's. It holds the dense similarity scale of the model on the corpus: raw cosines are
 * not comparable between models (a static word-vector model and a transformer sit on very different
 * ranges), so retrieval maps them onto a measured scale before fusing them with lexical evidence;
 * then the index's background (what unrelated probe questions find in it, on that scale).
 * The answer-or-refuse decision is not calibrated per corpus: it is a model learned once
 * (answerability.ts, learned-weights.ts), and the manifest records which.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Embedder } from '../embedding/embedder.ts';
import type { WordVectors } from '../embedding/word-vectors.ts';
import { isSearchable, type SearchIndex } from '../index/search-index.ts';
import { dot } from '../index/vector-index.ts';
import { LEARNED_DECISION, LEARNED_RANKING } from './learned-weights.ts';
import { NO_BACKGROUND, type Background } from './background.ts';
import { measureBackground } from './find-answer.ts';
import { samplePseudoQuestions } from './pseudo-questions.ts';
import { seededRandom } from '../seeded-random.ts';

/**
 * The mean cosine between a question and an unrelated sentence (`baseline`) and between a question
 * and the sentence it came from (`match`). Retrieval maps cosine to (cos − baseline) / (match −
 * baseline), ~0 for unrelated and ~1 for a match, so that fusion weighs lexical and dense evidence
 * alike whatever the model's cosine range.
 */
export interface DenseScale {
  baseline: number;
  match: number;
}

export const IDENTITY_SCALE: DenseScale = { baseline: 0, match: 1 };

export function scaleDense(cos: number, s: DenseScale): number {
  const spread = s.match - s.baseline;
  return spread > 1e-6 ? (cos - s.baseline) / spread : cos;
}

export interface Calibration {
  dense: DenseScale;
  /** How the dense scale was measured. */
  method: string;
  /** Corpus questions the scale was measured with (0: not measured). */
  positives: number;
  /** The ranking and the answer-or-refuse decision the index was built for: `background` was measured with them. */
  decision: string;
  /** What unrelated probe questions find in this corpus (background.ts), measured at build. */
  background: Background;
}

/** The methods in force, as recorded in a manifest. */
export const DECISION_RECORD = `ranking: ${LEARNED_RANKING.method}; decision: ${LEARNED_DECISION.method}; threshold ${LEARNED_DECISION.threshold}`;

export const UNCALIBRATED: Calibration = {
  dense: IDENTITY_SCALE,
  method: 'defaults (not yet calibrated)',
  positives: 0,
  decision: DECISION_RECORD,
  background: NO_BACKGROUND,
};

/** Measures a freshly built index: its dense scale, then its background on that scale. */
export async function calibrateIndex(index: SearchIndex, embedder: Embedder, wordVectors: WordVectors, sample = 200): Promise<Calibration> {
  const dense = await measureDenseScale(index, embedder, sample);
  await nextTurn(); // a turn of the event loop for the serving index
  const background = await measureBackground(index, embedder, wordVectors, { denseScale: dense.dense });
  return { ...dense, background };
}

/** Questions made from the index's own sentences, against their sources and against unrelated sentences. */
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

/** Below this share of changed sentences a large index keeps its calibration: the scores' distribution cannot have moved. */
export const RECALIBRATE_CHANGE_SHARE = 0.01;
/** Small indexes are always recalibrated: it is cheap there, and one document is a large share. */
export const RECALIBRATE_ALWAYS_BELOW = 10_000;

/** The previous index's calibration when the rebuilt one (`next`) may keep it, else null (measure it again). */
export function reusableCalibration(
  previous: Pick<SearchIndex, 'manifest' | 'answerableCount'> | null,
  next: { answerableCount: number; embedded: number },
  embedder: Pick<Embedder, 'modelId' | 'revision'>,
): Calibration | null {
  if (!previous) return null;
  const before = previous.manifest;
  const count = next.answerableCount;
  const sameModel = before.model === embedder.modelId && (before.modelRevision ?? null) === (embedder.revision ?? null);
  const churn = next.embedded + Math.abs(previous.answerableCount - count);
  // A background measured for other learned weights is not this build's, however small the change.
  if (!sameModel || before.calibration.positives === 0 || before.calibration.decision !== DECISION_RECORD) return null;
  if (count < RECALIBRATE_ALWAYS_BELOW || churn > RECALIBRATE_CHANGE_SHARE * count) return null;
  return before.calibration;
}
