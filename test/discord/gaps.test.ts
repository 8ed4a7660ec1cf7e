/**
 * The question log through Discord with the real engine (offline model, hnswlib, files on disk): the
 * old feedback file imported at start, /gaps for moderators only, unanswered and 👎 questions grouped
 * by topic, and the log surviving a restart of the bot.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startBot } from '../../src/discord/bot.ts';
import type { Embedder } from '../../src/embedding/embedder.ts';
import type { Engine } from '../../src/engine/create-engine.ts';
import { silentLogger } from '../../src/log.ts';
import { shippedArticleEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';
import { startHarness, type Harness } from './harness.ts';
import type { RecordedCall } from './stand-in/server.ts';

let engine: Engine;
let built: CorpusEngine;
let dataDir: string;
let h: Harness<Engine>;

const DAY = 24 * 60 * 60 * 1000;
const OLD_VOTES = [
  { time: new Date(Date.now() - DAY).toISOString(), vote: 'down', userId: '123456789012345678', guildId: null, source: 'dm', question: 'Who will host the next summit?', answered: true, confidence: 'low', offset: 0, passages: [] },
  { time: new Date(Date.now() - DAY).toISOString(), vote: 'up', userId: '123456789012345678', guildId: null, source: 'dm', question: 'How long was the call?', answered: true, confidence: 'high', offset: 0, passages: [{ docId: 'sheinbaum-trump-call.md' }] },
];

const start = async () => startHarness({ engine, embedder: engine.embedder, covers: (term) => engine.covers(term), dataDir });

beforeAll(async () => {
  built = await shippedArticleEngine('discord-gaps');
  engine = built.engine;
  dataDir = path.join(built.root, 'data');
  fs.mkdirSync(dataDir);
  // What the bot appended before the question log existed.
  fs.writeFileSync(path.join(dataDir, 'feedback.jsonl'), OLD_VOTES.map((v) => JSON.stringify(v)).join('\n') + '\n');
  h = await start();
});
afterAll(async () => {
  await h?.stop();
  built?.remove();
});

async function askSlash(question: string): Promise<RecordedCall> {
  const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question } });
  return h.standIn.waitForOriginalEdit(interaction);
}

async function runGaps(user = h.standIn.users.admin, dm = false, days?: number): Promise<RecordedCall> {
  const interaction = h.standIn.injectSlashCommand({ name: 'gaps', user, dm, ...(days ? { options: { days } } : {}) });
  const callback = await h.standIn.waitForCallback(interaction);
  expect(callback.body.data?.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  return h.standIn.waitForOriginalEdit(interaction);
}

/** The topics of a /gaps reply: size and the text of each entry. */
function topics(edit: RecordedCall): { size: number; text: string }[] {
  const description: string = edit.body.embeds[0].description;
  return description
    .split(/\n(?=\*\*\d+\.\*\*)/)
    .map((entry) => ({ size: Number(/^\*\*\d+\.\*\* (\d+)×/.exec(entry)?.[1]), text: entry }));
}

async function sourcesFields(user = h.standIn.users.alice, dm = false, days?: number): Promise<Record<string, string>> {
  const interaction = h.standIn.injectSlashCommand({ name: 'sources', user, dm, ...(days ? { options: { days } } : {}) });
  const callback = await h.standIn.waitForCallback(interaction);
  return Object.fromEntries(callback.body.data.embeds[0].fields.map((f: { name: string; value: string }) => [f.name, f.value]));
}

