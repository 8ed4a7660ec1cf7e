import { describe, expect, it } from 'vitest';
import { irregularForms, irregularLemma, lemma, regularVerbForms } from '../../src/lexicon/lemma.ts';
import { stem } from '../../src/index/terms.ts';

describe('lemma', () => {
  it.each([
    ['dying', 'die'],
    ['died', 'die'],
    ['deaths', 'death'],
    ['was', 'be'],
    ['murders', 'murder'],
    ['leaders', 'leader'],
  ])('GIVEN "%s" THEN its dictionary form is "%s"', (word, form) => {
    expect(lemma(word)).toBe(form);
  });

  it('GIVEN an irregular verb or noun form THEN its dictionary form; a regular form or an adjective has none', () => {
    expect(['fallen', 'spoke', 'held', 'mice'].map((w) => irregularLemma(w))).toEqual(['fall', 'speak', 'hold', 'mouse']);
    expect(['falling', 'leaders', 'smallest', 'better'].map((w) => irregularLemma(w))).toEqual([null, null, null, null]);
    // The other way round: a dictionary form's irregular forms.
    expect(irregularForms('speak')).toEqual(expect.arrayContaining(['spoke', 'spoken']));
    expect(irregularForms('mouse')).toContain('mice');
    expect(irregularForms('walk')).toEqual([]);
    expect(regularVerbForms('die')).toEqual(['dies', 'died', 'dying']);
    expect(regularVerbForms('walk')).toEqual(['walks', 'walked', 'walking']);
    expect(regularVerbForms('new')).toEqual([]);
  });

  it('GIVEN "universe" and "university" THEN they share a stem but not a lemma', () => {
    expect(stem('universe')).toBe(stem('university'));
    expect(lemma('universe')).not.toBe(lemma('university'));
  });

  it('GIVEN a word with no other form THEN it comes back unchanged', () => {
    expect(lemma('fentanyl')).toBe('fentanyl');
  });
});
