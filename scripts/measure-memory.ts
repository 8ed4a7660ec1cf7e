/**
 * `tsx scripts/measure-memory.ts [--questions N] [--node-flags="FLAGS"] [--bot FILE]` — peak resident memory (RSS) of
 *   (a) the engine alone with the offline model on the shipped corpus (`corpus/`), answering N
 *       questions of ../shared/eval/seed-qa.json (default 20), with a breakdown after each
 *       start-up stage; and
 *   (b) the real bot process (`src/main.ts` run by tsx, or with --bot a compiled entry such as
 *       `dist/main.js` run by plain node) against the local Discord API stand-in
 *       (test/discord/stand-in/), answering the same questions as /ask interactions.
 * Each runs in a Node process of its own, so that the figure is that process's own: (a) reads its
 * `process.resourceUsage().maxRSS`, (b) the bot's VmHWM in /proc (Linux) before it is stopped.
 * Both run twice: cold (a fresh index folder, so the index is built at start) and warm (the index
 * saved by the cold run). `--node-flags` are passed to both processes (e.g. `--node-flags="--optimize-for-size
 * --max-semi-space-size=1"`: with `=`, since flags that start with a dash cannot follow as a word of their own).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../src/config.ts';
import { DEFAULT_EVAL_DIR } from '../src/evaluation/eval-sets.ts';
import { DiscordStandIn } from '../test/discord/stand-in/server.ts';
import { runPhase } from './bench/phase.ts';
import { exitWithUsage, scriptOptions } from './lib/script-options.ts';
import type { EngineInput, EngineMeasurement } from './measure-memory/phase-engine.ts';
import type { MemoryStage } from './measure-memory/stage.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const log = (line: string) => process.stderr.write(`[measure-memory] ${line}\n`);

interface Args {
  questions: number;
  nodeFlags: string[];
  /** The bot's entry point: TypeScript is run through tsx, JavaScript by node alone. */
  bot: string;
}

const USAGE = 'usage: tsx scripts/measure-memory.ts [--questions N] [--node-flags="FLAGS"] [--bot FILE]';

