/** End to end: unknown commands, handler errors, rate limits and stopping never take the bot down. */
import Database from 'better-sqlite3';
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseBotConfig } from '../../src/config.ts';
import { startBot } from '../../src/discord/bot.ts';
import { APOLOGY } from '../../src/discord/errors.ts';
import { silentLogger } from '../../src/log.ts';
import { buttonId } from './buttons.ts';
import { startHarness, type Harness } from './harness.ts';
import { fixedPassageEngine, type FixedPassageEngine } from './fixtures/fixed-passage-engine.ts';
import { DiscordStandIn } from './stand-in/server.ts';
import { temporaryFolders } from '../helpers/temporary-folders.ts';

describe('errors', () => {
  let h: Harness<FixedPassageEngine>;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  test('an unknown command gets a private reply and the bot keeps answering', async () => {
    const unknown = h.standIn.injectSlashCommand({ name: 'frobnicate', options: { level: 3 } });
    const callback = await h.standIn.waitForCallback(unknown);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.content).toContain("don't know that command");
    // So does a command of a message's menu that is no longer ours.
    const target = h.standIn.injectMessage({ content: 'The call lasted an hour.' });
    const menu = h.standIn.injectMessageCommand({ name: 'Translate', target: target.payload });
    const menuCallback = await h.standIn.waitForCallback(menu);
    expect(menuCallback.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(menuCallback.body.data.content).toContain("don't know that command");

    const next = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the phone call?' } });
    const edit = await h.standIn.waitForOriginalEdit(next);
    expect(edit.body.embeds[0].description).toContain('15-minute');
  });

  test('an error inside a handler is logged and answered with a short apology; the next question is answered', async () => {
    const failing = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'please explode' } });
    await h.standIn.waitForCallback(failing); // deferred before the engine failed
    const apology = await h.standIn.waitForOriginalEdit(failing);
    expect(apology.body.content).toBe(APOLOGY);
    expect(apology.body.embeds).toEqual([]);
    expect(h.logLines.some((l) => l.includes('"handler failed"') && l.includes('fixed engine failure (test)'))).toBe(true);

    const failingDm = h.standIn.injectMessage({ content: 'explode in a DM', dm: true });
    const dmApology = await h.standIn.waitForMessageReply(failingDm);
    expect(dmApology.body.content).toBe(APOLOGY);

    const next = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'Did Trump offer military help?' } });
    const edit = await h.standIn.waitForOriginalEdit(next);
    expect(edit.body.embeds[0].description).toContain('still insisted');
  });

  test('an error while answering autocomplete falls back to no choices', async () => {
    const original = h.engine.suggest;
    h.engine.suggest = () => {
      throw new Error('suggest failed (test)');
    };
    try {
      const interaction = h.standIn.injectAutocomplete({ name: 'ask', focused: 'question', options: { question: 'x' } });
      const callback = await h.standIn.waitForCallback(interaction);
      expect(callback.body).toEqual({ type: 8, data: { choices: [] } });
    } finally {
      h.engine.suggest = original;
    }
  });
});

describe('a question log that fails (its tables gone from under the bot)', () => {
  let h: Harness<FixedPassageEngine>;
  beforeAll(async () => {
    h = await startHarness();
    const db = new Database(h.databaseFile);
    db.exec('DROP TABLE votes; DROP TABLE questions;');
    db.close();
  });
  afterAll(async () => {
    await h?.stop();
  });


  test('questions are still answered; the failure is logged', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the phone call?' } });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    expect(edit.body.embeds[0].description).toContain('15-minute');
    expect(h.logLines.some((l) => l.includes('"could not log the question"'))).toBe(true);
  });

  test('a vote gets a private message saying it was not recorded, not an apology for a crash', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the phone call?' } });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    const click = h.standIn.injectButton({ customId: buttonId(edit.body, '👍'), message: h.standIn.originalMessage(interaction) });
    const callback = await h.standIn.waitForCallback(click);
    expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.content).toMatch(/couldn't record your 👍/);
    expect(h.logLines.some((l) => l.includes('"could not record the vote"'))).toBe(true);
  });

  test('/sources lists the documents and leaves out the question totals it cannot read', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'sources' });
    const callback = await h.standIn.waitForCallback(interaction);
    const fields = callback.body.data.embeds[0].fields.map((f: { name: string }) => f.name);
    expect(callback.body.data.embeds[0].title).toMatch(/^Sources — 1 document/);
    expect(fields.some((name: string) => name.startsWith('Questions'))).toBe(false);
    expect(h.logLines.some((l) => l.includes('"question totals unavailable"'))).toBe(true);
  });
});

