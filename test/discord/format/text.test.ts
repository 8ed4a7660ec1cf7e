import { describe, expect, test } from 'vitest';
import {
  escapeQuoted,
  formatDate,
  safeHttpUrl,
  textFragmentUrl,
  truncate,
} from '../../../src/discord/format/text.ts';

describe('escapeQuoted', () => {
  test('GIVEN markdown markers THEN they render literally', () => {
    expect(escapeQuoted('**bold** _it_ __u__ ~~s~~ ||sp|| `code`')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\_\\_u\\_\\_ \\~\\~s\\~\\~ \\|\\|sp\\|\\| \\`code\\`');
  });
  test('GIVEN line-start headings, lists, quotes and subtext THEN they are escaped', () => {
    expect(escapeQuoted('# Title\n- item\n1. first\n> quoted\n-# small')).toBe('\\# Title\n\\- item\n1\\. first\n\\> quoted\n\\-# small');
  });
  test('GIVEN a masked link THEN it cannot render as a link', () => {
    expect(escapeQuoted('[click](https://evil.example)')).not.toMatch(/^\[click\]\(/);
  });
  test('GIVEN a mid-word hyphen THEN it is left alone', () => {
    expect(escapeQuoted('a 15-minute call')).toBe('a 15-minute call');
  });
});

describe('truncate', () => {
  test('GIVEN text within the limit THEN it is unchanged', () => {
    expect(truncate('abc', 3)).toBe('abc');
  });
  test('GIVEN longer text THEN it is cut with an ellipsis to exactly the limit or less', () => {
    const out = truncate('abcdefghij', 5);
    expect(out).toBe('abcd…');
    expect(out.length).toBeLessThanOrEqual(5);
  });
  test('GIVEN a cut inside a surrogate pair THEN the pair is not split', () => {
    const out = truncate('ab😀cd', 4); // "ab" + high surrogate would be cut
    expect(out).toBe('ab…');
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
  test('GIVEN a cut right after an escaping backslash THEN the dangling backslash is dropped', () => {
    expect(truncate('abc\\*def', 5)).toBe('abc…');
  });
  test('GIVEN a limit of 0 or 1 THEN the result fits', () => {
    expect(truncate('abc', 0)).toBe('');
    expect(truncate('abc', 1)).toBe('…');
  });
});

describe('textFragmentUrl', () => {
  const url = 'https://news.example/a/story.html';
  test('GIVEN a short focus sentence THEN the whole sentence is textStart, reserved characters encoded', () => {
    expect(textFragmentUrl(url, 'A 15-minute call, on Monday.')).toBe(`${url}#:~:text=A%2015%2Dminute%20call%2C%20on%20Monday`);
  });
  test('GIVEN a long focus sentence THEN its first and last words are textStart and textEnd', () => {
    const focus = '"We told him, so far it\'s going very well, it\'s not necessary, and furthermore there is sovereignty," she said.';
    expect(textFragmentUrl(url, focus)).toBe(`${url}#:~:text=We%20told%20him%2C%20so%20far%20it%27s,is%20sovereignty%2C%22%20she%20said`);
  });
  test('GIVEN a URL with a fragment or parentheses THEN the fragment is replaced and parentheses encoded', () => {
    expect(textFragmentUrl('https://x.example/wiki/A_(b)#top', 'Hello (world)')).toBe('https://x.example/wiki/A_%28b%29#:~:text=Hello%20%28world');
  });
  test('GIVEN no URL or a non-http one THEN there is no link', () => {
    expect(textFragmentUrl(null, 'x')).toBeNull();
    expect(textFragmentUrl('javascript:alert(1)', 'x')).toBeNull();
    expect(textFragmentUrl('not a url', 'x')).toBeNull();
  });
  test('GIVEN an empty focus THEN the plain URL', () => {
    expect(textFragmentUrl(url, '  ')).toBe(url);
  });
});

describe('small formats', () => {
  test('GIVEN an ISO date THEN "12 Jan 2026"; GIVEN garbage THEN as given', () => {
    expect(formatDate('2026-01-12')).toBe('12 Jan 2026');
    expect(formatDate('sometime')).toBe('sometime');
  });
  test('GIVEN a URL with spaces THEN it is encoded', () => {
    expect(safeHttpUrl('https://x.example/a b')).toBe('https://x.example/a%20b');
  });
});
