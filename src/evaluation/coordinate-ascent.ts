/**
 * Learning-to-rank by coordinate ascent (Metzler & Croft's method, as in RankLib): non-negative
 * linear weights moved one at a time by a few step sizes, keeping a move whenever it raises the
 * share of questions whose first-ranked candidate is a right one (ties: the first-listed). Pure.
 */

export interface RankingGroup {
  /** Feature vectors of one question's candidates. */
  candidates: readonly (readonly number[])[];
  /** Whether each candidate is right. */
  right: readonly boolean[];
  /** How much the question counts (1 when absent). */
  weight?: number;
}

/** One question's share of the objective: 1 when its best-scoring candidate is right, plus `depth3` when a right one is in the top 3. */
function groupScore(g: RankingGroup, weights: readonly number[], depth3: number): number {
  const scores = g.candidates.map((x) => x.reduce((s, v, j) => s + v * weights[j]!, 0));
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  return (g.right[order[0]!] ? 1 : 0) + (depth3 > 0 && order.slice(0, 3).some((i) => g.right[i]) ? depth3 : 0);
}

/** Share of groups whose best-scoring candidate is right, plus `depth3` times the share with a right one in the top 3. */
export function rankingObjective(groups: readonly RankingGroup[], weights: readonly number[], depth3 = 0.25): number {
  let total = 0;
  let weightSum = 0;
  for (const g of groups) {
    const w = g.weight ?? 1;
    weightSum += w;
    total += w * groupScore(g, weights, depth3);
  }
  return total / Math.max(1e-9, weightSum);
}

/**
 * How surely `to` ranks better than `from` on these questions: the weighted mean of the questions'
 * paired differences in score over its standard error (a paired z). Far-apart weights often score
 * alike on the objective's flat top; a gain that a handful of questions decide either way is no
 * reason to change what members get. 0 when no question changes.
 */
export function pairedGainZ(groups: readonly RankingGroup[], from: readonly number[], to: readonly number[], depth3 = 0.25): number {
  let sw = 0;
  let sum = 0;
  let sumSq = 0;
  let sw2 = 0;
  for (const g of groups) {
    const w = g.weight ?? 1;
    const d = groupScore(g, to, depth3) - groupScore(g, from, depth3);
    sw += w;
    sw2 += w * w;
    sum += w * d;
    sumSq += w * d * d;
  }
  if (sw === 0) return 0;
  const mean = sum / sw;
  const variance = Math.max(0, sumSq / sw - mean * mean);
  // The variance of a weighted mean: Σw²·σ² / (Σw)².
  const se = Math.sqrt((variance * sw2) / (sw * sw));
  return se === 0 ? 0 : mean / se;
}

export interface AscentOptions {
  steps: readonly number[];
  rounds: number;
  depth3: number;
}

export const DEFAULT_ASCENT: AscentOptions = { steps: [-1, -0.5, -0.25, -0.1, -0.05, -0.02, 0.02, 0.05, 0.1, 0.25, 0.5, 1], rounds: 20, depth3: 0.25 };

export function coordinateAscent(groups: readonly RankingGroup[], start: readonly number[], options: Partial<AscentOptions> = {}): { weights: number[]; objective: number } {
  const o = { ...DEFAULT_ASCENT, ...options };
  let weights = [...start];
  let best = rankingObjective(groups, weights, o.depth3);
  for (let round = 0; round < o.rounds; round++) {
    let improved = false;
    for (let j = 0; j < weights.length; j++) {
      // Steps are sized from the weight as it stood when this coordinate's turn began (a move to 0
      // must not shrink the later steps to nothing); any step that helps is taken (first improvement).
      const scale = Math.max(0.1, Math.abs(weights[j]!));
      const from = weights[j]!;
      for (const step of o.steps) {
        const trial = [...weights];
        trial[j] = Math.max(0, from + step * scale);
        const value = rankingObjective(groups, trial, o.depth3);
        if (value > best + 1e-9) {
          best = value;
          weights = trial;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return { weights, objective: best };
}
