import { describe, expect, it } from 'vitest';
import { asksLaterInstance, mayBeLater } from '../../src/retrieval/later-instance.ts';

describe('a question about a later instance', () => {
  it('GIVEN the future tense or "next", "again", "another" THEN it asks about a later instance; the past tense, "last" and "first" do not', () => {
    for (const q of ['When is the next call?', 'When will they talk again?', 'Is another call planned?', "When'll they meet?", 'When are they going to meet?']) expect(asksLaterInstance(q), q).toBe(true);
    for (const q of ['When was the call?', 'When did the storm hit?', 'What day was the last call?', 'When was the first meeting?']) expect(asksLaterInstance(q), q).toBe(false);
    // "again", "another" and "next" in the past tense ask about one already past.
    for (const q of ['When did they talk again?', 'When did another storm hit?', 'When was the next meeting held?']) expect(asksLaterInstance(q), q).toBe(false);
  });
});

describe('a day that may be after the report\'s', () => {
  const past = 'The leaders held a call on that day.';
  it('GIVEN a day of a month, with its year or in the report\'s year THEN it is compared with the report\'s date, whatever the sentence\'s tense', () => {
    expect(mayBeLater('Monday, January 12, 2026', past, '2026-01-12')).toBe(false);
    expect(mayBeLater('January 12', 'They will meet on January 12.', '2026-01-12')).toBe(false);
    expect(mayBeLater('12 January', past, '2026-01-20')).toBe(false);
    expect(mayBeLater('Jan. 12', past, '2026-02-01')).toBe(false);
    expect(mayBeLater('April 14', past, '2026-03-01')).toBe(true);
    expect(mayBeLater('January 12, 2027', past, '2026-01-12')).toBe(true);
  });

  it('GIVEN a day it does not date ("Thursday", a year, "next week") THEN it may be later only in a sentence about what is to come', () => {
    expect(mayBeLater('Thursday', 'A second storm could arrive on Thursday.', '2026-11-22')).toBe(true);
    expect(mayBeLater('Monday', 'The railway line will stay closed until Monday.', '2026-11-22')).toBe(true);
    expect(mayBeLater('Sunday', 'This follow-up included a Sunday conversation.', '2026-01-12')).toBe(false);
    expect(mayBeLater('2025', 'Deaths fell in 2025.', '2026-01-12')).toBe(false);
    expect(mayBeLater('next week', 'They meet again next week.', '2026-01-12')).toBe(true);
  });

  it('GIVEN a report without a date THEN nothing is known: any day may be later', () => {
    expect(mayBeLater('January 12, 2026', past, null)).toBe(true);
  });
});
