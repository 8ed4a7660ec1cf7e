/** End to end: questions asked in a DM and by mentioning the bot in a server channel. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import type { FixedPassageEngine } from './fixtures/fixed-passage-engine.ts';
import { pingsIn } from './stand-in/mentions.ts';

let h: Harness<FixedPassageEngine>;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('direct messages', () => {
  test('any text sent in a DM is a question, answered in the DM as a reply that pings nobody', async () => {
    const message = h.standIn.injectMessage({ content: 'How long was the phone call?', dm: true, author: h.standIn.users.alice });
    const reply = await h.standIn.waitForMessageReply(message);
    expect(reply.path).toBe(`/channels/${h.standIn.dmChannelId(h.standIn.users.alice)}/messages`);
    expect(reply.body.embeds[0].description).toContain('15-minute phone call');
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.body.message_reference).toMatchObject({ message_id: message.id, fail_if_not_exists: false });
    expect(h.engine.calls.ask.at(-1)?.question).toBe('How long was the phone call?');
  });

  test('an empty-looking DM gets a hint instead of an answer', async () => {
    const message = h.standIn.injectMessage({ content: '   ', dm: true });
    const reply = await h.standIn.waitForMessageReply(message);
    expect(reply.body.content).toContain('The question is empty');
  });

  test('the buttons under a DM answer work', async () => {
    const message = h.standIn.injectMessage({ content: 'What did Sheinbaum and Trump and Mexico say?', dm: true });
    const reply = await h.standIn.waitForMessageReply(message);
    const more = reply.body.components[0].components.find((b: { label?: string }) => b.label === 'More');
    const sent = h.standIn.messages.get([...h.standIn.messages.keys()].at(-1)!)!;
    const click = h.standIn.injectButton({ customId: more.custom_id, message: sent, dm: true });
    const edit = await h.standIn.waitForOriginalEdit(click);
    expect(edit.body.embeds[0].description).toContain('**4.**');
  });
});

describe('mentions in a server channel', () => {
  test('a message mentioning the bot is a question (minus the mention), answered as a reply', async () => {
    const message = h.standIn.injectMessage({ content: `${h.standIn.botMention} did Trump offer military help?` });
    const reply = await h.standIn.waitForMessageReply(message);
    expect(reply.path).toBe(`/channels/${h.standIn.guild.channelId}/messages`);
    expect(h.engine.calls.ask.at(-1)?.question).toBe('did Trump offer military help?');
    expect(reply.body.embeds[0].description).toContain('still insisted');
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test('@everyone in the question is echoed but pings nobody, even where allowed_mentions is ignored', async () => {
    const message = h.standIn.injectMessage({ content: `@everyone <@!${h.standIn.botUser.id}> how long was the call?`, author: h.standIn.users.admin });
    const reply = await h.standIn.waitForMessageReply(message);
    expect(reply.body.content).toContain('@\u200beveryone');
    expect(pingsIn(reply.body)).toEqual([]);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test('a server message that does not mention the bot is ignored', async () => {
    const asked = h.engine.calls.ask.length;
    const message = h.standIn.injectMessage({ content: 'how long was the call? @everyone' });
    await h.standIn.expectNoCall((c) => c.path === `/channels/${message.channelId}/messages` && c.body?.message_reference?.message_id === message.id, 400, 'reply');
    expect(h.engine.calls.ask.length).toBe(asked);
  });

  test("the bot's own messages and other bots' messages are ignored", async () => {
    const asked = h.engine.calls.ask.length;
    const message = h.standIn.injectMessage({ content: `${h.standIn.botMention} hello`, author: { id: '112233445566778899', username: 'other-bot', bot: true, roles: [] } });
    await h.standIn.expectNoCall((c) => c.body?.message_reference?.message_id === message.id, 400, 'reply');
    expect(h.engine.calls.ask.length).toBe(asked);
  });
});

test('Discord accepted every REST call the bot made (no double acknowledgement, no unknown webhook)', () => {
  expect(h.standIn.failedCalls()).toEqual([]);
});
