/** `npm run bench -- …` arguments → options, merged over named defaults. Pure. */

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
}

export const BENCH_DEFAULTS: Readonly<BenchOptions> = Object.freeze({
  sizes: [1_000, 10_000, 100_000],
  questions: 1_000,
  out: 'bench-results',
  seed: 42,
  sweep: false,
  sweepOnly: false,
  profile: false,
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
  const out: BenchOptions = { ...BENCH_DEFAULTS, sizes: [...BENCH_DEFAULTS.sizes] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => argv[++i];
    switch (flag) {
      case '--sizes': {
        const list = value();
        out.sizes = (list ?? '').split(',').map((s) => wholeNumber('--sizes', s.trim(), MIN_SIZE));
        break;
      }
      case '--questions':
        out.questions = wholeNumber(flag, value(), 1);
        break;
      case '--seed':
        out.seed = wholeNumber(flag, value(), 0);
        break;
      case '--out': {
        const dir = value();
        if (!dir) throw new BenchUsageError(`--out needs a folder (${BENCH_USAGE})`);
        out.out = dir;
        break;
      }
      case '--sweep':
        out.sweep = true;
        break;
      case '--sweep-only':
        out.sweep = true;
        out.sweepOnly = true;
        break;
      case '--profile':
        out.profile = true;
        break;
      default:
        throw new BenchUsageError(`unknown argument ${flag} (${BENCH_USAGE})`);
    }
  }
  out.sizes = [...new Set(out.sizes)].sort((a, b) => a - b);
  return out;
}
