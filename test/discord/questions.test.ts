import { describe, expect, test } from 'vitest';
import { asksAboutReplied, claimToCheck, extractMentionQuestion, messageText, withoutTokens } from '../../src/discord/questions.ts';
import { isUserError } from '../../src/errors.ts';

const BOT = '123456789012345678';

describe('withoutTokens', () => {
  test('GIVEN a question with mentions, a channel, a custom emoji, a timestamp or a link THEN they go; its words and markdown stay', () => {
    expect(withoutTokens('<@111> <@!222> <@&333> <#444> asked <:hmm:555> **how long** was the call <t:1700000000:R>? https://example.com/a')).toBe('asked **how long** was the call ?');
    expect(withoutTokens('How long was the call?')).toBe('How long was the call?');
  });
});

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

describe('claimToCheck', () => {
  test('GIVEN a statement THEN the question asking to check it; GIVEN a question THEN the question', () => {
    expect(claimToCheck('**The call** lasted an hour!! <@123456789012345678>')).toBe('The call lasted an hour, is that right?');
    expect(claimToCheck('how long was the call?')).toBe('how long was the call?');
  });

  test('GIVEN no words, or more than a question may hold THEN a user error saying what to do', () => {
    const codeOf = (content: string) => {
      try {
        claimToCheck(content);
        return null;
      } catch (error) {
        return isUserError(error) ? error.code : String(error);
      }
    };
    expect(codeOf('<:pepe:123456789012345678> https://example.com')).toBe('NOTHING_TO_CHECK');
    expect(codeOf('...!!')).toBe('NOTHING_TO_CHECK');
    expect(codeOf('word '.repeat(100))).toBe('CLAIM_TOO_LONG');
    // The limit named is the message's own length, the tag the check adds left out.
    expect(() => claimToCheck('a'.repeat(490))).toThrow('(490 characters; at most 484)');
    expect(claimToCheck(`${'a'.repeat(483)}?`)).toHaveLength(484);
  });
});

describe('asksAboutReplied', () => {
  test.each(['is this true?', 'Is that right??', 'fact check pls', 'source?', 'really?', '', 'true'])('GIVEN "%s" THEN it asks whether the replied-to message holds', (text) => {
    expect(asksAboutReplied(text)).toBe(true);
  });
  test.each(['who did Rubio speak with?', 'is Sheinbaum right?', 'how long was the call'])('GIVEN "%s" THEN it is a question of its own', (text) => {
    expect(asksAboutReplied(text)).toBe(false);
  });
});
