/**
 * scripts/eval-snapshot.ts as a developer runs it: the mistakes it must refuse in one line before
 * copying anything, and a run whose evaluation fails (a full run is the whole evaluation, minutes
 * long: `npm run eval:snapshot` is measured by hand, as `npm run eval` is).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { runCommand, TSX } from '../helpers/run-command.ts';
import { temporaryFolders } from '../helpers/temporary-folders.ts';

const SCRIPT = path.join(PROJECT_ROOT, 'scripts', 'eval-snapshot.ts');
const folder = temporaryFolders('eval-snapshot-', { removedAfter: 'all' });
const run = (args: string[]) => runCommand(TSX, [SCRIPT, ...args], { cwd: PROJECT_ROOT, env: process.env, timeoutMs: 100_000 });

describe.concurrent('scripts/eval-snapshot.ts', { timeout: 120_000 }, () => {
  it('GIVEN no name, two names or a name with a slash THEN it says so with its usage, exit 2, and writes nothing', async () => {
    const out = path.join(folder(), 'runs');
    for (const args of [[], ['a', 'b'], ['../elsewhere']]) {
      const r = await run([...args, '--out', out]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('give the snapshot one name');
      expect(r.stderr).toContain('usage: npm run eval:snapshot -- NAME');
    }
    expect(fs.existsSync(out)).toBe(false);
  });

  it('GIVEN an evaluation folder that does not exist, or lacks a set THEN it names it and what is missing and says how to give one, exit 2', async () => {
    const missing = path.join(folder(), 'no-such-eval');
    const r = await run(['first-try', '--eval-dir', missing, '--out', path.join(folder(), 'runs')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`no evaluation sets at ${missing} (missing: seed-qa.json, squad2-dev.json, squad2-more.json)`);
    expect(r.stderr).toContain('--eval-dir DIR');
    const partial = folder();
    fs.writeFileSync(path.join(partial, 'seed-qa.json'), '{"cases": []}');
    const p = await run(['first-try', '--eval-dir', partial, '--out', path.join(folder(), 'runs')]);
    expect(p.status).toBe(2);
    expect(p.stderr).toContain('(missing: squad2-dev.json, squad2-more.json)');
  });

  it('GIVEN sets the evaluation cannot read THEN the run fails with exit 1, naming the step and its log, which holds why; the copy of the tree is removed', async () => {
    const evalDir = folder();
    for (const f of ['seed-qa.json', 'squad2-dev.json', 'squad2-more.json']) fs.writeFileSync(path.join(evalDir, f), 'not JSON');
    const out = path.join(folder(), 'runs');
    const name = `unreadable-${process.pid}-${Date.now()}`;
    const r = await run([name, '--eval-dir', evalDir, '--out', out]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('copied the working tree to');
    expect(r.stderr).toContain(`src/cli/eval.ts exited with`);
    const log = path.join(out, `${name}.log`);
    expect(r.stderr).toContain(`see ${log}`);
    expect(fs.readFileSync(log, 'utf8')).toMatch(/JSON/);
    expect(fs.existsSync(path.join(out, `${name}.json`))).toBe(false);
    expect(fs.readdirSync(os.tmpdir()).filter((d) => d.startsWith(`eval-snapshot-${name}-`))).toEqual([]);
  });

  it('GIVEN --train and sets training cannot read THEN training is the step that fails, exit 1, its log holds why, no weights are written and nothing is evaluated', async () => {
    const evalDir = folder();
    for (const f of ['seed-qa.json', 'squad2-dev.json', 'squad2-more.json']) fs.writeFileSync(path.join(evalDir, f), 'not JSON');
    const out = path.join(folder(), 'runs');
    const name = `untrainable-${process.pid}-${Date.now()}`;
    const r = await run([name, '--train', '--eval-dir', evalDir, '--out', out]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('training (npm run train');
    const log = path.join(out, `${name}.train.log`);
    expect(r.stderr).toContain(`scripts/train-weights.ts exited with 1: see ${log}`);
    expect(fs.readFileSync(log, 'utf8')).toMatch(/JSON/);
    expect(r.stderr).not.toContain('evaluating every setting');
    expect(fs.existsSync(path.join(out, `${name}.weights.ts`))).toBe(false);
    expect(fs.readdirSync(os.tmpdir()).filter((d) => d.startsWith(`eval-snapshot-${name}-`))).toEqual([]);
  });
});
