/**
 * When Discord cannot be reached, `npm start` and `npm run register` end within seconds with one
 * plain line that says what to fix: no stack trace, no unhandled rejection, exit code 1. Run as
 * real child processes against the stand-in (refusing tokens or hanging) or a closed port.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { explainConnectionError } from '../../src/discord/connection-errors.ts';
import { HEARTBEAT_FILE, parseHeartbeat } from '../../src/discord/health.ts';
import { runCommand, TSX } from '../helpers/run-command.ts';
import { temporaryFolders } from '../helpers/temporary-folders.ts';
import { closedPortUrl } from './stand-in/closed-port.ts';
import { DiscordStandIn } from './stand-in/server.ts';

/** Far above the 10 s the commands allow Discord; only a command that never ends reaches it. */
const COMMAND_TIMEOUT = 90_000;

/** Run `body` against a stand-in with the fault, then stop it. */
async function withStandIn(fault: 'refuse' | 'hang', body: (s: DiscordStandIn) => Promise<void>): Promise<void> {
  const s = await DiscordStandIn.start();
  if (fault === 'refuse') s.refuseTokens();
  else s.hang();
  try {
    await body(s);
  } finally {
    await s.stop();
  }
}

// Each start its own data folder: the project's data/ is no test's, and one folder takes one bot at a time (instance-lock.ts).
// Removed after the file's last test: its tests run concurrently, and a folder removed after the
// first to end would vanish under a start still running (its last heartbeat then fails to write).
const dataFolder = temporaryFolders('start-failures-data-', { removedAfter: 'all' });

async function run(script: string, env: Record<string, string>) {
  const result = await runCommand(TSX, [path.join(PROJECT_ROOT, script)], {
    cwd: PROJECT_ROOT,
    timeoutMs: COMMAND_TIMEOUT,
    env: { ...process.env, LOG_LEVEL: 'warn', DISCORD_GUILD_ID: '', DATA_DIR: dataFolder(), ...env },
  });
  return result;
}

function expectOnePlainLine(result: Awaited<ReturnType<typeof run>>, message: RegExp, token: string): void {
  expect(result.timedOut).toBe(false);
  expect(result.status).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toMatch(/unhandled/i);
  expect(result.stderr).not.toContain(token);
}

describe('npm start that cannot start', { timeout: 120_000 }, () => {
  test('GIVEN a token Discord refuses THEN the heartbeat it wrote while starting says it stopped, not "starting" for ever', async () => {
    const dataDir = dataFolder();
    await withStandIn('refuse', async (s) => {
      const result = await run('src/main.ts', { DISCORD_TOKEN: s.token, DISCORD_CLIENT_ID: s.applicationId, DISCORD_API_URL: s.apiUrl, DATA_DIR: dataDir });
      expect(result.status).toBe(1);
    });
    expect(parseHeartbeat(fs.readFileSync(path.join(dataDir, HEARTBEAT_FILE), 'utf8'))).toMatchObject({ gateway: 'stopped', guilds: 0 });
  });
});

const TOKEN_REFUSED = /^Discord refused the bot token \(401 Unauthorized\)\. Copy it again .*DISCORD_TOKEN/;
const NOT_ANSWERING = /^The Discord API at http:\/\/127\.0\.0\.1:\d+\/api accepted the connection but did not answer within 10 s\./;
const REFUSED = /^Could not reach the Discord API at http:\/\/127\.0\.0\.1:\d+\/api: the connection was refused \(ECONNREFUSED\)\. .*DISCORD_API_URL/;

for (const [name, script] of [
  ['npm start', 'src/main.ts'],
  ['npm run register', 'scripts/register-commands.ts'],
] as const) {
  // Concurrent: most of each test is waiting (a child starting, a 10 s deadline).
  describe.concurrent(`${name} when Discord cannot be reached`, { timeout: 120_000 }, () => {
    test('GIVEN a token Discord refuses (401) THEN one line saying to copy the token again', async () => {
      await withStandIn('refuse', async (s) => {
        expectOnePlainLine(await run(script, { DISCORD_TOKEN: s.token, DISCORD_CLIENT_ID: s.applicationId, DISCORD_API_URL: s.apiUrl }), TOKEN_REFUSED, s.token);
      });
    });
    test('GIVEN an API that accepts connections but never answers THEN one line after the 10 s deadline', async () => {
      await withStandIn('hang', async (s) => {
        expectOnePlainLine(await run(script, { DISCORD_TOKEN: s.token, DISCORD_CLIENT_ID: s.applicationId, DISCORD_API_URL: s.apiUrl }), NOT_ANSWERING, s.token);
      });
    });
    test('GIVEN nothing listening at the API address THEN one line naming the address and the refusal', async () => {
      const token = `${'t'.repeat(24)}.${'u'.repeat(6)}.${'v'.repeat(38)}`;
      expectOnePlainLine(await run(script, { DISCORD_TOKEN: token, DISCORD_CLIENT_ID: '123456789012345678', DISCORD_API_URL: await closedPortUrl() }), REFUSED, token);
    });
  });
}