describe('rate limit', () => {
  let h: Harness<FixedPassageEngine>;
  let now = 1_000_000;
  beforeAll(async () => {
    h = await startHarness({ env: { RATE_LIMIT_PER_MINUTE: '2' }, now: () => now });
  });
  afterAll(async () => {
    await h?.stop();
  });

  test('the third question within a minute gets a friendly private reply, not an answer; a minute later it is answered', async () => {
    const user = h.standIn.users.alice;
    for (let i = 0; i < 2; i++) {
      const ok = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?' }, user });
      await h.standIn.waitForOriginalEdit(ok);
    }
    const asked = h.engine.calls.ask.length;
    const limited = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?' }, user });
    const callback = await h.standIn.waitForCallback(limited);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.content).toBe("You're asking faster than I can keep up — please try again in 60 s.");
    expect(h.engine.calls.ask.length).toBe(asked);
    // Checking a message counts as asking: limited the same way, before anything is asked.
    const claim = h.standIn.injectMessage({ content: 'The call lasted an hour.', author: h.standIn.users.mod });
    const check = h.standIn.injectMessageCommand({ name: 'Check with the coverage', target: claim.payload, user });
    const checkCallback = await h.standIn.waitForCallback(check);
    expect(checkCallback.body.data).toMatchObject({ flags: MessageFlags.Ephemeral, content: "You're asking faster than I can keep up — please try again in 60 s." });
    expect(h.engine.calls.ask.length).toBe(asked);

    // Another member is not limited by alice's questions.
    const other = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?' }, user: h.standIn.users.mod });
    await h.standIn.waitForOriginalEdit(other);

    now += 60_001;
    const later = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?' }, user });
    await h.standIn.waitForOriginalEdit(later);
  });
});

describe('stop', () => {
  test('stop() closes the gateway connection normally and can be called twice', async () => {
    const h = await startHarness();
    try {
      const connection = await h.standIn.waitForIdentify();
      await h.bot.stop();
      await h.bot.stop();
      expect(connection.closeCode).toBe(1000);
      expect(h.bot.client.isReady()).toBe(false);
    } finally {
      await h.stop();
    }
  });
});

describe('start', () => {
  // The question log and heartbeat go here, never into the project's data/.
  const dataFolder = temporaryFolders('resilience-start-');
  test('an API that accepts connections but never answers makes startBot fail at its deadline with one plain line', async () => {
    const standIn = await DiscordStandIn.start();
    standIn.hang();
    try {
      const config = parseBotConfig({ DISCORD_TOKEN: standIn.token, DISCORD_CLIENT_ID: standIn.applicationId, DISCORD_API_URL: standIn.apiUrl, DATA_DIR: dataFolder() });
      const error = await startBot({ config, engine: fixedPassageEngine(), logger: silentLogger, readyTimeoutMs: 2000 }).then(
        () => null,
        (e: Error) => e,
      );
      expect(error).toMatchObject({ code: 'DISCORD_NOT_ANSWERING' });
      expect(error?.message).toBe(
        `The Discord API at ${standIn.apiUrl} accepted the connection but did not answer within 2 s. Check the network (a proxy or firewall) or https://discordstatus.com, then try again.`,
      );
    } finally {
      // The abandoned login fails once the stand-in closes; that must not be an unhandled rejection.
      await standIn.stop();
    }
  });

  test('a token Discord rejects makes startBot fail promptly with a message that does not contain the token', async () => {
    const standIn = await DiscordStandIn.start();
    try {
      const wrongToken = `${'w'.repeat(24)}.${'x'.repeat(6)}.${'y'.repeat(38)}`;
      const config = parseBotConfig({ DISCORD_TOKEN: wrongToken, DISCORD_CLIENT_ID: standIn.applicationId, DISCORD_API_URL: standIn.apiUrl, DATA_DIR: dataFolder() });
      const error = await startBot({ config, engine: fixedPassageEngine(), logger: silentLogger, readyTimeoutMs: 5000 }).then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.message).toMatch(/^Discord refused the bot token \(401 Unauthorized\)\. Copy it again/);
      expect(error?.message).not.toContain(wrongToken);
      expect(standIn.connections).toHaveLength(0);
    } finally {
      await standIn.stop();
    }
  });
});
