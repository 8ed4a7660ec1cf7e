import { describe, expect, test } from 'vitest';
import { RateLimiter, take } from '../../src/discord/rate-limit.ts';

const policy = { limit: 3, windowMs: 60_000 };

describe('take', () => {
  test('GIVEN fewer than the limit in the window THEN allowed and recorded', () => {
    expect(take([1000, 2000], 3000, policy)).toEqual({ decision: { allowed: true }, history: [1000, 2000, 3000] });
  });
  test('GIVEN the limit reached THEN refused until the oldest leaves the window', () => {
    expect(take([1000, 2000, 3000], 4000, policy)).toEqual({ decision: { allowed: false, retryAfterMs: 57_000 }, history: [1000, 2000, 3000] });
  });
  test('GIVEN old timestamps THEN they are forgotten', () => {
    expect(take([1000, 2000, 3000], 61_500, policy)).toEqual({ decision: { allowed: true }, history: [2000, 3000, 61_500] });
  });
});

describe('RateLimiter', () => {
  test('GIVEN an injected clock THEN limits per user over a sliding minute', () => {
    let now = 0;
    const limiter = new RateLimiter(policy, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterMs: 60_000 });
    expect(limiter.take('b').allowed).toBe(true);
    now = 60_001;
    expect(limiter.take('a').allowed).toBe(true);
  });
  test('GIVEN more users than the bound THEN the least recently active are forgotten', () => {
    let now = 0;
    const limiter = new RateLimiter(policy, () => now, 100);
    for (let i = 0; i < 250; i++) {
      now += 1;
      limiter.take(`user-${i}`);
    }
    expect(limiter.trackedUsers).toBeLessThanOrEqual(100);
  });
});
