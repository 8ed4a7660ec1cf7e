/** `npm run bench -- …` arguments (read with `node:util` `parseArgs`) → options, merged over named defaults. Pure. */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Target corpus sizes, in sentences. */
  sizes: number[];
  /** Questions per size (half quotes, half paraphrases). */
  questions: number;
  /** Output folder: report files at its top, corpora/ and indexes/ below (git-ignored). */
  out: string;
  /** Seed of every sampling: corpora and questions. */
  seed: number;
  /** Also sweep HNSW parameters on the largest corpus (writes hnsw-sweep.md/json). */
  sweep: boolean;
  /** Only the sweep, on the largest corpus's index from an earlier run. */
  sweepOnly: boolean;
  /** Write a CPU profile of every phase into <out>/profiles. */
  profile: boolean;
  /** Print the usage and do nothing else. */
  help: boolean;
}

export const BENCH_DEFAULTS: Readonly<BenchOptions> = Object.freeze({
  sizes: [1_000, 10_000, 100_000],
  questions: 1_000,
  out: 'bench-results',
  seed: 42,
  sweep: false,
  sweepOnly: false,
  profile: false,
  help: false,
});

export const BENCH_USAGE =
  'usage: npm run bench -- [--sizes 1000,10000,100000] [--questions 1000] [--out bench-results] [--seed 42] [--sweep | --sweep-only] [--profile]';

export class BenchUsageError extends Error {}

/** Smaller corpora hold too few documents to sample from each source (and the build would find none). */
export const MIN_SIZE = 100;

function wholeNumber(flag: string, value: string | undefined, min: number): number {
  const n = Number(value?.replace(/_/g, ''));
  if (!value || !Number.isInteger(n) || n < min) throw new BenchUsageError(`${flag} needs a whole number of at least ${min}, got ${value ?? 'nothing'} (${BENCH_USAGE})`);
  return n;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        sizes: { type: 'string' },
        questions: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        sweep: { type: 'boolean' },
        'sweep-only': { type: 'boolean' },
        profile: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    const e = error as Error & { code?: string };
    const flag = /'(--?[\w-]+)/.exec(e.message)?.[1] ?? '';
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new BenchUsageError(`unknown argument ${/'([^']+)'/.exec(e.message)?.[1]} (${BENCH_USAGE})`);
    }
    if (flag === '--out') throw new BenchUsageError(`--out needs a folder (${BENCH_USAGE})`);
    if (flag === '--sizes') throw new BenchUsageError(`--sizes needs a whole number of at least ${MIN_SIZE}, got nothing (${BENCH_USAGE})`);
    if (flag === '--questions' || flag === '--seed') wholeNumber(flag, undefined, flag === '--seed' ? 0 : 1);
    throw new BenchUsageError(`${e.message.replace(/\s*\n\s*/g, ' ')} (${BENCH_USAGE})`);
  }
  const out: BenchOptions = { ...BENCH_DEFAULTS, sizes: [...BENCH_DEFAULTS.sizes] };
  if (parsed.sizes !== undefined) out.sizes = parsed.sizes.split(',').map((s) => wholeNumber('--sizes', s.trim(), MIN_SIZE));
  if (parsed.questions !== undefined) out.questions = wholeNumber('--questions', parsed.questions, 1);
  if (parsed.seed !== undefined) out.seed = wholeNumber('--seed', parsed.seed, 0);
  if (parsed.out !== undefined) {
    if (!parsed.out) throw new BenchUsageError(`--out needs a folder (${BENCH_USAGE})`);
    out.out = parsed.out;
  }
  if (parsed.sweep || parsed['sweep-only']) out.sweep = true;
  if (parsed['sweep-only']) out.sweepOnly = true;
  if (parsed.profile) out.profile = true;
  if (parsed.help) out.help = true;
  out.sizes = [...new Set(out.sizes)].sort((a, b) => a - b);
  return out;
}
