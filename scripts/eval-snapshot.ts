/**
 * `npm run eval:snapshot -- NAME [--train] [--out DIR] [--eval-dir DIR]`: the working tree as it is
 * now (tracked and new files, not the ignored ones), copied aside and measured there, so that work
 * goes on during the minutes a run takes; with `--train`, retrained there first, as a change to how a
 * question is read or decided must be before it is judged (README, *Quality*). Writes into OUT
 * (default eval-runs/): NAME.json, the records `npm run eval:compare` pairs; NAME.txt, the report;
 * NAME.log, the run's own log; and with `--train` NAME.weights.ts, the learned weights to copy to
 * src/retrieval/learned-weights.ts if the change is kept, NAME.train.txt and NAME.train.log.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import { DEFAULT_EVAL_DIR, EVAL_SET_FILES } from '../src/evaluation/eval-sets.ts';
import { exitWithUsage, scriptOptions } from './lib/script-options.ts';

const USAGE = 'usage: npm run eval:snapshot -- NAME [--train] [--out DIR] [--eval-dir DIR]';
const { values: args, positionals } = scriptOptions(
  {
    options: { train: { type: 'boolean', default: false }, out: { type: 'string' }, 'eval-dir': { type: 'string' } },
    allowPositionals: true,
  },
  USAGE,
);
if (positionals.length !== 1 || !/^[\w.-]+$/.test(positionals[0]!)) exitWithUsage('give the snapshot one name (letters, digits, ".", "-", "_")', USAGE);
const name = positionals[0]!;
const out = path.resolve(args.out ?? path.join(PROJECT_ROOT, 'eval-runs'));
const evalDir = path.resolve(args['eval-dir'] ?? DEFAULT_EVAL_DIR);
// Said before the copy and the minutes of training: the run needs every set.
const missing = EVAL_SET_FILES.filter((f) => !fs.existsSync(path.join(evalDir, f)));
if (missing.length) exitWithUsage(`no evaluation sets at ${evalDir} (missing: ${missing.join(', ')}): pass --eval-dir DIR (the project's ../shared/eval)`, USAGE);

const log = (line: string) => process.stderr.write(`[eval:snapshot] ${line}\n`);

/** The working tree's files as git sees them: tracked ones and new ones, not the ignored. */
function treeFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && fs.existsSync(path.join(PROJECT_ROOT, f)));
}

function copyTree(to: string): void {
  for (const file of treeFiles()) {
    fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    fs.copyFileSync(path.join(PROJECT_ROOT, file), path.join(to, file));
  }
  // Installed packages and the built model are the same for both trees: shared, not copied.
  for (const shared of ['node_modules', 'models']) {
    if (fs.existsSync(path.join(PROJECT_ROOT, shared))) fs.symlinkSync(path.join(PROJECT_ROOT, shared), path.join(to, shared), 'dir');
  }
}

/** Runs a TypeScript entry point of the snapshot through tsx (as the bench's phases run), its stdout and stderr into files; rejects on a non-zero exit. */
function run(cwd: string, entry: string, entryArgs: string[], stdoutFile: string, stderrFile: string): Promise<void> {
  const [stdout, stderr] = [fs.openSync(stdoutFile, 'w'), fs.openSync(stderrFile, 'w')];
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry, ...entryArgs], { cwd, stdio: ['ignore', stdout, stderr] });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${entry} ${signal ? `was stopped by ${signal}` : `exited with ${code}`}: see ${stderrFile}`))));
  }).finally(() => {
    fs.closeSync(stdout);
    fs.closeSync(stderr);
  });
}

fs.mkdirSync(out, { recursive: true });
const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), `eval-snapshot-${name}-`));
try {
  copyTree(snapshot);
  log(`copied the working tree to ${snapshot}`);
  const at = (suffix: string) => path.join(out, `${name}.${suffix}`);
  if (args.train) {
    log('training (npm run train, tune half; a few minutes)…');
    await run(snapshot, 'scripts/train-weights.ts', ['--eval-dir', evalDir], at('train.txt'), at('train.log'));
    fs.copyFileSync(path.join(snapshot, 'src', 'retrieval', 'learned-weights.ts'), at('weights.ts'));
    log(`learned weights: ${at('weights.ts')}`);
  }
  log('evaluating every setting, both halves (npm run eval; several minutes)…');
  await run(snapshot, 'src/cli/eval.ts', ['--eval-dir', evalDir, '--setting', 'all', '--half', 'all', '--json', at('json')], at('txt'), at('log'));
  log(`done: ${at('txt')}; compare with npm run eval:compare -- BEFORE.json ${at('json')}`);
} catch (error) {
  log((error as Error).message);
  process.exitCode = 1;
} finally {
  fs.rmSync(snapshot, { recursive: true, force: true });
}
