import { describe, expect, it } from 'vitest';
import { parseAskArgs, parseIndexArgs } from '../../src/cli/args.ts';

describe('asking for help', () => {
  it.each([['-h'], ['--help'], ['--json', '--help'], ['--help', 'How long was the call?']])('GIVEN ask %s THEN the usage is wanted, not an error', (...argv) => {
    expect(parseAskArgs(argv).help).toBe(true);
  });

  it('GIVEN "-h" after "--" THEN it is part of the question', () => {
    expect(parseAskArgs(['--', 'what', 'does', '-h', 'mean']).help).toBe(false);
    expect(parseAskArgs(['--', 'what', 'does', '-h', 'mean']).question).toBe('what does -h mean');
  });

  it('GIVEN index --help THEN the usage is wanted; an unknown argument is still an error', () => {
    expect(parseIndexArgs(['--help']).help).toBe(true);
    expect(() => parseIndexArgs(['--nope'])).toThrow(/unexpected argument --nope/);
  });
});
