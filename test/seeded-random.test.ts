import { describe, expect, it } from 'vitest';
import { seededRandom, seedOf } from '../src/seeded-random.ts';

describe('reproducible draws', () => {
  it('GIVEN the same seed THEN the same numbers, in [0, 1); another seed THEN others', () => {
    const draw = (seed: number) => Array.from({ length: 50 }, seededRandom(seed));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(42).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('GIVEN a text THEN its seed is its FNV-1a hash: the same text, the same seed', () => {
    expect(seedOf('')).toBe(0x811c9dc5);
    expect(seedOf('a')).toBe(0xe40c292c);
    expect(seedOf('What did Rubio ask for?')).toBe(seedOf('What did Rubio ask for?'));
    expect(seedOf('What did Rubio ask for?')).not.toBe(seedOf('What did Rubio ask for'));
  });
});
