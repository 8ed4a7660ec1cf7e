/**
 * scripts/measure-growth.ts run as a member would: sizes it cannot read are one line saying what it
 * takes, before any work (the measurement itself needs the benchmark's sources and minutes).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { runCommand, TSX } from '../helpers/run-command.ts';


describe('scripts/measure-growth.ts', { timeout: 120_000 }, () => {
  it.each(['ten', '1000,-5', '1.5'])('GIVEN --sizes %s THEN it exits 2 saying what sizes it takes', async (sizes) => {
    const r = await runCommand(TSX, [path.join(PROJECT_ROOT, 'scripts', 'measure-growth.ts'), '--sizes', sizes], { cwd: PROJECT_ROOT, env: process.env, timeoutMs: 100_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`error: --sizes takes whole numbers of sentences, comma-separated (got "${sizes}")\n`);
    expect(r.stdout).toBe('');
  });
});
