import { describe, expect, it } from 'vitest';
import { NO_PREFIXES, prefixesFor, withPrefix } from '../../src/embedding/model-prefixes.ts';

describe('prefixesFor', () => {
  it.each(['intfloat/e5-small-v2', 'Xenova/e5-base-v2', 'Xenova/multilingual-e5-small'])('gives e5 models "query: " and "passage: " (%s)', (id) => {
    expect(prefixesFor(id)).toEqual({ query: 'query: ', passage: 'passage: ' });
  });

  it('gives bge English models an instruction on queries only', () => {
    const { query, passage } = prefixesFor('Xenova/bge-small-en-v1.5');
    expect(query).toMatch(/^Represent this sentence for searching relevant passages: $/);
    expect(passage).toBe('');
  });

  it('gives other models no prefix', () => {
    expect(prefixesFor('Xenova/multi-qa-MiniLM-L6-cos-v1')).toEqual(NO_PREFIXES);
    expect(prefixesFor('offline/glove-wink-100d')).toEqual(NO_PREFIXES);
    expect(prefixesFor('Xenova/bge-m3')).toEqual(NO_PREFIXES);
  });
});

describe('withPrefix', () => {
  it('prepends the prefix to every text and leaves texts alone for an empty prefix', () => {
    expect(withPrefix('query: ', ['a', 'b'])).toEqual(['query: a', 'query: b']);
    expect(withPrefix('', ['a'])).toEqual(['a']);
  });
});
