import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../src/index/search-index.ts';
import { memoPerIndex } from '../../src/retrieval/per-index-memo.ts';

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
