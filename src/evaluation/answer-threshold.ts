/**
 * The answer-or-refuse threshold as `npm run train` sets it, from the probabilities of the tune
 * half's answerable questions in groups (a group is one tune article, alone or within the mixed
 * corpus): the highest probability that still answers `share` of them all, every group weighing the
 * same, and that answers at least `floor` of every group. Written with four decimals rounded down so
 * that the question it was read off stays answered. Pure.
 *
 * Why pooled: the lowest of the groups' own 95% points, the rule before, was read off one question of
 * a 20-question group (the event article's second-lowest) and moved by 0.03–0.04 when the tune questions
 * were resampled, as much as any reading changed it; the pooled point, read off all of them, by 0.01.
 * The floor keeps any one article from being given up for the others.
 */
import { thresholdAnswering } from './decision-curve.ts';

/** One answerable question's probability of being answerable, and its group. */
export interface ScoredAnswerable {
  p: number;
  group: string;
}

export interface ThresholdShares {
  /** Of all answerable questions, every group weighing the same. */
  share: number;
  /** Of every group's own. */
  floor: number;
}

/** Floating point: (1 − 0.975) × 40 groups may come out a hair above 1, and must count as 1. */
const EPSILON = 1e-9;

function byGroup(answerable: readonly ScoredAnswerable[]): number[][] {
  const groups = new Map<string, number[]>();
  for (const a of answerable) {
    const ps = groups.get(a.group);
    if (ps) ps.push(a.p);
    else groups.set(a.group, [a.p]);
  }
  if (groups.size === 0) throw new Error('no answerable questions to set the threshold on');
  return [...groups.values()];
}

/** The highest probability refusing at most (1 − share) of all questions, each weighing 1 / its group's size. */
function pooledBound(groups: readonly number[][], share: number): number {
  const points = groups.flatMap((ps) => ps.map((p) => ({ p, weight: 1 / ps.length }))).sort((a, b) => a.p - b.p);
  const refusable = (1 - share) * groups.length;
  let refused = 0;
  for (const { p, weight } of points) {
    if (refused + weight > refusable + EPSILON) return p;
    refused += weight;
  }
  return points[points.length - 1]!.p;
}

/** The threshold, not yet rounded. */
export function answerThreshold(answerable: readonly ScoredAnswerable[], shares: ThresholdShares): number {
  const groups = byGroup(answerable);
  return Math.min(pooledBound(groups, shares.share), ...groups.map((ps) => thresholdAnswering(ps, shares.floor)));
}

/** As written into learned-weights.ts: four decimals, rounded down (rounded up, it refused the question it was read off). */
export function writtenThreshold(threshold: number): number {
  return Math.floor(threshold * 1e4) / 1e4;
}
