import { describe, expect, it } from 'vitest';
import { isPunctuationToken, isReachableWord, selectVocabulary } from '../../src/embedding/offline-model/vocabulary.ts';

describe('isReachableWord', () => {
  it.each([
    ['mexico', true],
    ['1990s', true],
    [',', true],
    ['?', true],
    ['Mexico', false], // the normalizer lowercases first
    ['café', false], // … and strips accents
    ['well-known', false], // the pre-tokenizer splits on punctuation
    ["n't", false],
    ['two words', false],
    ['', false],
    ['x'.repeat(101), false], // WordPiece gives [UNK] beyond 100 characters
  ])('%s → %s', (word, reachable) => {
    expect(isReachableWord(word)).toBe(reachable);
  });
});

describe('selectVocabulary', () => {
  const words = ['the', ',', 'well-known', 'said', '?', 'mexico', 'Cartel', 'cartel'];

  it('keeps reachable words in frequency order with their source ranks, up to the cap', () => {
    expect(selectVocabulary(words, { maxWords: 3, keepPunctuation: false })).toEqual({ words: ['the', 'said', 'mexico'], ranks: [1, 4, 6] });
  });

  it('keeps punctuation tokens only when asked', () => {
    const { words: kept } = selectVocabulary(words, { maxWords: 100, keepPunctuation: true });
    expect(kept).toEqual(['the', ',', 'said', '?', 'mexico', 'cartel']);
    expect(kept.filter(isPunctuationToken)).toEqual([',', '?']);
  });
});
