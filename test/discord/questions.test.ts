import { describe, expect, test } from 'vitest';
import { extractMentionQuestion, validateQuestion } from '../../src/discord/questions.ts';
import { UserError } from '../../src/errors.ts';

const BOT = '123456789012345678';

describe('extractMentionQuestion', () => {
  test('GIVEN a direct mention THEN the text without it', () => {
    expect(extractMentionQuestion(`<@${BOT}> how long was the call?`, BOT)).toBe('how long was the call?');
    expect(extractMentionQuestion(`so <@!${BOT}>, how long?`, BOT)).toBe('so , how long?');
  });
  test('GIVEN only @everyone, a role or another user THEN not a question for the bot', () => {
    expect(extractMentionQuestion('@everyone how long?', BOT)).toBeNull();
    expect(extractMentionQuestion(`<@&${BOT}> how long?`, BOT)).toBeNull();
    expect(extractMentionQuestion('<@987654321098765432> how long?', BOT)).toBeNull();
  });
  test('GIVEN only the mention THEN an empty question', () => {
    expect(extractMentionQuestion(`<@${BOT}>`, BOT)).toBe('');
  });
});

describe('validateQuestion', () => {
  test('GIVEN extra whitespace THEN it is normalised', () => {
    expect(validateQuestion('  how\n long  ')).toBe('how long');
  });
  test('GIVEN an empty question THEN EMPTY_QUESTION', () => {
    expect(() => validateQuestion('  ')).toThrow(UserError);
    expect(() => validateQuestion('')).toThrow(/empty/);
  });
  test('GIVEN more than 500 characters THEN QUESTION_TOO_LONG', () => {
    expect(() => validateQuestion('a'.repeat(501))).toThrow(/under 500 characters/);
    expect(validateQuestion('a'.repeat(500))).toHaveLength(500);
  });
});
