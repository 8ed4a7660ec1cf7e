/**
 * Follow-ups end to end with the real engine (real offline model, real hnswlib-node, a real corpus
 * folder and index on disk) and the real discord.js client against the local Discord stand-in: a
 * member presses "Ask a follow-up", asks in the thread the bot starts, replies to an answer, changes
 * subject; and, without the Message Content intent, is told to mention the bot.
 */
import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Engine } from '../../src/engine/create-engine.ts';
import { shippedArticleEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';
import { buttonId } from './buttons.ts';
import { startHarness, type Harness } from './harness.ts';
import type { InjectedInteraction, InjectedMessage, RecordedCall } from './stand-in/server.ts';
import type { JsonObject } from './stand-in/payloads.ts';

let engine: Engine;
let built: CorpusEngine;

beforeAll(async () => {
  built = await shippedArticleEngine('discord-follow-ups');
  engine = built.engine;
});
afterAll(() => built.remove());


const descriptionOf = (call: RecordedCall): string => call.body?.embeds?.[0]?.description ?? '';

function everyCallAccepted(h: Harness<Engine>): void {
  expect(h.standIn.failedCalls()).toEqual([]);
}

describe('with the Message Content intent (MESSAGE_CONTENT_INTENT=true)', () => {
  let h: Harness<Engine>;
  beforeAll(async () => {
    h = await startHarness({ engine, env: { MESSAGE_CONTENT_INTENT: 'true' } });
  });
  afterAll(async () => {
    await h?.stop();
  });

  /** /ask in #general; the answer message as Discord holds it. */
  async function askInChannel(question: string): Promise<{ interaction: InjectedInteraction; message: JsonObject }> {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question } });
    await h.standIn.waitForOriginalEdit(interaction);
    return { interaction, message: h.standIn.originalMessage(interaction) };
  }

  /** Press "Ask a follow-up" on an answer; the private reply to the press. */
  async function pressFollowUp(message: JsonObject, dm = false): Promise<{ press: InjectedInteraction; reply: RecordedCall }> {
    const press = h.standIn.injectButton({ customId: buttonId(message, 'Ask a follow-up'), message, dm });
    return { press, reply: await h.standIn.waitForOriginalEdit(press) };
  }

  test('the bot identifies with the Message Content intent as well', async () => {
    const connection = await h.standIn.waitForIdentify();
    expect(connection.identify!.intents & GatewayIntentBits.MessageContent).toBe(GatewayIntentBits.MessageContent);
  });

  test('a member presses Ask a follow-up: a thread starts on the answer, and "When did they talk?" there quotes the Sunday conversation', async () => {
    const { message } = await askInChannel('Who did Marco Rubio speak with?');
    const { press, reply } = await pressFollowUp(message);
    // Private, and deferred first (starting a thread and greeting in it are two calls).
    expect((await h.standIn.waitForCallback(press)).body.data?.flags).toBe(64);
    const started = await h.standIn.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${h.standIn.guild.channelId}/messages/${message.id}/threads`);
    expect(started.status).toBe(201);
    expect(started.body.name).toBe('Follow-ups: Who did Marco Rubio speak with?');
    const threadId = String(message.id);
    expect(reply.body.content).toContain(`<#${threadId}>`);
    const welcome = await h.standIn.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${threadId}/messages`);
    expect(welcome.body.content).toContain('Who did Marco Rubio speak with?');
    expect(welcome.body.content).not.toContain('mentioning');
    expect(welcome.body.allowed_mentions).toEqual({ parse: [], replied_user: false });

    const followUp = h.standIn.injectMessage({ content: 'When did they talk?', channelId: threadId });
    const answer = await h.standIn.waitForMessageReply(followUp);
    expect(answer.path).toBe(`/channels/${threadId}/messages`);
    expect(descriptionOf(answer)).toMatch(/\*\*[^*]*__Sunday__ conversation[^*]*\*\*/);
    // The reply says which question it read this one with.
    expect(answer.body.content).toBe('**Q:** When did they talk? *(read with “Who did Marco Rubio speak with?”)*');

    // Thanks in the thread is answered in kind, and the next follow-up is still read with the exchange.
    const thanks = h.standIn.injectMessage({ content: 'thanks!', channelId: threadId });
    const welcomeBack = await h.standIn.waitForMessageReply(thanks);
    expect(welcomeBack.body.content).toMatch(/welcome/);
    expect(welcomeBack.body.components ?? []).toEqual([]);
    const again = h.standIn.injectMessage({ content: 'Who is he?', channelId: threadId });
    expect(descriptionOf(await h.standIn.waitForMessageReply(again))).toMatch(/Marco Rubio|de la Fuente/);
  });

  test('in the thread, a question on another subject is answered on its own, and an off-topic one is refused', async () => {
    const { message } = await askInChannel('How long was the call?');
    await pressFollowUp(message);
    const threadId = String(message.id);
    const other = h.standIn.injectMessage({ content: "Who is Mexico's foreign minister?", channelId: threadId });
    expect(descriptionOf(await h.standIn.waitForMessageReply(other))).toContain('Juan Ramon de la Fuente');
    const offTopic = h.standIn.injectMessage({ content: 'How do I bake sourdough bread?', channelId: threadId });
    expect(JSON.stringify((await h.standIn.waitForMessageReply(offTopic)).body)).toMatch(/doesn.t say/i);
  });

  test('Ask a follow-up on an answer inside the thread says to ask right there; the next question is read with that answer\'s question', async () => {
    const { message } = await askInChannel('How long was the call?');
    await pressFollowUp(message);
    const threadId = String(message.id);
    const inThread = h.standIn.injectMessage({ content: 'What did Rubio ask for?', channelId: threadId });
    await h.standIn.waitForMessageReply(inThread);
    const held = [...h.standIn.messages.values()].filter((m) => m.channel_id === threadId).at(-1)!;
    const { reply } = await pressFollowUp(held);
    expect(reply.body.content).toMatch(/in this thread: I'll read it together with .*What did Rubio ask for\?/);
    expect(h.standIn.calls.filter((c) => c.path.endsWith(`/messages/${held.id}/threads`))).toHaveLength(0);
    const next = h.standIn.injectMessage({ content: 'Who reported that?', channelId: threadId });
    expect(descriptionOf(await h.standIn.waitForMessageReply(next))).toContain('State Department');
  });

  test('a second press on the same answer points to its thread instead of starting another', async () => {
    const { message } = await askInChannel('What did Rubio ask for?');
    await pressFollowUp(message);
    const held = h.standIn.messages.get(String(message.id))!;
    const { reply } = await pressFollowUp(held);
    expect(reply.body.content).toMatch(new RegExp(`already has a thread for follow-ups: <#${message.id}>`));
    expect(h.standIn.landedCalls.filter((c) => c.path.endsWith(`/messages/${message.id}/threads`))).toHaveLength(1);
  });

  test('a reply to an answer in the channel is read with its question: "Did she accept it?" after "What did Trump offer Mexico?"', async () => {
    const { message } = await askInChannel('What did Trump offer Mexico?');
    const reply = h.standIn.injectMessage({ content: 'Did she accept it?', replyTo: message });
    const answer = await h.standIn.waitForMessageReply(reply);
    expect(answer.path).toBe(`/channels/${h.standIn.guild.channelId}/messages`);
    expect(descriptionOf(answer)).toMatch(/firmly declined|not necessary|not needed/);
  });

  test('"tell me more" in a thread, or as a reply to an answer, pages that answer like its More button', async () => {
    const { message } = await askInChannel('What did Rubio ask for?');
    const first = String(((message.embeds as JsonObject[])[0] as JsonObject).description);
    await pressFollowUp(message);
    const threadId = String(message.id);
    const more = h.standIn.injectMessage({ content: 'tell me more', channelId: threadId });
    const page = await h.standIn.waitForMessageReply(more);
    // Passages 4 to 6 of the same answer, none of the first page's.
    expect(page.body.embeds[0].footer.text).toMatch(/^Passages 4–6/);
    expect(page.body.content).toContain('What did Rubio ask for?');
    const quoted = (d: string) => [...d.matchAll(/^> (.+)$/gm)].map((m) => m[1]);
    for (const line of quoted(descriptionOf(page))) expect(quoted(first)).not.toContain(line);
    // "what else?" then goes on from there.
    const again = h.standIn.injectMessage({ content: 'what else?', channelId: threadId });
    expect((await h.standIn.waitForMessageReply(again)).body.embeds[0].footer.text).toMatch(/^Passages 7–9/);

    const inChannel = await askInChannel('How long was the call?');
    const reply = h.standIn.injectMessage({ content: 'more please', replyTo: inChannel.message });
    const replyPage = await h.standIn.waitForMessageReply(reply);
    expect(replyPage.body.embeds[0].footer.text).toMatch(/^Passages 4–6/);
    expect(replyPage.body.content).toContain('How long was the call?');

    // After an answer that showed all there was (a refusal has no next page), "more" says so.
    const refused = await askInChannel('How do I bake sourdough bread?');
    const nothing = h.standIn.injectMessage({ content: 'more', replyTo: refused.message });
    expect((await h.standIn.waitForMessageReply(nothing)).body.content).toBe('That was all the coverage has on “How do I bake sourdough bread?”. Ask another question to look further.');
  });

  test('"What happened next?" in a thread reads on from the answer\'s first passage, in the article\'s order; "and then?" and "tell me more" go on from there', async () => {
    const { message } = await askInChannel('How long was the call?');
    await pressFollowUp(message);
    const threadId = String(message.id);
    const quoted = (d: string) => [...d.matchAll(/^> (.+)$/gm)].map((m) => m[1]!);
    const next = await h.standIn.waitForMessageReply(h.standIn.injectMessage({ content: 'What happened next?', channelId: threadId }));
    expect(next.body.embeds[0].title).toBe('From the coverage — what follows');
    expect(descriptionOf(next)).toMatch(/^What “Mexican President Rejects US Military Aid Against Cartels” says next/);
    expect(descriptionOf(next)).toContain('a very good conversation');
    expect(descriptionOf(next)).not.toContain('15-minute');
    expect(next.body.embeds[0].footer.text).toMatch(/^Passages 1–3$|^Passages 1–3 · More/);
    const then = await h.standIn.waitForMessageReply(h.standIn.injectMessage({ content: 'and then?', channelId: threadId }));
    expect(then.body.embeds[0].title).toBe('From the coverage — what follows');
    for (const line of quoted(descriptionOf(then))) expect(quoted(descriptionOf(next))).not.toContain(line);
    const more = await h.standIn.waitForMessageReply(h.standIn.injectMessage({ content: 'tell me more', channelId: threadId }));
    expect(more.body.embeds[0].footer.text).toMatch(/^Passages 4–6/);
    for (const line of quoted(descriptionOf(more))) expect(quoted(descriptionOf(then))).not.toContain(line);
    // A question after them is still read with the one the thread began with.
    const follow = await h.standIn.waitForMessageReply(h.standIn.injectMessage({ content: 'Who initiated it?', channelId: threadId }));
    expect(follow.body.content).toContain('read with “How long was the call?”');
    everyCallAccepted(h);
  });

  test('"What else did she say?" in a thread answers with none of the sentences the thread answered with, pages included, and says so; its More button goes on without them', async () => {
    const { message } = await askInChannel('What did Sheinbaum say about US military intervention?');
    await pressFollowUp(message);
    const threadId = String(message.id);
    // The sentence each passage answered with: bold within its context, or the passage itself.
    const quoted = (d: string) => [...d.matchAll(/^> (.+)$/gm)].map((m) => /\*\*(.+?)\*\*/.exec(m[1]!)?.[1] ?? m[1]!);
    const first = quoted(String((message.embeds as JsonObject[])[0]!.description));
    const page = await h.standIn.waitForMessageReply(h.standIn.injectMessage({ content: 'tell me more', channelId: threadId }));
    const shown = [...first, ...quoted(descriptionOf(page))];
    const besides = await h.standIn.waitForMessageReply(h.standIn.injectMessage({ content: 'What else did she say?', channelId: threadId }));
    expect(besides.body.content).toBe('**Q:** What else did she say? *(read with “What did Sheinbaum say about US military intervention?”)* *(leaving out the passages quoted before)*');
    expect(quoted(descriptionOf(besides)).length).toBeGreaterThan(0);
    for (const line of quoted(descriptionOf(besides))) expect(shown).not.toContain(line);
    const held = [...h.standIn.messages.values()].filter((m) => m.channel_id === threadId).at(-1)!;
    const press = h.standIn.injectButton({ customId: buttonId(held, 'More'), message: held });
    const more = await h.standIn.waitForOriginalEdit(press);
    for (const line of quoted(descriptionOf(more))) expect([...shown, ...quoted(descriptionOf(besides))]).not.toContain(line);
    everyCallAccepted(h);
  });

  test('a reply to a member, not to the bot, is not a question', async () => {
    const theirs = h.standIn.injectMessage({ content: 'I think the call went well', author: h.standIn.users.admin });
    const reply = h.standIn.injectMessage({ content: 'When was that?', replyTo: theirs.payload });
    await h.standIn.expectNoCall((c) => c.body?.message_reference?.message_id === reply.id, 400, 'reply');
  });

  test('in a DM, the next message is read with the question before it: a follow-up, "tell me more", or a new subject', async () => {
    // The moderator's DM: no other test of this file writes there.
    const send = async (content: string) => h.standIn.waitForMessageReply(h.standIn.injectMessage({ content, dm: true, author: h.standIn.users.mod }));
    await send('Who did Marco Rubio speak with?');
    expect(descriptionOf(await send('When did they talk?'))).toMatch(/\*\*[^*]*__Sunday__ conversation[^*]*\*\*/);
    const page = await send('tell me more');
    expect(page.body.embeds[0].footer.text).toMatch(/^Passages 4–6/);
    expect(page.body.content).toContain('When did they talk?');
    const newSubject = await send('How long was the call?');
    expect(descriptionOf(newSubject)).toMatch(/\*\*[^*]*__15-minute__ phone call[^*]*\*\*/);
    // Read on its own: nothing is said of the question before it.
    expect(newSubject.body.content).toBe('**Q:** How long was the call?');
  });

  test('in a DM, Ask a follow-up on an earlier answer makes the next message follow it; a reply to an answer follows that one', async () => {
    const asked = h.standIn.injectMessage({ content: "Who is Mexico's foreign minister?", dm: true });
    await h.standIn.waitForMessageReply(asked);
    const answerMessage = [...h.standIn.messages.values()].find((m) => (m.message_reference as JsonObject | undefined)?.message_id === asked.id)!;
    // Another answer comes after it: the DM's last answer is now about the call.
    await h.standIn.waitForMessageReply(h.standIn.injectMessage({ content: 'How long was the call?', dm: true }));
    const { reply } = await pressFollowUp(answerMessage, true);
    expect(reply.body.content).toMatch(/^Send your follow-up here: I'll read it together with “Who is Mexico/);
    expect(h.standIn.calls.some((c) => c.path === `/channels/${asked.channelId}/messages/${answerMessage.id}/threads`)).toBe(false);
    const followUp: InjectedMessage = h.standIn.injectMessage({ content: 'Who did he talk to?', dm: true });
    expect(descriptionOf(await h.standIn.waitForMessageReply(followUp))).toContain('Marco Rubio');

    const replied: InjectedMessage = h.standIn.injectMessage({ content: 'Who did he talk to?', dm: true, replyTo: answerMessage });
    expect(descriptionOf(await h.standIn.waitForMessageReply(replied))).toContain('Marco Rubio');
  });


  test('Discord accepted every REST call the bot made', () => everyCallAccepted(h));
});

