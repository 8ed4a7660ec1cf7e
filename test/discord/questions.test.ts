import { describe, expect, test } from 'vitest';
import { extractMentionQuestion } from '../../src/discord/questions.ts';

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
