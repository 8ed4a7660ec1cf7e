import { ButtonStyle, ComponentType, type APIEmbed } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { fitChoices, fitPayload, LIMITS, NO_MENTIONS, totalEmbedLength } from '../../src/discord/replies.ts';
import { pingsIn } from './stand-in/mentions.ts';

describe('fitPayload', () => {
  test('GIVEN mentions in any text of a message THEN none survives, whatever allowed_mentions says', () => {
    const ping = '@everyone @here <@123456789012345678> <@!123456789012345678> <@&123456789012345678>';
    const fitted = fitPayload({
      content: `**Q:** ${ping}`,
      embeds: [{ title: ping, description: `> ${ping}`, footer: { text: ping }, author: { name: ping }, fields: [{ name: ping, value: ping }] }],
      components: [{ type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label: ping, custom_id: 'x' }] }],
    });
    expect(pingsIn(fitted)).toEqual([]);
    expect(fitted.content).toContain('everyone');
  });

  test('GIVEN content over 2,000 characters THEN it is cut to 2,000', () => {
    expect(fitPayload({ content: 'a'.repeat(5000) }).content!.length).toBe(LIMITS.content);
  });

  test('GIVEN oversized embed parts THEN each is cut to its limit', () => {
    const embed: APIEmbed = {
      title: 't'.repeat(300),
      description: 'd'.repeat(5000),
      footer: { text: 'f'.repeat(3000) },
      author: { name: 'a'.repeat(300) },
      fields: Array.from({ length: 30 }, () => ({ name: 'n'.repeat(300), value: 'v'.repeat(2000) })),
    };
    const fitted = fitPayload({ embeds: [embed] }).embeds![0]!;
    expect(fitted.title!.length).toBe(LIMITS.embedTitle);
    expect(fitted.author!.name.length).toBe(LIMITS.authorName);
    expect(fitted.fields!.length).toBeGreaterThan(0);
    expect(fitted.fields!.length).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const f of fitted.fields!) {
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    expect(fitted.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(totalEmbedLength({ embeds: [fitted] })).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  test('GIVEN several full embeds THEN descriptions shrink (last first) until the total is within 6,000', () => {
    const embeds = Array.from({ length: 4 }, (_, i) => ({ title: `T${i}`, description: String(i).repeat(4000) }));
    const fitted = fitPayload({ embeds });
    expect(totalEmbedLength(fitted)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(fitted.embeds![0]!.description).toBe('0'.repeat(4000));
  });

  test('GIVEN more than 10 embeds THEN only 10 are kept', () => {
    expect(fitPayload({ embeds: Array.from({ length: 12 }, () => ({ description: 'x' })) }).embeds).toHaveLength(10);
  });

  test('GIVEN neither content nor embeds THEN a zero-width content keeps the message valid', () => {
    expect(fitPayload({}).content).toBe('\u200b');
  });

  test('GIVEN a custom id over 100 characters THEN it is a programming error, not a silent cut', () => {
    const components = [{ type: ComponentType.ActionRow as const, components: [{ type: ComponentType.Button as const, style: ButtonStyle.Secondary as const, label: 'x', custom_id: 'x'.repeat(101) }] }];
    expect(() => fitPayload({ content: 'x', components })).toThrow(/custom id/);
  });

  test('allowed mentions: nothing parsed, replied user not pinged', () => {
    expect(NO_MENTIONS).toEqual({ parse: [], repliedUser: false });
    expect(Object.isFrozen(NO_MENTIONS)).toBe(true);
  });
});

describe('fitChoices', () => {
  test('GIVEN 40 suggestions THEN 25 choices', () => {
    expect(fitChoices(Array.from({ length: 40 }, (_, i) => `Question ${i}?`))).toHaveLength(25);
  });
  test('GIVEN a suggestion over 100 characters THEN name and value are cut to 100', () => {
    const [choice] = fitChoices(['word '.repeat(40)]);
    expect(choice!.name.length).toBeLessThanOrEqual(100);
    expect(choice!.value.length).toBeLessThanOrEqual(100);
    expect(choice!.name.endsWith('…')).toBe(true);
  });
  test('GIVEN blanks and duplicates THEN they are dropped', () => {
    expect(fitChoices(['  ', 'A  b', 'A b']).map((c) => c.value)).toEqual(['A b']);
  });
});
