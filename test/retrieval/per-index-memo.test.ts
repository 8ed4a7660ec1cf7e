import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../src/index/search-index.ts';
import { documentSetKey, documentsOfKey, memoPerIndex } from '../../src/retrieval/per-index-memo.ts';

describe('a fact measured once per index and key', () => {
  // The memo only keys on the index object: any object stands in for one.
  const indexA = {} as SearchIndex;
  const indexB = {} as SearchIndex;

  it('GIVEN the same index and key again THEN it is not measured again; another index or key is', () => {
    const calls: string[] = [];
    const length = memoPerIndex((_index, key) => (calls.push(key), key.length));
    expect(length(indexA, 'abc')).toBe(3);
    expect(length(indexA, 'abc')).toBe(3);
    expect(length(indexB, 'abc')).toBe(3);
    expect(length(indexA, 'de')).toBe(2);
    expect(calls).toEqual(['abc', 'abc', 'de']);
  });

  it('GIVEN more keys than the limit THEN the later ones are measured each time, the earlier ones kept', () => {
    const calls: string[] = [];
    const upper = memoPerIndex((_index, key) => (calls.push(key), key.toUpperCase()), 1);
    upper(indexA, 'a');
    upper(indexA, 'b');
    upper(indexA, 'b');
    upper(indexA, 'a');
    expect(calls).toEqual(['a', 'b', 'b']);
  });

  it('GIVEN a measure that gives false THEN that is remembered too', () => {
    let calls = 0;
    const never = memoPerIndex(() => (calls++, false));
    never(indexA, 'x');
    never(indexA, 'x');
    expect(calls).toBe(1);
  });
});

describe('a set of documents as a memo key', () => {
  it('GIVEN the same documents in any order THEN one key, and the key gives them back', () => {
    expect(documentSetKey(new Set(['b.md', 'news/a.md']))).toBe(documentSetKey(new Set(['news/a.md', 'b.md'])));
    expect(documentSetKey(new Set(['a.md']))).not.toBe(documentSetKey(new Set(['a.md', 'b.md'])));
    expect(documentsOfKey(documentSetKey(new Set(['b.md', 'news/a.md'])))).toEqual(new Set(['news/a.md', 'b.md']));
  });
});
