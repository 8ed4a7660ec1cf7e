import { describe, expect, it } from 'vitest';
import { givesKind } from '../../src/retrieval/kind-in-document.ts';

describe('whether a document gives a kind of answer anywhere', () => {
  const call = ['The leaders held a 15-minute phone call on Monday, January 12, 2026.', 'Rubio asked for tangible results.'];

  it('GIVEN sentences with a duration, a weekday and a date THEN those kinds are given; an age and an amount are not', () => {
    expect(givesKind(call, 'duration')).toBe(true);
    expect(givesKind(call, 'weekday')).toBe(true);
    expect(givesKind(call, 'date')).toBe(true);
    expect(givesKind(call, 'age')).toBe(false);
    expect(givesKind(call, 'money')).toBe(false);
  });

  it('GIVEN a sentence giving an age in any of its forms THEN an age is given', () => {
    expect(givesKind([...call, 'Petrenko, aged 16, won the tournament.'], 'age')).toBe(true);
    expect(givesKind(['She became president at the age of 62.'], 'age')).toBe(true);
  });

  it('GIVEN figures only of a date and of a span of time THEN no count is given; a figure counting a thing is one', () => {
    expect(givesKind(call, 'number')).toBe(false);
    expect(givesKind([...call, 'Two officials listened in.'], 'number')).toBe(true);
    expect(givesKind([...call, 'Officials confirmed 38 cases.'], 'number')).toBe(true);
  });

  it('GIVEN no sentences THEN nothing is given', () => {
    expect(givesKind([], 'number')).toBe(false);
  });
});
