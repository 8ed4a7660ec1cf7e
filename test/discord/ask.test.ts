/**
 * End to end: the real discord.js Client against the local Discord API stand-in, answering from
 * `fixedPassageEngine`. Assertions are on the REST calls the bot made.
 */
import Database from 'better-sqlite3';
import { ActivityType, GatewayIntentBits, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LIMITS } from '../../src/discord/replies.ts';
import { buttonId, buttonsOf } from './buttons.ts';
import { startHarness, type Harness } from './harness.ts';
import type { FixedPassageEngine } from './fixtures/fixed-passage-engine.ts';
import type { InjectedInteraction, RecordedCall } from './stand-in/server.ts';
import { pingsIn } from './stand-in/mentions.ts';

let h: Harness<FixedPassageEngine>;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const NO_PINGS = { parse: [], replied_user: false };

/** Rows of the bot's question log, read through a second connection as another program would. */
function readRows(sql: string): Record<string, unknown>[] {
  const db = new Database(h.databaseFile, { readonly: true });
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

async function ask(question: string, extra: Record<string, boolean> = {}, dm = false) {
  const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question, ...extra }, dm });
  const callback = await h.standIn.waitForCallback(interaction);
  const edit = await h.standIn.waitForOriginalEdit(interaction);
  return { interaction, callback, edit };
}


describe('gateway', () => {
  test('connects with JSON text frames and no compression, and identifies with least-privilege intents', async () => {
    const connection = await h.standIn.waitForIdentify();
    expect(connection.query).toEqual({ v: '10', encoding: 'json' });
    expect(connection.identify?.compress).toBe(false);
    const intents = connection.identify!.intents;
    expect(intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages);
    expect(intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(h.bot.client.user.id).toBe(h.standIn.applicationId);
    expect(h.bot.client.guilds.cache.has(h.standIn.guild.id)).toBe(true);
    // Its status says how to ask, where members look first.
    expect(connection.identify!.presence).toMatchObject({ status: 'online', activities: [{ type: ActivityType.Custom, state: 'Ask about the coverage: /ask, or /help' }] });
  });

  test('the token never appears in the logs', () => {
    expect(h.logLines.length).toBeGreaterThan(0);
    expect(h.logLines.join('\n')).not.toContain(h.standIn.token);
  });
});

describe('/ask', () => {
  test('defers publicly, then edits in the quoted passages, best first, with citations and a confidence word', async () => {
    const { callback, edit } = await ask('How long was the phone call?');
    expect(callback.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(callback.query.with_response).toBe('false');

    const embed = edit.body.embeds[0];
    expect(edit.body.content).toBe('**Q:** How long was the phone call?');
    expect(embed.title).toMatch(/confidence$/);
    expect(embed.title).toMatch(/— (high|medium|low) confidence/);
    // The best passage first, its focus sentence in bold, quoted.
    const description: string = embed.description;
    expect(description.startsWith('> Mexican President Claudia Sheinbaum')).toBe(true);
    expect(description).toContain('**The leaders held a 15-minute phone call on Monday, January 12, 2026');
    // Citation: title linked to the sentence (text fragment), sentence numbers, date.
    expect(description).toContain(
      '**1.** [Mexican President Rejects US Military Aid Against Cartels](https://www.polarherald.com/politics/foreign-policy/mexican-president-rejects-us-military-aid-against-cartels.html#:~:text=The%20leaders%20held%20a%2015%2Dminute%20phone,handling%20security%20issues%20independently)',
    );
    expect(description).toContain('sentences 2–3 · as of 12 Jan 2026');
    expect(description.indexOf('**1.**')).toBeLessThan(description.indexOf('**2.**'));
    expect(description.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(edit.body.allowed_mentions).toEqual(NO_PINGS);
  });

  test('with private:true the deferral, and so the answer, is ephemeral', async () => {
    const { interaction, callback, edit } = await ask('Did Trump offer military help?', { private: true });
    expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(edit.body.embeds[0].description).toContain('Trump "still insisted"');
    expect(h.standIn.originalMessage(interaction).flags).toBe(MessageFlags.Ephemeral);
  });

  test('an echoed question containing @everyone and mentions pings nobody, even where allowed_mentions is ignored', async () => {
    const question = `@everyone @here <@&${h.standIn.guild.modRoleId}> <@${h.standIn.users.alice.id}> <@!${h.standIn.users.mod.id}> how long was the call?`;
    const { edit } = await ask(question);
    expect(edit.body.content).toContain('@\u200beveryone');
    expect(pingsIn(edit.body)).toEqual([]);
    expect(edit.body.allowed_mentions).toEqual(NO_PINGS);
  });

  test('says honestly that the coverage does not say when nothing fits, and shows the nearest passage as such', async () => {
    const { edit } = await ask('What is the capital of Peru?');
    const embed = edit.body.embeds[0];
    expect(embed.title).toBe("The coverage doesn't say");
    expect(embed.description).toContain('Nothing in the indexed coverage answers that.');
    expect(embed.description).toContain('Nearest passages');
    expect(buttonsOf(edit.body).map((b) => b.label ?? b.emoji?.name)).toEqual(['Context', '👍', '👎', 'Ask a follow-up']);
  });

  test('markdown in the question cannot break the formatting', async () => {
    const { edit } = await ask('**bold** `code` ||spoiler|| how long was the call?');
    expect(edit.body.content).toBe('**Q:** \\*\\*bold\\*\\* \\`code\\` \\|\\|spoiler\\|\\| how long was the call?');
  });

  test('a question over 500 characters is refused privately without deferring or asking the engine', async () => {
    const before = h.engine.calls.ask.length;
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'why '.repeat(130) } });
    const callback = await h.standIn.waitForCallback(interaction);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.content).toContain('under 500 characters');
    expect(h.engine.calls.ask.length).toBe(before);
  });

  test('a question of only zero-width characters gets its "empty" error privately, before anything is deferred', async () => {
    const before = h.engine.calls.ask.length;
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: '\u200b\u200c\u200d\u2060' } });
    const callback = await h.standIn.waitForCallback(interaction);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.content).toMatch(/^The question is empty: it has no words to search for\./);
    expect(h.standIn.callsFor(interaction).map((c) => c.path)).toEqual([callback.path]);
    expect(h.engine.calls.ask.length).toBe(before);
  });

  test('a malformed /ask (its required option missing) gets a specific private message, not the apology', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { private: true } });
    const callback = await h.standIn.waitForCallback(interaction);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.content).toBe(
      'That command reached me incomplete (Required option "question" not found). Your Discord may show an old version of it: reload Discord (Ctrl+R) and try again.',
    );
  });

  test('works in a DM with the bot too', async () => {
    const { callback, edit } = await ask('How long was the phone call?', {}, true);
    expect(callback.body.type).toBe(5);
    expect(edit.body.embeds[0].description).toContain('15-minute phone call');
  });
});

