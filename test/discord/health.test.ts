/** The health verdict on a heartbeat (pure): what Docker's HEALTHCHECK and `npm run health` print and exit with. */
import { describe, expect, test } from 'vitest';
import { judgeHealth, parseHeartbeat, type Heartbeat } from '../../src/discord/health.ts';

const NOW = 1_800_000_000_000;
const heartbeat = (over: Partial<Heartbeat> = {}): Heartbeat => ({
  version: 1,
  pid: 4242,
  startedAt: NOW - 3_600_000,
  writtenAt: NOW - 5_000,
  gateway: 'connected',
  notConnectedSince: null,
  pingMs: 42,
  guilds: 3,
  ...over,
});

describe('judging the heartbeat', () => {
  test('GIVEN a fresh heartbeat with the gateway connected THEN healthy, saying how it stands', () => {
    expect(judgeHealth(heartbeat(), NOW)).toEqual({ healthy: true, line: 'healthy: connected to Discord (3 servers, gateway ping 42 ms), heartbeat 5 s ago, up 3600 s' });
    expect(judgeHealth(heartbeat({ guilds: 1, pingMs: -1 }), NOW).line).toBe('healthy: connected to Discord (1 server), heartbeat 5 s ago, up 3600 s');
  });

  test('GIVEN no heartbeat at all THEN unhealthy, asking whether the bot runs with this data folder', () => {
    expect(judgeHealth(null, NOW)).toEqual({ healthy: false, line: 'unhealthy: no heartbeat from the bot (is it running, with this DATA_DIR?)' });
  });

  test('GIVEN a heartbeat older than four missed writes THEN unhealthy (a process gone or stuck); one just under is healthy', () => {
    expect(judgeHealth(heartbeat({ writtenAt: NOW - 300_000 }), NOW)).toEqual({ healthy: false, line: 'unhealthy: no heartbeat for 300 s (process 4242 gone or stuck; its log may say why)' });
    expect(judgeHealth(heartbeat({ writtenAt: NOW - 59_000 }), NOW).healthy).toBe(true);
  });

  test('GIVEN the bot stopped THEN unhealthy however fresh the last heartbeat', () => {
    expect(judgeHealth(heartbeat({ gateway: 'stopped', writtenAt: NOW - 1_000 }), NOW)).toEqual({ healthy: false, line: 'unhealthy: the bot stopped 1 s ago (its log says why)' });
  });

  test('GIVEN the gateway reconnecting THEN healthy for two minutes, then unhealthy (a bot that answers nothing)', () => {
    expect(judgeHealth(heartbeat({ gateway: 'connecting', notConnectedSince: NOW - 30_000 }), NOW)).toEqual({ healthy: true, line: 'healthy: connecting to Discord (for 30 s), heartbeat 5 s ago' });
    expect(judgeHealth(heartbeat({ gateway: 'connecting', notConnectedSince: NOW - 180_000 }), NOW)).toEqual({
      healthy: false,
      line: "unhealthy: not connected to Discord for 180 s (the log says why: network, or Discord's status page)",
    });
  });
});

describe('judging a start', () => {
  test('GIVEN a bot loading its engine THEN not healthy yet, saying it is starting; its heartbeat gone quiet, gone; still starting after 15 minutes, stuck', () => {
    const starting = heartbeat({ gateway: 'starting', startedAt: NOW - 40_000, writtenAt: NOW - 10_000, notConnectedSince: NOW - 40_000, guilds: 0, pingMs: -1 });
    expect(judgeHealth(starting, NOW)).toEqual({ healthy: false, line: 'starting: loading the answer engine (for 40 s); not answering yet' });
    // Killed while loading (out of memory): its heartbeat stops, and within a minute the check says so.
    expect(judgeHealth({ ...starting, writtenAt: NOW - 90_000 }, NOW)).toEqual({ healthy: false, line: 'unhealthy: no heartbeat for 90 s while it was starting (process 4242 gone or stuck; its log says where it stopped)' });
    expect(judgeHealth({ ...starting, startedAt: NOW - 20 * 60_000 }, NOW)).toEqual({ healthy: false, line: 'unhealthy: still starting after 1200 s (process 4242 is running: its log says where it is)' });
    expect(parseHeartbeat(JSON.stringify(starting))).toEqual(starting);
  });
});

describe('reading the heartbeat file', () => {
  test('GIVEN what the bot writes THEN it reads back; GIVEN a file cut short, another layout or another program\'s JSON THEN nothing', () => {
    expect(parseHeartbeat(JSON.stringify(heartbeat()))).toEqual(heartbeat());
    expect(parseHeartbeat(JSON.stringify(heartbeat()).slice(0, 30))).toBeNull();
    expect(parseHeartbeat(JSON.stringify({ ...heartbeat(), version: 2 }))).toBeNull();
    expect(parseHeartbeat(JSON.stringify({ ...heartbeat(), gateway: 'sleeping' }))).toBeNull();
    expect(parseHeartbeat('null')).toBeNull();
  });
});
