/**
 * What an answer-or-refuse model gives up at a fixed share of answerable questions answered. The
 * threshold rule picks one point per model, and a new feature can move that point as much as it
 * improves the model; refusals compared at the same answered share tell the two apart. Pure.
 */
import type { QuestionKind } from './eval-sets.ts';

export interface ScoredQuestion {
  kind: QuestionKind;
  /** The model's probability that the coverage answers the question. */
  p: number;
}

export interface CurvePoint {
  /** The share of answerable questions asked to be answered, and the threshold that answers it. */
  share: number;
  threshold: number;
  unanswerableRefused: number;
  offTopicRefused: number;
}

/** A small tolerance: 0.95 × 20 may come out a hair above 19 in floating point, and must count as 19. */
const EPSILON = 1e-9;

/** The highest threshold at which at least `share` of the probabilities are at or above it. */
export function thresholdAnswering(probabilities: readonly number[], share: number): number {
  if (probabilities.length === 0) return NaN;
  const sorted = [...probabilities].sort((a, b) => b - a);
  return sorted[Math.max(0, Math.ceil(share * sorted.length - EPSILON) - 1)]!;
}

/** Refused shares of unanswerable and off-topic questions at the threshold answering `share` of the answerable ones. */
export function refusedAt(questions: readonly ScoredQuestion[], share: number): CurvePoint {
  const p = (kind: QuestionKind) => questions.filter((q) => q.kind === kind).map((q) => q.p);
  const threshold = thresholdAnswering(p('answerable'), share);
  const refused = (ps: number[]) => (ps.length ? ps.filter((x) => x < threshold).length / ps.length : NaN);
  return { share, threshold, unanswerableRefused: refused(p('unanswerable')), offTopicRefused: refused(p('off-topic')) };
}

/** The chance that a random positive scores above a random negative (ties count half). */
export function auroc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return NaN;
  const sorted = [...negatives].sort((a, b) => a - b);
  const below = (x: number, strict: boolean) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? sorted[mid]! < x : sorted[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let wins = 0;
  for (const x of positives) wins += (below(x, true) + below(x, false)) / 2;
  return wins / (positives.length * sorted.length);
}
