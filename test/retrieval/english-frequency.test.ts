import { describe, expect, it } from 'vitest';
import { englishSpecificity, isCommonEnglishWord, isEnglishWord } from '../../src/retrieval/english-frequency.ts';

describe('English word frequency', () => {
  it('GIVEN "the" and "giraffe" THEN "the" is far less specific', () => {
    expect(englishSpecificity('the')).toBeLessThan(6);
    expect(englishSpecificity('giraffe')).toBeGreaterThan(englishSpecificity('the') + 5);
    expect(englishSpecificity('speak')).toBeLessThan(englishSpecificity('giraffe'));
  });

  it('GIVEN a string no English text uses THEN it is the most specific of all, and all such strings are equal', () => {
    const unknown = englishSpecificity('qzxvbnrt');
    expect(unknown).toBeGreaterThan(englishSpecificity('giraffe'));
    expect(unknown).toBeGreaterThan(englishSpecificity('pterodactyl'));
    expect(englishSpecificity('wqpzkxjv')).toBe(unknown);
  });

  it('GIVEN several forms of a word THEN the most common one counts', () => {
    expect(englishSpecificity('qzxvbnrt', 'giraffe')).toBe(englishSpecificity('giraffe'));
    expect(englishSpecificity('dying', 'die')).toBe(Math.min(englishSpecificity('dying'), englishSpecificity('die')));
  });

  it('GIVEN a word THEN isEnglishWord says whether the list has it, in any case', () => {
    expect(isEnglishWord('giraffe')).toBe(true);
    expect(isEnglishWord('France')).toBe(true);
    expect(isEnglishWord('FRANCE')).toBe(true);
    expect(isEnglishWord('phnoe')).toBe(false);
    expect(isEnglishWord('qzxvbnrt')).toBe(false);
  });

  it('GIVEN words subtitles quote from French THEN they are in the list but not common English; everyday and news words are', () => {
    for (const w of ['appel', 'avec', 'quand']) expect(isCommonEnglishWord(w)).toBe(false);
    expect(isEnglishWord('appel')).toBe(true);
    for (const w of ['call', 'Giraffe', 'seizures', 'extradition', 'the']) expect(isCommonEnglishWord(w)).toBe(true);
  });
});