describe('without the Message Content intent (the default)', () => {
  let h: Harness<Engine>;
  beforeAll(async () => {
    h = await startHarness({ engine });
  });
  afterAll(async () => {
    await h?.stop();
  });

  test('the thread says to mention the bot; a follow-up Discord withheld gets that hint once; one that mentions the bot is answered', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'Which leader was removed in Venezuela?' } });
    await h.standIn.waitForOriginalEdit(interaction);
    const message = h.standIn.originalMessage(interaction);
    const press = h.standIn.injectButton({ customId: buttonId(message, 'Ask a follow-up'), message });
    await h.standIn.waitForOriginalEdit(press);
    const threadId = String(message.id);
    const welcome = await h.standIn.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${threadId}/messages`);
    expect(welcome.body.content).toContain('mentioning me');

    // Without the intent Discord sends a message that does not mention the bot with empty content.
    const withheld = h.standIn.injectMessage({ content: '', channelId: threadId });
    expect((await h.standIn.waitForMessageReply(withheld)).body.content).toMatch(/can't see messages here unless they mention me/);
    const again = h.standIn.injectMessage({ content: '', channelId: threadId });
    await h.standIn.expectNoCall((c) => c.body?.message_reference?.message_id === again.id, 400, 'second hint');

    const mentioned = h.standIn.injectMessage({ content: `${h.standIn.botMention} Who supported that?`, channelId: threadId });
    expect(descriptionOf(await h.standIn.waitForMessageReply(mentioned))).toContain('Trump administration supported');
  });

  test('Discord accepted every REST call the bot made', () => everyCallAccepted(h));
});
