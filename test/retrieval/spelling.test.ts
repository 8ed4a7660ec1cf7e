import { describe, expect, it } from 'vitest';
import { terms } from '../../src/index/terms.ts';
import { readQuestion } from '../../src/retrieval/question.ts';
import { boundedEditDistance, correct, correctTerms, oneEditAway, transpositions, vocabularyOf, withNeighbouringKey, withOneLetterLess, withOneLetterMore } from '../../src/retrieval/spelling.ts';

const unknownNames = (question: string, vocabulary: typeof vocab) => readQuestion(question, vocabulary).names;

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

  it('GIVEN two neighbouring letters swapped THEN that is one edit, not two', () => {
    expect(boundedEditDistance('phnoe', 'phone', 2)).toBe(1);
    expect(boundedEditDistance('lnog', 'long', 1)).toBe(1);
    expect(boundedEditDistance('phnoe', 'phone', 0)).toBe(1);
    // Swapping letters that are not neighbours is still two edits.
    expect(boundedEditDistance('ohpne', 'phone', 2)).toBe(2);
  });

  it('GIVEN a word THEN transpositions lists each swap of two neighbouring letters in order, skipping doubled letters', () => {
    expect(transpositions('lnog')).toEqual(['nlog', 'long', 'lngo']);
    expect(transpositions('book')).toEqual(['obok', 'boko']);
    expect(transpositions('a')).toEqual([]);
  });

  it('GIVEN a word THEN the words one letter fewer or more: each place dropped, each letter put at each place', () => {
    expect(withOneLetterLess('lonng')).toEqual(['onng', 'lnng', 'long', 'long', 'lonn']);
    expect(withOneLetterMore('wich')).toContain('which');
    expect(withOneLetterMore('ab')).toHaveLength(3 * 26);
  });

  it('GIVEN a word THEN withNeighbouringKey replaces one letter at a time by each key touching it on a QWERTY keyboard', () => {
    expect(withNeighbouringKey('wjat')).toContain('what');
    expect(withNeighbouringKey('whp')).toContain('who');
    expect(withNeighbouringKey('lomg')).toContain('long');
    // q touches w, a; g touches f, h, t, y, v, b; m touches n, j, k.
    expect(new Set(withNeighbouringKey('q'))).toEqual(new Set(['w', 'a']));
    expect(new Set(withNeighbouringKey('g'))).toEqual(new Set(['f', 'h', 't', 'y', 'v', 'b']));
    expect(new Set(withNeighbouringKey('m'))).toEqual(new Set(['n', 'j', 'k']));
    // Keys far apart are no slip: "cat" is not "cut", "wzat" not "what".
    expect(withNeighbouringKey('cat')).not.toContain('cut');
    expect(withNeighbouringKey('wzat')).not.toContain('what');
    expect(withNeighbouringKey('é')).toEqual([]);
  });

  describe('short words (4-5 letters) are corrected only by a swap of neighbouring letters', () => {
    const words = vocabularyOf(new Map(terms('The leaders held a long phone call about a slot and a lost key.').map((t) => [t, 1])));

    it('GIVEN a swap that makes a vocabulary word THEN it is corrected to it', () => {
      expect(correct('phnoe', words)).toBe('phone');
      expect(correct('lnog', words)).toBe('long');
      expect(correct('clal', words)).toBe('call');
    });

    it('GIVEN a swap whose result the vocabulary lacks, or another kind of typo THEN it is not corrected', () => {
      expect(correct('lnog', vocabularyOf(new Map([['phone', 1]])))).toBeNull();
      expect(correct('phome', words)).toBeNull();
      expect(correct('phon', words)).toBeNull();
      expect(correct('cal', words)).toBeNull();
    });

    it('GIVEN two swaps that both make vocabulary words THEN the more frequent one wins', () => {
      expect(correct('lsot', vocabularyOf(new Map([['slot', 1], ['lost', 3]])))).toBe('lost');
      expect(correct('lsot', vocabularyOf(new Map([['slot', 5], ['lost', 3]])))).toBe('slot');
    });
  });

  it('GIVEN a word THEN oneEditAway holds every deletion, swap, replacement and insertion of one letter, and not the word itself', () => {
    const edits = oneEditAway('lor');
    for (const w of ['or', 'lr', 'olr', 'lot', 'lord', 'flor', 'lore']) expect(edits).toContain(w);
    expect(edits).not.toContain('lor');
    expect(edits).not.toContain('lords');
  });
});
