/**
 * scripts/compare-eval.ts run as a developer would, on two runs written as `npm run eval --json`
 * writes them: the groups that moved with their counts, the tune half's moved questions listed and
 * the check half's only counted, and files it cannot use refused in one line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { recordOf } from '../helpers/eval-record.ts';
import { runCommand, TSX } from '../helpers/run-command.ts';
import { temporaryFolders } from '../helpers/temporary-folders.ts';

const SCRIPT = path.join(PROJECT_ROOT, 'scripts', 'compare-eval.ts');
const folder = temporaryFolders('compare-eval-', { removedAfter: 'all' });

const record = (question: string, half: 'tune' | 'check', answered: boolean, rank: number | null) =>
  recordOf({ question, answers: ['x'], kind: 'answerable', article: 'rhine.txt', half }, 'single', answered, rank);
const run = (args: string[]) => runCommand(TSX, [SCRIPT, ...args], { cwd: PROJECT_ROOT, env: process.env, timeoutMs: 100_000 });

describe.concurrent('scripts/compare-eval.ts', { timeout: 120_000 }, () => {
  it('GIVEN two runs THEN it prints the groups that moved, and with --moved lists the tune half\'s questions only', async () => {
    const dir = folder();
    const before = [record('How long is the Rhine?', 'tune', false, 1), record('Where does the Rhine rise?', 'check', true, 1), record('Unchanged?', 'tune', true, 1)];
    const after = [record('How long is the Rhine?', 'tune', true, 1), record('Where does the Rhine rise?', 'check', false, 1), record('Unchanged?', 'tune', true, 1)];
    fs.writeFileSync(path.join(dir, 'a.json'), JSON.stringify(before));
    fs.writeFileSync(path.join(dir, 'b.json'), JSON.stringify(after));
    const r = await run([path.join(dir, 'a.json'), path.join(dir, 'b.json'), '--moved']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.find((l) => l.startsWith('single tune answerable'))).toMatch(/\b2 {2}answered 1 → 2 \(\+1 −0, p 1\.000\); hit@1 1 → 2/);
    expect(lines.find((l) => l.startsWith('single check answerable'))).toMatch(/answered 1 → 0 \(\+0 −1/);
    expect(r.stdout).toContain('[single tune answerable] refused (none given) → answered, right at 1: How long is the Rhine?');
    expect(r.stdout).not.toContain('Where does the Rhine rise?');
    expect(r.stdout).toContain('check half: 1 moved, counted and not listed');
  });

  it('GIVEN two runs where nothing moved THEN it says so, and with --all it prints every group\'s counts', async () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'a.json'), JSON.stringify([record('How long is the Rhine?', 'tune', true, 1), record('Where does the Rhine rise?', 'check', false, null)]));
    const quiet = await run([path.join(dir, 'a.json'), path.join(dir, 'a.json')]);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toBe('no question moved\n');
    const all = await run([path.join(dir, 'a.json'), path.join(dir, 'a.json'), '--all']);
    expect(all.status).toBe(0);
    expect(all.stdout.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^single check answerable +1 {2}answered 0 → 0 \(none moved\); hit@1 0 → 0 \(none moved\); hit@3 0 → 0 \(none moved\)$/),
      expect.stringMatching(/^single tune answerable +1 {2}answered 1 → 1 \(none moved\); hit@1 1 → 1 \(none moved\); hit@3 1 → 1 \(none moved\)$/),
    ]);
  });

  it('GIVEN a file that is not JSON THEN it exits 2 saying how to write one', async () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'a.json'), 'answered: 3');
    const r = await run([path.join(dir, 'a.json'), path.join(dir, 'a.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`${path.join(dir, 'a.json')} is not JSON: write it with npm run eval -- --json ${path.join(dir, 'a.json')}`);
    expect(r.stdout).toBe('');
  });

  it('GIVEN a file that is no eval run THEN it exits 2 saying how to write one', async () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'a.json'), '{"answers": 3}');
    const r = await run([path.join(dir, 'a.json'), path.join(dir, 'a.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`${path.join(dir, 'a.json')} holds no eval records: write it with npm run eval -- --json ${path.join(dir, 'a.json')}`);
    expect(r.stdout).toBe('');
  });

  it('GIVEN one file or a missing one THEN it exits 2 with the reason and the usage', async () => {
    const one = await run([path.join(folder(), 'missing.json')]);
    expect(one.status).toBe(2);
    expect(one.stderr).toMatch(/^give two runs to compare \(got 1\)\nusage: npm run eval:compare/);
    const missing = await run([path.join(folder(), 'missing.json'), path.join(folder(), 'other.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^cannot read .*missing\.json: ENOENT\n/);
  });
});