describe('buttons', () => {
  let first: { interaction: InjectedInteraction; edit: RecordedCall };

  beforeAll(async () => {
    // Matches all eight fixed passages: three pages.
    first = await ask('What did Sheinbaum and Trump and Mexico say?');
  });

  test('the first page offers More, Context, 👍, 👎 and Ask a follow-up with short custom ids', () => {
    const buttons = buttonsOf(first.edit.body);
    expect(buttons.map((b) => b.label ?? b.emoji?.name)).toEqual(['More', 'Context', '👍', '👎', 'Ask a follow-up']);
    for (const b of buttons) expect(b.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
    expect(first.edit.body.embeds[0].footer.text).toBe('Passages 1–3, best first · More shows the next');
  });

  test('More answers with the next passages, numbered on, asking the engine with an offset', async () => {
    const click = h.standIn.injectButton({ customId: buttonId(first.edit.body, 'More'), message: h.standIn.originalMessage(first.interaction) });
    const callback = await h.standIn.waitForCallback(click);
    expect(callback.body.type).toBe(5);
    const edit = await h.standIn.waitForOriginalEdit(click);
    const description: string = edit.body.embeds[0].description;
    expect(description).toContain('**4.**');
    expect(description).not.toContain('**1.**');
    expect(h.engine.calls.ask.at(-1)?.options).toEqual({ top: 3, offset: 3 });
    expect(edit.body.embeds[0].footer.text).toMatch(/^Passages 4–6/);
    // And More again from the second page reaches the last passages.
    const again = h.standIn.injectButton({ customId: buttonId(edit.body, 'More'), message: h.standIn.originalMessage(click) });
    const third = await h.standIn.waitForOriginalEdit(again);
    expect(third.body.embeds[0].description).toContain('**7.**');
    expect(buttonsOf(third.body).map((b) => b.label ?? b.emoji?.name)).toEqual(['Context', '👍', '👎', 'Ask a follow-up']);
  });

  test('Context shows the surrounding paragraphs only to the clicker', async () => {
    const click = h.standIn.injectButton({ customId: buttonId(first.edit.body, 'Context'), message: h.standIn.originalMessage(first.interaction), user: h.standIn.users.mod });
    const callback = await h.standIn.waitForCallback(click);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.embeds).toHaveLength(3);
    // The paragraph includes the sentence after the quoted passage.
    const all = callback.body.data.embeds.map((e: { description: string }) => e.description).join('\n');
    expect(all).toContain('a point she emphasized was understood by Trump');
    expect(callback.body.data.allowed_mentions).toEqual(NO_PINGS);
  });

  test('👍 is stored in the question log with the question, the documents shown, the vote and the time, no user id; a repeat is not recorded twice', async () => {
    const vote = () =>
      h.standIn.injectButton({ customId: buttonId(first.edit.body, '👍'), message: h.standIn.originalMessage(first.interaction), user: h.standIn.users.alice });
    const before = Date.now();
    const click = vote();
    const callback = await h.standIn.waitForCallback(click);
    expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.content).toContain('recorded');
    const votes = () => readRows('SELECT v.vote, v.question, v.answered, v.page_offset, v.documents, v.user_id, v.voted_at, q.text AS asked FROM votes v LEFT JOIN questions q ON q.id = v.question_id ORDER BY v.id');
    const stored = votes();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      vote: 'up',
      question: 'What did Sheinbaum and Trump and Mexico say?',
      asked: 'What did Sheinbaum and Trump and Mexico say?',
      answered: 1,
      page_offset: 0,
      documents: '["sheinbaum-trump-call.md"]',
      user_id: null,
    });
    expect(stored[0]!.voted_at).toBeGreaterThanOrEqual(before);
    expect(stored[0]!.voted_at).toBeLessThanOrEqual(Date.now());

    const repeat = await h.standIn.waitForCallback(vote());
    expect(repeat.body.data.content).toContain('already voted');
    expect(votes()).toHaveLength(1);

    const down = h.standIn.injectButton({ customId: buttonId(first.edit.body, '👎'), message: h.standIn.originalMessage(first.interaction), user: h.standIn.users.mod });
    await h.standIn.waitForCallback(down);
    expect(votes().map((v) => v.vote)).toEqual(['up', 'down']);
  });

  test('a button whose answer is no longer remembered says so privately', async () => {
    const click = h.standIn.injectButton({ customId: 'qa:more:123456789012345678', message: h.standIn.originalMessage(first.interaction) });
    const callback = await h.standIn.waitForCallback(click);
    expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.content).toContain('too old');
  });
});

