import { describe, expect, it } from 'vitest';
import { auroc, refusedAt, thresholdAnswering } from '../../src/evaluation/decision-curve.ts';

describe('an answer-or-refuse model at a fixed share answered', () => {
  it('GIVEN probabilities THEN the threshold answers at least the share asked, and no higher one does', () => {
    const ps = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05];
    expect(thresholdAnswering(ps, 0.9)).toBe(0.1);
    expect(thresholdAnswering(ps, 0.95)).toBe(0.05);
    expect(thresholdAnswering(ps, 0.5)).toBe(0.5);
    expect(thresholdAnswering([], 0.9)).toBeNaN();
  });

  it('GIVEN answerable, unanswerable and off-topic questions THEN the refused shares are read at that threshold', () => {
    const q = [
      ...[0.9, 0.8, 0.7, 0.6].map((p) => ({ kind: 'answerable' as const, p })),
      ...[0.65, 0.5, 0.1].map((p) => ({ kind: 'unanswerable' as const, p })),
      { kind: 'off-topic' as const, p: 0.2 },
    ];
    expect(refusedAt(q, 0.75)).toEqual({ share: 0.75, threshold: 0.7, unanswerableRefused: 1, offTopicRefused: 1 });
    expect(refusedAt(q, 1)).toMatchObject({ threshold: 0.6, unanswerableRefused: 2 / 3 });
  });

  it('GIVEN positives and negatives THEN AUROC counts the pairs ordered right, ties half', () => {
    expect(auroc([0.9, 0.8], [0.1, 0.2])).toBe(1);
    expect(auroc([0.1], [0.9])).toBe(0);
    expect(auroc([0.5], [0.5])).toBe(0.5);
    expect(auroc([0.6, 0.4], [0.5])).toBe(0.5);
  });
});
