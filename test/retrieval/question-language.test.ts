import { describe, expect, it } from 'vitest';
import { isCommonEnglishWord, loadEnglishFrequencies } from '../../src/retrieval/english-frequency.ts';
import { looksNotEnglish } from '../../src/retrieval/question-language.ts';

loadEnglishFrequencies();
const corpus = new Set(['sheinbaum', 'trump', 'rubio', 'fentanyl', 'call']);
const notEnglish = (q: string) => looksNotEnglish(q, isCommonEnglishWord, (w) => corpus.has(w));

describe('a question in another language', () => {
  it.each([
    '¿Cuánto duró la llamada?',
    'Wie lange dauerte das Telefonat?',
    'Quanto tempo durou a chamada?',
    'Quanto è durata la telefonata?',
    "Combien de temps a duré l'appel ?",
    'Quand Sheinbaum a-t-elle parlé avec Trump ?',
  ])(
    'GIVEN "%s" THEN it does not look like English',
    (q) => expect(notEnglish(q)).toBe(true),
  );

  it.each([
    'How long was the call?',
    'wat did rubio want',
    'Sheinbaum Ebrard Harfuch meeting',
    'fentanyl seizures statistics',
    'Did Sheinbaum talk to Ebrard?',
    'glyphosate neonicotinoids',
    'extradition treaty negotiations',
    'tariff retaliation on steel imports',
    'Is a US invasion of Mexico likely?',
    "What's Sheinbaum's stance on cartels?",
  ])('GIVEN "%s" THEN it is read as English (or names)', (q) => expect(notEnglish(q)).toBe(false));
});
