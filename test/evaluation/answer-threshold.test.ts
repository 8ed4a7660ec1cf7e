import { describe, expect, it } from 'vitest';
import { answerThreshold, writtenThreshold } from '../../src/evaluation/answer-threshold.ts';

const group = (name: string, ps: number[]) => ps.map((p) => ({ p, group: name }));

describe('the answer threshold', () => {
  it('GIVEN groups of answerable questions THEN it answers at least the share of every group: the hardest group sets it', () => {
    // 20 questions each: answering 95% may refuse one, so each group's second-lowest is its bound.
    const easy = group('squad-article', Array.from({ length: 20 }, (_, i) => 0.5 + i / 100));
    const hard = group('event-in-mixed', [0.05, 0.12, ...Array.from({ length: 18 }, (_, i) => 0.3 + i / 100)]);
    const t = answerThreshold([...easy, ...hard], 0.95);
    expect(t).toBe(0.12);
    for (const g of [easy, hard]) expect(g.filter((q) => q.p >= t).length / g.length).toBeGreaterThanOrEqual(0.95);
  });

  it('GIVEN the same article alone and within the mixed corpus as two groups THEN the one it does worse in sets it', () => {
    const alone = group('event', Array.from({ length: 20 }, (_, i) => 0.3 + i / 50));
    const mixed = group('mixed|event', Array.from({ length: 20 }, (_, i) => 0.15 + i / 50));
    expect(answerThreshold([...alone, ...mixed], 0.95)).toBeCloseTo(0.17, 12);
  });

  it('GIVEN a share that refuses none of a small group THEN its lowest question sets it', () => {
    expect(answerThreshold(group('five', [0.4, 0.2, 0.9, 0.6, 0.3]), 0.95)).toBe(0.2);
    expect(answerThreshold(group('ten', Array.from({ length: 10 }, (_, i) => i / 10)), 0.8)).toBe(0.2);
  });

  it('GIVEN no answerable questions THEN it fails loudly', () => {
    expect(() => answerThreshold([], 0.95)).toThrow(/no answerable/);
  });

  it('GIVEN a threshold THEN it is written rounded down, so the question it was read off stays answered', () => {
    expect(writtenThreshold(0.16058)).toBe(0.1605);
    expect(writtenThreshold(0.16058)).toBeLessThanOrEqual(0.16058);
    expect(writtenThreshold(0.1605)).toBe(0.1605);
  });
});
