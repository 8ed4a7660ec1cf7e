/**
 * The production build (`npm run build` → dist/) starts: every compiled entry point answers --help
 * with its usage and exit 0, run by plain node (no tsx), and the launcher behind `npm run ask` /
 * `npm start` runs it. The build is made first when dist/ is missing or older than the sources
 * (CI builds it before the tests).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { runCommand } from '../helpers/run-command.ts';

const env = { ...process.env, EMBEDDING_MODEL: 'offline', LOG_LEVEL: 'warn' };
const node = (args: string[]) => runCommand(process.execPath, args, { cwd: PROJECT_ROOT, env, timeoutMs: 100_000 });
const launch = (mode: string, entry: string, args: string[]) => node([path.join('scripts', 'launch.mjs'), mode, entry, ...args]);

beforeAll(async () => {
  const probe = await launch('--compiled', 'src/cli/ask.ts', ['--help']);
  if (probe.status === 0) return;
  expect(probe.stderr).toMatch(/out of date|no build/);
  const tsc = path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const build = await node([tsc, '-p', 'tsconfig.build.json']);
  expect(build.stdout + build.stderr).toBe('');
  expect(build.status).toBe(0);
}, 240_000);

describe('the compiled build', () => {
  it.each([
    ['src/cli/ask.js', /^usage: npm run --silent ask/],
    ['src/cli/index-command.js', /^usage: npm run index/],
    ['src/main.js', /^usage: npm start/],
    ['scripts/register-commands.js', /^usage: npm run register/],
    ['scripts/healthcheck.js', /^usage: npm run health/],
    ['scripts/backup.js', /^usage: npm run backup/],
  ])('GIVEN node dist/%s --help THEN its usage and exit 0', async (entry, usage) => {
    const r = await node([path.join('dist', entry), '--help']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(usage);
    expect(r.status).toBe(0);
  });

  it('GIVEN an unknown option to the compiled ask THEN one line and exit 2', async () => {
    const r = await node([path.join('dist', 'src', 'cli', 'ask.js'), '-x', 'How long was the call?']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: unknown option -x/)]);
  });

  it('GIVEN a current build THEN the launcher of npm start runs it', async () => {
    const r = await launch('--compiled', 'src/main.ts', ['--help']);
    expect(r.stdout).toMatch(/^usage: npm start/);
    expect(r.status).toBe(0);
  });
});
