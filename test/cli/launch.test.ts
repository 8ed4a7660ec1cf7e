/**
 * scripts/launch.mjs, behind npm run ask / index / start / register: it runs dist/ only while dist/ is
 * current, else the TypeScript through tsx (--prefer-compiled) or one line saying to build
 * (--compiled). Run on a small project made in a temp folder, so the real dist/ is never touched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { runCommand } from '../helpers/run-command.ts';

let root: string;
const ENTRY = 'src/cli/hello.ts';

function project(name: string, options: { tsx: boolean; sourceNewer: boolean; compiled?: boolean; sources?: boolean }): string {
  const dir = path.join(root, name);
  fs.mkdirSync(path.join(dir, 'scripts'), { recursive: true });
  fs.copyFileSync(path.join(PROJECT_ROOT, 'scripts', 'launch.mjs'), path.join(dir, 'scripts', 'launch.mjs'));
  fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
  if (options.tsx) fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const source = path.join(dir, ENTRY);
  const compiled = path.join(dir, 'dist', ENTRY.replace(/\.ts$/, '.js'));
  if (options.sources !== false) {
    fs.mkdirSync(path.dirname(source), { recursive: true });
    fs.writeFileSync(source, "const from: string = 'source';\nconsole.log(from, process.argv.slice(2).join(' '));\n");
  }
  if (options.compiled !== false) {
    fs.mkdirSync(path.dirname(compiled), { recursive: true });
    fs.writeFileSync(compiled, "console.log('compiled', process.argv.slice(2).join(' '));\n");
  }
  // Whichever is older by a minute, so file-system time resolution cannot blur the order.
  const old = new Date(Date.now() - 60_000);
  if (options.sources !== false && options.compiled !== false) fs.utimesSync(options.sourceNewer ? compiled : source, old, old);
  return dir;
}

function launch(dir: string, mode: string) {
  return runCommand(process.execPath, ['scripts/launch.mjs', mode, ENTRY, '--json', 'a question'], { cwd: dir, env: process.env, timeoutMs: 100_000 });
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'launch-test-'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('scripts/launch.mjs', () => {
  it('GIVEN a current build THEN either mode runs it, with the arguments', async () => {
    const dir = project('current', { tsx: false, sourceNewer: false });
    for (const mode of ['--compiled', '--prefer-compiled']) {
      const r = await launch(dir, mode);
      expect(r.stdout).toBe('compiled --json a question\n');
      expect(r.status).toBe(0);
    }
  });

  it('GIVEN a source newer than its build THEN --compiled refuses in one line saying to build', async () => {
    const r = await launch(project('stale-start', { tsx: true, sourceNewer: true }), '--compiled');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`error: the compiled build is out of date (${ENTRY} changed since the last build). Run \`npm run build\`, then start again.\n`);
  });

  it('GIVEN a source newer than its build THEN --prefer-compiled runs the source through tsx', async () => {
    const r = await launch(project('stale-ask', { tsx: true, sourceNewer: true }), '--prefer-compiled');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('source --json a question\n');
    expect(r.status).toBe(0);
  });

  it('GIVEN no build and no tsx THEN one line saying what to do', async () => {
    const r = await launch(project('bare', { tsx: false, sourceNewer: false, compiled: false }), '--prefer-compiled');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: the compiled build is out of date \(dist\/ holds no build of src\/cli\/hello\.ts\) and tsx is not installed\. Run `npm run build`/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('GIVEN dist/ without sources (a production image) THEN it runs dist/', async () => {
    const r = await launch(project('image', { tsx: false, sourceNewer: false, sources: false }), '--compiled');
    expect(r.stdout).toBe('compiled --json a question\n');
    expect(r.status).toBe(0);
  });
});
