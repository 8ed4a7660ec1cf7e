/**
 * Ask channels (ASK_CHANNEL_IDS) end to end, with the real engine (real offline model, real
 * hnswlib-node, the shipped article on disk) and the real discord.js client against the local
 * Discord stand-in: a question there needs no mention; what members say among themselves, and
 * questions in other channels, are left alone.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Engine } from '../../src/engine/create-engine.ts';
import { readsAsQuestion } from '../../src/discord/questions.ts';
import { BRIEF_REFUSAL_FOOTER } from '../../src/discord/format/answer.ts';
import { shippedArticleEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';
import { startHarness, type Harness } from './harness.ts';
import type { InjectedMessage } from './stand-in/server.ts';
import { PERMISSIONS } from './stand-in/payloads.ts';

describe('readsAsQuestion', () => {
  test.each([
    'how long was the call',
    'How long was the call?',
    'wat did rubio ask 4',
    'Sheinbaum said no to troops?',
    'tell me about the fentanyl numbers',
    'tl;dr',
    '**who** started the call',
  ])('GIVEN "%s" THEN a question for the bot', (text) => {
    expect(readsAsQuestion(text)).toBe(true);
  });

  test.each(['thanks!', 'lol', 'same', 'is it?', 'why?', 'I think the call went fine', 'Rubio again 🙄', ''])('GIVEN "%s" THEN members talking among themselves', (text) => {
    expect(readsAsQuestion(text)).toBe(false);
  });
});

let built: CorpusEngine;
let h: Harness<Engine>;
let askChannel: string;

beforeAll(async () => {
  built = await shippedArticleEngine('discord-ask-channels');
  h = await startHarness({
    engine: built.engine,
    env: (standIn) => {
      askChannel = standIn.addChannel('ask-the-bot', 0n);
      return { MESSAGE_CONTENT_INTENT: 'true', ASK_CHANNEL_IDS: askChannel };
    },
  });
});
afterAll(async () => {
  await h?.stop();
  built?.remove();
});

const repliesTo = (message: InjectedMessage) => (c: { method: string; path: string; body?: { message_reference?: { message_id?: string } } }) =>
  c.method === 'POST' && c.path === `/channels/${message.channelId}/messages` && c.body?.message_reference?.message_id === message.id;

describe('an ask channel', () => {
  test('a question there without a mention is answered as a reply, from the coverage, and logged as asked in a channel', async () => {
    const message = h.standIn.injectMessage({ content: 'how long was the call', channelId: askChannel });
    const reply = await h.standIn.waitForMessageReply(message);
    expect(reply.path).toBe(`/channels/${askChannel}/messages`);
    expect(reply.body.embeds[0].description).toMatch(/__15-minute__ phone call/);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const db = new Database(h.databaseFile, { readonly: true });
    try {
      expect(db.prepare("SELECT source FROM questions WHERE text = 'how long was the call'").all()).toEqual([{ source: 'channel' }]);
    } finally {
      db.close();
    }
  });

  test('in a thread a member opened in it, too', async () => {
    const thread = h.standIn.startMemberThread(askChannel);
    const message = h.standIn.injectMessage({ content: 'What did Rubio ask for?', channelId: thread });
    const reply = await h.standIn.waitForMessageReply(message);
    expect(reply.path).toBe(`/channels/${thread}/messages`);
    expect(reply.body.embeds[0].description).toContain('tangible results');
  });

  test('chatter, a message to another member, a reply to one, and a question in another channel are left alone; the question after them is answered', async () => {
    const alice = h.standIn.users.alice;
    const left = [
      h.standIn.injectMessage({ content: 'thanks!', channelId: askChannel }),
      h.standIn.injectMessage({ content: 'lol same', channelId: askChannel }),
      h.standIn.injectMessage({ content: `<@${alice.id}> how long was the call?`, channelId: askChannel, author: h.standIn.users.mod }),
      h.standIn.injectMessage({ content: 'did you read it?', channelId: askChannel, replyTo: { id: '223456789012345678', author: { id: alice.id, username: alice.username } }, author: h.standIn.users.mod }),
      h.standIn.injectMessage({ content: 'how long was the call?' }),
    ];
    const question = h.standIn.injectMessage({ content: 'When was the call?', channelId: askChannel });
    expect((await h.standIn.waitForMessageReply(question)).body.embeds[0].description).toContain('January 12, 2026');
    for (const message of left) await h.standIn.expectNoCall(repliesTo(message), 200, 'reply');
  });

  test('a question the coverage does not answer is refused in a line there — why, without the nearest passages or examples; a mention of the bot with it gets the whole refusal', async () => {
    const message = h.standIn.injectMessage({ content: 'Did they talk about tariffs?', channelId: askChannel });
    const brief = (await h.standIn.waitForMessageReply(message)).body.embeds[0];
    expect(brief.description).toBe('Nothing in the indexed coverage answers that: it never mentions tariffs.');
    expect(brief.footer.text).toBe(BRIEF_REFUSAL_FOOTER);
    const mention = h.standIn.injectMessage({ content: `<@${h.standIn.botUser.id}> Did they talk about tariffs?`, channelId: askChannel });
    const whole = (await h.standIn.waitForMessageReply(mention)).body.embeds[0];
    expect(whole.description).toMatch(/^Nothing in the indexed coverage answers that: it never mentions tariffs\.[\s\S]*\*\*Nearest passages\*\*/);
    expect(whole.footer.text).not.toBe(BRIEF_REFUSAL_FOOTER);
  });

  test('a question edited into chatter takes its reply with it', async () => {
    const message = h.standIn.injectMessage({ content: 'Who started the call?', channelId: askChannel });
    const reply = await h.standIn.waitForMessageReply(message);
    h.standIn.editMessage(message, 'never mind, found it');
    const replyId = (reply.response as { id: string }).id;
    const deleted = await h.standIn.waitForCall((c) => c.method === 'DELETE' && c.path === `/channels/${askChannel}/messages/${replyId}`);
    expect(deleted.status).toBe(204);
  });

  test('/help names the ask channel', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'help', options: {} });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    expect(edit.body.content).toContain(`In <#${askChannel}> — just ask, no mention needed`);
  });

  test('Discord accepted every REST call the bot made', () => {
    expect(h.standIn.failedCalls()).toEqual([]);
  });
});

test('GIVEN ask channels the bot cannot see, may not reply in, or that are no text channel THEN each is warned of at start, naming the setting', async () => {
  let muted = '';
  let voice = '';
  const other = await startHarness({
    env: (standIn) => {
      muted = standIn.addChannel('muted', PERMISSIONS.SendMessages);
      voice = standIn.addChannel('lounge', 0n, 'voice');
      return { MESSAGE_CONTENT_INTENT: 'true', ASK_CHANNEL_IDS: `${muted},123456789012345670,${voice}` };
    },
  });
  try {
    const warned = (text: string, channelId: string) => other.logLines.some((l) => l.includes(text) && l.includes(channelId));
    expect(warned('ASK_CHANNEL_IDS names a channel the bot cannot see', '123456789012345670')).toBe(true);
    expect(warned('the bot may not reply in an ask channel (ASK_CHANNEL_IDS)', muted)).toBe(true);
    expect(warned('ASK_CHANNEL_IDS names a channel that is not a text channel', voice)).toBe(true);
    expect(other.logLines.some((l) => l.includes('"ask channels on"'))).toBe(true);
    expect(h.logLines.some((l) => l.includes('ASK_CHANNEL_IDS names') || l.includes('may not reply in an ask channel'))).toBe(false);
  } finally {
    await other.stop();
  }
});
