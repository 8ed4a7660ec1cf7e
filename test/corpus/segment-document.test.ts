import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/corpus/parse-document.ts';
import { segmentDocument } from '../../src/corpus/segment-document.ts';

const segment = (docId: string, lines: string[]) => segmentDocument(parseDocument(docId, lines.join('\n'), 'h'));
const rows = (docId: string, lines: string[]) =>
  segment(docId, lines).sentences.map((s) => [s.index, s.kind, s.block, s.section, s.leadIn, s.text]);

describe('segmentDocument', () => {
  it('GIVEN a Markdown document THEN sentences are numbered 1..n with kind, block and the section of the nearest non-title heading', () => {
    expect(rows('a.md', ['# Title', '', 'One. Two.', '', '## Part A', '', 'Three.', '', '### Detail', '', 'Four.'])).toEqual([
      [1, 'heading', 0, null, null, 'Title'],
      [2, 'text', 1, null, null, 'One.'],
      [3, 'text', 1, null, null, 'Two.'],
      [4, 'heading', 2, 'Part A', null, 'Part A'],
      [5, 'text', 3, 'Part A', null, 'Three.'],
      [6, 'heading', 4, 'Detail', null, 'Detail'],
      [7, 'text', 5, 'Detail', null, 'Four.'],
    ]);
  });

  it('GIVEN a list after a paragraph ending with ":" THEN each item is an item sentence with that lead-in', () => {
    expect(rows('a.md', ['Intro. The figures show:', '', '- Fewer deaths', '- More seizures. Both rose.'])).toEqual([
      [1, 'text', 0, null, null, 'Intro.'],
      [2, 'text', 0, null, null, 'The figures show:'],
      [3, 'item', 1, null, 'The figures show:', 'Fewer deaths'],
      [4, 'item', 1, null, 'The figures show:', 'More seizures.'],
      [5, 'item', 1, null, 'The figures show:', 'Both rose.'],
    ]);
  });

  it('GIVEN a list right after a heading THEN its items have no lead-in', () => {
    const items = segment('a.md', ['# T', '', '## Facts', '- one', '- two']).sentences.filter((s) => s.kind === 'item');
    expect(items.map((s) => [s.leadIn, s.section])).toEqual([
      [null, 'Facts'],
      [null, 'Facts'],
    ]);
  });

  it('GIVEN several "#" headings THEN the first is the title and the others open sections', () => {
    const headings = segment('a.md', ['# Title', '', 'Text.', '', '# Background', '', 'More.']).sentences;
    expect(headings.map((s) => s.section)).toEqual([null, null, 'Background', 'Background']);
  });

  it('GIVEN a .txt without headings THEN all sections are null and paragraphs are blocks', () => {
    const doc = segment('notes.txt', ['The call was short. It went well.', '', 'Talks continue.']);
    expect(doc.title).toBe('The call was short. It went well.');
    expect(doc.sentences.map((s) => [s.block, s.section, s.kind, s.text])).toEqual([
      [0, null, 'text', 'The call was short.'],
      [0, null, 'text', 'It went well.'],
      [1, null, 'text', 'Talks continue.'],
    ]);
  });

  it('GIVEN a .txt with a title line and a heading-like line THEN they become the title heading and a section', () => {
    const doc = segment('story.txt', ['Source: https://e.com/s', 'Date: 2026-01-12', '', 'Leaders Talk', '', 'They talked.', '', 'What Comes Next', '', 'More talks.']);
    expect(doc.title).toBe('Leaders Talk');
    expect(doc.meta).toMatchObject({ url: 'https://e.com/s', date: '2026-01-12' });
    expect(doc.sentences.map((s) => [s.kind, s.section, s.text])).toEqual([
      ['heading', null, 'Leaders Talk'],
      ['text', null, 'They talked.'],
      ['heading', 'What Comes Next', 'What Comes Next'],
      ['text', 'What Comes Next', 'More talks.'],
    ]);
  });

  it('GIVEN a SourceDocument THEN the segmented one keeps every field but the body', () => {
    const source = parseDocument('x/y.md', '---\ntitle: Custom\n---\nText.', 'abc');
    const { body: _body, ...rest } = source;
    const { sentences, ...kept } = segmentDocument(source);
    expect(kept).toEqual(rest);
    expect(sentences.map((s) => s.docId)).toEqual(['x/y.md']);
  });
});

describe('parseDocument', () => {
  it('GIVEN front matter with a title THEN the title overrides the first heading, and the body keeps the heading', () => {
    const doc = parseDocument('a.md', '\uFEFF---\ntitle: Custom\ndate: 2026-01-12\n---\n# Heading\n\nText.', 'hash');
    expect(doc).toMatchObject({ docId: 'a.md', title: 'Custom', body: '# Heading\n\nText.', contentHash: 'hash' });
    expect(doc.meta.date).toBe('2026-01-12');
  });

  it('GIVEN a document with only metadata THEN the title falls back to the file name', () => {
    expect(parseDocument('news/call-notes.md', '---\ndate: 2026-01-12\n---\n', 'h').title).toBe('call-notes');
  });
});
