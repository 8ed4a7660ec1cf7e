import { describe, expect, it } from 'vitest';
import { coordinateAscent, pairedGainZ, rankingObjective, type RankingGroup } from '../../src/evaluation/coordinate-ascent.ts';

// Two features per candidate. In every question the right candidate is strong on feature 1 and the
// wrong one, listed first (ties go to it), on feature 0.
const PREFERS_FEATURE_1: RankingGroup[] = [
  { candidates: [[0.9, 0.1], [0.2, 0.8]], right: [false, true] },
  { candidates: [[0.7, 0.3], [0.1, 0.6], [0.4, 0.2]], right: [false, true, false] },
  { candidates: [[1, 0], [0.3, 0.5]], right: [false, true] },
];

function firstIsRight(group: RankingGroup, weights: readonly number[]): boolean {
  const scores = group.candidates.map((x) => x.reduce((s, v, j) => s + v * weights[j]!, 0));
  const best = scores.indexOf(Math.max(...scores));
  return group.right[best] === true;
}

describe('coordinate ascent', () => {
  it('GIVEN groups THEN the objective is the share ranked right first plus depth3 times the share right in the top 3', () => {
    expect(rankingObjective(PREFERS_FEATURE_1, [1, 0], 0)).toBe(0);
    expect(rankingObjective(PREFERS_FEATURE_1, [1, 0], 0.25)).toBe(0.25);
    expect(rankingObjective(PREFERS_FEATURE_1, [0, 1], 0)).toBe(1);
    expect(rankingObjective(PREFERS_FEATURE_1, [0, 1], 0.25)).toBe(1.25);
  });

  it('GIVEN start weights that rank every question wrong THEN ascent finds weights that rank each right first', () => {
    const start = [1, 0.5];
    expect(PREFERS_FEATURE_1.some((g) => firstIsRight(g, start))).toBe(false);
    const { weights, objective } = coordinateAscent(PREFERS_FEATURE_1, start, { depth3: 0 });
    expect(objective).toBe(1);
    for (const g of PREFERS_FEATURE_1) expect(firstIsRight(g, weights)).toBe(true);
    expect(rankingObjective(PREFERS_FEATURE_1, weights, 0)).toBe(objective);
  });

  it('GIVEN a problem only a negative weight would solve THEN the weights stay non-negative and the objective does not rise', () => {
    // The right candidate is the one with less of feature 0: only a weight below zero would put it first.
    const groups: RankingGroup[] = [{ candidates: [[1, 0], [0, 0]], right: [false, true] }];
    const { weights, objective } = coordinateAscent(groups, [0, 0], { depth3: 0 });
    for (const w of weights) expect(w).toBeGreaterThanOrEqual(0);
    expect(objective).toBe(0);
    // Ascent from positive weights moves them down at most to zero, never below.
    const fromPositive = coordinateAscent(PREFERS_FEATURE_1, [2, 0.5], { depth3: 0, steps: [-1, -0.5, 0.5, 1] });
    for (const w of fromPositive.weights) expect(w).toBeGreaterThanOrEqual(0);
  });

  it('GIVEN two questions that want opposite weights THEN the heavier question decides what ascent learns', () => {
    const wantsFeature0: RankingGroup = { candidates: [[0, 1], [1, 0]], right: [false, true] };
    const wantsFeature1: RankingGroup = { candidates: [[1, 0], [0, 1]], right: [false, true] };
    // Each start ranks the heavier question wrong, so ascent has to move.
    expect(firstIsRight(wantsFeature0, [0.8, 1])).toBe(false);
    const zeroHeavy = coordinateAscent([{ ...wantsFeature0, weight: 3 }, { ...wantsFeature1, weight: 1 }], [0.8, 1], { depth3: 0 });
    expect(firstIsRight(wantsFeature0, zeroHeavy.weights)).toBe(true);
    expect(zeroHeavy.weights[0]).toBeGreaterThan(zeroHeavy.weights[1]!);
    expect(zeroHeavy.objective).toBe(0.75);

    expect(firstIsRight(wantsFeature1, [1, 0.8])).toBe(false);
    const oneHeavy = coordinateAscent([{ ...wantsFeature0, weight: 1 }, { ...wantsFeature1, weight: 3 }], [1, 0.8], { depth3: 0 });
    expect(firstIsRight(wantsFeature1, oneHeavy.weights)).toBe(true);
    expect(oneHeavy.weights[1]).toBeGreaterThan(oneHeavy.weights[0]!);
    expect(oneHeavy.objective).toBe(0.75);

    // The same weights score differently once the groups weigh differently.
    expect(rankingObjective([{ ...wantsFeature0, weight: 3 }, wantsFeature1], [1, 0], 0)).toBe(0.75);
    expect(rankingObjective([{ ...wantsFeature0, weight: 1 }, { ...wantsFeature1, weight: 3 }], [1, 0], 0)).toBe(0.25);
  });
});

describe('each coordinate takes its best step', () => {
  it('GIVEN a first step that helps a little and a later one that helps more THEN the better one is kept', () => {
    const g: RankingGroup[] = [
      { candidates: [[0, 1], [1, 0]], right: [false, true], weight: 3 },
      { candidates: [[1, 0], [0, 1]], right: [false, true], weight: 1 },
    ];
    expect(rankingObjective(g, [0.55, 0.5], 0)).toBe(0.75);
    expect(coordinateAscent(g, [0.5, 0.5], { depth3: 0 }).objective).toBe(0.75);
  });
});

describe('how surely one set of weights ranks better than another', () => {
  // Question k: the right candidate wins with feature 1, the wrong one with feature 0.
  const question: RankingGroup = { candidates: [[0.9, 0.1], [0.2, 0.8]], right: [false, true] };
  // The opposite: feature 0 is right.
  const opposite: RankingGroup = { candidates: [[0.9, 0.1], [0.2, 0.8]], right: [true, false] };

  it('GIVEN weights that fix many questions and break none THEN the gain is sure; the reverse, surely a loss', () => {
    const groups = [...Array(20).fill(question), opposite];
    expect(pairedGainZ(groups, [1, 0], [0, 1], 0)).toBeGreaterThan(2);
    expect(pairedGainZ(groups, [0, 1], [1, 0], 0)).toBeLessThan(-2);
  });

  it('GIVEN weights that fix as many questions as they break, give or take one THEN the gain is not sure', () => {
    const groups = [...Array(10).fill(question), ...Array(9).fill(opposite)];
    const z = pairedGainZ(groups, [1, 0], [0, 1], 0);
    expect(z).toBeGreaterThan(0);
    expect(z).toBeLessThan(2);
    expect(pairedGainZ(groups, [1, 0], [1, 0], 0)).toBe(0);
  });
});
