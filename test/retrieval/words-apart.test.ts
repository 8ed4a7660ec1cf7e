import { describe, expect, it } from 'vitest';
import { LexicalIndex } from '../../src/index/lexical-index.ts';
import { terms } from '../../src/index/terms.ts';
import { shareSlot, wordsMeet } from '../../src/retrieval/words-apart.ts';

describe('shareSlot', () => {
  it('finds a slot two increasing lists share, wherever it lies', () => {
    expect(shareSlot([1, 5, 9], [2, 9])).toBe(true);
    expect(shareSlot([0], [0])).toBe(true);
    expect(shareSlot([7], [1, 2, 3, 4, 5, 6, 7])).toBe(true);
    expect(shareSlot(Int32Array.from([1, 3, 5, 7]), Int32Array.from([2, 4, 6, 8]))).toBe(false);
    expect(shareSlot([], [1, 2])).toBe(false);
    expect(shareSlot([10, 20], [1, 2, 3])).toBe(false);
  });

  it('agrees with a plain set intersection on many random lists', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const list = (n: number, range: number) => [...new Set(Array.from({ length: n }, () => Math.floor(next() * range)))].sort((a, b) => a - b);
    for (let k = 0; k < 500; k++) {
      const x = list(1 + Math.floor(next() * 20), 200);
      const y = list(1 + Math.floor(next() * 60), 200);
      const expected = x.some((v) => y.includes(v));
      expect(shareSlot(x, y)).toBe(expected);
      expect(shareSlot(y, x)).toBe(expected);
    }
  });
});

describe('wordsMeet', () => {
  // Sentence slots of a small coverage: slots 0-2 are one document, 3-5 another.
  const SENTENCES = [
    'The leaders held a 15-minute phone call on Monday.',
    'Sheinbaum rejected a military intervention by the United States.',
    'The lead melts when the firebox crown overheats.',
    'Cast iron was used for the boiler.',
    'The boiler was painted green.',
    'A sharp point of the needle.',
  ];
  const DOC_OF = [0, 0, 0, 1, 1, 1];
  const index = new LexicalIndex();
  SENTENCES.forEach((s, slot) => index.add(slot, terms(s)));
  const beside = (slot: number) => [slot - 1, slot + 1].filter((s) => s >= 0 && s < SENTENCES.length && DOC_OF[s] === DOC_OF[slot]);
  const meet = (question: string) => wordsMeet([...new Set(terms(question))].filter((t) => index.has(t)).map((t) => index.postingSlots(t)), beside);

  it('GIVEN two of the question\'s words in one sentence THEN they meet', () => {
    expect(meet('How long was the phone call?')).toBe(true);
    expect(meet('Did Sheinbaum reject a military intervention?')).toBe(true);
  });

  it('GIVEN two words only in neighbouring sentences of one document THEN they meet: a passage quotes both', () => {
    expect(meet('Was the needle painted?')).toBe(true);
    expect(meet('Did Sheinbaum call?')).toBe(true);
  });

  it('GIVEN each word only apart from the others, or beside one another across two documents THEN they never meet', () => {
    // "melts" (slot 2) and "iron" (slot 3) are neighbouring slots, but of two documents.
    expect(meet('What is the melting point of iron?')).toBe(false);
    expect(meet('Which phone is made of iron?')).toBe(false);
  });

  it('GIVEN fewer than two words the corpus holds THEN nothing can be apart', () => {
    expect(meet('What about iron?')).toBe(true);
    expect(meet('What about volleyball?')).toBe(true);
    expect(wordsMeet([], beside)).toBe(true);
  });
});
