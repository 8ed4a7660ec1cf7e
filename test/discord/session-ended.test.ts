/**
 * When Discord ends the gateway session for good — the token reset in the Developer Portal (close
 * 4004), a privileged intent turned off there (4014) — discord.js does not reconnect. The bot says
 * so with what to do (RunningBot.ended; `npm start` then exits 1) instead of running on, deaf.
 */
import { GatewayIntentBits } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { parseBotConfig } from '../../src/config.ts';
import { startBot } from '../../src/discord/bot.ts';
import { sessionEndedError } from '../../src/discord/connection-errors.ts';
import { USER_ERRORS } from '../../src/errors.ts';
import { silentLogger } from '../../src/log.ts';
import { fixedPassageEngine } from './fixtures/fixed-passage-engine.ts';
import { startHarness } from './harness.ts';
import { DiscordStandIn } from './stand-in/server.ts';
import { temporaryFolders } from '../helpers/temporary-folders.ts';

// The question log and heartbeat of a bot started here go in it, never into the project's data/.
const dataFolder = temporaryFolders('session-ended-');

const settled = <T>(promise: Promise<T>, ms: number) => Promise.race([promise, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms))]);

describe('a session Discord ends', () => {
  test('a token reset while the bot runs (close 4004): `ended` says to put the new token in, and the log says why', async () => {
    const h = await startHarness();
    try {
      h.standIn.refuseTokens();
      h.standIn.closeGateway(4004, 'Authentication failed');
      const error = await settled(h.bot.ended, 10_000);
      expect(error).not.toBe('pending');
      expect(error).toMatchObject({ code: 'DISCORD_TOKEN_REJECTED', message: USER_ERRORS.DISCORD_TOKEN_REJECTED });
      const logged = h.logLines.map((line) => JSON.parse(line)).filter((l) => l.msg === 'discord ended the session; the bot cannot reconnect');
      expect(logged.map((l) => [l.level, l.code])).toEqual([['error', 4004]]);
    } finally {
      await h.stop();
    }
  });

  test('a close Discord expects the bot to recover from (4000) is no end: it connects again and answers', async () => {
    const h = await startHarness();
    try {
      const before = h.standIn.connections.length;
      h.standIn.closeGateway(4000, 'Unknown error');
      const again = () => h.standIn.connections.slice(before).some((c) => c.identify && c.closeCode === null);
      for (const deadline = Date.now() + 15_000; !again() && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(again()).toBe(true);
      const asked = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?' } });
      expect(JSON.stringify((await h.standIn.waitForOriginalEdit(asked, 10_000)).body)).toContain('15-minute');
      expect(await settled(h.bot.ended, 100)).toBe('pending');
    } finally {
      await h.stop();
    }
  });

  test('MESSAGE_CONTENT_INTENT=true for an application without the intent (4014): the start fails at once saying where to turn it on', async () => {
    const standIn = await DiscordStandIn.start();
    standIn.refuseIntents(BigInt(GatewayIntentBits.MessageContent));
    try {
      const config = parseBotConfig({ DISCORD_TOKEN: standIn.token, DISCORD_CLIENT_ID: standIn.applicationId, DISCORD_API_URL: standIn.apiUrl, MESSAGE_CONTENT_INTENT: 'true', DATA_DIR: dataFolder() });
      const error = await startBot({ config, engine: fixedPassageEngine(), logger: silentLogger, readyTimeoutMs: 10_000 }).then(
        () => null,
        (e: Error) => e,
      );
      // Not read as the network failing ("Could not reach the Discord API…"), as it was.
      expect(error).toMatchObject({ code: 'DISCORD_INTENT_DISALLOWED' });
      expect(error?.message).toContain('Privileged Gateway Intents');
    } finally {
      await standIn.stop();
    }
  });
});

describe('sessionEndedError: the gateway closes discord.js does not come back from', () => {
  test('4004 is the token, 4014 the intent, 4010–4013 named with what they mean; any other close is none (resumed)', () => {
    expect(sessionEndedError(4004)?.code).toBe('DISCORD_TOKEN_REJECTED');
    expect(sessionEndedError(4014)?.code).toBe('DISCORD_INTENT_DISALLOWED');
    expect(sessionEndedError(4011)?.message).toBe(
      'Discord ended the gateway session with close code 4011 (sharding required: the bot is in too many servers for one connection), after which the bot cannot reconnect. Check the settings it names, then start the bot again.',
    );
    expect([4010, 4012, 4013].map((code) => sessionEndedError(code)?.code)).toEqual(['DISCORD_SESSION_ENDED', 'DISCORD_SESSION_ENDED', 'DISCORD_SESSION_ENDED']);
    expect([1000, 1006, 4000, 4007, 4009].map(sessionEndedError)).toEqual([null, null, null, null, null]);
  });
});
