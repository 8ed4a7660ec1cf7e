import { describe, expect, it } from 'vitest';
import { parseAddArgs, parseAskArgs, parseChatArgs, parseIndexArgs } from '../../src/cli/args.ts';

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
    expect(() => parseIndexArgs(['--nope'])).toThrow(/unknown option --nope/);
    expect(() => parseIndexArgs(['somewhere'])).toThrow(/unexpected argument somewhere/);
  });
});

describe('ask options', () => {
  it('GIVEN every option THEN each is read, the rest is the question', () => {
    expect(parseAskArgs(['--json', '--top', '5', '--corpus', 'c', '--index', 'i', '--source', 'oil crisis', 'How', 'long?'])).toEqual({
      help: false,
      json: true,
      top: 5,
      corpus: 'c',
      index: 'i',
      file: null,
      source: 'oil crisis',
      question: 'How long?',
    });
    expect(() => parseAskArgs(['--source', ' ', 'q'])).toThrow(/^--source needs the title or id of a document \(usage: /);
    expect(parseAskArgs(['--file', '-']).file).toBe('-');
    expect(parseAskArgs(['--top=2', 'q']).top).toBe(2);
  });

  it('GIVEN an unknown short option THEN a one-line error naming it, not a question', () => {
    expect(() => parseAskArgs(['-x', 'How long was the call?'])).toThrow(/^unknown option -x; a question that starts with "-" goes after "--" \(usage: /);
    try {
      parseAskArgs(['-x']);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('GIVEN a question starting with "-" after "--" THEN it is the question', () => {
    expect(parseAskArgs(['--json', '--', '-5 degrees', 'in', 'Mexico?']).question).toBe('-5 degrees in Mexico?');
  });

  it.each([
    [['--top'], /--top needs a value/],
    [['--top', '0', 'q'], /--top must be a whole number from 1 to 25, got "0"/],
    [['--index', '--json', 'q'], /--index is followed by an option, not a value/],
    [['--json=yes', 'q'], /--json takes no value/],
    [['--file', 'f', 'q'], /either --file or a question/],
    [[], /no question given/],
  ])('GIVEN ask %j THEN a usage error %s', (argv, message) => {
    expect(() => parseAskArgs(argv)).toThrow(message);
  });
});

describe('chat options', () => {
  it('GIVEN nothing THEN three passages and the default folders; GIVEN --top and folders THEN those', () => {
    expect(parseChatArgs([])).toEqual({ help: false, top: 3, source: null, corpus: null, index: null });
    expect(parseChatArgs(['--top', '5', '--source', 'oil crisis', '--corpus', 'c', '--index', 'i'])).toEqual({ help: false, top: 5, source: 'oil crisis', corpus: 'c', index: 'i' });
    expect(() => parseChatArgs(['--source='])).toThrow(/^--source needs the title or id of a document \(usage: npm run --silent chat/);
    expect(parseChatArgs(['-h']).help).toBe(true);
  });

  it('GIVEN a question on the command line, a bad --top or an unknown option THEN a usage error that says so', () => {
    expect(() => parseChatArgs(['How long was the call?'])).toThrow(/unexpected argument How long was the call\?.*usage: npm run --silent chat/);
    expect(() => parseChatArgs(['--top', '0'])).toThrow(/--top must be a whole number from 1 to 25, got "0"/);
    expect(() => parseChatArgs(['--json'])).toThrow(/unknown option --json/);
  });
});

describe('add options', () => {
  it('GIVEN links and files with options THEN each is read, in order; GIVEN none THEN a usage error; GIVEN --help THEN the usage', () => {
    expect(parseAddArgs(['-y', '--corpus', 'c', 'https://example.org/a', 'statement.pdf'])).toEqual({ help: false, yes: true, corpus: 'c', index: null, sources: ['https://example.org/a', 'statement.pdf'] });
    expect(parseAddArgs(['statement.pdf']).yes).toBe(false);
    expect(() => parseAddArgs(['--yes'])).toThrow(/^no link or file given \(usage: npm run add -- /);
    expect(() => parseAddArgs(['--nope', 'a.pdf'])).toThrow(/unknown option --nope/);
    expect(parseAddArgs(['--help']).help).toBe(true);
  });
});