/** The options, or null when only the usage was asked for. */
function readArgs(argv: string[]): Args | null {
  const { values } = scriptOptions(
    {
      args: argv,
      options: { questions: { type: 'string' }, 'node-flags': { type: 'string' }, bot: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    },
    USAGE,
  );
  if (values.help) return null;
  const args: Args = { questions: 20, nodeFlags: [], bot: path.join(PROJECT_ROOT, 'src', 'main.ts') };
  if (values.questions !== undefined) {
    args.questions = Number(values.questions);
    if (!Number.isInteger(args.questions) || args.questions < 1) exitWithUsage('--questions must be a positive whole number', USAGE);
  }
  if (values['node-flags'] !== undefined) args.nodeFlags = values['node-flags'].split(/\s+/).filter(Boolean);
  if (values.bot !== undefined) {
    args.bot = path.resolve(values.bot);
    if (!fs.existsSync(args.bot)) exitWithUsage(`--bot: no file ${args.bot}`, USAGE);
  }
  return args;
}

function seedQuestions(count: number): string[] {
  const file = path.join(DEFAULT_EVAL_DIR, 'seed-qa.json');
  const cases = (JSON.parse(fs.readFileSync(file, 'utf8')) as { cases: { question: string }[] }).cases;
  return Array.from({ length: count }, (_, i) => cases[i % cases.length]!.question);
}

/** Peak RSS of a running process in MB, from /proc/<pid>/status (VmHWM). */
function peakRssOfMb(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  if (!line) throw new Error(`no VmHWM in /proc/${pid}/status`);
  return Number(line.split(/\s+/)[1]) / 1024;
}

interface BotMeasurement {
  /** Peak RSS once the bot was ready (engine loaded, gateway connected). */
  readyPeakRssMb: number;
  /** Peak RSS after the questions were answered. */
  peakRssMb: number;
  answers: number;
}

async function measureBot(bot: string, indexDir: string, questions: string[], nodeFlags: string[]): Promise<BotMeasurement> {
  const standIn = await DiscordStandIn.start();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'measure-memory-bot-'));
  const loader = bot.endsWith('.ts') ? ['--import', import.meta.resolve('tsx')] : [];
  const child = spawn(process.execPath, [...nodeFlags, ...loader, bot], {
    cwd: dir, // no .env of the developer's is read
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: standIn.token,
      DISCORD_CLIENT_ID: standIn.applicationId,
      DISCORD_API_URL: standIn.apiUrl,
      CORPUS_DIR: path.join(PROJECT_ROOT, 'corpus'),
      INDEX_DIR: indexDir,
      MODELS_DIR: path.join(PROJECT_ROOT, 'models'),
      MODEL_CACHE_DIR: path.join(PROJECT_ROOT, '.cache', 'models'),
      EMBEDDING_MODEL: 'offline',
      FEEDBACK_FILE: path.join(dir, 'feedback.jsonl'),
      RATE_LIMIT_PER_MINUTE: '600',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the bot was not ready within 120 s')), 120_000);
      let buffered = '';
      child.stderr!.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8');
        let nl: number;
        while ((nl = buffered.indexOf('\n')) >= 0) {
          const line = buffered.slice(0, nl);
          buffered = buffered.slice(nl + 1);
          if (line.includes('"discord client ready"')) {
            clearTimeout(timer);
            resolve();
          } else if (/"level":"(warn|error)"/.test(line) || !line.startsWith('{')) {
            process.stderr.write(`[bot] ${line}\n`);
          }
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the bot exited before it was ready (${signal ?? `exit code ${code}`})`));
      });
    });
    const readyPeakRssMb = peakRssOfMb(child.pid!);
    let answers = 0;
    for (const question of questions) {
      const interaction = standIn.injectSlashCommand({ name: 'ask', options: { question: question.slice(0, 500) } });
      const edit = await standIn.waitForOriginalEdit(interaction, 60_000);
      if (edit.status !== 200) throw new Error(`answer edit failed with ${edit.status}`);
      answers++;
    }
    return { readyPeakRssMb, peakRssMb: peakRssOfMb(child.pid!), answers };
  } finally {
    child.kill('SIGTERM');
    await exited;
    await standIn.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const f = (mb: number) => `${mb.toFixed(0).padStart(5)} MB`;

function stageLines(stages: MemoryStage[]): string[] {
  return stages.map(
    (s) => `    ${s.stage.padEnd(36)} peak ${f(s.peakRssMb)}   now ${f(s.rssMb)}   heap ${f(s.heapUsedMb)}   array buffers ${f(s.arrayBuffersMb)}`,
  );
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  if (!args) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { questions: count, nodeFlags, bot } = args;
  const questions = seedQuestions(count);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'measure-memory-'));
  const resultFile = path.join(work, 'result.json');
  const phase = path.join(HERE, 'measure-memory', 'phase-engine.ts');
  const corpusDir = path.join(PROJECT_ROOT, 'corpus');
  const lines: string[] = [];
  try {
    for (const run of ['cold', 'warm'] as const) {
      log(`(a) engine alone, ${run}…`);
      const input: EngineInput = { corpusDir, indexDir: path.join(work, 'index-engine'), questions };
      const a = await runPhase<EngineMeasurement>(phase, input, resultFile, { nodeFlags });
      lines.push(`(a) engine alone, ${run} index: peak RSS ${f(a.stages.at(-1)!.peakRssMb)} (${a.answered}/${questions.length} answered)`, ...stageLines(a.stages));
    }
    for (const run of ['cold', 'warm'] as const) {
      log(`(b) bot process, ${run}…`);
      const b = await measureBot(bot, path.join(work, 'index-bot'), questions, nodeFlags);
      lines.push(`(b) bot process (${path.relative(PROJECT_ROOT, bot)}), ${run} index: peak RSS ${f(b.peakRssMb)} (at ready ${f(b.readyPeakRssMb)}; ${b.answers} /ask answered)`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const flags = nodeFlags.length ? `, node flags ${nodeFlags.join(' ')}` : '';
  process.stdout.write(`Peak RSS, offline model, shipped corpus, ${questions.length} questions (Node ${process.version}${flags})\n${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
