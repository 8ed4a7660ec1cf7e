import { describe, expect, it } from 'vitest';
import { terms } from '../../src/index/terms.ts';
import { boundedEditDistance, correct, correctTerms, unknownNames, vocabularyOf } from '../../src/retrieval/spelling.ts';

const CORPUS = [
  'Setanta Sports won Premier League rights in 2006.',
  'Mexican President Claudia Sheinbaum spoke with Donald Trump.',
  'Juan Ramon de la Fuente spoke with Marco Rubio in Washington.',
];
const freq = new Map<string, number>();
for (const s of CORPUS) for (const t of new Set(terms(s))) freq.set(t, (freq.get(t) ?? 0) + 1);
const vocab = vocabularyOf(freq);

describe('spelling', () => {
  it('GIVEN two strings THEN the bounded distance is exact up to the bound', () => {
    expect(boundedEditDistance('primier', 'premier', 2)).toBe(1);
    expect(boundedEditDistance('sentanta', 'setanta', 2)).toBe(1);
    expect(boundedEditDistance('france', 'fuente', 1)).toBe(2);
  });

  it('GIVEN a typo of a corpus term THEN it is corrected; a short or numeric term never is', () => {
    expect(correct(terms('Primier')[0]!, vocab)).toBe(terms('Premier')[0]);
    expect(correctTerms(terms('Sentanta sports'), vocab)).toEqual(terms('Setanta sports'));
    expect(correct('rubi', vocab)).toBeNull();
    expect(correct('2007', vocab)).toBeNull();
  });

  it('GIVEN a name the corpus never mentions THEN it is reported; known or misspelt names are not', () => {
    expect(unknownNames('Who is the president of France?', vocab)).toEqual(['France']);
    expect(unknownNames('What did Trump say about Greenland?', vocab)).toEqual(['Greenland']);
    expect(unknownNames('What did Sheinbaum tell Trump?', vocab)).toEqual([]);
    expect(unknownNames('Who won the Primier League rights?', vocab)).toEqual([]);
    expect(unknownNames("What is Rubio's job?", vocab)).toEqual([]);
    expect(unknownNames('Greenland is where?', vocab)).toEqual([]);
  });
});
