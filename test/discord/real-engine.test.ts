/**
 * The same flows as ask/reindex/messages, but with the real engine: the real offline model through
 * transformers.js, real hnswlib-node, a real corpus folder and index on disk.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULTS } from '../../src/config.ts';
import { CHECK_MESSAGE_COMMAND } from '../../src/discord/questions.ts';
import { createEngine, type Engine } from '../../src/engine/create-engine.ts';
import { silentLogger } from '../../src/log.ts';
import { offlineEmbedder } from '../helpers/offline-embedder.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness<Engine>;
let work: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'discord-real-'));
  const corpusDir = path.join(work, 'corpus');
  fs.mkdirSync(corpusDir);
  fs.copyFileSync(path.join(DEFAULTS.corpusDir, 'sheinbaum-trump-call.md'), path.join(corpusDir, 'sheinbaum-trump-call.md'));
  const engine = await createEngine(
    { corpusDir, indexDir: path.join(work, 'index'), modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' },
    silentLogger,
    { embedder: await offlineEmbedder() },
  );
  h = await startHarness({ engine });
});
afterAll(async () => {
  await h?.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('Discord with the real engine', () => {
  test('/ask quotes the sentence that answers, with its citation', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?' } });
    await h.standIn.waitForCallback(interaction);
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    const description: string = edit.body.embeds[0].description;
    // The sentence that answers, in bold, with what answers "how long" underlined within it.
    expect(description).toContain('> **The leaders held a __15-minute__ phone call on Monday');
    expect(description).toContain('Mexican President Rejects US Military Aid Against Cartels');
    expect(description).toMatch(/#:~:text=/);
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test('/ask with a typo says how it read the question, and answers as if typed right', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How lnog was the phnoe call?' } });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    expect(edit.body.content).toBe('**Q:** How lnog was the phnoe call? *(read “lnog” as “long”, “phnoe” as “phone”)*');
    expect(edit.body.embeds[0].description).toContain('15-minute');
  });

  test('an off-topic question gets an honest "the coverage doesn\'t say"', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'What is the capital of Australia?' } });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    expect(JSON.stringify(edit.body)).toMatch(/doesn.t say/i);
  });

  test('/ask "Give me a summary" answers with how the coverage opens, without a confidence word', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'Give me a summary' } });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    const embed = edit.body.embeds[0];
    expect(embed.title).toBe('From the coverage — how it opens');
    expect(embed.description).toContain('Claudia Sheinbaum has firmly stated that U.S. military intervention');
    expect(embed.description).not.toMatch(/confidence/i);
  });

  test('/ask "hello" is answered in kind: how to ask, with questions to try, and no buttons', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'hello' } });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    expect(edit.body.content).toMatch(/^Hi! I answer questions about the news coverage/);
    expect(edit.body.content).toContain('Ask with `/ask`');
    expect(edit.body.content).toMatch(/• What does the coverage say about /);
    expect(edit.body.embeds ?? []).toEqual([]);
    expect(edit.body.components ?? []).toEqual([]);
  });

  test('/help says privately how to ask, with questions to try and the commands; the moderators\' commands only to a moderator', async () => {
    const member = h.standIn.injectSlashCommand({ name: 'help' });
    expect((await h.standIn.waitForCallback(member)).body.data?.flags).toBe(MessageFlags.Ephemeral);
    const shown: string = (await h.standIn.waitForOriginalEdit(member)).body.content;
    expect(shown).toMatch(/^I answer questions about the news coverage/);
    expect(shown.match(/• What does the coverage say about /g)?.length).toBe(3);
    expect(shown).toContain('**Commands**');
    expect(shown).toContain('*Check with the coverage*');
    expect(shown).not.toContain('/corpus');
    const moderator = h.standIn.injectSlashCommand({ name: 'help', user: h.standIn.users.mod });
    expect((await h.standIn.waitForOriginalEdit(moderator)).body.content).toContain('**For moderators**\n• `/corpus add | update | list | remove | restore`');
  });

  test('a DM is answered in the DM from the corpus', async () => {
    const message = h.standIn.injectMessage({ content: 'Who is Mexico\'s foreign minister?', dm: true });
    const reply = await h.standIn.waitForMessageReply(message);
    expect(JSON.stringify(reply.body)).toContain('Juan Ramon de la Fuente');
  });

  test('two questions in one message get one reply each, the second read with the first; /ask sends the second as a follow-up', async () => {
    const message = h.standIn.injectMessage({ content: 'How long was the call? And what did Rubio ask for?', dm: true });
    const first = await h.standIn.waitForMessageReply(message);
    expect(first.body.content).toBe('**Q:** How long was the call?');
    expect(first.body.embeds[0].description).toContain('__15-minute__');
    const second = await h.standIn.waitForCall(
      (c) => c !== first && c.method === 'POST' && c.body?.message_reference?.message_id === message.id,
      undefined,
      'the second reply',
    );
    expect(second.body.content).toMatch(/^\*\*Q:\*\* what did Rubio ask for\?/);
    expect(second.body.embeds[0].description).toContain('tangible results');
    // Each reply has buttons of its own.
    const keys = [first, second].map((r) => JSON.stringify(r.body.components).match(/qa:up:([\w-]+)/)![1]);
    expect(new Set(keys).size).toBe(2);

    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'When was the call and how long did it last?' } });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    expect(edit.body.content).toBe('**Q:** When was the call?');
    expect(edit.body.embeds[0].description).toContain('January 12');
    const followUp = await h.standIn.waitForFollowUp(interaction);
    expect(followUp.body.content).toMatch(/^\*\*Q:\*\* how long did it last\? \*\(read with “When was the call\?”\)\*/);
    expect(followUp.body.embeds[0].description).toContain('__15-minute__');

    // A private /ask keeps its second answer private too.
    const secret = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call? Who did Rubio speak with?', private: true } });
    await h.standIn.waitForOriginalEdit(secret);
    const secretFollowUp = await h.standIn.waitForFollowUp(secret);
    expect(secretFollowUp.body.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(JSON.stringify(secretFollowUp.body)).toContain('de la Fuente');
  });

  test('another member\'s mention, a custom emoji or a link in a question is no word of it: answered, never "it never mentions 123…"', async () => {
    const content = `<@${h.standIn.users.alice.id}> wants to know <:thinking:123456789012345678> how long was the call? https://example.com/x`;
    const message = h.standIn.injectMessage({ content, dm: true });
    const reply = await h.standIn.waitForMessageReply(message);
    expect(JSON.stringify(reply.body)).toContain('15-minute');
    expect(JSON.stringify(reply.body)).not.toMatch(/never mentions/);
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: `<@${h.standIn.users.alice.id}> how long was the call?` } });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    expect(edit.body.content).toBe('**Q:** how long was the call?');
    expect(edit.body.embeds[0].description).toContain('15-minute');
  });

  test('"Check with the coverage" on a member\'s message answers privately what the coverage says instead, and logs it as a check', async () => {
    // A moderator posts a claim in the channel (no mention: the bot does not answer it); a member checks it.
    const claim = h.standIn.injectMessage({ content: '**The call** was on Tuesday!! <@987654321098765432>', author: h.standIn.users.mod });
    const interaction = h.standIn.injectMessageCommand({ name: CHECK_MESSAGE_COMMAND, target: claim.payload });
    const callback = await h.standIn.waitForCallback(interaction);
    expect(callback.body.type).toBe(5);
    expect(callback.body.data.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    expect(edit.body.content).toContain('The call was on Tuesday, is that right?');
    const description: string = edit.body.embeds[0].description;
    expect(description).toMatch(/says “Monday”, not “Tuesday”/);
    // The day that answers is marked in the sentence, as a day asked for is.
    expect(description).toContain('phone call on __Monday__, January 12');
    const logged = new Database(h.databaseFile, { readonly: true });
    try {
      expect(logged.prepare('SELECT text, source, answered FROM questions ORDER BY id DESC LIMIT 1').get()).toEqual({ text: 'The call was on Tuesday, is that right?', source: 'check', answered: 1 });
    } finally {
      logged.close();
    }
  });

  test('"Check with the coverage" on a message that asks something already asks it as it is', async () => {
    const question = h.standIn.injectMessage({ content: 'how long was the call?', author: h.standIn.users.mod });
    const interaction = h.standIn.injectMessageCommand({ name: CHECK_MESSAGE_COMMAND, target: question.payload });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    expect(edit.body.content).toContain('how long was the call?');
    expect(edit.body.embeds[0].description).toContain('__15-minute__');
  });

  test('"Check with the coverage" on a message with no words, or too many, gets a private message saying what to do instead', async () => {
    for (const [content, message] of [
      ['<:pepe:123456789012345678> https://example.com/video', /no words to check.*\/ask/],
      [`The call lasted an hour. ${'And then they talked about many other things. '.repeat(12)}`, /too long to check as one claim \(\d+ characters; at most 4\d\d\).*\/ask/],
    ] as const) {
      const target = h.standIn.injectMessage({ content, author: h.standIn.users.mod });
      const interaction = h.standIn.injectMessageCommand({ name: CHECK_MESSAGE_COMMAND, target: target.payload });
      const callback = await h.standIn.waitForCallback(interaction);
      expect(callback.body.type).toBe(4);
      expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
      expect(callback.body.data.content).toMatch(message);
    }
  });

  test('"@bot is this true?" in reply to a member\'s message checks that message, in the channel; a question of its own is asked as it is', async () => {
    const bot = h.standIn.botMention;
    const claim = h.standIn.injectMessage({ content: 'The call lasted an hour.', author: h.standIn.users.mod });
    const check = h.standIn.injectMessage({ content: `${bot} is this true?`, replyTo: claim.payload, ping: false });
    const reply = await h.standIn.waitForMessageReply(check);
    expect(reply.body.content).toContain('The call lasted an hour, is that right?');
    expect(reply.body.embeds[0].description).toContain("says “15-minute”, not “an hour”");

    const own = h.standIn.injectMessage({ content: `${bot} who did Rubio speak with?`, replyTo: claim.payload, ping: false });
    const answer = await h.standIn.waitForMessageReply(own);
    expect(answer.body.content).toContain('who did Rubio speak with?');
    expect(JSON.stringify(answer.body)).toContain('de la Fuente');
  });

  test('"@bot is this true?" in reply to a message whose text Discord withheld says how to check it from its menu', async () => {
    // Without the Message Content intent, Discord sends another member's message without its text.
    const claim = h.standIn.injectMessage({ content: '', author: h.standIn.users.mod });
    const check = h.standIn.injectMessage({ content: `${h.standIn.botMention} true?`, replyTo: claim.payload, ping: false });
    const reply = await h.standIn.waitForMessageReply(check);
    expect(reply.body.content).toContain(`Apps → ${CHECK_MESSAGE_COMMAND}`);
    expect(reply.body.embeds ?? []).toEqual([]);
  });

  test('a moderator /reindex picks up a new document while answers keep coming', async () => {
    fs.writeFileSync(
      path.join(work, 'corpus', 'follow-up.md'),
      '# Security ministerial set for February\n\nOfficials of both countries agreed to meet in Washington in February to review their security cooperation.\n',
    );
    const reindex = h.standIn.injectSlashCommand({ name: 'reindex', user: h.standIn.users.admin });
    const ask = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'Who did Marco Rubio speak with?' } });
    const askEdit = await h.standIn.waitForOriginalEdit(ask);
    expect(JSON.stringify(askEdit.body)).toContain('de la Fuente');
    // While it runs, the reply shows its progress; then the report takes its place.
    const original = `/webhooks/${h.standIn.applicationId}/${reindex.token}/messages/@original`;
    const edit = await h.standIn.waitForCall((c) => c.method === 'PATCH' && c.path === original && JSON.stringify(c.body).includes('follow-up.md'), 60_000, 'the reindex report');
    const edits = h.standIn.calls.filter((c) => c.method === 'PATCH' && c.path === original);
    expect(edits.at(-1)).toBe(edit);
    expect(edits[0]!.body.content).toMatch(/^⏳ Reindexing — Reading the corpus/);
    const after = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'Where will the security ministerial take place?' } });
    const afterEdit = await h.standIn.waitForOriginalEdit(after);
    expect(JSON.stringify(afterEdit.body)).toContain('Washington');
  });
});
