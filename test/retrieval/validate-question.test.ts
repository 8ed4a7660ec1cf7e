import { describe, expect, test } from 'vitest';
import { UserError } from '../../src/errors.ts';
import { MAX_QUESTION_LENGTH, validateQuestion } from '../../src/retrieval/validate-question.ts';

describe('validateQuestion', () => {
  test('GIVEN extra whitespace THEN it is normalised', () => {
    expect(validateQuestion('  how\n long  ')).toBe('how long');
  });
  test('GIVEN an empty question THEN EMPTY_QUESTION', () => {
    expect(() => validateQuestion('  ')).toThrow(UserError);
    expect(() => validateQuestion('')).toThrow(/empty/);
  });
  test('GIVEN only zero-width and other invisible characters THEN EMPTY_QUESTION', () => {
    expect(() => validateQuestion('\u200b\u200c\u200d\u2060\ufeff')).toThrow(expect.objectContaining({ code: 'EMPTY_QUESTION' }));
  });
  test('GIVEN only punctuation or emoji THEN EMPTY_QUESTION, whose message says there is no word to search for', () => {
    expect(() => validateQuestion('?!… --')).toThrow(expect.objectContaining({ code: 'EMPTY_QUESTION' }));
    expect(() => validateQuestion('🤔🤔')).toThrow('The question is empty: it has no words to search for.');
  });
  test('GIVEN a zero-width character inside a word THEN the word is whole again', () => {
    expect(validateQuestion('how lo\u200bng was the call?')).toBe('how long was the call?');
  });
  test('GIVEN control characters (a terminal colour escape) THEN they become spaces', () => {
    expect(validateQuestion('\u001b[31mhow long?\u0007')).toBe('[31mhow long?');
  });
  test(`GIVEN more than ${MAX_QUESTION_LENGTH} characters THEN QUESTION_TOO_LONG, the same limit for every transport`, () => {
    expect(MAX_QUESTION_LENGTH).toBe(500);
    expect(() => validateQuestion('a'.repeat(501))).toThrow(/under 500 characters/);
    expect(validateQuestion('a'.repeat(500))).toHaveLength(500);
  });
});
