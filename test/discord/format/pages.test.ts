import { describe, expect, test } from 'vitest';
import { decodePageButton, encodePageButton, pageButtons, pageFooter, splitIntoPages } from '../../../src/discord/format/pages.ts';

describe('splitIntoPages', () => {
  test('GIVEN lines THEN whole lines per page within the budget, in order, none lost', () => {
    const lines = ['aaaa', 'bbb', 'cc', 'dddddd', 'e'];
    const pages = splitIntoPages(lines, 8);
    expect(pages).toEqual([['aaaa', 'bbb'], ['cc'], ['dddddd', 'e']]);
    for (const page of pages) expect(page.join('\n').length).toBeLessThanOrEqual(8);
  });

  test('GIVEN a line longer than a page THEN it is cut to fit, alone on its page; GIVEN none THEN one empty page', () => {
    expect(splitIntoPages(['x'.repeat(20), 'y'], 10).map((p) => p.map((l) => l.length))).toEqual([[10], [1]]);
    expect(splitIntoPages([], 10)).toEqual([[]]);
  });
});

describe('page buttons', () => {
  test('GIVEN ids of either list THEN read back; GIVEN anything else THEN null', () => {
    expect(decodePageButton(encodePageButton({ list: 'sources', page: 3, days: 30 }))).toEqual({ list: 'sources', page: 3, days: 30 });
    expect(decodePageButton(encodePageButton({ list: 'corpus', page: 0 }))).toEqual({ list: 'corpus', page: 0 });
    for (const id of ['page:gaps:1', 'page:corpus:-1', 'page:corpus:1:2:3', 'qa:more:abc', 'page:sources:x']) expect(decodePageButton(id)).toBeNull();
  });

  test('GIVEN one page THEN no buttons and no footer; GIVEN the first or last of several THEN the way out of it only', () => {
    expect(pageButtons({ list: 'corpus' }, 0, 1)).toEqual([]);
    expect(pageFooter(0, 1)).toBeNull();
    const state = (page: number) => pageButtons({ list: 'corpus' }, page, 3)[0]!.components.map((b) => ['label' in b ? b.label : '', 'custom_id' in b ? b.custom_id : '', b.disabled]);
    expect(state(0)).toEqual([['◂ Previous', 'page:corpus:0', true], ['Next ▸', 'page:corpus:1', false]]);
    expect(state(2)).toEqual([['◂ Previous', 'page:corpus:1', false], ['Next ▸', 'page:corpus:2', true]]);
    expect(pageFooter(1, 3)).toBe('Page 2 of 3');
  });
});
