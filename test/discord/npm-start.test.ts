/**
 * `npm start` end to end, as a real child process (src/main.ts through scripts/launch.mjs) against the Discord
 * stand-in: the environment read into the config, the index built from the corpus folder, the
 * warm-up question run beside the login, a question answered, and SIGTERM ending it cleanly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULTS, PROJECT_ROOT } from '../../src/config.ts';
import { startCommand, type RunningCommand } from '../helpers/run-command.ts';
import { DiscordStandIn } from './stand-in/server.ts';

// The launcher npm start uses, in one process (tsx registered in it when there is no fresh build):
// tsx's own CLI runs the script in a child and, on SIGTERM, kills it with SIGKILL (exit 143) when
// the child does not confirm the relayed signal within 30 ms, which a loaded machine can miss.
const LAUNCH = path.join(PROJECT_ROOT, 'scripts', 'launch.mjs');
const SHIPPED = 'sheinbaum-trump-call.md';

/** A temporary folder whose corpus/ holds the shipped article. */
function folderWithTheShippedArticle(prefix: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.mkdirSync(path.join(root, 'corpus'));
  fs.copyFileSync(path.join(DEFAULTS.corpusDir, SHIPPED), path.join(root, 'corpus', SHIPPED));
  return root;
}

/** `npm start` (src/main.ts through the launcher) against the stand-in, its corpus, index and data in `root`. */
function startBot(standIn: DiscordStandIn, root: string, logLevel: string): RunningCommand {
  return startCommand(process.execPath, [LAUNCH, '--prefer-compiled', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    timeoutMs: 170_000,
    env: {
      ...process.env,
      DISCORD_TOKEN: standIn.token,
      DISCORD_CLIENT_ID: standIn.applicationId,
      DISCORD_API_URL: standIn.apiUrl,
      DISCORD_GUILD_ID: '',
      CORPUS_DIR: path.join(root, 'corpus'),
      INDEX_DIR: path.join(root, 'index'),
      DATA_DIR: path.join(root, 'data'),
      EMBEDDING_MODEL: 'offline',
      NEW_COVERAGE_CHANNEL_ID: standIn.guild.channelId,
      LOG_LEVEL: logLevel,
    },
  });
}

describe('npm start', { timeout: 180_000 }, () => {
  let standIn: DiscordStandIn;
  let root: string;
  let bot: RunningCommand;

  beforeAll(async () => {
    standIn = await DiscordStandIn.start();
    root = folderWithTheShippedArticle('npm-start-');
    bot = startBot(standIn, root, 'debug');
  });

  afterAll(async () => {
    bot?.signal('SIGKILL');
    await standIn?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  test('GIVEN a fresh corpus folder THEN the bot builds its index, warms up with a searched question, logs in and answers /ask', async () => {
    await bot.stderrMatching(/"discord client ready"/);
    // The warm-up runs beside the login: a question that went the whole way through the search.
    const warm = await bot.stderrMatching(/"warmed up"/);
    expect(warm).toMatch(/"warmed up".*"searched":true/);
    expect(fs.readdirSync(path.join(root, 'index')).length).toBeGreaterThan(0);

    const interaction = standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?' } });
    const edit = await standIn.waitForOriginalEdit(interaction);
    expect(edit.body.embeds[0].description).toContain('phone call on Monday, January 12, 2026');
    // The question is logged in the data folder the environment named.
    expect(fs.existsSync(path.join(root, 'data', 'bot.sqlite'))).toBe(true);
  });

  test('GIVEN a second npm start with the same data folder while it runs THEN that one exits 1 before loading anything, saying another bot holds the folder; the first keeps answering', async () => {
    const second = startBot(standIn, root, 'debug');
    const result = await second.result;
    expect(result.timedOut).toBe(false);
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toMatch(/^Another bot process is already running with the data folder .*data.*DATA_DIR/);
    // Refused before the token check and the engine: nothing reached Discord, no index was read.
    expect(result.stderr).not.toContain('discord accepted the token');
    expect(result.stderr).not.toContain('loading the answer engine');
    const interaction = standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?' } });
    expect((await standIn.waitForOriginalEdit(interaction)).body.embeds[0].description).toContain('15-minute');
  });

  test('GIVEN a document copied into the corpus folder by hand THEN it is answered from by itself, with no /reindex, and announced to members', async () => {
    fs.writeFileSync(
      path.join(root, 'corpus', 'harbour-reopens.md'),
      '# Harbour reopens after storm\n\nThe harbour of Port Ellery reopened on Thursday after the storm closed it for nine days.\n',
    );
    await bot.stderrMatching(/"reindexed after the corpus folder changed".*harbour-reopens\.md/);
    const interaction = standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the harbour of Port Ellery closed?' } });
    const edit = await standIn.waitForOriginalEdit(interaction);
    expect(edit.body.embeds[0].description).toContain('nine days');
    const post = await standIn.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${standIn.guild.channelId}/messages` && String(c.body?.content).startsWith('📰'));
    expect(post.body.content).toContain('• **Harbour reopens after storm**');
  });

  test('GIVEN SIGTERM THEN it stops the client and exits 0, its logs on stderr only and never the token', async () => {
    bot.signal('SIGTERM');
    const result = await bot.result;
    expect(result.timedOut).toBe(false);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('"discord client stopped"');
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toContain(standIn.token);
    expect(result.stderr).not.toMatch(/unhandled/i);
  });
});

describe('npm start, when Discord ends the session for good', { timeout: 180_000 }, () => {
  test('GIVEN the token reset while it runs THEN it stops the client and exits 1, saying to put the new token in', async () => {
    const standIn = await DiscordStandIn.start();
    const root = folderWithTheShippedArticle('npm-start-ended-');
    const running = startBot(standIn, root, 'info');
    try {
      await running.stderrMatching(/"discord client ready"/);
      standIn.refuseTokens();
      standIn.closeGateway(4004, 'Authentication failed');
      const result = await running.result;
      expect(result.timedOut).toBe(false);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('"discord ended the session; the bot cannot reconnect"');
      expect(result.stderr).toContain('"discord client stopped"');
      expect(result.stderr.trimEnd().split('\n').at(-1)).toMatch(/^Discord refused the bot token .*DISCORD_TOKEN/);
      expect(result.stderr).not.toContain(standIn.token);
    } finally {
      running.signal('SIGKILL');
      await standIn.stop();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
