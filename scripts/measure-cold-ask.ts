/**
 * Prints cold `ask` wall times (new process each time, saved index, offline model): the median and
 * range of several runs for each way `npm run ask` could start it, and the median CPU time (user +
 * system, from /usr/bin/time), which load from other processes disturbs less than wall time. Runs
 * alternate between the ways, so load on the machine falls on all of them alike. npm itself adds the
 * same to each (not counted).
 *
 * usage: npx tsx scripts/measure-cold-ask.ts [--runs 7]   (run `npm run build` first)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import { exitWithUsage, scriptOptions } from './lib/script-options.ts';

const USAGE = 'usage: npx tsx scripts/measure-cold-ask.ts [--runs 7]   (run `npm run build` first)';
const { values } = scriptOptions({ options: { runs: { type: 'string', default: '7' } }, strict: true }, USAGE);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) exitWithUsage(`--runs needs a whole number of at least 1, got ${values.runs}`, USAGE);

const compiled = path.join(PROJECT_ROOT, 'dist', 'src', 'cli', 'ask.js');
if (!fs.existsSync(compiled)) {
  process.stderr.write('error: no compiled build; run `npm run build` first.\n');
  process.exit(2);
}

const QUESTION = 'How long was the call?';
const tsxCli = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const ways: { name: string; args: string[]; env?: Record<string, string> }[] = [
  { name: 'tsx src/cli/ask.ts, its cache of compiled files cleared (the first run after a clone or an edit)', args: [tsxCli, 'src/cli/ask.ts'], env: { TSX_DISABLE_CACHE: '1' } },
  { name: 'tsx src/cli/ask.ts (TypeScript compiled at start, tsx cache warm)', args: [tsxCli, 'src/cli/ask.ts'] },
  { name: 'node dist/src/cli/ask.js (compiled)', args: [compiled] },
  { name: 'node scripts/launch.mjs --prefer-compiled (checks dist/ is current, then compiled)', args: ['scripts/launch.mjs', '--prefer-compiled', 'src/cli/ask.ts'] },
];

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cold-ask-'));
const env = { ...process.env, EMBEDDING_MODEL: 'offline', INDEX_DIR: path.join(work, 'index'), LOG_LEVEL: 'warn' };

const TIME = '/usr/bin/time';
const cpuFile = path.join(work, 'cpu.txt');

/** Wall and CPU milliseconds of one run (CPU NaN without /usr/bin/time). */
function once(args: string[], extraEnv: Record<string, string> = {}): Promise<{ wall: number; cpu: number }> {
  const withTime = fs.existsSync(TIME);
  const [command, argv] = withTime ? [TIME, ['-f', '%U %S', '-o', cpuFile, process.execPath, ...args, QUESTION]] : [process.execPath, [...args, QUESTION]];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd: PROJECT_ROOT, env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = performance.now() - started;
      if (code !== 0) return reject(new Error(`exit ${code}: ${stderr}`));
      const cpu = withTime ? fs.readFileSync(cpuFile, 'utf8').trim().split(/\s+/).reduce((sum, x) => sum + Number(x) * 1000, 0) : NaN;
      resolve({ wall, cpu });
    });
  });
}

try {
  await once(ways[2]!.args); // builds the index, and warms the file cache for every way alike
  const times = ways.map(() => [] as number[]);
  const cpu = ways.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    for (const [i, way] of ways.entries()) {
      const t = await once(way.args, way.env);
      times[i]!.push(t.wall);
      cpu[i]!.push(t.cpu);
    }
  }
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  process.stdout.write(`Cold ask, ${runs} runs each, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}:\n`);
  for (const [i, way] of ways.entries()) {
    const t = times[i]!;
    process.stdout.write(`  wall ${s(median(t))} median (${s(Math.min(...t))}–${s(Math.max(...t))}), CPU ${s(median(cpu[i]!))}  ${way.name}\n`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
