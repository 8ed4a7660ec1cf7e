import { describe, expect, it } from 'vitest';
import { formatOf, parseBlocks } from '../../src/corpus/blocks.ts';

const md = (lines: string[]) => parseBlocks(lines.join('\n'), 'markdown');
const txt = (lines: string[]) => parseBlocks(lines.join('\n'), 'text');

describe('formatOf', () => {
  it('GIVEN .md, .markdown (any case) THEN markdown, and anything else THEN text', () => {
    expect(formatOf('a/b.md')).toBe('markdown');
    expect(formatOf('B.MARKDOWN')).toBe('markdown');
    expect(formatOf('notes.txt')).toBe('text');
  });
});

describe('parseBlocks — Markdown', () => {
  it('GIVEN ATX headings, paragraphs and a list THEN each becomes one block, lines of a paragraph joined', () => {
    const { blocks, titleBlock, title } = md([
      '# The Title #',
      '',
      'First line of a paragraph',
      'and its second line.',
      '',
      '## Section',
      '',
      '- one',
      '* two',
      '+ three',
    ]);
    expect(blocks).toEqual([
      { type: 'heading', level: 1, text: 'The Title' },
      { type: 'paragraph', text: 'First line of a paragraph and its second line.' },
      { type: 'heading', level: 2, text: 'Section' },
      { type: 'list', items: ['one', 'two', 'three'] },
    ]);
    expect(titleBlock).toBe(0);
    expect(title).toBe('The Title');
  });

  it('GIVEN an ordered list with a continuation line and a blank line between items THEN it is one list', () => {
    const { blocks } = md(['1. first', '2. second', '   continued', '', '3) third']);
    expect(blocks).toEqual([{ type: 'list', items: ['first', 'second continued', 'third'] }]);
  });

  it('GIVEN a bullet list right after a numbered one THEN they are two lists', () => {
    const { blocks } = md(['1. first', '2. second', '', '- bullet']);
    expect(blocks.map((b) => b.type)).toEqual(['list', 'list']);
  });

  it('GIVEN a wrapped line starting with "3. " inside a paragraph THEN it is not a list item', () => {
    const { blocks } = md(['The vote was held on January', '3. It passed.']);
    expect(blocks).toEqual([{ type: 'paragraph', text: 'The vote was held on January 3. It passed.' }]);
  });

  it('GIVEN a block quote with a paragraph and a list THEN ">" is stripped and the blocks inside are kept', () => {
    const { blocks } = md(['> "We told him,"', '> she said.', '>', '> - an item']);
    expect(blocks).toEqual([
      { type: 'paragraph', text: '"We told him," she said.' },
      { type: 'list', items: ['an item'] },
    ]);
  });

  it('GIVEN setext headings THEN "===" is level 1 and "---" is level 2', () => {
    const { blocks } = md(['Title', '=====', '', 'Section', '-------', '', 'Text.']);
    expect(blocks).toEqual([
      { type: 'heading', level: 1, text: 'Title' },
      { type: 'heading', level: 2, text: 'Section' },
      { type: 'paragraph', text: 'Text.' },
    ]);
  });

  it('GIVEN rules, HTML comments, link definitions and images THEN they produce no blocks', () => {
    const { blocks } = md(['Before.', '', '***', '<!-- a', 'comment -->', '[ref]: https://example.com', '![photo](a.png)', '', 'After.']);
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'Before.' },
      { type: 'paragraph', text: 'After.' },
    ]);
  });

  it('GIVEN a fenced code block THEN its lines are one paragraph and "#" inside is not a heading', () => {
    const { blocks } = md(['```', '# not a heading', '```']);
    expect(blocks).toEqual([{ type: 'paragraph', text: '# not a heading' }]);
  });

  it('GIVEN inline Markdown in headings, paragraphs and items THEN only the visible words remain', () => {
    const { blocks } = md(['## A **bold** heading', '', 'See [the report](https://x.com/a) and `code`.', '', '- [x] _done_']);
    expect(blocks).toEqual([
      { type: 'heading', level: 2, text: 'A bold heading' },
      { type: 'paragraph', text: 'See the report and code.' },
      { type: 'list', items: ['done'] },
    ]);
  });

  it('GIVEN CRLF line endings THEN they parse like LF', () => {
    expect(parseBlocks('# T\r\n\r\nOne\r\ntwo.\r\n', 'markdown').blocks).toEqual([
      { type: 'heading', level: 1, text: 'T' },
      { type: 'paragraph', text: 'One two.' },
    ]);
  });
});

describe('parseBlocks — title', () => {
  it('GIVEN a body that opens with text and has a level-1 heading later THEN that heading is the title', () => {
    const { titleBlock, title } = md(['Dateline text.', '', '# Headline', '', 'Body.']);
    expect(titleBlock).toBe(1);
    expect(title).toBe('Headline');
  });

  it('GIVEN a body without headings THEN the title is the first non-empty line, shortened when long', () => {
    expect(md(['', 'First line', 'second line.']).title).toBe('First line');
    const long = 'word '.repeat(60).trim();
    const title = md([long]).title ?? '';
    expect(title.length).toBeLessThanOrEqual(121);
    expect(title.endsWith('…')).toBe(true);
  });

  it('GIVEN an empty body THEN there is no title', () => {
    expect(md(['', '  ']).title).toBeNull();
  });
});

describe('parseBlocks — plain text', () => {
  const article = [
    'Mexican President Rejects US Military Aid',
    '',
    'By Jane Doe',
    '',
    'Mexican President Claudia Sheinbaum said',
    'U.S. help is not needed.',
    '',
    'A Conversation on Sovereignty',
    '',
    'The call was good. It lasted 15 minutes.',
  ];

  it('GIVEN a short unpunctuated line between blank lines THEN it is a heading: the first is the title, later ones sections', () => {
    const { blocks, titleBlock } = txt(article);
    expect(blocks).toEqual([
      { type: 'heading', level: 1, text: 'Mexican President Rejects US Military Aid' },
      { type: 'paragraph', text: 'By Jane Doe' },
      { type: 'paragraph', text: 'Mexican President Claudia Sheinbaum said U.S. help is not needed.' },
      { type: 'heading', level: 2, text: 'A Conversation on Sovereignty' },
      { type: 'paragraph', text: 'The call was good. It lasted 15 minutes.' },
    ]);
    expect(titleBlock).toBe(0);
  });

  it('GIVEN short lines that end with punctuation, hold a colon, end the text or come in a run THEN they stay paragraphs', () => {
    const { blocks } = txt(['Hello there.', '', 'Note: read this', '', 'Line one', '', 'Line two', '', 'Body text follows here.', '', 'The end']);
    expect(blocks.every((b) => b.type === 'paragraph')).toBe(true);
  });

  it('GIVEN plain text with "*" and "_" THEN they are kept (no inline Markdown in .txt)', () => {
    expect(txt(['Use snake_case and 2*3*4 here.']).blocks).toEqual([{ type: 'paragraph', text: 'Use snake_case and 2*3*4 here.' }]);
  });

  it('GIVEN a plain-text list with "-" and "•" bullets THEN it is a list', () => {
    expect(txt(['Figures:', '- one', '• two']).blocks).toEqual([
      { type: 'paragraph', text: 'Figures:' },
      { type: 'list', items: ['one', 'two'] },
    ]);
  });
});
