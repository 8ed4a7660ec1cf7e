/**
 * The measuring scripts' command lines (scripts/lib/script-options.ts): an unknown option, or a
 * value of the wrong kind, is one line saying what and the script's usage, exit 2, before any work
 * — where each of them used to end in parseArgs's stack trace.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { runCommand, TSX } from '../helpers/run-command.ts';

const run = (script: string, args: string[]) => runCommand(TSX, [path.join(PROJECT_ROOT, 'scripts', script), ...args], { cwd: PROJECT_ROOT, env: process.env, timeoutMs: 90_000 });

const SCRIPTS = [
  'train-weights.ts',
  'decision-curve.ts',
  'measure-gaps.ts',
  'measure-growth.ts',
  'measure-cold-ask.ts',
  'measure-update-check.ts',
  'reindex-latency.ts',
  'discord-latency.ts',
  'measure-corpus-add.ts',
  'discord-failures.ts',
];

describe('the measuring scripts, given a command line they cannot read', { timeout: 300_000 }, () => {
  it.each(SCRIPTS)('GIVEN %s --bogus THEN one line naming the option, the usage, exit 2, nothing on stdout', async (script) => {
    const r = await run(script, ['--bogus']);
    expect(r.status, r.stderr).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('--bogus');
    expect(lines[1]).toMatch(/^usage: /);
    expect(r.stdout).toBe('');
  });

  it('GIVEN a value that starts with a dash as a word of its own THEN it says to give it after "=", with the usage, exit 2', async () => {
    const r = await run('measure-gaps.ts', ['--seed', '-3']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('give --seed its value after "=": --seed="-3"\nusage: npm run measure:gaps -- [--questions N] [--seed S]\n');
  });

  it('GIVEN a count that is no whole number THEN it says what it needs, with the usage, exit 2', async () => {
    const r = await run('measure-gaps.ts', ['--questions', 'many']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('--questions needs a whole number of at least 1, got many\nusage: npm run measure:gaps -- [--questions N] [--seed S]\n');
  });
});

describe('npm run register, given an unknown option', { timeout: 120_000 }, () => {
  it('GIVEN --bogus THEN one line with its usage, exit 2 (a usage error, as npm run backup and health say), before reading any setting', async () => {
    const r = await run('register-commands.ts', ['--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^unknown option --bogus \(usage: npm run register /);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
