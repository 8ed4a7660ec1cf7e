import { describe, expect, it } from 'vitest';
import { cannotStandForPerson, namesPerson, otherKindOfPerson } from '../../src/lexicon/person-kinds.ts';

/** Whether the text word cannot stand for the question word, written so and of that dictionary form. */
const vetoed = (word: string, lemma: string, textWord: string) => cannotStandForPerson({ word, lemma })?.(textWord) ?? false;

describe('kinds of person (WordNet)', () => {
  it.each([
    ['ambassador', 'secretary'],
    ['husband', 'brother'],
    ['son', 'daughter'],
    ['mayor', 'president'],
  ])('GIVEN "%s" and "%s" THEN they name other kinds of person', (a, b) => {
    expect(otherKindOfPerson(a, b)).toBe(true);
    expect(otherKindOfPerson(b, a)).toBe(true);
  });

  it.each([
    ['president', 'leader'],
    ['murderer', 'killer'],
    ['lawyer', 'attorney'],
    ['secretary', 'secretary'],
  ])('GIVEN "%s" and "%s" THEN one is a kind of the other (or the same): not other kinds', (a, b) => {
    expect(otherKindOfPerson(a, b)).toBe(false);
  });

  it('GIVEN a name WordNet writes only with a capital ("Rhine", "British") or a word naming no person THEN it is no kind of person', () => {
    expect(namesPerson('ambassador')).toBe(true);
    expect(namesPerson('rhine')).toBe(false);
    expect(namesPerson('british')).toBe(false);
    expect(namesPerson('river')).toBe(false);
    expect(otherKindOfPerson('river', 'ambassador')).toBe(false);
  });
});

describe('which words may stand for a word naming a person', () => {
  it('GIVEN "ambassador" THEN neither another kind of person ("secretary") nor a word around one ("foreign") stands for it; "diplomat", a kind above it, does', () => {
    expect(vetoed('ambassador', 'ambassador', 'secretary')).toBe(true);
    expect(vetoed('ambassador', 'ambassador', 'foreign')).toBe(true);
    expect(vetoed('ambassador', 'ambassador', 'diplomat')).toBe(false);
  });

  it('GIVEN a noun naming no person, which may name them as a group ("troops" for "soldiers") THEN it may stand for them', () => {
    expect(vetoed('soldiers', 'soldier', 'troops')).toBe(false);
    expect(vetoed('officials', 'official', 'department')).toBe(false);
  });

  it('GIVEN a verb of what the person does ("married" for "husband") THEN it may stand for them', () => {
    expect(vetoed('husband', 'husband', 'marry')).toBe(false);
    expect(vetoed('founder', 'founder', 'found')).toBe(false);
  });

  it('GIVEN a question word that is written as a verb or an adjective ("masterminded", "natural") or names no person ("murders") THEN the rule leaves it to the embedding', () => {
    expect(cannotStandForPerson({ word: 'masterminded', lemma: 'mastermind' })).toBeNull();
    expect(cannotStandForPerson({ word: 'natural', lemma: 'natural' })).toBeNull();
    expect(cannotStandForPerson({ word: 'murders', lemma: 'murder' })).toBeNull();
    expect(vetoed('masterminded', 'mastermind', 'plan')).toBe(false);
  });
});