describe('the question log through Discord', () => {
  test('the old feedback file is imported at start and renamed, not deleted', async () => {
    expect(fs.readdirSync(dataDir).sort()).toEqual(expect.arrayContaining(['bot.sqlite', 'feedback.jsonl.imported']));
    expect(fs.readdirSync(dataDir)).not.toContain('feedback.jsonl');
    // The imported votes were cast in DMs: /sources in a DM counts them.
    expect((await sourcesFields(h.standIn.users.owner, true)).Feedback).toBe('👍 1 · 👎 1');
  });

  test('a member cannot run /gaps', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'gaps', user: h.standIn.users.alice });
    const callback = await h.standIn.waitForCallback(interaction);
    expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.content).toContain('Only moderators');
    expect(h.standIn.calls.some((c) => c.method === 'PATCH' && c.path.includes(interaction.token))).toBe(false);
  });

  test('a member who is not an owner cannot run /gaps in a DM', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'gaps', user: h.standIn.users.alice, dm: true });
    const callback = await h.standIn.waitForCallback(interaction);
    expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.content).toContain("only the bot's owners");
    expect(h.standIn.calls.some((c) => c.method === 'PATCH' && c.path.includes(interaction.token))).toBe(false);
  });

  test('/gaps after a series of unanswered questions shows them grouped by topic, largest first, privately', async () => {
    const unanswered = [
      'How much are the tariffs on steel?',
      'Who won the World Cup?',
      'What did Canada say about the call?',
      'Will steel tariffs go up?',
      'What is the capital of Australia?',
      'When is the World Cup final?',
      'Are there new tariffs on Mexican steel?',
    ];
    for (const question of unanswered) {
      const edit = await askSlash(question);
      expect(JSON.stringify(edit.body)).toMatch(/doesn.t say/i);
    }
    const mention = h.standIn.injectMessage({ content: `${h.standIn.botMention} Did Canada comment on the call?` });
    expect(JSON.stringify((await h.standIn.waitForMessageReply(mention)).body)).toMatch(/doesn.t say/i);
    // An answered question a member voted 👎 on is a gap as well.
    const answered = await askSlash('What language does Sheinbaum speak?');
    // Answered from the article, the reply says what it never mentions.
    expect(answered.body.embeds[0].description).toContain('The coverage never uses the word “language”.');
    const down = (answered.body.components ?? [])
      .flatMap((row: { components: { emoji?: { name: string }; custom_id: string }[] }) => row.components)
      .find((b: { emoji?: { name: string } }) => b.emoji?.name === '👎');
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'What language does Sheinbaum speak?' } });
    await h.standIn.waitForOriginalEdit(interaction);
    const vote = h.standIn.injectButton({ customId: down.custom_id, message: h.standIn.originalMessage(interaction), user: h.standIn.users.mod });
    await h.standIn.waitForCallback(vote);

    // Small talk is answered in kind, without buttons, and is no gap.
    for (const [content, reply] of [
      ['thanks!', /welcome/],
      ['hi there', /What does the coverage say about/],
      ['what is it?', /nothing in “what is it\?” to look for/],
    ] as const) {
      const dm = h.standIn.injectMessage({ content, dm: true });
      const body = (await h.standIn.waitForMessageReply(dm)).body;
      expect(body.content).toMatch(reply);
      expect(body.embeds ?? []).toEqual([]);
      expect(body.components ?? []).toEqual([]);
    }

    const edit = await runGaps();
    const found = topics(edit);
    // The language question counts twice: both times answered about a thing the coverage never mentions.
    expect(found.map((t) => t.size)).toEqual([3, 2, 2, 2, 1]);
    expect(found[0]!.text).toMatch(/tariffs/);
    expect(found[0]!.text).toContain('3 unanswered');
    // Refused for words the coverage never mentions: the topic says what to add.
    expect(found[0]!.text).toMatch(/never mentioned: (?=.*tariffs)(?=.*steel)/);
    const pairs = found.slice(1, 4).map((t) => (t.text.includes('World Cup') ? 'world cup' : t.text.includes('Canada') ? 'canada' : t.text.includes('language') ? 'language' : t.text));
    expect(pairs.sort()).toEqual(['canada', 'language', 'world cup']);
    expect(found.find((t) => t.text.includes('language'))!.text).toContain('1 👎');
    // Answered, yet about a thing the coverage never mentions: the topic says what to add.
    expect(found.find((t) => t.text.includes('language'))!.text).toContain('never mentioned: language');
    expect(edit.body.embeds[0].title).toBe('Coverage gaps — 10 questions in 5 topics');
    expect(edit.body.embeds[0].footer.text).toContain('by meaning');
    // The questions asked in the server: the imported DM vote is not among them; an owner in a DM sees it.
    expect(JSON.stringify(edit.body)).not.toContain('next summit');
    expect(JSON.stringify((await runGaps(h.standIn.users.owner, true)).body)).toContain('next summit');
  });

  test('/sources counts the questions asked, the share answered and the votes of the period', async () => {
    const fields = await sourcesFields();
    // Nine gap questions, the language question twice (answered), all in the server.
    expect(fields['Questions (last 30 days)']).toBe('10 questions asked · 20% answered');
    expect(fields.Feedback).toBe('👍 0 · 👎 1');
  });

  test('/sources days counts only that period; in a DM, every server\'s and DM\'s rows', async () => {
    expect((await sourcesFields(h.standIn.users.owner, true)).Feedback).toBe('👍 1 · 👎 2');
    // The imported votes were cast a day ago: the last day holds only the 👎 cast in the server.
    const lastDay = await sourcesFields(h.standIn.users.owner, true, 1);
    expect(lastDay['Questions (last 1 day)']).toBe('10 questions asked · 20% answered');
    expect(lastDay.Feedback).toBe('👍 0 · 👎 1');
  });

  test('/gaps days beyond the retention period looks back over the retention period', async () => {
    const edit = await runGaps(h.standIn.users.admin, false, 3650);
    expect(edit.body.embeds[0].footer.text).toContain('the last 30 days');
    expect(topics(edit).map((t) => t.size)).toEqual([3, 2, 2, 2, 1]);
  });

  test('the question log survives a restart of the bot', async () => {
    // The same Discord server (stand-in), a new bot process's worth of state: stop, start again.
    await h.bot.stop();
    const again = await startBot({ config: h.config, engine, embedder: engine.embedder, covers: (term) => engine.covers(term), logger: silentLogger, readyTimeoutMs: 10_000 });
    try {
      const found = topics(await runGaps(h.standIn.users.admin, false, 3));
      expect(found.map((t) => t.size)).toEqual([3, 2, 2, 2, 1]);
      expect((await sourcesFields())['Questions (last 30 days)']).toBe('10 questions asked · 20% answered');
    } finally {
      await again.stop();
    }
  });

  test('/gaps when the embedder fails groups by words alone and says so', async () => {
    // The same log; an embedder whose question embedding rejects (a model that went away).
    const failing: Embedder = { modelId: engine.embedder.modelId, dimensions: engine.embedder.dimensions, embedQueries: () => Promise.reject(new Error('model gone')), embedPassages: (t) => engine.embedder.embedPassages(t) };
    const again = await startBot({ config: h.config, engine, embedder: failing, covers: (term) => engine.covers(term), logger: silentLogger, readyTimeoutMs: 10_000 });
    try {
      const edit = await runGaps();
      expect(edit.body.embeds[0].footer.text).toContain('Grouped by shared words.');
      expect(edit.body.embeds[0].footer.text).not.toContain('by meaning');
      expect(topics(edit)[0]!.text).toMatch(/tariffs/);
    } finally {
      await again.stop();
    }
  });

  test('an answer whose passages give none of the kind of answer asked for says so, and so does a refusal whose article never gives it; /gaps lists both with that kind', async () => {
    const again = await startBot({ config: h.config, engine, embedder: engine.embedder, covers: (term) => engine.covers(term), logger: silentLogger, readyTimeoutMs: 10_000 });
    try {
      // The article gives dates, but none of the passages about homicides does.
      const answered = await askSlash('When did homicides decrease?');
      expect(answered.body.embeds[0].description).toContain('None of these passages gives a date.');
      // Refused because the article gives no age anywhere, nor a count (its figures are a date and a duration): gaps of those kinds too.
      const refused = await askSlash('How old is Donald Trump?');
      expect(refused.body.embeds[0].description).toContain('never gives an age');
      const uncounted = await askSlash('How many cartels are there in Mexico?');
      expect(uncounted.body.embeds[0].description).toContain('never gives a number');
      const gaps = topics(await runGaps());
      expect(gaps.find((t) => t.text.includes('not given: a date'))?.text).toContain('When did homicides decrease?');
      expect(gaps.find((t) => t.text.includes('not given: an age'))?.text).toContain('How old is Donald Trump?');
      expect(gaps.find((t) => t.text.includes('not given: a number'))?.text).toContain('How many cartels are there in Mexico?');
    } finally {
      await again.stop();
    }
  });

  test('a question refused because two documents each mention one of its things, never together, is a gap naming them', async () => {
    // Last: the corpus grows by a story using "capital" in another sense than the article's Venezuela.
    fs.writeFileSync(
      path.join(built.root, 'corpus', 'bakery.md'),
      '# Harbour bakery expands\n\nThe harbour bakery raised fresh capital from local investors to open a second shop.\n\nIts owner said the new oven arrives in March, and the shop opens in April.\n',
    );
    await engine.reindex();
    const again = await startBot({ config: h.config, engine, embedder: engine.embedder, covers: (term) => engine.covers(term), logger: silentLogger, readyTimeoutMs: 10_000 });
    try {
      const refused = await askSlash('What is the capital of Venezuela?');
      expect(refused.body.embeds[0].description).toContain('never together');
      const topic = topics(await runGaps()).find((t) => t.text.includes('capital of Venezuela'));
      expect(topic?.text).toContain('never together: capital + venezuela');
    } finally {
      await again.stop();
    }
  });
});
