/**
 * `tsx scripts/discord-latency.ts [--engine fixed|real] [--questions 100] [--dm] [--gap <ms>] [--rate <per s> [--arrivals poisson|uniform]]`
 *
 * Starts the local Discord API stand-in and the real bot (real discord.js Client) and prints the
 * p50 / p95 / p99 / max time from the injected INTERACTION_CREATE to the bot's REST calls: the
 * deferral (Discord's 3-second deadline) and the edit carrying the answer. With --dm, the same for
 * questions sent as direct messages.
 *
 * --engine fixed (default): the small fixed-passage test engine (measures the transport alone).
 * --engine real: the real engine from src/engine/create-engine.ts with the settings from the
 * environment / .env (CORPUS_DIR, INDEX_DIR, EMBEDDING_MODEL, …).
 * --rate: questions arrive at this many per second whatever the answers do (a burst, e.g. 48),
 * instead of one after another: by default as people ask, independently (Poisson arrivals, seeded:
 * some seconds bring more than 50), or with --arrivals uniform exactly 1/rate s apart.
 * --gap: pause between questions when one after another.
 * The stand-in enforces Discord's global limit of 50 requests/s on every route but the
 * interaction ones (callbacks and interaction webhooks), as Discord does.
 */
import { config as loadDotenv } from 'dotenv';
import { parseEngineConfig } from '../src/config.ts';
import type { AnswerEngine } from '../src/engine/types.ts';
import { createLogger } from '../src/log.ts';
import { seededRandom } from './bench/random.ts';
import { percentile } from './bench/stats.ts';
import { exitWithUsage, scriptOptions } from './lib/script-options.ts';
import { FIXED_SUGGESTIONS, fixedPassageEngine } from '../test/discord/fixtures/fixed-passage-engine.ts';
import { startHarness } from '../test/discord/harness.ts';
import type { InjectedInteraction } from '../test/discord/stand-in/server.ts';

interface Args {
  engine: 'fixed' | 'real';
  questions: number;
  dm: boolean;
  gapMs: number;
  /** Questions per second, injected on a schedule; 0: one after another. */
  rate: number;
  arrivals: 'poisson' | 'uniform';
}

const USAGE = 'usage: npx tsx scripts/discord-latency.ts [--engine fixed|real] [--questions 100] [--dm] [--gap MS] [--rate PER_SECOND] [--arrivals poisson|uniform]';

/** The command line, read and checked (script-options.ts): a wrong value says what is expected, then the usage. */
function readArgs(argv: string[]): Args {
  const { values } = scriptOptions({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      engine: { type: 'string', default: 'fixed' },
      questions: { type: 'string', default: '100' },
      dm: { type: 'boolean', default: false },
      gap: { type: 'string', default: '0' },
      rate: { type: 'string' },
      arrivals: { type: 'string', default: 'poisson' },
    },
  }, USAGE);
  if (values.engine !== 'fixed' && values.engine !== 'real') exitWithUsage('--engine must be "fixed" or "real"', USAGE);
  if (values.arrivals !== 'poisson' && values.arrivals !== 'uniform') exitWithUsage('--arrivals must be "poisson" or "uniform"', USAGE);
  const questions = Number(values.questions);
  if (!Number.isInteger(questions) || questions < 1) exitWithUsage('--questions must be a positive whole number', USAGE);
  const gapMs = Number(values.gap);
  if (!Number.isFinite(gapMs) || gapMs < 0) exitWithUsage('--gap must be a number of milliseconds', USAGE);
  const rate = values.rate === undefined ? 0 : Number(values.rate);
  if (values.rate !== undefined && (!Number.isFinite(rate) || rate <= 0)) exitWithUsage('--rate must be a positive number of questions per second', USAGE);
  return { engine: values.engine, questions, dm: values.dm, gapMs, rate, arrivals: values.arrivals };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function summary(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  return `${label.padEnd(34)} p50 ${f(percentile(sorted, 50)).padStart(9)}   p95 ${f(percentile(sorted, 95)).padStart(9)}   p99 ${f(percentile(sorted, 99)).padStart(9)}   max ${f(sorted.at(-1)!).padStart(9)}   (n=${sorted.length})`;
}

async function loadEngine(kind: Args['engine']): Promise<AnswerEngine> {
  if (kind === 'fixed') return fixedPassageEngine();
  loadDotenv({ quiet: true });
  const config = parseEngineConfig(process.env);
  const logger = createLogger(config.logLevel);
  const { createEngine } = await import('../src/engine/create-engine.ts');
  return createEngine(config.engine, logger);
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  const engine = await loadEngine(args.engine);
  const h = await startHarness({ engine, logger: createLogger('warn') });
  try {
    const question = (i: number) => FIXED_SUGGESTIONS[i % FIXED_SUGGESTIONS.length]!.slice(0, 500);
    // Warm-up (not counted): first-call costs in discord.js, undici and the engine.
    for (let i = 0; i < 3; i++) {
      await h.standIn.waitForOriginalEdit(h.standIn.injectSlashCommand({ name: 'ask', options: { question: question(i) } }), 60_000);
    }

    const deferral: number[] = [];
    const answer: number[] = [];
    const measure = async (interaction: InjectedInteraction) => {
      const callback = await h.standIn.waitForCallback(interaction, 60_000);
      const edit = await h.standIn.waitForOriginalEdit(interaction, 60_000);
      if (edit.status !== 200) throw new Error(`answer edit failed with ${edit.status}`);
      deferral.push(callback.at - interaction.injectedAt);
      answer.push(edit.at - interaction.injectedAt);
    };
    if (args.rate) {
      const members = Object.values(h.standIn.users);
      // An arrival schedule not paced by the answers: uniform, or exponential gaps (Poisson arrivals).
      const random = seededRandom(48);
      const gapMs = () => (args.arrivals === 'uniform' ? 1000 / args.rate : (-Math.log(1 - random()) * 1000) / args.rate);
      const pending: Promise<void>[] = [];
      const start = performance.now();
      let due = start;
      for (let i = 0; i < args.questions; i++) {
        if (i > 0) due += gapMs();
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        // From the four members in turn: each stays under the bot's per-member limit (600 a minute here).
        const user = members[i % members.length]!;
        pending.push(measure(h.standIn.injectSlashCommand({ name: 'ask', options: { question: question(i) }, user })));
      }
      await Promise.all(pending);
    } else {
      for (let i = 0; i < args.questions; i++) {
        await measure(h.standIn.injectSlashCommand({ name: 'ask', options: { question: question(i) } }));
        if (args.gapMs) await sleep(args.gapMs);
      }
    }

    const dm: number[] = [];
    if (args.dm) {
      for (let i = 0; i < args.questions; i++) {
        const message = h.standIn.injectMessage({ content: question(i), dm: true });
        const reply = await h.standIn.waitForMessageReply(message, 60_000);
        dm.push(reply.at - message.injectedAt);
        if (args.gapMs) await sleep(args.gapMs);
      }
    }

    const pace = args.rate ? `${args.rate} per second, ${args.arrivals} arrivals` : `one after another${args.gapMs ? `, ${args.gapMs} ms apart` : ''}`;
    process.stdout.write(`Discord transport latency against the local stand-in (engine: ${args.engine}, ${args.questions} questions, ${pace})\n`);
    process.stdout.write(`${summary('/ask → deferral (callback POST)', deferral)}\n`);
    process.stdout.write(`${summary('/ask → answer (edit of @original)', answer)}\n`);
    if (args.dm) process.stdout.write(`${summary('DM → reply (channel message POST)', dm)}\n`);
  } finally {
    await h.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
