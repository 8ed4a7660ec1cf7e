/** End to end: where the bot may not reply it stays quiet; where it may reply but not show an answer, it says what it lacks. */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import type { FixedPassageEngine } from './fixtures/fixed-passage-engine.ts';
import { PERMISSIONS } from './stand-in/payloads.ts';

let h: Harness<FixedPassageEngine>;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const silentLines = () => h.logLines.filter((line) => line.includes('may not reply'));
const postsTo = (channelId: string) => h.standIn.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${channelId}/messages`);

/** A question in #general, answered: the messages sent before it were handled by then. */
async function answeredInGeneral(): Promise<void> {
  const message = h.standIn.injectMessage({ content: `${h.standIn.botMention} how long was the call?` });
  await h.standIn.waitForMessageReply(message);
}

describe('a channel where the bot may not reply', () => {
  test.each([
    ['Send Messages', PERMISSIONS.SendMessages],
    ['Read Message History (a reply needs it)', PERMISSIONS.ReadMessageHistory],
  ])('without %s: a mention is not answered, the engine is not asked, and the log says so once', async (_name, denied) => {
    const channelId = h.standIn.addChannel(`no-${denied}`, denied);
    const before = silentLines().length;
    h.standIn.injectMessage({ content: `${h.standIn.botMention} who did Rubio speak with? ${denied}`, channelId });
    await vi.waitFor(() => expect(silentLines().length).toBe(before + 1), { timeout: 10_000 });
    h.standIn.injectMessage({ content: `${h.standIn.botMention} and when? ${denied}`, channelId });
    await answeredInGeneral();
    expect(silentLines().length).toBe(before + 1);
    expect(JSON.parse(silentLines().at(-1)!)).toMatchObject({ level: 'info', channelId });
    expect(postsTo(channelId)).toEqual([]);
    expect(h.engine.calls.ask.some((c) => c.question.includes(String(denied)))).toBe(false);
  });
});

describe('a channel where the bot may reply but not embed links', () => {
  test('a mention gets a reply saying what the bot lacks, not an answer stripped of its passages', async () => {
    const channelId = h.standIn.addChannel('no-embeds', PERMISSIONS.EmbedLinks);
    const message = h.standIn.injectMessage({ content: `${h.standIn.botMention} how long was the call? (no embeds)`, channelId });
    const reply = await h.standIn.waitForMessageReply(message);
    expect(reply.body.content).toContain("I can't show answers in this channel: I need the **Embed Links** permission here.");
    expect(h.engine.calls.ask.some((c) => c.question.includes('(no embeds)'))).toBe(false);
  });
});
