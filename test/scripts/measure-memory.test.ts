/**
 * scripts/measure-memory.ts's command line: a mistake in it is one line and the usage, exit 2 — the
 * README's own example once ended in a stack trace (node flags given after a space).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { runCommand, TSX } from '../helpers/run-command.ts';

const run = (args: string[]) => runCommand(TSX, [path.join(PROJECT_ROOT, 'scripts', 'measure-memory.ts'), ...args], { cwd: PROJECT_ROOT, env: process.env, timeoutMs: 60_000 });
const USAGE = 'usage: tsx scripts/measure-memory.ts [--questions N] [--node-flags="FLAGS"] [--bot FILE]\n';

describe('scripts/measure-memory.ts, its command line', { timeout: 120_000 }, () => {
  it('GIVEN node flags after a space THEN it says to give them after "=", with the usage, exit 2', async () => {
    const r = await run(['--node-flags', '--optimize-for-size --max-semi-space-size=1']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`give --node-flags its value after "=": --node-flags="--optimize-for-size --max-semi-space-size=1"\n${USAGE}`);
    expect(r.stdout).toBe('');
  });

  it('GIVEN a count of questions that is no positive whole number, or an unknown option THEN one line and the usage, exit 2', async () => {
    const zero = await run(['--questions', '0']);
    expect(zero.status).toBe(2);
    expect(zero.stderr).toBe(`--questions must be a positive whole number\n${USAGE}`);
    const unknown = await run(['--bogus']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^Unknown option '--bogus'.*\n/);
    expect(unknown.stderr.endsWith(USAGE)).toBe(true);
    expect(unknown.stderr.split('\n')).toHaveLength(3);
  });

  it('GIVEN --help THEN the usage on stdout, exit 0', async () => {
    const r = await run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(USAGE);
  });
});
