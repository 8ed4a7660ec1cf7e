import { describe, expect, it } from 'vitest';
import { fitLogistic, predict, sigmoid } from '../../src/evaluation/logistic-regression.ts';
import { seededRandom } from '../../src/seeded-random.ts';

/** Rows drawn uniformly from [-2, 2]² and labels drawn from a known logistic model, all from one seed. */
function sample(n: number, truth: { intercept: number; weights: number[] }, seed: number): { x: number[][]; y: number[] } {
  const random = seededRandom(seed);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = truth.weights.map(() => random() * 4 - 2);
    x.push(row);
    y.push(random() < predict(truth, row) ? 1 : 0);
  }
  return { x, y };
}

describe('logistic regression', () => {
  it('GIVEN a score THEN predict is the sigmoid of intercept plus weighted features, stable at the extremes', () => {
    expect(predict({ intercept: 0, weights: [1, -1] }, [2, 2])).toBe(0.5);
    expect(predict({ intercept: 1, weights: [2] }, [0.5])).toBeCloseTo(sigmoid(2), 12);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expect(Number.isNaN(sigmoid(-1000))).toBe(false);
  });

  it('GIVEN labels drawn from a known logistic model THEN the fit recovers the sign and rough size of its weights and intercept', () => {
    const truth = { intercept: 1, weights: [2, -1.5] };
    const { x, y } = sample(3000, truth, 7);
    const model = fitLogistic(x, y, { l2: 0 });
    expect(model.weights[0]).toBeGreaterThan(0);
    expect(model.weights[1]).toBeLessThan(0);
    expect(Math.abs(model.weights[0]! - 2)).toBeLessThan(0.3);
    expect(Math.abs(model.weights[1]! + 1.5)).toBeLessThan(0.3);
    expect(Math.abs(model.intercept - 1)).toBeLessThan(0.3);
  });

  it('GIVEN features unrelated to labels that are 80% positive THEN the intercept carries the base rate and the weights stay near zero', () => {
    const random = seededRandom(11);
    const x = Array.from({ length: 2000 }, () => [random(), random()]);
    const y = x.map((_, i) => (i % 5 === 0 ? 0 : 1));
    const model = fitLogistic(x, y, { l2: 0 });
    expect(model.intercept).toBeGreaterThan(0);
    expect(predict(model, [0.5, 0.5])).toBeCloseTo(0.8, 1);
    for (const w of model.weights) expect(Math.abs(w)).toBeLessThan(0.5);
  });

  it('GIVEN noIntercept (pairwise differences) THEN the intercept is exactly 0 and the weights keep their signs', () => {
    const { x, y } = sample(2000, { intercept: 0, weights: [1.5, -1] }, 3);
    const model = fitLogistic(x, y, { l2: 0, noIntercept: true });
    expect(model.intercept).toBe(0);
    expect(model.weights[0]).toBeGreaterThan(0.8);
    expect(model.weights[1]).toBeLessThan(-0.5);
    // A row and its mirror image get complementary probabilities: nothing shifts the decision.
    expect(predict(model, [0.7, -0.3]) + predict(model, [-0.7, 0.3])).toBeCloseTo(1, 12);
  });

  it('GIVEN a row weight of 2 THEN the fit equals the fit with that row written twice, and differs from weight 1', () => {
    const { x, y } = sample(40, { intercept: 0.2, weights: [1, -1] }, 5);
    // Row 0 counts twice either way: as a weight, or as a copy.
    const weighted = fitLogistic(x, y, { l2: 0, rowWeights: x.map((_, i) => (i === 0 ? 2 : 1)) });
    const duplicated = fitLogistic([x[0]!, ...x], [y[0]!, ...y], { l2: 0 });
    const plain = fitLogistic(x, y, { l2: 0 });
    expect(weighted.intercept).toBeCloseTo(duplicated.intercept, 6);
    weighted.weights.forEach((w, j) => expect(w).toBeCloseTo(duplicated.weights[j]!, 6));
    const gap = Math.abs(weighted.intercept - plain.intercept) + weighted.weights.reduce((s, w, j) => s + Math.abs(w - plain.weights[j]!), 0);
    expect(gap).toBeGreaterThan(1e-3);
  });

  it('GIVEN a stronger L2 penalty THEN the weights shrink towards zero and keep their signs', () => {
    const { x, y } = sample(200, { intercept: 0, weights: [2, -2] }, 9);
    const sizes = [0, 10, 100, 1000].map((l2) => fitLogistic(x, y, { l2 }).weights);
    for (let k = 1; k < sizes.length; k++) {
      expect(Math.abs(sizes[k]![0]!)).toBeLessThan(Math.abs(sizes[k - 1]![0]!));
      expect(Math.abs(sizes[k]![1]!)).toBeLessThan(Math.abs(sizes[k - 1]![1]!));
      expect(sizes[k]![0]).toBeGreaterThan(0);
      expect(sizes[k]![1]).toBeLessThan(0);
    }
    expect(Math.abs(sizes[3]![0]!)).toBeLessThan(Math.abs(sizes[0]![0]!) / 3);
  });

  it('GIVEN fewer labels than rows, or no rows THEN it throws', () => {
    expect(() => fitLogistic([[1], [2]], [1])).toThrow(/labels/);
    expect(() => fitLogistic([], [])).toThrow(/at least one row/);
  });
});
