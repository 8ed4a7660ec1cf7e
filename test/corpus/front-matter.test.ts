import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/corpus/front-matter.ts';

describe('parseFrontMatter — fenced block', () => {
  it('GIVEN a --- block with source, date, publisher and title THEN meta and the title override are read and the body follows', () => {
    const fm = parseFrontMatter(
      ['---', 'source: https://example.com/story?id=1#top', 'date: January 12, 2026', 'publisher: "Polar Herald"', "title: 'Override'", 'author: Jane Doe # staff', '---', '# Heading', 'Body.'].join('\n'),
    );
    expect(fm.meta).toEqual({
      url: 'https://example.com/story?id=1#top',
      date: '2026-01-12',
      publisher: 'Polar Herald',
      fields: {
        source: 'https://example.com/story?id=1#top',
        date: 'January 12, 2026',
        publisher: 'Polar Herald',
        title: 'Override',
        author: 'Jane Doe',
      },
    });
    expect(fm.title).toBe('Override');
    expect(fm.body).toBe('# Heading\nBody.');
    expect(fm.problems).toEqual([]);
  });

  it('GIVEN YAML lists, nested keys and comments inside the block THEN they are ignored, not fatal', () => {
    const fm = parseFrontMatter(['---', '# comment', 'tags:', '  - mexico', '- loose', 'url: https://e.com/a', '...', 'Body.'].join('\n'));
    expect(fm.meta.url).toBe('https://e.com/a');
    expect(fm.body).toBe('Body.');
  });

  it('GIVEN a source that is a name THEN it is the publisher and there is no URL', () => {
    const fm = parseFrontMatter(['---', 'source: Reuters', '---', 'Body.'].join('\n'));
    expect(fm.meta).toMatchObject({ url: null, publisher: 'Reuters' });
  });

  it('GIVEN a --- that opens prose, or is never closed THEN nothing is metadata', () => {
    const prose = ['---', 'This is a sentence, not metadata.', '---', 'More.'].join('\n');
    expect(parseFrontMatter(prose).body).toBe(prose);
    const unclosed = ['---', 'date: 2026-01-12', 'Body.'].join('\n');
    expect(parseFrontMatter(unclosed)).toMatchObject({ body: unclosed, meta: { date: null } });
  });

  it('GIVEN CRLF line endings THEN the block is still recognised', () => {
    const fm = parseFrontMatter('---\r\ndate: 2026-01-12\r\n---\r\nBody.\r\n');
    expect(fm.meta.date).toBe('2026-01-12');
    expect(fm.body).toBe('Body.\r\n');
  });
});

describe('parseFrontMatter — plain header lines', () => {
  it('GIVEN "Source:" and "Date:" lines at the very top THEN they are metadata and removed from the body', () => {
    const fm = parseFrontMatter(['Source: Reuters (https://reuters.com/x).', 'Date: 12 January 2026', '', 'Title line', '', 'Body.'].join('\n'));
    expect(fm.meta).toMatchObject({ url: 'https://reuters.com/x', date: '2026-01-12' });
    expect(fm.body).toBe('\nTitle line\n\nBody.');
  });

  it('GIVEN a first line "Note: …" (not a metadata key) or metadata-like lines further down THEN the text is untouched', () => {
    const text = ['Note: the following is a transcript.', 'Date: 2026-01-12'].join('\n');
    expect(parseFrontMatter(text)).toMatchObject({ body: text, meta: { date: null, url: null } });
    const later = ['Headline', 'Source: https://e.com'].join('\n');
    expect(parseFrontMatter(later).body).toBe(later);
  });

  it('GIVEN a date that cannot be read without guessing THEN date is null and a problem is reported', () => {
    const fm = parseFrontMatter('Date: 03/04/2026\nBody.');
    expect(fm.meta.date).toBeNull();
    expect(fm.problems).toEqual(['unreadable date "03/04/2026" (use yyyy-mm-dd)']);
  });

  it('GIVEN no metadata at all THEN meta is empty and the body is the whole text', () => {
    expect(parseFrontMatter('# Title\n\nBody.')).toEqual({
      meta: { url: null, date: null, publisher: null, fields: {} },
      title: null,
      body: '# Title\n\nBody.',
      problems: [],
    });
  });
});