describe('autocomplete', () => {
  test('offers at most 25 suggestions, each within 100 characters', async () => {
    const interaction = h.standIn.injectAutocomplete({ name: 'ask', focused: 'question', options: { question: '' } });
    const callback = await h.standIn.waitForCallback(interaction);
    expect(callback.body.type).toBe(8);
    const choices: { name: string; value: string }[] = callback.body.data.choices;
    expect(choices).toHaveLength(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  test('matches what the member is typing', async () => {
    const interaction = h.standIn.injectAutocomplete({ name: 'ask', focused: 'question', options: { question: 'venez' } });
    const callback = await h.standIn.waitForCallback(interaction);
    expect(callback.body.data.choices).toEqual([{ name: 'What did Sheinbaum say about Venezuela?', value: 'What did Sheinbaum say about Venezuela?' }]);
    expect(h.engine.calls.suggest.at(-1)).toBe('venez');
  });
});

describe('/sources', () => {
  test('lists the documents with sentences and date, the model, when it was last indexed, and the feedback', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'sources' });
    const callback = await h.standIn.waitForCallback(interaction);
    expect(callback.body.type).toBe(4);
    const embed = callback.body.data.embeds[0];
    expect(embed.title).toBe('Sources — 1 document, 26 sentences');
    expect(embed.description).toContain('[Mexican President Rejects US Military Aid Against Cartels](https://www.polarherald.com/');
    expect(embed.description).toContain('26 sentences · as of 12 Jan 2026');
    const fields = Object.fromEntries(embed.fields.map((f: { name: string; value: string }) => [f.name, f.value]));
    expect(fields.Model).toBe('`fixed-passages (test engine)`');
    expect(fields['Last indexed']).toBe(`<t:${Date.parse('2026-01-13T09:30:00.000Z') / 1000}:f> (<t:${Date.parse('2026-01-13T09:30:00.000Z') / 1000}:R>)`);
    expect(fields.Feedback).toMatch(/^👍 \d+ · 👎 \d+$/);
    expect(fields['Questions (last 30 days)']).toMatch(/^\d+ questions? asked · \d+% answered$/);
    expect(callback.body.data.allowed_mentions).toEqual(NO_PINGS);
  });
});

test('Discord accepted every REST call the bot made (no double acknowledgement, no unknown webhook)', () => {
  expect(h.standIn.failedCalls()).toEqual([]);
});
