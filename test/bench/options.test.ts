import { describe, expect, it } from 'vitest';
import { BENCH_DEFAULTS, BenchUsageError, parseBenchArgs } from '../../scripts/bench/options.ts';

describe('parseBenchArgs', () => {
  it('GIVEN nothing THEN the defaults: 1k, 10k and 100k sentences, 1,000 questions, bench-results', () => {
    expect(parseBenchArgs([])).toEqual(BENCH_DEFAULTS);
  });

  it('GIVEN sizes, questions and an output folder THEN they are used, sizes sorted and deduplicated', () => {
    expect(parseBenchArgs(['--sizes', '10000,1000,1_000', '--questions', '200', '--out', 'x', '--sweep'])).toMatchObject({
      sizes: [1000, 10000],
      questions: 200,
      out: 'x',
      sweep: true,
    });
  });

  it('GIVEN --help or -h THEN only the usage is asked for', () => {
    expect(parseBenchArgs(['--help']).help).toBe(true);
    expect(parseBenchArgs(['-h']).help).toBe(true);
    expect(parseBenchArgs([]).help).toBe(false);
  });

  it('GIVEN a bad number or an unknown flag THEN a usage error', () => {
    expect(() => parseBenchArgs(['--sizes', '1000,abc'])).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(['--questions', '0'])).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown argument --fast/);
  });

  it('GIVEN a size too small to sample a corpus from THEN a usage error naming the minimum', () => {
    expect(() => parseBenchArgs(['--sizes', '5'])).toThrow(/--sizes needs a whole number of at least 100, got 5/);
    expect(parseBenchArgs(['--sizes', '100']).sizes).toEqual([100]);
  });

  it('GIVEN seed 0, or a seed missing its value THEN 0 is a seed and nothing is a usage error', () => {
    expect(parseBenchArgs(['--seed', '0']).seed).toBe(0);
    expect(() => parseBenchArgs(['--seed'])).toThrow(/--seed needs a whole number of at least 0, got nothing/);
    expect(() => parseBenchArgs(['--out'])).toThrow(/--out needs a folder/);
  });
});
