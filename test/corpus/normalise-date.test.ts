import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../src/corpus/normalise-date.ts';

describe('normaliseDate', () => {
  it.each([
    ['2026-01-12', '2026-01-12'],
    ['2026-1-2', '2026-01-02'],
    ['2026/01/12', '2026-01-12'],
    ['20260112', '2026-01-12'],
    ['2026-01-12T23:30:00-05:00', '2026-01-12'],
    ['"2026-01-12"', '2026-01-12'],
    ['January 12, 2026', '2026-01-12'],
    ['Jan. 12, 2026', '2026-01-12'],
    ['Monday, January 12th, 2026', '2026-01-12'],
    ['January 12, 2026, 10:30 AM ET', '2026-01-12'],
    ['12 January 2026', '2026-01-12'],
    ['Mon, 12 Jan 2026 10:00:00 GMT', '2026-01-12'],
    ['25/12/2026', '2026-12-25'],
    ['12/25/2026', '2026-12-25'],
    ['2028-02-29', '2028-02-29'],
  ])('GIVEN %j THEN %s', (raw, expected) => {
    expect(normaliseDate(raw)).toBe(expected);
  });

  it.each([
    ['03/04/2026', 'day and month ambiguous'],
    ['2026-02-30', 'not on the calendar'],
    ['2027-02-29', 'not a leap year'],
    ['Smarch 3, 2026', 'no such month'],
    ['last Tuesday', 'not a date'],
    ['', 'empty'],
  ])('GIVEN %j (%s) THEN null rather than a guess', (raw) => {
    expect(normaliseDate(raw)).toBeNull();
  });
});
