import { describe, expect, it } from 'vitest';
import { parseKjv } from '../../scripts/bench/sources/kjv.ts';
import { roffToText, stripEscapes } from '../../scripts/bench/sources/roff.ts';
import { countSentences } from '../../scripts/bench/corpus.ts';

describe('roff → text', () => {
  it('GIVEN font and character escapes THEN plain text', () => {
    expect(stripEscapes('with \\fB\\-l\\fR, print the \\fIauthor\\fP \\(em see \\(lqls\\(rq')).toBe('with -l, print the author — see "ls"');
  });

  it('GIVEN a man page THEN a title from NAME, section headings on their own, literal blocks dropped, links skipped', () => {
    const page = [
      '.\\" a comment',
      '.TH LS 1 "2022" "GNU"',
      '.SH NAME',
      'ls \\- list directory contents',
      '.SH DESCRIPTION',
      '.PP',
      'List information about the FILEs.',
      'Sort entries alphabetically.',
      '.nf',
      'code();',
      '.fi',
      '.BR dir (1)',
      'is similar.',
    ].join('\n');
    const text = roffToText(page, 'ls.1')!;
    expect(text.title).toBe('ls(1) — list directory contents');
    expect(text.text).toContain('\n\nDESCRIPTION\n\n');
    expect(text.text).toContain('List information about the FILEs.\nSort entries alphabetically.');
    expect(text.text).toContain('dir(1)\nis similar.');
    expect(text.text).not.toContain('code();');
    expect(roffToText('.so man1/other.1', 'x.1')).toBeNull();
  });
});

describe('KJV', () => {
  it('GIVEN the `bible` program output THEN one Markdown document per book with a section per chapter', () => {
    const raw = '\nGenesis 1\n\n  1 In the beginning God created the heaven and the earth.\n  2 And the earth was without form.\n\nGenesis 2\n\n  1 Thus the heavens were finished.\n\nExodus 1\n\n  1 Now these are the names.\n';
    const books = parseKjv(raw);
    expect(books.map((b) => b.file)).toEqual(['kjv/01-genesis.md', 'kjv/02-exodus.md']);
    const genesis = books[0]!.read()!;
    expect(genesis).toContain('# Genesis\n\n## Genesis 1\n\nIn the beginning');
    expect(countSentences(books[0]!.file, genesis)).toBe(3);
  });
});
