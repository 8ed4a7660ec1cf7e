import { describe, expect, it } from 'vitest';
import { answerThreshold, writtenThreshold } from '../../src/evaluation/answer-threshold.ts';

const group = (name: string, ps: number[]) => ps.map((p) => ({ p, group: name }));
const answeredShare = (g: { p: number }[], t: number) => g.filter((q) => q.p >= t).length / g.length;
const ramp = (n: number, from: number, step: number) => Array.from({ length: n }, (_, i) => from + i * step);

describe('the answer threshold', () => {
  it('GIVEN groups of answerable questions THEN it answers the share of them all, every group weighing the same', () => {
    // Two groups of 20: refusing 10% of all is 4 of 40, here the lowest two of each.
    const a = group('a', ramp(20, 0.1, 0.02));
    const b = group('b', ramp(20, 0.11, 0.02));
    const t = answerThreshold([...a, ...b], { share: 0.9, floor: 0.5 });
    expect(t).toBeCloseTo(0.14, 12);
    expect(answeredShare([...a, ...b], t)).toBeGreaterThanOrEqual(0.9);
  });

  it('GIVEN a small group and a large one THEN a question of the small group weighs as much as the large group\'s share of it', () => {
    // 10% of the weight is 0.2 of 2 groups: two of the small group's 10 questions, or forty of the 200.
    const small = group('event', ramp(10, 0.1, 0.01));
    const large = group('squad', ramp(200, 0.5, 0.001));
    const t = answerThreshold([...small, ...large], { share: 0.9, floor: 0.5 });
    expect(t).toBeCloseTo(0.12, 12);
    expect(answeredShare(small, t)).toBe(0.8);
    expect(answeredShare(large, t)).toBe(1);
  });

  it('GIVEN one group far below the others THEN the floor keeps it answered although the pooled share would give it up', () => {
    const good = [...'abcdefghij'].flatMap((name) => group(name, ramp(20, 0.6, 0.01)));
    const hard = group('event-in-mixed', ramp(20, 0.05, 0.01));
    const pooledOnly = answerThreshold([...good, ...hard], { share: 0.95, floor: 0 });
    expect(answeredShare(hard, pooledOnly)).toBeLessThan(0.9);
    const t = answerThreshold([...good, ...hard], { share: 0.95, floor: 0.9 });
    expect(answeredShare(hard, t)).toBeGreaterThanOrEqual(0.9);
    expect(t).toBeCloseTo(0.07, 12);
  });

  it('GIVEN one question of a group of twenty scored lower THEN the threshold moves less than the group\'s own 95% point', () => {
    const others = [...'abcdefghij'].flatMap((name) => group(name, ramp(20, 0.4, 0.03)));
    const before = group('event', ramp(20, 0.25, 0.03));
    const after = group('event', [0.25, 0.05, ...ramp(18, 0.31, 0.03)]);
    const shares = { share: 0.975, floor: 0.9 };
    const moved = Math.abs(answerThreshold([...others, ...after], shares) - answerThreshold([...others, ...before], shares));
    const lowestBound = (g: { p: number }[]) => [...g].sort((x, y) => x.p - y.p)[1]!.p;
    expect(moved).toBeLessThan(Math.abs(lowestBound(after) - lowestBound(before)));
  });

  it('GIVEN a share that refuses none THEN the lowest question sets it', () => {
    expect(answerThreshold(group('five', [0.4, 0.2, 0.9, 0.6, 0.3]), { share: 0.95, floor: 0.95 })).toBe(0.2);
    expect(answerThreshold(group('ten', ramp(10, 0, 0.1)), { share: 0.8, floor: 0.8 })).toBeCloseTo(0.2, 12);
  });

  it('GIVEN no answerable questions THEN it fails loudly', () => {
    expect(() => answerThreshold([], { share: 0.95, floor: 0.9 })).toThrow(/no answerable/);
  });

  it('GIVEN a threshold THEN it is written rounded down, so the question it was read off stays answered', () => {
    expect(writtenThreshold(0.16058)).toBe(0.1605);
    expect(writtenThreshold(0.16058)).toBeLessThanOrEqual(0.16058);
    expect(writtenThreshold(0.1605)).toBe(0.1605);
  });
});
