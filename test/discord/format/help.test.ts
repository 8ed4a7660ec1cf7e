import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/engine/types.ts';
import { formatHelp } from '../../../src/discord/format/help.ts';

const helpAnswer: Answer = { question: 'help', answered: false, confidence: null, passages: [], hasMore: false, conversational: 'help', examples: ['How long was the call?'] };

describe('the /help reply', () => {
  it('GIVEN a member THEN how to ask, the examples and the members\' commands, privately; no moderators\' commands', () => {
    const { content, ephemeral } = formatHelp(helpAnswer, false);
    expect(ephemeral).toBe(true);
    expect(content).toMatch(/^I answer questions about the news coverage/);
    expect(content).toContain('• How long was the call?');
    expect(content).toContain('`/ask question:`');
    expect(content).not.toContain('For moderators');
  });

  it('GIVEN ask channels THEN they are named as places to ask without a mention (as channel links, which ping nobody)', () => {
    expect(formatHelp(helpAnswer, false, ['223456789012345678']).content).toContain('• In <#223456789012345678> — just ask, no mention needed');
    expect(formatHelp(helpAnswer, false).content).not.toContain('no mention needed');
  });

  it('GIVEN a moderator THEN their commands too; GIVEN an engine that did not read "help" as such THEN still how to ask', () => {
    expect(formatHelp(helpAnswer, true).content).toContain('**For moderators**');
    const plain = formatHelp({ ...helpAnswer, conversational: undefined } as Answer, false).content!;
    expect(plain).toMatch(/^Ask with `\/ask`/);
    expect(plain).toContain('**Commands**');
  });
});
