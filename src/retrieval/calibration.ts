/**
 * Turning raw fused scores into "answer or abstain" and a confidence word.
 *
 * Raw scores are not probabilities, and their scale depends on the model and the corpus, so each
 * build measures them: questions generated from the corpus itself (positives) against general
 * questions about other topics (negatives, shipped in off-topic-questions.ts). The threshold sits just
 * above almost all negatives, unless that would refuse most positives; confidence words split the
 * range above it at the positives' quantiles.
 */

/**
 * The dense similarity scale of this model on this corpus: the mean cosine between a question and an
 * unrelated sentence (`baseline`) and between a question and the sentence it came from (`match`).
 * Retrieval maps cosine to (cos − baseline) / (match − baseline), ~0 for unrelated and ~1 for a match,
 * so that fusion weighs lexical and dense evidence alike whatever the model's cosine range.
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
  /** Below this top score the engine abstains. */
  threshold: number;
  /** At or above: "medium" confidence. */
  medium: number;
  /** At or above: "high" confidence. */
  high: number;
  method: string;
  positives: number;
  negatives: number;
  /** Share of calibration positives answered and negatives refused at `threshold`. */
  positiveRecall: number;
  negativeRejection: number;
}

export const UNCALIBRATED: Calibration = {
  dense: IDENTITY_SCALE,
  threshold: 0.35,
  medium: 0.5,
  high: 0.7,
  method: 'defaults (not yet calibrated)',
  positives: 0,
  negatives: 0,
  positiveRecall: 0,
  negativeRejection: 0,
};

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = Math.min(sorted.length - 1, Math.max(0, q * (sorted.length - 1)));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export interface CalibrationParams {
  /** Share of negatives the threshold must be above. */
  negativeQuantile: number;
  /** Margin added above that negative quantile. */
  margin: number;
  /** The threshold never refuses more than this share of positives. */
  maxPositiveLoss: number;
}

export const DEFAULT_CALIBRATION: CalibrationParams = { negativeQuantile: 0.98, margin: 0.02, maxPositiveLoss: 0.2 };

export function calibrate(
  positiveScores: readonly number[],
  negativeScores: readonly number[],
  params: CalibrationParams = DEFAULT_CALIBRATION,
  dense: DenseScale = IDENTITY_SCALE,
): Calibration {
  const pos = [...positiveScores].sort((a, b) => a - b);
  const neg = [...negativeScores].sort((a, b) => a - b);
  if (pos.length < 5 || neg.length < 5) return { ...UNCALIBRATED, dense, method: 'defaults (too few calibration questions)' };
  const fromNegatives = quantile(neg, params.negativeQuantile) + params.margin;
  const cap = quantile(pos, params.maxPositiveLoss);
  const threshold = Math.min(fromNegatives, cap);
  const high = Math.max(threshold, quantile(pos, 0.5));
  const medium = threshold + (high - threshold) / 2;
  return {
    dense,
    threshold,
    medium,
    high,
    method:
      `threshold = min(q${params.negativeQuantile} of off-topic top scores + ${params.margin}, ` +
      `q${params.maxPositiveLoss} of corpus-question top scores); high = median of corpus-question scores; medium halfway`,
    positives: pos.length,
    negatives: neg.length,
    positiveRecall: pos.filter((s) => s >= threshold).length / pos.length,
    negativeRejection: neg.filter((s) => s < threshold).length / neg.length,
  };
}

export function confidenceOf(score: number, c: Calibration): 'high' | 'medium' | 'low' | null {
  if (score < c.threshold) return null;
  if (score >= c.high) return 'high';
  if (score >= c.medium) return 'medium';
  return 'low';
}