describe('npm start with an index folder it cannot use', { timeout: 120_000 }, () => {
  test('GIVEN INDEX_DIR naming a file THEN one line saying to point it at a writable folder, before Discord is asked', async () => {
    const token = `${'t'.repeat(24)}.${'u'.repeat(6)}.${'v'.repeat(38)}`;
    const result = await run('src/main.ts', { DISCORD_TOKEN: token, DISCORD_CLIENT_ID: '123456789012345678', DISCORD_API_URL: await closedPortUrl(), INDEX_DIR: path.join(PROJECT_ROOT, 'package.json') });
    expectOnePlainLine(result, /^The index folder .*package\.json cannot be used: it is a file, not a folder\. Point --index \/ INDEX_DIR at a folder/, token);
  });
});

describe('npm start with a data folder it cannot use', { timeout: 120_000 }, () => {
  test('GIVEN DATA_DIR naming a file THEN one line saying to point it at a writable folder, before Discord is asked', async () => {
    const token = `${'t'.repeat(24)}.${'u'.repeat(6)}.${'v'.repeat(38)}`;
    const result = await run('src/main.ts', { DISCORD_TOKEN: token, DISCORD_CLIENT_ID: '123456789012345678', DISCORD_API_URL: await closedPortUrl(), DATA_DIR: path.join(PROJECT_ROOT, 'package.json') });
    expectOnePlainLine(result, /^The data folder .*package\.json cannot be used: it is a file, not a folder\. Point DATA_DIR at a folder the bot can write to/, token);
  });
});

describe('npm start with a corpus folder that takes no new files', { timeout: 120_000 }, () => {
  // sysfs refuses new files to every user, root included.
  test.runIf(process.platform === 'linux')('GIVEN CORPUS_DIR=/sys THEN a warning that /corpus will refuse, and the start goes on (here to Discord, which is not there)', async () => {
    const token = `${'t'.repeat(24)}.${'u'.repeat(6)}.${'v'.repeat(38)}`;
    const result = await run('src/main.ts', { DISCORD_TOKEN: token, DISCORD_CLIENT_ID: '123456789012345678', DISCORD_API_URL: await closedPortUrl(), CORPUS_DIR: '/sys' });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'warn', msg: 'the corpus folder is read-only: /corpus add, update and remove will refuse', corpusDir: '/sys' });
    expect(lines.at(-1)).toMatch(/^Could not reach the Discord API at /);
    expect(result.stderr).not.toContain(token);
  });
});

describe('npm start with a data folder where no lock can be taken', { timeout: 120_000 }, () => {
  test('GIVEN a folder in the lock file\'s place THEN a warning that a second bot would not be refused, and the start goes on (here to Discord, which is not there)', async () => {
    const token = `${'t'.repeat(24)}.${'u'.repeat(6)}.${'v'.repeat(38)}`;
    const dataDir = dataFolder();
    fs.mkdirSync(path.join(dataDir, 'instance.lock'));
    const result = await run('src/main.ts', { DISCORD_TOKEN: token, DISCORD_CLIENT_ID: '123456789012345678', DISCORD_API_URL: await closedPortUrl(), DATA_DIR: dataDir });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'warn', msg: 'could not lock the data folder: a second bot started with it would not be refused', file: path.join(dataDir, 'instance.lock') });
    expect(lines.at(-1)).toMatch(/^Could not reach the Discord API at /);
  });
});

describe('explainConnectionError', () => {
  const context = { apiUrl: 'https://discord.com/api', timeoutMs: 10_000 };
  test('GIVEN a host name that does not resolve (as undici reports it) THEN it says so and names the address', () => {
    const error = Object.assign(new Error('getaddrinfo ENOTFOUND discord.com'), { code: 'ENOTFOUND', hostname: 'discord.com' });
    expect(explainConnectionError(error, context).message).toBe(
      'Could not reach the Discord API at https://discord.com/api: the host name does not resolve (ENOTFOUND). Check the network connection, a proxy or firewall, or DISCORD_API_URL.',
    );
  });
  test('GIVEN a network error wrapped as the cause of another THEN the cause is explained', () => {
    const error = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    expect(explainConnectionError(error, context).code).toBe('DISCORD_UNREACHABLE');
  });
  test('GIVEN a 403 from Discord THEN it says which settings to check', () => {
    const error = Object.assign(new Error('Missing Access'), { status: 403 });
    expect(explainConnectionError(error, context).message).toMatch(/^Discord refused the request: 403 Missing Access: check that DISCORD_CLIENT_ID/);
  });
});
