import { describe, expect, it } from 'vitest';
import { figureInWords, numbersAsCorpusWrites } from '../../src/retrieval/number-words.ts';

const uses = (words: string) => {
  const set = new Set(words.split(' '));
  return (w: string) => set.has(w.toLowerCase());
};

describe('numbers written as the corpus writes them', () => {
  it('GIVEN "fifteen" and a corpus that writes "15" THEN it is read as "15", and says so', () => {
    expect(numbersAsCorpusWrites('Did the call last fifteen minutes?', uses('15 minute call'))).toEqual({
      text: 'Did the call last 15 minutes?',
      written: [{ typed: 'fifteen', read: '15' }],
    });
    expect(numbersAsCorpusWrites('Was it a twenty-five minute call?', uses('25 call')).text).toBe('Was it a 25 minute call?');
  });

  it('GIVEN "15" and a corpus that spells "fifteen" out THEN it is read as "fifteen"', () => {
    expect(numbersAsCorpusWrites('Were 15 ships lost?', uses('fifteen ships')).text).toBe('Were fifteen ships lost?');
  });

  it('GIVEN a form the corpus uses, a form it uses neither way, "one", or a figure of a larger number THEN nothing changes', () => {
    for (const [q, corpus] of [
      ['How did the two presidents speak?', 'presidents'],
      ['Did the call last fifteen minutes?', 'fifteen 15'],
      ['Was one leader absent?', '1'],
      ['What happened in 1755, 56, 57?', 'fifty seven'],
      ['Did 12.5 percent fall?', 'twelve'],
    ] as const) {
      expect(numbersAsCorpusWrites(q, uses(corpus))).toEqual({ text: q, written: [] });
    }
  });

  it('GIVEN figures THEN their words', () => {
    expect([0, 7, 15, 20, 42, 99, 100].map(figureInWords)).toEqual(['zero', 'seven', 'fifteen', 'twenty', 'forty-two', 'ninety-nine', null]);
  });
});
