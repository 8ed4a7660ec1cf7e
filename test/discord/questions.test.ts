import { describe, expect, test } from 'vitest';
import { extractMentionQuestion, messageText } from '../../src/discord/questions.ts';

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

describe('messageText', () => {
  test('GIVEN a message with markdown, mentions, emoji, a timestamp and a link THEN the words a reader sees, on one line', () => {
    expect(messageText('> **The call** lasted _an hour_ <@987654321098765432> <:pepe:123456789012345678>\nsee https://example.com/a?b=1 <t:1768200000:R>')).toBe(
      'The call lasted an hour see',
    );
    expect(messageText('||spoiler:|| the call was on `Tuesday`, <#123456789012345678> ~~not~~ Monday')).toBe('spoiler: the call was on Tuesday, not Monday');
    expect(messageText('- Trump called\n- 1. Sheinbaum said no')).toBe('Trump called Sheinbaum said no');
  });

  test('GIVEN words joined by marks that are no markdown there THEN they stay', () => {
    expect(messageText('a snake_case name and 5*3 = 15')).toBe('a snake_case name and 5*3 = 15');
  });

  test('GIVEN only a mention, emoji and a link THEN nothing', () => {
    expect(messageText('<@123456789012345678> <a:dance:123456789012345678> <https://example.com>')).toBe('');
  });
});
