import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIRST_CHECK_MIN_DELAY_MS, nextCheckDelay } from '../../src/discord/periodic-task.ts';
import { readUpdateCheckState } from '../../src/discord/update-watch.ts';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-02-01T12:00:00Z');

describe('when the update check runs next', () => {
  it('GIVEN no check before THEN an interval after the start', () => {
    expect(nextCheckDelay(null, 6 * HOUR, NOW)).toBe(6 * HOUR);
  });

  it('GIVEN a check an hour ago (the bot restarted) THEN an interval after that check, not after the restart', () => {
    expect(nextCheckDelay(NOW - HOUR, 6 * HOUR, NOW)).toBe(5 * HOUR);
  });

  it('GIVEN a check overdue THEN a minute after the start; a last check in the future (the clock set back) THEN no later than an interval', () => {
    expect(nextCheckDelay(NOW - 30 * HOUR, 6 * HOUR, NOW)).toBe(FIRST_CHECK_MIN_DELAY_MS);
    expect(nextCheckDelay(NOW + 50 * HOUR, 6 * HOUR, NOW)).toBe(6 * HOUR);
  });
});

describe('the update check state file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'update-check-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('GIVEN none, or one that cannot be read THEN a fresh start; GIVEN one saved THEN what it holds', async () => {
    const file = path.join(dir, 'update-check.json');
    expect(await readUpdateCheckState(file)).toEqual({ lastCheckAt: null, reported: {} });
    fs.writeFileSync(file, '{"lastCheckAt": 17');
    expect(await readUpdateCheckState(file)).toEqual({ lastCheckAt: null, reported: {} });
    fs.writeFileSync(file, JSON.stringify({ lastCheckAt: NOW, reported: { 'a.md': 'abc', 'b.md': 7 } }));
    expect(await readUpdateCheckState(file)).toEqual({ lastCheckAt: NOW, reported: { 'a.md': 'abc' } });
  });
});
