import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readUpdateCheckState } from '../../src/discord/update-watch.ts';

const NOW = Date.parse('2026-02-01T12:00:00Z');

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
