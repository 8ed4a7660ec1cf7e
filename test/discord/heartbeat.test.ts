/**
 * End to end: the running bot's heartbeat in its data folder, and `npm run health` (a real child
 * process) judging it, as Docker's HEALTHCHECK runs it.
 */
import fs from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { Client, Events } from 'discord.js';
import { HEARTBEAT_FILE, parseHeartbeat, type Heartbeat } from '../../src/discord/health.ts';
import { startHeartbeat, startStartingHeartbeat } from '../../src/discord/heartbeat.ts';
import { createLogger } from '../../src/log.ts';
import { runCommand } from '../helpers/run-command.ts';
import { startHarness, type Harness } from './harness.ts';

const LAUNCH = path.join(PROJECT_ROOT, 'scripts', 'launch.mjs');

/** `npm run health` with DATA_DIR = `dataDir`. */
function health(dataDir: string) {
  return runCommand(process.execPath, [LAUNCH, '--prefer-compiled', 'scripts/healthcheck.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATA_DIR: dataDir, FEEDBACK_FILE: '' },
    timeoutMs: 100_000,
  });
}

const readHeartbeat = (dataDir: string): Heartbeat | null => {
  try {
    return parseHeartbeat(fs.readFileSync(path.join(dataDir, HEARTBEAT_FILE), 'utf8'));
  } catch {
    return null;
  }
};

describe('the running bot', { timeout: 120_000 }, () => {
  let h: Harness<never>;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'heartbeat-'));
    h = (await startHarness({ dataDir })) as Harness<never>;
  });
  afterAll(async () => {
    await h?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('GIVEN the bot connected THEN its heartbeat says so and npm run health exits 0 saying it is connected', async () => {
    await vi.waitFor(() => expect(readHeartbeat(dataDir)).toMatchObject({ gateway: 'connected', notConnectedSince: null, guilds: 1, pid: process.pid }), { timeout: 10_000 });
    const result = await health(dataDir);
    expect(result.stdout).toMatch(/^healthy: connected to Discord \(1 server(, gateway ping \d+ ms)?\), heartbeat \d+ s ago, up \d+ s\n$/);
    expect(result.status).toBe(0);
  });

  test('GIVEN the bot stopped THEN its last heartbeat says so and npm run health exits 1 saying it stopped', async () => {
    await h.stop();
    expect(readHeartbeat(dataDir)).toMatchObject({ gateway: 'stopped' });
    const result = await health(dataDir);
    expect(result.stdout).toMatch(/^unhealthy: the bot stopped \d+ s ago \(its log says why\) \[.*heartbeat\.json\]\n$/);
    expect(result.status).toBe(1);
  });
});

describe('npm run health without a running bot', { timeout: 120_000 }, () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'heartbeat-none-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  test('GIVEN no heartbeat in the data folder THEN it exits 1 asking whether the bot runs with this DATA_DIR, naming the file', async () => {
    const result = await health(dataDir);
    expect(result.stdout).toBe(`unhealthy: no heartbeat from the bot (is it running, with this DATA_DIR?) [${path.join(dataDir, HEARTBEAT_FILE)}]\n`);
    expect(result.status).toBe(1);
  });

  test('GIVEN the heartbeat of a process that died five minutes ago THEN it exits 1 saying so', async () => {
    const now = Date.now();
    const dead: Heartbeat = { version: 1, pid: 999_999, startedAt: now - 3_600_000, writtenAt: now - 300_000, gateway: 'connected', notConnectedSince: null, pingMs: 40, guilds: 2 };
    await writeFile(path.join(dataDir, HEARTBEAT_FILE), JSON.stringify(dead));
    const result = await health(dataDir);
    expect(result.stdout).toMatch(/^unhealthy: no heartbeat for 30\d s \(process 999999 gone or stuck; its log may say why\)/);
    expect(result.status).toBe(1);
  });

  test('GIVEN an unknown argument THEN it exits 2 with the usage on stderr', async () => {
    const result = await runCommand(process.execPath, [LAUNCH, '--prefer-compiled', 'scripts/healthcheck.ts', '--bogus'], { cwd: PROJECT_ROOT, env: process.env, timeoutMs: 100_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run health');
    expect(result.stdout).toBe('');
  });
});

describe('a heartbeat that cannot be written', () => {
  test('GIVEN a data folder gone THEN one warning however many beats fail, a line when it is written again, and the last says stopped', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'heartbeat-gone-'));
    const dataDir = path.join(root, 'data');
    const client = new Client({ intents: [] });
    const lines: string[] = [];
    const messages = () => lines.map((l) => JSON.parse(l).msg as string);
    const writer = startHeartbeat(client, { dataDir, logger: createLogger('debug', (line) => lines.push(line)), now: Date.now });
    try {
      await vi.waitFor(() => expect(messages()).toContain('could not write the heartbeat: the health check will report the bot unhealthy'));
      client.emit(Events.ShardReconnecting, 0);
      client.emit(Events.ShardReconnecting, 0);
      fs.mkdirSync(dataDir);
      client.emit(Events.ShardResume, 0, 0);
      await vi.waitFor(() => expect(messages()).toContain('heartbeat written again'));
      expect(messages().filter((m) => m.startsWith('could not write the heartbeat'))).toHaveLength(1);
      // No shard yet: connecting, and no ping to give.
      expect(readHeartbeat(dataDir)).toMatchObject({ gateway: 'connecting', pingMs: -1, guilds: 0 });
      await writer.stop();
      expect(readHeartbeat(dataDir)).toMatchObject({ gateway: 'stopped' });
    } finally {
      await client.destroy();
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('the heartbeat while the engine loads', () => {
  test('GIVEN a start under way THEN "starting" is rewritten every 15 s from when it began, no more once stopped, and "stopped" when it failed', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'heartbeat-starting-'));
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let clock = 1_000_000;
    try {
      const starting = startStartingHeartbeat({ dataDir, logger: createLogger('error', () => {}), now: () => clock });
      await vi.waitFor(() => expect(readHeartbeat(dataDir)).toMatchObject({ gateway: 'starting', startedAt: 1_000_000, writtenAt: 1_000_000, pid: process.pid }));
      clock += 15_000;
      vi.advanceTimersByTime(15_000);
      await vi.waitFor(() => expect(readHeartbeat(dataDir)).toMatchObject({ gateway: 'starting', startedAt: 1_000_000, writtenAt: 1_015_000 }));
      await starting.stop();
      clock += 15_000;
      vi.advanceTimersByTime(60_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(readHeartbeat(dataDir)).toMatchObject({ writtenAt: 1_015_000 });
      // A start that failed: a last heartbeat says so, from when it began.
      await starting.stop(true);
      expect(readHeartbeat(dataDir)).toMatchObject({ gateway: 'stopped', startedAt: 1_000_000, writtenAt: 1_030_000 });
    } finally {
      vi.useRealTimers();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
