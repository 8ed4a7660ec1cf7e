import { describe, expect, test } from 'vitest';
import { neutraliseMentions } from '../../../src/discord/format/mentions.ts';
import { pingsIn } from '../stand-in/mentions.ts';

const ZWSP = '\u200b';

describe('neutraliseMentions', () => {
  test('GIVEN @everyone and @here THEN a zero-width space follows the @', () => {
    expect(neutraliseMentions('hey @everyone and @here!')).toBe(`hey @${ZWSP}everyone and @${ZWSP}here!`);
  });
  test('GIVEN user, nickname and role mentions THEN none is a mention any more', () => {
    const text = '<@123456789012345678> <@!123456789012345678> <@&123456789012345678>';
    const out = neutraliseMentions(text);
    expect(out).toBe(`<@${ZWSP}123456789012345678> <@${ZWSP}!123456789012345678> <@${ZWSP}&123456789012345678>`);
    expect(pingsIn(out)).toEqual([]);
  });
  test('GIVEN @everyone glued to other text THEN it is neutralised too (Discord matches it there)', () => {
    expect(pingsIn(neutraliseMentions('a@everyone, **@here**'))).toEqual([]);
  });
  test('GIVEN e-mail addresses, channel links and emoji THEN the text is unchanged', () => {
    const text = 'write to press@gov.mx, see <#123456789012345678> <:party:123456789012345678> @someone';
    expect(neutraliseMentions(text)).toBe(text);
  });
  test('GIVEN text already neutralised THEN it is unchanged (idempotent)', () => {
    const once = neutraliseMentions('@everyone <@&123456789012345678>');
    expect(neutraliseMentions(once)).toBe(once);
  });
});
