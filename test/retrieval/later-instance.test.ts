import { describe, expect, it } from 'vitest';
import { asksLaterInstance, onOrBeforeReport } from '../../src/retrieval/later-instance.ts';

describe('a question about a later instance', () => {
  it('GIVEN the future tense or "next", "again", "another" THEN it asks about a later instance; the past tense, "last" and "first" do not', () => {
    for (const q of ['When is the next call?', 'When will they talk again?', 'Is another call planned?', "When'll they meet?", 'When are they going to meet?']) expect(asksLaterInstance(q), q).toBe(true);
    for (const q of ['When was the call?', 'When did the storm hit?', 'What day was the last call?', 'When was the first meeting?']) expect(asksLaterInstance(q), q).toBe(false);
    // "again", "another" and "next" in the past tense ask about one already past.
    for (const q of ['When did they talk again?', 'When did another storm hit?', 'When was the next meeting held?']) expect(asksLaterInstance(q), q).toBe(false);
  });
});

describe('a date on or before the report', () => {
  it('GIVEN a day of a month, with its year or in the report\'s year THEN it is compared with the report\'s date', () => {
    expect(onOrBeforeReport('Monday, January 12, 2026', '2026-01-12')).toBe(true);
    expect(onOrBeforeReport('January 12', '2026-01-12')).toBe(true);
    expect(onOrBeforeReport('12 January', '2026-01-20')).toBe(true);
    expect(onOrBeforeReport('Jan. 12', '2026-02-01')).toBe(true);
    expect(onOrBeforeReport('April 14', '2026-03-01')).toBe(false);
    expect(onOrBeforeReport('January 12, 2027', '2026-01-12')).toBe(false);
  });

  it('GIVEN no day of a month ("Thursday", a year, "next week") or a report without a date THEN it says nothing either way', () => {
    expect(onOrBeforeReport('Thursday', '2026-11-22')).toBe(false);
    expect(onOrBeforeReport('2025', '2026-01-12')).toBe(false);
    expect(onOrBeforeReport('next week', '2026-01-12')).toBe(false);
    expect(onOrBeforeReport('January 12, 2026', null)).toBe(false);
  });
});
