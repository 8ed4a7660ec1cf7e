/**
 * The answer-or-refuse threshold as `npm run train` sets it: the highest probability that still
 * answers at least `share` of every group's answerable questions (a group is one tune article, alone
 * or within the mixed corpus), written with four decimals rounded down so that the question it was
 * read off stays answered. Pure.
 */

/** One answerable question's probability of being answerable, and its group. */
export interface ScoredAnswerable {
  p: number;
  group: string;
}

/**
 * The threshold, not yet rounded: in every group, the probability of the question that may still be
 * answered when at most (1 − share) of the group is refused (of 20 at 95%, the second-lowest); the
 * lowest of these over the groups.
 */
export function answerThreshold(answerable: readonly ScoredAnswerable[], share: number): number {
  const groups = new Map<string, number[]>();
  for (const a of answerable) {
    const ps = groups.get(a.group);
    if (ps) ps.push(a.p);
    else groups.set(a.group, [a.p]);
  }
  if (groups.size === 0) throw new Error('no answerable questions to set the threshold on');
  const bounds = [...groups.values()].map((ps) => {
    const sorted = [...ps].sort((a, b) => a - b);
    // A small tolerance: (1 − 0.95) × 20 is 1.0000000000000009 in floating point, and must count as 1.
    const refusable = Math.floor((1 - share) * sorted.length + 1e-9);
    return sorted[Math.min(refusable, sorted.length - 1)]!;
  });
  return Math.min(...bounds);
}

/** As written into learned-weights.ts: four decimals, rounded down (rounded up, it refused the question it was read off). */
export function writtenThreshold(threshold: number): number {
  return Math.floor(threshold * 1e4) / 1e4;
}
