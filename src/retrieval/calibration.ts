/**
 * The dense similarity scale of the model on a corpus, measured at each build. Raw cosines are not
 * comparable between models (a static word-vector model and a transformer sit on very different
 * ranges), so retrieval maps them onto a measured scale before fusing them with lexical evidence.
 * The answer-or-refuse decision is not calibrated per corpus: it is a model learned once
 * (answerability.ts, learned-weights.ts), and the manifest records which.
 */
import { LEARNED_DECISION, LEARNED_RANKING } from './learned-weights.ts';
import { NO_BACKGROUND, type Background } from './background.ts';

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
